//! The raw layer: every key's value exactly as it was given (a link, a form field), as
//! text. Nothing here is validated beyond the size of what is kept; [`super::Scenario`]
//! parses these strings and says what is wrong with each.

use std::collections::BTreeMap;

use super::key::{Key, Omitted};
use crate::catalog;
use crate::engine::economics::PayoutScheme;
use crate::engine::snapshot::SHIPPED_SNAPSHOT;

/// The link format this page writes and reads.
pub const FORMAT_VERSION: &str = "1";

/// Longest value kept from a link; anything longer is rejected, not truncated.
pub const MAX_VALUE_LEN: usize = 64;

/// The default machine (Bitmain Antminer S21, 200 TH/s, 3,500 W).
pub const DEFAULT_MINER: &str = "antminer-s21";

/// One text per key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    values: BTreeMap<Key, String>,
}

/// A link value that was not taken, and why: the page keeps the default instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The key as written in the link (at most [`MAX_VALUE_LEN`] characters of it).
    pub key: String,
    pub reason: String,
}

impl Default for Params {
    /// Every key at its v1 meaning when omitted: the fixed defaults, the shipped
    /// snapshot and the default machine.
    fn default() -> Self {
        let miner = catalog::find(DEFAULT_MINER).expect("the default miner is in the catalog");
        let net = SHIPPED_SNAPSHOT.network;
        let values = Key::ALL
            .into_iter()
            .map(|key| {
                let text = match (key.omitted(), key) {
                    (Omitted::Fixed(text), _) => text.to_owned(),
                    (_, Key::Miner) => miner.id.to_owned(),
                    (_, Key::Th) => miner.hashrate_th.to_string(),
                    (_, Key::W) => miner.power_w.to_string(),
                    (_, Key::Price) => net.btc_price.amount_per_btc().to_string(),
                    (_, Key::Diff) => net.difficulty.get().to_string(),
                    (_, Key::Height) => net.height.to_string(),
                    (_, Key::Txfee) => net.avg_fees_per_block.to_btc().btc().to_string(),
                    _ => SHIPPED_SNAPSHOT.date.to_owned(),
                };
                (key, text)
            })
            .collect();
        Params { values }
    }
}

/// The link value of a payout scheme.
pub const fn payout_name(payout: PayoutScheme) -> &'static str {
    match payout {
        PayoutScheme::Fpps => "fpps",
        PayoutScheme::Pps => "pps",
    }
}

impl Params {
    /// The text of `key` (every key has one).
    pub fn get(&self, key: Key) -> &str {
        self.values.get(&key).map_or("", String::as_str)
    }

    pub fn set(&mut self, key: Key, value: impl Into<String>) {
        self.values.insert(key, value.into());
    }

    /// Picks a catalog machine and fills its specs, or a custom machine (`id` empty or
    /// unknown) keeping the specs as they are.
    pub fn pick_miner(&mut self, id: &str) {
        match catalog::find(id) {
            Some(m) => {
                self.set(Key::Miner, m.id);
                self.set(Key::Th, m.hashrate_th.to_string());
                self.set(Key::W, m.power_w.to_string());
            }
            None => self.set(Key::Miner, ""),
        }
    }

    /// The keys the shipped snapshot sets.
    pub const NETWORK_KEYS: [Key; 5] = [Key::Price, Key::Diff, Key::Height, Key::Txfee, Key::Date];

    /// The network keys back to the shipped snapshot.
    pub fn reset_network(&mut self) {
        let defaults = Params::default();
        for key in Self::NETWORK_KEYS {
            self.set(key, defaults.get(key));
        }
    }

    /// Whether the network keys are the shipped snapshot's.
    pub fn on_shipped_snapshot(&self) -> bool {
        let defaults = Params::default();
        Self::NETWORK_KEYS
            .iter()
            .all(|k| self.get(*k) == defaults.get(*k))
    }

    /// Defaults overlaid with the keys of a query string (`?v=1&n=10` or `v=1&n=10`).
    ///
    /// Unknown keys are ignored (a later version may add them). A value that cannot be
    /// used (too long, not a number, out of range, an unknown miner) keeps the default
    /// and is reported. `miner` fills `th` and `w` unless the link gives them; `start`
    /// follows `date` unless the link gives it.
    pub fn from_query(query: &str) -> (Params, Vec<Rejected>) {
        let defaults = Params::default();
        let mut params = defaults.clone();
        let mut rejected = Vec::new();
        let mut given: BTreeMap<Key, String> = BTreeMap::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            if name == "v" {
                if value != FORMAT_VERSION {
                    rejected.push(Rejected {
                        key: "v".to_owned(),
                        reason: format!(
                            "link format version {} is not one this page knows (it reads version {FORMAT_VERSION}); the keys it knows were read",
                            shorten(&value)
                        ),
                    });
                }
                continue;
            }
            let Some(key) = Key::from_name(&name) else {
                continue;
            };
            if value.chars().count() > MAX_VALUE_LEN {
                rejected.push(Rejected {
                    key: key.as_str().to_owned(),
                    reason: format!(
                        "value is {} characters long; at most {MAX_VALUE_LEN} are read",
                        value.chars().count()
                    ),
                });
                continue;
            }
            // A repeated key: the last one wins, as in URLSearchParams.get of most servers.
            given.insert(key, value.into_owned());
        }

        if let Some(id) = given.remove(&Key::Miner) {
            if id.is_empty() || catalog::find(&id).is_some() {
                params.pick_miner(&id);
            } else {
                rejected.push(Rejected {
                    key: Key::Miner.as_str().to_owned(),
                    reason: format!("no machine {:?} in the catalog", shorten(&id)),
                });
            }
        }
        let start_given = given.contains_key(&Key::Start);
        for (key, value) in given {
            match super::parse_value(key, &value) {
                Ok(_) => params.set(key, value.trim()),
                Err(e) => rejected.push(Rejected {
                    key: key.as_str().to_owned(),
                    reason: e.to_string(),
                }),
            }
        }
        if !start_given {
            let date = params.get(Key::Date).to_owned();
            params.set(Key::Start, date);
        }
        // Checks across keys: each falls back alone, as a bad single value does.
        for error in super::cross_field_errors(&params) {
            let fallback = match error.key {
                Key::Start => params.get(Key::Date).to_owned(),
                key => defaults.get(key).to_owned(),
            };
            rejected.push(Rejected {
                key: error.key.as_str().to_owned(),
                reason: error.to_string(),
            });
            params.set(error.key, fallback);
        }
        (params, rejected)
    }
}

/// At most 24 characters of a value, for messages.
pub(crate) fn shorten(value: &str) -> String {
    let mut s: String = value.chars().take(24).collect();
    if value.chars().count() > 24 {
        s.push('…');
    }
    s
}
