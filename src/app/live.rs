//! Live network figures: the page's GETs to the deployment's mempool API, and the
//! hook that sends them once on opening and at most every 10 minutes after, backing
//! off after an error or a 429. Decoding and checking are `crate::live`'s (native,
//! fuzzed); this file only moves bytes and keeps time.
//!
//! Polite use (README, "Live network"): plain GETs with no custom header (so no CORS
//! preflight), a 5 s timeout each, nothing else ever sent: no scenario input leaves the
//! browser.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{AbortController, RequestInit, Response};
use yew::prelude::*;

use crate::engine::date::Date;
use crate::engine::snapshot::SHIPPED_SNAPSHOT;
use crate::live::figures::{combine, Answer, Responses};
use crate::live::{stored, Endpoint, LiveNetwork, Problem};

/// Each request is abandoned after this long.
const REQUEST_TIMEOUT_MS: u32 = 5_000;
/// Figures are refreshed at most this often while the page stays open.
const REFRESH_MS: u32 = 10 * 60 * 1_000;
/// The longest wait after repeated errors (each error doubles the wait from
/// [`REFRESH_MS`]).
const MAX_BACKOFF_MS: u32 = 60 * 60 * 1_000;

/// The API base the deployment set in index.html (`<meta name="hashwatt-api">`, the one
/// documented place; the Content-Security-Policy allows that origin alone), when it is
/// an http(s) URL. A link cannot change it.
pub fn api_base() -> Option<String> {
    let content = web_sys::window()?
        .document()?
        .query_selector("meta[name=\"hashwatt-api\"]")
        .ok()??
        .get_attribute("content")?;
    let base = content.trim().trim_end_matches('/');
    let usable = (base.starts_with("https://") || base.starts_with("http://"))
        && base.len() <= 200
        && !base
            .chars()
            .any(|c| c.is_whitespace() || c == '?' || c == '#');
    usable.then(|| base.to_owned())
}

/// One GET, sent at once (not when the returned future is first polled, so that
/// several are in flight together); the future gives its body, its error status, or
/// nothing (offline, refused, timed out).
fn get(url: &str) -> impl std::future::Future<Output = Answer> {
    let controller = AbortController::new().ok();
    let init = RequestInit::new();
    init.set_method("GET");
    if let Some(c) = &controller {
        init.set_signal(Some(&c.signal()));
    }
    let sent = web_sys::window().map(|w| JsFuture::from(w.fetch_with_str_and_init(url, &init)));
    // Aborts the request (and the body's reading) when it takes too long.
    let timeout = controller.map(|c| Timeout::new(REQUEST_TIMEOUT_MS, move || c.abort()));
    async move {
        let _timeout = timeout;
        let Some(sent) = sent else {
            return Answer::None;
        };
        let Ok(response) = sent.await else {
            return Answer::None;
        };
        let Ok(response) = response.dyn_into::<Response>() else {
            return Answer::None;
        };
        if !response.ok() {
            return Answer::Status(response.status());
        }
        let Ok(text) = response.text() else {
            return Answer::None;
        };
        match JsFuture::from(text).await.ok().and_then(|t| t.as_string()) {
            Some(body) => Answer::Body(body),
            None => Answer::None,
        }
    }
}

/// The six GETs, all sent before the first answer is awaited.
async fn fetch_all(base: &str) -> Responses {
    let pending: Vec<_> = Endpoint::ALL
        .into_iter()
        .map(|e| (e, get(&format!("{base}{}", e.path()))))
        .collect();
    let mut responses = Responses::default();
    for (endpoint, answer) in pending {
        responses.set(endpoint, answer.await);
    }
    responses
}

/// Where the live figures stand.
#[derive(Debug, Clone, PartialEq)]
pub enum LiveStatus {
    /// Not asked for: a link that carries or follows its own figures, or no API set.
    Off,
    /// Asked for; nothing has come back yet.
    Waiting,
    /// Usable figures, read at `at_ms` (the browser's clock, ms since 1970).
    Ready {
        live: Rc<LiveNetwork>,
        at_ms: f64,
        /// What was left out (a currency's price, the retarget estimate) or, when a
        /// later refresh failed, why it did.
        problems: Rc<Vec<Problem>>,
    },
    /// No usable figures have come, and why the last attempt gave none; the last live
    /// figures this browser kept, read at `at_ms`, stand in when there are some.
    Failed {
        problems: Rc<Vec<Problem>>,
        kept: Option<(Rc<LiveNetwork>, f64)>,
    },
}

/// A usable set of live figures as it arrives (or, offline, the set this browser kept
/// from an earlier visit), and the set before it (`None` for the first).
#[derive(Debug, Clone, PartialEq)]
pub struct Arrival {
    pub live: Rc<LiveNetwork>,
    pub previous: Option<Rc<LiveNetwork>>,
}

/// The browser's storage, if the page may use it (a sandboxed frame may not).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The live figures an earlier visit kept, and when they were read, when they are
/// newer than the shipped snapshot.
fn kept() -> Option<(Rc<LiveNetwork>, f64)> {
    let text = storage()?.get_item(stored::STORAGE_KEY).ok()??;
    let (live, at) = stored::from_text(&text)?;
    let shipped = Date::parse_iso(SHIPPED_SNAPSHOT.date)?;
    (live.date() > shipped).then(|| (Rc::new(live), at))
}

/// Keeps `live`, read at `at_ms`, for a later visit (a full or refused storage keeps
/// nothing, silently: it is only a fallback).
fn keep(live: &LiveNetwork, at_ms: f64) {
    if let Some(s) = storage() {
        let _ = s.set_item(stored::STORAGE_KEY, &stored::to_text(live, at_ms));
    }
}

/// Fetches the network from `base` while the page is open (when `base` is `Some`),
/// and hands each usable set to `on_arrival` as it arrives.
#[hook]
pub fn use_live_network(base: Option<String>, on_arrival: Callback<Arrival>) -> LiveStatus {
    let status = use_state(|| LiveStatus::Off);
    {
        let status = status.clone();
        use_effect_with(base, move |base| {
            let stopped = Rc::new(Cell::new(false));
            if let Some(base) = base.clone() {
                status.set(LiveStatus::Waiting);
                let stopped = stopped.clone();
                spawn_local(async move {
                    let mut wait = 0;
                    // The last usable figures: a failed refresh keeps showing them.
                    let mut last: Option<(Rc<LiveNetwork>, f64)> = None;
                    loop {
                        if wait > 0 {
                            TimeoutFuture::new(wait).await;
                        }
                        if stopped.get() {
                            break;
                        }
                        let responses = fetch_all(&base).await;
                        if stopped.get() {
                            break;
                        }
                        let (live, problems) = combine(&responses);
                        let problems = Rc::new(problems);
                        match live {
                            Some(live) => {
                                let live = Rc::new(live);
                                let at_ms = js_sys::Date::now();
                                keep(&live, at_ms);
                                let previous = last.replace((live.clone(), at_ms)).map(|(l, _)| l);
                                status.set(LiveStatus::Ready {
                                    live: live.clone(),
                                    at_ms,
                                    problems,
                                });
                                on_arrival.emit(Arrival { live, previous });
                                wait = REFRESH_MS;
                            }
                            None => {
                                status.set(match &last {
                                    Some((live, at_ms)) => LiveStatus::Ready {
                                        live: live.clone(),
                                        at_ms: *at_ms,
                                        problems,
                                    },
                                    None => {
                                        let kept = kept();
                                        if let Some((live, _)) = &kept {
                                            // Offline: an earlier visit's figures, once.
                                            if wait == 0 {
                                                on_arrival.emit(Arrival {
                                                    live: live.clone(),
                                                    previous: None,
                                                });
                                            }
                                        }
                                        LiveStatus::Failed { problems, kept }
                                    }
                                });
                                // An error or a 429: wait twice as long each time.
                                wait = if wait == 0 {
                                    REFRESH_MS
                                } else {
                                    wait.saturating_mul(2).min(MAX_BACKOFF_MS)
                                };
                            }
                        }
                    }
                });
            }
            move || stopped.set(true)
        });
    }
    (*status).clone()
}
