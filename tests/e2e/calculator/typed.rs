//! Numbers typed as people write them: thousands separators, a decimal comma, currency
//! signs and metric prefixes are read into the scenario (the link carries the value
//! read), the field keeps the text typed and says what it read; another currency's
//! sign is refused with a message, never converted.

use serde_json::json;

use super::model::{assert_results, Scenario};
use crate::support::{testid_css, with_page, Failure, Page};

/// The value of `key` in a link's query (or a query, `?` and all); `None` when the link
/// leaves it out.
fn link_value(link: &str, key: &str) -> Option<String> {
    let query = link.split_once('?').map_or(link, |(_, query)| query);
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .rfind(|(k, _)| *k == key)
        .map(|(_, v)| v.to_owned())
}

/// What the page shows once `text` is typed into the field `name`.
#[derive(Debug, PartialEq)]
struct Seen {
    /// The field's text.
    field: Option<String>,
    /// The "read as" line: its `data-value` and its text.
    read: Option<String>,
    read_text: Option<String>,
    error: Option<String>,
    /// The key's value in the share link (which is empty while a field is invalid).
    link: Option<String>,
    paused: bool,
}

/// Types `text` into the field `name` and waits until `done` accepts what the page shows.
async fn type_and_see(
    page: &Page,
    name: &str,
    text: &str,
    done: impl Fn(&Seen) -> bool,
) -> Result<Seen, Failure> {
    page.type_into(name, text).await?;
    see(page, name, done).await
}

/// Puts `text` into the field `name` at once, as a paste does (one `input` event), and
/// waits until `done` accepts what the page shows. Typed key by key, "5¢" passes through
/// "5", a valid value the address bar may take (after its debounce) before the "¢" comes.
async fn paste_and_see(
    page: &Page,
    name: &str,
    text: &str,
    done: impl Fn(&Seen) -> bool,
) -> Result<Seen, Failure> {
    page.execute(
        "const field = document.querySelector(`input[name=\"${arguments[0]}\"]`);\
         field.value = arguments[1];\
         field.dispatchEvent(new InputEvent('input', { bubbles: true }));",
        vec![json!(name), json!(text)],
    )
    .await?;
    see(page, name, done).await
}

/// Waits until `done` accepts what the field `name` and the page show.
async fn see(page: &Page, name: &str, done: impl Fn(&Seen) -> bool) -> Result<Seen, Failure> {
    let read = testid_css(&format!("read-{name}"));
    page.poll(
        async || {
            let link = page.prop(&testid_css("share-url"), "value").await?;
            Ok(Seen {
                field: page
                    .prop(&format!(r#"input[name="{name}"]"#), "value")
                    .await?,
                read: page.attr(&read, "data-value").await?,
                read_text: page.text(&read).await?,
                error: page.text(&testid_css(&format!("error-{name}"))).await?,
                link: link.and_then(|l| link_value(&l, name)),
                paused: page.exists(&testid_css("results-paused")).await?,
            })
        },
        done,
    )
    .await
}

/// What a field shows after a text it reads: the text as typed, what it read (also in
/// the link) and the line saying so, no error.
fn read_as(typed: &str, value: &str, line: &str) -> Seen {
    Seen {
        field: Some(typed.to_owned()),
        read: Some(value.to_owned()),
        read_text: Some(line.to_owned()),
        error: None,
        link: Some(value.to_owned()),
        paused: false,
    }
}

#[tokio::test]
async fn numbers_are_read_as_people_write_them() {
    let expected = [
        (
            "n",
            "10,000",
            read_as("10,000", "10000", "read as 10,000 units"),
        ),
        (
            "kwh",
            "$0.05",
            read_as("$0.05", "0.05", "read as 0.05 USD/kWh"),
        ),
        // The v1 default: the link leaves it out, and a text read as itself says nothing.
        (
            "kwh",
            "0.06",
            Seen {
                read: None,
                read_text: None,
                link: None,
                ..read_as("0.06", "", "")
            },
        ),
        (
            "kwh",
            "0,05",
            read_as("0,05", "0.05", "read as 0.05 USD/kWh"),
        ),
        (
            "diff",
            "133.79T",
            read_as("133.79T", "133790000000000", "read as 133,790,000,000,000"),
        ),
    ];
    let (seen, values) = with_page(async |page: &Page| {
        // Another difficulty first, so that 133.79T changes it.
        page.open("/?v=1&diff=140000000000000").await?;
        let mut seen = Vec::new();
        for (name, text, want) in &expected {
            seen.push(type_and_see(page, name, text, |s| s == want).await?);
        }
        Ok((seen, page.values().await?))
    })
    .await;

    for ((name, text, want), seen) in expected.iter().zip(&seen) {
        assert_eq!(seen, want, "{name} typed as {text:?}");
    }
    let typed = Scenario {
        n: 10_000.0,
        kwh: 0.05,
        difficulty: 133.79e12,
        ..Scenario::default()
    };
    assert_results(
        &values,
        &typed,
        "after typing 10,000 units, 0,05 and 133.79T",
    );
}

#[tokio::test]
async fn another_currencys_sign_is_refused_in_a_kzt_scenario() {
    let (before, refused, tenge) = with_page(async |page: &Page| {
        page.open("/?v=1&cur=KZT&kwh=25").await?;
        let before = page.values().await?;
        let mut refused = Vec::new();
        for typed in ["$0.05", "5¢"] {
            let shown = |s: &Seen| s.error.is_some() && s.field.as_deref() == Some(typed);
            let seen = paste_and_see(page, "kwh", typed, shown).await?;
            // The address bar keeps the last valid scenario.
            let address = page
                .poll(
                    async || page.location_search().await,
                    |search| link_value(search, "kwh").as_deref() == Some("25"),
                )
                .await?;
            refused.push((typed, seen, link_value(&address, "kwh")));
        }
        let tenge = type_and_see(page, "kwh", "₸20", |s| s.link.as_deref() == Some("20")).await?;
        Ok((before, refused, tenge))
    })
    .await;

    assert!(before.contains_key("profit-per-day"), "{before:?}");
    for ((typed, seen, address), mark) in refused.iter().zip(["“$”", "“¢”"]) {
        let error = seen.error.as_deref().unwrap_or_default();
        assert!(
            error.contains(mark) && error.contains("KZT") && error.contains("never converted"),
            "{typed} in KZT: {seen:?}"
        );
        // Refused, not converted: the field keeps the text, the address bar the last valid
        // value, and the results pause as for any invalid field.
        assert_eq!(seen.field.as_deref(), Some(*typed), "{seen:?}");
        assert_eq!(address.as_deref(), Some("25"), "{typed}: address bar");
        assert!(seen.paused && seen.read.is_none(), "{seen:?}");
    }
    assert_eq!(tenge, read_as("₸20", "20", "read as 20 KZT/kWh"));
}
