//! Currencies and the explicit rates between them.
//!
//! Every fiat amount of a scenario is in one currency, the scenario's. Figures that come
//! in another one (the BTC price of a network snapshot in US dollars, a tariff surcharge
//! in tenge) enter the arithmetic only through [`FxRates::convert`]: there is no implicit
//! conversion anywhere in the engine.

/// A currency hashwatt can show figures in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Currency {
    #[default]
    Usd,
    Kzt,
    Eur,
    Cny,
    Rub,
}

impl Currency {
    pub const ALL: [Currency; 5] = [
        Currency::Usd,
        Currency::Kzt,
        Currency::Eur,
        Currency::Cny,
        Currency::Rub,
    ];

    /// The ISO 4217 code, as written in links and given to `Intl.NumberFormat`.
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Kzt => "KZT",
            Currency::Eur => "EUR",
            Currency::Cny => "CNY",
            Currency::Rub => "RUB",
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            Currency::Usd => "US dollar",
            Currency::Kzt => "Kazakh tenge",
            Currency::Eur => "euro",
            Currency::Cny => "Chinese yuan",
            Currency::Rub => "Russian rouble",
        }
    }

    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == code)
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// Units of each currency per US dollar. The dollar's own rate is 1 by definition.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FxRates {
    per_usd: [f64; 5],
}

impl Default for FxRates {
    /// Only the dollar: every other rate is 1 until set. Used where no conversion can
    /// happen (a scenario in dollars with no foreign-currency term).
    fn default() -> Self {
        FxRates { per_usd: [1.0; 5] }
    }
}

impl FxRates {
    /// Rates from units per dollar of KZT, EUR, CNY and RUB.
    pub const fn new(kzt: f64, eur: f64, cny: f64, rub: f64) -> Self {
        FxRates {
            per_usd: [1.0, kzt, eur, cny, rub],
        }
    }

    /// Units of `currency` per US dollar.
    pub fn per_usd(&self, currency: Currency) -> f64 {
        self.per_usd[currency.index()]
    }

    /// The same rates with `currency` at `units_per_usd` (the dollar stays 1).
    pub fn with(mut self, currency: Currency, units_per_usd: f64) -> Self {
        if currency != Currency::Usd {
            self.per_usd[currency.index()] = units_per_usd;
        }
        self
    }

    /// `amount` of `from` expressed in `to`, through the dollar.
    pub fn convert(&self, amount: f64, from: Currency, to: Currency) -> f64 {
        if from == to {
            amount
        } else {
            amount / self.per_usd(from) * self.per_usd(to)
        }
    }
}

/// Exchange rates shipped as defaults, and when they were read. Every one is editable.
pub struct ShippedRates {
    pub date: &'static str,
    pub rates: FxRates,
    /// Where the figures come from, for the page.
    pub source: &'static str,
}

/// Approximate mid-market rates of early 2026, beside the network snapshot.
pub const SHIPPED_RATES: ShippedRates = ShippedRates {
    date: "2026-03-20",
    rates: FxRates::new(515.0, 0.87, 7.2, 80.0),
    source: "approximate mid-market rates, early 2026 (USD/KZT about 510-520, docs/domain.md §6); edit them to your own rate",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversion_goes_through_the_dollar_and_back() {
        let r = FxRates::new(500.0, 0.9, 7.0, 80.0);
        assert_eq!(r.convert(1.0, Currency::Usd, Currency::Kzt), 500.0);
        assert_eq!(r.convert(1_000.0, Currency::Kzt, Currency::Usd), 2.0);
        assert!((r.convert(9.0, Currency::Eur, Currency::Kzt) - 5_000.0).abs() < 1e-9);
        assert_eq!(r.convert(3.0, Currency::Rub, Currency::Rub), 3.0);
        assert_eq!(r.with(Currency::Usd, 2.0).per_usd(Currency::Usd), 1.0);
        for c in Currency::ALL {
            assert_eq!(Currency::from_code(c.code()), Some(c));
        }
    }
}
