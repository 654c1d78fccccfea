#![cfg(not(target_arch = "wasm32"))]
//! End to end: the built page in headless Chromium, checked against the public contract
//! (query keys, form fields, result hooks) with expected figures computed here, in plain
//! f64, from docs/domain.md's conventions, independently of the engine.
//!
//! Needs the built site (`trunk build --release` writes `dist/`; `scripts/test.sh` builds
//! it first), Chromium and chromedriver. See `e2e_support` for the environment overrides.

mod e2e_support;

use std::collections::BTreeMap;

use e2e_support::{close_enough, testid_css, with_page, Failure, Page, StaticServer};
use hashwatt::scenario::hooks::same_figure;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

/// Hashes expected per block per unit of difficulty (docs/domain.md C1).
const TWO_POW_32: f64 = 4_294_967_296.0;

/// Catalog specs used here: (TH/s, W) of one unit, as in data/miners.csv.
const ANTMINER_S21: (f64, f64) = (200.0, 3500.0);
const AVALON_A1246: (f64, f64) = (90.0, 3420.0);

/// A scenario as the page's inputs state it (units of the query keys).
#[derive(Clone, Copy, Debug)]
struct Scenario {
    /// TH/s per unit.
    th: f64,
    /// W per unit.
    w: f64,
    /// Units.
    n: f64,
    /// USD per kWh.
    kwh: f64,
    /// Pool fee, %.
    pool: f64,
    /// PPS payout (no transaction fees paid) instead of FPPS.
    pps: bool,
    /// Uptime, %.
    up: f64,
    /// Hardware cost per unit, USD.
    hw: f64,
    /// BTC price, USD.
    price: f64,
    difficulty: f64,
    height: u64,
    /// Average transaction fees per block, BTC.
    txfee: f64,
}

impl Default for Scenario {
    /// The page's documented defaults (the 2026-03-20 snapshot, one Antminer S21).
    fn default() -> Self {
        Scenario {
            th: ANTMINER_S21.0,
            w: ANTMINER_S21.1,
            n: 1.0,
            kwh: 0.06,
            pool: 2.0,
            pps: false,
            up: 100.0,
            hw: 0.0,
            price: 62_630.0,
            difficulty: 133_790_000_000_000.0,
            height: 941_472,
            txfee: 0.02,
        }
    }
}

/// Block subsidy in BTC at `height` (Bitcoin Core's GetBlockSubsidy).
fn subsidy_btc(height: u64) -> f64 {
    let halvings = height / 210_000;
    if halvings >= 64 {
        0.0
    } else {
        (5_000_000_000u64 >> halvings) as f64 / 1e8
    }
}

impl Scenario {
    /// Every result hook of the contract with its expected fleet figure; None where the contract says the
    /// data-value is empty (no payback).
    fn expected(&self) -> Vec<(&'static str, Option<f64>)> {
        let uptime = self.up / 100.0;
        let hashes_per_block = self.difficulty * TWO_POW_32;
        let subsidy = subsidy_btc(self.height);
        let reward_paid = if self.pps {
            subsidy
        } else {
            subsidy + self.txfee
        };
        let blocks_per_unit = self.th * 1e12 * 86_400.0 / hashes_per_block * uptime;
        let gross_btc = blocks_per_unit * reward_paid * self.n;
        let net_btc = gross_btc * (1.0 - self.pool / 100.0);
        let revenue = net_btc * self.price;
        let kwh_per_day = self.w / 1000.0 * 24.0 * uptime * self.n;
        let power_cost = kwh_per_day * self.kwh;
        let profit = revenue - power_cost;
        let hashprice_ph = 1e15 * 86_400.0 / hashes_per_block * (subsidy + self.txfee) * self.price;
        let network_hashrate = hashes_per_block / 600.0;
        let payback = (profit > 0.0 && self.hw > 0.0).then(|| self.hw * self.n / profit);
        vec![
            ("btc-per-day", Some(net_btc)),
            ("btc-per-day-gross", Some(gross_btc)),
            ("revenue-per-day", Some(revenue)),
            ("power-kwh-per-day", Some(kwh_per_day)),
            ("power-cost-per-day", Some(power_cost)),
            ("profit-per-day", Some(profit)),
            ("profit-per-month", Some(profit * 30.0)),
            ("profit-per-year", Some(profit * 365.0)),
            ("margin", Some(profit / revenue)),
            ("break-even-power-price", Some(revenue / kwh_per_day)),
            ("break-even-btc-price", Some(power_cost / net_btc)),
            ("hashprice-ph", Some(hashprice_ph)),
            ("hashprice-th", Some(hashprice_ph / 1000.0)),
            ("cost-per-btc", Some(power_cost / net_btc)),
            ("efficiency", Some(self.w / self.th)),
            ("payback-days", payback),
            ("network-hashrate", Some(network_hashrate / 1e18)),
            (
                "network-share",
                Some(self.th * 1e12 * self.n / network_hashrate),
            ),
            ("fleet-power", Some(self.w * self.n / 1e6)),
        ]
    }

    fn expect(&self, hook: &str) -> f64 {
        self.expected()
            .into_iter()
            .find(|(id, _)| *id == hook)
            .and_then(|(_, value)| value)
            .unwrap_or_else(|| panic!("{hook} has no expected number in {self:?}"))
    }
}

/// One line per hook whose observed data-value differs from the expectation.
fn mismatches(observed: &BTreeMap<String, String>, scenario: &Scenario) -> Vec<String> {
    let mut wrong = Vec::new();
    for (hook, expected) in scenario.expected() {
        let Some(seen) = observed.get(hook) else {
            wrong.push(format!("{hook}: no element with a data-value"));
            continue;
        };
        let ok = match expected {
            None => seen.is_empty(),
            Some(want) => seen
                .trim()
                .parse::<f64>()
                .is_ok_and(|got| close_enough(got, want)),
        };
        if !ok {
            let want = expected.map_or_else(|| "\"\" (empty)".to_string(), |v| v.to_string());
            wrong.push(format!("{hook}: observed {seen:?}, expected {want}"));
        }
    }
    wrong
}

#[track_caller]
fn assert_results(observed: &BTreeMap<String, String>, scenario: &Scenario, context: &str) {
    let wrong = mismatches(observed, scenario);
    assert!(
        wrong.is_empty(),
        "{context}: {} of {} results differ from {scenario:?}:\n  {}",
        wrong.len(),
        scenario.expected().len(),
        wrong.join("\n  ")
    );
}

#[track_caller]
fn assert_near(observed: Option<f64>, expected: f64, context: &str) {
    assert!(
        observed.is_some_and(|got| close_enough(got, expected)),
        "{context}: observed {observed:?}, expected {expected}"
    );
}

/// Words of `text`, split at anything that cannot be part of a query key.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Numbers written in `text` (e.g. the bounds of an allowed range).
fn numbers(text: &str) -> Vec<f64> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter_map(|token| token.trim_matches('.').parse().ok())
        .collect()
}

#[test]
fn expected_figures_match_domain_anchors() {
    // Guards the test's own model against docs/domain.md before any browser is involved.
    let defaults = Scenario::default();
    assert!((defaults.expect("hashprice-ph") - 29.6).abs() < 0.05);
    assert!((defaults.expect("network-hashrate") - 958.0).abs() < 1.0);
    assert_eq!(subsidy_btc(840_000), 3.125);
    assert_eq!(subsidy_btc(1_050_000), 1.5625);
    assert_eq!(subsidy_btc(6_720_000), 1e-8);
    assert_eq!(subsidy_btc(6_930_000), 0.0);
    assert_eq!(subsidy_btc(u64::MAX), 0.0);
    let canaan = Scenario {
        th: AVALON_A1246.0,
        w: AVALON_A1246.1,
        n: 10_300.0,
        kwh: 0.05,
        ..Scenario::default()
    };
    assert!(canaan.expect("profit-per-day") < 0.0);
    assert!((canaan.expect("break-even-power-price") - 0.0318).abs() < 0.0005);
}

#[tokio::test]
async fn static_server_serves_the_site_and_nothing_else() {
    let root = std::env::temp_dir().join(format!("hashwatt-e2e-site-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("sub")).expect("create a scratch site");
    std::fs::write(root.join("index.html"), "<p>index</p>").expect("write index.html");
    std::fs::write(root.join("app_bg.wasm"), b"\0asm").expect("write a .wasm");
    std::fs::write(root.join("sub/app.js"), "1").expect("write a .js");
    let secret = root.with_extension("secret");
    std::fs::write(&secret, "secret").expect("write outside the site");
    std::os::unix::fs::symlink(&secret, root.join("escape.txt")).expect("symlink out of the site");

    let server = StaticServer::start(&root).await.expect("start the server");
    let get = async |request: &str| raw_request(&server.url(""), request).await;
    let cases = [
        ("GET / HTTP/1.1", "200", "text/html", "<p>index</p>"),
        (
            "GET /?v=1&n=10 HTTP/1.1",
            "200",
            "text/html",
            "<p>index</p>",
        ),
        (
            "GET /app_bg.wasm HTTP/1.1",
            "200",
            "application/wasm",
            "\0asm",
        ),
        (
            "GET /sub/app.js?x=1 HTTP/1.1",
            "200",
            "text/javascript",
            "1",
        ),
        ("GET /missing.js HTTP/1.1", "404", "", ""),
        (
            "GET /missing?x=1 HTTP/1.1",
            "200",
            "text/html",
            "<p>index</p>",
        ),
        ("POST / HTTP/1.1", "405", "", ""),
        ("GET /../secret HTTP/1.1", "403", "", ""),
        ("GET /escape.txt HTTP/1.1", "404", "", ""),
        ("GET /sub/../../x HTTP/1.1", "403", "", ""),
    ];
    let mut failures = Vec::new();
    for (request, code, content_type, body) in cases {
        let reply = get(request).await;
        let (head, got_body) = reply.split_once("\r\n\r\n").unwrap_or((&reply, ""));
        let status_ok = head.split(' ').nth(1) == Some(code);
        let type_ok = content_type.is_empty()
            || head.lines().any(|line| {
                line.to_ascii_lowercase()
                    .starts_with(&format!("content-type: {content_type}"))
            });
        let body_ok = body.is_empty() || got_body == body;
        if !(status_ok && type_ok && body_ok) {
            failures.push(format!("{request:?} -> {reply:?}"));
        }
    }
    drop(server);
    let _ = std::fs::remove_dir_all(&root);
    let _ = std::fs::remove_file(&secret);
    assert!(
        failures.is_empty(),
        "unexpected replies:\n{}",
        failures.join("\n")
    );
}

/// Sends `request_line` (plus a Host header) to the server at `base` and reads the reply.
async fn raw_request(base: &str, request_line: &str) -> String {
    let address = base.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect to the static server");
    let request = format!("{request_line}\r\nHost: {address}\r\n\r\n");
    stream
        .write_all(request.as_bytes())
        .await
        .expect("send a request");
    let mut reply = Vec::new();
    stream
        .read_to_end(&mut reply)
        .await
        .expect("read the reply");
    String::from_utf8_lossy(&reply).into_owned()
}

#[tokio::test]
async fn defaults_load_with_the_snapshot_figures() {
    let observed = with_page(async |page: &Page| {
        page.open("/").await?;
        page.values().await
    })
    .await;

    let defaults = Scenario::default();
    assert_results(&observed, &defaults, "defaults at /");
    let number = |hook: &str| observed.get(hook).and_then(|v| v.parse::<f64>().ok());
    let hashprice = number("hashprice-ph");
    assert!(
        hashprice.is_some_and(|v| (v - 29.6).abs() < 0.05),
        "hashprice-ph {hashprice:?}, docs/domain.md says about 29.6 $/PH/day"
    );
    let network = number("network-hashrate");
    assert!(
        network.is_some_and(|v| (v - 958.0).abs() < 1.0),
        "network-hashrate {network:?}, docs/domain.md says about 958 EH/s"
    );
    assert_eq!(
        observed.get("payback-days").map(String::as_str),
        Some(""),
        "no hardware cost by default, so no payback"
    );
}

#[tokio::test]
async fn a_v1_link_sets_every_input() {
    // PPS, past the 2028 halving, profitable with a hardware cost: a payback exists.
    let pps_after_halving = "/?v=1&miner=avalon-a1246&n=25&kwh=0.015&pool=1.5&payout=pps\
        &up=95&hw=2100&price=81234.5&diff=150000000000000&height=1050000&txfee=0.035";
    // th/w override the catalog specs; no pool fee; FPPS; a loss, so no payback despite hw.
    let overridden = "/?v=1&miner=antminer-s21&th=234&w=3510&n=3&kwh=0.09&pool=0\
        &payout=fpps&up=100&hw=5200&price=45000";

    let (first, payout, miner, second) = with_page(async |page: &Page| {
        page.open(pps_after_halving).await?;
        let first = page.values().await?;
        let payout = page.prop(r#"select[name="payout"]"#, "value").await?;
        let miner = page.prop(r#"select[name="miner"]"#, "value").await?;
        page.open(overridden).await?;
        Ok((first, payout, miner, page.values().await?))
    })
    .await;

    let pps = Scenario {
        th: AVALON_A1246.0,
        w: AVALON_A1246.1,
        n: 25.0,
        kwh: 0.015,
        pool: 1.5,
        pps: true,
        up: 95.0,
        hw: 2100.0,
        price: 81_234.5,
        difficulty: 150e12,
        height: 1_050_000,
        txfee: 0.035,
    };
    assert_eq!(subsidy_btc(pps.height), 1.5625);
    assert!(pps
        .expected()
        .iter()
        .any(|(id, v)| *id == "payback-days" && v.is_some()));
    assert_results(&first, &pps, pps_after_halving);
    assert_eq!(
        payout.as_deref(),
        Some("pps"),
        "payout select after the link"
    );
    assert_eq!(
        miner.as_deref(),
        Some("avalon-a1246"),
        "miner select after the link"
    );

    let custom = Scenario {
        th: 234.0,
        w: 3510.0,
        n: 3.0,
        kwh: 0.09,
        pool: 0.0,
        hw: 5200.0,
        price: 45_000.0,
        ..Scenario::default()
    };
    assert!(custom.expect("profit-per-day") < 0.0);
    assert_results(&second, &custom, overridden);
}

#[tokio::test]
async fn the_canaan_link_loses_money() {
    let link = "/?v=1&miner=avalon-a1246&n=10300&kwh=0.05";
    let observed = with_page(async |page: &Page| {
        page.open(link).await?;
        page.values().await
    })
    .await;

    let canaan = Scenario {
        th: AVALON_A1246.0,
        w: AVALON_A1246.1,
        n: 10_300.0,
        kwh: 0.05,
        ..Scenario::default()
    };
    assert_results(&observed, &canaan, link);
    let number = |hook: &str| observed.get(hook).and_then(|v| v.parse::<f64>().ok());
    let profit = number("profit-per-day");
    assert!(
        profit.is_some_and(|p| p < 0.0),
        "profit-per-day {profit:?} should be a loss"
    );
    let break_even = number("break-even-power-price");
    assert!(
        break_even.is_some_and(|p| (p - 0.0318).abs() < 0.0005),
        "break-even-power-price {break_even:?}, docs/domain.md says near 0.032"
    );
}

#[tokio::test]
async fn typing_and_choosing_a_miner_update_the_results() {
    let seven = Scenario {
        n: 7.0,
        ..Scenario::default()
    };
    let seven_avalons = Scenario {
        th: AVALON_A1246.0,
        w: AVALON_A1246.1,
        ..seven
    };
    let (profit, after_typing, efficiency, after_select) = with_page(async |page: &Page| {
        page.open("/?v=1").await?;
        page.type_into("n", "7").await?;
        let profit = page
            .wait_for_number("profit-per-day", seven.expect("profit-per-day"))
            .await?;
        let after_typing = page.values().await?;
        page.select("miner", "avalon-a1246").await?;
        let efficiency = page
            .wait_for_number("efficiency", seven_avalons.expect("efficiency"))
            .await?;
        Ok((profit, after_typing, efficiency, page.values().await?))
    })
    .await;

    assert_near(
        profit,
        7.0 * Scenario::default().expect("profit-per-day"),
        "profit-per-day after typing n=7 (7 x the default)",
    );
    assert_results(&after_typing, &seven, "after typing n=7");
    assert_near(efficiency, 38.0, "efficiency after choosing avalon-a1246");
    assert_results(&after_select, &seven_avalons, "after choosing avalon-a1246");
}

/// What the page shows about an invalid kwh field.
#[derive(Debug)]
struct InvalidKwh {
    typed: &'static str,
    field_value: Option<String>,
    aria_invalid: Option<String>,
    error: Option<String>,
    paused: bool,
    profit_present: bool,
}

impl InvalidKwh {
    fn is_paused(&self) -> bool {
        self.aria_invalid.as_deref() == Some("true")
            && self.error.is_some()
            && self.paused
            && !self.profit_present
    }
}

async fn type_invalid_kwh(page: &Page, typed: &'static str) -> Result<InvalidKwh, Failure> {
    page.type_into("kwh", typed).await?;
    page.poll(
        async || {
            Ok(InvalidKwh {
                typed,
                field_value: page.prop(r#"input[name="kwh"]"#, "value").await?,
                aria_invalid: page.attr(r#"input[name="kwh"]"#, "aria-invalid").await?,
                error: page.text(&testid_css("error-kwh")).await?,
                paused: page.exists(&testid_css("results-paused")).await?,
                profit_present: page.exists(&testid_css("profit-per-day")).await?,
            })
        },
        InvalidKwh::is_paused,
    )
    .await
}

#[tokio::test]
async fn an_invalid_field_pauses_the_results_until_fixed() {
    let fixed = Scenario {
        kwh: 0.05,
        ..Scenario::default()
    };
    let (invalid, fixed_profit, after_fix, aria_after_fix, error_after_fix) =
        with_page(async |page: &Page| {
            page.open("/?v=1").await?;
            let mut invalid = Vec::new();
            for typed in ["abc", "-1"] {
                invalid.push(type_invalid_kwh(page, typed).await?);
            }
            page.type_into("kwh", "0.05").await?;
            let profit = page
                .wait_for_number("profit-per-day", fixed.expect("profit-per-day"))
                .await?;
            let aria = page.attr(r#"input[name="kwh"]"#, "aria-invalid").await?;
            let error = page.exists(&testid_css("error-kwh")).await?;
            Ok((invalid, profit, page.values().await?, aria, error))
        })
        .await;

    for seen in &invalid {
        assert!(seen.is_paused(), "kwh typed as {:?}: {seen:#?}", seen.typed);
        let message = seen.error.as_deref().unwrap_or_default();
        let bounds = numbers(message);
        assert!(
            bounds.contains(&0.0) && bounds.iter().any(|&bound| bound > 0.0),
            "error-kwh for {:?} (field holds {:?}) should state the allowed range \
             (from 0 to an upper bound): {message:?}",
            seen.typed,
            seen.field_value
        );
    }
    assert_near(
        fixed_profit,
        fixed.expect("profit-per-day"),
        "profit after kwh=0.05",
    );
    assert_results(&after_fix, &fixed, "after fixing kwh to 0.05");
    assert_ne!(
        aria_after_fix.as_deref(),
        Some("true"),
        "kwh still aria-invalid"
    );
    assert!(!error_after_fix, "error-kwh still shown after the fix");
}

#[tokio::test]
async fn a_hostile_link_falls_back_to_defaults_with_a_notice() {
    let link = format!("/?v=1&kwh=abc&n={}&miner=nope", "x".repeat(10_000));
    let three = Scenario {
        n: 3.0,
        ..Scenario::default()
    };
    let (observed, notices, profit_after_edit) = with_page(async |page: &Page| {
        page.open(&link).await?;
        let observed = page.values().await?;
        let notices = page.texts(&testid_css("link-notice")).await?;
        // The app still reacts: it did not panic while reading the link.
        page.type_into("n", "3").await?;
        let profit = page
            .wait_for_number("profit-per-day", three.expect("profit-per-day"))
            .await?;
        Ok((observed, notices, profit))
    })
    .await;

    assert_results(&observed, &Scenario::default(), "hostile link");
    let notice = notices.join("\n");
    let named = words(&notice);
    for key in ["kwh", "n", "miner"] {
        assert!(
            named.contains(&key),
            "link-notice should name {key:?}: {notice:?}"
        );
    }
    assert_near(
        profit_after_edit,
        three.expect("profit-per-day"),
        "profit-per-day after typing n=3 on the hostile link's page",
    );
}

#[tokio::test]
async fn golden_links_show_their_figures() {
    // tests/golden/links.json: v1 links with the data-value of every hook, also checked
    // against the engine by tests/golden_links.rs; "the same" is `same_figure`.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/links.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let entries: Vec<serde_json::Value> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let golden: Vec<(String, String, BTreeMap<String, String>)> = entries
        .iter()
        .map(|entry| {
            let field = |name: &str| entry[name].as_str().map(str::to_owned);
            let expect = serde_json::from_value(entry["expect"].clone());
            match (field("about"), field("link"), expect) {
                (Some(about), Some(link), Ok(expect)) => (about, link, expect),
                _ => panic!("{path}: an entry without about, link or expect: {entry}"),
            }
        })
        .collect();
    assert!(!golden.is_empty(), "{path} has no links");

    let observed = with_page(async |page: &Page| {
        let mut observed = Vec::new();
        for (_, link, _) in &golden {
            page.open(&format!("/{link}")).await?;
            observed.push(page.values().await?);
        }
        Ok(observed)
    })
    .await;

    let mut wrong = Vec::new();
    for ((about, link, expect), seen) in golden.iter().zip(&observed) {
        for (hook, want) in expect {
            let got = seen.get(hook);
            if !got.is_some_and(|g| same_figure(g, want)) {
                wrong.push(format!(
                    "{about} ({link}): {hook} observed {got:?}, expected {want:?}"
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "golden figures differ in the page:\n  {}",
        wrong.join("\n  ")
    );
}
