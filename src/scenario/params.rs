//! The raw layer: every key's value exactly as it was given (a link, a form field), as
//! text. Nothing here is validated beyond the size of what is kept; [`super::Scenario`]
//! parses these strings and says what is wrong with each.

use crate::catalog;
use crate::engine::money::{Currency, SHIPPED_RATES};
use crate::engine::snapshot::{NetworkSnapshot, SHIPPED_SNAPSHOT};

use super::entered::Entered;
use super::fleet;
use super::key::{Key, LinePart, Omitted, Raw};
use super::key_map::KeyMap;
use super::parse::{parse_number_in, Scale};
use super::region::Region;
use super::value_text::number_text;

/// The shipped rate of an exchange-rate key, as link text.
fn shipped_rate(key: Key) -> String {
    key.rate_currency()
        .map_or_else(String::new, |c| SHIPPED_RATES.rates.per_usd(c).to_string())
}

/// The link text of a network key's figure in `net`, read on `date` (ISO); empty for
/// any other key.
fn network_text(net: &NetworkSnapshot, date: &str, key: Key) -> String {
    match key {
        Key::Date => date.to_owned(),
        Key::Price => net.btc_price.amount_per_btc().to_string(),
        Key::Diff => net.difficulty.get().to_string(),
        Key::Height => net.height.to_string(),
        Key::Txfee => net.avg_fees_per_block.to_btc().btc().to_string(),
        _ => String::new(),
    }
}

/// The link format this page writes and reads.
pub const FORMAT_VERSION: &str = "1";

/// The default machine (Bitmain Antminer S21, 200 TH/s, 3,500 W).
pub const DEFAULT_MINER: &str = "antminer-s21";

/// One text per key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    values: KeyMap<String>,
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
                    (_, Key::Price | Key::Diff | Key::Height | Key::Txfee) => {
                        network_text(&net, SHIPPED_SNAPSHOT.date, key)
                    }
                    (Omitted::Rate, _) => shipped_rate(key),
                    _ => SHIPPED_SNAPSHOT.date.to_owned(),
                };
                (key, text)
            })
            .collect();
        Params { values }
    }
}

/// Whom a page's first scenario is for: it decides what a key left out means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visit {
    /// A link (`?v=1&...`, a saved scenario, a preset): a key left out has its v1
    /// meaning, forever.
    Link,
    /// A new visitor: a page opened without a link, or an embed (`embed=1`, whatever
    /// else its snippet gives). A key left out starts where a new visitor starts
    /// ([`Params::first_visit`]).
    New,
}

impl Visit {
    /// A page's query is a link when it gives the format version or any scenario key;
    /// an empty one (or one of keys the page does not know) is a new visitor's.
    pub fn of(query: &str) -> Visit {
        let query = query.strip_prefix('?').unwrap_or(query);
        let link = form_urlencoded::parse(query.as_bytes())
            .any(|(name, _)| name == "v" || Key::from_name(&name).is_some());
        if link {
            Visit::Link
        } else {
            Visit::New
        }
    }
}

impl Raw for Params {
    fn raw(&self, key: Key) -> &str {
        self.get(key)
    }
}

impl Params {
    /// Where a new visitor starts: the v1 meanings, except for the keys whose row gives
    /// a first-visit value (`off=1`).
    pub fn first_visit() -> Params {
        let mut params = Params::default();
        for key in Key::ALL {
            if let Some(text) = key.first_visit() {
                params.set(key, text);
            }
        }
        params
    }

    /// The params a visit starts from: the v1 meanings for a link, the first-visit
    /// values for a new visitor.
    pub fn start_of(visit: Visit) -> Params {
        match visit {
            Visit::Link => Params::default(),
            Visit::New => Params::first_visit(),
        }
    }

    /// The text of `key` (every key has one).
    pub fn get(&self, key: Key) -> &str {
        self.values.get(key).map_or("", String::as_str)
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

    /// Puts `net`, read on `date` (ISO), in the network keys. With `unedited_only`,
    /// only into keys the user has not edited: those still at the shipped snapshot's
    /// text, or at `previous` (the live figures put there last): live figures never
    /// overwrite what the user typed. The machines' start date follows the network's
    /// date while it is the same.
    pub fn use_network(
        &mut self,
        net: &NetworkSnapshot,
        date: &str,
        unedited_only: bool,
        previous: Option<(&NetworkSnapshot, &str)>,
    ) {
        let defaults = Params::default();
        let follow_start = self.get(Key::Start) == self.get(Key::Date);
        for key in Self::NETWORK_KEYS {
            let now = self.get(key);
            let unedited = now == defaults.get(key)
                || previous.is_some_and(|(p, d)| now == network_text(p, d, key));
            if unedited_only && !unedited {
                continue;
            }
            self.set(key, network_text(net, date, key));
        }
        if follow_start {
            let date = self.get(Key::Date).to_owned();
            self.set(Key::Start, date);
        }
    }

    /// Whether the network keys hold exactly `net` read on `date`.
    pub fn on_network(&self, net: &NetworkSnapshot, date: &str) -> bool {
        Self::NETWORK_KEYS
            .iter()
            .all(|&key| self.get(key) == network_text(net, date, key))
    }

    /// The keys a query names (whatever their values), in key order.
    pub fn keys_given(query: &str) -> Vec<Key> {
        let query = query.strip_prefix('?').unwrap_or(query);
        // A slot per key, listed in key order: no sort, whatever the query's length.
        let given: KeyMap<()> = form_urlencoded::parse(query.as_bytes())
            .filter_map(|(name, _)| Some((Key::from_name(&name)?, ())))
            .collect();
        given.keys().collect()
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
    /// rates entered (a field that cannot be read is left as typed). Each amount is
    /// converted from where `entered` says it came from, and recorded there: a switch
    /// back to an amount's own currency gives back its text as entered.
    pub fn switch_currency(&mut self, to: Currency, entered: &mut Entered) {
        let from = self.currency();
        if from == to {
            return;
        }
        let target = Scale::of(to, self);
        let convert = |key: Key, amount: Key, text: &str, entered: &mut Entered| {
            let (source, currency) = entered.source(amount, text, from);
            let (source, scale) = (source.to_owned(), Scale::of(currency, &*self));
            let shown = if currency == to {
                source.clone()
            } else {
                let v = parse_number_in(key, &source, scale).ok()?;
                number_text(significant(v / scale.per_usd * target.per_usd))
            };
            entered.record(amount, &source, currency, &shown);
            Some(shown)
        };
        let mut converted = Vec::new();
        for key in Key::ALL.into_iter().filter(|k| k.is_money()) {
            if let Some(text) = convert(key, key, self.get(key), entered) {
                converted.push((key, text));
            }
        }
        for key in Key::LINES {
            let line = self.get(key);
            let hw = fleet::line_part(line, LinePart::Hw);
            if let Some(text) = convert(Key::Hw, key, hw, entered) {
                converted.push((key, fleet::with_part(line, LinePart::Hw, &text)));
            }
        }
        for (key, text) in converted {
            self.set(key, text);
        }
        self.set(Key::Cur, to.code());
    }

    /// Fills the region's terms: its currency first (converting the amounts not
    /// listed), then its figures.
    pub fn apply_region(&mut self, region: Region, entered: &mut Entered) {
        let fields = region.fields();
        if let Some((_, code)) = fields.iter().find(|(k, _)| *k == Key::Cur) {
            if let Some(c) = Currency::from_code(code) {
                self.switch_currency(c, entered);
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
}

/// `x` to six significant digits: converted amounts read as amounts, not as the last
/// bits of a division.
pub(super) fn significant(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 6 - 1 - x.abs().log10().floor() as i32;
    let scale = 10f64.powi(digits);
    (x * scale).round() / scale
}
