//! The saved scenarios' messages: what went wrong reading the store, why an action was
//! refused, and what an action did.

use std::fmt::{self, Display, Formatter};

use crate::saved::{ImportReport, LoadError, News, SavedError, StoreError};

/// A size in bytes as megabytes with one decimal ("2.6 MB"), or kilobytes below 0.1 MB.
struct Size(usize);

impl Display for Size {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        // 1 MB = 1,000,000 bytes, as browsers count storage quotas roughly.
        let bytes = self.0 as f64;
        if bytes >= 100_000.0 {
            write!(f, "{:.1} MB", bytes / 1e6)
        } else {
            write!(f, "{} kB", (bytes / 1e3).ceil())
        }
    }
}

/// `“name”`, in typographic quotes.
struct Quoted<'a>(&'a str);

impl Display for Quoted<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "\u{201c}{}\u{201d}", self.0)
    }
}

impl Display for LoadError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Unreadable => write!(
                f,
                "The saved scenarios in this browser could not be read. They are left as they are, and kept under another name when you next save; or export them to a file, then clear them."
            ),
            LoadError::NewerVersion(v) => write!(
                f,
                "These saved scenarios were written by a newer hashwatt (format {v}): they are shown where readable and left unchanged."
            ),
            LoadError::EntriesKeptAside(1) => {
                write!(f, "1 saved entry could not be read; kept as it is and not shown.")
            }
            LoadError::EntriesKeptAside(n) => write!(
                f,
                "{n} saved entries could not be read; kept as they are and not shown."
            ),
        }
    }
}

impl Display for StoreError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::EmptyName => write!(f, "enter a name"),
            StoreError::NameTooLong { max } => write!(f, "names are at most {max} characters"),
            StoreError::NameTaken(n) => write!(f, "a scenario named {} exists already", Quoted(n)),
            StoreError::BrokenName => write!(
                f,
                "this name has a character that cannot be read (half of a character pair, or U+FFFD): type it again"
            ),
            StoreError::NotFound(n) => write!(f, "no saved scenario named {}", Quoted(n)),
            StoreError::ReadOnly => write!(
                f,
                "the saved scenarios were written by a newer version of hashwatt; they are kept as they are and cannot be changed here"
            ),
            StoreError::NotAnExport => write!(f, "this file is not a hashwatt export"),
            StoreError::NewerExport(v) => write!(
                f,
                "this file was exported by a newer version of hashwatt (format {v}); nothing was imported: open it with that version"
            ),
            StoreError::QueryTooLong { max } => {
                write!(f, "the scenario is longer than {max} characters")
            }
        }
    }
}

impl Display for SavedError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            SavedError::Store(e) => e.fmt(f),
            SavedError::NoStorage => {
                write!(f, "this browser offers no storage here: nothing was saved")
            }
            SavedError::WriteRefused => {
                write!(f, "browser storage is full or blocked: nothing was saved")
            }
            SavedError::NoRoomForUnreadable { bytes } => write!(
                f,
                "nothing was saved: the saved scenarios in this browser could not be read, and there is no room to keep a copy of them ({}) beside new ones. Export them to a file, then clear them, to save again",
                Size(*bytes)
            ),
            SavedError::UnreadableChanged => write!(
                f,
                "the unreadable saved data changed since it was exported (another tab?): nothing was cleared; export it again first"
            ),
            SavedError::DownloadRefused => write!(f, "the browser refused the download"),
            SavedError::FileUnreadable => write!(f, "the file could not be read"),
        }
    }
}

impl Display for News {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            News::Saved(n) => write!(f, "Saved {}.", Quoted(n)),
            News::Renamed(n) => write!(f, "Renamed to {}.", Quoted(n)),
            News::Duplicated(n) => write!(f, "Duplicated as {}.", Quoted(n)),
            News::Deleted(n) => write!(f, "Deleted {}.", Quoted(n)),
            News::Replaced(n) => write!(f, "Replaced {} with the current scenario.", Quoted(n)),
            News::Imported(report) => imported(f, report),
            News::Exported(n) => write!(f, "Exported {n} scenarios."),
            News::ExportedUnreadable { bytes } => write!(
                f,
                "The unreadable data ({}) was offered as a file. Once you have it, you may clear it from this browser.",
                Size(*bytes)
            ),
            News::ClearedUnreadable => write!(
                f,
                "The unreadable data was cleared from this browser; scenarios can be saved again."
            ),
        }
    }
}

/// "Imported 1 new; 1 already here; “B” exists, imported as “B (2)”; 1 unreadable
/// entry skipped."
fn imported(f: &mut Formatter<'_>, r: &ImportReport) -> fmt::Result {
    write!(f, "Imported {} new", r.added)?;
    if r.already_present > 0 {
        write!(f, "; {} already here", r.already_present)?;
    }
    for (from, to) in &r.renamed {
        write!(f, "; {} exists, imported as {}", Quoted(from), Quoted(to))?;
    }
    match r.skipped {
        0 => {}
        1 => write!(f, "; 1 unreadable entry skipped")?,
        n => write!(f, "; {n} unreadable entries skipped")?,
    }
    write!(f, ".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn case(message: impl Display, expected: &str) {
        assert_eq!(message.to_string(), expected);
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        case(
            LoadError::EntriesKeptAside(1),
            "1 saved entry could not be read; kept as it is and not shown.",
        );
        case(
            LoadError::EntriesKeptAside(3),
            "3 saved entries could not be read; kept as they are and not shown.",
        );
        let report = ImportReport {
            added: 1,
            already_present: 2,
            renamed: vec![("B".into(), "B (2)".into())],
            skipped: 1,
        };
        case(
            News::Imported(report),
            "Imported 1 new; 2 already here; \u{201c}B\u{201d} exists, imported as \u{201c}B (2)\u{201d}; 1 unreadable entry skipped.",
        );
        let report = ImportReport {
            skipped: 2,
            ..ImportReport::default()
        };
        case(
            News::Imported(report),
            "Imported 0 new; 2 unreadable entries skipped.",
        );
    }

    #[test]
    fn arguments_fill_the_message() {
        case(
            SavedError::Store(StoreError::NameTaken("Site A".into())),
            "a scenario named \u{201c}Site A\u{201d} exists already",
        );
        case(
            StoreError::NameTooLong { max: 80 },
            "names are at most 80 characters",
        );
        case(
            News::Saved("Site A".into()),
            "Saved \u{201c}Site A\u{201d}.",
        );
        case(News::Exported(2), "Exported 2 scenarios.");
        case(
            StoreError::NewerExport(2),
            "this file was exported by a newer version of hashwatt (format 2); nothing was imported: open it with that version",
        );
    }

    #[test]
    fn an_unreadable_store_too_large_to_keep_aside_says_so_and_its_size() {
        case(
            SavedError::NoRoomForUnreadable { bytes: 2_600_000 },
            "nothing was saved: the saved scenarios in this browser could not be read, and there is no room to keep a copy of them (2.6 MB) beside new ones. Export them to a file, then clear them, to save again",
        );
        case(
            News::ExportedUnreadable { bytes: 12_345 },
            "The unreadable data (13 kB) was offered as a file. Once you have it, you may clear it from this browser.",
        );
        assert!(!SavedError::NoRoomForUnreadable { bytes: 1 }
            .to_string()
            .contains("full"));
    }
}
