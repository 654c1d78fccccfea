//! A fleet over time: each model switched off on its own when it loses money, and the
//! all-in cost per BTC (fees counted, curtailment credits not).

use hashwatt::engine::economics::{evaluate_fleet, FleetOperation};
use hashwatt::engine::projection::{project_fleet, Assumptions};
use hashwatt::engine::site::Site;
use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;
use hashwatt::engine::units::{EnergyPrice, Fiat, Percent};

use crate::assumptions::flat;
use crate::tolerance::assert_within;
use crate::{line, one, BTC_PER_TH_DAY, NET};

#[test]
fn a_projected_fleet_switches_each_model_off_on_its_own() {
    let a = Assumptions {
        switch_off_when_losing: true,
        ..flat(12)
    };
    let net = SHIPPED_SNAPSHOT.network;
    let mut op = FleetOperation {
        lines: vec![line(200.0, 3_500.0, 2), line(13.5, 1_323.0, 5)],
        site: Site {
            hosting_fee_per_month: Fiat::new(10.0),
            ..Site::default()
        },
        ..one(0.05, Site::default())
    };
    op.lines[0].hardware_cost = Fiat::new(3_000.0);
    let p = project_fleet(&op, &net, &a).unwrap();
    let today = evaluate_fleet(&op, &net).unwrap();
    // The S9s lose money: only the S21s mine; all seven machines pay hosting.
    let s21 = &today.lines[0].daily;
    assert!(today.lines[1].daily.profit.amount() < 0.0);
    let days = (a.start.plus_months(12).days_since_epoch() - a.start.days_since_epoch()) as f64;
    let btc: f64 = p.months.iter().map(|m| m.btc.btc()).sum();
    assert!(
        (btc / (s21.btc_net.btc() * days) - 1.0).abs() < 1e-9,
        "{btc}"
    );
    let fees: f64 = p.months.iter().map(|m| m.fees.amount()).sum();
    assert!((fees / (7.0 * 10.0 * 12.0 / 365.0 * days) - 1.0).abs() < 1e-9);
    assert_within(p.hardware.amount(), 6_000.0, 1e-12);
}

/// Issue 13, item 5: all-in cost per BTC = (power at every per-kWh charge + hosting fees
/// per machine + hardware - resale) / BTC mined; curtailment credits are revenue. One
/// 100 TH/s, 3 kW machine at $0.04/kWh plus $0.01/kWh hosting, $10 a month hosting fee,
/// 4 h curtailed at $50/MWh, $1,000 hardware resold at 20 %, 12 months from 2026-03-20
/// (365 days), nothing growing, no halving (height 940,000):
/// - power: 3 kW x 20 h = 60 kWh a day x $0.05 = $3.00 a day, x 365 = $1,095;
/// - hosting fees: $10 x 12 = $120 (charged at 12/365 of $10 a day, 365 days);
/// - hardware less resale: $1,000 - $200 = $800;
/// - credits: 3 kW x 4 h = 0.012 MWh x $50 = $0.60 a day = $219: revenue, not cost.
///
/// All-in = (1,095 + 120 + 800) / BTC = 2,015 / BTC (before: (1,095 - 219 + 800) / BTC).
#[test]
fn all_in_cost_per_btc_counts_fees_and_not_credits() {
    let mut op = one(
        0.04,
        Site {
            hosting_per_kwh: EnergyPrice::per_kwh(0.01),
            hosting_fee_per_month: Fiat::new(10.0),
            curtailed_hours: 4.0,
            curtailment_credit_per_mwh: Fiat::new(50.0),
            ..Site::default()
        },
    );
    op.lines[0].hardware_cost = Fiat::new(1_000.0);
    let a = Assumptions {
        resale: Percent::new(20.0),
        ..flat(12)
    };
    let p = project_fleet(&op, &NET, &a).unwrap();
    let btc = 100.0 * BTC_PER_TH_DAY * 20.0 / 24.0 * 365.0;
    assert_within(p.total_btc.btc(), btc, 1e-9);
    assert_within(p.total_power_cost.amount(), 1_095.0, 1e-9);
    assert_within(p.total_fees.amount(), 120.0, 1e-9);
    let credits: f64 = p.months.iter().map(|m| m.credits.amount()).sum();
    assert_within(credits, 219.0, 1e-9);
    assert_within(
        p.avg_cost_per_btc.unwrap().amount(),
        2_015.0 / p.total_btc.btc(),
        1e-12,
    );
    // Credits are in the revenue: BTC at $100,000 plus $219.
    assert_within(
        p.total_revenue.amount(),
        p.total_btc.btc() * 100_000.0 + 219.0,
        1e-9,
    );
}
