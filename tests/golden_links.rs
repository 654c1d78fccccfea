//! Golden links: v1 links with the figures they must show (to
//! `hooks::SAME_FIGURE_TOLERANCE`), in two files (`tests/golden/files.rs`): links that
//! pin their network keep their figures forever; links that follow the shipped snapshot
//! keep them until the snapshot is refreshed, and are then re-baselined in the same
//! commit (`cargo run --example golden_rebaseline`, with a CHANGELOG entry). The same
//! links are checked against the built page in `e2e`. Never edit a pinned expectation:
//! a changed figure for an old link is a broken promise to everyone who shared it. The
//! one exception is a deliberate correction of a wrong convention, in the same commit as
//! the fix, listed in CHANGELOG.md (which links, which figures, why).
#![cfg(not(target_arch = "wasm32"))]

use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;
use hashwatt::scenario::hooks::{hook_values, same_figure, HOOKS};
use hashwatt::scenario::{to_query, Key, Params, Scenario};
use proptest::prelude::*;

mod strategies;
use strategies::scenario;

#[path = "golden/files.rs"]
mod files;
use files::{Golden, Kind};

fn golden() -> Vec<Golden> {
    files::all()
}

fn figures(query: &str) -> Vec<(&'static str, String)> {
    let (params, rejected) = Params::from_query(query);
    assert!(rejected.is_empty(), "{query}: {rejected:?}");
    let s = Scenario::from_params(&params).expect("golden links are valid");
    hook_values(
        &s.economics().expect("in range"),
        &s.projection().expect("in range"),
    )
}

/// The figures of each link against its expectations; a failure says which kind of
/// link moved and what to do about it.
#[test]
fn golden_links_keep_their_figures() {
    for kind in Kind::ALL {
        let file = files::read(kind);
        assert!(file.links.len() >= 4, "{}: too few links", kind.path());
        let mut wrong = Vec::new();
        for Golden {
            about,
            link,
            expect,
            ..
        } in &file.links
        {
            assert_eq!(expect.len(), HOOKS.len(), "{about}: every hook is expected");
            for (hook, value) in figures(link) {
                let want = expect
                    .get(hook)
                    .unwrap_or_else(|| panic!("{about}: no {hook}"));
                if !same_figure(&value, want) {
                    wrong.push(format!("{about}: {hook} for {link}: {value} vs {want}"));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{}:\n  {}",
            kind.when_it_fails(),
            wrong.join("\n  ")
        );
    }
}

/// A link is in the pinned file exactly when it gives every network key: one that
/// leaves a key out takes it from the snapshot, and would move with it.
#[test]
fn each_golden_link_is_in_the_file_of_its_kind() {
    for g in golden() {
        let given = Params::keys_given(&g.link);
        let pins = Params::NETWORK_KEYS.iter().all(|k| given.contains(k));
        let kind = if pins {
            Kind::Pinned
        } else {
            Kind::FollowsSnapshot
        };
        assert_eq!(
            g.kind,
            kind,
            "{}: {} belongs in {} (it {} every network key: price, diff, height, txfee, date)",
            g.about,
            g.link,
            kind.path(),
            if pins { "gives" } else { "does not give" }
        );
    }
}

/// The follows-snapshot file was computed on the snapshot the page ships: a refreshed
/// snapshot fails here first, with what to do.
#[test]
fn snapshot_links_were_baselined_on_the_shipped_snapshot() {
    let file = files::read(Kind::FollowsSnapshot);
    assert_eq!(
        file.snapshot.as_deref(),
        Some(SHIPPED_SNAPSHOT.date),
        "tests/golden/follows_snapshot.json was baselined on another snapshot than \
         data/snapshot.csv's: re-baseline it with `cargo run --example golden_rebaseline` \
         in the commit that refreshes the snapshot, with a CHANGELOG entry"
    );
}

#[test]
fn golden_links_cover_every_key() {
    let links: Vec<String> = golden().into_iter().map(|g| g.link).collect();
    for key in Key::ALL {
        let needle = format!("{}=", key.as_str());
        assert!(
            links
                .iter()
                .any(|l| l.contains(&format!("?{needle}")) || l.contains(&format!("&{needle}"))),
            "no golden link sets {}",
            key.as_str()
        );
    }
}

/// Rewriting a golden link in the page's own form (as the address bar will show it)
/// keeps every figure.
#[test]
fn canonical_form_keeps_the_figures() {
    for Golden { about, link, .. } in golden() {
        let (params, _) = Params::from_query(&link);
        let canonical = to_query(&Scenario::from_params(&params).unwrap());
        assert_eq!(figures(&canonical), figures(&link), "{about}: {canonical}");
    }
}

#[test]
fn canonical_form_is_short_and_readable() {
    let (params, _) = Params::from_query("?v=1&miner=avalon-a1246&n=10300&kwh=0.05");
    let q = to_query(&Scenario::from_params(&params).unwrap());
    assert_eq!(
        q,
        "v=1&miner=avalon-a1246&th=90&w=3420&n=10300&kwh=0.05&price=62630&diff=133790000000000&height=941472&txfee=0.02&date=2026-03-20"
    );
}

/// Issue 6's bound: five models and every site, region and money key, written by the
/// page itself, stay under 600 characters.
#[test]
fn a_five_model_fleet_on_a_full_site_links_in_under_600_characters() {
    let link = "?v=1&miner=antminer-s21-xp-plus-hyd&n=1200&kwh=21.5&hw=1850000&pool=1.5\
        &m2=antminer-s21-xp-plus-hyd_495.5_5480.5_1000_1750000.5\
        &m3=whatsminer-m30s-pp_111.5_3471.5_2500_150000.5\
        &m4=bitdeer-sealminer-a2_225.5_3728.5_3000_990000.5\
        &m5=avalon-a1166-pro_80.5_3399.5_9999_120000.5\
        &cap=42.5&pue=1.125&hkwh=1.25&hfee=4500.5&curt=2.5&curtc=15000.5&peak=46.5&peakh=18-22\
        &peakoff=1&co2=821.5&region=kz-own&cur=KZT&fxkzt=515.25&sur=1*24_10*18.5_25&scur=KZT&cmp=1\
        &price=62630.5&diff=133790000000000&height=941472&txfee=0.0187&date=2026-03-20&months=60";
    let (params, rejected) = Params::from_query(link);
    assert!(rejected.is_empty(), "{rejected:?}");
    let s = Scenario::from_params(&params).expect("valid");
    assert_eq!(s.lines.len(), 4);
    let q = to_query(&s);
    assert!(q.len() < 600, "{} characters: {q}", q.len());
}

/// Every key and every hook has its row in the README's tables.
#[test]
fn readme_documents_the_contract() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    for key in Key::ALL.iter().map(|k| k.as_str()).chain(["v"]) {
        assert!(
            readme.contains(&format!("| `{key}` |")),
            "README has no row for key {key}"
        );
    }
    for hook in &HOOKS {
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", hook.id)))
            .unwrap_or_else(|| panic!("README has no row for hook {}", hook.id));
        assert!(
            row.ends_with(&format!("| {} |", hook.unit)),
            "README's row for {} does not end with its unit {}: {row}",
            hook.id,
            hook.unit
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn decode_of_encode_is_the_same_scenario(s in scenario()) {
        let query = to_query(&s);
        let (params, rejected) = Params::from_query(&query);
        prop_assert!(rejected.is_empty(), "{query}: {rejected:?}");
        prop_assert_eq!(Scenario::from_params(&params), Ok(s), "{}", query);
    }
}
