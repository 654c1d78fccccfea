//! Framing: only embed mode shows in another site's frame. `/embed.html` (what embed.js
//! and the snippets load) and `/?embed=1` (old plain-iframe snippets) show the embed;
//! `/` without `embed=1` shows only a link to open the calculator in its own tab; and
//! `/index.html` is refused by the browser (`frame-ancestors 'self'` in `_headers`).

use serde_json::json;

use super::{attr, wait_frames, Partner};
use crate::support::{testid_css, with_page, Page};

#[derive(Debug)]
struct Framed {
    /// Per frame: its `document.title` once its load event fired (empty when the
    /// browser refused to load it).
    titles: Vec<String>,
    embed_profit: Option<f64>,
    old_snippet_profit: Option<f64>,
    full_refused: bool,
    full_has_inputs: bool,
    full_has_saved: bool,
    full_open_link: Option<String>,
}

#[tokio::test]
async fn a_framed_full_page_refuses_and_a_framed_embed_works() {
    let seen = with_page(async |page: &Page| {
        let frames = [
            ("embed", "/embed.html?embed=1&n=3"),
            ("old", "/?embed=1&n=3"),
            ("full", "/?v=1&n=3"),
            ("index", "/index.html?v=1&n=3"),
        ];
        // Each frame counts its load events: a refused frame loads an error page.
        let body: String = frames
            .iter()
            .map(|(id, path)| {
                format!(
                    "<iframe id=\"{id}\" src=\"{}\" onload=\"this.dataset.loaded = '1'\"></iframe>\n",
                    attr(&page.site_url(path))
                )
            })
            .collect();
        let partner = Partner::serve(page, &body).await?;
        page.goto(&partner.page_url()).await?;
        wait_frames(page, frames.len()).await?;
        page.poll(
            async || {
                Ok(page
                    .execute(
                        "return [...document.querySelectorAll('iframe')].every(f => f.dataset.loaded === '1');",
                        vec![],
                    )
                    .await?
                    == json!(true))
            },
            |all| *all,
        )
        .await?;
        let mut titles = Vec::new();
        for (id, _) in frames {
            page.enter_frame(&format!("#{id}")).await?;
            // A refused frame holds the browser's error page, which scripts may not read.
            let title = page
                .execute("return document.title;", vec![])
                .await
                .ok()
                .and_then(|t| t.as_str().map(str::to_owned))
                .unwrap_or_default();
            titles.push(title);
            page.leave_frame().await?;
        }

        page.enter_frame("#embed").await?;
        page.wait_rendered().await?;
        let embed_profit = page.number("profit-per-day").await;
        page.leave_frame().await?;
        page.enter_frame("#old").await?;
        page.wait_rendered().await?;
        let old_snippet_profit = page.number("profit-per-day").await;
        page.leave_frame().await?;

        page.enter_frame("#full").await?;
        let full_refused = page
            .poll(
                async || page.exists(&testid_css("framed-refusal")).await,
                |found| *found,
            )
            .await?;
        let full_has_inputs = page.exists(r#"input[name="n"]"#).await?;
        let full_has_saved = page.exists(".saved").await?;
        let full_open_link = page.attr(&testid_css("framed-open"), "href").await?;
        page.leave_frame().await?;
        Ok(Framed {
            titles,
            embed_profit,
            old_snippet_profit,
            full_refused,
            full_has_inputs,
            full_has_saved,
            full_open_link,
        })
    })
    .await;

    let ours = "hashwatt: Bitcoin mining profitability calculator";
    assert_eq!(
        seen.titles[..3],
        [ours, ours, ours],
        "embed.html and / load in a frame: {seen:?}"
    );
    assert_ne!(
        seen.titles[3], ours,
        "index.html must not load in a frame: {seen:?}"
    );
    assert!(seen.embed_profit.is_some(), "{seen:?}");
    assert_eq!(seen.embed_profit, seen.old_snippet_profit, "{seen:?}");
    assert!(seen.full_refused, "{seen:?}");
    assert!(!seen.full_has_inputs && !seen.full_has_saved, "{seen:?}");
    assert_eq!(
        seen.full_open_link.as_deref(),
        Some("./?v=1&n=3"),
        "{seen:?}"
    );
}
