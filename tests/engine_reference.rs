//! The engine against public worked examples (docs/domain.md §3) and Bitcoin Core's subsidy
//! rule (docs/domain.md §1), to the digits those sources give.
#![cfg(not(target_arch = "wasm32"))]

use hashwatt::engine::economics::{evaluate, Economics, Machine, Operation, PayoutScheme};
use hashwatt::engine::protocol::{
    expected_blocks_per_day, expected_secs_per_block, implied_network_hashrate, subsidy_at,
};
use hashwatt::engine::snapshot::{NetworkSnapshot, SHIPPED_SNAPSHOT};
use hashwatt::engine::units::{
    BtcPrice, Difficulty, EnergyPrice, Fiat, Hashrate, Percent, Power, Sats,
};

mod tolerance;
use tolerance::assert_within;

/// Rounds `x` to `digits` decimal places, as a source printing that many digits would.
fn rounded(x: f64, digits: i32) -> f64 {
    let k = 10f64.powi(digits);
    (x * k).round() / k
}

fn operation(th: f64, watts: f64, units: u32, kwh: f64, pool_percent: f64) -> Operation {
    Operation {
        machine: Machine {
            hashrate: Hashrate::from_th_per_s(th),
            power: Power::from_watts(watts),
        },
        units,
        power_price: EnergyPrice::per_kwh(kwh),
        pool_fee: Percent::new(pool_percent),
        payout: PayoutScheme::Fpps,
        uptime: Percent::HUNDRED,
        hardware_cost: Fiat::ZERO,
    }
}

fn network(difficulty: f64, height: u64, fee_sat: u64, price: f64) -> NetworkSnapshot {
    NetworkSnapshot {
        difficulty: Difficulty::new(difficulty),
        height,
        avg_fees_per_block: Sats::from_sat(fee_sat),
        btc_price: BtcPrice::per_btc(price),
    }
}

fn run(op: &Operation, net: &NetworkSnapshot) -> Economics {
    evaluate(op, net).expect("reference inputs are in range")
}

#[track_caller]
fn subsidy_case(height: u64, sat: u64) {
    assert_eq!(subsidy_at(height).to_sat(), sat, "height {height}");
}

#[test]
fn subsidy_follows_bitcoin_core() {
    subsidy_case(0, 5_000_000_000);
    subsidy_case(209_999, 5_000_000_000);
    subsidy_case(210_000, 2_500_000_000);
    subsidy_case(839_999, 625_000_000);
    subsidy_case(840_000, 312_500_000);
    subsidy_case(1_050_000, 156_250_000);
    subsidy_case(6_720_000, 1);
    subsidy_case(6_930_000, 0);
    // The shift guard: 64 halvings and beyond must not panic.
    subsidy_case(64 * 210_000, 0);
    subsidy_case(u64::MAX, 0);
}

#[test]
fn subsidy_matches_core_for_every_era() {
    for era in 0..70u64 {
        let expected = if era >= 64 {
            0
        } else {
            5_000_000_000u64 >> era
        };
        subsidy_case(era * 210_000, expected);
        subsidy_case(era * 210_000 + 209_999, expected);
    }
}

/// 21mScot/dashboard tests: difficulty 150 T, subsidy 3.125 BTC, no fees, $90,000.
#[test]
fn dashboard_examples() {
    // Any height in the 840,000 era pays 3.125 BTC.
    let net = network(150_000_000_000_000.0, 900_000, 0, 90_000.0);
    let btc = |th: f64| {
        run(&operation(th, 3_500.0, 1, 0.0, 0.0), &net)
            .fleet
            .btc_net
            .btc()
    };
    assert_eq!(rounded(btc(200.0), 10), 0.0000838190);
    assert_eq!(rounded(btc(186.0), 10), 0.0000779517);
    assert_eq!(rounded(btc(120.0), 10), 0.0000502914);
    assert_eq!(rounded(btc(480.0), 8), 0.00020117);
    let revenue = run(&operation(200.0, 3_500.0, 1, 0.0, 0.0), &net)
        .fleet
        .revenue
        .amount();
    assert_eq!(rounded(revenue, 2), 7.54);
}

/// Bitcoin wiki, "Difficulty": at difficulty 20,000 a 1 GH/s miner waits 23.861 hours.
#[test]
fn wiki_time_to_block() {
    let secs = expected_secs_per_block(
        Hashrate::from_hashes_per_second(1e9),
        Difficulty::new(20_000.0),
    );
    assert_eq!(rounded(secs / 3_600.0, 3), 23.861);
}

/// A long-quoted forum example: 21,990,232,555,520 H/s at difficulty 47,427,554,950.648
/// with a 25 BTC reward mines 6.99542703277 BTC in 30 days.
#[test]
fn forum_thirty_days() {
    let blocks = expected_blocks_per_day(
        Hashrate::from_hashes_per_second(21_990_232_555_520.0),
        Difficulty::new(47_427_554_950.648),
    );
    assert_eq!(rounded(blocks * 25.0 * 30.0, 11), 6.99542703277);
    // The same through the whole engine: any height of the 25 BTC era, no fees.
    let net = network(47_427_554_950.648, 300_000, 0, 1.0);
    let op = operation(21_990_232_555_520.0 / 1e12, 1_000.0, 1, 0.0, 0.0);
    let month = run(&op, &net).fleet.times(30.0);
    assert_eq!(rounded(month.btc_net.btc(), 11), 6.99542703277);
}

/// Hashrate Index showed $55.97/PH/day at difficulty 101.65 T, $87,235 and an average
/// reward of 3.28 BTC; the formula gives $56.63 (their averaging explains the gap).
#[test]
fn hashrate_index_hashprice() {
    // 3.28 BTC = 3.125 subsidy + 0.155 fees.
    let net = network(101.65e12, 900_000, 15_500_000, 87_235.0);
    let e = run(&operation(200.0, 3_500.0, 1, 0.05, 2.0), &net);
    assert_eq!(rounded(e.hashprice_per_ph_day.amount(), 2), 56.63);
    assert_eq!(rounded(e.hashprice_per_th_day.amount(), 5), 0.05663);
    let gap = (e.hashprice_per_ph_day.amount() - 55.97) / 55.97;
    assert!((0.01..0.02).contains(&gap), "{gap}");
}

/// docs/domain.md §4: the shipped snapshot implies about 958 EH/s and $29.6/PH/day.
#[test]
fn shipped_snapshot_figures() {
    let snap = SHIPPED_SNAPSHOT.network;
    assert_eq!(SHIPPED_SNAPSHOT.date, "2026-03-20");
    assert_eq!(subsidy_at(snap.height).to_sat(), 312_500_000);
    assert_eq!(
        implied_network_hashrate(snap.difficulty).eh_per_s().round(),
        958.0
    );
    assert_eq!(rounded(snap.hashprice_per_ph_day().amount(), 1), 29.6);
}

/// docs/domain.md §7: 10,300 Avalon A1246 (90 TH/s, 3,420 W) at 5 US cents/kWh lose money
/// on the shipped snapshot; their break-even is near 3.2 cents.
#[test]
fn canaan_fleet_on_todays_network() {
    let op = operation(90.0, 3_420.0, 10_300, 0.05, 2.0);
    let e = run(&op, &SHIPPED_SNAPSHOT.network);
    assert!(e.fleet.profit.amount() < 0.0);
    let break_even = e
        .break_even_power_price
        .expect("revenue is positive")
        .amount_per_kwh();
    assert_eq!(rounded(break_even, 3), 0.032);
    // By hand: 90 TH/s x $29.617/PH/day x 0.98 / (3.42 kW x 24 h).
    let by_hand = 0.090 * SHIPPED_SNAPSHOT.network.hashprice_per_ph_day().amount() * 0.98 / 82.08;
    assert_within(break_even, by_hand, 1e-12);
    assert_eq!(e.payback_days, None);
    assert_within(e.fleet_power.megawatts(), 35.226, 1e-12);
    assert_within(e.efficiency_j_per_th, 38.0, 1e-12);
}

/// Every output by hand for one operation with fees, uptime, a pool fee and hardware.
#[test]
fn all_outputs_by_hand() {
    let net = network(100e12, 941_472, 2_000_000, 60_000.0);
    let op = Operation {
        uptime: Percent::new(95.0),
        hardware_cost: Fiat::new(3_000.0),
        ..operation(200.0, 3_500.0, 10, 0.04, 2.5)
    };
    let e = run(&op, &net);
    let blocks = 200e12 * 86_400.0 / (100e12 * 4_294_967_296.0) * 0.95;
    let gross = blocks * 3.145;
    let net_btc = gross * 0.975;
    let revenue = net_btc * 60_000.0;
    let kwh = 3.5 * 24.0 * 0.95;
    let cost = kwh * 0.04;
    let profit = revenue - cost;
    assert_within(e.per_unit.btc_gross.btc(), gross, 1e-12);
    assert_within(e.fleet.btc_gross.btc(), gross * 10.0, 1e-12);
    assert_within(e.fleet.btc_net.btc(), net_btc * 10.0, 1e-12);
    assert_within(e.fleet.revenue.amount(), revenue * 10.0, 1e-12);
    assert_within(e.fleet.energy_kwh, kwh * 10.0, 1e-12);
    assert_within(e.fleet.power_cost.amount(), cost * 10.0, 1e-12);
    assert_within(e.fleet.profit.amount(), profit * 10.0, 1e-12);
    assert_within(e.fleet.times(30.0).profit.amount(), profit * 300.0, 1e-12);
    assert_within(
        e.fleet.times(365.0).profit.amount(),
        profit * 3_650.0,
        1e-12,
    );
    assert_within(e.margin.unwrap(), profit / revenue, 1e-12);
    assert_within(
        e.break_even_power_price.unwrap().amount_per_kwh(),
        revenue / kwh,
        1e-12,
    );
    assert_within(
        e.break_even_btc_price.unwrap().amount_per_btc(),
        cost / net_btc,
        1e-12,
    );
    assert_within(
        e.power_cost_per_btc.unwrap().amount(),
        cost / net_btc,
        1e-12,
    );
    assert_within(e.payback_days.unwrap(), 30_000.0 / (profit * 10.0), 1e-12);
    assert_within(
        e.network_hashrate.eh_per_s(),
        100e12 * 4_294_967_296.0 / 600.0 / 1e18,
        1e-12,
    );
    assert_within(
        e.network_share,
        2e15 / (100e12 * 4_294_967_296.0 / 600.0),
        1e-12,
    );
    assert_within(e.efficiency_j_per_th, 17.5, 1e-12);
    assert_within(e.fleet_power.megawatts(), 0.035, 1e-12);
}

/// PPS pays the subsidy only, with the pool fee on it; hashprice still counts fees.
#[test]
fn pps_pays_no_transaction_fees() {
    let net = network(100e12, 941_472, 2_000_000, 60_000.0);
    let fpps = run(&operation(200.0, 3_500.0, 1, 0.05, 2.0), &net);
    let pps = run(
        &Operation {
            payout: PayoutScheme::Pps,
            ..operation(200.0, 3_500.0, 1, 0.05, 2.0)
        },
        &net,
    );
    assert_within(
        pps.fleet.btc_gross.btc() / fpps.fleet.btc_gross.btc(),
        3.125 / 3.145,
        1e-12,
    );
    assert_within(
        pps.fleet.btc_net.btc(),
        pps.fleet.btc_gross.btc() * 0.98,
        1e-12,
    );
    assert_eq!(pps.hashprice_per_ph_day, fpps.hashprice_per_ph_day);
}

#[test]
fn no_subsidy_no_fees_gives_no_undefined_figures() {
    let net = network(100e12, 7_000_000, 0, 60_000.0);
    for payout in [PayoutScheme::Fpps, PayoutScheme::Pps] {
        let e = run(
            &Operation {
                payout,
                hardware_cost: Fiat::new(1.0),
                ..operation(200.0, 3_500.0, 1, 0.05, 2.0)
            },
            &net,
        );
        assert_eq!(e.fleet.btc_net.btc(), 0.0);
        assert_eq!(e.margin, None);
        assert_eq!(e.break_even_btc_price, None);
        assert_eq!(e.power_cost_per_btc, None);
        assert_eq!(e.payback_days, None);
        assert_eq!(
            e.break_even_power_price.map(|p| p.amount_per_kwh()),
            Some(0.0)
        );
    }
}

#[test]
fn out_of_range_inputs_are_errors_naming_the_input() {
    use hashwatt::engine::limits::Input;
    let net = SHIPPED_SNAPSHOT.network;
    let bad = |op: Operation| evaluate(&op, &net).unwrap_err().input;
    let base = operation(200.0, 3_500.0, 1, 0.05, 2.0);
    assert_eq!(bad(Operation { units: 0, ..base }), Input::Units);
    assert_eq!(
        bad(operation(f64::NAN, 3_500.0, 1, 0.05, 2.0)),
        Input::Hashrate
    );
    assert_eq!(bad(operation(200.0, -1.0, 1, 0.05, 2.0)), Input::Power);
    assert_eq!(
        bad(operation(200.0, 3_500.0, 1, f64::INFINITY, 2.0)),
        Input::PowerPrice
    );
    assert_eq!(
        bad(operation(200.0, 3_500.0, 1, 0.05, 100.0)),
        Input::PoolFee
    );
    assert_eq!(
        bad(Operation {
            uptime: Percent::new(0.0),
            ..base
        }),
        Input::Uptime
    );
    let err = evaluate(
        &base,
        &NetworkSnapshot {
            difficulty: Difficulty::new(0.0),
            ..net
        },
    )
    .unwrap_err();
    assert_eq!(err.input, Input::Difficulty);
    assert_eq!(
        err.to_string(),
        "difficulty 0 is out of range: allowed from 1 to 1000000000000000000"
    );
}
