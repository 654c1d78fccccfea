//! The HTML a partner copies from the builder: a placeholder with `data-` attributes
//! and the embed.js script tag, or a plain iframe for sites that allow no scripts.
//! Every value is escaped for an attribute; names come from fixed key sets and are
//! filtered anyway.

/// The sandbox both snippets give the frame: scripts (the calculator is WebAssembly),
/// its own origin (localStorage for saved scenarios), popups for "Open in full
/// calculator" outside the sandbox, and downloads (the CSV).
pub const SANDBOX: &str =
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads";

/// The frame's height before its first height message, in CSS pixels.
pub const DEFAULT_HEIGHT_PX: u32 = 900;

/// The frame's accessible name.
pub const FRAME_TITLE: &str = "hashwatt: Bitcoin mining profitability calculator";

/// `text` safe inside a double-quoted HTML attribute (and as text).
pub fn escape_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether `name` can follow `data-` as it is: lower-case letters, digits and `-`.
fn plain_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The placeholder and script tag: `calculator` is the calculator's URL ending in `/`
/// (embed.js is served beside index.html); `pairs` the scenario keys and options.
pub fn script_snippet(calculator: &str, pairs: &[(String, String)]) -> String {
    let attrs: String = pairs
        .iter()
        .filter(|(name, _)| plain_name(name))
        .map(|(name, value)| format!(" data-{name}=\"{}\"", escape_attr(value)))
        .collect();
    format!(
        "<div class=\"hashwatt-embed\"{attrs}></div>\n<script src=\"{}\" defer></script>",
        escape_attr(&format!("{calculator}embed.js"))
    )
}

/// The embed's own page, beside index.html: a copy of it that any site may frame
/// (`scripts/csp.mjs` writes it, and the headers that keep index.html unframed).
pub const EMBED_PAGE: &str = "embed.html";

/// The embed's address for `pairs`: `calculator` + `embed.html?embed=1&...`.
pub fn embed_url(calculator: &str, pairs: &[(String, String)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("embed", "1");
    for (name, value) in pairs {
        query.append_pair(name, value);
    }
    format!("{calculator}{EMBED_PAGE}?{}", query.finish())
}

/// A plain iframe of the embed (no auto-height: it keeps [`DEFAULT_HEIGHT_PX`]).
pub fn iframe_snippet(calculator: &str, pairs: &[(String, String)]) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{FRAME_TITLE}\" width=\"100%\" height=\"{DEFAULT_HEIGHT_PX}\" \
         frameborder=\"0\" sandbox=\"{SANDBOX}\"></iframe>",
        escape_attr(&embed_url(calculator, pairs))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn values_are_escaped_and_odd_names_dropped() {
        let p = pairs(&[
            ("kwh", "0.05"),
            ("credit", r#""><script>alert('x')</script>&"#),
            ("on load", "x"),
            ("Theme", "dark"),
        ]);
        let s = script_snippet("https://calc.example/", &p);
        assert_eq!(
            s,
            "<div class=\"hashwatt-embed\" data-kwh=\"0.05\" \
             data-credit=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;\"></div>\n\
             <script src=\"https://calc.example/embed.js\" defer></script>"
        );
        let f = iframe_snippet("https://calc.example/", &p);
        assert!(f.starts_with(
            "<iframe src=\"https://calc.example/embed.html?embed=1&amp;kwh=0.05&amp;credit=%22%3E%3Cscript%3E"
        ), "{f}");
        assert!(!f.contains("<script"));
    }
}
