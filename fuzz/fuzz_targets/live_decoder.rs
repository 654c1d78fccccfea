//! The mempool API response decoders: any bytes as the body of every endpoint, and as
//! all six answers at once.
//!
//! Invariants (a panic is a finding):
//! - no decoder panics on any body;
//! - whatever `combine` accepts lies inside the engine's limits, with a date from
//!   2009-01-03 to 2100-12-31;
//! - no figures come without at least one problem naming why.
#![no_main]

use hashwatt::engine::limits::{check, Input};
use hashwatt::live::figures::{combine, Answer, Responses};
use hashwatt::live::{response, Endpoint};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let height = data.len() as u64 * 1_000;
    let _ = response::difficulty(&text);
    let _ = response::tip_height(&text);
    let _ = response::block_time(&text, height);
    let _ = response::average_fees(&text);
    let _ = response::prices(&text);
    let _ = response::retarget(&text);

    // The same bytes as one endpoint's answer among the fixtures' shapes: split on NUL
    // into up to six bodies.
    let mut responses = Responses::default();
    for (endpoint, body) in Endpoint::ALL.into_iter().zip(text.split('\0')) {
        responses.set(endpoint, Answer::Body(body.to_owned()));
    }
    let (live, problems) = combine(&responses);
    match live {
        Some(live) => {
            let n = live.network;
            assert!(check(Input::Difficulty, n.difficulty.get()).is_ok());
            assert!(check(Input::Height, n.height as f64).is_ok());
            assert!(check(Input::TxFees, n.avg_fees_per_block.to_btc().btc()).is_ok());
            assert!(check(Input::BtcPrice, n.btc_price.amount_per_btc()).is_ok());
            let date = live.date().to_iso();
            assert!(("2009-01-03"..="2100-12-31").contains(&date.as_str()), "{date}");
        }
        None => assert!(!problems.is_empty()),
    }
});
