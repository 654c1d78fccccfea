//! What the on-demand module mounts for each [`Feature`]: the same components the page
//! would show if they were in its own bundle. Only `src/bin/on_demand.rs` and the
//! browser tests refer to this; the page's bundle does not, so their code stays out of
//! it.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::messages::{decode_state, decode_today, encode_action};
use super::{Feature, ACTION};
use crate::app::components::compare_table::CompareTable;
use crate::app::components::schedule_table::ScheduleTable;
use crate::app::components::story_sides::StorySides;
use crate::app::components::then_and_now::{Side, ThenAndNow};
use crate::app::components::{
    fleet_inputs, fleet_inputs::FleetInputs, projection_inputs,
    projection_inputs::ProjectionInputs, region_inputs, region_inputs::RegionInputs, site_inputs,
    site_inputs::SiteInputs,
};
use crate::app::embed::{use_locked_controls, Builder};
use crate::app::fields::Fields;
use crate::app::saved::{CurrentQuery, SavedPanel};
use crate::app::state::{Action, Calculator, Dispatch};
use crate::embed::Locks;
use crate::engine::economics::{evaluate_fleet, Economics};
use crate::engine::money::Currency;
use crate::engine::projection::Projection;
use crate::engine::snapshot::NetworkSnapshot;
use crate::scenario::{Params, Scenario};

#[derive(Properties, PartialEq, Clone)]
pub struct FeatureProps {
    pub feature: Feature,
    /// Saved scenarios and the builder: the current scenario's link query, `None` while
    /// a field is invalid. An input section: the scenario as entered
    /// ([`super::messages::encode_state`]).
    pub query: Option<String>,
    /// Whether its section is open (closed, the builder builds nothing).
    pub open: bool,
    /// A message to the page, as a name and a text: a saved scenario opened (its name
    /// and query), or an input section's action ([`ACTION`] and the action as text).
    pub on_open: Callback<(String, String)>,
}

/// A feature, as its section shows it.
#[function_component]
pub fn FeatureBody(props: &FeatureProps) -> Html {
    // Saved scenarios read the query when a button is pressed: kept here, it changes
    // nothing they draw, so a keystroke does not redraw them.
    let current = use_memo((), |_| CurrentQuery::default());
    current.set(props.query.clone());
    match props.feature {
        Feature::Saved => html! {
            <SavedPanel valid={props.query.is_some()} current={(*current).clone()}
                on_open={props.on_open.clone()} />
        },
        Feature::Builder => html! {
            <Builder query={props.query.clone()} open={props.open} />
        },
        Feature::Schedule => html! { <ScheduleFeature query={props.query.clone()} /> },
        Feature::Story => match decode_today(props.query.as_deref().unwrap_or_default()) {
            Some((now, date, source)) => html! {
                <StorySides {now} now_date={AttrValue::from(date)} now_source={AttrValue::from(source)} />
            },
            None => Html::default(),
        },
        Feature::ThenAndNow => html! { <ThenAndNowFeature query={props.query.clone()} /> },
        Feature::Compare => html! { <CompareFeature query={props.query.clone()} /> },
        _ => html! {
            <InputSection feature={props.feature} state={props.query.clone().unwrap_or_default()}
                to_page={props.on_open.clone()} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct ScheduleFeatureProps {
    /// The scenario's link query; `None` while a field is invalid.
    query: Option<String>,
}

/// The schedule's table for the scenario of the page's link query: its projection,
/// computed again from the query (which gives back the scenario exactly: the golden
/// links' round trip), in its currency. While the page has no valid query the table
/// stays as it was.
#[function_component]
fn ScheduleFeature(props: &ScheduleFeatureProps) -> Html {
    let last = use_mut_ref(|| None::<(Rc<Projection>, Currency)>);
    let read = use_memo(props.query.clone(), |query| {
        let (params, _) = Params::from_query(query.as_deref()?);
        let projection = Scenario::from_params(&params).ok()?.projection().ok()?;
        Some((Rc::new(projection), params.currency()))
    });
    if let Some(read) = &*read {
        *last.borrow_mut() = Some(read.clone());
    }
    let Some((projection, currency)) = last.borrow().clone() else {
        return Html::default();
    };
    html! {
        <ContextProvider<Currency> context={currency}>
            <ScheduleTable {projection} />
        </ContextProvider<Currency>>
    }
}

#[derive(Properties, PartialEq)]
struct InputSectionProps {
    feature: Feature,
    /// The scenario as entered ([`super::messages::encode_state`]).
    state: String,
    /// Where its actions go, as [`ACTION`] messages.
    to_page: Callback<(String, String)>,
}

/// An input section as the page would draw it: its fields and their errors, read from
/// the scenario as entered; the currency and the embed's locks as context, as the
/// page provides them; each action sent to the page's reducer.
///
/// Each action is also applied here at once, by the same reducer, until the page's next
/// scenario arrives: a field's own text then never goes back to the one before the last
/// keystroke, whenever the page's answer comes.
#[function_component]
fn InputSection(props: &InputSectionProps) -> Html {
    let decoded = use_memo(props.state.clone(), |state| decode_state(state));
    // The scenario after the actions sent since the page's last one, and which of the
    // page's scenarios they were applied to (ignored once another arrives).
    let ahead = use_mut_ref(|| None::<(String, Rc<Calculator>)>);
    let redraw = use_force_update();
    let params = match &*ahead.borrow() {
        Some((base, next)) if *base == props.state => next.params.clone(),
        _ => decoded.0.clone(),
    };
    let locks = decoded.1.clone();
    let errors = use_memo(params.clone(), |params| {
        Scenario::from_params(params).err().unwrap_or_default()
    });
    // What the dispatch applies actions to: the scenario drawn last.
    let drawn = use_mut_ref(|| (String::new(), params.clone(), locks.clone()));
    *drawn.borrow_mut() = (props.state.clone(), params.clone(), locks.clone());
    // Made once: the same value on every render, as the page's is.
    let dispatch = (*use_memo((), {
        let to_page = props.to_page.clone();
        move |_| {
            Dispatch::new(Callback::from(move |action: Action| {
                let Some(text) = encode_action(&action) else {
                    return;
                };
                let (base, params, locked) = drawn.borrow().clone();
                let next = Rc::new(Calculator {
                    params,
                    deliberate: 0,
                    locked,
                    entered: Default::default(),
                })
                .reduce(action);
                *ahead.borrow_mut() = Some((base, next));
                redraw.force_update();
                to_page.emit((ACTION.to_owned(), text));
            }))
        }
    }))
    .clone();
    let (params, errors) = (&params, &*errors);
    let fields = |keys: &[crate::scenario::Key]| Fields::of(params, errors, keys);
    let body = match props.feature {
        Feature::Fleet => html! { <FleetInputs fields={fields(fleet_inputs::KEYS)} {dispatch} /> },
        Feature::Site => html! { <SiteInputs fields={fields(site_inputs::KEYS)} {dispatch} /> },
        Feature::Region => {
            html! { <RegionInputs fields={fields(region_inputs::KEYS)} {dispatch} /> }
        }
        Feature::Projection => {
            html! { <ProjectionInputs fields={fields(projection_inputs::KEYS)} {dispatch} /> }
        }
        _ => Html::default(),
    };
    // An embed's locked pickers are disabled where they are drawn: the page's own pass
    // (`use_locked_controls` in the App) does not run when only this app has redrawn.
    let root = use_node_ref();
    use_locked_controls(root.clone(), locks.clone());
    let currency: Currency = params.currency();
    html! {
        <ContextProvider<Locks> context={locks}>
        <ContextProvider<Currency> context={currency}>
            <div ref={root}>{ body }</div>
        </ContextProvider<Currency>>
        </ContextProvider<Locks>>
    }
}

/// How a section draws its feature in the page's own component tree, once [`link_in`]
/// has set it.
type Draw = fn(FeatureProps) -> Html;

thread_local! {
    /// Set by [`link_in`]. A function, not a flag: only a binary that calls `link_in`
    /// refers to [`FeatureBody`] and so carries its code.
    static LINKED: Cell<Option<Draw>> = const { Cell::new(None) };
}

/// Draws the features in the page's own component tree instead of loading the module,
/// for a test binary that mounts the page with them linked in (the browser tests: they
/// have no built site to load the module from). The built page never calls it.
pub fn link_in() {
    LINKED.with(|l| l.set(Some(|props| html! { <FeatureBody ..props /> })));
}

/// How to draw a feature in the page's tree, if [`link_in`] was called.
pub(super) fn linked() -> Option<Draw> {
    LINKED.with(Cell::get)
}

/// Whether the features are drawn in the page's own tree ([`link_in`]): then nothing is
/// loaded, and a collapsed input section draws its fields from the start, as the browser
/// tests expect; the built page draws them when the section is first opened.
pub fn linked_in() -> bool {
    linked().is_some()
}

#[derive(Properties, PartialEq)]
struct ThenAndNowFeatureProps {
    /// The scenario's link query, followed by today's network
    /// ([`super::messages::encode_today`]); `None` while a field is invalid.
    query: Option<String>,
}

/// Then and now for the scenario of the page's link query: its figures on its own
/// network, evaluated as the page evaluates them, and on today's, at the link's rates.
/// While the page has no valid query it stays as it was.
#[function_component]
fn ThenAndNowFeature(props: &ThenAndNowFeatureProps) -> Html {
    let last = use_mut_ref(|| None::<Rc<ThenAndNowRead>>);
    let read = use_memo(props.query.clone(), |query| {
        let t = OnToday::read(query.as_deref()?)?;
        Some(Rc::new(ThenAndNowRead {
            then: Side {
                date: t.scenario.projection.start.to_iso().into(),
                network: t.scenario.network,
                economics: t.then,
            },
            now: Side {
                date: t.date,
                network: t.today,
                economics: t.now,
            },
            source: t.source,
            rates: t.scenario.rates_in_use(),
            currency: t.currency,
        }))
    });
    if let Some(read) = &*read {
        *last.borrow_mut() = Some(read.clone());
    }
    let Some(read) = last.borrow().clone() else {
        return Html::default();
    };
    html! {
        <ContextProvider<Currency> context={read.currency}>
            <ThenAndNow then={read.then.clone()} now={read.now.clone()}
                now_source={read.source.clone()} rates={read.rates.clone()} />
        </ContextProvider<Currency>>
    }
}

/// What then and now shows, read from the query.
#[derive(PartialEq)]
struct ThenAndNowRead {
    then: Side,
    now: Side,
    source: AttrValue,
    rates: Vec<(Currency, f64)>,
    currency: Currency,
}

#[derive(Properties, PartialEq)]
struct CompareFeatureProps {
    /// The scenario's link query, followed by today's network
    /// ([`super::messages::encode_today`]); `None` while a field is invalid.
    query: Option<String>,
}

/// The comparison with today's network for the scenario of the page's link query: its
/// figures on its own network, evaluated as the page evaluates them, and on today's.
/// Nothing while the page has no valid query, as the page showed before.
#[function_component]
fn CompareFeature(props: &CompareFeatureProps) -> Html {
    let read = use_memo(props.query.clone(), |query| {
        OnToday::read(query.as_deref()?)
    });
    let Some(t) = (*read).clone() else {
        return Html::default();
    };
    html! {
        <ContextProvider<Currency> context={t.currency}>
            <CompareTable scenario={t.scenario} then={t.then} now={t.now} today={t.today}
                today_date={t.date} today_source={t.source} />
        </ContextProvider<Currency>>
    }
}

/// A scenario and today's network, read from its link query followed by today's
/// ([`super::messages::encode_today`]): its figures on its own network, evaluated as the
/// page evaluates them, and on today's, at the link's rates.
#[derive(Clone, PartialEq)]
struct OnToday {
    scenario: Rc<Scenario>,
    then: Rc<Economics>,
    now: Rc<Economics>,
    today: NetworkSnapshot,
    /// Today's date (ISO) and where its figures come from.
    date: AttrValue,
    source: AttrValue,
    currency: Currency,
}

impl OnToday {
    /// `None` for a query without today's network, or whose scenario the engine refuses.
    fn read(query: &str) -> Option<OnToday> {
        let (params, _) = Params::from_query(query);
        let (today, date, source) = decode_today(query)?;
        let scenario = Scenario::from_params(&params).ok()?;
        let then = evaluate_fleet(&scenario.fleet(), &scenario.network).ok()?;
        let now = scenario.on_network(today).economics().ok()?;
        Some(OnToday {
            scenario: Rc::new(scenario),
            then: Rc::new(then),
            now: Rc::new(now),
            today,
            date: date.into(),
            source: source.into(),
            currency: params.currency(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::messages::encode_today;
    use super::*;
    use crate::engine::snapshot::SHIPPED_SNAPSHOT;
    use crate::engine::units::Difficulty;

    /// Then is the scenario as the page evaluates it; now is the network given.
    #[test]
    fn then_is_the_pages_figures_and_now_is_the_network_given() {
        let query = "v=1&months=60&hw=3000&cmp=1";
        let at = |today: &NetworkSnapshot| {
            let today = encode_today(today, "2026-03-20", "the snapshot");
            OnToday::read(&format!("{query}&{today}")).expect("cmp=1")
        };
        let s = Scenario::from_params(&Params::from_query(query).0).expect("valid");
        let snapshot = at(&SHIPPED_SNAPSHOT.network);
        assert_eq!(*snapshot.then, s.economics().unwrap());
        // Twice the difficulty today: half the BTC, so the revenue of the same machine
        // at the same price is half the snapshot's.
        let today = NetworkSnapshot {
            difficulty: Difficulty::new(2.0 * SHIPPED_SNAPSHOT.network.difficulty.get()),
            ..SHIPPED_SNAPSHOT.network
        };
        let revenue = |t: &OnToday| t.now.fleet.revenue.amount();
        let ratio = revenue(&at(&today)) / revenue(&snapshot);
        assert!((ratio - 0.5).abs() < 1e-12, "{ratio}");
    }
}
