//! Messages to the frame: only the host page can set the scenario.

use serde_json::{json, Value};

use super::{attr, placeholder, wait_frames, Dir, Partner};
use crate::support::{testid_css, with_page, Failure, Page, StaticServer};

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
        let partner = Partner::serve(page, &body).await?;
        let partner_origin = partner.server.url("");
        page.goto(&partner.page_url()).await?;
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
