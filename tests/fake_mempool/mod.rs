//! A fake mempool API: a real HTTP server on loopback, started by the test, serving the
//! fixtures of `tests/fixtures/mempool/` at the API's paths (from `hashwatt::live`), with
//! any reply replaced per path: another status (429, 500), a delay, a hostile body.
//! Every request's path is recorded. Stops when dropped.
//!
//! Used by the native tests (`tests/snapshot_script.rs`); include it with
//! `#[path = "fake_mempool/mod.rs"] mod fake_mempool;` from a test binary.
#![allow(dead_code)] // each test binary uses part of it

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use hashwatt::live::Endpoint;

/// What the server answers on one path.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
    pub content_type: &'static str,
    /// How long the server waits before answering (a slow server).
    pub delay: Duration,
}

impl Reply {
    pub fn ok(body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status: 200,
            body: body.into(),
            content_type: "application/json",
            delay: Duration::ZERO,
        }
    }

    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            body: b"error".to_vec(),
            content_type: "text/plain",
            delay: Duration::ZERO,
        }
    }

    pub fn delayed(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }
}

#[derive(Default)]
struct Shared {
    replies: BTreeMap<String, Reply>,
    requests: Vec<String>,
    /// Requests being answered now, and the most there were at one time.
    in_flight: usize,
    most_at_once: usize,
}

pub struct FakeMempool {
    port: u16,
    shared: Arc<Mutex<Shared>>,
    stop: Arc<AtomicBool>,
}

/// The fixture served for `endpoint`.
pub fn fixture(endpoint: Endpoint) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/mempool/{}",
        env!("CARGO_MANIFEST_DIR"),
        endpoint.file_name()
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

impl FakeMempool {
    /// Starts serving every endpoint's fixture.
    pub fn start() -> FakeMempool {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let port = listener.local_addr().expect("bound address").port();
        let mut shared = Shared::default();
        for endpoint in Endpoint::ALL {
            let mut reply = Reply::ok(fixture(endpoint));
            if endpoint == Endpoint::TipHeight {
                reply.content_type = "text/plain";
            }
            shared.replies.insert(endpoint.path().to_owned(), reply);
        }
        let shared = Arc::new(Mutex::new(shared));
        let stop = Arc::new(AtomicBool::new(false));
        let (s, st) = (shared.clone(), stop.clone());
        thread::spawn(move || {
            for stream in listener.incoming() {
                if st.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let s = s.clone();
                thread::spawn(move || serve(stream, &s));
            }
        });
        FakeMempool { port, shared, stop }
    }

    /// The API base, `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Answers `path` with `reply` from now on.
    pub fn set(&self, path: &str, reply: Reply) {
        self.lock().replies.insert(path.to_owned(), reply);
    }

    /// The paths requested so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.lock().requests.clone()
    }

    /// The most requests the server was answering at one time (a delayed reply keeps
    /// its request in flight for the delay).
    pub fn most_at_once(&self) -> usize {
        self.lock().most_at_once
    }

    /// Fails unless every endpoint was requested exactly once, and nothing else.
    #[track_caller]
    pub fn assert_each_endpoint_once(&self) {
        let mut requested = self.requests();
        requested.sort();
        let mut expected: Vec<String> = Endpoint::ALL.iter().map(|e| e.path().to_owned()).collect();
        expected.sort();
        assert_eq!(requested, expected);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for FakeMempool {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop so that it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn serve(mut stream: TcpStream, shared: &Mutex<Shared>) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // The headers, up to the blank line; a GET has no body.
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line == "\r\n" || line == "\n" => break,
            Ok(_) => {}
        }
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .split('?')
        .next()
        .unwrap_or("")
        .to_owned();
    let reply = {
        let mut s = shared.lock().unwrap_or_else(|e| e.into_inner());
        s.requests.push(path.clone());
        s.in_flight += 1;
        s.most_at_once = s.most_at_once.max(s.in_flight);
        s.replies.get(&path).cloned()
    };
    let reply = reply.unwrap_or_else(|| Reply::status(404));
    if !reply.delay.is_zero() {
        // The server's own latency, not a wait in a test.
        thread::sleep(reply.delay);
    }
    let head = format!(
        "HTTP/1.1 {} X\r\nContent-Type: {}\r\nContent-Length: {}\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n",
        reply.status,
        reply.content_type,
        reply.body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&reply.body);
    let _ = stream.flush();
    shared.lock().unwrap_or_else(|e| e.into_inner()).in_flight -= 1;
}
