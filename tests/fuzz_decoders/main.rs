//! Fuzz-style properties of the decoders that read text from outside the page: links
//! (`Params::from_query`, then `Scenario::from_params`), a host's `set` messages over
//! the current scenario (`embed::inbound::apply_query`, in `messages`), the
//! saved-scenario store (`Store::parse`, `Store::import` and the operations on a loaded
//! store) and the mempool API's responses (`hashwatt::live`).
//!
//! The native, always-run counterpart of the cargo-fuzz targets in `fuzz/`
//! (`scripts/fuzz.sh`). Inputs are arbitrary text, query strings built from the real
//! keys with hostile values, and store files built from JSON value trees, then mutated.
//! Failures are not written to a regressions file; the known-bad inputs found so far are
//! the plain `regression_*` tests at the end of `links` and `store`.
#![cfg(not(target_arch = "wasm32"))]

mod hostile_queries;
mod links;
mod live;
mod messages;
mod store;
mod store_merge;
mod store_ops;
mod store_texts;
mod valid_queries;

use proptest::prelude::*;

/// `cases` cases, nothing written to disk, shrinking bounded so a failure reports fast.
pub(crate) fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        max_shrink_time: 20_000,
        ..ProptestConfig::default()
    }
}

/// At most 160 characters of an input, for failure messages.
pub(crate) fn clip(text: &str) -> String {
    let mut s: String = text.chars().take(160).collect();
    if text.chars().count() > 160 {
        s.push_str(&format!("... ({} chars)", text.chars().count()));
    }
    s
}

/// Arbitrary text: any characters (controls included), ASCII noise, and long repeats
/// of a random chunk up to 20,000 characters.
pub(crate) fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(any::<char>(), 0..200).prop_map(String::from_iter),
        3 => prop::collection::vec(0u8..0x80, 0..400).prop_map(|b| String::from_utf8(b).expect("ASCII")),
        2 => any::<String>(),
        1 => (prop::collection::vec(any::<char>(), 1..24), 0usize..=20_000).prop_map(|(chunk, n)| {
            chunk.iter().cycle().take(n).collect()
        }),
    ]
}
