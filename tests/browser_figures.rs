//! How figures and fields read in headless Chromium (its locale is en-US): money with its
//! currency's symbol and to the cent, unit prices to four significant digits, BTC to the
//! satoshi in every cell of a column, a real minus joined to its amount, CO2 per BTC in
//! tonnes, and each field's unit in its accessible name. The expected texts are written
//! here from the raw `data-value`s, independently of `app::format`.
#![cfg(target_arch = "wasm32")]

use hashwatt::engine::economics::Economics;
use hashwatt::scenario::{Params, Scenario};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

mod browser_support;
use browser_support::Mounted;

wasm_bindgen_test_configure!(run_in_browser);

/// U+2212 MINUS SIGN and U+2060 WORD JOINER, which ties it to a currency symbol.
const JOINED: &str = "\u{2212}\u{2060}";

fn expected(query: &str) -> Economics {
    let (params, _) = Params::from_query(query);
    Scenario::from_params(&params).unwrap().economics().unwrap()
}

/// `v.abs()` as en-US writes it with `decimals` fraction digits: "1,234.56".
fn en(v: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, v.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if fraction.is_empty() {
        grouped
    } else {
        format!("{grouped}.{fraction}")
    }
}

/// `v.abs()` to four significant digits, as en-US writes it.
fn four_significant(v: f64) -> String {
    let decimals = (3 - v.abs().log10().floor() as i32).max(0) as usize;
    en(v, decimals)
}

/// An amount in a currency whose symbol comes first: "−⁠$12.35", "₸77,000.00".
fn money(symbol: &str, v: f64, amount: String) -> String {
    let sign = if v < 0.0 { JOINED } else { "" };
    format!("{sign}{symbol}{amount}")
}

/// Whether the figure of `testid` is drawn as a loss (red).
fn drawn_negative(page: &Mounted, testid: &str) -> bool {
    page.find(&format!("[data-testid=\"{testid}\"]"))
        .unwrap_or_else(|| panic!("no {testid}"))
        .get_attribute("class")
        .is_some_and(|c| c.split(' ').any(|c| c == "negative"))
}

#[wasm_bindgen_test]
async fn a_loss_reads_with_a_real_minus_joined_to_its_amount() {
    let page = Mounted::new("kwh=0.2").await;
    for id in ["profit-per-day", "profit-per-month", "profit-per-year"] {
        let v = page.number(id);
        assert!(v < 0.0, "{id} {v}");
        assert_eq!(
            page.text(&format!("[data-testid=\"{id}\"]")),
            money("$", v, en(v, 2))
        );
        assert!(drawn_negative(&page, id), "{id}");
    }
    // The summary sentence carries the same minus.
    let v = page.number("profit-per-day");
    let summary = page.text(".summary-profit");
    let profit = format!("Profit {} a day", money("$", v, en(v, 2)));
    assert!(summary.starts_with(&profit), "{summary}");
}

#[wasm_bindgen_test]
async fn a_loss_that_rounds_to_nothing_shows_no_sign() {
    // A break-even power price a hair under the tariff: the profit is a fraction of a
    // cent either way of zero; whatever its sign, "$0.00" is neither red nor signed.
    let page = Mounted::new("").await;
    let be = page.number("break-even-power-price");
    page.type_into("kwh", &format!("{:.6}", be)).await;
    let v = page.number("profit-per-day");
    assert!(v.abs() < 0.005, "{v}");
    assert_eq!(page.text("[data-testid=\"profit-per-day\"]"), "$0.00");
    assert!(!drawn_negative(&page, "profit-per-day"));
}

#[wasm_bindgen_test]
async fn tenge_amounts_have_the_symbol_and_two_decimals() {
    let query = "cur=KZT&kwh=20&n=100";
    let page = Mounted::new(query).await;
    let e = expected(query);
    let profit = page.number("profit-per-day");
    assert_eq!(profit, e.fleet.profit.amount());
    // The headline's profit is signed: a gain carries its "+".
    assert!(profit > 0.0, "{profit}");
    assert_eq!(
        page.text("[data-testid=\"profit-per-day\"]"),
        format!("+{}", money("₸", profit, en(profit, 2)))
    );
    let revenue = page.number("revenue-per-day");
    assert_eq!(
        page.text("[data-testid=\"revenue-per-day\"]"),
        format!("₸{}", en(revenue, 2))
    );
    // A price per kWh in tenge: four significant digits ("₸13.72"), never four decimals.
    let be = page.number("break-even-power-price");
    assert_eq!(
        page.text("[data-testid=\"break-even-power-price\"]"),
        format!("₸{} /kWh", four_significant(be))
    );
    let th = page.number("hashprice-th");
    assert_eq!(
        page.text("[data-testid=\"hashprice-th\"]"),
        format!("₸{} /TH/s/day", four_significant(th))
    );
}

#[wasm_bindgen_test]
async fn every_btc_cell_of_a_column_is_to_the_satoshi() {
    // A thousand machines: about 0.1 BTC a day and tens of BTC a year, one precision.
    let query = "n=1000";
    let page = Mounted::new(query).await;
    let e = expected(query);
    let cells = page
        .root
        .query_selector_all("table.flows tbody tr:first-child td")
        .unwrap();
    let texts: Vec<String> = (0..cells.length())
        .filter_map(|i| cells.item(i)?.text_content())
        .collect();
    let shown = [
        e.fleet.btc_net.btc(),
        e.fleet.times(30.0).btc_net.btc(),
        e.fleet.times(365.0).btc_net.btc(),
        e.per_unit.btc_net.btc(),
    ]
    .map(|v| format!("{} BTC", en(v, 8)));
    assert_eq!(texts, shown);
    assert!(e.fleet.times(365.0).btc_net.btc() > 10.0, "{texts:?}");
    // The day's cell carries the raw figure, unrounded.
    assert_eq!(page.number("btc-per-day"), e.fleet.btc_net.btc());
}

#[wasm_bindgen_test]
async fn co2_per_btc_is_shown_in_tonnes_and_hooked_in_kg() {
    let page = Mounted::new("co2=400").await;
    let kg = page.number("co2-per-btc");
    assert!(kg > 1_000.0, "{kg}");
    assert_eq!(
        page.text("[data-testid=\"co2-per-btc\"]"),
        format!("{} t", en(kg / 1_000.0, 1))
    );
}

#[wasm_bindgen_test]
async fn a_fields_accessible_name_carries_its_unit() {
    let page = Mounted::new("cur=KZT").await;
    let label = page.text("label[for=\"field-kwh\"]");
    assert!(label.ends_with(" (KZT/kWh)"), "{label}");
    let unit = page.find("#field-kwh + .unit").unwrap();
    assert_eq!(unit.get_attribute("aria-hidden").as_deref(), Some("true"));
    // A field without a unit gets no empty brackets.
    let labels = page.root.query_selector_all("label").unwrap();
    for i in 0..labels.length() {
        let text = labels
            .item(i)
            .and_then(|l| l.dyn_into::<Element>().ok())
            .and_then(|l| l.text_content())
            .unwrap_or_default();
        assert!(!text.contains("()"), "{text}");
    }
}
