//! The last live figures, kept in the browser with the time they were read: offline,
//! they are a fresher fallback than the shipped snapshot. Stored text is outside input
//! like any answer: it is read back through the same limits, or not at all.

use super::figures::LiveNetwork;
use super::response::{Prices, BLOCK_TIMES};
use crate::decimal::parse_f64;
use crate::engine::limits::{check, Input};
use crate::engine::snapshot::NetworkSnapshot;
use crate::engine::units::{BtcPrice, Difficulty, Sats};

/// The localStorage key. Its text: `hashwatt-live 1` then six numbers separated by
/// spaces: difficulty, the next block's height, fees a block (sat), the price (USD),
/// the tip's time (Unix s) and when the page read them (ms since 1970, the browser's
/// clock). Plain text, not JSON: nothing else in the first visit's code writes numbers
/// as JSON, and this keeps it so.
pub const STORAGE_KEY: &str = "hashwatt-live-v1";

const HEADER: &str = "hashwatt-live 1";

/// `live`, read at `read_at_ms`, as the text to store.
pub fn to_text(live: &LiveNetwork, read_at_ms: f64) -> String {
    let n = live.network;
    format!(
        "{HEADER} {} {} {} {} {} {}",
        n.difficulty.get(),
        n.height,
        n.avg_fees_per_block.to_sat(),
        n.btc_price.amount_per_btc(),
        live.tip_time_secs,
        read_at_ms
    )
}

/// The figures in a stored text and when they were read; `None` when the text is not
/// one this version wrote or a figure is out of range.
pub fn from_text(text: &str) -> Option<(LiveNetwork, f64)> {
    if text.len() > 4_096 {
        return None;
    }
    let rest = text.strip_prefix(HEADER)?.strip_prefix(' ')?;
    let mut parts = rest.split(' ');
    let mut next = || parts.next();
    let difficulty: f64 = parse_f64(next()?)?;
    let height: u64 = next()?.parse().ok()?;
    let fees_sat: u64 = next()?.parse().ok()?;
    let price_usd: f64 = parse_f64(next()?)?;
    let tip_time_secs: i64 = next()?.parse().ok()?;
    let read_at_ms: f64 = parse_f64(next()?)?;
    if next().is_some() {
        return None;
    }
    check(Input::Difficulty, difficulty).ok()?;
    check(Input::Height, height as f64).ok()?;
    check(Input::TxFees, fees_sat as f64 / 1e8).ok()?;
    check(Input::BtcPrice, price_usd).ok()?;
    // The dates the scenario accepts, and a reading time after the tip was mined.
    if !BLOCK_TIMES.contains(&tip_time_secs)
        || !read_at_ms.is_finite()
        || read_at_ms < tip_time_secs as f64 * 1e3 - 7_200_000.0
    {
        return None;
    }
    let live = LiveNetwork {
        network: NetworkSnapshot {
            difficulty: Difficulty::new(difficulty),
            height,
            avg_fees_per_block: Sats::from_sat(fees_sat),
            btc_price: BtcPrice::per_btc(price_usd),
        },
        tip_time_secs,
        prices: Prices {
            usd: Some(price_usd),
            ..Prices::default()
        },
        retarget: None,
    };
    Some((live, read_at_ms))
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
            "hashwatt-live 1".to_owned(),
            "hashwatt-live 2 150000000000000 978422 2400000 91234 1796126400 1796126500000"
                .to_owned(),
            format!("{text} 1"),
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
