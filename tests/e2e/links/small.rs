//! The small things of links and names: a repeated key counts by its last occurrence, a
//! fleet line's machine id with spaces around it shows in its picker, a fleet beyond the
//! whole network is warned about, and a name with a lone surrogate is refused.

use super::field;
use crate::states::open_saved;
use crate::support::{testid_css, with_page, Failure, Page};

#[derive(Debug)]
struct Small {
    repeated_kwh: Option<String>,
    repeated_notice: Option<String>,
    version_notice: bool,
    version_n: Option<String>,
    line_picker: Option<String>,
    line_profit: Option<f64>,
    warning: Option<String>,
    no_warning_by_default: bool,
    name_status: Option<String>,
    name_class: Option<String>,
    stored: Option<String>,
}

#[tokio::test]
async fn repeated_keys_spaced_ids_absurd_fleets_and_broken_names() {
    let seen = with_page(async |page: &Page| {
        page.open(&format!("/?v=1&kwh=0.05&kwh={}", "1".repeat(500)))
            .await?;
        let repeated_kwh = field(page, "kwh").await?;
        let repeated_notice = page.text(&testid_css("link-notice")).await?;
        page.open("/?v=2&v=1&n=2").await?;
        let version_notice = page.exists(&testid_css("link-notice")).await?;
        let version_n = field(page, "n").await?;

        page.open("/?v=1&m2=antminer-s21+_200_3500_2_0").await?;
        let line_picker = field(page, "m2-miner").await?;
        let line_profit = page.number("profit-per-day").await;
        let no_warning_by_default = !page.exists(&testid_css("network-warning")).await?;

        page.open("/?v=1&th=1&diff=1").await?;
        let warning = page.text(&testid_css("network-warning")).await?;

        page.open("/?v=1").await?;
        open_saved(page).await?;
        // A lone high surrogate in the name, as a script or a paste can leave it.
        page.execute(
            "const i = document.querySelector('[data-testid=save-name]');\
             i.value = 'Site \\uD800A'; i.dispatchEvent(new InputEvent('input', {bubbles: true}));",
            vec![],
        )
        .await?;
        page.click(&testid_css("save-button")).await?;
        let name_status = page
            .poll(
                async || page.text(&testid_css("saved-status")).await,
                |t| t.as_deref().is_some_and(|t| !t.trim().is_empty()),
            )
            .await?;
        let name_class = page.attr(&testid_css("saved-status"), "class").await?;
        let stored = page.local_storage("hashwatt.saved").await?;
        Ok::<_, Failure>(Small {
            repeated_kwh,
            repeated_notice,
            version_notice,
            version_n,
            line_picker,
            line_profit,
            warning,
            no_warning_by_default,
            name_status,
            name_class,
            stored,
        })
    })
    .await;
    assert_eq!(seen.repeated_kwh.as_deref(), Some("0.06"), "{seen:?}");
    assert!(
        seen.repeated_notice
            .as_deref()
            .is_some_and(|t| t.contains("kwh") && t.contains("500 characters")),
        "{seen:?}"
    );
    assert!(
        !seen.version_notice,
        "v=2&v=1 is a version 1 link: {seen:?}"
    );
    assert_eq!(seen.version_n.as_deref(), Some("2"), "{seen:?}");
    assert_eq!(
        seen.line_picker.as_deref(),
        Some("antminer-s21"),
        "{seen:?}"
    );
    assert!(seen.line_profit.is_some(), "{seen:?}");
    assert!(seen.no_warning_by_default, "{seen:?}");
    assert!(
        seen.warning
            .as_deref()
            .is_some_and(|t| t.contains("whole Bitcoin network")),
        "{seen:?}"
    );
    assert!(
        seen.name_status
            .as_deref()
            .is_some_and(|t| t.contains("cannot be read")),
        "{seen:?}"
    );
    assert!(
        seen.name_class
            .as_deref()
            .is_some_and(|c| c.contains("error")),
        "{seen:?}"
    );
    assert!(
        seen.stored.as_deref().is_none_or(|s| !s.contains("Site")),
        "{seen:?}"
    );
}
