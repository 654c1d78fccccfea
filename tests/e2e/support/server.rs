//! A static file server for the built site, on loopback.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// The network API the built site names (`<meta name="hashwatt-api">`, and in its CSP).
const SHIPPED_API: &str = "https://mempool.space";

/// Where a test's page sends its network requests unless the test starts a fake API:
/// a loopback port nothing listens on, so every request is refused at once. No test
/// reaches the internet (and Chromium resolves no other host: browser.rs).
pub const NO_API: &str = "http://127.0.0.1:9";

/// Longest request head the static server reads (the hostile-link test sends a ~10 KB URL).
const MAX_REQUEST_HEAD: usize = 64 * 1024;

/// A static file server for one directory on 127.0.0.1, stopped when dropped.
///
/// GET only. `/`, and any path with a query string that names no file, serve `index.html`
/// (the query is stripped); other missing paths are 404; a path containing `..`, or one
/// that resolves (through symlinks) outside the directory, is refused. The site's
/// network API (in its html files and in the headers) is replaced by the test's: a fake
/// server on loopback, or [`NO_API`].
pub struct StaticServer {
    base: String,
    /// `None` once [`StaticServer::stop`] has run.
    accept_loop: Mutex<Option<JoinHandle<()>>>,
}

impl StaticServer {
    /// Starts serving `root` on a free port of 127.0.0.1, on the current tokio runtime,
    /// with the network API at [`NO_API`].
    pub async fn start(root: &Path) -> io::Result<StaticServer> {
        Self::start_with_api(root, NO_API).await
    }

    /// Starts serving `root` with its network API at `api` (`http://127.0.0.1:PORT`).
    pub async fn start_with_api(root: &Path, api: &str) -> io::Result<StaticServer> {
        let root = Arc::new(root.canonicalize()?);
        let headers: Vec<(String, String)> = site_headers(&root)
            .into_iter()
            .map(|(pattern, lines)| (pattern, lines.replace(SHIPPED_API, api)))
            .collect();
        let headers = Arc::new(headers);
        let api = Arc::new(api.to_owned());
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let base = format!("http://{}", listener.local_addr()?);
        let accept_loop = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let root = Arc::clone(&root);
                let headers = Arc::clone(&headers);
                let api = Arc::clone(&api);
                tokio::spawn(async move {
                    // A client that goes away mid-request is not the server's failure.
                    let _ = serve_connection(stream, &root, &headers, &api).await;
                });
            }
        });
        Ok(StaticServer {
            base,
            accept_loop: Mutex::new(Some(accept_loop)),
        })
    }

    /// The absolute URL of `path_and_query` (which starts with `/`).
    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}{}", self.base, path_and_query)
    }

    /// Stops serving, as a host that has gone away: returns once the listening socket is
    /// closed, so that every later request to it is refused.
    pub async fn stop(&self) {
        if let Some(accept_loop) = self.take_accept_loop() {
            accept_loop.abort();
            // Resolves (as cancelled) once the task, and the listener it owns, is dropped.
            let _ = accept_loop.await;
        }
    }

    fn take_accept_loop(&self) -> Option<JoinHandle<()>> {
        self.accept_loop
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        if let Some(accept_loop) = self.take_accept_loop() {
            accept_loop.abort();
        }
    }
}

/// The header blocks of `root/_headers` (the Netlify / Cloudflare Pages format): each
/// path pattern (`/*`, `/index.html`) with its header lines ending in CRLF; none
/// without the file. The build writes it with the Content-Security-Policy, so the tests
/// run under the policy a host sends.
fn site_headers(root: &Path) -> Vec<(String, String)> {
    let Ok(text) = std::fs::read_to_string(root.join("_headers")) else {
        return Vec::new();
    };
    let mut blocks: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            blocks.push((line.trim().to_owned(), String::new()));
        } else if let (Some((_, lines)), Some((name, value))) =
            (blocks.last_mut(), line.trim().split_once(':'))
        {
            lines.push_str(&format!("{}: {}\r\n", name.trim(), value.trim()));
        }
    }
    blocks
}

/// The header lines of every block whose pattern matches `path` (a trailing `*` matches
/// any rest), in file order: as those hosts send them, all of them.
fn headers_for(blocks: &[(String, String)], path: &str) -> String {
    blocks
        .iter()
        .filter(|(pattern, _)| match pattern.strip_suffix('*') {
            Some(prefix) => path.starts_with(prefix),
            None => path == pattern,
        })
        .map(|(_, lines)| lines.as_str())
        .collect()
}

/// One request, one response, then the connection closes.
async fn serve_connection(
    mut stream: TcpStream,
    root: &Path,
    headers: &[(String, String)],
    api: &str,
) -> io::Result<()> {
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    let mut path = String::new();
    let response = loop {
        let read = stream.read(&mut chunk).await?;
        if read == 0 {
            return Ok(());
        }
        head.extend_from_slice(&chunk[..read]);
        if head.windows(4).any(|w| w == b"\r\n\r\n") {
            let request_line = head.split(|&b| b == b'\r').next().unwrap_or_default();
            let request_line = String::from_utf8_lossy(request_line);
            path = request_path(&request_line).to_owned();
            break respond(root, &request_line, api);
        }
        if head.len() > MAX_REQUEST_HEAD {
            break Response::status(431, "Request Header Fields Too Large");
        }
    };
    let headers = headers_for(headers, &path);
    stream.write_all(&response.into_bytes(&headers)).await?;
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

/// The path of `request_line` (`GET /path?query HTTP/1.1`), without query or fragment.
fn request_path(request_line: &str) -> &str {
    let target = request_line.split(' ').nth(1).unwrap_or_default();
    target.split(['?', '#']).next().unwrap_or_default()
}

/// The response to `request_line` (`GET /path?query HTTP/1.1`) from the site at `root`
/// (canonical).
fn respond(root: &Path, request_line: &str, api: &str) -> Response {
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
        Some((Ok(body), file)) => {
            // The page and its embed copy name the API (index.html, embed.html).
            let body = if file.extension().is_some_and(|e| e == "html") {
                String::from_utf8_lossy(&body)
                    .replace(SHIPPED_API, api)
                    .into_bytes()
            } else {
                body
            };
            Response {
                code: 200,
                reason: "OK",
                content_type: content_type(&file),
                body,
            }
        }
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
