//! Properties of the engine over wide random inputs, each inside its accepted range.
#![cfg(not(target_arch = "wasm32"))]

use hashwatt::engine::economics::{evaluate, Economics, Operation};
use hashwatt::engine::snapshot::NetworkSnapshot;
use hashwatt::engine::units::{BtcPrice, EnergyPrice, Fiat};
use proptest::prelude::*;

mod strategies;
use strategies::{network, operation};

fn all_figures(e: &Economics) -> Vec<f64> {
    let mut v = Vec::new();
    for d in [
        e.per_unit,
        e.fleet,
        e.fleet.times(30.0),
        e.fleet.times(365.0),
    ] {
        v.extend([
            d.btc_gross.btc(),
            d.btc_net.btc(),
            d.revenue.amount(),
            d.energy_kwh,
            d.power_cost.amount(),
            d.profit.amount(),
        ]);
    }
    v.extend(e.margin);
    v.extend(e.break_even_power_price.map(EnergyPrice::amount_per_kwh));
    v.extend(e.break_even_btc_price.map(BtcPrice::amount_per_btc));
    v.extend(e.power_cost_per_btc.map(Fiat::amount));
    v.extend(e.payback_days);
    v.extend([
        e.hashprice_per_ph_day.amount(),
        e.hashprice_per_th_day.amount(),
        e.efficiency_j_per_th,
        e.network_hashrate.eh_per_s(),
        e.network_share,
        e.fleet_power.megawatts(),
    ]);
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn every_output_is_finite(op in operation(), net in network()) {
        let e = evaluate(&op, &net).expect("inputs are in range");
        for x in all_figures(&e) {
            prop_assert!(x.is_finite(), "{x} in {e:?}");
        }
        if let Some(days) = e.payback_days {
            prop_assert!(days > 0.0);
        }
    }

    #[test]
    fn profit_falls_as_power_price_rises(op in operation(), net in network(), a in 0.0..=10.0f64, b in 0.0..=10.0f64) {
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        prop_assume!(lo < hi);
        let at = |kwh| evaluate(&Operation { power_price: EnergyPrice::per_kwh(kwh), ..op }, &net).unwrap().fleet.profit.amount();
        prop_assert!(at(hi) <= at(lo));
        // Strictly, wherever the difference is larger than rounding.
        let energy = evaluate(&op, &net).unwrap().fleet.energy_kwh;
        if energy * (hi - lo) > 1e-9 * (at(lo).abs() + 1.0) {
            prop_assert!(at(hi) < at(lo));
        }
    }

    #[test]
    fn profit_rises_with_btc_price(op in operation(), net in network(), a in 1e-6..1e9f64, b in 1e-6..1e9f64) {
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        let at = |p| evaluate(&op, &NetworkSnapshot { btc_price: BtcPrice::per_btc(p), ..net }).unwrap().fleet.profit.amount();
        prop_assert!(at(hi) >= at(lo));
    }

    #[test]
    fn fleet_is_units_times_one_machine(op in operation(), net in network()) {
        let e = evaluate(&op, &net).unwrap();
        let n = f64::from(op.units);
        prop_assert_eq!(e.fleet.profit.amount(), e.per_unit.profit.amount() * n);
        prop_assert_eq!(e.fleet.btc_net.btc(), e.per_unit.btc_net.btc() * n);
    }
}

proptest! {
    // Over these ranges the break-even spans some 70 orders of magnitude; most draws
    // cannot be rescaled into the accepted range and are rejected, hence the allowance.
    #![proptest_config(ProptestConfig { cases: 5_000, max_global_rejects: 1_000_000, ..ProptestConfig::default() })]

    /// Revenue is proportional to the BTC price, so rescaling the price moves the
    /// break-even to `target`, inside the power price range the engine accepts.
    #[test]
    fn break_even_power_price_gives_zero_profit(op in operation(), net in network(), target in 1e-4..=10.0f64) {
        let be = evaluate(&op, &net).unwrap().break_even_power_price.expect("energy is positive");
        prop_assume!(be.amount_per_kwh() > 0.0);
        let price = net.btc_price.amount_per_btc() * target / be.amount_per_kwh();
        prop_assume!(price > 0.0 && price <= 1e9);
        let net = NetworkSnapshot { btc_price: BtcPrice::per_btc(price), ..net };
        let be = evaluate(&op, &net).unwrap().break_even_power_price.unwrap();
        let at_be = evaluate(&Operation { power_price: be, ..op }, &net).unwrap();
        let scale = at_be.fleet.revenue.amount();
        prop_assert!(at_be.fleet.profit.amount().abs() <= 1e-9 * scale, "{:?}", at_be.fleet);
    }

    /// The break-even BTC price is proportional to the power price: rescale the power
    /// price so that it lands at `target`, inside the BTC price range.
    #[test]
    fn break_even_btc_price_gives_zero_profit(op in operation(), net in network(), target in 1.0..=1e6f64) {
        let Some(be) = evaluate(&op, &net).unwrap().break_even_btc_price else {
            // No BTC mined (no subsidy and no fees): nothing to break even on.
            prop_assert!(evaluate(&op, &net).unwrap().fleet.btc_net.btc() == 0.0);
            return Ok(());
        };
        prop_assume!(be.amount_per_btc() > 0.0);
        let kwh = op.power_price.amount_per_kwh() * target / be.amount_per_btc();
        prop_assume!(kwh <= 10.0);
        let op = Operation { power_price: EnergyPrice::per_kwh(kwh), ..op };
        let be = evaluate(&op, &net).unwrap().break_even_btc_price.unwrap();
        let at_be = evaluate(&op, &NetworkSnapshot { btc_price: be, ..net }).unwrap();
        let scale = at_be.fleet.power_cost.amount();
        prop_assert!(at_be.fleet.profit.amount().abs() <= 1e-9 * scale, "{:?}", at_be.fleet);
    }
}
