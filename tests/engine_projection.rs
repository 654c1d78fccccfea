//! The projection against hand-computed cases (docs/domain.md C11) and over wide inputs.
#![cfg(not(target_arch = "wasm32"))]

use hashwatt::engine::date::Date;
use hashwatt::engine::economics::{evaluate, Machine, Operation, PayoutScheme};
use hashwatt::engine::projection::{project, Assumptions, GrowthPeriod, Projection, YEAR_SECS};
use hashwatt::engine::snapshot::{NetworkSnapshot, SHIPPED_SNAPSHOT};
use hashwatt::engine::units::{
    BtcPrice, Difficulty, EnergyPrice, Fiat, Hashrate, Percent, Power, Sats,
};
use proptest::prelude::*;

mod tolerance;
use tolerance::assert_within;

mod strategies;
use strategies::{assumptions, operation};

fn day(iso: &str) -> Date {
    Date::parse_iso(iso).expect("a valid date")
}

fn s21(units: u32, kwh: f64) -> Operation {
    Operation {
        machine: Machine {
            hashrate: Hashrate::from_th_per_s(200.0),
            power: Power::from_watts(3_500.0),
        },
        units,
        power_price: EnergyPrice::per_kwh(kwh),
        pool_fee: Percent::new(2.0),
        payout: PayoutScheme::Fpps,
        uptime: Percent::HUNDRED,
        hardware_cost: Fiat::ZERO,
    }
}

/// No growth of anything, 600 s blocks, 12 months from the snapshot date.
fn flat(months: u32) -> Assumptions {
    Assumptions {
        start: day("2026-03-20"),
        months,
        difficulty_growth: Percent::new(0.0),
        difficulty_growth_period: GrowthPeriod::Year,
        halving_difficulty_change: Percent::new(0.0),
        price_growth: Percent::new(0.0),
        fee_growth: Percent::new(0.0),
        block_time_secs: 600.0,
        machines_start: day("2026-03-20"),
        resale: Percent::new(0.0),
        switch_off_when_losing: false,
        discount_rate: Percent::new(0.0),
    }
}

fn run(op: &Operation, a: &Assumptions) -> Projection {
    project(op, &SHIPPED_SNAPSHOT.network, a).expect("inputs in range")
}

/// With nothing growing and no halving in the horizon, the projection is the static
/// day times the days: 2026-03-20 to 2027-03-20 is 365 days, some 26 retargets.
#[test]
fn zero_growth_is_the_static_day_times_the_days() {
    let op = s21(10, 0.05);
    let daily = evaluate(&op, &SHIPPED_SNAPSHOT.network).unwrap().fleet;
    let p = run(&op, &flat(12));
    assert_eq!(p.end, day("2027-03-20"));
    assert_within(p.total_btc.btc(), daily.btc_net.btc() * 365.0, 1e-12);
    assert_within(
        p.total_revenue.amount(),
        daily.revenue.amount() * 365.0,
        1e-12,
    );
    assert_within(
        p.total_power_cost.amount(),
        daily.power_cost.amount() * 365.0,
        1e-12,
    );
    // Month by month: April 2026 has 30 days, from 03-20 to 04-20 is 31.
    assert_within(p.months[0].btc.btc(), daily.btc_net.btc() * 31.0, 1e-12);
    assert_within(p.months[1].btc.btc(), daily.btc_net.btc() * 30.0, 1e-12);
    assert_eq!(p.months.len(), 12);
    assert!(p.months.iter().all(|m| (m.running - 1.0).abs() < 1e-12));
    assert_eq!(p.payback, None, "no hardware cost, nothing to pay back");
}

/// Ten years from height 941,472 cross the halvings at 1,050,000 and 1,260,000.
#[test]
fn a_horizon_across_two_halvings() {
    let op = Operation {
        pool_fee: Percent::new(0.0),
        ..s21(1, 0.05)
    };
    let net = NetworkSnapshot {
        avg_fees_per_block: Sats::ZERO,
        ..SHIPPED_SNAPSHOT.network
    };
    let p = project(&op, &net, &flat(120)).unwrap();
    let rate = 200e12 / (133.79e12 * 4_294_967_296.0); // blocks per second
    let to_first = (1_050_000.0 - 941_472.0) * 600.0;
    let era = 210_000.0 * 600.0;
    let horizon = 3_653.0 * 86_400.0; // 2026-03-20 to 2036-03-20
    assert_eq!(p.end, day("2036-03-20"));
    let expected = rate * (to_first * 3.125 + era * 1.5625 + (horizon - to_first - era) * 0.781_25);
    assert_within(p.total_btc.btc(), expected, 1e-12);
    // docs/domain.md §1: at 600 s a block the next halving falls near 2028-04-11.
    assert_eq!(p.halving.date, day("2028-04-11"));
    assert_eq!(p.halving.height, 1_050_000);
    assert_eq!(
        (
            p.halving.subsidy_before.to_sat(),
            p.halving.subsidy_after.to_sat()
        ),
        (312_500_000, 156_250_000)
    );
}

#[test]
fn faster_blocks_bring_the_halving_earlier() {
    let a = Assumptions {
        block_time_secs: 540.0,
        ..flat(36)
    };
    let p = run(&s21(1, 0.05), &a);
    // 108,528 blocks at 540 s = 678.3 days after 2026-03-20.
    assert_eq!(p.halving.date, day("2026-03-20").plus_days(678));
}

/// Payback by hand: constant profit p a day, hardware C: C / p days after the start
/// (before the 2028 halving, which would lower p).
#[test]
fn payback_against_a_hand_computed_case() {
    let op = Operation {
        hardware_cost: Fiat::new(1_500.0),
        ..s21(2, 0.03)
    };
    let p = run(&op, &flat(120));
    let daily = evaluate(&op, &SHIPPED_SNAPSHOT.network)
        .unwrap()
        .fleet
        .profit
        .amount();
    let days = 3_000.0 / daily;
    assert!(days > 365.0 && days < 750.0, "{days}");
    assert_eq!(
        p.payback,
        Some(day("2026-03-20").plus_days(days.floor() as i64))
    );
    // The cumulative cash flow crosses zero in the month of payback.
    let k = p
        .months
        .iter()
        .position(|m| m.cumulative.amount() >= 0.0)
        .unwrap();
    assert!(p.months[k].start.unwrap() <= p.payback.unwrap());
    assert!(p.months[k - 1].cumulative.amount() < 0.0);
    // Not within the horizon: a short one.
    assert_eq!(run(&op, &flat(6)).payback, None);
}

#[test]
fn irr_of_a_known_rate() {
    // 10 % a year, and the NPV at the IRR is zero.
    let op = Operation {
        hardware_cost: Fiat::new(3_000.0),
        ..s21(2, 0.03)
    };
    let a = Assumptions {
        resale: Percent::new(20.0),
        ..flat(60)
    };
    let p = run(&op, &a);
    assert_eq!(p.irr.len(), 1, "{:?}", p.irr);
    let irr = p.irr[0];
    let at_irr = run(
        &op,
        &Assumptions {
            discount_rate: Percent::new(irr * 100.0),
            ..a
        },
    );
    assert!(
        at_irr.npv.amount().abs() < 1e-6 * p.hardware.amount(),
        "{}",
        at_irr.npv.amount()
    );
    // A higher discount rate lowers the NPV.
    let at_higher = run(
        &op,
        &Assumptions {
            discount_rate: Percent::new(irr * 100.0 + 5.0),
            ..a
        },
    );
    assert!(at_higher.npv.amount() < 0.0);
}

#[test]
fn irr_function_on_plain_flows() {
    // -1000 now, +1100 in a year: 10 %. -1000 now, +1210 in two years: 10 %.
    let irr = hashwatt_irr(&[(0.0, -1_000.0), (YEAR_SECS, 1_100.0)]);
    assert_eq!(irr.len(), 1);
    assert_within(irr[0], 0.10, 1e-12);
    let irr = hashwatt_irr(&[(0.0, -1_000.0), (2.0 * YEAR_SECS, 1_210.0)]);
    assert_eq!(irr.len(), 1);
    assert_within(irr[0], 0.10, 1e-12);
    assert_eq!(
        hashwatt_irr(&[(0.0, 1_000.0), (YEAR_SECS, 1_100.0)]),
        Vec::<f64>::new(),
        "no sign change"
    );
}

/// Issue 13, item 4: the whole range above -100 % is searched. -1 now and +10,001 in a
/// year: 1 + r = 10,001, r = 10,000 (1,000,000 % a year), beyond the old 10,000 % cap.
/// -1 now and +0.000001 in a year: r = -0.999999, below the old -99 % floor.
#[test]
fn irr_far_above_and_below_the_old_bounds() {
    let irr = hashwatt_irr(&[(0.0, -1.0), (YEAR_SECS, 10_001.0)]);
    assert_eq!(irr.len(), 1);
    assert_within(irr[0], 10_000.0, 1e-12);
    let irr = hashwatt_irr(&[(0.0, -1.0), (YEAR_SECS, 1e-6)]);
    assert_eq!(irr.len(), 1);
    assert_within(irr[0], -0.999_999, 1e-12);
}

/// Flows whose sign changes twice have up to two rates, and three changes up to three;
/// every one is given, lowest first. With y = 1 + r:
/// - -1000, +2300 at 1 y, -1320 at 2 y: -1000 y² + 2300 y - 1320 = 0, so
///   y = (2300 ± √(2300² - 4 x 1000 x 1320)) / 2000 = (2300 ± 100) / 2000: 10 % and 20 %;
/// - -1000, +3800, -4770, +1980 at 0..3 y: -1000 (y - 1.1)(y - 1.2)(y - 1.5)
///   = -1000 y³ + 3800 y² - 4770 y + 1980: 10 %, 20 % and 50 %.
#[test]
fn irr_gives_every_rate_lowest_first() {
    let irr = hashwatt_irr(&[
        (0.0, -1_000.0),
        (YEAR_SECS, 2_300.0),
        (2.0 * YEAR_SECS, -1_320.0),
    ]);
    assert_eq!(irr.len(), 2, "{irr:?}");
    assert_within(irr[0], 0.10, 1e-12);
    assert_within(irr[1], 0.20, 1e-12);
    let irr = hashwatt_irr(&[
        (0.0, -1_000.0),
        (YEAR_SECS, 3_800.0),
        (2.0 * YEAR_SECS, -4_770.0),
        (3.0 * YEAR_SECS, 1_980.0),
    ]);
    assert_eq!(irr.len(), 3, "{irr:?}");
    for (got, want) in irr.iter().zip([0.10, 0.20, 0.50]) {
        assert_within(*got, want, 1e-11);
    }
    // Two sign changes and no rate: -1000, +1000, -1000 (f < 0 for every y > 0).
    assert!(hashwatt_irr(&[
        (0.0, -1_000.0),
        (YEAR_SECS, 1_000.0),
        (2.0 * YEAR_SECS, -1_000.0)
    ])
    .is_empty());
}

fn hashwatt_irr(flows: &[(f64, f64)]) -> Vec<f64> {
    hashwatt::engine::projection::irr(flows)
}

#[test]
fn growth_per_year_equals_its_rate_per_epoch() {
    let per_epoch: f64 = 2.0;
    let epochs_per_year = YEAR_SECS / (2_016.0 * 600.0);
    let per_year = ((1.0 + per_epoch / 100.0).powf(epochs_per_year) - 1.0) * 100.0;
    let a = Assumptions {
        difficulty_growth: Percent::new(per_epoch),
        difficulty_growth_period: GrowthPeriod::Epoch,
        ..flat(48)
    };
    let b = Assumptions {
        difficulty_growth: Percent::new(per_year),
        ..flat(48)
    };
    let op = s21(1, 0.05);
    assert_within(
        run(&op, &a).total_btc.btc(),
        run(&op, &b).total_btc.btc(),
        1e-12,
    );
    assert!(run(&op, &a).total_btc.btc() < run(&op, &flat(48)).total_btc.btc());
}

/// Price growth integrates exactly: with no fees, revenue = R/day × ∫ (1+g)^(t/y) dt.
#[test]
fn price_growth_integrates_exactly() {
    let op = s21(1, 0.05);
    let net = NetworkSnapshot {
        avg_fees_per_block: Sats::ZERO,
        ..SHIPPED_SNAPSHOT.network
    };
    let a = Assumptions {
        price_growth: Percent::new(100.0),
        ..flat(12)
    };
    let p = project(&op, &net, &a).unwrap();
    let per_sec = evaluate(&op, &net).unwrap().fleet.revenue.amount() / 86_400.0;
    let t = 365.0 * 86_400.0;
    let integral = YEAR_SECS / 2f64.ln() * (2f64.powf(t / YEAR_SECS) - 1.0);
    assert_within(p.total_revenue.amount(), per_sec * integral, 1e-12);
}

#[test]
fn late_machines_and_switching_off() {
    let op = Operation {
        hardware_cost: Fiat::new(1_000.0),
        ..s21(1, 0.05)
    };
    let late = Assumptions {
        machines_start: day("2026-06-20"),
        ..flat(12)
    };
    let p = run(&op, &late);
    assert!(p.months[..3]
        .iter()
        .all(|m| m.btc.btc() == 0.0 && m.power_cost.amount() == 0.0));
    assert_eq!(p.months[2].cash_flow.amount(), 0.0);
    assert!(
        p.months[3].cash_flow.amount() < -900.0,
        "hardware paid in June"
    );
    assert!(p.months[3].btc.btc() > 0.0);

    // At 20 cents the S21 loses money every month: switched off, it costs nothing.
    let losing = s21(1, 0.20);
    let on = run(&losing, &flat(12));
    let off = run(
        &losing,
        &Assumptions {
            switch_off_when_losing: true,
            ..flat(12)
        },
    );
    assert!(on.net_profit.amount() < 0.0);
    assert_eq!(off.net_profit.amount(), 0.0);
    assert_eq!(off.total_btc.btc(), 0.0);
    assert!(off.months.iter().all(|m| m.running == 0.0));
}

#[test]
fn resale_and_all_in_cost() {
    let op = Operation {
        hardware_cost: Fiat::new(2_000.0),
        ..s21(1, 0.05)
    };
    let p = run(
        &op,
        &Assumptions {
            resale: Percent::new(25.0),
            ..flat(24)
        },
    );
    assert_eq!(p.resale.amount(), 500.0);
    assert_within(
        p.net_profit.amount(),
        p.total_revenue.amount() - p.total_power_cost.amount() - 2_000.0 + 500.0,
        1e-12,
    );
    let expected = (p.total_power_cost.amount() + 1_500.0) / p.total_btc.btc();
    assert_within(p.avg_cost_per_btc.unwrap().amount(), expected, 1e-12);
    let last = p.months.last().unwrap();
    assert_within(last.cumulative.amount(), p.net_profit.amount(), 1e-12);
}

#[test]
fn halving_change_applies_once_after_the_halving() {
    let op = s21(1, 0.05);
    let drop = Assumptions {
        halving_difficulty_change: Percent::new(-20.0),
        ..flat(36)
    };
    let p = run(&op, &drop);
    let q = run(&op, &flat(36));
    // Before the halving (April 2028) the two agree; after, lower difficulty pays more.
    assert_within(p.months[20].btc.btc(), q.months[20].btc.btc(), 1e-12);
    assert_within(p.months[30].btc.btc(), q.months[30].btc.btc() / 0.8, 1e-12);
}

/// Issue 13, item 3: block 1,260,000 is both a retarget (625 x 2016) and the 2032
/// halving. That retarget measures blocks 1,257,984 to 1,259,999, all before the halving,
/// so `dh` waits for the next one, at 1,262,016.
///
/// From height 1,257,984 (a retarget) at difficulty D = 1e14, no fees, no growth, 600 s
/// blocks, dh = -20 %, one month from 2026-03-20 (31 days = 4,464 blocks):
/// - blocks 1,257,984..1,259,999 (2,016): subsidy 1.5625 (50 >> 5) at D;
/// - blocks 1,260,000..1,262,015 (2,016): subsidy 0.78125 (50 >> 6), still at D;
/// - blocks 1,262,016..1,262,447 (432): subsidy 0.78125 at 0.8 D.
///
/// BTC = H x 0.98 / (D x 2^32) x 600 x (2016 x 1.5625 + 2016 x 0.78125 + 432 x 0.78125 / 0.8)
/// (a block every 600 s; the pool keeps 2 %). Applied one retarget early, the middle
/// term would be 2016 x 0.78125 / 0.8.
#[test]
fn halving_change_waits_for_the_retarget_after_a_halving_on_a_retarget() {
    let net = NetworkSnapshot {
        difficulty: Difficulty::new(1e14),
        height: 1_257_984,
        avg_fees_per_block: Sats::ZERO,
        btc_price: BtcPrice::per_btc(100_000.0),
    };
    assert_eq!(1_260_000 % 2016, 0);
    let a = Assumptions {
        halving_difficulty_change: Percent::new(-20.0),
        ..flat(1)
    };
    let p = project(&s21(1, 0.05), &net, &a).unwrap();
    let per_block = 200e12 * 0.98 * 600.0 / (1e14 * 4_294_967_296.0);
    let want = per_block * (2016.0 * 1.5625 + 2016.0 * 0.78125 + 432.0 * 0.78125 / 0.8);
    assert_within(p.total_btc.btc(), want, 1e-12);
}

/// Issue 13, item 6: the payback date is the day the cumulative cash actually crosses
/// zero. From height 1,048,560 the halving (1,050,000) is 1,440 blocks = 10 days away at
/// 600 s; no fees, nothing grows, D = 1e14, $100,000, one S21 (200 TH/s, 3.5 kW, 2 % pool
/// fee). Revenue a day before the halving:
/// R = 200e12 x 86,400 / (1e14 x 2^32) x 3.125 x 0.98 x 100,000 (about $12.32), R/2 after.
#[test]
fn payback_is_the_day_the_cumulative_cash_crosses_zero() {
    let net = NetworkSnapshot {
        difficulty: Difficulty::new(1e14),
        height: 1_048_560,
        avg_fees_per_block: Sats::ZERO,
        btc_price: BtcPrice::per_btc(100_000.0),
    };
    let r = 200e12 * 86_400.0 / (1e14 * 4_294_967_296.0) * 3.125 * 0.98 * 100_000.0;
    // At 2 c/kWh the power is C = 3.5 kW x 24 h x 0.02 = $1.68 a day. Hardware
    // H = 10 (R - C) + 10.5 (R/2 - C) is paid back 20.5 days in: on 2026-04-09
    // (2026-03-20 + 20 days). Spreading the month's profit, 10 (R - C) + 21 (R/2 - C),
    // evenly over its 31 days would give H / (that / 31), about 23.7 days: 2026-04-12.
    let c = 3.5 * 24.0 * 0.02;
    let op = Operation {
        hardware_cost: Fiat::new(10.0 * (r - c) + 10.5 * (r / 2.0 - c)),
        ..s21(1, 0.02)
    };
    let p = project(&op, &net, &flat(1)).unwrap();
    assert_eq!(p.payback, Some(day("2026-04-09")));
    assert!(!p.payback_fell_back);

    // Power at C = 0.75 R: profit 0.25 R a day before the halving, -0.25 R after.
    // Hardware 1.25 R is paid back 5 days in (2026-03-25); by day 10 the cash is
    // +1.25 R, back to zero on day 15 and below after: the payback stays the first
    // crossing, and the projection says it fell back.
    let op = Operation {
        hardware_cost: Fiat::new(1.25 * r),
        ..s21(1, 0.75 * r / 84.0)
    };
    let p = project(&op, &net, &flat(1)).unwrap();
    assert_eq!(p.payback, Some(day("2026-03-25")));
    assert!(p.payback_fell_back);
    assert!(p.months[0].cumulative.amount() < 0.0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_projected_figure_is_finite(op in operation(), a in assumptions(), d in 1.0..1e18f64, height in 0u64..20_000_000, price in 1e-3..1e9f64) {
        let net = NetworkSnapshot { difficulty: Difficulty::new(d), height, btc_price: BtcPrice::per_btc(price), ..SHIPPED_SNAPSHOT.network };
        let p = project(&op, &net, &a).unwrap();
        prop_assert_eq!(p.months.len(), a.months as usize);
        for m in &p.months {
            for x in [m.btc.btc(), m.revenue.amount(), m.power_cost.amount(), m.profit.amount(), m.cash_flow.amount(), m.cumulative.amount(), m.running] {
                prop_assert!(x.is_finite(), "{:?}", m);
            }
            prop_assert!(m.btc.btc() >= 0.0 && (0.0..=1.0 + 1e-9).contains(&m.running));
        }
        for x in [p.total_btc.btc(), p.net_profit.amount(), p.npv.amount()] {
            prop_assert!(x.is_finite());
        }
        prop_assert!(p.irr.iter().all(|r| r.is_finite() && *r > -1.0));
        prop_assert!(p.irr.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(p.avg_cost_per_btc.is_none_or(|c| c.amount().is_finite()));
    }
}
