//! End to end: the built page in headless Chromium, checked against the public contract
//! (query keys, form fields, result hooks) with expected figures computed here, in plain
//! f64, from docs/domain.md's conventions, independently of the engine.
//!
//! Needs the built site (`trunk build --release` writes `dist/`; `scripts/test.sh` builds
//! it first), Chromium and chromedriver. See `support` for the environment overrides.

use std::collections::BTreeMap;

use hashwatt::scenario::hooks::same_figure;

#[path = "../../golden/files.rs"]
mod golden_files;
mod invalid;
mod model;
mod typed;

use golden_files::Kind;

use crate::support::{with_page, Page, REL_TOLERANCE};
use crate::tolerance::within;
use model::{assert_results, subsidy_btc, Scenario, AVALON_A1246};

#[track_caller]
fn assert_near(observed: Option<f64>, expected: f64, context: &str) {
    assert!(
        observed.is_some_and(|got| within(got, expected, REL_TOLERANCE)),
        "{context}: observed {observed:?}, expected {expected}"
    );
}

#[tokio::test]
async fn defaults_load_with_the_snapshot_figures() {
    let observed = with_page(async |page: &Page| {
        page.open("/").await?;
        page.values().await
    })
    .await;

    let defaults = Scenario::default();
    assert_results(&observed, &defaults, "defaults at /");
    let number = |hook: &str| observed.get(hook).and_then(|v| v.parse::<f64>().ok());
    let hashprice = number("hashprice-ph");
    assert!(
        hashprice.is_some_and(|v| (v - 29.6).abs() < 0.05),
        "hashprice-ph {hashprice:?}, docs/domain.md says about 29.6 $/PH/day"
    );
    let network = number("network-hashrate");
    assert!(
        network.is_some_and(|v| (v - 958.0).abs() < 1.0),
        "network-hashrate {network:?}, docs/domain.md says about 958 EH/s"
    );
    assert_eq!(
        observed.get("payback-days").map(String::as_str),
        Some(""),
        "no hardware cost by default, so no payback"
    );
}

#[tokio::test]
async fn a_v1_link_sets_every_input() {
    // PPS, past the 2028 halving, profitable with a hardware cost: a payback exists.
    let pps_after_halving = "/?v=1&miner=avalon-a1246&n=25&kwh=0.015&pool=1.5&payout=pps\
        &up=95&hw=2100&price=81234.5&diff=150000000000000&height=1050000&txfee=0.035";
    // th/w override the catalog specs; no pool fee; FPPS; a loss, so no payback despite hw.
    let overridden = "/?v=1&miner=antminer-s21&th=234&w=3510&n=3&kwh=0.09&pool=0\
        &payout=fpps&up=100&hw=5200&price=45000";

    let (first, payout, miner, second) = with_page(async |page: &Page| {
        page.open(pps_after_halving).await?;
        let first = page.values().await?;
        let payout = page.prop(r#"select[name="payout"]"#, "value").await?;
        let miner = page.prop(r#"select[name="miner"]"#, "value").await?;
        page.open(overridden).await?;
        Ok((first, payout, miner, page.values().await?))
    })
    .await;

    let pps = Scenario {
        th: AVALON_A1246.0,
        w: AVALON_A1246.1,
        n: 25.0,
        kwh: 0.015,
        pool: 1.5,
        pps: true,
        up: 95.0,
        hw: 2100.0,
        price: 81_234.5,
        difficulty: 150e12,
        height: 1_050_000,
        txfee: 0.035,
    };
    assert_eq!(subsidy_btc(pps.height), 1.5625);
    assert!(pps
        .expected()
        .iter()
        .any(|(id, v)| *id == "payback-days" && v.is_some()));
    assert_results(&first, &pps, pps_after_halving);
    assert_eq!(
        payout.as_deref(),
        Some("pps"),
        "payout select after the link"
    );
    assert_eq!(
        miner.as_deref(),
        Some("avalon-a1246"),
        "miner select after the link"
    );

    let custom = Scenario {
        th: 234.0,
        w: 3510.0,
        n: 3.0,
        kwh: 0.09,
        pool: 0.0,
        hw: 5200.0,
        price: 45_000.0,
        ..Scenario::default()
    };
    assert!(custom.expect("profit-per-day") < 0.0);
    assert_results(&second, &custom, overridden);
}

#[tokio::test]
async fn the_canaan_link_loses_money() {
    let link = "/?v=1&miner=avalon-a1246&n=10300&kwh=0.05";
    let observed = with_page(async |page: &Page| {
        page.open(link).await?;
        page.values().await
    })
    .await;

    let canaan = Scenario::canaan();
    assert_results(&observed, &canaan, link);
    let number = |hook: &str| observed.get(hook).and_then(|v| v.parse::<f64>().ok());
    let profit = number("profit-per-day");
    assert!(
        profit.is_some_and(|p| p < 0.0),
        "profit-per-day {profit:?} should be a loss"
    );
    let break_even = number("break-even-power-price");
    assert!(
        break_even.is_some_and(|p| (p - 0.0318).abs() < 0.0005),
        "break-even-power-price {break_even:?}, docs/domain.md says near 0.032"
    );
}

#[tokio::test]
async fn typing_and_choosing_a_miner_update_the_results() {
    let seven = Scenario {
        n: 7.0,
        ..Scenario::default()
    };
    let seven_avalons = Scenario {
        th: AVALON_A1246.0,
        w: AVALON_A1246.1,
        ..seven
    };
    let (profit, after_typing, efficiency, after_select) = with_page(async |page: &Page| {
        page.open("/?v=1").await?;
        page.type_into("n", "7").await?;
        let profit = page
            .wait_for_number("profit-per-day", seven.expect("profit-per-day"))
            .await?;
        let after_typing = page.values().await?;
        page.select("miner", "avalon-a1246").await?;
        let efficiency = page
            .wait_for_number("efficiency", seven_avalons.expect("efficiency"))
            .await?;
        Ok((profit, after_typing, efficiency, page.values().await?))
    })
    .await;

    assert_near(
        profit,
        7.0 * Scenario::default().expect("profit-per-day"),
        "profit-per-day after typing n=7 (7 x the default)",
    );
    assert_results(&after_typing, &seven, "after typing n=7");
    assert_near(efficiency, 38.0, "efficiency after choosing avalon-a1246");
    assert_results(&after_select, &seven_avalons, "after choosing avalon-a1246");
}

#[tokio::test]
async fn golden_links_show_their_figures() {
    // tests/golden/pinned.json and follows_snapshot.json: v1 links with the data-value
    // of every hook, also checked against the engine by tests/golden_links.rs; "the
    // same" is `same_figure`.
    let golden: Vec<(String, String, BTreeMap<String, String>, Kind)> = golden_files::all()
        .into_iter()
        .map(|g| (g.about, g.link, g.expect, g.kind))
        .collect();
    assert!(!golden.is_empty(), "tests/golden has no links");

    let observed = with_page(async |page: &Page| {
        let mut observed = Vec::new();
        for (_, link, _, _) in &golden {
            page.open(&format!("/{link}")).await?;
            observed.push(page.values().await?);
        }
        Ok(observed)
    })
    .await;

    for kind in Kind::ALL {
        let mut wrong = Vec::new();
        for ((about, link, expect, _), seen) in golden
            .iter()
            .zip(&observed)
            .filter(|((.., k), _)| *k == kind)
        {
            for (hook, want) in expect {
                let got = seen.get(hook);
                if !got.is_some_and(|g| same_figure(g, want)) {
                    wrong.push(format!(
                        "{about} ({link}): {hook} observed {got:?}, expected {want:?}"
                    ));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "golden figures differ in the page; {}:\n  {}",
            kind.when_it_fails(),
            wrong.join("\n  ")
        );
    }
}
