//! Warnings beside figures that are computed but do not mean what they seem: a scenario
//! every value of which is in range, whose figures together are absurd. The page keeps
//! computing and says why. The text of each is in `crate::text::scenario`.

use crate::engine::economics::Economics;

/// A warning about the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// The running fleet hashes more than the whole network the difficulty implies
    /// (its share passes 100 %). Difficulty would not stay where it is: it retargets to
    /// the hashrate every 2,016 blocks, so figures held at today's difficulty, and the
    /// network they assume, are not what such a fleet would see.
    BeyondNetwork,
}

impl Warning {
    /// The warning's `data-testid` (README "Result hooks").
    pub fn testid(self) -> &'static str {
        match self {
            Warning::BeyondNetwork => "network-warning",
        }
    }
}

/// The warnings the figures call for, in the order shown.
pub fn warnings(e: &Economics) -> Vec<Warning> {
    let mut out = Vec::new();
    // `network_share` is a fraction: 1 is the whole network.
    if e.network_share > 1.0 {
        out.push(Warning::BeyondNetwork);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Params, Scenario};

    fn warnings_of(query: &str) -> Vec<Warning> {
        let (params, rejected) = Params::from_query(query);
        assert!(rejected.is_empty(), "{rejected:?}");
        let scenario = Scenario::from_params(&params).expect("a valid link");
        warnings(&scenario.economics().expect("computable"))
    }

    #[test]
    fn a_fleet_beyond_the_whole_network_is_warned_about() {
        // diff=1 implies 2^32 / 600 hashes per second, about 7.16 MH/s: one TH/s is
        // about 140,000 times the network.
        assert_eq!(warnings_of("th=1&n=1&diff=1"), [Warning::BeyondNetwork]);
        // The shipped snapshot's network, one S21: a share of about 2e-7.
        assert_eq!(warnings_of("v=1"), []);
        // 200 TH/s against a network of 2^32 * diff / 600 = 200e12 H/s: exactly all of
        // it is not more than all of it; a little more is.
        let whole = 200e12 * 600.0 / 2f64.powi(32);
        assert_eq!(warnings_of(&format!("th=200&diff={whole}")), []);
        assert_eq!(
            warnings_of(&format!("th=200&diff={}", whole * 0.99)),
            [Warning::BeyondNetwork]
        );
    }
}
