//! axe-core (npm, pinned in package.json) run in the page: the accessibility tests.
//!
//! The page's Content-Security-Policy refuses inline `<script>` elements, so the library's
//! source goes in through WebDriver's Execute Script (DevTools evaluates it, whatever the
//! policy); `axe.run()` is then started, and its answer polled for, so that a slow
//! machine meets no script timeout.

use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::Value;

use super::Page;
use crate::support::Failure;

/// axe-core's browser build, installed by `scripts/setup.sh` (`npm ci`).
const AXE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/node_modules/axe-core/axe.min.js"
);

/// One rule axe-core found broken, and where.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Violation {
    /// The rule (`color-contrast`, `region`, `label`, ...).
    pub id: String,
    /// `minor`, `moderate`, `serious` or `critical`.
    pub impact: Option<String>,
    /// The rule's one-line description.
    pub help: String,
    /// A CSS selector of each element that breaks it.
    pub targets: Vec<String>,
}

/// What the page holds in `window.__hashwattAxe` once `axe.run()` has settled.
#[derive(Deserialize)]
#[serde(untagged)]
enum Run {
    Done { violations: Vec<Violation> },
    Failed { error: String },
}

/// The library's source, read once per test binary.
fn axe_source() -> Result<&'static str, Failure> {
    static SOURCE: OnceLock<Result<String, String>> = OnceLock::new();
    SOURCE
        .get_or_init(|| {
            std::fs::read_to_string(AXE_PATH).map_err(|e| {
                format!("{AXE_PATH}: {e}; scripts/setup.sh installs axe-core (npm ci)")
            })
        })
        .as_deref()
        .map_err(|e| Failure(e.clone()))
}

/// Starts axe over the whole document with its default rules (WCAG 2.0 to 2.2 A and AA,
/// and best practices such as content inside landmarks), keeping violations only; the
/// result lands in `window.__hashwattAxe`.
const START: &str = r#"
    window.__hashwattAxe = null;
    axe.run(document, { resultTypes: ['violations'] }).then(
        r => { window.__hashwattAxe = { violations: r.violations.map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map(n => n.target.join(' ')),
        })) }; },
        e => { window.__hashwattAxe = { error: String(e) }; });
"#;

impl Page {
    /// Runs axe-core over the current document (the current frame's) and returns every
    /// violation it finds.
    pub async fn axe_violations(&self) -> Result<Vec<Violation>, Failure> {
        let loaded = self
            .execute("return typeof window.axe === 'object';", vec![])
            .await?;
        if loaded != Value::Bool(true) {
            // Run as a function body: the library's wrapper puts `axe` on `window`.
            self.execute(axe_source()?, vec![]).await?;
        }
        self.execute(START, vec![]).await?;
        let answer = self
            .poll(
                async || Ok(self.execute("return window.__hashwattAxe;", vec![]).await?),
                |answer| !answer.is_null(),
            )
            .await?;
        if answer.is_null() {
            return Err(Failure("axe.run() did not finish in time".into()));
        }
        match serde_json::from_value(answer) {
            Ok(Run::Done { violations }) => Ok(violations),
            Ok(Run::Failed { error }) => Err(Failure(format!("axe.run() failed: {error}"))),
            Err(e) => Err(Failure(format!("axe.run() answered oddly: {e}"))),
        }
    }
}
