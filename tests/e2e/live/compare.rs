//! Comparing with today's live network: then and now, and a pinned link's comparison
//! with today, its figures, and the update to them.

use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;

use super::{default_profit, field, live_profit, profit_becomes, source, wait_source, TWO_POW_32};
use crate::fake_mempool::FakeMempool;
use crate::support::{testid_css, with_page_api, Page, REL_TOLERANCE};
use crate::tolerance::within;

#[tokio::test]
async fn then_and_now_compares_with_the_live_network() {
    let api = FakeMempool::start();
    with_page_api(&api.url(), async |page| {
        // A link with its own 2021 network and then and now: "now" is today's live
        // network once it arrives (the shipped snapshot before).
        page.open("/?v=1&price=46306.45&diff=24272331996979.97&height=716599&txfee=0.05&date=2021-12-31&cmp=1")
            .await?;
        let now = page
            .poll(async || Ok(page.number("now-difficulty").await), |d| {
                d.is_some_and(|d| within(d, 150.0, REL_TOLERANCE))
            })
            .await?;
        assert!(now.is_some_and(|d| within(d, 150.0, REL_TOLERANCE)), "{now:?}");
        // The link's own figures are untouched: "then" is 2021.
        assert!(page
            .number("then-difficulty")
            .await
            .is_some_and(|d| within(d, 24.272_331_996_979_97, REL_TOLERANCE)));
        assert_eq!(source(page).await?.as_deref(), Some("pinned"));
        // The now side's profit: the default S21 on the live network, $2.5118 a day.
        assert!(page
            .number("now-profit-per-day")
            .await
            .is_some_and(|p| within(p, live_profit(), REL_TOLERANCE)));
        let explain = page.text(&testid_css("compare-explain")).await?.unwrap_or_default();
        assert!(explain.contains("On live figures of 2026-12-01"), "{explain}");
        Ok(())
    })
    .await;
}

/// `data-value` of the comparison's `cmp-{side}-{stem}` as a number.
async fn compared(page: &Page, side: &str, stem: &str) -> Option<f64> {
    page.number(&format!("cmp-{side}-{stem}")).await
}

#[tokio::test]
async fn a_pinned_link_compares_with_today_and_updates_to_it() {
    let api = FakeMempool::start();
    with_page_api(&api.url(), async |page| {
        let link =
            "/?v=1&price=50000&diff=100000000000000&height=900000&txfee=0.01&date=2025-06-01";
        page.open(link).await?;
        // Beside the pinned figures, once the live figures arrive, the page offers to
        // update to them, naming them.
        let offer = page
            .poll(
                async || page.text(&testid_css("update-to-today")).await,
                |t| {
                    t.as_deref()
                        .is_some_and(|t| t.contains("live figures of 2026-12-01"))
                },
            )
            .await?
            .unwrap_or_default();
        assert!(offer.contains("live figures of 2026-12-01"), "{offer}");
        // Closed, the comparison computes and shows nothing.
        assert!(!page.exists(&testid_css("compare-today-table")).await?);
        page.click(&testid_css("compare-today-open")).await?;
        page.poll(
            async || page.exists(&testid_css("compare-today-table")).await,
            |b| *b,
        )
        .await?;
        // Then (the link's network) and today (the fixtures'), and the difference.
        for (stem, then, today) in [
            ("difficulty", 100.0, 150.0),
            ("height", 900_000.0, 978_422.0),
            ("btc-price", 50_000.0, 91_234.0),
            ("txfee", 0.01, 0.024),
            (
                "profit-per-day",
                default_profit(100e12, 3.135, 50_000.0),
                live_profit(),
            ),
        ] {
            let (a, b, c) = (
                compared(page, "then", stem).await,
                compared(page, "today", stem).await,
                compared(page, "change", stem).await,
            );
            assert!(
                a.is_some_and(|a| within(a, then, REL_TOLERANCE)),
                "{stem} then: {a:?}"
            );
            assert!(
                b.is_some_and(|b| within(b, today, REL_TOLERANCE)),
                "{stem} today: {b:?}"
            );
            assert!(
                c.is_some_and(|c| within(c, today - then, REL_TOLERANCE)),
                "{stem} change: {c:?}, expected {}",
                today - then
            );
        }
        // The same hashprice as the page's own figure on each side's network: 1 PH/s
        // at 100 T, 3.135 BTC a block and $50,000.
        let hashprice_then = 1e15 * 86_400.0 / (100e12 * TWO_POW_32) * 3.135 * 50_000.0;
        assert!(compared(page, "then", "hashprice-ph")
            .await
            .is_some_and(|h| within(h, hashprice_then, REL_TOLERANCE)));
        assert_eq!(
            page.attr(&testid_css("cmp-then-date"), "data-value")
                .await?
                .as_deref(),
            Some("2025-06-01")
        );
        assert_eq!(
            page.attr(&testid_css("cmp-today-date"), "data-value")
                .await?
                .as_deref(),
            Some("2026-12-01")
        );
        let dates = page
            .text(&testid_css("cmp-dates"))
            .await?
            .unwrap_or_default();
        assert!(
            dates.contains("today: live figures of 2026-12-01 (+548 days)"),
            "{dates}"
        );
        // Comparing changed nothing: the link's figures are still in use.
        assert_eq!(source(page).await?.as_deref(), Some("pinned"));
        assert_eq!(
            field(page, "diff").await?.as_deref(),
            Some("100000000000000")
        );

        // "Update to today": one deliberate click; the comparison has nothing left to
        // compare; Back returns to the link's figures.
        page.click(&testid_css("update-to-today")).await?;
        assert_eq!(wait_source(page, "live").await?.as_deref(), Some("live"));
        assert!(profit_becomes(page, live_profit()).await?);
        assert!(!page.exists(&testid_css("compare-today")).await?);
        page.back().await?;
        assert_eq!(
            wait_source(page, "pinned").await?.as_deref(),
            Some("pinned")
        );
        assert_eq!(
            field(page, "diff").await?.as_deref(),
            Some("100000000000000")
        );
        Ok(())
    })
    .await;

    // Offline: today is the shipped snapshot, and says so.
    crate::support::with_page(async |page| {
        page.open(
            "/?v=1&price=50000&diff=100000000000000&height=900000&txfee=0.01&date=2025-06-01",
        )
        .await?;
        page.click(&testid_css("compare-today-open")).await?;
        let today = page
            .poll(
                async || Ok(compared(page, "today", "difficulty").await),
                Option::is_some,
            )
            .await?;
        let shipped = SHIPPED_SNAPSHOT.network.difficulty.get() / 1e12;
        assert!(
            today.is_some_and(|d| within(d, shipped, REL_TOLERANCE)),
            "{today:?}"
        );
        let dates = page
            .text(&testid_css("cmp-dates"))
            .await?
            .unwrap_or_default();
        let label = format!("the snapshot of {}", SHIPPED_SNAPSHOT.date);
        assert!(dates.contains(&label), "{dates}");
        Ok(())
    })
    .await;
}
