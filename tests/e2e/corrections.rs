//! End to end: the corrections of issue 13 as the built page shows them: the notes for
//! readers of old links, how many machines do not fit, every IRR with why there are
//! several, a payback that falls back, the refused start and then and now's rule.

use crate::support::{testid_css, with_page, Page};

/// The `data-note` of every correction note on the page.
async fn notes(page: &Page) -> Result<Vec<String>, crate::support::Failure> {
    let notes = page
        .execute(
            "return [...document.querySelectorAll('[data-testid=\"correction-note\"]')]\
             .map(e => e.getAttribute('data-note'));",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(notes).unwrap_or_default())
}

#[tokio::test]
async fn a_capped_fleet_link_says_what_moved_and_what_does_not_fit() {
    // tests/golden/follows_snapshot.json's capped euro fleet: 4 h peak off, 2 h curtailed, hosting
    // fees and credits, 1,159 machines beyond the 5 MW (1,000 A1246 at 500 EUR).
    let link = "/?v=1&miner=antminer-s21&n=400&cur=EUR&fxeur=0.92&kwh=0.045&hw=3000\
                &m2=antminer-s19-xp_140_3010_600_1200&m3=whatsminer-m50s_126_3276_300_900\
                &m4=_100_3000_250_0&m5=avalon-a1246_90_3420_1000_500&cap=5&pue=1.12\
                &hkwh=0.005&hfee=12&curt=2&curtc=30&peak=0.08&peakh=17-21&peakoff=1&co2=369\
                &region=ercot";
    let (notes, left_off, warning) = with_page(async |page: &Page| {
        page.open(link).await?;
        let left_off = page.value("fleet-units-left-off").await?;
        let warning = page.text(&testid_css("capacity-warning")).await?;
        Ok((notes(page).await?, left_off, warning))
    })
    .await;
    assert_eq!(
        notes,
        [
            "curtailment-off-peak",
            "left-off-not-bought",
            "all-in-cost-fees-and-credits"
        ]
    );
    assert_eq!(left_off.as_deref(), Some("1159"));
    let warning = warning.unwrap_or_default();
    assert!(
        warning.contains("1,159 do not fit") && warning.contains("not bought"),
        "{warning}"
    );
}

#[tokio::test]
async fn several_rates_of_return_are_all_shown_with_why() {
    // An S21 at 3 cents, $800 of hardware, 60 months: paid back on 2026-12-18, then the
    // losses after the 2028 halving take the cash below zero again; two rates.
    let (irr, why, payback, fell_back) = with_page(async |page: &Page| {
        page.open("/?v=1&kwh=0.03&hw=800&months=60").await?;
        Ok((
            page.value("irr").await?,
            page.text(&testid_css("irr-why")).await?,
            page.value("payback-date").await?,
            page.exists(&testid_css("payback-fell-back")).await?,
        ))
    })
    .await;
    let rates: Vec<f64> = irr
        .unwrap_or_default()
        .split(',')
        .filter_map(|r| r.parse().ok())
        .collect();
    assert_eq!(rates.len(), 2, "{rates:?}");
    assert!((rates[0] - 0.035).abs() < 0.001 && (rates[1] - 1.748).abs() < 0.001);
    assert!(why.is_some_and(|w| w.contains("change sign more than once")));
    assert_eq!(payback.as_deref(), Some("2026-12-18"));
    assert!(fell_back);
}

#[tokio::test]
async fn a_start_after_the_horizon_is_refused_naming_the_field() {
    let (notice, error, typed) = with_page(async |page: &Page| {
        // In a link: the value is not taken, and the notice names it.
        page.open("/?v=1&months=12&start=2028-01-01").await?;
        let notice = page.text(&testid_css("link-notice")).await?;
        // Typed: the field says why, naming itself (each text on the way, "2031-01-0"
        // included, has an error of its own: the poll waits for the whole date's).
        page.type_into("start", "2031-01-01").await?;
        let error = page
            .poll(
                async || page.text(&testid_css("error-start")).await,
                |e| e.as_deref().is_some_and(|e| e.contains("(start)")),
            )
            .await?;
        let typed = page.prop(r#"input[name="start"]"#, "value").await?;
        Ok((notice, error, typed))
    })
    .await;
    let notice = notice.unwrap_or_default();
    assert!(
        notice.contains("start") && notice.contains("2027-03-20"),
        "{notice}"
    );
    let error = error.unwrap_or_default();
    assert!(
        error.contains("Machines start (start)") && error.contains("2027-03-20"),
        "{error} (the field holds {typed:?})"
    );
}

#[tokio::test]
async fn then_and_now_states_its_rule_for_the_rate() {
    let (rule, notes) = with_page(async |page: &Page| {
        page.open("/").await?;
        page.click(r#"[data-preset="canaan-kz-2021"]"#).await?;
        let rule = page
            .poll(
                async || page.text(&testid_css("compare-rule")).await,
                |r| r.is_some(),
            )
            .await?;
        Ok((rule, notes(page).await?))
    })
    .await;
    let rule = rule.unwrap_or_default();
    assert!(
        rule.contains("this link's exchange rates") && rule.contains("431.8 KZT per US dollar"),
        "{rule}"
    );
    assert_eq!(notes, ["then-and-now-link-rates"]);
}
