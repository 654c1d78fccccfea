#![cfg(not(target_arch = "wasm32"))]
//! End to end: links, the address bar, history and saved scenarios in headless Chromium
//! against the built page (`dist/`): a reload keeps the figures, a copied link opens the
//! same figures in another browser profile, a hostile link falls back to the defaults
//! with a notice, opening a link never touches the saved scenarios, Back and Forward
//! restore their scenario, and a corrupt store is reported and kept.
//!
//! Needs the built site (`scripts/build.sh`), Chromium and chromedriver; see
//! `e2e_support` for the environment overrides. Every wait polls with a deadline.

mod e2e_support;

use std::collections::BTreeMap;

use e2e_support::{close_enough, testid_css, with_page, Failure, Page};
use serde_json::{json, Value};

/// The documented defaults as the page writes them (README: the query keys): one Antminer
/// S21 on the 2026-03-20 snapshot. A canonical link may leave a default out, or write more
/// keys beside these; one it writes with another value is not the defaults' link.
const DEFAULTS: [(&str, &str); 14] = [
    ("v", "1"),
    ("miner", "antminer-s21"),
    ("th", "200"),
    ("w", "3500"),
    ("n", "1"),
    ("kwh", "0.06"),
    ("pool", "2"),
    ("payout", "fpps"),
    ("up", "100"),
    ("hw", "0"),
    ("price", "62630"),
    ("diff", "133790000000000"),
    ("height", "941472"),
    ("txfee", "0.02"),
];

/// Where the saved scenarios live in localStorage.
const STORE_KEY: &str = "hashwatt.saved";

/// The copy status when the Clipboard API (or the copy command) worked.
const COPIED: &str = "Link copied.";

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

/// Words of `text`, split at anything that cannot be part of a query key.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
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

/// The CSS selector of the saved row named `name`.
fn saved_row(name: &str) -> String {
    format!(r#"[data-testid="saved-row"][data-name="{name}"]"#)
}

// ---------------------------------------------------------------------------------------
// 1. Reload
// ---------------------------------------------------------------------------------------

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
        power.is_some_and(|p| close_enough(p, kwh_per_day))
            && cost.is_some_and(|c| close_enough(c, kwh_per_day * 0.045)),
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

// ---------------------------------------------------------------------------------------
// 2. Copy link, open it in another browser profile
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// 3. A hostile link
// ---------------------------------------------------------------------------------------

/// Keys the hostile link gives values the page must refuse.
const HOSTILE_KEYS: [&str; 7] = ["kwh", "n", "miner", "pool", "height", "price", "w"];

/// A link whose values try markup, overflow, path tricks, out-of-range numbers, an
/// unknown key and a 10,000-character value. The markup would set `window.__pwned` if it
/// ever ran.
fn hostile_link() -> String {
    format!(
        "/?v=1&kwh=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&n=1e999&miner=..%2F..\
         &pool=-5&height=abc&colour=red\
         &w=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D2%22%3E&price={}",
        "9".repeat(10_000)
    )
}

#[derive(Debug)]
struct Hostile {
    defaults: Values,
    defaults_address: String,
    values: Values,
    fields: Vec<(&'static str, Option<String>)>,
    notice: Option<String>,
    /// What the page's DOM says about injected markup (see the script below).
    injection: Value,
    notice_after_dismiss: bool,
    address: String,
}

#[tokio::test]
async fn a_hostile_link_shows_the_notice_and_working_defaults() {
    let link = hostile_link();
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1").await?;
        let defaults = page.values().await?;
        let defaults_address = page
            .poll(
                async || page.location_search().await,
                |search| search.len() > "?v=1".len() && only_defaults(search, &DEFAULTS),
            )
            .await?;
        page.open(&link).await?;
        let values = page.values().await?;
        let mut fields = Vec::new();
        for key in ["miner", "th", "w", "n", "kwh", "pool", "price", "height"] {
            fields.push((key, field(page, key).await?));
        }
        let notice = page.text(&testid_css("link-notice")).await?;
        let probe = r#"
            const notice = document.querySelector('[data-testid="link-notice"]');
            return {
                pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
                scripts_mentioning_pwned: Array.from(document.scripts)
                    .filter(s => s.textContent.includes('__pwned')).length,
                images: document.images.length,
                elements_with_onerror: document.querySelectorAll('[onerror]').length,
                notice_elements: notice
                    ? Array.from(notice.querySelectorAll('*')).map(e => e.localName)
                    : null,
            };
        "#;
        let injection = page.execute(probe, Vec::new()).await?;
        page.click(&format!("{} button", testid_css("link-notice")))
            .await?;
        let notice_after_dismiss = page
            .poll(
                async || page.exists(&testid_css("link-notice")).await,
                |present| !present,
            )
            .await?;
        let address = page
            .poll(
                async || page.location_search().await,
                |search| *search == defaults_address,
            )
            .await?;
        Ok(Hostile {
            defaults,
            defaults_address,
            values,
            fields,
            notice,
            injection,
            notice_after_dismiss,
            address,
        })
    })
    .await;

    let notice = seen
        .notice
        .as_deref()
        .unwrap_or_else(|| panic!("no link-notice for {link:.200}…: {seen:#?}"));
    // One line per refused key, beginning with the key.
    let named: Vec<&str> = notice
        .lines()
        .filter_map(|line| words(line).first().copied())
        .collect();
    for key in HOSTILE_KEYS {
        assert!(
            named.contains(&key),
            "link-notice should name {key:?} (lines begin with {named:?}): {notice:?}"
        );
    }
    assert!(
        !words(notice).contains(&"colour"),
        "an unknown key is ignored, not reported: {notice:?}"
    );
    assert!(
        notice.chars().count() < 4_000,
        "the notice should not repeat the 10,000-character value: {} characters",
        notice.chars().count()
    );
    let injection = &seen.injection;
    assert_eq!(
        injection["pwned"],
        Value::Null,
        "markup from the link ran: {injection}"
    );
    assert_eq!(
        (
            &injection["scripts_mentioning_pwned"],
            &injection["images"],
            &injection["elements_with_onerror"]
        ),
        (&json!(0), &json!(0), &json!(0)),
        "markup from the link became elements: {injection}"
    );
    let notice_elements: Vec<&str> = injection["notice_elements"]
        .as_array()
        .map(|tags| tags.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert!(
        notice_elements
            .iter()
            .all(|tag| !["script", "img", "iframe", "object", "embed"].contains(tag)),
        "the notice holds markup from the link (it may show it only as text): \
         {notice_elements:?}"
    );

    assert_same_values(&seen.values, &seen.defaults, "the hostile link");
    for (key, value) in &seen.fields {
        let default = DEFAULTS.iter().find(|(k, _)| k == key).map(|(_, v)| *v);
        assert_eq!(
            value.as_deref(),
            default,
            "field {key} after the hostile link"
        );
    }
    assert!(
        !seen.notice_after_dismiss,
        "the notice is still shown after its button was clicked"
    );
    assert!(
        seen.defaults_address.len() > "?v=1".len()
            && only_defaults(&seen.defaults_address, &DEFAULTS),
        "the address bar of /?v=1 once settled should be the defaults' canonical link: {:?}",
        seen.defaults_address
    );
    assert!(
        seen.address == seen.defaults_address,
        "the address bar after the hostile link settled: {:.300}… ({} characters), \
         expected the defaults' link {:?}",
        seen.address,
        seen.address.len(),
        seen.defaults_address
    );
}

// ---------------------------------------------------------------------------------------
// 4. Saved scenarios survive opening a link
// ---------------------------------------------------------------------------------------

#[derive(Debug)]
struct Survival {
    three: Values,
    row_after_save: bool,
    stored_after_save: Option<String>,
    link_address: String,
    link_values: Values,
    row_after_link: bool,
    stored_after_link: Option<String>,
    n_after_open: Option<String>,
    values_after_open: Values,
    miner_after_open: Option<String>,
    address_after_open: String,
}

#[tokio::test]
async fn saved_scenarios_survive_opening_a_link() {
    let link = "/?v=1&n=500&kwh=0.02&miner=avalon-a1246";
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1&n=3").await?;
        let three = page.values().await?;
        page.type_into_css(&testid_css("save-name"), "Mine").await?;
        page.click(&testid_css("save-button")).await?;
        let row_after_save = page
            .poll(async || page.exists(&saved_row("Mine")).await, |row| *row)
            .await?;
        let stored_after_save = page
            .poll(
                async || page.local_storage(STORE_KEY).await,
                |text| text.as_deref().is_some_and(|t| t.contains("\"Mine\"")),
            )
            .await?;

        page.open(link).await?;
        // Once the address bar has settled on the link's canonical form, whatever the
        // page does on opening a link has been done.
        let link_address = wait_for_address(
            page,
            &[("n", "500"), ("kwh", "0.02"), ("miner", "avalon-a1246")],
        )
        .await?;
        let link_values = page.values().await?;
        let row_after_link = page.exists(&saved_row("Mine")).await?;
        let stored_after_link = page.local_storage(STORE_KEY).await?;

        page.click(&format!(
            "{} {}",
            saved_row("Mine"),
            testid_css("saved-open")
        ))
        .await?;
        let n_after_open = page
            .poll(
                async || field(page, "n").await,
                |n| n.as_deref() == Some("3"),
            )
            .await?;
        let values_after_open = wait_for_values(page, &three).await?;
        let miner_after_open = field(page, "miner").await?;
        let address_after_open = wait_for_address(page, &[("n", "3")]).await?;
        Ok(Survival {
            three,
            row_after_save,
            stored_after_save,
            link_address,
            link_values,
            row_after_link,
            stored_after_link,
            n_after_open,
            values_after_open,
            miner_after_open,
            address_after_open,
        })
    })
    .await;

    assert!(
        seen.row_after_save,
        "no saved row \"Mine\" after saving: {seen:#?}"
    );
    let stored = seen
        .stored_after_save
        .as_deref()
        .unwrap_or_else(|| panic!("nothing under {STORE_KEY} after saving"));
    let store: Value = serde_json::from_str(stored)
        .unwrap_or_else(|e| panic!("{STORE_KEY} is not JSON ({e}): {stored:?}"));
    let mine = store["scenarios"]
        .as_array()
        .and_then(|list| list.iter().find(|s| s["name"] == "Mine"))
        .unwrap_or_else(|| panic!("{STORE_KEY} has no scenario \"Mine\": {stored}"));
    let mine_query = mine["query"].as_str().unwrap_or_default();
    assert!(
        holds(mine_query, &[("v", "1"), ("n", "3")]),
        "\"Mine\" should be kept as its v1 link with n=3: {mine}"
    );

    assert!(
        holds(&seen.link_address, &[("n", "500"), ("kwh", "0.02")]),
        "the link did not open: address {:?}",
        seen.link_address
    );
    assert_eq!(
        number(&seen.link_values, "fleet-power"),
        Some(500.0 * 3420.0 / 1e6),
        "the link's figures: 500 Avalon A1246"
    );
    assert!(
        seen.row_after_link,
        "\"Mine\" is no longer listed after opening a link"
    );
    assert_eq!(
        seen.stored_after_link.as_deref(),
        Some(stored),
        "opening a link changed {STORE_KEY}"
    );

    assert_eq!(
        seen.n_after_open.as_deref(),
        Some("3"),
        "n after opening \"Mine\""
    );
    assert_eq!(
        seen.miner_after_open.as_deref(),
        Some("antminer-s21"),
        "the Model field after opening \"Mine\" (saved with the default machine)"
    );
    assert_same_values(
        &seen.values_after_open,
        &seen.three,
        "after opening \"Mine\" (the figures of /?v=1&n=3)",
    );
    assert!(
        holds(&seen.address_after_open, &[("n", "3")]),
        "the address bar after opening \"Mine\": {:?}",
        seen.address_after_open
    );
}

// ---------------------------------------------------------------------------------------
// 5. Back and Forward
// ---------------------------------------------------------------------------------------

#[derive(Debug)]
struct Travel {
    four: Values,
    typed_address: String,
    history_before_pick: Value,
    picked_address: String,
    history_after_pick: Value,
    picked_values: Values,
    back_fields: Vec<Option<String>>,
    back_values: Values,
    back_address: String,
    forward_fields: Vec<Option<String>>,
    forward_values: Values,
    forward_address: String,
}

/// miner, th, w, n as the fields show them.
async fn machine_fields(page: &Page) -> Result<Vec<Option<String>>, Failure> {
    let mut fields = Vec::new();
    for key in ["miner", "th", "w", "n"] {
        fields.push(field(page, key).await?);
    }
    Ok(fields)
}

/// Whether the scenario's numbers (th, w, n) are back: the Model field, rendered in the
/// same pass, is then asserted on its own.
fn restored(fields: &[Option<String>], expected: &[Option<String>]) -> bool {
    fields.get(1..) == expected.get(1..)
}

fn strings(expected: [&str; 4]) -> Vec<Option<String>> {
    expected.iter().map(|s| Some((*s).to_owned())).collect()
}

#[tokio::test]
async fn back_and_forward_restore_their_scenario() {
    let s21 = strings(["antminer-s21", "200", "3500", "4"]);
    let s9 = strings(["antminer-s9", "13.5", "1323", "4"]);
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1&n=4").await?;
        let four = page.values().await?;
        page.open("/?v=1").await?;
        page.type_into("n", "4").await?;
        let typed_address = wait_for_address(page, &[("n", "4")]).await?;
        let history_before_pick = page.execute("return history.length;", Vec::new()).await?;
        page.select("miner", "antminer-s9").await?;
        let picked_address =
            wait_for_address(page, &[("miner", "antminer-s9"), ("n", "4")]).await?;
        let history_after_pick = page.execute("return history.length;", Vec::new()).await?;
        let picked_values = page.values().await?;

        page.back().await?;
        let back_fields = page
            .poll(async || machine_fields(page).await, |f| restored(f, &s21))
            .await?;
        let back_values = wait_for_values(page, &four).await?;
        let back_address = page.location_search().await?;

        page.forward().await?;
        let forward_fields = page
            .poll(async || machine_fields(page).await, |f| restored(f, &s9))
            .await?;
        let forward_values = wait_for_values(page, &picked_values).await?;
        let forward_address = page.location_search().await?;
        Ok(Travel {
            four,
            typed_address,
            history_before_pick,
            picked_address,
            history_after_pick,
            picked_values,
            back_fields,
            back_values,
            back_address,
            forward_fields,
            forward_values,
            forward_address,
        })
    })
    .await;

    assert!(
        holds(
            &seen.typed_address,
            &[("n", "4"), ("miner", "antminer-s21")]
        ),
        "the address bar after typing n=4: {:?}",
        seen.typed_address
    );
    assert!(
        holds(
            &seen.picked_address,
            &[("miner", "antminer-s9"), ("th", "13.5"), ("n", "4")]
        ),
        "the address bar after picking the S9: {:?}",
        seen.picked_address
    );
    let (before, after) = (
        seen.history_before_pick.as_u64(),
        seen.history_after_pick.as_u64(),
    );
    assert!(
        before.is_some() && after == before.map(|b| b + 1),
        "picking a machine should add one history entry: history.length {before:?} -> {after:?}"
    );
    assert_eq!(seen.back_fields, s21, "miner, th, w, n after Back");
    assert_same_values(
        &seen.back_values,
        &seen.four,
        "after Back (the figures of /?v=1&n=4)",
    );
    assert!(
        holds(&seen.back_address, &[("miner", "antminer-s21"), ("n", "4")]),
        "the address bar after Back: {:?}",
        seen.back_address
    );
    assert!(
        holds(
            &seen.forward_address,
            &[("miner", "antminer-s9"), ("n", "4")]
        ),
        "the address bar after Forward: {:?}",
        seen.forward_address
    );
    assert_ne!(
        number(&seen.picked_values, "efficiency"),
        number(&seen.four, "efficiency"),
        "the S9's figures should differ from the S21's"
    );
    assert_same_values(
        &seen.forward_values,
        &seen.picked_values,
        "after Forward (the figures of the S9 entry)",
    );
    assert_eq!(
        seen.forward_fields, s9,
        "miner, th, w, n after Forward: the Model field should show the S9 as the \
         address bar and the specs do"
    );
}

// ---------------------------------------------------------------------------------------
// 6. A corrupt store is reported and kept
// ---------------------------------------------------------------------------------------

const CORRUPT_STORE: &str = r#"{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"Good","query":"v=1&n=2"},{"broken":true}]}"#;

#[derive(Debug)]
struct Corrupt {
    problem: Option<String>,
    rows: Vec<Option<String>>,
    stored_after_save: Option<String>,
    rows_after_save: Vec<Option<String>>,
}

/// `data-name` of every saved row.
async fn row_names(page: &Page) -> Result<Vec<Option<String>>, Failure> {
    let names = page
        .execute(
            r#"return Array.from(document.querySelectorAll('[data-testid="saved-row"]'))
                .map(row => row.getAttribute('data-name'));"#,
            Vec::new(),
        )
        .await?;
    serde_json::from_value(names).map_err(|e| Failure(format!("saved-row names: {e}")))
}

#[tokio::test]
async fn a_corrupt_store_is_reported_and_kept() {
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1").await?;
        page.set_local_storage(STORE_KEY, CORRUPT_STORE).await?;
        page.refresh().await?;
        let problem = page.text(&testid_css("saved-problem")).await?;
        let rows = row_names(page).await?;
        page.type_into_css(&testid_css("save-name"), "New").await?;
        page.click(&testid_css("save-button")).await?;
        page.poll(async || page.exists(&saved_row("New")).await, |row| *row)
            .await?;
        let stored_after_save = page
            .poll(
                async || page.local_storage(STORE_KEY).await,
                |text| text.as_deref().is_some_and(|t| t.contains("\"New\"")),
            )
            .await?;
        Ok(Corrupt {
            problem,
            rows,
            stored_after_save,
            rows_after_save: row_names(page).await?,
        })
    })
    .await;

    assert!(
        seen.problem
            .as_deref()
            .is_some_and(|p| !p.trim().is_empty()),
        "saved-problem should report the unreadable entry: {seen:#?}"
    );
    assert_eq!(
        seen.rows,
        vec![Some("Good".to_owned())],
        "the readable entry is listed, the broken one is not"
    );
    let stored = seen
        .stored_after_save
        .as_deref()
        .unwrap_or_else(|| panic!("nothing under {STORE_KEY} after saving \"New\""));
    assert!(
        stored.contains(r#""broken":true"#),
        "the broken entry was not written back: {stored}"
    );
    let store: Value = serde_json::from_str(stored)
        .unwrap_or_else(|e| panic!("{STORE_KEY} is not JSON ({e}): {stored:?}"));
    let entries = store["scenarios"].as_array().cloned().unwrap_or_default();
    let good = entries.iter().find(|s| s["name"] == "Good");
    assert_eq!(
        good.map(|g| &g["query"]),
        Some(&json!("v=1&n=2")),
        "\"Good\" should be kept as it was: {stored}"
    );
    assert!(
        entries.iter().any(|s| s["name"] == "New"),
        "\"New\" was not stored: {stored}"
    );
    assert!(
        entries.contains(&json!({ "broken": true })),
        "the broken entry should be kept as it was: {stored}"
    );
    assert_eq!(entries.len(), 3, "Good, the broken entry and New: {stored}");
    let mut rows = seen.rows_after_save.clone();
    rows.sort();
    assert_eq!(
        rows,
        vec![Some("Good".to_owned()), Some("New".to_owned())],
        "the rows after saving \"New\""
    );
}
