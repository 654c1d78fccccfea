//! Params to a validated scenario: what a field's error says, every bad field reported,
//! and a start after the horizon refused, in a form and in a link.

use hashwatt::scenario::{parse_number, Key, Params, Problem, Scenario};

use crate::scenario;

#[track_caller]
fn case(key: Key, text: &str, expected: Result<f64, &str>) {
    let got = parse_number(key, text).map_err(|e| e.to_string());
    let expected = expected.map_err(str::to_owned);
    assert_eq!(got, expected, "{key:?} {text:?}");
}

#[test]
fn field_messages_state_the_range() {
    case(Key::Kwh, "0.05", Ok(0.05));
    case(Key::Kwh, " 0.05 ", Ok(0.05));
    case(
        Key::Kwh,
        "abc",
        Err("not a number: enter a number from 0 to 10 USD/kWh"),
    );
    case(Key::Kwh, "0,05", Err("use a point for decimals and no thousands separators: enter a number from 0 to 10 USD/kWh"));
    case(
        Key::Kwh,
        "",
        Err("empty: enter a number from 0 to 10 USD/kWh"),
    );
    case(
        Key::N,
        "2.5",
        Err("out of range: enter a whole number from 1 to 10,000,000 units"),
    );
    case(
        Key::Th,
        "0",
        Err("out of range: enter a number from 0.000001 to 1,000,000 TH/s"),
    );
    case(
        Key::Diff,
        "0.5",
        Err("out of range: enter a number from 1 to 1e18"),
    );
    case(
        Key::Up,
        "inf",
        Err("not a number: enter a number above 0 to 100 %"),
    );
}

#[test]
fn several_bad_fields_are_all_reported() {
    let mut p = Params::default();
    p.set(Key::Kwh, "x");
    p.set(Key::N, "0");
    let errors = Scenario::from_params(&p).unwrap_err();
    let keys: Vec<Key> = errors.iter().map(|e| e.key).collect();
    assert_eq!(keys, [Key::N, Key::Kwh]);
    assert!(matches!(errors[0].problem, Problem::OutOfRange(_)));
}

/// Issue 13, item 7: a start on or after the end of the horizon is refused, naming the
/// field. Date 2026-03-20 and 36 months: the horizon ends on 2029-03-20, so the machines
/// may start on 2029-03-19 at the latest.
#[test]
fn a_start_after_the_horizon_is_refused_naming_the_field() {
    let form = |start: &str| {
        let mut params = Params::default();
        params.set(Key::Date, "2026-03-20");
        params.set(Key::Months, "36");
        params.set(Key::Start, start);
        Scenario::from_params(&params)
    };
    assert!(form("2029-03-19").is_ok());
    for start in ["2029-03-20", "2031-01-01"] {
        let errors = form(start).expect_err("after the horizon");
        assert_eq!(errors.len(), 1, "{errors:?}");
        let e = &errors[0];
        assert_eq!(e.key, Key::Start);
        let end = hashwatt::engine::date::Date::parse_iso("2029-03-20").unwrap();
        assert_eq!(e.problem, Problem::StartAfterHorizon { end });
        let text = e.to_string();
        assert!(text.contains("Machines start (start)"), "{text}");
        assert!(text.contains("2029-03-20"), "{text}");
    }
    // A shorter horizon moves the bound: 12 months end on 2027-03-20.
    let mut params = Params::default();
    params.set(Key::Date, "2026-03-20");
    params.set(Key::Months, "12");
    params.set(Key::Start, "2027-06-01");
    assert!(Scenario::from_params(&params).is_err());

    // In a link the value is not taken: the machines start on `date`, and the notice
    // names `start`.
    let (s, rejected) = scenario("v=1&date=2026-03-20&months=12&start=2027-06-01");
    assert_eq!(rejected, ["start"]);
    assert_eq!(s.projection.machines_start, s.projection.start);
}
