//! Embed mode in headless Chromium: the App mounted with `embed=1` and partner options
//! in its query, as index.html mounts it in a partner's frame.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod browser_support;
use browser_support::Mounted;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn credit_is_text_and_never_markup() {
    let page = Mounted::new(
        "embed=1&credit=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E%3Cb%3EKZ%3C%2Fb%3E",
    )
    .await;
    let credit = page
        .find("[data-testid=\"partner-credit\"]")
        .expect("the credit is shown");
    assert_eq!(
        credit.text_content().unwrap(),
        "<script>window.__pwned=1</script><b>KZ</b>"
    );
    assert_eq!(credit.child_element_count(), 0, "no element made from it");
    assert_eq!(page.count("script"), 0);
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
async fn a_locked_field_is_read_only_and_typing_changes_nothing() {
    let page = Mounted::new("embed=1&kwh=0.05&lock=kwh,payout").await;
    let kwh = page.input("kwh");
    assert!(kwh.read_only());
    assert_eq!(kwh.get_attribute("aria-readonly").as_deref(), Some("true"));
    let profit = page.number("profit-per-day");
    page.type_into("kwh", "0.5").await;
    assert_eq!(page.input("kwh").value(), "0.05");
    assert_eq!(page.number("profit-per-day"), profit);
    // A locked select is disabled, and a change to it is ignored too.
    assert!(page.select_of("payout").disabled());
    page.select("payout", "pps").await;
    assert_eq!(page.number("profit-per-day"), profit);
    // Other fields still work.
    page.type_into("n", "2").await;
    assert!((page.number("profit-per-day") - 2.0 * profit).abs() < 1e-9 * profit.abs());
    assert!(!page.input("n").read_only());
}

#[wasm_bindgen_test]
async fn hidden_sections_are_absent_and_the_rest_renders() {
    let page = Mounted::new("embed=1&hide=machine,projection,saved,share").await;
    assert_eq!(page.count("input[name=\"th\"]"), 0);
    assert_eq!(page.count("select[name=\"miner\"]"), 0);
    assert_eq!(page.count("input[name=\"months\"]"), 0);
    assert_eq!(page.count("[data-testid=\"projected-btc\"]"), 0);
    assert_eq!(page.count(".saved"), 0);
    assert_eq!(page.count("[data-testid=\"share-url\"]"), 0);
    assert_eq!(page.count("input[name=\"kwh\"]"), 1);
    assert_eq!(page.count("[data-testid=\"profit-per-day\"]"), 1);
    // The full page's builder is not in an embed.
    assert_eq!(page.count("[data-testid=\"embed-builder\"]"), 0);
}

#[wasm_bindgen_test]
async fn theme_and_accent_apply_and_bad_values_are_named() {
    let page = Mounted::new("embed=1&theme=dark&accent=%230a7&lock=nope&kwh=abc").await;
    let app: HtmlElement = page.find(".app").unwrap().dyn_into().unwrap();
    assert_eq!(app.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(
        app.style().get_property_value("--accent").unwrap(),
        "#00aa77"
    );
    let notice = page.text("[data-testid=\"embed-notice\"]");
    assert!(
        notice.contains("lock: \"nope\" is not a scenario key"),
        "{notice}"
    );
    assert!(notice.contains("kwh: "), "{notice}");
    let link = page.find("[data-testid=\"open-full\"]").unwrap();
    let href = link.get_attribute("href").unwrap();
    assert!(href.starts_with("./?v=1"), "{href}");
    assert!(!href.contains("embed") && !href.contains("theme"), "{href}");
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener"));
    // The full page: no theme, no embed bar.
    let full = Mounted::new("kwh=0.05").await;
    assert_eq!(full.count(".app[data-theme]"), 0);
    assert_eq!(full.count("[data-testid=\"open-full\"]"), 0);
}

#[wasm_bindgen_test]
async fn builder_writes_escaped_snippets_and_a_live_preview() {
    let page = Mounted::new("kwh=0.05").await;
    let details = builder(&page);
    // Closed, the builder builds nothing: no options, no snippet, no preview frame.
    assert!(page.find("#embed-credit").is_none());
    assert_eq!(page.count("[data-testid=\"embed-snippet\"]"), 0);
    assert_eq!(page.count("[data-testid=\"embed-preview\"]"), 0);
    details.set_open(true);
    browser_support::until("the builder's options", || {
        page.find("#embed-credit").is_some()
    })
    .await;
    // Typed (an `input` event, as a keyboard or a paste fires).
    page.type_at("#embed-credit", "<b>\"KZ\" & co</b>").await;
    page.type_at("#embed-lock", "kwh,nope").await;
    let snippet = || snippet(&page);
    let written = snippet();
    assert!(
        written.contains("data-credit=\"&lt;b&gt;&quot;KZ&quot; &amp; co&lt;/b&gt;\""),
        "{written}"
    );
    assert!(written.contains("data-kwh=\"0.05\""), "{written}");
    assert!(written.contains("data-lock=\"kwh,nope\""), "{written}");
    assert!(written.ends_with("embed.js\" defer></script>"), "{written}");
    let problems = page.text("[data-testid=\"embed-builder-problems\"]");
    assert!(problems.contains("lock: \"nope\""), "{problems}");
    // Closing and opening the panel keeps the choices.
    details.set_open(false);
    browser_support::until("the builder to close", || {
        page.find("#embed-credit").is_none()
    })
    .await;
    details.set_open(true);
    browser_support::until("the builder to open again", || {
        page.find("[data-testid=\"embed-snippet\"]").is_some()
    })
    .await;
    assert_eq!(snippet(), written);
    // The preview follows the options once they have settled (the frame reloads).
    let preview_src = || {
        page.find("[data-testid=\"embed-preview\"]")
            .and_then(|f| f.get_attribute("src"))
            .unwrap_or_default()
    };
    browser_support::until("the preview with the credit", || {
        preview_src().contains("credit=%3Cb%3E")
    })
    .await;
    let src = preview_src();
    assert!(
        src.contains("?embed=1&v=1&") && src.contains("lock=kwh%2Cnope"),
        "{src}"
    );
}

#[wasm_bindgen_test]
async fn fleet_site_region_and_presets_hide_and_a_locked_currency_holds() {
    let page = Mounted::new("embed=1&hide=fleet,site,region,presets").await;
    assert_eq!(page.count("[data-testid=\"add-line\"]"), 0);
    assert_eq!(page.count("input[name=\"hfee\"]"), 0);
    assert_eq!(page.count("select[name=\"cur\"]"), 0);
    assert_eq!(page.count(".presets"), 0);
    assert_eq!(page.count("[data-testid=\"profit-per-day\"]"), 1);

    // A locked price: switching the currency would convert it, so the switch is
    // refused whole and the price keeps its meaning.
    let page = Mounted::new("embed=1&kwh=0.05&lock=kwh,sur").await;
    let profit = page.number("profit-per-day");
    assert!(
        page.select_of("cur").disabled(),
        "the currency would convert kwh"
    );
    assert!(
        page.select_of("region").disabled(),
        "a region would set kwh"
    );
    assert!(!page.select_of("miner").disabled(), "no spec is locked");
    page.select("cur", "EUR").await;
    assert_eq!(page.input("kwh").value(), "0.05");
    assert_eq!(page.number("profit-per-day"), profit);
    // Parts of a locked compound key are read-only too (surcharge bands).
    page.click("[data-testid=\"add-band\"]").await;
    assert_eq!(page.count("input[name^=\"sur-\"]"), 0, "a band was added");
}

/// Types `text` into `input` one character at a time, an `input` event each, as a
/// keyboard does.
/// The embed builder's panel (closed until a test opens it).
fn builder(page: &Mounted) -> web_sys::HtmlDetailsElement {
    page.find("[data-testid=\"embed-builder\"]")
        .unwrap()
        .dyn_into()
        .unwrap()
}

/// Opens the builder's panel and waits until its option `option` (a selector) is drawn.
async fn open_builder(page: &Mounted, option: &str) {
    builder(page).set_open(true);
    browser_support::until("the builder's options", || page.find(option).is_some()).await;
}

/// The snippet the builder writes.
fn snippet(page: &Mounted) -> String {
    page.find("[data-testid=\"embed-snippet\"]")
        .unwrap()
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap()
        .value()
}

async fn type_keys(input: &web_sys::HtmlInputElement, text: &str) {
    for c in text.chars() {
        input.set_value(&format!("{}{c}", input.value()));
        browser_support::fire(input, "input");
        yew::scheduler::flush().await;
    }
}

#[wasm_bindgen_test]
async fn builder_fields_keep_what_is_typed_and_the_theme_shows_what_the_snippet_uses() {
    let page = Mounted::new("kwh=0.05").await;
    open_builder(&page, "#embed-credit").await;
    let snippet = || snippet(&page);
    let preview_src = || {
        page.find("[data-testid=\"embed-preview\"]")
            .and_then(|f| f.get_attribute("src"))
            .unwrap_or_default()
    };
    // The theme picker shows the theme the snippet uses: auto, written by leaving
    // `data-theme` out (it showed "dark").
    let theme: web_sys::HtmlSelectElement = page.find("#embed-theme").unwrap().dyn_into().unwrap();
    assert_eq!(theme.value(), "auto");
    assert!(!snippet().contains("data-theme"), "{}", snippet());
    page.select_at("#embed-theme", "dark").await;
    assert!(snippet().contains("data-theme=\"dark\""), "{}", snippet());
    page.select_at("#embed-theme", "auto").await;
    assert_eq!(theme.value(), "auto");
    assert!(!snippet().contains("data-theme"), "{}", snippet());

    // The steps: the credit edited, then "#0a7f5a" typed into the accent while
    // the preview settles on the credit and redraws the panel (it put the accent back
    // to its last committed text, "", and the rest of the typing made "a7f5a").
    let credit = page.input_at("#embed-credit");
    type_keys(&credit, "KZ").await;
    browser_support::fire(&credit, "change");
    let accent = page.input_at("#embed-accent");
    type_keys(&accent, "#0").await;
    browser_support::until("the preview with the credit", || {
        preview_src().contains("credit=KZ")
    })
    .await;
    assert_eq!(accent.value(), "#0");
    type_keys(&accent, "a7f5a").await;
    browser_support::fire(&accent, "change");
    yew::scheduler::flush().await;
    assert_eq!(accent.value(), "#0a7f5a");
    assert_eq!(credit.value(), "KZ");
    let written = snippet();
    assert!(written.contains("data-accent=\"#0a7f5a\""), "{written}");
    assert!(written.contains("data-credit=\"KZ\""), "{written}");
    // Live while typing: the snippet already had the credit before any change event.
    assert_eq!(page.count("[data-testid=\"embed-builder-problems\"]"), 0);
}

#[wasm_bindgen_test]
async fn builder_network_choice_writes_the_figures_or_leaves_them_out() {
    let page = Mounted::new("kwh=0.05&price=50000&date=2025-06-01").await;
    open_builder(&page, "#embed-network").await;
    let snippet = || snippet(&page);
    // Live by default: no network key, no option (an embed without them is live).
    let written = snippet();
    assert!(
        !written.contains("data-price") && !written.contains("data-network"),
        "{written}"
    );
    page.select_at("#embed-network", "pinned").await;
    let written = snippet();
    assert!(
        written.contains("data-price=\"50000\"")
            && written.contains("data-date=\"2025-06-01\"")
            && written.contains("data-network=\"pinned\""),
        "{written}"
    );
    page.select_at("#embed-network", "snapshot").await;
    let written = snippet();
    assert!(
        !written.contains("data-price") && written.contains("data-network=\"snapshot\""),
        "{written}"
    );
    let hint = page.text("#embed-network-hint");
    assert!(hint.contains("contact no API"), "{hint}");
}

#[wasm_bindgen_test]
async fn presets_and_pickers_a_lock_makes_useless_are_disabled_with_the_reason() {
    let page = Mounted::new("embed=1&kwh=0.05&lock=kwh,th").await;
    let preset: web_sys::HtmlButtonElement = page
        .find("[data-preset=\"hosted-7.5c\"]")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(preset.disabled(), "the preset would change kwh");
    assert!(
        preset
            .text_content()
            .unwrap()
            .contains("locked by the site"),
        "{:?}",
        preset.text_content()
    );
    let title = preset.title();
    assert!(
        title.contains("locked by the site") && title.contains("kwh"),
        "{title}"
    );
    let profit = page.number("profit-per-day");
    preset.click();
    yew::scheduler::flush().await;
    assert_eq!(page.input("kwh").value(), "0.05");
    assert_eq!(page.number("profit-per-day"), profit);
    // The pickers whose change a lock would refuse: disabled, with the reason.
    for name in ["miner", "cur", "region"] {
        let select = page.select_of(name);
        assert!(select.disabled(), "{name}");
        assert_eq!(select.title(), "Locked by the site", "{name}");
    }
    assert_eq!(page.input("kwh").title(), "Locked by the site");
    let note = page.text("[data-testid=\"locked-note\"]");
    assert!(note.contains("locked by the site"), "{note}");
    assert!(
        note.contains(hashwatt::scenario::Key::Kwh.label()),
        "{note}"
    );

    // A lock the preset leaves alone: the preset is offered and opens.
    let page = Mounted::new("embed=1&lock=pool").await;
    let preset: web_sys::HtmlButtonElement = page
        .find("[data-preset=\"hosted-7.5c\"]")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(!preset.disabled());
    assert!(!preset.text_content().unwrap().contains("locked"));
    page.click("[data-preset=\"hosted-7.5c\"]").await;
    assert_eq!(page.input("kwh").value(), "0.075");
    // No lock: no note.
    let page = Mounted::new("embed=1").await;
    assert_eq!(page.count("[data-testid=\"locked-note\"]"), 0);
}

#[wasm_bindgen_test]
async fn a_dark_partner_accent_is_lightened_to_read() {
    use hashwatt::embed::contrast::{self, Rgb};
    use hashwatt::embed::options::Accent;
    let page = Mounted::new("embed=1&theme=dark&accent=%230a7f5a").await;
    let app: HtmlElement = page.find(".app").unwrap().dyn_into().unwrap();
    let shown = app.style().get_property_value("--accent").unwrap();
    let partner = Rgb::of(&Accent::parse("#0a7f5a").unwrap());
    assert_eq!(shown, contrast::DARK.readable(partner).to_hex());
    assert_ne!(shown, "#0a7f5a");
    // Light: the same accent already reads, and is kept.
    let page = Mounted::new("embed=1&theme=light&accent=%230a7f5a").await;
    let app: HtmlElement = page.find(".app").unwrap().dyn_into().unwrap();
    assert_eq!(
        app.style().get_property_value("--accent").unwrap(),
        "#0a7f5a"
    );
}

#[wasm_bindgen_test]
async fn an_embed_that_locks_its_network_is_not_offered_an_update() {
    // Pinned figures of another day, one of them locked: comparing is offered, updating
    // is disabled with the reason.
    let query = "embed=1&price=50000&diff=100000000000000&height=900000&txfee=0.02&date=2025-06-01";
    let locked = Mounted::new(&format!("{query}&lock=price")).await;
    let button = locked
        .find("[data-testid=\"update-to-today\"]")
        .expect("the update button, disabled");
    assert!(button.has_attribute("disabled"));
    assert!(locked
        .text("[data-testid=\"update-to-today\"]")
        .contains("locked by the site"));
    assert_eq!(locked.count("[data-testid=\"compare-today-open\"]"), 1);
    let open = Mounted::new(query).await;
    let button = open
        .find("[data-testid=\"update-to-today\"]")
        .expect("the update button");
    assert!(!button.has_attribute("disabled"));
}
