//! Keys an embed shows read-only. The reducer refuses any action that would change
//! one (typing, a picked machine, a currency or region, an opened scenario), and a
//! host's `set` message has its locked keys taken out first: the read-only field is
//! only what the user sees of it.

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
        self.0.iter().any(|k| next.get(*k) != before.get(*k))
    }

    /// Puts every locked key of `next` back to its text in `before`; returns the keys
    /// that had changed.
    pub fn hold(&self, next: &mut Params, before: &Params) -> Vec<Key> {
        let changed: Vec<Key> = self
            .0
            .iter()
            .copied()
            .filter(|k| next.get(*k) != before.get(*k))
            .collect();
        for key in &changed {
            next.set(*key, before.get(*key));
        }
        changed
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
    fn held_keys_keep_their_text_and_others_change() {
        let before = Params::from_query("kwh=0.04&n=3").0;
        let mut next = Params::from_query("kwh=0.09&n=7&miner=antminer-s9").0;
        let locks = Locks::new(&[Key::Kwh, Key::Th, Key::Pool]);
        assert!(locks.changed(&next, &before));
        assert_eq!(locks.hold(&mut next, &before), [Key::Kwh, Key::Th]);
        assert!(!locks.changed(&next, &before));
        assert_eq!(next.get(Key::Kwh), "0.04");
        assert_eq!(next.get(Key::Th), before.get(Key::Th));
        assert_eq!(next.get(Key::N), "7");
        assert_eq!(next.get(Key::Miner), "antminer-s9");
    }
}
