//! Over wide inputs (`strategies`): every projected figure is finite.

use hashwatt::engine::projection::project;
use hashwatt::engine::snapshot::{NetworkSnapshot, SHIPPED_SNAPSHOT};
use hashwatt::engine::units::{BtcPrice, Difficulty};
use proptest::prelude::*;

use crate::strategies::{assumptions, operation};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_projected_figure_is_finite(op in operation(), a in assumptions(), d in 1.0..1e18f64, height in 0u64..20_000_000, price in 1e-3..1e9f64) {
        let net = NetworkSnapshot { difficulty: Difficulty::new(d), height, btc_price: BtcPrice::per_btc(price), ..SHIPPED_SNAPSHOT.network };
        let p = project(&op, &net, &a).unwrap();
        prop_assert_eq!(p.months.len(), a.months as usize);
        for m in &p.months {
            for x in [m.btc.btc(), m.revenue.amount(), m.power_cost.amount(), m.profit.amount(), m.cash_flow.amount(), m.cumulative.amount(), m.running] {
                prop_assert!(x.is_finite(), "{:?}", m);
            }
            prop_assert!(m.btc.btc() >= 0.0 && (0.0..=1.0 + 1e-9).contains(&m.running));
        }
        for x in [p.total_btc.btc(), p.net_profit.amount(), p.npv.amount()] {
            prop_assert!(x.is_finite());
        }
        prop_assert!(p.irr.iter().all(|r| r.is_finite() && *r > -1.0));
        prop_assert!(p.irr.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(p.avg_cost_per_btc.is_none_or(|c| c.amount().is_finite()));
    }
}
