//! The keystrokes: a script timing them in the page, and its samples.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::{KEYSTROKES, KWH_VALUES, N_VALUES, RUN_TIMEOUT, WARM_UP};
use crate::support::{Failure, Page};

/// Measures the frame interval, then runs the keystrokes of one way. Arguments: field
/// name, values, recorded count, warm-up count, mode (`aligned` or `typed`), an extra
/// selector whose text must change too (or null). Results go to `window.__hwBench`.
pub(super) const KEYSTROKE_SCRIPT: &str = r#"
const [field, values, count, warmUp, mode, extraSel] = arguments;
const state = { done: false, error: null, frame: null, idle: null, samples: [], late: 0 };
window.__hwBench = state;
const q = (s) => document.querySelector(s);
const look = () => [
  q('[data-testid="profit-per-day"]')?.getAttribute('data-value') ?? null,
  q('[data-testid="cumulative-chart"] path.line')?.getAttribute('d') ?? null,
  extraSel ? (q(extraSel)?.textContent ?? null) : null,
];
const raf = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
// Resolves after the current task, and so, when called in a frame's rAF callback,
// after that frame's style, layout and paint.
const afterFrame = () => new Promise((r) => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => r(performance.now());
  ch.port2.postMessage(0);
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Sets the field, fires `input` at once (t0 just before), and returns when the results
// and the chart (and the extra element) have changed: { t0, dom }.
const keystroke = (input, value) => new Promise((resolve, reject) => {
  const before = look();
  const changed = () => {
    const now = look();
    return now[0] !== null && now[1] !== null && now[0] !== before[0] && now[1] !== before[1]
      && (!extraSel || (now[2] !== null && now[2] !== before[2]));
  };
  let t0 = 0;
  const timer = setTimeout(() => {
    observer.disconnect();
    reject(new Error(`no update after typing ${value} into ${field}: before ${JSON.stringify(before)}, now ${JSON.stringify(look())}`));
  }, 5000);
  const observer = new MutationObserver(() => {
    if (changed()) {
      const dom = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      // Frame-aligned: style and layout now, forced, to time them apart from paint
      // (the frame's own style and layout then find nothing left to do).
      let layout = null;
      if (mode === 'aligned') {
        void document.body.offsetHeight;
        layout = performance.now();
      }
      resolve({ t0, dom, layout });
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  input.value = value;
  t0 = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true }));
});
(async () => {
  const input = q(`input[name="${field}"]`);
  if (!input) throw new Error(`no input[name="${field}"]`);
  input.focus();
  // The frame interval: 30 frames.
  await raf();
  const stamps = [];
  for (let i = 0; i <= 30; i++) stamps.push(await raf());
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
  state.frame = gaps[Math.floor(gaps.length / 2)];
  // An idle frame: from its rAF callback to after its rendering (nothing changed).
  const idle = [];
  for (let i = 0; i < 20; i++) {
    const start = await raf();
    idle.push((await afterFrame()) - start);
  }
  idle.sort((a, b) => a - b);
  state.idle = idle[Math.floor(idle.length / 2)];
  for (let i = 0; i < warmUp + count; i++) {
    const value = values[i % values.length];
    let sample;
    if (mode === 'aligned') {
      // In the rAF callback's microtasks: before this frame's style, layout and paint.
      await raf();
      const pending = keystroke(input, value);
      const framed = afterFrame();
      let paint = await framed;
      const { t0, dom, layout } = await pending;
      if (dom > paint) {
        // The update missed the frame it was typed in: the next frame paints it.
        state.late += i >= warmUp ? 1 : 0;
        await raf();
        paint = await afterFrame();
      }
      sample = { t0, dom, layout, paint };
    } else {
      await afterFrame();
      await sleep(Math.random() * (state.frame || 16.7));
      const { t0, dom } = await keystroke(input, value);
      const frame = await raf();
      sample = { t0, dom, frame };
    }
    if (i >= warmUp) state.samples.push(sample);
  }
})().then(() => { state.done = true; }, (e) => { state.error = String(e && e.stack || e); state.done = true; });
return true;
"#;

/// The samples of one run of keystrokes, and the frame interval seen before it.
pub(super) struct Run {
    pub(super) frame: f64,
    /// An idle frame's time from its rAF callback to after its rendering.
    pub(super) idle: f64,
    pub(super) late: u64,
    pub(super) samples: Vec<Value>,
}

/// Runs [`KEYSTROKE_SCRIPT`] in the page and waits for it to finish.
pub(super) async fn keystrokes(
    page: &Page,
    field: &str,
    mode: &str,
    extra: Option<&str>,
) -> Result<Run, Failure> {
    let values = if field == "kwh" { KWH_VALUES } else { N_VALUES };
    page.execute(
        KEYSTROKE_SCRIPT,
        vec![
            json!(field),
            json!(values),
            json!(KEYSTROKES),
            json!(WARM_UP),
            json!(mode),
            json!(extra),
        ],
    )
    .await?;
    let deadline = Instant::now() + RUN_TIMEOUT;
    loop {
        let status = page
            .execute(
                "const s = window.__hwBench; return { done: s.done, error: s.error };",
                Vec::new(),
            )
            .await?;
        if let Some(error) = status["error"].as_str() {
            return Err(Failure(format!(
                "keystroke run failed in the page: {error}"
            )));
        }
        if status["done"] == json!(true) {
            break;
        }
        if Instant::now() >= deadline {
            return Err(Failure(format!(
                "{KEYSTROKES} keystrokes did not finish within {RUN_TIMEOUT:?}"
            )));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let state = page.execute("return window.__hwBench;", Vec::new()).await?;
    Ok(Run {
        frame: state["frame"].as_f64().unwrap_or(f64::NAN),
        idle: state["idle"].as_f64().unwrap_or(f64::NAN),
        late: state["late"].as_u64().unwrap_or(0),
        samples: state["samples"].as_array().cloned().unwrap_or_default(),
    })
}

/// `sample[to] - sample[from]` for every sample.
pub(super) fn spans(samples: &[Value], from: &str, to: &str) -> Vec<f64> {
    samples
        .iter()
        .filter_map(|s| Some(s[to].as_f64()? - s[from].as_f64()?))
        .collect()
}
