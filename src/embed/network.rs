//! Where an embed's network figures come from (the `network` option): today's live
//! figures, the snapshot this version ships, or the figures the snippet pins. The
//! option is checked against the snippet's network keys: figures a snippet gives are
//! pinned, and `pinned` needs figures to pin.

use super::ValueError;

/// The source of an embed's network figures (price, difficulty, height, fees, date).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkFigures {
    /// Fetched from the deployment's API when the frame opens, as on a fresh page; the
    /// shipped snapshot until they arrive or when they cannot be had. The only choice
    /// under which a visitor's browser contacts the API.
    Live,
    /// The snapshot this version of hashwatt ships (a later version ships a newer one);
    /// nothing is fetched.
    Snapshot,
    /// The snippet's own network keys, kept forever; nothing is fetched.
    Pinned,
}

impl NetworkFigures {
    pub const ALL: [NetworkFigures; 3] = [
        NetworkFigures::Live,
        NetworkFigures::Snapshot,
        NetworkFigures::Pinned,
    ];

    /// The option's value.
    pub const fn as_str(self) -> &'static str {
        match self {
            NetworkFigures::Live => "live",
            NetworkFigures::Snapshot => "snapshot",
            NetworkFigures::Pinned => "pinned",
        }
    }

    pub fn from_name(name: &str) -> Option<NetworkFigures> {
        NetworkFigures::ALL.into_iter().find(|n| n.as_str() == name)
    }

    /// What an embed takes when the option is absent (or rejected): the snippet's
    /// figures when it gives any (`keys_given`), else live ones.
    pub const fn default_for(keys_given: bool) -> NetworkFigures {
        if keys_given {
            NetworkFigures::Pinned
        } else {
            NetworkFigures::Live
        }
    }

    /// Whether the choice fits a snippet that gives network keys (`keys_given`) or not:
    /// given figures are pinned figures, and pinning needs figures.
    pub fn check(self, keys_given: bool) -> Result<NetworkFigures, ValueError> {
        match (self, keys_given) {
            (NetworkFigures::Pinned, false) => Err(ValueError::NothingToPin),
            (NetworkFigures::Live | NetworkFigures::Snapshot, true) => {
                Err(ValueError::FiguresGiven)
            }
            _ => Ok(self),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn case(choice: NetworkFigures, keys_given: bool, ok: bool) {
        assert_eq!(
            choice.check(keys_given).is_ok(),
            ok,
            "{choice:?} {keys_given}"
        );
    }

    #[test]
    fn only_pinned_goes_with_network_keys() {
        case(NetworkFigures::Live, false, true);
        case(NetworkFigures::Snapshot, false, true);
        case(NetworkFigures::Pinned, true, true);
        case(NetworkFigures::Live, true, false);
        case(NetworkFigures::Snapshot, true, false);
        case(NetworkFigures::Pinned, false, false);
        assert_eq!(NetworkFigures::default_for(true), NetworkFigures::Pinned);
        assert_eq!(NetworkFigures::default_for(false), NetworkFigures::Live);
        for n in NetworkFigures::ALL {
            assert_eq!(NetworkFigures::from_name(n.as_str()), Some(n));
        }
        assert_eq!(NetworkFigures::from_name("Live"), None);
    }
}
