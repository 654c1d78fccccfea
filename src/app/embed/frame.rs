//! The partner's look applied to the app's root element, and locked controls.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::embed::options::Accent;
use crate::embed::Locks;

/// Sets `--accent` on the root through the CSSOM: a `style` attribute would need
/// `'unsafe-inline'` in the Content-Security-Policy. The accent is a validated
/// `#rrggbb`, never partner text.
#[hook]
pub fn use_frame_style(root: NodeRef, accent: Option<Accent>) {
    use_effect_with(accent, move |accent| {
        if let (Some(el), Some(accent)) = (root.cast::<HtmlElement>(), accent) {
            // A refused property only loses the partner's colour.
            let _ = el.style().set_property("--accent", accent.as_str());
        }
    });
}

/// After every render, makes the controls of each locked key, and of each key whose
/// change would change a locked one ([`Locks::controls`]), read-only: `[name=KEY]`
/// and its parts `[name^=KEY-]` (a fleet line's `m2-miner`, a surcharge band's
/// `sur-1-kwh`). Inputs get `readonly`, selects `disabled`, both `aria-readonly`. The
/// reducer already refuses their changes; this keeps what they show true. Number
/// fields are also made read-only where they render ([`super::use_locked`]).
#[hook]
pub fn use_locked_controls(root: NodeRef, locks: Locks) {
    use_effect(move || {
        let Some(root) = root.cast::<web_sys::Element>() else {
            return;
        };
        for key in locks.controls() {
            let name = key.as_str();
            let selector = format!("[name=\"{name}\"], [name^=\"{name}-\"]");
            let Ok(list) = root.query_selector_all(&selector) else {
                continue;
            };
            for node in (0..list.length()).filter_map(|i| list.item(i)) {
                if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
                    select.set_disabled(true);
                } else if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                    input.set_read_only(true);
                }
                if let Some(el) = node.dyn_ref::<web_sys::Element>() {
                    let _ = el.set_attribute("aria-readonly", "true");
                }
            }
        }
    });
}
