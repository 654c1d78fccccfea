//! Scenario to link and back. Decoding is [`Params::from_query`] then
//! [`Scenario::from_params`]; `decode(encode(s)) == s` is a tested property.
//!
//! A link carries everything needed to reproduce its figures: the network figures and
//! their date, and the machine's specs beside its catalog id, are always written, since
//! later versions ship newer snapshots and corrected catalog rows. A key whose value is
//! its fixed v1 default ([`Omitted::Fixed`], never changed) is left out, and `start`
//! when it equals `date`: links stay short.

use super::key::{Key, Omitted};
use super::params::{payout_name, FORMAT_VERSION};
use super::{period_name, Scenario};

/// A number as the shortest text that reads back to the same `f64`: plain decimals,
/// or exponent form where plain would be long (`1e-63`, not 65 characters), so that no
/// value the page writes exceeds what a link may carry.
fn number(x: f64) -> String {
    let plain = x.to_string();
    if plain.len() <= 20 {
        plain
    } else {
        format!("{x:e}")
    }
}

/// The text of `key` in scenario `s`.
fn value(s: &Scenario, key: Key) -> String {
    let (op, net, a) = (&s.operation, &s.network, &s.projection);
    match key {
        Key::Miner => s.miner.map_or(String::new(), |m| m.id.to_owned()),
        Key::Th => number(op.machine.hashrate.th_per_s()),
        Key::W => number(op.machine.power.watts()),
        Key::N => op.units.to_string(),
        Key::Kwh => number(op.power_price.amount_per_kwh()),
        Key::Pool => number(op.pool_fee.percent()),
        Key::Payout => payout_name(op.payout).to_owned(),
        Key::Up => number(op.uptime.percent()),
        Key::Hw => number(op.hardware_cost.amount()),
        Key::Price => number(net.btc_price.amount_per_btc()),
        Key::Diff => number(net.difficulty.get()),
        Key::Height => net.height.to_string(),
        Key::Txfee => number(net.avg_fees_per_block.to_btc().btc()),
        Key::Date => a.start.to_iso(),
        Key::Months => a.months.to_string(),
        Key::Dg => number(a.difficulty_growth.percent()),
        Key::Dgper => period_name(a.difficulty_growth_period).to_owned(),
        Key::Dh => number(a.halving_difficulty_change.percent()),
        Key::Pg => number(a.price_growth.percent()),
        Key::Fg => number(a.fee_growth.percent()),
        Key::Bt => number(a.block_time_secs),
        Key::Start => a.machines_start.to_iso(),
        Key::Resale => number(a.resale.percent()),
        Key::Off => u8::from(a.switch_off_when_losing).to_string(),
        Key::Disc => number(a.discount_rate.percent()),
    }
}

/// The scenario as a query string, without the leading `?`, keys in contract order:
/// `v=1&miner=avalon-a1246&th=90&w=3420&n=10300&kwh=0.05&price=...`.
pub fn to_query(s: &Scenario) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair("v", FORMAT_VERSION);
    for key in Key::ALL {
        let text = value(s, key);
        let omit = match key.omitted() {
            Omitted::Fixed(default) => text == default,
            Omitted::SameAsDate => text == value(s, Key::Date),
            Omitted::Snapshot | Omitted::Catalog => false,
        };
        if !omit {
            out.append_pair(key.as_str(), &text);
        }
    }
    out.finish()
}
