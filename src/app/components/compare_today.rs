//! Beside network figures that are not today's (a link's or a saved scenario's pinned
//! figures, or the user's own): "Compare with today's network" opens a table of the
//! same scenario on the figures in use and on today's, with the difference and both
//! dates; "Update to today's network" is the deliberate `Action::UseNetwork` that Back
//! undoes. Today's economics are computed only while the table is open, once per change
//! of the scenario or of today's network, and kept behind `Rc`.

use std::rc::Rc;

use yew::prelude::*;

use super::figure::Figure;
use crate::app::compare::{days_between, rows, Measure, Row, Today};
use crate::app::embed::{LOCKED_REASON, LOCKED_TITLE};
use crate::app::format::Style;
use crate::app::state::{Action, Dispatch};
use crate::embed::Locks;
use crate::engine::economics::Economics;
use crate::scenario::{Params, Scenario};

#[derive(Properties, PartialEq)]
pub struct CompareTodayProps {
    /// The scenario whose network is compared, and its figures on its own network;
    /// `None` while a field is invalid (updating is still offered). The same scenario
    /// (machines, power, terms, exchange rates) goes on today's network, so only the
    /// network differs.
    pub figures: Option<(Rc<Scenario>, Rc<Economics>)>,
    /// Today's network.
    pub today: Rc<Today>,
    pub dispatch: Dispatch,
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
pub fn CompareToday(props: &CompareTodayProps) -> Html {
    let open = use_state(|| false);
    // `None` while closed (nothing is computed), and for a network the engine refuses
    // (today's figures pass the same limits as typed ones, so none is expected).
    let now = use_memo(
        (*open, props.figures.clone(), props.today.network),
        |(open, figures, network)| {
            let (s, then) = figures.as_ref().filter(|_| *open)?;
            let now = s.on_network(*network).economics().ok()?;
            Some((s.clone(), then.clone(), Rc::new(now)))
        },
    );
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let update = {
        let (dispatch, today) = (props.dispatch.clone(), props.today.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::UseNetwork {
                network: today.network,
                date: today.date.to_string(),
                unedited_only: false,
                previous: None,
            })
        })
    };
    // An embed that locks a network key keeps its figures: updating is not offered, and
    // the button says why (comparing still is).
    let locks = use_context::<Locks>().unwrap_or_default();
    let locked = Params::NETWORK_KEYS.iter().any(|k| locks.contains(*k));
    let today = &props.today;
    let what = format!("{} of {}", today.source.label(), today.date);
    let compared = now.as_ref().as_ref().map(|(s, then, now)| {
        let then_date = s.projection.start.to_iso();
        // Days from the figures in use to today's, signed ("+548 days").
        let days = days_between(&then_date, &today.date)
            .map_or(String::new(), |d| format!(" ({d:+} days)"));
        (
            then_date,
            days,
            rows((&s.network, then), (&today.network, now)),
        )
    });
    html! {
        <div class="compare-today" data-testid="compare-today">
            <p class="network-actions">
                <button type="button" data-testid="compare-today-open" onclick={toggle}
                    aria-expanded={(*open).to_string()}>
                    { "Compare with today's network" }
                </button>
                if locked {
                    <button type="button" data-testid="update-to-today" disabled=true data-locked="true"
                        title={LOCKED_TITLE}>
                        { format!("Update to today's network ({LOCKED_REASON})") }
                    </button>
                } else {
                    <button type="button" data-testid="update-to-today" onclick={update}>
                        { format!("Update to today's network ({what})") }
                    </button>
                }
            </p>
            if let Some((then_date, days, rows)) = compared {
                <div class="compare-today-table" data-testid="compare-today-table">
                    <h2 id="compare-today-title">{ "This scenario on today's network" }</h2>
                    <p class="explain" data-testid="cmp-dates">
                        <span data-testid="cmp-then-date" data-value={then_date.clone()}>{ format!("Figures in use: {then_date}") }</span>
                        <span data-testid="cmp-today-date" data-value={today.date.clone()}>{ format!("; today: {what}{days}") }</span>
                        { ". Only the network differs: machines, power, terms and rates are the scenario's." }
                    </p>
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="compare-today-title">
                        <table class="compare">
                            <thead>
                                <tr>
                                    <th scope="col">{ "Same scenario" }</th>
                                    <th scope="col">{ format!("In use ({then_date})") }</th>
                                    <th scope="col">{ format!("Today ({})", today.date) }</th>
                                    <th scope="col">{ "Change" }</th>
                                </tr>
                            </thead>
                            <tbody>{ for rows.into_iter().map(row) }</tbody>
                        </table>
                    </div>
                </div>
            }
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
