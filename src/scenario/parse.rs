//! Parsing one value: numbers (in a currency's scale), dates and choices, and what is
//! wrong with a field ([`FieldError`], [`Problem`]). Each key is read alone here; the
//! checks across keys are in `params`.

use super::key::{Key, LinePart, Range, Raw};
use super::region::Region;
use super::typed::{self, Misread};
use super::value_text::payout_name;
use crate::catalog;
use crate::decimal::parse_f64;
use crate::engine::date::Date;
use crate::engine::economics::PayoutScheme;
use crate::engine::limits::{Input, Limit};
use crate::engine::money::{Currency, SHIPPED_RATES};
use crate::engine::projection::GrowthPeriod;

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
    /// Typed with commas, points or spaces that group neither thousands nor decimals
    /// (`1,234,5`).
    Separators,
    /// A currency sign or code (`mark`) that is not the field's currency (`field`;
    /// `None` for a field that is not money): refused, never converted.
    Currency {
        mark: &'static str,
        field: Option<Currency>,
    },
    OutOfRange(Limit),
    UnknownChoice,
    /// Not a `YYYY-MM-DD` date from 2009-01-03 to 2100-12-31.
    NotADate,
    /// The machines cannot start before the date of the network figures.
    StartBeforeDate,
    /// The machines cannot start on or after the end of the horizon (`end`: the date
    /// of the network figures plus the horizon's months).
    StartAfterHorizon {
        end: Date,
    },
    /// A fleet line that is not five values joined by `_`.
    LineFormat,
    /// Surcharge bands that cannot be read.
    SurchargeFormat,
    /// A surcharge band whose surcharge is not known (left empty, as a preset leaves a
    /// band no source gives): for an average purchase price from `from` (up to `to`,
    /// the next band's price, when there is one), in the table's currency. The page
    /// asks for it rather than fill it from a neighbouring band.
    SurchargeUnknown {
        from: f64,
        to: Option<f64>,
    },
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
    /// The range that applies when it is not the key's own widest one (`dg` per
    /// retarget when `dgper=epoch`).
    pub range: Option<Input>,
}

impl FieldError {
    pub fn new(key: Key, problem: Problem) -> Self {
        FieldError {
            key,
            problem,
            part: None,
            scale: Scale::default(),
            range: None,
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

    /// The error with the range that applies given the other keys' raw text, for a
    /// key whose range depends on them (`dg` on `dgper`).
    pub fn for_raw(self, raw: &dyn Raw) -> Self {
        match (self.part, self.key.range()) {
            (None, Range::Depends { with, .. }) => FieldError {
                range: Some(with(raw)),
                ..self
            },
            _ => self,
        }
    }

    /// The key whose range and unit apply: the first line's for a line's value.
    pub fn meaning(&self) -> Key {
        self.part.map_or(self.key, LinePart::key)
    }

    /// The range quoted to the user, in the field's own currency, and its unit.
    pub fn limit(&self) -> Option<(Limit, String)> {
        let key = self.meaning();
        let input = self.range.or(key.input())?;
        Some((
            input.limit_in(self.scale.per_usd),
            key.unit_in(self.scale.currency),
        ))
    }
}

impl std::error::Error for FieldError {}

/// Parses the number of a numeric key and checks its range (money in dollars).
pub fn parse_number(key: Key, text: &str) -> Result<f64, FieldError> {
    parse_number_in(key, text, Scale::default())
}

/// Parses the number of a numeric key and checks its range, money in `scale`. Only the
/// link format is taken; a text that a person's typing would not make a number either
/// is refused with the reason typing gives (a currency sign that is not the field's).
pub fn parse_number_in(key: Key, text: &str, scale: Scale) -> Result<f64, FieldError> {
    let error = |problem| FieldError::new(key, problem).in_scale(scale);
    let text = text.trim();
    if text.is_empty() {
        return Err(error(Problem::Empty));
    }
    let typed = || match typed::read(key, text, scale.currency) {
        Err(Misread::Separators) => Some(Problem::Separators),
        Err(Misread::Currency { mark, field }) => Some(Problem::Currency { mark, field }),
        Err(Misread::NotANumber) | Ok(_) => None,
    };
    if text.contains(',') {
        return Err(error(typed().unwrap_or(Problem::Comma)));
    }
    // Rust's parser also takes "inf" and "NaN": those are not numbers a user means.
    let value: f64 = parse_f64(text)
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| error(typed().unwrap_or(Problem::NotANumber)))?;
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

/// Whether `text` is one of the names a choice key accepts.
pub(super) fn is_choice(key: Key, text: &str) -> bool {
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
pub const DATE_RANGE: (&str, &str) = ("2009-01-03", "2100-12-31");

/// Parses a `YYYY-MM-DD` key within [`DATE_RANGE`].
pub fn parse_date(key: Key, text: &str) -> Result<Date, FieldError> {
    let (first, last) = (Date::parse_iso(DATE_RANGE.0), Date::parse_iso(DATE_RANGE.1));
    Date::parse_iso(text)
        .filter(|d| Some(*d) >= first && Some(*d) <= last)
        .ok_or(FieldError::new(key, Problem::NotADate))
}

pub(super) fn parse_period(text: &str) -> Option<GrowthPeriod> {
    match text.trim() {
        "year" => Some(GrowthPeriod::Year),
        "epoch" => Some(GrowthPeriod::Epoch),
        _ => None,
    }
}

pub(super) fn parse_switch(text: &str) -> Option<bool> {
    match text.trim() {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

pub(super) fn parse_payout(text: &str) -> Option<PayoutScheme> {
    [PayoutScheme::Fpps, PayoutScheme::Pps]
        .into_iter()
        .find(|p| payout_name(*p) == text.trim())
}
