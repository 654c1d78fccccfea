//! The page's components, one per file. They render and dispatch; effects live in hooks.

pub mod assumptions;
pub mod cumulative_chart;
pub mod field;
pub mod figure;
pub mod fleet_inputs;
pub mod fleet_results;
pub mod key_figures;
pub mod link_notice;
pub mod machine_inputs;
pub mod network_inputs;
pub mod operation_inputs;
pub mod presets;
pub mod projection_inputs;
pub mod projection_results;
pub mod projection_summary;
pub mod region_inputs;
pub mod results;
pub mod saved_panel;
pub mod saved_row;
pub mod saved_transfer;
pub mod schedule;
pub mod share;
pub mod site_inputs;
pub mod summary_bar;
pub mod then_and_now;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::state::Action;
use crate::scenario::{FieldError, Key, Params};
use field::NumberField;

/// What every input section takes: the fields as entered, what is wrong with them, and
/// where changes go.
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// The scenario's fields as entered.
    pub params: Params,
    /// The fields that cannot be used.
    pub errors: Vec<FieldError>,
    /// Sends the user's changes.
    pub dispatch: Callback<Action>,
}

impl SectionProps {
    /// The message for `key`, if its text cannot be used.
    pub fn error(&self, key: Key) -> Option<AttrValue> {
        self.errors
            .iter()
            .find(|e| e.key == key)
            .map(|e| AttrValue::from(e.to_string()))
    }

    /// The text field of `key`, with its label and an optional hint.
    pub fn field(&self, key: Key, label: &'static str, hint: Option<AttrValue>) -> Html {
        let unit = key
            .is_money()
            .then(|| AttrValue::from(key.unit_in(self.params.currency())));
        html! {
            <NumberField field={key} {label} value={self.params.get(key).to_owned()} error={self.error(key)}
                {hint} {unit} on_edit={self.dispatch.reform(|(key, text)| Action::Edit(key, text))} />
        }
    }

    /// The `change` handler of the `<select>` of `key`.
    pub fn on_select(&self, key: Key) -> Callback<Event> {
        self.dispatch.reform(move |e: Event| {
            Action::Edit(key, e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    }
}
