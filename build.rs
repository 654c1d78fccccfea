//! Builds the miner catalog from `data/miners.csv` into a static table, so the page
//! ships it without fetching anything. A malformed row fails the build with its line.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

const CSV: &str = "data/miners.csv";
const COLUMNS: [&str; 9] = [
    "id",
    "maker",
    "model",
    "hashrate_th",
    "power_w",
    "released",
    "cooling",
    "confidence",
    "source",
];

fn main() {
    println!("cargo::rerun-if-changed={CSV}");
    let mut reader = csv::Reader::from_path(CSV).unwrap_or_else(|e| panic!("{CSV}: {e}"));
    let header: Vec<String> = reader
        .headers()
        .unwrap_or_else(|e| panic!("{CSV}: {e}"))
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, COLUMNS, "{CSV}: unexpected columns");

    let mut out = String::from("&[\n");
    let mut ids = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let line = i + 2;
        let row = row.unwrap_or_else(|e| panic!("{CSV}:{line}: {e}"));
        let field = |name: &str| {
            let col = COLUMNS
                .iter()
                .position(|c| *c == name)
                .expect("known column");
            let value = row.get(col).unwrap_or("").trim();
            assert!(!value.is_empty(), "{CSV}:{line}: empty {name}");
            value.to_owned()
        };
        let number = |name: &str| -> f64 {
            let v: f64 = field(name)
                .parse()
                .unwrap_or_else(|e| panic!("{CSV}:{line}: {name}: {e}"));
            assert!(
                v.is_finite() && v > 0.0,
                "{CSV}:{line}: {name} must be positive"
            );
            v
        };
        let id = field("id");
        assert!(
            id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{CSV}:{line}: id {id:?} must be lower-case letters, digits and hyphens (it is a URL value)"
        );
        assert!(!ids.contains(&id), "{CSV}:{line}: duplicate id {id}");
        let released: u16 = field("released")
            .parse()
            .unwrap_or_else(|e| panic!("{CSV}:{line}: released: {e}"));
        let cooling = match field("cooling").as_str() {
            "air" => "Air",
            "hydro" => "Hydro",
            "immersion" => "Immersion",
            other => panic!("{CSV}:{line}: unknown cooling {other}"),
        };
        let confidence = match field("confidence").as_str() {
            "good" => "Good",
            "medium" => "Medium",
            "low" => "Low",
            other => panic!("{CSV}:{line}: unknown confidence {other}"),
        };
        writeln!(
            out,
            "    Miner {{ id: {id:?}, maker: {:?}, model: {:?}, hashrate_th: {:?}, power_w: {:?}, released: {released}, cooling: Cooling::{cooling}, confidence: Confidence::{confidence}, source: {:?} }},",
            field("maker"),
            field("model"),
            number("hashrate_th"),
            number("power_w"),
            field("source"),
        )
        .expect("writing to a String cannot fail");
        ids.push(id);
    }
    out.push(']');
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("miners.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
