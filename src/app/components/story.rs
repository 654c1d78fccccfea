//! The story hashwatt began from, in a card of its own: Canaan's 10,300 AvalonMiners in
//! Kazakhstan at the end of 2021, what they earned a day then and what the same fleet
//! earns on today's network, with the figures that moved between the two side by side.

use yew::prelude::*;

use crate::app::format::{format, Style};
use crate::app::state::{Action, Dispatch};
use crate::engine::money::Currency;
use crate::engine::protocol::subsidy_at;
use crate::engine::snapshot::NetworkSnapshot;
use crate::scenario::hooks::data_value;
use crate::scenario::presets::CANAAN_2021;
use crate::scenario::{Params, Scenario};

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    /// Today's network: live figures when the page has them, else the shipped snapshot.
    pub now: NetworkSnapshot,
    /// The date of `now` (ISO) and where it comes from ("live figures", "the snapshot").
    pub now_date: AttrValue,
    pub now_source: &'static str,
    /// Opens the story's scenario.
    pub dispatch: Dispatch,
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
pub fn Story(props: &StoryProps) -> Html {
    let sides = use_memo(props.now, |now| sides(*now));
    let open = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::OpenPreset(&CANAAN_2021)))
    };
    html! {
        <section class="section story" id="canaan" aria-labelledby="canaan-title">
            <h2 id="canaan-title">{ "Canaan in Kazakhstan, 2021" }</h2>
            <p>{ "Canaan, maker of AvalonMiners, ran 10,300 machines in Kazakhstan at the end of 2021, on coal power at about 20 tenge per kWh, as the mining boom strained the grid and a per-kWh surcharge on mining followed. The same fleet, tariff and exchange rate, on two networks:" }</p>
            if let Some((then, now)) = &*sides {
                <div class="story-sides">
                    { side("End of 2021".to_owned(), "story-then", then) }
                    { side(format!("Today ({}, {})", props.now_source, props.now_date), "story-now", now) }
                </div>
            }
            <p class="hint">{ "What moved between the two: difficulty, the BTC price and the block subsidy (halved since). The fleet, its tariff, the surcharge and the exchange rate are the same on both sides. Sources of the 2021 figures:" }</p>
            <p class="hint story-sources" id="canaan-sources">{ CANAAN_2021.sources }</p>
            <button type="button" class="secondary" data-preset={CANAAN_2021.id} aria-describedby="canaan-sources" onclick={open}>
                { "Open this scenario" }
            </button>
        </section>
    }
}
