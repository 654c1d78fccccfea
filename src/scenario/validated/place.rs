//! Where each number key's value lives in a [`Scenario`]: one entry per key, both ways
//! ([`Scenario::from_params`] sets it there, [`Scenario::number`] reads it back).

use super::super::key::Key;
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

/// The place of each number key, `None` for the other keys: one entry per key, both
/// ways. Each key's range was checked when it was read, so the casts below are exact.
pub(super) fn place(key: Key) -> Option<Place> {
    use Place::{Always, Optional};
    Some(match key {
        Key::Th => Always(
            |s| s.operation.machine.hashrate.th_per_s(),
            |s, v| s.operation.machine.hashrate = Hashrate::from_th_per_s(v),
        ),
        Key::W => Always(
            |s| s.operation.machine.power.watts(),
            |s, v| s.operation.machine.power = Power::from_watts(v),
        ),
        // A whole number from 1 to 10,000,000.
        Key::N => Always(
            |s| f64::from(s.operation.units),
            |s, v| s.operation.units = v as u32,
        ),
        Key::Kwh => Always(
            |s| s.operation.power_price.amount_per_kwh(),
            |s, v| s.operation.power_price = EnergyPrice::per_kwh(v),
        ),
        Key::Pool => Always(
            |s| s.operation.pool_fee.percent(),
            |s, v| s.operation.pool_fee = Percent::new(v),
        ),
        Key::Up => Always(
            |s| s.operation.uptime.percent(),
            |s, v| s.operation.uptime = Percent::new(v),
        ),
        Key::Hw => Always(
            |s| s.operation.hardware_cost.amount(),
            |s, v| s.operation.hardware_cost = Fiat::new(v),
        ),
        Key::Price => Always(
            |s| s.network.btc_price.amount_per_btc(),
            |s, v| s.network.btc_price = BtcPrice::per_btc(v),
        ),
        Key::Diff => Always(
            |s| s.network.difficulty.get(),
            |s, v| s.network.difficulty = Difficulty::new(v),
        ),
        // A whole number up to 20,000,000: exact in f64 too.
        Key::Height => Always(
            |s| s.network.height as f64,
            |s, v| s.network.height = v as u64,
        ),
        // Whole satoshis (at most 100 BTC, so exact in f64 after rounding).
        Key::Txfee => Always(
            |s| s.network.avg_fees_per_block.to_btc().btc(),
            |s, v| s.network.avg_fees_per_block = Sats::from_sat((v * 1e8).round() as u64),
        ),
        // A whole number from 1 to 120.
        Key::Months => Always(
            |s| f64::from(s.projection.months),
            |s, v| s.projection.months = v as u32,
        ),
        Key::Dg => Always(
            |s| s.projection.difficulty_growth.percent(),
            |s, v| s.projection.difficulty_growth = Percent::new(v),
        ),
        Key::Dh => Always(
            |s| s.projection.halving_difficulty_change.percent(),
            |s, v| s.projection.halving_difficulty_change = Percent::new(v),
        ),
        Key::Pg => Always(
            |s| s.projection.price_growth.percent(),
            |s, v| s.projection.price_growth = Percent::new(v),
        ),
        Key::Fg => Always(
            |s| s.projection.fee_growth.percent(),
            |s, v| s.projection.fee_growth = Percent::new(v),
        ),
        Key::Bt => Always(
            |s| s.projection.block_time_secs,
            |s, v| s.projection.block_time_secs = v,
        ),
        Key::Resale => Always(
            |s| s.projection.resale.percent(),
            |s, v| s.projection.resale = Percent::new(v),
        ),
        Key::Disc => Always(
            |s| s.projection.discount_rate.percent(),
            |s, v| s.projection.discount_rate = Percent::new(v),
        ),
        Key::Cap => Optional(|s| s.site.capacity_mw, |s, v| s.site.capacity_mw = v),
        Key::Pue => Always(|s| s.site.pue, |s, v| s.site.pue = v),
        Key::Hkwh => Always(
            |s| s.site.hosting_per_kwh.amount_per_kwh(),
            |s, v| s.site.hosting_per_kwh = EnergyPrice::per_kwh(v),
        ),
        Key::Hfee => Always(
            |s| s.site.hosting_fee_per_month.amount(),
            |s, v| s.site.hosting_fee_per_month = Fiat::new(v),
        ),
        Key::Curt => Always(
            |s| s.site.curtailed_hours,
            |s, v| s.site.curtailed_hours = v,
        ),
        Key::Curtc => Always(
            |s| s.site.curtailment_credit_per_mwh.amount(),
            |s, v| s.site.curtailment_credit_per_mwh = Fiat::new(v),
        ),
        // The peak price makes the time of use, over the peak window and switch (set
        // before any number).
        Key::Peak => Optional(
            |s| s.site.time_of_use.map(|t| t.peak_price.amount_per_kwh()),
            |s, v| {
                s.site.time_of_use = v.map(|p| TimeOfUse {
                    peak_price: EnergyPrice::per_kwh(p),
                    hours: f64::from(s.peak_window.1),
                    switch_off: s.peak_off,
                })
            },
        ),
        Key::Co2 => Optional(
            |s| s.site.carbon_g_per_kwh,
            |s, v| s.site.carbon_g_per_kwh = v,
        ),
        key => return key.rate_currency().map(Place::Rate),
    })
}

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
