//! [`KeyMap`]: at most one value per [`Key`], in key order.
//!
//! A fixed array with a slot per key, for the scenario's texts (`Params`), a query's
//! given values and the numbers read from them. `Key` is a small enum, so a slot per key
//! is both simpler and smaller than a `BTreeMap<Key, _>`: the B-tree's code (insertion,
//! rebalancing, bulk building with a stable sort, drop) made about 14 KB of the page's
//! WebAssembly (docs/toolchain.md, "Where the bytes go"). Iteration is in key order, as
//! the B-tree's was.

use super::key::Key;

/// One optional value per key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyMap<V> {
    slots: [Option<V>; Key::ALL.len()],
}

impl<V> Default for KeyMap<V> {
    fn default() -> Self {
        KeyMap {
            slots: std::array::from_fn(|_| None),
        }
    }
}

impl<V> KeyMap<V> {
    /// The value of `key`, if set.
    pub fn get(&self, key: Key) -> Option<&V> {
        self.slots[key as usize].as_ref()
    }

    /// Sets `key` to `value`, replacing what it held.
    pub fn insert(&mut self, key: Key, value: V) {
        self.slots[key as usize] = Some(value);
    }

    /// Takes `key`'s value out.
    pub fn remove(&mut self, key: Key) -> Option<V> {
        self.slots[key as usize].take()
    }

    pub fn contains_key(&self, key: Key) -> bool {
        self.slots[key as usize].is_some()
    }

    /// The keys set and their values, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (Key, &V)> {
        Key::ALL
            .into_iter()
            .zip(&self.slots)
            .filter_map(|(key, slot)| Some((key, slot.as_ref()?)))
    }

    /// The keys set, in key order.
    pub fn keys(&self) -> impl Iterator<Item = Key> + '_ {
        self.iter().map(|(key, _)| key)
    }
}

impl<V> FromIterator<(Key, V)> for KeyMap<V> {
    /// The last value of a repeated key counts.
    fn from_iter<I: IntoIterator<Item = (Key, V)>>(items: I) -> Self {
        let mut map = KeyMap::default();
        for (key, value) in items {
            map.insert(key, value);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;
    #[cfg(not(target_arch = "wasm32"))]
    use std::collections::BTreeMap;

    #[test]
    fn every_key_has_its_own_slot() {
        let map: KeyMap<usize> = Key::ALL
            .into_iter()
            .enumerate()
            .map(|(i, k)| (k, i))
            .collect();
        for (i, key) in Key::ALL.into_iter().enumerate() {
            assert_eq!(map.get(key), Some(&i), "{key:?}");
        }
        assert_eq!(map.keys().collect::<Vec<_>>(), Key::ALL.to_vec());
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// Any sequence of inserts and removes leaves what a `BTreeMap` would hold, in
        /// the same order.
        #[test]
        fn behaves_as_a_btree_map(
            ops in proptest::collection::vec((0..Key::ALL.len(), any::<bool>(), any::<u8>()), 0..120),
        ) {
            let mut ours = KeyMap::default();
            let mut btree = BTreeMap::new();
            for (i, insert, value) in ops {
                let key = Key::ALL[i];
                if insert {
                    ours.insert(key, value);
                    btree.insert(key, value);
                } else {
                    prop_assert_eq!(ours.remove(key), btree.remove(&key));
                }
                prop_assert_eq!(ours.contains_key(key), btree.contains_key(&key));
            }
            let listed: Vec<_> = ours.iter().map(|(k, v)| (k, *v)).collect();
            let expected: Vec<_> = btree.iter().map(|(k, v)| (*k, *v)).collect();
            prop_assert_eq!(listed, expected);
        }
    }
}
