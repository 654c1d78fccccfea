//! Saved scenarios: the store's model and format (`store`), its operations (`edit`), the
//! merge of an import (`import`), one change applied to the stored text as it is at the
//! moment of writing (`change`) and what can go wrong (`error`), pure and tested
//! natively. The browser side (localStorage, files, the lock across tabs) is
//! `app::saved`.
//!
//! Each scenario is kept as its v1 link query, so the link format's promise (the same
//! figures forever) covers saved scenarios too. The store file itself is versioned:
//!
//! ```json
//! {"format":"hashwatt-saved","version":1,"scenarios":[{"name":"Site A","query":"v=1&n=10&...","saved":"2026-11-25T10:00:00Z"}]}
//! ```
//!
//! What cannot be read is never dropped: an entry of the wrong shape is kept aside and
//! written back as it was; a store that is not JSON at all, or from a newer version,
//! is left untouched (see [`Store::writable`]). Fields this version does not know, in an
//! entry or at the top, are written back as they were: a newer version's data survives
//! an older page.

mod change;
mod edit;
mod error;
mod import;
mod store;

pub use change::{Change, Merged, Write};
pub use error::{LoadError, News, SavedError, Status, StoreError};
pub use import::ImportReport;
pub use store::{SavedScenario, Store, FORMAT, MAX_NAME_LEN, MAX_QUERY_LEN, STORE_VERSION};

/// A store with a scenario per name, each `v=1&n=<the name's length>`.
#[cfg(test)]
fn sample(names: &[&str]) -> Store {
    let mut s = Store::default();
    for n in names {
        s.save(n, &format!("v=1&n={}", n.len()), "2026-11-25T00:00:00Z")
            .unwrap();
    }
    s
}
