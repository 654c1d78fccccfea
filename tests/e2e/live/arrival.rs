//! Live figures arriving: they replace the snapshot, but not a field the user typed
//! meanwhile (a slow server); a link keeps its own figures and is offered today's.

use std::time::Duration;

use hashwatt::live::Endpoint;

use super::{
    default_profit, field, live_profit, offered_live, profit_becomes, snapshot_profit, source,
    wait_source,
};
use crate::fake_mempool::{FakeMempool, Reply};
use crate::support::{testid_css, with_page_api, REL_TOLERANCE};
use crate::tolerance::within;

#[tokio::test]
async fn live_figures_replace_the_snapshot_and_a_typed_field_is_kept() {
    let api = FakeMempool::start();
    with_page_api(&api.url(), async |page| {
        page.open("/").await?;
        assert_eq!(wait_source(page, "live").await?.as_deref(), Some("live"));
        assert!(
            profit_becomes(page, live_profit()).await?,
            "profit a day on the live network: expected {}",
            live_profit()
        );
        assert_eq!(
            field(page, "diff").await?.as_deref(),
            Some("150000000000000")
        );
        assert_eq!(field(page, "height").await?.as_deref(), Some("978422"));
        assert_eq!(field(page, "txfee").await?.as_deref(), Some("0.024"));
        assert_eq!(field(page, "price").await?.as_deref(), Some("91234"));
        assert_eq!(field(page, "date").await?.as_deref(), Some("2026-12-01"));
        let label = page
            .text(&testid_css("network-source"))
            .await?
            .unwrap_or_default();
        assert!(label.contains("live from 127.0.0.1:"), "{label}");
        // The six GETs, once each, and nothing else.
        api.assert_each_endpoint_once();

        // "Use shipped snapshot", then "Update to today's network": one click each.
        page.click(&testid_css("use-snapshot")).await?;
        assert_eq!(
            wait_source(page, "snapshot").await?.as_deref(),
            Some("snapshot")
        );
        assert!(profit_becomes(page, snapshot_profit()).await?);
        assert!(offered_live(page).await?);
        page.click(&testid_css("update-to-today")).await?;
        assert_eq!(wait_source(page, "live").await?.as_deref(), Some("live"));
        Ok(())
    })
    .await;

    // A slow server: the first results come from the snapshot at once; a price typed
    // meanwhile survives the live figures' arrival, which fill the other fields.
    let slow = FakeMempool::start();
    for endpoint in Endpoint::ALL {
        slow.set(
            endpoint.path(),
            Reply::ok(crate::fake_mempool::fixture(endpoint)).delayed(Duration::from_millis(1_500)),
        );
    }
    with_page_api(&slow.url(), async |page| {
        page.open("/").await?;
        // Rendered before any answer came: the snapshot's figures.
        assert_eq!(source(page).await?.as_deref(), Some("snapshot"));
        assert!(page.number("profit-per-day").await.is_some_and(|p| within(
            p,
            snapshot_profit(),
            REL_TOLERANCE
        )));
        page.type_into("price", "70000").await?;
        let diff = page
            .poll(
                async || field(page, "diff").await,
                |d| d.as_deref() == Some("150000000000000"),
            )
            .await?;
        assert_eq!(diff.as_deref(), Some("150000000000000"));
        // The six GETs were in flight together, not one after another (each waited
        // 1.5 s on the server).
        assert_eq!(slow.most_at_once(), Endpoint::ALL.len());
        assert_eq!(field(page, "price").await?.as_deref(), Some("70000"));
        // Not all live: the page offers the rest.
        assert_eq!(source(page).await?.as_deref(), Some("own"));
        assert!(offered_live(page).await?);
        let expected = default_profit(150e12, 3.149, 70_000.0);
        assert!(profit_becomes(page, expected).await?);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_link_keeps_its_figures_and_is_offered_todays() {
    let api = FakeMempool::start();
    with_page_api(&api.url(), async |page| {
        let link =
            "/?v=1&price=50000&diff=100000000000000&height=900000&txfee=0.01&date=2025-06-01";
        page.open(link).await?;
        // Live figures arrive (the button appears) and change nothing of the link's.
        assert!(offered_live(page).await?);
        assert_eq!(source(page).await?.as_deref(), Some("pinned"));
        assert_eq!(
            field(page, "diff").await?.as_deref(),
            Some("100000000000000")
        );
        let expected = default_profit(100e12, 3.135, 50_000.0);
        assert!(page.number("profit-per-day").await.is_some_and(|p| within(
            p,
            expected,
            REL_TOLERANCE
        )));
        // "Update to today": one click, and the link now carries today's figures.
        page.click(&testid_css("update-to-today")).await?;
        assert_eq!(wait_source(page, "live").await?.as_deref(), Some("live"));
        assert!(profit_becomes(page, live_profit()).await?);
        // A link that leaves the network out follows the shipped snapshot (v1).
        page.open("/?v=1&kwh=0.06").await?;
        assert!(offered_live(page).await?);
        assert_eq!(source(page).await?.as_deref(), Some("snapshot"));
        assert_eq!(
            field(page, "diff").await?.as_deref(),
            Some("133790000000000")
        );
        Ok(())
    })
    .await;
}
