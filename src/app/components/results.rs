//! The results: the headline, the daily flows over a day, a month and a year, and the
//! key figures. Every figure carries its public hook and names its unit.

use std::rc::Rc;

use yew::prelude::*;

use crate::scenario::hooks::Hook;

use super::assumptions::Assumptions;
use super::figure::Figure;
use super::key_figures::key_figures;
use crate::app::format::{format, Style};
use crate::engine::economics::{DailyFigures, Economics, PayoutScheme};
use crate::engine::money::{Currency, FxRates};
use crate::scenario::warnings::warnings;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The figures to show, derived from the current scenario.
    pub economics: Rc<Economics>,
    pub units: u32,
    pub payout: PayoutScheme,
    /// Date of the shipped snapshot when the network figures are its own; `None` when
    /// the user entered other figures.
    pub snapshot_date: Option<AttrValue>,
    /// The currency of every money figure.
    pub currency: Currency,
    /// The exchange rates in use.
    pub rates: FxRates,
    /// The site's overhead.
    pub pue: f64,
}

/// One row of the flows table: a name, the hooks of its day/month/year cells, the value
/// of one set of flows, and its style.
struct Row {
    label: &'static str,
    hooks: [Option<Hook>; 3],
    value: fn(&DailyFigures) -> f64,
    style: Style,
    unit: &'static str,
}

const ROWS: [Row; 8] = [
    Row {
        label: "BTC mined, after pool fee",
        hooks: [Some(Hook::BtcPerDay), None, None],
        value: |d| d.btc_net.btc(),
        style: Style::Btc,
        unit: "BTC",
    },
    Row {
        label: "BTC before pool fee",
        hooks: [Some(Hook::BtcPerDayGross), None, None],
        value: |d| d.btc_gross.btc(),
        style: Style::Btc,
        unit: "BTC",
    },
    Row {
        label: "Revenue, after pool fee",
        hooks: [Some(Hook::RevenuePerDay), None, None],
        value: |d| d.revenue.amount(),
        style: Style::MONEY,
        unit: "",
    },
    Row {
        label: "Electricity",
        hooks: [Some(Hook::PowerKwhPerDay), None, None],
        value: |d| d.energy_kwh,
        style: Style::Fixed(1),
        unit: "kWh",
    },
    Row {
        label: "Power cost",
        hooks: [Some(Hook::PowerCostPerDay), None, None],
        value: |d| d.power_cost.amount(),
        style: Style::MONEY,
        unit: "",
    },
    Row {
        label: "Hosting fees",
        hooks: [None, None, None],
        value: |d| -d.hosting_fee.amount(),
        style: Style::MONEY,
        unit: "",
    },
    Row {
        label: "Curtailment credit",
        hooks: [None, None, None],
        value: |d| d.curtailment_credit.amount(),
        style: Style::MONEY,
        unit: "",
    },
    Row {
        label: "Profit",
        hooks: [None, Some(Hook::ProfitPerMonth), Some(Hook::ProfitPerYear)],
        value: |d| d.profit.amount(),
        style: Style::MONEY,
        unit: "",
    },
];

#[function_component]
pub fn Results(props: &ResultsProps) -> Html {
    let e = &props.economics;
    let periods = [
        e.fleet,
        e.fleet.times(30.0),
        e.fleet.times(365.0),
        e.per_unit,
    ];
    let profit = e.fleet.profit.amount();
    // Per unit only means something for a fleet of one model.
    let per_unit = props.units > 1 && e.lines.len() == 1;
    let columns = if per_unit { 4 } else { 3 };
    // Rows that are zero for every site without them stay out of the way.
    let shown = |row: &Row| match row.label {
        "Hosting fees" => e.fleet.hosting_fee.amount() != 0.0,
        "Curtailment credit" => e.fleet.curtailment_credit.amount() != 0.0,
        _ => true,
    };
    let verdict = if profit > 0.0 {
        "makes money at these figures"
    } else if profit < 0.0 {
        "loses money at these figures: it costs more to run than it mines"
    } else {
        "breaks even at these figures"
    };
    let fleet = if props.units == 1 {
        "This machine".to_owned()
    } else {
        format!(
            "This fleet of {} units",
            format(f64::from(props.units), Style::Decimals(0))
        )
    };

    html! {
        <section class="results" aria-labelledby="flows-title">
            <h2 id="flows-title">{ "Day, month and year" }</h2>
            <p class="verdict">{ format!("{fleet} {verdict}.") }</p>
            <p class="table-caption" id="flows-caption">{ "Expected flows at these network figures, held constant" }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Flows over a day, 30 days and 365 days">
                <table class="flows" aria-describedby="flows-caption">
                    <thead>
                        <tr>
                            <th scope="col">{ if props.units == 1 { "This machine" } else { "Fleet" } }</th>
                            <th scope="col">{ "a day" }</th>
                            <th scope="col">{ "30 days" }</th>
                            <th scope="col">{ "365 days" }</th>
                            if per_unit {
                                <th scope="col">{ "per unit, a day" }</th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        for row in ROWS.iter().filter(|r| shown(r)) {
                            <tr class={(row.label == "Profit").then_some("profit")}>
                                <th scope="row">{ row.label }</th>
                                for (i, d) in periods.iter().enumerate().take(columns) {
                                    <td>
                                        // A hooked cell reads its figure through the hook table.
                                        <Figure hook={row.hooks.get(i).copied().flatten()}
                                            value={row.hooks.get(i).copied().flatten().map_or(Some((row.value)(d)), |h| h.today(e))}
                                            style={row.style} unit={row.unit} />
                                    </td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            for w in warnings(e) {
                <p class="warning" data-testid={w.testid()}>{ w.to_string() }</p>
            }
            { key_figures(e) }
            <Assumptions payout={props.payout} snapshot_date={props.snapshot_date.clone()}
                currency={props.currency} rates={props.rates} pue={props.pue} />
        </section>
    }
}
