//! The raw layer: every key's value exactly as it was given (a link, a form field), as
//! text. Nothing here is validated beyond the size of what is kept; [`super::Scenario`]
//! parses these strings and says what is wrong with each.

use std::collections::BTreeMap;

use crate::catalog;
use crate::engine::money::{Currency, SHIPPED_RATES};
use crate::engine::snapshot::SHIPPED_SNAPSHOT;

use super::check::{cross_field_errors, parse_value};
use super::fleet;
use super::key::{Key, LinePart, Omitted, Range, Raw};
use super::parse::{parse_number_in, FieldError, Scale};
use super::region::Region;
use super::value_text::number_text;

/// The shipped rate of an exchange-rate key, as link text.
fn shipped_rate(key: Key) -> String {
    key.rate_currency()
        .map_or_else(String::new, |c| SHIPPED_RATES.rates.per_usd(c).to_string())
}

/// The link format this page writes and reads.
pub const FORMAT_VERSION: &str = "1";

/// The default machine (Bitmain Antminer S21, 200 TH/s, 3,500 W).
pub const DEFAULT_MINER: &str = "antminer-s21";

/// One text per key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    values: BTreeMap<Key, String>,
}

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
}

impl Rejected {
    /// The English text of why, as the page shows it after the key.
    pub fn message(&self) -> String {
        self.reason.to_string()
    }
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
                    (Omitted::Rate, _) => shipped_rate(key),
                    _ => SHIPPED_SNAPSHOT.date.to_owned(),
                };
                (key, text)
            })
            .collect();
        Params { values }
    }
}

impl Raw for Params {
    fn raw(&self, key: Key) -> &str {
        self.get(key)
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

    /// The scenario's currency as entered (dollars when it cannot be read).
    pub fn currency(&self) -> Currency {
        Currency::from_code(self.get(Key::Cur).trim()).unwrap_or_default()
    }

    /// Switches every amount of money to `to`, converting what can be read at the
    /// rates entered (a field that cannot be read is left as typed).
    pub fn switch_currency(&mut self, to: Currency) {
        let from = Scale::of(self.currency(), self);
        let target = Scale::of(to, self);
        if from.currency == to {
            return;
        }
        let convert = |text: &str, key: Key| -> Option<String> {
            let v = parse_number_in(key, text, from).ok()?;
            Some(number_text(significant(v / from.per_usd * target.per_usd)))
        };
        for key in Key::ALL.into_iter().filter(|k| k.is_money()) {
            if let Some(text) = convert(self.get(key), key) {
                self.set(key, text);
            }
        }
        for key in Key::LINES {
            let line = self.get(key).to_owned();
            let hw = fleet::line_part(&line, LinePart::Hw);
            if let Some(text) = convert(hw, Key::Hw) {
                self.set(key, fleet::with_part(&line, LinePart::Hw, &text));
            }
        }
        self.set(Key::Cur, to.code());
    }

    /// Fills the region's terms: its currency first (converting the amounts not
    /// listed), then its figures.
    pub fn apply_region(&mut self, region: Region) {
        let fields = region.fields();
        if let Some((_, code)) = fields.iter().find(|(k, _)| *k == Key::Cur) {
            if let Some(c) = Currency::from_code(code) {
                self.switch_currency(c);
            }
        }
        for (key, value) in fields {
            self.set(*key, *value);
        }
        self.set(Key::Region, region.id());
    }

    /// The first free fleet line key, if any.
    pub fn free_line(&self) -> Option<Key> {
        Key::LINES.into_iter().find(|k| self.get(*k).is_empty())
    }

    /// Removes a fleet line and moves the later ones up, so that lines stay in order.
    pub fn remove_line(&mut self, key: Key) {
        let Some(at) = Key::LINES.iter().position(|k| *k == key) else {
            return;
        };
        for i in at..Key::LINES.len() {
            let next = Key::LINES
                .get(i + 1)
                .map_or(String::new(), |k| self.get(*k).to_owned());
            self.set(Key::LINES[i], next);
        }
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
            // A date outside the horizon falls back to its start (`start` to `date`).
            let fallback = match error.key.range() {
                Range::InHorizon { from, .. } => params.get(from).to_owned(),
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

/// `x` to six significant digits: converted amounts read as amounts, not as the last
/// bits of a division.
fn significant(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 6 - 1 - x.abs().log10().floor() as i32;
    let scale = 10f64.powi(digits);
    (x * scale).round() / scale
}
