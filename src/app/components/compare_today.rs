//! Beside network figures that are not today's (a link's or a saved scenario's pinned
//! figures, or the user's own): "Compare with today's network" opens a table of the
//! same scenario on the figures in use and on today's, with the difference and both
//! dates; "Update to today's network" is the deliberate `Action::UseNetwork` that Back
//! undoes. The table is drawn by the on-demand module ([`super::compare_table`]) once
//! opened, from the scenario's link query and today's network.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::compare::Today;
use crate::app::embed::{LOCKED_REASON, LOCKED_TITLE};
use crate::app::on_demand::messages::encode_today;
use crate::app::on_demand::{Feature, OnDemandBody};
use crate::app::state::{Action, Dispatch};
use crate::embed::Locks;
use crate::scenario::Params;

#[derive(Properties, PartialEq)]
pub struct CompareTodayProps {
    /// The link query of the scenario whose network is compared; `None` while a field
    /// is invalid (updating is still offered). The same scenario (machines, power,
    /// terms, exchange rates) goes on today's network, so only the network differs.
    pub query: Option<AttrValue>,
    /// Today's network.
    pub today: Rc<Today>,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn CompareToday(props: &CompareTodayProps) -> Html {
    let open = use_state(|| false);
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
    // The table is computed by the module from the link query and today's network,
    // only once opened; while a field is invalid there is none.
    let query = props.query.as_ref().map(|q| {
        format!(
            "{q}&{}",
            encode_today(&today.network, &today.date, today.source.label())
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
            if *open {
                <OnDemandBody feature={Feature::Compare} query={query} open={true}
                    on_open={Callback::noop()} />
            }
        </div>
    }
}
