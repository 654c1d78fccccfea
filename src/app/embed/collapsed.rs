//! What an embed folds away so that a partner's frame opens short, results first: the
//! inputs beyond the key ones (machine and operation) and the results beyond the key
//! ones (per model, over time), each behind one heading. Shown as they are on the full
//! page. A function, not a component: it keeps no state, and a component's machinery
//! would cost the bundle more than the markup it wraps.

use yew::prelude::*;

/// `children` in a closed `<details>` headed `summary`, with `data-testid` `testid`,
/// when `collapsed` (in an embed); else `children` as they are. Closed, they stay in
/// the page (hidden): their hooks and locked controls are there, and opening shows
/// them as they are.
pub fn collapsed(
    collapsed: bool,
    summary: &'static str,
    testid: &'static str,
    children: Html,
) -> Html {
    if !collapsed {
        return children;
    }
    html! {
        <details class="embed-more" data-testid={testid}>
            <summary>{ summary }</summary>
            <div class="embed-more-sections">{ children }</div>
        </details>
    }
}
