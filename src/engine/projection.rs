//! The operation over time: difficulty stepped by retarget, the subsidy halved at its
//! exact height, BTC price and fees growing, machines arriving on a date, and what the
//! fleet earns month by month (docs/domain.md C11).
//!
//! Time runs in seconds from the start of [`Assumptions::start`], the date of the
//! network figures. Blocks come every [`Assumptions::block_time_secs`]; a segment of
//! blocks keeps one difficulty and one subsidy, and is cut at month boundaries, at the
//! machines' start and at the horizon. Price and fees grow continuously and are
//! integrated exactly over each piece.

use super::date::Date;
use super::economics::{
    evaluate_fleet, hardware_cost, Economics, FleetOperation, Operation, PayoutScheme,
};
use super::limits::{check, Input, InputError};
use super::payback::PaybackWatch;
use super::protocol::{next_halving_height, subsidy_at, HASHES_PER_DIFFICULTY, RETARGET_INTERVAL};
pub use super::returns::irr;
use super::returns::{npv, Flow};
use super::site::HOURS_PER_DAY;
use super::snapshot::NetworkSnapshot;
use super::units::{Btc, Fiat, Percent, Sats};

/// Seconds in a year of 365.25 days: growth rates per year are per this.
pub const YEAR_SECS: f64 = 365.25 * 86_400.0;
/// Difficulty stays within the protocol minimum and a bound that keeps f64 finite.
const DIFFICULTY_RANGE: (f64, f64) = (1.0, 1e40);

/// How difficulty growth is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GrowthPeriod {
    /// A rate per year, converted per retarget by the epoch's length.
    #[default]
    Year,
    /// A rate per retarget (2016 blocks).
    Epoch,
}

/// What the projection assumes beyond the static scenario.
/// Its `Default`, every number zero, is outside the [`limits`](crate::engine::limits):
/// a blank to set each value over, not an input.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Assumptions {
    /// Date of the network figures: the projection starts here.
    pub start: Date,
    /// Horizon in months (1 to 120).
    pub months: u32,
    pub difficulty_growth: Percent,
    pub difficulty_growth_period: GrowthPeriod,
    /// A one-off change at the first retarget after the halving (miners switching off):
    /// a retarget on the halving block itself does not count, as it measures blocks
    /// mined before the halving.
    pub halving_difficulty_change: Percent,
    /// Per year.
    pub price_growth: Percent,
    /// Per year.
    pub fee_growth: Percent,
    /// Average seconds between blocks (600 by protocol; less while hashrate grows).
    pub block_time_secs: f64,
    /// When the machines start hashing, on or after `start`; bought on that day.
    pub machines_start: Date,
    /// What the machines sell for at the horizon, as a share of their cost.
    pub resale: Percent,
    /// Shut the machines off in any period where power costs more than they earn.
    pub switch_off_when_losing: bool,
    /// Per year, for the net present value.
    pub discount_rate: Percent,
}

/// One calendar month of the schedule (from `start` to the same day a month later).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Month {
    pub start: Option<Date>,
    /// BTC after the pool fee.
    pub btc: Btc,
    /// What the machines earn: the BTC mined at the price, plus curtailment credits
    /// (a credit is revenue, not a smaller cost).
    pub revenue: Fiat,
    /// Of `revenue`, the curtailment credits.
    pub credits: Fiat,
    /// Power at all its per-kWh charges: tariff, surcharge and hosting per kWh.
    pub power_cost: Fiat,
    /// Hosting fees per machine, paid whether the machines run or not.
    pub fees: Fiat,
    /// Revenue less power cost and fees.
    pub profit: Fiat,
    /// Profit, less the hardware bought this month, plus the resale in the last month.
    pub cash_flow: Fiat,
    /// Sum of cash flows to the end of this month.
    pub cumulative: Fiat,
    /// Share of the month's time the machines ran (0 before they start, or when off).
    pub running: f64,
}

/// The next halving as the projection sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HalvingEstimate {
    pub height: u64,
    /// At the assumed block time.
    pub date: Date,
    pub subsidy_before: Sats,
    pub subsidy_after: Sats,
}

/// The projection's results.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    pub months: Vec<Month>,
    pub end: Date,
    pub total_btc: Btc,
    /// BTC revenue and curtailment credits.
    pub total_revenue: Fiat,
    /// Every per-kWh charge: tariff, surcharge, hosting per kWh.
    pub total_power_cost: Fiat,
    /// Hosting fees per machine.
    pub total_fees: Fiat,
    /// Hardware cost of the machines that run within the capacity, paid when they start.
    pub hardware: Fiat,
    /// Resale at the horizon.
    pub resale: Fiat,
    /// Sum of all cash flows: profit less hardware plus resale.
    pub net_profit: Fiat,
    /// The day the cumulative cash from operations, less the hardware, first reaches
    /// zero (resale not counted; the method is in `payback.rs`); `None` when there is no
    /// hardware cost or it is not reached within the horizon.
    pub payback: Option<Date>,
    /// Whether the cumulative cash fell back below zero after the payback (losses
    /// after a halving): the payback stays the first crossing.
    pub payback_fell_back: bool,
    /// Cash flows discounted to `start`.
    pub npv: Fiat,
    /// Every annual rate above -100 % at which the NPV is zero, lowest first: empty
    /// without hardware bought (no investment to return on) or without such a rate;
    /// several where the cash flows change sign more than once (losses after a
    /// halving, resale at the end).
    pub irr: Vec<f64>,
    /// All-in cost per BTC: (power at every per-kWh charge + hosting fees per machine +
    /// hardware - resale) / BTC mined; `None` when no BTC is mined. Curtailment credits
    /// are revenue and do not lower it.
    pub avg_cost_per_btc: Option<Fiat>,
    pub halving: HalvingEstimate,
}

/// ∫ (1 + r)^(t / year) dt from `t0` to `t1`, exact, and stable as `r` nears zero.
fn growth_integral(rate: f64, t0: f64, t1: f64) -> f64 {
    let k = (1.0 + rate).ln() / YEAR_SECS;
    if k.abs() < 1e-300 {
        return t1 - t0;
    }
    (k * t0).exp() * (k * (t1 - t0)).exp_m1() / k
}

fn validate(a: &Assumptions) -> Result<(), InputError> {
    check(Input::Horizon, f64::from(a.months))?;
    let growth = match a.difficulty_growth_period {
        GrowthPeriod::Year => Input::DifficultyGrowthYear,
        GrowthPeriod::Epoch => Input::DifficultyGrowthEpoch,
    };
    check(growth, a.difficulty_growth.percent())?;
    check(
        Input::HalvingDifficultyChange,
        a.halving_difficulty_change.percent(),
    )?;
    check(Input::PriceGrowth, a.price_growth.percent())?;
    check(Input::FeeGrowth, a.fee_growth.percent())?;
    check(Input::BlockTime, a.block_time_secs)?;
    check(Input::Resale, a.resale.percent())?;
    check(Input::DiscountRate, a.discount_rate.percent())?;
    Ok(())
}

/// Projects a one-model `operation` from `network` under `assumptions`.
pub fn project(
    operation: &Operation,
    network: &NetworkSnapshot,
    a: &Assumptions,
) -> Result<Projection, InputError> {
    operation.validate()?;
    project_fleet(&FleetOperation::from(operation), network, a)
}

/// Projects a fleet from `network` under `assumptions`. Each model is switched off on
/// its own when it loses money (if asked); hosting fees are paid whether it runs or not.
pub fn project_fleet(
    operation: &FleetOperation,
    network: &NetworkSnapshot,
    a: &Assumptions,
) -> Result<Projection, InputError> {
    // The static inputs are checked by `evaluate_fleet`; a projection is never made
    // without them.
    let today = evaluate_fleet(operation, network)?;
    project_evaluated(operation, &today, network, a)
}

/// Projects a fleet whose figures at `network` are already evaluated: `today` must be
/// `evaluate_fleet(operation, network)` (the page evaluates the fleet once per change and
/// projects from the same figures).
pub fn project_evaluated(
    operation: &FleetOperation,
    today: &Economics,
    network: &NetworkSnapshot,
    a: &Assumptions,
) -> Result<Projection, InputError> {
    validate(a)?;

    let keep = 1.0 - operation.pool_fee.fraction();
    let on = operation.uptime.fraction() * (today.site.hours_running / HOURS_PER_DAY);
    // Per running model: hashes a second while running, power cost and curtailment
    // credit per second of running, and fixed fees per second.
    let lines: Vec<(f64, f64, f64, f64)> = today
        .lines
        .iter()
        .map(|l| {
            let n = f64::from(l.running_units);
            let d = &l.per_unit;
            (
                l.line.machine.hashrate.hashes_per_second() * n * on,
                d.power_cost.amount() * n / 86_400.0,
                d.curtailment_credit.amount() * n / 86_400.0,
                d.hosting_fee.amount() * n / 86_400.0,
            )
        })
        .collect();
    let total_hashes: f64 = lines.iter().map(|l| l.0).sum();
    let price0 = today.btc_price.amount_per_btc();
    let fee0 = match operation.payout {
        PayoutScheme::Fpps => network.avg_fees_per_block.to_btc().btc(),
        PayoutScheme::Pps => 0.0,
    };
    let (pg, fg) = (a.price_growth.fraction(), a.fee_growth.fraction());

    let origin = a.start;
    let end = origin.plus_months(a.months);
    let t_end = origin.secs_until(end);
    let t_machines = origin.secs_until(a.machines_start).clamp(0.0, t_end);
    let bounds: Vec<f64> = (0..=a.months)
        .map(|k| origin.secs_until(origin.plus_months(k)))
        .collect();
    let mut months: Vec<Month> = (0..a.months)
        .map(|k| Month {
            start: Some(origin.plus_months(k)),
            ..Month::default()
        })
        .collect();

    let epoch_secs = RETARGET_INTERVAL as f64 * a.block_time_secs;
    let growth_per_retarget = match a.difficulty_growth_period {
        GrowthPeriod::Year => {
            (1.0 + a.difficulty_growth.fraction()).powf(epoch_secs / YEAR_SECS) - 1.0
        }
        GrowthPeriod::Epoch => a.difficulty_growth.fraction(),
    };
    let first_halving = next_halving_height(network.height);

    // Hardware of the running machines when they start (those the capacity leaves off
    // are not bought), resale at the end.
    let hardware = hardware_cost(&today.lines);
    let mut watch = PaybackWatch::new(hardware);

    let mut height = network.height;
    let mut difficulty = network.difficulty.get();
    let mut t = 0.0;
    let mut halving_change_applied = false;
    while t < t_end {
        let next_retarget = (height / RETARGET_INTERVAL + 1) * RETARGET_INTERVAL;
        let segment_end = next_retarget.min(next_halving_height(height));
        let t_next = t + (segment_end - height) as f64 * a.block_time_secs;
        let subsidy = subsidy_at(height).to_btc().btc();
        // Blocks a hash a second expects per second at this difficulty (C3).
        let blocks_per_hash = 1.0 / (difficulty * HASHES_PER_DIFFICULTY);

        // Cut [t, t_next) at month bounds and at the machines' start.
        let mut a0 = t.max(t_machines);
        let seg_end = t_next.min(t_end);
        while a0 < seg_end {
            let k = bounds
                .partition_point(|b| *b <= a0)
                .saturating_sub(1)
                .min(months.len() - 1);
            let a1 = seg_end.min(bounds[k + 1]);
            // BTC and revenue of one hash a second from a0 to t.
            let btc_per_hash =
                blocks_per_hash * keep * (subsidy * (a1 - a0) + fee0 * growth_integral(fg, a0, a1));
            let revenue_until = |t: f64| {
                blocks_per_hash
                    * keep
                    * price0
                    * (subsidy * growth_integral(pg, a0, t)
                        + fee0 * growth_integral((1.0 + pg) * (1.0 + fg) - 1.0, a0, t))
            };
            let revenue_per_hash = revenue_until(a1);
            // The running models' hashes and net cash per second, and every fee.
            let (mut hashes_on, mut net_per_sec) = (0.0, 0.0);
            let m = &mut months[k];
            for &(hashes, cost_per_sec, credit_per_sec, fixed_per_sec) in &lines {
                net_per_sec -= fixed_per_sec;
                // A model that runs earns its BTC and its curtailment credit (paid for
                // hours it would otherwise run); switched off, it earns neither.
                let revenue = hashes * revenue_per_hash + credit_per_sec * (a1 - a0);
                let cost = cost_per_sec * (a1 - a0);
                m.fees = m.fees + Fiat::new(fixed_per_sec * (a1 - a0));
                if !(a.switch_off_when_losing && revenue < cost) {
                    m.btc = Btc::from_btc(m.btc.btc() + hashes * btc_per_hash);
                    m.revenue = m.revenue + Fiat::new(revenue);
                    m.credits = m.credits + Fiat::new(credit_per_sec * (a1 - a0));
                    m.power_cost = m.power_cost + Fiat::new(cost);
                    hashes_on += hashes;
                    net_per_sec += credit_per_sec - cost_per_sec;
                    if total_hashes > 0.0 {
                        m.running +=
                            hashes / total_hashes * (a1 - a0) / (bounds[k + 1] - bounds[k]);
                    }
                }
            }
            watch.piece(a0, a1, |t| {
                hashes_on * revenue_until(t) + net_per_sec * (t - a0)
            });
            a0 = a1;
        }

        height = segment_end;
        t = t_next;
        if height.is_multiple_of(RETARGET_INTERVAL) {
            difficulty *= 1.0 + growth_per_retarget;
            // `dh` belongs to the first retarget after the halving: a retarget on the
            // halving block itself (1,260,000 is both) measures the 2016 blocks before
            // it, all mined before the halving, so it is not that retarget.
            if height > first_halving && !halving_change_applied {
                difficulty *= 1.0 + a.halving_difficulty_change.fraction();
                halving_change_applied = true;
            }
            difficulty = difficulty.clamp(DIFFICULTY_RANGE.0, DIFFICULTY_RANGE.1);
        }
    }

    let resale = hardware * a.resale.fraction();
    let machines_month = bounds
        .partition_point(|b| *b <= t_machines)
        .saturating_sub(1)
        .min(months.len() - 1);
    // In time order: hardware, each month's profit, resale at the end.
    let mut flows = vec![Flow {
        t: t_machines,
        amount: -hardware,
    }];
    let mut cumulative = 0.0;
    let last = months.len() - 1;
    for (k, m) in months.iter_mut().enumerate() {
        m.profit = m.revenue - m.power_cost - m.fees;
        let capex = if k == machines_month { hardware } else { 0.0 };
        let sale = if k == last { resale } else { 0.0 };
        m.cash_flow = Fiat::new(m.profit.amount() - capex + sale);
        cumulative += m.cash_flow.amount();
        m.cumulative = Fiat::new(cumulative);
        // Operating cash at the middle of the month's running time.
        let from = bounds[k].max(t_machines).min(bounds[k + 1]);
        flows.push(Flow {
            t: 0.5 * (from + bounds[k + 1]),
            amount: m.profit.amount(),
        });
    }

    flows.push(Flow {
        t: t_end,
        amount: resale,
    });

    let total_btc = months.iter().map(|m| m.btc.btc()).sum::<f64>();
    let total_revenue = months.iter().map(|m| m.revenue.amount()).sum::<f64>();
    let total_power_cost = months.iter().map(|m| m.power_cost.amount()).sum::<f64>();
    let total_fees = months.iter().map(|m| m.fees.amount()).sum::<f64>();
    let pairs: Vec<(f64, f64)> = flows.iter().map(|f| (f.t, f.amount)).collect();
    let all_in = total_power_cost + total_fees + hardware - resale;
    let halving_height = first_halving;
    Ok(Projection {
        end,
        total_btc: Btc::from_btc(total_btc),
        total_revenue: Fiat::new(total_revenue),
        total_power_cost: Fiat::new(total_power_cost),
        total_fees: Fiat::new(total_fees),
        hardware: Fiat::new(hardware),
        resale: Fiat::new(resale),
        net_profit: Fiat::new(cumulative),
        payback: watch.crossed_at.map(|t| origin.plus_secs(t)),
        payback_fell_back: watch.fell_back,
        npv: Fiat::new(npv(a.discount_rate.fraction(), &flows)),
        irr: if hardware > 0.0 {
            irr(&pairs)
        } else {
            Vec::new()
        },
        avg_cost_per_btc: (total_btc > 0.0)
            .then(|| Fiat::new(all_in / total_btc))
            .filter(|c| c.amount().is_finite()),
        halving: HalvingEstimate {
            height: halving_height,
            date: origin.plus_secs((halving_height - network.height) as f64 * a.block_time_secs),
            subsidy_before: subsidy_at(network.height),
            subsidy_after: subsidy_at(halving_height),
        },
        months,
    })
}
