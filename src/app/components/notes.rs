//! One-line notes on figures a correction moved (`scenario::notes`), for readers of
//! links made before it.

use yew::prelude::*;

use crate::scenario::notes::Note;

/// The notes that apply to the current scenario; nothing is drawn without any. A
/// function, not a component: drawn with the results, which it changes with.
pub fn notes(notes: &[Note]) -> Html {
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <ul class="notes" data-testid="correction-notes">
            for note in notes {
                <li data-testid="correction-note" data-note={note.id()}>{ note.to_string() }</li>
            }
        </ul>
    }
}
