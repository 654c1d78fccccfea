//! Effects, one hook each: the address bar, the first results' timing mark, media
//! queries, select values and a `<details>` drawn once opened; and the contexts
//! components read (the currency).
//! Components call these and stay free of side effects.

mod currency;
mod details;
mod first_results;
mod media;
mod select_value;
mod url_sync;

pub use currency::use_currency;
pub use details::{use_details, Details};
pub use first_results::{use_first_results_mark, FIRST_RESULTS_MARK};
pub use media::use_media_query;
pub use select_value::use_select_value;

pub use url_sync::{page_link, use_url_sync};
