//! The partner's look applied to the app's root element (its accent made readable),
//! and locked controls.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::LOCKED_TITLE;
use crate::app::hooks::use_media_query;
use crate::embed::contrast::{self, Rgb};
use crate::embed::options::Accent;
use crate::embed::Locks;
use crate::embed::Theme;

/// Sets `--accent` on the root through the CSSOM: a `style` attribute would need
/// `'unsafe-inline'` in the Content-Security-Policy. The accent is a validated
/// `#rrggbb`, never partner text, adjusted to read at 4.5:1 in the theme shown
/// ([`contrast`]): `auto` follows the visitor's system, and changes with it.
#[hook]
pub fn use_frame_style(root: NodeRef, accent: Option<Accent>, theme: Theme) {
    let system_dark = use_media_query("(prefers-color-scheme: dark)");
    let dark = match theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => system_dark,
    };
    use_effect_with((accent, dark), move |(accent, dark)| {
        if let (Some(el), Some(accent)) = (root.cast::<HtmlElement>(), accent) {
            let palette = if *dark {
                contrast::DARK
            } else {
                contrast::LIGHT
            };
            let shown = palette.readable(Rgb::of(accent)).to_hex();
            // A refused property only loses the partner's colour.
            let _ = el.style().set_property("--accent", &shown);
        }
    });
}

/// After every render, makes the controls of each locked key, and of each key whose
/// change would change a locked one ([`Locks::controls`]), read-only: `[name=KEY]`
/// and its parts `[name^=KEY-]` (a fleet line's `m2-miner`, a surcharge band's
/// `sur-1-kwh`). Inputs get `readonly`, selects `disabled`, both `aria-readonly` and
/// the reason as their `title`. The
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
                    let _ = el.set_attribute("title", LOCKED_TITLE);
                }
            }
        }
    });
}
