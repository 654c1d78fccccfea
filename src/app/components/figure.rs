//! One result figure: formatted for people, with the raw number for machines.

use yew::prelude::*;

use crate::app::hooks::use_currency;

use crate::app::format::{format, Style};
use crate::scenario::hooks::{data_value, Hook};

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    /// The result hook this figure is, from the one table of hooks; its `data-testid`.
    #[prop_or_default]
    pub hook: Option<Hook>,
    /// A `data-testid` outside the result hooks' table (then and now's `then-X`); `None`
    /// for a figure shown twice (the hook is on the other).
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// The figure in its stated unit; `None` when it is undefined (no payback...).
    pub value: Option<f64>,
    pub style: Style,
    /// Unit text after the number when the style does not carry one ("kWh", "/kWh").
    #[prop_or_default]
    pub unit: AttrValue,
    /// The number shown is `value` times this, in `unit`, where the hook's unit is too
    /// small to read (kg of CO2 shown in tonnes: 0.001); `data-value` keeps `value`.
    #[prop_or(1.0)]
    pub scale: f64,
    /// The fleet line a per-model figure belongs to (`data-model`: `m1`..`m8`).
    #[prop_or_default]
    pub model: Option<AttrValue>,
    /// What to show when `value` is `None`.
    #[prop_or(AttrValue::Static("—"))]
    pub none_text: AttrValue,
    /// Whether a positive figure shows its sign ("+12.50"), as a profit does.
    #[prop_or_default]
    pub signed: bool,
}

/// Whether the figures shown are the last ones computed, kept while a field is being
/// retyped (`data-stale="true"` on every hook; README "Result hooks"). Provided as
/// context around the results.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Stale(pub bool);

/// Renders `data-value` as the unrounded number (Rust's shortest round-trip text), or
/// empty when the figure is undefined.
#[function_component]
pub fn Figure(props: &FigureProps) -> Html {
    let currency = use_currency();
    let stale = use_context::<Stale>().unwrap_or_default().0;
    let value = props.value.filter(|v| v.is_finite());
    let raw = data_value(value);
    let text = value.map(|v| {
        let text = format(v * props.scale, props.style.in_currency(currency));
        // A gain shows its sign, in the same text so that it never wraps from the
        // amount; one that rounds to zero shows none, as a loss does.
        if props.signed && v > 0.0 && text.chars().any(|c| matches!(c, '1'..='9')) {
            format!("+{text}")
        } else {
            text
        }
    });
    // Red only when a minus is shown: a loss that rounds to "$0.00" is not one.
    let negative = text.as_ref().is_some_and(|t| t.contains('\u{2212}'));
    html! {
        <span
            class={classes!("figure", negative.then_some("negative"))}
            data-testid={props.hook.map(|h| AttrValue::Static(h.id())).or_else(|| props.testid.clone())}
            data-model={props.model.clone()}
            data-value={raw}
            data-stale={stale.then_some("true")}
        >
            if let Some(text) = text {
                { text }
                if !props.unit.is_empty() {
                    <span class="figure-unit">{ " " }{ &props.unit }</span>
                }
            } else {
                { &props.none_text }
            }
        </span>
    }
}

/// One entry of a `<dl class="key-figures">`: a label, its figure, and a note under it
/// (none when empty).
pub fn key_figure(label: &str, figure: Html, note: &str) -> Html {
    html! {
        <div class="key-figure">
            <dt>{ label }</dt>
            <dd>{ figure }if !note.is_empty() { <small>{ note }</small> }</dd>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RawFigureProps {
    /// The hook's `data-testid`.
    pub testid: &'static str,
    /// Its `data-value`, already written (a date, several rates).
    pub value: AttrValue,
    /// The text shown.
    pub children: Html,
}

/// A result hook whose value is not one number (a date, several rates): written by the
/// caller, marked stale like every [`Figure`].
#[function_component]
pub fn RawFigure(props: &RawFigureProps) -> Html {
    let stale = use_context::<Stale>().unwrap_or_default().0;
    html! {
        <span class="figure" data-testid={props.testid} data-value={props.value.clone()}
            data-stale={stale.then_some("true")}>
            { props.children.clone() }
        </span>
    }
}
