//! Merging an export file into the store: nothing stored is overwritten.

use super::store::RawFile;
use super::{Store, StoreError, FORMAT, STORE_VERSION};
use crate::saved::SavedScenario;

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

impl Store {
    /// Merges an export file in. A name that exists with another scenario is imported
    /// under a free name; nothing stored is ever overwritten. A file from a newer
    /// version is refused whole, not half-read.
    pub fn import(&mut self, text: &str) -> Result<ImportReport, StoreError> {
        self.check_writable()?;
        let raw: RawFile = serde_json::from_str(text).map_err(|_| StoreError::NotAnExport)?;
        if raw.format != FORMAT {
            return Err(StoreError::NotAnExport);
        }
        if raw.version > STORE_VERSION {
            return Err(StoreError::NewerExport(raw.version));
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
    use super::super::sample;
    use super::*;

    #[test]
    fn import_merges_without_overwriting() {
        let mut s = sample(&["A", "B"]);
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

    #[test]
    fn a_newer_export_is_refused_whole() {
        let mut s = sample(&["A"]);
        let file = r#"{"format":"hashwatt-saved","version":2,"scenarios":[{"name":"B","query":"v=2&x=1"}]}"#;
        assert_eq!(s.import(file), Err(StoreError::NewerExport(2)));
        assert_eq!(s, sample(&["A"]));
    }
}
