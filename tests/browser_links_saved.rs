//! The address bar and saved scenarios in headless Chromium: URL rewriting, Back,
//! localStorage, corrupt storage, and the share field.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use hashwatt::saved::Store;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, Storage};

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{fire, until, Mounted};

const KEY: &str = "hashwatt.saved";

fn row(page: &Mounted, name: &str) -> Option<Element> {
    page.find(&format!(
        "[data-testid=\"saved-row\"][data-name=\"{name}\"]"
    ))
}

fn row_names(page: &Mounted) -> Vec<String> {
    let rows = page
        .root
        .query_selector_all("[data-testid=\"saved-row\"]")
        .unwrap();
    (0..rows.length())
        .filter_map(|i| {
            rows.item(i)?
                .dyn_into::<Element>()
                .ok()?
                .get_attribute("data-name")
        })
        .collect()
}

/// Waits until the saved rows are `names`: a change is written under a lock across
/// tabs, so the list shows it a moment after the click.
async fn rows_become(page: &Mounted, names: &[&str]) {
    until(&format!("saved rows {names:?}"), || {
        row_names(page) == names
    })
    .await;
}

/// Waits until the saved-scenarios status holds `part`.
async fn status_says(page: &Mounted, part: &str) -> String {
    let status = || page.text("[data-testid=\"saved-status\"]");
    until(&format!("a status with {part:?}"), || {
        status().contains(part)
    })
    .await;
    status()
}

fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear_storage() {
    let s = storage();
    let keys: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).ok().flatten())
        .collect();
    for k in keys.into_iter().filter(|k| k.starts_with(KEY)) {
        s.remove_item(&k).unwrap();
    }
}

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
async fn save_open_rename_duplicate_delete() {
    clear_storage();
    let page = Mounted::with("?v=1&n=12&kwh=0.041", false).await;
    page.type_at("[data-testid=\"save-name\"]", "Site A").await;
    page.click("[data-testid=\"save-button\"]").await;
    rows_become(&page, &["Site A"]).await;
    let (stored, problem) = Store::parse(storage().get_item(KEY).unwrap().as_deref());
    assert_eq!(problem, None);
    let query = &stored.get("Site A").unwrap().query;
    assert!(
        query.contains("n=12") && query.contains("kwh=0.041"),
        "{query}"
    );

    // The same name again is refused, not overwritten.
    page.type_at("input[name=\"n\"]", "99").await;
    page.type_at("[data-testid=\"save-name\"]", "Site A").await;
    page.click("[data-testid=\"save-button\"]").await;
    status_says(&page, "exists already").await;
    assert!(Store::parse(storage().get_item(KEY).unwrap().as_deref())
        .0
        .get("Site A")
        .unwrap()
        .query
        .contains("n=12"));

    // Open brings the saved figures back.
    page.click("[data-testid=\"saved-row\"][data-name=\"Site A\"] [data-testid=\"saved-open\"]")
        .await;
    assert_eq!(page.input_at("input[name=\"n\"]").value(), "12");

    page.click("[data-name=\"Site A\"] .saved-actions button:nth-child(3)")
        .await; // Duplicate
    rows_become(&page, &["Site A", "Site A (copy)"]).await;
    // Each row's buttons are named after its scenario, the visible verb first.
    let names = |row: &str| {
        let buttons = page
            .root
            .query_selector_all(&format!("[data-name=\"{row}\"] button"))
            .unwrap();
        (0..buttons.length())
            .filter_map(|i| {
                buttons
                    .item(i)?
                    .dyn_into::<Element>()
                    .ok()?
                    .get_attribute("aria-label")
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names("Site A (copy)"),
        [
            "Open Site A (copy)",
            "Rename Site A (copy)",
            "Duplicate Site A (copy)",
            "Replace with current Site A (copy)",
            "Delete Site A (copy)"
        ]
    );

    page.click("[data-name=\"Site A\"] .saved-actions button:nth-child(2)")
        .await; // Rename
    let rename = row(&page, "Site A")
        .unwrap()
        .query_selector("form input")
        .unwrap()
        .unwrap();
    let rename: HtmlInputElement = rename.dyn_into().unwrap();
    rename.set_value("Site B");
    fire(&rename, "input");
    yew::scheduler::flush().await;
    page.click("[data-name=\"Site A\"] form button[type=\"submit\"]")
        .await;
    rows_become(&page, &["Site B", "Site A (copy)"]).await;

    page.click("[data-name=\"Site B\"] [data-testid=\"saved-delete\"]")
        .await;
    assert_eq!(row_names(&page).len(), 2, "delete asks first");
    page.click("[data-name=\"Site B\"] [data-testid=\"saved-delete-confirm\"]")
        .await;
    rows_become(&page, &["Site A (copy)"]).await;
    let (stored, _) = Store::parse(storage().get_item(KEY).unwrap().as_deref());
    assert_eq!(stored.scenarios.len(), 1);
    clear_storage();
}

#[wasm_bindgen_test]
async fn opening_a_link_does_not_touch_saved_scenarios() {
    clear_storage();
    let mut store = Store::default();
    store
        .save("Mine", "v=1&n=3", "2026-11-25T00:00:00Z")
        .unwrap();
    storage().set_item(KEY, &store.to_json()).unwrap();
    let before = storage().get_item(KEY).unwrap();
    let page = Mounted::with("?v=1&n=500&kwh=0.02&miner=avalon-a1246", false).await;
    page.type_at("input[name=\"n\"]", "501").await;
    assert_eq!(row_names(&page), ["Mine"]);
    assert_eq!(storage().get_item(KEY).unwrap(), before);
    clear_storage();
}

#[wasm_bindgen_test]
async fn corrupt_storage_is_reported_and_kept_aside() {
    clear_storage();
    storage().set_item(KEY, "{\"format\": broken").unwrap();
    let page = Mounted::with("", false).await;
    assert!(page
        .text("[data-testid=\"saved-problem\"]")
        .contains("could not be read"));
    // Still usable: saving works and keeps the unreadable text under another key.
    page.type_at("[data-testid=\"save-name\"]", "Fresh").await;
    page.click("[data-testid=\"save-button\"]").await;
    rows_become(&page, &["Fresh"]).await;
    let s = storage();
    let aside: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with("hashwatt.saved.unreadable-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        s.get_item(&aside[0]).unwrap().as_deref(),
        Some("{\"format\": broken")
    );
    clear_storage();
}

#[wasm_bindgen_test]
async fn entries_kept_aside_survive_a_save() {
    clear_storage();
    let text = r#"{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"Good","query":"v=1&n=2"},{"oops":true}]}"#;
    storage().set_item(KEY, text).unwrap();
    let page = Mounted::with("", false).await;
    assert!(page
        .text("[data-testid=\"saved-problem\"]")
        .contains("1 saved entry"));
    assert_eq!(row_names(&page), ["Good"]);
    page.type_at("[data-testid=\"save-name\"]", "New").await;
    page.click("[data-testid=\"save-button\"]").await;
    rows_become(&page, &["Good", "New"]).await;
    let stored = storage().get_item(KEY).unwrap().unwrap();
    assert!(stored.contains("\"oops\":true"), "{stored}");
    assert_eq!(Store::parse(Some(&stored)).0.scenarios.len(), 2);
    clear_storage();
}

#[wasm_bindgen_test]
async fn unknown_fields_survive_a_save_through_the_page() {
    clear_storage();
    let text = r#"{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"Old","query":"v=1&n=2","saved":"","colour":"red"}],"sync":{"id":7}}"#;
    storage().set_item(KEY, text).unwrap();
    let page = Mounted::with("?v=1&n=5", false).await;
    page.type_at("[data-testid=\"save-name\"]", "New").await;
    page.click("[data-testid=\"save-button\"]").await;
    rows_become(&page, &["Old", "New"]).await;
    let stored = storage().get_item(KEY).unwrap().unwrap();
    assert!(
        stored.contains(r#""colour":"red""#) && stored.ends_with(r#"],"sync":{"id":7}}"#),
        "{stored}"
    );
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_saved_scenario_with_bad_values_opens_with_the_notice() {
    clear_storage();
    let text = r#"{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"Bad","query":"v=1&n=abc&kwh=-5&up=95","saved":""}]}"#;
    storage().set_item(KEY, text).unwrap();
    let page = Mounted::with("?v=1&n=5", false).await;
    assert!(page.find("[data-testid=\"link-notice\"]").is_none());
    page.click("[data-name=\"Bad\"] [data-testid=\"saved-open\"]")
        .await;
    let notice = page.text("[data-testid=\"link-notice\"]");
    assert!(
        notice.contains("saved scenario \u{201c}Bad\u{201d}"),
        "{notice}"
    );
    let keys: Vec<String> = (0..page.count("[data-testid=\"link-notice\"] li code"))
        .map(|i| {
            page.find(&format!(
                "[data-testid=\"link-notice\"] li:nth-child({}) code",
                i + 1
            ))
            .and_then(|c| c.text_content())
            .unwrap_or_default()
        })
        .collect();
    assert_eq!(keys, ["n", "kwh"], "{notice}");
    // The good value was taken, the bad ones show their defaults.
    assert_eq!(page.input("up").value(), "95");
    clear_storage();
}

/// Picks a file of `text` in the import field, as the file picker would.
fn pick_import_file(page: &Mounted, text: &str) {
    let input = page.input_at("[data-testid=\"saved-import\"]");
    let pick = js_sys::Function::new_with_args(
        "input, text",
        "const files = new DataTransfer(); files.items.add(new File([text], 'f.json')); \
         input.files = files.files; input.dispatchEvent(new Event('change', { bubbles: true }));",
    );
    pick.call2(&wasm_bindgen::JsValue::NULL, &input, &text.into())
        .unwrap();
}

#[wasm_bindgen_test]
async fn an_import_from_a_newer_version_is_refused_whole() {
    clear_storage();
    let page = Mounted::with("?v=1&n=5", false).await;
    pick_import_file(
        &page,
        r#"{"format":"hashwatt-saved","version":2,"scenarios":[{"name":"Later","query":"v=2&x=1"}]}"#,
    );
    let status = status_says(&page, "newer version").await;
    assert!(status.contains("nothing was imported"), "{status}");
    assert!(row_names(&page).is_empty());
    assert_eq!(storage().get_item(KEY).unwrap(), None);
}

#[wasm_bindgen_test]
async fn without_web_locks_a_change_is_still_made() {
    clear_storage();
    let navigator = web_sys::window().unwrap().navigator();
    let hide = js_sys::Object::new();
    js_sys::Reflect::set(&hide, &"value".into(), &wasm_bindgen::JsValue::UNDEFINED).unwrap();
    js_sys::Reflect::set(&hide, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&navigator, &"locks".into(), &hide);
    let page = Mounted::with("?v=1&n=5", false).await;
    page.type_at("[data-testid=\"save-name\"]", "No locks")
        .await;
    page.click("[data-testid=\"save-button\"]").await;
    rows_become(&page, &["No locks"]).await;
    js_sys::Reflect::delete_property(&navigator, &"locks".into()).unwrap();
    assert!(storage()
        .get_item(KEY)
        .unwrap()
        .unwrap()
        .contains("No locks"));
    clear_storage();
}

/// A store that cannot be read and is too large to be kept beside a new one: saving
/// says so (not "storage is full"), and the way out is to export it, then clear it.
/// (Chromium allows an origin about 5.2 million characters: 2.8 million fit once, not
/// twice.)
#[wasm_bindgen_test]
async fn an_unreadable_store_too_large_to_keep_aside_is_exported_then_cleared() {
    clear_storage();
    let big = format!("{{\"format\": {}", "x".repeat(2_800_000));
    storage().set_item(KEY, &big).unwrap();
    let page = Mounted::with("?v=1&n=5", false).await;
    assert!(page
        .text("[data-testid=\"saved-problem\"]")
        .contains("could not be read"));
    let clear = || {
        page.find("[data-testid=\"saved-clear-unreadable\"]")
            .unwrap()
            .dyn_into::<web_sys::HtmlButtonElement>()
            .unwrap()
    };
    assert!(
        clear().disabled(),
        "nothing is cleared before it is exported"
    );
    page.type_at("[data-testid=\"save-name\"]", "New").await;
    page.click("[data-testid=\"save-button\"]").await;
    let status = status_says(&page, "nothing was saved").await;
    assert!(
        status.contains("no room to keep a copy of them (2.8 MB)") && !status.contains("full"),
        "{status}"
    );
    assert_eq!(storage().get_item(KEY).unwrap().as_deref(), Some(&big[..]));

    page.click("[data-testid=\"saved-export-unreadable\"]")
        .await;
    status_says(&page, "offered as a file").await;
    assert!(!clear().disabled());
    page.click("[data-testid=\"saved-clear-unreadable\"]").await;
    status_says(&page, "cleared").await;
    assert_eq!(storage().get_item(KEY).unwrap(), None);
    assert!(page.find("[data-testid=\"saved-problem\"]").is_none());
    page.type_at("[data-testid=\"save-name\"]", "New").await;
    page.click("[data-testid=\"save-button\"]").await;
    rows_become(&page, &["New"]).await;
    clear_storage();
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
