//! What is evaluated: one machine model on a plain grid connection ([`Operation`]), or a
//! fleet of up to eight models on a site in a currency ([`FleetOperation`]), and the
//! checks of their inputs against the engine's ranges. Conventions: docs/domain.md C5-C7.

use super::limits::{check, check_in, Input, InputError};
use super::money::{Currency, FxRates};
use super::site::Site;
use super::snapshot::NetworkSnapshot;
use super::units::{EnergyPrice, Fiat, Hashrate, Percent, Power};

/// How the pool pays (C5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PayoutScheme {
    /// Full pay-per-share: subsidy and transaction fees, the pool fee on both.
    #[default]
    Fpps,
    /// Pay-per-share that pays the subsidy only; transaction fees are not passed on.
    Pps,
}

/// One mining machine's specification.
/// Its `Default`, every number zero, is outside the [`limits`](crate::engine::limits):
/// a blank to set each value over, not an input.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Machine {
    pub hashrate: Hashrate,
    /// At the wall.
    pub power: Power,
}

impl Machine {
    /// Joules per terahash (C12): watts / (TH/s).
    pub fn efficiency_j_per_th(&self) -> f64 {
        self.power.watts() / self.hashrate.th_per_s()
    }
}

/// A fleet of identical machines and the terms it runs under.
/// Its `Default`, every number zero, is outside the [`limits`](crate::engine::limits):
/// a blank to set each value over, not an input.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Operation {
    pub machine: Machine,
    pub units: u32,
    pub power_price: EnergyPrice,
    pub pool_fee: Percent,
    pub payout: PayoutScheme,
    /// Share of the time hashing; scales both hashing and electricity (C6).
    pub uptime: Percent,
    /// Purchase cost of one machine.
    pub hardware_cost: Fiat,
}

impl Operation {
    /// Checks every input against its range in `limits`.
    pub fn validate(&self) -> Result<(), InputError> {
        check(Input::Hashrate, self.machine.hashrate.th_per_s())?;
        check(Input::Power, self.machine.power.watts())?;
        check(Input::Units, f64::from(self.units))?;
        check(Input::PowerPrice, self.power_price.amount_per_kwh())?;
        check(Input::PoolFee, self.pool_fee.percent())?;
        check(Input::Uptime, self.uptime.percent())?;
        check(Input::HardwareCost, self.hardware_cost.amount())?;
        Ok(())
    }
}

/// One machine model of a fleet, and how many of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Line {
    pub machine: Machine,
    pub units: u32,
    /// Purchase cost of one machine.
    pub hardware_cost: Fiat,
}

/// A fleet of one or more machine models on a site, with its money in one currency.
#[derive(Debug, Clone, PartialEq)]
pub struct FleetOperation {
    /// At least one.
    pub lines: Vec<Line>,
    /// Base (off-peak) tariff.
    pub power_price: EnergyPrice,
    pub pool_fee: Percent,
    pub payout: PayoutScheme,
    pub uptime: Percent,
    pub site: Site,
    /// The currency of every fiat amount here and in the results.
    pub currency: Currency,
    /// How other currencies convert: the network's BTC price is in US dollars, a
    /// surcharge table in its own currency.
    pub rates: FxRates,
}

impl From<&Operation> for FleetOperation {
    /// The one-model operation: dollars, a plain grid connection.
    fn from(op: &Operation) -> Self {
        FleetOperation {
            lines: vec![Line {
                machine: op.machine,
                units: op.units,
                hardware_cost: op.hardware_cost,
            }],
            power_price: op.power_price,
            pool_fee: op.pool_fee,
            payout: op.payout,
            uptime: op.uptime,
            site: Site::default(),
            currency: Currency::Usd,
            rates: FxRates::default(),
        }
    }
}

impl FleetOperation {
    /// Checks every input against its range, money in its currency.
    pub fn validate(&self) -> Result<(), InputError> {
        let k = self.rates.per_usd(self.currency);
        check(Input::ExchangeRate, k)?;
        if self.lines.is_empty() {
            return Err(InputError {
                input: Input::Units,
                value: 0.0,
                per_usd: 1.0,
            });
        }
        for line in &self.lines {
            check(Input::Hashrate, line.machine.hashrate.th_per_s())?;
            check(Input::Power, line.machine.power.watts())?;
            check(Input::Units, f64::from(line.units))?;
            check_in(Input::HardwareCost, line.hardware_cost.amount(), k)?;
        }
        check_in(Input::PowerPrice, self.power_price.amount_per_kwh(), k)?;
        check(Input::PoolFee, self.pool_fee.percent())?;
        check(Input::Uptime, self.uptime.percent())?;
        let s = &self.site;
        if let Some(mw) = s.capacity_mw {
            check(Input::Capacity, mw)?;
        }
        check(Input::Pue, s.pue)?;
        check_in(Input::HostingPerKwh, s.hosting_per_kwh.amount_per_kwh(), k)?;
        check_in(Input::HostingFee, s.hosting_fee_per_month.amount(), k)?;
        check(Input::CurtailedHours, s.curtailed_hours)?;
        check_in(
            Input::CurtailmentCredit,
            s.curtailment_credit_per_mwh.amount(),
            k,
        )?;
        if let Some(t) = s.time_of_use {
            check_in(Input::PeakPrice, t.peak_price.amount_per_kwh(), k)?;
            check(Input::PeakHour, t.hours)?;
        }
        if let Some(g) = s.carbon_g_per_kwh {
            check(Input::CarbonIntensity, g)?;
        }
        let ks = self.rates.per_usd(s.surcharge.currency);
        check(Input::ExchangeRate, ks)?;
        for t in &s.surcharge.tiers {
            check_in(Input::Surcharge, t.per_kwh, ks)?;
            check_in(Input::SurchargeFrom, t.from_price, ks)?;
        }
        Ok(())
    }
}

/// Validates the network side.
pub(crate) fn validate_network(network: &NetworkSnapshot) -> Result<(), InputError> {
    check(Input::Difficulty, network.difficulty.get())?;
    // Heights are u64: the f64 is exact for every height the range admits.
    check(Input::Height, network.height as f64)?;
    check(Input::TxFees, network.avg_fees_per_block.to_btc().btc())?;
    check(Input::BtcPrice, network.btc_price.amount_per_btc())?;
    Ok(())
}
