//! The files of `src/scenario` are layers: `mod.rs` declares them in order, and a file
//! imports only the layers declared before it (never through the re-exports of
//! `crate::scenario`, which would hide the layer). Tests inside a file may use anything.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/scenario")
}

/// The modules `mod.rs` declares, in order.
fn layers() -> Vec<String> {
    let text = fs::read_to_string(dir().join("mod.rs")).expect("src/scenario/mod.rs");
    text.lines()
        .filter_map(|l| {
            let l = l.trim();
            let l = l.strip_prefix("pub ").unwrap_or(l);
            l.strip_prefix("mod ")?.strip_suffix(';').map(str::to_owned)
        })
        .collect()
}

/// A file's code without comments and without its test module.
fn code(name: &str) -> String {
    let text = fs::read_to_string(dir().join(format!("{name}.rs"))).expect("a layer's file");
    let body = text.split("#[cfg(test)]").next().unwrap_or("");
    body.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first path segment of every `super::...` in `code`, braces expanded.
fn imports(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("super::") {
        let rest = &code[i + "super::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The items at the group's top level: split on commas outside inner braces.
            let (mut depth, mut item) = (0, String::new());
            let mut items = Vec::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => items.push(std::mem::take(&mut item)),
                    _ => {}
                }
                if depth == 0 && c != ',' && c != '}' {
                    item.push(c);
                }
            }
            items.push(item);
            for item in items {
                let first = item.trim().split("::").next().unwrap_or("").trim();
                if !first.is_empty() {
                    out.push(first.to_owned());
                }
            }
        } else {
            let first: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '*')
                .collect();
            out.push(first);
        }
    }
    out
}

#[test]
fn no_file_imports_a_later_layer() {
    let layers = layers();
    assert!(layers.len() >= 8, "mod.rs declares {layers:?}");
    let mut wrong = Vec::new();
    for (at, name) in layers.iter().enumerate() {
        let code = code(name);
        if code.contains("crate::scenario") {
            wrong.push(format!("{name}.rs imports through crate::scenario"));
        }
        for import in imports(&code) {
            match layers.iter().position(|l| *l == import) {
                Some(from) if from < at => {}
                Some(_) => wrong.push(format!("{name}.rs imports the later layer {import}")),
                None => wrong.push(format!("{name}.rs imports super::{import}, not a layer")),
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_file_is_a_declared_layer() {
    let layers = layers();
    for entry in fs::read_dir(dir()).expect("src/scenario") {
        let path = entry.expect("a directory entry").path();
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if stem != "mod" {
            assert!(layers.iter().any(|l| l == stem), "{stem} is not declared");
        }
    }
}

#[test]
fn the_scan_sees_grouped_and_nested_imports() {
    let found = imports("use super::{fleet::{self, X}, key};\nuse super::params::P;");
    assert_eq!(found, ["fleet", "key", "params"]);
}
