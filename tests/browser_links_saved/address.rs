//! The address bar and the share field: the address follows typing, Back restores a
//! deliberate change, and the share field holds the scenario's link (none while a field
//! is wrong).

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlSelectElement;

use crate::browser_support::{fire, until, Mounted};

fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn address_follows_typing_and_back_restores_a_deliberate_change() {
    let history = web_sys::window().unwrap().history().unwrap();
    let original = web_sys::window().unwrap().location().href().unwrap();
    let page = Mounted::with("?v=1&n=5", true).await;
    until("the canonical link", || search().contains("&n=5&")).await;
    assert!(
        search().starts_with("?v=1&miner=antminer-s21&th=200&w=3500&n=5&"),
        "{}",
        search()
    );

    let entries = history.length().unwrap();
    page.type_at("input[name=\"n\"]", "7").await;
    page.type_at("input[name=\"kwh\"]", "0.05").await;
    until("the typed values in the address", || {
        search().contains("n=7") && search().contains("kwh=0.05")
    })
    .await;
    assert_eq!(
        history.length().unwrap(),
        entries,
        "typing rewrites the current entry"
    );

    // Picking a machine is deliberate: a new entry.
    let select: HtmlSelectElement = page
        .find("select[name=\"miner\"]")
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("antminer-s9");
    fire(&select, "change");
    yew::scheduler::flush().await;
    assert!(search().contains("miner=antminer-s9"), "{}", search());
    assert_eq!(history.length().unwrap(), entries + 1);

    history.back().unwrap();
    until("Back to restore the S21", || {
        page.input_at("input[name=\"th\"]").value() == "200"
    })
    .await;
    assert_eq!(page.input_at("input[name=\"n\"]").value(), "7");
    // The picker shows the restored machine, not the one picked by hand before.
    assert_eq!(select.value(), "antminer-s21");
    assert_eq!(page.input_at("input[name=\"kwh\"]").value(), "0.05");

    // An invalid field leaves the address at the last valid scenario.
    page.type_at("input[name=\"kwh\"]", "x").await;
    TimeoutFuture::new(400).await;
    assert!(search().contains("kwh=0.05"), "{}", search());

    drop(page);
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&original))
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_share_field_holds_the_scenario_link() {
    let page = Mounted::with("?v=1&n=4&kwh=0.03", false).await;
    let link = page.input_at("[data-testid=\"share-url\"]").value();
    assert!(
        link.starts_with("http://")
            && link.contains("?v=1&miner=antminer-s21&th=200&w=3500&n=4&kwh=0.03&"),
        "{link}"
    );
    page.type_at("input[name=\"n\"]", "zz").await;
    assert_eq!(
        page.input_at("[data-testid=\"share-url\"]").value(),
        "",
        "no link to an invalid scenario"
    );
}
