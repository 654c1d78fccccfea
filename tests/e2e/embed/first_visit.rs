//! An embed is a new visitor: without `data-off` it switches machines off when they lose
//! money, as a fresh page does; `data-off="0"` keeps them running.

use super::{placeholder, wait_frames, Partner};
use crate::support::{with_page, Page};

#[tokio::test]
async fn an_embed_starts_where_a_fresh_page_starts_unless_its_snippet_sets_the_key() {
    let seen = with_page(async |page: &Page| {
        let body = placeholder("a", &[("kwh", "0.05")]) + &placeholder("b", &[("off", "0")]);
        let partner = Partner::serve(page, &body).await?;
        page.goto(&partner.page_url()).await?;
        wait_frames(page, 2).await?;
        let mut seen = Vec::new();
        for css in ["#a iframe", "#b iframe"] {
            page.enter_frame(css).await?;
            page.wait_rendered().await?;
            seen.push((
                page.prop(r#"input[name="off"]"#, "checked").await?,
                page.prop(r#"input[name="kwh"]"#, "value").await?,
            ));
            page.leave_frame().await?;
        }
        Ok(seen)
    })
    .await;

    let [a, b] = &seen[..] else {
        panic!("two frames: {seen:?}");
    };
    assert_eq!(
        (a.0.as_deref(), a.1.as_deref()),
        (Some("true"), Some("0.05")),
        "the snippet's kwh, and off=1 as on a fresh page"
    );
    assert_eq!(
        b.0.as_deref(),
        Some("false"),
        "data-off=\"0\" keeps machines running"
    );
}
