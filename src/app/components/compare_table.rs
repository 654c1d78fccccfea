//! The comparison with today's network, row by row: the figures in use (then), the
//! same scenario on today's network, and the difference, each in its unit, with both
//! dates. Mounted only while the comparison is open: today's economics are computed
//! here, once per change of the scenario or of today's network, and kept behind `Rc`.

use std::rc::Rc;

use yew::prelude::*;

use super::figure::Figure;
use crate::app::compare::{days_between, rows, Measure, Row, Today};
use crate::app::format::{format, Style};
use crate::engine::economics::Economics;
use crate::scenario::Scenario;

#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    /// The scenario whose network is compared.
    pub scenario: Rc<Scenario>,
    /// Its figures on its own network.
    pub then: Rc<Economics>,
    /// Today's network.
    pub today: Rc<Today>,
}

/// A row's label, style and unit (money styles take the page's currency).
fn shown(m: Measure) -> (&'static str, Style, &'static str) {
    match m {
        Measure::Height => ("Block height", Style::Decimals(0), "blocks"),
        Measure::Difficulty => ("Difficulty", Style::Decimals(2), "T"),
        Measure::BtcPrice => ("BTC price", Style::MONEY, ""),
        Measure::Fees => ("Fees per block", Style::Btc, "BTC"),
        Measure::Hashprice => ("Hashprice", Style::MONEY, "/PH/s/day"),
        Measure::Profit => ("Profit a day", Style::MONEY, "/day"),
        Measure::BreakEven => ("Break-even power price", Style::PER_KWH, "/kWh"),
    }
}

#[function_component]
pub fn CompareTable(props: &CompareTableProps) -> Html {
    // The same scenario, terms and exchange rates on today's network: only the
    // network differs (docs/domain.md §9.8). Figures outside the engine's range: none.
    let now = use_memo(
        (props.scenario.clone(), props.today.network),
        |(s, network)| s.on_network(*network).economics().ok().map(Rc::new),
    );
    let then_date = props.scenario.projection.start.to_iso();
    let today = &props.today;
    let days = days_between(&then_date, &today.date).map_or(String::new(), |d| match d {
        0 => " (the same day)".to_owned(),
        d if d > 0 => format!(" ({} days later)", format(d as f64, Style::Decimals(0))),
        d => format!(
            " ({} days earlier)",
            format(d.abs() as f64, Style::Decimals(0))
        ),
    });
    let Some(now) = (*now).clone() else {
        return html! {
            <section class="compare-today-table" id="compare-today-table" data-testid="compare-today-table">
                <p class="hint">{ "Today's network gives no figures for this scenario." }</p>
            </section>
        };
    };
    let rows = rows(
        (&props.scenario.network, &props.then),
        (&today.network, &now),
    );
    let today_text = format!("today: {} of {}{days}", today.source.label(), today.date);
    html! {
        <section class="compare-today-table" id="compare-today-table" data-testid="compare-today-table"
            aria-labelledby="compare-today-title">
            <h2 id="compare-today-title">{ "This scenario on today's network" }</h2>
            <p class="explain" data-testid="cmp-dates">
                <span data-testid="cmp-then-date" data-value={then_date.clone()}>{ format!("Figures in use: {then_date}") }</span>
                { "; " }
                <span data-testid="cmp-today-date" data-value={today.date.clone()}>{ today_text }</span>
                { ". Machines, power, terms and exchange rates are the scenario's: only the network differs." }
            </p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="This scenario on today's network, figure by figure">
                <table class="compare">
                    <thead>
                        <tr>
                            <th scope="col">{ "Same scenario" }</th>
                            <th scope="col">{ format!("In use ({then_date})") }</th>
                            <th scope="col">{ format!("Today ({})", today.date) }</th>
                            <th scope="col">{ "Change" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for row in rows {
                            { row_html(row) }
                        }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// One row: the label, then, today, and the signed change with its share of then.
fn row_html(row: Row) -> Html {
    let (label, style, unit) = shown(row.measure);
    let hook = row.measure.hook();
    let testid = |side: &str| AttrValue::from(format!("cmp-{side}-{hook}"));
    // The change is signed ("+12.5 T", "−$3.20"); its share of then in brackets.
    let sign = match row.change {
        Some(c) if c > 0.0 => "+",
        _ => "",
    };
    let share = row.relative.map(|r| {
        format!(
            " ({}{})",
            if r > 0.0 { "+" } else { "" },
            format(r, Style::Percent)
        )
    });
    html! {
        <tr>
            <th scope="row">{ label }</th>
            <td><Figure testid={testid("then")} value={row.then} {style} unit={unit} /></td>
            <td><Figure testid={testid("today")} value={row.today} {style} unit={unit} /></td>
            <td>{ sign }<Figure testid={testid("change")} value={row.change} {style} unit={unit} />{ share.unwrap_or_default() }</td>
        </tr>
    }
}
