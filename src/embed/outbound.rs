//! The message an embed sends its host page: its height, whenever it changes.
//!
//! `{"ns":"hashwatt","v":1,"type":"height","id":"ID","height":PX}`: `height` in CSS
//! pixels, a whole number; `id` the frame id embed.js gave (empty without one).

use serde::Serialize;

use super::{MESSAGE_NS, MESSAGE_VERSION};

/// The tallest height reported, in CSS pixels (embed.js clamps again on its side).
pub const MAX_HEIGHT_PX: u32 = 20_000;

#[derive(Debug, Serialize)]
struct HeightMessage<'a> {
    ns: &'static str,
    v: u32,
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    height: u32,
}

/// The height message as JSON, `height_px` rounded up and clamped to
/// 0..=[`MAX_HEIGHT_PX`].
pub fn height_message(id: &str, height_px: f64) -> String {
    let height = if height_px.is_finite() {
        height_px.ceil().clamp(0.0, f64::from(MAX_HEIGHT_PX)) as u32
    } else {
        0
    };
    serde_json::to_string(&HeightMessage {
        ns: MESSAGE_NS,
        v: MESSAGE_VERSION,
        kind: "height",
        id,
        height,
    })
    .expect("a struct of strings and integers always serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn height_is_whole_and_clamped() {
        assert_eq!(
            height_message("a", 612.2),
            r#"{"ns":"hashwatt","v":1,"type":"height","id":"a","height":613}"#
        );
        assert!(height_message("a", 1e9).ends_with(r#""height":20000}"#));
        assert!(height_message("a", f64::NAN).ends_with(r#""height":0}"#));
    }
}
