//! End-to-end harness: serves the built site over HTTP on loopback, starts chromedriver in
//! its own process group and drives headless Chromium through fantoccini.
//!
//! A test hands its steps to [`with_page`], which launches a [`Page`] (static server,
//! chromedriver, WebDriver session), runs the steps, closes the session, and only then gives
//! the observations back for the test to assert on: a failing assertion never leaves Chromium
//! running. Whatever happens, dropping the page kills chromedriver's whole process group
//! (Chromium included) and removes the browser's temporary profile.
//!
//! Waiting is always polling with a deadline ([`RENDER_TIMEOUT`]), never a fixed sleep.
//!
//! Environment overrides:
//! - `HASHWATT_DIST`: the site directory (default: `dist/` at the crate root, as written by
//!   `trunk build --release`);
//! - `CHROMIUM`: the browser binary (default `/usr/bin/chromium`);
//! - `CHROMEDRIVER`: the driver binary (default `chromedriver` on `PATH`).

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use fantoccini::error::CmdError;

mod browser;
mod page;
mod server;

pub use page::{fresh_css, testid_css, words, InViewport, Page, Violation, Widths};
pub use server::StaticServer;

/// How long the app may take to render, or to react to an input, before a wait gives up.
pub const RENDER_TIMEOUT: Duration = Duration::from_secs(20);

/// Pause between two looks at the page while polling.
const POLL_INTERVAL: Duration = Duration::from_millis(50);

/// Relative tolerance of a numeric comparison of the page's figures with the tests' own.
pub const REL_TOLERANCE: f64 = 1e-9;

/// Why a step failed: a WebDriver error, or something the page did not do in time.
#[derive(Debug)]
pub struct Failure(pub String);

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<CmdError> for Failure {
    fn from(error: CmdError) -> Self {
        Failure(format!("webdriver command failed: {error}"))
    }
}

/// Runs `steps` against a freshly launched page, closes the WebDriver session, then returns
/// what the steps observed (or panics with the step's failure). Assert on the returned
/// value, not inside `steps`.
pub async fn with_page<T>(steps: impl AsyncFnOnce(&Page) -> Result<T, Failure>) -> T {
    with_page_api(server::NO_API, steps).await
}

/// [`with_page`] with the site's network API at `api` (a fake one on loopback).
pub async fn with_page_api<T>(
    api: &str,
    steps: impl AsyncFnOnce(&Page) -> Result<T, Failure>,
) -> T {
    let page = Page::launch_with_api(api).await;
    let outcome = steps(&page).await;
    page.close().await;
    outcome.unwrap_or_else(|failure| panic!("end-to-end step failed: {failure}"))
}

/// The site directory: `HASHWATT_DIST`, else `dist/` at the crate root. Panics, saying how
/// to build it, when it has no `index.html`.
pub fn site_dir() -> PathBuf {
    let dir = std::env::var_os("HASHWATT_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"));
    let index = dir.join("index.html");
    assert!(
        index.is_file(),
        "{} is missing: build the site before the end-to-end tests with \
         `trunk build --release` (scripts/test.sh builds it first), \
         or point HASHWATT_DIST at a built site",
        index.display()
    );
    dir
}
