//! Where the network figures in use come from, read from the live status and the
//! fields: the line above the results says it (see `components::network_source`).

use yew::AttrValue;

use super::components::network_source::Source;
use super::live::LiveStatus;
use crate::engine::snapshot::SHIPPED_SNAPSHOT;
use crate::scenario::{Key, Params};

/// Where the network figures in use come from.
pub fn network_source(
    live: &LiveStatus,
    host: &str,
    params: &Params,
    opened: &Params,
    pinned_by_link: bool,
    on_snapshot: bool,
) -> Source {
    let date = || AttrValue::from(params.get(Key::Date).to_owned());
    let host = || AttrValue::from(host.to_owned());
    match live {
        LiveStatus::Ready { live, at_ms, .. }
            if params.on_network(&live.network, &live.date().to_iso()) =>
        {
            return Source::Live {
                host: host(),
                at_ms: *at_ms,
                date: date(),
            };
        }
        LiveStatus::Failed {
            kept: Some((live, at_ms)),
            ..
        } if params.on_network(&live.network, &live.date().to_iso()) => {
            return Source::Kept {
                host: host(),
                at_ms: *at_ms,
                date: date(),
            };
        }
        _ => {}
    }
    if on_snapshot {
        return Source::Snapshot {
            date: AttrValue::Static(SHIPPED_SNAPSHOT.date),
        };
    }
    let as_opened = Params::NETWORK_KEYS
        .iter()
        .all(|&k| params.get(k) == opened.get(k));
    if pinned_by_link && as_opened {
        Source::Pinned { date: date() }
    } else {
        Source::Own { date: date() }
    }
}
