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

// Each test binary that includes this module uses a subset of it.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// How long the app may take to render, or to react to an input, before a wait gives up.
pub const RENDER_TIMEOUT: Duration = Duration::from_secs(20);

/// Pause between two looks at the page while polling.
const POLL_INTERVAL: Duration = Duration::from_millis(50);

/// Attempts at finding chromedriver ready on its port (with [`POLL_INTERVAL`] between them).
const DRIVER_READY_TRIES: u32 = 200;

/// Longest request head the static server reads (the hostile-link test sends a ~10 KB URL).
const MAX_REQUEST_HEAD: usize = 64 * 1024;

/// Selector of the element present once the app has rendered: results, or the notice that
/// replaces them while a field is invalid.
const RENDERED: &str = r#"[data-testid="profit-per-day"], [data-testid="results-paused"]"#;

/// Relative tolerance of a numeric comparison.
pub const REL_TOLERANCE: f64 = 1e-9;

/// Whether `observed` equals `expected` within [`REL_TOLERANCE`] (infinities must match).
pub fn close_enough(observed: f64, expected: f64) -> bool {
    observed == expected
        || (observed - expected).abs() <= REL_TOLERANCE * observed.abs().max(expected.abs())
}

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
    let page = Page::launch().await;
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

// ---------------------------------------------------------------------------------------
// Static file server
// ---------------------------------------------------------------------------------------

/// A static file server for one directory on 127.0.0.1, stopped when dropped.
///
/// GET only. `/`, and any path with a query string that names no file, serve `index.html`
/// (the query is stripped); other missing paths are 404; a path containing `..`, or one
/// that resolves (through symlinks) outside the directory, is refused.
pub struct StaticServer {
    base: String,
    accept_loop: JoinHandle<()>,
}

impl StaticServer {
    /// Starts serving `root` on a free port of 127.0.0.1, on the current tokio runtime.
    pub async fn start(root: &Path) -> io::Result<StaticServer> {
        let root = Arc::new(root.canonicalize()?);
        let headers = Arc::new(site_headers(&root));
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let base = format!("http://{}", listener.local_addr()?);
        let accept_loop = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let root = Arc::clone(&root);
                let headers = Arc::clone(&headers);
                tokio::spawn(async move {
                    // A client that goes away mid-request is not the server's failure.
                    let _ = serve_connection(stream, &root, &headers).await;
                });
            }
        });
        Ok(StaticServer { base, accept_loop })
    }

    /// The absolute URL of `path_and_query` (which starts with `/`).
    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}{}", self.base, path_and_query)
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.accept_loop.abort();
    }
}

/// The headers `root/_headers` gives every path (`/*`), as header lines ending in CRLF;
/// empty without the file. The build writes it (the Netlify / Cloudflare Pages format)
/// with the Content-Security-Policy, so the tests run under the policy a host sends.
fn site_headers(root: &Path) -> String {
    let Ok(text) = std::fs::read_to_string(root.join("_headers")) else {
        return String::new();
    };
    let mut lines = String::new();
    let mut in_all = false;
    for line in text.lines() {
        if !line.starts_with([' ', '\t']) {
            in_all = line.trim() == "/*";
        } else if in_all {
            if let Some((name, value)) = line.trim().split_once(':') {
                lines.push_str(&format!("{}: {}\r\n", name.trim(), value.trim()));
            }
        }
    }
    lines
}

/// One request, one response, then the connection closes.
async fn serve_connection(mut stream: TcpStream, root: &Path, headers: &str) -> io::Result<()> {
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    let response = loop {
        let read = stream.read(&mut chunk).await?;
        if read == 0 {
            return Ok(());
        }
        head.extend_from_slice(&chunk[..read]);
        if head.windows(4).any(|w| w == b"\r\n\r\n") {
            let request_line = head.split(|&b| b == b'\r').next().unwrap_or_default();
            break respond(root, &String::from_utf8_lossy(request_line));
        }
        if head.len() > MAX_REQUEST_HEAD {
            break Response::status(431, "Request Header Fields Too Large");
        }
    };
    stream.write_all(&response.into_bytes(headers)).await?;
    stream.shutdown().await
}

struct Response {
    code: u16,
    reason: &'static str,
    content_type: &'static str,
    body: Vec<u8>,
}

impl Response {
    fn status(code: u16, reason: &'static str) -> Response {
        Response {
            code,
            reason,
            content_type: "text/plain; charset=utf-8",
            body: format!("{code} {reason}\n").into_bytes(),
        }
    }

    fn into_bytes(self, headers: &str) -> Vec<u8> {
        let mut bytes = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\
             Cache-Control: no-store\r\nConnection: close\r\n{headers}\r\n",
            self.code,
            self.reason,
            self.content_type,
            self.body.len()
        )
        .into_bytes();
        bytes.extend_from_slice(&self.body);
        bytes
    }
}

/// The response to `request_line` (`GET /path?query HTTP/1.1`) from the site at `root`
/// (canonical).
fn respond(root: &Path, request_line: &str) -> Response {
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Response::status(400, "Bad Request");
    };
    if method != "GET" {
        return Response::status(405, "Method Not Allowed");
    }
    let target = target.split('#').next().unwrap_or_default();
    let (path, has_query) = match target.split_once('?') {
        Some((path, _query)) => (path, true),
        None => (target, false),
    };
    let Some(relative) = path.strip_prefix('/') else {
        return Response::status(400, "Bad Request");
    };
    if relative.contains("..") || relative.contains('\\') || relative.contains('\0') {
        return Response::status(403, "Forbidden");
    }
    let file = existing_file(root, relative)
        .or_else(|| (relative.is_empty() || has_query).then(|| root.join("index.html")));
    match file.map(|file| (std::fs::read(&file), file)) {
        Some((Ok(body), file)) => Response {
            code: 200,
            reason: "OK",
            content_type: content_type(&file),
            body,
        },
        _ => Response::status(404, "Not Found"),
    }
}

/// `root/relative` when it is a file inside `root` once symlinks are resolved.
fn existing_file(root: &Path, relative: &str) -> Option<PathBuf> {
    if relative.is_empty() {
        return None;
    }
    let file = root.join(relative).canonicalize().ok()?;
    (file.starts_with(root) && file.is_file()).then_some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|ext| ext.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        // Required for WebAssembly.instantiateStreaming.
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    }
}

// ---------------------------------------------------------------------------------------
// Chromedriver and Chromium
// ---------------------------------------------------------------------------------------

/// A running chromedriver (leader of its own process group, which Chromium joins) and the
/// browser profile directory; dropping it kills the group and removes the directory.
struct Browser {
    driver: Child,
    port: u16,
    profile: PathBuf,
}

impl Browser {
    /// Starts chromedriver on a free port and waits until it reports ready. Panics with the
    /// reason when it cannot.
    async fn start() -> Browser {
        let driver_bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        // A port found free can be taken by someone else before chromedriver binds it: then
        // chromedriver exits, and another port is tried.
        for _ in 0..3 {
            let port = free_port();
            let driver = Command::new(&driver_bin)
                .arg(format!("--port={port}"))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .process_group(0)
                .spawn()
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot start {driver_bin} ({e}): install chromium-driver \
                         (apt-get install -y chromium chromium-driver) or set CHROMEDRIVER"
                    )
                });
            // Each attempt owns its profile: a failed attempt removes its own on drop.
            let mut browser = Browser {
                driver,
                port,
                profile: fresh_profile_dir(),
            };
            if browser.wait_ready().await {
                return browser;
            }
        }
        panic!("{driver_bin} did not become ready on a free port of 127.0.0.1 (3 attempts)");
    }

    /// Polls chromedriver's `/status` until it says ready; false if it exits or never does.
    async fn wait_ready(&mut self) -> bool {
        for _ in 0..DRIVER_READY_TRIES {
            if matches!(self.driver.try_wait(), Ok(Some(_)) | Err(_)) {
                return false;
            }
            if driver_ready(self.port).await {
                return true;
            }
            tokio::time::sleep(POLL_INTERVAL).await;
        }
        false
    }

    fn webdriver_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // process_group(0) made chromedriver's pid its group id; Chromium inherits the group.
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = self.driver.wait();
        // Killed processes may still be exiting: one retry.
        if std::fs::remove_dir_all(&self.profile).is_err() {
            let _ = std::fs::remove_dir_all(&self.profile);
        }
    }
}

/// Whether chromedriver on `port` answers `/status` with `"ready": true`.
async fn driver_ready(port: u16) -> bool {
    let exchange = async {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
        stream
            .write_all(b"GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            .await?;
        read_http_reply(&mut stream).await
    };
    match tokio::time::timeout(Duration::from_secs(2), exchange).await {
        Ok(Ok(reply)) => {
            let text: String = String::from_utf8_lossy(&reply)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            text.contains(r#""ready":true"#)
        }
        _ => false,
    }
}

/// Reads one HTTP reply: up to the end of its `Content-Length` body, or of the stream when it
/// has none (chromedriver keeps connections open whatever the request says).
async fn read_http_reply(stream: &mut TcpStream) -> io::Result<Vec<u8>> {
    let mut reply = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let read = stream.read(&mut chunk).await?;
        if read == 0 {
            return Ok(reply);
        }
        reply.extend_from_slice(&chunk[..read]);
        let Some(head_end) = reply.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&reply[..head_end]).to_ascii_lowercase();
        let length = head.lines().find_map(|line| {
            let value = line.strip_prefix("content-length:")?;
            value.trim().parse::<usize>().ok()
        });
        if length.is_some_and(|length| reply.len() >= head_end + 4 + length) {
            return Ok(reply);
        }
    }
}

/// A port of 127.0.0.1 that was free a moment ago.
fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("bind an ephemeral port on 127.0.0.1")
}

/// A new, empty directory under the system temp dir for one browser's profile.
fn fresh_profile_dir() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "hashwatt-e2e-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    // A leftover of an earlier run with the same pid would not be fresh.
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

/// The WebDriver capabilities of a headless Chromium using `profile`.
fn capabilities(profile: &Path) -> serde_json::Map<String, Value> {
    let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let caps = json!({
        "browserName": "chrome",
        "timeouts": { "pageLoad": RENDER_TIMEOUT.as_millis() as u64, "script": 10_000, "implicit": 0 },
        "goog:chromeOptions": {
            "binary": binary,
            "args": [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                format!("--user-data-dir={}", profile.display()),
            ],
        },
    });
    match caps {
        Value::Object(map) => map,
        _ => unreachable!("a json! object literal is an object"),
    }
}

// ---------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------

/// The app in a headless Chromium, with the helpers the tests use.
pub struct Page {
    client: Client,
    site: StaticServer,
    // Dropped last: kills chromedriver and Chromium, removes the profile.
    browser: Browser,
}

impl Page {
    /// Serves the site, starts chromedriver and opens a session. Panics, saying why, when
    /// any of them cannot start (nothing is running then that needs closing).
    pub async fn launch() -> Page {
        let root = site_dir();
        let site = StaticServer::start(&root)
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
            |seen| seen.is_some_and(|value| close_enough(value, expected)),
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

    /// Attribute `name` of the first element matching `css` (None if either is missing).
    pub async fn attr(&self, css: &str, name: &str) -> Result<Option<String>, Failure> {
        match self.first(css).await? {
            Some(element) => Ok(element.attr(name).await?),
            None => Ok(None),
        }
    }

    /// Property `name` (e.g. the live `value` of a field) of the first element matching `css`.
    pub async fn prop(&self, css: &str, name: &str) -> Result<Option<String>, Failure> {
        match self.first(css).await? {
            Some(element) => Ok(element.prop(name).await?),
            None => Ok(None),
        }
    }

    /// `data-value` of `[data-testid=testid]` (None when there is no such element).
    pub async fn value(&self, testid: &str) -> Result<Option<String>, Failure> {
        self.attr(&testid_css(testid), "data-value").await
    }

    /// `data-value` of `[data-testid=testid]` as a number; None when the element is absent or
    /// the value is empty or not a number.
    pub async fn number(&self, testid: &str) -> Option<f64> {
        self.value(testid).await.ok()??.trim().parse().ok()
    }

    /// Every `data-value` in the page by `data-testid` (the first element of each id), read in
    /// one round trip.
    pub async fn values(&self) -> Result<BTreeMap<String, String>, Failure> {
        let script = r#"
            const out = {};
            for (const el of document.querySelectorAll('[data-testid][data-value]')) {
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
        let field = self.required(&format!(r#"input[name="{name}"]"#)).await?;
        field.clear().await?;
        if !text.is_empty() {
            field.send_keys(text).await?;
        }
        self.dispatch(&field, &["input"]).await
    }

    /// Picks the option of `select[name=name]` whose value is `value`.
    pub async fn select(&self, name: &str, value: &str) -> Result<(), Failure> {
        let field = self.required(&format!(r#"select[name="{name}"]"#)).await?;
        field.select_by_value(value).await?;
        self.dispatch(&field, &["input", "change"]).await
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

/// The selector of the element with `data-testid="testid"`.
pub fn testid_css(testid: &str) -> String {
    format!(r#"[data-testid="{testid}"]"#)
}

// ---------------------------------------------------------------------------------------
// Helpers for the link, history and saved-scenario tests (e2e_links_saved.rs)
// ---------------------------------------------------------------------------------------

impl Page {
    /// Runs `script` in the page (`arguments[i]` are `args`) and returns what it returns.
    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Result<Value, Failure> {
        Ok(self.client.execute(script, args).await?)
    }

    /// Runs an asynchronous `script`: it reports by calling `arguments[arguments.length - 1]`.
    pub async fn execute_async(&self, script: &str, args: Vec<Value>) -> Result<Value, Failure> {
        Ok(self.client.execute_async(script, args).await?)
    }

    /// `document.location.search` (with its `?`, or empty).
    pub async fn location_search(&self) -> Result<String, Failure> {
        match self
            .execute("return document.location.search;", Vec::new())
            .await?
        {
            Value::String(search) => Ok(search),
            other => Err(Failure(format!(
                "document.location.search is not a string: {other}"
            ))),
        }
    }

    /// `localStorage.getItem(key)`: None when the key is not set.
    pub async fn local_storage(&self, key: &str) -> Result<Option<String>, Failure> {
        match self
            .execute(
                "return localStorage.getItem(arguments[0]);",
                vec![json!(key)],
            )
            .await?
        {
            Value::Null => Ok(None),
            Value::String(text) => Ok(Some(text)),
            other => Err(Failure(format!(
                "localStorage.getItem({key:?}) returned {other}"
            ))),
        }
    }

    /// `localStorage.setItem(key, text)`.
    pub async fn set_local_storage(&self, key: &str, text: &str) -> Result<(), Failure> {
        self.execute(
            "localStorage.setItem(arguments[0], arguments[1]);",
            vec![json!(key), json!(text)],
        )
        .await?;
        Ok(())
    }

    /// WebDriver Refresh, then waits for the app to render again.
    pub async fn refresh(&self) -> Result<(), Failure> {
        self.client.refresh().await?;
        self.wait_rendered().await
    }

    /// WebDriver Back (the app's own history entries are same-document: wait for the
    /// change you expect after it).
    pub async fn back(&self) -> Result<(), Failure> {
        Ok(self.client.back().await?)
    }

    /// WebDriver Forward (see [`Page::back`]).
    pub async fn forward(&self) -> Result<(), Failure> {
        Ok(self.client.forward().await?)
    }

    /// Clicks the first element matching `css`, as a user would (a trusted click).
    pub async fn click(&self, css: &str) -> Result<(), Failure> {
        self.required(css).await?.click().await?;
        Ok(())
    }

    /// Replaces the content of the first field matching `css` with `text`, as typed keys
    /// (for fields without a `name`, e.g. `[data-testid="save-name"]`); the app hears an
    /// `input` event whatever the text.
    pub async fn type_into_css(&self, css: &str, text: &str) -> Result<(), Failure> {
        let field = self.required(css).await?;
        field.clear().await?;
        if !text.is_empty() {
            field.send_keys(text).await?;
        }
        self.dispatch(&field, &["input"]).await
    }

    /// Sends a command of chromedriver's outside what fantoccini wraps (e.g. `POST
    /// permissions` of the Permissions spec) to this session: `suffix` follows
    /// `/session/{id}/`. Returns the reply's JSON `value`; an error reply is a failure.
    pub async fn session_command(&self, suffix: &str, body: &Value) -> Result<Value, Failure> {
        let session = self
            .client
            .session_id()
            .await?
            .ok_or_else(|| Failure("the WebDriver session has no id".into()))?;
        let body = body.to_string();
        let request = format!(
            "POST /session/{session}/{suffix} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
             Content-Type: application/json; charset=utf-8\r\nContent-Length: {length}\r\n\
             Connection: close\r\n\r\n{body}",
            port = self.browser.port,
            length = body.len(),
        );
        let exchange = async {
            let mut stream = TcpStream::connect(("127.0.0.1", self.browser.port)).await?;
            stream.write_all(request.as_bytes()).await?;
            read_http_reply(&mut stream).await
        };
        let reply = tokio::time::timeout(RENDER_TIMEOUT, exchange)
            .await
            .map_err(|_| Failure(format!("chromedriver did not answer {suffix} in time")))?
            .map_err(|e| Failure(format!("chromedriver {suffix}: {e}")))?;
        let reply = String::from_utf8_lossy(&reply);
        let (head, json_body) = reply.split_once("\r\n\r\n").unwrap_or((&reply, ""));
        let status_ok = head
            .split(' ')
            .nth(1)
            .is_some_and(|code| code.starts_with('2'));
        let parsed: Value = serde_json::from_str(json_body).unwrap_or(Value::Null);
        if status_ok {
            Ok(parsed.get("value").cloned().unwrap_or(Value::Null))
        } else {
            let status_line = head.lines().next().unwrap_or_default();
            Err(Failure(format!(
                "chromedriver refused {suffix}: {status_line} {json_body}"
            )))
        }
    }

    /// Grants `permission` (e.g. `clipboard-read`) to the current page's origin through
    /// the WebDriver Permissions extension.
    pub async fn grant_permission(&self, permission: &str) -> Result<(), Failure> {
        self.session_command(
            "permissions",
            &json!({ "descriptor": { "name": permission }, "state": "granted" }),
        )
        .await
        .map(|_| ())
    }
}

// ---------------------------------------------------------------------------------------
// Helpers for the embed tests (e2e_embed.rs): pages of other origins that frame the app
// ---------------------------------------------------------------------------------------

impl Page {
    /// The absolute URL of `path_and_query` on the calculator's server.
    pub fn site_url(&self, path_and_query: &str) -> String {
        self.site.url(path_and_query)
    }

    /// Navigates to an absolute `url` (another server's page) without waiting for the app.
    pub async fn goto(&self, url: &str) -> Result<(), Failure> {
        Ok(self.client.goto(url).await?)
    }

    /// Switches into the frame element matching `css` of the current document.
    pub async fn enter_frame(&self, css: &str) -> Result<(), Failure> {
        self.required(css).await?.enter_frame().await?;
        Ok(())
    }

    /// Switches back to the document that holds the current frame.
    pub async fn leave_frame(&self) -> Result<(), Failure> {
        Ok(self.client.enter_parent_frame().await?)
    }
}
