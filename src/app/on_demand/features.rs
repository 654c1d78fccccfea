//! What the on-demand module mounts for each [`Feature`]: the same components the page
//! would show if they were in its own bundle. Only `src/bin/on_demand.rs` and the
//! browser tests refer to this; the page's bundle does not, so their code stays out of
//! it.

use std::cell::Cell;

use yew::prelude::*;

use super::Feature;
use crate::app::embed::Builder;
use crate::app::saved::{CurrentQuery, SavedPanel};

#[derive(Properties, PartialEq, Clone)]
pub struct FeatureProps {
    pub feature: Feature,
    /// The current scenario's link query; `None` while a field is invalid.
    pub query: Option<String>,
    /// Whether its section is open (closed, the builder builds nothing).
    pub open: bool,
    /// Opens a saved scenario in the page, given its name and query.
    pub on_open: Callback<(String, String)>,
}

/// A feature, as its section shows it.
#[function_component]
pub fn FeatureBody(props: &FeatureProps) -> Html {
    // Saved scenarios read the query when a button is pressed: kept here, it changes
    // nothing they draw, so a keystroke does not redraw them.
    let current = use_memo((), |_| CurrentQuery::default());
    current.set(props.query.clone());
    match props.feature {
        Feature::Saved => html! {
            <SavedPanel valid={props.query.is_some()} current={(*current).clone()}
                on_open={props.on_open.clone()} />
        },
        Feature::Builder => html! {
            <Builder query={props.query.clone()} open={props.open} />
        },
    }
}

/// How a section draws its feature in the page's own component tree, once [`link_in`]
/// has set it.
type Draw = fn(FeatureProps) -> Html;

thread_local! {
    /// Set by [`link_in`]. A function, not a flag: only a binary that calls `link_in`
    /// refers to [`FeatureBody`] and so carries its code.
    static LINKED: Cell<Option<Draw>> = const { Cell::new(None) };
}

/// Draws the features in the page's own component tree instead of loading the module,
/// for a test binary that mounts the page with them linked in (the browser tests: they
/// have no built site to load the module from). The built page never calls it.
pub fn link_in() {
    LINKED.with(|l| l.set(Some(|props| html! { <FeatureBody ..props /> })));
}

/// How to draw a feature in the page's tree, if [`link_in`] was called.
pub(super) fn linked() -> Option<Draw> {
    LINKED.with(Cell::get)
}
