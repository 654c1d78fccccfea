//! Reading a query string over params: a link over the defaults ([`Params::from_query`]).
//! A value that cannot be used is named with why ([`Rejected`]) and the one below it kept.

use std::collections::BTreeMap;

use crate::catalog;
use crate::engine::money::Currency;

use super::check::{cross_field_errors, parse_value};
use super::key::{Key, Omitted, Range};
use super::params::{significant, Params, Reason, Rejected, FORMAT_VERSION};
use super::parse::Scale;
use super::value_text::number_text;

impl Params {
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
                        reason: Reason::UnknownVersion {
                            given: shorten(&value),
                        },
                    });
                }
                continue;
            }
            let Some(key) = Key::from_name(&name) else {
                continue;
            };
            if value.chars().count() > key.max_len() {
                rejected.push(Rejected {
                    key: key.as_str().to_owned(),
                    reason: Reason::TooLong {
                        len: value.chars().count(),
                        max: key.max_len(),
                    },
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
                    reason: Reason::UnknownMachine { id: shorten(&id) },
                });
            }
        }
        let start_given = given.contains_key(&Key::Start);
        // Money is read in the link's currency, at its rate, when those can be read.
        let mut context = defaults.clone();
        for key in Key::MONEY_CONTEXT {
            if let Some(v) = given.get(&key) {
                if parse_value(key, v, Scale::default(), Scale::default()).is_ok() {
                    context.set(key, v.trim());
                }
            }
        }
        let (money, surcharge) = Scale::money_and_surcharge(&context);
        // A money key the link leaves out (or gives a value that cannot be used) means
        // its dollar default in the link's currency: 0.06 USD/kWh is 30.9 KZT/kWh at
        // 515, not 0.06 KZT.
        for key in Key::ALL.into_iter().filter(|k| k.is_money()) {
            if let Some(text) = money_default(key, money) {
                params.set(key, text);
            }
        }
        // The link's values over the defaults: the ranges that depend on other keys
        // are quoted as those keys give them.
        let mut view = params.clone();
        for (key, value) in &given {
            view.set(*key, value.trim());
        }
        for (key, value) in given {
            match parse_value(key, &value, money, surcharge) {
                Ok(_) => params.set(key, value.trim()),
                Err(e) => rejected.push(Rejected {
                    key: key.as_str().to_owned(),
                    reason: Reason::Field(e.for_raw(&view)),
                }),
            }
        }
        if !start_given {
            let date = params.get(Key::Date).to_owned();
            params.set(Key::Start, date);
        }
        // Checks across keys: each falls back alone, as a bad single value does.
        for error in cross_field_errors(&params) {
            // A date before the one it follows falls back to it (`start` to `date`).
            let fallback = match error.key.range() {
                Range::OnOrAfter(other) => params.get(other).to_owned(),
                _ => defaults.get(error.key).to_owned(),
            };
            let key = error.key;
            rejected.push(Rejected {
                key: key.as_str().to_owned(),
                reason: Reason::Field(error),
            });
            params.set(key, fallback);
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

/// The v1 meaning of an omitted money key in the currency of `scale`: its fixed default
/// (an amount in US dollars) converted at the scale's rate, to six significant digits
/// as a currency switch writes it. The dollar's is the fixed text itself.
pub fn money_default(key: Key, scale: Scale) -> Option<String> {
    let Omitted::Fixed(text) = key.omitted() else {
        return None;
    };
    if !key.is_money() || scale.currency == Currency::Usd {
        return Some(text.to_owned());
    }
    let usd: f64 = text.parse().ok()?;
    Some(number_text(significant(usd * scale.per_usd)))
}
