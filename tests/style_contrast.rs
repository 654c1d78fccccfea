//! WCAG 2.2 AA contrast of the stylesheet's colours, in each of its four themes (light
//! and dark from the system, and the embed's `data-theme` light and dark): text at
//! 4.5:1 on every background it is drawn on, input borders at 3:1 (1.4.11, a component's
//! boundary). Read from `static/style.css`, so a colour changed there is checked here.
//! A partner's accent replaces `--accent` at run time and is checked where it is set.

use std::collections::HashMap;

const CSS: &str = include_str!("../static/style.css");

/// The stylesheet without its comments (which hold colons and semicolons of their own).
fn uncommented() -> String {
    let mut out = String::new();
    let mut rest = CSS;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

/// Every block of custom properties that sets `--bg`: one theme each, name to `#rrggbb`.
fn themes() -> Vec<HashMap<String, String>> {
    uncommented()
        .split('}')
        .filter(|block| block.contains("--bg:"))
        .map(|block| {
            // The declarations after the block's last `{` (a media query's opens two).
            let body = block.rsplit('{').next().unwrap_or("");
            body.split(';')
                .filter_map(|decl| {
                    let (name, value) = decl.split_once(':')?;
                    let name = name.trim();
                    let value = value.trim();
                    (name.starts_with("--") && value.starts_with('#'))
                        .then(|| (name.to_owned(), value.to_owned()))
                })
                .collect()
        })
        .collect()
}

/// Relative luminance of `#rrggbb` (WCAG 2.2, "relative luminance").
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap()) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

fn ratio(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[track_caller]
fn at_least(theme: &HashMap<String, String>, fg: &str, bgs: &[&str], min: f64) {
    for bg in bgs {
        let (f, b) = (&theme[fg], &theme[*bg]);
        let r = ratio(f, b);
        assert!(
            r >= min,
            "{fg} {f} on {bg} {b}: {r:.2}:1 < {min}:1 (theme with --bg {})",
            theme["--bg"]
        );
    }
}

#[test]
fn every_theme_meets_aa() {
    let themes = themes();
    assert_eq!(
        themes.len(),
        4,
        "light, dark, and the embed's two: {themes:?}"
    );
    let backgrounds = ["--bg", "--panel", "--accent-soft", "--bad-soft"];
    for t in &themes {
        for text in [
            "--text", "--muted", "--accent", "--good", "--bad", "--focus",
        ] {
            at_least(t, text, &backgrounds, 4.5);
        }
        // Text on filled buttons: Save and Copy link on the accent, "Yes, delete" on --bad.
        at_least(t, "--on-accent", &["--accent"], 4.5);
        at_least(t, "--panel", &["--bad"], 4.5);
        // The boundary of an input or select against the page and the panel around it.
        at_least(t, "--field-line", &["--bg", "--panel", "--bad-soft"], 3.0);
    }
}

#[test]
fn the_ratio_is_wcags() {
    // Black on white is 21:1; WCAG's own example pair, #767676 on white, 4.54:1.
    assert!((ratio("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((ratio("#767676", "#ffffff") - 4.54).abs() < 0.01);
}
