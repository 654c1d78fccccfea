//! Every message's English text, made from its id (an error or news variant) and its
//! arguments (the variant's fields): the one place a later issue translates. The
//! types stay in their own layers and carry no text; the edge (a component) shows
//! them through the `Display` given here.

pub mod embed;
pub mod live;
pub mod notes;
pub mod scenario;
pub mod store;
