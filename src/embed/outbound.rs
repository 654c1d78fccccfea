//! The message an embed sends its host page: its height, whenever it changes.
//!
//! `{"ns":"hashwatt","v":1,"type":"height","id":"ID","height":PX}`: `height` in CSS
//! pixels, a whole number; `id` the frame id embed.js gave (empty without one).

use super::options::FrameId;
use super::{MESSAGE_NS, MESSAGE_VERSION};

/// The tallest height reported, in CSS pixels (embed.js clamps again on its side).
pub const MAX_HEIGHT_PX: u32 = 20_000;

/// The height message as JSON, `height_px` rounded up and clamped to
/// 0..=[`MAX_HEIGHT_PX`]. Written by hand: a [`FrameId`] holds only `[A-Za-z0-9_-]`,
/// so nothing needs escaping (and the bundle needs no serializer for it).
pub fn height_message(id: Option<&FrameId>, height_px: f64) -> String {
    let height = if height_px.is_finite() {
        height_px.ceil().clamp(0.0, f64::from(MAX_HEIGHT_PX)) as u32
    } else {
        0
    };
    let id = id.map_or("", FrameId::as_str);
    format!(
        r#"{{"ns":"{MESSAGE_NS}","v":{MESSAGE_VERSION},"type":"height","id":"{id}","height":{height}}}"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn height_is_whole_and_clamped() {
        let id = FrameId::parse("a").ok();
        assert_eq!(
            height_message(id.as_ref(), 612.2),
            r#"{"ns":"hashwatt","v":1,"type":"height","id":"a","height":613}"#
        );
        assert!(height_message(None, 1e9).ends_with(r#""id":"","height":20000}"#));
        assert!(height_message(None, f64::NAN).ends_with(r#""height":0}"#));
        let parsed: serde_json::Value = serde_json::from_str(&height_message(None, 5.0)).unwrap();
        assert_eq!(parsed["type"], "height");
    }
}
