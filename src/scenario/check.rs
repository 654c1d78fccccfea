//! Checks of a key's text: alone, whatever its kind ([`parse_value`]), and across keys
//! whose ranges depend on others ([`cross_field_errors`]).

use super::fleet;
use super::key::{Key, Kind, Range, Raw};
use super::parse::{
    is_choice, parse_date, parse_number, parse_number_in, FieldError, Problem, Scale,
};

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

/// What [`parse_value`] and [`cross_field_errors`] find in `params`: every key's text
/// checked alone, money in the scales the params give (`cur`, `scur` and their rates),
/// then across keys. What the validated scenario would refuse, key by key.
pub fn errors_in(params: &dyn Raw) -> Vec<FieldError> {
    let (money, surcharge) = Scale::money_and_surcharge(params);
    let mut errors: Vec<FieldError> = Key::ALL
        .into_iter()
        .filter_map(|key| parse_value(key, params.raw(key), money, surcharge).err())
        .map(|e| e.for_raw(params))
        .collect();
    errors.extend(cross_field_errors(params));
    errors
}

/// What is wrong between keys that are each fine alone, from the keys' dependent
/// ranges: `dg` beyond the per-epoch range when `dgper=epoch`, and `start` before
/// `date` or on or after the horizon's end (`date` + `months`).
pub fn cross_field_errors(params: &dyn Raw) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for key in Key::ALL {
        match key.range() {
            Range::Depends { with, .. } => {
                let limit = with(params).limit();
                if parse_number(key, params.raw(key)).is_ok_and(|v| !limit.contains(v)) {
                    let error = FieldError::new(key, Problem::OutOfRange(limit));
                    errors.push(error.for_raw(params));
                }
            }
            Range::InHorizon { from, months } => {
                let first = parse_date(from, params.raw(from));
                if let (Ok(first), Ok(date)) = (first, parse_date(key, params.raw(key))) {
                    // The horizon is checked alone (a whole number of months, in range);
                    // when it is not, only the start's lower bound is checked here.
                    let horizon = parse_number(months, params.raw(months)).ok();
                    let end = horizon.map(|m| first.plus_months(m as u32));
                    if date < first {
                        errors.push(FieldError::new(key, Problem::StartBeforeDate));
                    } else if let Some(end) = end.filter(|end| date >= *end) {
                        errors.push(FieldError::new(key, Problem::StartAfterHorizon { end }));
                    }
                }
            }
            Range::OfKind | Range::Input(_) => {}
        }
    }
    errors
}
