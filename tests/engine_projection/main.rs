//! The projection against hand-computed cases (docs/domain.md C11) and over wide inputs.
#![cfg(not(target_arch = "wasm32"))]

mod cash;
mod finite;
mod growth;
mod halving;
mod returns;
#[path = "../strategies/mod.rs"]
mod strategies;
#[path = "../tolerance/mod.rs"]
mod tolerance;

use hashwatt::engine::date::Date;
use hashwatt::engine::economics::{Machine, Operation, PayoutScheme};
use hashwatt::engine::projection::{project, Assumptions, GrowthPeriod, Projection};
use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;
use hashwatt::engine::units::{EnergyPrice, Fiat, Hashrate, Percent, Power};

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
