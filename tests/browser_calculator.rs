//! The calculator's components in headless Chromium: each test mounts the App into its
//! own element, types into fields as a user would (an `input` event per change), waits
//! for Yew to render with `scheduler::flush`, and reads the public hooks.
#![cfg(target_arch = "wasm32")]

use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;
use hashwatt::scenario::{Params, Scenario};
use wasm_bindgen_test::*;

mod tolerance;
use tolerance::assert_within;

mod browser_support;
use browser_support::Mounted;

wasm_bindgen_test_configure!(run_in_browser);

/// The engine's figures for a query, to compare the page against.
fn expected(query: &str) -> hashwatt::engine::economics::Economics {
    let (params, _) = Params::from_query(query);
    Scenario::from_params(&params).unwrap().economics().unwrap()
}

#[wasm_bindgen_test]
async fn defaults_show_the_snapshot_figures() {
    let page = Mounted::new("").await;
    let e = expected("");
    // Independent of the engine: docs/domain.md gives about $29.6/PH/day and 958 EH/s.
    assert_eq!((page.number("hashprice-ph") * 10.0).round() / 10.0, 29.6);
    assert_eq!(page.number("network-hashrate").round(), 958.0);
    assert_eq!(page.number("profit-per-day"), e.fleet.profit.amount());
    assert_eq!(page.number("btc-per-day"), e.fleet.btc_net.btc());
    assert_eq!(page.number("efficiency"), 17.5);
    // No hardware cost by default: no payback, and the hook says so with an empty value.
    assert_eq!(page.value("payback-days"), "");
    let status = page
        .find("[data-testid=\"snapshot-status\"]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(status.contains(SHIPPED_SNAPSHOT.date), "{status}");
}

#[wasm_bindgen_test]
async fn typing_updates_every_figure() {
    let page = Mounted::new("").await;
    page.type_into("n", "10").await;
    page.type_into("kwh", "0.045").await;
    page.type_into("hw", "2500").await;
    page.type_into("up", "95").await;
    let e = expected("n=10&kwh=0.045&hw=2500&up=95");
    assert_within(
        page.number("profit-per-day"),
        e.fleet.profit.amount(),
        1e-12,
    );
    assert_within(
        page.number("profit-per-month"),
        e.fleet.profit.amount() * 30.0,
        1e-12,
    );
    assert_within(
        page.number("profit-per-year"),
        e.fleet.profit.amount() * 365.0,
        1e-12,
    );
    assert_within(
        page.number("power-kwh-per-day"),
        3.5 * 24.0 * 0.95 * 10.0,
        1e-12,
    );
    assert_within(
        page.number("power-cost-per-day"),
        3.5 * 24.0 * 0.95 * 10.0 * 0.045,
        1e-12,
    );
    assert_within(
        page.number("payback-days"),
        25_000.0 / e.fleet.profit.amount(),
        1e-12,
    );
    assert_within(page.number("fleet-power"), 0.035, 1e-12);
}

#[wasm_bindgen_test]
async fn picking_a_miner_fills_its_specs() {
    let page = Mounted::new("").await;
    page.select("miner", "avalon-a1246").await;
    assert_eq!(page.input("th").value(), "90");
    assert_eq!(page.input("w").value(), "3420");
    assert_eq!(page.number("efficiency"), 38.0);
    page.type_into("th", "95").await;
    assert!(page.find("[data-testid=\"specs-edited\"]").is_some());
    assert_eq!(page.number("efficiency"), 3420.0 / 95.0);
}

#[wasm_bindgen_test]
async fn an_invalid_field_pauses_results_until_fixed() {
    let page = Mounted::new("").await;
    page.type_into("kwh", "abc").await;
    let input = page.input("kwh");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error = page
        .find("[data-testid=\"error-kwh\"]")
        .expect("an inline error")
        .text_content()
        .unwrap();
    assert!(error.contains("from 0 to 10 USD/kWh"), "{error}");
    assert!(page.find("[data-testid=\"results-paused\"]").is_some());
    // The last figures stay, each marked stale: the page neither blanks nor jumps.
    let before = expected("").fleet.profit.amount();
    let stale = page
        .find("[data-testid=\"profit-per-day\"]")
        .expect("the last profit, kept");
    assert_eq!(stale.get_attribute("data-stale").as_deref(), Some("true"));
    assert_within(page.number("profit-per-day"), before, 1e-12);
    let mut kept = 0;
    for row in hashwatt::scenario::hooks::HOOKS {
        if let Some(el) = page.find(&format!("[data-testid=\"{}\"]", row.id)) {
            kept += 1;
            assert_eq!(
                el.get_attribute("data-stale").as_deref(),
                Some("true"),
                "{}",
                row.id
            );
        }
    }
    assert!(kept > 20, "the result hooks stay while paused: {kept}");
    // The text stays as typed, so the user can correct it.
    assert_eq!(input.value(), "abc");

    page.type_into("kwh", "0.05").await;
    assert!(page.find("[data-testid=\"error-kwh\"]").is_none());
    assert!(page.find("[data-testid=\"results-paused\"]").is_none());
    assert!(page.find("[data-stale]").is_none(), "fresh figures again");
    assert_within(
        page.number("profit-per-day"),
        expected("kwh=0.05").fleet.profit.amount(),
        1e-12,
    );
}

#[wasm_bindgen_test]
async fn a_link_opens_its_scenario_and_names_bad_values() {
    let page =
        Mounted::new("?v=1&miner=avalon-a1246&n=10300&kwh=0.05&pool=abc&hw=%3Cscript%3E").await;
    let notice = page
        .find("[data-testid=\"link-notice\"]")
        .expect("a link notice")
        .text_content()
        .unwrap();
    assert!(notice.contains("pool") && notice.contains("hw"), "{notice}");
    assert!(page.find("script").is_none());
    assert!(page.number("profit-per-day") < 0.0);
    let be = page.number("break-even-power-price");
    assert_eq!((be * 1000.0).round() / 1000.0, 0.032);
    assert_eq!(
        page.number("network-share"),
        10_300.0 * 90e12 / (133.79e12 * 4_294_967_296.0 / 600.0)
    );
}

#[wasm_bindgen_test]
async fn figures_are_formatted_with_units_and_never_nan() {
    let page = Mounted::new("?v=1&height=7000000&txfee=0").await;
    let text = page.root.text_content().unwrap();
    for bad in ["NaN", "Infinity", "undefined"] {
        assert!(!text.contains(bad), "{bad} in {text}");
    }
    // No BTC is mined after the last subsidy with no fees: these figures are undefined.
    assert_eq!(page.value("break-even-btc-price"), "");
    assert_eq!(page.value("cost-per-btc"), "");
    assert_eq!(page.value("margin"), "");
    let profit = page
        .find("[data-testid=\"profit-per-day\"]")
        .unwrap()
        .text_content()
        .unwrap();
    // The currency's symbol, where en-US writes one (README "Result hooks").
    assert!(profit.contains('$'), "{profit}");
    let power = page
        .find("[data-testid=\"fleet-power\"]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(power.ends_with("MW"), "{power}");
}

#[wasm_bindgen_test]
async fn typed_numbers_keep_their_text_and_say_what_they_read() {
    let page = Mounted::new("?v=1&sur=1*24_25&m2=antminer-s21_200_3500_1_0").await;
    page.type_into("n", "10,000").await;
    let n = page.input("n");
    assert_eq!(n.value(), "10,000", "the text typed is never rewritten");
    assert_eq!(page.value("read-n"), "10000");
    assert_eq!(
        page.text("[data-testid=\"read-n\"]"),
        "read as 10,000 units"
    );
    let described = n.get_attribute("aria-describedby").unwrap_or_default();
    assert!(described.split(' ').any(|id| id == "read-n"), "{described}");
    let e = expected("sur=1*24_25&m2=antminer-s21_200_3500_1_0&n=10000");
    assert_within(
        page.number("profit-per-day"),
        e.fleet.profit.amount(),
        1e-12,
    );

    // A fleet line's value and a surcharge band's are read the same way.
    page.type_into("m2-n", "1,000").await;
    assert_eq!(page.input("m2-n").value(), "1,000");
    assert_eq!(page.value("read-m2-n"), "1000");
    page.type_into("sur-1-kwh", "₸1,5").await;
    assert_eq!(page.input("sur-1-kwh").value(), "₸1,5");
    assert_eq!(page.value("read-sur-1-kwh"), "1.5");
    assert!(page.find("[data-testid=\"error-sur\"]").is_none());

    // A text read as itself says nothing.
    page.type_into("kwh", "0.05").await;
    assert!(page.find("[data-testid=\"read-kwh\"]").is_none());
}

#[wasm_bindgen_test]
async fn a_value_replaced_after_typing_shows_the_new_value() {
    let page = Mounted::new("").await;
    page.type_into("kwh", "5¢").await;
    assert_eq!(page.value("read-kwh"), "0.05");
    // A currency switch converts the amount: the field shows the conversion, not the
    // text typed in dollars.
    page.select("cur", "KZT").await;
    assert_eq!(page.input("kwh").value(), "25.75");
    assert!(page.find("[data-testid=\"read-kwh\"]").is_none());
    // Switching back gives back the amount as entered, which is what 5¢ was read as.
    page.select("cur", "USD").await;
    assert_eq!(page.input("kwh").value(), "5¢");
    // In tenge, a cent is refused, never converted.
    page.select("cur", "KZT").await;
    page.type_into("kwh", "5¢").await;
    let error = page.text("[data-testid=\"error-kwh\"]");
    assert!(error.contains("“¢” is not KZT"), "{error}");
    assert!(page.find("[data-testid=\"results-paused\"]").is_some());
}

#[wasm_bindgen_test]
async fn each_field_asks_for_its_keypad() {
    let page = Mounted::new("?v=1&sur=1*24_25").await;
    for (name, mode) in [
        ("n", "numeric"),
        ("kwh", "decimal"),
        ("th", "decimal"),
        ("diff", "text"),
        ("dg", "text"),
        ("date", "text"),
        ("peakh", "text"),
        ("sur-1-kwh", "decimal"),
    ] {
        let input = page.input(name);
        assert_eq!(
            input.get_attribute("inputmode").as_deref(),
            Some(mode),
            "{name}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_warning_is_announced_by_the_one_live_region() {
    // One TH/s against a difficulty of 1: more than the whole network.
    let page = Mounted::new("v=1&th=1&diff=1").await;
    let warning = page.find("[data-testid=\"network-warning\"]").unwrap();
    assert_eq!(warning.closest("[aria-live], [role=status]").unwrap(), None);
    let announce = page.text("[data-testid=\"announce\"]");
    assert!(
        announce.starts_with("Profit ")
            && announce.ends_with("; warning: more than the whole network's hashrate"),
        "{announce}"
    );
    page.type_into("diff", "133790000000000").await;
    assert_eq!(page.count("[data-testid=\"network-warning\"]"), 0);
    let announce = page.text("[data-testid=\"announce\"]");
    assert!(!announce.contains("warning"), "{announce}");
}
