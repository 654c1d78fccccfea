//! The notice that names each value the page could not use, of the link or of a saved
//! scenario the user opened.

use yew::prelude::*;

use crate::scenario::Rejected;

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    /// The rejected keys and why; the notice shows nothing when empty.
    pub rejected: Vec<Rejected>,
    /// The name of the saved scenario the values come from; `None`: the page's link.
    #[prop_or_default]
    pub saved: Option<AttrValue>,
}

#[function_component]
pub fn LinkNotice(props: &LinkNoticeProps) -> Html {
    let open = use_state(|| true);
    if props.rejected.is_empty() || !*open {
        return html! {};
    }
    let dismiss = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    html! {
        <aside class="notice" data-testid="link-notice" role="status">
            if let Some(name) = &props.saved {
                <p>{ format!("Some values in the saved scenario \u{201c}{name}\u{201d} could not be used; their defaults are shown instead:") }</p>
            } else {
                <p>{ "Some values in this link could not be used; their defaults are shown instead:" }</p>
            }
            <ul>
                for r in props.rejected.iter() {
                    <li><code>{ &r.key }</code>{ ": " }{ r.message() }</li>
                }
            </ul>
            <button type="button" class="link-button" onclick={dismiss}>{ "Dismiss" }</button>
        </aside>
    }
}
