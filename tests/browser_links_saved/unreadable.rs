//! A store the page cannot read whole: kept aside, entries and fields it does not know
//! written back through a save, and one too large to keep aside exported, then cleared.

use hashwatt::saved::Store;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::browser_support::Mounted;
use crate::{clear_storage, row_names, rows_become, status_says, storage, KEY};

#[wasm_bindgen_test]
async fn corrupt_storage_is_reported_and_kept_aside() {
    clear_storage();
    storage().set_item(KEY, "{\"format\": broken").unwrap();
    let page = Mounted::with("", false).await;
    page.open_saved().await;
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
    page.open_saved().await;
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
    page.open_saved().await;
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
    page.open_saved().await;
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
