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
                    <div class="table-wrap">
                        <table class="flows" data-testid="schedule">
                            <thead>
                                <tr>
                                    <th scope="col">{ "Month from" }</th>
                                    <th scope="col">{ "BTC mined" }</th>
                                    <th scope="col">{ "Revenue" }</th>
                                    <th scope="col">{ "Power cost" }</th>
                                    <th scope="col">{ "Cash flow" }</th>
                                    <th scope="col">{ "Cumulative" }</th>
                                </tr>
                            </thead>
                            <tbody>
                                for m in p.months.iter() {
                                    <tr>
                                        <th scope="row">{ m.start.map(|d| d.to_iso()).unwrap_or_default() }</th>
                                        <td>{ format(m.btc.btc(), Style::Btc) }</td>
                                        <td>{ format(m.revenue.amount(), Style::Money(currency)) }</td>
                                        <td>{ format(m.power_cost.amount(), Style::Money(currency)) }</td>
                                        <td class={(m.cash_flow.amount() < 0.0).then_some("negative")}>{ format(m.cash_flow.amount(), Style::Money(currency)) }</td>
                                        <td class={(m.cumulative.amount() < 0.0).then_some("negative")}>{ format(m.cumulative.amount(), Style::Money(currency)) }</td>
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
