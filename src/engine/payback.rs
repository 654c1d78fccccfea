//! The payback of a projection: the moment the cumulative cash flow from operations,
//! less the hardware, first reaches zero (resale not counted), and whether it later
//! falls back below zero.
//!
//! Method: the projection walks the horizon piece by piece (a piece keeps one
//! difficulty and one subsidy within one calendar month), and the cash of a piece is
//! known in closed form at every instant of it (price and fee growth integrated
//! exactly). The watch keeps the cumulative cash at each piece's end; in the piece
//! where it first reaches zero, the instant is found by bisection to within a second,
//! and its UTC day is the payback date. A month's profit is not spread evenly, so a
//! halving or a retarget inside the month moves the date as it moves the cash.

/// Seconds within which the crossing is found: far finer than the day it is shown as.
const PRECISION_SECS: f64 = 1.0;

/// Follows the cumulative cash through the pieces of a projection.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PaybackWatch {
    /// Cash from operations so far, less the hardware.
    cumulative: f64,
    /// Whether there is an investment to pay back.
    bought: bool,
    /// Seconds from the projection's start at which the cumulative cash first reached
    /// zero.
    pub crossed_at: Option<f64>,
    /// Whether the cumulative cash was below zero again at a piece's end after that.
    pub fell_back: bool,
}

impl PaybackWatch {
    /// A watch for `hardware` paid when the machines start.
    pub fn new(hardware: f64) -> PaybackWatch {
        PaybackWatch {
            cumulative: -hardware,
            bought: hardware > 0.0,
            crossed_at: None,
            fell_back: false,
        }
    }

    /// Adds the piece from `a0` to `a1` seconds, whose operating cash from `a0` to any
    /// `t` in it is `cash(t)` (zero at `a0`).
    pub fn piece(&mut self, a0: f64, a1: f64, cash: impl Fn(f64) -> f64) {
        let before = self.cumulative;
        let after = before + cash(a1);
        if self.bought && self.crossed_at.is_none() && before < 0.0 && after >= 0.0 {
            let (mut lo, mut hi) = (a0, a1);
            while hi - lo > PRECISION_SECS {
                let mid = 0.5 * (lo + hi);
                if before + cash(mid) >= 0.0 {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            self.crossed_at = Some(hi);
        } else if self.crossed_at.is_some() && after < 0.0 {
            self.fell_back = true;
        }
        self.cumulative = after;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossing_within_a_piece_and_falling_back() {
        // $100 paid back at $10 a second: 10 s into a piece from 0 to 50 s.
        let mut w = PaybackWatch::new(100.0);
        w.piece(0.0, 50.0, |t| 10.0 * t);
        assert!((w.crossed_at.unwrap() - 10.0).abs() <= PRECISION_SECS);
        assert!(!w.fell_back);
        // Then losing $20 a second for 30 s: $400 - $600 < 0.
        w.piece(50.0, 80.0, |t| -20.0 * (t - 50.0));
        assert!(w.fell_back);
        // Nothing bought: no payback.
        let mut free = PaybackWatch::new(0.0);
        free.piece(0.0, 10.0, |t| t);
        assert_eq!(free.crossed_at, None);
    }
}
