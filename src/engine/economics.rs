//! What a machine, and a fleet of them, earns and costs a day at one network snapshot.
//!
//! [`Operation`] is the miner's side (machine, count, power price, pool, uptime,
//! hardware cost); [`evaluate`] combines it with a [`NetworkSnapshot`] into
//! [`Economics`]. Conventions: DOMAIN.md C3-C10.

use super::limits::{check, Input, InputError};
use super::protocol::implied_network_hashrate;
use super::snapshot::NetworkSnapshot;
use super::units::{Btc, BtcPrice, Energy, EnergyPrice, Fiat, Hashrate, Percent, Power};

/// Hours in a day.
const HOURS_PER_DAY: f64 = 24.0;

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
#[derive(Debug, Clone, Copy, PartialEq)]
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
#[derive(Debug, Clone, Copy, PartialEq)]
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

/// Validates the network side.
fn validate_network(network: &NetworkSnapshot) -> Result<(), InputError> {
    check(Input::Difficulty, network.difficulty.get())?;
    // Heights are u64: the f64 is exact for every height the range admits.
    check(Input::Height, network.height as f64)?;
    check(Input::TxFees, network.avg_fees_per_block.to_btc().btc())?;
    check(Input::BtcPrice, network.btc_price.amount_per_btc())?;
    Ok(())
}

/// The daily flows of one unit or of the whole fleet.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DailyFigures {
    /// Expected BTC credited before the pool fee (for PPS, without transaction fees).
    pub btc_gross: Btc,
    /// Expected BTC after the pool fee.
    pub btc_net: Btc,
    /// Fiat value of `btc_net`.
    pub revenue: Fiat,
    pub energy_kwh: f64,
    pub power_cost: Fiat,
    pub profit: Fiat,
}

impl DailyFigures {
    /// Every flow multiplied by `factor`: a number of days (30 for a month, 365 for a
    /// year) or a number of identical units.
    pub fn times(&self, factor: f64) -> DailyFigures {
        DailyFigures {
            btc_gross: self.btc_gross * factor,
            btc_net: self.btc_net * factor,
            revenue: self.revenue * factor,
            energy_kwh: self.energy_kwh * factor,
            power_cost: self.power_cost * factor,
            profit: self.profit * factor,
        }
    }
}

/// Everything hashwatt reports for an operation at one snapshot.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Economics {
    pub per_unit: DailyFigures,
    pub fleet: DailyFigures,
    /// Profit / revenue; `None` when there is no revenue.
    pub margin: Option<f64>,
    /// Power price at which daily profit is zero (C8).
    pub break_even_power_price: Option<EnergyPrice>,
    /// BTC price at which daily profit is zero.
    pub break_even_btc_price: Option<BtcPrice>,
    /// Fiat per PH/s per day, fees included, before the pool fee (C9).
    pub hashprice_per_ph_day: Fiat,
    /// Fiat per TH/s per day.
    pub hashprice_per_th_day: Fiat,
    /// Electricity cost of one BTC mined (after the pool fee).
    pub power_cost_per_btc: Option<Fiat>,
    pub efficiency_j_per_th: f64,
    /// Hardware cost / daily profit (C10); `None` unless both are positive.
    pub payback_days: Option<f64>,
    pub network_hashrate: Hashrate,
    /// Fleet nameplate hashrate / implied network hashrate.
    pub network_share: f64,
    /// Fleet draw at the wall while running.
    pub fleet_power: Power,
}

/// `Some(x)` when `x` is a finite number.
fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// Computes the economics of `operation` at `network`, after checking every input.
pub fn evaluate(operation: &Operation, network: &NetworkSnapshot) -> Result<Economics, InputError> {
    operation.validate()?;
    validate_network(network)?;

    let machine = operation.machine;
    let uptime = operation.uptime.fraction();
    let keep = 1.0 - operation.pool_fee.fraction();

    let full_day = network.expected_btc_per_day(machine.hashrate);
    let btc_gross = match operation.payout {
        PayoutScheme::Fpps => full_day * uptime,
        PayoutScheme::Pps => {
            let subsidy_share =
                network.subsidy().to_btc().btc() / network.block_reward().to_btc().btc();
            // block_reward is zero only when the subsidy is zero too: nothing is paid.
            full_day * (uptime * finite(subsidy_share).unwrap_or(0.0))
        }
    };
    let btc_net = btc_gross * keep;
    let revenue = btc_net * network.btc_price;
    let energy_kwh = machine.power.kilowatts() * HOURS_PER_DAY * uptime;
    let power_cost = Energy::from_kwh(energy_kwh) * operation.power_price;
    let per_unit = DailyFigures {
        btc_gross,
        btc_net,
        revenue,
        energy_kwh,
        power_cost,
        profit: revenue - power_cost,
    };
    let fleet = per_unit.times(f64::from(operation.units));

    let hashprice_per_ph_day = network.hashprice_per_ph_day();
    let network_hashrate = implied_network_hashrate(network.difficulty);
    let fleet_hashrate = machine.hashrate.hashes_per_second() * f64::from(operation.units);
    let total_hardware = operation.hardware_cost.amount() * f64::from(operation.units);
    let positive = |x: f64| (x > 0.0).then_some(x);

    Ok(Economics {
        per_unit,
        fleet,
        margin: positive(revenue.amount()).and_then(|r| finite(per_unit.profit.amount() / r)),
        break_even_power_price: positive(energy_kwh)
            .and_then(|e| finite(revenue.amount() / e))
            .map(EnergyPrice::per_kwh),
        break_even_btc_price: positive(btc_net.btc())
            .and_then(|b| finite(power_cost.amount() / b))
            .map(BtcPrice::per_btc),
        hashprice_per_ph_day,
        hashprice_per_th_day: hashprice_per_ph_day * 1e-3,
        power_cost_per_btc: positive(btc_net.btc())
            .and_then(|b| finite(power_cost.amount() / b))
            .map(Fiat::new),
        efficiency_j_per_th: machine.efficiency_j_per_th(),
        payback_days: positive(total_hardware)
            .zip(positive(fleet.profit.amount()))
            .and_then(|(cost, profit)| finite(cost / profit)),
        network_hashrate,
        network_share: fleet_hashrate / network_hashrate.hashes_per_second(),
        fleet_power: Power::from_watts(machine.power.watts() * f64::from(operation.units)),
    })
}
