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
pub mod text;
