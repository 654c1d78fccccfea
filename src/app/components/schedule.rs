//! The monthly schedule: a CSV download of every month, and the table, collapsed. The
//! table (it can hold 120 rows) is drawn by the on-demand module the first time it is
//! opened ([`super::schedule_table`], through `on_demand`): the page keeps the heading,
//! the download and the projection's link query, which the table is computed from.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::download::download;
use crate::app::hooks::{use_currency, use_details, Details};
use crate::app::on_demand::{Feature, OnDemandBody};
use crate::engine::projection::Projection;
use crate::export::schedule_csv;

#[derive(Properties, PartialEq)]
pub struct ScheduleProps {
    /// The projection whose months are listed.
    pub projection: Rc<Projection>,
    /// The link query of the scenario it is the projection of, from which the table is
    /// computed again; `None` while a field is invalid (the table stays as it was).
    pub query: Option<AttrValue>,
}

#[function_component]
pub fn Schedule(props: &ScheduleProps) -> Html {
    let currency = use_currency();
    let Details {
        open,
        opened,
        ontoggle,
    } = use_details(false);
    let status = use_state(|| None::<&'static str>);
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
    html! {
        <div class="schedule">
            <div class="share-row">
                <button type="button" data-testid="schedule-csv" onclick={on_csv}>{ "Download CSV" }</button>
                <span class="hint" role="status">{ status.unwrap_or("") }</span>
            </div>
            <details {open} {ontoggle}>
                <summary data-testid="schedule-toggle">{ format!("Monthly schedule ({} months)", props.projection.months.len()) }</summary>
                if opened {
                    <OnDemandBody feature={Feature::Schedule}
                        query={props.query.as_ref().map(|q| q.to_string())} {open}
                        on_open={Callback::noop()} />
                }
            </details>
        </div>
    }
}
