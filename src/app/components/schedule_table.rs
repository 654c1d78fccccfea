//! The monthly schedule's table, drawn by the on-demand module when the schedule is
//! first opened (the page's [`super::schedule`] keeps its heading and the CSV download).
//!
//! The table scrolls in a box of its own, and only the rows in view (and a few beyond)
//! are drawn ([`super::schedule_rows`]): every cell changes on each keystroke, so the
//! rows out of view would be work for nothing. The table keeps its roles, and
//! `aria-rowcount` / `aria-rowindex` tell a screen reader where a row stands in all of it.

use std::rc::Rc;

use yew::prelude::*;

use super::schedule_rows::{grid_column, top_row, width_ch, RowWindow, ROWS_IN_VIEW, ROW_PX};
use crate::app::format::{format, Style};
use crate::app::hooks::use_currency;
use crate::engine::money::Currency;
use crate::engine::projection::{Month, Projection};

#[derive(Properties, PartialEq)]
pub struct ScheduleTableProps {
    /// The projection whose months are listed.
    pub projection: Rc<Projection>,
}

/// A figure column: header, the month's figure, BTC (else money in the page's
/// currency), and whether a negative figure is marked.
type Column = (&'static str, fn(&Month) -> f64, bool, bool);

const COLUMNS: [Column; 5] = [
    ("BTC mined", |m| m.btc.btc(), true, false),
    ("Revenue", |m| m.revenue.amount(), false, false),
    ("Power cost", |m| m.power_cost.amount(), false, false),
    ("Cash flow", |m| m.cash_flow.amount(), false, true),
    ("Cumulative", |m| m.cumulative.amount(), false, true),
];

/// The header of the first column, the month's start date.
const MONTH_HEADER: &str = "Month from";

fn style(btc: bool, currency: Currency) -> Style {
    if btc {
        Style::Btc
    } else {
        Style::Money(currency)
    }
}

/// The rows' grid columns: each as wide as its longest text, so that no figure runs
/// into the next whatever the currency, found by formatting each column's smallest and
/// largest figure (not all 600) beside its header.
fn grid_columns(p: &Projection, currency: Currency) -> String {
    let date = grid_column([width_ch(MONTH_HEADER), width_ch("2026-03-20")]);
    let figures = COLUMNS.iter().map(|(header, value, btc, _)| {
        let (lo, hi) = p
            .months
            .iter()
            .map(value)
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        let figures = [lo, hi]
            .into_iter()
            .filter(|v| v.is_finite())
            .map(|v| width_ch(&format(v, style(*btc, currency))));
        grid_column(figures.chain([width_ch(header)]))
    });
    std::iter::once(date)
        .chain(figures)
        .collect::<Vec<_>>()
        .join(" ")
}

#[function_component]
pub fn ScheduleTable(props: &ScheduleTableProps) -> Html {
    let currency = use_currency();
    // The row at the top of the box's view; redraws only when another row gets there.
    let top = use_state_eq(|| 0usize);
    let columns = use_memo((props.projection.clone(), currency), |(p, c)| {
        grid_columns(p, *c)
    });
    let onscroll = {
        let top = top.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::Element = e.target_unchecked_into();
            top.set(top_row(f64::from(el.scroll_top())));
        })
    };
    let p = &props.projection;
    let window = RowWindow::new(*top, p.months.len());
    // The sizes the rows drawn follow from, set through the CSSOM (the page's CSP allows
    // no `style` attribute): the box's height and a row's (--row, which the stylesheet
    // gives every row), the columns (--cols), and the padding standing in for the rows
    // not drawn. Effects run before the browser paints.
    let (wrap, table, body) = (use_node_ref(), use_node_ref(), use_node_ref());
    {
        let (wrap, table, body) = (wrap.clone(), table.clone(), body.clone());
        let sizes = ((*columns).clone(), window.above_px(), window.below_px());
        use_effect_with(sizes, move |(columns, above, below)| {
            let box_px = (ROWS_IN_VIEW + 1) * ROW_PX as usize;
            set_style(
                &wrap,
                &[
                    ("--row", format!("{ROW_PX}px")),
                    ("max-height", format!("{box_px}px")),
                    ("overflow", "auto".to_owned()),
                ],
            );
            set_style(&table, &[("--cols", columns.clone())]);
            set_style(
                &body,
                &[
                    ("padding-top", format!("{above}px")),
                    ("padding-bottom", format!("{below}px")),
                ],
            );
        });
    }
    let rows = p
        .months
        .get(window.rows.clone())
        .unwrap_or_default()
        .iter()
        .zip(window.rows.clone());
    html! {
        // Scrolls in its own box: focusable, so that a keyboard can scroll it.
        // Its sizes are set by the effect above, beside the numbers.
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="schedule-caption"
            ref={wrap} {onscroll}>
            <table class="flows" data-testid="schedule" role="table" ref={table}
                aria-rowcount={(window.total + 1).to_string()}>
                <caption id="schedule-caption" class="visually-hidden">{ "Monthly schedule" }</caption>
                <thead role="rowgroup">
                    <tr role="row" aria-rowindex="1">
                        <th scope="col" role="columnheader">{ MONTH_HEADER }</th>
                        for (header, ..) in COLUMNS {
                            <th scope="col" role="columnheader">{ header }</th>
                        }
                    </tr>
                </thead>
                <tbody role="rowgroup" ref={body}>
                    for (m, i) in rows {
                        <tr role="row" key={i} aria-rowindex={(i + 2).to_string()}>
                            <th scope="row" role="rowheader">{ m.start.map(|d| d.to_iso()).unwrap_or_default() }</th>
                            for (_, value, btc, signed) in COLUMNS {
                                <td role="cell" class={(signed && value(m) < 0.0).then_some("negative")}>
                                    { format(value(m), style(btc, currency)) }
                                </td>
                            }
                        </tr>
                    }
                </tbody>
            </table>
        </div>
    }
}

/// Sets CSS properties on `node`'s element; one the browser refuses is left as it was.
fn set_style(node: &NodeRef, properties: &[(&str, String)]) {
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let style = el.style();
        for (name, value) in properties {
            let _ = style.set_property(name, value);
        }
    }
}
