//! The table of "Compare with today's network", drawn by the on-demand module when it is
//! first opened ([`super::compare_today`] keeps the two buttons): the same scenario on the
//! figures in use and on today's, with the difference and both dates.

use std::rc::Rc;

use yew::prelude::*;

use super::figure::Figure;
use crate::app::compare::{days_between, rows, Measure, Row};
use crate::app::format::Style;
use crate::engine::economics::Economics;
use crate::engine::snapshot::NetworkSnapshot;
use crate::scenario::Scenario;

#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    /// The scenario, and its figures on its own network and on today's.
    pub scenario: Rc<Scenario>,
    pub then: Rc<Economics>,
    pub now: Rc<Economics>,
    /// Today's network, its date (ISO) and where it comes from ("live figures").
    pub today: NetworkSnapshot,
    pub today_date: AttrValue,
    pub today_source: AttrValue,
}

/// A row's label, the stem of its `data-testid`s (`cmp-then-X`, `cmp-today-X`,
/// `cmp-change-X`), its style and unit (money styles take the page's currency).
fn shown(m: Measure) -> (&'static str, &'static str, Style, &'static str) {
    match m {
        Measure::Height => ("Block height", "height", Style::Decimals(0), "blocks"),
        Measure::Difficulty => ("Difficulty", "difficulty", Style::Decimals(2), "T"),
        Measure::BtcPrice => ("BTC price", "btc-price", Style::MONEY, ""),
        Measure::Fees => ("Fees per block", "txfee", Style::Btc, "BTC"),
        Measure::Hashprice => ("Hashprice", "hashprice-ph", Style::MONEY, "/PH/s/day"),
        Measure::Profit => ("Profit a day", "profit-per-day", Style::MONEY, "/day"),
        Measure::BreakEven => (
            "Break-even power price",
            "break-even-power-price",
            Style::PER_KWH,
            "/kWh",
        ),
    }
}

#[function_component]
pub fn CompareTable(props: &CompareTableProps) -> Html {
    let s = &props.scenario;
    let then_date = s.projection.start.to_iso();
    let what = format!("{} of {}", props.today_source, props.today_date);
    // Days from the figures in use to today's, signed ("+548 days").
    let days = days_between(&then_date, &props.today_date)
        .map_or(String::new(), |d| format!(" ({d:+} days)"));
    let rows = rows((&s.network, &props.then), (&props.today, &props.now));
    let today = &props.today_date;
    html! {
                <div class="compare-today-table" data-testid="compare-today-table">
                    <h2 id="compare-today-title">{ "This scenario on today's network" }</h2>
                    <p class="explain" data-testid="cmp-dates">
                        <span data-testid="cmp-then-date" data-value={then_date.clone()}>{ format!("Figures in use: {then_date}") }</span>
                        <span data-testid="cmp-today-date" data-value={today.clone()}>{ format!("; today: {what}{days}") }</span>
                        { ". Only the network differs: machines, power, terms and rates are the scenario's." }
                    </p>
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="compare-today-title">
                        <table class="compare">
                            <thead>
                                <tr>
                                    <th scope="col">{ "Same scenario" }</th>
                                    <th scope="col">{ format!("In use ({then_date})") }</th>
                                    <th scope="col">{ format!("Today ({})", today) }</th>
                                    <th scope="col">{ "Change" }</th>
                                </tr>
                            </thead>
                            <tbody>{ for rows.into_iter().map(row) }</tbody>
                        </table>
                    </div>
                </div>
    }
}

/// One row: the label, then, today, and the change (signed).
fn row(row: Row) -> Html {
    let (label, hook, style, unit) = shown(row.measure);
    let testid = |side: &str| AttrValue::from(format!("cmp-{side}-{hook}"));
    let sign = if row.change.is_some_and(|c| c > 0.0) {
        "+"
    } else {
        ""
    };
    html! {
        <tr>
            <th scope="row">{ label }</th>
            <td><Figure testid={testid("then")} value={row.then} {style} unit={unit} /></td>
            <td><Figure testid={testid("today")} value={row.today} {style} unit={unit} /></td>
            <td>{ sign }<Figure testid={testid("change")} value={row.change} {style} unit={unit} /></td>
        </tr>
    }
}
