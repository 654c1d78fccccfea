//! The scenario: the one state of the page, validated. A code map: each file is one
//! layer, declared below in order, and imports only the layers above it
//! (`tests/scenario_layers.rs` checks it).
//!
//! 1. `key`: the query keys, one row each ([`Key`], [`KeySpec`]): name, kind, range,
//!    unit, meaning when missing, label and help; `key_map`: one value per key
//!    (`KeyMap`).
//! 2. `value_text`: text forms of values ([`number_text`], [`payout_name`],
//!    [`period_name`]); `region`: the region presets and their ids; `typed`: what a
//!    person types into a number field (`10,000`, `$0.05`, `133.79T`) read into a
//!    value's link text ([`typed::read`]).
//! 3. `parse`: one value read alone: numbers in a currency's [`Scale`], dates, choices,
//!    and what is wrong with a field ([`FieldError`], [`Problem`]).
//! 4. `fleet`: the compound values: fleet lines, surcharge bands, the peak window.
//! 5. `check`: a key's text checked alone whatever its kind ([`parse_value`]), and the
//!    checks across keys ([`cross_field_errors`]).
//! 6. `entered`: amounts as entered before a currency switch converted them
//!    ([`Entered`]), so that switches convert from them.
//! 7. `params`: the raw layer ([`Params`]): every key's text, and the edits the page
//!    makes to it (a machine picked, a currency switched, live network figures).
//! 8. `query`: a query string read over params ([`Params::from_query`]: a link over
//!    the defaults; [`Params::with_query`]: a `set` message over the scenario), with a
//!    [`Rejected`] for each value not taken.
//! 9. `validated`: [`Scenario::from_params`], the raw params parsed into the engine's
//!    inputs, each number key set in its one place and read back by
//!    [`Scenario::number`].
//! 10. `codec`: a [`Scenario`] back to a link ([`to_query`]).
//!
//! Outside the layers: `presets` (whole scenarios as links), `hooks` (the figures the
//! page shows, read from the results), `warnings` (about figures that are computed
//! but not meaningful) and `notes` (one-line notes on figures a correction moved, for
//! readers of old links).

// The layers, in order (rustfmt keeps this order: one declaration per group).
mod key;

mod key_map;

mod value_text;

pub mod region;

pub mod typed;

mod parse;

pub mod fleet;

mod check;

mod entered;

mod params;

mod query;

mod validated;

mod codec;

// Outside the layers.
pub mod presets;

pub mod hooks;

pub mod warnings;

pub mod notes;

pub use check::{cross_field_errors, parse_value};
pub use codec::{to_query, to_query_for};
pub use entered::Entered;
pub use fleet::ParsedLine;
pub use key::{
    InputMode, Key, KeySpec, Kind, LinePart, Omitted, Range, Raw, MAX_BANDS, MAX_COMPOUND_LEN,
    MAX_VALUE_LEN,
};
pub use params::{Params, Visit, DEFAULT_MINER, FORMAT_VERSION};
pub use parse::{
    parse_date, parse_number, parse_number_in, FieldError, Problem, Scale, DATE_RANGE,
};
pub use query::{money_default, Reason, Rejected};
pub use region::Region;
pub use validated::Scenario;
pub use value_text::{number_text, payout_name, period_name, plain_number};
