//! The operations on the store: save, update, rename, duplicate, delete. Each is refused
//! on a store from a newer version, and none ever overwrites a name.

use super::{SavedScenario, Store, StoreError, MAX_NAME_LEN, MAX_QUERY_LEN};

fn check_query(query: &str) -> Result<(), StoreError> {
    if query.len() > MAX_QUERY_LEN {
        return Err(StoreError::QueryTooLong { max: MAX_QUERY_LEN });
    }
    Ok(())
}

impl Store {
    pub(super) fn check_writable(&self) -> Result<(), StoreError> {
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
            return Err(StoreError::NameTooLong { max: MAX_NAME_LEN });
        }
        // A lone UTF-16 surrogate (half of a character) reaches Rust from the page as
        // U+FFFD: refused, never stored as another name than the one typed.
        if name.contains(char::REPLACEMENT_CHARACTER) {
            return Err(StoreError::BrokenName);
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
            extra: Default::default(),
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
}

#[cfg(test)]
mod tests {
    use super::super::sample;
    use super::*;

    #[test]
    fn save_refuses_taken_and_empty_names() {
        let mut s = sample(&["A"]);
        assert_eq!(
            s.save(" A ", "v=1", ""),
            Err(StoreError::NameTaken("A".into()))
        );
        assert_eq!(s.save("  ", "v=1", ""), Err(StoreError::EmptyName));
        assert_eq!(
            s.save(&"x".repeat(81), "v=1", ""),
            Err(StoreError::NameTooLong { max: 80 })
        );
        assert_eq!(s.get("A").unwrap().query, "v=1&n=1");
    }

    #[test]
    fn rename_duplicate_delete() {
        let mut s = sample(&["A", "B"]);
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
    fn a_name_with_a_broken_character_is_refused_not_changed() {
        let mut store = Store::default();
        // What the browser hands over for "Site \u{d800}A": a lone surrogate as U+FFFD.
        assert_eq!(
            store.save("Site \u{fffd}A", "v=1", ""),
            Err(StoreError::BrokenName)
        );
        assert!(store.scenarios.is_empty());
        store.save("Site A", "v=1", "").expect("a plain name");
        assert_eq!(
            store.rename("Site A", "\u{fffd}"),
            Err(StoreError::BrokenName)
        );
        assert_eq!(store.scenarios[0].name, "Site A");
    }
}
