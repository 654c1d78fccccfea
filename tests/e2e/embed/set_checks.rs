//! A `set` message is checked against the scenario it changes: the results never stall,
//! and every value not used is named in the notice, locked keys too.

use super::{placeholder, wait_frames, Partner};
use crate::support::{testid_css, with_page, Failure, Page};

#[derive(Debug)]
struct Checked {
    dg_notice: Vec<String>,
    dg_paused: bool,
    dg_profit: Option<f64>,
    locked_notice: Vec<String>,
    locked_paused: bool,
    start_after: Option<String>,
}

/// Sends `query` to the embed in the placeholder `#id` through embed.js.
async fn set(page: &Page, id: &str, query: &str) -> Result<(), Failure> {
    page.execute(
        "window.hashwatt.set(document.getElementById(arguments[0]), arguments[1]);",
        vec![id.into(), query.into()],
    )
    .await?;
    Ok(())
}

/// Inside the frame of `#id`: the notice's items once one names `key`.
async fn notice_naming(page: &Page, id: &str, key: &str) -> Result<Vec<String>, Failure> {
    page.enter_frame(&format!("#{id} iframe")).await?;
    let css = format!("{} li", testid_css("embed-notice"));
    let prefix = format!("{key}:");
    let items = page
        .poll(
            async || page.texts(&css).await,
            |items| items.iter().any(|t| t.starts_with(&prefix)),
        )
        .await?;
    Ok(items)
}

#[tokio::test]
async fn set_messages_are_checked_against_the_current_scenario() {
    let seen = with_page(async |page: &Page| {
        let body = placeholder("a", &[("dgper", "epoch")])
            + &placeholder("b", &[("lock", "start"), ("start", "2026-06-01")]);
        let partner = Partner::serve(page, &body).await?;
        page.goto(&partner.page_url()).await?;
        wait_frames(page, 2).await?;
        for css in ["#a iframe", "#b iframe"] {
            page.enter_frame(css).await?;
            page.wait_rendered().await?;
            page.leave_frame().await?;
        }
        // 500 % is a yearly growth; against the embed's `dgper=epoch` it is refused.
        set(page, "a", "dg=500").await?;
        let dg_notice = notice_naming(page, "a", "dg").await?;
        let dg_paused = page.exists(&testid_css("results-paused")).await?;
        let dg_profit = page.number("profit-per-day").await;
        page.leave_frame().await?;
        // A date after the locked start would leave it before the date.
        set(page, "b", "date=2090-01-01&n=2").await?;
        let locked_notice = notice_naming(page, "b", "date").await?;
        let locked_paused = page.exists(&testid_css("results-paused")).await?;
        let start_after = page.prop(r#"input[name="start"]"#, "value").await?;
        page.leave_frame().await?;
        Ok(Checked {
            dg_notice,
            dg_paused,
            dg_profit,
            locked_notice,
            locked_paused,
            start_after,
        })
    })
    .await;
    assert!(
        seen.dg_notice
            .iter()
            .any(|t| t.contains("from -50 to 100 %")),
        "the epoch's range is quoted: {seen:?}"
    );
    assert!(!seen.dg_paused && seen.dg_profit.is_some(), "{seen:?}");
    assert!(
        seen.locked_notice
            .iter()
            .any(|t| t.starts_with("date:") && t.contains("start")),
        "{seen:?}"
    );
    assert!(!seen.locked_paused, "{seen:?}");
    assert_eq!(seen.start_after.as_deref(), Some("2026-06-01"), "{seen:?}");
}
