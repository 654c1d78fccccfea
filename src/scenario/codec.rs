//! Scenario to link and back. A link carries every key that moves a figure, network
//! figures included, so it reproduces what the sender saw whatever defaults or snapshot
//! a later version ships. Decoding is [`Params::from_query`] then
//! [`Scenario::from_params`]; `decode(encode(s)) == s` is a tested property.

use super::key::Key;
use super::params::{payout_name, FORMAT_VERSION};
use super::Scenario;

/// The scenario as a query string, without the leading `?`, keys in contract order:
/// `v=1&miner=avalon-a1246&th=90&w=3420&n=10300&kwh=0.05&...`.
///
/// Numbers are written as Rust's shortest text that reads back to the same `f64`.
pub fn to_query(s: &Scenario) -> String {
    let op = &s.operation;
    let net = &s.network;
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair("v", FORMAT_VERSION);
    for key in Key::ALL {
        let value = match key {
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
        };
        out.append_pair(key.as_str(), &value);
    }
    out.finish()
}
