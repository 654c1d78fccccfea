//! The requests: plain GETs (no custom header, so no CORS preflight) to one API base.

/// The largest body read from any endpoint. The real ones are well under 2 KB except
/// the block list (about 10 KB for 10 blocks) and the 3-day hashrate history (about
/// 8 KB); anything larger is refused unread.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The API base a deployment uses unless it sets its own (README, "Live network").
pub const DEFAULT_API_BASE: &str = "https://mempool.space";

/// One of the GETs the page sends when it opens, and at most every 10 minutes after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Endpoint {
    /// `currentDifficulty`: the absolute difficulty (`difficulty-adjustment` gives only
    /// the change in %).
    Hashrate,
    /// The next retarget: remaining blocks and its estimated date.
    DifficultyAdjustment,
    /// The tip's height, as plain text.
    TipHeight,
    /// The newest blocks, newest first: the tip block's time dates the figures.
    Blocks,
    /// Fees over the last 144 blocks (Luxor's hashprice convention).
    RewardStats,
    /// BTC in USD, EUR, GBP, CAD, CHF, AUD and JPY.
    Prices,
}

impl Endpoint {
    pub const ALL: [Endpoint; 6] = [
        Endpoint::Hashrate,
        Endpoint::DifficultyAdjustment,
        Endpoint::TipHeight,
        Endpoint::Blocks,
        Endpoint::RewardStats,
        Endpoint::Prices,
    ];

    /// The endpoint's position in [`Endpoint::ALL`] (its declaration order).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The path under the API base.
    pub fn path(self) -> &'static str {
        match self {
            Endpoint::Hashrate => "/api/v1/mining/hashrate/3d",
            Endpoint::DifficultyAdjustment => "/api/v1/difficulty-adjustment",
            Endpoint::TipHeight => "/api/blocks/tip/height",
            Endpoint::Blocks => "/api/blocks",
            Endpoint::RewardStats => "/api/v1/mining/reward-stats/144",
            Endpoint::Prices => "/api/v1/prices",
        }
    }

    /// A file name for this endpoint's saved body (`scripts/snapshot.sh`, the fixtures).
    pub fn file_name(self) -> &'static str {
        match self {
            Endpoint::Hashrate => "hashrate-3d.json",
            Endpoint::DifficultyAdjustment => "difficulty-adjustment.json",
            Endpoint::TipHeight => "tip-height.txt",
            Endpoint::Blocks => "blocks.json",
            Endpoint::RewardStats => "reward-stats-144.json",
            Endpoint::Prices => "prices.json",
        }
    }

    /// The number of blocks `RewardStats` averages over (its path's last segment).
    pub const REWARD_STATS_BLOCKS: u64 = 144;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_endpoint_indexes_its_place_in_all() {
        for (i, endpoint) in Endpoint::ALL.into_iter().enumerate() {
            assert_eq!(endpoint.index(), i, "{endpoint:?}");
        }
    }
}
