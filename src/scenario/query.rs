//! Reading a query string over params: a link over the defaults
//! ([`Params::from_query`]), a host's `set` message over the current scenario
//! ([`Params::with_query`]). A value that cannot be used is named with why
//! ([`Rejected`]) and the text below it kept.

use crate::catalog;
use crate::engine::money::Currency;

use super::check::{errors_in, parse_value};
use super::fleet::tidy_line;
use super::key::{Key, Omitted, Range};
use super::key_map::KeyMap;
use super::params::{significant, Params, Visit, FORMAT_VERSION};
use super::parse::{FieldError, Scale};
use super::value_text::number_text;
use crate::decimal::parse_f64;

/// A link value that was not taken, and why: the page keeps the default instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    /// The key as written in the link (at most [`Key::max_len`] characters of it).
    pub key: String,
    pub reason: Reason,
}

/// Why a link value was not taken; its English text is in `crate::text::scenario`.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// Longer than the key reads.
    TooLong { len: usize, max: usize },
    /// A link format version this page does not know (at most 24 characters of it).
    UnknownVersion { given: String },
    /// A machine id not in the catalog (at most 24 characters of it).
    UnknownMachine { id: String },
    /// A value that cannot be used.
    Field(FieldError),
    /// A key the embedding page locked, in a `set` message.
    Locked,
    /// A value that is fine alone but would leave another key wrong (one locked, or not
    /// in the same message): the error that other key would have.
    Conflict(FieldError),
}

impl Rejected {
    pub fn new(key: Key, reason: Reason) -> Rejected {
        Rejected {
            key: key.as_str().to_owned(),
            reason,
        }
    }

    /// The English text of why, as the page shows it after the key.
    pub fn message(&self) -> String {
        self.reason.to_string()
    }
}

impl Params {
    /// Defaults overlaid with the keys of a query string (`?v=1&n=10` or `v=1&n=10`).
    ///
    /// Unknown keys are ignored (a later version may add them). A value that cannot be
    /// used (too long, not a number, out of range, an unknown miner) keeps the default
    /// and is reported. `miner` fills `th` and `w` unless the link gives them; `start`
    /// follows `date` unless the link gives it. A money key the link leaves out means
    /// its dollar default in the link's currency. A repeated key: the last one counts.
    pub fn from_query(query: &str) -> (Params, Vec<Rejected>) {
        Params::from_query_as(query, Visit::Link)
    }

    /// As [`Params::from_query`], for a visit: a new visitor's keys left out (or not
    /// taken) start from [`Params::first_visit`], a link's from their v1 meaning.
    pub fn from_query_as(query: &str, visit: Visit) -> (Params, Vec<Rejected>) {
        Params::start_of(visit).overlay(query, &[], Money::DefaultsInLinkCurrency)
    }

    /// These params with the keys of `query` applied, as a host's `set` message does:
    /// each value is checked against the scenario it changes (the ranges that depend on
    /// other keys, `dg` on `dgper` and `start` on `date`, as the result gives them), and
    /// one that cannot be used keeps the current text and is reported. Amounts are read
    /// in the current currency at the current rates unless the query gives its own;
    /// amounts it leaves out keep their text. A `locked` key the query would change is
    /// refused ([`Reason::Locked`]), and so is a value that would leave a locked key, or
    /// one the query did not give, wrong ([`Reason::Conflict`]).
    pub fn with_query(&self, query: &str, locked: &[Key]) -> (Params, Vec<Rejected>) {
        self.overlay(query, locked, Money::AsTheyAre)
    }

    fn overlay(&self, query: &str, locked: &[Key], money_keys: Money) -> (Params, Vec<Rejected>) {
        let base = self;
        let mut params = base.clone();
        let (values, mut rejected) = last_values(query);
        let mut given: KeyMap<String> = KeyMap::default();
        for (key, value) in values {
            // Spaces around a value are not part of it, nor around a line's machine id.
            let value = if key.is_line() {
                tidy_line(value.trim())
            } else {
                value.trim().to_owned()
            };
            if locked.contains(&key) && value != base.get(key) {
                rejected.push(Rejected::new(key, Reason::Locked));
            } else {
                given.insert(key, value);
            }
        }

        if let Some(id) = given.remove(Key::Miner) {
            if id.is_empty() || catalog::find(&id).is_some() {
                params.pick_miner(&id);
            } else {
                rejected.push(Rejected::new(
                    Key::Miner,
                    Reason::UnknownMachine { id: shorten(&id) },
                ));
            }
        }
        // Money is read in the query's currency, at its rate, when those can be read.
        let mut context = base.clone();
        for key in Key::MONEY_CONTEXT {
            if let Some(v) = given.get(key) {
                if parse_value(key, v, Scale::default(), Scale::default()).is_ok() {
                    context.set(key, v.trim());
                }
            }
        }
        let (money, surcharge) = Scale::money_and_surcharge(&context);
        if money_keys == Money::DefaultsInLinkCurrency {
            // A money key the link leaves out (or gives a value that cannot be used)
            // means its dollar default in the link's currency: 0.06 USD/kWh is 30.9
            // KZT/kWh at 515, not 0.06 KZT.
            for key in Key::ALL.into_iter().filter(|k| k.is_money()) {
                if let Some(text) = money_default(key, money) {
                    params.set(key, text);
                }
            }
        }
        // The query's values over the params: the ranges that depend on other keys
        // are quoted as the result gives them.
        let mut view = params.clone();
        for (key, value) in given.iter() {
            view.set(key, value.as_str());
        }
        for (key, value) in given.iter() {
            match parse_value(key, value, money, surcharge) {
                Ok(_) => params.set(key, value.as_str()),
                Err(e) => rejected.push(Rejected::new(key, Reason::Field(e.for_raw(&view)))),
            }
        }
        if given.contains_key(Key::Date) && !given.contains_key(Key::Start) {
            let date = params.get(Key::Date).to_owned();
            params.set(Key::Start, date);
        }
        // What followed a given key (a machine's specs, `start`) stays when locked.
        for key in locked {
            if params.get(*key) != base.get(*key) {
                params.set(*key, base.get(*key));
                rejected.push(Rejected::new(*key, Reason::Locked));
            }
        }
        settle_cross_errors(base, &mut params, &given, &mut rejected);
        (params, rejected)
    }
}

/// How the money keys a query leaves out are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Money {
    /// A link: its dollar default, in the link's currency.
    DefaultsInLinkCurrency,
    /// A message: as the params have them.
    AsTheyAre,
}

/// The checks of the result (each key alone in the result's currency, and across keys)
/// on `params`, which is `base` with the query's values. A key the query changed that is
/// wrong against another falls back alone, as a bad single value does (`start` to
/// `date`, `dg` to its text in `base`). When that does not mend it (the key was not the
/// query's: an amount read in a new `cur`, a locked `start`; or its old text is wrong
/// against the new value of the other), the given value it conflicts with is refused
/// instead. An error that was in `base` already, and that no given value causes, is
/// left to the form's own check.
fn settle_cross_errors(
    base: &Params,
    params: &mut Params,
    given: &KeyMap<String>,
    rejected: &mut Vec<Rejected>,
) {
    // Checked once, and again only after a change: most queries leave nothing wrong.
    let mut errors = errors_in(params);
    let mut wrong: Vec<Key> = errors.iter().map(|e| e.key).collect();
    wrong.dedup();
    for key in wrong {
        let Some(error) = errors.iter().find(|e| e.key == key).cloned() else {
            continue;
        };
        if params.get(key) != base.get(key) {
            let fallback = match key.range() {
                Range::InHorizon { from, .. } => params.get(from).to_owned(),
                _ => base.get(key).to_owned(),
            };
            params.set(key, fallback);
            rejected.push(Rejected::new(key, Reason::Field(error)));
            errors = errors_in(params);
        }
        let Some(still) = errors.iter().find(|e| e.key == key).cloned() else {
            continue;
        };
        let culprit = given.keys().find(|other| {
            let mut tried = params.clone();
            tried.set(*other, base.get(*other));
            *other != key
                && params.get(*other) != base.get(*other)
                && error_on(&tried, key).is_none()
        });
        if let Some(other) = culprit {
            params.set(other, base.get(other));
            rejected.push(Rejected::new(other, Reason::Conflict(still)));
            errors = errors_in(params);
        }
    }
}

/// What is wrong with `key` in `params`, if anything.
fn error_on(params: &Params, key: Key) -> Option<FieldError> {
    errors_in(params).into_iter().find(|e| e.key == key)
}

/// The last value of each known key in `query` (with or without its `?`), in the order
/// of those last occurrences, and what could not be taken: a format version this page
/// does not know, a value longer than its key reads. A repeated key counts once, by its
/// last occurrence, whatever the earlier ones were. Unknown keys are skipped.
fn last_values(query: &str) -> (Vec<(Key, String)>, Vec<Rejected>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    // A slot per key, and one for `v`: the names read below (others are skipped).
    let mut seen = [false; Key::ALL.len() + 1];
    let mut last: Vec<(String, String)> = Vec::new();
    for (name, value) in form_urlencoded::parse(query.as_bytes())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        let slot = match Key::from_name(&name) {
            Some(key) => key as usize,
            None if name == "v" => Key::ALL.len(),
            None => continue,
        };
        if !std::mem::replace(&mut seen[slot], true) {
            last.push((name.into_owned(), value.into_owned()));
        }
    }
    last.reverse();
    let mut values = Vec::new();
    let mut rejected = Vec::new();
    for (name, value) in last {
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
        let len = value.chars().count();
        if len > key.max_len() {
            let max = key.max_len();
            rejected.push(Rejected::new(key, Reason::TooLong { len, max }));
            continue;
        }
        values.push((key, value));
    }
    (values, rejected)
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
    let usd: f64 = parse_f64(text)?;
    Some(number_text(significant(usd * scale.per_usd)))
}

#[cfg(test)]
mod tests;
