//! Keys an embed shows read-only. The reducer refuses any action that would change
//! one (typing, a picked machine, a currency or region, an opened scenario), and a
//! host's `set` message is applied with its locked keys held
//! (`Params::with_query`): the read-only field is only what the user sees of it.

use std::rc::Rc;

use crate::scenario::{Key, Params, Region};

/// The locked keys (none on the full page).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Locks(Rc<[Key]>);

impl Locks {
    pub fn new(keys: &[Key]) -> Locks {
        Locks(keys.into())
    }

    pub fn contains(&self, key: Key) -> bool {
        self.0.contains(&key)
    }

    pub fn keys(&self) -> &[Key] {
        &self.0
    }

    /// The keys whose controls are shown read-only: the locked keys and those whose
    /// control would change a locked one (and so is refused): the machine picker when a
    /// spec is locked, the currency when an amount is (a switch converts amounts), the
    /// region when a region sets a locked key, the surcharge currency with the bands.
    pub fn controls(&self) -> Vec<Key> {
        let mut keys = self.0.to_vec();
        let locked = |k: Key| self.contains(k);
        let money = self.0.iter().any(|k| k.is_money() || k.is_line());
        let mut add = |k: Key, when: bool| {
            if when && !keys.contains(&k) {
                keys.push(k);
            }
        };
        add(Key::Miner, locked(Key::Th) || locked(Key::W));
        add(Key::Cur, money);
        add(
            Key::Region,
            Region::ALL.iter().any(|r| {
                r.fields()
                    .iter()
                    .any(|(k, _)| locked(*k) || (*k == Key::Cur && money))
            }),
        );
        add(Key::Scur, locked(Key::Sur));
        keys
    }

    /// Whether `next` has another text than `before` for a locked key.
    pub fn changed(&self, next: &Params, before: &Params) -> bool {
        !self.changed_keys(next, before).is_empty()
    }

    /// The locked keys that `next` has another text for than `before`, in lock order.
    pub fn changed_keys(&self, next: &Params, before: &Params) -> Vec<Key> {
        self.0
            .iter()
            .copied()
            .filter(|k| next.get(*k) != before.get(*k))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_that_would_change_a_locked_key_are_locked_too() {
        assert_eq!(Locks::new(&[Key::N]).controls(), [Key::N]);
        let c = Locks::new(&[Key::Kwh, Key::Th]).controls();
        assert!(
            [Key::Miner, Key::Cur, Key::Region]
                .iter()
                .all(|k| c.contains(k)),
            "{c:?}"
        );
        assert!(Locks::new(&[Key::Sur]).controls().contains(&Key::Scur));
    }

    #[test]
    fn a_change_to_a_locked_key_is_seen_and_others_are_not() {
        let before = Params::from_query("kwh=0.04&n=3").0;
        let locks = Locks::new(&[Key::Kwh, Key::Th, Key::Pool]);
        let next = Params::from_query("kwh=0.04&n=7").0;
        assert!(!locks.changed(&next, &before));
        let next = Params::from_query("kwh=0.09&n=3").0;
        assert!(locks.changed(&next, &before));
        assert_eq!(locks.changed_keys(&next, &before), [Key::Kwh]);
        // A machine whose specs differ from the locked ones changes `th`.
        let next = Params::from_query("kwh=0.04&n=3&miner=antminer-s9").0;
        assert!(locks.changed(&next, &before));
    }
}
