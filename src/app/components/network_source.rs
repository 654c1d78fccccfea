//! Where the network figures behind every result come from, beside the results: live
//! (and how long ago), the shipped snapshot (and how old), pinned by the link, or typed
//! by the user; why live figures are missing; and one click back to the shipped
//! snapshot (today's figures are offered beside, by `compare_today.rs`).

use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::app::state::{Action, Dispatch};
use crate::engine::date::Date;

/// Where the network keys' figures come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// Live from the API at `host`, read at `at_ms` (ms since 1970), for `date` (the
    /// tip block's day).
    Live {
        host: AttrValue,
        at_ms: f64,
        date: AttrValue,
    },
    /// The live figures an earlier visit kept (offline now), read at `at_ms`, for
    /// `date`.
    Kept {
        host: AttrValue,
        at_ms: f64,
        date: AttrValue,
    },
    /// The snapshot shipped with the page, read on `date`.
    Snapshot { date: AttrValue },
    /// The figures the link was opened with, read on `date`.
    Pinned { date: AttrValue },
    /// Figures the user typed, dated `date`.
    Own { date: AttrValue },
}

#[derive(Properties, PartialEq)]
pub struct NetworkSourceProps {
    pub source: Source,
    /// Why live figures are missing or stale, when they are.
    #[prop_or_default]
    pub problem: Option<AttrValue>,
    /// Whether "Use shipped snapshot" is offered (the figures are not its own).
    pub offer_snapshot: bool,
    pub dispatch: Dispatch,
}

/// Whole days from `date` (ISO) to `now_ms`.
fn days_old(date: &str, now_ms: f64) -> Option<i64> {
    let day = Date::parse_iso(date)?.days_since_epoch();
    Some((now_ms / 86_400_000.0).floor() as i64 - day)
}

/// How long ago `at_ms` was at `now_ms`, in whole minutes or hours.
fn ago(now_ms: f64, at_ms: f64) -> String {
    match ((now_ms - at_ms) / 60_000.0).floor() as i64 {
        i64::MIN..=0 => "just now".to_owned(),
        1 => "1 min ago".to_owned(),
        m if m < 120 => format!("{m} min ago"),
        m => format!("{} h ago", m / 60),
    }
}

fn days(n: i64) -> String {
    match n {
        i64::MIN..=0 => "today".to_owned(),
        1 => "1 day old".to_owned(),
        n => format!("{n} days old"),
    }
}

#[function_component]
pub fn NetworkSource(props: &NetworkSourceProps) -> Html {
    // Redrawn each minute so that ages stay true; nothing else here changes with time.
    let now = use_state(js_sys::Date::now);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let tick = Interval::new(60_000, move || now.set(js_sys::Date::now()));
            move || drop(tick)
        });
    }
    let now = *now;
    let (text, kind) = match &props.source {
        Source::Live { host, at_ms, date } => (
            format!(
                "Network: live from {host}, {} (figures of {date})",
                ago(now, *at_ms)
            ),
            "live",
        ),
        Source::Kept { host, at_ms, date } => (
            format!(
                "Network: the last live figures, from {host} ({date}), read {}; offline now",
                ago(now, *at_ms)
            ),
            "kept",
        ),
        Source::Snapshot { date } => (
            match days_old(date, now) {
                Some(d) => format!("Network: snapshot of {date}, {}", days(d)),
                None => format!("Network: snapshot of {date}"),
            },
            "snapshot",
        ),
        Source::Pinned { date } => (format!("Network: pinned by this link, {date}"), "pinned"),
        Source::Own { date } => (format!("Network: your figures, dated {date}"), "own"),
    };
    let use_snapshot = props.offer_snapshot.then(|| {
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_| dispatch.dispatch(Action::ResetNetwork));
        html! { <button type="button" data-testid="use-snapshot" {onclick}>{ "Use shipped snapshot" }</button> }
    });
    html! {
        <div class="network-source" data-testid="network-source" data-source={kind}>
            <p>{ text }</p>
            if let Some(problem) = &props.problem {
                <p class="network-problem" data-testid="live-problem">{ format!("Live figures unavailable: {problem}.") }</p>
            }
            if let Some(use_snapshot) = use_snapshot {
                <p class="network-actions">{ use_snapshot }</p>
            }
        </div>
    }
}
