//! Areas between a line and zero: the part above zero and the part below, each closed
//! along the zero line and cut exactly where the line crosses it (not at the nearest
//! month), so that the two shades meet on the line.

use super::LinearScale;

/// The line's points `(x, value)` in domain units, with a point added at each crossing
/// of zero between two points on either side of it.
pub fn with_crossings(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(points.len() + 4);
    for pair in points.windows(2) {
        let &[(x0, v0), (x1, v1)] = pair else {
            continue;
        };
        out.push((x0, v0));
        if (v0 < 0.0 && v1 > 0.0) || (v0 > 0.0 && v1 < 0.0) {
            out.push((x0 + (x1 - x0) * v0 / (v0 - v1), 0.0));
        }
    }
    out.extend(points.last());
    out
}

/// The closed SVG path of the area between the line and zero on one side: `above`
/// keeps the values above zero (the rest lies on zero), else those below. Empty when
/// the line never reaches that side.
pub fn area_path(points: &[(f64, f64)], x: &LinearScale, y: &LinearScale, above: bool) -> String {
    let side = |v: f64| if above { v.max(0.0) } else { v.min(0.0) };
    if !points.iter().any(|(_, v)| side(*v) != 0.0) {
        return String::new();
    }
    let all = with_crossings(points);
    let (Some(first), Some(last)) = (all.first(), all.last()) else {
        return String::new();
    };
    let zero = y.map(0.0);
    let mut path = format!("M{:.1},{zero:.1}", x.map(first.0));
    for (px, v) in &all {
        path.push_str(&format!("L{:.1},{:.1}", x.map(*px), y.map(side(*v))));
    }
    path.push_str(&format!("L{:.1},{zero:.1}Z", x.map(last.0)));
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossings_are_added_where_the_line_meets_zero() {
        assert_eq!(
            with_crossings(&[(0.0, 0.0), (1.0, -30.0), (2.0, 10.0), (3.0, 20.0)]),
            [
                (0.0, 0.0),
                (1.0, -30.0),
                (1.75, 0.0),
                (2.0, 10.0),
                (3.0, 20.0)
            ]
        );
        // Touching zero is not crossing it.
        assert_eq!(
            with_crossings(&[(0.0, 5.0), (1.0, 0.0), (2.0, -5.0)]),
            [(0.0, 5.0), (1.0, 0.0), (2.0, -5.0)]
        );
        assert_eq!(with_crossings(&[]), []);
        assert_eq!(with_crossings(&[(0.0, 1.0)]), [(0.0, 1.0)]);
    }

    #[test]
    fn each_side_is_closed_on_zero() {
        // Identity scales: the path's numbers are the domain's.
        let x = LinearScale::new((0.0, 100.0), (0.0, 100.0));
        let y = LinearScale::new((-100.0, 100.0), (-100.0, 100.0));
        let line = [(0.0, 0.0), (1.0, -30.0), (2.0, 10.0)];
        assert_eq!(
            area_path(&line, &x, &y, true),
            "M0.0,0.0L0.0,0.0L1.0,0.0L1.8,0.0L2.0,10.0L2.0,0.0Z"
        );
        assert_eq!(
            area_path(&line, &x, &y, false),
            "M0.0,0.0L0.0,0.0L1.0,-30.0L1.8,0.0L2.0,0.0L2.0,0.0Z"
        );
        // A line that stays below zero has no area above it.
        assert_eq!(area_path(&[(0.0, 0.0), (1.0, -5.0)], &x, &y, true), "");
        assert_eq!(area_path(&[], &x, &y, false), "");
    }
}
