//! Live figures: from the arrival of the last of the API's answers to the page showing
//! them. The fake mempool (tests/fake_mempool/) answers every endpoint after a delay, so
//! that the answers come well after the first results; the page then reads, checks and
//! applies them. Times are the page's own `performance.now()`: the arrival is the latest
//! `responseEnd` of the API's requests (Resource Timing), the update is the moment the
//! network source turns `live` (a MutationObserver), and the paint is after the frame
//! that follows.

use std::time::Duration;

use hashwatt::live::Endpoint;
use serde_json::{json, Value};

use crate::fake_mempool::{fixture, FakeMempool, Reply};
use crate::support::{with_page_api, Failure, Page};

/// How long the fake API waits before each answer: long after the first results.
const ANSWER_DELAY: Duration = Duration::from_millis(1_000);

/// Waits for the network source to turn `live`, then for the next frame to be rendered.
/// Argument: the API's base URL. Result: `{ arrival, dom, painted, answers }` in ms
/// since navigation start, or `{ error }`.
const ARRIVAL_SCRIPT: &str = r#"
const [api, done] = [arguments[0], arguments[arguments.length - 1]];
const live = () =>
  document.querySelector('[data-testid="network-source"]')?.dataset.source === 'live';
// After the frame that follows: a message posted from its rAF callback runs once its
// style, layout and paint are done.
const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(0);
}));
if (live()) {
  done({ error: 'the live figures were in use before the script ran' });
} else {
  const timer = setTimeout(() => {
    observer.disconnect();
    done({ error: 'the live figures never came' });
  }, 20000);
  const observer = new MutationObserver(async () => {
    if (!live()) return;
    const dom = performance.now();
    observer.disconnect();
    clearTimeout(timer);
    const painted = await afterFrame();
    const ends = performance.getEntriesByType('resource')
      .filter((e) => e.name.startsWith(api))
      .map((e) => e.responseEnd);
    done({ arrival: Math.max(...ends), dom, painted, answers: ends.length });
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
}
"#;

/// One fresh load's times, ms after the last answer arrived.
pub(super) struct Arrival {
    /// Until the page shows the live figures (read, checked, applied, rendered to the DOM).
    pub(super) to_dom: f64,
    /// Until the frame showing them has been painted.
    pub(super) to_paint: f64,
}

/// Opens `/` (a fresh visit, which takes live figures) with every answer delayed and
/// times their arrival.
pub(super) async fn live_arrival() -> Arrival {
    let api = FakeMempool::start();
    for endpoint in Endpoint::ALL {
        api.set(
            endpoint.path(),
            Reply::ok(fixture(endpoint)).delayed(ANSWER_DELAY),
        );
    }
    let base = api.url();
    with_page_api(&base, async |page: &Page| {
        page.open("/").await?;
        let v = page
            .execute_async(ARRIVAL_SCRIPT, vec![json!(base)])
            .await?;
        let number = |name: &str| v.get(name).and_then(Value::as_f64);
        match (number("arrival"), number("dom"), number("painted")) {
            (Some(arrival), Some(dom), Some(painted)) if dom >= arrival => Ok(Arrival {
                to_dom: dom - arrival,
                to_paint: painted - arrival,
            }),
            _ => Err(Failure(format!("live figures not timed: {v}"))),
        }
    })
    .await
}
