//! Live network figures from a mempool.space-compatible REST API (issue 14): what each
//! response means, decoded and checked through the same limits as typed input.
//!
//! Code map, in the order data flows:
//! - [`endpoint`]: the GETs the page may send, their paths and the body size accepted.
//! - [`json`]: the answers read as JSON, strictly (what serde_json reads), without
//!   serde_json in the page's module.
//! - [`response`]: one decoder per endpoint; a body never panics, it gives a value or a
//!   typed [`response::Problem`].
//! - [`figures`]: the decoded responses combined into a [`figures::LiveNetwork`]: a
//!   network snapshot, the date it rests on and the prices the API knows.
//! - [`stored`]: the last live figures as the browser keeps them (an offline fallback),
//!   read back through the same limits.
//!
//! Architecture invariant: nothing here touches the network, the clock or the DOM (the
//! page fetches; this layer only reads what came back), so every decoder is tested and
//! fuzzed natively. A figure from the network passes the engine's limits
//! (`engine::limits`) exactly as a typed one does.

pub mod endpoint;
pub mod figures;
pub mod json;
pub mod response;
pub mod stored;

pub use endpoint::Endpoint;
pub use figures::{LiveNetwork, Responses};
pub use response::Problem;
