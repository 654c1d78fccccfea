//! The live network's messages: why figures from the API were not used, and where the
//! figures in use come from.

use std::fmt::{self, Display, Formatter};

use crate::live::Problem;

impl Display for Problem {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotFetched {
                endpoint,
                status: Some(429),
            } => write!(
                f,
                "the network API asked us to slow down (HTTP 429 on {}); trying again later",
                endpoint.path()
            ),
            Problem::NotFetched {
                endpoint,
                status: Some(status),
            } => write!(f, "{} answered HTTP {status}", endpoint.path()),
            Problem::NotFetched {
                endpoint,
                status: None,
            } => write!(
                f,
                "no answer from {} (offline, blocked or too slow)",
                endpoint.path()
            ),
            Problem::TooLarge { endpoint, bytes } => {
                write!(
                    f,
                    "{} sent {bytes} bytes, far more than expected",
                    endpoint.path()
                )
            }
            Problem::Malformed { endpoint } => {
                write!(
                    f,
                    "{} sent something that is not its usual answer",
                    endpoint.path()
                )
            }
            Problem::Missing { endpoint, field } => {
                write!(
                    f,
                    "{} left out {field}, or sent it in the wrong form",
                    endpoint.path()
                )
            }
            Problem::Unavailable { endpoint, field } => {
                write!(f, "{} has no {field} right now", endpoint.path())
            }
            Problem::OutOfRange {
                endpoint,
                field,
                value,
            } => write!(
                f,
                "{} sent {field} = {value}, outside what the calculator accepts",
                endpoint.path()
            ),
            Problem::Inconsistent { endpoint, field } => write!(
                f,
                "{} sent a {field} that does not match the other answers",
                endpoint.path()
            ),
        }
    }
}
