//! The address bar follows the scenario: typing rewrites the current history entry
//! (debounced, so typing does not flood history); a deliberate change adds an entry,
//! so Back returns to the scenario before it; Back and Forward restore their scenario.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::app::state::Action;
use crate::scenario::{Params, Visit};

/// Wait after the last keystroke before the address bar is rewritten.
const DEBOUNCE_MS: u32 = 300;

/// The current page's address with `query` as its query string.
pub fn page_link(query: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!(
        "{}{}?{query}",
        location.origin().ok()?,
        location.pathname().ok()?
    ))
}

#[derive(Clone, Copy, PartialEq)]
enum Write {
    Replace,
    Push,
}

/// Writes `?query` into the address bar, unless it is there already.
fn write(query: &str, how: Write) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let target = format!("?{query}");
    if window.location().search().ok().as_deref() == Some(target.as_str()) {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    // A failure (a sandboxed frame, a browser's rate limit) leaves the address as it was.
    let _ = match how {
        Write::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&target)),
        Write::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&target)),
    };
}

/// A debounced rewrite not yet done, and the query it will write.
type Pending = Option<(Timeout, String)>;

/// Keeps the address bar in step with `query` (the current scenario's link; `None`
/// while a field is invalid, which leaves the address at the last valid scenario), and
/// restores scenarios on Back and Forward through `dispatch`. Off when `enabled` is
/// false (tests, embeds).
#[hook]
pub fn use_url_sync(
    enabled: bool,
    query: Option<String>,
    deliberate: u32,
    dispatch: Callback<Action>,
) {
    let pending: Rc<RefCell<Pending>> = use_mut_ref(|| None);
    let seen_deliberate = use_mut_ref(|| deliberate);

    use_effect_with(
        (enabled, query, deliberate),
        move |(enabled, query, deliberate)| {
            let push = *seen_deliberate.borrow() != *deliberate;
            *seen_deliberate.borrow_mut() = *deliberate;
            if let (true, Some(query)) = (*enabled, query.clone()) {
                if push {
                    // Settle the entry being left at what was typed, then add the new one.
                    if let Some((timer, typed)) = pending.borrow_mut().take() {
                        timer.cancel();
                        write(&typed, Write::Replace);
                    }
                    write(&query, Write::Push);
                } else {
                    let later = query.clone();
                    let timer = Timeout::new(DEBOUNCE_MS, move || write(&later, Write::Replace));
                    // Replacing the pending timer drops it, which cancels it.
                    *pending.borrow_mut() = Some((timer, query));
                }
            }
        },
    );

    use_effect_with(enabled, move |enabled| {
        let listener = enabled.then(web_sys::window).flatten().map(|window| {
            EventListener::new(&window, "popstate", move |_| {
                let search = web_sys::window()
                    .and_then(|w| w.location().search().ok())
                    .unwrap_or_default();
                // An entry without a query is the new visitor's first page.
                let visit = Visit::of(&search);
                dispatch.emit(Action::Restore(Params::from_query_as(&search, visit).0));
            })
        });
        move || drop(listener)
    });
}
