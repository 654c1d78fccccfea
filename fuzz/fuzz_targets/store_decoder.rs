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
//!   unreadable name, and the store still writes and reads back equal;
//! - the merge every write goes through (`Change::apply_to`, the text as stored and a
//!   change): a refused change leaves the store as read; a change made writes a text
//!   that reads back as the store shown, with the entries kept aside and the top-level
//!   fields of the text unchanged, and the scenarios it does not name all kept.
#![no_main]

use std::collections::BTreeSet;

use hashwatt::saved::{
    Change, LoadError, Store, StoreError, MAX_NAME_LEN, MAX_QUERY_LEN, STORE_VERSION,
};
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

/// The top-level fields of a store text other than its envelope and scenarios.
fn top_fields(text: &str) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::from_str(text) {
        Ok(serde_json::Value::Object(mut map)) => {
            for key in ["format", "version", "scenarios"] {
                map.remove(key);
            }
            map
        }
        _ => serde_json::Map::new(),
    }
}

/// `change` merged into `stored`: see the module's invariants.
fn check_merge(stored: &str, change: &Change) {
    let context = format!("{change:?} on {stored:?}");
    let (before, read_problem) = Store::parse(Some(stored));
    let merged = change.apply_to(Some(stored));
    let Ok(write) = &merged.outcome else {
        assert_eq!(merged.store, before, "{context}: refused, yet changed");
        assert_eq!(merged.problem, read_problem, "{context}");
        return;
    };
    assert!(before.writable(), "{context}: wrote over a newer store");
    let (back, problem) = Store::parse(Some(&write.text));
    assert_eq!(back, merged.store, "{context}: wrote another store than shown");
    assert_eq!(problem, merged.problem, "{context}");
    assert_eq!(back.kept_aside(), before.kept_aside(), "{context}");
    assert_names(&back, &context);
    if read_problem != Some(LoadError::Unreadable) {
        assert_eq!(top_fields(stored), top_fields(&write.text), "{context}");
    }
    let touched: Vec<&str> = match change {
        Change::Replace { name, .. } | Change::Delete(name) => vec![name],
        Change::Rename { from, .. } => vec![from],
        _ => vec![],
    };
    for s in before.scenarios.iter().filter(|s| !touched.contains(&s.name.as_str())) {
        assert!(back.scenarios.contains(s), "{context}: lost {:?}", s.name);
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The merge, on this text as stored: a change of each kind, on a name it holds.
    let first = Store::parse(Some(&text))
        .0
        .scenarios
        .first()
        .map_or_else(|| "A".to_owned(), |s| s.name.clone());
    for change in [
        Change::Save { name: "fuzz".into(), query: "v=1&n=2".into(), at: String::new() },
        Change::Replace { name: first.clone(), query: "v=1&n=3".into(), at: String::new() },
        Change::Rename { from: first.clone(), to: format!("{first} 2") },
        Change::Duplicate(first.clone()),
        Change::Delete(first.clone()),
        Change::Import(text.to_string()),
    ] {
        check_merge(&text, &change);
    }

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
            assert!(
                !matches!(problem, Some(LoadError::NewerVersion(_))),
                "import half-read a newer file"
            );
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
            match &problem {
                Some(LoadError::NewerVersion(v)) => assert_eq!(e, StoreError::NewerExport(*v)),
                _ => {
                    assert_eq!(e, StoreError::NotAnExport);
                    assert!(unreadable, "import refused a text parse reads");
                }
            }
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
