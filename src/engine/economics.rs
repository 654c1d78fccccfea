//! What a machine, and a fleet of them, earns and costs a day at one network snapshot.
//!
//! [`Operation`] is one machine model in dollars on a plain grid connection (machine,
//! count, power price, pool, uptime, hardware cost). [`FleetOperation`] is the general
//! case: several models, a [`Site`](super::site::Site) (capacity, overhead, hosting, curtailment, time of
//! use, surcharge, carbon) and a currency with explicit exchange rates. [`evaluate`] and
//! [`evaluate_fleet`] combine them with a [`NetworkSnapshot`] into [`Economics`].
//! Conventions: docs/domain.md C3-C10.

use super::limits::InputError;
use super::money::Currency;
use super::operation::validate_network;
pub use super::operation::{FleetOperation, Line, Machine, Operation, PayoutScheme};
use super::protocol::implied_network_hashrate;
use super::site::{DAYS_PER_MONTH, HOURS_PER_DAY};
use super::snapshot::NetworkSnapshot;
use super::units::{Btc, BtcPrice, Energy, EnergyPrice, Fiat, Hashrate, Power};

/// The daily flows of one unit, one model or the whole fleet.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DailyFigures {
    /// Expected BTC credited before the pool fee (for PPS, without transaction fees).
    pub btc_gross: Btc,
    /// Expected BTC after the pool fee.
    pub btc_net: Btc,
    /// Fiat value of `btc_net`.
    pub revenue: Fiat,
    /// Drawn by the site: the machines at the wall and the overhead (PUE).
    pub energy_kwh: f64,
    /// Everything charged per kWh: tariff, surcharge and hosting per kWh.
    pub power_cost: Fiat,
    /// The part of `power_cost` that is the surcharge.
    pub surcharge: Fiat,
    /// Hosting fees per machine.
    pub hosting_fee: Fiat,
    /// Paid for curtailed hours.
    pub curtailment_credit: Fiat,
    /// Revenue - power cost - hosting fees + curtailment credit.
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
            surcharge: self.surcharge * factor,
            hosting_fee: self.hosting_fee * factor,
            curtailment_credit: self.curtailment_credit * factor,
            profit: self.profit * factor,
        }
    }

    /// The sum of two sets of flows.
    pub fn plus(&self, o: &DailyFigures) -> DailyFigures {
        DailyFigures {
            btc_gross: Btc::from_btc(self.btc_gross.btc() + o.btc_gross.btc()),
            btc_net: Btc::from_btc(self.btc_net.btc() + o.btc_net.btc()),
            revenue: self.revenue + o.revenue,
            energy_kwh: self.energy_kwh + o.energy_kwh,
            power_cost: self.power_cost + o.power_cost,
            surcharge: self.surcharge + o.surcharge,
            hosting_fee: self.hosting_fee + o.hosting_fee,
            curtailment_credit: self.curtailment_credit + o.curtailment_credit,
            profit: self.profit + o.profit,
        }
    }

    /// The all-in price per kWh at which profit is zero (C8; uptime cancels); `None`
    /// when no energy is drawn.
    pub fn break_even_power_price(&self) -> Option<EnergyPrice> {
        let earned = self.revenue + self.curtailment_credit - self.hosting_fee;
        positive(self.energy_kwh)
            .and_then(|e| finite(earned.amount() / e))
            .map(EnergyPrice::per_kwh)
    }
}

/// One machine model's figures within the fleet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineFigures {
    pub line: Line,
    /// Units that run within the site's capacity.
    pub running_units: u32,
    pub per_unit: DailyFigures,
    /// The running units' flows.
    pub daily: DailyFigures,
    pub efficiency_j_per_th: f64,
    /// Nameplate hashrate of the running units.
    pub hashrate: Hashrate,
    /// Wall draw of the running units.
    pub power: Power,
    /// All-in price per kWh at which this model breaks even: the first to switch off
    /// as prices rise is the one with the lowest.
    pub break_even_power_price: Option<EnergyPrice>,
}

/// The site's own figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SiteFigures {
    pub units_installed: u32,
    pub units_running: u32,
    /// Installed units the capacity leaves off: not run and not bought.
    pub units_left_off: u32,
    /// Whether the capacity leaves machines off.
    pub capacity_limited: bool,
    /// Draw of the running machines with the overhead.
    pub site_power: Power,
    /// Draw of every installed machine with the overhead: what the fleet would need.
    pub site_power_installed: Power,
    /// Hours a day the machines may run, before uptime.
    pub hours_running: f64,
    pub avg_purchase_price: EnergyPrice,
    pub surcharge_per_kwh: EnergyPrice,
    pub all_in_per_kwh: EnergyPrice,
    /// Tonnes of CO2 a day; `None` without a grid intensity.
    pub co2_tonnes_per_day: Option<f64>,
    /// Kilograms of CO2 per BTC mined; `None` without an intensity or BTC.
    pub co2_kg_per_btc: Option<f64>,
}

/// Everything hashwatt reports for an operation at one snapshot. Fiat is in the
/// operation's currency.
#[derive(Debug, Clone, PartialEq)]
pub struct Economics {
    /// One unit of the first model.
    pub per_unit: DailyFigures,
    /// The running fleet.
    pub fleet: DailyFigures,
    /// Profit / revenue; `None` when there is no revenue.
    pub margin: Option<f64>,
    /// All-in power price at which daily profit is zero (C8).
    pub break_even_power_price: Option<EnergyPrice>,
    /// BTC price at which daily profit is zero, in the operation's currency.
    pub break_even_btc_price: Option<BtcPrice>,
    /// Fiat per PH/s per day, fees included, before the pool fee (C9).
    pub hashprice_per_ph_day: Fiat,
    /// Fiat per TH/s per day.
    pub hashprice_per_th_day: Fiat,
    /// Cost of the power (all per-kWh charges) of one BTC mined, after the pool fee.
    pub power_cost_per_btc: Option<Fiat>,
    /// Of the whole fleet, installed: wall watts / TH/s.
    pub efficiency_j_per_th: f64,
    /// Hardware cost of the running units / daily profit (C10); `None` unless both are
    /// positive.
    pub payback_days: Option<f64>,
    pub network_hashrate: Hashrate,
    /// Running nameplate hashrate / implied network hashrate.
    pub network_share: f64,
    /// Wall draw of the running machines, without overhead.
    pub fleet_power: Power,
    /// The BTC price in the operation's currency.
    pub btc_price: BtcPrice,
    /// Each model, in the order given.
    pub lines: Vec<LineFigures>,
    pub site: SiteFigures,
}

/// `Some(x)` when `x` is a finite number.
fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// `Some(x)` when `x` is above zero.
fn positive(x: f64) -> Option<f64> {
    (x > 0.0).then_some(x)
}

/// Computes the economics of a one-model `operation` at `network`, after checking every
/// input.
pub fn evaluate(operation: &Operation, network: &NetworkSnapshot) -> Result<Economics, InputError> {
    operation.validate()?;
    evaluate_fleet(&FleetOperation::from(operation), network)
}

/// Units of each line that run within `capacity`: the most efficient models first, so
/// that the least efficient are left off (ties in the order given).
pub fn running_units(op: &FleetOperation) -> Vec<u32> {
    let Some(capacity_mw) = op.site.capacity_mw else {
        return op.lines.iter().map(|l| l.units).collect();
    };
    let mut order: Vec<usize> = (0..op.lines.len()).collect();
    crate::small_sort::sort_by(&mut order, |&a, &b| {
        let (ea, eb) = (
            op.lines[a].machine.efficiency_j_per_th(),
            op.lines[b].machine.efficiency_j_per_th(),
        );
        ea.total_cmp(&eb)
    });
    let mut left = capacity_mw * 1e6;
    let mut running = vec![0; op.lines.len()];
    for i in order {
        let line = &op.lines[i];
        let each = op.site.site_power(line.machine.power).watts();
        let fit = (left / each).floor().clamp(0.0, f64::from(line.units));
        // Whole and within 0..=units, hence exact as u32.
        running[i] = fit as u32;
        left -= fit * each;
    }
    running
}

/// What the machines that run within the capacity cost to buy. Machines the capacity
/// leaves off are not bought: they count in no cost, payback or return.
pub fn hardware_cost(lines: &[LineFigures]) -> f64 {
    lines
        .iter()
        .map(|l| l.line.hardware_cost.amount() * f64::from(l.running_units))
        .sum()
}

/// What one unit of `machine` mines and costs a day on the operation's site.
fn unit_day(
    op: &FleetOperation,
    network: &NetworkSnapshot,
    machine: &Machine,
    price: BtcPrice,
    rates: &super::site::SiteRates,
) -> DailyFigures {
    let uptime = op.uptime.fraction();
    let keep = 1.0 - op.pool_fee.fraction();
    let on = uptime * (rates.hours.running / HOURS_PER_DAY);
    let full_day = network.expected_btc_per_day(machine.hashrate);
    let btc_gross = match op.payout {
        PayoutScheme::Fpps => full_day * on,
        PayoutScheme::Pps => {
            let subsidy_share =
                network.subsidy().to_btc().btc() / network.block_reward().to_btc().btc();
            // block_reward is zero only when the subsidy is zero too: nothing is paid.
            full_day * (on * finite(subsidy_share).unwrap_or(0.0))
        }
    };
    let btc_net = btc_gross * keep;
    let revenue = btc_net * price;
    let site_kw = op.site.site_power(machine.power).kilowatts();
    let energy_kwh = site_kw * rates.hours.running * uptime;
    let energy = Energy::from_kwh(energy_kwh);
    let surcharge = energy * rates.surcharge_per_kwh;
    let power_cost = energy * rates.all_in_per_kwh;
    let hosting_fee = op.site.hosting_fee_per_month * (1.0 / DAYS_PER_MONTH);
    let curtailed_mwh = site_kw * rates.hours.curtailed * uptime / 1e3;
    let curtailment_credit = op.site.curtailment_credit_per_mwh * curtailed_mwh;
    DailyFigures {
        btc_gross,
        btc_net,
        revenue,
        energy_kwh,
        power_cost,
        surcharge,
        hosting_fee,
        curtailment_credit,
        profit: revenue - power_cost - hosting_fee + curtailment_credit,
    }
}

/// Computes the economics of a fleet at `network`, after checking every input.
pub fn evaluate_fleet(
    op: &FleetOperation,
    network: &NetworkSnapshot,
) -> Result<Economics, InputError> {
    op.validate()?;
    validate_network(network)?;

    let rates = op.site.rates(op.power_price, op.currency, &op.rates);
    let price = BtcPrice::per_btc(op.rates.convert(
        network.btc_price.amount_per_btc(),
        Currency::Usd,
        op.currency,
    ));
    let running = running_units(op);
    let lines: Vec<LineFigures> = op
        .lines
        .iter()
        .zip(&running)
        .map(|(line, &n)| {
            let per_unit = unit_day(op, network, &line.machine, price, &rates);
            LineFigures {
                line: *line,
                running_units: n,
                per_unit,
                daily: per_unit.times(f64::from(n)),
                efficiency_j_per_th: line.machine.efficiency_j_per_th(),
                hashrate: Hashrate::from_th_per_s(line.machine.hashrate.th_per_s() * f64::from(n)),
                power: Power::from_watts(line.machine.power.watts() * f64::from(n)),
                break_even_power_price: per_unit.break_even_power_price(),
            }
        })
        .collect();
    // `validate` refused a fleet without lines above, so the first one exists.
    let fleet = lines
        .iter()
        .skip(1)
        .fold(lines[0].daily, |sum, l| sum.plus(&l.daily));
    let per_unit = lines[0].per_unit;

    let hashprice_per_ph_day =
        network.hashprice_per_ph_day() * op.rates.convert(1.0, Currency::Usd, op.currency);
    let network_hashrate = implied_network_hashrate(network.difficulty);
    let running_hashes: f64 = lines.iter().map(|l| l.hashrate.hashes_per_second()).sum();
    let running_watts: f64 = lines.iter().map(|l| l.power.watts()).sum();
    let installed_th: f64 = op
        .lines
        .iter()
        .map(|l| l.machine.hashrate.th_per_s() * f64::from(l.units))
        .sum();
    let installed_w: f64 = op
        .lines
        .iter()
        .map(|l| l.machine.power.watts() * f64::from(l.units))
        .sum();
    let total_hardware = hardware_cost(&lines);
    let units_installed = op
        .lines
        .iter()
        .map(|l| l.units)
        .fold(0, u32::saturating_add);
    let units_running = running.iter().copied().fold(0, u32::saturating_add);
    let fixed = fleet.hosting_fee - fleet.curtailment_credit;
    let co2 = op.site.carbon_g_per_kwh;

    Ok(Economics {
        per_unit,
        fleet,
        margin: positive(fleet.revenue.amount()).and_then(|r| finite(fleet.profit.amount() / r)),
        break_even_power_price: fleet.break_even_power_price(),
        break_even_btc_price: positive(fleet.btc_net.btc())
            .and_then(|b| finite((fleet.power_cost + fixed).amount() / b))
            .map(BtcPrice::per_btc),
        hashprice_per_ph_day,
        hashprice_per_th_day: hashprice_per_ph_day * 1e-3,
        power_cost_per_btc: positive(fleet.btc_net.btc())
            .and_then(|b| finite(fleet.power_cost.amount() / b))
            .map(Fiat::new),
        efficiency_j_per_th: installed_w / installed_th,
        payback_days: positive(total_hardware)
            .zip(positive(fleet.profit.amount()))
            .and_then(|(cost, profit)| finite(cost / profit)),
        network_hashrate,
        network_share: running_hashes / network_hashrate.hashes_per_second(),
        fleet_power: Power::from_watts(running_watts),
        btc_price: price,
        site: SiteFigures {
            units_installed,
            units_running,
            units_left_off: units_installed.saturating_sub(units_running),
            capacity_limited: units_running < units_installed,
            site_power: op.site.site_power(Power::from_watts(running_watts)),
            site_power_installed: op.site.site_power(Power::from_watts(installed_w)),
            hours_running: rates.hours.running,
            avg_purchase_price: rates.avg_purchase_price,
            surcharge_per_kwh: rates.surcharge_per_kwh,
            all_in_per_kwh: rates.all_in_per_kwh,
            co2_tonnes_per_day: co2.map(|g| fleet.energy_kwh * g / 1e6),
            co2_kg_per_btc: co2.and_then(|g| {
                positive(fleet.btc_net.btc()).and_then(|b| finite(fleet.energy_kwh * g / 1e3 / b))
            }),
        },
        lines,
    })
}
