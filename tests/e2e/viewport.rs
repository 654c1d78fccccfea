//! The layout as a user meets it: at 1440 px the profit a day stays on screen while any
//! field is edited, the key inputs' and those of every collapsed section (the results
//! column is sticky); at 360 px nothing makes the page wider than the screen.

use crate::fake_mempool::FakeMempool;
use crate::states::{
    canaan_then_and_now, open_embed_builder, open_schedule, open_settled, wait_for, DEFAULT,
    FLEET_KZ_CAPACITY,
};
use crate::support::{testid_css, with_page_api, Failure, InViewport, Page, Widths};

/// An edit a user makes: an optional click first (a button that adds the field), then
/// text typed into the field `name`, or an option picked when `select` is set.
struct Edit {
    /// The collapsed section the field is in (`section-...`), or "key inputs".
    section: &'static str,
    click: Option<&'static str>,
    name: &'static str,
    text: &'static str,
    select: bool,
}

const fn typed(section: &'static str, name: &'static str, text: &'static str) -> Edit {
    Edit {
        section,
        click: None,
        name,
        text,
        select: false,
    }
}

/// One edit in each place a field lives: the key inputs, then each collapsed section
/// (opened by the edit, as a user's click on its heading would).
const EDITS: [Edit; 7] = [
    typed("key inputs", "kwh", "0.07"),
    typed("key inputs", "n", "3"),
    Edit {
        click: Some(r#"[data-testid="add-line"]"#),
        ..typed("section-fleet", "m2-n", "2")
    },
    typed("section-site", "cap", "0.01"),
    Edit {
        select: true,
        ..typed("section-region", "cur", "EUR")
    },
    typed("section-network", "price", "70000"),
    typed("section-projection", "months", "48"),
];

#[tokio::test]
async fn profit_a_day_stays_in_view_while_any_section_is_edited_at_1440_px() {
    let api = FakeMempool::start();
    let profit = testid_css("profit-per-day");
    let seen = with_page_api(&api.url(), async |page: &Page| {
        page.set_viewport(1440, 900).await?;
        open_settled(page, DEFAULT).await?;
        let mut seen: Vec<(String, Option<InViewport>)> = Vec::new();
        for edit in &EDITS {
            if let Some(css) = edit.click {
                // The button is drawn with its section, when first opened.
                page.open_section_of(edit.name.split('-').next().unwrap_or(edit.name))
                    .await?;
                wait_for(page, css).await?;
                page.click(css).await?;
                wait_for(page, &format!(r#"[name="{}"]"#, edit.name)).await?;
            }
            if edit.select {
                page.select(edit.name, edit.text).await?;
            } else {
                page.type_into(edit.name, edit.text).await?;
            }
            let at = page
                .poll(
                    async || page.in_viewport(&profit).await,
                    |at| at.as_ref().is_some_and(InViewport::inside),
                )
                .await?;
            let label = format!("{} = {:?} ({})", edit.name, edit.text, edit.section);
            seen.push((label, at));
        }
        Ok(seen)
    })
    .await;

    assert_eq!(seen.len(), EDITS.len());
    let outside: Vec<String> = seen
        .iter()
        .filter(|(_, at)| !at.as_ref().is_some_and(InViewport::inside))
        .map(|(edit, at)| format!("after {edit}: {at:?}"))
        .collect();
    assert!(
        outside.is_empty(),
        "profit-per-day left the 1440×900 viewport:\n{}",
        outside.join("\n")
    );
}

#[tokio::test]
async fn nothing_is_wider_than_a_360_px_screen() {
    let api = FakeMempool::start();
    let seen = with_page_api(&api.url(), async |page: &Page| {
        page.set_viewport(360, 780).await?;
        let mut seen: Vec<(&str, Widths)> = Vec::new();

        open_settled(page, DEFAULT).await?;
        seen.push(("the default page", page.widths().await?));

        open_settled(page, &canaan_then_and_now()).await?;
        wait_for(page, &testid_css("then-and-now")).await?;
        seen.push(("Canaan then and now", page.widths().await?));

        open_settled(page, FLEET_KZ_CAPACITY).await?;
        open_schedule(page).await?;
        seen.push((
            "fleet, KZ and capacity, schedule open",
            page.widths().await?,
        ));

        open_settled(page, DEFAULT).await?;
        open_embed_builder(page).await?;
        seen.push(("the embed builder open", page.widths().await?));
        Ok::<_, Failure>(seen)
    })
    .await;

    let too_wide: Vec<String> = seen
        .iter()
        .filter(|(_, widths)| !widths.fits())
        .map(|(state, w)| {
            format!(
                "{state}: scrollWidth {} > innerWidth {}; sticking out:\n  {}",
                w.scroll_width,
                w.inner_width,
                w.offenders.join("\n  ")
            )
        })
        .collect();
    assert!(
        too_wide.is_empty(),
        "the page is wider than a 360 px screen:\n{}",
        too_wide.join("\n")
    );
    // The probe itself: at 360 px every state is measured at that width.
    for (state, widths) in &seen {
        assert_eq!(widths.inner_width, 360.0, "{state}: innerWidth");
    }
}

/// The monthly schedule at 1440 px, under the page's own Content-Security-Policy (a
/// screenshot tool that bypasses it hides what the policy refuses): each month is one
/// line, its cells side by side.
#[tokio::test]
async fn the_schedule_keeps_its_columns_side_by_side_at_1440_px() {
    let api = FakeMempool::start();
    let tops = with_page_api(&api.url(), async |page: &Page| {
        page.set_viewport(1440, 900).await?;
        open_settled(page, FLEET_KZ_CAPACITY).await?;
        open_schedule(page).await?;
        let tops = page
            .execute(
                "const row = document.querySelector('[data-testid=\"schedule\"] tbody tr:has(td)'); \
                 return row ? [...row.children].map(c => Math.round(c.getBoundingClientRect().top)) : [];",
                vec![],
            )
            .await?;
        serde_json::from_value::<Vec<i64>>(tops)
            .map_err(|e| Failure(format!("the schedule row's cells: {e}")))
    })
    .await;
    assert!(
        tops.len() >= 6,
        "a schedule row with its month and five figures: {tops:?}"
    );
    assert!(
        tops.iter().all(|top| *top == tops[0]),
        "the first month's cells are not on one line (their tops, px): {tops:?}"
    );
}
