//! The site's charges and hours: PUE, hosting per kWh and per machine, curtailment and
//! its credit, time of use (the peak priced or switched off), carbon.

use hashwatt::engine::site::{Site, TimeOfUse};
use hashwatt::engine::units::{EnergyPrice, Fiat};

use crate::tolerance::assert_within;
use crate::{eval, one, BTC_PER_TH_DAY};

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
