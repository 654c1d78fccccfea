//! Random inputs for the native property tests, each inside the range the engine
//! accepts (`engine::limits`), spread over every order of magnitude.
#![allow(dead_code)] // Each test file uses its own part of this.

use hashwatt::catalog::MINERS;
use hashwatt::engine::date::Date;
use hashwatt::engine::economics::{Machine, Operation, PayoutScheme};
use hashwatt::engine::projection::{Assumptions, GrowthPeriod};
use hashwatt::engine::snapshot::NetworkSnapshot;
use hashwatt::engine::units::{
    BtcPrice, Difficulty, EnergyPrice, Fiat, Hashrate, Percent, Power, Sats,
};
use hashwatt::scenario::Scenario;
use proptest::prelude::*;

/// Log-uniform over `[lo, hi]`: wide ranges get every order of magnitude, not just the top.
pub fn log_range(lo: f64, hi: f64) -> impl Strategy<Value = f64> {
    (lo.ln()..=hi.ln())
        .prop_map(f64::exp)
        .prop_map(move |x| x.clamp(lo, hi))
}

pub fn operation() -> impl Strategy<Value = Operation> {
    (
        (
            log_range(1e-6, 1e6),
            log_range(1e-3, 1e7),
            1u32..=10_000_000,
            0.0..=10.0f64,
        ),
        (
            0.0..=99.0f64,
            log_range(1e-3, 100.0),
            0.0..=10_000_000.0f64,
            any::<bool>(),
        ),
    )
        .prop_map(|((th, w, units, kwh), (pool, up, hw, pps))| Operation {
            machine: Machine {
                hashrate: Hashrate::from_th_per_s(th),
                power: Power::from_watts(w),
            },
            units,
            power_price: EnergyPrice::per_kwh(kwh),
            pool_fee: Percent::new(pool),
            payout: if pps {
                PayoutScheme::Pps
            } else {
                PayoutScheme::Fpps
            },
            uptime: Percent::new(up),
            hardware_cost: Fiat::new(hw),
        })
}

pub fn network() -> impl Strategy<Value = NetworkSnapshot> {
    (
        log_range(1.0, 1e18),
        0u64..=20_000_000,
        0u64..=10_000_000_000,
        log_range(1e-6, 1e9),
    )
        .prop_map(|(d, height, fee_sat, price)| NetworkSnapshot {
            difficulty: Difficulty::new(d),
            height,
            avg_fees_per_block: Sats::from_sat(fee_sat),
            btc_price: BtcPrice::per_btc(price),
        })
}

/// Any projection the page accepts: a date from the genesis block on, machines
/// starting up to eleven years later, every growth rate in range.
pub fn assumptions() -> impl Strategy<Value = Assumptions> {
    let first = Date::parse_iso("2009-01-03").expect("a valid date");
    let last = Date::parse_iso("2100-12-31").expect("a valid date");
    (
        (0i64..33_000, 0i64..4_000, 1u32..=120, any::<bool>()),
        (
            -90.0..=1_000.0f64,
            -90.0..=300.0f64,
            -90.0..=1_000.0f64,
            -90.0..=1_000.0f64,
        ),
        (
            60.0..=3_600.0f64,
            0.0..=100.0f64,
            any::<bool>(),
            -50.0..=100.0f64,
        ),
    )
        .prop_map(
            move |((date, late, months, per_epoch), (dg, dh, pg, fg), (bt, resale, off, disc))| {
                let start = first.plus_days(date);
                Assumptions {
                    start,
                    months,
                    difficulty_growth: Percent::new(if per_epoch {
                        dg.clamp(-50.0, 100.0)
                    } else {
                        dg
                    }),
                    difficulty_growth_period: if per_epoch {
                        GrowthPeriod::Epoch
                    } else {
                        GrowthPeriod::Year
                    },
                    halving_difficulty_change: Percent::new(dh),
                    price_growth: Percent::new(pg),
                    fee_growth: Percent::new(fg),
                    block_time_secs: bt,
                    machines_start: start.plus_days(late).min(last),
                    resale: Percent::new(resale),
                    switch_off_when_losing: off,
                    discount_rate: Percent::new(disc),
                }
            },
        )
}

/// Any valid scenario: a catalog machine or a custom one, and everything above.
pub fn scenario() -> impl Strategy<Value = Scenario> {
    (
        proptest::option::of(0..MINERS.len()),
        operation(),
        network(),
        assumptions(),
    )
        .prop_map(|(miner, operation, network, projection)| Scenario {
            miner: miner.map(|i| &MINERS[i]),
            operation,
            network,
            projection,
        })
}
