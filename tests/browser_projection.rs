//! The projection on the page, in headless Chromium: every hook equals the engine's
//! figure, the chart draws what the projection says, the schedule opens, bad dates are
//! flagged.
#![cfg(target_arch = "wasm32")]

use hashwatt::scenario::hooks::hook_values;
use hashwatt::scenario::{Params, Scenario};
use wasm_bindgen_test::*;

mod browser_support;
use browser_support::{fire, until, Mounted};
use hashwatt::engine::projection::Projection;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit, PointerEvent, PointerEventInit};

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

/// Adds the page's stylesheet, once: the schedule's scrolling box and the chart's
/// drawing are laid out by it, and what the pointer or the scroll offset picks depends
/// on that layout.
fn with_stylesheet() {
    let document = web_sys::window().unwrap().document().unwrap();
    if document.get_element_by_id("app-stylesheet").is_none() {
        let style = document.create_element("style").unwrap();
        style.set_id("app-stylesheet");
        style.set_text_content(Some(include_str!("../static/style.css")));
        document.body().unwrap().append_child(&style).unwrap();
    }
}

fn projection(query: &str) -> Projection {
    let (params, _) = Params::from_query(query);
    Scenario::from_params(&params)
        .unwrap()
        .projection()
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_schedule_opens_and_draws_the_rows_in_view() {
    with_stylesheet();
    let query = "v=1&months=24";
    let months = projection(query).months;
    let page = Mounted::new(query).await;
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
    let table = page.find("[data-testid=\"schedule\"]").unwrap();
    // The table says it has a header and 24 months; it draws the twelve in view and
    // four below.
    assert_eq!(table.get_attribute("aria-rowcount").as_deref(), Some("25"));
    assert_eq!(page.count("[data-testid=\"schedule\"] tbody tr"), 16);
    let row_dates = || -> Vec<String> {
        let rows = page
            .root
            .query_selector_all("[data-testid=\"schedule\"] tbody tr th")
            .unwrap();
        (0..rows.length())
            .filter_map(|i| rows.item(i)?.text_content())
            .collect()
    };
    let iso = |k: usize| months[k].start.unwrap().to_iso();
    assert_eq!(row_dates().first().cloned(), Some("2026-03-20".to_owned()));
    assert_eq!(row_dates().last().cloned(), Some(iso(15)));

    // Scrolled to the end: the last twelve months and four above them, the last
    // numbered 25 of 25.
    let wrap: HtmlElement = page
        .find(".schedule .table-wrap")
        .unwrap()
        .dyn_into()
        .unwrap();
    wrap.set_scroll_top(100_000);
    fire(&wrap, "scroll");
    until("the last month to be drawn", || {
        row_dates().last() == Some(&iso(23))
    })
    .await;
    assert_eq!(row_dates().first().cloned(), Some(iso(8)));
    let last = page
        .find("[data-testid=\"schedule\"] tbody tr:last-child")
        .unwrap();
    assert_eq!(last.get_attribute("aria-rowindex").as_deref(), Some("25"));

    page.type_into("months", "6").await;
    assert_eq!(page.count("[data-testid=\"schedule\"] tbody tr"), 6);
    assert_eq!(table.get_attribute("aria-rowcount").as_deref(), Some("7"));
}

/// Presses `key` on the chart.
async fn press(page: &Mounted, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    page.find(".chart-plot")
        .unwrap()
        .dispatch_event(&event)
        .unwrap();
    yew::scheduler::flush().await;
}

/// The readout's month (from 1) and raw figures: cumulative, revenue, cost.
fn readout(page: &Mounted) -> (String, String, String, String) {
    let r = page.find("[data-testid=\"chart-readout\"]").unwrap();
    let a = |name: &str| r.get_attribute(name).unwrap_or_default();
    (
        a("data-month"),
        a("data-cumulative"),
        a("data-revenue"),
        a("data-cost"),
    )
}

#[wasm_bindgen_test]
async fn keys_and_the_pointer_read_out_each_month() {
    let query = "v=1&hw=1500&kwh=0.03&months=48&hfee=4";
    with_stylesheet();
    let months = projection(query).months;
    let expected = |k: usize| {
        let m = &months[k];
        (
            (k + 1).to_string(),
            m.cumulative.amount().to_string(),
            m.revenue.amount().to_string(),
            (m.power_cost.amount() + m.fees.amount()).to_string(),
        )
    };
    let page = Mounted::new(query).await;
    assert_eq!(readout(&page).0, "", "no month until one is picked");
    assert_eq!(page.count("[data-testid=\"chart-marker\"]"), 0);

    // Nothing picked: the left arrow starts from the last month.
    press(&page, "ArrowLeft").await;
    assert_eq!(readout(&page), expected(46));
    assert_eq!(page.count("[data-testid=\"chart-marker\"]"), 1);
    press(&page, "Home").await;
    assert_eq!(readout(&page), expected(0));
    let text = page.text("[data-testid=\"chart-readout\"]");
    assert!(
        text.starts_with("Month 1 of 48, from 2026-03-20: "),
        "{text}"
    );
    press(&page, "ArrowRight").await;
    press(&page, "PageUp").await;
    assert_eq!(readout(&page), expected(13));
    // The marker stands on month 14's end of the line.
    let marker_x = page
        .find("[data-testid=\"chart-marker\"] circle")
        .unwrap()
        .get_attribute("cx")
        .unwrap();
    let path = page
        .find("[data-testid=\"cumulative-chart\"] path.line")
        .unwrap()
        .get_attribute("d")
        .unwrap();
    let point_14 = path.split(['M', 'L']).nth(15).unwrap();
    assert!(
        point_14.starts_with(&format!("{marker_x},")),
        "{marker_x} on {point_14}"
    );
    // Another horizon: the month read out follows the new figures.
    page.type_into("months", "12").await;
    assert_eq!(readout(&page), {
        let months = projection("v=1&hw=1500&kwh=0.03&months=12&hfee=4").months;
        let m = &months[11];
        (
            "12".to_owned(),
            m.cumulative.amount().to_string(),
            m.revenue.amount().to_string(),
            (m.power_cost.amount() + m.fees.amount()).to_string(),
        )
    });

    // The pointer over month 6's end of a 48-month drawing reads month 6.
    page.type_into("months", "48").await;
    let svg = page.find("[data-testid=\"cumulative-chart\"]").unwrap();

    let rect = svg.get_bounding_client_rect();
    let view_width: f64 = svg
        .get_attribute("viewBox")
        .unwrap()
        .split(' ')
        .nth(2)
        .unwrap()
        .parse()
        .unwrap();
    // LEFT and RIGHT margins of the drawing, SVG units (chart::cumulative).
    let x_of = |month_end: f64| 52.0 + month_end / 48.0 * (view_width - 64.0);
    let init = PointerEventInit::new();
    init.set_bubbles(true);
    init.set_client_x((rect.left() + x_of(6.0) / view_width * rect.width()).round() as i32);
    init.set_client_y((rect.top() + 50.0) as i32);
    let event = PointerEvent::new_with_event_init_dict("pointermove", &init).unwrap();
    svg.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(readout(&page), expected(5));
    svg.dispatch_event(&PointerEvent::new("pointerleave").unwrap())
        .unwrap();
    page.find(".chart-plot")
        .unwrap()
        .dispatch_event(&PointerEvent::new("pointerleave").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(readout(&page).0, "", "the pointer left");
}

/// The readout's `aria-live`: polite only while the chart has the keyboard's focus.
fn readout_live(page: &Mounted) -> String {
    page.find("[data-testid=\"chart-readout\"]")
        .unwrap()
        .get_attribute("aria-live")
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_readout_is_announced_only_while_the_chart_has_focus() {
    let page = Mounted::new("v=1&hw=1500&months=24").await;
    assert_eq!(readout_live(&page), "off", "nothing picked");
    // A month picked without the chart's focus (as under a resting pointer): a field
    // typed in then changes the readout, which must not be announced.
    press(&page, "Home").await;
    page.type_into("kwh", "0.05").await;
    assert_eq!(readout(&page).0, "1");
    assert_eq!(readout_live(&page), "off", "a month read out without focus");

    let plot: HtmlElement = page.find(".chart-plot").unwrap().dyn_into().unwrap();
    plot.focus().unwrap();
    yew::scheduler::flush().await;
    assert_eq!(readout_live(&page), "polite", "the chart focused");
    press(&page, "ArrowRight").await;
    assert_eq!(readout(&page).0, "2");
    assert_eq!(readout_live(&page), "polite");

    plot.blur().unwrap();
    yew::scheduler::flush().await;
    assert_eq!(readout_live(&page), "off", "the chart left");
    assert_eq!(readout(&page).0, "", "leaving the chart clears the month");
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
