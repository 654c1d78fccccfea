//! Effects, one hook each: the address bar and the browser's saved scenarios.
//! Components call these and stay free of side effects.

mod media;
mod select_value;
mod url_sync;
mod use_saved;

pub use media::use_media_query;
pub use select_value::use_select_value;

pub use url_sync::{page_link, use_url_sync};
pub use use_saved::{use_saved, Saved};
