//! Then and now: the scenario's fleet on its own network figures beside the same fleet,
//! same power and same terms, on the shipped snapshot (`cmp=1`). Both sides convert at
//! the link's exchange rates: only the network differs.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::hooks::use_currency;

use super::figure::Figure;
use crate::app::format::{format, Style};
use crate::engine::economics::Economics;
use crate::engine::money::Currency;
use crate::engine::snapshot::NetworkSnapshot;

/// One side of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// ISO date of the network figures.
    pub date: AttrValue,
    pub network: NetworkSnapshot,
    pub economics: Rc<Economics>,
}

#[derive(Properties, PartialEq)]
pub struct ThenAndNowProps {
    /// The scenario on its own network figures.
    pub then: Side,
    /// The same fleet on today's network (live figures when the page has them, else
    /// the shipped snapshot), at the link's exchange rates.
    pub now: Side,
    /// Where today's network comes from: "live" or "the snapshot".
    pub now_source: AttrValue,
    /// The exchange rates both sides convert at: each currency other than the dollar
    /// the scenario uses, and its units per US dollar (empty: all in dollars).
    pub rates: Vec<(Currency, f64)>,
}

/// A row: label, hook stem, value of one side, style, unit.
type Row = (
    &'static str,
    &'static str,
    fn(&Side) -> Option<f64>,
    Style,
    &'static str,
);

const ROWS: [Row; 9] = [
    (
        "Difficulty",
        "difficulty",
        |s| Some(s.network.difficulty.get() / 1e12),
        Style::Fixed(2),
        "T",
    ),
    (
        "Block subsidy",
        "subsidy",
        |s| Some(s.network.subsidy().to_btc().btc()),
        Style::Btc,
        "BTC",
    ),
    (
        "BTC price",
        "btc-price",
        |s| Some(s.economics.btc_price.amount_per_btc()),
        Style::MONEY,
        "",
    ),
    (
        "Hashprice",
        "hashprice-ph",
        |s| Some(s.economics.hashprice_per_ph_day.amount()),
        Style::MONEY,
        "/PH/s/day",
    ),
    (
        "BTC mined a day",
        "btc-per-day",
        |s| Some(s.economics.fleet.btc_net.btc()),
        Style::Btc,
        "BTC",
    ),
    (
        "Revenue a day",
        "revenue-per-day",
        |s| Some(s.economics.fleet.revenue.amount()),
        Style::MONEY,
        "",
    ),
    (
        "Power cost a day",
        "power-cost-per-day",
        |s| Some(s.economics.fleet.power_cost.amount()),
        Style::MONEY,
        "",
    ),
    (
        "Profit a day",
        "profit-per-day",
        |s| Some(s.economics.fleet.profit.amount()),
        Style::MONEY,
        "",
    ),
    (
        "Break-even power price",
        "break-even-power-price",
        |s| {
            s.economics
                .break_even_power_price
                .map(|p| p.amount_per_kwh())
        },
        Style::PER_KWH,
        "/kWh",
    ),
];

#[function_component]
pub fn ThenAndNow(props: &ThenAndNowProps) -> Html {
    let currency = use_currency();
    let (then, now) = (&props.then, &props.now);
    let verb = |e: &Economics| {
        if e.fleet.profit.amount() >= 0.0 {
            "earns"
        } else {
            "loses"
        }
    };
    let profit = |e: &Economics| format(e.fleet.profit.amount().abs(), Style::Money(currency));
    let ratio = now.network.difficulty.get() / then.network.difficulty.get();
    let line1 = format!(
        "On {}: difficulty {} T, a {} BTC subsidy and BTC at {}: the fleet {} {} a day.",
        then.date,
        format(then.network.difficulty.get() / 1e12, Style::Decimals(2)),
        format(then.network.subsidy().to_btc().btc(), Style::Decimals(4)),
        format(
            then.economics.btc_price.amount_per_btc(),
            Style::Money(currency)
        ),
        verb(&then.economics),
        profit(&then.economics),
    );
    let line2 = format!(
        "On {} of {}: difficulty {}× that, a {} BTC subsidy and BTC at {}: the same machines on the same power {} {} a day. Break-even power is {}/kWh.",
        props.now_source,
        now.date,
        format(ratio, Style::Decimals(1)),
        format(now.network.subsidy().to_btc().btc(), Style::Decimals(4)),
        format(now.economics.btc_price.amount_per_btc(), Style::Money(currency)),
        verb(&now.economics),
        profit(&now.economics),
        now.economics
            .break_even_power_price
            .map_or("—".to_owned(), |p| format(p.amount_per_kwh(), Style::UnitPrice(currency))),
    );
    let rule = if props.rates.is_empty() {
        "Both sides are in US dollars, and everything but the network (tariff, surcharge, site, pool) is the scenario's: only the network differs.".to_owned()
    } else {
        format!(
            "Both sides convert at this link's exchange rates ({}), and everything but the network (tariff, surcharge, site, pool) is the scenario's: only the network differs. The BTC price is in US dollars on both sides.",
            props
                .rates
                .iter()
                .map(|(c, per_usd)| format!("{} {} per US dollar", format(*per_usd, Style::Decimals(4)), c.code()))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    html! {
        <section class="then-and-now" aria-labelledby="compare-title" data-testid="then-and-now">
            <h3 id="compare-title">{ "Then and now" }</h3>
            <p class="explain" data-testid="compare-explain">{ line1 }<br />{ line2 }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Then and now, figure by figure">
                // The roles are written out: on a phone the stylesheet stacks each row
                // (its name over its two figures), which takes the table's own display.
                <table class="compare" role="table">
                    <thead role="rowgroup">
                        <tr role="row">
                            <th scope="col" role="columnheader">{ "Same fleet, same terms" }</th>
                            <th scope="col" role="columnheader">{ format!("Then ({})", then.date) }</th>
                            <th scope="col" role="columnheader">{ format!("Now ({} of {})", props.now_source, now.date) }</th>
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        for (label, hook, value, style, unit) in ROWS {
                            <tr role="row">
                                <th scope="row" role="rowheader">{ label }</th>
                                <td role="cell"><Figure testid={AttrValue::from(format!("then-{hook}"))} value={value(then)} style={style} unit={unit} /></td>
                                <td role="cell"><Figure testid={AttrValue::from(format!("now-{hook}"))} value={value(now)} style={style} unit={unit} /></td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <p class="hint" data-testid="compare-rule">{ rule }</p>
        </section>
    }
}
