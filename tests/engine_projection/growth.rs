//! Growth: none gives the static day times the days; difficulty growth stated per year
//! or per epoch; price growth integrated exactly.

use hashwatt::engine::economics::evaluate;
use hashwatt::engine::projection::{project, Assumptions, GrowthPeriod, YEAR_SECS};
use hashwatt::engine::snapshot::{NetworkSnapshot, SHIPPED_SNAPSHOT};
use hashwatt::engine::units::{Percent, Sats};

use crate::tolerance::assert_within;
use crate::{day, flat, run, s21};

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
