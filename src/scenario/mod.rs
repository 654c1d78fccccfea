//! The scenario: the one state of the page, validated.
//!
//! Input arrives as [`Params`] (raw text per [`Key`], from a link or the form);
//! [`Scenario::from_params`] parses it, naming every field that is wrong and why, into
//! the engine's [`Operation`] and [`NetworkSnapshot`]. Results are derived from a
//! `Scenario` on each change and never stored.

mod codec;
pub mod fleet;
pub mod hooks;
mod key;
mod params;
pub mod presets;
pub mod region;

pub use codec::{number_text, to_query};
pub use fleet::{LinePart, ParsedLine};
pub use region::Region;

pub use key::{Key, KeySpec, Kind, Omitted, Range, Raw, MAX_COMPOUND_LEN, MAX_VALUE_LEN};
pub use params::{payout_name, Params, Rejected, DEFAULT_MINER, FORMAT_VERSION};

use std::collections::BTreeMap;

use crate::catalog::{self, Miner};
use crate::engine::date::Date;
use crate::engine::economics::{
    evaluate_fleet, Economics, FleetOperation, Line, Machine, Operation, PayoutScheme,
};
use crate::engine::limits::{Input, InputError, Limit};
use crate::engine::money::{Currency, FxRates, SHIPPED_RATES};
use crate::engine::projection::{project_fleet, Assumptions, GrowthPeriod, Projection};
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

/// The currency money ranges and units are stated in, and its rate to the dollar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub currency: Currency,
    pub per_usd: f64,
}

impl Default for Scale {
    fn default() -> Self {
        Scale {
            currency: Currency::Usd,
            per_usd: 1.0,
        }
    }
}

impl Scale {
    /// The scale of `currency` at the rate the params give (the shipped rate when theirs
    /// cannot be read).
    pub fn of(currency: Currency, params: &dyn Raw) -> Scale {
        let per_usd = Key::rate_of(currency).map_or(1.0, |k| {
            parse_number(k, params.raw(k)).unwrap_or(SHIPPED_RATES.rates.per_usd(currency))
        });
        Scale { currency, per_usd }
    }

    /// The scenario's money scale (`cur`) and the surcharge's (`scur`).
    pub fn money_and_surcharge(params: &dyn Raw) -> (Scale, Scale) {
        let cur = Currency::from_code(params.raw(Key::Cur).trim()).unwrap_or_default();
        let scur = Currency::from_code(params.raw(Key::Scur).trim()).unwrap_or(Currency::Kzt);
        (Scale::of(cur, params), Scale::of(scur, params))
    }
}

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Empty,
    NotANumber,
    /// A comma: a decimal comma or a thousands separator, ambiguous either way.
    Comma,
    OutOfRange(Limit),
    UnknownChoice,
    /// Not a `YYYY-MM-DD` date from 2009-01-03 to 2100-12-31.
    NotADate,
    /// The machines cannot start before the date of the network figures.
    StartBeforeDate,
    /// A fleet line that is not five values joined by `_`.
    LineFormat,
    /// Surcharge bands that cannot be read.
    SurchargeFormat,
    /// A peak window that is not `start-end` in whole hours.
    PeakHours,
}

/// A field that cannot be used, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub key: Key,
    pub problem: Problem,
    /// Which value of a fleet line, for the line keys.
    pub part: Option<LinePart>,
    /// The currency the range of a money field is stated in.
    pub scale: Scale,
}

impl FieldError {
    pub fn new(key: Key, problem: Problem) -> Self {
        FieldError {
            key,
            problem,
            part: None,
            scale: Scale::default(),
        }
    }

    pub fn in_part(self, part: LinePart) -> Self {
        FieldError {
            part: Some(part),
            ..self
        }
    }

    pub fn in_scale(self, scale: Scale) -> Self {
        FieldError { scale, ..self }
    }

    /// The key whose range and unit apply: the first line's for a line's value.
    fn meaning(&self) -> Key {
        self.part.map_or(self.key, LinePart::key)
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let key = self.meaning();
        let range = key
            .input()
            .map(|i| {
                describe_limit(
                    &i.limit_in(self.scale.per_usd),
                    &key.unit_in(self.scale.currency),
                )
            })
            .unwrap_or_default();
        if let Some(part) = self.part {
            write!(f, "{}: ", part.key().as_str())?;
        }
        match &self.problem {
            Problem::Empty => write!(f, "empty: enter {range}"),
            Problem::NotANumber => write!(f, "not a number: enter {range}"),
            Problem::Comma => write!(
                f,
                "use a point for decimals and no thousands separators: enter {range}"
            ),
            Problem::OutOfRange(_) => write!(f, "out of range: enter {range}"),
            Problem::UnknownChoice => match key {
                Key::Payout => write!(f, "unknown payout scheme: use fpps or pps"),
                Key::Dgper => write!(f, "unknown period: use year or epoch"),
                Key::Off => write!(
                    f,
                    "use 1 to switch machines off when they lose money, 0 not to"
                ),
                Key::Peakoff | Key::Cmp => write!(f, "use 1 for yes, 0 for no"),
                Key::Cur | Key::Scur => write!(
                    f,
                    "unknown currency: use {}",
                    Currency::ALL.map(Currency::code).join(", ")
                ),
                Key::Region => write!(
                    f,
                    "unknown region: use {}",
                    Region::ALL.map(Region::id).join(", ")
                ),
                _ => write!(f, "not in the catalog: pick a machine or enter its specs"),
            },
            Problem::NotADate => write!(
                f,
                "not a date: enter YYYY-MM-DD, from 2009-01-03 to 2100-12-31"
            ),
            Problem::StartBeforeDate => write!(
                f,
                "the machines cannot start before the date of the network figures"
            ),
            Problem::LineFormat => write!(
                f,
                "a fleet line is five values joined by _: machine id (or empty), TH/s, W, units, hardware cost"
            ),
            Problem::SurchargeFormat => write!(
                f,
                "write bands as surcharge*from-price joined by _, e.g. 1*24_25 (at most {} bands, each from 0 to {} {}/kWh, from-prices different)",
                fleet::MAX_BANDS,
                plain_number(Input::Surcharge.limit_in(self.scale.per_usd).max),
                self.scale.currency.code()
            ),
            Problem::PeakHours => write!(
                f,
                "enter the peak window as start-end in whole hours from 0 to 24, e.g. 18-22"
            ),
        }
    }
}

impl std::error::Error for FieldError {}

/// "a number from 0 to 10 USD/kWh", "a whole number from 1 to 10,000,000 units".
pub fn describe_limit(limit: &Limit, unit: &str) -> String {
    let kind = if limit.whole {
        "a whole number"
    } else {
        "a number"
    };
    let low = if limit.min_exclusive { "above" } else { "from" };
    let unit = if unit.is_empty() {
        String::new()
    } else {
        format!(" {unit}")
    };
    format!(
        "{kind} {low} {} to {}{unit}",
        plain_number(limit.min),
        plain_number(limit.max)
    )
}

/// A range bound for a message: thousands grouped up to a billion, then `1e18` style.
fn plain_number(x: f64) -> String {
    if x.abs() >= 1e9 {
        return format!("{x:e}");
    }
    let text = x.to_string();
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let digits: Vec<char> = int.chars().collect();
    let mut grouped = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(*c);
    }
    if frac.is_empty() {
        grouped
    } else {
        format!("{grouped}.{frac}")
    }
}

/// Parses the number of a numeric key and checks its range (money in dollars).
pub fn parse_number(key: Key, text: &str) -> Result<f64, FieldError> {
    parse_number_in(key, text, Scale::default())
}

/// Parses the number of a numeric key and checks its range, money in `scale`.
pub fn parse_number_in(key: Key, text: &str, scale: Scale) -> Result<f64, FieldError> {
    let error = |problem| FieldError::new(key, problem).in_scale(scale);
    let text = text.trim();
    if text.is_empty() {
        return Err(error(Problem::Empty));
    }
    if text.contains(',') {
        return Err(error(Problem::Comma));
    }
    // Rust's parser also takes "inf" and "NaN": those are not numbers a user means.
    let value: f64 = text
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or(error(Problem::NotANumber))?;
    let Some(input) = key.input() else {
        return Err(error(Problem::NotANumber));
    };
    let limit = input.limit_in(scale.per_usd);
    if limit.contains(value) {
        Ok(value)
    } else {
        Err(error(Problem::OutOfRange(limit)))
    }
}

/// Checks the text of any key, alone, money in `money` and surcharges in `surcharge`.
pub fn parse_value(key: Key, text: &str, money: Scale, surcharge: Scale) -> Result<(), FieldError> {
    if key.may_be_empty() && text.trim().is_empty() {
        return Ok(());
    }
    match key.kind() {
        Kind::Line => fleet::parse_line(key, text, money)
            .map(|_| ())
            .map_err(|mut e| e.remove(0)),
        Kind::Bands => fleet::parse_bands(text, surcharge).map(|_| ()),
        Kind::Hours => fleet::parse_peak_hours(text).map(|_| ()),
        Kind::Choice if is_choice(key, text) => Ok(()),
        Kind::Choice => Err(FieldError::new(key, Problem::UnknownChoice)),
        Kind::Date => parse_date(key, text).map(|_| ()),
        Kind::Money => parse_number_in(key, text, money).map(|_| ()),
        Kind::Number | Kind::Whole => parse_number(key, text).map(|_| ()),
    }
}

/// Whether `text` is one of the names a choice key accepts.
fn is_choice(key: Key, text: &str) -> bool {
    match key {
        Key::Miner => text.is_empty() || catalog::find(text).is_some(),
        Key::Payout => parse_payout(text).is_some(),
        Key::Dgper => parse_period(text).is_some(),
        Key::Cur | Key::Scur => Currency::from_code(text.trim()).is_some(),
        Key::Region => Region::from_id(text.trim()).is_some(),
        // The switches: `off`, `peakoff`, `cmp`.
        _ => parse_switch(text).is_some(),
    }
}

/// The first and last dates accepted: the genesis block, and far enough.
const DATE_RANGE: (&str, &str) = ("2009-01-03", "2100-12-31");

/// Parses a `YYYY-MM-DD` key within [`DATE_RANGE`].
pub fn parse_date(key: Key, text: &str) -> Result<Date, FieldError> {
    let (first, last) = (Date::parse_iso(DATE_RANGE.0), Date::parse_iso(DATE_RANGE.1));
    Date::parse_iso(text)
        .filter(|d| Some(*d) >= first && Some(*d) <= last)
        .ok_or(FieldError::new(key, Problem::NotADate))
}

fn parse_period(text: &str) -> Option<GrowthPeriod> {
    match text.trim() {
        "year" => Some(GrowthPeriod::Year),
        "epoch" => Some(GrowthPeriod::Epoch),
        _ => None,
    }
}

/// The link value of a growth period.
pub const fn period_name(period: GrowthPeriod) -> &'static str {
    match period {
        GrowthPeriod::Year => "year",
        GrowthPeriod::Epoch => "epoch",
    }
}

fn parse_switch(text: &str) -> Option<bool> {
    match text.trim() {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// What is wrong between keys that are each fine alone, from the keys' dependent
/// ranges: `dg` beyond the per-epoch range when `dgper=epoch`, and `start` before
/// `date`.
pub fn cross_field_errors(params: &Params) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for key in Key::ALL {
        match key.range() {
            Range::Depends { with, .. } => {
                let limit = with(params).limit();
                if parse_number(key, params.get(key)).is_ok_and(|v| !limit.contains(v)) {
                    errors.push(FieldError::new(key, Problem::OutOfRange(limit)));
                }
            }
            Range::OnOrAfter(other) => {
                let first = parse_date(other, params.get(other));
                if let (Ok(first), Ok(date)) = (first, parse_date(key, params.get(key))) {
                    if date < first {
                        errors.push(FieldError::new(key, Problem::StartBeforeDate));
                    }
                }
            }
            Range::OfKind | Range::Input(_) => {}
        }
    }
    errors
}

fn parse_payout(text: &str) -> Option<PayoutScheme> {
    [PayoutScheme::Fpps, PayoutScheme::Pps]
        .into_iter()
        .find(|p| payout_name(*p) == text.trim())
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
                Err(e) => errors.push(e),
            }
        }
        let optional = |key: Key| numbers.get(&key).copied();
        // A number that could not be read is reported above; 0 stands in until then.
        let number = |key: Key| optional(key).unwrap_or(0.0);

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
        let peak_off = peak_off.unwrap_or_default();
        Ok(Scenario {
            miner,
            operation: Operation {
                machine: Machine {
                    hashrate: Hashrate::from_th_per_s(number(Key::Th)),
                    power: Power::from_watts(number(Key::W)),
                },
                // Range-checked above: a whole number from 1 to 10,000,000.
                units: number(Key::N) as u32,
                power_price: EnergyPrice::per_kwh(number(Key::Kwh)),
                pool_fee: Percent::new(number(Key::Pool)),
                payout: payout.unwrap_or_default(),
                uptime: Percent::new(number(Key::Up)),
                hardware_cost: Fiat::new(number(Key::Hw)),
            },
            lines,
            site: Site {
                capacity_mw: optional(Key::Cap),
                pue: number(Key::Pue),
                hosting_per_kwh: EnergyPrice::per_kwh(number(Key::Hkwh)),
                hosting_fee_per_month: Fiat::new(number(Key::Hfee)),
                curtailed_hours: number(Key::Curt),
                curtailment_credit_per_mwh: Fiat::new(number(Key::Curtc)),
                time_of_use: optional(Key::Peak).map(|p| TimeOfUse {
                    peak_price: EnergyPrice::per_kwh(p),
                    hours: f64::from(peak_window.1),
                    switch_off: peak_off,
                }),
                carbon_g_per_kwh: optional(Key::Co2),
                surcharge: Surcharge {
                    currency: scur.unwrap_or_default(),
                    tiers,
                },
            },
            peak_window,
            peak_off,
            region: region.unwrap_or_default(),
            currency: currency.unwrap_or_default(),
            rates: FxRates::new(
                number(Key::Fxkzt),
                number(Key::Fxeur),
                number(Key::Fxcny),
                number(Key::Fxrub),
            ),
            compare: compare.unwrap_or_default(),
            network: NetworkSnapshot {
                difficulty: Difficulty::new(number(Key::Diff)),
                // Range-checked above: a whole number up to 20,000,000.
                height: number(Key::Height) as u64,
                // Whole satoshis (at most 100 BTC, so exact in f64 after rounding).
                avg_fees_per_block: Sats::from_sat((number(Key::Txfee) * 1e8).round() as u64),
                btc_price: BtcPrice::per_btc(number(Key::Price)),
            },
            projection: Assumptions {
                start: date,
                // Range-checked above: a whole number from 1 to 120.
                months: number(Key::Months) as u32,
                difficulty_growth: Percent::new(number(Key::Dg)),
                difficulty_growth_period: period.unwrap_or_default(),
                halving_difficulty_change: Percent::new(number(Key::Dh)),
                price_growth: Percent::new(number(Key::Pg)),
                fee_growth: Percent::new(number(Key::Fg)),
                block_time_secs: number(Key::Bt),
                machines_start: start,
                resale: Percent::new(number(Key::Resale)),
                switch_off_when_losing: off.unwrap_or_default(),
                discount_rate: Percent::new(number(Key::Disc)),
            },
        })
    }

    /// The value of a number key (money in the scenario's currency); `None` for an
    /// optional one not set, and for keys that are not numbers.
    pub fn number(&self, key: Key) -> Option<f64> {
        let (op, site, net, a) = (&self.operation, &self.site, &self.network, &self.projection);
        Some(match key {
            Key::Th => op.machine.hashrate.th_per_s(),
            Key::W => op.machine.power.watts(),
            Key::N => f64::from(op.units),
            Key::Kwh => op.power_price.amount_per_kwh(),
            Key::Pool => op.pool_fee.percent(),
            Key::Up => op.uptime.percent(),
            Key::Hw => op.hardware_cost.amount(),
            Key::Price => net.btc_price.amount_per_btc(),
            Key::Diff => net.difficulty.get(),
            // Exact: a height is at most 20,000,000.
            Key::Height => net.height as f64,
            Key::Txfee => net.avg_fees_per_block.to_btc().btc(),
            Key::Months => f64::from(a.months),
            Key::Dg => a.difficulty_growth.percent(),
            Key::Dh => a.halving_difficulty_change.percent(),
            Key::Pg => a.price_growth.percent(),
            Key::Fg => a.fee_growth.percent(),
            Key::Bt => a.block_time_secs,
            Key::Resale => a.resale.percent(),
            Key::Disc => a.discount_rate.percent(),
            Key::Cap => return site.capacity_mw,
            Key::Pue => site.pue,
            Key::Hkwh => site.hosting_per_kwh.amount_per_kwh(),
            Key::Hfee => site.hosting_fee_per_month.amount(),
            Key::Curt => site.curtailed_hours,
            Key::Curtc => site.curtailment_credit_per_mwh.amount(),
            Key::Peak => return site.time_of_use.map(|t| t.peak_price.amount_per_kwh()),
            Key::Co2 => return site.carbon_g_per_kwh,
            key => return key.rate_currency().map(|c| self.rates.per_usd(c)),
        })
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

    /// The same scenario on other network figures and exchange rates (then and now).
    pub fn on_network(&self, network: NetworkSnapshot, rates: FxRates) -> Scenario {
        Scenario {
            network,
            rates,
            ..self.clone()
        }
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
