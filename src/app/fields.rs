//! What an input section shows: the text of each of its keys as entered, and what is
//! wrong with each. The App cuts one [`Fields`] per section from the whole scenario on
//! every change; a section whose keys did not change compares equal and is not redrawn.

use std::rc::Rc;

use yew::AttrValue;

use crate::engine::money::Currency;
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

    /// How many of the section's values cannot be used.
    pub fn error_count(&self) -> usize {
        self.errors.len()
    }

    /// One line naming the section's values that differ from `defaults` (a new
    /// visitor's), each with its unit in `currency`: "Overhead (PUE) 1.2 · Hosting per
    /// kWh 0.01 USD/kWh". Fleet lines are counted, not spelled out. Empty when none
    /// differs.
    pub fn summary(&self, defaults: &Params, currency: Currency) -> String {
        let changed = self
            .values
            .iter()
            .filter(|(k, v)| v.as_str() != defaults.get(*k));
        let mut parts: Vec<String> = Vec::new();
        let mut lines = 0;
        for (key, value) in changed {
            if key.is_line() {
                lines += usize::from(!value.is_empty());
                continue;
            }
            let unit = key.unit_in(currency);
            parts.push(match (value.is_empty(), unit.is_empty()) {
                (true, _) => format!("{} cleared", key.label()),
                (false, true) => format!("{} {value}", key.label()),
                (false, false) => format!("{} {value} {unit}", key.label()),
            });
        }
        match lines {
            0 => {}
            1 => parts.insert(0, "1 more model".to_owned()),
            n => parts.insert(0, format!("{n} more models")),
        }
        parts.join(" · ")
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
    fn a_summary_names_only_what_differs_from_a_new_visitor() {
        let defaults = Params::first_visit();
        let keys = [Key::Pue, Key::Hkwh, Key::Cap];
        let summary = |p: &Params| Fields::of(p, &[], &keys).summary(&defaults, Currency::Usd);
        assert_eq!(summary(&defaults), "");
        let mut params = defaults.clone();
        params.set(Key::Pue, "1.2");
        params.set(Key::Hkwh, "0.01");
        let unit = Key::Hkwh.unit_in(Currency::Usd);
        assert_eq!(
            summary(&params),
            format!(
                "{} 1.2 · {} 0.01 {unit}",
                Key::Pue.label(),
                Key::Hkwh.label()
            )
        );
        let kzt = Fields::of(&params, &[], &keys).summary(&defaults, Currency::Kzt);
        assert!(kzt.contains("KZT"), "{kzt}");
    }

    #[test]
    fn a_summary_counts_fleet_lines() {
        let defaults = Params::first_visit();
        let mut params = defaults.clone();
        params.set(Key::LINES[0], "s21xp*4");
        params.set(Key::LINES[1], "s19kpro*2");
        let summary = Fields::of(&params, &[], &Key::LINES).summary(&defaults, Currency::Usd);
        assert_eq!(summary, "2 more models");
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
