//! One change to the saved scenarios, applied to what storage holds at the moment of
//! writing: the stored text is read again, the change is made to it, and the result is
//! what is written. A page's own copy of the store is never written, so a change made
//! meanwhile in another tab is kept (the browser side serialises these steps across
//! tabs: `app::saved::lock`).

use super::{LoadError, News, Store, StoreError};

/// What the user asks of the saved scenarios. `at` is the time of the action as an ISO
/// 8601 text, for the "saved" stamp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Saves `query` under `name`; a taken name is refused.
    Save {
        name: String,
        query: String,
        at: String,
    },
    /// Replaces the scenario of `name` with `query`.
    Replace {
        name: String,
        query: String,
        at: String,
    },
    Rename {
        from: String,
        to: String,
    },
    Duplicate(String),
    Delete(String),
    /// Merges in an export file's text.
    Import(String),
}

/// The outcome of a change applied to the stored text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The store as it is after the change (as read, when the change was refused): what
    /// the page shows once the write is done.
    pub store: Store,
    /// What is wrong with that store, if anything.
    pub problem: Option<LoadError>,
    /// What to write and tell, or why the change was refused (nothing to write).
    pub outcome: Result<Write, StoreError>,
}

/// A change that was made: the text to store and what to tell the user once it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Write {
    pub text: String,
    pub news: News,
    /// The stored text could not be read and `text` replaces it: the browser keeps the
    /// old text elsewhere first, and writes nothing if it cannot.
    pub replaces_unreadable: bool,
}

impl Change {
    /// Reads `stored` (`None`: nothing stored yet), makes the change and says what to
    /// write. Nothing in the stored text is lost: what this change does not touch is
    /// written back as it was read (entries kept aside and unknown fields included).
    pub fn apply_to(&self, stored: Option<&str>) -> Merged {
        let (mut store, problem) = Store::parse(stored);
        match self.make(&mut store) {
            Ok(news) => {
                let unreadable = problem == Some(LoadError::Unreadable);
                Merged {
                    outcome: Ok(Write {
                        text: store.to_json(),
                        news,
                        replaces_unreadable: unreadable,
                    }),
                    store,
                    // A store written anew over unreadable text reads again.
                    problem: problem.filter(|_| !unreadable),
                }
            }
            Err(e) => Merged {
                store,
                problem,
                outcome: Err(e),
            },
        }
    }

    fn make(&self, store: &mut Store) -> Result<News, StoreError> {
        match self {
            Change::Save { name, query, at } => {
                store.save(name, query, at)?;
                Ok(News::Saved(name.trim().to_owned()))
            }
            Change::Replace { name, query, at } => {
                store.update(name, query, at)?;
                Ok(News::Replaced(name.clone()))
            }
            Change::Rename { from, to } => {
                store.rename(from, to)?;
                Ok(News::Renamed(to.trim().to_owned()))
            }
            Change::Duplicate(name) => store.duplicate(name).map(News::Duplicated),
            Change::Delete(name) => {
                store.delete(name)?;
                Ok(News::Deleted(name.clone()))
            }
            Change::Import(text) => store.import(text).map(News::Imported),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::sample;
    use super::*;

    fn save(name: &str, n: u32) -> Change {
        Change::Save {
            name: name.into(),
            query: format!("v=1&n={n}"),
            at: String::new(),
        }
    }

    fn names(store: &Store) -> Vec<&str> {
        store.scenarios.iter().map(|s| s.name.as_str()).collect()
    }

    /// The text a change writes; panics when it was refused.
    fn written(merged: &Merged) -> &str {
        match &merged.outcome {
            Ok(w) => &w.text,
            Err(e) => panic!("refused: {e:?}"),
        }
    }

    /// Two tabs each loaded the store with A; tab 1 saves B, then tab 2 saves C: C is
    /// made on what tab 1 wrote, not on tab 2's copy, so B is kept.
    #[test]
    fn a_change_is_made_on_what_is_stored_now() {
        let loaded = sample(&["A"]).to_json();
        let first = save("B", 2).apply_to(Some(&loaded));
        assert_eq!(
            first.outcome.as_ref().map(|w| &w.news),
            Ok(&News::Saved("B".into()))
        );
        let second = save("C", 3).apply_to(Some(written(&first)));
        assert_eq!(names(&second.store), ["A", "B", "C"]);
        let (stored, _) = Store::parse(Some(written(&second)));
        assert_eq!(stored, second.store);
    }

    /// The other tab took the name, or deleted the scenario, meanwhile: refused, nothing
    /// to write, and the page is shown what is stored.
    #[test]
    fn a_change_that_no_longer_applies_is_refused() {
        let stored = sample(&["A", "B"]).to_json();
        let taken = save("B", 9).apply_to(Some(&stored));
        assert_eq!(taken.outcome, Err(StoreError::NameTaken("B".into())));
        assert_eq!(names(&taken.store), ["A", "B"]);
        let gone = Change::Rename {
            from: "X".into(),
            to: "Y".into(),
        }
        .apply_to(Some(&stored));
        assert_eq!(gone.outcome, Err(StoreError::NotFound("X".into())));
    }

    #[test]
    fn rename_delete_duplicate_import_keep_the_rest() {
        let text = r#"{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"A","query":"v=1&n=1","saved":"","note":"x"},7,{"name":"B","query":"v=1&n=2","saved":""}],"later":true}"#;
        let renamed = Change::Rename {
            from: "A".into(),
            to: " Z ".into(),
        }
        .apply_to(Some(text));
        assert_eq!(
            renamed.outcome.as_ref().map(|w| &w.news),
            Ok(&News::Renamed("Z".into()))
        );
        assert_eq!(renamed.problem, Some(LoadError::EntriesKeptAside(1)));
        let text = written(&renamed);
        assert_eq!(
            text,
            r#"{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"Z","note":"x","query":"v=1&n=1","saved":""},{"name":"B","query":"v=1&n=2","saved":""},7],"later":true}"#
        );
        let deleted = Change::Delete("B".into()).apply_to(Some(text));
        assert_eq!(names(&deleted.store), ["Z"]);
        assert_eq!(deleted.store.kept_aside(), 1);
        let copied = Change::Duplicate("Z".into()).apply_to(Some(written(&deleted)));
        assert_eq!(
            copied.outcome.as_ref().map(|w| &w.news),
            Ok(&News::Duplicated("Z (copy)".into()))
        );
        // sample's "Z" is `v=1&n=1` too: already here; "Q" is new.
        let file = sample(&["Z", "Q"]).export_json();
        let imported = Change::Import(file).apply_to(Some(written(&copied)));
        assert_eq!(names(&imported.store), ["Z", "Z (copy)", "Q"]);
        assert!(written(&imported).ends_with(r#",7],"later":true}"#));
    }

    #[test]
    fn nothing_stored_and_unreadable_text() {
        let fresh = save("A", 1).apply_to(None);
        assert_eq!(names(&fresh.store), ["A"]);
        assert_eq!(fresh.outcome.map(|w| w.replaces_unreadable), Ok(false));
        let over = save("A", 1).apply_to(Some("{not json"));
        assert_eq!(over.problem, None);
        assert_eq!(
            over.outcome.map(|w| w.replaces_unreadable),
            Ok(true),
            "the old text is kept first"
        );
        let refused = Change::Delete("A".into()).apply_to(Some("{not json"));
        assert_eq!(refused.problem, Some(LoadError::Unreadable));
        assert_eq!(refused.outcome, Err(StoreError::NotFound("A".into())));
    }

    #[test]
    fn a_newer_store_is_never_written() {
        let text = r#"{"format":"hashwatt-saved","version":2,"scenarios":[]}"#;
        let merged = save("A", 1).apply_to(Some(text));
        assert_eq!(merged.outcome, Err(StoreError::ReadOnly));
        assert_eq!(merged.problem, Some(LoadError::NewerVersion(2)));
    }
}
