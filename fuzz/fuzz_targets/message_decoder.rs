//! The `set` message decoder: any bytes, read as `LOCKS\nCURRENT\nMESSAGE`: the keys to
//! lock (names separated by commas), the embed's current scenario as a link, and the
//! host page's message query, applied with `embed::inbound::apply_query`.
//!
//! Invariants (a panic is a finding), when the current scenario is valid:
//! - the scenario after the message is valid too (a message never stalls the results),
//!   and its economics and projection are computable;
//! - every locked key keeps its text;
//! - every key the message gives (its last occurrence) is taken, or named in the
//!   rejections, each of which names a known key and says why.
#![no_main]

use hashwatt::embed::inbound::apply_query;
use hashwatt::embed::Locks;
use hashwatt::scenario::fleet::tidy_line;
use hashwatt::scenario::{Key, Params, Scenario};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\n');
    let (locks, current, message) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    let locked: Vec<Key> = locks.split(',').filter_map(Key::from_name).collect();
    let (before, _) = Params::from_query(current);
    if Scenario::from_params(&before).is_err() {
        return;
    }
    let (next, rejected) = apply_query(&before, message, &Locks::new(&locked));
    for r in &rejected {
        assert!(r.key == "v" || Key::from_name(&r.key).is_some(), "{r:?}");
        assert!(!r.message().is_empty(), "{r:?}");
    }
    let scenario = Scenario::from_params(&next).unwrap_or_else(|e| {
        panic!("{message:?} over {current:?} (locks {locked:?}) leaves {e:?}")
    });
    assert!(scenario.economics().is_ok() && scenario.projection().is_ok());
    for key in &locked {
        assert_eq!(next.get(*key), before.get(*key), "locked {key:?} moved");
    }
    let bare = message.strip_prefix('?').unwrap_or(message);
    let mut last: Vec<(Key, String)> = Vec::new();
    for (name, value) in form_urlencoded_pairs(bare) {
        if let Some(key) = Key::from_name(&name) {
            last.retain(|(k, _)| *k != key);
            last.push((key, value));
        }
    }
    for (key, value) in last {
        let read = if key.is_line() {
            tidy_line(value.trim())
        } else {
            value.trim().to_owned()
        };
        let named = rejected.iter().any(|r| r.key == key.as_str());
        assert!(
            next.get(key) == read || named,
            "{key:?} given {value:?} is {:?}, not named: {rejected:?}",
            next.get(key)
        );
    }
});

/// The pairs of a query as `application/x-www-form-urlencoded` reads them (the page's
/// own reader: `form_urlencoded`, through the scenario's dependency).
fn form_urlencoded_pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}
