//! Amounts as the user entered them, before a currency switch converted them.
//!
//! A switch converts each amount from the text as entered, in the currency it was
//! entered in, never from the last conversion: each conversion is written to six
//! significant digits, so converting conversions drifts (USD -> KZT -> EUR -> RUB ->
//! CNY -> USD turned 3499.99 into 3499.97). Switching back to the currency an amount
//! was entered in gives back its text exactly.

use super::key::Key;
use crate::engine::money::Currency;

/// Where each converted amount came from. An amount is a money key, or the hardware
/// cost of a fleet line (under the line's key).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entered {
    /// At most one origin per amount (the money keys and the seven lines): a short list.
    amounts: Vec<(Key, Origin)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Origin {
    /// The text as the user entered it, and the currency it was entered in.
    text: String,
    currency: Currency,
    /// What the last switch wrote. While the field still shows it, the amount is the
    /// one entered; once the user types over it, what they typed is.
    shown: String,
}

impl Entered {
    /// What a switch converts for the amount `key` that shows `text` in `currency`:
    /// the amount as entered while the field still shows its last conversion, else
    /// `text` itself (typed, opened or filled since).
    pub fn source<'a>(
        &'a self,
        key: Key,
        text: &'a str,
        currency: Currency,
    ) -> (&'a str, Currency) {
        match self.amounts.iter().find(|(k, _)| *k == key) {
            Some((_, o)) if o.shown == text => (o.text.as_str(), o.currency),
            _ => (text, currency),
        }
    }

    /// Records that the amount `key` now shows `shown`, converted from `text` as
    /// entered in `currency`.
    pub fn record(&mut self, key: Key, text: &str, currency: Currency, shown: &str) {
        let origin = Origin {
            text: text.to_owned(),
            currency,
            shown: shown.to_owned(),
        };
        match self.amounts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, o)) => *o = origin,
            None => self.amounts.push((key, origin)),
        }
    }

    /// Forgets every origin: the amounts shown are now the ones entered (a whole
    /// scenario opened, lines moved).
    pub fn clear(&mut self) {
        self.amounts.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_comes_from_its_origin_until_typed_over() {
        let mut e = Entered::default();
        assert_eq!(
            e.source(Key::Hw, "3499.99", Currency::Usd),
            ("3499.99", Currency::Usd)
        );
        e.record(Key::Hw, "3499.99", Currency::Usd, "1.80249e6");
        assert_eq!(
            e.source(Key::Hw, "1.80249e6", Currency::Kzt),
            ("3499.99", Currency::Usd)
        );
        // Typed over: the new text is the amount entered, in the field's currency.
        assert_eq!(
            e.source(Key::Hw, "1800000", Currency::Kzt),
            ("1800000", Currency::Kzt)
        );
        e.clear();
        assert_eq!(
            e.source(Key::Hw, "1.80249e6", Currency::Kzt),
            ("1.80249e6", Currency::Kzt)
        );
    }
}
