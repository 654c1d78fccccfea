//! The cumulative profit chart in SVG: the break-even line, the halving, the payback
//! point, axes with units. Geometry comes from `crate::chart`; this only draws. A text
//! description carries the same story for screen readers; the schedule has the numbers.

use yew::prelude::*;

use crate::app::format::{currency, format, Style};
use crate::app::hooks::use_media_query;
use crate::chart::{month_ticks, nice_ticks, LinearScale};
use crate::engine::projection::Projection;

#[derive(Properties, PartialEq)]
pub struct CumulativeChartProps {
    /// The projection to draw.
    pub projection: Projection,
}

/// The drawing's size in SVG units; it scales to the width of its box. Phones get a
/// narrower drawing, so that its text stays readable when scaled down.
const WIDE: f64 = 480.0;
const NARROW: f64 = 320.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 26.0;
const BOTTOM: f64 = 30.0;

#[function_component]
pub fn CumulativeChart(props: &CumulativeChartProps) -> Html {
    let p = &props.projection;
    let narrow = use_media_query("(max-width: 480px)");
    let width = if narrow { NARROW } else { WIDE };
    let months = p.months.len() as u32;
    // Cumulative cash at the start (zero) and at the end of every month.
    let points: Vec<(f64, f64)> = std::iter::once((0.0, 0.0))
        .chain(
            p.months
                .iter()
                .enumerate()
                .map(|(k, m)| ((k + 1) as f64, m.cumulative.amount())),
        )
        .collect();
    let (lo, hi) = points
        .iter()
        .fold((0.0f64, 0.0f64), |(lo, hi), &(_, y)| (lo.min(y), hi.max(y)));
    let y_ticks = nice_ticks(lo, hi, 4);
    let y_domain = (
        y_ticks.first().copied().unwrap_or(lo),
        y_ticks.last().copied().unwrap_or(hi),
    );
    let x = LinearScale::new((0.0, f64::from(months)), (LEFT, width - RIGHT));
    let y = LinearScale::new(y_domain, (HEIGHT - BOTTOM, TOP));
    let path: String = points
        .iter()
        .enumerate()
        .map(|(i, &(mx, my))| {
            format!(
                "{}{:.1},{:.1}",
                if i == 0 { "M" } else { "L" },
                x.map(mx),
                y.map(my)
            )
        })
        .collect();
    let start = p.months.first().and_then(|m| m.start);
    // A date's position in months from the start: whole months, then days within.
    let month_of = |date: crate::engine::date::Date| -> Option<f64> {
        let k = p
            .months
            .iter()
            .rposition(|m| m.start.is_some_and(|s| s <= date))?;
        let from = p.months[k].start?;
        let to = p.months.get(k + 1).and_then(|m| m.start).unwrap_or(p.end);
        let share = from.secs_until(date) / from.secs_until(to).max(1.0);
        (date < p.end).then_some(k as f64 + share)
    };
    let halving = month_of(p.halving.date);
    let payback = p.payback.and_then(month_of);
    let end_value = p.months.last().map_or(0.0, |m| m.cumulative.amount());
    let description = format!(
        "Cumulative profit over {months} months from {}: {} at the end{}{}.",
        start.map(|d| d.to_iso()).unwrap_or_default(),
        format(end_value, Style::Money),
        p.payback
            .map(|d| format!("; pays back on {}", d.to_iso()))
            .unwrap_or_else(|| "; no payback within the horizon".into()),
        halving
            .map(|_| format!("; halving on {}", p.halving.date.to_iso()))
            .unwrap_or_default(),
    );

    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {width} {HEIGHT}")} role="img" aria-labelledby="chart-title chart-desc"
                data-testid="cumulative-chart">
                <title id="chart-title">{ "Cumulative profit" }</title>
                <desc id="chart-desc">{ description.clone() }</desc>
                for t in y_ticks.iter() {
                    <g class="tick">
                        <line x1={LEFT.to_string()} x2={(width - RIGHT).to_string()} y1={y.map(*t).to_string()} y2={y.map(*t).to_string()} />
                        <text x={(LEFT - 6.0).to_string()} y={(y.map(*t) + 4.0).to_string()} text-anchor="end">{ format(*t, Style::Compact) }</text>
                    </g>
                }
                for k in month_ticks(months).into_iter().step_by(if narrow { 2 } else { 1 }) {
                    <text class="x-label" x={x.map(f64::from(k)).to_string()} y={(HEIGHT - 10.0).to_string()} text-anchor="middle">
                        { p.months.get(k as usize).and_then(|m| m.start).unwrap_or(p.end).to_iso().get(..7).unwrap_or("").to_owned() }
                    </text>
                }
                <text class="axis-unit" x="2" y={(TOP - 12.0).to_string()}>{ currency().code() }</text>
                <line class="zero" x1={LEFT.to_string()} x2={(width - RIGHT).to_string()} y1={y.map(0.0).to_string()} y2={y.map(0.0).to_string()} />
                <text class="zero-label" x={(width - RIGHT).to_string()} y={(y.map(0.0) - 4.0).to_string()} text-anchor="end">{ "break-even" }</text>
                if let Some(h) = halving {
                    <line class="halving" x1={x.map(h).to_string()} x2={x.map(h).to_string()} y1={TOP.to_string()} y2={(HEIGHT - BOTTOM).to_string()} />
                    <text class="halving-label" x={(x.map(h) + 4.0).to_string()} y={(TOP + 10.0).to_string()}>{ "halving" }</text>
                }
                <path class="line" d={path} />
                if let Some(m) = payback {
                    <circle class="payback" cx={x.map(m).to_string()} cy={y.map(0.0).to_string()} r="4" />
                    <text class="payback-label" x={x.map(m).to_string()} y={(y.map(0.0) + 16.0).to_string()} text-anchor="middle">{ "payback" }</text>
                }
            </svg>
            <figcaption>{ description }{ format!(" Amounts in {} ({}); months on the horizontal axis.", currency().name(), currency().code()) }</figcaption>
        </figure>
    }
}
