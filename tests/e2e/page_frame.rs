//! What surrounds the figures: the first paint before the WebAssembly runs, the favicon,
//! the print stylesheet and reduced motion (README "The page").

use serde_json::{json, Value};

use crate::support::{with_page, Failure, Page};

/// Makes the page see the CSS media `media` (`print`, `screen`) and the media features
/// `features` (`[("prefers-reduced-motion", "reduce")]`), through chromedriver's
/// DevTools passthrough.
async fn emulate(page: &Page, media: &str, features: &[(&str, &str)]) -> Result<(), Failure> {
    let features: Vec<Value> = features
        .iter()
        .map(|(name, value)| json!({ "name": name, "value": value }))
        .collect();
    page.session_command(
        "goog/cdp/execute",
        &json!({
            "cmd": "Emulation.setEmulatedMedia",
            "params": { "media": media, "features": features },
        }),
    )
    .await?;
    Ok(())
}

#[tokio::test]
async fn the_first_paint_is_a_frame_without_words_and_gives_way_to_the_app() {
    let (boot_text, boot_after, icon) = with_page(async |page: &Page| {
        page.open("/").await?;
        // The page as served, before any script: its first paint.
        let boot_text = page
            .execute(
                "return (async () => { \
                   const html = await (await fetch('./')).text(); \
                   const d = new DOMParser().parseFromString(html, 'text/html'); \
                   const b = d.getElementById('boot'); \
                   return b ? b.textContent : null; })();",
                vec![],
            )
            .await?;
        let boot_after = page.exists("#boot").await?;
        let icon = page
            .execute(
                "return (async () => { \
                   const link = document.querySelector('link[rel=icon]'); \
                   if (!link) return null; \
                   const r = await fetch(link.href); \
                   return [r.status, (await r.text()).startsWith('<svg')]; })();",
                vec![],
            )
            .await?;
        Ok((boot_text, boot_after, icon))
    })
    .await;
    let text = boot_text.as_str().map(str::trim);
    assert_eq!(text, Some(""), "the static frame has no words to translate");
    assert!(
        !boot_after,
        "the app removes the static frame when it mounts"
    );
    assert_eq!(icon, json!([200, true]), "an SVG favicon is served");
}

#[tokio::test]
async fn paper_gets_the_scenario_and_results_without_buttons() {
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1&months=12&pue=1.2").await?;
        emulate(page, "print", &[]).await?;
        page.execute(
            "const shown = (css) => { const e = document.querySelector(css); \
               return !!e && e.getBoundingClientRect().height > 0; }; \
             return { \
               price_in_closed_section: shown('input[name=price]'), \
               closed: !document.querySelector('#section-network').open, \
               site_summary: shown('[data-testid=summary-section-site]') \
                 && document.querySelector('[data-testid=summary-section-site]').textContent, \
               site_closed: !document.querySelector('#section-site').open, \
               profit: shown('[data-testid=profit-per-day]'), \
               chart: shown('.chart svg'), \
               reset: shown('[data-testid=reset-all]'), \
               copy: shown('[data-testid=copy-link]'), \
               presets: shown('.presets'), \
               sticky: getComputedStyle(document.querySelector('.headline-card')).position };",
            vec![],
        )
        .await
    })
    .await;
    assert_eq!(
        seen,
        json!({
            "price_in_closed_section": true,
            "closed": true,
            "site_summary": "Overhead (PUE) 1.2",
            "site_closed": true,
            "profit": true,
            "chart": true,
            "reset": false,
            "copy": false,
            "presets": false,
            "sticky": "static",
        }),
        "printed: every section's values (a section whose code is not loaded yet by its \
         summary of what differs from a new visitor's), the results and the chart; no button"
    );
}

#[tokio::test]
async fn reduced_motion_stops_the_one_animation() {
    let (moving, still) = with_page(async |page: &Page| {
        page.open("/").await?;
        // The first paint's loading bar is gone once the app runs: a probe with its
        // class reads the stylesheet's rule.
        let probe = "let p = document.getElementById('motion-probe'); \
                     if (!p) { p = document.createElement('div'); p.id = 'motion-probe'; \
                       p.className = 'boot-bar'; document.body.append(p); } \
                     return getComputedStyle(p).animationName;";
        emulate(
            page,
            "screen",
            &[("prefers-reduced-motion", "no-preference")],
        )
        .await?;
        let moving = page.execute(probe, vec![]).await?;
        emulate(page, "screen", &[("prefers-reduced-motion", "reduce")]).await?;
        let still = page.execute(probe, vec![]).await?;
        Ok((moving, still))
    })
    .await;
    assert_eq!(moving, json!("boot"));
    assert_eq!(still, json!("none"));
}
