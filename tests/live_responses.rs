//! The mempool API decoders (`hashwatt::live`) against the fixtures in
//! `tests/fixtures/mempool/` and against every hostile body the issue lists: each
//! figure is checked against its hand-computed value, and each bad body against the
//! problem that keeps it out.
#![cfg(not(target_arch = "wasm32"))]

use hashwatt::engine::date::Date;
use hashwatt::live::figures::{combine, Answer, Responses};
use hashwatt::live::response::{self, Problem};
use hashwatt::live::Endpoint;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/mempool/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every endpoint answering with its fixture.
fn all_fixtures() -> Responses {
    let mut responses = Responses::default();
    for endpoint in Endpoint::ALL {
        responses.set(endpoint, Answer::Body(fixture(endpoint.file_name())));
    }
    responses
}

#[test]
fn the_fixtures_give_the_hand_computed_network() {
    let (live, problems) = combine(&all_fixtures());
    let live = live.expect("every fixture is usable");
    // JPY is -1 in the fixture: unavailable, reported, left out.
    assert_eq!(
        problems,
        vec![Problem::Unavailable {
            endpoint: Endpoint::Prices,
            field: "JPY"
        }]
    );
    assert_eq!(live.network.difficulty.get(), 150e12);
    // Tip 978,421: the next block, whose subsidy is earned, is 978,422.
    assert_eq!(live.network.height, 978_422);
    // 345,600,000 sat of fees over 144 blocks = 2,400,000 sat (0.024 BTC) a block.
    assert_eq!(live.network.avg_fees_per_block.to_sat(), 2_400_000);
    assert_eq!(live.network.btc_price.amount_per_btc(), 91_234.0);
    assert_eq!(live.prices.eur, Some(84_512.0));
    assert_eq!(live.prices.jpy, None);
    // 1,796,126,400 s = 20,788 days + 43,200 s: 2026-12-01, 12:00 UTC.
    assert_eq!(live.tip_time_secs, 1_796_126_400);
    assert_eq!(live.date(), Date::from_ymd(2026, 12, 1).unwrap());
    let retarget = live.retarget.expect("the estimate is usable");
    assert_eq!(retarget.remaining_blocks, 1355);
    assert_eq!(retarget.estimated_at_ms, 1_796_930_000_000.0);
    assert_eq!(retarget.change_percent, 1.93);
}

#[test]
fn the_tip_time_dates_the_figures_in_utc() {
    // 23:59:59 on 2026-11-30 is still that day; one second later is the next.
    let body = |secs: i64| format!(r#"[{{"height":10,"timestamp":{secs}}}]"#);
    let day = |secs| {
        let (mut live, _) = combine(&all_fixtures());
        let live = live.as_mut().unwrap();
        live.tip_time_secs = response::block_time(&body(secs), 10).unwrap();
        live.date()
    };
    assert_eq!(day(1_796_083_199), Date::from_ymd(2026, 11, 30).unwrap());
    assert_eq!(day(1_796_083_200), Date::from_ymd(2026, 12, 1).unwrap());
}

/// `combine` with one endpoint's answer replaced: no network, and `problem` reported.
#[track_caller]
fn refused(endpoint: Endpoint, answer: Answer, problem: Problem) {
    let mut responses = all_fixtures();
    responses.set(endpoint, answer);
    let (live, problems) = combine(&responses);
    assert!(
        live.is_none(),
        "{endpoint:?}: live figures from a bad answer"
    );
    assert!(
        problems.contains(&problem),
        "{endpoint:?}: expected {problem:?} in {problems:?}"
    );
}

fn body(text: &str) -> Answer {
    Answer::Body(text.to_owned())
}

#[test]
fn a_difficulty_of_zero_or_1e40_is_refused() {
    let endpoint = Endpoint::Hashrate;
    let field = "currentDifficulty";
    // Zero: the node behind the API is down.
    refused(
        endpoint,
        body(r#"{"currentDifficulty":0,"currentHashrate":0}"#),
        Problem::Unavailable { endpoint, field },
    );
    refused(
        endpoint,
        body(r#"{"currentDifficulty":1e40}"#),
        Problem::OutOfRange {
            endpoint,
            field,
            value: 1e40,
        },
    );
    refused(
        endpoint,
        body(r#"{"currentDifficulty":"150000000000000"}"#),
        Problem::Missing { endpoint, field },
    );
}

#[test]
fn a_negative_or_absurd_height_is_refused() {
    let endpoint = Endpoint::TipHeight;
    refused(endpoint, body("-5"), Problem::Malformed { endpoint });
    refused(endpoint, body("978421.5"), Problem::Malformed { endpoint });
    refused(
        endpoint,
        body("99999999999999999999999"),
        Problem::OutOfRange {
            endpoint,
            field: "height",
            value: u64::MAX as f64 + 1.0,
        },
    );
    // The tip must be among the newest blocks listed, or there is no date for it.
    refused(
        Endpoint::Blocks,
        body(r#"[{"height":978000,"timestamp":1796126400}]"#),
        Problem::Inconsistent {
            endpoint: Endpoint::Blocks,
            field: "height",
        },
    );
}

#[test]
fn a_price_as_a_string_or_minus_one_is_refused() {
    let endpoint = Endpoint::Prices;
    let field = "USD";
    refused(
        endpoint,
        body(r#"{"time":1796126700,"USD":"91234"}"#),
        Problem::Missing { endpoint, field },
    );
    refused(
        endpoint,
        body(r#"{"time":1796126700,"USD":-1,"EUR":84512}"#),
        Problem::Unavailable { endpoint, field },
    );
    refused(
        endpoint,
        body(r#"[91234]"#),
        Problem::Malformed { endpoint },
    );
}

#[test]
fn html_or_a_10_mb_body_is_refused_unread() {
    let html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";
    for endpoint in Endpoint::ALL {
        refused_or_extra(endpoint, body(html), Problem::Malformed { endpoint });
    }
    let huge = format!(
        r#"{{"currentDifficulty":150000000000000,"pad":"{}"}}"#,
        "x".repeat(10 << 20)
    );
    refused(
        Endpoint::Hashrate,
        Answer::Body(huge.clone()),
        Problem::TooLarge {
            endpoint: Endpoint::Hashrate,
            bytes: huge.len(),
        },
    );
}

/// The retarget estimate is an extra: a bad one is reported, the network still used.
#[track_caller]
fn refused_or_extra(endpoint: Endpoint, answer: Answer, problem: Problem) {
    if endpoint == Endpoint::DifficultyAdjustment {
        let mut responses = all_fixtures();
        responses.set(endpoint, answer);
        let (live, problems) = combine(&responses);
        assert!(live.is_some_and(|l| l.retarget.is_none()));
        assert!(problems.contains(&problem), "{problems:?}");
    } else {
        refused(endpoint, answer, problem);
    }
}

#[test]
fn fee_totals_are_strings_or_integers_over_144_blocks() {
    let endpoint = Endpoint::RewardStats;
    let fees = |text: &str| response::average_fees(text).map(|s| s.to_sat());
    // As the API sends them: strings. 345,600,000 / 144 = 2,400,000.
    assert_eq!(fees(&fixture("reward-stats-144.json")), Ok(2_400_000));
    // As numbers, and a range written as end - count (978,421 - 144).
    assert_eq!(
        fees(r#"{"startBlock":978277,"endBlock":978421,"totalFee":345600000}"#),
        Ok(2_400_000)
    );
    // 1 sat over 144 blocks rounds to 0; 100 sat to 1 (0.69 rounds up).
    assert_eq!(
        fees(r#"{"startBlock":1,"endBlock":144,"totalFee":"100"}"#),
        Ok(1)
    );
    // A total over 1,000 blocks divided by 144 would be wrong: refused.
    assert_eq!(
        fees(r#"{"startBlock":1,"endBlock":1000,"totalFee":"100"}"#),
        Err(Problem::Inconsistent {
            endpoint,
            field: "startBlock"
        })
    );
    for bad in [r#""-5""#, r#""1e9""#, r#""""#, "-5", "1.5", "null"] {
        let text = format!(r#"{{"startBlock":1,"endBlock":144,"totalFee":{bad}}}"#);
        assert_eq!(
            fees(&text),
            Err(Problem::Missing {
                endpoint,
                field: "totalFee"
            }),
            "{text}"
        );
    }
    // Over 100 BTC a block: out of the range a person may type.
    let text = r#"{"startBlock":1,"endBlock":144,"totalFee":"1440100000000"}"#;
    assert!(matches!(fees(text), Err(Problem::OutOfRange { .. })));
}

#[test]
fn a_failed_request_names_its_endpoint_and_status() {
    refused(
        Endpoint::Prices,
        Answer::Status(429),
        Problem::NotFetched {
            endpoint: Endpoint::Prices,
            status: Some(429),
        },
    );
    let (live, problems) = combine(&Responses::default());
    assert!(live.is_none());
    // Every endpoint but the block list, which is not read without a tip to find in it.
    let named: Vec<_> = problems
        .iter()
        .map(|p| match p {
            Problem::NotFetched {
                endpoint,
                status: None,
            } => *endpoint,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        named,
        [
            Endpoint::Hashrate,
            Endpoint::DifficultyAdjustment,
            Endpoint::TipHeight,
            Endpoint::RewardStats,
            Endpoint::Prices
        ]
    );
}

#[test]
fn a_null_previous_retarget_is_fine_and_absurd_estimates_are_not_used() {
    let ok = r#"{"difficultyChange":-3.2,"estimatedRetargetDate":1796930000000,"remainingBlocks":2016,"previousRetarget":null,"previousTime":1795706405}"#;
    assert_eq!(response::retarget(ok).unwrap().remaining_blocks, 2016);
    // The date in seconds, not milliseconds, is 1970: refused.
    let seconds = ok.replace("1796930000000", "1796930000");
    assert!(matches!(
        response::retarget(&seconds),
        Err(Problem::OutOfRange {
            field: "estimatedRetargetDate",
            ..
        })
    ));
    let wild = ok.replace("-3.2", "500");
    assert!(response::retarget(&wild).is_err());
}
