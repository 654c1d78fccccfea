//! The `set` message decoder: a host page's query applied over the embed's current
//! scenario (`embed::inbound::apply_query`), with some keys locked. Whatever the
//! message, a valid scenario stays valid (the results never stall), locked keys keep
//! their text, and every key the message gave is either taken or named.

use hashwatt::embed::inbound::apply_query;
use hashwatt::embed::Locks;
use hashwatt::scenario::fleet::tidy_line;
use hashwatt::scenario::{Key, Params, Scenario};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use proptest::test_runner::TestCaseError;

use crate::hostile_queries::query_shaped;
use crate::valid_queries::valid_query;
use crate::{arbitrary_text, clip, config};

/// A message of the keys whose ranges depend on each other (`dg` and `dgper`, `start`
/// and `date`), with values around those ranges, and a machine or an amount now and then.
fn cross_message() -> impl Strategy<Value = String> {
    let date =
        (2008i32..2102, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"));
    let pair = prop_oneof![
        select(vec!["year", "epoch", "month"]).prop_map(|p| format!("dgper={p}")),
        (-120.0f64..1200.0).prop_map(|v| format!("dg={}", v.round())),
        date.clone().prop_map(|d| format!("date={d}")),
        date.prop_map(|d| format!("start={d}")),
        select(vec!["antminer-s9", "avalon-a1246", "nope", ""]).prop_map(|m| format!("miner={m}")),
        select(vec!["USD", "KZT", "EUR"]).prop_map(|c| format!("cur={c}")),
        (0.0f64..40.0).prop_map(|v| format!("kwh={v:.3}")),
    ];
    prop::collection::vec(pair, 1..6).prop_map(|pairs| pairs.join("&"))
}

/// The keys to lock: any few of the scenario's.
fn locks() -> impl Strategy<Value = Vec<Key>> {
    let keys: Vec<Key> = Key::ALL.to_vec();
    prop_oneof![
        1 => Just(Vec::new()),
        2 => subsequence(keys.clone(), 0..4),
        2 => subsequence(vec![Key::Dg, Key::Dgper, Key::Date, Key::Start, Key::Th, Key::Kwh], 0..3),
    ]
}

/// The last value of each key `message` gives, as the page reads it.
fn last_given(message: &str) -> Vec<(Key, String)> {
    let bare = message.strip_prefix('?').unwrap_or(message);
    let mut out: Vec<(Key, String)> = Vec::new();
    for (name, value) in form_urlencoded::parse(bare.as_bytes()) {
        if let Some(key) = Key::from_name(&name) {
            out.retain(|(k, _)| *k != key);
            out.push((key, value.into_owned()));
        }
    }
    out
}

fn check_message(current: &str, message: &str, locked: &[Key]) -> Result<(), TestCaseError> {
    let (before, _) = Params::from_query(current);
    prop_assume!(Scenario::from_params(&before).is_ok());
    let locks = Locks::new(locked);
    let (next, rejected) = apply_query(&before, message, &locks);
    let named = |key: Key| rejected.iter().any(|r| r.key == key.as_str());
    for r in &rejected {
        prop_assert!(
            r.key == "v" || Key::from_name(&r.key).is_some(),
            "rejection names an unknown key {:?} for {:?}",
            r.key,
            clip(message)
        );
        prop_assert!(
            !r.message().is_empty(),
            "empty reason for {:?}",
            clip(message)
        );
    }
    let scenario = Scenario::from_params(&next).map_err(|e| {
        TestCaseError::fail(format!(
            "the message {:?} over {:?} (locks {locked:?}) leaves the scenario wrong: {e:?}",
            clip(message),
            clip(current)
        ))
    })?;
    prop_assert!(
        scenario.economics().is_ok() && scenario.projection().is_ok(),
        "not computable after {:?}",
        clip(message)
    );
    for key in locked {
        prop_assert_eq!(next.get(*key), before.get(*key), "locked {:?} moved", key);
    }
    for (key, value) in last_given(message) {
        let read = if key.is_line() {
            tidy_line(value.trim())
        } else {
            value.trim().to_owned()
        };
        prop_assert!(
            next.get(key) == read || named(key),
            "{:?} given {:?} is {:?} and not named, for {:?} over {:?}: {:?}",
            key,
            clip(&value),
            next.get(key),
            clip(message),
            clip(current),
            rejected
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(1_500))]

    /// Keys that depend on each other, around their ranges, over any valid scenario.
    #[test]
    fn message_decoder_cross_keys((current, _) in valid_query(), message in cross_message(), locked in locks()) {
        check_message(&current, &message, &locked)?;
    }
}

proptest! {
    #![proptest_config(config(2_000))]

    /// Hostile query strings and any text as the message.
    #[test]
    fn message_decoder_hostile((current, _) in valid_query(), message in prop_oneof![query_shaped(), arbitrary_text()], locked in locks()) {
        check_message(&current, &message, &locked)?;
    }
}
