//! What a person types into a number field, read into the value's link text.
//!
//! A person writes numbers as they are printed: `10,000`, `$0.05`, `0,05`, `5¢`,
//! `133.79T`, `1.2 PH/s`, `−5 %`. [`read`] turns such a text into the plain decimal
//! text the link format takes (`10000`, `0.05`, `133790000000000`), or says why it
//! cannot ([`Misread`]). Only typing goes through it: a link's values keep their strict
//! format (`parse`), and a text that format already takes is passed on unchanged.
//!
//! The rules, in English:
//! - A comma followed by exactly three digits groups thousands (`10,000`,
//!   `1,234,567`), unless the number starts with `0` (`0,050`); any other comma is a
//!   decimal comma (`0,05`, `1,23`, `12,3456`). Spaces group thousands too (`10 000`).
//! - A currency sign or code (`$`, `€`, `₸`, `₽`, `¥`, `USD`, `kzt`...) before or after
//!   an amount must be the field's currency; `¢` or `c` after it is a hundredth of a
//!   dollar or a euro. Another currency's is refused, never converted.
//! - `%` after a percentage; `T`, `P` or `E` (10^12, 10^15, 10^18) after a key whose row
//!   gives a metric prefix (`th` in TH/s, `diff`), followed or not by the rest of the
//!   unit (`1.2 PH/s`, `1.2 PH`, `1.2P`).
//! - A minus sign (U+2212) is a hyphen-minus; the range decides whether it is allowed.

use super::key::{Key, Kind};
use crate::decimal::parse_f64;
use crate::engine::money::Currency;

/// Why a typed text is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misread {
    /// Not a number, even as a person writes one.
    NotANumber,
    /// Commas, points or spaces that group neither thousands nor decimals (`1,234,5`,
    /// `1.234,5`, `12,34,567`).
    Separators,
    /// A currency sign or code (`mark`, as the page writes it) that is not the field's
    /// currency; `field` is `None` for a field that is not an amount of money.
    Currency {
        mark: &'static str,
        field: Option<Currency>,
    },
}

/// Characters that group thousands besides the comma: the space, the no-break space,
/// the thin and narrow no-break spaces.
const SPACES: [char; 4] = [' ', '\u{a0}', '\u{2009}', '\u{202f}'];

/// Currency signs and the currency each stands for; `None` for a currency the page does
/// not have (a pound is never any scenario's).
const SIGNS: [(&str, Option<Currency>); 7] = [
    ("US$", Some(Currency::Usd)),
    ("$", Some(Currency::Usd)),
    ("€", Some(Currency::Eur)),
    ("₸", Some(Currency::Kzt)),
    ("₽", Some(Currency::Rub)),
    ("¥", Some(Currency::Cny)),
    ("£", None),
];

/// The cent: a hundredth of the dollar or the euro, written after the amount.
const CENTS: [&str; 2] = ["¢", "c"];

/// The currency of `key`'s amounts: `currency` (the scenario's `cur`, or `scur` for the
/// surcharge bands) for money, the dollar for a key whose unit is dollars (the BTC
/// price), `None` for anything else.
fn field_currency(key: Key, currency: Currency) -> Option<Currency> {
    match key.kind() {
        Kind::Money | Kind::Bands => Some(currency),
        _ if key.unit().starts_with(Currency::Usd.code()) => Some(Currency::Usd),
        _ => None,
    }
}

/// What stood beside the number.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    /// A currency sign or code: its text as the page writes it, and its currency.
    Money(&'static str, Option<Currency>),
    Cent,
    Percent,
    /// A metric prefix: its power of ten.
    Prefix(i32),
}

/// `s` without a currency mark at its start (`leading`) or end, and the mark.
fn strip_money(s: &str, leading: bool) -> Option<(&str, Mark)> {
    for (sign, currency) in SIGNS {
        let rest = if leading {
            s.strip_prefix(sign)
        } else {
            s.strip_suffix(sign)
        };
        if let Some(rest) = rest {
            return Some((rest, Mark::Money(sign, currency)));
        }
    }
    for currency in Currency::ALL {
        let code = currency.code();
        let n = code.len();
        let (part, rest) = if leading {
            (s.get(..n), s.get(n..))
        } else {
            (
                s.get(s.len().saturating_sub(n)..),
                s.get(..s.len().saturating_sub(n)),
            )
        };
        if let (Some(part), Some(rest)) = (part, rest) {
            if s.len() > n && part.eq_ignore_ascii_case(code) {
                return Some((rest, Mark::Money(code, Some(currency))));
            }
        }
    }
    None
}

/// `s` without what a key accepts after its number, and what it was.
fn strip_suffix(key: Key, s: &str) -> Option<(&str, Mark)> {
    if let Some(found) = strip_money(s, false) {
        return Some(found);
    }
    if let Some(rest) = CENTS.iter().find_map(|c| s.strip_suffix(c)) {
        return Some((rest, Mark::Cent));
    }
    if key.unit().starts_with('%') {
        if let Some(rest) = s.strip_suffix('%') {
            return Some((rest, Mark::Percent));
        }
    }
    let base = key.metric()?;
    // The unit without its own prefix (`H/s` of `TH/s`), whole or without `/s`.
    let unit = if base == 0 { "" } else { key.unit().get(1..)? };
    let bare = unit.strip_suffix("/s").unwrap_or(unit);
    for tail in [unit, bare, ""] {
        let Some(head) = s.len().checked_sub(tail.len() + 1) else {
            continue;
        };
        let (Some(rest), Some(letter), Some(after)) =
            (s.get(..head), s.get(head..head + 1), s.get(head + 1..))
        else {
            continue;
        };
        if !after.eq_ignore_ascii_case(tail) {
            continue;
        }
        let power = match letter {
            "T" | "t" => 12,
            "P" | "p" => 15,
            "E" | "e" => 18,
            _ => continue,
        };
        return Some((rest, Mark::Prefix(power - base)));
    }
    None
}

/// Reads what a person typed into the field of `key` as the key's link text; amounts
/// are in `currency` (`cur`, or `scur` for the surcharge bands, whose one value is read
/// under the key `sur`). An empty text stays empty (whether that is allowed is the
/// key's to say), a text the link format takes is returned as it is, trimmed, and the
/// text of a key that is not a number (a date, a window of hours) as it was typed.
pub fn read(key: Key, text: &str, currency: Currency) -> Result<String, Misread> {
    if !key.is_number() && key.kind() != Kind::Bands {
        return Ok(text.to_owned());
    }
    let s = text.trim();
    if s.is_empty() || parse_f64(s).is_some_and(f64::is_finite) {
        return Ok(s.to_owned());
    }
    let s = s.replace('\u{2212}', "-");
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s.as_str()),
    };
    let (s, lead) = match strip_money(s, true) {
        Some((rest, mark)) => (rest.trim_start(), Some(mark)),
        None => (s, None),
    };
    // A minus after a leading sign: `$-5`.
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) if !negative && lead.is_some() => (true, rest.trim_start()),
        _ => (negative, s),
    };
    let (s, tail) = match strip_suffix(key, s) {
        Some((rest, mark)) if lead.is_none() => (rest.trim_end(), Some(mark)),
        Some(_) => return Err(Misread::NotANumber),
        None => (s, None),
    };
    // The number first: a mark beside no number is no mark (`abc` is no 2 cents).
    let (int, frac) = digits(s)?;
    let field = field_currency(key, currency);
    let shift = match lead.or(tail) {
        Some(Mark::Money(mark, of)) if of.is_none() || of != field => {
            return Err(Misread::Currency { mark, field });
        }
        Some(Mark::Cent) if !matches!(field, Some(Currency::Usd | Currency::Eur)) => {
            return Err(Misread::Currency { mark: "¢", field });
        }
        Some(Mark::Cent) => -2,
        Some(Mark::Prefix(power)) => power,
        Some(Mark::Money(..) | Mark::Percent) | None => 0,
    };
    Ok(decimal(negative, &int, &frac, shift))
}

/// The integer and fraction digits of a number written with thousands grouped by
/// commas or spaces and a decimal point or comma.
fn digits(s: &str) -> Result<(String, String), Misread> {
    let allowed = |c: char| c.is_ascii_digit() || c == '.' || c == ',' || SPACES.contains(&c);
    if s.is_empty() || !s.chars().all(allowed) || !s.chars().any(|c| c.is_ascii_digit()) {
        return Err(Misread::NotANumber);
    }
    let (int, frac) = match s.split_once('.') {
        Some((int, frac)) if frac.chars().all(|c| c.is_ascii_digit()) => (int, frac),
        Some((_, frac)) if frac.contains('.') => return Err(Misread::NotANumber),
        Some(_) => return Err(Misread::Separators),
        None => match s.rsplit_once(',') {
            // A comma before exactly three digits groups thousands, unless the number
            // starts with 0 (`0,050` is a decimal).
            Some((head, last))
                if last.len() == 3
                    && last.chars().all(|c| c.is_ascii_digit())
                    && !head.starts_with('0') =>
            {
                (s, "")
            }
            Some((head, last)) if !head.contains(',') && !last.is_empty() => (head, last),
            Some(_) => return Err(Misread::Separators),
            None => (s, ""),
        },
    };
    if !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(Misread::Separators);
    }
    let groups: Vec<&str> = int.split(|c| c == ',' || SPACES.contains(&c)).collect();
    let grouped = match groups.split_first() {
        Some((first, rest)) if !rest.is_empty() => {
            (1..=3).contains(&first.len())
                && !first.starts_with('0')
                && rest.iter().all(|g| g.len() == 3)
        }
        _ => true,
    };
    if !grouped {
        return Err(Misread::Separators);
    }
    Ok((groups.concat(), frac.to_owned()))
}

/// The plain decimal text of `int.frac` times ten to the `shift`, without needless
/// zeros; in exponent form when plain digits would pass the longest value a key keeps.
fn decimal(negative: bool, int: &str, frac: &str, shift: i32) -> String {
    let all = format!("{int}{frac}");
    let digits = all.trim_start_matches('0');
    if digits.is_empty() {
        return "0".to_owned();
    }
    // The value is 0.digits times ten to `point`.
    let point = int.len() as i64 - (all.len() - digits.len()) as i64 + i64::from(shift);
    let digits = digits.trim_end_matches('0');
    let n = digits.len() as i64;
    let plain = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point >= n {
        format!("{digits}{}", "0".repeat((point - n) as usize))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{a}.{b}")
    };
    let sign = if negative { "-" } else { "" };
    if plain.len() < super::key::MAX_VALUE_LEN {
        return format!("{sign}{plain}");
    }
    let (first, rest) = digits.split_at(1);
    let dot = if rest.is_empty() { "" } else { "." };
    format!("{sign}{first}{dot}{rest}e{}", point - 1)
}

/// A value's link text with its integer digits grouped by thousands (`133,790,000,000,000`),
/// as the field says it read it; a text in exponent form is left as it is.
pub fn grouped(text: &str) -> String {
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    if !int.chars().all(|c| c.is_ascii_digit()) || rest.contains(['e', 'E']) {
        return text.to_owned();
    }
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests;
