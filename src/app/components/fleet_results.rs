//! The fleet model by model (what each earns, and which should be switched off first)
//! and the site's figures: machines running within the capacity, power with overhead,
//! surcharge, curtailment credit, carbon.

use std::rc::Rc;

use yew::prelude::*;

use crate::scenario::hooks::Hook;

use crate::app::hooks::use_currency;

use super::figure::{key_figure_if, Figure};
use crate::app::format::{format, Style};
use crate::engine::economics::Economics;
use crate::scenario::hooks::MODEL_PROFIT_HOOK;

#[derive(Properties, PartialEq)]
pub struct FleetResultsProps {
    /// The figures of the current scenario.
    pub economics: Rc<Economics>,
    /// Each line's name for people ("Avalon A1246", "Custom machine"), in line order.
    pub names: Vec<AttrValue>,
}

#[function_component]
pub fn FleetResults(props: &FleetResultsProps) -> Html {
    let currency = use_currency();
    let e = &props.economics;
    let s = &e.site;
    // The model that stops paying first as power gets dearer.
    let first_off = e
        .lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.break_even_power_price.map(|p| (i, p.amount_per_kwh())))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
        .filter(|_| e.lines.len() > 1);
    // One machine shows no empty fleet or site figure: each is drawn only when it has
    // something to say, and the section only when one is (the hooks stay in the page,
    // hidden, so that every result hook is always there to read).
    let fleet = e.lines.len() > 1 || s.units_installed > 1;
    let has_co2 = s.co2_tonnes_per_day.is_some();
    let shows = [
        fleet,
        s.capacity_limited,
        fleet,
        fleet || s.all_in_per_kwh != s.avg_purchase_price,
        s.surcharge_per_kwh.amount_per_kwh() != 0.0,
        e.fleet.curtailment_credit.amount() != 0.0,
        has_co2,
        has_co2,
    ];
    let section_shown = fleet || shows.iter().any(|s| *s);
    let mut shown = shows.into_iter();
    let mut item = |label: &str, figure: Html, note: String| {
        key_figure_if(shown.next().unwrap_or(true), label, figure, &note)
    };
    html! {
        <section class="fleet-results" aria-labelledby="fleet-title" hidden={!section_shown}>
            <h3 id="fleet-title">{ "Fleet and site" }</h3>
            if s.capacity_limited {
                <p class="warning" data-testid="capacity-warning">
                    { format!(
                        "The site's capacity fits {} of {} machines: the fleet needs {} MW with overhead. {} do not fit: the least efficient models are left off and not bought; every figure, the hardware cost, payback, NPV and IRR included, is for the machines that run.",
                        format(f64::from(s.units_running), Style::Decimals(0)),
                        format(f64::from(s.units_installed), Style::Decimals(0)),
                        format(s.site_power_installed.megawatts(), Style::Decimals(3)),
                        format(f64::from(s.units_left_off), Style::Decimals(0)),
                    ) }
                </p>
            }
            <div class="table-wrap" tabindex="0" role="region" aria-label="Fleet by model" hidden={!fleet}>
                <table class="models">
                    <caption>{ "Each model, a day, at these figures" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Model" }</th>
                            <th scope="col">{ "Running" }</th>
                            // The unit under each header; the cells' own units are then
                            // read by screen readers only (style.css), so the table fits.
                            <th scope="col">{ "Hashrate" }<span class="th-unit">{ "PH/s" }</span></th>
                            <th scope="col">{ "Power" }<span class="th-unit">{ "kW" }</span></th>
                            <th scope="col">{ "Efficiency" }<span class="th-unit">{ "J/TH" }</span></th>
                            <th scope="col">{ "BTC a day" }<span class="th-unit">{ "BTC" }</span></th>
                            <th scope="col">{ "Profit a day" }<span class="th-unit">{ currency.code() }</span></th>
                            <th scope="col">{ "Break-even" }<span class="th-unit">{ format!("{}/kWh", currency.code()) }</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        for (i, l) in e.lines.iter().enumerate() {
                            <tr data-model={format!("m{}", i + 1)}>
                                <th scope="row">
                                    { props.names.get(i).cloned().unwrap_or_default() }
                                    if first_off == Some(i) {
                                        <small class="first-off">{ " first to switch off" }</small>
                                    }
                                </th>
                                <td>{ format!("{} of {}", format(f64::from(l.running_units), Style::Decimals(0)), format(f64::from(l.line.units), Style::Decimals(0))) }</td>
                                <td><Figure value={Some(l.hashrate.ph_per_s())} style={Style::Fixed(3)} unit="PH/s" /></td>
                                <td><Figure value={Some(l.power.kilowatts())} style={Style::Fixed(1)} unit="kW" /></td>
                                <td><Figure value={Some(l.efficiency_j_per_th)} style={Style::Fixed(1)} unit="J/TH" /></td>
                                <td><Figure value={Some(l.daily.btc_net.btc())} style={Style::Btc} unit="BTC" /></td>
                                <td>
                                    <Figure testid={MODEL_PROFIT_HOOK} model={AttrValue::from(format!("m{}", i + 1))}
                                        value={Some(l.daily.profit.amount())} style={Style::MONEY} />
                                </td>
                                <td><Figure value={l.break_even_power_price.map(|p| p.amount_per_kwh())} style={Style::PER_KWH} unit="/kWh" /></td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <dl class="key-figures">
                { item("Machines running", html! {
                    <Figure hook={Hook::FleetUnitsRunning} value={Hook::FleetUnitsRunning.today(e)} style={Style::Decimals(0)} unit="units" />
                }, format!("of {} installed", format(f64::from(s.units_installed), Style::Decimals(0)))) }
                { item("Machines that do not fit", html! {
                    <Figure hook={Hook::FleetUnitsLeftOff} value={Hook::FleetUnitsLeftOff.today(e)} style={Style::Decimals(0)} unit="units" />
                }, "left off by the capacity; not bought".to_owned()) }
                { item("Site power", html! {
                    <Figure hook={Hook::SitePower} value={Hook::SitePower.today(e)} style={Style::Decimals(3)} unit="MW" />
                }, "running machines with overhead (PUE)".to_owned()) }
                { item("All-in power price", html! {
                    <Figure value={Some(s.all_in_per_kwh.amount_per_kwh())} style={Style::PER_KWH} unit="/kWh" />
                }, "tariff (time-weighted), surcharge and hosting".to_owned()) }
                { item("Surcharge", html! {
                    <Figure hook={Hook::SurchargePerDay} value={Hook::SurchargePerDay.today(e)} style={Style::MONEY} unit="/day" />
                }, format!("{}/kWh at the average purchase price", format(s.surcharge_per_kwh.amount_per_kwh(), Style::UnitPrice(currency)))) }
                { item("Curtailment credit", html! {
                    <Figure hook={Hook::CurtailmentCreditPerDay} value={Hook::CurtailmentCreditPerDay.today(e)} style={Style::MONEY} unit="/day" />
                }, format!("machines run {} h a day before uptime", format(s.hours_running, Style::Decimals(2)))) }
                { item("CO2 a day", html! {
                    <Figure hook={Hook::Co2PerDay} value={Hook::Co2PerDay.today(e)} style={Style::Decimals(2)} unit="t" none_text="— (enter a grid intensity)" />
                }, format!("{} t a year", s.co2_tonnes_per_day.map_or("—".to_owned(), |t| format(t * 365.0, Style::Decimals(0))))) }
                { item("CO2 per BTC mined", html! {
                    // The hook is in kg (README); hundreds of tonnes read better in tonnes.
                    <Figure hook={Hook::Co2PerBtc} value={Hook::Co2PerBtc.today(e)} scale={0.001} style={Style::Decimals(1)} unit="t" none_text="—" />
                }, "site energy × grid intensity / BTC after pool fee".to_owned()) }
            </dl>
        </section>
    }
}
