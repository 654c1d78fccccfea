//! A collapsed input section: its heading, a one-line summary of its values that differ
//! from a new visitor's, and the section itself, shown on demand (`<details>`).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// The element's id (`section-site`), the target of links to the section.
    pub id: AttrValue,
    /// The heading, e.g. "Site and tariff".
    pub title: AttrValue,
    /// The section's values that differ from a new visitor's, one line; empty when none.
    pub summary: AttrValue,
    /// How many of the section's fields cannot be used.
    #[prop_or_default]
    pub errors: usize,
    /// Open when first drawn (a section with an error at start). Afterwards only the user
    /// opens and closes it: the attribute is not set again while this stays the same.
    #[prop_or_default]
    pub open: bool,
    /// The section.
    pub children: Html,
}

#[function_component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let summary = if props.summary.is_empty() {
        AttrValue::Static("as for a new visitor")
    } else {
        props.summary.clone()
    };
    html! {
        <details class="disclosure" id={props.id.clone()} open={props.open}>
            <summary>
                <span class="disclosure-title">{ props.title.clone() }</span>
                <span class="disclosure-summary" data-testid={format!("summary-{}", props.id)}>{ summary }</span>
                if props.errors > 0 {
                    <span class="disclosure-errors">
                        { if props.errors == 1 { "1 field to fix".to_owned() } else { format!("{} fields to fix", props.errors) } }
                    </span>
                }
            </summary>
            { props.children.clone() }
        </details>
    }
}
