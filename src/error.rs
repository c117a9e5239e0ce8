//! Errors for input that cannot be parsed at all.

use crate::decode::{Encoding, text_name};
use crate::render::Location;
use thiserror::Error;

/// Why a text could not be parsed at all. Everything recoverable is a
/// [`Diagnostic`](crate::Diagnostic) on the returned document instead.
///
/// `Display` is one line: what went wrong and, where the error has a place
/// in the input, the position (line:column in characters).
/// [`Error::render`] adds the source line with a caret under the place
/// (placed by display width, so it sits right under CJK text), as
/// [`Diagnostic::render`](crate::Diagnostic::render) does. `Debug` shows
/// the variant and its public fields.
///
/// ```
/// let err = gongwen::parse_bytes("通知\n你好，世界\u{FF01}".as_bytes().split_last().unwrap().1).unwrap_err();
/// let shown = err.to_string();
/// assert_eq!(shown, "invalid UTF-8 at byte 22 (line 2, column 6); nothing was parsed");
/// assert_eq!(err.summary(), shown);
/// let rendered = err.render(Some("doc.txt"));
/// assert!(rendered.starts_with("error: invalid UTF-8 at byte 22"));
/// assert!(rendered.contains(" --> doc.txt:2:6\n"));
/// assert!(rendered.contains("2 | 你好，世界"));
/// assert!(!format!("{err:?}").contains("caret"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The input holds nothing but white space (or nothing at all).
    #[error("the input is empty or holds only white space")]
    Empty,
    /// The bytes are not UTF-8.
    #[error("invalid UTF-8 at byte {offset} (line {}, column {}); nothing was parsed", .location.line, .location.column)]
    InvalidUtf8 {
        /// Byte offset of the first byte that is not valid UTF-8.
        offset: usize,
        /// Where that is: the valid text of its line, the caret after it.
        location: Location,
    },
    /// The input is larger than [`Options::max_bytes`](crate::Options::max_bytes).
    #[error("input of {size} bytes exceeds the limit of {limit} bytes (Options::max_bytes); nothing was read")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// Nothing in the text looks like a policy document: no notice frame, no
    /// title and no numbered heading.
    ///
    /// No longer returned: the parser is total, and such a text becomes a
    /// [`Document`](crate::Document) whose preamble holds its paragraphs,
    /// with a `no-structure` warning diagnostic. The variant is kept so that
    /// code matching on it still compiles.
    #[error("no recognisable document structure (no notice, title or numbered heading) at {location}")]
    NoStructure {
        /// Where the first non-blank text is.
        location: Location,
    },
    /// The numbered blocks nest deeper than
    /// [`Options::max_depth`](crate::Options::max_depth).
    #[error("numbered blocks nest {depth} deep, deeper than the limit of {limit} (Options::max_depth), at {location}")]
    TooDeep {
        /// Depth reached.
        depth: usize,
        /// The configured limit.
        limit: usize,
        /// The heading that went too deep.
        location: Location,
    },
    /// The bytes are not text in the encoding [`decode`](crate::decode) was
    /// asked for (or UTF-16 found by its byte order mark or zero bytes has a
    /// malformed unit).
    #[error("{}", undecodable(*.encoding, *.offset, *.found))]
    Undecodable {
        /// The encoding asked for, or the UTF-16 form detected.
        encoding: Encoding,
        /// Byte offset of the first malformed sequence (0 when `found` is
        /// set: the text is all of another encoding).
        offset: usize,
        /// What the bytes are instead, when [`Encoding::Auto`] reads them:
        /// `Gb18030` (GBK text), `Utf16Le`, `Utf16Be` or `Utf8`.
        found: Option<Encoding>,
    },
}

/// `GBK (GB18030) text, not UTF-8; …` or `malformed GB18030 at byte N; …`.
fn undecodable(encoding: Encoding, offset: usize, found: Option<Encoding>) -> String {
    match found {
        Some(found) => format!("{}, not {encoding}; nothing was parsed", text_name(found)),
        None => format!("malformed {encoding} at byte {offset}; nothing was parsed"),
    }
}

impl Error {
    /// The message: what went wrong and where, on one line (the same as
    /// `Display`; kept from when `Display` added the source snippet).
    pub fn summary(&self) -> String {
        self.to_string()
    }

    /// Render as a compiler does: `error: message`, then, when the error has
    /// a place, `--> path:line:col`, the source line and a caret under the
    /// place (the snippet of [`Location::snippet`]).
    pub fn render(&self, path: Option<&str>) -> String {
        match self.location() {
            Some(loc) => format!("error: {self}\n{}", loc.snippet(path)),
            None => format!("error: {self}"),
        }
    }

    /// Where in the input the error is, when it has a place.
    pub fn location(&self) -> Option<&Location> {
        match self {
            Error::InvalidUtf8 { location, .. } | Error::NoStructure { location } | Error::TooDeep { location, .. } => {
                Some(location)
            }
            Error::Empty | Error::TooLarge { .. } | Error::Undecodable { .. } => None,
        }
    }
}
