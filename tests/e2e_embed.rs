#![cfg(not(target_arch = "wasm32"))]
//! End to end: the calculator embedded in partner pages of other origins (other ports
//! of 127.0.0.1), through static/embed.js and through plain iframes, against the built
//! `dist/` served with its `_headers` (the Content-Security-Policy included).
//!
//! Three servers: the calculator (`dist/`), the partner (a page this test writes) and,
//! for the message tests, a third origin. Needs the built site, Chromium and
//! chromedriver, like the other e2e tests.

mod e2e_support;

use std::path::PathBuf;

use e2e_support::{testid_css, with_page, Failure, Page, StaticServer};
use serde_json::{json, Value};

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

#[derive(Debug)]
struct TwoEmbeds {
    partner_clean: bool,
    a: Seen,
    b: Seen,
    heights: Vec<f64>,
    b_after: Option<f64>,
    a_after: Option<f64>,
    kwh_after: Option<String>,
}

#[tokio::test]
async fn two_embeds_render_resize_and_stay_independent() {
    let credit = "<script>window.__pwned=1</script> Power by <b>KZ</b> & co";
    let seen = with_page(async |page: &Page| {
        let body = placeholder(
            "a",
            &[
                ("kwh", "0.05"),
                ("lock", "kwh"),
                ("credit", credit),
                ("theme", "dark"),
                ("accent", "#0a7"),
                ("hide", "saved,share"),
            ],
        ) + &placeholder("b", &[("n", "3"), ("theme", "light")]);
        let dir = Dir::with(&[(
            "partner.html",
            partner_page(&body, &page.site_url("/embed.js")),
        )]);
        let partner = StaticServer::start(&dir.0)
            .await
            .map_err(|e| Failure(format!("partner server: {e}")))?;
        page.goto(&partner.url("/partner.html")).await?;
        wait_frames(page, 2).await?;

        page.enter_frame("#a iframe").await?;
        let mut a = look(page).await?;
        page.leave_frame().await?;
        page.enter_frame("#b iframe").await?;
        let mut b = look(page).await?;
        page.leave_frame().await?;

        // Each frame takes its content's height from its own message: first away from
        // the default, then (measured inside each frame once settled) to the content.
        page.poll(
            async || frame_heights(page, ".hashwatt-embed iframe").await,
            |h| h.len() == 2 && h.iter().all(|x| (x - DEFAULT_HEIGHT).abs() > 2.0),
        )
        .await?;
        let mut content = Vec::new();
        for css in ["#a iframe", "#b iframe"] {
            page.enter_frame(css).await?;
            content.push(content_height(page).await?);
            page.leave_frame().await?;
        }
        let heights = page
            .poll(
                async || frame_heights(page, ".hashwatt-embed iframe").await,
                |h| h.len() == 2 && h.iter().zip(&content).all(|(h, c)| (h - c).abs() <= 2.0),
            )
            .await?;
        a.content_height = content[0];
        b.content_height = content[1];

        // Typing in B changes B's figures and not A's.
        page.enter_frame("#b iframe").await?;
        page.type_into("n", "7").await?;
        let before = b.profit;
        let b_after = page
            .poll(
                async || Ok(page.number("profit-per-day").await),
                |p| *p != before,
            )
            .await?;
        page.leave_frame().await?;

        // A locked field: a script's change is put back and the figures stay.
        page.enter_frame("#a iframe").await?;
        page.execute(
            "const i = document.querySelector('input[name=kwh]'); i.value = '0.5'; \
             i.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![],
        )
        .await?;
        let kwh_after = page.prop(r#"input[name="kwh"]"#, "value").await?;
        let a_after = page.number("profit-per-day").await;
        page.leave_frame().await?;

        Ok(TwoEmbeds {
            partner_clean: clean(page).await?,
            a,
            b,
            heights,
            b_after,
            a_after,
            kwh_after,
        })
    })
    .await;

    let TwoEmbeds { a, b, .. } = &seen;
    assert!(seen.partner_clean && a.clean && b.clean, "{seen:?}");
    assert!(a.profit.is_some() && b.profit.is_some(), "{seen:?}");
    assert_ne!(a.profit, b.profit, "different scenarios, different figures");
    for (h, s) in seen.heights.iter().zip([a, b]) {
        assert!((h - s.content_height).abs() <= 2.0, "{seen:?}");
        assert!(
            (h - DEFAULT_HEIGHT).abs() > 2.0,
            "frame kept the default height: {seen:?}"
        );
    }
    assert_ne!(seen.b_after, b.profit, "typing in B changed nothing");
    assert_eq!(seen.a_after, a.profit, "A changed with B");
    assert_eq!(seen.kwh_after.as_deref(), Some("0.05"));
    assert_eq!(a.kwh_readonly.as_deref(), Some("true"));
    assert_eq!(a.kwh_aria.as_deref(), Some("true"));
    assert_eq!(b.kwh_readonly, None, "B locks nothing");
    assert_eq!(a.credit.as_deref(), Some(credit), "credit shown as text");
    assert_eq!(a.credit_children, 0, "no element made from the credit");
    assert_eq!(b.credit, None);
    assert_eq!(
        (a.theme.as_deref(), b.theme.as_deref()),
        (Some("dark"), Some("light"))
    );
    assert_eq!(a.accent, "#00aa77");
    assert!(!a.has_saved && b.has_saved, "A hides saved scenarios");
}

/// Hostile values for the options embed.js passes through `data-` attributes, one list
/// per option: each is rejected. Frame `i` gets item `i` of every list.
const HOSTILE_DATA: &[(&str, &[&str])] = &[
    (
        "theme",
        &[
            "<script>window.__pwned=1</script>",
            "dark;background:url(javascript:window.__pwned=1)",
            "javascript:window.__pwned=1",
            "\" onload=\"window.__pwned=1",
            "DARK",
            "light\u{0}",
        ],
    ),
    (
        "accent",
        &[
            "red;background:url(javascript:window.__pwned=1)",
            "#fff}body{display:none}",
            "expression(window.__pwned=1)",
            "url(data:text/html,<script>window.__pwned=1</script>)",
            "var(--bad)",
            "#12345g",
        ],
    ),
    (
        "credit",
        &[
            "line one\nline two<script>window.__pwned=1</script>",
            "\u{202e}reversed credit",
            "tab\there",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "𝕳𝖆𝖘𝖍𝖜𝖆𝖙𝖙 💥 𝕳𝖆𝖘𝖍𝖜𝖆𝖙𝖙 💥 𝕳𝖆𝖘𝖍𝖜𝖆𝖙𝖙 💥 𝕳𝖆𝖘𝖍𝖜𝖆𝖙𝖙 💥 𝕳𝖆𝖘𝖍𝖜𝖆𝖙𝖙 💥 𝕳𝖆𝖘𝖍𝖜𝖆𝖙𝖙 💥 𝕳𝖆𝖘𝖍𝖜𝖆𝖙𝖙 💥 𝕳𝖆𝖘𝖍𝖜𝖆𝖙𝖙 💥 𝕳𝖆𝖘𝖍𝖜𝖆𝖙𝖙 💥",
            "bell\u{7}",
        ],
    ),
    (
        "lock",
        &[
            "<img src=x onerror=window.__pwned=1>",
            "__proto__",
            "kwh;n",
            "javascript:window.__pwned=1",
            "*",
            "constructor",
        ],
    ),
    (
        "hide",
        &[
            "results",
            "<svg onload=window.__pwned=1>",
            "*",
            "all",
            "data:text/html,x",
            "Saved",
        ],
    ),
    (
        "kwh",
        &[
            "<script>window.__pwned=1</script>",
            "1e400",
            "javascript:window.__pwned=1",
            "0.05\"><img src=x onerror=window.__pwned=1>",
            "NaN",
            "-1",
        ],
    ),
    (
        "miner",
        &[
            "../../etc/passwd",
            "<script>window.__pwned=1</script>",
            "data:text/html,<script>window.__pwned=1</script>",
            "antminer-s21\"onmouseover=\"window.__pwned=1",
            "ANTMINER-S21",
            "💥",
        ],
    ),
];

/// Hostile `id` and `host` values, given in the query of plain iframes (embed.js sets
/// both itself); each frame also carries a hostile `theme` and `date`.
const HOSTILE_QUERY: &[[&str; 4]] = &[
    // id, host, theme, date
    [
        "<script>window.__pwned=1</script>",
        "javascript:window.__pwned=1",
        "url(x)",
        "2026-02-30",
    ],
    [
        "a b",
        "data:text/html,<script>window.__pwned=1</script>",
        "\u{1b}[31m",
        "<b>2026</b>",
    ],
    [
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "http://evil.example/path",
        "auto;",
        "9999-99-99",
    ],
    [
        "\"onload=\"x",
        "https://user@evil.example",
        "dark\n",
        "javascript:0",
    ],
];

#[derive(Debug)]
struct FrameReport {
    index: usize,
    clean: bool,
    rendered: bool,
    overflow: bool,
    notice: Vec<String>,
}

#[tokio::test]
async fn hostile_values_are_rejected_and_nothing_runs() {
    let frames = HOSTILE_DATA[0].1.len();
    let (partner_clean, reports) = with_page(async |page: &Page| {
        let mut body = String::new();
        for i in 0..frames {
            let data: Vec<(&str, &str)> =
                HOSTILE_DATA.iter().map(|(k, list)| (*k, list[i])).collect();
            body += &placeholder(&format!("h{i}"), &data);
        }
        for (j, [id, host, theme, date]) in HOSTILE_QUERY.iter().enumerate() {
            let mut q = form_urlencoded::Serializer::new(String::new());
            q.append_pair("embed", "1");
            for (k, v) in [("id", *id), ("host", host), ("theme", theme), ("date", date)] {
                q.append_pair(k, v);
            }
            body += &format!(
                "<iframe id=\"q{j}\" class=\"plain\" src=\"{}\" width=\"100%\" height=\"900\"></iframe>\n",
                attr(&page.site_url(&format!("/?{}", q.finish())))
            );
        }
        let dir = Dir::with(&[(
            "partner.html",
            partner_page(&body, &page.site_url("/embed.js")),
        )]);
        let partner = StaticServer::start(&dir.0)
            .await
            .map_err(|e| Failure(format!("partner server: {e}")))?;
        page.goto(&partner.url("/partner.html")).await?;
        wait_frames(page, frames + HOSTILE_QUERY.len()).await?;
        let mut reports = Vec::new();
        let selectors = (0..frames)
            .map(|i| format!("#h{i} iframe"))
            .chain((0..HOSTILE_QUERY.len()).map(|j| format!("#q{j}")));
        for (index, css) in selectors.enumerate() {
            page.enter_frame(&css).await?;
            page.wait_rendered().await?;
            let overflow = page
                .execute(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;",
                    vec![],
                )
                .await?
                == json!(true);
            reports.push(FrameReport {
                index,
                clean: clean(page).await?,
                rendered: page.exists(&testid_css("profit-per-day")).await?,
                overflow,
                notice: page
                    .texts(&format!("{} li", testid_css("embed-notice")))
                    .await?,
            });
            page.leave_frame().await?;
        }
        Ok((clean(page).await?, reports))
    })
    .await;

    assert!(partner_clean, "a script ran in the partner page");
    let mut rejected = 0;
    for r in &reports {
        assert!(r.clean, "a script ran in frame {r:?}");
        assert!(r.rendered && !r.overflow, "layout broken in frame {r:?}");
        let expected: Vec<&str> = if r.index < frames {
            HOSTILE_DATA.iter().map(|(k, _)| *k).collect()
        } else {
            vec!["id", "host", "theme", "date"]
        };
        for key in expected {
            assert!(
                r.notice
                    .iter()
                    .any(|li| li.starts_with(&format!("{key}: "))),
                "frame {} does not name {key}: {:?}",
                r.index,
                r.notice
            );
            rejected += 1;
        }
    }
    assert!(rejected >= 40, "only {rejected} hostile values checked");
}

/// Sends `message` from the partner page to the frame matching `css`, addressed to
/// `origin`.
async fn post_to(page: &Page, css: &str, message: Value, origin: &str) -> Result<(), Failure> {
    page.execute(
        "document.querySelector(arguments[0]).contentWindow.postMessage(arguments[1], arguments[2]);",
        vec![json!(css), message, json!(origin)],
    )
    .await?;
    Ok(())
}

#[derive(Debug)]
struct Messages {
    units_before: Option<String>,
    after_control: Option<String>,
    after_bad: Option<String>,
    kwh_after: Option<String>,
    notice: Vec<String>,
    b_units: Option<String>,
    plain_units: Option<String>,
    third_sent: bool,
}

#[tokio::test]
async fn only_the_host_page_can_set_the_scenario() {
    let seen = with_page(async |page: &Page| {
        let calculator = page.site_url("/");
        let calculator_origin = calculator.trim_end_matches('/').to_owned();
        // A third origin's page, framed by the partner: it posts to the calculator
        // frames it can reach (parent.frames), with the right ids, then tells the
        // partner it has.
        let third_dir = Dir::with(&[(
            "third.html",
            "<!doctype html><meta charset=\"utf-8\"><script>\
             var ids = decodeURIComponent(location.hash.slice(1)).split(',');\
             for (var i = 0; i < parent.frames.length; i++) for (var k = 0; k < ids.length; k++)\
               parent.frames[i].postMessage({ns:'hashwatt',v:1,type:'set',id:ids[k],query:'n=999'}, '*');\
             parent.postMessage('third-done', '*');\
             </script>"
                .to_owned(),
        )]);
        let third = StaticServer::start(&third_dir.0)
            .await
            .map_err(|e| Failure(format!("third server: {e}")))?;
        let body = placeholder("a", &[("lock", "kwh"), ("kwh", "0.05")])
            + &placeholder("b", &[])
            + &format!(
                "<iframe id=\"plain\" src=\"{}\"></iframe>\n\
                 <script>addEventListener('message', function (e) {{ if (e.data === 'third-done') window.thirdDone = true; }});</script>\n",
                attr(&page.site_url("/?embed=1&id=plain"))
            );
        let dir = Dir::with(&[(
            "partner.html",
            partner_page(&body, &page.site_url("/embed.js")),
        )]);
        let partner = StaticServer::start(&dir.0)
            .await
            .map_err(|e| Failure(format!("partner server: {e}")))?;
        let partner_origin = partner.url("");
        page.goto(&partner.url("/partner.html")).await?;
        wait_frames(page, 3).await?;
        for css in ["#a iframe", "#b iframe", "#plain"] {
            page.enter_frame(css).await?;
            page.wait_rendered().await?;
            page.leave_frame().await?;
        }
        let ids: Vec<String> = serde_json::from_value(
            page.execute(
                "return [...document.querySelectorAll('.hashwatt-embed iframe')].map(f => new URL(f.src).searchParams.get('id'));",
                vec![],
            )
            .await?,
        )
        .map_err(|e| Failure(format!("frame ids: {e}")))?;
        let (id_a, id_b) = (ids[0].clone(), ids[1].clone());
        page.enter_frame("#a iframe").await?;
        let units_before = page.prop(r#"input[name="n"]"#, "value").await?;
        page.leave_frame().await?;

        // Positive control: the partner's own API, from the real parent.
        page.execute(
            "window.hashwatt.set(document.getElementById('a'), 'n=5&kwh=0.5');",
            vec![],
        )
        .await?;
        page.enter_frame("#a iframe").await?;
        let after_control = page
            .poll(
                async || page.prop(r#"input[name="n"]"#, "value").await,
                |v| v.as_deref() == Some("5"),
            )
            .await?;
        let kwh_after = page.prop(r#"input[name="kwh"]"#, "value").await?;
        let notice = page
            .texts(&format!("{} li", testid_css("embed-notice")))
            .await?;
        // A forged event inside the frame: right data, origin and source, but
        // dispatched by a script (not trusted).
        page.execute(
            "window.dispatchEvent(new MessageEvent('message', { data: arguments[0], origin: arguments[1], source: window.parent }));",
            vec![
                json!({"ns": "hashwatt", "v": 1, "type": "set", "id": id_a, "query": "n=11"}),
                json!(partner_origin),
            ],
        )
        .await?;
        page.leave_frame().await?;

        // From the partner: another frame's id, a wrong version, a wrong namespace.
        let set = |id: &str, v: u32, ns: &str, query: &str| {
            json!({"ns": ns, "v": v, "type": "set", "id": id, "query": query})
        };
        post_to(page, "#a iframe", set(&id_b, 1, "hashwatt", "n=21"), &calculator_origin).await?;
        post_to(page, "#a iframe", set(&id_a, 2, "hashwatt", "n=22"), &calculator_origin).await?;
        post_to(page, "#a iframe", set(&id_a, 1, "other", "n=23"), &calculator_origin).await?;
        post_to(page, "#a iframe", json!("n=24"), &calculator_origin).await?;
        // A frame without `host` takes no message, even a well-formed one.
        post_to(page, "#plain", set("plain", 1, "hashwatt", "n=25"), &calculator_origin).await?;
        // The third origin, framed by the partner, posts to every frame.
        page.execute(
            "var f = document.createElement('iframe'); f.src = arguments[0]; document.body.appendChild(f);",
            vec![json!(third.url(&format!("/third.html#{id_a},{id_b},plain")))],
        )
        .await?;
        let third_sent = page
            .poll(
                async || Ok(page.execute("return window.thirdDone === true;", vec![]).await? == json!(true)),
                |done| *done,
            )
            .await?;
        // Then a good message to B: once B shows it, A has had every message above.
        post_to(page, "#b iframe", set(&id_b, 1, "hashwatt", "n=8"), &calculator_origin).await?;
        page.enter_frame("#b iframe").await?;
        let b_units = page
            .poll(
                async || page.prop(r#"input[name="n"]"#, "value").await,
                |v| v.as_deref() == Some("8"),
            )
            .await?;
        page.leave_frame().await?;
        // And a last good one to A, after all the bad ones.
        post_to(page, "#a iframe", set(&id_a, 1, "hashwatt", "pool=3"), &calculator_origin).await?;
        page.enter_frame("#a iframe").await?;
        page.poll(
            async || page.prop(r#"input[name="pool"]"#, "value").await,
            |v| v.as_deref() == Some("3"),
        )
        .await?;
        let after_bad = page.prop(r#"input[name="n"]"#, "value").await?;
        page.leave_frame().await?;
        page.enter_frame("#plain").await?;
        let plain_units = page.prop(r#"input[name="n"]"#, "value").await?;
        page.leave_frame().await?;
        Ok(Messages {
            units_before,
            after_control,
            after_bad,
            kwh_after,
            notice,
            b_units,
            plain_units,
            third_sent,
        })
    })
    .await;

    assert_eq!(seen.units_before.as_deref(), Some("1"), "{seen:?}");
    assert_eq!(
        seen.after_control.as_deref(),
        Some("5"),
        "the host's set did not apply: {seen:?}"
    );
    assert_eq!(
        seen.kwh_after.as_deref(),
        Some("0.05"),
        "a locked key changed: {seen:?}"
    );
    assert!(
        seen.notice
            .iter()
            .any(|li| li.starts_with("kwh: is locked")),
        "the locked key in the message is not named: {seen:?}"
    );
    assert!(seen.third_sent, "{seen:?}");
    assert_eq!(seen.b_units.as_deref(), Some("8"), "{seen:?}");
    assert_eq!(
        seen.after_bad.as_deref(),
        Some("5"),
        "a bad message changed A: {seen:?}"
    );
    assert_eq!(
        seen.plain_units.as_deref(),
        Some("1"),
        "a frame without host took a message: {seen:?}"
    );
}
