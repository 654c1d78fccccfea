//! The saved-scenario store decoder: any bytes, read as the stored text and as an
//! import file, then the operations on what was read.
//!
//! Invariants (a panic is a finding):
//! - `Store::parse` never panics; its problem matches the store (read-only exactly for a
//!   newer version, a count of kept-aside entries that is right);
//! - every entry of a readable file is a scenario or kept aside: none is lost;
//! - a writable store writes and reads back equal, with as many entries kept aside, and
//!   `to_json` is a fixed point after one parse;
//! - `Store::default().import(text)` never panics, is refused exactly when `parse` calls
//!   the text unreadable, and on success leaves non-empty, unique names of at most
//!   `MAX_NAME_LEN` characters; importing into the loaded store overwrites nothing;
//! - duplicate, rename and delete on the loaded store never create a duplicate or
//!   unreadable name, and the store still writes and reads back equal.
#![no_main]

use std::collections::BTreeSet;

use hashwatt::saved::{LoadError, Store, StoreError, MAX_NAME_LEN, MAX_QUERY_LEN, STORE_VERSION};
use libfuzzer_sys::fuzz_target;

/// How many entries a store text lists, read as the store reads it.
fn entry_count(text: &str) -> Option<usize> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    v.get("scenarios")?.as_array().map(Vec::len)
}

fn readable_name(name: &str) -> bool {
    let t = name.trim();
    !t.is_empty() && t.chars().count() <= MAX_NAME_LEN
}

fn assert_names(store: &Store, context: &str) {
    let mut seen = BTreeSet::new();
    for s in &store.scenarios {
        assert!(
            seen.insert(&s.name),
            "{context}: duplicate name {:?}",
            s.name
        );
        assert!(
            readable_name(&s.name),
            "{context}: unreadable name {:?}",
            s.name
        );
        assert!(s.query.len() <= MAX_QUERY_LEN, "{context}: query too long");
    }
}

fn assert_round_trip(store: &Store, context: &str) {
    let written = store.to_json();
    let (back, problem) = Store::parse(Some(&written));
    assert_eq!(
        &back, store,
        "{context}: wrote {written:?}, read back another store"
    );
    assert_eq!(back.kept_aside(), store.kept_aside(), "{context}");
    let expected =
        (store.kept_aside() > 0).then(|| LoadError::EntriesKeptAside(store.kept_aside()));
    assert_eq!(problem, expected, "{context}");
    assert_eq!(
        back.to_json(),
        written,
        "{context}: to_json is not a fixed point"
    );
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (store, problem) = Store::parse(Some(&text));
    assert_names(&store, "parse");
    match &problem {
        Some(LoadError::Unreadable) => assert_eq!(store, Store::default()),
        Some(LoadError::NewerVersion(v)) => assert!(*v > STORE_VERSION && !store.writable()),
        Some(LoadError::EntriesKeptAside(n)) => {
            assert!(*n > 0 && *n == store.kept_aside() && store.writable())
        }
        None => assert!(store.kept_aside() == 0 && store.writable()),
    }
    let unreadable = problem == Some(LoadError::Unreadable);
    if !unreadable {
        if let Some(listed) = entry_count(&text) {
            assert_eq!(
                listed,
                store.scenarios.len() + store.kept_aside(),
                "entries lost reading {text:?}"
            );
        }
    }
    if store.writable() {
        assert_round_trip(&store, "parse then to_json");
    }

    // The same text as an import file, into an empty store.
    let mut imported = Store::default();
    match imported.import(&text) {
        Ok(report) => {
            assert!(!unreadable, "import took a text parse calls unreadable");
            assert_names(&imported, "import");
            for s in &imported.scenarios {
                assert!(
                    s.name.chars().count() <= MAX_NAME_LEN,
                    "imported {:?}",
                    s.name
                );
            }
            assert_eq!(
                report.added + report.renamed.len(),
                imported.scenarios.len()
            );
            if let Some(listed) = entry_count(&text) {
                assert_eq!(
                    report.added + report.already_present + report.renamed.len() + report.skipped,
                    listed
                );
            }
            assert_round_trip(&imported, "import then to_json");
        }
        Err(e) => {
            assert_eq!(e, StoreError::NotAnExport);
            assert!(unreadable, "import refused a text parse reads");
            assert_eq!(imported, Store::default());
        }
    }

    if !store.writable() {
        let mut s = store.clone();
        assert_eq!(s.duplicate("x").err(), Some(StoreError::ReadOnly));
        assert_eq!(s.import(&text).err(), Some(StoreError::ReadOnly));
        assert_eq!(s, store);
        return;
    }

    // And into the loaded store: nothing stored is overwritten.
    let mut merged = store.clone();
    if merged.import(&text).is_ok() {
        assert_names(&merged, "import into the loaded store");
        assert_eq!(
            &merged.scenarios[..store.scenarios.len()],
            &store.scenarios[..]
        );
        assert_eq!(merged.kept_aside(), store.kept_aside());
    }

    // Operations on every loaded scenario (a few): duplicate, rename, delete.
    let names: Vec<String> = store
        .scenarios
        .iter()
        .take(4)
        .map(|s| s.name.clone())
        .collect();
    let mut s = store.clone();
    for name in &names {
        let copy = s.duplicate(name).expect("a loaded name can be duplicated");
        assert_names(&s, &format!("duplicate({name:?}) -> {copy:?}"));
        assert_round_trip(&s, &format!("duplicate({name:?})"));
        // Onto a taken name: refused, or (for an untrimmed loaded name) the trimmed name.
        let _ = s.rename(&copy, name);
        assert_names(&s, &format!("rename({copy:?}, {name:?})"));
        let _ = s.rename(name, &format!("{name} renamed"));
        assert_names(&s, &format!("rename({name:?})"));
        assert_round_trip(&s, &format!("rename({name:?})"));
    }
    let mut s = store.clone();
    for name in &names {
        s.delete(name).expect("a loaded name can be deleted");
        assert!(s.get(name).is_none());
        assert_round_trip(&s, &format!("delete({name:?})"));
    }
});
