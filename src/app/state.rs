//! The page's state: the scenario's fields as the user has them, and the verbs that
//! change them. The validated [`Scenario`](crate::scenario::Scenario) and the results are
//! derived from it on each change, never stored beside it.

use std::rc::Rc;

use yew::Reducible;

use crate::catalog;
use crate::embed::Locks;
use crate::scenario::{Key, Params};

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
}

/// What the user can do to the scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// A field's new text, as typed.
    Edit(Key, String),
    /// A catalog machine by id, or a custom machine (empty id).
    PickMiner(String),
    /// Puts back the picked machine's catalog specs after an edit.
    RestoreMinerSpecs,
    /// Puts back the shipped network snapshot.
    ResetNetwork,
    /// Opens a whole scenario (a saved one): a deliberate change.
    Open(Params),
    /// Goes back to a scenario from the browser's history (Back, Forward): not a new
    /// history entry.
    Restore(Params),
}

impl Reducible for Calculator {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut params = self.params.clone();
        let deliberate = matches!(
            action,
            Action::PickMiner(_) | Action::ResetNetwork | Action::Open(_)
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
            Action::Open(opened) | Action::Restore(opened) => params = opened,
        }
        self.locked.hold(&mut params, &self.params);
        if params == self.params {
            self
        } else {
            let deliberate = self.deliberate.wrapping_add(u32::from(deliberate));
            Rc::new(Calculator {
                params,
                deliberate,
                locked: self.locked.clone(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::MAX_VALUE_LEN;

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
    fn locked_keys_hold_through_every_action() {
        let start = Rc::new(Calculator {
            locked: Locks::new(&[Key::Kwh, Key::Th]),
            ..Calculator::default()
        });
        let s = [
            Action::Edit(Key::Kwh, "0.01".into()),
            Action::PickMiner("avalon-a1246".into()),
            Action::Open(Params::from_query("kwh=0.09&n=4").0),
            Action::Restore(Params::from_query("kwh=0.08").0),
        ]
        .into_iter()
        .fold(start, Reducible::reduce);
        let defaults = Params::default();
        assert_eq!(s.params.get(Key::Kwh), defaults.get(Key::Kwh));
        assert_eq!(s.params.get(Key::Th), defaults.get(Key::Th));
        assert_eq!(s.params.get(Key::N), "1");
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
}
