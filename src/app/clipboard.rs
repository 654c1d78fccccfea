//! Copying text for the user: the Clipboard API where the browser allows it, else the
//! element showing the text selected and the document's older copy command. When both
//! fail the text is left selected, for the user to copy by hand.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlDocument;

/// Copies `text`; `select` selects it in the element that shows it (and says whether
/// that element is there). Whether either way copied it.
pub async fn copy_text(text: &str, select: impl FnOnce() -> bool) -> bool {
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
    if let Some(c) = clipboard {
        if JsFuture::from(c.write_text(text)).await.is_ok() {
            return true;
        }
    }
    select() && copy_selection()
}

/// Asks the document to copy what is selected.
fn copy_selection() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}
