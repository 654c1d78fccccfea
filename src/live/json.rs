//! The API's answers read as JSON (RFC 8259), strictly, into a [`Json`] value.
//!
//! Why not serde_json, which the saved store uses: in the page's module it was the only
//! user of serde_json, and reading a `serde_json::Value` (with the exact number reading
//! the store needs) made 17.7 KB of the first visit's gzipped WebAssembly; this reader is
//! about 3 KB (docs/toolchain.md, "Where the bytes go"). It reads what serde_json reads
//! and refuses what it refuses: `tests/live_json.rs` checks both on the same texts, the
//! recorded answers, hostile bodies and generated ones.
//!
//! What that means: whitespace is space, tab, line feed and carriage return; numbers have
//! no leading zeros, `+`, bare point or infinite value; strings hold no raw control
//! character and no lone surrogate escape; nesting stops at [`MAX_DEPTH`]; nothing may
//! follow the value. A key given twice keeps its last value, as serde_json's map does.

use crate::decimal::parse_f64;

/// Deepest nesting read: a body nested further is refused, as serde_json refuses it
/// (its recursion limit), before it can exhaust the stack.
pub const MAX_DEPTH: usize = 127;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Json>),
    /// Members in the order given; [`Json::get`] finds a key's last value.
    Object(Vec<(String, Json)>),
}

/// A JSON number as serde_json keeps it: a whole number written without point or
/// exponent stays exact when it fits 64 bits; anything else is the nearest `f64`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// A whole number from 0 to `u64::MAX`.
    Unsigned(u64),
    /// A negative whole number from `i64::MIN` to -1.
    Negative(i64),
    /// Every other number (finite).
    Float(f64),
}

impl Number {
    pub fn as_u64(self) -> Option<u64> {
        match self {
            Number::Unsigned(n) => Some(n),
            Number::Negative(_) | Number::Float(_) => None,
        }
    }

    pub fn as_i64(self) -> Option<i64> {
        match self {
            Number::Unsigned(n) => i64::try_from(n).ok(),
            Number::Negative(n) => Some(n),
            Number::Float(_) => None,
        }
    }

    pub fn as_f64(self) -> f64 {
        match self {
            Number::Unsigned(n) => n as f64,
            Number::Negative(n) => n as f64,
            Number::Float(v) => v,
        }
    }
}

impl Json {
    /// The last value of `key` in an object; `None` for a missing key or another kind.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|m| &m.1),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(n.as_f64()),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Number(n) => n.as_i64(),
            _ => None,
        }
    }
}

/// `text` as one JSON value, or `None` where serde_json would give an error.
pub fn parse(text: &str) -> Option<Json> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_whitespace();
    (reader.at == reader.bytes.len()).then_some(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Takes `word`, which starts here (its first byte was only peeked), or fails.
    fn word(&mut self, word: &[u8], value: Json) -> Option<Json> {
        let end = self.at.checked_add(word.len())?;
        (self.bytes.get(self.at..end)? == word).then(|| {
            self.at = end;
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        self.skip_whitespace();
        match self.peek()? {
            b'n' => self.word(b"null", Json::Null),
            b't' => self.word(b"true", Json::Bool(true)),
            b'f' => self.word(b"false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'-' | b'0'..=b'9' => self.number().map(Json::Number),
            b'[' | b'{' if depth >= MAX_DEPTH => None,
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.close(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if !self.separator(b']')? {
                            break;
                        }
                    }
                }
                Some(Json::Array(items))
            }
            b'{' => {
                self.at += 1;
                let mut members = Vec::new();
                if !self.close(b'}') {
                    loop {
                        self.skip_whitespace();
                        if self.peek()? != b'"' {
                            return None;
                        }
                        let key = self.string()?;
                        self.skip_whitespace();
                        if self.next()? != b':' {
                            return None;
                        }
                        members.push((key, self.value(depth + 1)?));
                        if !self.separator(b'}')? {
                            break;
                        }
                    }
                }
                Some(Json::Object(members))
            }
            _ => None,
        }
    }

    /// Takes `close` if it comes next (an empty array or object).
    fn close(&mut self, close: u8) -> bool {
        self.skip_whitespace();
        let closed = self.peek() == Some(close);
        if closed {
            self.at += 1;
        }
        closed
    }

    /// After an item: `Some(true)` for a comma (another item follows), `Some(false)` for
    /// `close`, `None` for anything else.
    fn separator(&mut self, close: u8) -> Option<bool> {
        self.skip_whitespace();
        match self.next()? {
            b',' => Some(true),
            b if b == close => Some(false),
            _ => None,
        }
    }

    fn number(&mut self) -> Option<Number> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        match self.next()? {
            b'0' => {}
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.one_or_more_digits()?;
            whole = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.one_or_more_digits()?;
            whole = false;
        }
        // The text is ASCII digits and signs, so always a str.
        let text = std::str::from_utf8(&self.bytes[start..self.at]).ok()?;
        let digits = text.strip_prefix('-').unwrap_or(text);
        if whole {
            match (negative, digits.parse::<u64>()) {
                (false, Ok(n)) => return Some(Number::Unsigned(n)),
                (true, Ok(n)) if n != 0 && n <= 1 << 63 => {
                    return Some(Number::Negative(0i64.wrapping_sub_unsigned(n)))
                }
                _ => {}
            }
        }
        parse_f64(text).filter(|v| v.is_finite()).map(Number::Float)
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn one_or_more_digits(&mut self) -> Option<()> {
        self.next()?.is_ascii_digit().then(|| self.digits())
    }

    /// A string, its opening quote next.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copies the run up to the next quote, backslash or control character whole.
            let run = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The run ends before an ASCII byte (or at the end), so on a char boundary.
            out.push_str(std::str::from_utf8(&self.bytes[run..self.at]).ok()?);
            match self.next()? {
                b'"' => return Some(out),
                b'\\' => out.push(self.escape()?),
                _ => return None,
            }
        }
    }

    /// The character of an escape, its backslash taken.
    fn escape(&mut self) -> Option<char> {
        Some(match self.next()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                match unit {
                    0xD800..=0xDBFF => {
                        // A leading surrogate needs its trailing one, escaped.
                        if self.next()? != b'\\' || self.next()? != b'u' {
                            return None;
                        }
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return None;
                        }
                        char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))?
                    }
                    _ => char::from_u32(unit)?,
                }
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut unit = 0;
        for _ in 0..4 {
            unit = unit * 16 + char::from(self.next()?).to_digit(16)?;
        }
        Some(unit)
    }
}
