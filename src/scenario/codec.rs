//! Scenario to link and back. Decoding is [`Params::from_query`] then
//! [`Scenario::from_params`]; `decode(encode(s)) == s` is a tested property.
//!
//! A link carries everything needed to reproduce its figures: the network figures and
//! their date, and the machine's specs beside its catalog id, are always written, since
//! later versions ship newer snapshots and corrected catalog rows. A key whose value is
//! its fixed v1 default ([`Omitted::Fixed`], never changed) is left out, and `start`
//! when it equals `date`: links stay short.

use super::fleet::{join_line, write_bands, write_peak_hours};
use super::key::{Key, Omitted};
use super::params::{Visit, FORMAT_VERSION};
use super::parse::Scale;
use super::query::money_default;
use super::validated::Scenario;
use super::value_text::{number_text, payout_name, period_name};
use crate::engine::money::SHIPPED_RATES;

fn number(x: f64) -> String {
    number_text(x)
}

/// The text of a fleet line key in `s`: empty when the fleet has no such line.
fn line_value(s: &Scenario, key: Key) -> String {
    s.lines
        .iter()
        .find(|l| l.key == key)
        .map_or_else(String::new, |l| {
            let m = &l.line.machine;
            join_line([
                l.miner.map_or("", |m| m.id),
                &number(m.hashrate.th_per_s()),
                &number(m.power.watts()),
                &l.line.units.to_string(),
                &number(l.line.hardware_cost.amount()),
            ])
        })
}

/// The text of `key` in scenario `s`.
fn value(s: &Scenario, key: Key) -> String {
    let site = &s.site;
    let (op, a) = (&s.operation, &s.projection);
    match key {
        Key::Miner => s.miner.map_or(String::new(), |m| m.id.to_owned()),
        Key::Payout => payout_name(op.payout).to_owned(),
        Key::Date => a.start.to_iso(),
        Key::Dgper => period_name(a.difficulty_growth_period).to_owned(),
        Key::Start => a.machines_start.to_iso(),
        Key::Off => u8::from(a.switch_off_when_losing).to_string(),
        k if k.is_line() => line_value(s, k),
        Key::Peakh => write_peak_hours(s.peak_window),
        Key::Peakoff => u8::from(s.peak_off).to_string(),
        Key::Region => s.region.id().to_owned(),
        Key::Cur => s.currency.code().to_owned(),
        Key::Sur => write_bands(&site.surcharge.tiers, number),
        Key::Scur => site.surcharge.currency.code().to_owned(),
        Key::Cmp => u8::from(s.compare).to_string(),
        // Every number key, and an optional one not set as empty.
        _ => s.number(key).map_or_else(String::new, number),
    }
}

/// The scenario as a query string, without the leading `?`, keys in contract order:
/// `v=1&miner=avalon-a1246&th=90&w=3420&n=10300&kwh=0.05&price=...`.
pub fn to_query(s: &Scenario) -> String {
    to_query_for(s, Visit::Link)
}

/// The scenario as the query that opens it for `visit`. For a link, [`to_query`]. For a
/// new visitor (an embed's snippet), a key with a first-visit value is written when the
/// scenario's value differs from it (`off=0`) and left out when it is the same, since
/// an embed starts from a new visitor's values, not from the v1 meanings.
pub fn to_query_for(s: &Scenario, visit: Visit) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair("v", FORMAT_VERSION);
    for key in Key::ALL {
        let text = value(s, key);
        let omit = match key.omitted() {
            Omitted::Fixed(_) if key.is_money() => {
                let scale = Scale {
                    currency: s.currency,
                    per_usd: s.rates.per_usd(s.currency),
                };
                Some(text.as_str()) == money_default(key, scale).as_deref()
            }
            Omitted::Fixed(default) => text == default,
            Omitted::SameAsDate => text == value(s, Key::Date),
            Omitted::Snapshot | Omitted::Catalog => false,
            // A rate is written when the scenario uses it, or when it is not the
            // shipped one (so that the link keeps it).
            Omitted::Rate => {
                let currency = key.rate_currency();
                let used = currency.is_some_and(|c| s.currencies_in_use().contains(&c));
                let shipped = currency.map(|c| SHIPPED_RATES.rates.per_usd(c));
                !used && currency.map(|c| s.rates.per_usd(c)) == shipped
            }
        };
        let omit = match (visit, key.first_visit()) {
            (Visit::New, Some(first)) => text == first,
            _ => omit,
        };
        if !omit {
            out.append_pair(key.as_str(), &text);
        }
    }
    out.finish()
}
