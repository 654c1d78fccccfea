//! Bitcoin's consensus constants and the conventions that turn difficulty into
//! expected blocks (docs/domain.md §1 and C1-C3).

use super::units::{Difficulty, Hashrate, Sats, SATS_PER_BTC};

/// Target block interval, seconds (`nPowTargetSpacing`).
pub const BLOCK_INTERVAL_SECS: f64 = 600.0;
/// Seconds in a day.
pub const SECS_PER_DAY: f64 = 86_400.0;
/// Blocks between difficulty retargets (`nPowTargetTimespan / nPowTargetSpacing`).
pub const RETARGET_INTERVAL: u64 = 2_016;
/// Blocks between subsidy halvings (`nSubsidyHalvingInterval`).
pub const HALVING_INTERVAL: u64 = 210_000;
/// Subsidy of the first block era: 50 BTC.
pub const INITIAL_SUBSIDY: Sats = Sats::from_sat(50 * SATS_PER_BTC);
/// Expected hashes per unit of difficulty. Every public calculator uses 2^32; the exact
/// figure from the difficulty-1 target is 2^48 / 65535, 15 ppm more (docs/domain.md C1).
pub const HASHES_PER_DIFFICULTY: f64 = 4_294_967_296.0;

/// Number of halvings that have happened by `height`.
pub fn halvings_at(height: u64) -> u64 {
    height / HALVING_INTERVAL
}

/// Block subsidy at `height`, as Bitcoin Core's `GetBlockSubsidy` computes it: 50 BTC
/// shifted right once per halving, and zero once the shift would reach 64 (a `u64`
/// shift by 64 or more is undefined in C++ and panics in Rust).
pub fn subsidy_at(height: u64) -> Sats {
    let halvings = halvings_at(height);
    if halvings >= 64 {
        return Sats::ZERO;
    }
    Sats::from_sat(INITIAL_SUBSIDY.to_sat() >> halvings)
}

/// Height of the first block of the next subsidy era after `height`.
pub fn next_halving_height(height: u64) -> u64 {
    (halvings_at(height) + 1) * HALVING_INTERVAL
}

/// Expected hashes to find one block at `difficulty` (C1).
pub fn expected_hashes_per_block(difficulty: Difficulty) -> f64 {
    difficulty.get() * HASHES_PER_DIFFICULTY
}

/// Network hashrate implied by difficulty at 600-second blocks (C2).
pub fn implied_network_hashrate(difficulty: Difficulty) -> Hashrate {
    Hashrate::from_hashes_per_second(expected_hashes_per_block(difficulty) / BLOCK_INTERVAL_SECS)
}

/// Blocks a miner of `hashrate` expects to find a day at `difficulty` (C3).
pub fn expected_blocks_per_day(hashrate: Hashrate, difficulty: Difficulty) -> f64 {
    hashrate.hashes_per_second() * SECS_PER_DAY / expected_hashes_per_block(difficulty)
}

/// Mean seconds a miner of `hashrate` waits for one block at `difficulty`.
pub fn expected_secs_per_block(hashrate: Hashrate, difficulty: Difficulty) -> f64 {
    expected_hashes_per_block(difficulty) / hashrate.hashes_per_second()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn case(height: u64, sat: u64) {
        assert_eq!(
            subsidy_at(height).to_sat(),
            sat,
            "subsidy at height {height}"
        );
    }

    #[test]
    fn next_halving() {
        assert_eq!(next_halving_height(941_472), 1_050_000);
        assert_eq!(next_halving_height(840_000), 1_050_000);
        assert_eq!(next_halving_height(839_999), 840_000);
    }

    #[test]
    fn subsidy_edges() {
        case(1_049_999, 312_500_000);
        case(u64::MAX, 0);
    }
}
