//! The scenario: the one state of the page, validated.
//!
//! Input arrives as [`Params`] (raw text per [`Key`], from a link or the form);
//! [`Scenario::from_params`] parses it, naming every field that is wrong and why, into
//! the engine's [`Operation`] and [`NetworkSnapshot`]. Results are derived from a
//! `Scenario` on each change and never stored.

mod codec;
pub mod hooks;
mod key;
mod params;

pub use codec::to_query;

pub use key::Key;
pub use params::{payout_name, Params, Rejected, DEFAULT_MINER, FORMAT_VERSION, MAX_VALUE_LEN};

use crate::catalog::{self, Miner};
use crate::engine::date::Date;
use crate::engine::economics::{evaluate, Economics, Machine, Operation, PayoutScheme};
use crate::engine::limits::{Input, InputError, Limit};
use crate::engine::projection::{project, Assumptions, GrowthPeriod, Projection};
use crate::engine::snapshot::NetworkSnapshot;
use crate::engine::units::{
    BtcPrice, Difficulty, EnergyPrice, Fiat, Hashrate, Percent, Power, Sats,
};

/// A validated scenario.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scenario {
    /// The catalog row the machine was picked from; `None` for a custom machine.
    pub miner: Option<&'static Miner>,
    pub operation: Operation,
    pub network: NetworkSnapshot,
    /// The network figures' date, the horizon and what grows over it.
    pub projection: Assumptions,
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
}

/// A field that cannot be used, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub key: Key,
    pub problem: Problem,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let range = self
            .key
            .input()
            .map(|i| describe_limit(&i.limit(), self.key.unit()));
        let range = range.unwrap_or_default();
        match &self.problem {
            Problem::Empty => write!(f, "empty: enter {range}"),
            Problem::NotANumber => write!(f, "not a number: enter {range}"),
            Problem::Comma => write!(
                f,
                "use a point for decimals and no thousands separators: enter {range}"
            ),
            Problem::OutOfRange(_) => write!(f, "out of range: enter {range}"),
            Problem::UnknownChoice => match self.key {
                Key::Payout => write!(f, "unknown payout scheme: use fpps or pps"),
                Key::Dgper => write!(f, "unknown period: use year or epoch"),
                Key::Off => write!(
                    f,
                    "use 1 to switch machines off when they lose money, 0 not to"
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

/// Parses the number of a numeric key and checks its range.
pub fn parse_number(key: Key, text: &str) -> Result<f64, FieldError> {
    let error = |problem| FieldError { key, problem };
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
    let limit = input.limit();
    if limit.contains(value) {
        Ok(value)
    } else {
        Err(error(Problem::OutOfRange(limit)))
    }
}

/// Checks the text of any key, alone.
pub fn parse_value(key: Key, text: &str) -> Result<(), FieldError> {
    let unknown = FieldError {
        key,
        problem: Problem::UnknownChoice,
    };
    match key {
        Key::Miner if text.is_empty() || catalog::find(text).is_some() => Ok(()),
        Key::Miner => Err(unknown),
        Key::Payout => parse_payout(text).map(|_| ()).ok_or(unknown),
        Key::Dgper => parse_period(text).map(|_| ()).ok_or(unknown),
        Key::Off => parse_switch(text).map(|_| ()).ok_or(unknown),
        Key::Date | Key::Start => parse_date(key, text).map(|_| ()),
        _ => parse_number(key, text).map(|_| ()),
    }
}

/// The first and last dates accepted: the genesis block, and far enough.
const DATE_RANGE: (&str, &str) = ("2009-01-03", "2100-12-31");

/// Parses a `YYYY-MM-DD` key within [`DATE_RANGE`].
pub fn parse_date(key: Key, text: &str) -> Result<Date, FieldError> {
    let (first, last) = (Date::parse_iso(DATE_RANGE.0), Date::parse_iso(DATE_RANGE.1));
    Date::parse_iso(text)
        .filter(|d| Some(*d) >= first && Some(*d) <= last)
        .ok_or(FieldError {
            key,
            problem: Problem::NotADate,
        })
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

/// What is wrong between keys that are each fine alone: `dg` beyond the per-epoch
/// range when `dgper=epoch`, and `start` before `date`.
pub fn cross_field_errors(params: &Params) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if parse_period(params.get(Key::Dgper)) == Some(GrowthPeriod::Epoch) {
        let limit = Input::DifficultyGrowthEpoch.limit();
        if parse_number(Key::Dg, params.get(Key::Dg)).is_ok_and(|g| !limit.contains(g)) {
            errors.push(FieldError {
                key: Key::Dg,
                problem: Problem::OutOfRange(limit),
            });
        }
    }
    let date = parse_date(Key::Date, params.get(Key::Date));
    let start = parse_date(Key::Start, params.get(Key::Start));
    if let (Ok(date), Ok(start)) = (date, start) {
        if start < date {
            errors.push(FieldError {
                key: Key::Start,
                problem: Problem::StartBeforeDate,
            });
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
        let mut number = |key: Key| {
            parse_number(key, params.get(key))
                .map_err(|e| errors.push(e))
                .unwrap_or(0.0)
        };
        let [th, w, n, kwh, pool, up, hw, price, diff, height, txfee] = [
            Key::Th,
            Key::W,
            Key::N,
            Key::Kwh,
            Key::Pool,
            Key::Up,
            Key::Hw,
            Key::Price,
            Key::Diff,
            Key::Height,
            Key::Txfee,
        ]
        .map(&mut number);
        let [months, dg, dh, pg, fg, bt, resale, disc] = [
            Key::Months,
            Key::Dg,
            Key::Dh,
            Key::Pg,
            Key::Fg,
            Key::Bt,
            Key::Resale,
            Key::Disc,
        ]
        .map(&mut number);

        let miner_id = params.get(Key::Miner);
        let miner = catalog::find(miner_id);
        let mut choice = |key: Key, ok: bool| {
            if !ok {
                errors.push(FieldError {
                    key,
                    problem: Problem::UnknownChoice,
                });
            }
        };
        choice(Key::Miner, miner.is_some() || miner_id.is_empty());
        let payout = parse_payout(params.get(Key::Payout));
        choice(Key::Payout, payout.is_some());
        let period = parse_period(params.get(Key::Dgper));
        choice(Key::Dgper, period.is_some());
        let off = parse_switch(params.get(Key::Off));
        choice(Key::Off, off.is_some());
        let date = parse_date(Key::Date, params.get(Key::Date))
            .map_err(|e| errors.push(e))
            .ok();
        let start = parse_date(Key::Start, params.get(Key::Start))
            .map_err(|e| errors.push(e))
            .ok();
        errors.extend(cross_field_errors(params));

        let (Some(date), Some(start), true) = (date, start, errors.is_empty()) else {
            errors.sort_by_key(|e| e.key);
            return Err(errors);
        };
        Ok(Scenario {
            miner,
            operation: Operation {
                machine: Machine {
                    hashrate: Hashrate::from_th_per_s(th),
                    power: Power::from_watts(w),
                },
                // Range-checked above: a whole number from 1 to 10,000,000.
                units: n as u32,
                power_price: EnergyPrice::per_kwh(kwh),
                pool_fee: Percent::new(pool),
                payout: payout.unwrap_or_default(),
                uptime: Percent::new(up),
                hardware_cost: Fiat::new(hw),
            },
            network: NetworkSnapshot {
                difficulty: Difficulty::new(diff),
                // Range-checked above: a whole number up to 20,000,000.
                height: height as u64,
                // Whole satoshis (at most 100 BTC, so exact in f64 after rounding).
                avg_fees_per_block: Sats::from_sat((txfee * 1e8).round() as u64),
                btc_price: BtcPrice::per_btc(price),
            },
            projection: Assumptions {
                start: date,
                // Range-checked above: a whole number from 1 to 120.
                months: months as u32,
                difficulty_growth: Percent::new(dg),
                difficulty_growth_period: period.unwrap_or_default(),
                halving_difficulty_change: Percent::new(dh),
                price_growth: Percent::new(pg),
                fee_growth: Percent::new(fg),
                block_time_secs: bt,
                machines_start: start,
                resale: Percent::new(resale),
                switch_off_when_losing: off.unwrap_or_default(),
                discount_rate: Percent::new(disc),
            },
        })
    }

    /// The projection of this scenario over its horizon.
    pub fn projection(&self) -> Result<Projection, InputError> {
        project(&self.operation, &self.network, &self.projection)
    }

    /// The engine's figures for this scenario. A scenario from `from_params` is always
    /// within the engine's limits; one built by hand may not be.
    pub fn economics(&self) -> Result<Economics, InputError> {
        evaluate(&self.operation, &self.network)
    }
}
