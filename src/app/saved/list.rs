//! The saved scenarios, one row each, or a line saying there are none yet. It takes
//! the store and the actions, both the same while the user types, so a keystroke in
//! the calculator redraws none of the rows.

use std::rc::Rc;

use yew::prelude::*;

use super::handle::SavedActions;
use super::row::SavedRow;
use crate::saved::Store;

#[derive(Properties, PartialEq)]
pub struct SavedListProps {
    /// The saved scenarios; compared by pointer first (`Store` is `Eq`), so an
    /// unchanged store costs nothing.
    pub store: Rc<Store>,
    /// Whether the current scenario is valid, so that it may replace a saved one.
    pub can_replace: bool,
    /// Changes the saved scenarios and opens one.
    pub actions: SavedActions,
}

#[function_component]
pub fn SavedList(props: &SavedListProps) -> Html {
    if props.store.scenarios.is_empty() {
        return html! {
            <p class="hint">{ "None yet. Saved scenarios stay in this browser; opening a link never changes them." }</p>
        };
    }
    html! {
        <ul class="saved-list" data-testid="saved-list">
            for entry in props.store.scenarios.iter() {
                <SavedRow key={entry.name.clone()} entry={entry.clone()} can_replace={props.can_replace}
                    actions={props.actions.clone()} />
            }
        </ul>
    }
}
