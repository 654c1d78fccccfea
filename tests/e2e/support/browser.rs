//! Chromedriver and headless Chromium in a process group of their own, and a fresh profile.

use std::io;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

use super::{POLL_INTERVAL, RENDER_TIMEOUT};

/// Attempts at finding chromedriver ready on its port (with [`POLL_INTERVAL`] between them).
const DRIVER_READY_TRIES: u32 = 200;

/// A running chromedriver (leader of its own process group, which Chromium joins) and the
/// browser profile directory; dropping it kills the group and removes the directory.
pub(super) struct Browser {
    driver: Child,
    pub(super) port: u16,
    pub(super) profile: PathBuf,
}

impl Browser {
    /// Starts chromedriver on a free port and waits until it reports ready. Panics with the
    /// reason when it cannot.
    pub(super) async fn start() -> Browser {
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

    pub(super) fn webdriver_url(&self) -> String {
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
pub(super) async fn read_http_reply(stream: &mut TcpStream) -> io::Result<Vec<u8>> {
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
pub(super) fn capabilities(profile: &Path) -> serde_json::Map<String, Value> {
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
                // No host resolves but loopback: a request that would leave the machine
                // fails at once, loudly, instead of hanging or reaching the internet.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
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
