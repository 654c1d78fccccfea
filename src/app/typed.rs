//! What a text field shows while a person types into it: their text as typed
//! (`10,000`), while the scenario holds the value it was read as (`10000`). A person's
//! text is never rewritten under their cursor; once anything else changes the value
//! (Back, a preset, a saved scenario, a currency switch, live figures), the field shows
//! the new value.

use crate::engine::money::Currency;
use crate::scenario::{typed, Key};

/// The last text typed into a field, and the text it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed {
    text: String,
    /// What the scenario was given: the value's link text, or the text as typed when it
    /// cannot be read (the scenario then says why).
    read: String,
}

impl Typed {
    /// `text` typed into the field of `key` (a fleet line's value under the first
    /// line's key, a surcharge band's under `sur`), amounts in `currency`.
    pub fn new(key: Key, text: String, currency: Currency) -> Typed {
        let read = typed::read(key, &text, currency).unwrap_or_else(|_| text.clone());
        Typed { text, read }
    }

    /// What goes to the scenario.
    pub fn read(&self) -> &str {
        &self.read
    }

    /// What the field shows while the scenario holds `value`: the text typed while
    /// `value` is what it was read as, else `value`.
    pub fn shown<'a>(typed: Option<&'a Typed>, value: &'a str) -> &'a str {
        match typed {
            Some(t) if t.read == value => &t.text,
            _ => value,
        }
    }

    /// The value read, when the field shows a typed text that differs from it (not
    /// only by spaces around it): "read as 0.05".
    pub fn read_as<'a>(typed: Option<&'a Typed>, value: &str) -> Option<&'a str> {
        typed
            .filter(|t| t.read == value && t.text.trim() != t.read)
            .map(|t| t.read.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_typed_text_is_shown_while_the_value_is_what_it_was_read_as() {
        let t = Typed::new(Key::N, "10,000".into(), Currency::Usd);
        assert_eq!(t.read(), "10000");
        assert_eq!(Typed::shown(Some(&t), "10000"), "10,000");
        assert_eq!(Typed::read_as(Some(&t), "10000"), Some("10000"));
        // Replaced since (Back, a preset): the new value, and nothing read.
        assert_eq!(Typed::shown(Some(&t), "3"), "3");
        assert_eq!(Typed::read_as(Some(&t), "3"), None);
        assert_eq!(Typed::shown(None, "3"), "3");
    }

    #[test]
    fn a_text_read_as_itself_says_nothing_and_one_not_read_goes_as_typed() {
        let t = Typed::new(Key::Kwh, " 0.05 ".into(), Currency::Usd);
        assert_eq!((t.read(), Typed::read_as(Some(&t), "0.05")), ("0.05", None));
        assert_eq!(Typed::shown(Some(&t), "0.05"), " 0.05 ");
        let t = Typed::new(Key::Kwh, "$0.05".into(), Currency::Kzt);
        assert_eq!(t.read(), "$0.05");
        assert_eq!(Typed::read_as(Some(&t), "$0.05"), None);
    }
}
