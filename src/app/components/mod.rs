//! The page's components, one per file. They render and dispatch; effects live in hooks.

pub mod assumptions;
pub mod band_field;
pub mod chart_readout;
pub mod compare_table;
pub mod compare_today;
pub mod cumulative_chart;
pub mod disclosure;
pub mod field;
pub mod figure;
pub mod fleet_inputs;
pub mod fleet_results;
pub mod framed;
pub mod headline;
pub mod key_figures;
pub mod link_notice;
pub mod machine_inputs;
pub mod miner_picker;
pub mod network_inputs;
pub mod network_source;
pub mod notes;
pub mod operation_inputs;
pub mod paused;
pub mod payback_note;
pub mod presets;
pub mod projection_inputs;
pub mod projection_results;
pub mod projection_summary;
pub mod region_inputs;
pub mod reset_all;
pub mod results;
pub mod schedule;
pub mod schedule_rows;
pub mod schedule_table;
pub mod share;
pub mod site_inputs;
pub mod story;
pub mod story_sides;
pub mod summary_bar;
pub mod then_and_now;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::fields::Fields;
use crate::app::state::{Action, Dispatch, Target};
use crate::scenario::Key;
use field::NumberField;

/// What every input section takes: its own keys' texts and errors, and where changes go.
/// A section is redrawn only when one of its own fields changes.
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// The section's keys as entered, and what is wrong with them.
    pub fields: Fields,
    /// Sends the user's changes (the same value on every render).
    pub dispatch: Dispatch,
}

impl SectionProps {
    /// The text field of `key`, with its label and hint from the key's row.
    pub fn field(&self, key: Key) -> Html {
        self.field_with(key, None)
    }

    /// The text field of `key` with a hint computed from the values (the value read
    /// back, a source) in place of the row's.
    pub fn field_with(&self, key: Key, hint: Option<AttrValue>) -> Html {
        html! {
            <NumberField target={Target::Key(key)} value={self.fields.text(key)}
                error={self.fields.message(key)} {hint} dispatch={self.dispatch.clone()} />
        }
    }

    /// The `change` handler of the `<select>` of `key`.
    pub fn on_select(&self, key: Key) -> Callback<Event> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |e: Event| {
            dispatch.dispatch(Action::Edit(
                key,
                e.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    }
}
