//! The result hooks: the names partners and tests read (`data-testid`) and the
//! `data-value` behind each, in its stated unit. Part of the public contract, with the
//! query keys.

use crate::decimal::parse_f64;
use crate::engine::date::Date;
use crate::engine::economics::Economics;
use crate::engine::projection::Projection;

/// A result hook: a figure partners and tests read by its `data-testid`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Hook {
    BtcPerDay,
    BtcPerDayGross,
    RevenuePerDay,
    PowerKwhPerDay,
    PowerCostPerDay,
    ProfitPerDay,
    ProfitPerMonth,
    ProfitPerYear,
    Margin,
    BreakEvenPowerPrice,
    BreakEvenBtcPrice,
    HashpricePh,
    HashpriceTh,
    CostPerBtc,
    Efficiency,
    PaybackDays,
    NetworkHashrate,
    NetworkShare,
    FleetPower,
    ProjectedBtc,
    ProjectedProfit,
    PaybackDate,
    Npv,
    Irr,
    HalvingDate,
    AvgCostPerBtc,
    FleetUnitsRunning,
    FleetUnitsLeftOff,
    SitePower,
    Co2PerDay,
    Co2PerBtc,
    CurtailmentCreditPerDay,
    SurchargePerDay,
}

/// How a hook's value is read from the results.
#[derive(Clone, Copy)]
pub enum Read {
    /// A figure of the economics at the scenario's network figures.
    Today(fn(&Economics) -> Option<f64>),
    /// A figure of the projection.
    Projected(fn(&Projection) -> Option<f64>),
    /// A date of the projection.
    Date(fn(&Projection) -> Option<Date>),
    /// Several figures of the projection, lowest first (the IRRs): `data-value` holds
    /// them all, joined by commas, and is empty when there is none.
    Several(fn(&Projection) -> &[f64]),
}

/// One row of the contract: the hook, its `data-testid`, the unit its `data-value` is in
/// (money in the scenario's currency, written USD as in the README), and how it is read.
pub struct HookRow {
    pub hook: Hook,
    pub id: &'static str,
    pub unit: &'static str,
    pub read: Read,
}

/// Every result hook, in the order the README lists them: the one list the page, the
/// tests, the fuzz target and the README check read.
pub const HOOKS: [HookRow; 33] = [
    HookRow {
        hook: Hook::BtcPerDay,
        id: "btc-per-day",
        unit: "BTC/day",
        read: Read::Today(|e| Some(e.fleet.btc_net.btc())),
    },
    HookRow {
        hook: Hook::BtcPerDayGross,
        id: "btc-per-day-gross",
        unit: "BTC/day",
        read: Read::Today(|e| Some(e.fleet.btc_gross.btc())),
    },
    HookRow {
        hook: Hook::RevenuePerDay,
        id: "revenue-per-day",
        unit: "USD/day",
        read: Read::Today(|e| Some(e.fleet.revenue.amount())),
    },
    HookRow {
        hook: Hook::PowerKwhPerDay,
        id: "power-kwh-per-day",
        unit: "kWh/day",
        read: Read::Today(|e| Some(e.fleet.energy_kwh)),
    },
    HookRow {
        hook: Hook::PowerCostPerDay,
        id: "power-cost-per-day",
        unit: "USD/day",
        read: Read::Today(|e| Some(e.fleet.power_cost.amount())),
    },
    HookRow {
        hook: Hook::ProfitPerDay,
        id: "profit-per-day",
        unit: "USD/day",
        read: Read::Today(|e| Some(e.fleet.profit.amount())),
    },
    HookRow {
        hook: Hook::ProfitPerMonth,
        id: "profit-per-month",
        unit: "USD",
        read: Read::Today(|e| Some(e.fleet.times(30.0).profit.amount())),
    },
    HookRow {
        hook: Hook::ProfitPerYear,
        id: "profit-per-year",
        unit: "USD",
        read: Read::Today(|e| Some(e.fleet.times(365.0).profit.amount())),
    },
    HookRow {
        hook: Hook::Margin,
        id: "margin",
        unit: "fraction",
        read: Read::Today(|e| e.margin),
    },
    HookRow {
        hook: Hook::BreakEvenPowerPrice,
        id: "break-even-power-price",
        unit: "USD/kWh",
        read: Read::Today(|e| e.break_even_power_price.map(|p| p.amount_per_kwh())),
    },
    HookRow {
        hook: Hook::BreakEvenBtcPrice,
        id: "break-even-btc-price",
        unit: "USD",
        read: Read::Today(|e| e.break_even_btc_price.map(|p| p.amount_per_btc())),
    },
    HookRow {
        hook: Hook::HashpricePh,
        id: "hashprice-ph",
        unit: "USD/PH/s/day",
        read: Read::Today(|e| Some(e.hashprice_per_ph_day.amount())),
    },
    HookRow {
        hook: Hook::HashpriceTh,
        id: "hashprice-th",
        unit: "USD/TH/s/day",
        read: Read::Today(|e| Some(e.hashprice_per_th_day.amount())),
    },
    HookRow {
        hook: Hook::CostPerBtc,
        id: "cost-per-btc",
        unit: "USD/BTC",
        read: Read::Today(|e| e.power_cost_per_btc.map(|c| c.amount())),
    },
    HookRow {
        hook: Hook::Efficiency,
        id: "efficiency",
        unit: "J/TH",
        read: Read::Today(|e| Some(e.efficiency_j_per_th)),
    },
    HookRow {
        hook: Hook::PaybackDays,
        id: "payback-days",
        unit: "days",
        read: Read::Today(|e| e.payback_days),
    },
    HookRow {
        hook: Hook::NetworkHashrate,
        id: "network-hashrate",
        unit: "EH/s",
        read: Read::Today(|e| Some(e.network_hashrate.eh_per_s())),
    },
    HookRow {
        hook: Hook::NetworkShare,
        id: "network-share",
        unit: "fraction",
        read: Read::Today(|e| Some(e.network_share)),
    },
    HookRow {
        hook: Hook::FleetPower,
        id: "fleet-power",
        unit: "MW",
        read: Read::Today(|e| Some(e.fleet_power.megawatts())),
    },
    HookRow {
        hook: Hook::ProjectedBtc,
        id: "projected-btc",
        unit: "BTC",
        read: Read::Projected(|p| Some(p.total_btc.btc())),
    },
    HookRow {
        hook: Hook::ProjectedProfit,
        id: "projected-profit",
        unit: "USD",
        read: Read::Projected(|p| Some(p.net_profit.amount())),
    },
    HookRow {
        hook: Hook::PaybackDate,
        id: "payback-date",
        unit: "YYYY-MM-DD",
        read: Read::Date(|p| p.payback),
    },
    HookRow {
        hook: Hook::Npv,
        id: "npv",
        unit: "USD",
        read: Read::Projected(|p| Some(p.npv.amount())),
    },
    HookRow {
        hook: Hook::Irr,
        id: "irr",
        unit: "fraction",
        read: Read::Several(|p| &p.irr),
    },
    HookRow {
        hook: Hook::HalvingDate,
        id: "halving-date",
        unit: "YYYY-MM-DD",
        read: Read::Date(|p| Some(p.halving.date)),
    },
    HookRow {
        hook: Hook::AvgCostPerBtc,
        id: "avg-cost-per-btc",
        unit: "USD/BTC",
        read: Read::Projected(|p| p.avg_cost_per_btc.map(|c| c.amount())),
    },
    HookRow {
        hook: Hook::FleetUnitsRunning,
        id: "fleet-units-running",
        unit: "units",
        read: Read::Today(|e| Some(f64::from(e.site.units_running))),
    },
    HookRow {
        hook: Hook::FleetUnitsLeftOff,
        id: "fleet-units-left-off",
        unit: "units",
        read: Read::Today(|e| Some(f64::from(e.site.units_left_off))),
    },
    HookRow {
        hook: Hook::SitePower,
        id: "site-power",
        unit: "MW",
        read: Read::Today(|e| Some(e.site.site_power.megawatts())),
    },
    HookRow {
        hook: Hook::Co2PerDay,
        id: "co2-per-day",
        unit: "t CO2/day",
        read: Read::Today(|e| e.site.co2_tonnes_per_day),
    },
    HookRow {
        hook: Hook::Co2PerBtc,
        id: "co2-per-btc",
        unit: "kg CO2/BTC",
        read: Read::Today(|e| e.site.co2_kg_per_btc),
    },
    HookRow {
        hook: Hook::CurtailmentCreditPerDay,
        id: "curtailment-credit-per-day",
        unit: "`cur`/day",
        read: Read::Today(|e| Some(e.fleet.curtailment_credit.amount())),
    },
    HookRow {
        hook: Hook::SurchargePerDay,
        id: "surcharge-per-day",
        unit: "`cur`/day",
        read: Read::Today(|e| Some(e.fleet.surcharge.amount())),
    },
];

impl Hook {
    /// The hook's row in [`HOOKS`].
    pub fn row(self) -> &'static HookRow {
        // Every variant has a row: the table is checked in full by a test below.
        HOOKS
            .iter()
            .find(|r| r.hook == self)
            .expect("every hook has a row in HOOKS")
    }

    /// The `data-testid`.
    pub fn id(self) -> &'static str {
        self.row().id
    }

    /// The figure of today's economics behind a hook of [`Read::Today`]; `None` for the
    /// projection's hooks and when the figure is undefined.
    pub fn today(self, e: &Economics) -> Option<f64> {
        match self.row().read {
            Read::Today(read) => read(e),
            Read::Projected(_) | Read::Date(_) | Read::Several(_) => None,
        }
    }

    /// The figure of the projection behind a hook of [`Read::Projected`]; `None` for
    /// the others and when the figure is undefined.
    pub fn projected(self, p: &Projection) -> Option<f64> {
        match self.row().read {
            Read::Projected(read) => read(p),
            Read::Today(_) | Read::Date(_) | Read::Several(_) => None,
        }
    }

    /// The figures behind a hook of [`Read::Several`], lowest first; empty for the
    /// others.
    pub fn several(self, p: &Projection) -> &[f64] {
        match self.row().read {
            Read::Several(read) => read(p),
            Read::Today(_) | Read::Projected(_) | Read::Date(_) => &[],
        }
    }

    /// The date behind a hook of [`Read::Date`] as `YYYY-MM-DD`; empty for the others
    /// and when there is none.
    pub fn data_date(self, p: &Projection) -> String {
        match self.row().read {
            Read::Date(read) => read(p).map(|d| d.to_iso()).unwrap_or_default(),
            Read::Today(_) | Read::Projected(_) | Read::Several(_) => String::new(),
        }
    }

    /// The `data-value` of this hook for these results.
    pub fn data_value(self, e: &Economics, p: &Projection) -> String {
        match self.row().read {
            Read::Today(read) => data_value(read(e)),
            Read::Projected(read) => data_value(read(p)),
            Read::Date(_) => self.data_date(p),
            Read::Several(read) => data_values(read(p)),
        }
    }
}

/// Every result hook's `data-testid`, in [`HOOKS`] order.
pub fn result_hooks() -> impl Iterator<Item = &'static str> {
    HOOKS.iter().map(|r| r.id)
}

/// The hook on each fleet line's daily profit, told apart by `data-model` (`m1` for the
/// first line, then `m2`..`m8` as in links).
pub const MODEL_PROFIT_HOOK: &str = "model-profit-per-day";

/// A number's `data-value`: Rust's shortest round-trip text, empty when undefined.
/// Negative zero (the profit of no machine running) is written `0`.
pub fn data_value(value: Option<f64>) -> String {
    value
        .filter(|v| v.is_finite())
        .map(|v| if v == 0.0 { 0.0 } else { v })
        .map(|v| v.to_string())
        .unwrap_or_default()
}

/// The `data-value` of several figures: each as [`data_value`] writes it, joined by
/// commas, lowest first as given; empty for none. Figures that are not finite are left
/// out.
pub fn data_values(values: &[f64]) -> String {
    values
        .iter()
        .map(|v| data_value(Some(*v)))
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(",")
}

/// The `data-value` of each hook for these results, in [`HOOKS`] order.
pub fn hook_values(e: &Economics, p: &Projection) -> Vec<(&'static str, String)> {
    HOOKS
        .iter()
        .map(|r| (r.id, r.hook.data_value(e, p)))
        .collect()
}

/// Relative tolerance under which two numeric `data-value`s are the same figure: far
/// below any digit shown or any change of formula, above the last-bit drift of
/// reordered float arithmetic (or of `powf` between native and WebAssembly).
pub const SAME_FIGURE_TOLERANCE: f64 = 1e-12;

/// Whether two `data-value` texts show the same figure: numbers equal within
/// [`SAME_FIGURE_TOLERANCE`], lists of numbers (`irr`) the same length and equal number
/// by number, anything else (dates, empty) equal as text. What golden links promise.
pub fn same_figure(a: &str, b: &str) -> bool {
    if a.contains(',') || b.contains(',') {
        let (xs, ys): (Vec<&str>, Vec<&str>) = (a.split(',').collect(), b.split(',').collect());
        return xs.len() == ys.len() && xs.iter().zip(&ys).all(|(x, y)| same_number(x, y));
    }
    same_number(a, b)
}

/// [`same_figure`] for one value.
fn same_number(a: &str, b: &str) -> bool {
    match (parse_f64(a), parse_f64(b)) {
        (Some(x), Some(y)) => {
            x == y || (x - y).abs() <= SAME_FIGURE_TOLERANCE * x.abs().max(y.abs())
        }
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hook_has_one_row_and_a_unique_id() {
        for (i, row) in HOOKS.iter().enumerate() {
            assert_eq!(row.hook.row().id, row.id, "{:?}", row.hook);
            assert!(
                HOOKS
                    .iter()
                    .skip(i + 1)
                    .all(|r| r.id != row.id && r.hook != row.hook),
                "{} twice",
                row.id
            );
        }
    }

    #[test]
    fn same_figure_allows_only_last_bits() {
        assert!(same_figure("858.9934592", "858.9934592000001"));
        assert!(same_figure("", ""));
        assert!(same_figure("0", "0"));
        assert!(same_figure("2028-04-11", "2028-04-11"));
        assert!(!same_figure("2028-04-11", "2028-04-12"));
        assert!(!same_figure("858.9934592", "858.99346"));
        assert!(!same_figure("", "0"));
        assert!(!same_figure("-1", "1"));
        assert!(same_figure("0.035,1.748", "0.035,1.7480000000000001"));
        assert!(!same_figure("0.035,1.748", "0.035"));
        assert!(!same_figure("0.035,1.748", "1.748,0.035"));
    }

    #[test]
    fn several_values_join_with_commas() {
        assert_eq!(data_values(&[0.035, 1.748]), "0.035,1.748");
        assert_eq!(data_values(&[]), "");
        assert_eq!(data_values(&[f64::NAN, 2.0]), "2");
    }
}
