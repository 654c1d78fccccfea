//! Saved scenarios through the page: save, open, rename, duplicate and delete; a link
//! opened beside them; one with values that cannot be used; an import from a newer
//! version; a browser without Web Locks.

use hashwatt::saved::Store;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

use crate::browser_support::{fire, Mounted};
use crate::{clear_storage, row_names, rows_become, status_says, storage, KEY};

fn row(page: &Mounted, name: &str) -> Option<Element> {
    page.find(&format!(
        "[data-testid=\"saved-row\"][data-name=\"{name}\"]"
    ))
}

#[wasm_bindgen_test]
async fn save_open_rename_duplicate_delete() {
    clear_storage();
    let page = Mounted::with("?v=1&n=12&kwh=0.041", false).await;
    page.open_saved().await;
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
    page.open_saved().await;
    page.type_at("input[name=\"n\"]", "501").await;
    assert_eq!(row_names(&page), ["Mine"]);
    assert_eq!(storage().get_item(KEY).unwrap(), before);
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_saved_scenario_with_bad_values_opens_with_the_notice() {
    clear_storage();
    let text = r#"{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"Bad","query":"v=1&n=abc&kwh=-5&up=95","saved":""}]}"#;
    storage().set_item(KEY, text).unwrap();
    let page = Mounted::with("?v=1&n=5", false).await;
    page.open_saved().await;
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
    page.open_saved().await;
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
    page.open_saved().await;
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
