//! The cleaned input split into lines, with the maps the grammar needs to
//! turn cleaned ranges into raw spans and text.

use crate::ast::Text;
use crate::clean::Cleaned;
use crate::punct;
use crate::span::Span;
use std::borrow::Cow;

/// One non-blank line of the cleaned text, trimmed of indentation and
/// trailing white space.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'c> {
    /// The trimmed text.
    pub(crate) text: &'c str,
    /// Cleaned offset of `text`.
    pub(crate) start: usize,
}

impl Line<'_> {
    pub(crate) fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// Raw input, its cleaned form, and the cleaned lines.
pub(crate) struct Source<'a> {
    pub(crate) raw: &'a str,
    pub(crate) clean: Cleaned,
}

impl<'a> Source<'a> {
    pub(crate) fn new(raw: &'a str) -> Self {
        Source { raw, clean: Cleaned::new(raw) }
    }

    /// The non-blank lines of the cleaned text.
    pub(crate) fn lines(&self) -> Vec<Line<'_>> {
        let text = self.clean.text.as_str();
        let mut out = Vec::with_capacity(text.len() / 64 + 1);
        let mut at = 0;
        for piece in text.split('\n') {
            let trimmed = punct::trim(piece);
            if !trimmed.is_empty() {
                let lead = piece.len() - piece.trim_start_matches(punct::is_space).len();
                out.push(Line { text: trimmed, start: at + lead });
            }
            at += piece.len() + 1;
        }
        out
    }

    /// Cleaned offset of a sub-slice of the cleaned text.
    pub(crate) fn offset(&self, s: &str) -> usize {
        s.as_ptr() as usize - self.clean.text.as_ptr() as usize
    }

    /// Raw span of cleaned `start..end`.
    pub(crate) fn span(&self, start: usize, end: usize) -> Span {
        if start >= end {
            let at = self.clean.raw_start(start);
            return Span::new(at, at);
        }
        Span::new(self.clean.raw_start(start), self.clean.raw_end(end))
    }

    /// Raw span of a sub-slice of the cleaned text.
    pub(crate) fn span_of(&self, s: &str) -> Span {
        let start = self.offset(s);
        self.span(start, start + s.len())
    }

    /// The cleaned text of a sub-slice of the cleaned text, borrowed from the
    /// raw input when it is verbatim there.
    pub(crate) fn text(&self, s: &str) -> Text<'a> {
        let start = self.offset(s);
        if self.clean.is_verbatim(start, start + s.len()) {
            let r = self.clean.raw_start(start);
            Cow::Borrowed(&self.raw[r..r + s.len()])
        } else {
            Cow::Owned(s.to_owned())
        }
    }
}
