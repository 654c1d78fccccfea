//! The figures that summarise an operation: break-evens, hashprice, costs, payback and
//! the fleet's place in the network.

use std::rc::Rc;

use yew::prelude::*;

use super::figure::{key_figure, Figure};
use crate::app::format::Style;
use crate::engine::economics::Economics;

#[derive(Properties, PartialEq)]
pub struct KeyFiguresProps {
    /// The figures of the current scenario.
    pub economics: Rc<Economics>,
}

#[function_component]
pub fn KeyFigures(props: &KeyFiguresProps) -> Html {
    let e = &props.economics;
    let item = key_figure;
    html! {
        <dl class="key-figures">
            { item("Break-even BTC price", html! {
                <Figure testid="break-even-btc-price" value={e.break_even_btc_price.map(|p| p.amount_per_btc())} style={Style::MONEY} none_text="— (no BTC mined)" />
            }, "BTC price at which profit is zero") }
            { item("Power cost per BTC mined", html! {
                <Figure testid="cost-per-btc" value={e.power_cost_per_btc.map(|c| c.amount())} style={Style::MONEY} none_text="— (no BTC mined)" />
            }, "every per-kWh charge, after pool fee") }
            { item("Hashprice", html! {
                <Figure testid="hashprice-ph" value={Some(e.hashprice_per_ph_day.amount())} style={Style::MONEY} unit="/PH/s/day" />
            }, "fees included, before pool fee") }
            { item("Hashprice per TH/s", html! {
                <Figure testid="hashprice-th" value={Some(e.hashprice_per_th_day.amount())} style={Style::PER_KWH} unit="/TH/s/day" />
            }, "") }
            { item("Efficiency", html! {
                <Figure testid="efficiency" value={Some(e.efficiency_j_per_th)} style={Style::Decimals(1)} unit="J/TH" />
            }, "at the wall") }
            { item("Payback", html! {
                <Figure testid="payback-days" value={e.payback_days} style={Style::Decimals(0)} unit="days"
                    none_text={if e.fleet.profit.amount() > 0.0 { "— (enter a hardware cost)" } else { "never at these figures" }} />
            }, "hardware cost / daily profit, network held constant") }
            { item("Network hashrate", html! {
                <Figure testid="network-hashrate" value={Some(e.network_hashrate.eh_per_s())} style={Style::Decimals(1)} unit="EH/s" />
            }, "implied by difficulty at 600 s blocks") }
            { item("Share of the network", html! {
                <Figure testid="network-share" value={Some(e.network_share)} style={Style::Percent} />
            }, "") }
            { item("Fleet power", html! {
                <Figure testid="fleet-power" value={Some(e.fleet_power.megawatts())} style={Style::Decimals(3)} unit="MW" />
            }, "at the wall, while running") }
        </dl>
    }
}
