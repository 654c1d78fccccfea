//! One decoder per endpoint. Each takes the body as it arrived and gives a typed value
//! or the [`Problem`] that keeps it out: a body is outside input, as a link is, so it is
//! never trusted for its size, its shape or its figures.
//!
//! Field facts, read from mempool's backend source as well as its docs:
//! - `reward-stats` totals are strings of satoshis (numbers are accepted too);
//! - a price of -1 means "unavailable";
//! - difficulty and hashrate read 0 when the node behind the API is down;
//! - `difficulty-adjustment`: `estimatedRetargetDate`, `remainingTime` and `timeAvg` are
//!   in milliseconds, `previousTime` in seconds, and `previousRetarget` may be `null`;
//! - block `timestamp`s are Unix seconds.

use super::endpoint::{Endpoint, MAX_BODY_BYTES};
use super::json::{self, Json};
use crate::engine::limits::{self, Input};
use crate::engine::units::{Difficulty, Sats, SATS_PER_BTC};

/// Why a response (or one of its fields) is not used.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The request failed: offline, refused, timed out, or an HTTP error status.
    NotFetched {
        endpoint: Endpoint,
        status: Option<u16>,
    },
    /// The body is larger than [`MAX_BODY_BYTES`].
    TooLarge { endpoint: Endpoint, bytes: usize },
    /// The body is not the JSON (or plain number) the endpoint sends.
    Malformed { endpoint: Endpoint },
    /// A field the figures need is absent, or of the wrong type.
    Missing {
        endpoint: Endpoint,
        field: &'static str,
    },
    /// The API says it does not have the figure now (a price of -1, a difficulty of 0).
    Unavailable {
        endpoint: Endpoint,
        field: &'static str,
    },
    /// A figure outside what the calculator accepts from a person (the engine's limits).
    OutOfRange {
        endpoint: Endpoint,
        field: &'static str,
        value: f64,
    },
    /// Responses that contradict each other or themselves (a tip not among the newest
    /// blocks; fee totals over another number of blocks than asked).
    Inconsistent {
        endpoint: Endpoint,
        field: &'static str,
    },
}

/// The Unix times (seconds) a block may carry: the dates the scenario accepts, from the
/// genesis block (2009-01-03) to 2100-12-31.
pub(super) const BLOCK_TIMES: std::ops::RangeInclusive<i64> = 1_231_006_505..=4_133_980_799;

/// The body, unless it is larger than [`MAX_BODY_BYTES`].
fn sized(endpoint: Endpoint, body: &str) -> Result<&str, Problem> {
    if body.len() > MAX_BODY_BYTES {
        return Err(Problem::TooLarge {
            endpoint,
            bytes: body.len(),
        });
    }
    Ok(body)
}

/// The body as JSON, after the size check.
fn read_json(endpoint: Endpoint, body: &str) -> Result<Json, Problem> {
    json::parse(sized(endpoint, body)?).ok_or(Problem::Malformed { endpoint })
}

/// A JSON number field (never a string: a price sent as text is refused).
fn number(endpoint: Endpoint, object: &Json, field: &'static str) -> Result<f64, Problem> {
    object
        .get(field)
        .and_then(Json::as_f64)
        .filter(|v| v.is_finite())
        .ok_or(Problem::Missing { endpoint, field })
}

/// A whole number of satoshis sent as a string of digits or as a JSON integer.
fn sats_field(endpoint: Endpoint, object: &Json, field: &'static str) -> Result<u64, Problem> {
    let missing = Problem::Missing { endpoint, field };
    match object.get(field) {
        Some(Json::String(text)) => {
            let digits = text.trim();
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(missing);
            }
            digits.parse().map_err(|_| missing)
        }
        Some(Json::Number(n)) => n.as_u64().ok_or(missing),
        _ => Err(missing),
    }
}

fn in_range(
    endpoint: Endpoint,
    field: &'static str,
    input: Input,
    value: f64,
) -> Result<f64, Problem> {
    limits::check(input, value).map_err(|_| Problem::OutOfRange {
        endpoint,
        field,
        value,
    })
}

/// `/api/v1/mining/hashrate/3d`: the network's current difficulty.
pub fn difficulty(body: &str) -> Result<Difficulty, Problem> {
    let endpoint = Endpoint::Hashrate;
    let field = "currentDifficulty";
    let value = number(endpoint, &read_json(endpoint, body)?, field)?;
    if value == 0.0 {
        return Err(Problem::Unavailable { endpoint, field });
    }
    in_range(endpoint, field, Input::Difficulty, value).map(Difficulty::new)
}

/// `/api/blocks/tip/height`: the tip's height, sent as a bare number.
pub fn tip_height(body: &str) -> Result<u64, Problem> {
    let endpoint = Endpoint::TipHeight;
    let field = "height";
    let text = sized(endpoint, body)?.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::Malformed { endpoint });
    }
    // Digits only: a value too long for u64 is out of range, not malformed.
    let height: u64 = text.parse().unwrap_or(u64::MAX);
    // The snapshot's height is the next block's, one more than the tip: it must fit too.
    in_range(endpoint, field, Input::Height, height as f64 + 1.0)?;
    Ok(height)
}

/// `/api/blocks`: the Unix time (seconds) of the block at `height`, which must be among
/// the newest blocks listed.
pub fn block_time(body: &str, height: u64) -> Result<i64, Problem> {
    let endpoint = Endpoint::Blocks;
    let value = read_json(endpoint, body)?;
    let blocks = value.as_array().ok_or(Problem::Malformed { endpoint })?;
    let block = blocks
        .iter()
        .find(|b| b.get("height").and_then(Json::as_u64) == Some(height))
        .ok_or(Problem::Inconsistent {
            endpoint,
            field: "height",
        })?;
    let field = "timestamp";
    let secs = block
        .get(field)
        .and_then(Json::as_i64)
        .ok_or(Problem::Missing { endpoint, field })?;
    if !BLOCK_TIMES.contains(&secs) {
        return Err(Problem::OutOfRange {
            endpoint,
            field,
            value: secs as f64,
        });
    }
    Ok(secs)
}

/// `/api/v1/mining/reward-stats/144`: average transaction fees per block over the last
/// 144 blocks, in whole satoshis.
pub fn average_fees(body: &str) -> Result<Sats, Problem> {
    let endpoint = Endpoint::RewardStats;
    let value = read_json(endpoint, body)?;
    let total = sats_field(endpoint, &value, "totalFee")?;
    let start = value.get("startBlock").and_then(Json::as_u64);
    let end = value.get("endBlock").and_then(Json::as_u64);
    let blocks = Endpoint::REWARD_STATS_BLOCKS;
    // The range is reported either inclusive of both ends or as `end - count`; anything
    // else is a total over another number of blocks than the one we divide by.
    match (start, end) {
        (Some(s), Some(e))
            if e.checked_sub(s)
                .is_some_and(|d| d == blocks - 1 || d == blocks) => {}
        _ => {
            return Err(Problem::Inconsistent {
                endpoint,
                field: "startBlock",
            })
        }
    }
    let field = "totalFee";
    let average = (total as f64 / blocks as f64).round();
    in_range(
        endpoint,
        field,
        Input::TxFees,
        average / SATS_PER_BTC as f64,
    )?;
    // In range: at most 100 BTC, so exact as u64.
    Ok(Sats::from_sat(average as u64))
}

/// BTC prices in the currencies `/api/v1/prices` carries; `None` where the API said -1
/// (unavailable) or sent nothing usable.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prices {
    pub usd: Option<f64>,
    pub eur: Option<f64>,
    pub gbp: Option<f64>,
    pub cad: Option<f64>,
    pub chf: Option<f64>,
    pub aud: Option<f64>,
    pub jpy: Option<f64>,
}

/// `/api/v1/prices`. The US dollar price is required (every scenario's price is in
/// dollars); a missing or refused other currency is reported and left out.
pub fn prices(body: &str) -> (Result<Prices, Problem>, Vec<Problem>) {
    let endpoint = Endpoint::Prices;
    let value = match read_json(endpoint, body) {
        Ok(v) if v.is_object() => v,
        Ok(_) => return (Err(Problem::Malformed { endpoint }), Vec::new()),
        Err(e) => return (Err(e), Vec::new()),
    };
    let read = |field: &'static str| -> Result<f64, Problem> {
        let price = number(endpoint, &value, field)?;
        if price == -1.0 {
            return Err(Problem::Unavailable { endpoint, field });
        }
        // Each currency's price against the dollar range: generous enough for the yen
        // (about 150 JPY per USD) within 1e9.
        in_range(endpoint, field, Input::BtcPrice, price)
    };
    let usd = match read("USD") {
        Ok(p) => p,
        Err(e) => return (Err(e), Vec::new()),
    };
    let mut others = Vec::new();
    let mut other = |field: &'static str| read(field).map_err(|e| others.push(e)).ok();
    let prices = Prices {
        usd: Some(usd),
        eur: other("EUR"),
        gbp: other("GBP"),
        cad: other("CAD"),
        chf: other("CHF"),
        aud: other("AUD"),
        jpy: other("JPY"),
    };
    (Ok(prices), others)
}

/// The next retarget, as `/api/v1/difficulty-adjustment` estimates it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Retarget {
    pub remaining_blocks: u32,
    /// Unix time in milliseconds.
    pub estimated_at_ms: f64,
    /// The estimated change, in %.
    pub change_percent: f64,
}

/// `/api/v1/difficulty-adjustment`.
pub fn retarget(body: &str) -> Result<Retarget, Problem> {
    let endpoint = Endpoint::DifficultyAdjustment;
    let value = read_json(endpoint, body)?;
    let remaining = number(endpoint, &value, "remainingBlocks")?;
    if !(0.0..=2016.0).contains(&remaining) || remaining.fract() != 0.0 {
        return Err(Problem::OutOfRange {
            endpoint,
            field: "remainingBlocks",
            value: remaining,
        });
    }
    let at = number(endpoint, &value, "estimatedRetargetDate")?;
    // Milliseconds: 2009-01-03 to 2100-12-31.
    if !(1.231e12..=4.134e12).contains(&at) {
        return Err(Problem::OutOfRange {
            endpoint,
            field: "estimatedRetargetDate",
            value: at,
        });
    }
    let change = number(endpoint, &value, "difficultyChange")?;
    // A retarget changes difficulty by at most a factor of 4 either way.
    if !(-75.0..=300.0).contains(&change) {
        return Err(Problem::OutOfRange {
            endpoint,
            field: "difficultyChange",
            value: change,
        });
    }
    Ok(Retarget {
        // In 0..=2016 and whole, checked above.
        remaining_blocks: remaining as u32,
        estimated_at_ms: at,
        change_percent: change,
    })
}
