//! What a series of cash flows is worth: its net present value at an annual rate, and
//! the rates at which that value is zero (the internal rates of return).
//!
//! The IRR search covers every rate above −100 %. With x = ln(1 + rate), the NPV is
//! f(x) = Σ aᵢ e^(−x τᵢ) (τᵢ the flow's time in years), a sum of exponentials whose
//! real roots number at most the sign changes of its amounts, in time order (Descartes'
//! rule, as generalised by Laguerre). The roots are found exactly that way: multiplying
//! f by e^(x c), with c between the first two amounts of opposite sign, and
//! differentiating gives a sum with one sign change fewer, whose roots separate f's
//! (Rolle); recursing down to one sign change leaves intervals on which f is monotone,
//! and each is bisected. No root is missed by a grid that was too coarse.

use super::projection::YEAR_SECS;

/// The x = ln(1 + rate) searched: rates from −100 % + 2.3e−16 (−36) to about 4.3e15,
/// i.e. 4.3e17 % a year (36). Beyond these an annual rate means nothing, and e^(x τ)
/// stays far inside f64 for a horizon of at most ten years.
const LN_RANGE: (f64, f64) = (-36.0, 36.0);

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

/// A sum Σ aᵢ e^(−x (τᵢ − mid)): `terms` are (τ in years, a), in time order, none zero.
/// `mid` centres the exponents so that they stay small at both ends of [`LN_RANGE`]; it
/// scales the sum by a positive factor and moves no root.
struct Exponentials {
    terms: Vec<(f64, f64)>,
    mid: f64,
}

impl Exponentials {
    fn at(&self, x: f64) -> f64 {
        self.terms
            .iter()
            .map(|&(tau, a)| a * (-x * (tau - self.mid)).exp())
            .sum()
    }

    /// Indexes i where the amounts i and i + 1 have opposite signs.
    fn sign_changes(&self) -> Vec<usize> {
        self.terms
            .windows(2)
            .enumerate()
            .filter(|(_, w)| (w[0].1 > 0.0) != (w[1].1 > 0.0))
            .map(|(i, _)| i)
            .collect()
    }

    /// The roots in [lo, hi], ascending.
    fn roots(&self, lo: f64, hi: f64) -> Vec<f64> {
        let changes = self.sign_changes();
        let Some(&first) = changes.first() else {
            // One sign throughout: never zero.
            return Vec::new();
        };
        if changes.len() == 1 {
            // At most one root, and a simple one: f changes sign across it.
            return bisect(|x| self.at(x), lo, hi).into_iter().collect();
        }
        // d/dx [e^(x c) f(x)] = Σ aᵢ (c − τᵢ) e^(−x (τᵢ − c)): the change at `first`
        // disappears, every other stays. Scaled to keep the amounts near 1.
        let c = 0.5 * (self.terms[first].0 + self.terms[first + 1].0);
        let derived: Vec<(f64, f64)> = self
            .terms
            .iter()
            .map(|&(tau, a)| (tau, a * (c - tau)))
            .collect();
        let scale = derived.iter().map(|t| t.1.abs()).fold(0.0, f64::max);
        let derived = Exponentials {
            terms: derived
                .into_iter()
                .map(|(tau, a)| (tau, a / scale))
                .collect(),
            mid: self.mid,
        };
        let mut cuts = vec![lo];
        cuts.extend(derived.roots(lo, hi));
        cuts.push(hi);
        let mut out: Vec<f64> = cuts
            .windows(2)
            .filter_map(|w| bisect(|x| self.at(x), w[0], w[1]))
            .collect();
        // A root on a cut is found from both sides.
        out.dedup_by(|a, b| (*a - *b).abs() <= 1e-12 * a.abs().max(1.0));
        out
    }
}

/// The point in [lo, hi] where `f` changes sign, to the last bit; `None` when it has the
/// same sign at both ends (or is not finite there).
fn bisect(f: impl Fn(f64) -> f64, mut lo: f64, mut hi: f64) -> Option<f64> {
    let (f_lo, f_hi) = (f(lo), f(hi));
    if !(f_lo.is_finite() && f_hi.is_finite()) {
        return None;
    }
    if f_lo == 0.0 {
        return Some(lo);
    }
    if f_hi == 0.0 {
        return Some(hi);
    }
    if (f_lo > 0.0) == (f_hi > 0.0) {
        return None;
    }
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        let f_mid = f(mid);
        if f_mid == 0.0 {
            return Some(mid);
        }
        if (f_mid > 0.0) == (f_lo > 0.0) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(0.5 * (lo + hi))
}

/// Every annual rate above −100 % at which `(seconds, amount)` flows have a zero NPV,
/// lowest first: none when the amounts never change sign, at most one per sign change.
pub fn irr(flows: &[(f64, f64)]) -> Vec<f64> {
    let mut terms: Vec<(f64, f64)> = flows
        .iter()
        .filter(|(t, a)| t.is_finite() && a.is_finite())
        .map(|&(t, a)| (t / YEAR_SECS, a))
        .collect();
    // In time order. An insertion sort: the projection's flows come in order already, so
    // this is one pass, and it costs the page no general sort's code.
    for i in 1..terms.len() {
        let mut j = i;
        while j > 0 && terms[j - 1].0 > terms[j].0 {
            terms.swap(j - 1, j);
            j -= 1;
        }
    }
    // Flows at the same time are one flow.
    let mut merged: Vec<(f64, f64)> = Vec::with_capacity(terms.len());
    for (tau, a) in terms {
        match merged.last_mut() {
            Some(last) if last.0 == tau => last.1 += a,
            _ => merged.push((tau, a)),
        }
    }
    merged.retain(|t| t.1 != 0.0);
    let (Some(first), Some(last)) = (merged.first(), merged.last()) else {
        return Vec::new();
    };
    let npv = Exponentials {
        mid: 0.5 * (first.0 + last.0),
        terms: merged,
    };
    npv.roots(LN_RANGE.0, LN_RANGE.1)
        .into_iter()
        .map(f64::exp_m1)
        .filter(|r| r.is_finite() && *r > -1.0)
        .collect()
}
