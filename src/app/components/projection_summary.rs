//! The projection's headline figures, each with its public hook, and the halving.

use yew::prelude::*;

use super::figure::{Figure, RawFigure};
use crate::app::format::{format, Style};
use crate::engine::projection::Projection;
use crate::scenario::hooks::{data_values, Hook};

/// A date hook: the ISO date as `data-value` and as text, or empty and `none`.
fn date_figure(hook: Hook, p: &Projection, none: &'static str) -> Html {
    let date = hook.data_date(p);
    html! {
        <RawFigure testid={hook.id()} value={date.clone()}>
            { if date.is_empty() { none.to_owned() } else { date } }
        </RawFigure>
    }
}

/// The IRR hook and its note: one rate as a figure; several (cash flows that change
/// sign more than once) all shown, lowest first, with why there is more than one
/// (`irr-why`); none as a dash and why.
fn irr_figure(p: &Projection) -> (Html, String) {
    let rates = Hook::Irr.several(p);
    let none = if p.hardware.amount() > 0.0 {
        "— (none)"
    } else {
        "— (no hardware bought)"
    };
    if rates.len() < 2 {
        return (
            html! {
                <Figure hook={Hook::Irr} value={rates.first().copied()} style={Style::Percent} unit="a year" none_text={none} />
            },
            String::new(),
        );
    }
    let text = rates
        .iter()
        .map(|r| format(*r, Style::Percent))
        .collect::<Vec<_>>()
        .join(" and ");
    let why = format!(
        "{} rates: the cash flows change sign more than once (losses after the halving, or the resale at the end), and the NPV is zero at each; judge by the NPV at your discount rate",
        rates.len()
    );
    let figure = html! {
        <>
            <RawFigure testid={Hook::Irr.id()} value={data_values(rates)}>
                { text }<span class="figure-unit">{ " a year" }</span>
            </RawFigure>
            <small data-testid="irr-why">{ why }</small>
        </>
    };
    (figure, String::new())
}

/// Drawn as part of the projection (a function, not a component: it changes whenever
/// the projection does). `discount_percent` is the NPV's rate, % per year.
pub fn projection_summary(p: &Projection, discount_percent: f64) -> Html {
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
    let irr = irr_figure(p);
    html! {
        <dl class="key-figures">
            { item("BTC mined".into(), html! {
                <Figure hook={Hook::ProjectedBtc} value={Hook::ProjectedBtc.projected(p)} style={Style::Btc} unit="BTC" />
            }, "after the pool fee".into()) }
            { item("Profit over the horizon".into(), html! {
                <Figure hook={Hook::ProjectedProfit} value={Hook::ProjectedProfit.projected(p)} style={Style::MONEY} />
            }, "less hardware, plus resale".into()) }
            { item("Payback".into(), html! {
                <>
                    { date_figure(Hook::PaybackDate, p, payback_none) }
                    if p.payback.is_some() && p.payback_fell_back {
                        <small data-testid="payback-fell-back">{ "then fell back below zero: later losses (after the halving) undo it" }</small>
                    }
                </>
            }, "the day the cash from operations, less the hardware, first reaches zero, from the cash block by block, not a month's average (resale not counted)".into()) }
            { item("Net present value".into(), html! {
                <Figure hook={Hook::Npv} value={Hook::Npv.projected(p)} style={Style::MONEY} />
            }, format!("at {} a year", format(discount_percent / 100.0, Style::Percent))) }
            { item("Internal rate of return".into(), irr.0, irr.1) }
            { item("All-in cost per BTC".into(), html! {
                <Figure hook={Hook::AvgCostPerBtc} value={Hook::AvgCostPerBtc.projected(p)} style={Style::MONEY} none_text="— (no BTC mined)" />
            }, "power, hosting fees and hardware less resale, per BTC mined; credits count as revenue".into()) }
            { item("Next halving".into(), date_figure(Hook::HalvingDate, p, ""),
                format!("block {}: subsidy {} → {} BTC",
                    format(h.height as f64, Style::Decimals(0)),
                    format(h.subsidy_before.to_btc().btc(), Style::Decimals(8)),
                    format(h.subsidy_after.to_btc().btc(), Style::Decimals(8)))) }
        </dl>
    }
}
