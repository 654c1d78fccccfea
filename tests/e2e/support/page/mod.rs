//! The page: the app in a headless Chromium, and the helpers every test uses.

use std::collections::BTreeMap;
use std::time::Instant;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

mod axe;
mod frames;
mod scripts;
mod viewport;
mod windows;

pub use axe::Violation;
pub use viewport::{InViewport, Widths};

use super::browser::{capabilities, Browser};
use super::server::StaticServer;
use super::{site_dir, Failure, POLL_INTERVAL, REL_TOLERANCE, RENDER_TIMEOUT};
use crate::tolerance::within;

/// Selector of the element present once the app has rendered: results, or the notice that
/// replaces them while a field is invalid.
const RENDERED: &str = r#"[data-testid="profit-per-day"], [data-testid="results-paused"]"#;

/// The app in a headless Chromium, with the helpers the tests use.
pub struct Page {
    client: Client,
    site: StaticServer,
    // Dropped last: kills chromedriver and Chromium, removes the profile.
    browser: Browser,
}

impl Page {
    /// Serves the site with its network API at `api` (a fake one on loopback, or
    /// `server::NO_API`), starts chromedriver and opens a session. Panics, saying why,
    /// when any of them cannot start (nothing is running then that needs closing).
    pub async fn launch_with_api(api: &str) -> Page {
        let root = site_dir();
        let site = StaticServer::start_with_api(&root, api)
            .await
            .unwrap_or_else(|e| panic!("cannot serve {}: {e}", root.display()));
        let browser = Browser::start().await;
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities(&browser.profile))
            .connect(&browser.webdriver_url())
            .await
            .unwrap_or_else(|e| {
                panic!("chromedriver could not open a Chromium session (set CHROMIUM?): {e}")
            });
        Page {
            client,
            site,
            browser,
        }
    }

    /// Ends the WebDriver session (Chromium quits); chromedriver is killed on drop.
    pub async fn close(self) {
        // The browser process group is killed on drop anyway.
        let _ = self.client.clone().close().await;
    }

    /// Navigates to `path_and_query` (e.g. `/?v=1&n=10`) and waits for the app to render.
    pub async fn open(&self, path_and_query: &str) -> Result<(), Failure> {
        self.client.goto(&self.site.url(path_and_query)).await?;
        self.wait_rendered().await
    }

    /// Stops the site's server, as a host gone away or a visitor offline: every later
    /// request to it is refused.
    pub async fn stop_site(&self) {
        self.site.stop().await;
    }

    /// Waits until the results, or the notice that replaces them, are in the page.
    pub async fn wait_rendered(&self) -> Result<(), Failure> {
        let rendered = self
            .poll(async || self.exists(RENDERED).await, |found| *found)
            .await?;
        if rendered {
            return Ok(());
        }
        let body = self.text("body").await?.unwrap_or_default();
        let excerpt: String = body.chars().take(400).collect();
        Err(Failure(format!(
            "the app did not render within {RENDER_TIMEOUT:?} (no {RENDERED}); \
             page text begins: {excerpt:?}"
        )))
    }

    /// Calls `probe` until `done` accepts its answer or [`RENDER_TIMEOUT`] passes, and
    /// returns the last answer either way: the caller asserts on it.
    pub async fn poll<T>(
        &self,
        mut probe: impl AsyncFnMut() -> Result<T, Failure>,
        done: impl Fn(&T) -> bool,
    ) -> Result<T, Failure> {
        let deadline = Instant::now() + RENDER_TIMEOUT;
        loop {
            let answer = probe().await?;
            if done(&answer) || Instant::now() >= deadline {
                return Ok(answer);
            }
            tokio::time::sleep(POLL_INTERVAL).await;
        }
    }

    /// Waits until `[data-testid=testid]` holds a number within tolerance of `expected`;
    /// returns the last value seen (None when absent, empty or not a number).
    pub async fn wait_for_number(
        &self,
        testid: &str,
        expected: f64,
    ) -> Result<Option<f64>, Failure> {
        self.poll(
            async || Ok(self.number(testid).await),
            |seen| seen.is_some_and(|value| within(value, expected, REL_TOLERANCE)),
        )
        .await
    }

    /// Whether some element matches `css`.
    pub async fn exists(&self, css: &str) -> Result<bool, Failure> {
        Ok(!self.client.find_all(Locator::Css(css)).await?.is_empty())
    }

    async fn first(&self, css: &str) -> Result<Option<Element>, Failure> {
        Ok(self
            .client
            .find_all(Locator::Css(css))
            .await?
            .into_iter()
            .next())
    }

    async fn required(&self, css: &str) -> Result<Element, Failure> {
        self.first(css)
            .await?
            .ok_or_else(|| Failure(format!("no element matches {css}")))
    }

    /// The rendered text of the first element matching `css`, if any.
    pub async fn text(&self, css: &str) -> Result<Option<String>, Failure> {
        match self.first(css).await? {
            Some(element) => Ok(Some(element.text().await?)),
            None => Ok(None),
        }
    }

    /// The rendered text of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Result<Vec<String>, Failure> {
        let mut texts = Vec::new();
        for element in self.client.find_all(Locator::Css(css)).await? {
            texts.push(element.text().await?);
        }
        Ok(texts)
    }

    /// Makes sure the field `css` names is drawn: a field of an input section whose code
    /// is loaded when first opened is not in the page before, so the section listing its
    /// key (`data-keys`) is opened, as a user would to see it, and the field waited for.
    async fn drawn(&self, css: &str) -> Result<(), Failure> {
        if self.exists(css).await? {
            return Ok(());
        }
        if let Some(key) = field_key(css) {
            if self.open_section_of(key).await? {
                self.poll(async || self.exists(css).await, |found| *found)
                    .await?;
            }
        }
        Ok(())
    }

    /// Opens the collapsed input section that holds `key`'s fields (a trusted click on its
    /// heading), if it is closed; whether there is such a section. Its fields may still be
    /// loading.
    pub async fn open_section_of(&self, key: &str) -> Result<bool, Failure> {
        let section = format!(r#"details[data-keys~="{key}"]"#);
        if let Some(heading) = self
            .first(&format!("{section}:not([open]) > summary"))
            .await?
        {
            heading.click().await?;
        }
        self.exists(&section).await
    }

    /// Attribute `name` of the first element matching `css` (None if either is missing).
    /// A field of a collapsed section is drawn first ([`Page::revealed`]).
    pub async fn attr(&self, css: &str, name: &str) -> Result<Option<String>, Failure> {
        self.drawn(css).await?;
        match self.first(css).await? {
            Some(element) => Ok(element.attr(name).await?),
            None => Ok(None),
        }
    }

    /// Property `name` (e.g. the live `value` of a field) of the first element matching
    /// `css`. A field of a collapsed section is drawn first ([`Page::revealed`]).
    pub async fn prop(&self, css: &str, name: &str) -> Result<Option<String>, Failure> {
        self.drawn(css).await?;
        match self.first(css).await? {
            Some(element) => Ok(element.prop(name).await?),
            None => Ok(None),
        }
    }

    /// `data-value` of `[data-testid=testid]` (None when there is no such element, or
    /// only a stale one: the last figure, kept while a field cannot be used).
    pub async fn value(&self, testid: &str) -> Result<Option<String>, Failure> {
        self.attr(&fresh_css(testid), "data-value").await
    }

    /// `data-value` of `[data-testid=testid]` as a number; None when the element is absent or
    /// the value is empty or not a number.
    pub async fn number(&self, testid: &str) -> Option<f64> {
        self.value(testid).await.ok()??.trim().parse().ok()
    }

    /// Every fresh `data-value` in the page by `data-testid` (the first element of each id,
    /// none marked stale), read in one round trip.
    pub async fn values(&self) -> Result<BTreeMap<String, String>, Failure> {
        let script = r#"
            const out = {};
            for (const el of document.querySelectorAll('[data-testid][data-value]:not([data-stale])')) {
                const id = el.getAttribute('data-testid');
                if (!(id in out)) out[id] = el.getAttribute('data-value');
            }
            return out;
        "#;
        let answer = self.client.execute(script, Vec::new()).await?;
        serde_json::from_value(answer)
            .map_err(|e| Failure(format!("data-values are not a string map: {e}")))
    }

    /// Replaces the content of `input[name=name]` with `text`, as typed keys; the app hears
    /// an `input` event whatever the text (even empty).
    pub async fn type_into(&self, name: &str, text: &str) -> Result<(), Failure> {
        let field = self.revealed(&format!(r#"input[name="{name}"]"#)).await?;
        field.clear().await?;
        if !text.is_empty() {
            field.send_keys(text).await?;
        }
        self.dispatch(&field, &["input"]).await
    }

    /// Picks the option of `select[name=name]` whose value is `value`.
    pub async fn select(&self, name: &str, value: &str) -> Result<(), Failure> {
        let field = self.revealed(&format!(r#"select[name="{name}"]"#)).await?;
        field.select_by_value(value).await?;
        self.dispatch(&field, &["input", "change"]).await
    }

    /// The first element matching `css`, after opening the collapsed section it is in (a
    /// trusted click on the section's heading, as a user would), if it is in one. A
    /// field of a section whose code is loaded when first opened is not in the page
    /// before: the section listing its key (`data-keys`) is opened, and the field
    /// waited for while the module loads.
    pub async fn revealed(&self, css: &str) -> Result<Element, Failure> {
        self.drawn(css).await?;
        let element = self.required(css).await?;
        let arg = serde_json::to_value(&element)
            .map_err(|e| Failure(format!("cannot pass an element to a script: {e}")))?;
        // The collapsed sections are `<details id="section-...">`.
        let script = "const d = arguments[0].closest('details:not([open])'); \
                      return d ? d.id : '';";
        let id = self.client.execute(script, vec![arg]).await?;
        if let Some(id) = id.as_str().filter(|id| !id.is_empty()) {
            self.required(&format!("#{id} > summary"))
                .await?
                .click()
                .await?;
        }
        Ok(element)
    }

    /// Fires bubbling `events` at `element` (Yew delegates its listeners to the root).
    async fn dispatch(&self, element: &Element, events: &[&str]) -> Result<(), Failure> {
        let element = serde_json::to_value(element)
            .map_err(|e| Failure(format!("cannot pass an element to a script: {e}")))?;
        let script = "for (const type of arguments[1]) \
                      arguments[0].dispatchEvent(new Event(type, { bubbles: true }));";
        self.client
            .execute(script, vec![element, json!(events)])
            .await?;
        Ok(())
    }
}

/// The key of the field `css` names (`input[name="m2-th"]` is a field of `m2`), if it
/// names one.
fn field_key(css: &str) -> Option<&str> {
    let name = css.split_once(r#"[name=""#)?.1.split('"').next()?;
    name.split('-').next().filter(|key| !key.is_empty())
}

/// The selector of the element with `data-testid="testid"` that is not a stale figure.
pub fn fresh_css(testid: &str) -> String {
    format!(r#"[data-testid="{testid}"]:not([data-stale])"#)
}

/// The selector of the element with `data-testid="testid"`.
pub fn testid_css(testid: &str) -> String {
    format!(r#"[data-testid="{testid}"]"#)
}

/// Words of `text` (a notice, a message), split at anything that cannot be part of a
/// query key.
pub fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}
