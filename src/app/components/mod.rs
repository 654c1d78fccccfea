//! The page's components, one per file. They render and dispatch; effects live in hooks.

pub mod assumptions;
pub mod cumulative_chart;
pub mod field;
pub mod figure;
pub mod key_figures;
pub mod link_notice;
pub mod machine_inputs;
pub mod network_inputs;
pub mod operation_inputs;
pub mod projection_inputs;
pub mod projection_results;
pub mod projection_summary;
pub mod results;
pub mod saved_panel;
pub mod saved_row;
pub mod saved_transfer;
pub mod schedule;
pub mod share;
pub mod summary_bar;

use yew::AttrValue;

use crate::scenario::{FieldError, Key};

/// The message for `key` among `errors`, if it has one.
pub fn field_error(errors: &[FieldError], key: Key) -> Option<AttrValue> {
    errors
        .iter()
        .find(|e| e.key == key)
        .map(|e| AttrValue::from(e.to_string()))
}
