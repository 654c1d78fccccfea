//! A new visitor starts with machines switched off when they lose money (`off=1`); a
//! link without `off` keeps its v1 meaning (`0`); the page writes `off=1` into its
//! links, so a reload keeps it.

use super::{field, holds, query_pairs, wait_for_address};
use crate::support::{with_page, Page};

#[derive(Debug)]
struct Visits {
    fresh_checked: Option<String>,
    fresh_address: String,
    reloaded_checked: Option<String>,
    link_checked: Option<String>,
    link_address: String,
    link_n: Option<String>,
}

async fn off_checked(page: &Page) -> Result<Option<String>, crate::support::Failure> {
    page.prop(r#"input[name="off"]"#, "checked").await
}

#[tokio::test]
async fn a_new_visitor_switches_off_and_a_link_keeps_its_meaning() {
    let seen = with_page(async |page: &Page| {
        page.open("/").await?;
        let fresh_checked = off_checked(page).await?;
        let fresh_address = wait_for_address(page, &[("off", "1")]).await?;
        page.refresh().await?;
        page.wait_rendered().await?;
        let reloaded_checked = off_checked(page).await?;

        page.open("/?v=1&n=3").await?;
        let link_checked = off_checked(page).await?;
        // The address settles on the link's own scenario (n=3, no `off`).
        let link_address = wait_for_address(page, &[("n", "3")]).await?;
        Ok(Visits {
            fresh_checked,
            fresh_address,
            reloaded_checked,
            link_checked,
            link_address,
            link_n: field(page, "n").await?,
        })
    })
    .await;

    assert_eq!(seen.fresh_checked.as_deref(), Some("true"), "{seen:?}");
    assert!(
        holds(&seen.fresh_address, &[("v", "1"), ("off", "1")]),
        "{seen:?}"
    );
    assert_eq!(seen.reloaded_checked.as_deref(), Some("true"), "{seen:?}");
    assert_eq!(seen.link_checked.as_deref(), Some("false"), "{seen:?}");
    assert!(
        !query_pairs(&seen.link_address).contains_key("off"),
        "{seen:?}"
    );
    assert_eq!(seen.link_n.as_deref(), Some("3"));
}
