//! Marks when the first figures are on the page, for scripts/bench.sh: a user timing
//! entry the browser keeps; nothing is sent anywhere.

use yew::prelude::*;

/// The user timing mark set when results first show.
pub const FIRST_RESULTS_MARK: &str = "hashwatt:first-results";

/// Sets [`FIRST_RESULTS_MARK`] once, after the first render that shows results.
#[hook]
pub fn use_first_results_mark(shown: bool) {
    use_effect_with(shown, |shown| {
        if *shown {
            mark_once(FIRST_RESULTS_MARK);
        }
    });
}

/// Sets a user timing mark unless it is set already.
fn mark_once(name: &str) {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    if performance.get_entries_by_name(name).length() == 0 {
        // A failed mark only loses a benchmark figure.
        let _ = performance.mark(name);
    }
}
