//! A `<details>` whose body is drawn only once it has been opened (its code may be in
//! the on-demand module): whether it is open now, whether it ever was, and the `toggle`
//! handler that keeps both.

use yew::prelude::*;

/// What [`use_details`] gives.
pub struct Details {
    /// Open now: a feature is told the page's changes only while its section is open.
    pub open: bool,
    /// Opened at least once: its body stays drawn (what was typed in it survives).
    pub opened: bool,
    /// The element's `toggle` handler.
    pub ontoggle: Callback<Event>,
}

/// The state of a `<details>` that starts open or not (`start_open`, read once).
#[hook]
pub fn use_details(start_open: bool) -> Details {
    let open = use_state_eq(|| start_open);
    let opened = use_state_eq(|| start_open);
    let ontoggle = {
        let (open, opened) = (open.setter(), opened.setter());
        Callback::from(move |e: Event| {
            let now = e
                .target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open();
            open.set(now);
            if now {
                opened.set(true);
            }
        })
    };
    Details {
        open: *open,
        opened: *opened,
        ontoggle,
    }
}
