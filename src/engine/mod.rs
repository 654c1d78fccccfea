//! The calculation engine: pure Rust, no web crates, tested natively.
//!
//! - [`units`]: the quantities (hashrate, power, money, satoshis...) as types.
//! - [`protocol`]: Bitcoin's constants, `subsidy_at(height)`, and difficulty as
//!   expected hashes (2^32 convention).
//! - [`snapshot`]: the network at a dated moment, and the shipped default.
//! - [`limits`]: the accepted range of every input.
//! - [`economics`]: an [`economics::Operation`] at a snapshot gives
//!   [`economics::Economics`], per unit and for the fleet; an
//!   [`economics::FleetOperation`] does the same for several models on a [`site::Site`].
//! - [`operation`]: what is evaluated: a machine model, or a fleet on a site.
//! - [`projection`]: the fleet month by month over the horizon; [`returns`]: NPV and
//!   every IRR; `payback`: the instant the cumulative cash first reaches zero.
//! - [`money`]: currencies and the explicit exchange rates between them.
//! - [`site`]: capacity, overhead, hosting, curtailment, time of use, surcharge, carbon.

pub mod date;
pub mod economics;
pub mod limits;
pub mod money;
pub mod operation;
mod payback;
pub mod projection;
pub mod protocol;
pub mod returns;
pub mod site;
pub mod snapshot;
pub mod units;
