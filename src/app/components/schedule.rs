//! The monthly schedule: a table (built only when opened: it can hold 120 rows) and a
//! CSV download of the same numbers.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::hooks::use_currency;

use crate::app::download::download;
use crate::app::format::{format, Style};
use crate::engine::projection::Projection;
use crate::export::schedule_csv;

#[derive(Properties, PartialEq)]
pub struct ScheduleProps {
    /// The projection whose months are listed.
    pub projection: Rc<Projection>,
}

#[function_component]
pub fn Schedule(props: &ScheduleProps) -> Html {
    let currency = use_currency();
    let open = use_state(|| false);
    let status = use_state(|| None::<&'static str>);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    let on_csv = {
        let (projection, status) = (props.projection.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let done = download(
                &schedule_csv(&projection, currency),
                "hashwatt-schedule.csv",
                "text/csv",
            );
            status.set(Some(if done.is_some() {
                "Downloaded hashwatt-schedule.csv."
            } else {
                "The browser refused the download."
            }));
        })
    };
    let p = &props.projection;
    html! {
        <div class="schedule">
            <div class="share-row">
                <button type="button" data-testid="schedule-csv" onclick={on_csv}>{ "Download CSV" }</button>
                <span class="hint" role="status">{ status.unwrap_or("") }</span>
            </div>
            <details open={*open} {ontoggle}>
                <summary data-testid="schedule-toggle">{ format!("Monthly schedule ({} months)", p.months.len()) }</summary>
                if *open {
                    // Scrolls in its own box: focusable, so that a keyboard can scroll it.
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Monthly schedule">
                        <table class="flows" data-testid="schedule" role="table">
                            <thead role="rowgroup">
                                <tr role="row">
                                    <th scope="col" role="columnheader">{ "Month from" }</th>
                                    <th scope="col" role="columnheader">{ "BTC mined" }</th>
                                    <th scope="col" role="columnheader">{ "Revenue" }</th>
                                    <th scope="col" role="columnheader">{ "Power cost" }</th>
                                    <th scope="col" role="columnheader">{ "Cash flow" }</th>
                                    <th scope="col" role="columnheader">{ "Cumulative" }</th>
                                </tr>
                            </thead>
                            <tbody role="rowgroup">
                                for m in p.months.iter() {
                                    <tr role="row">
                                        <th scope="row" role="rowheader">{ m.start.map(|d| d.to_iso()).unwrap_or_default() }</th>
                                        <td role="cell">{ format(m.btc.btc(), Style::Btc) }</td>
                                        <td role="cell">{ format(m.revenue.amount(), Style::Money(currency)) }</td>
                                        <td role="cell">{ format(m.power_cost.amount(), Style::Money(currency)) }</td>
                                        <td role="cell" class={(m.cash_flow.amount() < 0.0).then_some("negative")}>{ format(m.cash_flow.amount(), Style::Money(currency)) }</td>
                                        <td role="cell" class={(m.cumulative.amount() < 0.0).then_some("negative")}>{ format(m.cumulative.amount(), Style::Money(currency)) }</td>
                                    </tr>
                                }
                            </tbody>
                        </table>
                    </div>
                }
            </details>
        </div>
    }
}
