//! The story's two figures, drawn by the on-demand module when the story's figures are
//! first opened ([`super::story`] keeps the card's text): what Canaan's fleet earned a day
//! at the end of 2021, and what the same fleet earns on today's network, with the
//! figures that moved between the two.

use yew::prelude::*;

use crate::app::format::{format, Style};
use crate::engine::money::Currency;
use crate::engine::protocol::subsidy_at;
use crate::engine::snapshot::NetworkSnapshot;
use crate::scenario::hooks::data_value;
use crate::scenario::presets::CANAAN_2021;
use crate::scenario::{Params, Scenario};

#[derive(Properties, PartialEq)]
pub struct StorySidesProps {
    /// Today's network: live figures when the page has them, else the shipped snapshot.
    pub now: NetworkSnapshot,
    /// The date of `now` (ISO) and where it comes from ("live figures", "the snapshot").
    pub now_date: AttrValue,
    pub now_source: AttrValue,
}

/// One side of the story: the network and the fleet's profit a day in tenge.
#[derive(Debug, Clone, PartialEq)]
struct Side {
    network: NetworkSnapshot,
    /// Profit a day, KZT; `None` if the figures cannot be computed.
    profit_kzt: Option<f64>,
}

/// The story's scenario then, and the same on `now` (same fleet, tariff and rates).
fn sides(now: NetworkSnapshot) -> Option<(Side, Side)> {
    let scenario = Scenario::from_params(&Params::from_query(CANAAN_2021.query).0).ok()?;
    let profit = |s: &Scenario| s.economics().ok().map(|e| e.fleet.profit.amount());
    let today = scenario.on_network(now);
    Some((
        Side {
            network: scenario.network,
            profit_kzt: profit(&scenario),
        },
        Side {
            network: now,
            profit_kzt: profit(&today),
        },
    ))
}

fn side(title: String, testid: &'static str, s: &Side) -> Html {
    let n = &s.network;
    let millions = s.profit_kzt.map(|p| {
        let sign = if p > 0.0 { "+" } else { "" };
        format!("{sign}{} M KZT a day", format(p / 1e6, Style::Decimals(1)))
    });
    let negative = s.profit_kzt.is_some_and(|p| p < 0.0);
    html! {
        <div class="story-side">
            <h3>{ title }</h3>
            <p class={classes!("story-figure", "figure", negative.then_some("negative"))}
                data-testid={testid} data-value={data_value(s.profit_kzt)}>
                { millions.unwrap_or_else(|| "—".to_owned()) }
            </p>
            <ul>
                <li>{ format!("BTC price {}", format(n.btc_price.amount_per_btc(), Style::Money(Currency::Usd))) }</li>
                <li>{ format!("Difficulty {} T", format(n.difficulty.get() / 1e12, Style::Decimals(2))) }</li>
                <li>{ format!("{} BTC a block, plus {} BTC of fees", format(subsidy_at(n.height).to_btc().btc(), Style::Decimals(4)),
                    format(n.avg_fees_per_block.to_btc().btc(), Style::Decimals(3))) }</li>
            </ul>
        </div>
    }
}

#[function_component]
pub fn StorySides(props: &StorySidesProps) -> Html {
    let sides = use_memo(props.now, |now| sides(*now));
    match &*sides {
        Some((then, now)) => html! {
            <div class="story-sides">
                { side("End of 2021".to_owned(), "story-then", then) }
                { side(format!("Today ({}, {})", props.now_source, props.now_date), "story-now", now) }
            </div>
        },
        None => Html::default(),
    }
}
