//! What an embed folds away so that a partner's frame opens short, results first: the
//! inputs beyond the key ones (machine and operation) and the results beyond the key
//! ones (per model, over time), each behind one heading. Shown as they are on the full
//! page.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CollapsedProps {
    /// Whether to collapse them (in an embed).
    pub collapsed: bool,
    /// The heading that opens them, naming what is inside.
    pub summary: AttrValue,
    /// The `data-testid` of the `<details>`.
    pub testid: AttrValue,
    /// The sections.
    pub children: Html,
}

/// The sections, in a closed `<details>` when collapsed. Closed, they stay in the page
/// (hidden): a locked control is still marked, and opening shows them as they are.
#[function_component]
pub fn Collapsed(props: &CollapsedProps) -> Html {
    if !props.collapsed {
        return props.children.clone();
    }
    html! {
        <details class="embed-more" data-testid={props.testid.clone()}>
            <summary>{ &props.summary }</summary>
            <div class="embed-more-sections">{ props.children.clone() }</div>
        </details>
    }
}
