//! The one message a host page may send an embed:
//! `{"ns":"hashwatt","v":1,"type":"set","id":"ID","query":"kwh=0.05&n=10"}`.
//!
//! The hook in `app::embed` takes it only from `window.parent` and only when the event's
//! origin is the `host` option; this module checks the rest (namespace, version, type,
//! frame id, size) and applies the scenario keys of `query` as a link would: a value
//! that cannot be used is rejected and the current one kept. Locked keys are held by
//! the reducer.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::{MESSAGE_NS, MESSAGE_VERSION};
use crate::scenario::{Key, Params, Rejected};

/// Longest `query` taken from a message, in bytes.
pub const MAX_SET_QUERY_LEN: usize = 8 * 1024;

#[derive(Debug, Deserialize)]
struct SetMessage {
    ns: String,
    v: u32,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: String,
    query: String,
}

/// The `query` of a `set` message (JSON text) addressed to frame `own_id` (empty when
/// the frame has none); `None` for anything else.
pub fn set_query(json: &str, own_id: &str) -> Option<String> {
    if json.len() > MAX_SET_QUERY_LEN * 2 {
        return None;
    }
    let m: SetMessage = serde_json::from_str(json).ok()?;
    let ok = m.ns == MESSAGE_NS
        && m.v == MESSAGE_VERSION
        && m.kind == "set"
        && m.id == own_id
        && m.query.len() <= MAX_SET_QUERY_LEN;
    ok.then_some(m.query)
}

/// `current` with the scenario keys of `query` applied: a key given and usable takes
/// its value (with what follows from it as in a link: `miner` fills `th` and `w`, and
/// `date` moves `start`, unless the query gives them); every other key keeps its text.
pub fn apply_query(current: &Params, query: &str) -> (Params, Vec<Rejected>) {
    let (parsed, rejected) = Params::from_query(query);
    let bare = query.strip_prefix('?').unwrap_or(query);
    let mut given: BTreeSet<Key> = form_urlencoded::parse(bare.as_bytes())
        .filter_map(|(name, _)| Key::from_name(&name))
        .collect();
    if given.contains(&Key::Miner) {
        given.extend([Key::Th, Key::W]);
    }
    if given.contains(&Key::Date) {
        given.insert(Key::Start);
    }
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

    #[track_caller]
    fn case(json: &str, own_id: &str, expected: Option<&str>) {
        assert_eq!(set_query(json, own_id).as_deref(), expected, "{json}");
    }

    #[test]
    fn only_a_set_message_for_this_frame_is_read() {
        let good = r#"{"ns":"hashwatt","v":1,"type":"set","id":"a","query":"n=2"}"#;
        case(good, "a", Some("n=2"));
        case(good, "b", None);
        case(
            r#"{"ns":"hashwatt","v":2,"type":"set","id":"a","query":"n=2"}"#,
            "a",
            None,
        );
        case(
            r#"{"ns":"other","v":1,"type":"set","id":"a","query":"n=2"}"#,
            "a",
            None,
        );
        case(
            r#"{"ns":"hashwatt","v":1,"type":"height","id":"a","query":"n=2"}"#,
            "a",
            None,
        );
        case(
            r#"{"ns":"hashwatt","v":1,"type":"set","id":"a","query":5}"#,
            "a",
            None,
        );
        case(
            r#"{"ns":"hashwatt","v":1,"type":"set","query":"n=2"}"#,
            "",
            Some("n=2"),
        );
        case("\"n=2\"", "a", None);
        case("null", "a", None);
        case("not json", "a", None);
        let long = format!(
            r#"{{"ns":"hashwatt","v":1,"type":"set","id":"a","query":"{}"}}"#,
            "n".repeat(MAX_SET_QUERY_LEN + 1)
        );
        case(&long, "a", None);
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
}
