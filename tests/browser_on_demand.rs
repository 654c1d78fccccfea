//! The sections loaded on demand, when their code cannot be loaded: opened, saved
//! scenarios say so and offer to try again, and the rest of the page keeps working.
//! This binary does not link the features in (`on_demand::features::link_in`), and the
//! test server has no `on-demand.js`: the page's own loader runs and fails, as
//! it does offline before the module was ever fetched. The end-to-end tests load it.
#![cfg(target_arch = "wasm32")]

use hashwatt::app::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod browser_support;
use browser_support::until;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_module_that_cannot_be_loaded_is_reported_and_retried() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        query: "?v=1&kwh=0.05".into(),
        sync_url: false,
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let find = |css: &str| root.query_selector(css).unwrap();
    let click = |css: &str| {
        find(css)
            .unwrap_or_else(|| panic!("no {css}"))
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click()
    };

    // Closed, nothing is loaded or drawn.
    assert!(find("[data-testid=\"saved-section\"]:not([open])").is_some());
    assert!(find("[data-testid=\"on-demand-loading\"]").is_none());

    click("[data-testid=\"saved-section\"] > summary");
    until("the load to fail", || {
        find("[data-testid=\"on-demand-failed\"]").is_some()
    })
    .await;
    let message = find("[data-testid=\"on-demand-failed\"]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        message.contains("could not be loaded") && message.contains("Try again"),
        "{message}"
    );
    assert!(find("[data-testid=\"save-name\"]").is_none());

    // Trying again loads again (and fails again here), showing that it is loading.
    click("[data-testid=\"on-demand-failed\"] button");
    yew::scheduler::flush().await;
    assert!(find("[data-testid=\"on-demand-loading\"]").is_some());
    until("the second load to fail", || {
        find("[data-testid=\"on-demand-failed\"]").is_some()
    })
    .await;

    // The calculator itself is untouched: its results are there.
    assert!(find("[data-testid=\"profit-per-day\"]").is_some());
    root.remove();
}
