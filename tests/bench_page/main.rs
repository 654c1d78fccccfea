//! The built page in headless Chromium, timed: how long until the first results show,
//! and how long a keystroke takes to reach the screen (a 10-year projection recomputed
//! and the chart redrawn). Prints figures with their budgets; asserts no timing.
//!
//! Compiled only with the `bench` feature (plain `cargo test` builds this to nothing).
//! Needs the release site in `dist/` (`scripts/build.sh`), Chromium and chromedriver:
//!
//! ```sh
//! cargo test --features bench --test bench_page -- --nocapture --test-threads=1
//! ```
//!
//! (`scripts/bench.sh` builds the site and runs this with the other benchmarks.) The
//! timing happens in the page, with `performance.now()`; this binary only drives it, so
//! it needs no release build.
//!
//! - Time to first result: `/?v=1&months=120` in a fresh browser (new profile, cold
//!   cache) [`LOAD_RUNS`] times; the figure is the `hashwatt:first-results` user timing
//!   mark the app sets when its first results are on the page, in ms from the start of
//!   the navigation. Budget [`FIRST_RESULT_BUDGET_MS`], judged on the slowest run.
//! - Live figures: `/` (a fresh visit) in a fresh browser [`LIVE_RUNS`] times, the fake
//!   mempool answering every request after a delay; from the arrival of the last answer
//!   (its Resource Timing `responseEnd`) to the page showing the live figures, and to the
//!   frame that paints them ([`live`]). Issue 14: they are applied within one frame of
//!   their arrival; budget [`FRAME_BUDGET_MS`] on the slowest run's arrival -> DOM.
//! - Keystroke to paint: in the page, [`KEYSTROKES`] keystrokes (after [`WARM_UP`]
//!   unrecorded ones) set `input[name=kwh]` or `input[name=n]` and fire a bubbling `input`
//!   event, each waiting until `profit-per-day`'s `data-value` and the cumulative chart's
//!   line (and, with the schedule open, its last row drawn) have changed. Two ways:
//!   - frame-aligned (the budgeted figure): the keystroke is fired at the start of a frame
//!     (in a `requestAnimationFrame` callback, as Chromium aligns input to frames), and
//!     the time is taken after that frame has been rendered (a message posted from the
//!     callback runs once style, layout and paint are done). That is the main thread's
//!     whole cost from keystroke to painted update: 8 ms on the default page, and one
//!     frame, 16 ms, with eight models over ten years and the schedule open.
//!     The default page is also timed with 1,000 saved scenarios in the browser: their
//!     list must not redraw while you type (issue 11), so the same 8 ms applies.
//!     Split into event + engine + Yew until the DOM is updated (a MutationObserver sees
//!     it), style and layout (forced right then, so timed apart) and paint with the rest
//!     of the frame; an idle frame's rAF-to-rendered time is printed for comparison.
//!   - as typed: the keystroke comes at a random moment of the frame and the time is taken
//!     at the next `requestAnimationFrame` after the DOM changed, the frame that paints
//!     it. This includes waiting for that frame (0 to one frame interval), so it is shown
//!     for reference, not judged.
//!
//! Each case runs in a fresh browser. Headless Chromium draws without a GPU and its
//! frame clock is a timer, not a display: frame timing is approximate (the measured
//! frame interval is printed). Lines starting with `budget:` compare a figure with its
//! budget; `scripts/bench.sh` collects them.
#![cfg(all(feature = "bench", not(target_arch = "wasm32")))]

// The end-to-end harness (tests/e2e/support); this benchmark uses a part of it.
#[allow(dead_code, unused_imports)]
#[path = "../e2e/support/mod.rs"]
mod support;
#[path = "../tolerance/mod.rs"]
mod tolerance;
// The fake mempool the live figures come from (tests/fake_mempool/).
#[path = "../fake_mempool/mod.rs"]
mod fake_mempool;

mod live;
mod stats;
mod typing;

use std::time::Duration;

use hashwatt::saved::Store;

use stats::{load_timings, verdict, Stats};
use support::{with_page, Failure, Page};
use typing::{keystrokes, spans, Run};

/// Fresh-browser loads for the time to first result.
const LOAD_RUNS: usize = 5;
/// Fresh loads for the live figures' arrival.
const LIVE_RUNS: usize = 5;
/// Budget of the time to first result (slowest run), ms from navigation start.
const FIRST_RESULT_BUDGET_MS: f64 = 1000.0;
/// Keystrokes recorded per case and way, and the unrecorded ones before them. 180: with
/// 60 the p95 was the third or fourth slowest keystroke, and moved by ±1.5 ms between
/// runs of one build on a two-core machine (2026-12-02); 180 make it about the ninth.
/// `WARM_UP + KEYSTROKES - 1` must not be a multiple of the six values typed in turn,
/// so that the next way's first value differs from the last one typed.
const KEYSTROKES: usize = 180;
const WARM_UP: usize = 5;
/// One frame: the budget from keystroke to painted update (95th percentile) of the
/// heaviest cases (eight models, ten years, the schedule open).
const FRAME_BUDGET_MS: f64 = 16.0;
/// Half a frame: the budget of the default page, which has far less to redraw.
const DEFAULT_PAGE_BUDGET_MS: f64 = 8.0;
/// How long a run of keystrokes may take in the page before the benchmark gives up.
const RUN_TIMEOUT: Duration = Duration::from_secs(180);

/// Ten years, the case of the issue.
const TEN_YEARS: &str = "/?v=1&months=120";
/// Ten years at 60 s blocks: about ten times as many retarget epochs.
const WORST: &str = "/?v=1&months=120&bt=60";
/// The page a new visitor opens: no link.
const DEFAULT_PAGE: &str = "/";
/// The heaviest fleet: eight machine models (the first line and `m2`..`m8`) over ten years.
const EIGHT_MODELS: &str = "/?v=1&months=120&n=100&hw=3000\
    &m2=antminer-s19-xp_140_3010_600_1200&m3=whatsminer-m50s_126_3276_300_900\
    &m4=_100_3000_250_0&m5=avalon-a1246_90_3420_1000_500&m6=antminer-s19_95_3250_50_100\
    &m7=avalon-a1566_185_3420_20_2000&m8=_50_2000_7_0";

/// Texts typed in turn into each field: each differs from the one before, and the ratios
/// of the unit counts avoid 2, 2.5, 5 and 10, so the chart's nice axis never rescales
/// the line onto the same drawing.
const KWH_VALUES: &[&str] = &["0.05", "0.07", "0.055", "0.065", "0.045", "0.075"];
const N_VALUES: &[&str] = &["3", "7", "4", "9", "5", "8"];

/// The last cell of the schedule's last row drawn (its box draws the rows in view and a
/// few below: a cumulative profit that changes with every keystroke).
const SCHEDULE_LAST_CELL: &str = r#"[data-testid="schedule"] tbody tr:last-child td:last-child"#;

/// One case: a page, a field, the schedule open or not.
struct Case {
    label: &'static str,
    path: &'static str,
    field: &'static str,
    schedule_open: bool,
    /// Saved scenarios in this browser before the page opens (issue 11: their list does
    /// not redraw while you type).
    saved: usize,
    /// The frame-aligned p95 this case must stay within, ms.
    budget: f64,
}

/// The saved scenarios' key in localStorage (src/app/saved/state.rs).
const SAVED_STORAGE_KEY: &str = "hashwatt.saved";

/// A store of `n` saved scenarios, each a different machine count and power price.
fn saved_store(n: usize) -> String {
    let mut store = Store::default();
    for i in 0..n {
        let query = format!("v=1&n={}&kwh=0.{:03}", i + 1, 20 + i % 80);
        store
            .save(&format!("Scenario {i}"), &query, "2026-12-01T00:00:00Z")
            .expect("a new name and a valid query");
    }
    store.to_json()
}

/// What one case measured.
struct CaseResult {
    aligned: Run,
    typed: Run,
}

/// Opens the case's page in the current browser, opens the schedule if asked, and runs
/// both ways of typing.
async fn run_case(page: &Page, case: &Case) -> Result<CaseResult, Failure> {
    page.open(case.path).await?;
    if case.saved > 0 {
        // The store as the page writes it, put in this browser's storage; the page is
        // then loaded again, and reads it.
        page.set_local_storage(SAVED_STORAGE_KEY, &saved_store(case.saved))
            .await?;
        page.refresh().await?;
        let shown = page
            .poll(
                async || {
                    page.execute(
                        r#"return document.querySelectorAll('[data-testid="saved-open"]').length;"#,
                        Vec::new(),
                    )
                    .await
                },
                |n| n.as_u64() == Some(case.saved as u64),
            )
            .await?;
        if shown.as_u64() != Some(case.saved as u64) {
            return Err(Failure(format!(
                "the page lists {shown} saved scenarios, not {}",
                case.saved
            )));
        }
    }
    let extra = if case.schedule_open {
        page.click(r#"[data-testid="schedule-toggle"]"#).await?;
        let rows = page
            .poll(
                async || {
                    page.execute(
                        r#"const t = document.querySelector('[data-testid="schedule"]');
                        return t ? Number(t.getAttribute('aria-rowcount')) - 1 : 0;"#,
                        Vec::new(),
                    )
                    .await
                },
                |n| n.as_u64() == Some(120),
            )
            .await?;
        if rows.as_u64() != Some(120) {
            return Err(Failure(format!(
                "the schedule did not open with 120 months (months: {rows})"
            )));
        }
        Some(SCHEDULE_LAST_CELL)
    } else {
        None
    };
    let aligned = keystrokes(page, case.field, "aligned", extra).await?;
    let typed = keystrokes(page, case.field, "typed", extra).await?;
    Ok(CaseResult { aligned, typed })
}

#[tokio::test]
async fn page_timings_in_chromium() {
    let mut budgets = Vec::new();

    println!("\n== time to first result: {TEN_YEARS} in a fresh browser, {LOAD_RUNS} runs");
    println!(
        "   ms from navigation start; site served uncompressed on loopback; headless Chromium"
    );
    let mut firsts = Vec::new();
    for run in 1..=LOAD_RUNS {
        let load = with_page(async |page: &Page| {
            page.open(TEN_YEARS).await?;
            load_timings(page).await
        })
        .await;
        println!(
            "   run {run}: first results {:>7.1} ms   (html received {:>6.1}, wasm received {}, \
             DOMContentLoaded {:>6.1}, load {:>6.1})",
            load.first_results,
            load.response_end,
            load.wasm_end
                .map_or_else(|| "?".to_owned(), |t| format!("{t:>6.1}")),
            load.dom_content_loaded,
            load.load_event
        );
        firsts.push(load.first_results);
    }
    let stats = Stats::of(&firsts);
    let v = verdict(stats.max, FIRST_RESULT_BUDGET_MS);
    println!(
        "   first results: median {:.1} ms, max {:.1} ms; budget {FIRST_RESULT_BUDGET_MS:.0} ms \
         (on max): {v}",
        stats.median, stats.max
    );
    budgets.push(format!(
        "budget: page time to first result (months=120, {LOAD_RUNS} fresh loads): max {:.1} ms \
         (median {:.1} ms) vs {FIRST_RESULT_BUDGET_MS:.0} ms: {v}",
        stats.max, stats.median
    ));

    println!(
        "\n== live figures: / in a fresh browser, {LIVE_RUNS} runs, every answer of the fake \
         mempool delayed"
    );
    println!("   ms after the last answer arrived (its responseEnd)");
    let (mut to_dom, mut to_paint) = (Vec::new(), Vec::new());
    for run in 1..=LIVE_RUNS {
        let a = live::live_arrival().await;
        println!(
            "   run {run}: shown in the DOM {:>6.1} ms, painted {:>6.1} ms",
            a.to_dom, a.to_paint
        );
        to_dom.push(a.to_dom);
        to_paint.push(a.to_paint);
    }
    let (dom, paint) = (Stats::of(&to_dom), Stats::of(&to_paint));
    let v = verdict(dom.max, FRAME_BUDGET_MS);
    println!(
        "   arrival -> DOM: median {:.1} ms, max {:.1} ms; budget {FRAME_BUDGET_MS:.0} ms (on \
         max): {v}; arrival -> painted: median {:.1}, max {:.1} (includes the wait for the \
         next frame)",
        dom.median, dom.max, paint.median, paint.max
    );
    budgets.push(format!(
        "budget: page live figures applied after their arrival ({LIVE_RUNS} fresh loads): \
         max {:.1} ms to the DOM (median {:.1}; painted max {:.1}) vs {FRAME_BUDGET_MS:.0} ms: {v}",
        dom.max, dom.median, paint.max
    ));

    let cases = [
        Case {
            label: "default page, typing into kwh",
            path: DEFAULT_PAGE,
            field: "kwh",
            schedule_open: false,
            saved: 0,
            budget: DEFAULT_PAGE_BUDGET_MS,
        },
        Case {
            label: "default page, typing into n",
            path: DEFAULT_PAGE,
            field: "n",
            schedule_open: false,
            saved: 0,
            budget: DEFAULT_PAGE_BUDGET_MS,
        },
        Case {
            label: "default page with 1,000 saved scenarios, typing into kwh",
            path: DEFAULT_PAGE,
            field: "kwh",
            schedule_open: false,
            saved: 1_000,
            budget: DEFAULT_PAGE_BUDGET_MS,
        },
        Case {
            label: "8 models, months=120, schedule open (120 rows), typing into kwh",
            path: EIGHT_MODELS,
            field: "kwh",
            schedule_open: true,
            saved: 0,
            budget: FRAME_BUDGET_MS,
        },
        Case {
            label: "8 models, months=120, schedule open (120 rows), typing into n",
            path: EIGHT_MODELS,
            field: "n",
            schedule_open: true,
            saved: 0,
            budget: FRAME_BUDGET_MS,
        },
        Case {
            label: "months=120 bt=60, schedule open (120 rows), typing into kwh",
            path: WORST,
            field: "kwh",
            schedule_open: true,
            saved: 0,
            budget: FRAME_BUDGET_MS,
        },
    ];
    println!(
        "\n== keystroke to paint: {KEYSTROKES} keystrokes per way after {WARM_UP} unrecorded, \
         a fresh browser per case"
    );
    println!(
        "   headless Chromium (no GPU, timer-driven frames): frame timing is approximate; \
         budget on the frame-aligned p95: {DEFAULT_PAGE_BUDGET_MS:.0} ms on the default page, \
         {FRAME_BUDGET_MS:.0} ms on the heavy cases"
    );
    for case in &cases {
        let result = with_page(async |page: &Page| run_case(page, case).await).await;
        let CaseResult { aligned, typed } = result;
        let to_paint = Stats::of(&spans(&aligned.samples, "t0", "paint"));
        let to_dom = Stats::of(&spans(&aligned.samples, "t0", "dom"));
        let layout = Stats::of(&spans(&aligned.samples, "dom", "layout"));
        let paint = Stats::of(&spans(&aligned.samples, "layout", "paint"));
        let as_typed = Stats::of(&spans(&typed.samples, "t0", "frame"));
        let v = verdict(to_paint.p95, case.budget);
        println!(
            "\n-- {} (path {}; frame interval {:.1} ms)",
            case.label, case.path, aligned.frame
        );
        println!(
            "   keystroke -> painted, frame-aligned   {}   budget {:.0} ms: {v}",
            to_paint.show(),
            case.budget
        );
        println!("     event + engine + Yew, to the DOM    {}", to_dom.show());
        println!("     style and layout (forced)           {}", layout.show());
        println!(
            "     paint and the rest of the frame     {}   (an idle frame: {:.2} ms)",
            paint.show(),
            aligned.idle
        );
        if aligned.late > 0 {
            println!(
                "     {} of {KEYSTROKES} updates missed the frame they were typed in",
                aligned.late
            );
        }
        println!(
            "   keystroke -> next frame, as typed    {}   (includes the wait for the frame, \
             0-{:.1} ms; not judged)",
            as_typed.show(),
            typed.frame
        );
        budgets.push(format!(
            "budget: page keystroke->paint, {}: p95 {:.2} ms (median {:.2}, max {:.2}; \
             to DOM p95 {:.2}) vs {:.0} ms: {v}",
            case.label, to_paint.p95, to_paint.median, to_paint.max, to_dom.p95, case.budget
        ));
    }

    println!();
    for line in &budgets {
        println!("{line}");
    }
}
