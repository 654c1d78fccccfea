use super::*;
use crate::chart::labels::Rect;
use crate::scenario::{Params, Scenario};

fn projection(query: &str) -> Projection {
    let (params, rejected) = Params::from_query(query);
    assert!(rejected.is_empty(), "{query}");
    Scenario::from_params(&params)
        .expect("a valid scenario")
        .projection()
        .expect("in range")
}

#[test]
fn the_line_starts_at_zero_and_ends_at_the_last_month() {
    let p = projection("v=1&months=36&hw=3000");
    let layout = cumulative_layout(&p, false);
    assert_eq!(layout.months, 36);
    assert_eq!(layout.width, WIDE);
    // The start, then one point a month.
    assert!(layout
        .path
        .starts_with(&format!("M{LEFT:.1},{:.1}", layout.zero_y)));
    assert_eq!(layout.path.matches('L').count(), 36);
    let last_x = layout
        .path
        .rsplit('L')
        .next()
        .and_then(|p| p.split(',').next())
        .and_then(|x| x.parse::<f64>().ok());
    assert_eq!(last_x, Some(WIDE - RIGHT));
    assert_eq!(
        layout.end_value,
        p.months.last().map(|m| m.cumulative.amount()).unwrap()
    );
}

#[test]
fn ticks_cover_the_line_and_zero_sits_on_a_tick() {
    let p = projection("v=1&months=120&hw=3000");
    let layout = cumulative_layout(&p, false);
    let values: Vec<f64> = layout.y_ticks.iter().map(|t| t.1).collect();
    let lo = p
        .months
        .iter()
        .map(|m| m.cumulative.amount())
        .fold(0.0f64, f64::min);
    assert!(values.first().is_some_and(|v| *v <= lo));
    assert!(values.contains(&0.0));
    let zero = layout.y_ticks.iter().find(|t| t.1 == 0.0).unwrap();
    assert_eq!(zero.0, layout.zero_y);
    // Every tick lies inside the plot, top to bottom.
    assert!(layout
        .y_ticks
        .iter()
        .all(|(y, _)| (TOP - 1e-9..=PLOT_BOTTOM + 1e-9).contains(y)));
}

#[test]
fn halving_and_payback_are_placed_inside_the_horizon() {
    // The 2028 halving falls inside 36 months from 2026-03-20.
    let p = projection("v=1&months=36&hw=100");
    let layout = cumulative_layout(&p, false);
    let halving = layout.halving_x.expect("halving inside the horizon");
    assert!(halving > LEFT && halving < layout.right());
    let payback = layout.payback_x.expect("a $100 machine pays back");
    assert!(payback > LEFT && payback < halving);
    // One year ends before the halving.
    let short = cumulative_layout(&projection("v=1&months=12"), false);
    assert_eq!(short.halving_x, None);
}

#[test]
fn phones_get_a_narrow_drawing_with_half_the_labels() {
    let p = projection("v=1&months=120");
    let wide = cumulative_layout(&p, false);
    let narrow = cumulative_layout(&p, true);
    assert_eq!(narrow.width, NARROW);
    assert_eq!(wide.x_labels.len(), 6);
    assert_eq!(narrow.x_labels.len(), 3);
    assert_eq!(wide.x_labels.first().map(|l| l.1.as_str()), Some("2026-03"));
}

#[test]
fn labels_stay_inside_and_apart() {
    // Long and short horizons, paying back early, late or never, the halving in or out.
    for query in [
        "v=1&months=36&hw=100",
        "v=1&months=36&hw=3000&kwh=0.03",
        "v=1&months=120&hw=3000&kwh=0.03",
        "v=1&months=120&hw=6000&kwh=0.02",
        "v=1&months=26&hw=2500&kwh=0.03",
        "v=1&months=12",
        "v=1&months=1",
        "v=1&months=7&kwh=0.2",
        "v=1&months=60&hw=5000&kwh=0.01&hfee=20",
    ] {
        let p = projection(query);
        for narrow in [false, true] {
            let l = cumulative_layout(&p, narrow);
            let drawing = Rect {
                x0: 0.0,
                y0: 0.0,
                x1: l.width,
                y1: HEIGHT,
            };
            let boxes: Vec<Rect> = l
                .x_labels
                .iter()
                .map(|(label, _)| label)
                .chain(l.labels.iter().map(|(_, label)| label))
                .map(|label| label.bounds())
                .collect();
            for (i, a) in boxes.iter().enumerate() {
                assert!(
                    drawing.contains(a),
                    "{query} narrow={narrow}: {a:?} outside"
                );
                for b in boxes.get(i + 1..).unwrap_or_default() {
                    assert!(!a.overlaps(b), "{query} narrow={narrow}: {a:?} on {b:?}");
                }
            }
            // Every mark drawn has its label.
            let expected =
                3 + usize::from(l.halving_x.is_some()) + usize::from(l.payback_x.is_some());
            assert_eq!(l.labels.len(), expected, "{query}");
        }
    }
}

#[test]
fn the_areas_split_at_zero_and_the_pointer_finds_its_month() {
    let p = projection("v=1&months=36&hw=1500&kwh=0.03");
    let l = cumulative_layout(&p, false);
    // It starts below zero (the hardware) and pays back: both areas are drawn.
    assert!(p.payback.is_some());
    assert!(l.loss_area.starts_with('M') && l.loss_area.ends_with('Z'));
    assert!(l.gain_area.starts_with('M') && l.gain_area.ends_with('Z'));
    assert_eq!(l.points.len(), 36);
    assert_eq!(l.points.first().map(|p| p.0), Some(l.x.map(1.0)));
    // Pointer positions: on a month's end, between two, and off each edge.
    assert_eq!(l.month_at(l.x.map(1.0)), Some(0));
    assert_eq!(l.month_at(l.x.map(12.4)), Some(11));
    assert_eq!(l.month_at(l.x.map(12.6)), Some(12));
    assert_eq!(l.month_at(0.0), Some(0));
    assert_eq!(l.month_at(1e6), Some(35));
    assert_eq!(l.month_at(f64::NAN), Some(0));
    // Never in the red: no area below zero.
    let never = cumulative_layout(&projection("v=1&months=12&kwh=0.01"), false);
    assert_eq!(never.loss_area, "");
}
