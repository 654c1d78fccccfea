//! End to end: the calculator embedded in partner pages of other origins (other ports
//! of 127.0.0.1), through static/embed.js and through plain iframes, against the built
//! `dist/` served with its `_headers` (the Content-Security-Policy included).
//!
//! Three servers: the calculator (`dist/`), the partner (a page this test writes) and,
//! for the message tests, a third origin. Needs the built site, Chromium and
//! chromedriver, like the other e2e tests.

use std::path::PathBuf;

use serde_json::json;

mod first_visit;
mod framing;
mod hostile;
mod messages;
mod network;
mod saved_height;
mod set_checks;
mod two_embeds;

use crate::support::{testid_css, Failure, Page, StaticServer};

/// The frame's height before its first message (embed.js and the snippets).
const DEFAULT_HEIGHT: f64 = 900.0;

/// A fresh directory holding `files` (name, content), removed on drop.
struct Dir(PathBuf);

impl Dir {
    fn with(files: &[(&str, String)]) -> Dir {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("hashwatt-e2e-embed-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        for (name, content) in files {
            std::fs::write(dir.join(name), content).expect("write a partner page");
        }
        Dir(dir)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `text` for a double-quoted HTML attribute.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A placeholder for embed.js with these `data-` attributes.
fn placeholder(id: &str, data: &[(&str, &str)]) -> String {
    let attrs: String = data
        .iter()
        .map(|(k, v)| format!(" data-{k}=\"{}\"", attr(v)))
        .collect();
    format!("<div id=\"{id}\" class=\"hashwatt-embed\"{attrs}></div>\n")
}

/// A partner page: `body`, then embed.js from the calculator's server.
fn partner_page(body: &str, embed_js: &str) -> String {
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Partner</title></head>\
         <body><h1>Partner page</h1>\n{body}<script src=\"{}\"></script></body></html>",
        attr(embed_js)
    )
}

/// A partner page served from an origin of its own; the page and its directory last as
/// long as this.
struct Partner {
    server: StaticServer,
    _dir: Dir,
}

impl Partner {
    /// Serves [`partner_page`] of `body` (embed.js from the calculator's server).
    async fn serve(page: &Page, body: &str) -> Result<Partner, Failure> {
        let dir = Dir::with(&[(
            "partner.html",
            partner_page(body, &page.site_url("/embed.js")),
        )]);
        let server = StaticServer::start(&dir.0)
            .await
            .map_err(|e| Failure(format!("partner server: {e}")))?;
        Ok(Partner { server, _dir: dir })
    }

    /// The page's address.
    fn page_url(&self) -> String {
        self.server.url("/partner.html")
    }
}

/// Whether `window.__pwned` (set by any injected script) is undefined here.
async fn clean(page: &Page) -> Result<bool, Failure> {
    Ok(page
        .execute("return typeof window.__pwned === 'undefined';", vec![])
        .await?
        == json!(true))
}

/// Waits until the partner page has `n` frames of the calculator.
async fn wait_frames(page: &Page, n: usize) -> Result<usize, Failure> {
    page.poll(
        async || {
            Ok(page
                .execute("return document.querySelectorAll('iframe').length;", vec![])
                .await?
                .as_u64()
                .unwrap_or(0) as usize)
        },
        |count| *count >= n,
    )
    .await
}

/// Heights (CSS px) of the partner page's frames matching `css`.
async fn frame_heights(page: &Page, css: &str) -> Result<Vec<f64>, Failure> {
    let v = page
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map(f => f.getBoundingClientRect().height);",
            vec![json!(css)],
        )
        .await?;
    Ok(serde_json::from_value(v).unwrap_or_default())
}

/// Inside a frame: the bottom of the app's root, in CSS px (what the frame should be).
async fn content_height(page: &Page) -> Result<f64, Failure> {
    Ok(page
        .execute(
            "return document.querySelector('.app').getBoundingClientRect().bottom + scrollY;",
            vec![],
        )
        .await?
        .as_f64()
        .unwrap_or(0.0))
}

/// What one frame showed.
#[derive(Debug, Default)]
struct Seen {
    profit: Option<f64>,
    clean: bool,
    credit: Option<String>,
    credit_children: u64,
    kwh_readonly: Option<String>,
    kwh_aria: Option<String>,
    theme: Option<String>,
    accent: String,
    has_saved: bool,
    content_height: f64,
}

async fn look(page: &Page) -> Result<Seen, Failure> {
    page.wait_rendered().await?;
    let accent = page
        .execute(
            "return getComputedStyle(document.querySelector('.app')).getPropertyValue('--accent').trim();",
            vec![],
        )
        .await?;
    let credit_children = page
        .execute(
            "return document.querySelectorAll('[data-testid=partner-credit] *').length;",
            vec![],
        )
        .await?;
    Ok(Seen {
        profit: page.number("profit-per-day").await,
        clean: clean(page).await?,
        credit: page.text(&testid_css("partner-credit")).await?,
        credit_children: credit_children.as_u64().unwrap_or(99),
        kwh_readonly: page.attr(r#"input[name="kwh"]"#, "readonly").await?,
        kwh_aria: page.attr(r#"input[name="kwh"]"#, "aria-readonly").await?,
        theme: page.attr(".app", "data-theme").await?,
        accent: accent.as_str().unwrap_or_default().to_owned(),
        has_saved: page.exists(".saved").await?,
        content_height: content_height(page).await?,
    })
}
