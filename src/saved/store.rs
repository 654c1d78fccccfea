//! The store's model and format: the saved scenarios, read from and written to the
//! stored text. What may be done to it is in `edit` and `import`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::LoadError;

/// The `format` field that marks a hashwatt store or export file.
pub const FORMAT: &str = "hashwatt-saved";
/// The store format this version reads and writes.
pub const STORE_VERSION: u64 = 1;
/// Longest name kept, in characters.
pub const MAX_NAME_LEN: usize = 80;
/// Longest query kept, in bytes (a v1 link is about 150).
pub const MAX_QUERY_LEN: usize = 4_096;

/// One saved scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedScenario {
    pub name: String,
    /// The scenario as its link query (`v=1&...`).
    pub query: String,
    /// When it was saved, as an ISO 8601 text (shown, never parsed).
    #[serde(default)]
    pub saved: String,
    /// Fields this version does not know (a newer version's), written back as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl SavedScenario {
    /// Whether the entry may be shown and kept: a name, and both within their limits.
    pub(super) fn readable(&self) -> bool {
        let name = self.name.trim();
        !name.is_empty()
            && name.chars().count() <= MAX_NAME_LEN
            && self.query.len() <= MAX_QUERY_LEN
    }
}

/// The saved scenarios, and what could not be read, kept to be written back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Store {
    pub scenarios: Vec<SavedScenario>,
    /// Entries of the wrong shape, written back as they were.
    kept_aside: Vec<Value>,
    /// `Some(version)` when a newer version wrote the store: never write it.
    newer_version: Option<u64>,
    /// Top-level fields this version does not know, written back as they were.
    extra: Map<String, Value>,
}

/// The file shape, read loosely: entries one by one, so that one bad entry spoils
/// nothing else.
#[derive(Deserialize)]
pub(super) struct RawFile {
    pub(super) format: String,
    pub(super) version: u64,
    pub(super) scenarios: Vec<Value>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub(super) extra: Map<String, Value>,
}

#[derive(Serialize)]
struct OutFile<'a> {
    format: &'a str,
    version: u64,
    scenarios: Vec<Value>,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

impl Store {
    /// Reads the stored text (`None`: nothing stored yet).
    pub fn parse(text: Option<&str>) -> (Store, Option<LoadError>) {
        let Some(text) = text else {
            return (Store::default(), None);
        };
        let Ok(raw) = serde_json::from_str::<RawFile>(text) else {
            return (Store::default(), Some(LoadError::Unreadable));
        };
        if raw.format != FORMAT {
            return (Store::default(), Some(LoadError::Unreadable));
        }
        let mut store = Store {
            extra: raw.extra,
            ..Store::default()
        };
        for entry in raw.scenarios {
            match serde_json::from_value::<SavedScenario>(entry.clone()) {
                Ok(mut s) if s.readable() => {
                    // A name seen twice (a hand-edited store) is shown under a free name:
                    // both stay readable, and neither comes back after the other is
                    // deleted or renamed.
                    s.name = store.free_name(s.name.trim());
                    store.scenarios.push(s)
                }
                _ => store.kept_aside.push(entry),
            }
        }
        let problem = if raw.version > STORE_VERSION {
            store.newer_version = Some(raw.version);
            Some(LoadError::NewerVersion(raw.version))
        } else if !store.kept_aside.is_empty() {
            Some(LoadError::EntriesKeptAside(store.kept_aside.len()))
        } else {
            None
        };
        (store, problem)
    }

    /// The text to store: readable entries, then the ones kept aside, unchanged.
    pub fn to_json(&self) -> String {
        let mut scenarios: Vec<Value> = self
            .scenarios
            .iter()
            .map(|s| serde_json::to_value(s).unwrap_or(Value::Null))
            .collect();
        scenarios.extend(self.kept_aside.iter().cloned());
        let file = OutFile {
            format: FORMAT,
            version: STORE_VERSION,
            scenarios,
            extra: &self.extra,
        };
        // Serializing strings and JSON values cannot fail.
        serde_json::to_string(&file).unwrap_or_default()
    }

    /// An export file: the readable scenarios only (with their unknown fields),
    /// pretty-printed.
    pub fn export_json(&self) -> String {
        let scenarios = self
            .scenarios
            .iter()
            .map(|s| serde_json::to_value(s).unwrap_or(Value::Null))
            .collect();
        let file = OutFile {
            format: FORMAT,
            version: STORE_VERSION,
            scenarios,
            extra: &Map::new(),
        };
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    /// Whether this version may write the store back.
    pub fn writable(&self) -> bool {
        self.newer_version.is_none()
    }

    pub fn kept_aside(&self) -> usize {
        self.kept_aside.len()
    }

    pub(super) fn position(&self, name: &str) -> Option<usize> {
        self.scenarios.iter().position(|s| s.name == name)
    }

    pub fn get(&self, name: &str) -> Option<&SavedScenario> {
        self.position(name).map(|i| &self.scenarios[i])
    }

    /// `base`, or `base (2)`, `base (3)`... whichever is free, within the length limit.
    pub(super) fn free_name(&self, base: &str) -> String {
        // Trimmed after cutting, so that a cut never leaves a name of spaces.
        let fit = |suffix: &str| {
            let room = MAX_NAME_LEN - suffix.chars().count();
            let cut: String = base.chars().take(room).collect();
            format!("{}{suffix}", cut.trim_end())
        };
        let plain = fit("");
        if !plain.trim().is_empty() && self.position(&plain).is_none() {
            return plain;
        }
        (2..)
            .map(|n| fit(&format!(" ({n})")))
            .find(|candidate| self.position(candidate).is_none())
            .expect("an unbounded range of names has a free one")
    }
}

#[cfg(test)]
mod tests {
    use super::super::sample;
    use super::*;
    use crate::saved::StoreError;

    #[test]
    fn round_trip_through_json() {
        let s = sample(&["A", "Site \"B\" <script>"]);
        let (back, problem) = Store::parse(Some(&s.to_json()));
        assert_eq!(problem, None);
        assert_eq!(back, s);
    }

    #[test]
    fn bad_entries_are_kept_aside_and_written_back() {
        let text = r#"{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"A","query":"v=1"},42,{"name":""},{"name":"A","query":"v=1&n=2"}]}"#;
        let (mut s, problem) = Store::parse(Some(text));
        assert_eq!(problem, Some(LoadError::EntriesKeptAside(2)));
        // The second "A" is readable: shown under a free name, not hidden.
        let names: Vec<&str> = s.scenarios.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["A", "A (2)"]);
        s.delete("A").unwrap();
        s.save("B", "v=1&n=3", "").unwrap();
        let written = s.to_json();
        assert!(
            written.contains("42")
                && written.contains(r#""name":"""#)
                && written.contains("v=1&n=2")
        );
        let (again, _) = Store::parse(Some(&written));
        assert_eq!(again.kept_aside(), 2);
        let names: Vec<&str> = again.scenarios.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["A (2)", "B"], "a deleted name does not come back");
    }

    #[test]
    fn unknown_fields_are_written_back() {
        // A newer version's fields, at the top and in an entry (numbers, nesting).
        let text = r##"{"format":"hashwatt-saved","version":1,"scenarios":[{"colour":"#f00","name":"A","query":"v=1&n=1","saved":"","tags":["x",{"y":1.5}]}],"synced":{"at":17}}"##;
        let (mut s, problem) = Store::parse(Some(text));
        assert_eq!(problem, None);
        assert_eq!(s.to_json(), text, "written back unchanged");
        s.save("B", "v=1&n=2", "").unwrap();
        s.rename("A", "C").unwrap();
        let written: Value = serde_json::from_str(&s.to_json()).unwrap();
        assert_eq!(written["synced"], serde_json::json!({"at": 17}));
        assert_eq!(written["scenarios"][0]["name"], "C");
        assert_eq!(
            written["scenarios"][0]["tags"],
            serde_json::json!(["x", {"y": 1.5}])
        );
        assert_eq!(written["scenarios"][0]["colour"], "#f00");
        assert_eq!(
            written["scenarios"][1].as_object().map(|o| o.len()),
            Some(3)
        );
        // An export keeps the entries' fields (they belong to the scenario).
        let exported: Value = serde_json::from_str(&s.export_json()).unwrap();
        assert_eq!(exported["scenarios"][0]["colour"], "#f00");
    }

    #[test]
    fn unreadable_and_newer_stores_are_not_written() {
        assert_eq!(
            Store::parse(Some("{not json")).1,
            Some(LoadError::Unreadable)
        );
        assert_eq!(
            Store::parse(Some(r#"{"format":"other","version":1,"scenarios":[]}"#)).1,
            Some(LoadError::Unreadable)
        );
        let (mut s, problem) = Store::parse(Some(
            r#"{"format":"hashwatt-saved","version":2,"scenarios":[{"name":"A","query":"v=2&x=1"}]}"#,
        ));
        assert_eq!(problem, Some(LoadError::NewerVersion(2)));
        assert_eq!(s.scenarios.len(), 1);
        assert!(!s.writable());
        assert_eq!(s.save("B", "v=1", ""), Err(StoreError::ReadOnly));
        assert_eq!(s.delete("A"), Err(StoreError::ReadOnly));
    }
}
