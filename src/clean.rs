//! Input cleaning: residue removal with an offset map back to the raw bytes.
//!
//! The grammar reads the *cleaned* text; every node it builds carries a span
//! into the *raw* input. The map is a sorted list of segments: a verbatim
//! segment maps cleaned offset `c` (segment starting at cleaned `s`, raw `r`)
//! to raw `r + (c - s)`; a replaced segment (an HTML entity decoded, a `<br>`
//! turned into a line break) maps all of its cleaned bytes to its whole raw
//! range.
//!
//! What is removed or replaced, in one pass:
//! - a leading byte order mark;
//! - runs of `@` left at link boundaries by web scrapers (`二@@十@@@@三`),
//!   except a single `@` between ASCII letters or digits (an e-mail address);
//! - invisible characters anywhere (zero-width spaces and joiners, word
//!   joiner, soft hyphen, bidi marks and embeddings): web pages carry them,
//!   and in front of a heading's number they hide it (a BOM after the start
//!   is left in place: see `Specials`);
//! - stray spaces between two CJK characters (`国 务 院`): runs of ASCII
//!   spaces, no-break spaces and the spaces of U+2000–U+200A, U+202F and
//!   U+205F (U+3000 is kept: it separates names such as joint issuers), but
//!   not a run of two or more between ideographs, nor one space between two
//!   complete body names (`某省民政厅 某省财政厅`, `中共中央 国务院`), which
//!   separate; a run holding one of those other spaces that stays (an
//!   em-space indent, a separator) becomes as many ASCII spaces, so that the
//!   grammar and `punct::trim` know only ASCII white space, U+3000, NBSP and
//!   BOM; and in letter-spaced text of a PDF (`2 0 2 3 年 5 月 1 0 日`, `1 . 建
//!   立`), a single space next to an ASCII digit or a mark of a number, when
//!   four characters in a row each stand alone between single spaces or a
//!   line's edge (see `letter_spaced`);
//! - markdown: `#`…`######` heading markers at the start of a line, `**`
//!   bold markers anywhere; a heading that is a bare number (`## 三`, `##
//!   （三）`) takes the text after it, even from the next non-blank line, as
//!   its title (the white space between becomes `、` or goes);
//! - HTML: comments `<!-- … -->`, tags (`<br>`, `<p>`, table rows and cells
//!   `<tr>` `<td>` `<th>` — so that a table reaches the grammar one cell per
//!   line — and other block tags become a line break, inline and namespaced
//!   tags such as `<o:p>` vanish), entities (`&nbsp;` → space,
//!   `&amp;` → `&`, numeric references).
//!
//! A later step may remove more (line breaks of hard-wrapped text, page
//! furniture of PDF text) through [`Cleaned::remove`].
//!
//! The bytes that may start residue are found with `memchr`: the ASCII ones
//! that occur in the text, and the lead bytes C2, D8 and E2 of the
//! invisible characters and other spaces (CJK text is mostly E4–E9 lead
//! bytes; E2 also starts quotation marks and dashes, a hit every few hundred
//! bytes, each rejected by its next two bytes).

use crate::punct;
use crate::span::{Span, offset_in};
use std::borrow::Cow;

/// Kinds of residue, one summarising diagnostic each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Residue {
    /// A byte order mark at the start.
    Bom,
    /// Invisible characters: zero-width, bidi and soft hyphen.
    Invisible,
    /// `@` runs from link boundaries.
    LinkArtifact,
    /// ASCII spaces between CJK characters.
    StraySpace,
    /// Markdown heading and bold markers.
    Markdown,
    /// HTML comments.
    HtmlComment,
    /// HTML tags.
    HtmlTag,
    /// HTML elements removed with their content, never text of the
    /// document: a page's `<script>`, `<style>`, `<noscript>`, `<template>`
    /// and the `<title>` of its head ([`HIDDEN_ELEMENTS`]).
    HtmlHidden,
    /// HTML character entities.
    HtmlEntity,
    /// Line breaks inside a paragraph of hard-wrapped text.
    LineWrap,
    /// Page numbers and running headers of text extracted from a PDF.
    PageFurniture,
    /// Control characters: C0 other than tab, line feed, carriage return
    /// and form feed, DEL, and C1 (U+0080–U+009F). See [`is_c0_control`].
    Control,
    /// Line breaks of other systems, each read as a line feed: a vertical
    /// tab (Word's manual line break), a carriage return alone (old Mac
    /// text), a form feed inside a line (a page break that took the place
    /// of a line break), U+0085, U+2028 and U+2029.
    LineBreak,
}

impl Residue {
    /// Every kind, in the order their diagnostics are listed.
    pub(crate) const ALL: [Residue; 13] = [
        Residue::Bom,
        Residue::Invisible,
        Residue::LinkArtifact,
        Residue::StraySpace,
        Residue::Markdown,
        Residue::HtmlComment,
        Residue::HtmlTag,
        Residue::HtmlHidden,
        Residue::HtmlEntity,
        Residue::LineWrap,
        Residue::PageFurniture,
        Residue::Control,
        Residue::LineBreak,
    ];

    pub(crate) fn describe(self) -> (&'static str, &'static str) {
        match self {
            Residue::Bom => ("byte order mark", "byte order marks"),
            Residue::Invisible => (
                "run of invisible characters (zero-width, bidi mark, soft hyphen)",
                "runs of invisible characters (zero-width, bidi marks, soft hyphens)",
            ),
            Residue::LinkArtifact => ("'@' link artifact run", "'@' link artifact runs"),
            Residue::StraySpace => ("run of stray spaces inside CJK text", "runs of stray spaces inside CJK text"),
            Residue::Markdown => ("markdown marker", "markdown markers"),
            Residue::HtmlComment => ("HTML comment", "HTML comments"),
            Residue::HtmlTag => ("HTML tag", "HTML tags"),
            Residue::HtmlHidden => (
                "HTML script, style or title element (with its content)",
                "HTML script, style and title elements (with their content)",
            ),
            Residue::HtmlEntity => ("HTML entity (decoded)", "HTML entities (decoded)"),
            Residue::LineWrap => ("line break inside a paragraph (joined)", "line breaks inside paragraphs (joined)"),
            Residue::PageFurniture => {
                ("page number or running header of PDF text", "page numbers and running headers of PDF text")
            }
            Residue::Control => ("run of control characters", "runs of control characters"),
            Residue::LineBreak => (
                "line break of another system (vertical tab, lone carriage return, form feed in a line, U+0085/U+2028/U+2029) read as a line feed",
                "line breaks of other systems (vertical tabs, lone carriage returns, form feeds in lines, U+0085/U+2028/U+2029) read as line feeds",
            ),
        }
    }
}

/// One stretch of the cleaned text and where it comes from: 12 bytes, as
/// offsets of a text of at most [`MAX_TEXT`] bytes (a text of short runs of
/// residue, `a&lt;` all through, has a segment every few bytes).
#[derive(Debug, Clone, Copy)]
struct Seg {
    /// Cleaned offset where the segment starts (it ends where the next
    /// one starts).
    clean: u32,
    /// Raw offset where the segment's source starts.
    raw: u32,
    /// [`VERBATIM`], or the number of raw bytes the segment replaces.
    replaced: u32,
}

/// [`Seg::replaced`] of a verbatim segment.
const VERBATIM: u32 = u32::MAX;

/// Longest text cleaned (its offsets fit a [`Seg`]); a longer one is left
/// as it is (the parser refuses it before: see `crate::parse_with`).
pub(crate) const MAX_TEXT: usize = (u32::MAX - 1) as usize;

impl Seg {
    /// (Offsets of a text of at most [`MAX_TEXT`] bytes.)
    fn new(clean: usize, raw: usize, replaced: Option<usize>) -> Seg {
        Seg { clean: clean as u32, raw: raw as u32, replaced: replaced.map_or(VERBATIM, |n| n as u32) }
    }

    fn clean(self) -> usize {
        self.clean as usize
    }

    fn raw(self) -> usize {
        self.raw as usize
    }

    /// `None`: verbatim. `Some(n)`: the segment replaces `n` raw bytes.
    fn replaced(self) -> Option<usize> {
        (self.replaced != VERBATIM).then_some(self.replaced as usize)
    }
}

/// The cleaned text with its map back to raw offsets.
#[derive(Debug)]
pub(crate) struct Cleaned<'a> {
    /// The cleaned text: borrowed from the input when all that cleaning
    /// removed (if anything) lies before the text's last stretch, as in
    /// most texts (nothing at all, a BOM or a markdown title marker at the
    /// start), so a clean text costs one search and no copy.
    pub(crate) text: Cow<'a, str>,
    segs: Vec<Seg>,
    /// The removed or replaced runs of each kind (indexed by `Residue as
    /// usize`): how many, how many bytes, the first and the last.
    pub(crate) removed: [Option<Runs>; Residue::ALL.len()],
    /// Segment of the last lookup (see `map`).
    cursor: std::cell::Cell<usize>,
    /// For each stretch of 64 cleaned bytes (`BUCKET_BITS`), how many segments
    /// start at or before its first byte: `seg_after` starts there and steps
    /// over at most a bucket's segments (empty while there are few
    /// segments, which a search from the start finds as fast).
    buckets: Vec<u32>,
    /// Work units spent cleaning (see `Source::work`): bytes searched,
    /// copied and looked back over.
    pub(crate) work: u64,
}

/// The runs of one kind of residue, summarised as they are removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Runs {
    /// How many runs.
    pub(crate) count: usize,
    /// Raw bytes of all the runs.
    pub(crate) bytes: usize,
    /// Raw span of the first run and of the last.
    pub(crate) first: Span,
    pub(crate) last: Span,
}

/// ASCII bytes that may start residue, in two sets searched together: the
/// first set is absent from most texts (one search to the end shows it),
/// the second holds the space, which most texts hold a few of.
const SPECIAL: [[u8; 3]; 2] = [[b'@', b'<', b'&'], [b' ', b'*', b'#']];

/// The ASCII marks a markdown converter escapes with a backslash (not the
/// backslash itself: `教育\\科技`, a category path of gov.cn pages, stays).
const MD_ESCAPED: &[u8] = b"`*_{}[]()#+-.!|>~<";

/// Lead bytes of the invisible characters and of the spaces other than
/// ASCII and U+3000: C2 (U+00A0, U+00AD), D8 (U+061C), E2 (U+2000–U+206F).
const WIDE: [u8; 3] = [0xC2, 0xD8, 0xE2];

/// A search for any of three bytes: on x86-64 with AVX2, memchr's AVX2
/// searcher built once (`memchr::memchr3` chooses its routine and sets up
/// its vectors again on every call, which costs about as much as a short
/// search, and a stream searches again at every hit).
#[derive(Debug, Clone, Copy)]
enum Three {
    #[cfg(target_arch = "x86_64")]
    Avx2(memchr::arch::x86_64::avx2::memchr::Three),
    Any([u8; 3]),
}

impl Three {
    fn new(needles: [u8; 3]) -> Self {
        #[cfg(target_arch = "x86_64")]
        if let Some(t) = memchr::arch::x86_64::avx2::memchr::Three::new(needles[0], needles[1], needles[2]) {
            return Three::Avx2(t);
        }
        Three::Any(needles)
    }

    #[inline]
    fn find(&self, hay: &[u8]) -> Option<usize> {
        match self {
            #[cfg(target_arch = "x86_64")]
            Three::Avx2(t) => t.find(hay),
            Three::Any([a, b, c]) => memchr::memchr3(*a, *b, *c, hay),
        }
    }
}

/// Up to three bytes searched together with `memchr`, remembering where
/// the next one is.
#[derive(Debug, Clone, Copy)]
struct Stream {
    needles: Three,
    /// The first needle at or after `from`, or `usize::MAX` when there is
    /// none.
    next: usize,
    /// Offset of the last search (`usize::MAX` before the first one).
    from: usize,
}

impl Stream {
    fn new(needles: [u8; 3]) -> Self {
        Stream { needles: Three::new(needles), next: 0, from: usize::MAX }
    }

    /// The first needle at or after `from`: the remembered one while `from`
    /// has not passed it (each search runs on from where the last one
    /// stopped, so the text is searched once in all).
    #[inline]
    fn next(&mut self, bytes: &[u8], from: usize) -> usize {
        if self.from <= from && from <= self.next {
            return self.next;
        }
        self.search(bytes, from)
    }

    #[inline(never)]
    fn search(&mut self, bytes: &[u8], from: usize) -> usize {
        let found = self.needles.find(bytes.get(from..).unwrap_or(&[]));
        self.from = from;
        self.next = found.map_or(usize::MAX, |k| from + k);
        self.next
    }

    /// The first needle at or after `from` that starts a space or an
    /// invisible character (see [`classify`]), passing over the other
    /// characters that share its lead byte (quotation marks, dashes) within
    /// the search; a needle at or past `limit` is returned as it is.
    #[inline]
    fn next_class(&mut self, bytes: &[u8], from: usize, limit: usize) -> usize {
        let mut at = self.next(bytes, from);
        while at < limit {
            match classify(bytes, at) {
                (Class::Other, n) => at = self.search(bytes, at + n),
                _ => break,
            }
        }
        at
    }
}

/// Finds the next byte that may start residue, with SIMD (memchr): one
/// search through the text for each set of ASCII special bytes and one for
/// the lead bytes of the invisible characters and other spaces.
///
/// A BOM after the start is not searched for: its lead byte EF starts all the
/// full-width punctuation, and a search of its own costs a pass over the text
/// (about 1 % of a parse). At a line's edges it is white space to
/// `punct::trim`, before a markdown heading the look-back passes over it; one
/// inside a line stays.
struct Specials {
    ascii: [Stream; 2],
    wide: Stream,
    /// The C0 control characters, searched only in a text that holds one.
    control: Option<Controls>,
    /// Which line-start `>` go.
    quotes: Quotes,
}

/// Fewest lines of a quoted passage, in a text not quoted whole, whose
/// quote marks go.
const MIN_QUOTED: usize = 3;

/// Which line-start `>` are a markdown quote's marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quotes {
    /// None (no line starts with one, or one or two lines do).
    None,
    /// Those followed by a space, another `>` or the line's end.
    Marked,
    /// All (a text quoted whole).
    All,
}

impl Specials {
    fn new(bytes: &[u8]) -> Self {
        // a text quoted whole by a markdown converter: `>` starts most of
        // its lines (one search of the text for them; its lines are counted
        // only in a text with one). A quoted note over a text that is not
        // quoted stays as it is. (A text without `>` is searched for it
        // alone, with memchr: the search for `\n>` stops at every line
        // break.)
        // (one search finds the first of `>`, DEL and the backslash, most
        // texts holding none of them; a search for the others runs on
        // from the one found)
        let (gt, del_or_backslash) = match memchr::memchr3(b'>', 0x7F, b'\\', bytes) {
            None => (false, false),
            Some(i) if bytes[i] == b'>' => (true, memchr::memchr2(0x7F, b'\\', &bytes[i..]).is_some()),
            Some(i) => (memchr::memchr(b'>', &bytes[i..]).is_some(), true),
        };
        // lines that start with `>`, and those of them that start with a
        // quote's mark as a converter writes it (`> `, `>>`, `>` alone)
        let (quoted, marked) = if !gt {
            (0, 0)
        } else {
            let starts = (bytes.first() == Some(&b'>')).then_some(0);
            starts.into_iter().chain(memchr::memmem::find_iter(bytes, b"\n>").map(|k| k + 1)).fold(
                (0, 0),
                |(q, m), k| {
                    let mark = matches!(bytes.get(k + 1), None | Some(b' ' | b'>' | b'\n' | b'\r'));
                    (q + 1, m + usize::from(mark))
                },
            )
        };
        // a text quoted whole: every line-start `>` goes; a quoted passage
        // of three lines or more (the notice over a plan that is not
        // quoted): the marks as a converter writes them
        let quotes = match quoted {
            0 => Quotes::None,
            _ if quoted * 2 > memchr::memchr_iter(b'\n', bytes).count() => Quotes::All,
            _ if marked >= MIN_QUOTED => Quotes::Marked,
            _ => Quotes::None,
        };
        // a carriage return alone (old Mac text): its first one shows it
        let cr = memchr::memchr(b'\r', bytes);
        let lone_cr = cr.is_some_and(|k| {
            let after = run(bytes, k, b'\r');
            after == bytes.len() || bytes[after] != b'\n'
        });
        let control = (quotes != Quotes::None || del_or_backslash || lone_cr || has_c0_control(bytes, cr.is_some()))
            .then_some(Controls { next: 0, from: usize::MAX, quotes: quotes != Quotes::None, cr: lone_cr });
        Specials { ascii: SPECIAL.map(Stream::new), wide: Stream::new(WIDE), control, quotes }
    }

    /// The first special byte at or after `from` of another stream than
    /// `@`'s (`usize::MAX` when there is none): where a stretch of `@` runs
    /// read by [`AtRuns`] must stop, `<` and `&` (`@`'s stream) aside.
    fn next_other(&mut self, bytes: &[u8], from: usize) -> usize {
        let mut best = self.ascii[1].next(bytes, from);
        if let Some(control) = &mut self.control {
            best = best.min(control.next(bytes, from));
        }
        best.min(self.wide.next_class(bytes, from, best))
    }

    fn next(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        let [a, b] = &mut self.ascii;
        let mut best = a.next(bytes, from).min(b.next(bytes, from));
        if let Some(control) = &mut self.control {
            best = best.min(control.next(bytes, from));
        }
        let best = best.min(self.wide.next_class(bytes, from, best));
        (best != usize::MAX).then_some(best)
    }
}

/// The bytes of `@`'s stream ([`SPECIAL`]'s first set), found in a
/// stretch of `@` runs 64 bytes at a time: the window after the last run,
/// tested once for all the runs in it (a scraped page has a run every few
/// characters, where a `memchr` search started again after each run costs
/// more than it scans).
struct AtRuns {
    /// Offset of the window tested last.
    at: usize,
    /// The window's bytes of the stream not passed yet, bit `k` for byte
    /// `at + k`.
    mask: u64,
}

/// Bytes tested at a time by [`AtRuns`].
const AT_WINDOW: usize = 64;

impl AtRuns {
    fn new(at: usize) -> Self {
        AtRuns { at, mask: 0 }
    }

    /// The first byte of `@`'s stream at or after `from` within the window
    /// that starts at `from` (or the current one), `None` when there is
    /// none there or the text ends within a window (the main loop's search
    /// goes on from there).
    #[inline]
    fn next(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        // (bits of the current window from `from` on)
        let skip = from.wrapping_sub(self.at);
        if skip < AT_WINDOW {
            self.mask &= u64::MAX << skip;
        } else {
            self.mask = 0;
        }
        if self.mask == 0 {
            // the window from `from`: one test of its 64 bytes
            let w = bytes.get(from..)?.first_chunk::<AT_WINDOW>()?;
            self.at = from;
            self.mask = at_stream(w);
            if self.mask == 0 {
                return None;
            }
        }
        let k = self.at + self.mask.trailing_zeros() as usize;
        // (only `@` goes on here: `<` and `&` are the main loop's)
        (bytes[k] == b'@').then_some(k)
    }
}

/// Bit `k` set where `w[k]` is a byte of `@`'s stream (`@` `<` `&`),
/// without a branch per byte (the compiler makes it a few vector
/// instructions a 16 bytes).
#[inline(always)]
fn at_stream(w: &[u8; AT_WINDOW]) -> u64 {
    let [a, b, c] = SPECIAL[0];
    let mut flags = [0u8; AT_WINDOW];
    for (k, f) in flags.iter_mut().enumerate() {
        let x = w[k];
        *f = u8::from((x == a) | (x == b) | (x == c));
    }
    if flags.iter().fold(0, |any, &f| any | f) == 0 {
        return 0;
    }
    let mut mask = 0;
    for (n, lanes) in flags.chunks_exact(16).enumerate() {
        mask |= u64::from(punct::lane_mask(lanes.try_into().unwrap_or(&[0; 16]))) << (16 * n);
    }
    mask
}

/// Whether `b` is a C0 control character that cleaning removes: all of
/// U+0000–U+001F but tab, line feed, carriage return and form feed (a page
/// break of PDF text), and DEL. (The C1 controls U+0080–U+009F are found
/// with the other characters of lead byte C2: [`Class::Control`].)
#[inline(always)]
pub(crate) fn is_c0_control(b: u8) -> bool {
    (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C) | (b == 0x7F)
}

/// A byte searched only in a text that holds one: a C0 control character
/// or a backslash (a markdown converter's escape, `1\.`, `\-`, `\*`).
#[inline(always)]
fn is_rare(b: u8) -> bool {
    is_c0_control(b) | (b == b'\\')
}

/// Whether `bytes` holds a C0 control character, DEL or a backslash
/// ([`is_rare`]), since almost no text has one: DEL and the backslash by
/// one SIMD search (memchr), the C0 controls 64 bytes at a time without a
/// branch per byte (the compiler makes it a vector loop). Each stretch is
/// tested first for a superset that costs half as much
/// ([`may_be_control`]: below 20 but the line feed, and the carriage
/// return too in a text that holds one, which one memchr search shows);
/// the few that pass it (a tab or a form feed in them) are tested exactly.
/// (Cleaning tests its parts apart: see `Specials::new`.)
#[cfg(test)]
pub(crate) fn has_rare(bytes: &[u8]) -> bool {
    memchr::memchr2(0x7F, b'\\', bytes).is_some() || has_c0_control(bytes, memchr::memchr(b'\r', bytes).is_some())
}

/// Whether `bytes` holds a C0 control character other than DEL, or a
/// form feed inside a line (see `has_rare`); `cr`: whether it holds a
/// carriage return.
fn has_c0_control(bytes: &[u8], cr: bool) -> bool {
    if cr { has_control(bytes, may_be_control::<true>) } else { has_control(bytes, may_be_control::<false>) }
}

/// Whether `chunk`, a stretch of `bytes`, holds a C0 control character
/// ([`is_c0_control`]) or a form feed inside a line ([`in_line`]). (Out of
/// the loop over the stretches: most stretches never get here.)
#[inline(never)]
fn control_in(bytes: &[u8], chunk: &[u8]) -> bool {
    // (where the chunk starts, from its address)
    let at = offset_in(bytes, chunk);
    chunk.iter().fold(false, |any, &b| any | is_c0_control(b)) || inline_form_feed(bytes, at, at + chunk.len())
}

/// Whether `bytes[from..to]` holds a form feed inside a line ([`in_line`]).
fn inline_form_feed(bytes: &[u8], from: usize, to: usize) -> bool {
    memchr::memchr_iter(0x0C, &bytes[from..to]).any(|k| in_line(bytes, from + k))
}

/// Whether the form feed at `bytes[i]` stands inside a line, with no line
/// break nor other form feed on either side and not at the text's start
/// (a page break in place of a line break).
fn in_line(bytes: &[u8], i: usize) -> bool {
    let edge = |k: usize| matches!(bytes.get(k), None | Some(b'\n' | b'\r' | 0x0C));
    i > 0 && !edge(i - 1) && !edge(i + 1)
}

/// Whether `bytes` holds a C0 control character ([`is_c0_control`]),
/// each stretch of 64 bytes tested first with `may_be` (a superset).
#[inline(always)]
fn has_control(bytes: &[u8], may_be: impl Fn(u8) -> bool) -> bool {
    let mut chunks = bytes.chunks_exact(64);
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |any, &b| any | may_be(b)) && control_in(bytes, chunk) {
            return true;
        }
    }
    control_in(bytes, chunks.remainder())
}

/// A superset of the C0 controls of [`is_c0_control`] with fewer tests:
/// every byte below 20 but the line feed (which ends the lines of every
/// text) and, with `CR`, the carriage return (in a text that holds one).
#[inline(always)]
fn may_be_control<const CR: bool>(b: u8) -> bool {
    (b < 0x20) & (b != b'\n') & (!CR | (b != b'\r'))
}

/// The next rare byte ([`is_rare`]), remembered like a [`Stream`]'s needle.
struct Controls {
    next: usize,
    from: usize,
    /// Whether `>` is searched too: in a text with a line that starts
    /// with one (a markdown quote).
    quotes: bool,
    /// Whether the carriage return is searched too: in a text with one
    /// alone.
    cr: bool,
}

impl Controls {
    fn next(&mut self, bytes: &[u8], from: usize) -> usize {
        if self.from <= from && from <= self.next {
            return self.next;
        }
        let (quotes, cr) = (self.quotes, self.cr);
        // (a form feed too: one inside a line is a line break)
        let found = bytes
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .position(|&b| is_rare(b) | (b == 0x0C) | (quotes & (b == b'>')) | (cr & (b == b'\r')));
        self.from = from;
        self.next = found.map_or(usize::MAX, |k| from + k);
        self.next
    }
}

/// What a character is to the cleaning pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A space that may be stray: ASCII space, U+00A0, U+2000–U+200A,
    /// U+202F, U+205F.
    Space,
    /// An invisible character: U+00AD, U+061C, U+200B–U+200F,
    /// U+202A–U+202E, U+2060–U+206F.
    Invisible,
    /// A C1 control character, U+0080–U+009F.
    Control,
    /// A line or paragraph separator, U+2028 or U+2029, or U+0085 NEXT
    /// LINE: a line break.
    Break,
    /// Anything else.
    Other,
}

/// Whether the bytes `lead`, `next` are a character of U+0080–U+00FF other
/// than U+0085 (see [`classify`]).
fn is_latin1(lead: u8, next: u8) -> bool {
    lead == 0xC3 || lead == 0xC2 && next != 0x85
}

/// The class of the character starting at `bytes[i]` and its length, read
/// from its bytes without decoding (only ASCII space and the lead bytes C2,
/// D8 and E2 can start a space or an invisible character).
#[inline]
fn classify(bytes: &[u8], i: usize) -> (Class, usize) {
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match bytes.get(i) {
        Some(b' ') => (Class::Space, 1),
        Some(0xC2) => match at(1) {
            0xA0 => (Class::Space, 2),
            0xAD => (Class::Invisible, 2),
            // U+0085 NEXT LINE: a line break, unless a Latin-1 character
            // (a C2 or C3 lead byte; another U+0085 none) stands beside it:
            // a byte of a CJK character's UTF-8 read as Latin-1 (公 E5 85
            // AC: å, U+0085, ¬), mojibake's, not a break
            0x85 if !(i >= 2 && is_latin1(bytes[i - 2], bytes[i - 1]) || is_latin1(at(2), at(3))) => (Class::Break, 2),
            0x80..=0x9F => (Class::Control, 2),
            _ => (Class::Other, 2),
        },
        Some(0xD8) => (if at(1) == 0x9C { Class::Invisible } else { Class::Other }, 2),
        Some(0xE2) => match (at(1), at(2)) {
            (0x80, 0x80..=0x8A | 0xAF) | (0x81, 0x9F) => (Class::Space, 3),
            (0x80, 0x8B..=0x8F | 0xAA..=0xAE) | (0x81, 0xA0..=0xAF) => (Class::Invisible, 3),
            (0x80, 0xA8 | 0xA9) => (Class::Break, 3),
            _ => (Class::Other, 3),
        },
        _ => (Class::Other, 1),
    }
}

/// End of the run of characters of `class` starting at `i`.
fn class_run(bytes: &[u8], mut i: usize, class: Class) -> usize {
    loop {
        match classify(bytes, i) {
            (c, n) if c == class && i < bytes.len() => i += n,
            _ => return i,
        }
    }
}

/// Length of the space (of [`Class::Space`]) that ends at `bytes[..k]`, or 0.
fn space_before(bytes: &[u8], k: usize) -> usize {
    for n in 1..=3 {
        if k >= n && classify(bytes, k - n) == (Class::Space, n) {
            return n;
        }
    }
    0
}

/// End of the last character in `bytes` that is no space, looking back
/// over spaces at most `near` bytes; `None` when only spaces are within
/// reach.
fn last_non_space(bytes: &[u8], near: usize) -> Option<usize> {
    let mut k = bytes.len();
    while k > 0 && bytes.len() - k < near {
        match space_before(bytes, k) {
            0 => return Some(k),
            n => k -= n,
        }
    }
    None
}

/// Whether a character can be one of letter-spaced text (a CJK
/// character, an ASCII digit, or `.` `/` `:` `%` of a number; not a Latin
/// letter: `分为 A B C D 四个等级` keeps its spaces).
fn spaced_char(c: char) -> bool {
    punct::is_cjk(c) || c.is_ascii_digit() || matches!(c, '.' | '/' | ':' | '%')
}

/// Fewest characters in a row, each between white space, that make a
/// stretch of letter-spaced text ([`letter_spaced`]).
const MIN_LETTER_SPACED: usize = 4;

/// How many characters in a row, from the start of `chars`, stand each
/// alone between single spaces, the last at a line's edge or before one
/// space (at most `MIN_LETTER_SPACED - 1`): `chars` runs away from a space.
fn spaced_run(mut chars: impl Iterator<Item = char>) -> usize {
    let mut n = 0;
    while n < MIN_LETTER_SPACED - 1 {
        if !chars.next().is_some_and(spaced_char) {
            break;
        }
        match chars.next() {
            None | Some('\n' | '\r') => return n + 1,
            Some(' ') => n += 1,
            Some(_) => break,
        }
    }
    n
}

/// Whether the single ASCII space at `raw[i]` is one of letter-spaced text,
/// as some PDF extractors give it (`2 0 2 3 年 5 月 1 0 日`, `1 . 总 体 要
/// 求`), next to an ASCII digit or mark of a number (between two CJK characters the rule
/// of stray spaces decides): each of the characters around it stands alone
/// between single spaces or a line's edge, [`MIN_LETTER_SPACED`] of them at
/// least in a row. Spaces around a number (`到 2025 年`), after a decimal
/// outline number (`1 范围`) or inside a page number (`— 3 —`) stay. Looks
/// at most three characters either way.
fn letter_spaced(raw: &str, i: usize) -> bool {
    let bytes = raw.as_bytes();
    let ascii = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && spaced_char(b as char));
    if !(ascii(i.checked_sub(1).and_then(|k| bytes.get(k))) || ascii(bytes.get(i + 1))) {
        return false;
    }
    let left = spaced_run(raw[..i].chars().rev());
    let right = if left > 0 { spaced_run(raw[i + 1..].chars()) } else { 0 };
    right > 0 && left + right >= MIN_LETTER_SPACED
}

/// Named and numeric entities of white space that may indent a line of
/// HTML text (`&nbsp;&nbsp;## 标题`).
const SPACE_ENTITIES: [&str; 6] = ["&nbsp;", "&ensp;", "&emsp;", "&thinsp;", "&#160;", "&#12288;"];

/// `s` without the indentation it ends with: white space (not the line
/// break nor `\r`), invisible characters and space entities.
fn indentation_start(s: &str) -> &str {
    let mut s = s;
    loop {
        let t = s.trim_end_matches(|c| {
            c != '\r' && (punct::is_inline_space(c) || punct::is_other_space(c) || punct::is_invisible(c))
        });
        match SPACE_ENTITIES.iter().find(|e| t.ends_with(*e)) {
            Some(e) => s = &t[..t.len() - e.len()],
            None => return t,
        }
    }
}

/// Where the `*` that closes markdown italic opened by the single `*` at
/// `raw[i]` stands: the `*` opens a line (after its indentation; `tag_break`:
/// where a block tag last ended one) and a character that is no space nor
/// `*` follows it, and the next `*` of the line, alone, follows a
/// character that is no space.
fn italic(raw: &str, i: usize, tag_break: usize) -> Option<usize> {
    let bytes = raw.as_bytes();
    if matches!(bytes.get(i + 1), None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'*')) {
        return None;
    }
    let before = indentation_start(&raw[..i]);
    if !(before.is_empty() || before.ends_with('\n') || before.len() <= tag_break || before == "\u{FEFF}") {
        return None;
    }
    let from = i + 1;
    let end = memchr::memchr2(b'\n', b'\r', &bytes[from..]).map_or(bytes.len(), |k| from + k);
    let close = from + memchr::memchr(b'*', &bytes[from..end])?;
    let alone = bytes.get(close + 1) != Some(&b'*');
    let after_text = !matches!(bytes[close - 1], b' ' | b'\t');
    (alone && after_text).then_some(close)
}

/// Chinese numerals of a bare section number (`三`, `二十一`).
fn is_cn_numeral(c: char) -> bool {
    matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '零' | '〇' | '两')
}

/// How far the white space after a bare-number markdown heading may reach
/// for its text (blank lines included), in bytes.
const BARE_GAP: usize = 256;

/// A markdown heading's content that is a bare number, at the start of
/// `s` (the text after the heading marker): `三` takes `、` before its text,
/// `（三）` takes nothing. Returns the number's length, the end of the white
/// space after it (where the text starts) and the replacement for that
/// white space, when text follows within [`BARE_GAP`] bytes and is no
/// other heading marker.
fn bare_number(s: &str) -> Option<(usize, usize, &'static str)> {
    let digits = |t: &str| t.len() - t.trim_start_matches(is_cn_numeral).len();
    let n = digits(s);
    let (len, rep) = if (1..=4 * 3).contains(&n) {
        (n, "\u{3001}")
    } else {
        let inner = s.strip_prefix(punct::is_lparen)?;
        let d = digits(inner);
        let close = inner[d..].chars().next().filter(|&c| punct::is_rparen(c))?;
        if d == 0 || d > 4 * 3 {
            return None;
        }
        (s.len() - inner.len() + d + close.len_utf8(), "")
    };
    let rest = &s[len..];
    let gap = rest.len() - rest.trim_start_matches(|c| punct::is_space(c) || punct::is_other_space(c)).len();
    let text = &rest[gap..];
    if gap == 0 || gap > BARE_GAP || text.is_empty() || text.starts_with(['#', '<']) {
        return None;
    }
    Some((len, len + gap, rep))
}

/// Block-level HTML tags that end a line.
const BLOCK_TAGS: &[&str] = &[
    "br", "p", "div", "tr", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
    "article",
];

/// Elements whose content is never text of the document, removed with it:
/// a saved page's scripts and style sheets (a script's strings can look
/// like headings: `document.write("<p>三、…")`), the fallback of
/// `noscript`, templates, and the `<title>` of the page's head, which is
/// the page's name (the document's title and the site's: `…的通知_政策文件`)
/// where the body prints the title itself. The element ends at the first
/// closing tag of its name (as HTML reads a script); an opening tag with no
/// closing one is removed alone, as any tag.
const HIDDEN_ELEMENTS: [&str; 5] = ["script", "style", "noscript", "template", "title"];

/// Named entities decoded, with their replacement.
const ENTITIES: &[(&str, &str)] = &[
    ("nbsp", " "),
    ("ensp", " "),
    ("emsp", " "),
    ("thinsp", " "),
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("ldquo", "\u{201C}"),
    ("rdquo", "\u{201D}"),
    ("lsquo", "\u{2018}"),
    ("rsquo", "\u{2019}"),
    ("middot", "\u{00B7}"),
    ("hellip", "\u{2026}"),
    ("mdash", "\u{2014}"),
    ("ndash", "\u{2013}"),
];

impl<'a> Cleaned<'a> {
    /// Remove residue from `raw`.
    pub(crate) fn new(raw: &'a str) -> Cleaned<'a> {
        let bytes = raw.as_bytes();
        let mut c = Cleaned {
            text: Cow::Owned(String::new()),
            segs: Vec::new(),
            removed: [None; Residue::ALL.len()],
            cursor: std::cell::Cell::new(0),
            buckets: Vec::new(),
            work: 0,
        };
        if raw.len() > MAX_TEXT {
            // (beyond the offsets of a segment: never parsed) as it is
            c.flush(raw, 0, raw.len());
            return c;
        }
        let mut i = 0;
        let mut copy_from = 0;
        // where a block tag last ended a line (line starts are otherwise
        // found from the raw line breaks), for markdown heading markers
        let mut tag_break = 0;
        if raw.starts_with(punct::BOM) {
            let n = punct::BOM.len_utf8();
            c.note(Residue::Bom, Span::new(0, n));
            i = n;
            copy_from = n;
            tag_break = n;
        }
        let mut specials = Specials::new(bytes);
        // the three searches and the copy each visit the input once
        c.work += 4 * raw.len() as u64;
        let mut comment_end: Option<(usize, Option<usize>)> = None;
        // the `*` that closes an italic line's opening one
        let mut italic_close = usize::MAX;
        // the same for the closing tag of each of HIDDEN_ELEMENTS
        let mut hidden_ends: [Option<(usize, Option<usize>)>; HIDDEN_ELEMENTS.len()] = [None; HIDDEN_ELEMENTS.len()];
        while let Some(at) = specials.next(bytes, i) {
            c.work += 1;
            i = at;
            c.make_room(bytes.len(), i);
            let (end, replacement, kind) = match bytes[i] {
                b'@' => {
                    // link residue comes in stretches (`二@@十@@@@三`, a run
                    // every few characters of a scraped page): the runs
                    // before the next special byte of another kind are
                    // removed here, each next `@` found in the 64 bytes
                    // after the last run (`AtRuns`) instead of by a search
                    // started again after every run
                    let limit = specials.next_other(bytes, i);
                    let mut runs = AtRuns::new(i);
                    loop {
                        let j = run(bytes, i, b'@');
                        let email = j == i + 1
                            && i > 0
                            && bytes[i - 1].is_ascii_alphanumeric()
                            && bytes.get(j).is_some_and(|b| b.is_ascii_alphanumeric());
                        if !email {
                            // the kept text before the run; the run goes
                            c.flush(raw, copy_from, i);
                            c.note(Residue::LinkArtifact, Span::new(i, j));
                            copy_from = j;
                        }
                        i = j;
                        match runs.next(bytes, j) {
                            Some(k) if k < limit => {
                                c.work += 1;
                                c.make_room(bytes.len(), k);
                                i = k;
                            }
                            _ => break,
                        }
                    }
                    continue;
                }
                b' ' | 0xC2 | 0xD8 | 0xE2 => {
                    let (class, len) = classify(bytes, i);
                    match class {
                        Class::Other => {
                            i += len;
                            continue;
                        }
                        Class::Invisible => (class_run(bytes, i, Class::Invisible), None, Residue::Invisible),
                        Class::Control => (class_run(bytes, i, Class::Control), None, Residue::Control),
                        Class::Break => (i + len, Some(Cow::Borrowed("\n")), Residue::LineBreak),
                        Class::Space => {
                            let j = class_run(bytes, i, Class::Space);
                            // the characters around the run, looking past
                            // other spaces, link artifacts and invisible
                            // characters ("推 @@进" is "推进"), a bounded
                            // distance so that long runs stay linear
                            const NEAR: usize = 64;
                            let mut k = j;
                            // spaces past the residue count with the run's
                            // own: `推 @@ 进` is `推  进`, two spaces
                            let mut spaces_after = 0;
                            while k < bytes.len() && k - j < NEAR {
                                match classify(bytes, k) {
                                    _ if bytes[k] == b'@' => k += 1,
                                    (Class::Other | Class::Break, _) => break,
                                    (Class::Space, n) => {
                                        spaces_after += 1;
                                        k += n;
                                    }
                                    (_, n) => k += n,
                                }
                            }
                            let next = if k - j < NEAR { raw.get(k..).and_then(|r| r.chars().next()) } else { None };
                            // what was kept before the run: the raw bytes not
                            // copied yet, then the cleaned text
                            let pending = &bytes[copy_from..i];
                            let prev = match last_non_space(pending, NEAR) {
                                Some(end) => raw[..copy_from + end].chars().next_back(),
                                None if pending.len() < NEAR => last_non_space(c.text.as_bytes(), NEAR)
                                    .and_then(|end| c.text[..end].chars().next_back()),
                                None => None,
                            };
                            // between CJK characters a run is stray, unless it
                            // separates: two or more spaces (joint issuers
                            // `市教委  市财政局`, table cells), or one space
                            // between two complete body names (`中共中央 国务院`)
                            let stray = prev.is_some_and(punct::is_cjk) && next.is_some_and(punct::is_cjk) && {
                                c.work += 2 * BODY_CONTEXT as u64;
                                let words =
                                    prev.is_some_and(punct::is_ideograph) && next.is_some_and(punct::is_ideograph);
                                // the spaces of the whole stretch the residue
                                // interrupts: this run, those after it (above)
                                // and, right after removed residue, those kept
                                // before it
                                let before = if pending.is_empty() {
                                    let kept = c.text.as_bytes();
                                    let end = last_non_space(kept, NEAR).unwrap_or(kept.len().saturating_sub(NEAR));
                                    kept[end..].iter().filter(|&&b| (b as i8) >= -64).count()
                                } else {
                                    0
                                };
                                let spaces =
                                    before + bytes[i..j].iter().filter(|&&b| (b as i8) >= -64).count() + spaces_after;
                                !(words && (spaces >= 2 || separates_bodies(&raw[..i], &raw[j..])))
                            } || (j == i + 1 && bytes[i] == b' ' && letter_spaced(raw, i));
                            if stray {
                                (j, None, Residue::StraySpace)
                            } else if bytes[i..j].contains(&0xE2) {
                                // a run that stays with other spaces in it
                                // (indentation, the gap after a marker, a
                                // separator) becomes as many ASCII spaces: no
                                // residue, white space the grammar knows
                                c.flush(raw, copy_from, i);
                                c.segs.push(Seg::new(c.text.len(), i, Some(j - i)));
                                let spaces = bytes[i..j].iter().filter(|&&b| (b as i8) >= -64).count();
                                c.out(raw).extend(std::iter::repeat_n(' ', spaces));
                                i = j;
                                copy_from = j;
                                continue;
                            } else {
                                i = j;
                                continue;
                            }
                        }
                    }
                }
                b'*' => {
                    let j = run(bytes, i, b'*');
                    if j - i < 2 {
                        // one `*`: markdown italic opening a line (`*（一）
                        // 指导思想*`, `*（一）*指导思想`), closed by the next
                        // `*` of the line after a character that is no
                        // space; both go. Any other stays (`* ` a bullet,
                        // `*为约束性指标` a note, `2*3`)
                        if i == italic_close {
                            (j, None, Residue::Markdown)
                        } else {
                            match italic(raw, i, tag_break) {
                                Some(close) => {
                                    italic_close = close;
                                    c.work += (close - i) as u64;
                                    (j, None, Residue::Markdown)
                                }
                                None => {
                                    i = j;
                                    continue;
                                }
                            }
                        }
                    } else {
                        (j, None, Residue::Markdown)
                    }
                }
                b'#' => {
                    let j = run(bytes, i, b'#');
                    // at a line start, after indentation only: look back over
                    // the indentation (never further, so a long line full of
                    // '#' stays linear)
                    let before = indentation_start(&raw[..i]);
                    c.work += (i - before.len()) as u64;
                    let indented = before.is_empty()
                        || before.ends_with('\n')
                        || before.len() <= tag_break
                        || before == "\u{FEFF}";
                    let after = &raw[j..];
                    let space = after.len()
                        - after
                            .trim_start_matches(|c| {
                                c != '\r' && (punct::is_inline_space(c) || punct::is_other_space(c))
                            })
                            .len();
                    if !(indented && j - i <= 6 && (space > 0 || after.starts_with(['\n', '\r']) || after.is_empty())) {
                        i = j;
                        continue;
                    }
                    let content = j + space;
                    if let Some((number, text, rep)) = bare_number(&raw[content..]) {
                        // `## 三` then its text: the marker goes, the white
                        // space after the number becomes 、 (or goes)
                        c.flush(raw, copy_from, i);
                        c.note(Residue::Markdown, Span::new(i, content));
                        c.flush(raw, content, content + number);
                        if !rep.is_empty() {
                            c.segs.push(Seg::new(c.text.len(), content + number, Some(text - number)));
                            c.out(raw).push_str(rep);
                        }
                        c.note(Residue::Markdown, Span::new(content + number, content + text));
                        c.work += text as u64;
                        i = content + text;
                        copy_from = i;
                        continue;
                    }
                    (content, None, Residue::Markdown)
                }
                b'<' if raw[i..].starts_with("<!--") => {
                    // where the next "-->" is: searched once for all the
                    // comment openers before it (unclosed ones stay linear)
                    let from = i + 4;
                    let found = match comment_end {
                        Some((searched, found)) if searched <= from && found.is_none_or(|f| f >= from) => found,
                        _ => {
                            let found = memchr::memmem::find(&bytes[from..], b"-->").map(|k| from + k);
                            c.work += (found.unwrap_or(bytes.len()) - from) as u64;
                            comment_end = Some((from, found));
                            found
                        }
                    };
                    match found {
                        Some(f) => (f + 3, None, Residue::HtmlComment),
                        None => {
                            i += 1;
                            continue;
                        }
                    }
                }
                b'<' => match html_tag(&raw[i..]) {
                    Some(Tag { len, hidden: Some(h), .. }) => {
                        // where the element's closing tag is: searched once
                        // for all the openers of its name before it
                        // (unclosed ones stay linear)
                        let from = i + len;
                        let found = match hidden_ends[h] {
                            Some((searched, found)) if searched <= from && found.is_none_or(|f| f >= from) => found,
                            _ => {
                                let found = hidden_end(bytes, from, HIDDEN_ELEMENTS[h]);
                                c.work += (found.unwrap_or(bytes.len()) - from) as u64;
                                hidden_ends[h] = Some((from, found));
                                found
                            }
                        };
                        match found {
                            Some(end) => (end, None, Residue::HtmlHidden),
                            None => (from, None, Residue::HtmlTag),
                        }
                    }
                    Some(Tag { len, block, .. }) => (i + len, block.then_some(Cow::Borrowed("\n")), Residue::HtmlTag),
                    None => {
                        i += 1;
                        continue;
                    }
                },
                // a vertical tab: Word's manual line break
                0x0B => (i + 1, Some(Cow::Borrowed("\n")), Residue::LineBreak),
                b if is_c0_control(b) => (run_of(bytes, i, |b| is_c0_control(b) & (b != 0x0B)), None, Residue::Control),
                b'\r' | 0x0C => {
                    // a carriage return alone (not before a line feed, nor
                    // before another one: `\r\r\n` is one break), a form
                    // feed inside a line: a line break; a form feed at a
                    // line's edge (a PDF page break) stays
                    let lone = if bytes[i] == b'\r' {
                        !matches!(bytes.get(i + 1), Some(b'\n' | b'\r'))
                    } else {
                        in_line(bytes, i)
                    };
                    if !lone {
                        i += 1;
                        continue;
                    }
                    (i + 1, Some(Cow::Borrowed("\n")), Residue::LineBreak)
                }
                b'>' => {
                    // a markdown quote marker at a line start (`> 一、…`,
                    // `>` alone on a quoted blank line, `> > ` nested): the
                    // markers and one space after each go
                    let at_start = i == 0 || bytes[i - 1] == b'\n' || i == tag_break;
                    // (in a quoted passage, only a quote's mark: `>50` stays)
                    let mark = specials.quotes == Quotes::All
                        || matches!(bytes.get(i + 1), None | Some(b' ' | b'>' | b'\n' | b'\r'));
                    if !(at_start && mark) {
                        i += 1;
                        continue;
                    }
                    let mut j = i;
                    while bytes.get(j) == Some(&b'>') {
                        j += 1;
                        if bytes.get(j) == Some(&b' ') {
                            j += 1;
                        }
                    }
                    // (the line's text starts after the marks: `> # 标题`,
                    // `> *（一）…*`)
                    tag_break = j;
                    (j, None, Residue::Markdown)
                }
                b'\\' => {
                    // a markdown converter's escape before ASCII punctuation
                    // (`1\.`, `\-`, `\*`, `\#`): the backslash goes, the mark
                    // stays as text; any other backslash stays
                    if !bytes.get(i + 1).is_some_and(|&b| MD_ESCAPED.contains(&b)) {
                        i += 1;
                        continue;
                    }
                    (i + 1, None, Residue::Markdown)
                }
                _ => match entity(&raw[i..]) {
                    Some((len, rep)) => (i + len, (!rep.is_empty()).then_some(rep), Residue::HtmlEntity),
                    None => {
                        i += 1;
                        continue;
                    }
                },
            };
            c.flush(raw, copy_from, i);
            if let Some(rep) = &replacement {
                c.segs.push(Seg::new(c.text.len(), i, Some(end - i)));
                c.out(raw).push_str(rep);
                if rep == "\n" {
                    tag_break = end;
                }
            }
            c.note(kind, Span::new(i, end));
            i = end;
            copy_from = end;
        }
        if c.segs.is_empty() {
            // nothing kept before the last stretch: the text is the input
            // from there on, borrowed
            if copy_from < bytes.len() {
                c.segs.push(Seg::new(0, copy_from, None));
            }
            c.text = Cow::Borrowed(&raw[copy_from..]);
        } else {
            c.flush(raw, copy_from, bytes.len());
        }
        c.index_segments();
        c
    }

    /// Room in the segment list for the runs of residue at raw offset `i`
    /// of a text of `len` bytes (at most two segments a run).
    #[inline]
    fn make_room(&mut self, len: usize, i: usize) {
        if self.segs.capacity() == 0 {
            // room for a few runs up front (a large reservation for the
            // single space most texts hold costs the allocator more)
            self.segs.reserve(32);
        } else if self.segs.capacity() - self.segs.len() < 4 {
            // a text with many runs (`二@@十@@@@三` all through): room
            // for as many again as the text so far had per byte, in one
            // allocation instead of a series of doublings (at most two
            // segments a residue run, and a run takes a byte)
            // (exactly that: `reserve` would double a large list; an
            // eighth more at least, so that a text whose runs thicken
            // towards its end grows it a bounded number of times)
            let rest = len - i;
            let more = self.segs.len().saturating_mul(rest) / i.max(1);
            let at_least = (self.segs.len() / 8).max(4);
            self.segs.reserve_exact(more.max(at_least).min(2 * rest + 4));
        }
    }

    /// The cleaned text being built, with room for all of `raw` from the
    /// first byte kept (one allocation; none for a text borrowed whole).
    #[inline]
    fn out(&mut self, raw: &str) -> &mut String {
        let out = self.text.to_mut();
        if out.capacity() == 0 {
            out.reserve_exact(raw.len());
        }
        out
    }

    /// Fill `buckets` for the current segments (one pass over the buckets
    /// and the segments; nothing for a text with few segments).
    fn index_segments(&mut self) {
        self.buckets.clear();
        if self.segs.len() < FEW_SEGMENTS {
            return;
        }
        let n = (self.text.len() >> BUCKET_BITS) + 1;
        self.buckets.reserve_exact(n);
        self.work += (n + self.segs.len()) as u64;
        let mut p = 0;
        for k in 0..n {
            let at = k << BUCKET_BITS;
            while self.segs.get(p).is_some_and(|s| s.clean() <= at) {
                p += 1;
            }
            self.buckets.push(u32::try_from(p).unwrap_or(u32::MAX));
        }
    }

    /// Count one removed run (runs of a kind come in input order).
    fn note(&mut self, kind: Residue, span: Span) {
        let slot = &mut self.removed[kind as usize];
        match slot {
            Some(runs) => {
                runs.count += 1;
                runs.bytes += span.len();
                runs.last = span;
            }
            None => *slot = Some(Runs { count: 1, bytes: span.len(), first: span, last: span }),
        }
    }

    /// How many runs of `kind` were removed.
    #[cfg(test)]
    pub(crate) fn runs(&self, kind: Residue) -> usize {
        self.removed[kind as usize].map_or(0, |r| r.count)
    }

    /// How many runs were removed in all.
    #[cfg(test)]
    pub(crate) fn all_runs(&self) -> usize {
        Residue::ALL.iter().map(|&k| self.runs(k)).sum()
    }

    fn flush(&mut self, raw: &str, from: usize, to: usize) {
        if from < to {
            self.segs.push(Seg::new(self.text.len(), from, None));
            self.out(raw).push_str(&raw[from..to]);
        }
    }

    /// Raw offset of cleaned offset `c` used as a start: the byte it names.
    pub(crate) fn raw_start(&self, c: usize) -> usize {
        self.raw_start_in(self.seg_after(c), c)
    }

    /// [`Cleaned::raw_start`] of `c`, whose `seg_after` is `i`.
    fn raw_start_in(&self, i: usize, c: usize) -> usize {
        match i.checked_sub(1).map(|i| self.segs[i]) {
            Some(s) => match s.replaced() {
                Some(n) if c > s.clean() + self.seg_len(i - 1) - 1 => s.raw() + n,
                Some(_) => s.raw(),
                None => s.raw() + (c - s.clean()),
            },
            None => self.segs.first().map_or(0, |s| s.raw()),
        }
    }

    /// Raw offset of cleaned offset `c` used as an end: just past the byte
    /// before it, so trailing residue is not included.
    pub(crate) fn raw_end(&self, c: usize) -> usize {
        // the segment holding the byte before `c`
        let i = if c == 0 { 0 } else { self.seg_after(c - 1) };
        match i.checked_sub(1).map(|i| self.segs[i]) {
            Some(s) => match s.replaced() {
                Some(n) => s.raw() + n,
                None => s.raw() + (c - s.clean()),
            },
            None => self.segs.first().map_or(0, |s| s.raw()),
        }
    }

    /// Raw span of cleaned `start..end` and whether it is one verbatim
    /// stretch of the input (so its text can be borrowed from the raw
    /// input); one search when the range lies in one segment, the common
    /// case.
    #[inline]
    pub(crate) fn map(&self, start: usize, end: usize) -> (usize, usize, bool) {
        // most ranges lie in the verbatim segment of the last lookup
        if let Some(s) = self.segs.get(self.cursor.get()).filter(|s| s.replaced == VERBATIM) {
            let seg_end = self.segs.get(self.cursor.get() + 1).map_or(self.text.len(), |n| n.clean());
            if s.clean() <= start && start < end && end <= seg_end {
                return (s.raw() + (start - s.clean()), s.raw() + (end - s.clean()), true);
            }
        }
        self.map_searched(start, end)
    }

    /// [`Cleaned::map`] by a search for the segment.
    #[inline(never)]
    fn map_searched(&self, start: usize, end: usize) -> (usize, usize, bool) {
        let i = self.seg_after(start);
        if let Some(k) = i.checked_sub(1) {
            let s = self.segs[k];
            let seg_end = self.segs.get(i).map_or(self.text.len(), |n| n.clean());
            if s.replaced == VERBATIM && end <= seg_end && start < end {
                return (s.raw() + (start - s.clean()), s.raw() + (end - s.clean()), true);
            }
        }
        let raw_start = self.raw_start_in(i, start);
        if start >= end {
            return (raw_start, raw_start, true);
        }
        (raw_start, self.raw_end(end), false)
    }

    /// Index of the first segment that starts after cleaned offset `c`:
    /// from the count of segments before `c`'s bucket, a step over the
    /// segments that start inside it (each holds at least one byte, so at
    /// most a bucket's 64 of them); a text with few segments has no buckets
    /// and is stepped over from the start.
    fn seg_after(&self, c: usize) -> usize {
        let segs = &self.segs;
        let bucket = (c >> BUCKET_BITS).min(self.buckets.len().saturating_sub(1));
        let mut i = self.buckets.get(bucket).map_or(0, |&p| p as usize);
        while segs.get(i).is_some_and(|s| s.clean() <= c) {
            i += 1;
        }
        self.cursor.set(i.saturating_sub(1));
        i
    }

    fn seg_len(&self, i: usize) -> usize {
        self.segs.get(i + 1).map_or(self.text.len(), |n| n.clean()) - self.segs[i].clean()
    }

    /// Where the cleaned text starts in the raw input when it is one
    /// verbatim stretch of it running to the end of `raw_len` raw bytes (a
    /// text from which nothing was removed, or only something before it: a
    /// BOM, a leading markdown marker): every cleaned offset `c` is then raw
    /// `start + c`, with no lookup.
    pub(crate) fn verbatim_tail(&self, raw_len: usize) -> Option<usize> {
        match self.segs.as_slice() {
            [s] if s.replaced == VERBATIM && s.clean == 0 && s.raw() + self.text.len() == raw_len => Some(s.raw()),
            _ => None,
        }
    }

    /// Whether cleaned `start..end` is one verbatim stretch of the input, so
    /// its text can be borrowed from the raw input.
    #[cfg(test)]
    pub(crate) fn is_verbatim(&self, start: usize, end: usize) -> bool {
        let i = self.segs.partition_point(|s| s.clean() <= start);
        let here = i.checked_sub(1).map(|k| self.segs[k]);
        if here.is_some_and(|s| s.replaced().is_some()) {
            return start == end;
        }
        match self.segs.get(i) {
            Some(next) => end <= next.clean(),
            None => true,
        }
    }

    /// [`Cleaned::remove_keeping`], for tests.
    #[cfg(test)]
    pub(crate) fn remove(&mut self, cuts: &[(usize, usize, Option<Residue>)]) {
        self.remove_keeping(cuts, &mut Vec::new());
    }

    /// Remove cleaned byte ranges (sorted, disjoint, on character
    /// boundaries), recording each as residue of its kind (none: white
    /// space that goes with residue recorded next to it), and in `kept`
    /// the pieces of the old text that stay, in order, as
    /// `(old start, old end, new start)`.
    pub(crate) fn remove_keeping(
        &mut self,
        cuts: &[(usize, usize, Option<Residue>)],
        kept: &mut Vec<(usize, usize, usize)>,
    ) {
        kept.clear();
        if cuts.is_empty() {
            kept.push((0, self.text.len(), 0));
            return;
        }
        self.work += (self.text.len() + cuts.len()) as u64;
        for &(a, b, kind) in cuts {
            if let Some(kind) = kind {
                self.note(kind, Span::new(self.raw_start(a), self.raw_end(b)));
            }
        }
        let mut text = String::with_capacity(self.text.len());
        let mut segs = Vec::with_capacity(self.segs.len() + cuts.len());
        let mut r = 0;
        for (k, seg) in self.segs.iter().enumerate() {
            let (s, e) = (seg.clean(), self.segs.get(k + 1).map_or(self.text.len(), |n| n.clean()));
            let mut at = s;
            while at < e {
                while r < cuts.len() && cuts[r].1 <= at {
                    r += 1;
                }
                let (cut_a, cut_b) = cuts.get(r).map_or((usize::MAX, usize::MAX), |&(a, b, _)| (a, b));
                let keep_end = e.min(cut_a.max(at));
                if keep_end > at {
                    let raw = match seg.replaced() {
                        None => seg.raw() + (at - s),
                        Some(_) => seg.raw(),
                    };
                    segs.push(Seg::new(text.len(), raw, seg.replaced()));
                    kept.push((at, keep_end, text.len()));
                    text.push_str(&self.text[at..keep_end]);
                }
                at = if keep_end < e { e.min(cut_b) } else { e };
            }
        }
        self.text = Cow::Owned(text);
        self.segs = segs;
        self.cursor.set(0);
        self.index_segments();
    }
}

/// Segments are looked up through buckets of `1 << BUCKET_BITS` cleaned
/// bytes (see `Cleaned::seg_after`).
const BUCKET_BITS: u32 = 6;
/// Fewer segments than this are stepped over from the start, with no
/// buckets.
const FEW_SEGMENTS: usize = 16;

/// Most characters of a body name read on either side of a space.
const BODY_CONTEXT: usize = 24;

/// Last characters of a complete body name (某省民政厅, 市教委, 中共中央).
const BODY_ENDS: &[char] = &['局', '厅', '委', '部', '办', '府', '院', '会', '室', '署', '央'];

/// Whether `c` can end a complete body name (局 厅 委 部 办 府 院 会 室 署 央).
pub(crate) fn is_body_end(c: char) -> bool {
    BODY_ENDS.contains(&c)
}

/// Bodies that follow 中共中央 / 党中央 as joint issuers, also at the start of
/// a cited title (`《中共中央 国务院关于…》`).
const TOP_BODIES: &[&str] = &["国务院", "中央军委", "中央军事委员会", "全国人大", "全国政协"];

/// Words that continue a body name rather than start another one
/// (`国务院 办公厅` is one body with a stray space).
const CONTINUATIONS: &[&str] = &["办公", "委员", "人民", "政府", "常委", "常务", "管理", "中央"];

/// Whether one space between `before` and `after` separates two complete
/// body names: after 中共中央 / 党中央 when 国务院 / 中央军委 … follows (also in
/// a cited title), or on a line that holds nothing but body names
/// separated by white space (joint issuers; a table's cell, bounded by `|`,
/// a tab or HTML tags, is a line so), the one after the space not
/// continuing the one before it (`国务院 办公厅` is one body).
fn separates_bodies(before: &str, after: &str) -> bool {
    // invisible characters (removed by this pass wherever they stand) are
    // no part of the names: read the context without them (`中共中央 国务院`
    // with the bidi isolates U+2066 and U+2067 of a web page inside the
    // words), copied only when it holds one; first of all the character
    // before the space must end a body's name (most spaces fail here)
    if !before.chars().rev().find(|&c| !is_invisible(c)).is_some_and(|c| BODY_ENDS.contains(&c)) {
        return false;
    }
    let near_before = before.char_indices().rev().take(2 * BODY_CONTEXT + 1).last().map_or(before.len(), |(k, _)| k);
    let near_after = after.char_indices().nth(2 * BODY_CONTEXT + 1).map_or(after.len(), |(k, _)| k);
    let (tail, head) = (&before[near_before..], &after[..near_after]);
    if tail.chars().chain(head.chars()).any(is_invisible) {
        let visible = |s: &str| s.chars().filter(|&c| !is_invisible(c)).collect::<String>();
        return separates_visible(&visible(tail), &visible(head), near_before == 0, near_after == after.len());
    }
    separates_visible(before, after, true, true)
}

/// An invisible character, as [`classify`] reads it: U+00AD, U+061C,
/// U+200B–U+200F, U+202A–U+202E, U+2060–U+206F.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{61C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}')
}

/// [`separates_bodies`] on text with no invisible character near the
/// space; `whole_before` / `whole_after`: whether `before` starts and
/// `after` ends where the text does (else they are cut a bounded distance
/// from the space, and a line going on past the cut is too long).
fn separates_visible(before: &str, after: &str, whole_before: bool, whole_after: bool) -> bool {
    // the last character ends a body name, after at least two more
    // ideographs (counted, not collected: no allocation per space)
    let mut left = before.chars().rev();
    let Some(last) = left.next().filter(|c| BODY_ENDS.contains(c)) else { return false };
    if left.take(BODY_CONTEXT - 1).take_while(|&c| punct::is_ideograph(c)).take(2).count() < 2 {
        return false;
    }
    if last == '央' && TOP_BODIES.iter().any(|b| after.starts_with(b)) {
        return true;
    }
    // the whole line, a bounded distance either way
    // (a table's cell is a line of its own: bounded by `|` of a markdown
    // row, a tab, or the tags of an HTML cell, `>` before and `<` after)
    let line_start =
        before.char_indices().rev().take(2 * BODY_CONTEXT).find(|&(_, c)| matches!(c, '\n' | '|' | '\t' | '>'));
    let before_line = match line_start {
        Some((k, _)) => &before[k + 1..],
        None if whole_before && before.chars().rev().take(2 * BODY_CONTEXT + 1).count() <= 2 * BODY_CONTEXT => before,
        None => return false,
    };
    let line_end =
        after.char_indices().take(2 * BODY_CONTEXT + 1).find(|&(_, c)| matches!(c, '\n' | '\r' | '|' | '\t' | '<'));
    let after_line = match line_end {
        Some((k, _)) => &after[..k],
        None if whole_after && after.chars().take(2 * BODY_CONTEXT + 1).count() <= 2 * BODY_CONTEXT => after,
        None => return false,
    };
    let is_body = |p: &str| {
        p.chars().count() >= 2
            && p.chars().all(punct::is_ideograph)
            && p.chars().next_back().is_some_and(|c| BODY_ENDS.contains(&c))
    };
    let mut right = after_line.split(char::is_whitespace).filter(|p| !p.is_empty());
    let first = right.clone().next().unwrap_or("");
    before_line.split(char::is_whitespace).filter(|p| !p.is_empty()).all(is_body)
        && right.all(is_body)
        && first.chars().count() >= 3
        && !first.starts_with(BODY_ENDS)
        && !CONTINUATIONS.iter().any(|w| first.starts_with(w))
}

/// End of the run of `b` starting at `i`.
fn run(bytes: &[u8], i: usize, b: u8) -> usize {
    i + bytes[i..].iter().take_while(|&&x| x == b).count()
}

/// End of the run of bytes that `is` accepts, starting at `i`.
fn run_of(bytes: &[u8], i: usize, is: fn(u8) -> bool) -> usize {
    i + bytes[i..].iter().take_while(|&&x| is(x)).count()
}

/// An HTML tag (not a comment) at the start of `s`: its length, whether it
/// ends a line, and whether it opens an element removed with its content.
fn html_tag(s: &str) -> Option<Tag> {
    let b = s.as_bytes();
    // a saved page's document type (`<!DOCTYPE html>`) or XML declaration
    // (`<?xml version="1.0"?>`, of XHTML): a tag of no element
    let declaration = match b.get(1) {
        Some(b'!') => b.get(2..9).is_some_and(|n| n.eq_ignore_ascii_case(b"doctype")),
        Some(b'?') => b.get(2..5).is_some_and(|n| n.eq_ignore_ascii_case(b"xml")),
        _ => false,
    };
    if declaration {
        let close = b.iter().take(1024).position(|&c| c == b'>')?;
        return (memchr::memchr2(b'<', b'\n', &b[1..close]).is_none()).then_some(Tag {
            len: close + 1,
            block: true,
            hidden: None,
        });
    }
    let name_start = if b.get(1) == Some(&b'/') { 2 } else { 1 };
    // a namespaced name (`<o:p>` of Word HTML) is one name
    let name_len = b[name_start..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b':').count();
    if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
        return None;
    }
    let after = b.get(name_start + name_len)?;
    if !matches!(after, b'>' | b' ' | b'/' | b'\t') {
        return None;
    }
    // the tag ends at the first '>', within 1 KiB and before any other '<';
    // it runs over a line break only once an attribute has opened on its
    // first line (`<td style="border-top:⏎ none">`, as Word HTML wraps
    // long attributes): `a <b ⏎ c>` in prose is no tag
    let close = b.iter().take(1024).skip(1).position(|&c| matches!(c, b'>' | b'<'))? + 1;
    if b[close] != b'>' {
        return None;
    }
    let attribute_before =
        |nl: usize| memchr::memchr(b'=', &b[..nl]).is_some() && memchr::memchr2(b'"', b'\'', &b[..nl]).is_some();
    if memchr::memchr(b'\n', &b[..close]).is_some_and(|nl| !attribute_before(nl)) {
        return None;
    }
    let name = s[name_start..name_start + name_len].to_ascii_lowercase();
    let block = BLOCK_TAGS.contains(&name.as_str());
    // an opening tag (not `<x/>`) of an element whose content goes with it
    let hidden =
        if name_start == 1 && b[close - 1] != b'/' { HIDDEN_ELEMENTS.iter().position(|h| *h == name) } else { None };
    Some(Tag { len: close + 1, block, hidden })
}

/// An HTML tag found by [`html_tag`].
struct Tag {
    /// Its length in bytes.
    len: usize,
    /// Whether it ends a line ([`BLOCK_TAGS`]).
    block: bool,
    /// For the opening tag of one of [`HIDDEN_ELEMENTS`], its index there.
    hidden: Option<usize>,
}

/// Where the element `name` that opened before `from` ends: past the `>` of
/// the first `</name` (any case) at or after `from` followed by `>`, a space
/// or `/`; `None` when it is not closed.
fn hidden_end(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    for at in memchr::memmem::find_iter(&bytes[from..], b"</") {
        let p = from + at + 2;
        let after = p + name.len();
        let named = bytes.get(p..after).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        if named && matches!(bytes.get(after), Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')) {
            return memchr::memchr(b'>', &bytes[after..]).map(|gt| after + gt + 1);
        }
    }
    None
}

/// An HTML entity at the start of `s`: its length and decoded text (empty:
/// nothing of the text).
///
/// An entity escaped twice, `&amp;nbsp;` (a page's editor escaped its own
/// markup), shows as `&nbsp;` on the page: residue as the entity is, decoded
/// as it would have been (a space), or, of a name no entity has (`&amp;sp;`
/// on a signature line, `国务院办公厅 &sp;`), removed.
fn entity(s: &str) -> Option<(usize, Cow<'static, str>)> {
    let semi = s.bytes().take(12).position(|b| b == b';')?;
    let name = &s[1..semi];
    if name == "amp" {
        let rest = &s[semi + 1..];
        let inner = rest.bytes().take(12).position(|b| b == b';').map(|k| &rest[..k]);
        if let Some(inner) = inner.filter(|n| escaped_name(n)) {
            let rep = decode_entity(inner).unwrap_or(Cow::Borrowed(""));
            return Some((semi + 1 + inner.len() + 1, rep));
        }
    }
    Some((semi + 1, decode_entity(name)?))
}

/// The text an entity's name (between `&` and `;`) stands for.
fn decode_entity(name: &str) -> Option<Cow<'static, str>> {
    if let Some(num) = name.strip_prefix('#') {
        let v = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        match char::from_u32(v) {
            Some(c) if c != '\0' => Some(Cow::Owned(c.to_string())),
            _ => None,
        }
    } else {
        Some(Cow::Borrowed(ENTITIES.iter().find(|(n, _)| *n == name)?.1))
    }
}

/// Whether `name`, after an escaped `&amp;`, is an entity's name: two to
/// eight lowercase letters (`nbsp`, `sp`), or `#` and a number.
fn escaped_name(name: &str) -> bool {
    let b = name.as_bytes();
    match b.split_first() {
        Some((b'#', num)) => !num.is_empty() && num.iter().all(u8::is_ascii_alphanumeric),
        _ => (2..=8).contains(&b.len()) && b.iter().all(u8::is_ascii_lowercase),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scripts, style sheets, noscript, templates and the page's title go
    /// with their content, up to the first closing tag of their name in any
    /// case; an opener with no closing tag goes alone, as any tag, and the
    /// text after it stays; `</scripts>` closes nothing; a self-closed
    /// `<script/>` is a tag.
    #[test]
    fn hidden_elements_go_with_their_content() {
        let raw = "<html><head><TITLE>某某的通知_政策文件</TITLE><style>p{margin:0}</style>\n\
                   <script type=\"text/javascript\">var s = \"一、不是标题</p>\";</SCRIPT ></head>\n\
                   <body><p>一、总则</p><noscript>请启用脚本</noscript><p>第一条</p>\n\
                   <script>document.write(\"<p>三、假的</p>\");</script></body></html>";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "\n\n\n一、总则\n\n第一条\n\n");
        assert_eq!(c.runs(Residue::HtmlHidden), 5);
        // a document type and an XML declaration are tags; `<!` in text is not
        let d = Cleaned::new(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">\n<!doctype html><p>一、总则</p>a<!b>",
        );
        assert_eq!(d.text, "\n\n\n\n\n\n一、总则\na<!b>");
        let (s, e) = spans(&c, "第一条");
        assert_eq!(&raw[s..e], "第一条");
        // not closed: the opener goes, the text stays
        let c = Cleaned::new("<p>一、总则</p><script>二、分则");
        assert_eq!(c.text, "\n一、总则\n二、分则");
        assert_eq!((c.runs(Residue::HtmlHidden), c.runs(Residue::HtmlTag)), (0, 3));
        // a longer name is no closing tag; a self-closed opener is a tag
        let c = Cleaned::new("<style>a</styles>b</style>c<script/>d");
        assert_eq!(c.text, "cd");
        // many unclosed openers: each searches no further than the first
        let many = "<script>一".repeat(2000);
        let c = Cleaned::new(&many);
        assert_eq!(c.text, "一".repeat(2000));
        assert!(c.work < 20 * many.len() as u64, "{} units for {} bytes", c.work, many.len());
    }

    /// The cheap test lets every control character through, and
    /// `has_rare` finds one wherever it stands, whatever else is near.
    #[test]
    fn control_superset_and_search() {
        for b in 0..=u8::MAX {
            // (DEL is searched with the backslash)
            assert!(!is_c0_control(b) || b == 0x7F || may_be_control::<true>(b), "{b:#x}");
            assert!(!is_c0_control(b) || b == 0x7F || may_be_control::<false>(b), "{b:#x}");
        }
        for at in [0, 1, 63, 64, 65, 127, 128, 150] {
            for c in [0u8, 0x08, 0x0B, 0x1F, 0x7F, b'\\'] {
                for filler in [b'a', b'\t', b'\x0C', b'\r', b'\n', 0xE3] {
                    let mut text = vec![filler; 151];
                    assert!(!has_rare(&text), "{filler:#x}");
                    text[at] = c;
                    assert!(has_rare(&text), "{at} {c:#x} {filler:#x}");
                }
            }
        }
    }

    /// A markdown converter's escapes go, their marks stay; any other
    /// backslash stays.
    #[test]
    fn markdown_escapes() {
        let raw = "1\\. 县供销合作社负责\n\\- 县农业农村局\n教育\\\\科技\nC:\\data\n";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "1. 县供销合作社负责\n- 县农业农村局\n教育\\\\科技\nC:\\data\n");
        assert_eq!(c.runs(Residue::Markdown), 2);
        let (s, e) = spans(&c, "县供销");
        assert_eq!(&raw[s..e], "县供销");
    }

    /// Markdown quote markers at line starts go (nested ones and a quoted
    /// blank line too); a `>` inside a line stays.
    #[test]
    fn markdown_quotes() {
        let raw = "> 一、总体要求\n>\n> > （一）指导思想\n比例>50%\n";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "一、总体要求\n\n（一）指导思想\n比例>50%\n");
        let (s, e) = spans(&c, "指导思想");
        assert_eq!(&raw[s..e], "指导思想");
        // a text with no quote line searches no `>`
        assert_eq!(Cleaned::new("比例>50%\n").text, "比例>50%\n");
        // a quoted note over a text that is not quoted stays
        let raw = "> 本文由脚本提取。\n某某通知\n各区：\n一、总体要求\n";
        assert_eq!(Cleaned::new(raw).text, raw);
    }

    /// A quoted passage of three lines or more in a text not quoted whole
    /// (a notice over a plan that is not) loses its marks as a converter
    /// writes them (`> `, `>>`, `>` alone); a `>` before anything else stays.
    #[test]
    fn a_quoted_passage_loses_its_marks() {
        let raw =
            "> 某某通知\n>\n> 各区：\n>> 现印发给你们。\n一、总体要求\n>50%\n二、任务\n三、保障\n四、附则\n五、其他\n";
        let c = Cleaned::new(raw);
        assert_eq!(
            c.text,
            "某某通知\n\n各区：\n现印发给你们。\n一、总体要求\n>50%\n二、任务\n三、保障\n四、附则\n五、其他\n"
        );
        let (s, e) = spans(&c, "各区");
        assert_eq!(&raw[s..e], "各区");
        // a heading and italic inside the quote
        let c = Cleaned::new("> # 某某通知\n> *（一）总则*\n> 各区：\n一、\n二、\n三、\n四、\n");
        assert_eq!(c.text, "某某通知\n（一）总则\n各区：\n一、\n二、\n三、\n四、\n");
    }

    /// Line breaks of other systems are line feeds: a vertical tab, a
    /// carriage return alone (not `\r\n`, nor `\r\r\n`), a form feed inside a
    /// line (not one at a line's edge: a PDF page break), U+2028, U+2029;
    /// each maps back to its own bytes.
    #[test]
    fn line_breaks_of_other_systems() {
        let raw = "甲\u{b}乙\r丙\r\n丁\r\r\n戊\u{c}己\n\u{c}庚\u{2028}辛\u{2029}壬\r";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "甲\n乙\n丙\r\n丁\r\r\n戊\n己\n\u{c}庚\n辛\n壬\n");
        assert_eq!(c.runs(Residue::LineBreak), 6);
        assert_eq!(c.runs(Residue::Control), 0);
        for needle in ["乙", "己", "辛", "壬"] {
            let (s, e) = spans(&c, needle);
            assert_eq!(&raw[s..e], needle);
        }
        // old Mac text whole; a control character beside a vertical tab
        assert_eq!(Cleaned::new("一、总则\r（一）目的\r").text, "一、总则\n（一）目的\n");
        assert_eq!(Cleaned::new("甲\u{1}\u{b}乙").text, "甲\n乙");
        // U+0085 NEXT LINE between characters of the text; beside a Latin-1
        // character, a CJK character's middle byte read as Latin-1 (公 E5 85
        // AC: `å\u{85}¬`), a control character removed
        let c = Cleaned::new("甲\u{85}乙");
        assert_eq!((c.text.as_ref(), c.runs(Residue::LineBreak)), ("甲\n乙", 1));
        assert_eq!(Cleaned::new("å\u{85}¬").text, "å¬");
        assert_eq!(Cleaned::new("甲\u{85}¬").text, "甲¬");
        assert_eq!(Cleaned::new("甲\u{85}\u{85}乙").text, "甲\n\n乙");
        // PDF page breaks at line starts, a text of form feeds: no search
        assert!(!has_rare("甲\n\u{c}乙\n\u{c}\u{c}\n".as_bytes()));
        assert!(has_rare("甲\u{c}乙".as_bytes()));
    }

    /// Markdown italic opening a line goes, closed by the line's next `*`
    /// (around the line, or around its marker); a bullet, a note marked
    /// `*` and an unclosed `*` stay.
    #[test]
    fn markdown_italic_at_a_line_start() {
        let raw = "*（一）指导思想*\n  *1.*加快建设\n* 1.列表\n*为约束性指标\n2*3=6\n*甲 *乙\n";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "（一）指导思想\n  1.加快建设\n* 1.列表\n*为约束性指标\n2*3=6\n*甲 *乙\n");
        assert_eq!(c.runs(Residue::Markdown), 4);
        let (s, e) = spans(&c, "加快建设");
        assert_eq!(&raw[s..e], "加快建设");
    }

    fn spans(c: &Cleaned, needle: &str) -> (usize, usize) {
        let s = c.text.find(needle).unwrap();
        (c.raw_start(s), c.raw_end(s + needle.len()))
    }

    #[test]
    fn at_runs_are_removed_and_mapped_back() {
        let raw = "(二@@十@@@@三@@@@)推进@@。";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "(二十三)推进。");
        let (s, e) = spans(&c, "二十三");
        assert_eq!(&raw[s..e], "二@@十@@@@三");
        let (s, e) = spans(&c, "推进");
        assert_eq!(&raw[s..e], "推进");
        assert_eq!((c.all_runs(), c.runs(Residue::LinkArtifact)), (4, 4));
        assert!(!c.is_verbatim(c.text.find("二").unwrap(), c.text.find("三").unwrap()));
        assert!(c.is_verbatim(0, "(二".len()));
    }

    #[test]
    fn segment_search_by_bucket_agrees_with_a_binary_search() {
        // many segments (looked up by bucket) and few (stepped over)
        for runs in [200, 5] {
            check_segment_search(runs);
        }
    }

    /// After a removal the buckets are those of the new segments: a dense
    /// stretch of segments removed, a sparse one left (the old buckets
    /// would count too many segments before the offsets of the new text).
    #[test]
    fn segment_search_after_a_removal() {
        let dense = "甲@".repeat(200);
        let sparse: String = (0..40).map(|i| if i % 4 == 0 { "乙@丙\n" } else { "丁戊己庚\n" }).collect();
        let raw = format!("{dense}\n{sparse}");
        let mut c = Cleaned::new(&raw);
        let start = c.text.find('\n').unwrap() + 1;
        let breaks: Vec<usize> = c.text[start..].match_indices('\n').map(|(k, _)| start + k).collect();
        let mut cuts = vec![(0, start, None)];
        cuts.extend(breaks.iter().step_by(3).map(|&k| (k, k + 1, Some(Residue::LineWrap))));
        c.remove(&cuts);
        assert!(c.segs.len() >= FEW_SEGMENTS);
        for at in 0..=c.text.len() + 1 {
            assert_eq!(c.seg_after(at), c.segs.partition_point(|s| s.clean() <= at), "offset {at}");
        }
    }

    /// Texts dense with residue runs late or early, or all through: the
    /// segments reserved by the density so far hold them all.
    #[test]
    fn segments_of_runs_at_any_density() {
        for plain in [0, 1, 5, 40, 300] {
            for runs in [1, 3, 31, 32, 33, 100, 400] {
                let raw = format!("{}{}{}", "乙".repeat(plain), "甲@".repeat(runs), "丙".repeat(plain / 2));
                let c = Cleaned::new(&raw);
                assert_eq!(c.text, raw.replace('@', ""), "{plain} {runs}");
                assert!(c.segs.len() >= runs, "{plain} {runs}");
            }
        }
    }

    fn check_segment_search(runs: usize) {
        let raw: String = (0..runs).map(|i| if i % 3 == 0 { "甲@@" } else { "乙丙@" }).collect();
        let c = Cleaned::new(&raw);
        assert!(c.segs.len() > runs * 3 / 4);
        assert_eq!(c.buckets.is_empty(), c.segs.len() < FEW_SEGMENTS);
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut at = 0usize;
        for step in 0..5000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // mostly short moves either way, sometimes a jump anywhere
            at = match seed % 8 {
                0 => (seed >> 8) as usize % (c.text.len() + 2),
                1..=4 => (at + (seed >> 8) as usize % 40).min(c.text.len() + 1),
                _ => at.saturating_sub((seed >> 8) as usize % 40),
            };
            let expected = c.segs.partition_point(|s| s.clean() <= at);
            assert_eq!(c.seg_after(at), expected, "step {step}: offset {at}");
            // the map from the segment of the last lookup, and by a search
            let end = (at + (seed >> 20) as usize % 12).min(c.text.len());
            let start = at.min(end);
            assert_eq!(c.map(start, end), c.map_searched(start, end), "step {step}: {start}..{end}");
        }
    }

    /// Dense `@` runs (read 64 bytes at a time) between the other bytes of
    /// their stream and of the other streams, at every distance: each kept
    /// piece maps back to its raw bytes.
    #[test]
    fn dense_at_runs_among_other_residue() {
        // (piece, what cleaning keeps of it)
        let pieces = [
            ("甲", "甲"),
            ("乙", "乙"),
            ("@@", ""),
            ("@@@@", ""),
            ("x@y", "x@y"),
            ("&amp;", "&"),
            ("<b>", ""),
            ("<br>", "\n"),
            ("——", "——"),
            ("\u{200B}", ""),
            ("，", "，"),
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for case in 0..300 {
            let n = 1 + (case % 90);
            let (mut raw, mut expected, mut kept) = (String::new(), String::new(), Vec::new());
            for _ in 0..n {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // (CJK text most of the time, so that runs are dense)
                let k = match seed % 16 {
                    0..=5 => 2,
                    6 => 3,
                    r => (r as usize - 7) % pieces.len(),
                };
                let (piece, out) = pieces[k];
                if out == piece && !piece.is_empty() {
                    kept.push((raw.len(), expected.len(), piece));
                }
                raw.push_str(piece);
                expected.push_str(out);
            }
            let c = Cleaned::new(&raw);
            assert_eq!(c.text, expected, "{raw}");
            for (r, e, piece) in kept {
                assert_eq!(c.map(e, e + piece.len()), (r, r + piece.len(), true), "{raw}: {piece} at {e}");
            }
        }
    }

    #[test]
    fn email_at_is_kept() {
        let c = Cleaned::new("联系 gov@example.cn 办理");
        assert!(c.text.contains("gov@example.cn"));
        assert_eq!(c.all_runs(), 0);
    }

    #[test]
    fn letter_spaced_text_is_joined() {
        let raw = "某 府 办 发 〔 2 0 2 3 〕 1 2 号\n\n1 . 建 立 制 度\n2 0 2 3 年 5 月 1 0 日\r\n（ 1 ） 加 强";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "某府办发〔2023〕12号\n\n1.建立制度\n2023年5月10日\r\n（1）加强");
        // each space maps back to nothing: the characters keep their spans
        let at = c.text.find("10日").unwrap_or(0);
        assert_eq!(&raw[c.raw_start(at)..c.raw_start(at) + 3], "1 0");
        // spaces around a number, after an outline number, in a page
        // number, between words of ASCII and a short spaced run stay
        for kept in [
            "到 2025 年底前完成",
            "1 范围",
            "5.2 技术要求",
            "A.2.1 概况",
            "— 3 —",
            "- 3 -",
            "第 3 页",
            "ICS 13.020",
            "CCS Z 00",
            "DB31/T 1234—2023",
            "2023-05-10 发布",
            "共 3 个",
            "a b c",
            "分为 A B C D 四个等级",
        ] {
            assert_eq!(Cleaned::new(kept).text, kept, "{kept}");
        }
        // joint issuers two spaces apart stay apart
        let c = Cleaned::new("市 教 委  市 财 政 局\n2 0 2 4 年 1 月 2 日");
        assert_eq!(c.text, "市教委  市财政局\n2024年1月2日");
    }

    #[test]
    fn stray_spaces_between_cjk_only() {
        let raw = "国 务 院\n  一、总则 app 智慧";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "国务院\n  一、总则 app 智慧");
        assert_eq!(c.all_runs(), 2);
    }

    #[test]
    fn spaces_on_both_sides_of_residue_count_as_one_run() {
        // what the text says with the residue taken out: two spaces separate,
        // one is stray, wherever the residue falls
        for (raw, clean) in [
            ("市教委 @@ 市财政局", "市教委  市财政局"),
            ("市教委 \u{200B} 市财政局", "市教委  市财政局"),
            ("市教委@@  市财政局", "市教委  市财政局"),
            ("市教委  @@市财政局", "市教委  市财政局"),
            ("推 @@进", "推进"),
            ("推@@ 进", "推进"),
            ("推 @@ @@ 进", "推   进"),
        ] {
            assert_eq!(Cleaned::new(raw).text, clean, "{raw:?}");
        }
    }

    #[test]
    fn spaces_between_bodies_are_separators() {
        // two or more spaces separate; one space between complete body names too
        for kept in [
            "市教委  市财政局",
            "某省民政厅 某省财政厅",
            "《中共中央 国务院关于加强管理的意见》",
            "中共中央 国务院",
            "市发展改革委 市规划资源局",
            "  某省民政厅 某省财政厅\n2020年1月1日",
            "生态    公益林",
            // a table's cell of bodies: a line of its own
            "| 1 | 建设公园 | 市自然资源局 市财政局 | 2026年10月底前 |",
            "1\t建设公园\t市自然资源局 市财政局\t2026年10月底前",
        ] {
            assert_eq!(Cleaned::new(kept).text, kept);
        }
        // invisible characters inside the names (bidi isolates of a web
        // page) are no part of them: the space still separates
        let joint = "中共\u{2066}中央 国务\u{2067}院关于做好\u{200B}工作的意见";
        assert_eq!(Cleaned::new(joint).text, "中共中央 国务院关于做好工作的意见");
        assert_eq!(Cleaned::new("\u{200B}某省民政厅 某省财\u{AD}政厅\n").text, "某省民政厅 某省财政厅\n");
        let html = Cleaned::new("<tr><td>建设公园</td><td>市自然资源局 市财政局</td></tr>").text;
        assert!(html.lines().any(|l| l == "市自然资源局 市财政局"), "{html:?}");
        // a cell of more than bodies: the stray space goes
        assert_eq!(Cleaned::new("| 1 | 市财政局 负责 |").text, "| 1 | 市财政局负责 |");
        // one space inside one body name, or after a body before a verb, is stray
        for (raw, clean) in [
            ("国务院 办公厅", "国务院办公厅"),
            ("上海市人民政府 办公厅", "上海市人民政府办公厅"),
            ("市财政局 负责", "市财政局负责"),
            ("上海市 人民政府", "上海市人民政府"),
            ("国家发展 改革委", "国家发展改革委"),
            ("教育部 关于", "教育部关于"),
            ("全国人大常委 会办公厅", "全国人大常委会办公厅"),
            ("推进工作部 由市政府统筹", "推进工作部由市政府统筹"),
            ("各区教育局 市财政局负责", "各区教育局市财政局负责"),
            ("重点推进：   恒隆广场", "重点推进：恒隆广场"),
            ("转型。   市北", "转型。市北"),
        ] {
            assert_eq!(Cleaned::new(raw).text, clean);
        }
    }

    #[test]
    fn bom_and_empty() {
        let c = Cleaned::new("\u{FEFF}通知");
        assert_eq!(c.text, "通知");
        assert_eq!(c.raw_start(0), 3);
        assert_eq!(c.raw_end(c.text.len()), "\u{FEFF}通知".len());
        let e = Cleaned::new("@@@");
        assert_eq!(e.text, "");
        assert_eq!((e.raw_start(0), e.raw_end(0)), (0, 0));
    }

    #[test]
    fn text_is_borrowed_when_only_its_start_is_removed() {
        let borrowed = |c: &Cleaned<'_>| matches!(c.text, Cow::Borrowed(_));
        // nothing to remove (a quotation mark and a dash share the lead
        // byte of the other spaces; an e-mail's @ stays)
        let raw = "一、总体要求\n“推进”——a@b\n";
        let c = Cleaned::new(raw);
        assert!(borrowed(&c) && c.text == raw && c.map(3, 9) == (3, 9, true));
        // a BOM, a markdown title marker: the rest borrowed, mapped past it
        for raw in ["\u{FEFF}通知\n一、总则", "# 通知\n一、总则", "@@通知\n一、总则"] {
            let c = Cleaned::new(raw);
            assert!(borrowed(&c), "{raw}");
            assert_eq!(c.text, "通知\n一、总则");
            let at = raw.len() - "通知\n一、总则".len();
            assert_eq!((c.raw_start(0), c.raw_end(c.text.len()), c.map(0, 6)), (at, raw.len(), (at, at + 6, true)));
        }
        // residue after the start: copied
        for raw in ["通知@@\n一、总则", "通知\n一、&nbsp;总则", "通\u{200B}知"] {
            let c = Cleaned::new(raw);
            assert!(!borrowed(&c), "{raw}");
        }
        assert!(borrowed(&Cleaned::new("")));
    }

    #[test]
    fn markdown_markers() {
        let raw = "# 标题\n## 第一章 总则\n**一、总体要求**\n  ### 三级\n#不是标题\n第1#楼 a*b";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "标题\n第一章总则\n一、总体要求\n  三级\n#不是标题\n第1#楼 a*b");
        let (s, e) = spans(&c, "一、总体要求");
        assert_eq!(&raw[s..e], "一、总体要求");
        assert_eq!(c.runs(Residue::Markdown), 5);
    }

    #[test]
    fn html_residue() {
        let raw =
            "<p>一、总则</p><!-- INFO\nEND -->第一条<br/>内容&nbsp;A&amp;B&#12288;<span class=\"x\">甲</span> 1 < 2";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "\n一、总则\n第一条\n内容 A&B\u{3000}甲 1 < 2");
        let (s, e) = spans(&c, "A&B");
        assert_eq!(&raw[s..e], "A&amp;B");
        assert!(!c.is_verbatim(c.text.find("A&B").unwrap(), c.text.find("A&B").unwrap() + 3));
        let (s, e) = spans(&c, "第一条");
        assert_eq!(&raw[s..e], "第一条");
        let amp = c.text.find('&').unwrap();
        assert_eq!(
            (c.raw_start(amp), c.raw_end(amp + 1)),
            (raw.find("&amp;").unwrap(), raw.find("&amp;").unwrap() + 5)
        );
        assert_eq!(c.runs(Residue::HtmlComment), 1);
    }

    /// An entity escaped twice shows as an entity on the page: a known one
    /// decoded as it would have been, an unknown name removed; `&amp;` before
    /// text that is no entity's name stays `&`.
    #[test]
    fn entities_escaped_twice() {
        let raw = "<p>国务院办公厅 &nbsp; &amp;sp; &nbsp;</p><p>一九九六年七月十七日&amp;nbsp;</p>";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "\n国务院办公厅     \n\n一九九六年七月十七日 \n");
        let (s, e) = spans(&c, "一九九六年七月十七日");
        assert_eq!(&raw[s..e], "一九九六年七月十七日");
        let c = Cleaned::new("R&amp;D; A&amp;B;甲&amp;#12288;乙&amp;x;丙&amp;");
        assert_eq!(c.text, "R&D; A&B;甲\u{3000}乙&x;丙&");
    }

    #[test]
    fn a_tag_broken_over_lines_inside_its_attributes() {
        // Word HTML wraps long attributes: the tag is still one tag, and the
        // cell's text stands on its own line
        let raw =
            "<td width=\"46\" style=\"border:solid;border-top:\n      none;padding:0cm\"> <p>13728. 6083</p> </td>";
        let c = Cleaned::new(raw);
        assert_eq!(c.text.trim(), "13728. 6083");
        assert!(!c.text.contains("none;"), "{:?}", c.text);
        let (s, e) = spans(&c, "13728. 6083");
        assert_eq!(&raw[s..e], "13728. 6083");
        // prose with a stray '<' keeps its line break and its text: no
        // attribute opened before the break
        for prose in ["若 a <b 则\n结论 c>d", "范围 <p 值\n为 x=\"1\">", "比较 <a\nhref=\"x\">"] {
            let c = Cleaned::new(prose);
            assert_eq!(c.text.matches('\n').count(), 1, "{prose:?} -> {:?}", c.text);
        }
    }

    #[test]
    fn invisible_characters_are_removed_anywhere() {
        let raw = "\u{200B}一、总\u{200D}体要求\n\u{202A}\u{2066}（一）指导\u{00AD}思想\u{2069}\u{202C}。\u{061C}国\u{200C}务院\u{2060}";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "一、总体要求\n（一）指导思想。国务院");
        assert_eq!(c.runs(Residue::Invisible), 8);
        let (s, e) = spans(&c, "总体要求");
        assert_eq!(&raw[s..e], "总\u{200D}体要求");
        let (s, e) = spans(&c, "一、");
        assert_eq!(&raw[s..e], "一、");
        // characters that share their lead bytes stay: quotes, dashes,
        // ellipsis, ①, ℃, full-width punctuation, Latin-1 letters
        let kept = "“甲”—乙…①℃（丙），é¢‰\u{2027}";
        assert_eq!(Cleaned::new(kept).text, kept);
        assert_eq!(Cleaned::new(kept).all_runs(), 0);
        // a BOM at the start is its own kind; one later stays (white space
        // to punct::trim at a line's edges)
        let c = Cleaned::new("\u{FEFF}甲\n\u{FEFF}乙");
        assert_eq!((c.text.as_ref(), c.runs(Residue::Bom), c.runs(Residue::Invisible)), ("甲\n\u{FEFF}乙", 1, 0));
    }

    #[test]
    fn byte_classes_agree_with_the_predicates() {
        // over all of Unicode: the bytes read by `classify` say what
        // punct::is_invisible and punct::is_other_space say (a space of the
        // class is also the ASCII space or NBSP)
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let s = c.encode_utf8(&mut buf).as_bytes();
            let (class, len) = classify(s, 0);
            let expected = if punct::is_invisible(c) && c != punct::BOM {
                Class::Invisible
            } else if c == ' ' || c == punct::NBSP || punct::is_other_space(c) {
                Class::Space
            } else if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') {
                Class::Break
            } else if ('\u{80}'..='\u{9f}').contains(&c) {
                Class::Control
            } else {
                Class::Other
            };
            assert_eq!(class, expected, "{c:?}");
            if class != Class::Other {
                assert_eq!(len, s.len(), "{c:?}");
                // and its lead byte is searched
                assert!(s[0] == b' ' || WIDE.contains(&s[0]), "{c:?}");
            }
        }
    }

    #[test]
    fn other_spaces_between_cjk_are_stray() {
        // en, em, thin, no-break spaces, mixed with ASCII ones, between CJK
        // characters (also inside a marker and after it); U+3000 is kept
        let raw = "一、\u{2003}总体要求\n（\u{A0}一 \u{2009}）指导\u{2002}思想\n市教委\u{3000}\u{3000}市财政局\n2025年\u{A0}9月";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "一、总体要求\n（一）指导思想\n市教委\u{3000}\u{3000}市财政局\n2025年\u{A0}9月");
        assert_eq!(c.runs(Residue::StraySpace), 4);
        // indentation is no stray: it follows a line break; other spaces in
        // it become ASCII ones, mapped to the whole run
        let indented = "\u{2003}\u{2003}一、总则\n\u{A0}\u{A0} \t（一）目标\n1.\u{2002}加强 \u{2009}";
        let c = Cleaned::new(indented);
        assert_eq!(c.text, "  一、总则\n\u{A0}\u{A0} \t（一）目标\n1. 加强  ");
        assert_eq!((c.raw_start(0), c.raw_end(2)), (0, 6));
        // two or more between ideographs separate (joint issuers), as ASCII
        // spaces do
        let c = Cleaned::new("市教委\u{2003}\u{2003}市财政局");
        assert_eq!(c.text, "市教委  市财政局");
        assert_eq!(c.all_runs(), 0);
        // invisible characters and link artifacts between do not hide the
        // CJK neighbours; the spaces on both sides of them are one run
        assert_eq!(Cleaned::new("推\u{2003}\u{200B}@@进").text, "推进");
        assert_eq!(Cleaned::new("推\u{2003}\u{200B}@@ 进").text, "推  进");
    }

    #[test]
    fn many_kinds_of_special_bytes_are_searched_together() {
        // more than three kinds of ASCII special byte, with wide ones: every
        // one is found
        let raw = "甲@@乙 丙<b>丁</b>&amp;**戊**\n## 己\u{200B}庚\u{A0}辛\u{2060}壬";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "甲乙丙丁&戊\n己庚辛壬");
    }

    #[test]
    fn bare_number_markdown_headings_take_their_text() {
        let raw = "## 三\n\n总体要求\n\u{200B}&nbsp;\u{2003}### （一）\n指导思想。\n## 四 保障措施\n## 五\n## 六、组织\n# 三年行动\n## 七";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "三、总体要求\n  （一）指导思想。\n四、保障措施\n五\n六、组织\n三年行动\n七");
        let (s, e) = spans(&c, "三、总体要求");
        assert_eq!(&raw[s..e], "三\n\n总体要求");
        let (s, e) = spans(&c, "、");
        assert_eq!(&raw[s..e], "\n\n");
    }

    #[test]
    fn remove_keeps_the_map() {
        let raw = "甲乙@@丙\n  丁戊&amp;己";
        let mut c = Cleaned::new(raw);
        assert_eq!(c.text, "甲乙丙\n  丁戊&己");
        let nl = c.text.find('\n').unwrap();
        let d = c.text.find('丁').unwrap();
        c.remove(&[(nl, d, Some(Residue::LineWrap))]);
        assert_eq!(c.text, "甲乙丙丁戊&己");
        let (s, e) = spans(&c, "丙丁");
        assert_eq!(&raw[s..e], "丙\n  丁");
        let (s, e) = spans(&c, "戊&己");
        assert_eq!(&raw[s..e], "戊&amp;己");
        let (s, e) = spans(&c, "甲乙丙");
        assert_eq!(&raw[s..e], "甲乙@@丙");
        assert!(c.is_verbatim(0, "甲乙".len()));
        assert!(!c.is_verbatim(0, "甲乙丙".len()));
    }
}
