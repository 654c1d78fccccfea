//! Whether a CSS media query matches, kept current as the window changes.

use gloo_events::EventListener;
use yew::prelude::*;

/// True while `query` (e.g. `(max-width: 480px)`) matches.
#[hook]
pub fn use_media_query(query: &'static str) -> bool {
    let list = use_memo(query, |q| {
        web_sys::window().and_then(|w| w.match_media(q).ok().flatten())
    });
    let matches = use_state(|| list.as_ref().as_ref().is_some_and(|l| l.matches()));
    {
        let matches = matches.clone();
        use_effect_with(list, move |list| {
            let listener = (**list).clone().map(|l| {
                let target = l.clone();
                EventListener::new(&target, "change", move |_| matches.set(l.matches()))
            });
            move || drop(listener)
        });
    }
    *matches
}
