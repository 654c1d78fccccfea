//! Which of the schedule's rows are drawn: those in its scrolling box's view and a few
//! beyond each edge (up to 120 rows change on every keystroke; about twenty are drawn).
//! Rows have one fixed height, so the view follows from the scroll offset alone, and
//! padding stands in for the rows not drawn, so that the scrollbar is true to the whole
//! table. Each column is as wide as its longest text, estimated here ([`width_ch`]),
//! so that no cell is measured. Pure; the component reads the scroll offset and draws
//! the window.

use std::ops::Range;

/// One row's height, CSS px; the component sets it on the rows and the box, so the
/// three agree.
pub const ROW_PX: u32 = 32;
/// Rows the box shows at once; the box is the header and this many rows high.
pub const ROWS_IN_VIEW: usize = 12;
/// Rows drawn beyond each edge of the view, so that a quick scroll shows no gap.
pub const OVERSCAN: usize = 4;

/// The row at the top of the view when the box is scrolled down `scroll_top` CSS px
/// (negative, NaN or huge offsets are clamped by [`RowWindow::new`]).
pub fn top_row(scroll_top: f64) -> usize {
    let row = (scroll_top / f64::from(ROW_PX)).floor();
    // `as` saturates: a negative or NaN offset is row 0.
    row as usize
}

/// The rows drawn out of `total`, and the height of those left out above and below.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowWindow {
    /// Indices of the months drawn.
    pub rows: Range<usize>,
    pub total: usize,
}

impl RowWindow {
    /// The window for a view whose top row is `top` (clamped so that the last rows of
    /// a shorter schedule are still drawn).
    pub fn new(top: usize, total: usize) -> RowWindow {
        let top = top.min(total.saturating_sub(ROWS_IN_VIEW));
        let start = top.saturating_sub(OVERSCAN);
        let end = (top + ROWS_IN_VIEW + OVERSCAN).min(total);
        RowWindow {
            rows: start..end,
            total,
        }
    }

    /// Height of the rows above the drawn ones, CSS px.
    pub fn above_px(&self) -> usize {
        self.rows.start * ROW_PX as usize
    }

    /// Height of the rows below the drawn ones, CSS px.
    pub fn below_px(&self) -> usize {
        (self.total - self.rows.end) * ROW_PX as usize
    }
}

/// The width of `text` in CSS `ch` (the width of a "0"), for figures in tabular digits:
/// digits, letters and signs take about one `ch`, separators and spaces less than half.
pub fn width_ch(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\'' | '\u{2019}' => 0.45,
            _ => 1.0,
        })
        .sum()
}

/// One grid column as wide as the longest of `texts` (and one `ch` spare), plus the
/// cells' 12 px of padding; the stylesheet spreads any width left over between them.
pub fn grid_column(texts: impl IntoIterator<Item = f64>) -> String {
    let longest = texts.into_iter().fold(0.0f64, f64::max);
    format!("calc({:.1}ch + 12px)", longest + 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fit_their_longest_text() {
        assert_eq!(width_ch("2026-03-20"), 10.0);
        // 13 letters, signs and digits; a space, two commas and a point.
        assert!((width_ch("-KZT 1,234,567.89") - 14.8).abs() < 1e-9);
        assert_eq!(width_ch(""), 0.0);
        assert_eq!(
            grid_column([width_ch("$1.00"), width_ch("-$12,345")]),
            "calc(8.4ch + 12px)"
        );
        assert_eq!(grid_column([]), "calc(1.0ch + 12px)");
    }

    #[track_caller]
    fn case(scroll_top: f64, total: usize, rows: Range<usize>) {
        let w = RowWindow::new(top_row(scroll_top), total);
        assert_eq!(w.rows, rows, "scrolled {scroll_top} px of {total} rows");
        // Drawn rows and padding always add up to the whole table.
        assert_eq!(
            w.above_px() + w.rows.len() * ROW_PX as usize + w.below_px(),
            total * ROW_PX as usize
        );
    }

    #[test]
    fn the_rows_in_view_and_a_margin_are_drawn() {
        case(0.0, 120, 0..16);
        // 31 px is still the first row at the top; 32 px the second.
        case(31.0, 120, 0..16);
        case(32.0, 120, 0..17);
        case(32.0 * 10.0, 120, 6..26);
        // Scrolled to the end: the last twelve rows and four above them.
        case(32.0 * 108.0, 120, 104..120);
        case(1e9, 120, 104..120);
        // A schedule shorter than the view is drawn whole.
        case(0.0, 6, 0..6);
        case(500.0, 6, 0..6);
        case(0.0, 0, 0..0);
        // Offsets a browser should not give still draw something sensible.
        case(-40.0, 120, 0..16);
        case(f64::NAN, 120, 0..16);
    }

    #[test]
    fn a_shorter_schedule_keeps_its_last_rows_in_view() {
        // Scrolled to row 100 of 120, then the horizon becomes 24 months.
        let w = RowWindow::new(100, 24);
        assert_eq!(w.rows, 8..24);
        assert_eq!(w.below_px(), 0);
    }
}
