//! End to end: the built page (`dist/`) in headless Chromium, driven through chromedriver.
//! One test binary, so the harness in `support` compiles once.
//!
//! Needs the built site (`scripts/build.sh`; `scripts/test.sh` builds it first), Chromium
//! and chromedriver; see `support` for the environment overrides.
#![cfg(not(target_arch = "wasm32"))]

mod axe;
mod calculator;
mod corrections;
mod embed;
#[path = "../fake_mempool/mod.rs"]
mod fake_mempool;
mod fleet;
mod links;
mod live;
mod offline_page;
mod on_demand;
mod page_frame;
mod states;
mod static_server;
mod support;
mod tables;
#[path = "../tolerance/mod.rs"]
mod tolerance;
mod viewport;
