//! The way out of an unreadable store: offer its text as a file, then, only once it
//! was, clear it from this browser.

use std::rc::Rc;

use yew::prelude::*;

use super::handle::SavedActions;

#[derive(Properties, PartialEq)]
pub struct UnreadableProps {
    /// The unreadable text, once it was offered as a file (compared by pointer first).
    pub exported: Option<Rc<str>>,
    /// Exports and clears it.
    pub actions: SavedActions,
}

#[function_component]
pub fn Unreadable(props: &UnreadableProps) -> Html {
    let export = {
        let actions = props.actions.clone();
        Callback::from(move |_: MouseEvent| actions.export_unreadable())
    };
    let clear = props.exported.clone().map(|exported| {
        let actions = props.actions.clone();
        Callback::from(move |_: MouseEvent| actions.clear_unreadable(exported.clone()))
    });
    html! {
        <div class="saved-transfer">
            <button type="button" class="link-button" data-testid="saved-export-unreadable"
                onclick={export}>{ "Export the unreadable data" }</button>
            <button type="button" class="danger" data-testid="saved-clear-unreadable"
                disabled={clear.is_none()} onclick={clear}>{ "Clear it from this browser" }</button>
        </div>
    }
}
