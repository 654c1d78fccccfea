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

mod arrival;
mod compare;
mod offline;

use crate::support::{testid_css, Failure, Page, REL_TOLERANCE};
use crate::tolerance::within;

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
