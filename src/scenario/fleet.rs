//! The compound values of the link format: fleet lines (`m2`..`m8`), surcharge bands
//! (`sur`) and the peak window (`peakh`), as text and parsed.

pub use super::key::{LinePart, MAX_BANDS};

use super::key::Key;
use super::parse::{parse_number_in, FieldError, Problem, Scale};
use crate::catalog::{self, Miner};
use crate::decimal::parse_f64;
use crate::engine::economics::{Line, Machine};
use crate::engine::site::SurchargeTier;
use crate::engine::units::{Fiat, Hashrate, Power};

/// Separates the values of a fleet line and the bands of a surcharge: a character links
/// carry as is, and never part of a number or a catalog id.
pub const SEPARATOR: char = '_';
/// Separates a band's surcharge from the price it applies from.
pub const BAND_FROM: char = '*';

/// The five texts of a line value, or `None` when it does not have five.
pub fn split_line(text: &str) -> Option<[&str; 5]> {
    let parts: Vec<&str> = text.split(SEPARATOR).collect();
    parts.try_into().ok()
}

/// A line value from its five texts. A separator typed into a value is dropped: it is
/// never part of a valid one.
pub fn join_line(parts: [&str; 5]) -> String {
    parts
        .map(|p| p.replace(SEPARATOR, ""))
        .join(&SEPARATOR.to_string())
}

/// `text` with one of its values replaced.
pub fn with_part(text: &str, part: LinePart, value: &str) -> String {
    let mut parts = split_line(text).unwrap_or(["", "", "", "", ""]);
    parts[part.index()] = value;
    join_line(parts)
}

/// The text of one value of a line, empty when the line cannot be split.
pub fn line_part(text: &str, part: LinePart) -> &str {
    split_line(text).map_or("", |p| p[part.index()])
}

/// A line's text with the spaces around its machine id taken off, as around any value
/// (`antminer-s21 _...` names `antminer-s21`, and its picker shows it); a text that is
/// not five values is left as it is.
pub fn tidy_line(text: &str) -> String {
    match split_line(text) {
        Some(mut parts) => {
            parts[LinePart::Miner.index()] = parts[LinePart::Miner.index()].trim();
            parts.join(&SEPARATOR.to_string())
        }
        None => text.to_owned(),
    }
}

/// `text` with a catalog machine and its specs; units and hardware cost as they were.
pub fn with_machine(text: &str, miner: &Miner) -> String {
    let parts = split_line(text).unwrap_or(["", "", "", "", ""]);
    let (th, w) = (miner.hashrate_th.to_string(), miner.power_w.to_string());
    join_line([miner.id, &th, &w, parts[3], parts[4]])
}

/// The rows of a surcharge table as typed, valid or not: (surcharge, from-price).
pub fn split_bands(text: &str) -> Vec<(String, String)> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split(SEPARATOR)
        .map(|band| match band.split_once(BAND_FROM) {
            Some((s, f)) => (s.to_owned(), f.to_owned()),
            None => (band.to_owned(), String::new()),
        })
        .collect()
}

/// A surcharge table's text from its rows; the separators are dropped from what was
/// typed, since they are never part of a number.
pub fn join_bands(rows: &[(String, String)]) -> String {
    let clean = |t: &str| t.replace([SEPARATOR, BAND_FROM], "");
    rows.iter()
        .map(|(s, f)| {
            let f = clean(f);
            if f.is_empty() {
                clean(s)
            } else {
                format!("{}{BAND_FROM}{f}", clean(s))
            }
        })
        .collect::<Vec<_>>()
        .join(&SEPARATOR.to_string())
}

/// A new line of the catalog machine `id`, `units` of it, at no hardware cost.
pub fn catalog_line(miner: &Miner, units: u32) -> String {
    join_line([
        miner.id,
        &miner.hashrate_th.to_string(),
        &miner.power_w.to_string(),
        &units.to_string(),
        "0",
    ])
}

/// A parsed fleet line and the catalog row it names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParsedLine {
    pub key: Key,
    pub miner: Option<&'static Miner>,
    pub line: Line,
}

/// Parses a line key's value; every value that is wrong is reported.
pub fn parse_line(key: Key, text: &str, money: Scale) -> Result<ParsedLine, Vec<FieldError>> {
    let Some(parts) = split_line(text) else {
        return Err(vec![FieldError::new(key, Problem::LineFormat)]);
    };
    let mut errors = Vec::new();
    let id = parts[0].trim();
    let miner = catalog::find(id);
    if !id.is_empty() && miner.is_none() {
        errors.push(FieldError::new(key, Problem::UnknownChoice).in_part(LinePart::Miner));
    }
    let mut number = |part: LinePart| {
        let scale = if part == LinePart::Hw {
            money
        } else {
            Scale::default()
        };
        parse_number_in(part.key(), parts[part.index()], scale)
            .map_err(|e| {
                errors.push(FieldError {
                    key,
                    part: Some(part),
                    ..e
                })
            })
            .unwrap_or(0.0)
    };
    let [th, w, n, hw] = [LinePart::Th, LinePart::W, LinePart::N, LinePart::Hw].map(&mut number);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ParsedLine {
        key,
        miner,
        line: Line {
            machine: Machine {
                hashrate: Hashrate::from_th_per_s(th),
                power: Power::from_watts(w),
            },
            // Range-checked above: a whole number from 1 to 10,000,000.
            units: n as u32,
            hardware_cost: Fiat::new(hw),
        },
    })
}

/// Parses surcharge bands: `1*24_25` is 1 per kWh from an average purchase price of 24,
/// and 25 below; a single number is a flat surcharge; empty is none. The bands come
/// back highest first.
///
/// A band with an empty surcharge (`1*24_*0`) is one whose surcharge is not known: the
/// table is refused with [`Problem::SurchargeUnknown`], naming the band's price range,
/// rather than read with a neighbouring band's surcharge. (A preset leaves a band empty
/// where no source gives it.)
pub fn parse_bands(text: &str, scale: Scale) -> Result<Vec<SurchargeTier>, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let error = || FieldError::new(Key::Sur, Problem::SurchargeFormat).in_scale(scale);
    let bands: Vec<&str> = text.split(SEPARATOR).collect();
    if bands.len() > MAX_BANDS {
        return Err(error());
    }
    let limit = |input: crate::engine::limits::Input, t: &str| {
        let v: f64 = parse_f64(t.trim()).filter(|v: &f64| v.is_finite())?;
        input.limit_in(scale.per_usd).contains(v).then_some(v)
    };
    // (from-price, surcharge or `None` when not known)
    let mut rows: Vec<(f64, Option<f64>)> = Vec::new();
    for band in bands {
        let (per_kwh, from) = match band.split_once(BAND_FROM) {
            Some((s, f)) => (s, Some(f)),
            None => (band, None),
        };
        let per_kwh = if per_kwh.trim().is_empty() {
            None
        } else {
            Some(limit(crate::engine::limits::Input::Surcharge, per_kwh).ok_or_else(error)?)
        };
        let from_price = match from {
            Some(f) => limit(crate::engine::limits::Input::SurchargeFrom, f).ok_or_else(error)?,
            None => 0.0,
        };
        if rows.iter().any(|(f, _)| *f == from_price) {
            return Err(error());
        }
        rows.push((from_price, per_kwh));
    }
    // One order for one table: the highest band first, as written.
    crate::small_sort::sort_by(&mut rows, |a, b| b.0.total_cmp(&a.0));
    let mut tiers = Vec::new();
    for (i, (from_price, per_kwh)) in rows.iter().enumerate() {
        let Some(per_kwh) = *per_kwh else {
            // The band above this one (sorted highest first) ends its range.
            let to = i.checked_sub(1).and_then(|j| rows.get(j)).map(|(f, _)| *f);
            let problem = Problem::SurchargeUnknown {
                from: *from_price,
                to,
            };
            return Err(FieldError::new(Key::Sur, problem).in_scale(scale));
        };
        tiers.push(SurchargeTier {
            from_price: *from_price,
            per_kwh,
        });
    }
    Ok(tiers)
}

/// Surcharge bands as link text, highest band first.
pub fn write_bands(tiers: &[SurchargeTier], number: impl Fn(f64) -> String) -> String {
    let mut sorted = tiers.to_vec();
    crate::small_sort::sort_by(&mut sorted, |a, b| b.from_price.total_cmp(&a.from_price));
    sorted
        .iter()
        .map(|t| {
            if t.from_price == 0.0 {
                number(t.per_kwh)
            } else {
                format!("{}{BAND_FROM}{}", number(t.per_kwh), number(t.from_price))
            }
        })
        .collect::<Vec<_>>()
        .join(&SEPARATOR.to_string())
}

/// The peak window `start-end` in whole hours: its start and length in hours. `0-24`
/// is the whole day (start 0); an empty window (`5-5`) is refused.
pub fn parse_peak_hours(text: &str) -> Result<(u32, u32), FieldError> {
    let error = || FieldError::new(Key::Peakh, Problem::PeakHours);
    let (a, b) = text.trim().split_once('-').ok_or_else(error)?;
    let hour = |t: &str| t.trim().parse::<u32>().ok().filter(|h| *h <= 24);
    let (start, end) = (hour(a).ok_or_else(error)? % 24, hour(b).ok_or_else(error)?);
    if end == 24 && start == 0 {
        return Ok((0, 24));
    }
    let length = (end + 24 - start) % 24;
    if length == 0 {
        return Err(error());
    }
    Ok((start, length))
}

/// The peak window as link text: `18-22`, `22-6`, `0-24`.
pub fn write_peak_hours((start, length): (u32, u32)) -> String {
    if length >= 24 {
        "0-24".to_owned()
    } else {
        format!("{start}-{}", (start + length) % 24)
    }
}

#[cfg(test)]
mod tests;
