//! A reload shows the same figures.

use super::{assert_same_values, field, holds, number, wait_for_address, Values};
use crate::support::{with_page, Page, REL_TOLERANCE};
use crate::tolerance::within;

#[derive(Debug)]
struct Reload {
    address: String,
    before: Values,
    after: Values,
    n_after: Option<String>,
    kwh_after: Option<String>,
}

#[tokio::test]
async fn a_reload_shows_the_same_figures() {
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1").await?;
        page.type_into("n", "7").await?;
        page.type_into("kwh", "0.045").await?;
        let address = wait_for_address(page, &[("n", "7"), ("kwh", "0.045")]).await?;
        let before = page.values().await?;
        page.refresh().await?;
        Ok(Reload {
            address,
            before,
            after: page.values().await?,
            n_after: field(page, "n").await?,
            kwh_after: field(page, "kwh").await?,
        })
    })
    .await;

    assert!(
        holds(&seen.address, &[("n", "7"), ("kwh", "0.045")]),
        "the address bar should hold n=7 and kwh=0.045 after typing: {:?}",
        seen.address
    );
    // The figures before the reload are those of the typed scenario: 7 S21 at 3.5 kW.
    let kwh_per_day = 7.0 * 3.5 * 24.0;
    let power = number(&seen.before, "power-kwh-per-day");
    let cost = number(&seen.before, "power-cost-per-day");
    assert!(
        power.is_some_and(|p| within(p, kwh_per_day, REL_TOLERANCE))
            && cost.is_some_and(|c| within(c, kwh_per_day * 0.045, REL_TOLERANCE)),
        "before the reload: power-kwh-per-day {power:?} (expected {kwh_per_day}), \
         power-cost-per-day {cost:?} (expected {})",
        kwh_per_day * 0.045
    );
    assert_same_values(&seen.after, &seen.before, "after the reload");
    assert_eq!(seen.n_after.as_deref(), Some("7"), "n after the reload");
    assert_eq!(
        seen.kwh_after.as_deref(),
        Some("0.045"),
        "kwh after the reload"
    );
}
