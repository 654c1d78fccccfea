//! What an embed adds to the calculator: the partner's credit (text), the notice of
//! every value it could not use, the fields the site locked, and the link to the full
//! calculator.

use yew::prelude::*;

use super::LOCKED_REASON;
use crate::embed::{Locks, OptionError};
use crate::scenario::Rejected;

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    /// The partner's credit line, already validated; shown as text only.
    pub credit: Option<AttrValue>,
    /// Partner options that were not used.
    pub options: Vec<OptionError>,
    /// Link keys and `set` message values that were not used.
    pub rejected: Vec<Rejected>,
    /// The current scenario's link query; `None` while a field is invalid.
    pub query: Option<String>,
}

/// The bar; the locked fields are read from the [`Locks`] context.
#[function_component]
pub fn EmbedBar(props: &EmbedBarProps) -> Html {
    let locks = use_context::<Locks>().unwrap_or_default();
    let locked: Vec<&str> = locks.keys().iter().map(|k| k.label()).collect();
    // Relative to the calculator's own address: never a partner URL.
    let full = match &props.query {
        Some(q) => format!("./?{q}"),
        None => "./".to_owned(),
    };
    html! {
        // A landmark of its own: outside it and `main`, axe finds content in no region.
        <section class="embed-bar" aria-label="About this embed">
            if !props.options.is_empty() || !props.rejected.is_empty() {
                <div class="notice" data-testid="embed-notice" role="status">
                    <p>{ "Some embed settings could not be used; the calculator keeps their defaults (or, for the host page's messages, the values before them) instead:" }</p>
                    <ul>
                        for r in props.options.iter() {
                            <li><code>{ r.key }</code>{ ": " }{ r.to_string() }</li>
                        }
                        for r in props.rejected.iter() {
                            <li><code>{ &r.key }</code>{ ": " }{ r.message() }</li>
                        }
                    </ul>
                </div>
            }
            <p class="embed-links">
                <a data-testid="open-full" href={full} target="_blank" rel="noopener">
                    { "Open in full calculator ↗" }
                </a>
            </p>
            if !locked.is_empty() {
                <p class="locked-note" data-testid="locked-note">
                    { format!("Fields {LOCKED_REASON}: {}. What would change them is disabled.", locked.join("; ")) }
                </p>
            }
            if let Some(credit) = &props.credit {
                <p class="partner-credit" data-testid="partner-credit">{ credit.clone() }</p>
            }
        </section>
    }
}
