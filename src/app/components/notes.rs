//! One-line notes on figures a correction moved (`scenario::notes`), for readers of
//! links made before it.

use std::rc::Rc;

use yew::prelude::*;

use crate::scenario::notes::Note;

#[derive(Properties, PartialEq)]
pub struct NotesProps {
    /// The notes that apply to the current scenario; nothing is drawn without any.
    pub notes: Rc<[Note]>,
}

#[function_component]
pub fn Notes(props: &NotesProps) -> Html {
    if props.notes.is_empty() {
        return html! {};
    }
    html! {
        <ul class="notes" data-testid="correction-notes">
            for note in props.notes.iter() {
                <li data-testid="correction-note" data-note={note.id()}>{ note.to_string() }</li>
            }
        </ul>
    }
}
