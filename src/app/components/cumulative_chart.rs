//! The cumulative profit chart in SVG: the break-even line, the halving, the payback
//! point, axes with units. Its layout comes from `crate::chart::cumulative`, memoised per
//! projection and width; this only draws it and writes its texts. A text description
//! carries the same story for screen readers; the schedule has the numbers.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::format::{format, Style};
use crate::app::hooks::{use_currency, use_media_query};
use crate::chart::cumulative::{cumulative_layout, BOTTOM, HEIGHT, LEFT, TOP};
use crate::engine::projection::Projection;

#[derive(Properties, PartialEq)]
pub struct CumulativeChartProps {
    /// The projection to draw.
    pub projection: Rc<Projection>,
}

#[function_component]
pub fn CumulativeChart(props: &CumulativeChartProps) -> Html {
    let currency = use_currency();
    let narrow = use_media_query("(max-width: 480px)");
    let layout = use_memo((props.projection.clone(), narrow), |(p, narrow)| {
        cumulative_layout(p, *narrow)
    });
    let p = &props.projection;
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
    let zero = layout.zero_y.to_string();

    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {width} {HEIGHT}")} role="img" aria-labelledby="chart-title chart-desc"
                data-testid="cumulative-chart">
                <title id="chart-title">{ "Cumulative profit" }</title>
                <desc id="chart-desc">{ description.clone() }</desc>
                for (y, value) in layout.y_ticks.iter() {
                    <g class="tick">
                        <line x1={LEFT.to_string()} x2={right.to_string()} y1={y.to_string()} y2={y.to_string()} />
                        <text x={(LEFT - 6.0).to_string()} y={(y + 4.0).to_string()} text-anchor="end">{ format(*value, Style::Compact) }</text>
                    </g>
                }
                for (x, label) in layout.x_labels.iter() {
                    <text class="x-label" x={x.to_string()} y={(HEIGHT - 10.0).to_string()} text-anchor="middle">
                        { label.clone() }
                    </text>
                }
                <text class="axis-unit" x="2" y={(TOP - 12.0).to_string()}>{ currency.code() }</text>
                <line class="zero" x1={LEFT.to_string()} x2={right.to_string()} y1={zero.clone()} y2={zero} />
                <text class="zero-label" x={right.to_string()} y={(layout.zero_y - 4.0).to_string()} text-anchor="end">{ "break-even" }</text>
                if let Some(h) = layout.halving_x {
                    <line class="halving" x1={h.to_string()} x2={h.to_string()} y1={TOP.to_string()} y2={(HEIGHT - BOTTOM).to_string()} />
                    <text class="halving-label" x={(h + 4.0).to_string()} y={(TOP + 10.0).to_string()}>{ "halving" }</text>
                }
                <path class="line" d={layout.path.clone()} />
                if let Some(m) = layout.payback_x {
                    <circle class="payback" cx={m.to_string()} cy={layout.zero_y.to_string()} r="4" />
                    <text class="payback-label" x={m.to_string()} y={(layout.zero_y + 16.0).to_string()} text-anchor="middle">{ "payback" }</text>
                }
            </svg>
            <figcaption>{ description }{ format!(" Amounts in {} ({}); months on the horizontal axis.", currency.name(), currency.code()) }</figcaption>
        </figure>
    }
}
