//! The last live figures, kept in the browser with the time they were read: offline,
//! they are a fresher fallback than the shipped snapshot. Stored text is outside input
//! like any answer: it is read back through the same limits, or not at all.

use serde::{Deserialize, Serialize};

use super::figures::LiveNetwork;
use super::response::Prices;
use crate::engine::limits::{check, Input};
use crate::engine::snapshot::NetworkSnapshot;
use crate::engine::units::{BtcPrice, Difficulty, Sats};

/// The localStorage key; its format is [`Stored`] as JSON.
pub const STORAGE_KEY: &str = "hashwatt-live-v1";

/// What is kept: the network figures, the tip's time and when they were read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Stored {
    difficulty: f64,
    /// The next block's height, as in a snapshot.
    height: u64,
    fees_sat: u64,
    price_usd: f64,
    tip_time_secs: i64,
    /// When the page read them, ms since 1970 (the browser's clock).
    read_at_ms: f64,
}

/// `live`, read at `read_at_ms`, as the text to store.
pub fn to_text(live: &LiveNetwork, read_at_ms: f64) -> String {
    let n = live.network;
    let stored = Stored {
        difficulty: n.difficulty.get(),
        height: n.height,
        fees_sat: n.avg_fees_per_block.to_sat(),
        price_usd: n.btc_price.amount_per_btc(),
        tip_time_secs: live.tip_time_secs,
        read_at_ms,
    };
    serde_json::to_string(&stored).unwrap_or_default()
}

/// The figures in a stored text and when they were read; `None` when the text is not
/// one this version wrote or a figure is out of range.
pub fn from_text(text: &str) -> Option<(LiveNetwork, f64)> {
    if text.len() > 4_096 {
        return None;
    }
    let s: Stored = serde_json::from_str(text).ok()?;
    check(Input::Difficulty, s.difficulty).ok()?;
    check(Input::Height, s.height as f64).ok()?;
    check(Input::TxFees, s.fees_sat as f64 / 1e8).ok()?;
    check(Input::BtcPrice, s.price_usd).ok()?;
    // The dates the scenario accepts, and a reading time after the tip was mined.
    if !(1_231_006_505..=4_133_980_799).contains(&s.tip_time_secs)
        || !s.read_at_ms.is_finite()
        || s.read_at_ms < s.tip_time_secs as f64 * 1e3 - 7_200_000.0
    {
        return None;
    }
    let live = LiveNetwork {
        network: NetworkSnapshot {
            difficulty: Difficulty::new(s.difficulty),
            height: s.height,
            avg_fees_per_block: Sats::from_sat(s.fees_sat),
            btc_price: BtcPrice::per_btc(s.price_usd),
        },
        tip_time_secs: s.tip_time_secs,
        prices: Prices {
            usd: Some(s.price_usd),
            ..Prices::default()
        },
        retarget: None,
    };
    Some((live, s.read_at_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live() -> LiveNetwork {
        LiveNetwork {
            network: NetworkSnapshot {
                difficulty: Difficulty::new(150e12),
                height: 978_422,
                avg_fees_per_block: Sats::from_sat(2_400_000),
                btc_price: BtcPrice::per_btc(91_234.0),
            },
            tip_time_secs: 1_796_126_400,
            prices: Prices {
                usd: Some(91_234.0),
                ..Prices::default()
            },
            retarget: None,
        }
    }

    #[test]
    fn stored_figures_read_back_equal() {
        let text = to_text(&live(), 1_796_126_500_000.0);
        assert_eq!(from_text(&text), Some((live(), 1_796_126_500_000.0)));
    }

    #[test]
    fn corrupt_or_absurd_stored_figures_are_not_used() {
        let text = to_text(&live(), 1_796_126_500_000.0);
        for bad in [
            String::new(),
            "null".to_owned(),
            "{}".to_owned(),
            text.replace("150000000000000", "1e40"),
            text.replace("150000000000000", "0"),
            text.replace("91234", "-1"),
            text.replace("1796126400", "99"),
            // Read two days before the tip was mined: a wrong clock, or a forgery.
            text.replace("1796126500000", "1795953600000"),
            format!("{text}{}", " ".repeat(5_000)),
        ] {
            assert_eq!(from_text(&bad), None, "{bad:.80}");
        }
    }
}
