//! Two embeds on one partner page: they render, resize to their content and stay
//! independent.

use super::{
    clean, content_height, frame_heights, look, placeholder, wait_frames, Partner, Seen,
    DEFAULT_HEIGHT,
};
use crate::support::{with_page, Page};

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
        // On the shipped snapshot: nothing is fetched, so no answer (or failure) of the
        // network API comes to change the heights measured here.
        let body = placeholder(
            "a",
            &[
                ("network", "snapshot"),
                ("kwh", "0.05"),
                ("lock", "kwh"),
                ("credit", credit),
                ("theme", "dark"),
                ("accent", "#0a7"),
                ("hide", "saved,share"),
            ],
        ) + &placeholder(
            "b",
            &[("network", "snapshot"), ("n", "3"), ("theme", "light")],
        );
        let partner = Partner::serve(page, &body).await?;
        page.goto(&partner.page_url()).await?;
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
        // The content may still change after the frames first move (the notice that
        // live figures failed): both are read again on each poll, until each frame is
        // as tall as its content.
        let (heights, content) = page
            .poll(
                async || {
                    let mut content = Vec::new();
                    for css in ["#a iframe", "#b iframe"] {
                        page.enter_frame(css).await?;
                        content.push(content_height(page).await?);
                        page.leave_frame().await?;
                    }
                    Ok((
                        frame_heights(page, ".hashwatt-embed iframe").await?,
                        content,
                    ))
                },
                |(h, content)| {
                    h.len() == 2 && h.iter().zip(content).all(|(h, c)| (h - c).abs() <= 2.0)
                },
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
    assert!(
        !a.has_saved && !b.has_saved,
        "an embed never shows saved scenarios, hidden (A) or not (B)"
    );
}
