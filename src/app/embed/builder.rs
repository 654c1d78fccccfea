//! "Embed this calculator": the partner picks options, sees the embed of the current
//! scenario live, and copies the script or the iframe snippet. The preview frame is
//! only created while the panel is open (it loads a second copy of the calculator).

use wasm_bindgen::JsCast;
use web_sys::{HtmlDetailsElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::settled::use_settled;
use super::snippet_box::SnippetBox;

/// How long the scenario and options must stay the same before the preview reloads.
const PREVIEW_DELAY_MS: u32 = 600;

use crate::embed::options::RawOptions;
use crate::embed::snippet::{embed_url, iframe_snippet, script_snippet, FRAME_TITLE, SANDBOX};
use crate::embed::{EmbedOptions, Section, Theme};
use crate::engine::money::Currency;
use crate::scenario::{to_query_for, Entered, Params, Scenario, Visit};

#[derive(Properties, PartialEq)]
pub struct BuilderProps {
    /// The current scenario's link query; `None` while a field is invalid.
    pub query: Option<String>,
}

/// The builder's panel, closed until the user opens it: while closed it builds nothing
/// (no snippet, no preview), so typing in the calculator costs it nothing.
#[function_component]
pub fn Builder(props: &BuilderProps) -> Html {
    let open = use_state(|| false);
    // Kept here, so that closing the panel does not lose the partner's choices.
    let choices = use_state(Choices::default);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(e.target_unchecked_into::<HtmlDetailsElement>().open());
        })
    };
    html! {
        <details class="section embed-builder" data-testid="embed-builder" {ontoggle}>
            <summary><h2>{ "Embed this calculator" }</h2></summary>
            if *open {
                <BuilderPanel query={props.query.clone()} {choices} />
            }
        </details>
    }
}

/// The partner's choices, as typed.
#[derive(Clone, PartialEq, Default)]
struct Choices {
    theme: String,
    accent: String,
    /// A currency code, or empty for the scenario's own.
    currency: String,
    lock: String,
    hidden: Vec<Section>,
    credit: String,
}

/// The calculator's own directory URL (ends in `/`): where index.html and embed.js are.
fn calculator_url() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(web_sys::Url::new_with_base("./", &href).ok()?.href())
}

/// The snippet's pairs: the scenario's keys as an embed opens them, in the chosen
/// currency, then the options that differ from their defaults.
fn pairs(query: Option<&str>, c: &Choices) -> Vec<(String, String)> {
    // The scenario of the page's link, in the currency the partner picked if any
    // (converted as the page's currency picker converts), written for an embed: an
    // embed is a new visitor, so a key whose first-visit value differs from its v1
    // meaning is written when the scenario differs from the first visit (`off=0`).
    let query = query.and_then(|query| {
        let mut params = Params::from_query(query).0;
        if let Some(currency) = Currency::from_code(&c.currency) {
            params.switch_currency(currency, &mut Entered::default());
        }
        Scenario::from_params(&params)
            .ok()
            .map(|s| to_query_for(&s, Visit::New))
    });
    let mut out: Vec<(String, String)> = query
        .map(|q| {
            form_urlencoded::parse(q.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect()
        })
        .unwrap_or_default();
    let hide = c
        .hidden
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(",");
    for (name, value) in [
        ("theme", c.theme.as_str()),
        ("accent", c.accent.trim()),
        ("lock", c.lock.trim()),
        ("hide", hide.as_str()),
        ("credit", c.credit.trim()),
    ] {
        // `auto` is the default theme: not written.
        let default = value.is_empty() || (name == "theme" && value == Theme::Auto.as_str());
        if !default {
            out.push((name.to_owned(), value.to_owned()));
        }
    }
    out
}

#[derive(Properties, PartialEq)]
struct BuilderPanelProps {
    /// The current scenario's link query; `None` while a field is invalid.
    query: Option<String>,
    /// The partner's choices, as typed.
    choices: UseStateHandle<Choices>,
}

/// The open panel: options, problems, snippets and the live preview.
#[function_component]
fn BuilderPanel(props: &BuilderPanelProps) -> Html {
    let choices = &props.choices;
    let edit = |apply: fn(&mut Choices, String)| {
        let choices = choices.clone();
        Callback::from(move |e: Event| {
            let value = match e.target() {
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
    };
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
    let pairs = pairs(props.query.as_deref(), choices);
    let raw = RawOptions {
        accent: Some(choices.accent.trim().to_owned()).filter(|s| !s.is_empty()),
        lock: Some(choices.lock.clone()),
        credit: Some(choices.credit.clone()),
        ..RawOptions::default()
    };
    let (_, problems) = EmbedOptions::from_raw(&raw);
    let base = calculator_url().unwrap_or_else(|| "./".to_owned());
    let preview = use_settled(embed_url(&base, &pairs), PREVIEW_DELAY_MS);
    let script = script_snippet(&base, &pairs);
    let iframe = iframe_snippet(&base, &pairs);
    let c: &Choices = choices;
    html! {
        <>
            <p class="hint">{ "Put this scenario on your site: pick the options, check the preview, copy a snippet." }</p>
            <div class="row">
                <div class="field">
                    <label for="embed-theme">{ "Theme" }</label>
                    <select id="embed-theme" onchange={edit(|c, v| c.theme = v)}>
                        for t in Theme::ALL {
                            <option value={t.as_str()} selected={c.theme == t.as_str()}>{ t.as_str() }</option>
                        }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-accent">{ "Accent colour (#rrggbb)" }</label>
                    <input id="embed-accent" type="text" maxlength="7" placeholder="#c2560c" value={c.accent.clone()} onchange={edit(|c, v| c.accent = v)} />
                </div>
            </div>
            <div class="row">
                <div class="field">
                    <label for="embed-currency">{ "Currency" }</label>
                    <select id="embed-currency" onchange={edit(|c, v| c.currency = v)}>
                        <option value="" selected={c.currency.is_empty()}>{ "The scenario's" }</option>
                        for cur in Currency::ALL {
                            <option value={cur.code()} selected={c.currency == cur.code()}>{ cur.code() }</option>
                        }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-lock">{ "Locked fields (keys, e.g. kwh,hfee)" }</label>
                    <input id="embed-lock" type="text" maxlength="200" value={c.lock.clone()} onchange={edit(|c, v| c.lock = v)} />
                </div>
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
                <input id="embed-credit" type="text" maxlength="80" value={c.credit.clone()} onchange={edit(|c, v| c.credit = v)} />
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
