//! The partner's look applied to the app's root element, and locked selects.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
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

/// Disables the `<select name=KEY>` of each locked key after every render (the reducer
/// already ignores their changes; this keeps what they show true). Number fields are
/// made read-only where they render ([`super::use_locked`]).
#[hook]
pub fn use_locked_selects(root: NodeRef, locks: Locks) {
    use_effect(move || {
        let Some(root) = root.cast::<web_sys::Element>() else {
            return;
        };
        for key in locks.keys() {
            let selector = format!("select[name=\"{}\"]", key.as_str());
            let Ok(list) = root.query_selector_all(&selector) else {
                continue;
            };
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlSelectElement>().ok())
                {
                    el.set_disabled(true);
                    let _ = el.set_attribute("aria-readonly", "true");
                }
            }
        }
    });
}
