//! Back and Forward restore their scenario.

use serde_json::Value;

use super::{assert_same_values, field, holds, number, wait_for_address, wait_for_values, Values};
use crate::support::{with_page, Failure, Page};

#[derive(Debug)]
struct Travel {
    four: Values,
    typed_address: String,
    history_before_pick: Value,
    picked_address: String,
    history_after_pick: Value,
    picked_values: Values,
    back_fields: Vec<Option<String>>,
    back_values: Values,
    back_address: String,
    forward_fields: Vec<Option<String>>,
    forward_values: Values,
    forward_address: String,
}

/// miner, th, w, n as the fields show them.
async fn machine_fields(page: &Page) -> Result<Vec<Option<String>>, Failure> {
    let mut fields = Vec::new();
    for key in ["miner", "th", "w", "n"] {
        fields.push(field(page, key).await?);
    }
    Ok(fields)
}

/// Whether the scenario's numbers (th, w, n) are back: the Model field, rendered in the
/// same pass, is then asserted on its own.
fn restored(fields: &[Option<String>], expected: &[Option<String>]) -> bool {
    fields.get(1..) == expected.get(1..)
}

fn strings(expected: [&str; 4]) -> Vec<Option<String>> {
    expected.iter().map(|s| Some((*s).to_owned())).collect()
}

#[tokio::test]
async fn back_and_forward_restore_their_scenario() {
    let s21 = strings(["antminer-s21", "200", "3500", "4"]);
    let s9 = strings(["antminer-s9", "13.5", "1323", "4"]);
    let seen = with_page(async |page: &Page| {
        page.open("/?v=1&n=4").await?;
        let four = page.values().await?;
        page.open("/?v=1").await?;
        page.type_into("n", "4").await?;
        let typed_address = wait_for_address(page, &[("n", "4")]).await?;
        let history_before_pick = page.execute("return history.length;", Vec::new()).await?;
        page.select("miner", "antminer-s9").await?;
        let picked_address =
            wait_for_address(page, &[("miner", "antminer-s9"), ("n", "4")]).await?;
        let history_after_pick = page.execute("return history.length;", Vec::new()).await?;
        let picked_values = page.values().await?;

        page.back().await?;
        let back_fields = page
            .poll(async || machine_fields(page).await, |f| restored(f, &s21))
            .await?;
        let back_values = wait_for_values(page, &four).await?;
        let back_address = page.location_search().await?;

        page.forward().await?;
        let forward_fields = page
            .poll(async || machine_fields(page).await, |f| restored(f, &s9))
            .await?;
        let forward_values = wait_for_values(page, &picked_values).await?;
        let forward_address = page.location_search().await?;
        Ok(Travel {
            four,
            typed_address,
            history_before_pick,
            picked_address,
            history_after_pick,
            picked_values,
            back_fields,
            back_values,
            back_address,
            forward_fields,
            forward_values,
            forward_address,
        })
    })
    .await;

    assert!(
        holds(
            &seen.typed_address,
            &[("n", "4"), ("miner", "antminer-s21")]
        ),
        "the address bar after typing n=4: {:?}",
        seen.typed_address
    );
    assert!(
        holds(
            &seen.picked_address,
            &[("miner", "antminer-s9"), ("th", "13.5"), ("n", "4")]
        ),
        "the address bar after picking the S9: {:?}",
        seen.picked_address
    );
    let (before, after) = (
        seen.history_before_pick.as_u64(),
        seen.history_after_pick.as_u64(),
    );
    assert!(
        before.is_some() && after == before.map(|b| b + 1),
        "picking a machine should add one history entry: history.length {before:?} -> {after:?}"
    );
    assert_eq!(seen.back_fields, s21, "miner, th, w, n after Back");
    assert_same_values(
        &seen.back_values,
        &seen.four,
        "after Back (the figures of /?v=1&n=4)",
    );
    assert!(
        holds(&seen.back_address, &[("miner", "antminer-s21"), ("n", "4")]),
        "the address bar after Back: {:?}",
        seen.back_address
    );
    assert!(
        holds(
            &seen.forward_address,
            &[("miner", "antminer-s9"), ("n", "4")]
        ),
        "the address bar after Forward: {:?}",
        seen.forward_address
    );
    assert_ne!(
        number(&seen.picked_values, "efficiency"),
        number(&seen.four, "efficiency"),
        "the S9's figures should differ from the S21's"
    );
    assert_same_values(
        &seen.forward_values,
        &seen.picked_values,
        "after Forward (the figures of the S9 entry)",
    );
    assert_eq!(
        seen.forward_fields, s9,
        "miner, th, w, n after Forward: the Model field should show the S9 as the \
         address bar and the specs do"
    );
}
