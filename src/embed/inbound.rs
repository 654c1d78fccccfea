//! The one message a host page may send an embed:
//! `{"ns":"hashwatt","v":1,"type":"set","id":"ID","query":"kwh=0.05&n=10"}`.
//!
//! The hook in `app::embed` takes it only from `window.parent` and only when the event's
//! origin is the `host` option; this module checks the rest (namespace, version, type,
//! frame id, size) and applies the scenario keys of `query` as a link would: a value
//! that cannot be used is rejected and the current one kept. Locked keys are held by
//! the reducer.

use super::{MESSAGE_NS, MESSAGE_VERSION};
use crate::scenario::{Key, Params, Rejected};

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

/// `current` with the scenario keys of `query` applied: a key given and usable takes
/// its value (with what follows from it as in a link: `miner` fills `th` and `w`, and
/// `date` moves `start`, unless the query gives them); every other key keeps its text.
///
/// Amounts are read in the current currency at the current rates, unless the query
/// gives its own (`cur`, `fxkzt`...): the query is read after them, and the last of a
/// repeated key counts.
pub fn apply_query(current: &Params, query: &str) -> (Params, Vec<Rejected>) {
    let bare = query.strip_prefix('?').unwrap_or(query);
    let mut context = form_urlencoded::Serializer::new(String::new());
    for key in Key::MONEY_CONTEXT {
        context.append_pair(key.as_str(), current.get(key));
    }
    let (parsed, rejected) = Params::from_query(&format!("{}&{bare}", context.finish()));
    let mut given: Vec<Key> = form_urlencoded::parse(bare.as_bytes())
        .filter_map(|(name, _)| Key::from_name(&name))
        .collect();
    if given.contains(&Key::Miner) {
        given.extend([Key::Th, Key::W]);
    }
    if given.contains(&Key::Date) {
        given.push(Key::Start);
    }
    // Only what the message gave is its to reject (not the current context read first).
    let rejected: Vec<Rejected> = rejected
        .into_iter()
        .filter(|r| given.iter().any(|k| k.as_str() == r.key) || Key::from_name(&r.key).is_none())
        .collect();
    let mut next = current.clone();
    for key in given {
        if !rejected.iter().any(|r| r.key == key.as_str()) {
            next.set(key, parsed.get(key));
        }
    }
    (next, rejected)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let (next, rejected) = apply_query(&current, "n=10&pool=abc&kwh=0.05");
        assert_eq!(next.get(Key::N), "10");
        assert_eq!(next.get(Key::Kwh), "0.05");
        assert_eq!(next.get(Key::Pool), current.get(Key::Pool));
        assert_eq!(rejected.len(), 1);
        assert_eq!(rejected[0].key, "pool");
        let (next, _) = apply_query(&current, "miner=avalon-a1246");
        assert_eq!((next.get(Key::Th), next.get(Key::W)), ("90", "3420"));
        assert_eq!(next.get(Key::N), "3");
    }

    #[test]
    fn amounts_are_read_in_the_current_currency() {
        let current = Params::from_query("cur=KZT&fxkzt=500&kwh=20").0;
        // 25 KZT/kWh is within range in tenge (over 10 it would be refused in dollars).
        let (next, rejected) = apply_query(&current, "kwh=25");
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!((next.get(Key::Kwh), next.get(Key::Cur)), ("25", "KZT"));
        // A rate in the message is the one its amounts are read at.
        let (_, rejected) = apply_query(&current, "fxkzt=2&kwh=25");
        assert_eq!(rejected.len(), 1, "{rejected:?}");
    }
}
