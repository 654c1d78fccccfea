//! The Yew front end: [`App`] holds the [`state::Calculator`], derives the scenario and
//! its [`outcome::Outcome`] once per change, and lays out the input sections and the
//! results. Each section takes only its own fields ([`fields::Fields`]) and the reducer's
//! dispatcher, which never changes, so a keystroke redraws the field typed into and the
//! results, not the whole page.

pub mod clipboard;
pub mod compare;
pub mod components;
pub mod download;
pub mod embed;
pub mod fields;
pub mod format;
pub mod hooks;
pub mod live;
pub mod on_demand;
pub mod outcome;
pub mod saved;
pub mod source;
pub mod state;
pub mod typed;

use std::rc::Rc;

use yew::prelude::*;

use compare::{Today, TodaySource};
use components::compare_today::CompareToday;
use components::disclosure::Disclosure;
use components::figure::Stale;
use components::fleet_inputs;
use components::fleet_results::FleetResults;
use components::headline::headline;
use components::link_notice::LinkNotice;
use components::machine_inputs::{self, MachineInputs};
use components::network_inputs::{self, NetworkInputs};
use components::network_source::{NetworkSource, Source};
use components::notes::notes;
use components::operation_inputs::{self, OperationInputs};
use components::paused::paused;
use components::presets::Presets;
use components::projection_inputs;
use components::projection_results::ProjectionResults;
use components::region_inputs;
use components::reset_all::reset_all;
use components::results::Results;
use components::share::Share;
use components::site_inputs;
use components::story::Story;
use components::summary_bar::summary_bar;
use fields::Fields;
use on_demand::messages::{decode_action, encode_state, encode_today};
use on_demand::{Feature, OnDemandBody, OnDemandSection, ACTION};
use outcome::{line_names, Outcome};
use state::{Action, Calculator, Dispatch};

pub use hooks::FIRST_RESULTS_MARK;

use crate::embed::{Embed, Locks, NetworkFigures, Section};
use crate::engine::money::Currency;
use crate::engine::snapshot::SHIPPED_SNAPSHOT;
use crate::scenario::{to_query, FieldError, Key, Params, Rejected, Scale, Scenario, Visit};
use live::{Arrival, LiveStatus};

/// A saved scenario the user opened: its name, and its values the page could not use.
struct OpenedSaved {
    name: String,
    rejected: Vec<Rejected>,
}

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
    // Embed mode (`embed=1` in the query): the partner's options, read once.
    let embed = use_memo(props.query.clone(), |query| Embed::from_page_query(query));
    let embed = (*embed).as_ref();
    // A link opens with its keys' v1 meanings; a new visitor (no link, or an embed)
    // starts from the first-visit values (`off=1`).
    let opened = use_memo(
        (props.query.clone(), embed.is_some()),
        |(query, embedded)| {
            let visit = if *embedded {
                Visit::New
            } else {
                Visit::of(query)
            };
            Params::from_query_as(query, visit)
        },
    );
    // The opening scenario alone: what a preset is checked against (its locked keys).
    let opened_params = use_memo(props.query.clone(), |_| opened.0.clone());
    let locks = embed.map_or_else(Locks::default, |e| Locks::new(&e.options.locked));
    // In an embed, the partner's choice and never the visitor's saved scenarios.
    let shown = |section: Section| embed.is_none_or(|e| e.options.shows(section));
    let state = use_reducer({
        let params = opened.0.clone();
        let locked = locks.clone();
        move || Calculator {
            params,
            deliberate: 0,
            locked,
            entered: Default::default(),
        }
    });
    // The same value on every render: children given it are not redrawn for it.
    let dispatch = (*use_memo((), {
        let dispatcher = state.dispatcher();
        move |_| Dispatch::new(dispatcher.to_callback())
    }))
    .clone();
    let params = &state.params;
    let parsed = use_memo(params.clone(), Scenario::from_params);
    let errors: &[FieldError] = (*parsed).as_ref().err().map_or(&[], Vec::as_slice);
    let query = use_memo(parsed.clone(), |parsed| {
        (**parsed).as_ref().ok().map(to_query)
    });
    hooks::use_url_sync(
        props.sync_url,
        (*query).clone(),
        state.deliberate,
        dispatch.to_callback(),
    );
    // The saved scenario last opened and the values of it the page could not use; the
    // notice then speaks of it instead of the link.
    let opened_saved = use_state(|| None::<Rc<OpenedSaved>>);
    let on_open = use_callback(
        (dispatch.clone(), opened_saved.setter()),
        |(name, query): (String, String), (dispatch, opened_saved)| {
            let (params, rejected) = Params::from_query(&query);
            dispatch.dispatch(Action::Open(params));
            opened_saved.set(Some(Rc::new(OpenedSaved { name, rejected })));
        },
    );
    // Every money figure and unit below is in the scenario's currency.
    let currency = params.currency();
    let fields = |keys: &[Key]| Fields::of(params, errors, keys);
    let network = fields(network_inputs::KEYS);
    let on_snapshot = *use_memo(network.clone(), |_| params.on_shipped_snapshot());
    // Whether the opening query pins the network (names a network key), and whether it
    // is a fresh visit, which takes live figures as they arrive: a page opened without a
    // link, or an embed whose figures are live (its `network` option, README
    // "Embedding").
    let (pinned_by_link, fresh) = *use_memo(
        // `embed` is read from the same query.
        (props.query.clone(), embed.is_some()),
        |(query, _)| {
            let pinned = Params::keys_given(query)
                .iter()
                .any(|k| Params::NETWORK_KEYS.contains(k));
            let fresh = match embed {
                Some(e) => e.options.figures(query) == NetworkFigures::Live,
                None => Visit::of(query) == Visit::New,
            };
            (pinned, fresh)
        },
    );
    // Live network figures, from the deployment's API. On a fresh visit they go into the
    // network fields the user has not edited; a link keeps the figures it carries or
    // follows, and is offered today's network beside them. An embed on the snapshot or
    // on pinned figures asks for none: its visitors' browsers contact no API.
    let live_base = use_memo(embed.is_none() || fresh, |asks| {
        asks.then(live::api_base).flatten()
    });
    let on_arrival = use_callback(
        (dispatch.clone(), fresh),
        |a: Arrival, (dispatch, fresh)| {
            if *fresh {
                dispatch.dispatch(Action::UseNetwork {
                    network: a.live.network,
                    date: a.live.date().to_iso(),
                    unedited_only: true,
                    previous: a.previous.map(|p| (p.network, p.date().to_iso())),
                })
            }
        },
    );
    let live = live::use_live_network((*live_base).clone(), on_arrival);
    let host = live_base
        .as_deref()
        .map_or("", |b| b.split("://").nth(1).unwrap_or(b));
    // Derived again only when the live status or the network fields change, not on
    // every keystroke.
    let source = use_memo(
        (live.clone(), network.clone(), on_snapshot),
        |(live, _, _)| {
            source::network_source(live, host, params, &opened.0, pinned_by_link, on_snapshot)
        },
    );
    let live_problem = (*use_memo(live.clone(), |live| match live {
        LiveStatus::Failed { problems, .. } => problems.first().map(|p| {
            let more = problems.len() - 1;
            let text = if more > 0 {
                format!("{p} (and {more} more)")
            } else {
                p.to_string()
            };
            AttrValue::from(text)
        }),
        _ => None,
    }))
    .clone();
    let root = use_node_ref();
    // Theme, accent, locked selects, the height and `set` messages (embed mode only).
    let set_rejected = embed::use_embed(
        root.clone(),
        embed,
        locks.clone(),
        params,
        dispatch.to_callback(),
    );

    // Derived once per change of the scenario, never stored.
    // Today's network, for then and now and the comparison: live when the page has it.
    let today = use_memo(live.clone(), Today::of);
    let (now_network, now_date, now_source) =
        (today.network, today.date.clone(), today.source.label());
    // Whether the figures in use are not today's (the source's test): the page then
    // offers to compare them with today's, or to update to it.
    let offer_today = match *source {
        Source::Live { .. } | Source::Kept { .. } => false,
        Source::Snapshot { .. } => today.source != TodaySource::Snapshot,
        Source::Pinned { .. } | Source::Own { .. } => true,
    };
    let outcome = use_memo(parsed.clone(), |parsed| Outcome::of(parsed));
    hooks::use_first_results_mark(outcome.figures().is_some());
    let summary = outcome.figures().map(|f| f.economics.clone());
    // While a field is being retyped the last figures stay, dimmed and marked stale,
    // beside the notice of what to fix: the page neither blanks nor jumps.
    let last = use_mut_ref(|| None::<Rc<Outcome>>);
    let (shown_outcome, stale) = match &*outcome {
        Outcome::Ready(_) => {
            *last.borrow_mut() = Some(outcome.clone());
            (Some(outcome.clone()), false)
        }
        Outcome::Paused(_) => (last.borrow().clone(), true),
    };
    let paused_notice = match &*outcome {
        Outcome::Paused(problems) => paused(problems),
        Outcome::Ready(_) => Html::default(),
    };
    let figures = shown_outcome.as_deref().and_then(Outcome::figures);
    // The one live region: profit and break-even, or that the results are paused.
    let announce = (*use_memo(outcome.clone(), |outcome| outcome.announcement(currency))).clone();
    let headline_figures = figures.map(|f| headline(&f.economics));
    let results = figures.map(|f| {
        let s = &f.scenario;
        html! {
            <>
                { notes(&f.notes) }
                <Results economics={f.economics.clone()} units={s.units()} payout={s.operation.payout}
                    snapshot_date={on_snapshot.then_some(AttrValue::Static(SHIPPED_SNAPSHOT.date))}
                    {currency} rates={s.rates} pue={s.site.pue} />
                if s.compare {
                    // Drawn by the on-demand module, from the scenario's link query and
                    // today's network (loaded when a scenario asks for it, `cmp=1`).
                    <OnDemandBody feature={Feature::ThenAndNow}
                        query={(*query).as_ref().map(|q| format!("{q}&{}", encode_today(&now_network, &now_date, now_source)))}
                        open={true} on_open={Callback::noop()} />
                }
            </>
        }
    });
    let details = figures.map(|f| {
        let s = &f.scenario;
        html! {
            <>
                if shown(Section::Fleet) {
                    <FleetResults economics={f.economics.clone()} names={line_names(s)} />
                }
                if shown(Section::Projection) {
                    <ProjectionResults projection={f.projection.clone()} assumptions={s.projection}
                        static_payback_days={f.economics.payback_days}
                        query={(*query).as_ref().map(|q| AttrValue::from(q.clone()))} />
                }
            </>
        }
    });
    // A new visitor's scenario, on today's live network when the page has it: one
    // deliberate change, so Back returns to what was there.
    let on_reset = use_callback(
        (dispatch.clone(), live.clone()),
        |_: MouseEvent, (dispatch, live)| {
            let mut params = Params::first_visit();
            if let LiveStatus::Ready { live, .. } = live {
                params.use_network(&live.network, &live.date().to_iso(), false, None);
            }
            dispatch.dispatch(Action::Open(params));
        },
    );
    let query = (*query).clone();
    // Saved scenarios start open where this browser holds some (read once).
    let saved_held = *use_memo((), |_| saved::held());
    // The input sections whose code is loaded when first opened (app/on_demand): each
    // is told the scenario as entered, and its actions come back to the reducer.
    let section_state = (*use_memo((params.clone(), locks.clone()), |(params, locks)| {
        encode_state(params, locks)
    }))
    .clone();
    let on_section = use_callback(
        dispatch.clone(),
        |(name, text): (String, String), dispatch| {
            if name == ACTION {
                if let Some(action) = decode_action(&text) {
                    dispatch.dispatch(action);
                }
            }
        },
    );
    let lazy_section = |feature: Feature, keys: &[Key]| {
        let body = html! {
            <OnDemandBody {feature} query={Some(section_state.clone())} open={true}
                on_open={on_section.clone()} />
        };
        let names: Vec<&str> = keys.iter().map(|k| k.as_str()).collect();
        html! {
            <Disclosure id={feature.section_id()} title={feature.title()} fields={fields(keys)}
                lazy={true} keys={AttrValue::from(names.join(" "))}>
                { body }
            </Disclosure>
        }
    };

    html! {
        <ContextProvider<Locks> context={locks}>
        <ContextProvider<Currency> context={currency}>
        <div class={classes!("app", embed.is_some().then_some("embed"))} ref={root}
            data-theme={embed.map(|e| e.options.theme.as_str())}>
            <a class="skip-link" href="#results">{ "Skip to results" }</a>
            <header class="masthead">
                <h1>{ "hashwatt" }</h1>
                <p>{ "What a Bitcoin miner earns against its power price. Runs in your browser: it only fetches today's network figures, and nothing you enter leaves it." }</p>
            </header>
            if let Some(e) = embed {
                <embed::EmbedBar credit={e.options.credit.as_ref().map(|c| AttrValue::from(c.as_str().to_owned()))}
                    options={e.rejected.clone()} rejected={[&opened.1[..], &set_rejected[..]].concat()} query={query.clone()} />
            } else if let Some(saved) = &*opened_saved {
                // Keyed by the open (the new Rc is made while the one it replaces still
                // lives, so the two addresses differ): a notice dismissed before shows again.
                <LinkNotice key={format!("{:p}", Rc::as_ptr(saved))} rejected={saved.rejected.clone()}
                    saved={AttrValue::from(saved.name.clone())} />
            } else {
                <LinkNotice rejected={opened.1.clone()} />
            }
            if shown(Section::Presets) {
                <Presets opened={opened_params} story={embed.is_none()} dispatch={dispatch.clone()} />
            }
            // Every result figure reads whether it is the last one kept (a field is
            // being retyped); nothing else reads it.
            <ContextProvider<Stale> context={Stale(stale)}>
            <main class="layout">
                // The key inputs, then the results (kept in view beside every input on a
                // wide screen; right after the key inputs on a phone), then the rest.
                <div class="key-inputs">
                    if shown(Section::Machine) {
                        <MachineInputs fields={fields(machine_inputs::KEYS)} dispatch={dispatch.clone()} />
                    }
                    if shown(Section::Operation) {
                        <OperationInputs fields={fields(operation_inputs::KEYS)} dispatch={dispatch.clone()} />
                    }
                </div>
                <div class="results-col">
                    <section class={classes!("headline-card", stale.then_some("stale"))} id="results"
                        tabindex="-1" aria-labelledby="results-title">
                        <h2 id="results-title">{ "Results" }</h2>
                        { headline_figures.unwrap_or_default() }
                        { paused_notice }
                        <p class="visually-hidden" aria-live="polite" data-testid="announce">{ announce }</p>
                        if shown(Section::Network) {
                            <NetworkSource source={(*source).clone()} problem={live_problem}
                                offer_snapshot={!on_snapshot} dispatch={dispatch.clone()} />
                        }
                    </section>
                    // Beside figures that are not today's: compare with today's, or update.
                    if shown(Section::Network) && offer_today {
                        <CompareToday query={query.as_ref().map(|q| AttrValue::from(q.clone()))}
                            today={today.clone()} dispatch={dispatch.clone()} />
                    }
                    <div class={classes!("results-more", stale.then_some("stale"))}>
                        { results.unwrap_or_default() }
                    </div>
                </div>
                <div class="more-inputs">
                    if shown(Section::Fleet) {
                        { lazy_section(Feature::Fleet, fleet_inputs::KEYS) }
                    }
                    if shown(Section::Site) {
                        { lazy_section(Feature::Site, site_inputs::KEYS) }
                    }
                    if shown(Section::Region) {
                        { lazy_section(Feature::Region, region_inputs::KEYS) }
                    }
                    if shown(Section::Network) {
                        <Disclosure id="section-network" title="Network" fields={network.clone()}>
                            <NetworkInputs fields={network} money={Scale::of(currency, params)}
                                shipped={on_snapshot} dispatch={dispatch.clone()} />
                        </Disclosure>
                    }
                    if shown(Section::Projection) {
                        { lazy_section(Feature::Projection, projection_inputs::KEYS) }
                    }
                    if embed.is_none() {
                        { reset_all(on_reset) }
                    }
                </div>
                <div class={classes!("details", stale.then_some("stale"))}>
                    { details.unwrap_or_default() }
                    if embed.is_none() {
                        <Story now={now_network} now_date={now_date.clone()} {now_source} dispatch={dispatch.clone()} />
                    }
                    if shown(Section::Share) {
                        <section class="section share-section">
                            <Share query={query.clone()} />
                        </section>
                    }
                    if shown(Section::Saved) {
                        <OnDemandSection feature={Feature::Saved} query={query.clone()} {on_open}
                            start_open={saved_held} />
                    }
                    if embed.is_none() {
                        <OnDemandSection feature={Feature::Builder} {query} />
                    }
                </div>
            </main>
            </ContextProvider<Stale>>
            if embed.is_none() {
                { summary_bar(summary.as_deref(), currency) }
            }
        </div>
        </ContextProvider<Currency>>
        </ContextProvider<Locks>>
    }
}
