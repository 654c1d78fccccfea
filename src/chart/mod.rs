//! Chart geometry, pure and tested natively: linear scales, "nice" ticks, and the
//! layout of the cumulative profit chart ([`cumulative`]): its line with the areas above
//! and below zero ([`areas`]), the monthly revenue against cost beneath it ([`flows`]),
//! and labels kept from overlapping ([`labels`]). The component only draws what this
//! returns.

pub mod areas;
pub mod cumulative;
pub mod flows;
pub mod labels;
pub mod marks;

/// Maps a domain interval onto a range of pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LinearScale {
    /// A scale over `domain`, widened when it is empty so that the map stays finite.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        let (mut d0, mut d1) = domain;
        if !(d1 - d0).is_normal() || d1 < d0 {
            let mid = if d0.is_finite() { d0 } else { 0.0 };
            let half = mid.abs().max(1.0) * 0.5;
            (d0, d1) = (mid - half, mid + half);
        }
        LinearScale {
            domain: (d0, d1),
            range,
        }
    }

    pub fn map(&self, x: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        r0 + (x - d0) / (d1 - d0) * (r1 - r0)
    }

    /// The domain value at `at` in the range (a pointer's position to a month); the
    /// domain's start when the range is empty.
    pub fn invert(&self, at: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if (r1 - r0).is_normal() {
            d0 + (at - r0) / (r1 - r0) * (d1 - d0)
        } else {
            d0
        }
    }
}

/// A step of 1, 2 or 5 times a power of ten that cuts `span` into about `count` parts.
pub fn nice_step(span: f64, count: usize) -> f64 {
    let raw = span.abs() / count.max(1) as f64;
    if !raw.is_normal() {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    let fraction = raw / power;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// Ticks at multiples of a nice step covering `[lo, hi]`, the first at or below `lo`
/// and the last at or above `hi`; zero is always a tick when it lies inside.
pub fn nice_ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let step = nice_step(hi - lo, count);
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    // Bounded: a nice step makes at most about `count` + 2 ticks.
    (0..=((last - first) as usize).min(4 * count + 4))
        .map(|i| (first + i as f64) * step)
        // Snap -0 and float dust to the step grid.
        .map(|t| {
            if (t / step).round() == 0.0 {
                0.0
            } else {
                (t / step).round() * step
            }
        })
        .collect()
}

/// Month indices to label on a horizon of `months`: every 3, 6 or 12 months, or every
/// 24 beyond five years, so that about six labels fit.
pub fn month_ticks(months: u32) -> Vec<u32> {
    let every = match months {
        0..=12 => 3,
        13..=36 => 6,
        37..=60 => 12,
        _ => 24,
    };
    (0..=months).step_by(every).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_map_ends_and_survive_empty_domains() {
        let s = LinearScale::new((0.0, 10.0), (40.0, 440.0));
        assert_eq!((s.map(0.0), s.map(10.0), s.map(5.0)), (40.0, 440.0, 240.0));
        let inverted = LinearScale::new((-100.0, 100.0), (260.0, 20.0));
        assert_eq!(inverted.map(0.0), 140.0);
        let flat = LinearScale::new((7.0, 7.0), (0.0, 100.0));
        assert!(flat.map(7.0).is_finite());
        assert_eq!(flat.map(7.0), 50.0);
        // Inverting goes back to the domain.
        assert_eq!(
            (s.invert(40.0), s.invert(240.0), s.invert(440.0)),
            (0.0, 5.0, 10.0)
        );
        assert_eq!(inverted.invert(140.0), 0.0);
        assert_eq!(LinearScale::new((0.0, 1.0), (5.0, 5.0)).invert(9.0), 0.0);
    }

    #[track_caller]
    fn case(lo: f64, hi: f64, count: usize, ticks: &[f64]) {
        assert_eq!(nice_ticks(lo, hi, count), ticks, "{lo}..{hi}");
    }

    #[test]
    fn ticks_are_nice_and_cover() {
        case(0.0, 10.0, 5, &[0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        case(
            -1_234.0,
            5_678.0,
            5,
            &[-2_000.0, 0.0, 2_000.0, 4_000.0, 6_000.0],
        );
        case(-3.3e6, -0.2e6, 4, &[-4e6, -3e6, -2e6, -1e6, 0.0]);
        case(0.1, 0.13, 3, &[0.1, 0.11, 0.12, 0.13]);
        case(5.0, 5.0, 5, &[5.0]);
        assert_eq!(nice_step(0.0, 5), 1.0);
        assert_eq!(nice_step(f64::NAN, 5), 1.0);
    }

    #[test]
    fn month_labels_fit() {
        assert_eq!(month_ticks(12), [0, 3, 6, 9, 12]);
        assert_eq!(month_ticks(36), [0, 6, 12, 18, 24, 30, 36]);
        assert_eq!(month_ticks(120), [0, 24, 48, 72, 96, 120]);
        assert_eq!(month_ticks(1), [0]);
    }
}
