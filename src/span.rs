//! Byte spans into the original input and user-facing line:column positions.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the ORIGINAL input (before any
/// cleaning), so `&input[span.start..span.end]` is the raw text of a node,
/// residue included. Both ends always lie on UTF-8 character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// First byte of the node.
    pub start: usize,
    /// One past the last byte of the node.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies within `self`.
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Where `inner`, a sub-slice of `outer`, starts in `outer`, in bytes: the
/// one place that turns two borrowed slices into an offset (by their
/// addresses), so that no module computes it by hand. `inner` must lie
/// within `outer` (checked in debug builds); [`checked_offset_in`] is for
/// a slice that may lie elsewhere.
#[inline]
pub(crate) fn offset_in<T: AsRef<[u8]> + ?Sized>(outer: &T, inner: &T) -> usize {
    let (outer, inner) = (outer.as_ref(), inner.as_ref());
    let at = (inner.as_ptr() as usize).wrapping_sub(outer.as_ptr() as usize);
    debug_assert!(
        at <= outer.len() && inner.len() <= outer.len() - at,
        "offset_in: the slice does not lie within the text"
    );
    at
}

/// [`offset_in`] of a slice that may not lie within `outer`: `None` then.
#[inline]
pub(crate) fn checked_offset_in<T: AsRef<[u8]> + ?Sized>(outer: &T, inner: &T) -> Option<usize> {
    let (outer, inner) = (outer.as_ref(), inner.as_ref());
    let at = (inner.as_ptr() as usize).checked_sub(outer.as_ptr() as usize)?;
    (at <= outer.len() && inner.len() <= outer.len() - at).then_some(at)
}

/// A user-facing position: 1-based line and 1-based column counted in
/// characters (not bytes), as editors show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Position {
    /// 1-based line number (lines end at `\n`).
    pub line: usize,
    /// 1-based column, in Unicode scalar values from the start of the line.
    pub column: usize,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Maps byte offsets of a text to [`Position`]s. Build once per text (one
/// pass to find line starts), then each lookup is a binary search plus a
/// character count within one line.
///
/// ```
/// use gongwen::LineIndex;
/// let text = "第一行\n第二行：公安部";
/// let index = LineIndex::new(text);
/// let at = text.find("公安部").unwrap();
/// let pos = index.position(at);
/// assert_eq!((pos.line, pos.column), (2, 5));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Index the line starts of `text`.
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { text, starts }
    }

    /// Position of byte `offset` (clamped to the text, and moved back to a
    /// character boundary if it falls inside a character).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let column = self.text[self.starts[line]..offset].chars().count() + 1;
        Position { line: line + 1, column }
    }

    /// The full text of 1-based line `line`, without its line ending.
    pub fn line_text(&self, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).map_or(self.text.len(), |&e| e - 1);
        self.text[start..end].trim_end_matches('\r')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "一、总则\r\n（一）目标。\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(0), Position { line: 1, column: 1 });
        let p = text.find("目标").unwrap();
        assert_eq!(idx.position(p), Position { line: 2, column: 4 });
        assert_eq!(idx.line_text(1), "一、总则");
        assert_eq!(idx.line_text(2), "（一）目标。");
        assert_eq!(idx.line_text(9), "");
        // inside a multi-byte character: clamps back to its start
        assert_eq!(idx.position(1), Position { line: 1, column: 1 });
        assert_eq!(idx.position(10_000).line, 3);
    }

    #[test]
    fn offsets_of_sub_slices() {
        let text = "市发展改革委牵头，市财政局配合";
        let at = text.find("市财政局").unwrap();
        let inner = &text[at..at + "市财政局".len()];
        assert_eq!(offset_in(text, inner), at);
        assert_eq!(checked_offset_in(text, inner), Some(at));
        assert_eq!(offset_in(text, &text[text.len()..]), text.len());
        assert_eq!(offset_in(text.as_bytes(), &text.as_bytes()[3..6]), 3);
        let other = String::from("市财政局");
        assert_eq!(checked_offset_in(text, other.as_str()), None);
        assert_eq!(checked_offset_in(inner, text), None);
    }

    #[test]
    fn span_helpers() {
        let a = Span::new(2, 5);
        assert_eq!(a.len(), 3);
        assert!(a.contains(&Span::new(3, 5)) && !a.contains(&Span::new(1, 3)));
        assert_eq!(a.cover(&Span::new(7, 9)), Span::new(2, 9));
        assert!(Span::new(4, 4).is_empty());
    }
}
