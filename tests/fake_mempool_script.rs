//! `scripts/fake-mempool.mjs` (the screenshots' fake API) serves each endpoint the page
//! requests at the page's own path, with that endpoint's fixture: its table is checked
//! against `hashwatt::live::Endpoint`, the one place the paths are written.
#![cfg(not(target_arch = "wasm32"))]

use hashwatt::live::Endpoint;

const SCRIPT: &str = include_str!("../scripts/fake-mempool.mjs");

/// The `'path': 'file'` pairs of the script's `ENDPOINTS` table.
fn table() -> Vec<(String, String)> {
    let start = SCRIPT
        .find("ENDPOINTS = {")
        .expect("the script has ENDPOINTS");
    let body = &SCRIPT[start..];
    let body = &body[..body.find("};").expect("ENDPOINTS ends")];
    body.lines()
        .filter_map(|line| {
            let (path, file) = line.trim().trim_end_matches(',').split_once(": ")?;
            let unquote = |s: &str| s.trim().trim_matches('\'').to_owned();
            Some((unquote(path), unquote(file)))
        })
        .collect()
}

#[test]
fn the_fake_serves_every_endpoint_at_its_path_with_its_fixture() {
    let expected: Vec<(String, String)> = Endpoint::ALL
        .into_iter()
        .map(|e| (e.path().to_owned(), e.file_name().to_owned()))
        .collect();
    assert_eq!(table(), expected);
    for (_, file) in &expected {
        let fixture = format!(
            "{}/tests/fixtures/mempool/{file}",
            env!("CARGO_MANIFEST_DIR")
        );
        assert!(
            std::path::Path::new(&fixture).is_file(),
            "{fixture} is missing"
        );
    }
}
