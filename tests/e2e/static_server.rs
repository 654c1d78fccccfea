//! The harness's static server: serves the site, and nothing outside it.

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use crate::support::StaticServer;

#[tokio::test]
async fn static_server_serves_the_site_and_nothing_else() {
    let root = std::env::temp_dir().join(format!("hashwatt-e2e-site-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("sub")).expect("create a scratch site");
    std::fs::write(root.join("index.html"), "<p>index</p>").expect("write index.html");
    std::fs::write(root.join("app_bg.wasm"), b"\0asm").expect("write a .wasm");
    std::fs::write(root.join("sub/app.js"), "1").expect("write a .js");
    let secret = root.with_extension("secret");
    std::fs::write(&secret, "secret").expect("write outside the site");
    std::os::unix::fs::symlink(&secret, root.join("escape.txt")).expect("symlink out of the site");

    let server = StaticServer::start(&root).await.expect("start the server");
    let get = async |request: &str| raw_request(&server.url(""), request).await;
    let cases = [
        ("GET / HTTP/1.1", "200", "text/html", "<p>index</p>"),
        (
            "GET /?v=1&n=10 HTTP/1.1",
            "200",
            "text/html",
            "<p>index</p>",
        ),
        (
            "GET /app_bg.wasm HTTP/1.1",
            "200",
            "application/wasm",
            "\0asm",
        ),
        (
            "GET /sub/app.js?x=1 HTTP/1.1",
            "200",
            "text/javascript",
            "1",
        ),
        ("GET /missing.js HTTP/1.1", "404", "", ""),
        (
            "GET /missing?x=1 HTTP/1.1",
            "200",
            "text/html",
            "<p>index</p>",
        ),
        ("POST / HTTP/1.1", "405", "", ""),
        ("GET /../secret HTTP/1.1", "403", "", ""),
        ("GET /escape.txt HTTP/1.1", "404", "", ""),
        ("GET /sub/../../x HTTP/1.1", "403", "", ""),
    ];
    let mut failures = Vec::new();
    for (request, code, content_type, body) in cases {
        let reply = get(request).await;
        let (head, got_body) = reply.split_once("\r\n\r\n").unwrap_or((&reply, ""));
        let status_ok = head.split(' ').nth(1) == Some(code);
        let type_ok = content_type.is_empty()
            || head.lines().any(|line| {
                line.to_ascii_lowercase()
                    .starts_with(&format!("content-type: {content_type}"))
            });
        let body_ok = body.is_empty() || got_body == body;
        if !(status_ok && type_ok && body_ok) {
            failures.push(format!("{request:?} -> {reply:?}"));
        }
    }
    drop(server);
    let _ = std::fs::remove_dir_all(&root);
    let _ = std::fs::remove_file(&secret);
    assert!(
        failures.is_empty(),
        "unexpected replies:\n{}",
        failures.join("\n")
    );
}

/// Sends `request_line` (plus a Host header) to the server at `base` and reads the reply.
async fn raw_request(base: &str, request_line: &str) -> String {
    let address = base.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect to the static server");
    let request = format!("{request_line}\r\nHost: {address}\r\n\r\n");
    stream
        .write_all(request.as_bytes())
        .await
        .expect("send a request");
    let mut reply = Vec::new();
    stream
        .read_to_end(&mut reply)
        .await
        .expect("read the reply");
    String::from_utf8_lossy(&reply).into_owned()
}
