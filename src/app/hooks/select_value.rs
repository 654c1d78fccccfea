//! Keeps a `<select>` showing the scenario's value. An option's `selected` attribute
//! only sets the default: once the user has picked by hand, browsers show the user's
//! pick, so a scenario restored by Back, Forward or a saved scenario would not show.
//! The `value` property must be set after each render.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A ref for a `<select>` whose value is set to `value` after every render in which
/// `value` changed.
#[hook]
pub fn use_select_value(value: String) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(value, move |value| {
            if let Some(select) = node.cast::<HtmlSelectElement>() {
                if select.value() != *value {
                    select.set_value(value);
                }
            }
        });
    }
    node
}
