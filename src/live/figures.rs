//! The decoded responses combined into one set of network figures with its date.
//!
//! All or nothing: the network figures (difficulty, height, fees, price) and the date
//! they rest on are used together or not at all, so that a partial answer never mixes
//! live figures with shipped ones under either one's date. The other currencies' prices
//! and the retarget estimate are extras: missing, they are reported and left out.

use super::endpoint::Endpoint;
use super::response::{self, Prices, Problem, Retarget};
use crate::engine::date::Date;
use crate::engine::snapshot::NetworkSnapshot;
use crate::engine::units::BtcPrice;

/// What each endpoint answered: its body, or the HTTP status it failed with
/// ([`Answer::None`] when no response came at all: offline, blocked, timed out).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Responses {
    /// One answer per endpoint, in the order of [`Endpoint::ALL`].
    answers: [Answer; Endpoint::ALL.len()],
}

/// One endpoint's answer.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Answer {
    /// No request was made, or no response came.
    #[default]
    None,
    /// A response with an error status.
    Status(u16),
    /// A successful response's body.
    Body(String),
}

impl Responses {
    // Indexing is in bounds: `Endpoint::index` is below `Endpoint::ALL.len()`, the
    // array's length (tested in endpoint.rs).

    /// The answer of `endpoint`.
    pub fn get(&self, endpoint: Endpoint) -> &Answer {
        &self.answers[endpoint.index()]
    }

    /// Sets the answer of `endpoint`.
    pub fn set(&mut self, endpoint: Endpoint, answer: Answer) {
        self.answers[endpoint.index()] = answer;
    }

    fn body(&self, endpoint: Endpoint) -> Result<&str, Problem> {
        match self.get(endpoint) {
            Answer::Body(body) => Ok(body),
            Answer::Status(status) => Err(Problem::NotFetched {
                endpoint,
                status: Some(*status),
            }),
            Answer::None => Err(Problem::NotFetched {
                endpoint,
                status: None,
            }),
        }
    }
}

/// The network as the API reported it.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveNetwork {
    /// Difficulty, the next block's height (the tip's plus one: its subsidy is the one
    /// earned), average fees over the last 144 blocks and the price in US dollars.
    pub network: NetworkSnapshot,
    /// The tip block's time, Unix seconds; its UTC day is the figures' date.
    pub tip_time_secs: i64,
    /// The BTC price in every currency the API carries.
    pub prices: Prices,
    /// The next retarget, when the API gave a usable estimate.
    pub retarget: Option<Retarget>,
}

impl LiveNetwork {
    /// The UTC day of the tip block: the date a link carries with these figures.
    pub fn date(&self) -> Date {
        let epoch = Date::from_ymd(1970, 1, 1).expect("1970-01-01 is a valid date");
        epoch.plus_days(self.tip_time_secs.div_euclid(86_400))
    }
}

/// The value, or `None` with its problem noted.
fn keep<T>(problems: &mut Vec<Problem>, result: Result<T, Problem>) -> Option<T> {
    result.map_err(|e| problems.push(e)).ok()
}

/// Combines what arrived. `None` unless every network figure and the date are usable;
/// the problems list every endpoint or field left out, in the order of
/// [`Endpoint::ALL`].
pub fn combine(responses: &Responses) -> (Option<LiveNetwork>, Vec<Problem>) {
    let mut problems = Vec::new();
    let difficulty = keep(
        &mut problems,
        responses
            .body(Endpoint::Hashrate)
            .and_then(response::difficulty),
    );
    let retarget = keep(
        &mut problems,
        responses
            .body(Endpoint::DifficultyAdjustment)
            .and_then(response::retarget),
    );
    let height = keep(
        &mut problems,
        responses
            .body(Endpoint::TipHeight)
            .and_then(response::tip_height),
    );
    // Without the tip's height there is no block to date: the list is not read.
    let time = height.and_then(|h| {
        keep(
            &mut problems,
            responses
                .body(Endpoint::Blocks)
                .and_then(|body| response::block_time(body, h)),
        )
    });
    let fees = keep(
        &mut problems,
        responses
            .body(Endpoint::RewardStats)
            .and_then(response::average_fees),
    );
    let prices = match responses.body(Endpoint::Prices) {
        Ok(body) => {
            let (prices, others) = response::prices(body);
            let prices = keep(&mut problems, prices);
            problems.extend(others);
            prices
        }
        Err(e) => {
            problems.push(e);
            None
        }
    };
    let live = match (difficulty, height, time, fees, prices) {
        (Some(difficulty), Some(height), Some(tip_time_secs), Some(fees), Some(prices)) => {
            prices.usd.map(|usd| LiveNetwork {
                network: NetworkSnapshot {
                    difficulty,
                    height: height + 1,
                    avg_fees_per_block: fees,
                    btc_price: BtcPrice::per_btc(usd),
                },
                tip_time_secs,
                prices,
                retarget,
            })
        }
        _ => None,
    };
    (live, problems)
}
