//! End to end: live network figures from a fake mempool API on loopback
//! (`tests/fake_mempool`), served as the deployment's API. Covers: live figures replacing
//! the snapshot; a field the user typed that live data never overwrites; a link that
//! keeps its figures (and is offered today's); offline at start; the last live figures
//! kept for an offline visit; a slow server; hostile bodies; a 429; and the CSP
//! refusing any other origin.
//!
//! The fixtures' figures (tests/fixtures/mempool): difficulty 150 T, tip 978,421 (the
//! next block 978,422 pays 3.125 BTC), fees 2,400,000 sat a block, BTC $91,234, tip
//! mined 2026-12-01.

use std::time::Duration;

use serde_json::json;

use crate::fake_mempool::{FakeMempool, Reply};
use crate::support::{testid_css, with_page_api, Failure, Page, REL_TOLERANCE};
use crate::tolerance::within;
use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;
use hashwatt::live::Endpoint;

/// Hashes per block per unit of difficulty (docs/domain.md C1).
const TWO_POW_32: f64 = 4_294_967_296.0;

/// The default machine's profit a day (Antminer S21: 200 TH/s, 3,500 W; 0.06 USD/kWh,
/// 2 % pool fee, FPPS) on a network of `difficulty`, `reward` BTC a block and `price`.
fn default_profit(difficulty: f64, reward: f64, price: f64) -> f64 {
    let blocks = 200e12 * 86_400.0 / (difficulty * TWO_POW_32);
    blocks * reward * price * 0.98 - 3.5 * 24.0 * 0.06
}

/// Live: 2.6822e-5 blocks a day × 3.149 BTC × $91,234 × 0.98 = $7.5518, less $5.04 of
/// power: $2.5118 a day.
fn live_profit() -> f64 {
    default_profit(150e12, 3.125 + 0.024, 91_234.0)
}

/// The shipped snapshot: 133.79 T, 3.125 + 0.02 BTC, $62,630.
fn snapshot_profit() -> f64 {
    default_profit(133.79e12, 3.145, 62_630.0)
}

async fn source(page: &Page) -> Result<Option<String>, Failure> {
    page.attr(&testid_css("network-source"), "data-source")
        .await
}

/// Waits until the network source is `kind`; returns what it was last.
async fn wait_source(page: &Page, kind: &str) -> Result<Option<String>, Failure> {
    page.poll(async || source(page).await, |s| s.as_deref() == Some(kind))
        .await
}

/// Whether `profit-per-day` reaches `expected` (within tolerance) before the timeout.
async fn profit_becomes(page: &Page, expected: f64) -> Result<bool, Failure> {
    Ok(page
        .wait_for_number("profit-per-day", expected)
        .await?
        .is_some_and(|p| within(p, expected, REL_TOLERANCE)))
}

/// Whether the page comes to offer today's live figures ("Update to today's network
/// (live figures of ...)").
async fn offered_live(page: &Page) -> Result<bool, Failure> {
    let live = |t: &Option<String>| t.as_deref().is_some_and(|t| t.contains("live figures of"));
    let offer = page
        .poll(
            async || page.text(&testid_css("update-to-today")).await,
            live,
        )
        .await?;
    Ok(live(&offer))
}

async fn field(page: &Page, name: &str) -> Result<Option<String>, Failure> {
    page.prop(&format!(r#"input[name="{name}"]"#), "value")
        .await
}

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

#[tokio::test]
async fn offline_the_last_live_figures_stand_in_labelled() {
    let api = FakeMempool::start();
    with_page_api(&api.url(), async |page| {
        page.open("/").await?;
        assert_eq!(wait_source(page, "live").await?.as_deref(), Some("live"));
        // The API goes down; the next visit has the figures this browser kept.
        for endpoint in Endpoint::ALL {
            api.set(endpoint.path(), Reply::status(503));
        }
        page.open("/").await?;
        assert_eq!(wait_source(page, "kept").await?.as_deref(), Some("kept"));
        let label = page
            .text(&testid_css("network-source"))
            .await?
            .unwrap_or_default();
        assert!(
            label.contains("last live figures") && label.contains("2026-12-01"),
            "{label}"
        );
        let problem = page
            .text(&testid_css("live-problem"))
            .await?
            .unwrap_or_default();
        assert!(problem.contains("HTTP 503"), "{problem}");
        assert_eq!(
            field(page, "diff").await?.as_deref(),
            Some("150000000000000")
        );
        assert!(profit_becomes(page, live_profit()).await?);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn offline_hostile_or_refused_answers_change_nothing_but_a_notice() {
    // The default test API: a loopback port nothing listens on (offline at start).
    crate::support::with_page(async |page| {
        page.open("/").await?;
        let problem = page
            .poll(
                async || page.text(&testid_css("live-problem")).await,
                Option::is_some,
            )
            .await?
            .unwrap_or_default();
        assert!(problem.contains("no answer"), "{problem}");
        assert_eq!(source(page).await?.as_deref(), Some("snapshot"));
        let label = page
            .text(&testid_css("network-source"))
            .await?
            .unwrap_or_default();
        assert!(label.contains("snapshot of 2026-03-20"), "{label}");
        Ok(())
    })
    .await;

    let api = FakeMempool::start();
    let hashrate = Endpoint::Hashrate.path();
    let height = Endpoint::TipHeight.path();
    let prices = Endpoint::Prices.path();
    let html = "<!DOCTYPE html><html><body><script>window.__pwned=1</script></body></html>";
    let huge = format!(
        r#"{{"currentDifficulty":150000000000000,"pad":"{}"}}"#,
        "x".repeat(10 << 20)
    );
    // (path, hostile reply, words of the notice)
    let cases: Vec<(&str, Reply, &str)> = vec![
        (
            hashrate,
            Reply::ok(r#"{"currentDifficulty":0}"#),
            "no currentDifficulty right now",
        ),
        (
            hashrate,
            Reply::ok(r#"{"currentDifficulty":1e40}"#),
            "outside what the calculator accepts",
        ),
        (height, Reply::ok("-5"), "not its usual answer"),
        (
            prices,
            Reply::ok(r#"{"time":1,"USD":"91234"}"#),
            "left out USD",
        ),
        (hashrate, Reply::ok(huge), "far more than expected"),
        (prices, Reply::ok(html), "not its usual answer"),
        (prices, Reply::status(429), "HTTP 429"),
    ];
    with_page_api(&api.url(), async |page| {
        for (path, reply, words) in cases {
            let endpoint = Endpoint::ALL
                .into_iter()
                .find(|e| e.path() == path)
                .unwrap();
            api.set(path, reply);
            let before = api.requests().len();
            page.open("/").await?;
            let problem = page
                .poll(
                    async || page.text(&testid_css("live-problem")).await,
                    Option::is_some,
                )
                .await?
                .unwrap_or_default();
            assert!(problem.contains(words), "{path}: {problem}");
            // Nothing the user sees changed but the notice: the snapshot's figures.
            assert_eq!(source(page).await?.as_deref(), Some("snapshot"), "{path}");
            assert_eq!(
                field(page, "diff").await?.as_deref(),
                Some("133790000000000")
            );
            assert!(page.number("profit-per-day").await.is_some_and(|p| within(
                p,
                snapshot_profit(),
                REL_TOLERANCE
            )));
            let pwned = page
                .execute("return window.__pwned === undefined;", Vec::new())
                .await?;
            assert_eq!(pwned, json!(true), "{path}: a body's script ran");
            // One batch, no retry at once (the next attempt waits at least 10 minutes).
            assert_eq!(api.requests().len() - before, Endpoint::ALL.len(), "{path}");
            api.set(path, Reply::ok(crate::fake_mempool::fixture(endpoint)));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_csp_allows_the_api_origin_alone() {
    let api = FakeMempool::start();
    let other = FakeMempool::start();
    with_page_api(&api.url(), async |page| {
        page.open("/?v=1").await?;
        let script = "const done = arguments[arguments.length - 1];
            fetch(arguments[0]).then(() => done('fetched'), () => done('refused'));";
        let allowed = page
            .execute_async(script, vec![json!(format!("{}/api/v1/prices", api.url()))])
            .await?;
        assert_eq!(allowed, json!("fetched"));
        let refused = page
            .execute_async(
                script,
                vec![json!(format!("{}/api/v1/prices", other.url()))],
            )
            .await?;
        assert_eq!(refused, json!("refused"));
        assert_eq!(other.requests(), Vec::<String>::new());
        Ok(())
    })
    .await;
}

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
