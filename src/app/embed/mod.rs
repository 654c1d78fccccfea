//! Embed mode in the browser (`?embed=1`): the partner's theme and accent on the app's
//! root, the height and `set` messages (hooks), the bar with the credit, the notice and
//! the link to the full calculator, and the builder the full page offers partners.
//! What the options mean and how they are validated is in [`crate::embed`].

mod bar;
mod builder;
mod frame;
mod messages;
mod snippet_box;

pub use bar::EmbedBar;
pub use builder::Builder;
pub use frame::{use_frame_style, use_locked_selects};
pub use messages::{use_height_reporter, use_host_messages};

use yew::prelude::*;

use crate::embed::Locks;
use crate::scenario::Key;

/// Whether `key` is locked by the embed around this component (never on the full
/// page, which provides no [`Locks`]).
#[hook]
pub fn use_locked(key: Key) -> bool {
    use_context::<Locks>().is_some_and(|locks| locks.contains(key))
}
