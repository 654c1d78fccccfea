//! The projection's headline figures, each with its public hook, and the halving.

use std::rc::Rc;

use yew::prelude::*;

use super::figure::Figure;
use crate::app::format::{format, Style};
use crate::engine::projection::Projection;

#[derive(Properties, PartialEq)]
pub struct ProjectionSummaryProps {
    /// The projection of the current scenario.
    pub projection: Rc<Projection>,
    /// Discount rate used for the NPV, % per year.
    pub discount_percent: f64,
}

/// A date hook: the ISO date as `data-value` and as text, or empty and `none`.
fn date_figure(testid: &'static str, date: Option<String>, none: &'static str) -> Html {
    html! {
        <span class="figure" data-testid={testid} data-value={date.clone().unwrap_or_default()}>
            { date.unwrap_or_else(|| none.to_owned()) }
        </span>
    }
}

#[function_component]
pub fn ProjectionSummary(props: &ProjectionSummaryProps) -> Html {
    let p = &props.projection;
    let h = &p.halving;
    let item = |label: String, figure: Html, note: String| {
        html! {
            <div class="key-figure">
                <dt>{ label }</dt>
                <dd>{ figure }if !note.is_empty() { <small>{ note }</small> }</dd>
            </div>
        }
    };
    let payback_none = if p.hardware.amount() > 0.0 {
        "not within the horizon"
    } else {
        "— (enter a hardware cost)"
    };
    html! {
        <dl class="key-figures">
            { item("BTC mined".into(), html! {
                <Figure testid="projected-btc" value={Some(p.total_btc.btc())} style={Style::Btc} unit="BTC" />
            }, "after the pool fee".into()) }
            { item("Profit over the horizon".into(), html! {
                <Figure testid="projected-profit" value={Some(p.net_profit.amount())} style={Style::MONEY} />
            }, "less hardware, plus resale".into()) }
            { item("Payback".into(), date_figure("payback-date", p.payback.map(|d| d.to_iso()), payback_none),
                "from operations, resale not counted".into()) }
            { item("Net present value".into(), html! {
                <Figure testid="npv" value={Some(p.npv.amount())} style={Style::MONEY} />
            }, format!("at {} a year", format(props.discount_percent / 100.0, Style::Percent))) }
            { item("Internal rate of return".into(), html! {
                <Figure testid="irr" value={p.irr} style={Style::Percent} unit="a year"
                    none_text={if p.hardware.amount() > 0.0 { "— (none)" } else { "— (no hardware bought)" }} />
            }, String::new()) }
            { item("All-in cost per BTC".into(), html! {
                <Figure testid="avg-cost-per-btc" value={p.avg_cost_per_btc.map(|c| c.amount())} style={Style::MONEY} none_text="— (no BTC mined)" />
            }, "power and hardware less resale, per BTC mined".into()) }
            { item("Next halving".into(), date_figure("halving-date", Some(h.date.to_iso()), ""),
                format!("block {}: subsidy {} → {} BTC",
                    format(h.height as f64, Style::Decimals(0)),
                    format(h.subsidy_before.to_btc().btc(), Style::Decimals(8)),
                    format(h.subsidy_after.to_btc().btc(), Style::Decimals(8)))) }
        </dl>
    }
}
