//! The validated scenario: [`Scenario::from_params`] reads every key of the raw params,
//! naming every field that is wrong and why, into the engine's [`Operation`] and
//! [`NetworkSnapshot`]. Results are derived from a `Scenario` on each change and never
//! stored.
//!
//! Each number key has one place in it (`place`, at the bottom): where its value is set
//! from the params and read back by [`Scenario::number`], from which the codec writes
//! the link.

use std::collections::BTreeMap;

use super::check::cross_field_errors;
use super::fleet::{self, ParsedLine};
use super::key::{Key, Kind};
use super::params::Params;
use super::parse::{
    is_choice, parse_date, parse_number_in, parse_payout, parse_period, parse_switch, FieldError,
    Problem, Scale,
};
use super::region::Region;
use crate::catalog::{self, Miner};
use crate::engine::economics::{evaluate_fleet, Economics, FleetOperation, Line, Operation};
use crate::engine::limits::InputError;
use crate::engine::money::{Currency, FxRates};
use crate::engine::projection::{project_fleet, Assumptions, Projection};
use crate::engine::site::{Site, Surcharge, TimeOfUse};
use crate::engine::snapshot::NetworkSnapshot;
use crate::engine::units::{
    BtcPrice, Difficulty, EnergyPrice, Fiat, Hashrate, Percent, Power, Sats,
};

/// A validated scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// The catalog row the machine was picked from; `None` for a custom machine.
    pub miner: Option<&'static Miner>,
    /// The first fleet line and the terms of the whole fleet.
    pub operation: Operation,
    /// Fleet lines 2 to 8, those given.
    pub lines: Vec<ParsedLine>,
    /// The site; its time of use is set when a peak price is.
    pub site: Site,
    /// The peak window: start hour and length in hours (kept without a peak price too).
    pub peak_window: (u32, u32),
    pub peak_off: bool,
    pub region: Region,
    pub currency: Currency,
    /// Units per dollar of every currency.
    pub rates: FxRates,
    /// Show the same fleet on the shipped snapshot beside this one.
    pub compare: bool,
    pub network: NetworkSnapshot,
    /// The network figures' date, the horizon and what grows over it.
    pub projection: Assumptions,
}

impl Scenario {
    /// Parses every field; on failure, every field that is wrong, in key order.
    pub fn from_params(params: &Params) -> Result<Scenario, Vec<FieldError>> {
        let mut errors = Vec::new();
        let (money, surcharge_scale) = Scale::money_and_surcharge(params);
        // Every number key, read alone; an empty optional one is left out.
        let mut numbers = BTreeMap::new();
        for key in Key::ALL.into_iter().filter(|k| k.is_number()) {
            let text = params.get(key);
            if key.may_be_empty() && text.trim().is_empty() {
                continue;
            }
            let scale = if key.is_money() {
                money
            } else {
                Scale::default()
            };
            match parse_number_in(key, text, scale) {
                Ok(v) => {
                    numbers.insert(key, v);
                }
                Err(e) => errors.push(e.for_raw(params)),
            }
        }
        let mut lines = Vec::new();
        for key in Key::LINES {
            let text = params.get(key);
            if text.trim().is_empty() {
                continue;
            }
            match fleet::parse_line(key, text, money) {
                Ok(line) => lines.push(line),
                Err(e) => errors.extend(e),
            }
        }
        let tiers = fleet::parse_bands(params.get(Key::Sur), surcharge_scale)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        let peak_window = fleet::parse_peak_hours(params.get(Key::Peakh))
            .map_err(|e| errors.push(e))
            .unwrap_or((18, 4));

        for key in Key::ALL.into_iter().filter(|k| k.kind() == Kind::Choice) {
            if !is_choice(key, params.get(key)) {
                errors.push(FieldError::new(key, Problem::UnknownChoice));
            }
        }
        let miner = catalog::find(params.get(Key::Miner));
        let payout = parse_payout(params.get(Key::Payout));
        let period = parse_period(params.get(Key::Dgper));
        let off = parse_switch(params.get(Key::Off));
        let peak_off = parse_switch(params.get(Key::Peakoff));
        let compare = parse_switch(params.get(Key::Cmp));
        let currency = Currency::from_code(params.get(Key::Cur).trim());
        let scur = Currency::from_code(params.get(Key::Scur).trim());
        let region = Region::from_id(params.get(Key::Region).trim());
        let date = parse_date(Key::Date, params.get(Key::Date))
            .map_err(|e| errors.push(e))
            .ok();
        let start = parse_date(Key::Start, params.get(Key::Start))
            .map_err(|e| errors.push(e))
            .ok();
        errors.extend(cross_field_errors(params));

        let (Some(date), Some(start), true) = (date, start, errors.is_empty()) else {
            errors.sort_by_key(|e| (e.key, e.part));
            return Err(errors);
        };
        // The values that are not numbers; every number is then set in its place.
        let mut scenario = Scenario {
            miner,
            operation: Operation {
                payout: payout.unwrap_or_default(),
                ..Operation::default()
            },
            lines,
            site: Site {
                surcharge: Surcharge {
                    currency: scur.unwrap_or_default(),
                    tiers,
                },
                ..Site::default()
            },
            peak_window,
            peak_off: peak_off.unwrap_or_default(),
            region: region.unwrap_or_default(),
            currency: currency.unwrap_or_default(),
            rates: FxRates::default(),
            compare: compare.unwrap_or_default(),
            network: NetworkSnapshot::default(),
            projection: Assumptions {
                start: date,
                difficulty_growth_period: period.unwrap_or_default(),
                machines_start: start,
                switch_off_when_losing: off.unwrap_or_default(),
                ..Assumptions::default()
            },
        };
        for key in Key::ALL {
            if let Some(place) = place(key) {
                place.set(&mut scenario, numbers.get(&key).copied());
            }
        }
        Ok(scenario)
    }

    /// The value of a number key (money in the scenario's currency); `None` for an
    /// optional one not set, and for keys that are not numbers.
    pub fn number(&self, key: Key) -> Option<f64> {
        place(key)?.get(self)
    }

    /// The whole fleet on its site, in its currency.
    pub fn fleet(&self) -> FleetOperation {
        let op = &self.operation;
        let mut lines = vec![Line {
            machine: op.machine,
            units: op.units,
            hardware_cost: op.hardware_cost,
        }];
        lines.extend(self.lines.iter().map(|l| l.line));
        FleetOperation {
            lines,
            power_price: op.power_price,
            pool_fee: op.pool_fee,
            payout: op.payout,
            uptime: op.uptime,
            site: self.site.clone(),
            currency: self.currency,
            rates: self.rates,
        }
    }

    /// The same scenario on other network figures (then and now). Everything else is
    /// kept, the exchange rates included: one rule for both sides, so that the
    /// comparison shows what the network changed and nothing else (docs/domain.md §9.8).
    pub fn on_network(&self, network: NetworkSnapshot) -> Scenario {
        Scenario {
            network,
            ..self.clone()
        }
    }

    /// The currencies other than the dollar whose rate the scenario uses: its own
    /// currency, and the surcharge table's when it has bands. Each once, in that order.
    pub fn currencies_in_use(&self) -> Vec<Currency> {
        let surcharge =
            (!self.site.surcharge.tiers.is_empty()).then_some(self.site.surcharge.currency);
        let mut out: Vec<Currency> = [Some(self.currency), surcharge]
            .into_iter()
            .flatten()
            .filter(|c| *c != Currency::Usd)
            .collect();
        out.dedup();
        out
    }

    /// Each of [`Scenario::currencies_in_use`] with its rate, units per US dollar.
    pub fn rates_in_use(&self) -> Vec<(Currency, f64)> {
        self.currencies_in_use()
            .into_iter()
            .map(|c| (c, self.rates.per_usd(c)))
            .collect()
    }

    /// Units in the whole fleet.
    pub fn units(&self) -> u32 {
        self.lines
            .iter()
            .fold(self.operation.units, |n, l| n.saturating_add(l.line.units))
    }

    /// The projection of this scenario over its horizon.
    pub fn projection(&self) -> Result<Projection, InputError> {
        project_fleet(&self.fleet(), &self.network, &self.projection)
    }

    /// The engine's figures for this scenario. A scenario from `from_params` is always
    /// within the engine's limits; one built by hand may not be.
    pub fn economics(&self) -> Result<Economics, InputError> {
        evaluate_fleet(&self.fleet(), &self.network)
    }
}

/// Where a number key's value is kept in a [`Scenario`], in the unit of the key's row
/// (money in the scenario's currency): [`Scenario::number`] reads it from there (and
/// the codec writes the link from that), [`Scenario::from_params`] sets it there.
#[derive(Clone, Copy)]
enum Place {
    /// A value every scenario has: read, and set.
    Always(fn(&Scenario) -> f64, fn(&mut Scenario, f64)),
    /// A value a key's row lets be empty (no cap, no peak price, no intensity).
    Optional(fn(&Scenario) -> Option<f64>, fn(&mut Scenario, Option<f64>)),
    /// An exchange rate: units of the currency per US dollar.
    Rate(Currency),
}

impl Place {
    fn get(self, s: &Scenario) -> Option<f64> {
        match self {
            Place::Always(get, _) => Some(get(s)),
            Place::Optional(get, _) => get(s),
            Place::Rate(currency) => Some(s.rates.per_usd(currency)),
        }
    }

    /// Sets the value read; `None` for an empty one.
    fn set(self, s: &mut Scenario, value: Option<f64>) {
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
fn place(key: Key) -> Option<Place> {
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
