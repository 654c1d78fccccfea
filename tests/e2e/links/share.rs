//! A copied link opens the same figures in a fresh browser profile.

use serde_json::Value;

use super::{assert_same_values, holds, Values};
use crate::support::{testid_css, with_page, Page};

/// The copy status when the Clipboard API (or the copy command) worked.
const COPIED: &str = "Link copied.";

/// The scenario set in browser A, as the link must carry it.
const SHARED: [(&str, &str); 7] = [
    ("miner", "avalon-a1246"),
    ("th", "90"),
    ("w", "3420"),
    ("n", "10300"),
    ("kwh", "0.05"),
    ("hw", "1200"),
    ("pool", "2.5"),
];

#[derive(Debug)]
struct Sender {
    link: String,
    values: Values,
    clipboard_granted: Result<(), String>,
    copy_status: Option<String>,
    clipboard: Option<Value>,
    address: String,
}

#[tokio::test]
async fn a_copied_link_opens_the_same_figures_in_a_fresh_profile() {
    let sender = with_page(async |page: &Page| {
        page.open("/?v=1").await?;
        page.select("miner", "avalon-a1246").await?;
        page.type_into("n", "10300").await?;
        page.type_into("kwh", "0.05").await?;
        page.type_into("hw", "1200").await?;
        page.type_into("pool", "2.5").await?;
        let share = testid_css("share-url");
        let link = page
            .poll(
                async || Ok(page.prop(&share, "value").await?.unwrap_or_default()),
                |link| link.split_once('?').is_some_and(|(_, q)| holds(q, &SHARED)),
            )
            .await?;
        let values = page.values().await?;
        let clipboard_granted = match page.grant_permission("clipboard-read").await {
            Ok(()) => page
                .grant_permission("clipboard-write")
                .await
                .map_err(|f| f.0),
            Err(failure) => Err(failure.0),
        };
        page.click(&testid_css("copy-link")).await?;
        let copy_status = page
            .poll(
                async || page.text(&testid_css("copy-status")).await,
                |status| status.as_deref().is_some_and(|s| !s.trim().is_empty()),
            )
            .await?;
        let clipboard = if clipboard_granted.is_ok() {
            let read = "const done = arguments[arguments.length - 1];
                navigator.clipboard.readText().then(
                    text => done({ text }),
                    error => done({ error: String(error) }));";
            Some(page.execute_async(read, Vec::new()).await?)
        } else {
            None
        };
        // The address bar settles on the same link (300 ms after the last keystroke).
        let wanted = link.split_once('?').map(|(_, q)| format!("?{q}"));
        let address = page
            .poll(
                async || page.location_search().await,
                |search| wanted.as_deref() == Some(search.as_str()),
            )
            .await?;
        Ok(Sender {
            link,
            values,
            clipboard_granted,
            copy_status,
            clipboard,
            address,
        })
    })
    .await;

    let (origin_and_path, query) = sender
        .link
        .split_once('?')
        .unwrap_or_else(|| panic!("share-url holds no query: {:?}", sender.link));
    assert!(
        origin_and_path.starts_with("http://127.0.0.1:") && origin_and_path.ends_with('/'),
        "share-url should be this page's own address with the query: {:?}",
        sender.link
    );
    assert!(
        holds(query, &SHARED),
        "share-url should carry {SHARED:?}: {:?}",
        sender.link
    );
    assert_eq!(
        sender.address,
        format!("?{query}"),
        "the address bar should hold the shared link"
    );
    let path_and_query = format!("/?{query}");
    let receiver = with_page(async |page: &Page| {
        page.open(&path_and_query).await?;
        Ok((page.values().await?, page.location_search().await?))
    })
    .await;

    assert_same_values(
        &receiver.0,
        &sender.values,
        &format!("the link {path_and_query} in a fresh profile"),
    );
    assert_eq!(
        receiver.1,
        format!("?{query}"),
        "the receiver's address bar should keep the link as opened"
    );
    let status = sender.copy_status.as_deref().unwrap_or_default();
    match &sender.clipboard_granted {
        Ok(()) => {
            assert_eq!(
                status, COPIED,
                "copy-status with clipboard permission granted"
            );
            let text = sender.clipboard.as_ref().and_then(|c| c.get("text"));
            assert_eq!(
                text.and_then(Value::as_str),
                Some(sender.link.as_str()),
                "the clipboard after Copy link (read back: {:?})",
                sender.clipboard
            );
        }
        Err(_) => assert!(
            status == COPIED || status.contains("blocked"),
            "copy-status should say the link was copied, or that copying was blocked: {status:?}"
        ),
    }
}
