//! Re-baselines the golden links that follow the shipped snapshot
//! (`tests/golden/follows_snapshot.json`) after `data/snapshot.csv` was refreshed: each
//! link's expectations become the engine's figures on the new snapshot, and the file's
//! `snapshot` its date. The pinned links (`tests/golden/pinned.json`) are never
//! touched. Commit the result with the snapshot and a CHANGELOG entry.
//!
//! `cargo run --example golden_rebaseline`

use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;
use hashwatt::scenario::hooks::{hook_values, same_figure};
use hashwatt::scenario::{Params, Scenario};
use serde_json::{json, Map, Value};

#[path = "../tests/golden/files.rs"]
mod files;
use files::Kind;

fn main() {
    let file = files::read(Kind::FollowsSnapshot);
    let mut moved = 0;
    let links: Vec<Value> = file
        .links
        .iter()
        .map(|g| {
            let (params, rejected) = Params::from_query(&g.link);
            assert!(rejected.is_empty(), "{}: {rejected:?}", g.link);
            let s = Scenario::from_params(&params)
                .unwrap_or_else(|e| panic!("{}: not valid on this snapshot: {e:?}", g.link));
            let (e, p) = match (s.economics(), s.projection()) {
                (Ok(e), Ok(p)) => (e, p),
                _ => panic!("{}: out of the engine's range on this snapshot", g.link),
            };
            // A figure that did not move (to the tolerance every check uses) keeps its
            // text, so that the commit shows only what the snapshot moved.
            let mut moved_here = false;
            let expect: Map<String, Value> = hook_values(&e, &p)
                .into_iter()
                .map(|(hook, value)| {
                    let kept = g.expect.get(hook).filter(|old| same_figure(old, &value));
                    moved_here |= kept.is_none();
                    (
                        hook.to_owned(),
                        Value::String(kept.cloned().unwrap_or(value)),
                    )
                })
                .collect();
            moved += usize::from(moved_here);
            json!({ "about": g.about, "expect": expect, "link": g.link })
        })
        .collect();
    let top = json!({
        "kind": Kind::FollowsSnapshot.name(),
        "snapshot": SHIPPED_SNAPSHOT.date,
        "links": links,
    });
    let text = serde_json::to_string_pretty(&top).expect("JSON of strings") + "\n";
    let path = Kind::FollowsSnapshot.path();
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{path}: {e}"));
    println!(
        "{path}: {} links on the snapshot of {}, {moved} with figures that moved",
        file.links.len(),
        SHIPPED_SNAPSHOT.date
    );
}
