//! What an input section shows: the text of each of its keys as entered, and what is
//! wrong with each. The App cuts one [`Fields`] per section from the whole scenario on
//! every change; a section whose keys did not change compares equal and is not redrawn.

use std::rc::Rc;

use yew::AttrValue;

use crate::scenario::{FieldError, Key, LinePart, Params};

/// The keys of one section, with their texts and errors.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fields {
    values: Rc<[(Key, AttrValue)]>,
    errors: Rc<[FieldError]>,
}

impl Fields {
    /// The texts of `keys` in `params`, and the errors among `errors` that name them.
    pub fn of(params: &Params, errors: &[FieldError], keys: &[Key]) -> Fields {
        Fields {
            values: keys
                .iter()
                .map(|k| (*k, AttrValue::from(params.get(*k).to_owned())))
                .collect(),
            errors: errors
                .iter()
                .filter(|e| keys.contains(&e.key))
                .cloned()
                .collect(),
        }
    }

    /// The text of `key` as entered; empty for a key outside the section.
    pub fn get(&self, key: Key) -> &str {
        self.value(key).map_or("", AttrValue::as_str)
    }

    /// The text of `key`, to hand to a field without copying it.
    pub fn text(&self, key: Key) -> AttrValue {
        self.value(key).cloned().unwrap_or_default()
    }

    fn value(&self, key: Key) -> Option<&AttrValue> {
        self.values.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// Why the text of `key` (as a whole) cannot be used.
    pub fn error(&self, key: Key) -> Option<&FieldError> {
        self.errors
            .iter()
            .find(|e| e.key == key && e.part.is_none())
    }

    /// Why one value of a fleet line cannot be used.
    pub fn part_error(&self, key: Key, part: LinePart) -> Option<&FieldError> {
        self.errors
            .iter()
            .find(|e| e.key == key && e.part == Some(part))
    }

    /// The message of `key`'s error, as shown beside its field.
    pub fn message(&self, key: Key) -> Option<AttrValue> {
        self.error(key).map(|e| AttrValue::from(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Scenario;

    #[test]
    fn a_section_changes_only_with_its_own_keys() {
        let mut params = Params::default();
        let keys = [Key::N, Key::Kwh];
        let before = Fields::of(&params, &[], &keys);
        params.set(Key::Pool, "3");
        assert_eq!(Fields::of(&params, &[], &keys), before);
        params.set(Key::Kwh, "0.07");
        let after = Fields::of(&params, &[], &keys);
        assert_ne!(after, before);
        assert_eq!(after.get(Key::Kwh), "0.07");
        assert_eq!(after.get(Key::Pool), "");
    }

    #[test]
    fn errors_follow_their_keys() {
        let mut params = Params::default();
        params.set(Key::Kwh, "abc");
        params.set(Key::Pool, "200");
        let errors = Scenario::from_params(&params).expect_err("two bad fields");
        let fields = Fields::of(&params, &errors, &[Key::Kwh, Key::N]);
        assert!(fields.error(Key::Kwh).is_some());
        assert!(fields.error(Key::Pool).is_none());
        assert!(fields.message(Key::N).is_none());
    }
}
