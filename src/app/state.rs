//! The page's state: the scenario's fields as the user has them, and the verbs that
//! change them. The validated [`Scenario`](crate::scenario::Scenario) and the results are
//! derived from it on each change, never stored beside it.

use std::rc::Rc;

use yew::{Callback, Reducible};

use crate::catalog;
use crate::decimal::parse_f64;
use crate::embed::Locks;
use crate::engine::money::Currency;
use crate::engine::snapshot::NetworkSnapshot;
use crate::scenario::fleet::{self, LinePart};
use crate::scenario::presets::Preset;
use crate::scenario::{Entered, Key, Params, Region, Visit, DEFAULT_MINER, MAX_VALUE_LEN};

/// Longest text kept for one value of a compound key (a line's, a band's).
const MAX_PART_LEN: usize = MAX_VALUE_LEN;

/// The scenario as entered: a text per key, valid or not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Calculator {
    pub params: Params,
    /// Counts deliberate changes (a machine picked, a saved scenario opened, the
    /// network reset): each gets its own history entry, where typing only rewrites the
    /// current one.
    pub deliberate: u32,
    /// Keys an embed shows read-only: no action changes them.
    pub locked: Locks,
    /// Where the amounts converted by currency switches came from: the next switch
    /// converts from the amount as entered, not from the last conversion.
    pub entered: Entered,
}

/// What the user can do to the scenario.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A field's new text: a choice picked, or what a person typed as the field read it
    /// (`scenario::typed`: `10,000` arrives as `10000`).
    Edit(Key, String),
    /// A catalog machine by id, or a custom machine (empty id).
    PickMiner(String),
    /// Puts back the picked machine's catalog specs after an edit.
    RestoreMinerSpecs,
    /// Puts back the shipped network snapshot.
    ResetNetwork,
    /// Network figures read live on `date` (ISO): on arrival into the keys the user
    /// has not edited (`unedited_only`, not a history entry; `previous` is the live
    /// set put there before, which a refresh may replace), or into all of them when
    /// the user asks for today's network (a deliberate change).
    UseNetwork {
        network: NetworkSnapshot,
        date: String,
        unedited_only: bool,
        previous: Option<(NetworkSnapshot, String)>,
    },
    /// Opens a whole scenario (a saved one): a deliberate change.
    Open(Params),
    /// Opens a preset: a deliberate change. An everyday one starts from a new visitor's
    /// scenario on the network figures in use; the others open as their link does.
    OpenPreset(&'static Preset),
    /// Goes back to a scenario from the browser's history (Back, Forward): not a new
    /// history entry.
    Restore(Params),
    /// One value of a fleet line (lines 2 to 8), as the field read it.
    EditLine(Key, LinePart, String),
    /// A catalog machine for a fleet line, or a custom one (empty id).
    PickLineMiner(Key, String),
    /// Adds a fleet line: one unit of the default machine.
    AddLine,
    RemoveLine(Key),
    /// Shows every amount in another currency, converting them.
    PickCurrency(Currency),
    /// Fills a region's terms.
    ApplyRegion(Region),
    /// One value of a surcharge band (row, surcharge or from-price), as the field read
    /// it.
    EditBand(usize, BandPart, String),
    AddBand,
    RemoveBand(usize),
}

/// The scenario `preset` opens from `current`: its link's, or for an everyday preset a
/// new visitor's with its keys, on `current`'s network figures (the machines starting
/// on their date, as a new visitor's do).
pub fn preset_params(preset: &Preset, current: &Params) -> Params {
    if !preset.keeps_network {
        return Params::from_query(preset.query).0;
    }
    let mut params = Params::from_query_as(preset.query, Visit::New).0;
    for key in Params::NETWORK_KEYS {
        params.set(key, current.get(key));
    }
    params.set(Key::Start, current.get(Key::Date));
    params
}

/// The page's one way to change the scenario: the reducer's dispatcher, made once (the
/// App's `use_memo`), so that it is the same value on every render, where a `Callback`
/// built during a render never equals the last one and re-renders every component it is
/// passed to. In the on-demand module an input section's dispatch sends its actions to
/// the page instead (`on_demand::messages`), where this one takes them.
#[derive(Clone, PartialEq)]
pub struct Dispatch(Callback<Action>);

impl Dispatch {
    /// Sends every action to `to`.
    pub fn new(to: Callback<Action>) -> Dispatch {
        Dispatch(to)
    }

    pub fn dispatch(&self, action: Action) {
        self.0.emit(action);
    }

    pub fn to_callback(&self) -> Callback<Action> {
        self.0.clone()
    }
}

/// Where a text field's typing goes: a key of its own, or one value of a fleet line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Key(Key),
    Line(Key, LinePart),
}

impl Target {
    /// The action that sets this field to `text`.
    pub fn edit(self, text: String) -> Action {
        match self {
            Target::Key(key) => Action::Edit(key, text),
            Target::Line(key, part) => Action::EditLine(key, part, text),
        }
    }

    /// The key whose label, unit and range apply: a line's value means the first line's.
    pub fn meaning(self) -> Key {
        match self {
            Target::Key(key) => key,
            Target::Line(_, part) => part.key(),
        }
    }

    /// The input's `name` (`kwh`, `m2-th`), as links and tests know it.
    pub fn name(self) -> String {
        match self {
            Target::Key(key) => key.as_str().to_owned(),
            Target::Line(key, part) => format!("{}-{}", key.as_str(), part.key().as_str()),
        }
    }
}

/// A value of a surcharge band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandPart {
    PerKwh,
    From,
}

impl Reducible for Calculator {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut params = self.params.clone();
        let mut entered = self.entered.clone();
        let deliberate = matches!(
            action,
            Action::PickMiner(_)
                | Action::ResetNetwork
                | Action::UseNetwork {
                    unedited_only: false,
                    ..
                }
                | Action::Open(_)
                | Action::OpenPreset(_)
                | Action::PickLineMiner(..)
                | Action::AddLine
                | Action::RemoveLine(_)
                | Action::PickCurrency(_)
                | Action::ApplyRegion(_)
                | Action::AddBand
                | Action::RemoveBand(_)
        );
        match action {
            Action::Edit(key, text) => {
                // The input's maxlength already bounds typing; this bounds a paste or a
                // script that sets the value directly.
                let text: String = text.chars().take(key.max_len()).collect();
                params.set(key, text);
            }
            Action::PickMiner(id) => params.pick_miner(&id),
            Action::RestoreMinerSpecs => {
                let id = params.get(Key::Miner).to_owned();
                if catalog::find(&id).is_some() {
                    params.pick_miner(&id);
                }
            }
            Action::ResetNetwork => params.reset_network(),
            Action::UseNetwork {
                network,
                date,
                unedited_only,
                previous,
            } => params.use_network(
                &network,
                &date,
                unedited_only,
                previous.as_ref().map(|(n, d)| (n, d.as_str())),
            ),
            Action::Open(opened) | Action::Restore(opened) => {
                params = opened;
                entered.clear();
            }
            Action::OpenPreset(preset) => {
                params = preset_params(preset, &params);
                entered.clear();
            }
            Action::EditLine(key, part, text) => {
                let text: String = text.chars().take(MAX_PART_LEN).collect();
                let line = params.get(key).to_owned();
                if !line.is_empty() {
                    params.set(key, fleet::with_part(&line, part, &text));
                }
            }
            Action::PickLineMiner(key, id) => {
                let line = params.get(key).to_owned();
                if !line.is_empty() {
                    let line = match catalog::find(&id) {
                        Some(m) => fleet::with_machine(&line, m),
                        None => fleet::with_part(&line, LinePart::Miner, ""),
                    };
                    params.set(key, line);
                }
            }
            Action::AddLine => {
                if let (Some(key), Some(m)) = (params.free_line(), catalog::find(DEFAULT_MINER)) {
                    params.set(key, fleet::catalog_line(m, 1));
                }
            }
            Action::RemoveLine(key) => {
                params.remove_line(key);
                // The later lines moved up: their origins would name the wrong line.
                entered.clear();
            }
            Action::PickCurrency(c) => params.switch_currency(c, &mut entered),
            Action::ApplyRegion(r) => params.apply_region(r, &mut entered),
            Action::EditBand(row, part, text) => {
                let mut rows = fleet::split_bands(params.get(Key::Sur));
                if let Some((s, f)) = rows.get_mut(row) {
                    let text: String = text.chars().take(MAX_PART_LEN).collect();
                    match part {
                        BandPart::PerKwh => *s = text,
                        BandPart::From => *f = text,
                    }
                    params.set(Key::Sur, fleet::join_bands(&rows));
                }
            }
            Action::AddBand => {
                let mut rows = fleet::split_bands(params.get(Key::Sur));
                if rows.len() < fleet::MAX_BANDS {
                    // A band above the highest, so that the table stays valid until the
                    // user fills it in (two bands from one price are refused).
                    let highest = rows
                        .iter()
                        .filter_map(|(_, f)| parse_f64(f.trim()))
                        .filter(|f| f.is_finite())
                        .fold(0.0, f64::max);
                    rows.push(("0".to_owned(), crate::scenario::number_text(highest + 1.0)));
                    params.set(Key::Sur, fleet::join_bands(&rows));
                }
            }
            Action::RemoveBand(row) => {
                let mut rows = fleet::split_bands(params.get(Key::Sur));
                if row < rows.len() {
                    rows.remove(row);
                    params.set(Key::Sur, fleet::join_bands(&rows));
                }
            }
        }
        // An action that would change a locked key is refused whole: a half-applied
        // one (a currency switch converting all but the locked price) would change
        // what the locked value means.
        if self.locked.changed(&params, &self.params) {
            return self;
        }
        if params == self.params {
            self
        } else {
            let deliberate = self.deliberate.wrapping_add(u32::from(deliberate));
            Rc::new(Calculator {
                params,
                deliberate,
                locked: self.locked.clone(),
                entered,
            })
        }
    }
}

#[cfg(test)]
mod tests;
