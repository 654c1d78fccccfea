//! The network at a moment: difficulty, height, fees and price, with the date they were
//! read. Every figure that depends on it is only as current as that date.

use super::protocol::{expected_blocks_per_day, subsidy_at};
use super::units::{Btc, BtcPrice, Difficulty, Fiat, Hashrate, Sats};

/// Network figures the economics depend on.
/// Its `Default`, every number zero, is outside the [`limits`](crate::engine::limits):
/// a blank to set each value over, not an input.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct NetworkSnapshot {
    pub difficulty: Difficulty,
    /// Height of the next block to be mined; its subsidy is the one earned.
    pub height: u64,
    /// Average transaction fees per block (C4: an input, not derived).
    pub avg_fees_per_block: Sats,
    pub btc_price: BtcPrice,
}

/// The snapshot hashwatt ships as its default (docs/domain.md §4), and when it was read.
pub struct ShippedSnapshot {
    /// ISO date the figures were read.
    pub date: &'static str,
    /// Where the figures are from.
    pub source: &'static str,
    pub network: NetworkSnapshot,
}

/// The figures of `data/snapshot.csv` (built in by build.rs; `scripts/snapshot.sh URL`
/// rewrites the file from a mempool instance). Today: 2026-03-20, height 941,472 (a
/// retarget block), difficulty 133.79 T after a -7.7 % adjustment, BTC at $62,630, fees
/// about 0.02 BTC a block.
pub const SHIPPED_SNAPSHOT: ShippedSnapshot = include!(concat!(env!("OUT_DIR"), "/snapshot.rs"));

impl NetworkSnapshot {
    /// Subsidy of the block at this height.
    pub fn subsidy(&self) -> Sats {
        subsidy_at(self.height)
    }

    /// Subsidy plus average fees: what a block pays its finder (C4).
    pub fn block_reward(&self) -> Sats {
        self.subsidy().saturating_add(self.avg_fees_per_block)
    }

    /// Expected BTC a day for `hashrate` running all day, fees included, before any
    /// pool fee.
    pub fn expected_btc_per_day(&self, hashrate: Hashrate) -> Btc {
        self.block_reward().to_btc() * expected_blocks_per_day(hashrate, self.difficulty)
    }

    /// Hashprice: expected revenue of 1 PH/s for a day, fees included, before the pool
    /// fee, in fiat per PH/s per day (C9, Luxor's definition).
    pub fn hashprice_per_ph_day(&self) -> Fiat {
        self.expected_btc_per_day(Hashrate::from_hashes_per_second(1e15)) * self.btc_price
    }
}
