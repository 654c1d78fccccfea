//! The `network` option against the fake mempool API: live figures replace the snapshot,
//! the shipped snapshot and pinned figures stay and send nothing, and a choice the
//! snippet's network keys contradict is named in the notice.

use crate::fake_mempool::FakeMempool;
use crate::support::{testid_css, with_page_api, Failure, Page};
use hashwatt::scenario::{Key, Params};

/// What one embed showed: the source of its figures and its difficulty field.
#[derive(Debug, PartialEq)]
struct Shown {
    source: Option<String>,
    diff: Option<String>,
    date: Option<String>,
}

async fn shown(page: &Page, source: &str) -> Result<Shown, Failure> {
    let css = testid_css("network-source");
    let source = page
        .poll(
            async || page.attr(&css, "data-source").await,
            |s| s.as_deref() == Some(source),
        )
        .await?;
    Ok(Shown {
        source,
        diff: page.prop(r#"input[name="diff"]"#, "value").await?,
        date: page.prop(r#"input[name="date"]"#, "value").await?,
    })
}

fn expect(source: &str, diff: &str, date: &str) -> Shown {
    Shown {
        source: Some(source.to_owned()),
        diff: Some(diff.to_owned()),
        date: Some(date.to_owned()),
    }
}

const PINNED: &str = "price=50000&diff=100000000000000&height=900000&txfee=0.01&date=2025-06-01";

#[tokio::test]
async fn an_embed_takes_live_snapshot_or_pinned_figures_as_its_snippet_says() {
    let api = FakeMempool::start();
    let (seen, notice) = with_page_api(&api.url(), async |page| {
        let mut seen = Vec::new();
        // The snapshot and pinned embeds first: they send nothing, so the live one
        // after them is the only one the server hears from.
        page.open("/embed.html?embed=1&network=snapshot").await?;
        seen.push(shown(page, "snapshot").await?);
        page.open(&format!("/embed.html?embed=1&network=pinned&{PINNED}"))
            .await?;
        seen.push(shown(page, "pinned").await?);
        // Figures without the option: pinned, as before it existed.
        page.open(&format!("/embed.html?embed=1&{PINNED}")).await?;
        seen.push(shown(page, "pinned").await?);
        // Snapshot with figures: the option is rejected, the figures pinned.
        page.open(&format!("/embed.html?embed=1&network=snapshot&{PINNED}"))
            .await?;
        seen.push(shown(page, "pinned").await?);
        let notice = page.text(&testid_css("embed-notice")).await?;
        page.open("/embed.html?embed=1&network=live").await?;
        seen.push(shown(page, "live").await?);
        // Results first: the headline card sits above the key inputs.
        let results_first = page
            .execute(
                "return document.querySelector('#results').getBoundingClientRect().top \
                 < document.querySelector('input[name=n]').getBoundingClientRect().top;",
                vec![],
            )
            .await?;
        assert_eq!(results_first, serde_json::json!(true), "results first");
        Ok((seen, notice))
    })
    .await;
    // The shipped snapshot's texts (a fresh page's network fields).
    let snapshot = Params::default();
    assert_eq!(
        seen,
        [
            expect("snapshot", snapshot.get(Key::Diff), snapshot.get(Key::Date)),
            expect("pinned", "100000000000000", "2025-06-01"),
            expect("pinned", "100000000000000", "2025-06-01"),
            expect("pinned", "100000000000000", "2025-06-01"),
            expect("live", "150000000000000", "2026-12-01"),
        ]
    );
    let notice = notice.unwrap_or_default();
    assert!(
        notice.contains("network: \"snapshot\" does not go with the network keys given"),
        "{notice}"
    );
    // One batch, from the live embed alone.
    api.assert_each_endpoint_once();
}
