//! End to end: the code of saved scenarios and of the embed builder is a second module,
//! loaded only when one of them is opened. A new visitor's page never asks for it;
//! opening either loads it once; what is done in it reaches the page only as its
//! outcome (a click on "Save" in it runs no handler of the page's).
//!
//! Needs the built site (`scripts/test.sh` builds it first), Chromium and chromedriver.

use serde_json::Value;

use crate::states::{open_embed_builder, open_saved};
use crate::support::{testid_css, with_page, Failure, Page};

/// How many times the page has fetched each of the module's two files.
async fn module_fetches(page: &Page) -> Result<(u64, u64), Failure> {
    let counts = page
        .execute(
            "const names = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);\
             return [names.filter((n) => n.endsWith('/on-demand.js')).length,\
                     names.filter((n) => n.endsWith('/on-demand_bg.wasm')).length];",
            Vec::new(),
        )
        .await?;
    let count = |i: usize| counts.get(i).and_then(Value::as_u64).unwrap_or(u64::MAX);
    Ok((count(0), count(1)))
}

#[derive(Debug)]
struct Loads {
    first_visit: (u64, u64),
    builder_open: (u64, u64),
    both_open: (u64, u64),
    kwh_after_save: Option<String>,
    stored: Option<String>,
}

#[tokio::test]
async fn the_module_loads_only_when_a_section_is_opened_and_once() {
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1&kwh=0.05").await?;
        page.execute("localStorage.clear();", Vec::new()).await?;
        page.refresh().await?;
        let first_visit = module_fetches(page).await?;
        open_embed_builder(page).await?;
        let builder_open = module_fetches(page).await?;
        open_saved(page).await?;
        page.type_into_css(&testid_css("save-name"), "Here").await?;
        page.click(&testid_css("save-button")).await?;
        let stored = page
            .poll(
                async || page.local_storage("hashwatt.saved").await,
                |text| text.as_deref().is_some_and(|t| t.contains("\"Here\"")),
            )
            .await?;
        let kwh_after_save = page
            .execute(
                "return document.querySelector('input[name=kwh]').value;",
                Vec::new(),
            )
            .await?
            .as_str()
            .map(str::to_owned);
        Ok::<_, Failure>(Loads {
            first_visit,
            builder_open,
            both_open: module_fetches(page).await?,
            kwh_after_save,
            stored,
        })
    })
    .await;
    assert_eq!(seen.first_visit, (0, 0), "a new visitor's page: {seen:?}");
    assert_eq!(seen.builder_open, (1, 1), "the builder opened: {seen:?}");
    assert_eq!(seen.both_open, (1, 1), "then saved scenarios: {seen:?}");
    assert_eq!(seen.kwh_after_save.as_deref(), Some("0.05"), "{seen:?}");
    let stored = seen.stored.as_deref().unwrap_or_default();
    assert!(
        stored.contains("kwh=0.05"),
        "the scenario saved is the page's: {stored}"
    );
}
