//! Figures as text, in the browser's locale through `Intl.NumberFormat` (grouping,
//! decimal mark and currency placement are the browser's). How many digits each kind of
//! figure gets is decided here, in [`Style::digits`], and tested natively.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::Intl::{
    CurrencyDisplay, NumberFormat, NumberFormatNotation, NumberFormatOptions, NumberFormatStyle,
};
use wasm_bindgen::JsValue;

use crate::engine::money::Currency;

/// What kind of figure a number is, which decides its digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// An amount of money: cents below 10,000, whole units above.
    Money,
    /// A price per kWh: up to four decimals (tenths of a cent).
    MoneyPerKwh,
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
    /// The digits that show `value` usefully: enough to tell it from zero, no more
    /// than the inputs justify.
    pub fn digits(self, value: f64) -> Digits {
        let a = value.abs();
        match self {
            Style::Compact => Digits::Significant(3),
            Style::Money if a >= 10_000.0 => Digits::Fraction(0, 0),
            Style::Money if a == 0.0 || a >= 0.1 => Digits::Fraction(2, 2),
            Style::Money | Style::MoneyPerKwh if a > 0.0 && a < 0.001 => Digits::Significant(3),
            Style::MoneyPerKwh => Digits::Fraction(2, 4),
            Style::Money => Digits::Significant(3),
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
    /// Built formatters by currency, style and digits: constructing an
    /// `Intl.NumberFormat` costs far more than formatting with one, and a schedule
    /// formats hundreds of figures. Not state: the same key always gives the same
    /// formatter.
    static FORMATTERS: RefCell<HashMap<(Currency, Style, Digits), NumberFormat>> = RefCell::new(HashMap::new());
    /// The currency money figures are shown in: the scenario's, set by the app as it
    /// renders (one app per page; an embed is a page of its own).
    static CURRENCY: std::cell::Cell<Currency> = const { std::cell::Cell::new(Currency::Usd) };
}

/// Sets the currency of every money figure formatted from now on.
pub fn set_currency(currency: Currency) {
    CURRENCY.with(|c| c.set(currency));
}

/// The currency money figures are shown in.
pub fn currency() -> Currency {
    CURRENCY.with(std::cell::Cell::get)
}

fn formatter(currency: Currency, style: Style, digits: Digits) -> NumberFormat {
    let options = NumberFormatOptions::new();
    match style {
        Style::Money | Style::MoneyPerKwh => {
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

/// `value` as the browser's locale writes it, with the currency for money styles.
pub fn format(value: f64, style: Style) -> String {
    // Negative zero (nothing running) reads as zero, not "-0".
    let value = if value == 0.0 { 0.0 } else { value };
    let digits = style.digits(value);
    let currency = currency();
    let text = FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let formatter = cache
            .entry((currency, style, digits))
            .or_insert_with(|| formatter(currency, style, digits));
        formatter
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

    #[track_caller]
    fn case(style: Style, value: f64, digits: Digits) {
        assert_eq!(style.digits(value), digits, "{style:?} {value}");
    }

    #[test]
    fn digits_follow_magnitude() {
        case(Style::Money, 7.54, Digits::Fraction(2, 2));
        case(Style::Money, -123_456.0, Digits::Fraction(0, 0));
        case(Style::Money, 0.0, Digits::Fraction(2, 2));
        case(Style::Money, 0.004, Digits::Significant(3));
        case(Style::MoneyPerKwh, 0.0318, Digits::Fraction(2, 4));
        case(Style::MoneyPerKwh, 0.0000318, Digits::Significant(3));
        case(Style::Btc, 0.0000838, Digits::Fraction(8, 8));
        case(Style::Btc, 12.5, Digits::Fraction(4, 4));
        case(Style::Percent, 0.0000002, Digits::Significant(3));
        case(Style::Percent, -0.25, Digits::Fraction(0, 2));
        case(Style::Decimals(1), 958.3, Digits::Fraction(0, 1));
        case(Style::Decimals(1), 0.0035, Digits::Significant(3));
    }
}
