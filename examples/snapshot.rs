//! Writes `data/snapshot.csv` from the six responses of a mempool instance, saved in a
//! directory by `scripts/snapshot.sh` (which is how to run this). Usage:
//!
//! ```text
//! cargo run --example snapshot -- DIR URL
//! cargo run --example snapshot -- --paths
//! ```
//!
//! `--paths` prints each endpoint's path and file name, one pair a line: the script
//! fetches exactly those.
//!
//! DIR holds one file per endpoint, named as `Endpoint::file_name` gives; a missing
//! file is a failed request. URL is named in the `source` column. Prints the CSV (header
//! and one row) on stdout; exits 1 naming every problem if the figures are not usable
//! (the same decoders and limits as the page's live figures: `hashwatt::live`).

use std::process::ExitCode;

use hashwatt::live::figures::{combine, Answer, Responses};
use hashwatt::live::Endpoint;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args == ["--paths"] {
        for endpoint in Endpoint::ALL {
            println!("{} {}", endpoint.path(), endpoint.file_name());
        }
        return ExitCode::SUCCESS;
    }
    let [dir, url] = args.as_slice() else {
        eprintln!("usage: cargo run --example snapshot -- DIR URL");
        return ExitCode::from(2);
    };
    let mut responses = Responses::default();
    for endpoint in Endpoint::ALL {
        let path = format!("{dir}/{}", endpoint.file_name());
        if let Ok(body) = std::fs::read_to_string(&path) {
            responses.set(endpoint, Answer::Body(body));
        }
    }
    let (live, problems) = combine(&responses);
    let Some(live) = live else {
        eprintln!("snapshot: the figures from {url} are not usable:");
        for problem in &problems {
            eprintln!("  {problem:?}");
        }
        return ExitCode::from(1);
    };
    for problem in &problems {
        eprintln!("snapshot: note (not needed for the snapshot): {problem:?}");
    }
    let n = live.network;
    let date = live.date().to_iso();
    let tip = n.height - 1;
    println!("date,difficulty,height,txfee_sat,price_usd,source");
    println!(
        "{date},{},{},{},{},\"mempool API at {url}: tip block {tip} mined {date} (UTC); difficulty from /api/v1/mining/hashrate/3d, fees averaged over the last 144 blocks (/api/v1/mining/reward-stats/144), price from /api/v1/prices\"",
        n.difficulty.get(),
        n.height,
        n.avg_fees_per_block.to_sat(),
        n.btc_price.amount_per_btc(),
    );
    ExitCode::SUCCESS
}
