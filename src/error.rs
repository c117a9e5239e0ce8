//! Errors for input that cannot be parsed at all.

use crate::span::Position;
use thiserror::Error;

/// Why a text could not be parsed at all. Everything recoverable is a
/// [`Diagnostic`](crate::Diagnostic) on the returned document instead.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The input holds nothing but white space (or nothing at all).
    #[error("the input is empty or holds only white space")]
    Empty,
    /// The bytes are not UTF-8.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first byte that is not valid UTF-8.
        offset: usize,
    },
    /// The input is larger than [`Options::max_bytes`](crate::Options::max_bytes).
    #[error("input of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// Nothing in the text looks like a policy document: no notice frame, no
    /// title and no numbered heading.
    #[error("no recognisable document structure (no notice, title or numbered heading); first text at {at}")]
    NoStructure {
        /// Where the first non-blank text starts.
        at: Position,
    },
}
