//! What can go wrong with the saved scenarios: reading the store ([`LoadError`]),
//! changing it ([`StoreError`]), and any action in the browser ([`SavedError`]). Their
//! English text is in `text::store`.

/// What went wrong reading the stored text. Nothing is lost in any case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
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
    /// A name longer than `max` characters.
    NameTooLong {
        max: usize,
    },
    NameTaken(String),
    /// A name with a character the page could not read: a lone UTF-16 surrogate, which
    /// the browser hands over as U+FFFD.
    BrokenName,
    NotFound(String),
    /// The store came from a newer version and is read-only here.
    ReadOnly,
    /// An import file that is not a hashwatt export.
    NotAnExport,
    /// An import file written by a newer hashwatt, in this store format version.
    NewerExport(u64),
    /// A scenario longer than `max` bytes (no link the page writes is).
    QueryTooLong {
        max: usize,
    },
}

impl std::error::Error for StoreError {}

/// Why an action on the saved scenarios in the browser changed nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedError {
    /// The store refused the change.
    Store(StoreError),
    /// The browser offers no storage here (disabled, some private modes).
    NoStorage,
    /// The browser refused to write: its storage is full or blocked.
    WriteRefused,
    /// The stored text could not be read, and there is no room to keep a copy of it
    /// (`bytes` long) beside a new store: nothing was written. The way out is to export
    /// it to a file, then clear it.
    NoRoomForUnreadable { bytes: usize },
    /// The unreadable stored text changed after it was exported: not cleared, since the
    /// file does not hold what would be deleted.
    UnreadableChanged,
    /// The browser refused the export's download.
    DownloadRefused,
    /// The file picked for import could not be read as text.
    FileUnreadable,
}

impl From<StoreError> for SavedError {
    fn from(e: StoreError) -> Self {
        SavedError::Store(e)
    }
}

impl std::error::Error for SavedError {}

/// What an action on the saved scenarios did, to tell the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum News {
    /// Saved under this name.
    Saved(String),
    /// Renamed to this name.
    Renamed(String),
    /// Copied under this name.
    Duplicated(String),
    Deleted(String),
    /// The scenario of this name now holds the current one.
    Replaced(String),
    Imported(super::ImportReport),
    /// This many scenarios written to an export file.
    Exported(usize),
    /// The unreadable stored text, `bytes` long, offered as a file.
    ExportedUnreadable {
        bytes: usize,
    },
    /// The unreadable stored text, exported before, was removed from this browser.
    ClearedUnreadable,
}

/// The message after an action: news when it was done, an error when nothing changed.
pub type Status = Result<News, SavedError>;
