//! Beside network figures that are not today's (a link's or a saved scenario's pinned
//! figures, or the user's own): "Compare with today's network", which opens the
//! comparison (computed only while it is open), and "Update to today's network", the
//! deliberate `Action::UseNetwork` that Back undoes.

use std::rc::Rc;

use yew::prelude::*;

use super::compare_table::CompareTable;
use crate::app::compare::Today;
use crate::app::state::{Action, Dispatch};
use crate::engine::economics::Economics;
use crate::scenario::Scenario;

#[derive(Properties, PartialEq)]
pub struct CompareTodayProps {
    /// The scenario whose network is compared: the same scenario goes on today's
    /// network, so only the network differs.
    pub scenario: Rc<Scenario>,
    /// Its figures on its own network.
    pub then: Rc<Economics>,
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
    let update = use_callback(
        (props.dispatch.clone(), props.today.clone()),
        |_: MouseEvent, (dispatch, today)| {
            dispatch.dispatch(Action::UseNetwork {
                network: today.network,
                date: today.date.to_string(),
                unedited_only: false,
                previous: None,
            })
        },
    );
    let today = &props.today;
    let what = format!("{} of {}", today.source.label(), today.date);
    html! {
        <div class="compare-today" data-testid="compare-today">
            <p class="network-actions">
                <button type="button" data-testid="compare-today-open" onclick={toggle}
                    aria-expanded={(*open).to_string()} aria-controls="compare-today-table">
                    { if *open { "Hide the comparison" } else { "Compare with today's network" } }
                </button>
                { " " }
                <button type="button" data-testid="update-to-today" onclick={update}>
                    { format!("Update to today's network ({what})") }
                </button>
            </p>
            if *open {
                <CompareTable scenario={props.scenario.clone()} then={props.then.clone()}
                    today={props.today.clone()} />
            }
        </div>
    }
}
