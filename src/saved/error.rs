//! What can go wrong with the store: reading it ([`LoadProblem`]) and changing it
//! ([`StoreError`]).

use super::{MAX_NAME_LEN, MAX_QUERY_LEN};

/// What went wrong reading the stored text. Nothing is lost in any case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// Not a store at all (not JSON, or another shape): left as it is; the first save
    /// keeps a copy aside before writing.
    Unreadable,
    /// Written by a newer hashwatt: shown where readable, never written over.
    NewerVersion(u64),
    /// Some entries could not be read; they are kept and written back unchanged.
    EntriesKeptAside(usize),
}

/// A store operation that was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    EmptyName,
    NameTooLong,
    NameTaken(String),
    NotFound(String),
    /// The store came from a newer version and is read-only here.
    ReadOnly,
    /// An import file that is not a hashwatt export.
    NotAnExport,
    /// A scenario longer than [`MAX_QUERY_LEN`] (no link the page writes is).
    QueryTooLong,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::EmptyName => write!(f, "enter a name"),
            StoreError::NameTooLong => write!(f, "names are at most {MAX_NAME_LEN} characters"),
            StoreError::NameTaken(n) => write!(f, "a scenario named \u{201c}{n}\u{201d} exists already"),
            StoreError::NotFound(n) => write!(f, "no saved scenario named \u{201c}{n}\u{201d}"),
            StoreError::ReadOnly => write!(
                f,
                "the saved scenarios were written by a newer version of hashwatt; they are kept as they are and cannot be changed here"
            ),
            StoreError::NotAnExport => write!(f, "this file is not a hashwatt export"),
            StoreError::QueryTooLong => write!(f, "the scenario is longer than {MAX_QUERY_LEN} characters"),
        }
    }
}

impl std::error::Error for StoreError {}
