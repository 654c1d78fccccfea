//! The engine stays pure: no file under src/engine/ names a web crate (docs/architecture.md,
//! "The engine"). Nor does src/live/, which decodes the network's answers natively.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const WEB_CRATES: [&str; 6] = [
    "yew",
    "web_sys",
    "gloo",
    "wasm_bindgen",
    "js_sys",
    "wasm-bindgen",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the source directory is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn engine_imports_no_web_crate() {
    no_web_crate_under("src/engine", 5);
}

#[test]
fn live_decoders_import_no_web_crate() {
    no_web_crate_under("src/live", 3);
}

fn no_web_crate_under(dir: &str, at_least: usize) {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut files);
    assert!(files.len() >= at_least, "found only {files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable source");
        for (line_no, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for krate in WEB_CRATES {
                let used = code
                    .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
                    .any(|w| w == krate);
                assert!(
                    !used,
                    "{}:{} names `{krate}`: {line}",
                    file.display(),
                    line_no + 1
                );
            }
        }
    }
}
