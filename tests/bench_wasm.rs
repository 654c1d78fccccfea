//! Engine timings in headless Chromium: the same items as `examples/bench_engine.rs`,
//! compiled to WebAssembly and timed with `performance.now()`. Prints figures; asserts no
//! timing (only that the results are finite numbers).
//!
//! Compiled only with the `bench` feature (plain `cargo test` builds this to nothing):
//!
//! ```sh
//! WASM_BINDGEN_TEST_TIMEOUT=180 cargo test --release --target wasm32-unknown-unknown \
//!     --features bench --test bench_wasm -- --nocapture
//! ```
//!
//! `--release` is the shipped bundle's profile (`opt-level = "z"`, LTO); the bundle also
//! goes through `wasm-opt -Oz`, which this test binary does not. `--nocapture` makes the
//! runner print the figures; the timeout leaves room for the run (about 10 s).
//!
//! Chromium coarsens `performance.now()` to 0.1 ms outside cross-origin isolation, so an
//! item is timed in batches of k calls, k chosen so one batch lasts at least
//! [`MIN_BATCH_MS`]; a sample is the batch's mean per call. The 95th percentile is that of
//! the batch means, not of single calls. The test yields to the event loop between
//! batches, so the runner's page stays responsive. Lines starting with `budget:`
//! compare a figure with its budget; `scripts/bench.sh` collects them.
#![cfg(all(feature = "bench", target_arch = "wasm32"))]

use std::hint::black_box;

use hashwatt::scenario::{to_query, Params, Scenario};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The default scenario (36 months).
const DEFAULT: &str = "v=1";
/// Ten years, epoch by epoch.
const TEN_YEARS: &str = "v=1&months=120";
/// Ten years at 60 s blocks: about ten times as many retarget epochs (the worst case).
const WORST: &str = "v=1&months=120&bt=60";
/// A link with every key (hardware cost, so payback, NPV and IRR are computed too).
const FULL_LINK: &str = "v=1&miner=avalon-a1246&th=91.5&w=3400&n=10300&kwh=0.05&pool=2.5\
    &payout=pps&up=95&hw=1200&price=46000&diff=133790000000000&height=941472&txfee=0.12\
    &date=2026-03-20&months=120&dg=20&dgper=year&dh=-10&pg=5&fg=3&bt=600\
    &start=2026-04-01&resale=10&off=1&disc=10";

/// The projection's share of the 16 ms frame, in milliseconds.
const PROJECTION_BUDGET_MS: f64 = 2.0;

/// Shortest batch: 20 times the 0.1 ms timer resolution.
const MIN_BATCH_MS: f64 = 2.0;
/// Warm-up before timing an item.
const WARM_UP_MS: f64 = 150.0;
/// Timing of an item: batches until this much time has passed (at least `MIN_BATCHES`).
const TIMING_MS: f64 = 800.0;
const MIN_BATCHES: usize = 20;

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .expect("window.performance")
        .now()
}

/// Lets the event loop run (the runner's page polls for output).
async fn yield_now() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// A scenario from a link; panics if the link is not read in full.
fn scenario(query: &str) -> Scenario {
    let (params, rejected) = Params::from_query(query);
    assert!(rejected.is_empty(), "{query}: rejected {rejected:?}");
    Scenario::from_params(&params).unwrap_or_else(|e| panic!("{query}: invalid: {e:?}"))
}

/// Per-call time in milliseconds: median, 95th percentile and slowest batch mean.
struct Stats {
    median: f64,
    p95: f64,
    max: f64,
    batch: usize,
    batches: usize,
}

/// Runs `f` `k` times; the time per call in milliseconds.
fn batch<T>(f: &mut impl FnMut() -> T, k: usize) -> f64 {
    let t0 = now();
    for _ in 0..k {
        black_box(f());
    }
    (now() - t0) / k as f64
}

/// Warms up, picks the batch size, then times batches of `f`.
async fn time<T>(mut f: impl FnMut() -> T) -> Stats {
    let warm_until = now() + WARM_UP_MS;
    let mut k = 1;
    // Doubling batches warm up and find the size at once.
    loop {
        let per_call = batch(&mut f, k);
        if per_call * k as f64 >= MIN_BATCH_MS && now() >= warm_until {
            break;
        }
        if per_call * (k as f64) < MIN_BATCH_MS {
            k *= 2;
        }
        yield_now().await;
    }
    let mut samples = Vec::new();
    let until = now() + TIMING_MS;
    while samples.len() < MIN_BATCHES || now() < until {
        samples.push(batch(&mut f, k));
        yield_now().await;
    }
    samples.sort_by(f64::total_cmp);
    Stats {
        median: percentile(&samples, 0.50),
        p95: percentile(&samples, 0.95),
        max: samples[samples.len() - 1],
        batch: k,
        batches: samples.len(),
    }
}

/// The `q` quantile of sorted `samples` (nearest rank).
fn percentile(sorted: &[f64], q: f64) -> f64 {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// A duration in milliseconds, in µs below 1 ms.
fn show(ms: f64) -> String {
    if ms < 0.01 {
        format!("{:.3} µs", ms * 1e3)
    } else if ms < 1.0 {
        format!("{:.1} µs", ms * 1e3)
    } else {
        format!("{ms:.2} ms")
    }
}

/// Prints one row; with a budget, also keeps a `budget:` line judged on the p95.
fn row(name: &str, stats: &Stats, budget_ms: Option<f64>, budgets: &mut Vec<String>) {
    let verdict = budget_ms.map(|b| if stats.p95 <= b { "PASS" } else { "OVER" });
    console_log!(
        "{name:<50} {:>10} {:>10} {:>10} {:>7} x{:<6}  {}",
        show(stats.median),
        show(stats.p95),
        show(stats.max),
        stats.batches,
        stats.batch,
        match (budget_ms, verdict) {
            (Some(b), Some(v)) => format!("<= {} {v}", show(b)),
            _ => "-".to_owned(),
        }
    );
    if let (Some(b), Some(v)) = (budget_ms, verdict) {
        budgets.push(format!(
            "budget: engine browser {name}: p95 {} (median {}) vs {}: {v}",
            show(stats.p95),
            show(stats.median),
            show(b)
        ));
    }
}

#[wasm_bindgen_test]
async fn engine_timings_in_the_browser() {
    let agent = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    console_log!("engine, WebAssembly in headless Chromium ({agent})");
    if cfg!(debug_assertions) {
        console_log!("note: a debug build; run with --release for the figures of the shipped code");
    }
    console_log!(
        "performance.now(), per call = mean of a batch of k calls (batch >= {MIN_BATCH_MS} ms; \
         timer resolution 0.1 ms); p95 and max are over batch means"
    );
    console_log!(
        "{:<50} {:>10} {:>10} {:>10} {:>7} {:<7}  budget (on p95)",
        "item",
        "median",
        "p95",
        "max",
        "batches",
        "k"
    );
    let mut budgets = Vec::new();

    for (label, query) in [
        ("months=36 (default)", DEFAULT),
        ("months=120", TEN_YEARS),
        ("months=120 bt=60 (worst)", WORST),
        ("full link: months=120, hw, off (IRR)", FULL_LINK),
    ] {
        let s = scenario(query);
        let economics = s.economics().expect("economics of a valid scenario");
        let projection = s.projection().expect("projection of a valid scenario");
        assert!(economics.fleet.profit.amount().is_finite());
        assert!(projection.net_profit.amount().is_finite());
        let stats = time(|| black_box(&s).economics()).await;
        row(&format!("economics   {label}"), &stats, None, &mut budgets);
        let stats = time(|| black_box(&s).projection()).await;
        row(
            &format!("projection  {label}"),
            &stats,
            Some(PROJECTION_BUDGET_MS),
            &mut budgets,
        );
    }

    let stats = time(|| {
        let (params, _) = Params::from_query(black_box(FULL_LINK));
        let s = Scenario::from_params(&params).expect("the full link is valid");
        to_query(&s)
    })
    .await;
    row(
        "full link: from_query+from_params+to_query",
        &stats,
        None,
        &mut budgets,
    );

    // What the page's engine does on a keystroke in the worst case: the changed field
    // parsed into a scenario, the link written, the day's figures and the projection.
    let (params, _) = Params::from_query(WORST);
    let stats = time(|| {
        let s = Scenario::from_params(black_box(&params)).expect("valid");
        let link = to_query(&s);
        (link, s.economics(), s.projection())
    })
    .await;
    row(
        "keystroke engine work, worst (parse+link+all)",
        &stats,
        Some(PROJECTION_BUDGET_MS),
        &mut budgets,
    );

    console_log!("");
    for line in &budgets {
        console_log!("{line}");
    }
}
