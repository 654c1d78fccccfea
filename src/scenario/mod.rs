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
use crate::engine::economics::{evaluate, Economics, Machine, Operation, PayoutScheme};
use crate::engine::limits::{InputError, Limit};
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
                _ => write!(f, "not in the catalog: pick a machine or enter its specs"),
            },
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

/// Checks the text of any key.
pub fn parse_value(key: Key, text: &str) -> Result<(), FieldError> {
    let unknown = Err(FieldError {
        key,
        problem: Problem::UnknownChoice,
    });
    match key {
        Key::Miner if text.is_empty() || catalog::find(text).is_some() => Ok(()),
        Key::Miner => unknown,
        Key::Payout => parse_payout(text).map(|_| ()).ok_or(FieldError {
            key,
            problem: Problem::UnknownChoice,
        }),
        _ => parse_number(key, text).map(|_| ()),
    }
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
        let th = number(Key::Th);
        let w = number(Key::W);
        let n = number(Key::N);
        let kwh = number(Key::Kwh);
        let pool = number(Key::Pool);
        let up = number(Key::Up);
        let hw = number(Key::Hw);
        let price = number(Key::Price);
        let diff = number(Key::Diff);
        let height = number(Key::Height);
        let txfee = number(Key::Txfee);
        let miner_id = params.get(Key::Miner);
        let miner = catalog::find(miner_id);
        if miner.is_none() && !miner_id.is_empty() {
            errors.push(FieldError {
                key: Key::Miner,
                problem: Problem::UnknownChoice,
            });
        }
        let payout = parse_payout(params.get(Key::Payout));
        if payout.is_none() {
            errors.push(FieldError {
                key: Key::Payout,
                problem: Problem::UnknownChoice,
            });
        }
        if !errors.is_empty() {
            errors.sort_by_key(|e| e.key);
            return Err(errors);
        }
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
        })
    }

    /// The engine's figures for this scenario. A scenario from `from_params` is always
    /// within the engine's limits; one built by hand may not be.
    pub fn economics(&self) -> Result<Economics, InputError> {
        evaluate(&self.operation, &self.network)
    }
}
