//! The story hashwatt began from, in a card of its own: Canaan's 10,300 AvalonMiners in
//! Kazakhstan at the end of 2021. Its two figures (what the fleet earned a day then, and
//! what the same fleet earns on today's network, side by side) are drawn by the
//! on-demand module when first opened ([`super::story_sides`]); the presets' link to the
//! card opens them.

use yew::prelude::*;

use crate::app::hooks::{use_details, Details};
use crate::app::on_demand::messages::encode_today;
use crate::app::on_demand::{Feature, OnDemandBody};
use crate::app::state::{Action, Dispatch};
use crate::engine::snapshot::NetworkSnapshot;
use crate::scenario::presets::CANAAN_2021;

/// The id of the `<details>` holding the two figures, which the presets' link opens.
pub const FIGURES_ID: &str = "canaan-figures";

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

#[function_component]
pub fn Story(props: &StoryProps) -> Html {
    let Details {
        open,
        opened,
        ontoggle,
    } = use_details(false);
    let today = encode_today(&props.now, &props.now_date, props.now_source);
    let open_scenario = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::OpenPreset(&CANAAN_2021)))
    };
    html! {
        <section class="section story" id="canaan" aria-labelledby="canaan-title">
            <h2 id="canaan-title">{ "Canaan in Kazakhstan, 2021" }</h2>
            <p>{ "Canaan, maker of AvalonMiners, ran 10,300 machines in Kazakhstan at the end of 2021, on coal power at about 20 tenge per kWh, as the mining boom strained the grid and a per-kWh surcharge on mining followed. The same fleet, tariff and exchange rate, on two networks:" }</p>
            <details id={FIGURES_ID} class="story-figures" {ontoggle}>
                <summary data-testid="story-toggle">{ "What it earned a day then, and earns now" }</summary>
                if opened {
                    <OnDemandBody feature={Feature::Story} query={Some(today)} {open}
                        on_open={Callback::noop()} />
                }
            </details>
            <p class="hint">{ "What moved between the two: difficulty, the BTC price and the block subsidy (halved since). The fleet, its tariff, the surcharge and the exchange rate are the same on both sides. Sources of the 2021 figures:" }</p>
            <p class="hint story-sources" id="canaan-sources">{ CANAAN_2021.sources }</p>
            <button type="button" class="secondary" data-preset={CANAAN_2021.id} aria-describedby="canaan-sources" onclick={open_scenario}>
                { "Open this scenario" }
            </button>
        </section>
    }
}
