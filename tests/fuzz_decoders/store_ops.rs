//! Operations on a loaded store: save, update, rename, duplicate, delete, import.

use hashwatt::saved::{Store, StoreError};
use proptest::prelude::*;
use proptest::sample::Index;

use crate::config;
use crate::store::{names_unique, readable_name};
use crate::store_texts::{name_text, store_text};

#[derive(Debug, Clone)]
enum Op {
    Save(String, String),
    Update(String, String),
    Rename(String, String),
    Duplicate(String),
    Delete(String),
    Import(String),
}

fn op() -> impl Strategy<Value = Op> {
    let short_query = (1u32..100).prop_map(|n| format!("v=1&n={n}"));
    prop_oneof![
        4 => (name_text(), short_query.clone()).prop_map(|(n, q)| Op::Save(n, q)),
        1 => (name_text(), short_query).prop_map(|(n, q)| Op::Update(n, q)),
        3 => (name_text(), name_text()).prop_map(|(a, b)| Op::Rename(a, b)),
        3 => name_text().prop_map(Op::Duplicate),
        2 => name_text().prop_map(Op::Delete),
        2 => store_text().prop_map(Op::Import),
    ]
}

/// Operations pick their name from the store half the time, so that they apply.
fn resolve(store: &Store, name: &str, pick: &Index, use_existing: bool) -> String {
    if use_existing && !store.scenarios.is_empty() {
        store.scenarios[pick.index(store.scenarios.len())]
            .name
            .clone()
    } else {
        name.to_owned()
    }
}

proptest! {
    #![proptest_config(config(1_500))]

    /// Save, update, rename, duplicate, delete and import on a loaded store: never a
    /// duplicate or unreadable name, and after every step the store writes and reads
    /// back unchanged. A read-only store refuses every change.
    #[test]
    fn store_operations_keep_names_unique_and_round_trip(
        start in prop::option::of(store_text()),
        ops in prop::collection::vec((op(), any::<Index>(), any::<bool>()), 0..24),
    ) {
        let (mut store, _) = Store::parse(start.as_deref());
        for (op, pick, use_existing) in &ops {
            let before = store.clone();
            let result = match op {
                Op::Save(n, q) => store.save(n, q, "2026-11-25T10:00:00Z").map(|_| ()),
                Op::Update(n, q) => {
                    let n = resolve(&store, n, pick, *use_existing);
                    store.update(&n, q, "2026-11-25T10:00:00Z")
                }
                Op::Rename(from, to) => {
                    let from = resolve(&store, from, pick, *use_existing);
                    store.rename(&from, to)
                }
                Op::Duplicate(n) => {
                    let n = resolve(&store, n, pick, *use_existing);
                    store.duplicate(&n).map(|new| {
                        assert!(store.get(&new).is_some(), "duplicate of {n:?} is not stored");
                    })
                }
                Op::Delete(n) => {
                    let n = resolve(&store, n, pick, *use_existing);
                    store.delete(&n).map(|_| ())
                }
                Op::Import(text) => store.import(text).map(|_| ()),
            };
            if !before.writable() {
                prop_assert_eq!(result, Err(StoreError::ReadOnly));
                prop_assert_eq!(&store, &before);
                continue;
            }
            if result.is_err() {
                prop_assert_eq!(&store, &before, "a refused {:?} changed the store", op);
            }
            names_unique(&store)?;
            for s in &store.scenarios {
                prop_assert!(readable_name(&s.name), "{:?} left the name {:?}", op, s.name);
            }
            let (back, _) = Store::parse(Some(&store.to_json()));
            prop_assert_eq!(&back, &store, "store after {:?} does not read back", op);
        }
    }
}
