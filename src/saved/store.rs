//! The saved-scenario store: parse, serialize, save, rename, duplicate, delete, import.

use serde::{Deserialize, Serialize};
use serde_json::Value;

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
}

impl SavedScenario {
    fn readable(&self) -> bool {
        let name = self.name.trim();
        !name.is_empty()
            && name.chars().count() <= MAX_NAME_LEN
            && self.query.len() <= MAX_QUERY_LEN
    }
}

/// What went wrong reading the stored text. Nothing is lost in any case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// Not a store at all (not JSON, or another shape): left as it is; the first save
    /// keeps a copy aside before writing.
    Unreadable,
    /// Written by a newer hashwatt: shown where readable, never written over.
    NewerVersion(u64),
    /// Some entries could not be read; they are kept and written back unchanged.
    EntriesKeptAside(usize),
}

/// A store operation that was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    EmptyName,
    NameTooLong,
    NameTaken(String),
    NotFound(String),
    /// The store came from a newer version and is read-only here.
    ReadOnly,
    /// An import file that is not a hashwatt export.
    NotAnExport,
    /// A scenario longer than [`MAX_QUERY_LEN`] (no link the page writes is).
    QueryTooLong,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::EmptyName => write!(f, "enter a name"),
            StoreError::NameTooLong => write!(f, "names are at most {MAX_NAME_LEN} characters"),
            StoreError::NameTaken(n) => write!(f, "a scenario named \u{201c}{n}\u{201d} exists already"),
            StoreError::NotFound(n) => write!(f, "no saved scenario named \u{201c}{n}\u{201d}"),
            StoreError::ReadOnly => write!(
                f,
                "the saved scenarios were written by a newer version of hashwatt; they are kept as they are and cannot be changed here"
            ),
            StoreError::NotAnExport => write!(f, "this file is not a hashwatt export"),
            StoreError::QueryTooLong => write!(f, "the scenario is longer than {MAX_QUERY_LEN} characters"),
        }
    }
}

impl std::error::Error for StoreError {}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    /// Same name and same scenario: nothing to do.
    pub already_present: usize,
    /// Same name, another scenario: imported under a new name (old, new).
    pub renamed: Vec<(String, String)>,
    /// Entries of the wrong shape in the file: not imported.
    pub skipped: usize,
}

/// The saved scenarios, and what could not be read, kept to be written back.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Store {
    pub scenarios: Vec<SavedScenario>,
    /// Entries of the wrong shape, written back as they were.
    kept_aside: Vec<Value>,
    /// `Some(version)` when a newer version wrote the store: never write it.
    newer_version: Option<u64>,
}

/// The file shape, read loosely: entries one by one, so that one bad entry spoils
/// nothing else.
#[derive(Deserialize)]
struct RawFile {
    format: String,
    version: u64,
    scenarios: Vec<Value>,
}

#[derive(Serialize)]
struct OutFile<'a> {
    format: &'a str,
    version: u64,
    scenarios: Vec<Value>,
}

fn check_query(query: &str) -> Result<(), StoreError> {
    if query.len() > MAX_QUERY_LEN {
        return Err(StoreError::QueryTooLong);
    }
    Ok(())
}

impl Store {
    /// Reads the stored text (`None`: nothing stored yet).
    pub fn parse(text: Option<&str>) -> (Store, Option<LoadProblem>) {
        let Some(text) = text else {
            return (Store::default(), None);
        };
        let Ok(raw) = serde_json::from_str::<RawFile>(text) else {
            return (Store::default(), Some(LoadProblem::Unreadable));
        };
        if raw.format != FORMAT {
            return (Store::default(), Some(LoadProblem::Unreadable));
        }
        let mut store = Store::default();
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
            Some(LoadProblem::NewerVersion(raw.version))
        } else if !store.kept_aside.is_empty() {
            Some(LoadProblem::EntriesKeptAside(store.kept_aside.len()))
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
        };
        // Serializing strings and JSON values cannot fail.
        serde_json::to_string(&file).unwrap_or_default()
    }

    /// An export file: the readable scenarios only, pretty-printed.
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

    fn position(&self, name: &str) -> Option<usize> {
        self.scenarios.iter().position(|s| s.name == name)
    }

    pub fn get(&self, name: &str) -> Option<&SavedScenario> {
        self.position(name).map(|i| &self.scenarios[i])
    }

    fn check_writable(&self) -> Result<(), StoreError> {
        if self.writable() {
            Ok(())
        } else {
            Err(StoreError::ReadOnly)
        }
    }

    fn check_new_name(&self, name: &str) -> Result<String, StoreError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::EmptyName);
        }
        if name.chars().count() > MAX_NAME_LEN {
            return Err(StoreError::NameTooLong);
        }
        if self.position(name).is_some() {
            return Err(StoreError::NameTaken(name.to_owned()));
        }
        Ok(name.to_owned())
    }

    /// Saves a new scenario; an existing name is refused, never overwritten.
    pub fn save(&mut self, name: &str, query: &str, saved: &str) -> Result<(), StoreError> {
        self.check_writable()?;
        check_query(query)?;
        let name = self.check_new_name(name)?;
        self.scenarios.push(SavedScenario {
            name,
            query: query.to_owned(),
            saved: saved.to_owned(),
        });
        Ok(())
    }

    /// Replaces the scenario of an existing name (an explicit "update").
    pub fn update(&mut self, name: &str, query: &str, saved: &str) -> Result<(), StoreError> {
        self.check_writable()?;
        check_query(query)?;
        let i = self
            .position(name)
            .ok_or_else(|| StoreError::NotFound(name.to_owned()))?;
        self.scenarios[i].query = query.to_owned();
        self.scenarios[i].saved = saved.to_owned();
        Ok(())
    }

    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), StoreError> {
        self.check_writable()?;
        let i = self
            .position(from)
            .ok_or_else(|| StoreError::NotFound(from.to_owned()))?;
        if from == to.trim() {
            return Ok(());
        }
        self.scenarios[i].name = self.check_new_name(to)?;
        Ok(())
    }

    /// Copies a scenario under a free name ("Site A (copy)"), placed after it.
    pub fn duplicate(&mut self, name: &str) -> Result<String, StoreError> {
        self.check_writable()?;
        let i = self
            .position(name)
            .ok_or_else(|| StoreError::NotFound(name.to_owned()))?;
        let mut copy = self.scenarios[i].clone();
        copy.name = self.free_name(&format!("{name} (copy)"));
        let new_name = copy.name.clone();
        self.scenarios.insert(i + 1, copy);
        Ok(new_name)
    }

    pub fn delete(&mut self, name: &str) -> Result<SavedScenario, StoreError> {
        self.check_writable()?;
        let i = self
            .position(name)
            .ok_or_else(|| StoreError::NotFound(name.to_owned()))?;
        Ok(self.scenarios.remove(i))
    }

    /// `base`, or `base (2)`, `base (3)`... whichever is free, within the length limit.
    fn free_name(&self, base: &str) -> String {
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

    /// Merges an export file in. A name that exists with another scenario is imported
    /// under a free name; nothing stored is ever overwritten.
    pub fn import(&mut self, text: &str) -> Result<ImportReport, StoreError> {
        self.check_writable()?;
        let raw: RawFile = serde_json::from_str(text).map_err(|_| StoreError::NotAnExport)?;
        if raw.format != FORMAT {
            return Err(StoreError::NotAnExport);
        }
        let mut report = ImportReport::default();
        for entry in raw.scenarios {
            let Ok(mut s) = serde_json::from_value::<SavedScenario>(entry) else {
                report.skipped += 1;
                continue;
            };
            s.name = s.name.trim().to_owned();
            if !s.readable() {
                report.skipped += 1;
                continue;
            }
            match self.get(&s.name) {
                None => {
                    self.scenarios.push(s);
                    report.added += 1;
                }
                Some(existing) if existing.query == s.query => report.already_present += 1,
                Some(_) => {
                    let new_name = self.free_name(&s.name);
                    report.renamed.push((s.name.clone(), new_name.clone()));
                    s.name = new_name;
                    self.scenarios.push(s);
                }
            }
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(names: &[&str]) -> Store {
        let mut s = Store::default();
        for n in names {
            s.save(n, &format!("v=1&n={}", n.len()), "2026-11-25T00:00:00Z")
                .unwrap();
        }
        s
    }

    #[test]
    fn save_refuses_taken_and_empty_names() {
        let mut s = store(&["A"]);
        assert_eq!(
            s.save(" A ", "v=1", ""),
            Err(StoreError::NameTaken("A".into()))
        );
        assert_eq!(s.save("  ", "v=1", ""), Err(StoreError::EmptyName));
        assert_eq!(
            s.save(&"x".repeat(81), "v=1", ""),
            Err(StoreError::NameTooLong)
        );
        assert_eq!(s.get("A").unwrap().query, "v=1&n=1");
    }

    #[test]
    fn rename_duplicate_delete() {
        let mut s = store(&["A", "B"]);
        assert_eq!(s.rename("A", "B"), Err(StoreError::NameTaken("B".into())));
        s.rename("A", "C").unwrap();
        assert_eq!(s.duplicate("C").unwrap(), "C (copy)");
        assert_eq!(s.duplicate("C").unwrap(), "C (copy) (2)");
        let names: Vec<&str> = s.scenarios.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["C", "C (copy) (2)", "C (copy)", "B"]);
        assert_eq!(s.delete("B").unwrap().name, "B");
        assert_eq!(s.delete("B"), Err(StoreError::NotFound("B".into())));
    }

    #[test]
    fn round_trip_through_json() {
        let s = store(&["A", "Site \"B\" <script>"]);
        let (back, problem) = Store::parse(Some(&s.to_json()));
        assert_eq!(problem, None);
        assert_eq!(back, s);
    }

    #[test]
    fn bad_entries_are_kept_aside_and_written_back() {
        let text = r#"{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"A","query":"v=1"},42,{"name":""},{"name":"A","query":"v=1&n=2"}]}"#;
        let (mut s, problem) = Store::parse(Some(text));
        assert_eq!(problem, Some(LoadProblem::EntriesKeptAside(2)));
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
    fn unreadable_and_newer_stores_are_not_written() {
        assert_eq!(
            Store::parse(Some("{not json")).1,
            Some(LoadProblem::Unreadable)
        );
        assert_eq!(
            Store::parse(Some(r#"{"format":"other","version":1,"scenarios":[]}"#)).1,
            Some(LoadProblem::Unreadable)
        );
        let (mut s, problem) = Store::parse(Some(
            r#"{"format":"hashwatt-saved","version":2,"scenarios":[{"name":"A","query":"v=2&x=1"}]}"#,
        ));
        assert_eq!(problem, Some(LoadProblem::NewerVersion(2)));
        assert_eq!(s.scenarios.len(), 1);
        assert!(!s.writable());
        assert_eq!(s.save("B", "v=1", ""), Err(StoreError::ReadOnly));
        assert_eq!(s.delete("A"), Err(StoreError::ReadOnly));
    }

    #[test]
    fn import_merges_without_overwriting() {
        let mut s = store(&["A", "B"]);
        let mut other = Store::default();
        other.save("A", "v=1&n=1", "").unwrap(); // same as ours
        other.save("B", "v=1&n=99", "").unwrap(); // same name, other scenario
        other.save("C", "v=1&n=3", "").unwrap();
        let mut file = other.export_json();
        file = file.replacen("\"scenarios\": [", "\"scenarios\": [17, ", 1);
        let report = s.import(&file).unwrap();
        assert_eq!(report.added, 1);
        assert_eq!(report.already_present, 1);
        assert_eq!(report.renamed, [("B".to_owned(), "B (2)".to_owned())]);
        assert_eq!(report.skipped, 1);
        assert_eq!(s.get("B").unwrap().query, "v=1&n=1");
        assert_eq!(s.get("B (2)").unwrap().query, "v=1&n=99");
        assert_eq!(s.import("[]"), Err(StoreError::NotAnExport));
    }
}
