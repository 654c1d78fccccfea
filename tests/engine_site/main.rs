//! Fleets and sites against hand-computed cases: the power cap and its order, PUE,
//! hosting, curtailment, time of use, surcharge bands, currency conversion, carbon, and
//! the Kazakhstan figures of docs/domain.md §7.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../assumptions/mod.rs"]
mod assumptions;
mod fleet;
mod projected;
mod site;
mod surcharge;
#[path = "../tolerance/mod.rs"]
mod tolerance;

use hashwatt::engine::economics::{
    evaluate_fleet, Economics, FleetOperation, Line, Machine, PayoutScheme,
};
use hashwatt::engine::money::{Currency, FxRates};
use hashwatt::engine::site::Site;
use hashwatt::engine::snapshot::NetworkSnapshot;
use hashwatt::engine::units::{
    BtcPrice, Difficulty, EnergyPrice, Fiat, Hashrate, Percent, Power, Sats,
};

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
