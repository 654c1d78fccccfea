//! A hostile link shows the notice and working defaults.

use serde_json::{json, Value};

use super::{assert_same_values, field, only_defaults, Values};
use crate::support::{testid_css, with_page, words, Page};

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
