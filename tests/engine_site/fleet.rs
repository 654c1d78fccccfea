//! Fleets: one model as a fleet, the power cap and the models it leaves off (not run,
//! not bought), and the Kazakhstan fleet of docs/domain.md §7.

use hashwatt::engine::economics::{
    evaluate, evaluate_fleet, FleetOperation, Operation, PayoutScheme,
};
use hashwatt::engine::projection::{project_fleet, Assumptions};
use hashwatt::engine::site::Site;
use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;
use hashwatt::engine::units::{EnergyPrice, Fiat, Percent};

use crate::assumptions::flat;
use crate::tolerance::assert_within;
use crate::{eval, line, one, NET};

#[test]
fn a_plain_site_matches_the_one_model_operation() {
    let op = Operation {
        machine: line(100.0, 3_000.0, 1).machine,
        units: 7,
        power_price: EnergyPrice::per_kwh(0.05),
        pool_fee: Percent::new(2.0),
        payout: PayoutScheme::Pps,
        uptime: Percent::new(95.0),
        hardware_cost: Fiat::new(2_000.0),
    };
    let simple = evaluate(&op, &NET).unwrap();
    let fleet = eval(&FleetOperation::from(&op));
    assert_eq!(simple, fleet);
    assert_eq!(fleet.site.units_running, 7);
    assert_eq!(fleet.fleet.hosting_fee.amount(), 0.0);
}

#[test]
fn the_power_cap_leaves_the_least_efficient_off_first() {
    let fleet = |pue| FleetOperation {
        // Listed least efficient first: the order given must not matter.
        lines: vec![line(13.5, 1_323.0, 10), line(200.0, 3_500.0, 10)],
        site: Site {
            capacity_mw: Some(0.04),
            pue,
            ..Site::default()
        },
        ..one(0.05, Site::default())
    };
    let e = eval(&fleet(1.0));
    // 10 x 3,500 W = 35,000 W; 5,000 W left fit 3 x 1,323 W.
    assert_eq!(e.lines[1].running_units, 10);
    assert_eq!(e.lines[0].running_units, 3);
    assert_eq!((e.site.units_running, e.site.units_installed), (13, 20));
    assert!(e.site.capacity_limited);
    assert_within(e.fleet_power.watts(), 35_000.0 + 3.0 * 1_323.0, 1e-12);
    // With PUE 1.1: 10 x 3,850 = 38,500; 1,500 W left fit one 1,455.3 W machine.
    let e = eval(&fleet(1.1));
    assert_eq!(
        (e.lines[1].running_units, e.lines[0].running_units),
        (10, 1)
    );
    assert_within(e.site.site_power.watts(), 38_500.0 + 1_323.0 * 1.1, 1e-12);
    // Per-model figures: the old machine breaks even at a far lower price.
    let (old, new) = (&e.lines[0], &e.lines[1]);
    assert!(old.break_even_power_price.unwrap() < new.break_even_power_price.unwrap());
    assert_within(old.efficiency_j_per_th, 98.0, 1e-12);
    assert_within(
        e.fleet.profit.amount(),
        old.daily.profit.amount() + new.daily.profit.amount(),
        1e-12,
    );
}

/// docs/domain.md §7: at the 2026-03-20 snapshot, 10,300 Avalon A1246 at 5 US cents lose
/// money, and break even near 3.2 cents.
#[test]
fn canaan_fleet_today_loses_money_at_five_cents() {
    let op = FleetOperation {
        lines: vec![line(90.0, 3_420.0, 10_300)],
        pool_fee: Percent::new(0.0),
        ..one(0.05, Site::default())
    };
    let e = evaluate_fleet(&op, &SHIPPED_SNAPSHOT.network).unwrap();
    assert!(e.fleet.profit.amount() < 0.0);
    let be = e.break_even_power_price.unwrap().amount_per_kwh();
    assert!((0.031..0.033).contains(&be), "{be}");
}

/// Issue 13, item 2: machines the capacity leaves off are not bought. A 40 kW site, ten
/// 3,500 W machines at $3,000 and ten 1,323 W machines at $100: the ten efficient ones
/// draw 35,000 W, and 5,000 W fit 3 of the others (3 x 1,323 = 3,969 W).
/// - hardware bought: 10 x $3,000 + 3 x $100 = $30,300 (not 10 x $3,000 + 10 x $100);
/// - static payback = $30,300 / daily profit of the 13 that run;
/// - projection with zero growth and no discounting: hardware $30,300, resale 10 % of it
///   = $3,030, NPV at 0 % = profit over the horizon - 30,300 + 3,030.
#[test]
fn machines_left_off_by_the_capacity_are_not_bought() {
    let mut op = FleetOperation {
        lines: vec![line(200.0, 3_500.0, 10), line(13.5, 1_323.0, 10)],
        site: Site {
            capacity_mw: Some(0.04),
            ..Site::default()
        },
        ..one(0.02, Site::default())
    };
    op.lines[0].hardware_cost = Fiat::new(3_000.0);
    op.lines[1].hardware_cost = Fiat::new(100.0);
    let net = SHIPPED_SNAPSHOT.network;
    let e = evaluate_fleet(&op, &net).unwrap();
    assert_eq!(
        (
            e.site.units_running,
            e.site.units_left_off,
            e.site.units_installed
        ),
        (13, 7, 20)
    );
    let profit = e.fleet.profit.amount();
    assert!(profit > 0.0);
    assert_within(e.payback_days.unwrap(), 30_300.0 / profit, 1e-12);

    let a = Assumptions {
        resale: Percent::new(10.0),
        ..flat(12)
    };
    let p = project_fleet(&op, &net, &a).unwrap();
    assert_within(p.hardware.amount(), 30_300.0, 1e-12);
    assert_within(p.resale.amount(), 3_030.0, 1e-12);
    let operations: f64 = p.months.iter().map(|m| m.profit.amount()).sum();
    assert_within(p.npv.amount(), operations - 30_300.0 + 3_030.0, 1e-9);
    assert_within(p.net_profit.amount(), operations - 30_300.0 + 3_030.0, 1e-9);
}
