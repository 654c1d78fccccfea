//! The embed's height says nothing about the visitor: the same with none and with twelve
//! saved scenarios in this browser (an embed never shows them).

use super::content_height;
use crate::support::{testid_css, with_page, Failure, Page};

/// Where the saved scenarios live in localStorage.
const STORE_KEY: &str = "hashwatt.saved";

/// A store of `n` saved scenarios.
fn store_of(n: usize) -> String {
    let entries: Vec<String> = (1..=n)
        .map(|i| {
            format!(
                r#"{{"name":"Site {i}","query":"v=1&n={i}","saved":"2026-11-25T10:00:00.000Z"}}"#
            )
        })
        .collect();
    format!(
        r#"{{"format":"hashwatt-saved","version":1,"scenarios":[{}]}}"#,
        entries.join(",")
    )
}

#[derive(Debug)]
struct Heights {
    none: f64,
    twelve: f64,
    rows_on_full_page: usize,
    saved_in_embed: bool,
}

#[tokio::test]
async fn the_embed_height_is_the_same_with_none_and_twelve_saved_scenarios() {
    let seen = with_page(async |page: &Page| {
        // On the shipped snapshot: no network answer comes to change the height between
        // the two measures.
        let embed = "/embed.html?embed=1&n=3&network=snapshot";
        page.open(embed).await?;
        page.set_local_storage(STORE_KEY, &store_of(0)).await?;
        page.refresh().await?;
        let none = content_height(page).await?;
        page.set_local_storage(STORE_KEY, &store_of(12)).await?;
        // Control: the full page of this origin lists all twelve.
        page.open("/?v=1&n=3").await?;
        let rows_on_full_page = page
            .poll(
                async || Ok(page.texts(&testid_css("saved-row")).await?.len()),
                |n| *n == 12,
            )
            .await?;
        page.open(embed).await?;
        let twelve = content_height(page).await?;
        let saved_in_embed = page.exists(".saved").await?;
        Ok::<_, Failure>(Heights {
            none,
            twelve,
            rows_on_full_page,
            saved_in_embed,
        })
    })
    .await;
    assert_eq!(seen.rows_on_full_page, 12, "{seen:?}");
    assert!(!seen.saved_in_embed, "{seen:?}");
    assert!(seen.none > 0.0, "{seen:?}");
    assert_eq!(seen.none, seen.twelve, "{seen:?}");
}
