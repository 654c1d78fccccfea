//! The inputs beyond the key ones (machine and operation), collapsed behind one heading
//! in an embed so that a partner's frame opens short, results first; shown as they are
//! on the full page.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MoreInputsProps {
    /// Whether to collapse them (in an embed).
    pub collapsed: bool,
    /// The input sections.
    pub children: Html,
}

/// The sections, in a closed `<details>` when collapsed. Closed, they stay in the page
/// (hidden): a locked control is still marked, and opening shows them as they are.
#[function_component]
pub fn MoreInputs(props: &MoreInputsProps) -> Html {
    if !props.collapsed {
        return props.children.clone();
    }
    html! {
        <details class="embed-more" data-testid="embed-more">
            <summary>{ "More inputs: fleet, site, region and money, network, projection" }</summary>
            <div class="embed-more-sections">{ props.children.clone() }</div>
        </details>
    }
}
