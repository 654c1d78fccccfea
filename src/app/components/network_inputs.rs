//! The network: BTC price, difficulty, height and fees, prefilled from the shipped
//! snapshot, whose date is always shown.

use yew::prelude::*;

use super::SectionProps;
use crate::app::fields::Fields;
use crate::app::format::{format, Style};
use crate::app::state::{Action, Dispatch};
use crate::engine::money::Currency;
use crate::engine::protocol::{implied_network_hashrate, next_halving_height, subsidy_at};
use crate::engine::snapshot::SHIPPED_SNAPSHOT;
use crate::engine::units::Difficulty;
use crate::scenario::{parse_number, Key, Params, Scale};

/// The keys this section shows.
pub const KEYS: &[Key] = &Params::NETWORK_KEYS;

#[derive(Properties, PartialEq)]
pub struct NetworkInputsProps {
    /// The network keys as entered, and what is wrong with them.
    pub fields: Fields,
    /// The scenario's currency and its rate, for the BTC price read back in it.
    pub money: Scale,
    /// Whether the network keys are the shipped snapshot's.
    pub shipped: bool,
    /// Sends the user's changes.
    pub dispatch: Dispatch,
}

#[function_component]
pub fn NetworkInputs(props: &NetworkInputsProps) -> Html {
    let reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ResetNetwork))
    };
    let params = &props.fields;
    let is_shipped = props.shipped;

    let diff_hint = parse_number(Key::Diff, params.get(Key::Diff))
        .ok()
        .map(|d| {
            let eh = implied_network_hashrate(Difficulty::new(d)).eh_per_s();
            AttrValue::from(format!(
                "{} T; implies {} EH/s at 600 s blocks",
                format(d / 1e12, Style::Decimals(2)),
                format(eh, Style::Decimals(1))
            ))
        });
    let height_hint = parse_number(Key::Height, params.get(Key::Height))
        .ok()
        .map(|h| {
            // Range-checked: a whole number up to 20,000,000.
            let h = h as u64;
            let next = next_halving_height(h);
            AttrValue::from(format!(
                "Subsidy {} BTC; next halving at block {} ({} blocks on)",
                format(subsidy_at(h).to_btc().btc(), Style::Decimals(8)),
                format(next as f64, Style::Decimals(0)),
                format((next - h) as f64, Style::Decimals(0)),
            ))
        });
    // The BTC price is quoted in dollars, as snapshots give it; money elsewhere follows
    // the scenario's currency, at its rate.
    let money = props.money;
    let price_hint = (money.currency != Currency::Usd)
        .then(|| parse_number(Key::Price, params.get(Key::Price)).ok())
        .flatten()
        .map(|p| {
            AttrValue::from(format!(
                "{} at {} {} per USD",
                format(p * money.per_usd, Style::Money(money.currency)),
                format(money.per_usd, Style::Decimals(4)),
                money.currency.code()
            ))
        });
    let section = SectionProps {
        fields: props.fields.clone(),
        dispatch: props.dispatch.clone(),
    };
    html! {
        <fieldset class="section">
            <legend>{ "Network" }</legend>
            <p class="snapshot" data-testid="snapshot-status">
                if is_shipped {
                    { format!("Snapshot of {}: old by the time you read it; enter today's figures.", SHIPPED_SNAPSHOT.date) }
                } else {
                    { format!("Your figures (the shipped snapshot is of {}). ", SHIPPED_SNAPSHOT.date) }
                    <button type="button" class="link-button" onclick={reset}>{ "Reset to snapshot" }</button>
                }
            </p>
            <div class="row">
                { section.field_with(Key::Price, price_hint) }
                { section.field(Key::Txfee) }
            </div>
            <div class="row">
                { section.field_with(Key::Diff, diff_hint) }
                { section.field_with(Key::Height, height_hint) }
            </div>
            <div class="row">
                { section.field(Key::Date) }
            </div>
        </fieldset>
    }
}
