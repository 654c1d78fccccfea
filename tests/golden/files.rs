//! The golden links, in two files by what their figures rest on (README, "Golden
//! links"). Read by `tests/golden_links.rs` (against the engine), by the end-to-end
//! test (against the built page) and by `examples/golden_rebaseline.rs`.
//!
//! - `pinned.json`: links that carry every network key (`price`, `diff`, `height`,
//!   `txfee`, `date`). Their figures are forever; only a corrected convention moves one
//!   (CHANGELOG.md).
//! - `follows_snapshot.json`: links that leave at least one network key out, so that it
//!   takes the shipped snapshot's value (its v1 meaning). Its `snapshot` is the date of
//!   the snapshot its figures were computed on; refreshing `data/snapshot.csv`
//!   re-baselines this file alone, in the same commit, with a CHANGELOG entry.

// Each binary that includes this file uses part of it.
#![allow(dead_code)]

use std::collections::BTreeMap;

use serde_json::Value;

/// Which file a golden link is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Pinned,
    FollowsSnapshot,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Pinned, Kind::FollowsSnapshot];

    pub fn path(self) -> &'static str {
        match self {
            Kind::Pinned => concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/pinned.json"),
            Kind::FollowsSnapshot => concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/golden/follows_snapshot.json"
            ),
        }
    }

    /// The file's `kind` field.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Pinned => "pinned",
            Kind::FollowsSnapshot => "follows-snapshot",
        }
    }

    /// What a failure of this kind means, and what to do about it.
    pub fn when_it_fails(self) -> &'static str {
        match self {
            Kind::Pinned => {
                "a link that pins its network (tests/golden/pinned.json) shows other figures: \
                 that is a broken promise to everyone who shared it. Fix the code; only a \
                 corrected convention may change an expectation, in the same commit, listed \
                 in CHANGELOG.md"
            }
            Kind::FollowsSnapshot => {
                "a link that follows the shipped snapshot (tests/golden/follows_snapshot.json) \
                 shows other figures. If data/snapshot.csv was refreshed, re-baseline this \
                 file alone with `cargo run --example golden_rebaseline`, in the same commit \
                 as the snapshot, with a CHANGELOG entry; otherwise fix the code"
            }
        }
    }
}

/// One golden link: what it shows, the link, and every hook's `data-value`.
#[derive(Debug, Clone)]
pub struct Golden {
    pub kind: Kind,
    pub about: String,
    pub link: String,
    pub expect: BTreeMap<String, String>,
}

/// A golden file as read: its fields and its links.
#[derive(Debug)]
pub struct File {
    pub kind: Kind,
    /// The snapshot date its figures rest on (the follows-snapshot file only).
    pub snapshot: Option<String>,
    pub links: Vec<Golden>,
}

/// Reads the golden file of `kind`; panics (naming the file) on one that is not of
/// the documented shape: test data, not outside input.
pub fn read(kind: Kind) -> File {
    let path = kind.path();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let top: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert_eq!(
        top["kind"].as_str(),
        Some(kind.name()),
        "{path}: its kind is not {}",
        kind.name()
    );
    let links = top["links"]
        .as_array()
        .unwrap_or_else(|| panic!("{path}: no links"))
        .iter()
        .map(|entry| {
            let field = |name: &str| entry[name].as_str().map(str::to_owned);
            let expect = serde_json::from_value(entry["expect"].clone());
            match (field("about"), field("link"), expect) {
                (Some(about), Some(link), Ok(expect)) => Golden {
                    kind,
                    about,
                    link,
                    expect,
                },
                _ => panic!("{path}: an entry without about, link or expect: {entry}"),
            }
        })
        .collect();
    File {
        kind,
        snapshot: top["snapshot"].as_str().map(str::to_owned),
        links,
    }
}

/// Every golden link, pinned ones first.
pub fn all() -> Vec<Golden> {
    Kind::ALL.into_iter().flat_map(|k| read(k).links).collect()
}
