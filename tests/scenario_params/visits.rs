//! A link or a new visitor: what a key left out means to each (`off`), and the links and
//! snippets that carry it.

use hashwatt::scenario::{to_query, to_query_for, Key, Params, Scenario, Visit};

#[test]
fn a_page_opened_without_a_link_is_a_new_visitor() {
    for query in ["", "?", "?embed=1&theme=dark", "utm_source=x"] {
        assert_eq!(Visit::of(query), Visit::New, "{query:?}");
    }
    for query in ["?v=1", "v=1&n=2", "?diff=1.3379e14&kwh=+0.05", "off=0"] {
        assert_eq!(Visit::of(query), Visit::Link, "{query:?}");
    }
}

#[test]
fn a_new_visitor_switches_off_when_losing_and_a_link_keeps_its_v1_meaning() {
    let read = |query: &str, visit| {
        let s = Scenario::from_params(&Params::from_query_as(query, visit).0).unwrap();
        s.projection.switch_off_when_losing
    };
    assert!(read("", Visit::New));
    // An embed is a new visitor whatever else its snippet sets, unless it sets `off`.
    assert!(read("embed=1&kwh=0.05", Visit::New));
    assert!(!read("embed=1&off=0", Visit::New));
    // A link without `off` keeps its v1 meaning, forever.
    assert!(!read("v=1", Visit::Link));
    assert!(!read("v=1&kwh=0.05", Visit::Link));
    assert!(read("v=1&off=1", Visit::Link));
    // A value not taken falls back to where the visit starts.
    assert!(read("off=2", Visit::New));
    assert!(!read("off=2", Visit::Link));
}

#[test]
fn links_carry_off_while_it_differs_from_v1_and_snippets_while_it_differs_from_a_new_visit() {
    let first = Scenario::from_params(&Params::first_visit()).unwrap();
    let link = to_query(&first);
    assert!(link.contains("&off=1"), "{link}");
    // The link reopens with the machines switched off, as a link, for anyone.
    let (reopened, _) = Params::from_query(&link);
    assert_eq!(reopened.get(Key::Off), "1");
    // A snippet leaves `off=1` to the embed's start and writes `off=0`.
    assert!(!to_query_for(&first, Visit::New).contains("off="));
    let (params, _) = Params::from_query("v=1");
    let v1 = Scenario::from_params(&params).unwrap();
    assert!(!to_query(&v1).contains("off="));
    let snippet = to_query_for(&v1, Visit::New);
    assert!(snippet.contains("&off=0"), "{snippet}");
    assert_eq!(
        Params::from_query_as(&snippet, Visit::New).0.get(Key::Off),
        "0"
    );
}

#[test]
fn the_default_machine_switched_off_when_losing_no_longer_ends_the_horizon_in_a_loss() {
    // The default S21 makes money today; kept running after the 2028 halving it loses
    // it all again (the golden `?v=1`: -1231.80 over 36 months, hardware free). A new
    // visitor's machine stops when power costs more than it earns: the loss-making
    // months add nothing, so the horizon ends above zero.
    let profit = |params: &Params| {
        let s = Scenario::from_params(params).unwrap();
        s.projection().unwrap().net_profit.amount()
    };
    let v1 = profit(&Params::from_query("v=1").0);
    assert!((v1 - -1231.8038444080669).abs() < 1e-6, "{v1}");
    let first = profit(&Params::first_visit());
    // By hand, with difficulty growing continuously at 20 % a year (k = ln 1.2 / 365):
    // revenue 5.8048 e^(-kt) a day against 84 kWh x 0.06 = 5.04 of power meets it at
    // t = ln(5.8048 / 5.04) / k = 282.8 days, when the machine switches off for good
    // (the halving only deepens the loss). Profit to then: 5.8048 (1 - e^(-282.8k)) / k
    // - 5.04 x 282.8 = 1530.9 - 1425.3 = 105.6. Retargets hold difficulty for 2016
    // blocks before each step up, so the engine's walk earns a little more: 111.09,
    // the "+$111" of issue 13.
    assert!((first / 105.6 - 1.0).abs() < 0.06, "{first}");
    assert!((first - 111.09).abs() < 0.01, "{first}");
}
