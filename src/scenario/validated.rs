//! The validated scenario: [`Scenario::from_params`] reads every key of the raw params,
//! naming every field that is wrong and why, into the engine's [`Operation`] and
//! [`NetworkSnapshot`]. Results are derived from a `Scenario` on each change and never
//! stored.
//!
//! Each number key has one place in it, written in its row (`kept_in`, compiled in
//! `place.rs`): where its value is set from the params and read back by
//! [`Scenario::number`], from which the codec writes the link.

use place::place;

use super::check::cross_field_errors;
use super::fleet::{self, ParsedLine};
use super::key::{Key, Kind};
use super::key_map::KeyMap;
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
use crate::engine::site::{Site, Surcharge};
use crate::engine::snapshot::NetworkSnapshot;

mod place;

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
        let mut numbers = KeyMap::default();
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
            crate::small_sort::sort_by(&mut errors, |a, b| (a.key, a.part).cmp(&(b.key, b.part)));
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
                place.set(&mut scenario, numbers.get(key).copied());
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
