//! The one message a host page may send an embed:
//! `{"ns":"hashwatt","v":1,"type":"set","id":"ID","query":"kwh=0.05&n=10"}`.
//!
//! The hook in `app::embed` takes it only from `window.parent` and only when the event's
//! origin is the `host` option; this module checks the rest (namespace, version, type,
//! frame id, size) and applies the scenario keys of `query` as a link would, each
//! checked against the scenario it changes: a value that cannot be used, or that would
//! leave another key wrong, is rejected and named, and the current one kept. Locked
//! keys are held in the same step, so the checks see them.

use super::Locks;
use super::{MESSAGE_NS, MESSAGE_VERSION};
use crate::scenario::{Params, Rejected};

/// Longest `query` taken from a message, in bytes.
pub const MAX_SET_QUERY_LEN: usize = 8 * 1024;

/// The fields of a message as received: each `None` when absent or not of its type
/// (a string, or a number for `v`). The hook reads them off the event's data.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct RawMessage {
    pub ns: Option<String>,
    pub v: Option<f64>,
    pub kind: Option<String>,
    pub id: Option<String>,
    pub query: Option<String>,
}

/// The `query` of a `set` message addressed to frame `own_id` (empty when the frame
/// has none; a message without `id` then matches); `None` for anything else.
pub fn set_query(m: RawMessage, own_id: &str) -> Option<String> {
    let ok = m.ns.as_deref() == Some(MESSAGE_NS)
        && m.v == Some(f64::from(MESSAGE_VERSION))
        && m.kind.as_deref() == Some("set")
        && m.id.as_deref().unwrap_or("") == own_id
        && m.query
            .as_ref()
            .is_some_and(|q| q.len() <= MAX_SET_QUERY_LEN);
    if ok {
        m.query
    } else {
        None
    }
}

/// `current` with the scenario keys of `query` applied and what could not be used
/// ([`Params::with_query`]): each value is checked against the scenario it changes, not
/// the defaults; a key given and usable takes its value (with what follows from it as in
/// a link: `miner` fills `th` and `w`, and `date` moves `start`, unless the query gives
/// them); every other key keeps its text. A locked key keeps its text and is named, and
/// so is a value that would leave a locked key wrong.
///
/// Amounts are read in the current currency at the current rates, unless the query
/// gives its own (`cur`, `fxkzt`...); the last of a repeated key counts.
pub fn apply_query(current: &Params, query: &str, locks: &Locks) -> (Params, Vec<Rejected>) {
    current.with_query(query, locks.keys())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Key;

    fn apply(current: &Params, query: &str) -> (Params, Vec<Rejected>) {
        apply_query(current, query, &Locks::default())
    }

    /// A message with every field of a good `set` to frame `a`, changed by `edit`.
    #[track_caller]
    fn case(edit: impl FnOnce(&mut RawMessage), own_id: &str, expected: Option<&str>) {
        let mut m = RawMessage {
            ns: Some("hashwatt".into()),
            v: Some(1.0),
            kind: Some("set".into()),
            id: Some("a".into()),
            query: Some("n=2".into()),
        };
        edit(&mut m);
        let shown = format!("{m:?}");
        assert_eq!(set_query(m, own_id).as_deref(), expected, "{shown}");
    }

    #[test]
    fn only_a_set_message_for_this_frame_is_read() {
        case(|_| {}, "a", Some("n=2"));
        case(|_| {}, "b", None);
        case(|m| m.v = Some(2.0), "a", None);
        case(|m| m.v = Some(1.5), "a", None);
        case(|m| m.v = None, "a", None);
        case(|m| m.ns = Some("other".into()), "a", None);
        case(|m| m.kind = Some("height".into()), "a", None);
        case(|m| m.query = None, "a", None);
        case(|m| m.id = None, "", Some("n=2"));
        case(|m| m.id = None, "a", None);
        case(|_| {}, "", None);
        case(
            |m| m.query = Some("n".repeat(MAX_SET_QUERY_LEN + 1)),
            "a",
            None,
        );
        assert_eq!(set_query(RawMessage::default(), ""), None);
    }

    #[test]
    fn given_keys_apply_and_the_rest_stay() {
        let current = Params::from_query("n=3&kwh=0.04").0;
        let (next, rejected) = apply(&current, "n=10&pool=abc&kwh=0.05");
        assert_eq!(next.get(Key::N), "10");
        assert_eq!(next.get(Key::Kwh), "0.05");
        assert_eq!(next.get(Key::Pool), current.get(Key::Pool));
        assert_eq!(rejected.len(), 1);
        assert_eq!(rejected[0].key, "pool");
        let (next, _) = apply(&current, "miner=avalon-a1246");
        assert_eq!((next.get(Key::Th), next.get(Key::W)), ("90", "3420"));
        assert_eq!(next.get(Key::N), "3");
    }

    #[test]
    fn amounts_are_read_in_the_current_currency() {
        let current = Params::from_query("cur=KZT&fxkzt=500&kwh=20").0;
        // 25 KZT/kWh is within range in tenge (over 10 it would be refused in dollars).
        let (next, rejected) = apply(&current, "kwh=25");
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!((next.get(Key::Kwh), next.get(Key::Cur)), ("25", "KZT"));
        // A rate in the message is the one its amounts are read at.
        let (_, rejected) = apply(&current, "fxkzt=2&kwh=25");
        assert_eq!(rejected.len(), 1, "{rejected:?}");
    }

    /// Each rejection as the notice shows it.
    fn shown(rejected: &[Rejected]) -> Vec<String> {
        rejected
            .iter()
            .map(|r| format!("{}: {}", r.key, r.message()))
            .collect()
    }

    #[test]
    fn a_message_is_checked_against_the_scenario_it_changes() {
        use crate::scenario::Scenario;
        // dg=500 is a yearly growth; against `dgper=epoch` it is out of range.
        let current = Params::from_query("dgper=epoch&dg=5").0;
        let (next, rejected) = apply(&current, "dg=500");
        assert_eq!(next.get(Key::Dg), "5");
        assert_eq!(
            shown(&rejected),
            ["dg: out of range: enter a number from -50 to 100 %"]
        );
        assert!(Scenario::from_params(&next).is_ok());
        // And so is a number beyond both ranges: the epoch's is quoted.
        let (_, rejected) = apply(&current, "dg=5000");
        assert_eq!(
            shown(&rejected),
            ["dg: out of range: enter a number from -50 to 100 %"]
        );
        // A start before the current date falls back to it.
        let current = Params::from_query("date=2090-01-01").0;
        let (next, rejected) = apply(&current, "start=2030-01-01");
        assert_eq!(next.get(Key::Start), "2090-01-01");
        assert_eq!(keys(&rejected), ["start"]);
        assert!(Scenario::from_params(&next).is_ok());
        // A start after the current date (and within its horizon: 120 months from
        // 2010-01-01 end on 2020-01-01) is taken, though before the default date.
        let current = Params::from_query("date=2010-01-01&months=120").0;
        let (next, rejected) = apply(&current, "start=2015-01-01");
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!(next.get(Key::Start), "2015-01-01");
        assert!(Scenario::from_params(&next).is_ok());
        // A period that the current growth does not fit is refused, naming why.
        let current = Params::from_query("dg=500").0;
        let (next, rejected) = apply(&current, "dgper=epoch");
        assert_eq!(next.get(Key::Dgper), "year");
        assert_eq!(
            shown(&rejected),
            ["dgper: not used: it would make dg wrong (out of range: enter a number from -50 to 100 %)"]
        );
        // Both given: the growth is refused, then the period its old value does not fit.
        let (next, rejected) = apply(&current, "dgper=epoch&dg=700");
        assert_eq!((next.get(Key::Dg), next.get(Key::Dgper)), ("500", "year"));
        assert_eq!(keys(&rejected), ["dg", "dgper"]);
        assert!(Scenario::from_params(&next).is_ok());
        // Every rejected key is named, and the rest applies.
        let (next, rejected) = apply(&Params::default(), "dg=5000&n=abc&kwh=99&pool=3");
        assert_eq!(keys(&rejected), ["n", "kwh", "dg"]);
        assert_eq!(next.get(Key::Pool), "3");
    }

    #[test]
    fn a_currency_that_would_put_the_amounts_out_of_range_is_refused() {
        use crate::scenario::Scenario;
        // 0.06 read as euros at 0.0001 per dollar is 600 USD/kWh: beyond the range.
        let current = Params::from_query("fxeur=0.0001").0;
        let (next, rejected) = apply(&current, "cur=EUR");
        assert_eq!(next.get(Key::Cur), "USD");
        assert_eq!(
            shown(&rejected),
            ["cur: not used: it would make kwh wrong (out of range: enter a number from 0 to 0.001 EUR/kWh)"]
        );
        assert!(Scenario::from_params(&next).is_ok());
        // With its amounts in the same message, the currency is taken.
        let (next, rejected) = apply(&current, "cur=EUR&kwh=0.000006");
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!(next.get(Key::Cur), "EUR");
    }

    #[test]
    fn locked_keys_are_named_and_never_leave_the_scenario_wrong() {
        use crate::scenario::Scenario;
        let locks = Locks::new(&[Key::Start, Key::Dg]);
        let current = Params::from_query("date=2026-01-01&dg=500").0;
        let (next, rejected) = apply_query(&current, "dg=7&start=2027-01-01&n=4", &locks);
        assert_eq!(keys(&rejected), ["dg", "start"]);
        assert_eq!(
            shown(&rejected)[0],
            "dg: is locked by the embedding page; the message's value was not used"
        );
        assert_eq!(next.get(Key::N), "4");
        // A later date would move the locked start before it: the date is refused.
        let (next, rejected) = apply_query(&current, "date=2090-01-01", &locks);
        assert_eq!(next.get(Key::Date), "2026-01-01");
        assert_eq!(keys(&rejected), ["start", "date"]);
        assert!(Scenario::from_params(&next).is_ok());
        // So is a period the locked growth does not fit.
        let (next, rejected) = apply_query(&current, "dgper=epoch", &locks);
        assert_eq!(next.get(Key::Dgper), "year");
        assert_eq!(keys(&rejected), ["dgper"]);
        // The same text as the locked one is no change.
        let (_, rejected) = apply_query(&current, "dg=500", &locks);
        assert!(rejected.is_empty(), "{rejected:?}");
    }

    fn keys(rejected: &[Rejected]) -> Vec<&str> {
        rejected.iter().map(|r| r.key.as_str()).collect()
    }
}
