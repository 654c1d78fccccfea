//! The page's state: the scenario's fields as the user has them, and the verbs that
//! change them. The validated [`Scenario`](crate::scenario::Scenario) and the results are
//! derived from it on each change, never stored beside it.

use std::rc::Rc;

use yew::Reducible;

use crate::catalog;
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

/// The page's one way to change the scenario: the reducer's dispatcher. It is the same
/// value on every render, where a `Callback` built during a render never equals the last
/// one and re-renders every component it is passed to.
pub type Dispatch = yew::functional::UseReducerDispatcher<Calculator>;

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
                        .filter_map(|(_, f)| f.trim().parse::<f64>().ok())
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
mod tests {
    use super::*;

    fn after(actions: impl IntoIterator<Item = Action>) -> Rc<Calculator> {
        actions
            .into_iter()
            .fold(Rc::new(Calculator::default()), Reducible::reduce)
    }

    #[test]
    fn picking_a_miner_fills_its_specs_and_custom_keeps_them() {
        let s = after([Action::PickMiner("avalon-a1246".into())]);
        assert_eq!(
            (s.params.get(Key::Th), s.params.get(Key::W)),
            ("90", "3420")
        );
        let s = after([
            Action::PickMiner("avalon-a1246".into()),
            Action::PickMiner(String::new()),
        ]);
        assert_eq!(
            (s.params.get(Key::Miner), s.params.get(Key::Th)),
            ("", "90")
        );
    }

    #[test]
    fn edits_keep_the_text_and_restore_puts_specs_back() {
        let s = after([Action::Edit(Key::Th, "21O".into())]);
        assert_eq!(s.params.get(Key::Th), "21O");
        let s = after([
            Action::Edit(Key::Th, "210".into()),
            Action::RestoreMinerSpecs,
        ]);
        assert_eq!(s.params.get(Key::Th), "200");
    }

    #[test]
    fn only_deliberate_changes_count() {
        let s = after([
            Action::Edit(Key::N, "3".into()),
            Action::Restore(Params::default()),
        ]);
        assert_eq!(s.deliberate, 0);
        let s = after([
            Action::PickMiner("antminer-s9".into()),
            Action::Edit(Key::N, "3".into()),
        ]);
        assert_eq!(s.deliberate, 1);
        // Picking the machine already picked changes nothing, and counts nothing.
        let s = after([Action::PickMiner("antminer-s21".into())]);
        assert_eq!(s.deliberate, 0);
    }

    #[test]
    fn an_action_that_would_change_a_locked_key_is_refused_whole() {
        let start = Rc::new(Calculator {
            locked: Locks::new(&[Key::Kwh, Key::Th]),
            ..Calculator::default()
        });
        let defaults = Params::default();
        for action in [
            Action::Edit(Key::Kwh, "0.01".into()),
            // Would change th: the machine stays too.
            Action::PickMiner("avalon-a1246".into()),
            // Would convert kwh: the currency stays too.
            Action::PickCurrency(Currency::Eur),
            Action::Open(Params::from_query("kwh=0.09&n=4").0),
            Action::Restore(Params::from_query("kwh=0.08").0),
        ] {
            let s = Reducible::reduce(start.clone(), action.clone());
            assert_eq!(s.params, defaults, "{action:?} was applied");
        }
        // What leaves the locked keys alone goes through.
        let s = Reducible::reduce(start, Action::Open(Params::from_query("n=4").0));
        assert_eq!(s.params.get(Key::N), "4");
    }

    #[test]
    fn long_text_is_bounded_and_network_resets() {
        let s = after([
            Action::Edit(Key::Diff, "9".repeat(500)),
            Action::ResetNetwork,
        ]);
        assert_eq!(s.params, Params::default());
        let s = after([Action::Edit(Key::Kwh, "1".repeat(500))]);
        assert_eq!(s.params.get(Key::Kwh).len(), MAX_VALUE_LEN);
    }

    #[test]
    fn fleet_lines_are_added_edited_picked_and_removed_in_order() {
        let s = after([Action::AddLine, Action::AddLine]);
        assert_eq!(s.params.get(Key::M2), "antminer-s21_200_3500_1_0");
        assert_eq!(s.params.get(Key::M3), "antminer-s21_200_3500_1_0");
        let s = after([
            Action::AddLine,
            Action::AddLine,
            Action::PickLineMiner(Key::M3, "avalon-a1246".into()),
            Action::EditLine(Key::M3, LinePart::N, "10_300".into()),
            Action::RemoveLine(Key::M2),
        ]);
        // The separator typed into a value is dropped; the later line moved up.
        assert_eq!(s.params.get(Key::M2), "avalon-a1246_90_3420_10300_0");
        assert_eq!(s.params.get(Key::M3), "");
        // Editing a line that does not exist changes nothing.
        let s = after([Action::EditLine(Key::M5, LinePart::Th, "1".into())]);
        assert_eq!(s.params, Params::default());
        // Eight lines at most: the eighth add finds no free key.
        let s = after(std::iter::repeat_n(Action::AddLine, 9));
        assert!(Key::LINES.iter().all(|k| !s.params.get(*k).is_empty()));
    }

    #[test]
    fn currency_and_region_convert_and_fill() {
        let s = after([Action::PickCurrency(Currency::Kzt)]);
        assert_eq!(s.params.get(Key::Cur), "KZT");
        assert_eq!(s.params.get(Key::Kwh), "30.9"); // 0.06 USD at 515 KZT per USD
        let s = after([Action::ApplyRegion(Region::Kazakhstan)]);
        assert_eq!(
            [Key::Cur, Key::Kwh, Key::Sur, Key::Co2, Key::Region].map(|k| s.params.get(k)),
            ["KZT", "20", "1*24_*0", "821", "kz"]
        );
        assert_eq!(s.deliberate, 1);
    }

    #[test]
    fn a_round_of_currency_switches_gives_back_the_amounts_as_entered() {
        use Currency::*;
        let cycle = [Kzt, Eur, Rub, Cny, Usd].map(Action::PickCurrency);
        let s = after(
            [
                Action::Edit(Key::Hw, "3499.99".into()),
                Action::AddLine,
                Action::EditLine(Key::M2, LinePart::Hw, "1234.56".into()),
            ]
            .into_iter()
            .chain(cycle.clone()),
        );
        assert_eq!(s.params.get(Key::Hw), "3499.99");
        assert_eq!(s.params.get(Key::Kwh), "0.06");
        assert_eq!(
            fleet::line_part(s.params.get(Key::M2), LinePart::Hw),
            "1234.56"
        );
        // Converting each conversion instead drifts (the old behaviour, by hand): 3499.99 USD
        // is 1.80249e6 KZT at 515 (six digits), 3045.00 EUR at 0.87 from that, and so on.
        let mut drift = Params::default();
        drift.set(Key::Hw, "3499.99");
        for c in [Kzt, Eur, Rub, Cny, Usd] {
            drift.switch_currency(c, &mut Entered::default());
        }
        assert_eq!(drift.get(Key::Hw), "3499.97");
        // An amount typed in another currency is the new amount entered.
        let s = after([
            Action::PickCurrency(Kzt),
            Action::Edit(Key::Hw, "1800000".into()),
            Action::PickCurrency(Eur),
            Action::PickCurrency(Kzt),
        ]);
        assert_eq!(s.params.get(Key::Hw), "1800000");
        // In between, each currency shows the amount entered converted once:
        // 1,800,000 KZT / 515 * 0.87 = 3040.776... EUR, to six digits.
        let s = after([
            Action::PickCurrency(Kzt),
            Action::Edit(Key::Hw, "1800000".into()),
            Action::PickCurrency(Eur),
            Action::PickCurrency(Rub),
            Action::PickCurrency(Eur),
        ]);
        assert_eq!(s.params.get(Key::Hw), "3040.78");
    }

    #[test]
    fn surcharge_bands_edit_as_rows() {
        let s = after([
            Action::ApplyRegion(Region::Kazakhstan),
            Action::EditBand(0, BandPart::From, "15".into()),
            Action::EditBand(1, BandPart::PerKwh, "2*5".into()),
            Action::AddBand,
            Action::RemoveBand(0),
            Action::RemoveBand(7),
        ]);
        assert_eq!(s.params.get(Key::Sur), "25*0_0*16");
        let s = after([Action::ApplyRegion(Region::Kazakhstan), Action::AddBand]);
        assert_eq!(s.params.get(Key::Sur), "1*24_*0_0*25");
        assert_eq!(
            fleet::split_bands("1*24_25"),
            [("1".into(), "24".into()), ("25".into(), String::new())]
        );
        // The preset's unknown band is a row with an empty surcharge, to fill in.
        assert_eq!(
            fleet::split_bands("1*24_*0"),
            [("1".into(), "24".into()), (String::new(), "0".into())]
        );
    }
}
