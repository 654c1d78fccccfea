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

/// The text of `key` in scenario `s`: Rust's shortest text that reads back to the same
/// `f64` for numbers.
fn value(s: &Scenario, key: Key) -> String {
    let (op, net, a) = (&s.operation, &s.network, &s.projection);
    match key {
        Key::Miner => s.miner.map_or(String::new(), |m| m.id.to_owned()),
        Key::Th => op.machine.hashrate.th_per_s().to_string(),
        Key::W => op.machine.power.watts().to_string(),
        Key::N => op.units.to_string(),
        Key::Kwh => op.power_price.amount_per_kwh().to_string(),
        Key::Pool => op.pool_fee.percent().to_string(),
        Key::Payout => payout_name(op.payout).to_owned(),
        Key::Up => op.uptime.percent().to_string(),
        Key::Hw => op.hardware_cost.amount().to_string(),
        Key::Price => net.btc_price.amount_per_btc().to_string(),
        Key::Diff => net.difficulty.get().to_string(),
        Key::Height => net.height.to_string(),
        Key::Txfee => net.avg_fees_per_block.to_btc().btc().to_string(),
        Key::Date => a.start.to_iso(),
        Key::Months => a.months.to_string(),
        Key::Dg => a.difficulty_growth.percent().to_string(),
        Key::Dgper => period_name(a.difficulty_growth_period).to_owned(),
        Key::Dh => a.halving_difficulty_change.percent().to_string(),
        Key::Pg => a.price_growth.percent().to_string(),
        Key::Fg => a.fee_growth.percent().to_string(),
        Key::Bt => a.block_time_secs.to_string(),
        Key::Start => a.machines_start.to_iso(),
        Key::Resale => a.resale.percent().to_string(),
        Key::Off => u8::from(a.switch_off_when_losing).to_string(),
        Key::Disc => a.discount_rate.percent().to_string(),
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
