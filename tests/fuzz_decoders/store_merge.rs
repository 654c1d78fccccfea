//! The merge of one change into the stored text (`Change::apply_to`), which every write
//! of the page goes through: on any stored text, it keeps everything the change does
//! not touch; and two tabs whose changes reach storage one at a time, in any order,
//! lose none of them.

use std::collections::BTreeMap;

use hashwatt::saved::{Change, LoadError, News, Store, StoreError, FORMAT};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;
use serde_json::{json, Value};

use crate::store_texts::{apply, edit, name_text, store_text};
use crate::{clip, config};

/// Names from a small pool, so that changes meet: the same name saved twice, renamed
/// onto, deleted after a rename...
fn pool_name() -> impl Strategy<Value = String> {
    select(vec!["A", "B", "C", " A ", "A (copy)", "A (2)"]).prop_map(str::to_owned)
}

/// An export file of scenarios from the pool.
fn import_file() -> impl Strategy<Value = String> {
    prop::collection::vec((pool_name(), 1u32..4), 0..4).prop_map(|entries| {
        let scenarios: Vec<Value> = entries
            .iter()
            .map(|(n, q)| json!({"name": n, "query": format!("v=1&n={q}"), "saved": ""}))
            .collect();
        json!({"format": FORMAT, "version": 1, "scenarios": scenarios}).to_string()
    })
}

fn change_of(name: impl Strategy<Value = String> + Clone + 'static) -> BoxedStrategy<Change> {
    let query = (1u32..4).prop_map(|n| format!("v=1&n={n}"));
    prop_oneof![
        3 => (name.clone(), query.clone()).prop_map(|(name, query)| Change::Save { name, query, at: String::new() }),
        1 => (name.clone(), query).prop_map(|(name, query)| Change::Replace { name, query, at: String::new() }),
        2 => (name.clone(), name.clone()).prop_map(|(from, to)| Change::Rename { from, to }),
        1 => name.clone().prop_map(Change::Duplicate),
        2 => name.prop_map(Change::Delete),
        1 => import_file().prop_map(Change::Import),
    ]
    .boxed()
}

/// The top-level fields of a store text other than its scenarios.
fn top_fields(text: &str) -> Option<BTreeMap<String, Value>> {
    let Value::Object(map) = serde_json::from_str(text).ok()? else {
        return None;
    };
    Some(map.into_iter().filter(|(k, _)| k != "scenarios").collect())
}

/// One change on any stored text: a refused change leaves the store as read; a change
/// made writes a text that reads back as the store shown, keeps the entries kept aside
/// and the fields it does not know, and touches only the scenarios it names.
fn check_merge(stored: Option<&str>, change: &Change) -> Result<(), TestCaseError> {
    let (before, read_problem) = Store::parse(stored);
    let merged = change.apply_to(stored);
    let write = match &merged.outcome {
        Err(_) => {
            prop_assert_eq!(&merged.store, &before);
            prop_assert_eq!(&merged.problem, &read_problem);
            return Ok(());
        }
        Ok(write) => write,
    };
    prop_assert!(before.writable(), "wrote over a newer store");
    let (back, problem) = Store::parse(Some(&write.text));
    prop_assert_eq!(&back, &merged.store, "written {:?}", clip(&write.text));
    prop_assert_eq!(&problem, &merged.problem);
    prop_assert_eq!(back.kept_aside(), before.kept_aside());
    prop_assert_eq!(
        write.replaces_unreadable,
        read_problem == Some(LoadError::Unreadable)
    );
    if let (Some(text), false) = (stored, write.replaces_unreadable) {
        let mut was = top_fields(text).unwrap_or_default();
        let mut now = top_fields(&write.text).unwrap_or_default();
        for m in [&mut was, &mut now] {
            m.remove("format");
            m.remove("version");
        }
        prop_assert_eq!(was, now, "a top-level field was lost or changed");
    }
    let (old, new) = (&before.scenarios, &back.scenarios);
    let others_kept = |skip: &str| -> bool {
        let kept: Vec<_> = old.iter().filter(|s| s.name != skip).collect();
        kept.iter().all(|s| new.contains(s))
    };
    match (change, &write.news) {
        (Change::Save { .. }, News::Saved(_)) | (Change::Duplicate(_), News::Duplicated(_)) => {
            prop_assert_eq!(new.len(), old.len() + 1);
            prop_assert!(others_kept(""));
        }
        (Change::Replace { name, .. }, News::Replaced(_)) => {
            prop_assert_eq!(new.len(), old.len());
            prop_assert!(others_kept(name));
        }
        (Change::Rename { from, .. }, News::Renamed(to)) => {
            prop_assert_eq!(new.len(), old.len());
            prop_assert!(others_kept(from));
            prop_assert!(back.get(to).is_some());
        }
        (Change::Delete(name), News::Deleted(_)) => {
            prop_assert_eq!(new.len() + 1, old.len());
            prop_assert!(back.get(name).is_none());
            prop_assert!(others_kept(name));
        }
        (Change::Import(_), News::Imported(_)) => {
            prop_assert_eq!(&new[..old.len()], &old[..]);
        }
        (change, news) => prop_assert!(false, "{:?} reported {:?}", change, news),
    }
    Ok(())
}

/// What a change that was made did to the scenarios, by name: the model of the store.
fn model_after(
    model: &mut BTreeMap<String, String>,
    change: &Change,
    news: &News,
) -> Result<(), TestCaseError> {
    match (change, news) {
        (Change::Save { query, .. }, News::Saved(name)) => {
            model.insert(name.clone(), query.clone());
        }
        (Change::Replace { query, .. }, News::Replaced(name)) => {
            model.insert(name.clone(), query.clone());
        }
        (Change::Rename { from, .. }, News::Renamed(to)) => {
            if let Some(query) = model.remove(from) {
                model.insert(to.clone(), query);
            }
        }
        (Change::Duplicate(name), News::Duplicated(copy)) => {
            let query = model.get(name).cloned().unwrap_or_default();
            model.insert(copy.clone(), query);
        }
        (Change::Delete(name), News::Deleted(_)) => {
            model.remove(name);
        }
        (Change::Import(text), News::Imported(report)) => {
            let file: Value = serde_json::from_str(text).unwrap_or_default();
            let mut renamed = report.renamed.iter();
            for entry in file["scenarios"].as_array().into_iter().flatten() {
                let name = entry["name"].as_str().unwrap_or_default().trim().to_owned();
                let query = entry["query"].as_str().unwrap_or_default().to_owned();
                match model.get(&name) {
                    None => {
                        model.insert(name, query);
                    }
                    Some(q) if *q == query => {}
                    Some(_) => {
                        let Some((_, new_name)) = renamed.next() else {
                            prop_assert!(false, "an import renamed fewer than it should");
                            return Ok(());
                        };
                        model.insert(new_name.clone(), query);
                    }
                }
            }
        }
        (change, news) => prop_assert!(false, "{:?} reported {:?}", change, news),
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(3_000))]

    /// Any change on any stored text (store files of every shape, cut and spliced).
    #[test]
    fn store_merge_keeps_what_it_does_not_touch(
        stored in prop::option::of(store_text()),
        edits in prop::collection::vec(edit(), 0..3),
        change in change_of(prop_oneof![pool_name(), name_text()].boxed()),
    ) {
        let stored = stored.map(|t| apply(&t, &edits));
        check_merge(stored.as_deref(), &change)?;
    }
}

proptest! {
    #![proptest_config(config(1_500))]

    /// Two tabs' changes reach storage one at a time, in any interleaving (what the lock
    /// across tabs guarantees), each made on the text the other last wrote: the store at
    /// the end is exactly what the changes that were made say, none lost.
    #[test]
    fn two_tabs_lose_no_change(
        first in prop::collection::vec(change_of(pool_name().boxed()), 0..12),
        second in prop::collection::vec(change_of(pool_name().boxed()), 0..12),
        order in prop::collection::vec(any::<bool>(), 24),
    ) {
        let mut tabs = [first.into_iter(), second.into_iter()];
        let mut stored: Option<String> = None;
        let mut model = BTreeMap::new();
        let mut turns = order.into_iter().chain(std::iter::repeat(false));
        let mut done = 0;
        while done < 24 {
            let tab = usize::from(turns.next().unwrap_or(false));
            let Some(change) = tabs[tab].next().or_else(|| tabs[1 - tab].next()) else {
                break;
            };
            done += 1;
            let merged = change.apply_to(stored.as_deref());
            match merged.outcome {
                Ok(write) => {
                    model_after(&mut model, &change, &write.news)?;
                    stored = Some(write.text);
                }
                Err(e) => prop_assert!(
                    !matches!(e, StoreError::ReadOnly | StoreError::QueryTooLong { .. }),
                    "{:?} refused: {:?}", change, e
                ),
            }
            let (store, _) = Store::parse(stored.as_deref());
            let now: BTreeMap<String, String> =
                store.scenarios.into_iter().map(|s| (s.name, s.query)).collect();
            prop_assert_eq!(&now, &model, "after {:?}", change);
        }
    }
}
