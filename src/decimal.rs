//! Decimal text to `f64`, read exactly as `str::parse::<f64>` reads it, by a smaller
//! parser. Every `f64` the crate reads from text (links, typed fields, surcharge bands,
//! the kept live figures, the numbers in the API's answers) goes through [`parse_f64`];
//! the saved store's JSON is read by serde_json, in the on-demand module.
//!
//! Why not `str::parse`: core's parser carries a table of 128-bit powers of five (10 KB,
//! for the Eisel-Lemire fast path) and a big-decimal slow path, which made 14.5 KB of
//! the page's gzipped WebAssembly. lexical-parse-float built `compact` reads the same
//! grammar, correctly rounded, with small tables and a big-integer fallback, for 4.2 KB
//! (docs/toolchain.md, "Where the bytes go"). `tests/decimal.rs` checks that both give
//! the same answer, bit for bit, over generated and hostile texts.

use lexical_parse_float::FromLexical;

/// The value of `text` as `text.parse::<f64>().ok()` gives it: `None` for a text that is
/// not a number in Rust's grammar (digits with an optional sign, point and exponent; also
/// `inf`, `infinity` and `nan`, in any case, which callers reading amounts refuse).
pub fn parse_f64(text: &str) -> Option<f64> {
    f64::from_lexical(text.as_bytes()).ok()
}
