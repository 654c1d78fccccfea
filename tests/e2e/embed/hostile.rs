//! Hostile option values, through embed.js and through plain iframes: each is rejected
//! and no injected script runs.

use serde_json::json;

use super::{attr, clean, placeholder, wait_frames, Partner};
use crate::support::{testid_css, with_page, Page};

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
        let partner = Partner::serve(page, &body).await?;
        page.goto(&partner.page_url()).await?;
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
