//! Text forms of values: how a number, a payout scheme and a growth period are
//! written in links and messages. The parsers read them back (`parse`).

use crate::engine::economics::PayoutScheme;
use crate::engine::projection::GrowthPeriod;

/// A number as the shortest text that reads back to the same `f64`: plain decimals,
/// or exponent form where plain would be long (`1e-63`, not 65 characters), so that no
/// value the page writes exceeds what a link may carry.
pub fn number_text(x: f64) -> String {
    let plain = x.to_string();
    if plain.len() <= 20 {
        plain
    } else {
        format!("{x:e}")
    }
}

/// The link value of a payout scheme.
pub const fn payout_name(payout: PayoutScheme) -> &'static str {
    match payout {
        PayoutScheme::Fpps => "fpps",
        PayoutScheme::Pps => "pps",
    }
}

/// The link value of a growth period.
pub const fn period_name(period: GrowthPeriod) -> &'static str {
    match period {
        GrowthPeriod::Year => "year",
        GrowthPeriod::Epoch => "epoch",
    }
}

/// A range bound for a message: thousands grouped up to a billion, then `1e18` style.
pub fn plain_number(x: f64) -> String {
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
