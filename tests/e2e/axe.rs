//! Accessibility: axe-core (npm, pinned in package.json) finds no violation of its
//! default rules (WCAG 2.0 to 2.2 A and AA, and best practices) in any of the page's
//! main states: the default page; a fleet in Kazakhstan on a capped site with the
//! schedule open; then and now; a field paused on "abc"; the embed builder open; a dark
//! embed with a partner accent; 360 px wide; the system's dark theme.
//!
//! One browser visits every state in turn (light at 1440 px, then 360 px, then dark), and
//! the test fails once, naming every state that has violations with each rule's id and
//! the elements that break it.

use crate::fake_mempool::FakeMempool;
use crate::states::{
    canaan_then_and_now, open_embed_builder, open_saved, open_schedule, open_settled, wait_for,
    DEFAULT, EMBED_DARK_ACCENT, FLEET_KZ_CAPACITY,
};
use crate::support::{testid_css, with_page_api, Failure, Page, Violation};

/// A desktop screen, CSS px.
const WIDE: (u32, u32) = (1440, 900);
/// A phone, CSS px.
const PHONE: (u32, u32) = (360, 780);

/// One state's violations, as the failure message prints them.
fn describe(state: &str, violations: &[Violation]) -> String {
    let rules: Vec<String> = violations
        .iter()
        .map(|v| {
            format!(
                "  {} ({}): {}\n    {}",
                v.id,
                v.impact.as_deref().unwrap_or("no impact given"),
                v.help,
                v.targets.join("\n    ")
            )
        })
        .collect();
    format!("{state}:\n{}", rules.join("\n"))
}

/// Runs axe over the page as it is and records the state's violations under `state`.
async fn check(
    page: &Page,
    state: &str,
    seen: &mut Vec<(String, Vec<Violation>)>,
) -> Result<(), Failure> {
    let violations = page.axe_violations().await?;
    seen.push((state.to_owned(), violations));
    Ok(())
}

#[tokio::test]
async fn axe_finds_no_violation_in_the_main_states() {
    let api = FakeMempool::start();
    let seen = with_page_api(&api.url(), async |page: &Page| {
        let mut seen = Vec::new();
        page.emulate_color_scheme("light").await?;
        page.set_viewport(WIDE.0, WIDE.1).await?;

        open_settled(page, DEFAULT).await?;
        check(page, "default, 1440 px, light", &mut seen).await?;

        open_settled(page, FLEET_KZ_CAPACITY).await?;
        open_schedule(page).await?;
        check(
            page,
            "fleet, KZ and capacity with the schedule open",
            &mut seen,
        )
        .await?;

        open_settled(page, &canaan_then_and_now()).await?;
        wait_for(page, &testid_css("then-and-now")).await?;
        check(page, "then and now (Canaan, cmp=1)", &mut seen).await?;

        open_settled(page, DEFAULT).await?;
        page.type_into("kwh", "abc").await?;
        wait_for(page, &testid_css("results-paused")).await?;
        check(page, "a paused field (kwh = \"abc\")", &mut seen).await?;

        open_settled(page, DEFAULT).await?;
        open_embed_builder(page).await?;
        check(page, "the embed builder open", &mut seen).await?;
        open_saved(page).await?;
        check(page, "saved scenarios open", &mut seen).await?;

        open_settled(page, EMBED_DARK_ACCENT).await?;
        check(page, "embed, dark, partner accent #0a7", &mut seen).await?;

        page.set_viewport(PHONE.0, PHONE.1).await?;
        open_settled(page, DEFAULT).await?;
        check(page, "default, 360 px, light", &mut seen).await?;
        open_settled(page, FLEET_KZ_CAPACITY).await?;
        open_schedule(page).await?;
        check(page, "fleet with the schedule open, 360 px", &mut seen).await?;

        page.emulate_color_scheme("dark").await?;
        open_settled(page, DEFAULT).await?;
        check(page, "default, 360 px, dark theme", &mut seen).await?;
        page.set_viewport(WIDE.0, WIDE.1).await?;
        open_settled(page, DEFAULT).await?;
        check(page, "default, 1440 px, dark theme", &mut seen).await?;
        open_settled(page, FLEET_KZ_CAPACITY).await?;
        open_schedule(page).await?;
        check(page, "fleet with the schedule open, dark theme", &mut seen).await?;
        Ok(seen)
    })
    .await;

    assert!(seen.len() >= 8, "axe ran over {} states only", seen.len());
    let failing: Vec<String> = seen
        .iter()
        .filter(|(_, violations)| !violations.is_empty())
        .map(|(state, violations)| describe(state, violations))
        .collect();
    assert!(
        failing.is_empty(),
        "axe-core violations in {} of {} states:\n{}",
        failing.len(),
        seen.len(),
        failing.join("\n")
    );
}

/// The probe itself: a field without a label, added to the page, is reported (an axe
/// that failed to load or to run would otherwise pass every state).
#[tokio::test]
async fn axe_reports_a_field_without_a_label() {
    let api = FakeMempool::start();
    let violations = with_page_api(&api.url(), async |page: &Page| {
        open_settled(page, DEFAULT).await?;
        page.execute(
            "const input = document.createElement('input'); \
             input.id = 'unlabelled-probe'; \
             document.querySelector('main').append(input);",
            vec![],
        )
        .await?;
        page.axe_violations().await
    })
    .await;
    assert!(
        violations
            .iter()
            .any(|v| v.id == "label" && v.targets.iter().any(|t| t == "#unlabelled-probe")),
        "axe did not report the unlabelled field: {violations:?}"
    );
}
