//! The two-layer parse: link text to params, params to a validated scenario.
#![cfg(not(target_arch = "wasm32"))]

mod fields;
mod links;
mod network;
mod visits;

use hashwatt::scenario::{Params, Scenario};

fn scenario(query: &str) -> (Scenario, Vec<String>) {
    let (params, rejected) = Params::from_query(query);
    let s = Scenario::from_params(&params).expect("link values are validated or defaulted");
    (s, rejected.into_iter().map(|r| r.key).collect())
}
