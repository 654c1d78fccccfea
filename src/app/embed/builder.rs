//! "Embed this calculator": the partner picks options, sees the embed of the current
//! scenario live, and copies the script or the iframe snippet. The preview frame is
//! only created while the panel is open (it loads a second copy of the calculator).

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::settled::use_settled;
use super::snippet_box::SnippetBox;

/// How long the scenario and options must stay the same before the preview reloads.
const PREVIEW_DELAY_MS: u32 = 600;

use crate::app::hooks::use_select_value;
use crate::embed::choices::Choices;
use crate::embed::snippet::{embed_url, iframe_snippet, script_snippet, FRAME_TITLE, SANDBOX};
use crate::embed::{NetworkFigures, Section, Theme};
use crate::engine::money::Currency;

#[derive(Properties, PartialEq)]
pub struct BuilderProps {
    /// The current scenario's link query; `None` while a field is invalid.
    pub query: Option<String>,
    /// Whether its section is open.
    pub open: bool,
}

/// The builder, in its section ("Embed this calculator", loaded on demand:
/// [`crate::app::on_demand`]). While the section is closed it builds nothing (no
/// snippet, no preview), so typing in the calculator costs it nothing.
#[function_component]
pub fn Builder(props: &BuilderProps) -> Html {
    // Kept here, so that closing the section does not lose the partner's choices.
    let choices = use_state(Choices::default);
    html! {
        if props.open {
            <BuilderPanel query={props.query.clone()} {choices} />
        }
    }
}

/// The calculator's own directory URL (ends in `/`): where index.html and embed.js are.
fn calculator_url() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(web_sys::Url::new_with_base("./", &href).ok()?.href())
}

#[derive(Properties, PartialEq)]
struct BuilderPanelProps {
    /// The current scenario's link query; `None` while a field is invalid.
    query: Option<String>,
    /// The partner's choices, as typed.
    choices: UseStateHandle<Choices>,
}

/// The open panel: options, problems, snippets and the live preview. Every field
/// shows the choices and changes them as it is typed in (`input`), so that a redraw
/// (the preview settling, another field's change) shows what was typed, never an
/// older text.
#[function_component]
fn BuilderPanel(props: &BuilderPanelProps) -> Html {
    let choices = &props.choices;
    let edit = |apply: fn(&mut Choices, String)| on_value::<Event>(choices.clone(), apply);
    let typed = |apply: fn(&mut Choices, String)| on_value::<InputEvent>(choices.clone(), apply);
    let toggle_section = |section: Section| {
        let choices = choices.clone();
        Callback::from(move |_: Event| {
            let mut next = (*choices).clone();
            if let Some(at) = next.hidden.iter().position(|s| *s == section) {
                next.hidden.remove(at);
            } else {
                next.hidden.push(section);
            }
            choices.set(next);
        })
    };
    let c: &Choices = choices;
    // `selected` on an option is only its default (and Yew inserts a list's options
    // last first, so with none selected the browser showed the last): the selects'
    // values are set after each render.
    let theme_select = use_select_value(c.theme.as_str().to_owned());
    let currency_select = use_select_value(c.currency.map_or("", |c| c.code()).to_owned());
    let network_select = use_select_value(c.network.as_str().to_owned());
    let pairs = c.pairs(props.query.as_deref());
    let problems = c.problems();
    let base = calculator_url().unwrap_or_else(|| "./".to_owned());
    let preview = use_settled(embed_url(&base, &pairs), PREVIEW_DELAY_MS);
    let script = script_snippet(&base, &pairs);
    let iframe = iframe_snippet(&base, &pairs);
    html! {
        <>
            <p class="hint">{ "Put this scenario on your site: pick the options, check the preview, copy a snippet." }</p>
            <div class="row">
                <div class="field">
                    <label for="embed-theme">{ "Theme" }</label>
                    <select id="embed-theme" ref={theme_select}
                        onchange={edit(|c, v| c.theme = Theme::from_name(&v).unwrap_or_default())}>
                        for t in Theme::ALL {
                            <option value={t.as_str()} selected={c.theme == t}>{ t.as_str() }</option>
                        }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-accent">{ "Accent colour (#rrggbb)" }</label>
                    <input id="embed-accent" type="text" maxlength="7" placeholder="#c2560c" value={c.accent.clone()}
                        oninput={typed(|c, v| c.accent = v)} />
                </div>
            </div>
            <div class="row">
                <div class="field">
                    <label for="embed-currency">{ "Currency" }</label>
                    <select id="embed-currency" ref={currency_select}
                        onchange={edit(|c, v| c.currency = Currency::from_code(&v))}>
                        <option value="" selected={c.currency.is_none()}>{ "The scenario's" }</option>
                        for cur in Currency::ALL {
                            <option value={cur.code()} selected={c.currency == Some(cur)}>{ cur.code() }</option>
                        }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-lock">{ "Locked fields (keys, e.g. kwh,hfee)" }</label>
                    <input id="embed-lock" type="text" maxlength="200" value={c.lock.clone()}
                        oninput={typed(|c, v| c.lock = v)} />
                </div>
            </div>
            <div class="field">
                <label for="embed-network">{ "Network figures" }</label>
                <select id="embed-network" ref={network_select} aria-describedby="embed-network-hint"
                    onchange={edit(|c, v| c.network = NetworkFigures::from_name(&v).unwrap_or(NetworkFigures::Live))}>
                    for n in NetworkFigures::ALL {
                        <option value={n.as_str()} selected={c.network == n}>{ network_label(n) }</option>
                    }
                </select>
                <p class="hint" id="embed-network-hint">{ network_hint(c.network) }</p>
            </div>
            <fieldset class="embed-hide">
                <legend>{ "Hidden sections" }</legend>
                for s in Section::ALL.into_iter().filter(|s| s.in_embed()) {
                    <label class="check">
                        <input type="checkbox" checked={c.hidden.contains(&s)} onchange={toggle_section(s)} />
                        { s.as_str() }
                    </label>
                }
            </fieldset>
            <div class="field">
                <label for="embed-credit">{ "Credit line (plain text, at most 80 characters)" }</label>
                <input id="embed-credit" type="text" maxlength="80" value={c.credit.clone()}
                    oninput={typed(|c, v| c.credit = v)} />
            </div>
            if !problems.is_empty() {
                <ul class="error" data-testid="embed-builder-problems">
                    for p in problems {
                        <li>{ format!("{}: {p}", p.key) }</li>
                    }
                </ul>
            }
            <SnippetBox id="embed-script" label="Script snippet (resizes to fit its content)"
                testid="embed-snippet" text={script} />
            <SnippetBox id="embed-iframe" label="Plain iframe, for sites that allow no scripts (fixed height)"
                testid="embed-iframe-snippet" text={iframe} />
            <iframe class="embed-preview" data-testid="embed-preview" title={FRAME_TITLE}
                src={preview} sandbox={SANDBOX} />
        </>
    }
}

/// A handler of the events of type `E` on a field: its value, put into the choices by
/// `apply`.
fn on_value<E: AsRef<Event> + 'static>(
    choices: UseStateHandle<Choices>,
    apply: fn(&mut Choices, String),
) -> Callback<E> {
    Callback::from(move |e: E| {
        let value = match e.as_ref().target() {
            Some(t) if t.has_type::<HtmlSelectElement>() => {
                t.unchecked_into::<HtmlSelectElement>().value()
            }
            Some(t) => t.unchecked_into::<HtmlInputElement>().value(),
            None => return,
        };
        let mut next = (*choices).clone();
        apply(&mut next, value);
        choices.set(next);
    })
}

/// The network choice's name in the picker.
fn network_label(n: NetworkFigures) -> &'static str {
    match n {
        NetworkFigures::Live => "Live",
        NetworkFigures::Snapshot => "Shipped snapshot",
        NetworkFigures::Pinned => "Pinned to this scenario's",
    }
}

/// What the network choice means for the partner's visitors (README "Embedding").
fn network_hint(n: NetworkFigures) -> &'static str {
    match n {
        NetworkFigures::Live => "Each visitor's browser fetches today's figures from the network API (the snapshot until they come).",
        NetworkFigures::Snapshot => "The figures this version ships; visitors' browsers contact no API.",
        NetworkFigures::Pinned => "This scenario's price, difficulty, height, fees and date, kept; visitors' browsers contact no API.",
    }
}
