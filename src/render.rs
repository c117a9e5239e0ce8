//! Rendering a location for people: the source line with a caret under the
//! offending text, as a compiler shows it, with the caret placed by display
//! width so that it sits right under CJK (double-width) text.

use crate::span::{LineIndex, Span};
use std::fmt::{self, Write};
use unicode_width::UnicodeWidthStr;

/// Longest part of a source line shown, in characters; longer lines are cut
/// around the span.
const MAX_SHOWN: usize = 120;

/// A place in the input, ready to be shown: 1-based line and column (in
/// characters), the byte span, and the text of its line.
///
/// `Debug` shows the public fields only (the caret's placement is an
/// internal of [`Location::snippet`]).
#[derive(Clone, PartialEq, Eq)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Byte span in the input.
    pub span: Span,
    /// The text of the line (without its line ending), cut to at most
    /// 120 characters around the span, control characters replaced.
    pub source_line: String,
    /// Display columns before the caret within `source_line`.
    caret_at: usize,
    /// Display columns the caret covers (at least 1).
    caret_len: usize,
}

/// Terminal columns taken by `s`, as the caret of [`Location`] is placed
/// and the `gongwen` tool aligns its tables: the Unicode width of each
/// character (UAX #11 through `unicode-width`: 2 for East Asian wide and
/// full-width characters — ideographs, 、。（）, full-width Latin —, 0 for
/// combining marks and zero-width characters, 1 otherwise; ambiguous
/// characters such as ① and “ count 1, as most terminals show them), and 0
/// for control characters.
///
/// ```
/// assert_eq!(gongwen::display_width("（一）app"), 6 + 3);
/// assert_eq!(gongwen::display_width("e\u{301}\u{200B}"), 1); // a combining accent, a zero-width space
/// assert_eq!(gongwen::display_width("a\tb"), 2);
/// ```
pub fn display_width(s: &str) -> usize {
    s.split(char::is_control).map(UnicodeWidthStr::width).sum()
}

/// Make a line printable: tabs become four spaces, other control
/// characters the replacement character.
fn printable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\t' => out.push_str("    "),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

impl Location {
    /// The location of `span` in `input`. Out-of-range or mid-character
    /// offsets are clamped to the input and moved back to a character
    /// boundary.
    pub fn new(input: &str, span: Span) -> Location {
        Location::with_index(&LineIndex::new(input), input, span)
    }

    /// As [`Location::new`], reusing a [`LineIndex`] of `input`.
    pub fn with_index(index: &LineIndex<'_>, input: &str, span: Span) -> Location {
        let clamp = |mut o: usize| {
            o = o.min(input.len());
            while !input.is_char_boundary(o) {
                o -= 1;
            }
            o
        };
        let (start, end) = (clamp(span.start), clamp(span.end.max(span.start)));
        let pos = index.position(start);
        let line_text = index.line_text(pos.line);
        let line_start = start - (input[..start].rfind('\n').map_or(start, |i| start - i - 1));
        // the span within its line (a span running on past the line is cut)
        // (the line's text has no line ending, so both ends are clamped to it)
        let in_line_start = (start - line_start).min(line_text.len());
        let in_line_end = (end - line_start).min(line_text.len()).max(in_line_start);
        let before = &line_text[..in_line_start];
        let marked = &line_text[in_line_start..in_line_end];
        let after = &line_text[in_line_end..];
        // cut long lines around the span
        let keep_before: String = {
            // the last MAX_SHOWN / 2 characters, found from the end
            let cut = before.char_indices().rev().nth(MAX_SHOWN / 2 - 1).map_or(0, |(k, _)| k);
            if cut > 0 { format!("…{}", &before[cut..]) } else { before.to_owned() }
        };
        let marked_shown: String = marked.chars().take(MAX_SHOWN / 2).collect();
        let mut after_shown: String = after.chars().take(MAX_SHOWN / 4).collect();
        if after.chars().nth(MAX_SHOWN / 4).is_some() {
            after_shown.push('…');
        }
        let (b, m, a) = (printable(&keep_before), printable(&marked_shown), printable(&after_shown));
        Location {
            line: pos.line,
            column: pos.column,
            span: Span::new(start, end),
            caret_at: display_width(&b),
            caret_len: display_width(&m).max(1),
            source_line: format!("{b}{m}{a}"),
        }
    }

    /// Write the compiler-style snippet: an arrow line with `path:line:col`,
    /// the source line, and a caret line.
    pub fn write_snippet(&self, f: &mut impl Write, path: Option<&str>) -> fmt::Result {
        let num = self.line.to_string();
        let pad = " ".repeat(num.len());
        match path {
            Some(p) => writeln!(f, "{pad}--> {p}:{}:{}", self.line, self.column)?,
            None => writeln!(f, "{pad}--> {}:{}", self.line, self.column)?,
        }
        writeln!(f, "{pad} |")?;
        writeln!(f, "{num} | {}", self.source_line)?;
        write!(f, "{pad} | {}{}", " ".repeat(self.caret_at), "^".repeat(self.caret_len))
    }

    /// The snippet as a string (see [`Location::write_snippet`]).
    pub fn snippet(&self, path: Option<&str>) -> String {
        let mut s = String::new();
        let _ = self.write_snippet(&mut s, path);
        s
    }
}

impl fmt::Debug for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Location")
            .field("line", &self.line)
            .field("column", &self.column)
            .field("span", &self.span)
            .field("source_line", &self.source_line)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_under_cjk_text() {
        let input = "第一行\n（一）持续深化户籍制度改革。\n";
        let at = input.find("户籍").unwrap();
        let loc = Location::new(input, Span::new(at, at + "户籍".len()));
        assert_eq!((loc.line, loc.column), (2, 8));
        let snippet = loc.snippet(Some("doc.txt"));
        let lines: Vec<&str> = snippet.lines().collect();
        assert_eq!(lines[0], " --> doc.txt:2:8");
        assert_eq!(lines[2], "2 | （一）持续深化户籍制度改革。");
        // seven wide characters before the span: 14 columns, then 2 wide = 4
        assert_eq!(lines[3], format!("  | {}^^^^", " ".repeat(14)));
    }

    #[test]
    fn mixed_width_and_empty_spans() {
        let input = "app 智慧化";
        let loc = Location::new(input, Span::new(4, 4));
        assert_eq!(loc.snippet(None).lines().last().unwrap(), format!("  | {}^", " ".repeat(4)));
        // out of range and mid-character offsets are clamped
        let loc = Location::new(input, Span::new(5, 999));
        assert_eq!((loc.line, loc.column), (1, 5));
        let loc = Location::new("", Span::new(3, 9));
        assert_eq!((loc.line, loc.column), (1, 1));
        // a span at a line ending
        let loc = Location::new("甲\r\n乙\r", Span::new(8, 8));
        assert_eq!((loc.line, loc.column), (2, 2));
        let loc = Location::new("甲\r", Span::new(3, 4));
        assert_eq!(loc.source_line, "甲");
    }

    #[test]
    fn width_is_unicode_width() {
        // CJK, full-width punctuation and forms: two columns each
        assert_eq!(display_width("市水务局"), 8);
        assert_eq!(display_width("ab（一）"), 2 + 6);
        assert_eq!(display_width("，。、：；“”"), 10 + 2);
        assert_eq!(display_width("ＡＢ１"), 6);
        // beyond the BMP: CJK extension B, an emoji
        assert_eq!(display_width("\u{20000}\u{1F600}"), 4);
        // combining and zero-width characters, controls: none
        assert_eq!(display_width("e\u{301}\u{200B}\u{FE0F}"), 1);
        assert_eq!(display_width("\u{0}\u{7F}"), 0);
        // the caret under a character after an emoji and a combining mark
        let input = "😀e\u{301}乙";
        let at = input.find('乙').unwrap();
        let loc = Location::new(input, Span::new(at, at + 3));
        assert_eq!(loc.snippet(None).lines().last().unwrap(), format!("  | {}^^", " ".repeat(3)));
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let input = "甲".repeat(500) + "乙" + &"丙".repeat(500);
        let at = input.find('乙').unwrap();
        let loc = Location::new(&input, Span::new(at, at + 3));
        assert!(loc.source_line.chars().count() <= MAX_SHOWN + 2);
        assert!(loc.source_line.contains('乙'));
        assert_eq!(loc.column, 501);
    }
}
