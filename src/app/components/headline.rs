//! The four figures a miner reads first, kept in view beside the inputs: profit a day,
//! the break-even power price, hashprice and payback, each signed and coloured. The
//! network line that dates them sits under them (the App places it).

use yew::prelude::*;

use super::figure::Figure;
use crate::app::format::Style;
use crate::engine::economics::Economics;
use crate::scenario::hooks::Hook;

/// `good` for a figure on the side of making money, `bad` for the other side.
fn tone(good: bool) -> &'static str {
    if good {
        "good"
    } else {
        "bad"
    }
}

/// The headline of the current figures: a function, not a component, since it changes
/// whenever the App redraws for a new scenario (each [`Figure`] in it skips on its own).
pub fn headline(e: &Economics) -> Html {
    let profit = e.fleet.profit.amount();
    let paying = profit > 0.0;
    let payback = Hook::PaybackDays.today(e);
    // Payback needs a hardware cost and a profit.
    let (payback_none, payback_note) = match (payback, paying) {
        (Some(_), _) => ("", "hardware cost / profit a day, network held constant"),
        (None, true) => ("—", "enter a hardware cost to see it"),
        (None, false) => ("never", "at these figures"),
    };
    html! {
        <dl class="headline">
            <div class={classes!("headline-item", tone(profit >= 0.0))}>
                <dt>{ "Profit a day" }</dt>
                <dd><Figure hook={Hook::ProfitPerDay} value={Hook::ProfitPerDay.today(e)} style={Style::MONEY} signed=true /></dd>
            </div>
            <div class={classes!("headline-item", tone(paying))}>
                <dt>{ "Break-even power price" }</dt>
                <dd><Figure hook={Hook::BreakEvenPowerPrice} value={Hook::BreakEvenPowerPrice.today(e)}
                    style={Style::PER_KWH} unit="/kWh" /></dd>
            </div>
            <div class="headline-item">
                <dt>{ "Hashprice" }</dt>
                <dd><Figure hook={Hook::HashpricePh} value={Hook::HashpricePh.today(e)} style={Style::MONEY} unit="/PH/s/day" />
                    <small>{ "fees included, before pool fee" }</small></dd>
            </div>
            <div class={classes!("headline-item", (payback.is_some() || !paying).then(|| tone(payback.is_some())))}>
                <dt>{ "Payback" }</dt>
                <dd><Figure hook={Hook::PaybackDays} value={payback} style={Style::Decimals(0)} unit="days"
                    none_text={payback_none} />
                    <small>{ payback_note }</small></dd>
            </div>
        </dl>
    }
}
