//! The mempool API decoders (`hashwatt::live`): any body, and bodies in each endpoint's
//! shape with hostile values, never panic, and whatever `combine` accepts is inside the
//! engine's limits.

use hashwatt::engine::limits::{check, Input};
use hashwatt::live::figures::{combine, Answer, Responses};
use hashwatt::live::response;
use hashwatt::live::Endpoint;
use proptest::prelude::*;
use proptest::sample::select;

use crate::{arbitrary_text, clip, config};

/// A JSON number or something that is almost one.
fn hostile_number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<f64>().prop_map(|v| format!("{v}")),
        any::<i64>().prop_map(|v| v.to_string()),
        any::<u64>().prop_map(|v| v.to_string()),
        select(vec![
            "0",
            "-1",
            "1e40",
            "-0",
            "1e308",
            "1e309",
            "NaN",
            "null",
            "true",
            "\"1\"",
            "\"\"",
            "[]",
            "{}",
            "\"-5\"",
            "1.5",
            "99999999999999999999999",
        ])
        .prop_map(str::to_owned),
    ]
}

/// A body of `endpoint`'s shape with hostile values in its fields.
fn shaped(endpoint: Endpoint) -> BoxedStrategy<String> {
    let n = hostile_number;
    match endpoint {
        Endpoint::Hashrate => n()
            .prop_map(|d| format!(r#"{{"currentDifficulty":{d},"currentHashrate":1e21}}"#))
            .boxed(),
        Endpoint::DifficultyAdjustment => (n(), n(), n())
            .prop_map(|(a, b, c)| {
                format!(r#"{{"remainingBlocks":{a},"estimatedRetargetDate":{b},"difficultyChange":{c},"previousRetarget":null}}"#)
            })
            .boxed(),
        Endpoint::TipHeight => prop_oneof![n(), "[0-9]{1,25}", " ?[0-9]{1,9}\n?"].boxed(),
        Endpoint::Blocks => (n(), n())
            .prop_map(|(h, t)| format!(r#"[{{"height":{h},"timestamp":{t}}},{{"height":978421,"timestamp":{t}}}]"#))
            .boxed(),
        Endpoint::RewardStats => (n(), n(), n())
            .prop_map(|(s, e, f)| format!(r#"{{"startBlock":{s},"endBlock":{e},"totalFee":{f}}}"#))
            .boxed(),
        Endpoint::Prices => (n(), n())
            .prop_map(|(u, e)| format!(r#"{{"time":1,"USD":{u},"EUR":{e},"JPY":-1}}"#))
            .boxed(),
    }
}

fn answers() -> impl Strategy<Value = Responses> {
    let one = |e: Endpoint| {
        prop_oneof![
            3 => shaped(e).prop_map(Answer::Body),
            1 => arbitrary_text().prop_map(Answer::Body),
            1 => any::<u16>().prop_map(Answer::Status),
            1 => Just(Answer::None),
        ]
    };
    Endpoint::ALL.map(one).prop_map(|answers| {
        let mut responses = Responses::default();
        for (endpoint, answer) in Endpoint::ALL.into_iter().zip(answers) {
            responses.set(endpoint, answer);
        }
        responses
    })
}

proptest! {
    #![proptest_config(config(2_000))]

    /// Any text to every decoder: no panic.
    #[test]
    fn any_body_never_panics(text in arbitrary_text(), height in any::<u64>()) {
        let _ = response::difficulty(&text);
        let _ = response::tip_height(&text);
        let _ = response::block_time(&text, height);
        let _ = response::average_fees(&text);
        let _ = response::prices(&text);
        let _ = response::retarget(&text);
    }

    /// Hostile values in the real shapes: whatever is accepted is in range.
    #[test]
    fn accepted_figures_are_within_the_limits(responses in answers()) {
        let (live, problems) = combine(&responses);
        if let Some(live) = live {
            let n = live.network;
            let context = clip(&format!("{responses:?}"));
            prop_assert!(check(Input::Difficulty, n.difficulty.get()).is_ok(), "{}", context);
            prop_assert!(check(Input::Height, n.height as f64).is_ok(), "{}", context);
            prop_assert!(check(Input::TxFees, n.avg_fees_per_block.to_btc().btc()).is_ok(), "{}", context);
            prop_assert!(check(Input::BtcPrice, n.btc_price.amount_per_btc()).is_ok(), "{}", context);
            let date = live.date().to_iso();
            prop_assert!(("2009-01-03"..="2100-12-31").contains(&date.as_str()), "{}", date);
        } else {
            prop_assert!(!problems.is_empty(), "no figures and no reason");
        }
    }
}
