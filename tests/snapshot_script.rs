//! `scripts/snapshot.sh URL OUT` against the fake mempool server: it writes the
//! snapshot file from the fixtures' figures, and writes nothing when the server's
//! figures would be refused by the page.
#![cfg(not(target_arch = "wasm32"))]

#[path = "fake_mempool/mod.rs"]
mod fake_mempool;

use std::path::{Path, PathBuf};
use std::process::Command;

use fake_mempool::{FakeMempool, Reply};
use hashwatt::live::Endpoint;

fn run(url: &str, out: &Path) -> std::process::Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Command::new(root.join("scripts/snapshot.sh"))
        .arg(url)
        .arg(out)
        .current_dir(root)
        .output()
        .expect("scripts/snapshot.sh runs")
}

fn out_path(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("snapshot_script");
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

#[test]
fn the_script_writes_the_fixtures_figures_and_refuses_a_bad_server() {
    let server = FakeMempool::start();
    let out = out_path("snapshot.csv");
    let output = run(&server.url(), &out);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&out).expect("the snapshot file");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("date,difficulty,height,txfee_sat,price_usd,source")
    );
    let row = lines.next().expect("one row");
    // Hand-checked from the fixtures: tip 978,421 mined 2026-12-01 12:00 UTC, so the
    // next block is 978,422; 345,600,000 sat of fees / 144 blocks = 2,400,000 sat.
    assert!(
        row.starts_with(
            "2026-12-01,150000000000000,978422,2400000,91234,\"mempool API at http://127.0.0.1:"
        ),
        "{row}"
    );
    assert!(row.contains("tip block 978421"), "{row}");
    // Exactly the six GETs the page sends, each once.
    server.assert_each_endpoint_once();

    // A difficulty of 0 (the node behind the API is down): nothing written.
    server.set(
        Endpoint::Hashrate.path(),
        Reply::ok(r#"{"currentDifficulty":0}"#),
    );
    let refused = out_path("refused.csv");
    let output = run(&server.url(), &refused);
    assert_eq!(output.status.code(), Some(1));
    assert!(!refused.exists());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("currentDifficulty"), "{stderr}");

    // A 429 on the prices: nothing written either, and the failed GET is named.
    server.set(
        Endpoint::Hashrate.path(),
        Reply::ok(fake_mempool::fixture(Endpoint::Hashrate)),
    );
    server.set(Endpoint::Prices.path(), Reply::status(429));
    let output = run(&server.url(), &refused);
    assert_eq!(output.status.code(), Some(1));
    assert!(!refused.exists());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("/api/v1/prices failed"), "{stderr}");
}
