//! Quantities with their units (docs/domain.md C12: SI decimal prefixes).
//!
//! Each type keeps its value private and names the unit in its constructors and
//! accessors, so a signature says what goes in and out. Expected values (fractions of a
//! satoshi a day) stay `f64`; whole amounts on the chain are [`Sats`]. Each one's
//! `Default` is zero.

use std::ops::{Add, Mul, Sub};

/// Satoshis in one bitcoin (Bitcoin Core `COIN`).
pub const SATS_PER_BTC: u64 = 100_000_000;

/// A hashrate. Kept in TH/s, the unit users enter, so that a value read from a link
/// writes back to the same text.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Hashrate(f64);

impl Hashrate {
    pub fn from_hashes_per_second(hs: f64) -> Self {
        Self(hs / 1e12)
    }
    pub const fn from_th_per_s(th: f64) -> Self {
        Self(th)
    }
    pub fn hashes_per_second(self) -> f64 {
        self.0 * 1e12
    }
    pub fn th_per_s(self) -> f64 {
        self.0
    }
    pub fn ph_per_s(self) -> f64 {
        self.0 / 1e3
    }
    pub fn eh_per_s(self) -> f64 {
        self.0 / 1e6
    }
}

/// Electrical power at the wall, in watts.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Power(f64);

impl Power {
    pub const fn from_watts(w: f64) -> Self {
        Self(w)
    }
    pub fn watts(self) -> f64 {
        self.0
    }
    pub fn kilowatts(self) -> f64 {
        self.0 / 1e3
    }
    pub fn megawatts(self) -> f64 {
        self.0 / 1e6
    }
}

/// Electrical energy, in kilowatt-hours.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Energy(f64);

impl Energy {
    pub const fn from_kwh(kwh: f64) -> Self {
        Self(kwh)
    }
    pub fn kwh(self) -> f64 {
        self.0
    }
}

/// An amount of fiat money, in the currency of what holds it (a fleet operation says
/// which: [`super::economics::FleetOperation::currency`]).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Fiat(f64);

impl Fiat {
    pub const ZERO: Fiat = Fiat(0.0);
    pub const fn new(amount: f64) -> Self {
        Self(amount)
    }
    pub fn amount(self) -> f64 {
        self.0
    }
}

impl Add for Fiat {
    type Output = Fiat;
    fn add(self, rhs: Fiat) -> Fiat {
        Fiat(self.0 + rhs.0)
    }
}

impl Sub for Fiat {
    type Output = Fiat;
    fn sub(self, rhs: Fiat) -> Fiat {
        Fiat(self.0 - rhs.0)
    }
}

impl Mul<f64> for Fiat {
    type Output = Fiat;
    fn mul(self, k: f64) -> Fiat {
        Fiat(self.0 * k)
    }
}

/// Price of electricity: fiat per kilowatt-hour.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct EnergyPrice(f64);

impl EnergyPrice {
    pub const fn per_kwh(price: f64) -> Self {
        Self(price)
    }
    pub fn amount_per_kwh(self) -> f64 {
        self.0
    }
}

impl Mul<EnergyPrice> for Energy {
    type Output = Fiat;
    fn mul(self, price: EnergyPrice) -> Fiat {
        Fiat(self.0 * price.0)
    }
}

/// Price of one bitcoin in fiat.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct BtcPrice(f64);

impl BtcPrice {
    pub const fn per_btc(price: f64) -> Self {
        Self(price)
    }
    pub fn amount_per_btc(self) -> f64 {
        self.0
    }
}

/// A whole number of satoshis, as the chain counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Sats(u64);

impl Sats {
    pub const ZERO: Sats = Sats(0);
    pub const fn from_sat(sat: u64) -> Self {
        Self(sat)
    }
    pub const fn to_sat(self) -> u64 {
        self.0
    }
    /// Exact for every amount below 2^53 sat (all bitcoin that will ever exist).
    pub fn to_btc(self) -> Btc {
        Btc(self.0 as f64 / SATS_PER_BTC as f64)
    }
    pub const fn saturating_add(self, rhs: Sats) -> Sats {
        Sats(self.0.saturating_add(rhs.0))
    }
}

/// An expected (fractional) amount of bitcoin, in BTC.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Btc(f64);

impl Btc {
    pub const ZERO: Btc = Btc(0.0);
    pub const fn from_btc(btc: f64) -> Self {
        Self(btc)
    }
    pub fn btc(self) -> f64 {
        self.0
    }
    pub fn sats(self) -> f64 {
        self.0 * SATS_PER_BTC as f64
    }
}

impl Mul<f64> for Btc {
    type Output = Btc;
    fn mul(self, k: f64) -> Btc {
        Btc(self.0 * k)
    }
}

impl Mul<BtcPrice> for Btc {
    type Output = Fiat;
    fn mul(self, price: BtcPrice) -> Fiat {
        Fiat(self.0 * price.0)
    }
}

/// Network difficulty: expected hashes per block are difficulty x 2^32 (docs/domain.md C1).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Difficulty(f64);

impl Difficulty {
    pub const fn new(difficulty: f64) -> Self {
        Self(difficulty)
    }
    pub fn get(self) -> f64 {
        self.0
    }
}

/// A percentage (pool fee, uptime). Kept in percent, the unit users enter, so that a
/// value read from a link writes back to the same text; [`Percent::fraction`] is the
/// share of a whole used in arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Percent(f64);

impl Percent {
    pub const HUNDRED: Percent = Percent(100.0);
    pub const fn new(percent: f64) -> Self {
        Self(percent)
    }
    pub fn percent(self) -> f64 {
        self.0
    }
    /// The share of a whole: 2 % is 0.02.
    pub fn fraction(self) -> f64 {
        self.0 / 100.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn si_prefixes_are_decimal() {
        let h = Hashrate::from_th_per_s(1.0);
        assert_eq!(h.hashes_per_second(), 1e12);
        assert_eq!(Hashrate::from_hashes_per_second(1e18).eh_per_s(), 1.0);
        assert_eq!(Hashrate::from_hashes_per_second(1e15).ph_per_s(), 1.0);
        assert_eq!(Power::from_watts(3_500.0).kilowatts(), 3.5);
    }

    #[test]
    fn sats_to_btc_is_exact() {
        assert_eq!(Sats::from_sat(312_500_000).to_btc().btc(), 3.125);
        assert_eq!(Sats::from_sat(1).to_btc().btc(), 1e-8);
    }

    #[test]
    fn money_multiplies_with_its_unit() {
        assert_eq!(
            (Energy::from_kwh(84.0) * EnergyPrice::per_kwh(0.05)).amount(),
            84.0 * 0.05
        );
        assert_eq!(
            (Btc::from_btc(0.5) * BtcPrice::per_btc(60_000.0)).amount(),
            30_000.0
        );
    }
}
