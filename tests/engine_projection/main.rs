//! The projection against hand-computed cases (docs/domain.md C11) and over wide inputs.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../assumptions/mod.rs"]
mod assumptions;
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
use hashwatt::engine::projection::{project, Assumptions, Projection};
use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;

use assumptions::flat;
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

fn run(op: &Operation, a: &Assumptions) -> Projection {
    project(op, &SHIPPED_SNAPSHOT.network, a).expect("inputs in range")
}
