//! hashwatt: a Bitcoin mining profitability calculator that runs in the browser.
//!
//! The flow: raw parameters (URL query, form fields) are parsed by [`scenario`] into a
//! validated [`scenario::Scenario`]; the pure [`engine`] turns it into figures; [`app`]
//! renders them with Yew. [`catalog`] is the miner list, built in from
//! `data/miners.csv` at compile time.

pub mod app;
pub mod catalog;
pub mod chart;
pub mod decimal;
pub mod embed;
pub mod engine;
pub mod export;
pub mod live;
pub mod saved;
pub mod scenario;
pub mod small_sort;
pub mod text;

/// Every allocation of the WebAssembly modules (the page's, the on-demand one, the
/// browser tests'): talc rather than Rust's default dlmalloc, for 2.3 KB gzipped less in
/// each module (docs/toolchain.md, "Where the bytes go"). Native builds keep the
/// system's allocator.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: `new_global`'s one condition is a single-threaded WebAssembly runtime. Ours
// are: built without the `atomics` target feature, they cannot share memory with a
// worker, and nothing else in the page calls into them concurrently.
#[allow(unsafe_code)]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
