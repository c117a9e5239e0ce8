//! The cleaned input split into lines, with the maps the grammar needs to
//! turn cleaned ranges into raw spans and text.

use crate::ast::{Paragraph, Text};
use crate::clean::Cleaned;
use crate::punct::{self, BracketAt};
use crate::span::{Span, checked_offset_in, offset_in};
use std::borrow::Cow;

/// Most brackets [`Source::brackets_in`] steps over from where its last
/// lookup ended before it searches.
const MAX_BRACKET_STEPS: usize = 8;

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
    pub(crate) clean: Cleaned<'a>,
    /// Every round and book-title bracket of the cleaned text, by cleaned
    /// offset (filled by [`Source::index_text`], again if the text
    /// changes).
    brackets: Vec<BracketAt>,
    /// Cleaned offsets of the line breaks (found with the brackets).
    newlines: Vec<usize>,
    /// Cleaned offsets of every 号 (found the first time they are asked
    /// for, by one substring search of the text as it is then; dropped
    /// when the text changes).
    hao: std::cell::OnceCell<Vec<usize>>,
    /// Cleaned offsets of the non-blank trimmed lines, when a pass over the
    /// final text already found them.
    /// (Taken by [`Source::lines`], which needs them once.)
    line_offsets: std::cell::Cell<Option<Vec<(usize, usize)>>>,
    /// Raw offsets of the 。 that ended a heading line of its own before the
    /// layout pass joined the next line to it (see `grammar::layout`).
    heading_breaks: Vec<usize>,
    /// Where the last bracket lookup ended.
    bracket_cursor: std::cell::Cell<usize>,
    /// Whether the raw input holds an HTML `<table>` tag (searched once, when
    /// a body is first looked at for tables).
    html_table: std::cell::OnceCell<bool>,
    /// Cleaned offsets of the colons that end a responsibility label
    /// (found over the whole text the first time a line asks: see
    /// [`Source::label_colons_in`]; dropped when the text changes).
    label_colons: std::cell::OnceCell<Vec<usize>>,
    /// Work units spent so far (see [`crate::work_units`]).
    work: std::cell::Cell<u64>,
}

/// Every line of `text` as a [`Line`], blank ones included, untrimmed: for
/// unit tests of the productions that read lines.
#[cfg(test)]
pub(crate) fn test_lines(text: &str) -> Vec<Line<'_>> {
    pieces(text).map(|(start, text)| Line { text, start }).collect()
}

/// The pieces of `text` between line breaks, with their offsets (like
/// `split('\n')`, searching with SIMD): for tests, which have no index.
#[cfg(test)]
fn pieces(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let start = at;
        match breaks.next() {
            Some(nl) => {
                at = nl + 1;
                Some((start, &text[start..nl]))
            }
            None => {
                done = true;
                Some((start, &text[start..]))
            }
        }
    })
}

impl<'a> Source<'a> {
    pub(crate) fn new(raw: &'a str) -> Self {
        Source::with_clean(raw, Cleaned::new(raw))
    }

    /// The source of `raw` with `clean`, the cleaned form of `raw` or of a
    /// prefix of it (the rest not read: see `grammar::limit`).
    pub(crate) fn with_clean(raw: &'a str, clean: Cleaned<'a>) -> Self {
        let work = std::cell::Cell::new(0);
        Source {
            raw,
            clean,
            work,
            brackets: Vec::new(),
            newlines: Vec::new(),
            hao: std::cell::OnceCell::new(),
            line_offsets: std::cell::Cell::new(None),
            heading_breaks: Vec::new(),
            bracket_cursor: std::cell::Cell::new(0),
            html_table: std::cell::OnceCell::new(),
            label_colons: std::cell::OnceCell::new(),
        }
    }

    /// Count `n` work units: bytes or items a pass visits. The total grows
    /// linearly with the input, which tests check (see [`crate::work_units`]).
    pub(crate) fn work(&self, n: usize) {
        self.work.set(self.work.get() + n as u64);
    }

    /// Work units counted so far.
    pub(crate) fn work_done(&self) -> u64 {
        self.work.get() + self.clean.work
    }

    /// Record the lines of the final cleaned text, found by a pass that
    /// needed them anyway.
    pub(crate) fn set_lines(&mut self, offsets: Vec<(usize, usize)>) {
        self.line_offsets.set(Some(offsets));
    }

    /// Record the 。 that ended heading lines (raw offsets, sorted).
    pub(crate) fn set_heading_breaks(&mut self, breaks: Vec<usize>) {
        self.heading_breaks = breaks;
    }

    /// Offset within `s` (a sub-slice of the cleaned text) of the first 。
    /// that ended a heading line of its own, if any.
    /// `line` is the raw span of the line `s` lies in: a line with no such
    /// 。 in it (most) is not searched.
    pub(crate) fn heading_break_in(&self, s: &str, line: Span) -> Option<usize> {
        let k = self.heading_breaks.partition_point(|&r| r < line.start);
        if self.heading_breaks.get(k).is_none_or(|&r| r >= line.end) {
            return None;
        }
        let start = self.offset(s);
        s.match_indices(punct::JUHAO).map(|(i, _)| i).find(|&i| {
            let raw = self.clean.raw_start(start + i);
            self.heading_breaks.binary_search(&raw).is_ok()
        })
    }

    /// Index the brackets and line breaks of the cleaned text (again after
    /// a change to it).
    pub(crate) fn index_text(&mut self) {
        self.work(self.clean.text.len());
        self.label_colons = std::cell::OnceCell::new();
        // policy text has a bracket every 50 to 200 bytes and a line break
        // every 60 to 200 (of the wide corpus, 95 % of the documents have
        // fewer than one a 64 bytes of each): one allocation each for most
        // documents instead of a series of doublings
        self.brackets.reserve(self.clean.text.len() / 64);
        self.newlines.reserve(self.clean.text.len() / 64);
        self.hao = std::cell::OnceCell::new();
        punct::brackets_and_newlines(&self.clean.text, &mut self.brackets, &mut self.newlines);
    }

    /// Remove `cuts` from the cleaned text (see [`Cleaned::remove`]) and
    /// carry the index over to the new text instead of building it again:
    /// a cut removes whole characters and makes none, so the new text's
    /// brackets and line breaks are the old ones that stay, moved (the 号
    /// are found again when asked for).
    pub(crate) fn remove_and_reindex(&mut self, cuts: &[(usize, usize, Option<crate::clean::Residue>)]) {
        let mut kept = Vec::new();
        self.clean.remove_keeping(cuts, &mut kept);
        self.work(self.clean.text.len());
        self.label_colons = std::cell::OnceCell::new();
        remap(&mut self.brackets, &kept, BracketAt::at, BracketAt::moved);
        remap(&mut self.newlines, &kept, |p| p, |_, p| p);
        self.hao = std::cell::OnceCell::new();
    }

    /// The pieces of the cleaned text between its line breaks, with their
    /// cleaned offsets, blank ones included (like `split('\n')`), from the
    /// index (see [`Source::index_text`]).
    pub(crate) fn pieces(&self) -> impl Iterator<Item = (usize, &str)> {
        let text = self.clean.text.as_ref();
        let ends = self.newlines.iter().copied().chain([text.len()]);
        ends.scan(0, move |at, end| {
            let piece = (*at, &text[*at..end]);
            *at = end + 1;
            Some(piece)
        })
    }

    /// The cleaned offsets of the line breaks (see [`Source::index_text`]).
    pub(crate) fn newlines(&self) -> &[usize] {
        &self.newlines
    }

    /// The cleaned offsets of every 号: one substring search of the
    /// cleaned text the first time (only the reader of citations asks).
    pub(crate) fn hao(&self) -> &[usize] {
        self.hao.get_or_init(|| {
            self.work(self.clean.text.len());
            let mut hao = Vec::new();
            punct::find_hao(&self.clean.text, &mut hao);
            hao
        })
    }

    /// Every bracket of the cleaned text, by cleaned offset, in order.
    pub(crate) fn brackets(&self) -> &[BracketAt] {
        &self.brackets
    }

    /// The brackets inside a sub-slice of the cleaned text, by cleaned
    /// offset, and the slice's own offset.
    pub(crate) fn brackets_in(&self, s: &str) -> (&[BracketAt], usize) {
        let (start, end) = (self.offset(s), self.offset(s) + s.len());
        let b = &self.brackets;
        // lines are read in order: start from where the last lookup ended
        let hint = self.bracket_cursor.get().min(b.len());
        let from = if hint == 0 || b[hint - 1].at() < start {
            // (the brackets between the last lookup and this slice — a
            // heading's marker, `（一）`, read before its text — are stepped
            // over, a few at most, instead of searched for)
            let mut from = hint;
            let stop = b.len().min(hint + MAX_BRACKET_STEPS);
            while from < stop && b[from].at() < start {
                from += 1;
            }
            if from == stop && b.get(from).is_some_and(|e| e.at() < start) {
                from += b[from..].partition_point(|e| e.at() < start);
            }
            from
        } else {
            b.partition_point(|e| e.at() < start)
        };
        let to = from + b[from..].iter().take_while(|e| e.at() < end).count();
        self.work(to - from + 1);
        self.bracket_cursor.set(to);
        (&b[from..to], start)
    }

    /// The colons inside a sub-slice of the cleaned text that end a
    /// responsibility label, by cleaned offset: `find` lists them for the
    /// whole cleaned text the first time (one pass instead of a search of
    /// every line; most texts hold none).
    pub(crate) fn label_colons_in(&self, s: &str, find: impl FnOnce(&str, &mut Vec<usize>)) -> &[usize] {
        let all = self.label_colons.get_or_init(|| {
            self.work(self.clean.text.len());
            let mut out = Vec::new();
            find(&self.clean.text, &mut out);
            out
        });
        if all.is_empty() {
            return all;
        }
        let start = self.offset(s);
        let from = all.partition_point(|&c| c < start);
        let to = from + all[from..].partition_point(|&c| c < start + s.len());
        &all[from..to]
    }

    /// The non-blank lines of the cleaned text (indexed: see [`Source::index_text`]).
    pub(crate) fn lines(&self) -> Vec<Line<'_>> {
        self.lines_until(usize::MAX, |_| false).0
    }

    /// [`Source::lines`] up to the first line whose text `stop` is true
    /// of, and that line's cleaned offset, if any; room is made at first
    /// for at most `room` lines.
    pub(crate) fn lines_until(
        &self,
        room: usize,
        mut stop: impl FnMut(&str) -> bool,
    ) -> (Vec<Line<'_>>, Option<usize>) {
        let text = self.clean.text.as_ref();
        self.work(text.len());
        // (the offsets a pass found are dropped once read: lines are
        // listed once, and else found again from the index)
        if let Some(known) = self.line_offsets.take() {
            // where to stop first, then exactly the lines before it (no
            // room left over by doubling, in text of many short lines)
            let k = known.iter().position(|&(s, e)| stop(&text[s..e])).unwrap_or(known.len());
            let mut out = Vec::with_capacity(k);
            out.extend(known[..k].iter().map(|&(s, e)| Line { text: &text[s..e], start: s }));
            return (out, known.get(k).map(|&(s, _)| s));
        }
        let mut out = Vec::with_capacity((self.newlines.len() + 1).min(room));
        for (at, piece) in self.pieces() {
            let trimmed = punct::trim(piece);
            if !trimmed.is_empty() {
                let lead = offset_in(piece, trimmed);
                if stop(trimmed) {
                    return (out, Some(at + lead));
                }
                out.push(Line { text: trimmed, start: at + lead });
            }
        }
        (out, None)
    }

    /// Whether the raw input holds an HTML `<table>` tag: one search of the
    /// input for `<` (SIMD; most texts hold none), the first time it is
    /// asked (every document of a text asks).
    pub(crate) fn has_html_table(&self) -> bool {
        *self.html_table.get_or_init(|| {
            self.work(self.raw.len());
            // (one memchr pass for `<`, which most texts hold none of,
            // instead of two substring searches)
            let b = self.raw.as_bytes();
            memchr::memchr_iter(b'<', b).any(|i| {
                let tag = &b[i + 1..];
                tag.starts_with(b"table") || tag.starts_with(b"TABLE")
            })
        })
    }

    /// Cleaned offset of a sub-slice of the cleaned text.
    pub(crate) fn offset(&self, s: &str) -> usize {
        offset_in(self.clean.text.as_ref(), s)
    }

    /// The cleaned text between two sub-slices of the cleaned text, `a`
    /// before `b` (`None` when `b` starts before `a` ends).
    pub(crate) fn between(&self, a: &str, b: &str) -> Option<&str> {
        let (from, to) = (self.offset(a) + a.len(), self.offset(b));
        self.clean.text.get(from..to)
    }

    /// Raw span of cleaned `start..end`.
    pub(crate) fn span(&self, start: usize, end: usize) -> Span {
        let (s, e, _) = self.clean.map(start, end);
        Span::new(s, e)
    }

    /// Raw span of a sub-slice of the cleaned text.
    pub(crate) fn span_of(&self, s: &str) -> Span {
        let start = self.offset(s);
        self.span(start, start + s.len())
    }

    /// The cleaned text of a sub-slice of the cleaned text, borrowed from the
    /// raw input when it is verbatim there.
    pub(crate) fn text(&self, s: &str) -> Text<'a> {
        self.node(s).0
    }

    /// A paragraph node of a sub-slice of the cleaned text.
    pub(crate) fn paragraph(&self, s: &str) -> Paragraph<'a> {
        let (text, span) = self.node(s);
        Paragraph { text, span }
    }

    /// A paragraph node of a sub-slice of the raw input, as it is (text
    /// that was not cleaned: see `grammar::limit`).
    pub(crate) fn raw_paragraph(&self, s: &'a str) -> Paragraph<'a> {
        let start = offset_in(self.raw, s);
        Paragraph { text: Cow::Borrowed(s), span: Span::new(start, start + s.len()) }
    }

    /// Raw span of a sub-slice of the raw input (text borrowed from it);
    /// `None` when `s` lies elsewhere.
    pub(crate) fn raw_span_of(&self, s: &str) -> Option<Span> {
        let start = checked_offset_in(self.raw, s)?;
        Some(Span::new(start, start + s.len()))
    }

    /// Both the text and the raw span of a sub-slice of the cleaned text.
    pub(crate) fn node(&self, s: &str) -> (Text<'a>, Span) {
        let start = self.offset(s);
        let (rs, re, verbatim) = self.clean.map(start, start + s.len());
        let text = if verbatim { Cow::Borrowed(&self.raw[rs..rs + s.len()]) } else { Cow::Owned(s.to_owned()) };
        (text, Span::new(rs, re))
    }

    /// Whether the cleaning pass removed white space right before cleaned
    /// offset `c` (a stray space between two CJK characters: `基本原则 应…`
    /// reads `基本原则应…`). Two lookups in the offset map.
    pub(crate) fn space_removed_at(&self, c: usize) -> bool {
        let (from, to) = (self.clean.raw_end(c), self.clean.raw_start(c));
        to > from && self.raw.get(from..to).is_some_and(|gap| gap.chars().all(char::is_whitespace))
    }

    /// Whether the cleaned sub-slice `s` stands verbatim in the raw input.
    pub(crate) fn is_verbatim(&self, s: &str) -> bool {
        let start = self.offset(s);
        self.clean.map(start, start + s.len()).2
    }

    /// `line` (a sub-slice of the cleaned text) mapped to the raw input
    /// once, for a line that gives several nodes (a heading: its block, its
    /// marker, its title and its text).
    pub(crate) fn map_line<'s>(&self, line: &'s str) -> MappedLine<'s, 'a> {
        let start = self.offset(line);
        let (rs, re, verbatim) = self.clean.map(start, start + line.len());
        MappedLine { line, raw: verbatim.then(|| &self.raw[rs..rs + line.len()]), span: Span::new(rs, re) }
    }
}

/// A line mapped to the raw input once (see [`Source::map_line`]): when
/// the line stands verbatim in the raw input, as most do, so does every
/// sub-slice of it, at the same distance from its start, and the nodes of
/// its sub-slices are read off it without another search of the offset map.
pub(crate) struct MappedLine<'s, 'a> {
    line: &'s str,
    /// The line's raw text, when it is verbatim.
    raw: Option<&'a str>,
    span: Span,
}

impl<'a> MappedLine<'_, 'a> {
    /// The raw span of the whole line.
    pub(crate) fn span(&self) -> Span {
        self.span
    }

    /// [`Source::node`] of `s`, a sub-slice of the line.
    pub(crate) fn node(&self, src: &Source<'a>, s: &str) -> (Text<'a>, Span) {
        let verbatim = self.raw.zip(checked_offset_in(self.line, s));
        match verbatim.and_then(|(raw, at)| Some((raw.get(at..at + s.len())?, at))) {
            Some((text, at)) if !s.is_empty() => {
                let start = self.span.start + at;
                (Cow::Borrowed(text), Span::new(start, start + s.len()))
            }
            _ => src.node(s),
        }
    }
}

/// Move the sorted offsets in `v` (`at` reads an entry's, `moved` gives
/// the entry at another) to the new text whose pieces `kept` (`(old start,
/// old end, new start)`, in order) kept, dropping the entries of removed
/// text.
fn remap<T: Copy>(
    v: &mut Vec<T>,
    kept: &[(usize, usize, usize)],
    at: impl Fn(T) -> usize,
    moved: impl Fn(T, usize) -> T,
) {
    let mut k = 0;
    v.retain_mut(|e| {
        let p = at(*e);
        while kept.get(k).is_some_and(|&(_, end, _)| end <= p) {
            k += 1;
        }
        match kept.get(k) {
            Some(&(start, _, new)) if start <= p => {
                *e = moved(*e, new + (p - start));
                true
            }
            _ => false,
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A mapped line gives every sub-slice the node and span that the
    /// source gives it, on verbatim lines and on lines with residue.
    #[test]
    fn mapped_line_nodes_are_those_of_the_source() {
        let mut texts =
            vec!["甲\u{200B}乙（一）丙\n**一、总则**  正文&nbsp;继续\n<p>（二）标题。正文</p>\n三、 结尾".to_string()];
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(&path).unwrap());
            }
        }
        for t in &texts {
            let mut src = Source::new(t);
            src.index_text();
            for line in src.lines() {
                let text = line.text;
                let mapped = src.map_line(text);
                assert_eq!(mapped.span(), src.span_of(text));
                // (the first and last character boundaries of the line)
                let all: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
                let bounds: Vec<usize> = all.iter().take(8).chain(all.iter().rev().take(8)).copied().collect();
                for &a in &bounds {
                    for &b in bounds.iter().filter(|&&b| b >= a) {
                        assert_eq!(mapped.node(&src, &text[a..b]), src.node(&text[a..b]), "{text} {a}..{b}");
                    }
                }
            }
        }
    }

    #[test]
    fn html_tables_are_found_in_either_case() {
        for (text, table) in [
            ("甲<table><tr><td>乙</td></tr></table>", true),
            ("<TABLE border=1>", true),
            ("a < b, <tab>, <td>丙</td>", false),
            ("丁<", false),
            ("无", false),
        ] {
            assert_eq!(Source::new(text).has_html_table(), table, "{text}");
        }
    }

    /// The index carried over a removal is the index built again, for
    /// every cut and every pair of cuts of a text with every indexed mark.
    #[test]
    fn reindex_after_removal_equals_index_again() {
        let text = "国发〔2014〕25号\n（一）甲《乙》\n号(丙)\n\n丁号";
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let check = |cuts: &[(usize, usize, Option<crate::clean::Residue>)]| {
            let mut carried = Source::new(text);
            carried.index_text();
            carried.remove_and_reindex(cuts);
            let mut again = Source::new(text);
            again.clean.remove(cuts);
            again.index_text();
            assert_eq!(carried.clean.text, again.clean.text);
            assert_eq!(carried.brackets, again.brackets, "{cuts:?}");
            assert_eq!(carried.newlines, again.newlines, "{cuts:?}");
            assert_eq!(carried.hao(), again.hao(), "{cuts:?}");
        };
        for (x, &a) in bounds.iter().enumerate() {
            for &b in &bounds[x + 1..] {
                check(&[(a, b, None)]);
                for (y, &c) in bounds.iter().enumerate().filter(|&(_, &c)| c >= b) {
                    for &d in &bounds[y + 1..] {
                        check(&[(a, b, None), (c, d, None)]);
                    }
                }
            }
        }
    }
}
