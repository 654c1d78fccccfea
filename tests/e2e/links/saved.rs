//! Saved scenarios: they survive opening a link, and a corrupt store is reported and
//! kept.

use serde_json::{json, Value};

use super::{assert_same_values, field, holds, number, wait_for_address, wait_for_values, Values};
use crate::states::open_saved;
use crate::support::{testid_css, with_page, Failure, Page};

/// Where the saved scenarios live in localStorage.
const STORE_KEY: &str = "hashwatt.saved";

/// The CSS selector of the saved row named `name`.
fn saved_row(name: &str) -> String {
    format!(r#"[data-testid="saved-row"][data-name="{name}"]"#)
}

#[derive(Debug)]
struct Survival {
    three: Values,
    row_after_save: bool,
    stored_after_save: Option<String>,
    link_address: String,
    link_values: Values,
    row_after_link: bool,
    stored_after_link: Option<String>,
    n_after_open: Option<String>,
    values_after_open: Values,
    miner_after_open: Option<String>,
    address_after_open: String,
}

#[tokio::test]
async fn saved_scenarios_survive_opening_a_link() {
    let link = "/?v=1&n=500&kwh=0.02&miner=avalon-a1246";
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1&n=3").await?;
        let three = page.values().await?;
        open_saved(page).await?;
        page.type_into_css(&testid_css("save-name"), "Mine").await?;
        page.click(&testid_css("save-button")).await?;
        let row_after_save = page
            .poll(async || page.exists(&saved_row("Mine")).await, |row| *row)
            .await?;
        let stored_after_save = page
            .poll(
                async || page.local_storage(STORE_KEY).await,
                |text| text.as_deref().is_some_and(|t| t.contains("\"Mine\"")),
            )
            .await?;

        page.open(link).await?;
        // Once the address bar has settled on the link's canonical form, whatever the
        // page does on opening a link has been done.
        let link_address = wait_for_address(
            page,
            &[("n", "500"), ("kwh", "0.02"), ("miner", "avalon-a1246")],
        )
        .await?;
        let link_values = page.values().await?;
        // Open by itself: this browser now holds a saved scenario.
        open_saved(page).await?;
        let row_after_link = page.exists(&saved_row("Mine")).await?;
        let stored_after_link = page.local_storage(STORE_KEY).await?;

        page.click(&format!(
            "{} {}",
            saved_row("Mine"),
            testid_css("saved-open")
        ))
        .await?;
        let n_after_open = page
            .poll(
                async || field(page, "n").await,
                |n| n.as_deref() == Some("3"),
            )
            .await?;
        let values_after_open = wait_for_values(page, &three).await?;
        let miner_after_open = field(page, "miner").await?;
        let address_after_open = wait_for_address(page, &[("n", "3")]).await?;
        Ok(Survival {
            three,
            row_after_save,
            stored_after_save,
            link_address,
            link_values,
            row_after_link,
            stored_after_link,
            n_after_open,
            values_after_open,
            miner_after_open,
            address_after_open,
        })
    })
    .await;

    assert!(
        seen.row_after_save,
        "no saved row \"Mine\" after saving: {seen:#?}"
    );
    let stored = seen
        .stored_after_save
        .as_deref()
        .unwrap_or_else(|| panic!("nothing under {STORE_KEY} after saving"));
    let store: Value = serde_json::from_str(stored)
        .unwrap_or_else(|e| panic!("{STORE_KEY} is not JSON ({e}): {stored:?}"));
    let mine = store["scenarios"]
        .as_array()
        .and_then(|list| list.iter().find(|s| s["name"] == "Mine"))
        .unwrap_or_else(|| panic!("{STORE_KEY} has no scenario \"Mine\": {stored}"));
    let mine_query = mine["query"].as_str().unwrap_or_default();
    assert!(
        holds(mine_query, &[("v", "1"), ("n", "3")]),
        "\"Mine\" should be kept as its v1 link with n=3: {mine}"
    );

    assert!(
        holds(&seen.link_address, &[("n", "500"), ("kwh", "0.02")]),
        "the link did not open: address {:?}",
        seen.link_address
    );
    assert_eq!(
        number(&seen.link_values, "fleet-power"),
        Some(500.0 * 3420.0 / 1e6),
        "the link's figures: 500 Avalon A1246"
    );
    assert!(
        seen.row_after_link,
        "\"Mine\" is no longer listed after opening a link"
    );
    assert_eq!(
        seen.stored_after_link.as_deref(),
        Some(stored),
        "opening a link changed {STORE_KEY}"
    );

    assert_eq!(
        seen.n_after_open.as_deref(),
        Some("3"),
        "n after opening \"Mine\""
    );
    assert_eq!(
        seen.miner_after_open.as_deref(),
        Some("antminer-s21"),
        "the Model field after opening \"Mine\" (saved with the default machine)"
    );
    assert_same_values(
        &seen.values_after_open,
        &seen.three,
        "after opening \"Mine\" (the figures of /?v=1&n=3)",
    );
    assert!(
        holds(&seen.address_after_open, &[("n", "3")]),
        "the address bar after opening \"Mine\": {:?}",
        seen.address_after_open
    );
}

const CORRUPT_STORE: &str = r#"{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"Good","query":"v=1&n=2"},{"broken":true}]}"#;

#[derive(Debug)]
struct Corrupt {
    problem: Option<String>,
    rows: Vec<Option<String>>,
    stored_after_save: Option<String>,
    rows_after_save: Vec<Option<String>>,
}

/// `data-name` of every saved row.
async fn row_names(page: &Page) -> Result<Vec<Option<String>>, Failure> {
    let names = page
        .execute(
            r#"return Array.from(document.querySelectorAll('[data-testid="saved-row"]'))
                .map(row => row.getAttribute('data-name'));"#,
            Vec::new(),
        )
        .await?;
    serde_json::from_value(names).map_err(|e| Failure(format!("saved-row names: {e}")))
}

#[tokio::test]
async fn a_corrupt_store_is_reported_and_kept() {
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1").await?;
        page.set_local_storage(STORE_KEY, CORRUPT_STORE).await?;
        page.refresh().await?;
        open_saved(page).await?;
        let problem = page.text(&testid_css("saved-problem")).await?;
        let rows = row_names(page).await?;
        page.type_into_css(&testid_css("save-name"), "New").await?;
        page.click(&testid_css("save-button")).await?;
        page.poll(async || page.exists(&saved_row("New")).await, |row| *row)
            .await?;
        let stored_after_save = page
            .poll(
                async || page.local_storage(STORE_KEY).await,
                |text| text.as_deref().is_some_and(|t| t.contains("\"New\"")),
            )
            .await?;
        Ok(Corrupt {
            problem,
            rows,
            stored_after_save,
            rows_after_save: row_names(page).await?,
        })
    })
    .await;

    assert!(
        seen.problem
            .as_deref()
            .is_some_and(|p| !p.trim().is_empty()),
        "saved-problem should report the unreadable entry: {seen:#?}"
    );
    assert_eq!(
        seen.rows,
        vec![Some("Good".to_owned())],
        "the readable entry is listed, the broken one is not"
    );
    let stored = seen
        .stored_after_save
        .as_deref()
        .unwrap_or_else(|| panic!("nothing under {STORE_KEY} after saving \"New\""));
    assert!(
        stored.contains(r#""broken":true"#),
        "the broken entry was not written back: {stored}"
    );
    let store: Value = serde_json::from_str(stored)
        .unwrap_or_else(|e| panic!("{STORE_KEY} is not JSON ({e}): {stored:?}"));
    let entries = store["scenarios"].as_array().cloned().unwrap_or_default();
    let good = entries.iter().find(|s| s["name"] == "Good");
    assert_eq!(
        good.map(|g| &g["query"]),
        Some(&json!("v=1&n=2")),
        "\"Good\" should be kept as it was: {stored}"
    );
    assert!(
        entries.iter().any(|s| s["name"] == "New"),
        "\"New\" was not stored: {stored}"
    );
    assert!(
        entries.contains(&json!({ "broken": true })),
        "the broken entry should be kept as it was: {stored}"
    );
    assert_eq!(entries.len(), 3, "Good, the broken entry and New: {stored}");
    let mut rows = seen.rows_after_save.clone();
    rows.sort();
    assert_eq!(
        rows,
        vec![Some("Good".to_owned()), Some("New".to_owned())],
        "the rows after saving \"New\""
    );
}
