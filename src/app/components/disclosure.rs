//! A collapsed input section: its heading, a one-line summary of its values that differ
//! from a new visitor's, how many of them need fixing, and the section itself, shown on
//! demand (`<details>`). A section whose code is loaded on demand (`lazy`) is drawn the
//! first time it is opened, and stays drawn.

use yew::prelude::*;

use crate::app::fields::Fields;
use crate::app::hooks::{use_currency, use_details, Details};
use crate::app::on_demand::features::linked_in;
use crate::scenario::Params;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// The element's id (`section-site`), the target of links to the section.
    pub id: &'static str,
    /// The heading, e.g. "Site and tariff".
    pub title: &'static str,
    /// The section's keys as entered, and what is wrong with them: the summary's source.
    pub fields: Fields,
    /// The section.
    pub children: Html,
    /// Whether the section is drawn only once opened (its code is in the on-demand
    /// module, which is then loaded).
    #[prop_or_default]
    pub lazy: bool,
    /// The names of the section's fields' keys (`m2 m3 … m8`), as `data-keys`: where
    /// a field not drawn yet is found.
    #[prop_or_default]
    pub keys: AttrValue,
}

#[function_component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let currency = use_currency();
    let defaults = use_memo((), |_| Params::first_visit());
    // Open when first drawn with a value the page could not use, so that its message is
    // in sight; afterwards only the user opens and closes it (the attribute is not set
    // again while this stays the same).
    let open = *use_state(|| props.fields.error_count() > 0);
    let Details {
        opened, ontoggle, ..
    } = use_details(open);
    let drawn = opened || !props.lazy || linked_in();
    // Drawn again whenever the scenario changes (a lazy section is told it), but the
    // summary is made again only when the section's own fields or the currency do.
    let summary = (*use_memo((props.fields.clone(), currency), |(fields, currency)| {
        fields.summary(&defaults, *currency)
    }))
    .clone();
    let summary = if summary.is_empty() {
        "as for a new visitor".to_owned()
    } else {
        summary
    };
    let errors = props.fields.error_count();
    html! {
        <details class="disclosure" id={props.id} {open} {ontoggle}
            data-keys={(!props.keys.is_empty()).then(|| props.keys.clone())}>
            <summary>
                <span class="disclosure-title">{ props.title }</span>
                <span class="disclosure-summary" data-testid={format!("summary-{}", props.id)}>{ summary }</span>
                if errors > 0 {
                    <span class="disclosure-errors">
                        { if errors == 1 { "1 field to fix".to_owned() } else { format!("{errors} fields to fix") } }
                    </span>
                }
            </summary>
            if drawn {
                { props.children.clone() }
            }
        </details>
    }
}
