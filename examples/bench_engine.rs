//! Engine timings, native: what the page computes on every keystroke, timed with
//! `std::time::Instant` and printed (nothing is asserted: speed is measured, not
//! asserted in tests).
//!
//! ```sh
//! cargo run --release --example bench_engine
//! ```
//!
//! `--release` is the profile the shipped bundle is built with (`opt-level = "z"`, LTO):
//! the figures are those of the code the page runs, natively. `scripts/bench.sh` runs this
//! with the browser benchmarks (`tests/bench_wasm.rs`, `tests/bench_page/`).
//!
//! Each item is warmed up, then timed call by call; the median, the 95th percentile and
//! the slowest call are printed. The budget: one projection within 2 ms, a share of the
//! 16 ms frame a keystroke has to update the page (the rest is Yew's render and the
//! browser's layout and paint, measured by `tests/bench_page/`). Lines starting with
//! `budget:` compare a figure with its budget; `scripts/bench.sh` collects them.

use std::hint::black_box;
use std::time::{Duration, Instant};

use hashwatt::scenario::{to_query, Params, Scenario};

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

/// Warm-up before timing an item: at least this long and this many calls.
const WARM_UP: Duration = Duration::from_millis(200);
const WARM_UP_CALLS: usize = 20;
/// Timing of an item: calls until this much time has passed (at least `MIN_SAMPLES`,
/// at most `MAX_SAMPLES`).
const TIMING: Duration = Duration::from_millis(1500);
const MIN_SAMPLES: usize = 50;
const MAX_SAMPLES: usize = 20_000;

/// A scenario from a link; panics if the link is not read in full (a benchmark of a
/// scenario that is not the one named would mislead).
fn scenario(query: &str) -> Scenario {
    let (params, rejected) = Params::from_query(query);
    assert!(rejected.is_empty(), "{query}: rejected {rejected:?}");
    Scenario::from_params(&params).unwrap_or_else(|e| panic!("{query}: invalid: {e:?}"))
}

/// Median, 95th percentile and slowest of the per-call times, in milliseconds.
struct Stats {
    median: f64,
    p95: f64,
    max: f64,
    samples: usize,
}

/// Times `f` call by call after a warm-up.
fn time<T>(mut f: impl FnMut() -> T) -> Stats {
    let warm_until = Instant::now() + WARM_UP;
    let mut calls = 0;
    while calls < WARM_UP_CALLS || Instant::now() < warm_until {
        black_box(f());
        calls += 1;
    }
    let mut samples = Vec::with_capacity(MAX_SAMPLES);
    let until = Instant::now() + TIMING;
    while samples.len() < MIN_SAMPLES || (samples.len() < MAX_SAMPLES && Instant::now() < until) {
        let t0 = Instant::now();
        black_box(f());
        samples.push(t0.elapsed().as_secs_f64() * 1e3);
    }
    samples.sort_by(f64::total_cmp);
    Stats {
        median: percentile(&samples, 0.50),
        p95: percentile(&samples, 0.95),
        max: samples[samples.len() - 1],
        samples: samples.len(),
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

/// Prints one row; with a budget, also a `budget:` line judged on the 95th percentile.
fn row(name: &str, stats: &Stats, budget_ms: Option<f64>, budgets: &mut Vec<String>) {
    let verdict = budget_ms.map(|b| if stats.p95 <= b { "PASS" } else { "OVER" });
    println!(
        "{name:<50} {:>10} {:>10} {:>10} {:>7}   {}",
        show(stats.median),
        show(stats.p95),
        show(stats.max),
        stats.samples,
        match (budget_ms, verdict) {
            (Some(b), Some(v)) => format!("<= {} {v}", show(b)),
            _ => "-".to_owned(),
        }
    );
    if let (Some(b), Some(v)) = (budget_ms, verdict) {
        budgets.push(format!(
            "budget: engine native  {name}: p95 {} (median {}) vs {}: {v}",
            show(stats.p95),
            show(stats.median),
            show(b)
        ));
    }
}

fn main() {
    if cfg!(debug_assertions) {
        println!("note: a debug build; run with --release for the figures of the shipped code");
    }
    println!(
        "engine, native ({}), std::time::Instant; per call, after a warm-up of {} ms",
        std::env::consts::ARCH,
        WARM_UP.as_millis()
    );
    println!(
        "{:<50} {:>10} {:>10} {:>10} {:>7}   budget (on p95)",
        "item", "median", "p95", "max", "calls"
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
        let stats = time(|| black_box(&s).economics());
        row(&format!("economics   {label}"), &stats, None, &mut budgets);
        let stats = time(|| black_box(&s).projection());
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
    });
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
    });
    row(
        "keystroke engine work, worst (parse+link+all)",
        &stats,
        Some(PROJECTION_BUDGET_MS),
        &mut budgets,
    );

    println!();
    for line in &budgets {
        println!("{line}");
    }
}
