//! The cumulative profit chart in SVG: the line with its areas above and below
//! break-even, the halving, the payback point, axes with units, and beneath it each
//! month's revenue against its running cost. Its layout comes from
//! `crate::chart::cumulative`, memoised per projection and width; this only draws it and
//! writes its texts. The pointer, or the arrow keys once the chart has focus, pick a
//! month that [`chart_readout`] reads out. A text description carries the story for
//! screen readers; the schedule has every number.

use std::rc::Rc;

use yew::prelude::*;

use super::chart_readout::chart_readout;
use crate::app::format::{format, Style};
use crate::app::hooks::{use_currency, use_media_query};
use crate::chart::cumulative::{
    cumulative_layout, FLOWS_BOTTOM, FLOWS_TOP, HEIGHT, LEFT, PLOT_BOTTOM, TOP,
};
use crate::engine::projection::Projection;

#[derive(Properties, PartialEq)]
pub struct CumulativeChartProps {
    /// The projection to draw.
    pub projection: Rc<Projection>,
}

/// The month a key moves to from `at` (none yet: the last) among `months`, if the key
/// moves at all: arrows by a month, Page Up/Down by a year, Home and End to the ends.
fn month_after_key(key: &str, at: Option<usize>, months: usize) -> Option<usize> {
    let last = months.checked_sub(1)?;
    let at = at.unwrap_or(last).min(last);
    Some(match key {
        "ArrowLeft" | "ArrowDown" => at.saturating_sub(1),
        "ArrowRight" | "ArrowUp" => (at + 1).min(last),
        "PageDown" => at.saturating_sub(12),
        "PageUp" => (at + 12).min(last),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
}

/// A coordinate as SVG attribute text, to a tenth of a unit. One function, not a
/// closure inlined at each of the drawing's thirty attributes (the bundle's size).
#[inline(never)]
fn n(v: f64) -> AttrValue {
    AttrValue::from(format!("{v:.1}"))
}

#[function_component]
pub fn CumulativeChart(props: &CumulativeChartProps) -> Html {
    let currency = use_currency();
    let narrow = use_media_query("(max-width: 480px)");
    let layout = use_memo((props.projection.clone(), narrow), |(p, narrow)| {
        cumulative_layout(p, *narrow)
    });
    // The month read out, from 0; kept within a horizon that shrank.
    let selected = use_state_eq(|| None::<usize>);
    // Whether the chart has the keyboard's focus: its readout is announced only then.
    let focused = use_state_eq(|| false);
    let drawing = use_node_ref();
    let p = &props.projection;
    let month = selected.map(|k| k.min(p.months.len().saturating_sub(1)));
    let onkeydown = {
        let (selected, months) = (selected.clone(), p.months.len());
        Callback::from(move |e: KeyboardEvent| {
            if let Some(k) = month_after_key(&e.key(), *selected, months) {
                e.prevent_default();
                selected.set(Some(k));
            }
        })
    };
    let onfocus = {
        let (selected, focused, months) = (selected.clone(), focused.clone(), p.months.len());
        Callback::from(move |_: FocusEvent| {
            focused.set(true);
            if selected.is_none() {
                selected.set(months.checked_sub(1));
            }
        })
    };
    let onpointermove = {
        let (selected, layout, drawing) = (selected.clone(), layout.clone(), drawing.clone());
        Callback::from(move |e: PointerEvent| {
            // Measured on the drawing itself, which the SVG units scale to (not on the
            // event's current target: Yew delegates events to its root).
            let Some(svg) = drawing.cast::<web_sys::Element>() else {
                return;
            };
            let rect = svg.get_bounding_client_rect();
            if rect.width() > 0.0 {
                let x = (f64::from(e.client_x()) - rect.left()) / rect.width() * layout.width;
                selected.set(layout.month_at(x));
            }
        })
    };
    let onpointerleave = {
        let selected = selected.clone();
        Callback::from(move |_: PointerEvent| selected.set(None))
    };
    let onblur = {
        let (selected, focused) = (selected.clone(), focused.clone());
        Callback::from(move |_: FocusEvent| {
            focused.set(false);
            selected.set(None);
        })
    };
    let (width, right) = (layout.width, layout.right());
    let start = p.months.first().and_then(|m| m.start);
    let description = format!(
        "Cumulative profit over {} months from {}: {} at the end{}{}.",
        layout.months,
        start.map(|d| d.to_iso()).unwrap_or_default(),
        format(layout.end_value, Style::Money(currency)),
        p.payback
            .map(|d| format!("; pays back on {}", d.to_iso()))
            .unwrap_or_else(|| "; no payback within the horizon".into()),
        layout
            .halving_x
            .map(|_| format!("; halving on {}", p.halving.date.to_iso()))
            .unwrap_or_default(),
    );
    let zero = n(layout.zero_y);
    let marker = month.and_then(|k| Some((*layout.points.get(k)?, *layout.flows.points.get(k)?)));

    html! {
        <figure class="chart">
            <div class="chart-plot" tabindex="0" role="group" aria-labelledby="chart-title" aria-describedby="chart-readout"
                {onkeydown} {onfocus} {onblur} {onpointermove} {onpointerleave}>
                <svg ref={drawing} viewBox={format!("0 0 {width} {HEIGHT}")} role="img" aria-labelledby="chart-title chart-desc"
                    data-testid="cumulative-chart">
                    <title id="chart-title">{ "Cumulative profit" }</title>
                    <desc id="chart-desc">{ description.clone() }</desc>
                    for (y, value) in layout.y_ticks.iter().chain(layout.flows.y_ticks.iter()) {
                        <g class="tick">
                            <line x1={n(LEFT)} x2={n(right)} y1={n(*y)} y2={n(*y)} />
                            <text x={n(LEFT - 6.0)} y={n(y + 4.0)} text-anchor="end">{ format(*value, Style::Compact) }</text>
                        </g>
                    }
                    for (label, text) in layout.x_labels.iter() {
                        <text class="x-label" x={n(label.x)} y={n(label.y)} text-anchor={label.anchor.svg()}>{ text.clone() }</text>
                    }
                    <text class="axis-unit" x="2" y={n(TOP - 12.0)}>{ currency.code() }</text>
                    <text class="axis-unit" x="2" y={n(FLOWS_TOP - 10.0)}>{ format!("{} a month", currency.code()) }</text>
                    <path class="area gain" d={layout.gain_area.clone()} />
                    <path class="area loss" d={layout.loss_area.clone()} />
                    <line class="zero" x1={n(LEFT)} x2={n(right)} y1={zero.clone()} y2={zero.clone()} />
                    if let Some(h) = layout.halving_x {
                        <line class="halving" x1={n(h)} x2={n(h)} y1={n(TOP)} y2={n(FLOWS_BOTTOM)} />
                    }
                    <path class="line" d={layout.path.clone()} />
                    <path class="band" d={layout.flows.band.clone()} />
                    <path class="revenue" d={layout.flows.revenue.clone()} />
                    <path class="cost" d={layout.flows.cost.clone()} />
                    if let Some(m) = layout.payback_x {
                        <circle class="payback" cx={n(m)} cy={zero} r="4" />
                    }
                    for (mark, label) in layout.labels.iter() {
                        <text class={format!("mark-label mark-{}", mark.text())} x={n(label.x)} y={n(label.y)}
                            text-anchor={label.anchor.svg()}>{ mark.text() }</text>
                    }
                    if let Some(((x, y), (r, c))) = marker {
                        <g class="marker" data-testid="chart-marker">
                            <path d={format!("M{x:.1},{TOP}V{PLOT_BOTTOM}M{x:.1},{FLOWS_TOP}V{FLOWS_BOTTOM}")} />
                            <circle cx={n(x)} cy={n(y)} r="4" />
                            <circle class="revenue" cx={n(x)} cy={n(r)} r="3" />
                            <circle class="cost" cx={n(x)} cy={n(c)} r="3" />
                        </g>
                    }
                </svg>
            </div>
            { chart_readout(p, month, currency, *focused) }
            <figcaption>{ description }{ format!(" Amounts in {} ({}); months on the horizontal axis; beneath, each month's revenue against its power and hosting cost.", currency.name(), currency.code()) }</figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::month_after_key;

    #[track_caller]
    fn case(key: &str, at: Option<usize>, months: usize, to: Option<usize>) {
        assert_eq!(
            month_after_key(key, at, months),
            to,
            "{key} from {at:?} of {months}"
        );
    }

    #[test]
    fn keys_move_the_month() {
        case("ArrowRight", Some(3), 36, Some(4));
        case("ArrowLeft", Some(3), 36, Some(2));
        case("ArrowLeft", Some(0), 36, Some(0));
        case("ArrowRight", Some(35), 36, Some(35));
        case("ArrowUp", Some(3), 36, Some(4));
        case("PageUp", Some(30), 36, Some(35));
        case("PageDown", Some(30), 36, Some(18));
        case("Home", Some(30), 36, Some(0));
        case("End", None, 36, Some(35));
        // Nothing picked yet: from the last month. A month beyond a shorter horizon: from its end.
        case("ArrowLeft", None, 36, Some(34));
        case("ArrowLeft", Some(100), 36, Some(34));
        // Other keys do nothing (Tab leaves the chart).
        case("Tab", Some(3), 36, None);
        case("ArrowLeft", None, 0, None);
    }
}
