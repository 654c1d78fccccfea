//! Shared by the browser tests: mounts the App into an element of its own and drives
//! it as a user would (an `input` or `change` event per edit), waiting for Yew with
//! `scheduler::flush`, never a fixed sleep.
#![allow(dead_code)] // Each test file uses its own part of this.

use gloo_timers::future::TimeoutFuture;
use hashwatt::app::{App, AppProps};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// A mounted App and the element it lives in (removed on drop).
pub struct Mounted {
    pub root: Element,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

impl Mounted {
    /// Mounts with the address bar left alone.
    pub async fn new(query: &str) -> Mounted {
        Mounted::with(query, false).await
    }

    /// Mounts, with the address bar following the scenario when `sync_url`.
    pub async fn with(query: &str, sync_url: bool) -> Mounted {
        // Saved scenarios and the embed builder drawn in the App's own tree: these tests
        // have no built site to load the on-demand module from (the end-to-end tests
        // load it).
        hashwatt::app::on_demand::features::link_in();
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = AppProps {
            query: query.to_owned().into(),
            sync_url,
        };
        yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        Mounted { root }
    }

    pub fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    pub fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    pub fn text(&self, selector: &str) -> String {
        self.find(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    /// The raw `data-value` of a hook; panics (failing the test) when absent.
    pub fn value(&self, testid: &str) -> String {
        self.find(&format!("[data-testid=\"{testid}\"]"))
            .unwrap_or_else(|| panic!("no {testid} in {}", self.root.inner_html()))
            .get_attribute("data-value")
            .unwrap_or_else(|| panic!("{testid} has no data-value"))
    }

    pub fn number(&self, testid: &str) -> f64 {
        let raw = self.value(testid);
        raw.parse()
            .unwrap_or_else(|_| panic!("{testid} data-value {raw:?} is not a number"))
    }

    /// The input matching `selector`.
    pub fn input_at(&self, selector: &str) -> HtmlInputElement {
        self.find(selector)
            .unwrap_or_else(|| panic!("no {selector}"))
            .dyn_into()
            .unwrap()
    }

    /// The form field of a scenario key.
    pub fn input(&self, name: &str) -> HtmlInputElement {
        self.input_at(&format!("input[name=\"{name}\"]"))
    }

    pub fn select_of(&self, name: &str) -> HtmlSelectElement {
        self.find(&format!("select[name=\"{name}\"]"))
            .unwrap()
            .dyn_into()
            .unwrap()
    }

    /// Replaces a field's text and fires the bubbling `input` event a keystroke fires.
    pub async fn type_at(&self, selector: &str, text: &str) {
        let input = self.input_at(selector);
        input.set_value(text);
        fire(&input, "input");
        yew::scheduler::flush().await;
    }

    /// [`Mounted::type_at`] for the field of a scenario key.
    pub async fn type_into(&self, name: &str, text: &str) {
        self.type_at(&format!("input[name=\"{name}\"]"), text).await;
    }

    /// Picks an option by value and fires `change`.
    pub async fn select(&self, name: &str, value: &str) {
        self.select_at(&format!("select[name=\"{name}\"]"), value)
            .await;
    }

    /// [`Mounted::select`] for the select matching `selector`.
    pub async fn select_at(&self, selector: &str, value: &str) {
        let select: HtmlSelectElement = self
            .find(selector)
            .unwrap_or_else(|| panic!("no {selector}"))
            .dyn_into()
            .unwrap();
        select.set_value(value);
        fire(&select, "change");
        yew::scheduler::flush().await;
    }

    /// Opens the saved scenarios' section (as a user does: its heading), unless it is
    /// open, and waits for its form.
    pub async fn open_saved(&self) {
        let section = "[data-testid=\"saved-section\"]";
        if self.find(&format!("{section}[open]")).is_none() {
            self.click(&format!("{section} > summary")).await;
        }
        until("the saved scenarios' form", || {
            self.find("[data-testid=\"save-name\"]").is_some()
        })
        .await;
    }

    pub async fn click(&self, selector: &str) {
        let el: HtmlElement = self
            .find(selector)
            .unwrap_or_else(|| panic!("no {selector}"))
            .dyn_into()
            .unwrap();
        el.click();
        yew::scheduler::flush().await;
    }
}

/// Dispatches a bubbling event of `kind` at `target`.
pub fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

/// Polls `cond` every 10 ms, for at most 5 s: for what no event announces (a debounced
/// write, the browser's history navigation, a details element's toggle).
pub async fn until(what: &str, mut cond: impl FnMut() -> bool) {
    for _ in 0..500 {
        yew::scheduler::flush().await;
        if cond() {
            return;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("timed out waiting for {what}");
}
