//! A stable sort for the few short lists the page orders: a fleet's lines by
//! efficiency, surcharge bands, a scenario's errors.
//!
//! Each call of `slice::sort_by` compiles its own copy of core's stable sort (driftsort:
//! a quicksort, merges, sorting networks), about 3.7 KB of WebAssembly per element type;
//! five of them made 19 KB of the page's module. These lists hold at most a few dozen
//! items (a fleet's lines, the bands of one surcharge line, one error per key), where an
//! insertion sort does the same work in a few comparisons, in a few dozen bytes per type
//! (docs/toolchain.md, "Where the bytes go").
//!
//! Stable, as `sort_by` is: items that compare equal keep their order, so both give the
//! same order for the same comparison (tested below against `sort_by`).

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping the order of equal items. Quadratic: for short
/// lists only (a few hundred items at most).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;

    #[test]
    fn edges() {
        let mut empty: [u8; 0] = [];
        sort_by(&mut empty, u8::cmp);
        let mut one = [7];
        sort_by(&mut one, i32::cmp);
        assert_eq!(one, [7]);
        let mut down = [5, 4, 3, 2, 1];
        sort_by(&mut down, i32::cmp);
        assert_eq!(down, [1, 2, 3, 4, 5]);
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// The same order as core's stable sort, ties included: pairs compared by their
        /// first item only keep their second items' order.
        #[test]
        fn same_order_as_core_stable_sort(
            items in proptest::collection::vec((0u8..6, any::<u16>()), 0..60),
        ) {
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut core = items;
            core.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, core);
        }

        /// Floats by `total_cmp`, as the fleet's orders compare them.
        #[test]
        fn same_order_for_floats(items in proptest::collection::vec(any::<f64>(), 0..60)) {
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| b.total_cmp(a));
            let mut core = items;
            core.sort_by(|a, b| b.total_cmp(a));
            prop_assert_eq!(
                ours.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                core.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
            );
        }
    }
}
