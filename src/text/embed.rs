//! The embed's messages: why a partner's option value cannot be used.

use std::fmt::{self, Display, Formatter};

use crate::embed::{OptionError, ValueError};

/// The value and why it cannot be used (`"red" must be a colour written #rgb or
/// #rrggbb`); the option's name is shown apart, by the notice.
impl Display for OptionError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.value, self.why)
    }
}

impl Display for ValueError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            ValueError::TooLong { chars, max } => {
                write!(f, "is {chars} characters long; at most {max} are read")
            }
            ValueError::NotATheme { themes } => {
                write!(f, "must be ")?;
                either(f, themes.iter().map(|t| t.as_str()))
            }
            ValueError::NotAColour => write!(f, "must be a colour written #rgb or #rrggbb"),
            ValueError::NotHexDigits => {
                write!(
                    f,
                    "must be a colour written #rgb or #rrggbb (hex digits only)"
                )
            }
            ValueError::NotAKey => write!(f, "is not a scenario key"),
            ValueError::NotASection { sections } => {
                let names: Vec<&str> = sections.iter().map(|s| s.as_str()).collect();
                write!(f, "is not a section ({})", names.join(", "))
            }
            ValueError::CreditTooLong { chars, max } => {
                write!(f, "is {chars} characters long; at most {max} are shown")
            }
            ValueError::ControlCharacter(c) => write!(
                f,
                "contains the control character {}; one line of plain text is expected",
                c.escape_unicode()
            ),
            ValueError::NotAFrameId { max } => {
                write!(f, "must be 1 to {max} letters, digits, '_' or '-'")
            }
            ValueError::NotAnOrigin => write!(
                f,
                "must be an origin, http(s)://host[:port], as the host page's location.origin"
            ),
            ValueError::NotANetworkChoice { choices } => {
                write!(f, "must be ")?;
                either(f, choices.iter().map(|n| n.as_str()))
            }
            ValueError::NothingToPin => write!(
                f,
                "needs network keys to pin (price, diff, height, txfee, date)"
            ),
            ValueError::FiguresGiven => write!(
                f,
                "does not go with the network keys given, which pin the figures"
            ),
        }
    }
}

/// `a, b or c`: the names, the last after "or".
fn either<'a>(f: &mut Formatter<'_>, names: impl ExactSizeIterator<Item = &'a str>) -> fmt::Result {
    let last = names.len().saturating_sub(1);
    for (i, name) in names.enumerate() {
        let before = match i {
            0 => "",
            i if i == last => " or ",
            _ => ", ",
        };
        write!(f, "{before}{name}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::embed::options::EmbedOptions;

    /// The notice's text for the one value `query` gives, as `key: reason`.
    #[track_caller]
    fn case(query: &str, expected: &str) {
        let (_, rejected) = EmbedOptions::from_query(query);
        let shown: Vec<String> = rejected.iter().map(|r| format!("{}: {r}", r.key)).collect();
        assert_eq!(shown, [expected], "{query}");
    }

    #[test]
    fn each_message_names_the_value_and_its_arguments() {
        case("theme=red", r#"theme: "red" must be light, dark or auto"#);
        case(
            "accent=red",
            r##"accent: "red" must be a colour written #rgb or #rrggbb"##,
        );
        case(
            "accent=%231234",
            r##"accent: "#1234" must be a colour written #rgb or #rrggbb (hex digits only)"##,
        );
        case("lock=kwh,nope", r#"lock: "nope" is not a scenario key"#);
        case(
            "hide=results",
            r#"hide: "results" is not a section (machine, operation, network, projection, share, saved, fleet, site, region, presets)"#,
        );
        case(
            "credit=a%0Ab",
            r#"credit: "a\nb" contains the control character \u{a}; one line of plain text is expected"#,
        );
        case(
            &format!("credit={}", "x".repeat(81)),
            r#"credit: "xxxxxxxxxxxxxxxxxxxxxxxx…" is 81 characters long; at most 80 are shown"#,
        );
        case(
            "id=a%20b",
            r#"id: "a b" must be 1 to 32 letters, digits, '_' or '-'"#,
        );
        case(
            "host=null",
            r#"host: "null" must be an origin, http(s)://host[:port], as the host page's location.origin"#,
        );
        case(
            &format!("theme={}", "x".repeat(513)),
            r#"theme: "xxxxxxxxxxxxxxxxxxxxxxxx…" is 513 characters long; at most 512 are read"#,
        );
        case(
            "network=today",
            r#"network: "today" must be live, snapshot or pinned"#,
        );
        case(
            "network=pinned&kwh=0.05",
            r#"network: "pinned" needs network keys to pin (price, diff, height, txfee, date)"#,
        );
        case(
            "network=snapshot&price=50000",
            r#"network: "snapshot" does not go with the network keys given, which pin the figures"#,
        );
    }
}
