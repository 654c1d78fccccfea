//! Page states the accessibility and layout tests visit: a link each, and the steps that
//! open what a link alone does not (the monthly schedule, a paused field). Every page is
//! served with the fake mempool API (`tests/fake_mempool`), and a state counts as reached
//! once the live figures have arrived or been offered, so that nothing is still changing
//! when it is looked at.

use hashwatt::scenario::presets::CANAAN_2021;

use crate::support::{testid_css, Failure, Page};

/// A fresh visit: no link.
pub const DEFAULT: &str = "/";

/// Canaan's two fleets in Kazakhstan on a 30 MW site: tenge, the surcharge bands, a
/// second model, and a capacity that leaves units off (35.2 MW + 1.8 MW asked).
pub const FLEET_KZ_CAPACITY: &str = "/?v=1&miner=avalon-a1246&th=90&w=3420&n=10300\
    &cur=KZT&fxkzt=515&kwh=20&sur=1*24_25&scur=KZT&co2=821&region=kz\
    &m2=antminer-s21-xp_270_3645_500_2000000&cap=30";

/// An embed as a partner's dark page would frame it, with the partner's accent.
pub const EMBED_DARK_ACCENT: &str = "/?embed=1&theme=dark&accent=%230a7";

/// The Canaan story's link: the 2021 fleet then and now (`cmp=1`).
pub fn canaan_then_and_now() -> String {
    format!("/?{}", CANAAN_2021.query)
}

/// True once the live figures are in use (a fresh visit), or offered beside a link's
/// ("Update to today's network (live figures of ...)"): the fake API has answered and
/// the page has taken its figures in.
const LIVE_SETTLED: &str = r#"
    const source = document.querySelector('[data-testid="network-source"]');
    if (source && source.dataset.source === 'live') return true;
    const offer = document.querySelector('[data-testid="update-to-today"]');
    return !!offer && offer.textContent.includes('live figures of');
"#;

/// Opens `path` and waits until the live figures have arrived, in use or offered.
pub async fn open_settled(page: &Page, path: &str) -> Result<(), Failure> {
    page.open(path).await?;
    if page.poll_true(LIVE_SETTLED).await? {
        Ok(())
    } else {
        Err(Failure(format!(
            "{path}: the live figures from the fake API were neither in use nor offered"
        )))
    }
}

/// Opens the monthly schedule (and the section it is in, if collapsed) and waits for
/// its table.
pub async fn open_schedule(page: &Page) -> Result<(), Failure> {
    click_centred(page, &testid_css("schedule-toggle")).await?;
    wait_for(page, &testid_css("schedule")).await
}

/// Opens the embed builder and waits until its options are drawn (its code is loaded
/// on demand, the first time).
pub async fn open_embed_builder(page: &Page) -> Result<(), Failure> {
    let builder = testid_css("embed-builder");
    click_centred(page, &format!("{builder} > summary")).await?;
    wait_for(page, &format!("{builder}[open] #embed-credit")).await
}

/// Opens the saved scenarios' section unless it is open (it opens by itself where the
/// browser holds some), and waits until its form is drawn (its code is loaded on demand).
pub async fn open_saved(page: &Page) -> Result<(), Failure> {
    let section = testid_css("saved-section");
    if page.exists(&format!("{section}:not([open])")).await? {
        click_centred(page, &format!("{section} > summary")).await?;
    }
    wait_for(
        page,
        &format!("{section}[open] {}", testid_css("save-name")),
    )
    .await
}

/// Clicks the first element matching `css` (opening its collapsed section first) once it
/// is scrolled to the middle of the screen. chromedriver scrolls an element only to the
/// bottom edge before clicking, ignoring `scroll-padding`, where the phone layout's sticky
/// summary bar would take the click; a user, or the keyboard, sees it above the bar.
pub async fn click_centred(page: &Page, css: &str) -> Result<(), Failure> {
    let element = page.revealed(css).await?;
    let arg = serde_json::to_value(&element)
        .map_err(|e| Failure(format!("cannot pass an element to a script: {e}")))?;
    page.execute(
        "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
        vec![arg],
    )
    .await?;
    element.click().await?;
    Ok(())
}

/// Waits until `css` matches; fails naming it when it never does.
pub async fn wait_for(page: &Page, css: &str) -> Result<(), Failure> {
    let found = page
        .poll(async || page.exists(css).await, |found| *found)
        .await?;
    if found {
        Ok(())
    } else {
        Err(Failure(format!("nothing matches {css}")))
    }
}
