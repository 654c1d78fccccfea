//! Cash flows: machines that start late or switch off, resale and the all-in cost, and
//! the payback date.

use hashwatt::engine::economics::{evaluate, Operation};
use hashwatt::engine::projection::{project, Assumptions};
use hashwatt::engine::snapshot::{NetworkSnapshot, SHIPPED_SNAPSHOT};
use hashwatt::engine::units::{BtcPrice, Difficulty, Fiat, Percent, Sats};

use crate::tolerance::assert_within;
use crate::{day, flat, run, s21};

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
