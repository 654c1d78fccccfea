//! End to end: the Kazakhstan story in the built page. A user opens the page, clicks
//! "Canaan in Kazakhstan, end of 2021", and sees the fleet then and now; the address bar
//! carries it, and a reload shows the same. Expected figures are computed here from
//! docs/domain.md's conventions and the preset's sources, independently of the engine.
//!
//! Needs the built site (`scripts/test.sh` builds it first), Chromium and chromedriver.

use crate::support::{testid_css, with_page, Failure, Page, REL_TOLERANCE};
use crate::tolerance::within;

/// Hashes per block per unit of difficulty (docs/domain.md C1).
const TWO_POW_32: f64 = 4_294_967_296.0;
/// Avalon A1246 (data/miners.csv) and the fleet of docs/domain.md §7.
const TH: f64 = 90.0;
const KW: f64 = 3.42;
const UNITS: f64 = 10_300.0;
/// The preset's power: 20 KZT/kWh and the 2022 surcharge of 1 KZT/kWh.
const TARIFF_KZT: f64 = 20.0;
const SURCHARGE_KZT: f64 = 1.0;

/// A fleet's revenue a day in KZT after a 2 % pool fee.
fn revenue_kzt(difficulty: f64, reward_btc: f64, price_usd: f64, kzt_per_usd: f64) -> f64 {
    TH * 1e12 * 86_400.0 / (difficulty * TWO_POW_32)
        * reward_btc
        * 0.98
        * price_usd
        * kzt_per_usd
        * UNITS
}

/// kWh a day of the whole fleet.
fn energy_kwh() -> f64 {
    KW * 24.0 * UNITS
}

/// What the page shows for the preset: (hook, expected data-value).
fn expected() -> Vec<(&'static str, f64)> {
    let power = energy_kwh() * (TARIFF_KZT + SURCHARGE_KZT);
    // End of 2021: difficulty 24,272,331,996,979.97, 6.25 BTC + 0.05 fees, $46,306.45,
    // 431.8 KZT per USD.
    let then = revenue_kzt(24_272_331_996_979.97, 6.30, 46_306.45, 431.8);
    // The shipped snapshot: 133.79 T, 3.125 + 0.02 BTC, $62,630, converted at the link's
    // own 431.8 KZT per USD (both sides use the link's rates: only the network differs).
    let now = revenue_kzt(133.79e12, 3.145, 62_630.0, 431.8);
    vec![
        ("fleet-units-running", UNITS),
        ("site-power", KW * UNITS / 1e3),
        ("power-kwh-per-day", energy_kwh()),
        ("surcharge-per-day", energy_kwh() * SURCHARGE_KZT),
        ("co2-per-day", energy_kwh() * 821.0 / 1e6),
        ("curtailment-credit-per-day", 0.0),
        ("revenue-per-day", then),
        ("profit-per-day", then - power),
        ("then-profit-per-day", then - power),
        ("now-revenue-per-day", now),
        ("now-profit-per-day", now - power),
        ("now-break-even-power-price", now / energy_kwh()),
    ]
}

async fn figures(page: &Page) -> Result<Vec<(&'static str, Option<f64>)>, Failure> {
    let mut out = Vec::new();
    for (hook, _) in expected() {
        out.push((hook, page.number(hook).await));
    }
    Ok(out)
}

#[test]
fn the_expectations_match_domain_md() {
    // docs/domain.md §7: today the fleet loses money at 5 US cents with a break-even near
    // 3.2 cents; the 2021 figures earned.
    let e = expected();
    let get = |hook: &str| e.iter().find(|(h, _)| *h == hook).map(|(_, v)| *v).unwrap();
    assert!(get("then-profit-per-day") > 0.0);
    assert!(get("now-profit-per-day") < 0.0);
    let cents = get("now-break-even-power-price") / 431.8 * 100.0;
    assert!((cents - 3.2).abs() < 0.05, "{cents}");
}

#[tokio::test]
async fn the_kazakhstan_preset_shows_then_and_now_and_survives_a_reload() {
    let (before, after, search, explain, model, units_field) = with_page(async |page: &Page| {
        page.open("/").await?;
        page.click(r#"[data-preset="canaan-kz-2021"]"#).await?;
        page.poll(
            async || page.exists(&testid_css("then-and-now")).await,
            |shown| *shown,
        )
        .await?;
        let before = figures(page).await?;
        let explain = page.text(&testid_css("compare-explain")).await?;
        let model = page
            .attr(
                r#"[data-testid="model-profit-per-day"][data-model="m1"]"#,
                "data-value",
            )
            .await?;
        // The address bar follows after its debounce; a deliberate open pushes at once.
        let search = page
            .poll(
                async || page.location_search().await,
                |s| s.contains("cmp=1"),
            )
            .await?;
        page.refresh().await?;
        page.poll(
            async || page.exists(&testid_css("then-and-now")).await,
            |shown| *shown,
        )
        .await?;
        let after = figures(page).await?;
        let units_field = page.prop(r#"input[name="n"]"#, "value").await?;
        Ok((before, after, search, explain, model, units_field))
    })
    .await;

    let mut wrong = Vec::new();
    for ((hook, want), ((_, seen), (_, reloaded))) in
        expected().into_iter().zip(before.iter().zip(&after))
    {
        if !seen.is_some_and(|v| within(v, want, REL_TOLERANCE)) {
            wrong.push(format!("{hook}: observed {seen:?}, expected {want}"));
        }
        if reloaded != seen {
            wrong.push(format!(
                "{hook}: {seen:?} before the reload, {reloaded:?} after"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "the preset's figures:\n  {}",
        wrong.join("\n  ")
    );
    for key in [
        "cur=KZT",
        "sur=1",
        "n=10300",
        "cmp=1",
        "date=2021-12-31",
        "height=716599",
    ] {
        assert!(
            search.contains(key),
            "{key} not in the address bar: {search}"
        );
    }
    let explain = explain.unwrap_or_default();
    assert!(
        explain.contains("2021-12-31") && explain.contains("earns") && explain.contains("loses"),
        "{explain}"
    );
    let then_profit = expected()[8].1;
    assert!(model
        .and_then(|m| m.parse::<f64>().ok())
        .is_some_and(|m| within(m, then_profit, REL_TOLERANCE)));
    assert_eq!(units_field.as_deref(), Some("10300"));
}

#[tokio::test]
async fn a_capped_five_model_fleet_link_runs_what_fits() {
    // Five models, 5 MW with a PUE of 1.12: the S21 (17.5 J/TH) fit first, the Avalon
    // A1246 (38 J/TH) are left off. Each model's profit has its own hook.
    let link = "/?v=1&miner=antminer-s21&n=400&kwh=0.045&m2=antminer-s19-xp_140_3010_600_0\
                &m3=whatsminer-m50s_126_3276_300_0&m4=_100_3000_250_0\
                &m5=avalon-a1246_90_3420_1000_0&cap=5&pue=1.12";
    let (running, warning, models) = with_page(async |page: &Page| {
        page.open(link).await?;
        let running = page.number("fleet-units-running").await;
        let warning = page.text(&testid_css("capacity-warning")).await?;
        let models = page
            .execute(
                "return [...document.querySelectorAll('[data-testid=\"model-profit-per-day\"]')]\
                 .map(e => [e.getAttribute('data-model'), Number(e.getAttribute('data-value'))]);",
                vec![],
            )
            .await?;
        Ok((running, warning, models))
    })
    .await;
    // Watts with overhead: S21 3920, S19 XP 3371.2, M50S 3669.12, custom 3360, A1246
    // 3830.4. 400 S21 = 1,568,000 W; 600 S19 XP = 2,022,720 W (3,590,720); the M50S
    // (26 J/TH) next: floor(1,409,280 / 3669.12) = 384 > 300, so all 300 (4,691,456);
    // the custom (30 J/TH): floor(308,544 / 3360) = 91; none of the A1246.
    assert_eq!(running, Some(400.0 + 600.0 + 300.0 + 91.0));
    assert!(warning.is_some_and(|w| w.contains("1,391 of 2,550")));
    let models: Vec<(String, f64)> = serde_json::from_value(models).expect("pairs");
    let names: Vec<&str> = models.iter().map(|(m, _)| m.as_str()).collect();
    assert_eq!(names, ["m1", "m2", "m3", "m4", "m5"]);
    assert_eq!(models[4].1, 0.0, "no A1246 runs");
    // The S21 line at 0.045 USD/kWh with the overhead: revenue less 3.92 kW × 24 h.
    let s21 = 200e12 * 86_400.0 / (133.79e12 * TWO_POW_32) * 3.145 * 0.98 * 62_630.0
        - 3.92 * 24.0 * 0.045;
    assert!(
        within(models[0].1, 400.0 * s21, REL_TOLERANCE),
        "{} vs {}",
        models[0].1,
        400.0 * s21
    );
}

/// The unit shown beside the field of `key`.
async fn unit_of(page: &Page, key: &str) -> Result<Option<String>, Failure> {
    let css = format!(r#"input[name="{key}"] + .unit"#);
    // Its section may be collapsed: a hidden element has no rendered text.
    page.revealed(&css).await?;
    page.text(&css).await
}

#[tokio::test]
async fn the_curtailment_credit_follows_a_switch_of_currency_or_region() {
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1").await?;
        let mut seen = vec![("start", unit_of(page, "curtc").await?)];
        // The site's amounts are 0 or empty: a switch converts none of their texts.
        for (name, value, wanted) in [
            ("cur", "KZT", "KZT/MWh"),
            ("region", "ercot", "USD/MWh"),
            ("region", "kz-own", "KZT/MWh"),
            ("cur", "EUR", "EUR/MWh"),
        ] {
            page.select(name, value).await?;
            let unit = page
                .poll(
                    async || unit_of(page, "curtc").await,
                    |u| u.as_deref() == Some(wanted),
                )
                .await?;
            seen.push((value, unit));
        }
        Ok(seen)
    })
    .await;
    let units: Vec<Option<&str>> = seen.iter().map(|(_, u)| u.as_deref()).collect();
    assert_eq!(
        units,
        [
            Some("USD/MWh"),
            Some("KZT/MWh"),
            Some("USD/MWh"),
            Some("KZT/MWh"),
            Some("EUR/MWh")
        ],
        "{seen:?}"
    );
}
