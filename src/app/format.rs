//! Figures as text, in the browser's locale through `Intl.NumberFormat` (grouping,
//! decimal mark and currency placement are the browser's). How many digits each kind of
//! figure gets is decided here, in [`Style::digits`], and tested natively.

use std::cell::RefCell;

use js_sys::Intl::{
    CurrencyDisplay, NumberFormat, NumberFormatNotation, NumberFormatOptions, NumberFormatStyle,
};
use wasm_bindgen::JsValue;

use crate::engine::money::Currency;

/// What kind of figure a number is, which decides its digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// An amount of money in a currency: cents below 10,000, whole units above.
    Money(Currency),
    /// A price per kWh in a currency: up to four decimals (tenths of a cent).
    MoneyPerKwh(Currency),
    /// Bitcoin: to the satoshi below 1 BTC.
    Btc,
    /// A number in short form for axis labels ("1.2M"), the unit stated once beside.
    Compact,
    /// A fraction shown as a percentage.
    Percent,
    /// A plain quantity with at most this many decimals.
    Decimals(u8),
}

/// Digits for one figure: either fraction digits or significant digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Digits {
    /// Minimum and maximum fraction digits.
    Fraction(u8, u8),
    /// Maximum significant digits (for small magnitudes that would round to zero).
    Significant(u8),
}

impl Style {
    /// Money in the currency it is shown in: a placeholder for tables of rows and for
    /// [`Figure`](crate::app::components::figure::Figure), which put it in the page's
    /// currency with [`Style::in_currency`].
    pub const MONEY: Style = Style::Money(Currency::Usd);
    /// A price per kWh in the currency it is shown in (see [`Style::MONEY`]).
    pub const PER_KWH: Style = Style::MoneyPerKwh(Currency::Usd);

    /// The same style with money in `currency`; other styles as they are.
    pub fn in_currency(self, currency: Currency) -> Style {
        match self {
            Style::Money(_) => Style::Money(currency),
            Style::MoneyPerKwh(_) => Style::MoneyPerKwh(currency),
            other => other,
        }
    }

    /// The digits that show `value` usefully: enough to tell it from zero, no more
    /// than the inputs justify.
    pub fn digits(self, value: f64) -> Digits {
        let a = value.abs();
        match self {
            Style::Compact => Digits::Significant(3),
            Style::Money(_) if a >= 10_000.0 => Digits::Fraction(0, 0),
            Style::Money(_) if a == 0.0 || a >= 0.1 => Digits::Fraction(2, 2),
            Style::Money(_) | Style::MoneyPerKwh(_) if a > 0.0 && a < 0.001 => {
                Digits::Significant(3)
            }
            Style::MoneyPerKwh(_) => Digits::Fraction(2, 4),
            Style::Money(_) => Digits::Significant(3),
            Style::Btc if a >= 100.0 => Digits::Fraction(2, 2),
            Style::Btc if a >= 1.0 => Digits::Fraction(4, 4),
            Style::Btc => Digits::Fraction(8, 8),
            Style::Percent if a > 0.0 && a < 0.0001 => Digits::Significant(3),
            Style::Percent => Digits::Fraction(0, 2),
            Style::Decimals(_) if a > 0.0 && a < 0.01 => Digits::Significant(3),
            Style::Decimals(max) => Digits::Fraction(0, max),
        }
    }
}

thread_local! {
    /// Built formatters by style (with its currency) and digits: constructing an
    /// `Intl.NumberFormat` costs far more than formatting with one, and a schedule
    /// formats hundreds of figures. Not state: the same key always gives the same
    /// formatter. A page uses a few dozen, so a list searched in order does (and
    /// keeps a hash map's code out of the bundle).
    static FORMATTERS: RefCell<Vec<((Style, Digits), NumberFormat)>> = const { RefCell::new(Vec::new()) };
}

fn formatter(style: Style, digits: Digits) -> NumberFormat {
    let options = NumberFormatOptions::new();
    match style {
        Style::Money(currency) | Style::MoneyPerKwh(currency) => {
            options.set_style(NumberFormatStyle::Currency);
            options.set_currency(currency.code());
            options.set_currency_display(CurrencyDisplay::Code);
        }
        Style::Compact => {
            options.set_style(NumberFormatStyle::Decimal);
            options.set_notation(NumberFormatNotation::Compact);
        }
        Style::Percent => options.set_style(NumberFormatStyle::Percent),
        Style::Btc | Style::Decimals(_) => options.set_style(NumberFormatStyle::Decimal),
    }
    match digits {
        Digits::Fraction(min, max) => {
            options.set_minimum_fraction_digits(min);
            options.set_maximum_fraction_digits(max);
        }
        Digits::Significant(max) => options.set_maximum_significant_digits(max),
    }
    NumberFormat::new(&js_sys::Array::new(), &options)
}

/// `value` as the browser's locale writes it, with the currency of a money style.
pub fn format(value: f64, style: Style) -> String {
    // Negative zero (nothing running) reads as zero, not "-0".
    let value = if value == 0.0 { 0.0 } else { value };
    let digits = style.digits(value);
    let text = FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let at = match cache.iter().position(|(key, _)| *key == (style, digits)) {
            Some(at) => at,
            None => {
                cache.push(((style, digits), formatter(style, digits)));
                cache.len() - 1
            }
        };
        // `at` is a position the list has: found in it, or the entry just pushed.
        cache[at]
            .1
            .format()
            .call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()
            .and_then(|s| s.as_string())
    });
    // Intl is in every browser hashwatt supports; this only guards a broken one.
    text.unwrap_or_else(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MONEY: Style = Style::MONEY;
    const PER_KWH: Style = Style::PER_KWH;

    #[track_caller]
    fn case(style: Style, value: f64, digits: Digits) {
        assert_eq!(style.digits(value), digits, "{style:?} {value}");
    }

    #[test]
    fn digits_follow_magnitude() {
        case(MONEY, 7.54, Digits::Fraction(2, 2));
        case(MONEY, -123_456.0, Digits::Fraction(0, 0));
        case(MONEY, 0.0, Digits::Fraction(2, 2));
        case(MONEY, 0.004, Digits::Significant(3));
        case(PER_KWH, 0.0318, Digits::Fraction(2, 4));
        case(PER_KWH, 0.0000318, Digits::Significant(3));
        case(Style::Btc, 0.0000838, Digits::Fraction(8, 8));
        case(Style::Btc, 12.5, Digits::Fraction(4, 4));
        case(Style::Percent, 0.0000002, Digits::Significant(3));
        case(Style::Percent, -0.25, Digits::Fraction(0, 2));
        case(Style::Decimals(1), 958.3, Digits::Fraction(0, 1));
        case(Style::Decimals(1), 0.0035, Digits::Significant(3));
    }
}
