//! Saved scenarios written from two windows of one browser profile at the same moment:
//! every save, rename, delete and import survives, and both windows end up listing what
//! is stored.
//!
//! Each window runs a small driver script (`DRIVER`) that works the page as a user
//! would (types a name, presses Save, picks a file...). Before each round the two
//! drivers meet at a barrier on a `BroadcastChannel`, then act at once, and wait for
//! their own page to report the outcome before the next round. No sleeps: the barrier
//! and the page's own status decide when to go on.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use hashwatt::saved::{Store, FORMAT};
use serde_json::{json, Value};

use crate::states::open_saved;
use crate::support::{with_page, Failure, Page};

/// Where the saved scenarios live in localStorage.
const STORE_KEY: &str = "hashwatt.saved";

/// Rounds of the race: each window does one change per round, the two kinds of change
/// cycling so that every pair (save/save, save/rename, ..., import/import) meets.
const ROUNDS: usize = 160;

/// How long the whole race may take (CI time), before the test gives up.
const RACE_TIMEOUT: Duration = Duration::from_secs(90);

/// The kinds of change, in the order the plan numbers them.
const KINDS: [&str; 4] = ["save", "rename", "delete", "import"];

/// The drivers' script. Arguments: this window's id, the other's, and the plan (one
/// `[kind, name, new name or file text]` per round). Progress is in `window.__race`.
const DRIVER: &str = r#"
const [me, other, plan] = arguments;
const race = (window.__race = { done: 0, outcomes: [], error: null, finished: false, phase: '' });
const channel = new BroadcastChannel('hashwatt-e2e-race');
const seen = new Set();
const waiting = new Map();
let arrived = -1;
const echoed = new Set();
channel.onmessage = (event) => {
  seen.add(event.data);
  const wake = waiting.get(event.data);
  if (wake) { waiting.delete(event.data); wake(); }
  // The other window may have started listening after this one arrived: say it again
  // (once per round) when it arrives where this one already is.
  const r = Number(event.data.split(':')[0]);
  if (r <= arrived && !echoed.has(r)) { echoed.add(r); channel.postMessage(`${r}:${me}`); }
};
// Both windows arrive at round r before either acts.
const barrier = (r) => {
  arrived = r;
  channel.postMessage(`${r}:${me}`);
  const want = `${r}:${other}`;
  return seen.has(want) ? Promise.resolve() : new Promise((wake) => waiting.set(want, wake));
};
// One turn of the event loop (a message, not a timer: timers may be throttled), so
// that Yew has drawn what the last event changed.
const turn = () => new Promise((done) => {
  const c = new MessageChannel();
  c.port1.onmessage = () => done();
  c.port2.postMessage(0);
});
const $ = (css) => document.querySelector(css);
const row = (name) => `[data-testid="saved-row"][data-name="${name}"]`;
const type = async (input, text) => {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await turn(); await turn();
};
const click = async (css) => {
  race.phase = `click ${css}`;
  const el = $(css);
  if (!el) throw new Error(`no ${css}`);
  el.click();
  await turn();
};
// Resolves with the status text once `done(text)` holds, or rejects after 20 s.
const outcome = (done) => new Promise((resolve, reject) => {
  race.phase += ' / waiting';
  const status = () => ($('[data-testid="saved-status"]') || {}).textContent || '';
  const check = () => {
    if (!done(status())) return false;
    observer.disconnect(); clearTimeout(timer); resolve(status()); return true;
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error(`no outcome; status ${JSON.stringify(status())}`)); }, 20000);
  check();
});
const q = (name) => `\u201c${name}\u201d`;
const act = {
  save: async (name) => {
    await type($('[data-testid="save-name"]'), name);
    await click('[data-testid="save-button"]');
    return outcome((s) => s.includes(q(name)));
  },
  rename: async (from, to) => {
    await click(`${row(from)} .saved-actions button:nth-child(2)`);
    await type($(`${row(from)} form input`), to);
    await click(`${row(from)} form button[type="submit"]`);
    return outcome((s) => s.includes(q(to)));
  },
  delete: async (name) => {
    await click(`${row(name)} [data-testid="saved-delete"]`);
    await click(`${row(name)} [data-testid="saved-delete-confirm"]`);
    return outcome((s) => s.includes(q(name)));
  },
  import: async (name, text) => {
    const input = $('[data-testid="saved-import"]');
    const files = new DataTransfer();
    files.items.add(new File([text], `${name}.json`, { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    // The status of two imports reads the same: this one is done once its row is in.
    return outcome((s) => s.startsWith('Imported') && !!$(row(name)));
  },
};
(async () => {
  try {
    for (let r = 0; r < plan.length; r++) {
      const [kind, a, b] = plan[r];
      race.phase = `barrier ${r}`;
      await barrier(r);
      race.phase = `act ${r}`;
      race.outcomes.push([kind, a, await act[kind](a, b)]);
      race.done = r + 1;
    }
  } catch (e) {
    race.error = String(e && e.stack || e);
  }
  race.finished = true;
})();
return true;
"#;

/// One window's change in one round.
#[derive(Debug, Clone)]
struct Step {
    kind: &'static str,
    /// The scenario saved, renamed, deleted or imported.
    name: String,
    /// The new name (rename) or the file's text (import).
    with: String,
}

/// The plan of window `who` ("A" or "B"): in round `r` A does kind `r % 4`, B kind
/// `(r + r / 4) % 4`, so that over 16 rounds every pair of kinds meets.
fn plan(who: &str) -> Vec<Step> {
    (0..ROUNDS)
        .map(|r| {
            let kind = if who == "A" { r % 4 } else { (r + r / 4) % 4 };
            let name = format!("{}{who}{r}", &KINDS[kind][..1]);
            let with = match KINDS[kind] {
                "rename" => format!("{name} renamed"),
                "import" => json!({
                    "format": FORMAT,
                    "version": 1,
                    "scenarios": [{"name": name, "query": format!("v=1&n={}", r + 1), "saved": ""}],
                })
                .to_string(),
                _ => String::new(),
            };
            Step {
                kind: KINDS[kind],
                name,
                with,
            }
        })
        .collect()
}

/// The store before the race: every scenario a plan renames or deletes, plus a field
/// this version does not know, which must survive too.
fn seed(plans: &[&[Step]]) -> String {
    let scenarios: Vec<Value> = plans
        .iter()
        .flat_map(|p| p.iter())
        .filter(|s| s.kind == "rename" || s.kind == "delete")
        .map(|s| json!({"name": s.name, "query": "v=1&n=7", "saved": ""}))
        .collect();
    json!({"format": FORMAT, "version": 1, "scenarios": scenarios, "later": "kept"}).to_string()
}

/// The names stored once every step of the plans was done.
fn expected(plans: &[&[Step]]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for step in plans.iter().flat_map(|p| p.iter()) {
        match step.kind {
            "rename" => names.insert(step.with.clone()),
            "delete" => false,
            _ => names.insert(step.name.clone()),
        };
    }
    names
}

#[derive(Debug, Default)]
struct Race {
    /// Per window: `__race` at the end (done, outcomes, error).
    windows: Vec<Value>,
    seconds: f64,
    stored: Option<String>,
    /// Per window: the names listed once both are settled.
    listed: Vec<BTreeSet<String>>,
}

/// `data-name` of every saved row of the current window.
async fn listed(page: &Page) -> Result<BTreeSet<String>, Failure> {
    let names = page
        .execute(
            r#"return Array.from(document.querySelectorAll('[data-testid="saved-row"]'))
                .map(row => row.getAttribute('data-name'));"#,
            Vec::new(),
        )
        .await?;
    serde_json::from_value(names).map_err(|e| Failure(format!("saved-row names: {e}")))
}

#[tokio::test]
async fn two_windows_saving_at_once_lose_nothing() {
    let (a, b) = (plan("A"), plan("B"));
    let plans: [&[Step]; 2] = [&a, &b];
    let want = expected(&plans);
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1&n=3").await?;
        page.set_local_storage(STORE_KEY, &seed(&plans)).await?;
        page.refresh().await?;
        open_saved(page).await?;
        let first = page.current_window().await?;
        let second = page.open_window().await?;
        page.open("/?v=1&n=4").await?;
        open_saved(page).await?;
        let windows = [(&first, "A", "B", &a), (&second, "B", "A", &b)];
        let started = Instant::now();
        for (window, me, other, steps) in windows {
            page.switch_to(window).await?;
            let steps: Vec<Value> = steps
                .iter()
                .map(|s| json!([s.kind, s.name, s.with]))
                .collect();
            page.execute(DRIVER, vec![json!(me), json!(other), json!(steps)])
                .await?;
        }
        // Both drivers run on their own; look at each in turn until both are done.
        let mut race = Race::default();
        loop {
            race.windows.clear();
            for (window, ..) in windows {
                page.switch_to(window).await?;
                race.windows.push(
                    page.execute(
                        "return Object.assign({}, window.__race, { status: (document.querySelector('[data-testid=saved-status]') || {}).textContent, hidden: document.visibilityState, locks: !!navigator.locks, secure: isSecureContext });",
                        Vec::new(),
                    )
                    .await?,
                );
            }
            if race.windows.iter().all(|w| w["finished"] == true)
                || started.elapsed() > RACE_TIMEOUT
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        race.seconds = started.elapsed().as_secs_f64();
        race.stored = page.local_storage(STORE_KEY).await?;
        // Each window hears the other's last write through the `storage` event.
        let stored_names: BTreeSet<String> = Store::parse(race.stored.as_deref())
            .0
            .scenarios
            .into_iter()
            .map(|s| s.name)
            .collect();
        for (window, ..) in windows {
            page.switch_to(window).await?;
            let names = page
                .poll(async || listed(page).await, |names| *names == stored_names)
                .await?;
            race.listed.push(names);
        }
        Ok(race)
    })
    .await;

    eprintln!(
        "two-window race: {ROUNDS} rounds, {} changes per window, in {:.1} s",
        ROUNDS, seen.seconds
    );
    for (w, who) in seen.windows.iter().zip(["A", "B"]) {
        assert_eq!(
            w["error"],
            Value::Null,
            "window {who}'s driver failed after {} rounds: {}",
            w["done"],
            w["error"]
        );
        assert_eq!(
            w["done"],
            json!(ROUNDS),
            "window {who} did not finish; both: {:#}",
            json!(seen.windows)
        );
        // No window said "Saved" (or anything) for a change that was refused.
        for o in w["outcomes"].as_array().into_iter().flatten() {
            let status = o[2].as_str().unwrap_or_default();
            assert!(
                ["Saved", "Renamed", "Deleted", "Imported 1 new."]
                    .iter()
                    .any(|ok| status.starts_with(ok)),
                "window {who}: {o}"
            );
        }
    }
    let stored = seen.stored.as_deref().unwrap_or_default();
    let (store, problem) = Store::parse(Some(stored));
    assert_eq!(problem, None, "{stored}");
    let names: BTreeSet<String> = store.scenarios.iter().map(|s| s.name.clone()).collect();
    let lost: Vec<&String> = want.difference(&names).collect();
    let extra: Vec<&String> = names.difference(&want).collect();
    assert!(
        lost.is_empty() && extra.is_empty(),
        "lost {lost:?}, not expected {extra:?} ({} stored); windows {:#}",
        names.len(),
        json!(seen.windows)
    );
    let top: Value = serde_json::from_str(stored).unwrap_or_default();
    assert_eq!(top["later"], "kept", "an unknown field was dropped");
    for (listed, who) in seen.listed.iter().zip(["A", "B"]) {
        assert_eq!(listed, &names, "window {who} lists other names than stored");
    }
}
