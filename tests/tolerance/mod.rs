//! The one definition of "close enough" for the tests, native and browser: a relative
//! tolerance that each test states where it compares. (The golden figures have their own,
//! `hashwatt::scenario::hooks::same_figure`: that one is part of the page's contract.)
#![allow(dead_code)] // Each test file uses its own part of this.

/// Whether `actual` is within `rel` of `expected`, relative to `expected`:
/// |actual − expected| ≤ rel · |expected|. Equal values always are (infinities
/// included); an expected 0 takes only 0, and NaN is never close.
pub fn within(actual: f64, expected: f64, rel: f64) -> bool {
    actual == expected || (actual - expected).abs() <= rel * expected.abs()
}

/// Panics, with the relative error, unless `actual` is [`within`] `rel` of `expected`.
#[track_caller]
pub fn assert_within(actual: f64, expected: f64, rel: f64) {
    assert!(
        within(actual, expected, rel),
        "{actual} vs {expected}: relative error {:e} > {rel:e}",
        ((actual - expected) / expected).abs()
    );
}
