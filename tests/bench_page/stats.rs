//! The figures: percentiles of the samples, budget verdicts, and one load's timings.

use hashwatt::app::FIRST_RESULTS_MARK;
use serde_json::json;

use crate::support::{Failure, Page};

/// Median, 95th percentile and slowest of `samples` (ms).
pub(super) struct Stats {
    pub(super) median: f64,
    pub(super) p95: f64,
    pub(super) max: f64,
}

impl Stats {
    pub(super) fn of(samples: &[f64]) -> Stats {
        assert!(!samples.is_empty(), "no samples");
        let mut sorted = samples.to_vec();
        sorted.sort_by(f64::total_cmp);
        let at = |q: f64| {
            let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
            sorted[rank - 1]
        };
        Stats {
            median: at(0.5),
            p95: at(0.95),
            max: sorted[sorted.len() - 1],
        }
    }

    pub(super) fn show(&self) -> String {
        format!(
            "median {:>7.2} ms  p95 {:>7.2} ms  max {:>7.2} ms",
            self.median, self.p95, self.max
        )
    }
}

pub(super) fn verdict(figure: f64, budget: f64) -> &'static str {
    if figure <= budget {
        "PASS"
    } else {
        "OVER"
    }
}

/// One load: what the page reports after opening in a fresh browser.
pub(super) struct Load {
    pub(super) first_results: f64,
    pub(super) response_end: f64,
    pub(super) dom_content_loaded: f64,
    pub(super) load_event: f64,
    pub(super) wasm_end: Option<f64>,
}

/// Reads the first-results mark and the navigation and wasm timings of the open page.
pub(super) async fn load_timings(page: &Page) -> Result<Load, Failure> {
    let script = r#"
        const mark = performance.getEntriesByName(arguments[0])[0];
        const nav = performance.getEntriesByType('navigation')[0];
        const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
        return {
            first: mark ? mark.startTime : null,
            responseEnd: nav ? nav.responseEnd : null,
            dcl: nav ? nav.domContentLoadedEventEnd : null,
            load: nav ? nav.loadEventEnd : null,
            wasm: wasm ? wasm.responseEnd : null,
        };
    "#;
    let answer = page
        .poll(
            async || page.execute(script, vec![json!(FIRST_RESULTS_MARK)]).await,
            |v| v["first"].is_number() && v["load"].as_f64().is_some_and(|l| l > 0.0),
        )
        .await?;
    let number = |key: &str| {
        answer[key]
            .as_f64()
            .ok_or_else(|| Failure(format!("no {key} timing in {answer}")))
    };
    Ok(Load {
        first_results: number("first")?,
        response_end: number("responseEnd")?,
        dom_content_loaded: number("dcl")?,
        load_event: number("load")?,
        wasm_end: answer["wasm"].as_f64(),
    })
}
