//! End to end: links, the address bar, history and saved scenarios in headless Chromium
//! against the built page (`dist/`): a reload keeps the figures, a copied link opens the
//! same figures in another browser profile, a hostile link falls back to the defaults
//! with a notice, opening a link never touches the saved scenarios, Back and Forward
//! restore their scenario, and a corrupt store is reported and kept.
//!
//! Needs the built site (`scripts/build.sh`), Chromium and chromedriver; see
//! `support` for the environment overrides. Every wait polls with a deadline.

use std::collections::BTreeMap;

mod first_visit;
mod history;
mod hostile;
mod reload;
mod saved;
mod saved_tabs;
mod share;
mod small;

use crate::support::{Failure, Page};

/// The page's data-values by data-testid.
type Values = BTreeMap<String, String>;

/// The pairs of a query string (with or without its `?`), percent-decoded; a repeated key
/// keeps its last value.
fn query_pairs(query: &str) -> BTreeMap<String, String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

/// `application/x-www-form-urlencoded` decoding (`+` is a space), lossy on bad UTF-8.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match bytes
                .get(i + 1..i + 3)
                .and_then(|hex| std::str::from_utf8(hex).ok())
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            {
                Some(byte) => {
                    out.push(byte);
                    i += 2;
                }
                None => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether `query` is `v=1` and gives no key of `defaults` another value.
fn only_defaults(query: &str, defaults: &[(&str, &str)]) -> bool {
    let pairs = query_pairs(query);
    pairs.get("v").map(String::as_str) == Some("1")
        && defaults
            .iter()
            .all(|(key, value)| pairs.get(*key).is_none_or(|given| given.as_str() == *value))
}

/// Whether `query` sets every `(key, value)` of `wanted`.
fn holds(query: &str, wanted: &[(&str, &str)]) -> bool {
    let pairs = query_pairs(query);
    wanted
        .iter()
        .all(|(key, value)| pairs.get(*key).map(String::as_str) == Some(*value))
}

/// Lines naming each hook whose data-value differs between `seen` and `expected` (or is
/// in one only); empty when they are identical.
fn differences(seen: &Values, expected: &Values) -> Vec<String> {
    let mut keys: Vec<&String> = seen.keys().chain(expected.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|key| seen.get(*key) != expected.get(*key))
        .map(|key| {
            format!(
                "{key}: observed {:?}, expected {:?}",
                seen.get(key),
                expected.get(key)
            )
        })
        .collect()
}

#[track_caller]
fn assert_same_values(seen: &Values, expected: &Values, context: &str) {
    assert!(
        expected.contains_key("profit-per-day"),
        "{context}: the reference has no results: {expected:?}"
    );
    let wrong = differences(seen, expected);
    assert!(
        wrong.is_empty(),
        "{context}: {} data-values differ:\n  {}",
        wrong.len(),
        wrong.join("\n  ")
    );
}

/// `data-value` of `hook` as a number.
fn number(values: &Values, hook: &str) -> Option<f64> {
    values.get(hook)?.trim().parse().ok()
}

/// Waits until the address bar's query sets every pair of `wanted`; returns the last
/// query seen.
async fn wait_for_address(page: &Page, wanted: &[(&str, &str)]) -> Result<String, Failure> {
    page.poll(
        async || page.location_search().await,
        |search| holds(search, wanted),
    )
    .await
}

/// Waits until the page's data-values equal `expected`; returns the last ones seen.
async fn wait_for_values(page: &Page, expected: &Values) -> Result<Values, Failure> {
    page.poll(async || page.values().await, |seen| seen == expected)
        .await
}

/// The live value of `input[name=key]` (or `select[name=key]`).
async fn field(page: &Page, key: &str) -> Result<Option<String>, Failure> {
    page.prop(&format!(r#"[name="{key}"]"#), "value").await
}
