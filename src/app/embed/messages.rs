//! The embed's messages with its host page (formats in [`crate::embed::inbound`] and
//! [`crate::embed::outbound`]).
//!
//! Out: the height of the app's root, at start and whenever it changes (a
//! `ResizeObserver`), to `window.parent`, addressed to the `host` origin when the
//! partner's script gave one, else to any origin: a height is not a secret, and a plain
//! iframe snippet has no `host`.
//!
//! In: a `set` message, taken only when it is trusted (not dispatched by a script of
//! this page), comes from `window.parent`, and its origin equals the `host` option.
//! Without `host` nothing is taken. Everything else is ignored, silently.

use gloo_events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MessageEvent, ResizeObserver, Window};
use yew::prelude::*;

use crate::embed::inbound::{set_query, RawMessage};
use crate::embed::options::{FrameId, HostOrigin};
use crate::embed::outbound::height_message;

/// `window.parent` when this page is in a frame.
fn parent_of(window: &Window) -> Option<Window> {
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, window)).then_some(parent)
}

/// The fields of a message's data, when it is an object (nothing else is read).
fn raw_message(data: &JsValue) -> RawMessage {
    if !data.is_object() {
        return RawMessage::default();
    }
    let field = |name: &str| js_sys::Reflect::get(data, &JsValue::from_str(name)).ok();
    let text = |name: &str| field(name).and_then(|v| v.as_string());
    RawMessage {
        ns: text("ns"),
        v: field("v").and_then(|v| v.as_f64()),
        kind: text("type"),
        id: text("id"),
        query: text("query"),
    }
}

/// Posts the height of `root` to the parent.
fn post_height(root: &Element, id: Option<&FrameId>, host: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = parent_of(&window) else {
        return;
    };
    let rect = root.get_bounding_client_rect();
    let scrolled = window.scroll_y().unwrap_or(0.0);
    let json = height_message(id, rect.bottom() + scrolled);
    if let Ok(message) = js_sys::JSON::parse(&json) {
        // Fails only when the parent is not at `host`: then it must not hear us.
        let _ = parent.post_message(&message, host.unwrap_or("*"));
    }
}

/// Reports the root's height to the parent while mounted, when `enabled` (embed mode).
#[hook]
pub fn use_height_reporter(
    root: NodeRef,
    enabled: bool,
    id: Option<FrameId>,
    host: Option<HostOrigin>,
) {
    // After every render too: a render that changes the content's height (a notice
    // arriving with the live figures' failure) was seen to go unreported by the
    // observer in a frame that had just loaded (tests/e2e/embed/two_embeds.rs).
    {
        let root = root.clone();
        let (id, host) = (id.clone(), host.clone());
        use_effect(move || {
            if let Some(el) = root.cast::<Element>().filter(|_| enabled) {
                post_height(&el, id.as_ref(), host.as_ref().map(|h| h.as_str()));
            }
        });
    }
    use_effect_with((enabled, id, host), move |(enabled, id, host)| {
        let id = id.clone();
        let host = host.as_ref().map(|h| h.as_str().to_owned());
        let element = root.cast::<Element>().filter(|_| *enabled);
        let observed = element.clone().and_then(|el| {
            post_height(&el, id.as_ref(), host.as_deref());
            let target = el.clone();
            let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                post_height(&target, id.as_ref(), host.as_deref());
            });
            let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
            observer.observe(&el);
            Some((observer, callback))
        });
        move || {
            if let Some((observer, _callback)) = observed {
                observer.disconnect();
            }
        }
    });
}

/// Calls `on_set` (the one of the latest render: it sees the current scenario) with the
/// `query` of each `set` message the host page sends.
#[hook]
pub fn use_host_messages(id: Option<FrameId>, host: Option<HostOrigin>, on_set: Callback<String>) {
    let latest = use_mut_ref(|| on_set.clone());
    *latest.borrow_mut() = on_set;
    use_effect_with((id, host), move |(id, host)| {
        let id = id.as_ref().map_or(String::new(), |i| i.as_str().to_owned());
        let listener = host.clone().zip(web_sys::window()).map(|(host, window)| {
            let target = window.clone();
            EventListener::new(&target, "message", move |event| {
                let Some(event) = event.dyn_ref::<MessageEvent>() else {
                    return;
                };
                let from_parent = match (event.source(), parent_of(&window)) {
                    (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
                    _ => false,
                };
                if !event.is_trusted() || !from_parent || event.origin() != host.as_str() {
                    return;
                }
                if let Some(query) = set_query(raw_message(&event.data()), &id) {
                    // Cloned out first: the emit may render, and the render writes `latest`.
                    let on_set = latest.borrow().clone();
                    on_set.emit(query);
                }
            })
        });
        move || drop(listener)
    });
}
