//! The projection on the page, in headless Chromium: every hook equals the engine's
//! figure, the chart draws what the projection says, the schedule opens, bad dates are
//! flagged.
#![cfg(target_arch = "wasm32")]

use hashwatt::scenario::hooks::hook_values;
use hashwatt::scenario::{Params, Scenario};
use wasm_bindgen_test::*;

mod browser_support;
use browser_support::{until, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

fn engine_values(query: &str) -> Vec<(&'static str, String)> {
    let (params, _) = Params::from_query(query);
    let s = Scenario::from_params(&params).unwrap();
    hook_values(&s.economics().unwrap(), &s.projection().unwrap())
}

#[wasm_bindgen_test]
async fn every_hook_shows_the_engine_figure() {
    for query in [
        "v=1",
        "v=1&hw=2500&kwh=0.04&months=48&resale=15",
        "v=1&miner=avalon-a1246&n=10300&kwh=0.02&hw=1800&price=46000&diff=24400000000000&height=716600&txfee=0.1&date=2021-12-31&dg=40",
        "v=1&months=120&dg=2&dgper=epoch&dh=-10&pg=20&fg=5&bt=570&start=2026-09-01&off=1&hw=3000&disc=8",
    ] {
        let page = Mounted::new(query).await;
        for (hook, expected) in engine_values(query) {
            assert_eq!(page.value(hook), expected, "{hook} for {query}");
        }
    }
}

#[wasm_bindgen_test]
async fn the_chart_draws_the_projection() {
    let page = Mounted::new("v=1&hw=1500&kwh=0.03&months=48").await;
    let path = page
        .find("[data-testid=\"cumulative-chart\"] path.line")
        .unwrap()
        .get_attribute("d")
        .unwrap();
    // The start and one point per month.
    assert_eq!(path.matches(['M', 'L']).count(), 49, "{path}");
    assert_eq!(
        page.count("[data-testid=\"cumulative-chart\"] line.halving"),
        1,
        "the 2028 halving is inside 48 months"
    );
    assert_eq!(
        page.count("[data-testid=\"cumulative-chart\"] circle.payback"),
        1
    );
    let desc = page.find("#chart-desc").unwrap().text_content().unwrap();
    assert!(
        desc.contains(&format!("pays back on {}", page.value("payback-date"))),
        "{desc}"
    );
    assert!(desc.contains("halving on 2028-04-11"), "{desc}");

    // Twelve months: no halving inside, and no payback without hardware.
    page.type_into("months", "12").await;
    page.type_into("hw", "0").await;
    let path = page
        .find("[data-testid=\"cumulative-chart\"] path.line")
        .unwrap()
        .get_attribute("d")
        .unwrap();
    assert_eq!(path.matches(['M', 'L']).count(), 13);
    assert_eq!(page.count("line.halving"), 0);
    assert_eq!(page.count("circle.payback"), 0);
    assert_eq!(page.value("payback-date"), "");
    assert_eq!(page.value("irr"), "");
}

#[wasm_bindgen_test]
async fn the_schedule_opens_with_a_row_a_month() {
    let page = Mounted::new("v=1&months=24").await;
    assert!(
        page.find("[data-testid=\"schedule\"]").is_none(),
        "built only when opened"
    );
    page.click("[data-testid=\"schedule-toggle\"]").await;
    // The details element's toggle event comes asynchronously.
    until("the schedule to open", || {
        page.find("[data-testid=\"schedule\"]").is_some()
    })
    .await;
    assert_eq!(page.count("[data-testid=\"schedule\"] tbody tr"), 24);
    let first = page
        .find("[data-testid=\"schedule\"] tbody tr th")
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(first, "2026-03-20");
    page.type_into("months", "6").await;
    assert_eq!(page.count("[data-testid=\"schedule\"] tbody tr"), 6);
}

#[wasm_bindgen_test]
async fn dates_are_checked() {
    let page = Mounted::new("v=1").await;
    page.type_into("start", "2026-02-30").await;
    let error = page
        .find("[data-testid=\"error-start\"]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(error.contains("YYYY-MM-DD"), "{error}");
    page.type_into("start", "2025-12-01").await;
    let error = page
        .find("[data-testid=\"error-start\"]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        error.contains("before the date of the network figures"),
        "{error}"
    );
    assert!(page.find("[data-testid=\"results-paused\"]").is_some());
    page.type_into("start", "2026-07-01").await;
    assert!(page.find("[data-testid=\"error-start\"]").is_none());
    assert_eq!(
        page.value("projected-btc"),
        engine_values("v=1&start=2026-07-01")[19].1
    );
}

#[wasm_bindgen_test]
async fn one_sentence_ties_the_static_payback_to_the_projected_one() {
    // The default S21 at 6 US cents makes 5.8048 - 84 kWh x 0.06 = 0.7648 a day today:
    // hardware of 617.50 pays back in 617.5 / 0.7648 = 807.4 days at today's figures.
    // Over 36 months of +20 % difficulty a year and the 2028 halving it does not.
    let page = Mounted::new("v=1&hw=617.5").await;
    assert_eq!(page.number("payback-days").round(), 807.0);
    assert_eq!(page.value("payback-date"), "");
    let note = page.text("[data-testid=\"payback-note\"]");
    assert_eq!(
        note,
        "The payback of 807 days holds today's price, difficulty and fees constant; \
         the projection, which applies the assumptions above, the halving of \
         2028-04-11 included, does not pay back by 2029-03-20."
    );
    // A projection that does pay back names its date in the same sentence.
    page.type_into("kwh", "0.03").await;
    let date = page.value("payback-date");
    assert!(!date.is_empty());
    let note = page.text("[data-testid=\"payback-note\"]");
    assert!(note.ends_with(&format!("pays back on {date}.")), "{note}");
    // No hardware, no payback, no sentence.
    page.type_into("hw", "0").await;
    assert!(page.find("[data-testid=\"payback-note\"]").is_none());
}
