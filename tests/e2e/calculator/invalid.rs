//! Invalid input: a field out of range pauses the results; a hostile link falls back to
//! the defaults with a notice.

use super::assert_near;
use super::model::{assert_results, Scenario};
use crate::support::{fresh_css, testid_css, with_page, words, Failure, Page};

/// Numbers written in `text` (e.g. the bounds of an allowed range).
fn numbers(text: &str) -> Vec<f64> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter_map(|token| token.trim_matches('.').parse().ok())
        .collect()
}

/// What the page shows about an invalid kwh field.
#[derive(Debug)]
struct InvalidKwh {
    typed: &'static str,
    field_value: Option<String>,
    aria_invalid: Option<String>,
    error: Option<String>,
    paused: bool,
    /// A profit not marked stale is present.
    profit_present: bool,
    /// The last profit is kept, marked `data-stale="true"`.
    profit_stale: bool,
}

impl InvalidKwh {
    fn is_paused(&self) -> bool {
        self.aria_invalid.as_deref() == Some("true")
            && self.error.is_some()
            && self.paused
            && !self.profit_present
            && self.profit_stale
    }
}

async fn type_invalid_kwh(page: &Page, typed: &'static str) -> Result<InvalidKwh, Failure> {
    page.type_into("kwh", typed).await?;
    page.poll(
        async || {
            Ok(InvalidKwh {
                typed,
                field_value: page.prop(r#"input[name="kwh"]"#, "value").await?,
                aria_invalid: page.attr(r#"input[name="kwh"]"#, "aria-invalid").await?,
                error: page.text(&testid_css("error-kwh")).await?,
                paused: page.exists(&testid_css("results-paused")).await?,
                profit_present: page.exists(&fresh_css("profit-per-day")).await?,
                profit_stale: page
                    .attr(&testid_css("profit-per-day"), "data-stale")
                    .await?
                    .as_deref()
                    == Some("true"),
            })
        },
        InvalidKwh::is_paused,
    )
    .await
}

#[tokio::test]
async fn an_invalid_field_pauses_the_results_until_fixed() {
    let fixed = Scenario {
        kwh: 0.05,
        ..Scenario::default()
    };
    let (invalid, fixed_profit, after_fix, aria_after_fix, error_after_fix) =
        with_page(async |page: &Page| {
            page.open("/?v=1").await?;
            let mut invalid = Vec::new();
            for typed in ["abc", "-1"] {
                invalid.push(type_invalid_kwh(page, typed).await?);
            }
            page.type_into("kwh", "0.05").await?;
            let profit = page
                .wait_for_number("profit-per-day", fixed.expect("profit-per-day"))
                .await?;
            let aria = page.attr(r#"input[name="kwh"]"#, "aria-invalid").await?;
            let error = page.exists(&testid_css("error-kwh")).await?;
            Ok((invalid, profit, page.values().await?, aria, error))
        })
        .await;

    for seen in &invalid {
        assert!(seen.is_paused(), "kwh typed as {:?}: {seen:#?}", seen.typed);
        let message = seen.error.as_deref().unwrap_or_default();
        let bounds = numbers(message);
        assert!(
            bounds.contains(&0.0) && bounds.iter().any(|&bound| bound > 0.0),
            "error-kwh for {:?} (field holds {:?}) should state the allowed range \
             (from 0 to an upper bound): {message:?}",
            seen.typed,
            seen.field_value
        );
    }
    assert_near(
        fixed_profit,
        fixed.expect("profit-per-day"),
        "profit after kwh=0.05",
    );
    assert_results(&after_fix, &fixed, "after fixing kwh to 0.05");
    assert_ne!(
        aria_after_fix.as_deref(),
        Some("true"),
        "kwh still aria-invalid"
    );
    assert!(!error_after_fix, "error-kwh still shown after the fix");
}

#[tokio::test]
async fn a_hostile_link_falls_back_to_defaults_with_a_notice() {
    let link = format!("/?v=1&kwh=abc&n={}&miner=nope", "x".repeat(10_000));
    let three = Scenario {
        n: 3.0,
        ..Scenario::default()
    };
    let (observed, notices, profit_after_edit) = with_page(async |page: &Page| {
        page.open(&link).await?;
        let observed = page.values().await?;
        let notices = page.texts(&testid_css("link-notice")).await?;
        // The app still reacts: it did not panic while reading the link.
        page.type_into("n", "3").await?;
        let profit = page
            .wait_for_number("profit-per-day", three.expect("profit-per-day"))
            .await?;
        Ok((observed, notices, profit))
    })
    .await;

    assert_results(&observed, &Scenario::default(), "hostile link");
    let notice = notices.join("\n");
    let named = words(&notice);
    for key in ["kwh", "n", "miner"] {
        assert!(
            named.contains(&key),
            "link-notice should name {key:?}: {notice:?}"
        );
    }
    assert_near(
        profit_after_edit,
        three.expect("profit-per-day"),
        "profit-per-day after typing n=3 on the hostile link's page",
    );
}
