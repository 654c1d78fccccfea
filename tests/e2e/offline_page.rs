//! End to end: after one visit the page opens without its server (the service worker
//! that `scripts/sw.mjs` builds), any scenario on it, with the same figures as online;
//! the on-demand module too (the collapsed input sections, saved scenarios), though
//! never opened online.
//!
//! Needs the built site (`scripts/test.sh` builds it first), Chromium and chromedriver.

use std::collections::BTreeMap;

use crate::states::open_saved;
use crate::support::{testid_css, with_page, Failure, Page};

/// The scenario open when the server goes away.
const LAST: &str = "/?v=1&kwh=0.05";
/// Another scenario, opened online only to know its figures: offline, the one kept page
/// (the worker keeps a navigation by its path, whatever its query) computes it.
const OTHER: &str = "/?v=1&kwh=0.07&n=40";

#[derive(Debug)]
struct Seen {
    controlled: bool,
    online: BTreeMap<String, String>,
    online_other: BTreeMap<String, String>,
    offline: BTreeMap<String, String>,
    offline_other: BTreeMap<String, String>,
    module_offline: bool,
    section_offline: Option<String>,
}

#[tokio::test]
async fn after_one_visit_the_page_opens_without_its_server() {
    let seen = with_page(async |page: &Page| {
        page.open(OTHER).await?;
        let online_other = page.values().await?;
        page.open(LAST).await?;
        let online = page.values().await?;
        let controlled = page
            .poll_true("return navigator.serviceWorker.controller !== null;")
            .await?;
        page.stop_site().await;
        page.open(LAST).await?;
        let offline = page.values().await?;
        open_saved(page).await?;
        let module_offline = page.exists(&testid_css("save-name")).await?;
        // A collapsed input section, drawn by the module, never opened online.
        let section_offline = page.prop(r#"input[name="pue"]"#, "value").await?;
        page.open(OTHER).await?;
        let offline_other = page.values().await?;
        Ok::<_, Failure>(Seen {
            controlled,
            online,
            online_other,
            offline,
            offline_other,
            module_offline,
            section_offline,
        })
    })
    .await;
    assert!(
        seen.controlled,
        "the service worker never took the page: {seen:?}"
    );
    assert!(seen.online.contains_key("profit-per-day"), "{seen:?}");
    assert_eq!(seen.offline, seen.online, "the visited scenario offline");
    assert_ne!(
        seen.online_other, seen.online,
        "two scenarios with other figures"
    );
    assert_eq!(
        seen.offline_other, seen.online_other,
        "another scenario offline"
    );
    assert!(
        seen.module_offline,
        "saved scenarios open offline: {seen:?}"
    );
    assert_eq!(
        seen.section_offline.as_deref(),
        Some("1"),
        "the site section opens offline: {seen:?}"
    );
}
