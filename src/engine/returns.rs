//! What a series of cash flows is worth: its net present value at an annual rate, and
//! the rate at which that value is zero (the internal rate of return).

use super::projection::YEAR_SECS;

/// Discount factor at `t` seconds for an annual rate.
fn discount(rate: f64, t: f64) -> f64 {
    (1.0 + rate).powf(-t / YEAR_SECS)
}

/// A cash flow at a time, for NPV and IRR.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Flow {
    /// Seconds from the projection's start.
    pub t: f64,
    pub amount: f64,
}

/// The flows discounted to the start at an annual `rate`.
pub(crate) fn npv(rate: f64, flows: &[Flow]) -> f64 {
    flows.iter().map(|f| f.amount * discount(rate, f.t)).sum()
}

/// The annual rate in (-99 %, 10,000 %) at which `(seconds, amount)` flows have a zero
/// NPV, by bisection;
/// `None` without a sign change there.
pub fn irr(flows: &[(f64, f64)]) -> Option<f64> {
    let flows: Vec<Flow> = flows
        .iter()
        .map(|&(t, amount)| Flow { t, amount })
        .collect();
    let (mut lo, mut hi) = (-0.99, 100.0);
    let (f_lo, f_hi) = (npv(lo, &flows), npv(hi, &flows));
    if !(f_lo.is_finite() && f_hi.is_finite()) || f_lo.signum() == f_hi.signum() {
        return None;
    }
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        let f_mid = npv(mid, &flows);
        if f_mid == 0.0 || hi - lo < 1e-12 {
            return Some(mid);
        }
        if f_mid.signum() == f_lo.signum() {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(0.5 * (lo + hi))
}
