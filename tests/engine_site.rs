//! Fleets and sites against hand-computed cases: the power cap and its order, PUE,
//! hosting, curtailment, time of use, surcharge bands, currency conversion, carbon, and
//! the Kazakhstan figures of docs/domain.md §7.
#![cfg(not(target_arch = "wasm32"))]

use hashwatt::engine::date::Date;
use hashwatt::engine::economics::{
    evaluate, evaluate_fleet, Economics, FleetOperation, Line, Machine, Operation, PayoutScheme,
};
use hashwatt::engine::money::{Currency, FxRates};
use hashwatt::engine::projection::{project_fleet, Assumptions, GrowthPeriod};
use hashwatt::engine::site::{Site, Surcharge, SurchargeTier, TimeOfUse};
use hashwatt::engine::snapshot::{NetworkSnapshot, SHIPPED_SNAPSHOT};
use hashwatt::engine::units::{
    BtcPrice, Difficulty, EnergyPrice, Fiat, Hashrate, Percent, Power, Sats,
};

mod tolerance;
use tolerance::assert_within;

/// Difficulty 1e14, subsidy 3.125 BTC, no fees, $100,000: one TH/s running all day
/// expects 86,400e12 / (1e14 * 2^32) blocks of 3.125 BTC.
const NET: NetworkSnapshot = NetworkSnapshot {
    difficulty: Difficulty::new(1e14),
    height: 940_000,
    avg_fees_per_block: Sats::ZERO,
    btc_price: BtcPrice::per_btc(100_000.0),
};
const BTC_PER_TH_DAY: f64 = 86_400e12 / (1e14 * 4_294_967_296.0) * 3.125;

fn line(th: f64, watts: f64, units: u32) -> Line {
    Line {
        machine: Machine {
            hashrate: Hashrate::from_th_per_s(th),
            power: Power::from_watts(watts),
        },
        units,
        hardware_cost: Fiat::ZERO,
    }
}

/// 100 TH/s at 3,000 W, no pool fee, at `kwh` dollars, on `site`.
fn one(kwh: f64, site: Site) -> FleetOperation {
    FleetOperation {
        lines: vec![line(100.0, 3_000.0, 1)],
        power_price: EnergyPrice::per_kwh(kwh),
        pool_fee: Percent::new(0.0),
        payout: PayoutScheme::Fpps,
        uptime: Percent::HUNDRED,
        site,
        currency: Currency::Usd,
        rates: FxRates::default(),
    }
}

fn eval(op: &FleetOperation) -> Economics {
    evaluate_fleet(op, &NET).expect("inputs in range")
}

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
fn pue_adds_overhead_to_energy_not_to_hashing() {
    let e = eval(&one(
        0.05,
        Site {
            pue: 1.2,
            ..Site::default()
        },
    ));
    // 3 kW x 1.2 x 24 h = 86.4 kWh; at $0.05: $4.32.
    assert_within(e.fleet.energy_kwh, 86.4, 1e-12);
    assert_within(e.fleet.power_cost.amount(), 4.32, 1e-12);
    assert_within(e.fleet.btc_net.btc(), 100.0 * BTC_PER_TH_DAY, 1e-12);
    assert_within(e.site.site_power.megawatts(), 0.0036, 1e-12);
    assert_within(e.fleet_power.megawatts(), 0.003, 1e-12);
}

#[test]
fn hosting_per_kwh_and_per_machine() {
    let e = eval(&one(
        0.05,
        Site {
            hosting_per_kwh: EnergyPrice::per_kwh(0.01),
            hosting_fee_per_month: Fiat::new(73.0),
            ..Site::default()
        },
    ));
    // 72 kWh at 0.05 + 0.01; $73 a month is 73 x 12 / 365 = $2.40 a day.
    assert_within(e.fleet.power_cost.amount(), 72.0 * 0.06, 1e-12);
    assert_within(e.fleet.hosting_fee.amount(), 2.4, 1e-12);
    let revenue = 100.0 * BTC_PER_TH_DAY * 100_000.0;
    assert_within(e.fleet.profit.amount(), revenue - 4.32 - 2.4, 1e-12);
    // Break-even: the all-in price per kWh that leaves nothing after the fee.
    assert_within(
        e.break_even_power_price.unwrap().amount_per_kwh(),
        (revenue - 2.4) / 72.0,
        1e-12,
    );
}

#[test]
fn curtailment_stops_hashing_and_earns_its_credit() {
    let e = eval(&one(
        0.05,
        Site {
            curtailed_hours: 4.0,
            curtailment_credit_per_mwh: Fiat::new(50.0),
            ..Site::default()
        },
    ));
    // 20 hours on: 60 kWh; 4 hours x 3 kW = 0.012 MWh at $50 = $0.60.
    assert_within(
        e.fleet.btc_net.btc(),
        100.0 * BTC_PER_TH_DAY * 20.0 / 24.0,
        1e-12,
    );
    assert_within(e.fleet.energy_kwh, 60.0, 1e-12);
    assert_within(e.fleet.curtailment_credit.amount(), 0.6, 1e-12);
    assert_within(
        e.fleet.profit.amount(),
        e.fleet.revenue.amount() - 3.0 + 0.6,
        1e-12,
    );
}

#[test]
fn time_of_use_prices_the_peak_window_or_switches_off() {
    let tou = |off| Site {
        time_of_use: Some(TimeOfUse {
            peak_price: EnergyPrice::per_kwh(0.06),
            hours: 4.0,
            switch_off: off,
        }),
        ..Site::default()
    };
    let e = eval(&one(0.04, tou(false)));
    // 3 kW x (4 h x 0.06 + 20 h x 0.04) = 3.12.
    assert_within(e.fleet.power_cost.amount(), 3.12, 1e-12);
    assert_within(
        e.site.avg_purchase_price.amount_per_kwh(),
        3.12 / 72.0,
        1e-12,
    );
    let off = eval(&one(0.04, tou(true)));
    assert_within(off.fleet.power_cost.amount(), 3.0 * 20.0 * 0.04, 1e-12);
    assert_within(
        off.fleet.btc_net.btc(),
        100.0 * BTC_PER_TH_DAY * 20.0 / 24.0,
        1e-12,
    );
    // Curtailment falls in the peak window first: 3 h curtailed of a 4 h peak.
    let both = eval(&one(
        0.04,
        Site {
            curtailed_hours: 3.0,
            ..tou(false)
        },
    ));
    assert_within(
        both.fleet.power_cost.amount(),
        3.0 * (0.06 + 20.0 * 0.04),
        1e-12,
    );
}

/// Issue 13, item 1: with the machines off at peak, curtailment takes hours they would
/// otherwise run. 100 TH/s at 3 kW, 0.04 $/kWh off peak, a 4 h peak window switched off,
/// 4 h curtailed at $50/MWh:
/// - running 24 - 4 (peak, dark) - 4 (curtailed) = 16 h: energy 3 kW x 16 h = 48 kWh,
///   power 48 x 0.04 = $1.92, BTC 100 x BTC_PER_TH_DAY x 16/24;
/// - credit for the 4 h not drawn: 3 kW x 4 h = 0.012 MWh x $50 = $0.60.
///
/// Before the fix the 4 h landed in the dark peak: 20 h ran (60 kWh, $2.40) and $0.60
/// was paid for power never drawn.
#[test]
fn curtailment_with_the_peak_switched_off_is_no_double_count() {
    let site = |curtailed_hours| Site {
        curtailed_hours,
        curtailment_credit_per_mwh: Fiat::new(50.0),
        time_of_use: Some(TimeOfUse {
            peak_price: EnergyPrice::per_kwh(0.08),
            hours: 4.0,
            switch_off: true,
        }),
        ..Site::default()
    };
    let e = eval(&one(0.04, site(4.0)));
    assert_within(e.site.hours_running, 16.0, 1e-12);
    assert_within(e.fleet.energy_kwh, 48.0, 1e-12);
    assert_within(e.fleet.power_cost.amount(), 1.92, 1e-12);
    assert_within(e.fleet.curtailment_credit.amount(), 0.6, 1e-12);
    assert_within(
        e.fleet.btc_net.btc(),
        100.0 * BTC_PER_TH_DAY * 16.0 / 24.0,
        1e-12,
    );
    // Going from 0 to 4 h of curtailment takes 4 h x 3 kW = 12 kWh off the energy.
    let none = eval(&one(0.04, site(0.0)));
    assert_within(none.fleet.energy_kwh - e.fleet.energy_kwh, 12.0, 1e-12);
    assert_within(none.fleet.curtailment_credit.amount(), 0.0, 1e-12);
}

/// Kazakhstan's bands as seeded: 1 KZT/kWh from 24 KZT/kWh, 25 KZT/kWh below.
fn kz_bands() -> Surcharge {
    Surcharge {
        currency: Currency::Kzt,
        tiers: vec![
            SurchargeTier {
                from_price: 24.0,
                per_kwh: 1.0,
            },
            SurchargeTier {
                from_price: 0.0,
                per_kwh: 25.0,
            },
        ],
    }
}

#[test]
fn surcharge_bands_are_read_in_their_currency_through_the_rate() {
    let rates = FxRates::new(500.0, 0.9, 7.0, 80.0);
    let in_usd = |kwh| {
        eval(&FleetOperation {
            rates,
            ..one(
                kwh,
                Site {
                    surcharge: kz_bands(),
                    ..Site::default()
                },
            )
        })
    };
    // $0.05 is 25 KZT: the 1 KZT band, $0.002 a kWh; 72 kWh pay $0.144.
    let e = in_usd(0.05);
    assert_within(e.site.surcharge_per_kwh.amount_per_kwh(), 0.002, 1e-12);
    assert_within(e.fleet.surcharge.amount(), 0.144, 1e-12);
    assert_within(e.fleet.power_cost.amount(), 72.0 * 0.052, 1e-12);
    // $0.04 is 20 KZT: the 25 KZT band, $0.05 a kWh.
    assert_within(in_usd(0.04).fleet.surcharge.amount(), 72.0 * 0.05, 1e-12);

    // The same in tenge: the tariff is entered in KZT and the BTC price follows.
    let kzt = eval(&FleetOperation {
        currency: Currency::Kzt,
        rates,
        ..one(
            25.0,
            Site {
                surcharge: kz_bands(),
                ..Site::default()
            },
        )
    });
    assert_within(kzt.fleet.power_cost.amount(), 72.0 * 26.0, 1e-12);
    assert_within(kzt.btc_price.amount_per_btc(), 50_000_000.0, 1e-12);
    assert_within(
        kzt.fleet.revenue.amount(),
        100.0 * BTC_PER_TH_DAY * 50_000_000.0,
        1e-12,
    );
    assert_within(
        kzt.hashprice_per_ph_day.amount(),
        e.hashprice_per_ph_day.amount() * 500.0,
        1e-12,
    );
    assert_within(
        kzt.fleet.profit.amount(),
        e.fleet.profit.amount() * 500.0,
        1e-12,
    );
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

#[test]
fn carbon_per_day_and_per_btc() {
    let e = eval(&one(
        0.05,
        Site {
            carbon_g_per_kwh: Some(821.0),
            ..Site::default()
        },
    ));
    // 72 kWh x 821 g = 59.112 kg a day.
    assert_within(e.site.co2_tonnes_per_day.unwrap(), 0.059_112, 1e-12);
    assert_within(
        e.site.co2_kg_per_btc.unwrap(),
        59.112 / (100.0 * BTC_PER_TH_DAY),
        1e-12,
    );
    assert_eq!(
        eval(&one(0.05, Site::default())).site.co2_tonnes_per_day,
        None
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

#[test]
fn a_projected_fleet_switches_each_model_off_on_its_own() {
    let a = Assumptions {
        start: Date::parse_iso("2026-03-20").unwrap(),
        months: 12,
        difficulty_growth: Percent::new(0.0),
        difficulty_growth_period: GrowthPeriod::Year,
        halving_difficulty_change: Percent::new(0.0),
        price_growth: Percent::new(0.0),
        fee_growth: Percent::new(0.0),
        block_time_secs: 600.0,
        machines_start: Date::parse_iso("2026-03-20").unwrap(),
        resale: Percent::new(0.0),
        switch_off_when_losing: true,
        discount_rate: Percent::new(0.0),
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

/// The surcharge band is chosen by the average purchase price over the hours the
/// machines actually run: switching off at peak takes the dear hours out of the
/// average and can move the band (README, `sur` and `peakoff`).
#[test]
fn the_surcharge_band_follows_the_average_price_of_the_hours_run() {
    // 22 KZT/kWh off peak, 40 KZT/kWh from 18 to 22 h; 1 KZT/kWh from an average of
    // 24 KZT, else 25.
    let site = |switch_off: bool| Site {
        time_of_use: Some(TimeOfUse {
            peak_price: EnergyPrice::per_kwh(40.0),
            hours: 4.0,
            switch_off,
        }),
        surcharge: Surcharge {
            currency: Currency::Kzt,
            tiers: vec![
                SurchargeTier {
                    from_price: 24.0,
                    per_kwh: 1.0,
                },
                SurchargeTier {
                    from_price: 0.0,
                    per_kwh: 25.0,
                },
            ],
        },
        ..Site::default()
    };
    let rates = FxRates::default();
    let at = |off| site(off).rates(EnergyPrice::per_kwh(22.0), Currency::Kzt, &rates);
    // Running all day: (4 x 40 + 20 x 22) / 24 = 600 / 24 = 25 KZT, in the 1 KZT band;
    // 26 KZT/kWh all in.
    let running = at(false);
    assert_within(running.avg_purchase_price.amount_per_kwh(), 25.0, 1e-12);
    assert_eq!(running.surcharge_per_kwh.amount_per_kwh(), 1.0);
    assert_within(running.all_in_per_kwh.amount_per_kwh(), 26.0, 1e-12);
    // Off at peak: only the 20 hours at 22 KZT are bought, 22 < 24: the 25 KZT band;
    // 47 KZT/kWh all in, dearer per kWh than running through the peak.
    let off = at(true);
    assert_eq!(off.hours.running, 20.0);
    assert_within(off.avg_purchase_price.amount_per_kwh(), 22.0, 1e-12);
    assert_eq!(off.surcharge_per_kwh.amount_per_kwh(), 25.0);
    assert_within(off.all_in_per_kwh.amount_per_kwh(), 47.0, 1e-12);
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
        start: Date::parse_iso("2026-03-20").unwrap(),
        months: 12,
        difficulty_growth: Percent::new(0.0),
        difficulty_growth_period: GrowthPeriod::Year,
        halving_difficulty_change: Percent::new(0.0),
        price_growth: Percent::new(0.0),
        fee_growth: Percent::new(0.0),
        block_time_secs: 600.0,
        machines_start: Date::parse_iso("2026-03-20").unwrap(),
        resale: Percent::new(10.0),
        switch_off_when_losing: false,
        discount_rate: Percent::new(0.0),
    };
    let p = project_fleet(&op, &net, &a).unwrap();
    assert_within(p.hardware.amount(), 30_300.0, 1e-12);
    assert_within(p.resale.amount(), 3_030.0, 1e-12);
    let operations: f64 = p.months.iter().map(|m| m.profit.amount()).sum();
    assert_within(p.npv.amount(), operations - 30_300.0 + 3_030.0, 1e-9);
    assert_within(p.net_profit.amount(), operations - 30_300.0 + 3_030.0, 1e-9);
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
        start: Date::parse_iso("2026-03-20").unwrap(),
        months: 12,
        difficulty_growth: Percent::new(0.0),
        difficulty_growth_period: GrowthPeriod::Year,
        halving_difficulty_change: Percent::new(0.0),
        price_growth: Percent::new(0.0),
        fee_growth: Percent::new(0.0),
        block_time_secs: 600.0,
        machines_start: Date::parse_iso("2026-03-20").unwrap(),
        resale: Percent::new(20.0),
        switch_off_when_losing: false,
        discount_rate: Percent::new(0.0),
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
