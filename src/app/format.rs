//! Figures as text, in the browser's locale through `Intl.NumberFormat` (grouping,
//! decimal mark and currency placement are the browser's). How many digits each kind of
//! figure gets is decided here, in [`Style::digits`], and tested natively: one precision
//! per unit, so that a column of figures reads at one precision. A negative figure gets
//! a real minus sign (U+2212) that never wraps apart from its amount ([`typeset`]).

use std::cell::RefCell;

use js_sys::Intl::{
    CurrencyDisplay, NumberFormat, NumberFormatNotation, NumberFormatOptions, NumberFormatStyle,
};
use wasm_bindgen::JsValue;

use crate::engine::money::Currency;

/// What kind of figure a number is, which decides its digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// An amount of money in a currency, with its symbol where the locale uses one
    /// ("$", "₸"): always to two decimals.
    Money(Currency),
    /// A small price per unit in a currency (per kWh, per TH/s a day): four significant
    /// digits, so that tenths of a cent show and tenge do not get four decimals.
    UnitPrice(Currency),
    /// Bitcoin: always to the satoshi (eight decimals).
    Btc,
    /// A number in short form for axis labels ("1.2M"), the unit stated once beside.
    Compact,
    /// A fraction shown as a percentage.
    Percent,
    /// A plain quantity with at most this many decimals.
    Decimals(u8),
    /// A plain quantity with exactly this many decimals: a column of one unit.
    Fixed(u8),
}

/// Digits for one figure: either fraction digits or significant digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Digits {
    /// Minimum and maximum fraction digits.
    Fraction(u8, u8),
    /// Minimum and maximum significant digits.
    Significant(u8, u8),
}

impl Style {
    /// Money in the currency it is shown in: a placeholder for tables of rows and for
    /// [`Figure`](crate::app::components::figure::Figure), which put it in the page's
    /// currency with [`Style::in_currency`].
    pub const MONEY: Style = Style::Money(Currency::Usd);
    /// A price per kWh in the currency it is shown in (see [`Style::MONEY`]).
    pub const PER_KWH: Style = Style::UnitPrice(Currency::Usd);
    /// A price per TH/s a day in the currency it is shown in (see [`Style::MONEY`]).
    pub const PER_TH_DAY: Style = Style::UnitPrice(Currency::Usd);

    /// The same style with money in `currency`; other styles as they are.
    pub fn in_currency(self, currency: Currency) -> Style {
        match self {
            Style::Money(_) => Style::Money(currency),
            Style::UnitPrice(_) => Style::UnitPrice(currency),
            other => other,
        }
    }

    /// The digits that show `value` usefully. Money, unit prices and BTC get one
    /// precision whatever their size, so that figures of one unit line up in a column;
    /// plain quantities get enough digits to tell a small one from zero.
    pub fn digits(self, value: f64) -> Digits {
        let a = value.abs();
        match self {
            Style::Compact => Digits::Significant(1, 3),
            Style::Money(_) => Digits::Fraction(2, 2),
            // Zero has no significant digits: "0.00", not "0.000".
            Style::UnitPrice(_) if a == 0.0 => Digits::Fraction(2, 2),
            Style::UnitPrice(_) => Digits::Significant(4, 4),
            Style::Btc => Digits::Fraction(8, 8),
            Style::Percent if a > 0.0 && a < 0.0001 => Digits::Significant(1, 3),
            Style::Percent => Digits::Fraction(0, 2),
            Style::Decimals(_) if a > 0.0 && a < 0.01 => Digits::Significant(1, 3),
            Style::Decimals(max) => Digits::Fraction(0, max),
            Style::Fixed(n) => Digits::Fraction(n, n),
        }
    }
}

/// `value`, or zero when it rounds to zero at `digits`: a loss of a tenth of a cent
/// shows as "$0.00", not "−$0.00".
fn settled(value: f64, digits: Digits) -> f64 {
    match digits {
        Digits::Fraction(_, max) if (value * 10f64.powi(i32::from(max))).round() == 0.0 => 0.0,
        _ => value,
    }
}

/// Intl's text with a real minus sign: the hyphen-minus it writes becomes U+2212, and a
/// word joiner (U+2060) ties it to a currency symbol after it ("−$5.00"), where a line
/// could otherwise break (before a digit it cannot). Number formats write no other
/// hyphen.
pub fn typeset(intl: &str) -> String {
    let mut out = String::with_capacity(intl.len() + 6);
    let mut chars = intl.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '-' || c == '\u{2212}' {
            out.push('\u{2212}');
            if chars.peek().is_some_and(|next| !next.is_numeric()) {
                out.push('\u{2060}');
            }
        } else {
            out.push(c);
        }
    }
    out
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
        Style::Money(currency) | Style::UnitPrice(currency) => {
            options.set_style(NumberFormatStyle::Currency);
            options.set_currency(currency.code());
            // "$", "€", "₸", "₽", "¥" where the locale writes one: the currency is
            // named in words beside the results (Assumptions).
            options.set_currency_display(CurrencyDisplay::NarrowSymbol);
        }
        Style::Compact => {
            options.set_style(NumberFormatStyle::Decimal);
            options.set_notation(NumberFormatNotation::Compact);
        }
        Style::Percent => options.set_style(NumberFormatStyle::Percent),
        Style::Btc | Style::Decimals(_) | Style::Fixed(_) => {
            options.set_style(NumberFormatStyle::Decimal)
        }
    }
    match digits {
        Digits::Fraction(min, max) => {
            options.set_minimum_fraction_digits(min);
            options.set_maximum_fraction_digits(max);
        }
        Digits::Significant(min, max) => {
            options.set_minimum_significant_digits(min);
            options.set_maximum_significant_digits(max);
        }
    }
    NumberFormat::new(&js_sys::Array::new(), &options)
}

/// `value` as the browser's locale writes it, with the currency of a money style.
pub fn format(value: f64, style: Style) -> String {
    let digits = style.digits(value);
    // Negative zero (nothing running) and what rounds to zero read as zero, not "−0".
    let value = settled(value, digits);
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
    typeset(&text.unwrap_or_else(|| value.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MONEY: Style = Style::MONEY;
    const PER_KWH: Style = Style::PER_KWH;
    const KZT: Style = Style::Money(Currency::Kzt);
    const KZT_PER_KWH: Style = Style::UnitPrice(Currency::Kzt);

    #[track_caller]
    fn case(style: Style, value: f64, digits: Digits) {
        assert_eq!(style.digits(value), digits, "{style:?} {value}");
    }

    #[test]
    fn money_is_always_to_the_cent() {
        for v in [7.54, -123_456.0, 0.0, 0.004, -0.25, 77_123_456.5] {
            case(MONEY, v, Digits::Fraction(2, 2));
            case(KZT, v, Digits::Fraction(2, 2));
        }
    }

    #[test]
    fn unit_prices_have_four_significant_digits() {
        // 3.181 US cents, 13.72 KZT, a hashprice of 2.96 cents per TH/s a day: one
        // precision in a column of break-evens, whatever the currency.
        case(PER_KWH, 0.031_81, Digits::Significant(4, 4));
        case(PER_KWH, 0.000_031_8, Digits::Significant(4, 4));
        case(KZT_PER_KWH, 13.7234, Digits::Significant(4, 4));
        case(KZT_PER_KWH, -25.0, Digits::Significant(4, 4));
        case(Style::PER_TH_DAY, 0.0296, Digits::Significant(4, 4));
        case(PER_KWH, 0.0, Digits::Fraction(2, 2));
    }

    #[test]
    fn btc_is_always_to_the_satoshi() {
        // One column held both "4.7434 BTC" and "0.42959250 BTC".
        for v in [0.000_083_8, 0.429_592_5, 4.7434, 12.5, 1_234.0, 0.0] {
            case(Style::Btc, v, Digits::Fraction(8, 8));
        }
    }

    #[test]
    fn plain_quantities_follow_magnitude() {
        case(Style::Percent, 0.000_000_2, Digits::Significant(1, 3));
        case(Style::Percent, -0.25, Digits::Fraction(0, 2));
        case(Style::Decimals(1), 958.3, Digits::Fraction(0, 1));
        case(Style::Decimals(1), 0.0035, Digits::Significant(1, 3));
        case(Style::Compact, -1_234_567.0, Digits::Significant(1, 3));
    }

    #[test]
    fn fixed_columns_keep_their_decimals() {
        // The fleet table's PH/s column: "0.200" beside "927.000", not "0.2" beside it.
        case(Style::Fixed(3), 0.2, Digits::Fraction(3, 3));
        case(Style::Fixed(3), 927.0, Digits::Fraction(3, 3));
        case(Style::Fixed(1), 0.004, Digits::Fraction(1, 1));
        case(Style::Fixed(0), -12.0, Digits::Fraction(0, 0));
    }

    #[track_caller]
    fn settles(value: f64, digits: Digits, shown: f64) {
        let got = settled(value, digits);
        assert!(
            got == shown && got.is_sign_negative() == shown.is_sign_negative(),
            "{value} at {digits:?}: {got}"
        );
    }

    #[test]
    fn what_rounds_to_zero_is_zero_without_a_sign() {
        settles(-0.004, Digits::Fraction(2, 2), 0.0);
        settles(-0.0, Digits::Fraction(2, 2), 0.0);
        settles(-0.000_000_004, Digits::Fraction(8, 8), 0.0);
        settles(-0.005, Digits::Fraction(2, 2), -0.005);
        settles(-0.3, Digits::Fraction(0, 0), 0.0);
        settles(-0.000_031, Digits::Significant(4, 4), -0.000_031);
        settles(12.5, Digits::Fraction(0, 1), 12.5);
    }

    #[track_caller]
    fn typesets(intl: &str, shown: &str) {
        assert_eq!(typeset(intl), shown, "{intl}");
    }

    #[test]
    fn minus_is_a_real_minus_joined_to_its_amount() {
        typesets("-$1,234.56", "\u{2212}\u{2060}$1,234.56");
        typesets("-1,234.5", "\u{2212}1,234.5");
        typesets("-₸77,000.00", "\u{2212}\u{2060}₸77,000.00");
        // Locales that put the symbol after, or already write U+2212.
        typesets("-1.234,56\u{a0}€", "\u{2212}1.234,56\u{a0}€");
        typesets("\u{2212}12,5\u{a0}%", "\u{2212}12,5\u{a0}%");
        typesets("-3.9M", "\u{2212}3.9M");
        typesets("$1,234.56", "$1,234.56");
        typesets("", "");
    }
}
