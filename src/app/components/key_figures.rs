//! The figures that summarise an operation: break-evens, hashprice, costs, payback and
//! the fleet's place in the network.

use yew::prelude::*;

use crate::scenario::hooks::Hook;

use super::figure::{key_figure, Figure};
use crate::app::format::Style;
use crate::engine::economics::Economics;

/// Drawn as part of the results (a function, not a component: it changes whenever they do).
pub fn key_figures(e: &Economics) -> Html {
    let item = key_figure;
    html! {
        <dl class="key-figures">
            { item("Break-even BTC price", html! {
                <Figure hook={Hook::BreakEvenBtcPrice} value={Hook::BreakEvenBtcPrice.today(e)} style={Style::MONEY} none_text="— (no BTC mined)" />
            }, "BTC price at which profit is zero") }
            { item("Power cost per BTC mined", html! {
                <Figure hook={Hook::CostPerBtc} value={Hook::CostPerBtc.today(e)} style={Style::MONEY} none_text="— (no BTC mined)" />
            }, "every per-kWh charge, after pool fee") }
            { item("Margin", html! {
                <Figure hook={Hook::Margin} value={Hook::Margin.today(e)} style={Style::Percent} none_text="— (no revenue)" />
            }, "profit as a share of revenue") }
            { item("Hashprice per TH/s", html! {
                <Figure hook={Hook::HashpriceTh} value={Hook::HashpriceTh.today(e)} style={Style::PER_TH_DAY} unit="/TH/s/day" />
            }, "") }
            { item("Efficiency", html! {
                <Figure hook={Hook::Efficiency} value={Hook::Efficiency.today(e)} style={Style::Decimals(1)} unit="J/TH" />
            }, "at the wall") }
            { item("Network hashrate", html! {
                <Figure hook={Hook::NetworkHashrate} value={Hook::NetworkHashrate.today(e)} style={Style::Decimals(1)} unit="EH/s" />
            }, "implied by difficulty at 600 s blocks") }
            { item("Share of the network", html! {
                <Figure hook={Hook::NetworkShare} value={Hook::NetworkShare.today(e)} style={Style::Percent} />
            }, "") }
            { item("Fleet power", html! {
                <Figure hook={Hook::FleetPower} value={Hook::FleetPower.today(e)} style={Style::Decimals(3)} unit="MW" />
            }, "at the wall, while running") }
        </dl>
    }
}
