//! Keys an embed shows read-only. The reducer holds them, so no action (typing, a
//! picked machine, a region, an opened scenario, a host's `set` message) changes them:
//! the read-only field is only what the user sees of it.

use std::rc::Rc;

use crate::scenario::{Key, Params};

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

    /// Puts every locked key of `next` back to its text in `before`.
    pub fn hold(&self, next: &mut Params, before: &Params) {
        for key in self.0.iter() {
            next.set(*key, before.get(*key));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_keys_keep_their_text_and_others_change() {
        let before = Params::from_query("kwh=0.04&n=3").0;
        let mut next = Params::from_query("kwh=0.09&n=7&miner=antminer-s9").0;
        Locks::new(&[Key::Kwh, Key::Th]).hold(&mut next, &before);
        assert_eq!(next.get(Key::Kwh), "0.04");
        assert_eq!(next.get(Key::Th), before.get(Key::Th));
        assert_eq!(next.get(Key::N), "7");
        assert_eq!(next.get(Key::Miner), "antminer-s9");
    }
}
