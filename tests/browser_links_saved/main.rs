//! The address bar and saved scenarios in headless Chromium: URL rewriting, Back,
//! localStorage, corrupt storage, and the share field.
#![cfg(target_arch = "wasm32")]

mod address;
mod saved;
mod unreadable;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Storage};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "../browser_support/mod.rs"]
mod browser_support;
use browser_support::{until, Mounted};

const KEY: &str = "hashwatt.saved";

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
