//! When the API fails: offline, the last live figures kept stand in, labelled; offline
//! at start, a hostile body or a 429 changes nothing but a notice; and the CSP allows the
//! API's origin alone.

use hashwatt::live::Endpoint;
use serde_json::json;

use super::{field, live_profit, profit_becomes, snapshot_profit, source, wait_source};
use crate::fake_mempool::{FakeMempool, Reply};
use crate::support::{testid_css, with_page_api, Failure, Page, REL_TOLERANCE};
use crate::tolerance::within;

/// The notice of why live figures are missing, once the page shows one (empty if it never
/// does).
async fn live_problem(page: &Page) -> Result<String, Failure> {
    Ok(page
        .poll(
            async || page.text(&testid_css("live-problem")).await,
            Option::is_some,
        )
        .await?
        .unwrap_or_default())
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
        let problem = live_problem(page).await?;
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
            let problem = live_problem(page).await?;
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
