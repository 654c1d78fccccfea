#![cfg(not(target_arch = "wasm32"))]
//! The partner's options against hostile values: every value below is rejected with a
//! message naming its key, nothing panics, and a rejected option keeps its default. The
//! same values, through real attributes and frames, are in tests/e2e/embed/.

use hashwatt::embed::options::{
    Accent, Credit, EmbedOptions, FrameId, HostOrigin, RawOptions, MAX_CREDIT_CHARS,
};
use hashwatt::embed::{snippet, Embed, NetworkFigures, Section, Theme};
use hashwatt::scenario::{Key, Params};

/// (option, hostile value): each must be rejected.
const HOSTILE: &[(&str, &str)] = &[
    ("theme", "<script>window.__pwned=1</script>"),
    ("theme", "dark;background:url(javascript:alert(1))"),
    ("theme", "javascript:alert(1)"),
    ("theme", "\" onload=\"alert(1)"),
    ("theme", "DARK"),
    ("theme", " dark"),
    ("theme", "light\u{0}"),
    ("accent", "red"),
    ("accent", "#fff;background:url(javascript:alert(1))"),
    ("accent", "#fff}body{display:none}"),
    ("accent", "expression(alert(1))"),
    ("accent", "url(javascript:alert(1))"),
    ("accent", "var(--x)"),
    ("accent", "rgb(0,0,0)"),
    ("accent", "#12345g"),
    ("accent", "#1234"),
    ("accent", "#"),
    ("accent", "#ＦＦＦ"),
    ("accent", "</style><script>alert(1)</script>"),
    ("accent", "data:text/css,body{}"),
    ("lock", "<script>alert(1)</script>"),
    ("lock", "__proto__"),
    ("lock", "constructor"),
    ("lock", "kwh;n"),
    ("lock", "*"),
    ("lock", "KWH"),
    ("hide", "results"),
    ("hide", "<img src=x onerror=alert(1)>"),
    ("hide", "*"),
    ("hide", "Saved"),
    ("credit", "line one\nline two"),
    ("credit", "\u{202e}reversed"),
    ("credit", "isolate\u{2066}x"),
    ("credit", "tab\there"),
    ("credit", "bell\u{7}"),
    ("credit", "nul\u{0}"),
    ("id", "<script>alert(1)</script>"),
    ("id", "a b"),
    ("id", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ("id", "\"onload=\"x"),
    ("id", ""),
    ("id", "ｉｄ"),
    ("host", "javascript:alert(1)"),
    ("host", "data:text/html,<script>alert(1)</script>"),
    ("host", "http://evil.example/path"),
    ("host", "https://user@evil.example"),
    ("host", "http://EVIL.example"),
    ("host", "null"),
    ("host", "*"),
    ("host", "http://127.0.0.1:99999"),
    ("host", "http://127.0.0.1:"),
    ("host", "http://127.0.0.1:080"),
    ("host", "http://evil.example/"),
    ("host", "ftp://evil.example"),
    ("host", "http://[::1"),
    ("host", "http://ex ample.com"),
    ("host", "http://.evil.example"),
    ("host", "http://exa\u{0}mple.com"),
    ("network", "Live"),
    ("network", "today"),
    ("network", "pinned"),
    ("network", " live"),
    ("network", "<script>alert(1)</script>"),
];

#[track_caller]
fn case(key: &str, value: &str) {
    let mut q = form_urlencoded::Serializer::new(String::new());
    q.append_pair("embed", "1").append_pair(key, value);
    let query = q.finish();
    let embed = Embed::from_page_query(&query).expect("embed=1 is embed mode");
    assert_eq!(
        embed.options,
        EmbedOptions::default(),
        "{key}={value:?} was taken"
    );
    assert!(
        embed.rejected.iter().any(|r| r.key == key),
        "{key}={value:?} not rejected: {:?}",
        embed.rejected
    );
    for r in &embed.rejected {
        // The reason quotes a short, escaped value: no raw control or markup survives
        // unquoted, and it stays one line.
        let reason = r.to_string();
        assert!(reason.chars().count() < 200, "{r:?}");
        assert!(!reason.chars().any(char::is_control), "{r:?}");
    }
}

#[test]
fn every_hostile_value_is_rejected_by_name() {
    assert!(HOSTILE.len() >= 40);
    for (key, value) in HOSTILE {
        case(key, value);
    }
}

#[test]
fn huge_values_are_rejected_without_quoting_them_whole() {
    for key in RawOptions::NAMES {
        for value in ["x".repeat(100_000), "💥".repeat(5_000)] {
            case(key, &value);
        }
    }
}

#[test]
fn hostile_scenario_keys_keep_their_defaults() {
    let defaults = Params::default();
    for (key, value) in [
        (Key::Kwh, "<script>alert(1)</script>"),
        (Key::Kwh, "1e400"),
        (Key::N, "javascript:alert(1)"),
        (Key::Miner, "../../etc/passwd"),
        (Key::Date, "2026-02-30"),
        (Key::Cur, "XSS"),
        (Key::Price, "NaN"),
    ] {
        let query = format!("embed=1&{}={}", key.as_str(), urlencode(value));
        let (params, rejected) = Params::from_query(&query);
        assert_eq!(params.get(key), defaults.get(key), "{query}");
        assert!(rejected.iter().any(|r| r.key == key.as_str()), "{query}");
    }
}

fn urlencode(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

#[test]
fn safe_text_is_kept_verbatim_and_markup_stays_text() {
    let markup = "<b>Power by</b> KZ & \"co\" <script>x</script>";
    let (o, rejected) = EmbedOptions::from_query(&format!("credit={}", urlencode(markup)));
    assert!(rejected.is_empty());
    assert_eq!(
        o.credit.map(|c| c.as_str().to_owned()).as_deref(),
        Some(markup)
    );
    let longest = "é".repeat(MAX_CREDIT_CHARS);
    let (o, rejected) = EmbedOptions::from_query(&format!("credit={}", urlencode(&longest)));
    assert!(rejected.is_empty() && o.credit.is_some());
    // In a snippet, the same text is escaped for its attribute.
    let s = snippet::script_snippet("https://c.example/", &[("credit".into(), markup.into())]);
    assert!(s.contains("data-credit=\"&lt;b&gt;Power by&lt;/b&gt; KZ &amp; &quot;co&quot; &lt;script&gt;x&lt;/script&gt;\""), "{s}");
}

#[test]
fn good_options_together() {
    let (o, rejected) = EmbedOptions::from_query(
        "embed=1&theme=light&accent=%230A7&lock=kwh,hfee&hide=saved,network&credit=KZ%20Energy&id=hw1&host=https://partner.example",
    );
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(o.theme, Theme::Light);
    assert_eq!(
        o.accent.map(|a| a.as_str().to_owned()).as_deref(),
        Some("#00aa77")
    );
    assert_eq!(o.locked, [Key::Kwh, Key::Hfee]);
    assert_eq!(o.hidden, [Section::Saved, Section::Network]);
    assert_eq!(
        o.host.map(|h| h.as_str().to_owned()).as_deref(),
        Some("https://partner.example")
    );
}

// The options read one by one (moved from src/embed/options.rs).

#[track_caller]
fn options_case(query: &str, check: impl Fn(&EmbedOptions), rejected_keys: &[&str]) {
    let (options, rejected) = EmbedOptions::from_query(query);
    check(&options);
    let keys: Vec<&str> = rejected.iter().map(|r| r.key).collect();
    assert_eq!(keys, rejected_keys, "{query}: {rejected:?}");
}

#[test]
fn valid_options_are_read() {
    options_case("theme=dark", |o| assert_eq!(o.theme, Theme::Dark), &[]);
    options_case("", |o| assert_eq!(o, &EmbedOptions::default()), &[]);
    options_case(
        "accent=%23ABC",
        |o| assert_eq!(o.accent.as_ref().map(Accent::as_str), Some("#aabbcc")),
        &[],
    );
    options_case(
        "lock=kwh,%20hfee,kwh",
        |o| assert_eq!(o.locked, [Key::Kwh, Key::Hfee]),
        &[],
    );
    options_case(
        "hide=saved,share",
        |o| assert_eq!(o.hidden, [Section::Saved, Section::Share]),
        &[],
    );
    options_case(
        "credit=%20Power%20by%20%3CKZ%20Energy%3E%20",
        |o| {
            assert_eq!(
                o.credit.as_ref().map(Credit::as_str),
                Some("Power by <KZ Energy>")
            )
        },
        &[],
    );
    options_case(
        "id=hw-1_a&host=http://127.0.0.1:8080",
        |o| {
            assert_eq!(o.id.as_ref().map(FrameId::as_str), Some("hw-1_a"));
            assert_eq!(
                o.host.as_ref().map(HostOrigin::as_str),
                Some("http://127.0.0.1:8080")
            );
        },
        &[],
    );
    options_case("host=https://[::1]:443", |o| assert!(o.host.is_some()), &[]);
    // A rejected value keeps the option's default; the others still count.
    options_case(
        "theme=red&lock=kwh,nope&hide=machine",
        |o| {
            assert_eq!(o.theme, Theme::Auto);
            assert_eq!(o.locked, [Key::Kwh]);
            assert_eq!(o.hidden, [Section::Machine]);
        },
        &["theme", "lock"],
    );
}

#[test]
fn embed_mode_needs_embed_1() {
    assert!(Embed::from_page_query("?embed=1&kwh=0.05").is_some());
    assert!(Embed::from_page_query("?embed=0").is_none());
    assert!(Embed::from_page_query("?embed=1&embed=2").is_none());
    assert!(Embed::from_page_query("").is_none());
}

#[test]
fn quotes_are_short_and_escaped() {
    let (_, rejected) = EmbedOptions::from_query("theme=%0A%E2%80%AEevil%22");
    let reason = rejected[0].to_string();
    assert!(reason.starts_with(r#""\n\u{202e}evil\"""#), "{reason}");
    let (_, rejected) = EmbedOptions::from_query(&format!("credit={}", "x".repeat(100)));
    let reason = rejected[0].to_string();
    assert!(reason.contains('…'));
    assert!(reason.chars().count() < 120);
}

#[test]
fn an_embed_never_shows_the_saved_scenarios() {
    let (options, rejected) = EmbedOptions::from_query("embed=1");
    assert!(rejected.is_empty());
    assert!(!options.shows(Section::Saved));
    assert!(options.shows(Section::Share));
    // `hide=saved` is still read, for the snippets that give it.
    let (options, rejected) = EmbedOptions::from_query("hide=saved");
    assert!(rejected.is_empty());
    assert!(!options.shows(Section::Saved));
}

/// (query, where the figures come from, whether `network` is rejected).
#[track_caller]
fn network_case(query: &str, figures: NetworkFigures, rejected: bool) {
    let (o, errors) = EmbedOptions::from_query(query);
    assert_eq!(o.figures(query), figures, "{query}");
    assert_eq!(
        errors.iter().any(|e| e.key == "network"),
        rejected,
        "{query}: {errors:?}"
    );
}

#[test]
fn network_figures_are_chosen_and_checked_against_the_network_keys() {
    use NetworkFigures::{Live, Pinned, Snapshot};
    // Absent: live, or pinned when the snippet gives figures (as before the option).
    network_case("embed=1", Live, false);
    network_case("embed=1&kwh=0.05", Live, false);
    network_case("embed=1&price=50000", Pinned, false);
    network_case("embed=1&date=2025-06-01", Pinned, false);
    // Chosen.
    network_case("embed=1&network=live", Live, false);
    network_case("embed=1&network=snapshot", Snapshot, false);
    network_case(
        "embed=1&network=pinned&price=50000&diff=100000000000000&height=900000&txfee=0.01&date=2025-06-01",
        Pinned,
        false,
    );
    // A choice the keys contradict is rejected, and the absent meaning holds.
    network_case("embed=1&network=pinned", Live, true);
    network_case("embed=1&network=snapshot&price=50000", Pinned, true);
    network_case("embed=1&network=live&diff=100000000000000", Pinned, true);
    network_case("embed=1&network=LIVE", Live, true);
    // The last of a repeated option counts.
    network_case("embed=1&network=live&network=snapshot", Snapshot, false);
}
