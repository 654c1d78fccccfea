//! The Yew front end: [`App`] holds the [`state::Calculator`], derives the scenario and
//! its economics on each change, and lays out the input sections and the results.

pub mod clipboard;
pub mod components;
pub mod download;
pub mod embed;
pub mod format;
pub mod hooks;
pub mod state;

use yew::prelude::*;

use components::fleet_inputs::FleetInputs;
use components::fleet_results::FleetResults;
use components::link_notice::LinkNotice;
use components::machine_inputs::MachineInputs;
use components::network_inputs::NetworkInputs;
use components::operation_inputs::OperationInputs;
use components::presets::Presets;
use components::projection_inputs::ProjectionInputs;
use components::projection_results::ProjectionResults;
use components::region_inputs::RegionInputs;
use components::results::Results;
use components::saved_panel::SavedPanel;
use components::share::Share;
use components::site_inputs::SiteInputs;
use components::summary_bar::SummaryBar;
use components::then_and_now::{Side, ThenAndNow};
use state::{Action, Calculator};

use crate::embed::{Embed, Locks, Section};
use crate::engine::money::SHIPPED_RATES;
use crate::engine::snapshot::SHIPPED_SNAPSHOT;
use crate::scenario::{to_query, Params, Scenario};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The query string the page was opened with (`?v=1&kwh=0.05`); read once, at start.
    #[prop_or_default]
    pub query: AttrValue,
    /// Whether the address bar follows the scenario (the full page: yes; tests and
    /// several apps on one page: no).
    #[prop_or_default]
    pub sync_url: bool,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let opened = use_memo(props.query.clone(), |query| Params::from_query(query));
    // Embed mode (`embed=1` in the query): the partner's options, read once.
    let embed = use_memo(props.query.clone(), |query| Embed::from_page_query(query));
    let embed = (*embed).as_ref();
    let locks = embed.map_or_else(Locks::default, |e| Locks::new(&e.options.locked));
    let shown = |section: Section| embed.is_none_or(|e| e.options.shows(section));
    let state = use_reducer({
        let params = opened.0.clone();
        let locked = locks.clone();
        move || Calculator {
            params,
            deliberate: 0,
            locked,
        }
    });
    let scenario = use_memo(state.params.clone(), Scenario::from_params);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let errors = (*scenario).as_ref().err().cloned().unwrap_or_default();
    let query = (*scenario).as_ref().ok().map(to_query);
    hooks::use_url_sync(
        props.sync_url,
        query.clone(),
        state.deliberate,
        dispatch.clone(),
    );
    let on_open = {
        let dispatch = dispatch.clone();
        Callback::from(move |(_name, query): (String, String)| {
            dispatch.emit(Action::Open(Params::from_query(&query).0))
        })
    };
    let params = state.params.clone();
    let on_snapshot = params.on_shipped_snapshot();
    // Every money figure below is formatted in the scenario's currency.
    format::set_currency(params.currency());
    let root = use_node_ref();
    // Theme, accent, locked selects, the height and `set` messages (embed mode only).
    let set_rejected = embed::use_embed(
        root.clone(),
        embed,
        locks.clone(),
        &params,
        dispatch.clone(),
    );

    // Derived on each change of the scenario, never stored: the day's figures and the
    // projection (the heavier part, hence the memo).
    let outcome = use_memo(scenario.clone(), |scenario| match &**scenario {
        Ok(s) => Ok((
            s.clone(),
            s.economics().and_then(|e| Ok((e, s.projection()?))),
        )),
        Err(errors) => Err(errors.clone()),
    });
    // The same fleet on the shipped snapshot, when the scenario asks for then and now.
    let now = use_memo(scenario.clone(), |scenario| match &**scenario {
        Ok(s) if s.compare => s
            .on_network(SHIPPED_SNAPSHOT.network, SHIPPED_RATES.rates)
            .economics()
            .ok(),
        _ => None,
    });
    // Marks when the first figures are on the page, for scripts/bench.sh (a user
    // timing entry the browser keeps; nothing is sent anywhere).
    let has_results = matches!(&*outcome, Ok((_, Ok(_))));
    use_effect_with(has_results, |shown| {
        if *shown {
            mark_once(FIRST_RESULTS_MARK);
        }
    });
    let summary = match &*outcome {
        Ok((_, Ok((economics, _)))) => Some(economics.clone()),
        _ => None,
    };
    let results = match &*outcome {
        Ok((s, Ok((economics, projection)))) => html! {
            <>
                <Results economics={economics.clone()} units={s.units()} payout={s.operation.payout}
                    snapshot_date={on_snapshot.then_some(AttrValue::Static(SHIPPED_SNAPSHOT.date))}
                    currency={s.currency} rates={s.rates} pue={s.site.pue} />
                if let Some(now) = &*now {
                    <ThenAndNow
                        then={Side { date: s.projection.start.to_iso().into(), network: s.network, economics: economics.clone() }}
                        now={Side { date: SHIPPED_SNAPSHOT.date.into(), network: SHIPPED_SNAPSHOT.network, economics: now.clone() }} />
                }
                if shown(Section::Fleet) {
                    <FleetResults economics={economics.clone()} names={line_names(s)} />
                }
                if shown(Section::Projection) {
                    <ProjectionResults projection={projection.clone()} assumptions={s.projection} />
                }
            </>
        },
        Ok((_, Err(e))) => paused(vec![e.to_string()]),
        Err(errors) => paused(
            errors
                .iter()
                .map(|e| format!("{}: {e}", e.key.as_str()))
                .collect(),
        ),
    };

    html! {
        <ContextProvider<Locks> context={locks}>
        <div class={classes!("app", embed.is_some().then_some("embed"))} ref={root}
            data-theme={embed.map(|e| e.options.theme.as_str())}>
            <header class="masthead">
                <h1>{ "hashwatt" }</h1>
                <p>{ "What a Bitcoin miner earns against its power price. Runs in your browser; nothing is sent anywhere." }</p>
            </header>
            if let Some(e) = embed {
                <embed::EmbedBar credit={e.options.credit.as_ref().map(|c| AttrValue::from(c.as_str().to_owned()))}
                    rejected={[&e.rejected[..], &opened.1[..], &set_rejected[..]].concat()} query={query.clone()} />
            } else {
                <LinkNotice rejected={opened.1.clone()} />
            }
            if shown(Section::Presets) {
                <Presets dispatch={dispatch.clone()} />
            }
            <main class="layout">
                <form class="inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                    if shown(Section::Machine) {
                        <MachineInputs params={params.clone()} errors={errors.clone()} dispatch={dispatch.clone()} />
                    }
                    if shown(Section::Fleet) {
                        <FleetInputs params={params.clone()} errors={errors.clone()} dispatch={dispatch.clone()} />
                    }
                    if shown(Section::Operation) {
                        <OperationInputs params={params.clone()} errors={errors.clone()} dispatch={dispatch.clone()} />
                    }
                    if shown(Section::Region) {
                        <RegionInputs params={params.clone()} errors={errors.clone()} dispatch={dispatch.clone()} />
                    }
                    if shown(Section::Site) {
                        <SiteInputs params={params.clone()} errors={errors.clone()} dispatch={dispatch.clone()} />
                    }
                    if shown(Section::Network) {
                        <NetworkInputs params={params.clone()} errors={errors.clone()} dispatch={dispatch.clone()} />
                    }
                    if shown(Section::Projection) {
                        <ProjectionInputs params={params.clone()} {errors} {dispatch} />
                    }
                </form>
                <div class="outputs">
                    { results }
                    if shown(Section::Share) {
                        <section class="section">
                            <Share query={query.clone()} />
                        </section>
                    }
                    if shown(Section::Saved) {
                        <SavedPanel {query} {on_open} />
                    }
                    if embed.is_none() {
                        <embed::Builder {params} />
                    }
                </div>
            </main>
            if embed.is_none() {
                <SummaryBar economics={summary} />
            }
        </div>
        </ContextProvider<Locks>>
    }
}

/// Each fleet line's name for people, in line order.
fn line_names(s: &Scenario) -> Vec<AttrValue> {
    let name = |m: Option<&'static crate::catalog::Miner>| {
        AttrValue::from(m.map_or("Custom machine".to_owned(), |m| m.name()))
    };
    std::iter::once(name(s.miner))
        .chain(s.lines.iter().map(|l| name(l.miner)))
        .collect()
}

/// The user timing mark set when results first show.
pub const FIRST_RESULTS_MARK: &str = "hashwatt:first-results";

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

/// In place of the results while a field cannot be used: no figure is shown that does
/// not match the fields.
fn paused(problems: Vec<String>) -> Html {
    html! {
        <section class="results paused" data-testid="results-paused" aria-live="polite">
            <h2 id="results-title">{ "Results paused" }</h2>
            <p>{ "Fix the highlighted fields to see results:" }</p>
            <ul>
                for p in problems {
                    <li>{ p }</li>
                }
            </ul>
        </section>
    }
}
