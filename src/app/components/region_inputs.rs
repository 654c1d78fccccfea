//! Region and money: a region preset (tariff, currency, surcharge, time of use, grid
//! intensity, each with its source), the currency of every amount, the exchange rates,
//! and the per-kWh surcharge as an editable table of bands.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::band_field::BandField;
use super::SectionProps;
use crate::app::hooks::{use_currency, use_select_value};
use crate::app::state::{Action, BandPart};
use crate::engine::money::{Currency, SHIPPED_RATES};
use crate::scenario::fleet::{split_bands, MAX_BANDS};
use crate::scenario::{Key, Region};

/// The keys this section shows.
pub const KEYS: &[Key] = &[
    Key::Region,
    Key::Cur,
    Key::Fxkzt,
    Key::Fxeur,
    Key::Fxcny,
    Key::Fxrub,
    Key::Sur,
    Key::Scur,
];

#[function_component]
pub fn RegionInputs(props: &SectionProps) -> Html {
    let fields = &props.fields;
    let region_id = fields.get(Key::Region);
    let region = Region::from_id(region_id.trim()).unwrap_or_default();
    let currency = use_currency();
    let scur = fields.get(Key::Scur).to_owned();
    let region_select = use_select_value(region_id.to_owned());
    let currency_select = use_select_value(fields.get(Key::Cur).to_owned());
    let scur_select = use_select_value(scur.clone());

    let on_region = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(Action::ApplyRegion(
                Region::from_id(&id).unwrap_or_default(),
            ))
        })
    };
    let on_currency = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(Action::PickCurrency(
                Currency::from_code(&code).unwrap_or_default(),
            ))
        })
    };
    let rates = [Key::Fxkzt, Key::Fxeur, Key::Fxcny, Key::Fxrub];
    let rate_hint = |key: Key| {
        let shipped = key
            .rate_currency()
            .map_or(1.0, |c| SHIPPED_RATES.rates.per_usd(c));
        Some(AttrValue::from(format!(
            "Shipped: {shipped} ({})",
            SHIPPED_RATES.date
        )))
    };

    html! {
        <fieldset class="section" data-section="region">
            <legend>{ "Region and money" }</legend>
            <div class="row">
                <div class="field">
                    <label for="field-region">{ Key::Region.label() }</label>
                    <select id="field-region" name="region" onchange={on_region} ref={region_select}>
                        for r in Region::ALL {
                            <option value={r.id()} selected={r.id() == region_id}>{ r.name() }</option>
                        }
                    </select>
                </div>
                <div class="field">
                    <label for="field-cur">{ Key::Cur.label() }</label>
                    <select id="field-cur" name="cur" onchange={on_currency} ref={currency_select}>
                        for c in Currency::ALL {
                            <option value={c.code()} selected={c == currency}>{ format!("{} ({})", c.code(), c.name()) }</option>
                        }
                    </select>
                    <p class="hint">{ Key::Cur.help() }</p>
                </div>
            </div>
            <p class="hint source" data-testid="region-source">{ region.source() }</p>
            <div class="row">
                for key in rates {
                    { props.field_with(key, rate_hint(key)) }
                }
            </div>
            { surcharge_table(props) }
            <div class="field">
                <label for="field-scur">{ Key::Scur.label() }</label>
                <select id="field-scur" name="scur" onchange={props.on_select(Key::Scur)} ref={scur_select}>
                    for c in Currency::ALL {
                        <option value={c.code()} selected={c.code() == scur}>{ c.code() }</option>
                    }
                </select>
            </div>
        </fieldset>
    }
}

/// The surcharge bands as rows of two fields: part of the section (a function, not a
/// component: it reads the same fields).
fn surcharge_table(props: &SectionProps) -> Html {
    let rows = split_bands(props.fields.get(Key::Sur));
    let scur = props.fields.get(Key::Scur).to_owned();
    // As the scenario reads the table: in `scur`, the tenge when it names no currency.
    let currency = Currency::from_code(scur.trim()).unwrap_or(Currency::Kzt);
    let error = props.fields.message(Key::Sur);
    let send = |action: fn(usize) -> Action, row: usize| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action(row)))
    };
    let add = send(|_| Action::AddBand, 0);
    html! {
        <div class={classes!("surcharge", error.is_some().then_some("invalid"))} data-testid="surcharge-table">
            <p class="label">{ format!("Surcharge per kWh consumed, by average purchase price ({scur}/kWh)") }</p>
            if rows.is_empty() {
                <p class="hint">{ "No surcharge." }</p>
            } else {
                <table class="bands">
                    <thead>
                        <tr><th scope="col">{ "Surcharge" }</th><th scope="col">{ "when the price is at least" }</th><th scope="col"><span class="visually-hidden">{ "Remove" }</span></th></tr>
                    </thead>
                    <tbody>
                        for (i, (per_kwh, from)) in rows.iter().enumerate() {
                            <tr>
                                <td>
                                    <BandField row={i} part={BandPart::PerKwh} value={AttrValue::from(per_kwh.clone())}
                                        {currency} dispatch={props.dispatch.clone()} />
                                </td>
                                <td>
                                    <BandField row={i} part={BandPart::From} value={AttrValue::from(from.clone())}
                                        {currency} dispatch={props.dispatch.clone()} />
                                </td>
                                <td>
                                    <button type="button" class="link-button" onclick={send(Action::RemoveBand, i)}
                                        aria-label={format!("Remove band {}", i + 1)}>{ "Remove" }</button>
                                </td>
                            </tr>
                        }
                    </tbody>
                </table>
            }
            if let Some(e) = error {
                <p class="error" role="alert" data-testid="error-sur">{ e }</p>
            } else {
                <p class="hint">{ "The band with the highest price not above your average purchase price (over the hours the machines run) applies; below every band, the lowest band's. An empty price means 0; an empty surcharge is a band not known, to enter." }</p>
            }
            if rows.len() < MAX_BANDS {
                <button type="button" class="secondary" data-testid="add-band" onclick={add}>{ "Add a band" }</button>
            }
        </div>
    }
}
