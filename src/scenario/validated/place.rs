//! Where each number key's value lives in a [`Scenario`]: one entry per key, both ways
//! ([`Scenario::from_params`] sets it there, [`Scenario::number`] reads it back),
//! written in the key's row (`scenario/key.rs`, `kept_in`) and compiled here.

use super::super::key::{key_rows, Key};
use super::Scenario;
use crate::engine::money::Currency;
use crate::engine::site::TimeOfUse;
use crate::engine::units::{
    BtcPrice, Difficulty, EnergyPrice, Fiat, Hashrate, Percent, Power, Sats,
};

/// Where a number key's value is kept in a [`Scenario`], in the unit of the key's row
/// (money in the scenario's currency): [`Scenario::number`] reads it from there (and
/// the codec writes the link from that), [`Scenario::from_params`] sets it there.
#[derive(Clone, Copy)]
pub(super) enum Place {
    /// A value every scenario has: read, and set.
    Always(fn(&Scenario) -> f64, fn(&mut Scenario, f64)),
    /// A value a key's row lets be empty (no cap, no peak price, no intensity).
    Optional(fn(&Scenario) -> Option<f64>, fn(&mut Scenario, Option<f64>)),
    /// An exchange rate: units of the currency per US dollar.
    Rate(Currency),
}

impl Place {
    pub(super) fn get(self, s: &Scenario) -> Option<f64> {
        match self {
            Place::Always(get, _) => Some(get(s)),
            Place::Optional(get, _) => get(s),
            Place::Rate(currency) => Some(s.rates.per_usd(currency)),
        }
    }

    /// Sets the value read; `None` for an empty one.
    pub(super) fn set(self, s: &mut Scenario, value: Option<f64>) {
        match (self, value) {
            (Place::Always(_, set), Some(v)) => set(s, v),
            (Place::Optional(_, set), v) => set(s, v),
            (Place::Rate(currency), Some(v)) => s.rates = s.rates.with(currency, v),
            // A number that must be there and was not read is a field error: no
            // scenario is made, so the blank's zero is never seen.
            (Place::Always(..) | Place::Rate(_), None) => {}
        }
    }
}

/// Makes [`place`] from the rows' `kept_in` entries.
macro_rules! places {
    ($($(#[doc = $doc:literal])* $variant:ident => $row:expr $(; kept_in: $place:expr)?,)*) => {
        /// The place of each number key, `None` for the other keys: one entry per key,
        /// both ways, written in its row (`scenario/key.rs`). Each key's range was
        /// checked when it was read, so the casts there are exact.
        pub(super) fn place(key: Key) -> Option<Place> {
            use Place::{Always, Optional};
            let kept = match key {
                $(Key::$variant => places!(@kept $($place)?),)*
            };
            // An exchange rate's place follows from its currency.
            kept.or_else(|| key.rate_currency().map(Place::Rate))
        }
    };
    (@kept $place:expr) => {
        Some($place)
    };
    (@kept) => {
        None
    };
}

key_rows!(places);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Params;

    #[test]
    fn every_number_key_has_one_place_and_no_other_key_has_one() {
        for key in Key::ALL {
            let place = place(key);
            assert_eq!(place.is_some(), key.is_number(), "{key:?}");
            assert_eq!(
                matches!(place, Some(Place::Optional(..))),
                key.may_be_empty() && key.is_number(),
                "{key:?}: an optional place is a key that may be empty"
            );
        }
    }

    /// Each place gives back what it was set to, and setting it moves no other
    /// number: forward and back are one entry, and no two keys share a value.
    #[test]
    fn a_place_reads_back_what_it_set_and_nothing_else() {
        let base = Scenario::from_params(&Params::default()).expect("the defaults are valid");
        for key in Key::ALL.into_iter().filter(|k| k.is_number()) {
            let place = place(key).expect("a number key has a place");
            let limit = key.input().expect("a number key has a range").limit();
            let before = place.get(&base);
            let value = [limit.max, ((limit.min + limit.max) / 2.0).round()]
                .into_iter()
                .find(|v| limit.contains(*v) && Some(*v) != before)
                .expect("a value in range other than the default");
            let mut s = base.clone();
            place.set(&mut s, Some(value));
            assert_eq!(place.get(&s), Some(value), "{key:?}");
            assert_eq!(s.number(key), Some(value), "{key:?}");
            for other in Key::ALL.into_iter().filter(|k| *k != key) {
                assert_eq!(
                    s.number(other),
                    base.number(other),
                    "{key:?} moved {other:?}"
                );
            }
        }
    }
}
