//! Physical lines → logical lines: joins the line breaks that are not
//! paragraph breaks, before any other production reads the text.
//!
//! - A line that starts with a mark that cannot start a line (。，、；：）》”
//!   …) continues the line before it — web extractors split a heading
//!   element from its sentence-final 。 this way.
//! - Hard-wrapped text (copied out of a PDF): when most long lines share one
//!   display width `W` and none is much wider, a line that fills the width
//!   continues into the next one, unless the next one starts a heading right
//!   after a sentence end. A line shorter than `W` ends its paragraph.
//! - A short hard-wrapped text, with too few lines to show one width `W`
//!   (full lines differ by a character or two: justified punctuation,
//!   half-width digits): when at least two lines fill its page (the widest
//!   line, at most 64 characters, within an eighth) and end no sentence, a
//!   line that fills the page and ends no sentence continues into the next
//!   one, unless that one starts a heading, or is short and ends no sentence
//!   either (a title over its text, table cells one per line).
//!
//! - Text extracted from a PDF: page numbers and running headers (see
//!   `grammar::furniture`) are removed as `PageFurniture` residue, and the
//!   lines on either side of them count as adjacent (blank lines before the
//!   furniture allowed, none after it). The paragraph a page
//!   break cut is joined when the wrap width says so, or when the line
//!   before the break is longer than most heading titles, ends no sentence
//!   and is no heading whose title is a phrase without punctuation, and the
//!   line after starts no heading.
//!
//! The joins are removed from the cleaned text as `LineWrap` residue, so
//! spans still point at the raw bytes and every later production sees one
//! line per paragraph.

use super::bullet;
use super::furniture;
use super::marker::marker;
use crate::clean::Residue;
use crate::punct;
use crate::source::Source;
use crate::span::offset_in;

/// Narrowest width (in display columns, CJK = 2) that counts as wrapped.
const MIN_WRAP_WIDTH: usize = 40;
/// Fewest different lines that must fill the width for a text to count as
/// wrapped (a few equal lines — repeated names — do not make a wrap).
const MIN_FILLED: usize = 5;
/// Widths are counted up to this many columns; wider lines share the last
/// bucket.
const BUCKETS: usize = 512;
/// A line within this many columns of the wrap width fills it.
const SLACK: usize = 3;

/// Display width: ASCII 1 column, a BOM none, anything else 2 (CJK text).
/// Counted on bytes so that it vectorises: ASCII bytes `a`, and `l` bytes
/// that are ASCII or start a character (signed, at least -64); the width
/// is `a + 2 (l - a)`. Counts are kept in bytes over chunks of 224 bytes,
/// which cannot overflow: a multiple of the 32 bytes the compiler tests at
/// a time. A text of 32 bytes or more is counted up to its last multiple
/// of 32 bytes, and its last bytes as the last 32 of the text with those
/// counted already masked out: no loop over the bytes left over, whose
/// number the branch predictor cannot learn from line to line.
#[inline(never)]
fn width(s: &str) -> usize {
    let b = s.as_bytes();
    let (body, last) = match b.len().checked_sub(BLOCK).and_then(|last| b[last..].first_chunk::<BLOCK>()) {
        Some(last) => (&b[..b.len() / BLOCK * BLOCK], Some(last)),
        // (a text this short is never measured by the layout pass)
        None => (b, None),
    };
    let mut w = 0usize;
    for chunk in body.chunks(224) {
        let (mut ascii, mut starts) = (0u8, 0u8);
        for &b in chunk {
            ascii += u8::from(b as i8 >= 0);
            starts += u8::from(b as i8 >= -64);
        }
        w += 2 * usize::from(starts) - usize::from(ascii);
    }
    if let Some(last) = last {
        // (the bytes past the body: fewer than a block)
        let (ascii, starts) = counts(last, (BLOCK - (b.len() - body.len())) as u8);
        w += 2 * usize::from(starts) - usize::from(ascii);
    }
    if s.starts_with(punct::BOM) { w - 2 } else { w }
}

/// Bytes counted at a time by [`width`].
const BLOCK: usize = 32;

/// The offsets of a block's bytes, to mask out those before a `skip`.
const LANE: [u8; BLOCK] = {
    let mut lane = [0; BLOCK];
    let mut k = 0;
    while k < BLOCK {
        lane[k] = k as u8;
        k += 1;
    }
    lane
};

/// The ASCII bytes and the bytes that start a character (ASCII included)
/// of `block`, its first `skip` bytes left out: lane by lane, without a
/// branch (the compiler makes it a few vector instructions).
#[inline(always)]
fn counts(block: &[u8; BLOCK], skip: u8) -> (u8, u8) {
    let (mut ascii, mut starts) = (0u8, 0u8);
    for (&b, &k) in block.iter().zip(&LANE) {
        let keep = 0u8.wrapping_sub(u8::from(k >= skip));
        ascii = ascii.wrapping_add(keep & u8::from(b as i8 >= 0));
        starts = starts.wrapping_add(keep & u8::from(b as i8 >= -64));
    }
    (ascii, starts)
}

/// The width of a line (its `\r` left out) as the layout pass counts it:
/// on bytes where they show it, a short line being its byte length and a
/// long one filling the last bucket.
fn measure(line: &str) -> usize {
    // (by bytes: `trim_end_matches` decodes the last character)
    let cr = line.bytes().rev().take_while(|&b| b == b'\r').count();
    let line = &line[..line.len() - cr];
    match line.len() {
        n if n > 2 * BUCKETS => BUCKETS,
        n if n + SLACK < MIN_WRAP_WIDTH => n,
        _ => width(line),
    }
}

/// The display width of the indentation `line` starts with (white space,
/// any: ideographic, em or no-break spaces as a scraper left them), at most
/// 255 columns; measured as [`measure`] measures the line.
fn indent_width(line: &str) -> u8 {
    // (most lines start with an ideograph or a letter: one byte read)
    match line.as_bytes().first() {
        Some(&b) if b.is_ascii_whitespace() || matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF) => {
            let text = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
            u8::try_from(width(&line[..line.len() - text.len()])).unwrap_or(u8::MAX)
        }
        _ => 0,
    }
}

/// Columns a line may fall short of the wrap width by, beyond [`SLACK`],
/// when the typesetter pushed its last characters onto the next line with
/// a mark that cannot start one (two ideographs).
const KINSOKU_PUSH: usize = 4;

/// Whether `line` opens with one or two characters pushed there with the
/// mark after them that cannot start a line (`佛）、居住环境…` under
/// `…家中有烧香拜`): the line before, short of the wrap width by them,
/// fills it (see [`KINSOKU_PUSH`]).
fn pushed(line: &str) -> bool {
    let mut chars = line.chars();
    chars.next().is_some_and(|c| !is_continuation_start(c)) && chars.take(2).any(is_continuation_start)
}

/// A mark that cannot start a line (kinsoku): it belongs to the line before.
fn is_continuation_start(c: char) -> bool {
    matches!(
        c,
        punct::JUHAO
            | punct::FW_COMMA
            | punct::DUNHAO
            | punct::FW_SEMICOLON
            | punct::FW_COLON
            | punct::FW_RPAREN
            | punct::BOOK_R
            | punct::TORTOISE_R
            | punct::SMALL_TORTOISE_R
            | punct::LENTICULAR_R
            | punct::FW_EXCLAMATION
            | punct::FW_QUESTION
            | '\u{201D}' // ”
            | '\u{2019}' // ’
            | '\u{300D}' // 」
            | '\u{300F}' // 』
    )
}

/// A mark after which a heading may start a new paragraph.
fn is_terminal(c: char) -> bool {
    punct::is_sentence_end(c)
        || punct::is_semicolon(c)
        || punct::is_colon(c)
        || punct::is_rparen(c)
        || matches!(c, '.' | '\u{201D}' | '\u{2019}' | punct::BOOK_R | '\u{300D}' | '\u{300F}')
}

/// One physical line: cleaned offsets of its trimmed content (24 bytes: one
/// a line, and text of short lines has a line every few bytes).
struct Phys {
    start: usize,
    end: usize,
    /// Display width, at most `2 × 2 × BUCKETS` (see [`unwrap_lines`]).
    width: u16,
    /// Display width of the cleaned line, residue left out: its `width`
    /// unless cleaning removed some from it or around it, then
    /// [`UNMEASURED`] until [`ragged_width`] asks.
    text_width: u16,
    /// A page number or running header.
    furniture: bool,
    /// The bytes of a markdown bullet before its marker, cut from the text
    /// before `start` (see [`bullet`]).
    bullet: u8,
    /// The line break before it is a line break inside a paragraph (see
    /// [`is_soft_break`]).
    soft: bool,
    /// Display width of the line's indentation (its leading white space, on
    /// the raw line as `width` is measured: [`indent_width`]), at most 255
    /// columns.
    indent: u8,
}

impl Phys {
    fn width(&self) -> usize {
        usize::from(self.width)
    }

    /// The columns the line's text fills, its indentation left out: what
    /// shows a wrap width ([`wrap_width`]). A wrapping tool fills the width
    /// with text after a paragraph's indentation (its first line is wider
    /// by it) or with the indentation and text together (the first line as
    /// wide as the others, a few characters fewer): either way the other
    /// lines of a paragraph fill the width, and a first line indented on top
    /// of it is no line wider than the wrap, which in a text of short
    /// paragraphs (a few lines each) would hide the wrap width.
    fn fill(&self) -> usize {
        self.width().saturating_sub(usize::from(self.indent))
    }
}

/// The wrap width of a hard-wrapped text, if it is one: the width `w` that
/// the most long lines fill (within `SLACK` columns below it) while almost
/// none is wider, the narrowest such width on a tie; with the number of lines
/// that fill it. Measured on the lines' widths, or with `fill` on their text,
/// indentation left out ([`Phys::fill`]). `coarse` counts the widths, and
/// gates both ways: indentation moves a line by a few columns, into the next
/// bucket of the count at most, and its test sums adjacent buckets (a text
/// it refuses has no wrap width, as it had none before fills were read).
fn wrap_width(text: &str, lines: &[Phys], coarse: &Coarse, fill: bool) -> Option<(usize, usize)> {
    if !coarse.may_be_wrapped() {
        return None;
    }
    let measure = |l: &Phys| if fill { l.fill() } else { l.width() };
    // the widths of the long lines, sorted: a window slides over them, so
    // the cost follows the number of lines, not the number of widths
    let mut widths: Vec<usize> = Vec::with_capacity(lines.len());
    widths.extend(lines.iter().map(measure).filter(|&w| w >= MIN_WRAP_WIDTH).map(|w| w.min(BUCKETS)));
    let long = widths.len();
    if long < MIN_FILLED {
        return None;
    }
    widths.sort_unstable();
    let mut best: Option<(usize, usize)> = None;
    let (mut low, mut high) = (0, 0);
    for (k, &w) in widths.iter().enumerate() {
        // each width once, at its last line; the last bucket is no width
        if w >= BUCKETS || widths.get(k + 1) == Some(&w) {
            continue;
        }
        // lines from SLACK columns below w up to w fill it; lines more than
        // SLACK columns wider than w are wider
        while widths[low] + SLACK < w {
            low += 1;
        }
        high = high.max(k);
        while high < long && widths[high] <= w + SLACK {
            high += 1;
        }
        let filled = k + 1 - low;
        let wider = long - high;
        if wider * 20 <= long.max(20) && best.is_none_or(|(c, _)| filled > c) {
            best = Some((filled, w));
        }
    }
    let (filled, w) = best?;
    if filled * 10 < long * 3 {
        return None;
    }
    let mut distinct: Vec<&str> =
        lines.iter().filter(|l| (w - SLACK..=w).contains(&measure(l))).map(|l| &text[l.start..l.end]).collect();
    distinct.sort_unstable();
    distinct.dedup();
    (distinct.len() >= MIN_FILLED).then_some((w, filled))
}

/// Columns per bucket of the coarse count ([`Coarse`]).
const COARSE: usize = 8;

/// The coarse count of line widths that shows whether [`wrap_width`] can
/// find a wrap width at all, with neither sorting nor a branch per line:
/// the lines that fill a wrap width `w` (`w - SLACK ..= w`, narrower than
/// `BUCKETS`) lie in two adjacent buckets of `COARSE` columns, so some two
/// adjacent buckets must hold the share of the long lines that
/// [`wrap_width`] asks of them. Most texts are not wrapped: their
/// paragraphs spread over many widths. (Counted as the layout pass
/// measures its lines, blank ones left out: they fill no wrap width.)
struct Coarse {
    /// The buckets of long lines narrower than BUCKETS, then one for the
    /// lines that cannot fill a wrap width (short, or in the last bucket).
    count: [u32; BUCKETS / COARSE + 1],
    /// Lines at least `MIN_WRAP_WIDTH` wide.
    long: usize,
}

impl Coarse {
    fn new() -> Self {
        const _: () = assert!(SLACK < COARSE && BUCKETS % COARSE == 0);
        Coarse { count: [0; BUCKETS / COARSE + 1], long: 0 }
    }

    /// The count of `lines`.
    fn of(lines: &[Phys]) -> Self {
        let mut coarse = Coarse::new();
        for l in lines {
            coarse.add(l.width());
        }
        coarse
    }

    /// Count a line `width` columns wide.
    #[inline]
    fn add(&mut self, width: usize) {
        let fills = (MIN_WRAP_WIDTH..BUCKETS).contains(&width);
        self.count[if fills { width / COARSE } else { BUCKETS / COARSE }] += 1;
        self.long += usize::from(width >= MIN_WRAP_WIDTH);
    }

    /// Whether [`wrap_width`] can find a wrap width.
    fn may_be_wrapped(&self) -> bool {
        let long = self.long;
        let most = self.count[..BUCKETS / COARSE].windows(2).map(|w| w[0] + w[1]).max().unwrap_or(0) as usize;
        long >= MIN_FILLED && most * 10 >= long * 3
    }
}

/// Join continuation lines in `src`'s cleaned text.
pub(crate) fn unwrap(src: &mut Source<'_>) {
    unwrap_lines(src, true);
}

/// Join continuation lines; without `join_heading_breaks`, a heading line
/// whose 。 an extractor put on the next line stays a line of its own (so
/// that the cleaned text, parsed again, still shows the heading).
pub(crate) fn unwrap_lines(src: &mut Source<'_>, join_heading_breaks: bool) {
    // the brackets and line breaks of the text as cleaned: the lines come
    // from these, and when no line is joined the index stays good
    src.index_text();
    // markdown links and images: their marks and addresses go (found from
    // the index's brackets)
    let mut links = Vec::new();
    super::link::cuts(src, &mut links);
    if !links.is_empty() {
        src.remove_and_reindex(&links);
    }
    let text = src.clean.text.as_ref();
    let raw = src.raw;
    let mut lines: Vec<Phys> = Vec::with_capacity(src.newlines().len() + 1);
    let mut pages = 0;
    src.work(text.len() + BUCKETS);
    let tail = src.clean.verbatim_tail(raw.len());
    let mut coarse = Coarse::new();
    let mut indented = false;
    for (at, piece) in src.pieces() {
        // a blank line between paragraphs (every other piece of most texts),
        // when its raw line is the cleaned one (see `same` below): no width,
        // no furniture, no bullet, nothing to trim or measure
        if piece.is_empty() && tail.is_some_and(|off| at > 0 || off == 0) {
            lines.push(Phys {
                start: at,
                end: at,
                width: 0,
                text_width: 0,
                furniture: false,
                bullet: 0,
                soft: false,
                indent: 0,
            });
            continue;
        }
        let trimmed = punct::trim(piece);
        let lead = offset_in(piece, trimmed);
        let start = at + if trimmed.is_empty() { 0 } else { lead };
        // the width a reader of the raw text sees, residue included: the
        // wrapping was done before any cleaning. A width is at most the
        // byte length and at least half of it, so a line of more than
        // 2 × BUCKETS bytes fills the last bucket and one shorter than the
        // narrowest wrap can keep its byte length: neither needs measuring
        let (width, same, indent) = if piece.len() > 2 * BUCKETS {
            (BUCKETS, true, 0)
        } else {
            let mapped = || {
                let raw_from = if at == 0 { 0 } else { src.clean.raw_end(at) };
                let raw_to =
                    if at + piece.len() == text.len() { raw.len() } else { src.clean.raw_start(at + piece.len()) };
                raw.get(raw_from..raw_to.max(raw_from)).unwrap_or("")
            };
            // most raw lines are their cleaned line: no residue was removed
            // from them, nor around them up to the line breaks on either
            // side (nor a leading BOM, nor trailing residue at the end); in
            // a text that is the raw input's tail verbatim (most texts)
            // every line but a first one after removed residue is
            let same = match tail {
                Some(off) => at > 0 || off == 0,
                None => {
                    let (lo, hi) = (at.saturating_sub(1), (at + piece.len() + 1).min(text.len()));
                    let (raw_lo, raw_hi, verbatim) = src.clean.map(lo, hi);
                    verbatim && (at > 0 || raw_lo == 0) && (hi < text.len() || raw_hi == raw.len())
                }
            };
            // the test suite runs with debug assertions: every input it
            // parses checks that both ways find the same raw line
            debug_assert!(!same || piece == mapped(), "raw line of cleaned {at}");
            let raw_line = if same { piece } else { mapped() };
            (measure(raw_line), same, indent_width(raw_line))
        };
        let furniture = furniture::is_page_number(trimmed);
        pages += usize::from(furniture);
        // a markdown bullet before a heading's marker: the line starts at
        // the marker (one first-byte test a line)
        let bullet = if furniture { None } else { bullet::len(trimmed) };
        let bullet = bullet.and_then(|n| u8::try_from(n).ok()).unwrap_or(0);
        let start = start + usize::from(bullet);
        // (a line of more than 2 × BUCKETS bytes counts BUCKETS columns: the
        // width fits in 16 bits)
        let width = u16::try_from(width).unwrap_or(u16::MAX - 1);
        // (what a line with residue says is measured only when asked: see
        // `ragged_width`)
        let text_width = if same { width } else { UNMEASURED };
        let phys = Phys {
            start,
            end: start + trimmed.len() - usize::from(bullet),
            width,
            text_width,
            furniture,
            bullet,
            soft: false,
            indent,
        };
        coarse.add(usize::from(width));
        indented |= indent > 0;
        lines.push(phys);
    }
    // line breaks inside a paragraph, in a text with line breaks of other
    // systems only (cleaning counted them)
    let soft_text = src.clean.removed[Residue::LineBreak as usize].is_some() && mark_soft_breaks(src, &mut lines);
    if pages > 0 {
        // text out of a PDF: its running headers, beside the page numbers
        let texts: Vec<&str> = lines.iter().map(|l| &text[l.start..l.end]).collect();
        let mut marked: Vec<bool> = lines.iter().map(|l| l.furniture).collect();
        furniture::mark_running_headers(&texts, &mut marked);
        src.work(2 * lines.len());
        for (l, m) in lines.iter_mut().zip(marked) {
            if m && l.bullet > 0 {
                // (a running header goes whole, its bullet with it)
                l.start -= usize::from(l.bullet);
                l.bullet = 0;
            }
            l.furniture = m;
            // furniture fills no wrap width
            l.width = if m { 0 } else { l.width };
            l.text_width = if m { 0 } else { l.text_width };
        }
    }
    if pages > 0 {
        // (furniture fills no wrap width)
        coarse = Coarse::of(&lines);
    }
    // A wrapping tool fills the width with a paragraph's indentation and
    // text together, or with its text after the indentation (the first
    // line of a paragraph wider by it: as wide as the wrap width
    // and a few columns, which in a text of short paragraphs hides the
    // wrap width or shows a wider one): the wrap width is the one that
    // more lines fill, measured either way (the same when no line is
    // indented); a line fills it measured the same way (by its text, a
    // centred title or a signature pushed right by spaces fills no width).
    let by_width = wrap_width(text, &lines, &coarse, false);
    let by_fill = if indented { wrap_width(text, &lines, &coarse, true) } else { None };
    let (wrap, fill) = match (by_width, by_fill) {
        (Some((_, n)), Some((f, m))) if m > n => (Some(f), true),
        (None, Some((f, _))) => (Some(f), true),
        (w, _) => (w.map(|(w, _)| w), false),
    };
    let filled = |l: &Phys| if fill { l.fill() } else { l.width() };
    // too few lines to show a wrap width: the page's width, if the widest
    // lines break off in the middle of a sentence
    let ragged = if wrap.is_none() { ragged_width(text, &mut lines) } else { None };
    let fills_page = |b: &Phys| ragged.is_some_and(|w| fills_ragged(usize::from(b.text_width), w));
    let mut cuts: Vec<(usize, usize, Option<Residue>)> = Vec::new();
    let mut breaks: Vec<usize> = Vec::new();
    let mut prev: Option<usize> = None; // last non-blank line
    // the first line of text (no furniture)
    let first_line = lines.iter().position(|l| l.start < l.end && !l.furniture).unwrap_or(0);
    // the page furniture since `prev`
    let mut furn: Vec<usize> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.start == l.end {
            continue;
        }
        if l.furniture {
            furn.push(i);
            continue;
        }
        // without a wrap width or page furniture only a kinsoku mark joins a
        // line, and every one starts with E2, E3 or EF (a test checks)
        // (nor a long line before that ends in the middle of a word, with an
        // ideograph: a page break may have cut it inside a bracket, see below;
        // read off the lead byte three bytes from its end, both tests always,
        // as each alone varies from line to line)
        let cut_before = |p: usize| {
            let b = &lines[p];
            let lead = text.as_bytes()[b.end.saturating_sub(3)];
            (b.width() >= MIN_WRAP_WIDTH) & (0xE4..=0xE9).contains(&lead)
        };
        if wrap.is_none()
            && furn.is_empty()
            && !matches!(text.as_bytes()[l.start], 0xE2 | 0xE3 | 0xEF)
            && !prev.is_some_and(cut_before)
            && !prev.is_some_and(|p| fills_page(&lines[p]))
            && (!soft_text || !l.soft)
        {
            push_bullet(&mut cuts, l);
            prev = Some(i);
            continue;
        }
        let line = &text[l.start..l.end];
        let mut joined = false;
        if let Some(p) = prev {
            let before = &lines[p];
            let first = line.chars().next().unwrap_or(' ');
            // lines either side of page furniture are adjacent, unless a
            // blank line follows the furniture (a paragraph break of the
            // text: the next page starts right after its furniture)
            let across = furn.last().is_some_and(|&f| f + 1 == i);
            let adjacent = p + 1 == i || across;
            let kinsoku = is_continuation_start(first);
            let before_text = &text[before.start..before.end];
            // a heading may start after a sentence end, or right after
            // another heading line that happens to fill the width
            let heading = || {
                marker(line).is_some()
                    && (before_text.chars().next_back().is_some_and(is_terminal) || marker(before_text).is_some())
            };
            let full = wrap.is_some_and(|w| {
                filled(before) + SLACK >= w || filled(before) + SLACK + KINSOKU_PUSH >= w && pushed(line)
            });
            // a table row (`| a | b |`, tab-separated cells) starts its own line
            let table_row = || line.starts_with('|') || memchr::memchr(b'\t', line.as_bytes()).is_some();
            let wrapped = adjacent && full && !heading() && !table_row();
            // a paragraph cut by a page break, in text that is not wrapped:
            // a line that ends no sentence and is longer than most heading
            // titles (twenty characters), then no heading; a heading line
            // whose title is a phrase without punctuation is no cut paragraph
            // (furniture under a text's first line is the header of its
            // first page, not a page break: a title over `第1页 共3页`)
            let page_break = across
                && p != first_line
                && !full
                && before.width() >= MIN_WRAP_WIDTH
                && !before_text.chars().next_back().is_some_and(is_terminal)
                && marker(line).is_none()
                && (marker(before_text).is_none() || punct::find_prose_punct(before_text).is_some())
                && !table_row();
            // a page break whose furniture is gone, blank lines left: a
            // long line cut after an ideograph inside a bracket (`…（牵头部` /
            // `门：市交通委）`) continues on the next line that closes it
            // first (long in its own text too: residue cleaning removed
            // from the raw line makes no line long, see `long_text`)
            // (or with no blank line at all, in text too short to show a
            // wrap width: `…（市自然资源局负责，2025年6月底` / `前完成）`)
            let in_bracket = (!adjacent || wrap.is_none())
                && !full
                && cut_before(p)
                && marker(line).is_none()
                && closes_first(line)
                && unclosed(before_text)
                && long_text(before_text);
            // a short text wrapped at the width of its page (too few lines
            // to show a wrap width, their widths ragged by punctuation and
            // digits: `…省生态环境厅牵` / `头，省工业和信息化厅…配合。`): a line
            // that fills the page and ends no sentence continues on the
            // next one, unless that one starts a heading, or ends no
            // sentence and is short (a title over its text, table cells);
            // a heading's line goes on only after a sentence of its text
            // (a title with commas fills a line too); a whole title, no
            // prose mark in it and ending in its genre (…的意见), goes on
            // onto no line (the 主送机关 under it)
            let ragged_wrap = adjacent
                && p != first_line
                && fills_page(before)
                && !before_text.chars().next_back().is_some_and(is_terminal)
                && marker(line).is_none()
                && (marker(before_text).is_none()
                    || punct::find_marks::<punct::SentenceEndOrSemicolon>(before_text).is_some())
                && (fills_page(l) || line.chars().next_back().is_some_and(is_terminal))
                && !table_row()
                && !(super::inline::ends_in_genre(before_text) && punct::find_prose_punct(before_text).is_none());
            // a line break inside a paragraph (Word's manual line break):
            // the line goes on, unless a heading or a part of the notice
            // starts after it (see [`soft_join`])
            let soft = soft_text && l.soft && p + 1 == i && soft_join(before_text, line);
            if kinsoku || wrapped || page_break || in_bracket || ragged_wrap || soft {
                let heading_break = first == punct::JUHAO && !full;
                if heading_break {
                    // the line before was a heading on its own: its 。 ends it
                    breaks.push(src.clean.raw_start(l.start));
                }
                if join_heading_breaks || !heading_break {
                    join(&mut cuts, before.end, &furn, &lines, l.start);
                    joined = true;
                }
            }
        }
        if !joined {
            cuts.extend(furn.iter().map(|&f| (lines[f].start, lines[f].end, Some(Residue::PageFurniture))));
            // (a joined line's bullet goes with the line break before it)
            push_bullet(&mut cuts, l);
        }
        furn.clear();
        prev = Some(i);
    }
    cuts.extend(furn.iter().map(|&f| (lines[f].start, lines[f].end, Some(Residue::PageFurniture))));
    src.set_heading_breaks(breaks);
    if cuts.is_empty() {
        // the text stays as it is: its lines are known already
        // (collected in place: the offsets take over the lines' allocation)
        let offsets = lines.into_iter().filter(|l| l.start < l.end).map(|l| (l.start, l.end)).collect();
        src.set_lines(offsets);
    } else {
        src.remove_and_reindex(&cuts);
    }
}

/// Mark the lines after a line break inside a paragraph ([`is_soft_break`],
/// told by its raw bytes); whether the text has such breaks and a line
/// after a paragraph break too: only then are they soft (in a text of no
/// other break they are its line breaks).
fn mark_soft_breaks(src: &Source<'_>, lines: &mut [Phys]) -> bool {
    let text = src.clean.text.as_bytes();
    let (mut soft, mut hard) = (false, false);
    for l in lines.iter_mut().filter(|l| l.start < l.end) {
        // (the line break before the line's indentation and bullet)
        let Some(nl) = memchr::memrchr(b'\n', &text[..l.start]) else { continue };
        l.soft = is_soft_break(src.raw, src.clean.raw_start(nl));
        soft |= l.soft;
        hard |= !l.soft;
    }
    soft && hard
}

/// Whether the raw line break at `r` is one inside a paragraph: a vertical
/// tab (Word's manual line break, Shift+Enter, as Word's object model and
/// PowerPoint write it), U+2028 LINE SEPARATOR or U+0085 NEXT LINE — not
/// U+2029 PARAGRAPH SEPARATOR, a lone carriage return (old Mac text) nor a
/// form feed.
fn is_soft_break(raw: &str, r: usize) -> bool {
    matches!(raw.as_bytes().get(r..), Some([0x0B, ..] | [0xE2, 0x80, 0xA8, ..] | [0xC2, 0x85, ..]))
}

/// Whether the line after a line break inside a paragraph (`line`) goes
/// on the line before it (`before`), as a hard-wrapped line does: the
/// parts of a paragraph are one paragraph. A heading's marker after the
/// break starts a block, and a table row its own line (as after a wrap);
/// nor does a line go on after a colon (a 主送机关, a lead-in `…通知如下：`,
/// a label). After a sentence end, only another sentence goes on (prose
/// marks in it, a sentence end or semicolon last: not the issuer's name
/// and date under the text, nor an attachment label); after a comma, the
/// sentence goes on. After no mark at all, a heading's title alone
/// (`一、总体要求`) and a whole title (`…的通知`, no prose mark) go on onto no
/// line, and a line goes on only when either side is prose (a title broken
/// over two lines, a name over a date, are no sentence: their lines stay, as
/// with a line feed).
fn soft_join(before: &str, line: &str) -> bool {
    let Some(end) = before.chars().next_back() else { return false };
    if marker(line).is_some() || line.starts_with('|') || memchr::memchr(b'\t', line.as_bytes()).is_some() {
        return false;
    }
    if punct::is_colon(end) {
        return false;
    }
    if punct::is_sentence_end(end) || punct::is_semicolon(end) {
        return punct::find_prose_punct(line).is_some()
            && line.chars().next_back().is_some_and(|c| punct::is_sentence_end(c) || punct::is_semicolon(c));
    }
    if punct::is_comma(end) || end == punct::DUNHAO {
        return true;
    }
    if marker(before).is_some() && punct::find_marks::<punct::SentenceEndOrSemicolon>(before).is_none()
        || super::inline::ends_in_genre(before) && punct::find_prose_punct(before).is_none()
    {
        return false;
    }
    punct::find_prose_punct(before).is_some() || punct::find_prose_punct(line).is_some()
}

/// The width of a line with residue before [`ragged_width`] measures it.
const UNMEASURED: u16 = u16::MAX;

/// Widest page (in columns) that [`ragged_width`] reads: 64 characters
/// (GB/T 9704 prints 28 a line). A text with a wider line is no page.
const MAX_PAGE: usize = 128;

/// Fewest lines that fill the page and end no sentence for a short text to
/// count as wrapped at the width of its page ([`ragged_width`]).
const MIN_RAGGED: usize = 2;

/// Whether a line `width` columns wide fills a page `page` columns wide:
/// within an eighth of it (a justified line of CJK text holds a character
/// or two more or fewer as its punctuation is narrowed and its digits are
/// half-width, four in a line of 32).
fn fills_ragged(width: usize, page: usize) -> bool {
    width + page / 8 >= page
}

/// The page width of a text hard-wrapped in too few lines to show a wrap
/// width ([`wrap_width`]): its widest line, when at least [`MIN_RAGGED`]
/// lines fill that width ([`fills_ragged`]) and end no sentence. A text of
/// one paragraph a line has widths all over; its longest paragraphs end
/// their sentences.
fn ragged_width(text: &str, lines: &mut [Phys]) -> Option<usize> {
    // (measured on what the lines say: residue a scraper left in a line,
    // `@@` or entities, came after the wrap)
    // a line wider than a page: most texts, of one paragraph a line, stop
    // here at their first long paragraph
    if lines.iter().any(|l| l.text_width != UNMEASURED && usize::from(l.text_width) > MAX_PAGE) {
        return None;
    }
    let b = text.as_bytes();
    for l in lines.iter_mut().filter(|l| l.text_width == UNMEASURED) {
        // the whole cleaned line, white space and bullet included, between
        // the line breaks around it (a few bytes from its trimmed text)
        let from = memchr::memrchr(b'\n', &b[..l.start]).map_or(0, |k| k + 1);
        let to = memchr::memchr(b'\n', &b[l.end..]).map_or(b.len(), |k| l.end + k);
        let w = measure(&text[from..to]);
        if w > MAX_PAGE {
            return None;
        }
        l.text_width = u16::try_from(w).unwrap_or(u16::MAX - 1);
    }
    let page = usize::from(lines.iter().filter(|l| !l.furniture).map(|l| l.text_width).max()?);
    if page < MIN_WRAP_WIDTH {
        return None;
    }
    let open = lines
        .iter()
        .filter(|l| !l.furniture && fills_ragged(usize::from(l.text_width), page))
        .filter(|l| !text[l.start..l.end].chars().next_back().is_some_and(is_terminal))
        .take(MIN_RAGGED)
        .count();
    (open >= MIN_RAGGED).then_some(page)
}

/// Whether the cleaned, trimmed text of a line is as wide as a wrap can be:
/// a line is measured on the raw text (residue included, see
/// [`unwrap_lines`]), where link residue (`@@`), entities or a zero-width
/// space make it wider than what it says; a line cut by a page break is
/// long in what it says.
fn long_text(text: &str) -> bool {
    // (a width is at most the byte length)
    text.len() >= MIN_WRAP_WIDTH && width(text) >= MIN_WRAP_WIDTH
}

/// Whether `text` leaves a round bracket open at its end.
fn unclosed(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        if punct::is_lparen(c) {
            depth += 1;
        } else if punct::is_rparen(c) {
            depth = (depth - 1).max(0);
        }
    }
    depth > 0
}

/// Whether the first round bracket of `text` closes one.
fn closes_first(text: &str) -> bool {
    punct::find_marks::<punct::RoundBrackets>(text).is_some_and(|i| text[i..].starts_with(punct::is_rparen))
}

/// Cut the markdown bullet before line `l`'s marker, if it has one.
fn push_bullet(cuts: &mut Vec<(usize, usize, Option<Residue>)>, l: &Phys) {
    if l.bullet > 0 {
        cuts.push((l.start - usize::from(l.bullet), l.start, Some(Residue::Markdown)));
    }
}

/// Join the line ending at cleaned `end` to the one starting at `start`:
/// the break between is `LineWrap` residue, page furniture on the way is
/// `PageFurniture` residue, and the white space around it goes with it.
fn join(cuts: &mut Vec<(usize, usize, Option<Residue>)>, end: usize, furn: &[usize], lines: &[Phys], start: usize) {
    let mut at = end;
    let mut kind = Some(Residue::LineWrap);
    for &f in furn {
        cuts.push((at, lines[f].start, kind));
        cuts.push((lines[f].start, lines[f].end, Some(Residue::PageFurniture)));
        kind = None;
        at = lines[f].end;
    }
    cuts.push((at, start, kind));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unwrapped(raw: &str) -> String {
        let mut src = Source::new(raw);
        unwrap(&mut src);
        src.clean.text.into_owned()
    }

    #[test]
    fn width_counts_columns() {
        let reference = |s: &str| -> usize {
            s.chars()
                .map(|c| {
                    if c == punct::BOM {
                        0
                    } else if c.is_ascii() {
                        1
                    } else {
                        2
                    }
                })
                .sum()
        };
        let long = "国务院办公厅关于2022年新型城镇化abc，（一）@@".repeat(40);
        for s in ["", "a", "中", "\u{FEFF}一、总则", "ÀÉ½", "𠀀x", long.as_str()] {
            assert_eq!(width(s), reference(s), "{s}");
        }
        // every length: the 32-byte blocks and the last one, overlapping
        let mixed = "甲a乙bc丙丁é𠀀，".repeat(300);
        let wide = "中".repeat(1500);
        for text in [mixed.as_str(), wide.as_str()] {
            for (end, _) in text.char_indices() {
                assert_eq!(width(&text[..end]), reference(&text[..end]), "{end}");
            }
        }
    }

    /// The wrap width as first written: a histogram over every width.
    fn wrap_width_by_histogram(widths: &[usize]) -> Option<usize> {
        let mut hist = [0u32; BUCKETS + 1];
        let mut long = 0u32;
        for &w in widths.iter().filter(|&&w| w >= MIN_WRAP_WIDTH) {
            hist[w.min(BUCKETS)] += 1;
            long += 1;
        }
        if (long as usize) < MIN_FILLED {
            return None;
        }
        let mut wider_than = [0u32; BUCKETS + 2];
        for w in (0..=BUCKETS).rev() {
            wider_than[w] = wider_than[w + 1] + hist[w];
        }
        let mut best: Option<(u32, usize)> = None;
        for w in MIN_WRAP_WIDTH..BUCKETS {
            if hist[w] == 0 {
                continue;
            }
            let filled: u32 = hist[w.saturating_sub(SLACK)..=w].iter().sum();
            let wider: u32 = wider_than[(w + SLACK + 1).min(BUCKETS + 1)];
            if wider * 20 <= long.max(20) && best.is_none_or(|(c, _)| filled > c) {
                best = Some((filled, w));
            }
        }
        let (filled, w) = best?;
        // every line's text differs: the distinct lines are the lines that fill w
        let distinct = widths.iter().filter(|&&x| (w - SLACK..=w).contains(&x)).count();
        (filled * 10 >= long * 3 && distinct >= MIN_FILLED).then_some(w)
    }

    #[test]
    fn wrap_width_agrees_with_a_histogram() {
        // lines of distinct text, so that the distinct-line check passes
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        let (mut found, mut refused) = (0, 0);
        for case in 0..4000 {
            let n = 1 + next(60);
            let centre = 30 + next(500);
            // the share of lines near the centre, in percent: the coarse
            // count of `Coarse::may_be_wrapped` decides the cases around 30
            let share = next(101);
            let widths: Vec<usize> = (0..n)
                .map(|_| if next(100) < share { (centre + next(8)).saturating_sub(4) } else { next(700) })
                .collect();
            let text: String = (0..n).map(|i| format!("{i:04}")).collect();
            let lines: Vec<Phys> = widths
                .iter()
                .enumerate()
                .map(|(i, &w)| Phys {
                    start: 4 * i,
                    end: 4 * i + 4,
                    width: u16::try_from(w).expect("narrow"),
                    text_width: u16::try_from(w).expect("narrow"),
                    furniture: false,
                    bullet: 0,
                    soft: false,
                    indent: 0,
                })
                .collect();
            let expected = wrap_width_by_histogram(&widths);
            let coarse = Coarse::of(&lines);
            assert_eq!(wrap_width(&text, &lines, &coarse, false).map(|(w, _)| w), expected, "case {case}: {widths:?}");
            found += usize::from(expected.is_some());
            refused += usize::from(!coarse.may_be_wrapped());
        }
        // both answers are common among the cases, and the coarse count
        // decides many of them alone
        assert!((400..3600).contains(&found), "{found}");
        assert!((400..3600).contains(&refused), "{refused}");
        assert!(found + refused < 4000, "{found} {refused}");
    }

    #[test]
    fn kinsoku_marks_start_with_e2_e3_or_ef() {
        let mut n = 0;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32).filter(|&c| is_continuation_start(c)) {
            let mut buf = [0; 4];
            assert!(matches!(c.encode_utf8(&mut buf).as_bytes()[0], 0xE2 | 0xE3 | 0xEF), "{c:?}");
            n += 1;
        }
        assert_eq!(n, 16);
    }

    #[test]
    fn kinsoku_lines_join_the_line_before() {
        assert_eq!(
            unwrapped("——任务1：协同开展编制工作\n。强化城市总体规划。\n下一段"),
            "——任务1：协同开展编制工作。强化城市总体规划。\n下一段"
        );
        assert_eq!(unwrapped("甲\n\n，乙"), "甲，乙");
    }

    #[test]
    fn hard_wrapped_paragraphs_join() {
        let para = "各类城市要根据资源环境承载能力和经济社会发展实际需求畅通在本地稳定就业生活的农业转移人口举家进城落户渠道城区常住人口三百万以下城市落实全面取消落户限制政策。";
        let mut wrapped = String::from("一、总体要求\n");
        let paras: Vec<String> = ["甲", "乙", "丙"].iter().map(|p| format!("{p}{para}")).collect();
        for para in &paras {
            let chars: Vec<char> = para.chars().collect();
            for chunk in chars.chunks(25) {
                wrapped.extend(chunk);
                wrapped.push('\n');
            }
        }
        wrapped.push_str("（一）指导思想。\n");
        let out = unwrapped(&wrapped);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 5, "{out}");
        assert_eq!(lines[1], paras[0]);
        assert_eq!(lines[3], paras[2]);
        assert_eq!(lines[4], "（一）指导思想。");
    }

    #[test]
    fn page_furniture_goes_and_the_cut_paragraph_joins() {
        // one line per paragraph, a page break inside the second paragraph,
        // another between paragraphs, a third after a heading
        let text = "一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻\n\n— 2 —\n党的十九大和十九届历次全会精神。\n（二）工作目标。到2025年，建成以中国政府网为龙头的政务新媒体矩阵体系。\n-3-\n（三）基本原则。坚持正确导向，坚持问题导向，坚持创新发展。\n二、主要任务\n第4页 共9页\n各地区各部门要按照要求，认真抓好落实，确保各项任务落地见效取得实效。\n";
        let out = unwrapped(text);
        assert_eq!(
            out,
            "一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届历次全会精神。\n（二）工作目标。到2025年，建成以中国政府网为龙头的政务新媒体矩阵体系。\n\n（三）基本原则。坚持正确导向，坚持问题导向，坚持创新发展。\n二、主要任务\n\n各地区各部门要按照要求，认真抓好落实，确保各项任务落地见效取得实效。\n"
        );
        let mut src = Source::new(text);
        unwrap(&mut src);
        let runs = src.clean.removed[Residue::PageFurniture as usize].unwrap();
        assert_eq!(runs.count, 3);
        assert_eq!(&text[runs.first.start..runs.first.end], "— 2 —");
        assert_eq!(&text[runs.last.start..runs.last.end], "第4页 共9页");
        assert_eq!(src.clean.removed[Residue::LineWrap as usize].unwrap().count, 1);
        // the joined paragraph's raw span runs over the page break
        let at = src.clean.text.find("全面贯彻党").unwrap() + "全面贯彻".len();
        let (a, b, verbatim) = src.clean.map(at - "贯彻".len(), at + "党的".len());
        assert_eq!((&text[a..b], verbatim), ("贯彻\n\n— 2 —\n党的", false));
    }

    #[test]
    fn hard_wrapped_pdf_text_with_running_headers() {
        let para = "各类城市要根据资源环境承载能力和经济社会发展实际需求畅通在本地稳定就业生活的农业转移人口举家进城落户渠道城区常住人口三百万以下城市落实全面取消落户限制政策。";
        // 25 characters a line, a page of 6 lines, a running header on top
        // of every page but the first, the page number at the foot
        let paras: Vec<String> = ["甲", "乙", "丙", "丁"].iter().map(|p| format!("{p}{para}")).collect();
        let mut text = String::from("一、总体要求\n");
        let mut k = 0;
        for p in &paras {
            let chars: Vec<char> = p.chars().collect();
            for chunk in chars.chunks(25) {
                if k > 0 && k % 6 == 0 {
                    text.push_str(&format!("\n\u{3000}\u{3000}— {} —\n\u{c}国务院关于推进新型城镇化的意见\n", k / 6));
                }
                text.extend(chunk);
                text.push('\n');
                k += 1;
            }
        }
        text.push_str("（一）指导思想。\n");
        let out = unwrapped(&text);
        let lines: Vec<&str> = out.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 1 + 4 + 1, "{text}\n=====\n{out}");
        assert_eq!(lines[1..5], paras.iter().map(String::as_str).collect::<Vec<_>>()[..]);
        assert!(!out.contains('—') && !out.contains("国务院关于"), "{out}");
    }

    #[test]
    fn a_page_break_after_a_heading_or_a_sentence_joins_nothing() {
        let text = "二、主要任务\n— 5 —\n各地区各部门要按照要求认真抓好落实\n- 6 -\n（一）加快推进新型城镇化建设，全面提升城市发展质量和水平，推动高质量发展\n";
        assert_eq!(
            unwrapped(text),
            "二、主要任务\n\n各地区各部门要按照要求认真抓好落实\n\n（一）加快推进新型城镇化建设，全面提升城市发展质量和水平，推动高质量发展\n"
        );
        // a heading whose title is a phrase, long as it is, ends its line
        let text =
            "（六）点燃商业新擎行动——商业商务活力再造行动计划安排\n— 8 —\n盘活存量商业商务楼宇资源，引入新业态。\n";
        assert_eq!(
            unwrapped(text),
            "（六）点燃商业新擎行动——商业商务活力再造行动计划安排\n\n盘活存量商业商务楼宇资源，引入新业态。\n"
        );
        // a blank line after the furniture is a paragraph break of the text
        let text =
            "2022年新型城镇化和城乡融合发展重点任务安排\n\n— 1 —\n\n以习近平新时代中国特色社会主义思想为指导。\n";
        assert_eq!(
            unwrapped(text),
            "2022年新型城镇化和城乡融合发展重点任务安排\n\n\n\n以习近平新时代中国特色社会主义思想为指导。\n"
        );
        // a page break that left blank lines only: a line cut inside a
        // bracket continues on the next line that closes it
        let text = "（八）开展云端一体的智能交通应用。推动北斗高精度服务应用，助力打造数字交通。（牵头部\n\n门：市交通委、市水务局）\n\n四、保障措施\n";
        assert_eq!(
            unwrapped(text),
            "（八）开展云端一体的智能交通应用。推动北斗高精度服务应用，助力打造数字交通。（牵头部门：市交通委、市水务局）\n\n四、保障措施\n"
        );
        // in text too short to show a wrap width, a line cut inside a
        // bracket continues on the next line that closes it, blank line or not
        let text = "（一）强化用地保障。实行新增建设用地计划指标与盘活存量挂钩。（市自然资源局负责，2025年6月底\n前完成）\n二、加强要素保障\n";
        assert_eq!(
            unwrapped(text),
            "（一）强化用地保障。实行新增建设用地计划指标与盘活存量挂钩。（市自然资源局负责，2025年6月底前完成）\n二、加强要素保障\n"
        );
        let text = "（八）开展云端一体的智能交通应用（一期工程与二期工程，含试点\n\n（九）推进智慧港口建设）\n";
        assert_eq!(unwrapped(text), text);
        // furniture under a text's first line heads its first page: the
        // title joins nothing (`第1页 共3页` under it)
        let text = "某某县人民政府关于进一步加强安全生产工作的意见\n第1页 共3页\n各乡镇人民政府，县政府各部门：\n";
        assert_eq!(
            unwrapped(text),
            "某某县人民政府关于进一步加强安全生产工作的意见\n\n各乡镇人民政府，县政府各部门：\n"
        );
        // a number alone or in prose is no page number
        let text = "到2025年，完成\n3\n个试点。\n";
        assert_eq!(unwrapped(text), text);
    }

    #[test]
    fn a_short_text_wrapped_at_its_page_width_joins() {
        // too few lines for a wrap width: full lines (66 to 72 columns) that
        // end no sentence go on, inside a word, after 、, inside a name
        let text = "某某市交通运输局关于做好冬季道路运输保障工作的通知\n各区交通运输局：\n　　一、加强运力调度。各区要统筹做好节假日客运组织，由市交通运输局牵\n头，市公安局、市应急管理局配合，2025年12月底前完成。\n　　二、保障物资运输。优先保障煤炭、粮食等重点物资运输。市商务局、\n市发展改革委、市交通运输局按职责分工负责。\n　　三、强化安全监管。开展道路运输企业安全检查。市交通运输局负责，市\n市场监管局配合。\n某某市交通运输局\n2025年11月20日\n";
        assert_eq!(
            unwrapped(text),
            "某某市交通运输局关于做好冬季道路运输保障工作的通知\n各区交通运输局：\n　　一、加强运力调度。各区要统筹做好节假日客运组织，由市交通运输局牵头，市公安局、市应急管理局配合，2025年12月底前完成。\n　　二、保障物资运输。优先保障煤炭、粮食等重点物资运输。市商务局、市发展改革委、市交通运输局按职责分工负责。\n　　三、强化安全监管。开展道路运输企业安全检查。市交通运输局负责，市市场监管局配合。\n某某市交通运输局\n2025年11月20日\n"
        );
        // one full line that ends open is no page: a title over its text
        let text = "某某区人民政府办公室关于开展安全生产大检查工作的通知\n各单位要高度重视，确保取得实效。\n";
        assert_eq!(unwrapped(text), text);
        // nor, under a page's info line as wide, a whole title over the
        // 主送机关
        let text = "来源：某某县人民政府办公室发布时间：2024年03月05日\n中共某某县委　某某县人民政府关于加强某某工作的意见\n各乡镇党委、人民政府，县直各单位：\n为加强某某工作，提出如下意见。\n";
        assert_eq!(unwrapped(text), text);
    }

    #[test]
    fn real_lines_of_a_short_text_stay_apart() {
        // full lines that end open before a heading, or before a short line
        // that ends no sentence (a signature, the next cell of a table)
        let text = "各街道办事处，区政府各部门：\n　　一、检查范围和重点内容，涉及全区各类生产经营单位和人员密集场所\n　　二、检查方式和工作步骤，采取企业自查与部门检查相结合的方式进行\n某某区人民政府办公室\n2025年3月1日\n";
        assert_eq!(unwrapped(text), text);
        let table = "序号\n重点任务\n牵头单位\n1\n推进城市更新行动完成老旧小区改造项目清单编制和居民意见征集\n市住房城乡建设局\n2\n实施城市燃气管道老化更新改造工程完成市区主干管网排查和评估\n市城市管理局\n";
        assert_eq!(unwrapped(table), table);
        // a heading whose title is a phrase fills the page: its text is a
        // paragraph of its own
        let text = "（一）加快推进老旧小区改造和城市更新行动，完善社区公共服务设施\n各区要按照要求认真抓好落实，确保任务完成。\n（二）统筹推进城市燃气管道等老化更新改造工作和地下管网建设\n各区要按照要求认真抓好落实。\n";
        assert_eq!(unwrapped(text), text);
    }

    /// A line break inside a paragraph (Word's manual line break, a
    /// vertical tab; U+2028; U+0085) in a text with paragraph breaks: the
    /// parts are one paragraph, unless a heading or a part of the notice
    /// starts after it; in a text of no other break, the text's line
    /// breaks; U+2029 a paragraph break.
    #[test]
    fn soft_line_breaks_join_the_parts_of_a_paragraph() {
        for br in ["\u{b}", "\u{2028}", "\u{85}"] {
            let joined = [
                // inside a sentence, after a sentence, after a comma in a title
                (
                    "一、总体要求\n为进一步加强管理，{br}制定本方案。\n",
                    "一、总体要求\n为进一步加强管理，制定本方案。\n",
                ),
                (
                    "（一）加强监管。{br}建立台账，定期通报。\n（二）\n",
                    "（一）加强监管。建立台账，定期通报。\n（二）\n",
                ),
                ("为进一步加强{br}城市管理，制定本方案。\n二、\n", "为进一步加强城市管理，制定本方案。\n二、\n"),
                ("二、深化改革，{br}完善机制\n三、\n", "二、深化改革，完善机制\n三、\n"),
            ];
            for (raw, want) in joined {
                let raw = raw.replace("{br}", br);
                assert_eq!(unwrapped(&raw), want, "{raw:?}");
            }
            for raw in [
                // a heading after it, a heading's title alone
                "一、总体要求\n为进一步加强管理，制定本方案。{br}（一）加强监管。\n",
                "一、总体要求{br}为进一步加强管理，制定本方案。\n",
                // the notice's parts: a title, the 主送机关, the issuer and date
                "某某区人民政府关于印发{br}某某办法的通知\n各街道办事处：{br}现将《某某办法》印发给你们，请认真贯彻执行。\n",
                "现将《某某办法》印发给你们，请认真贯彻执行。{br}某某区人民政府{br}2025年7月1日\n",
                "请认真贯彻执行。{br}附件：某某清单\n",
                // a blank line between: a paragraph break
                "为进一步加强管理，{br}{br}制定本方案。\n",
                // a table row
                "序号，名称{br}1\t甲\t乙\n",
            ] {
                // (a paragraph break in the text too)
                let raw = format!("{}完。\n", raw.replace("{br}", br));
                assert_eq!(unwrapped(&raw), raw.replace(br, "\n"), "{raw:?}");
            }
            // every line break of the text one of them: its line breaks
            let raw = "一、总体要求{br}为进一步加强管理，{br}制定本方案。".replace("{br}", br);
            assert_eq!(unwrapped(&raw), "一、总体要求\n为进一步加强管理，\n制定本方案。");
        }
        // U+2029 PARAGRAPH SEPARATOR: a paragraph break
        let raw = "一、总体要求\n为进一步加强管理，\u{2029}制定本方案。\n";
        assert_eq!(unwrapped(raw), "一、总体要求\n为进一步加强管理，\n制定本方案。\n");
    }

    /// A constructed text wrapped at 25 characters whose typesetter pushed
    /// the last two characters of a line onto the next with the marks that
    /// cannot open one (`…家中有烧香拜` / `佛）、居住环境…`): the short line
    /// fills the width too.
    #[test]
    fn a_line_short_by_a_kinsoku_push_joins() {
        let para = "各类城市要根据资源环境承载能力和经济社会发展实际需求畅通在本地稳定就业生活的农业转移人口举家进城落户渠道城区常住人口三百万以下城市落实全面取消落户限制政策。";
        let mut wrapped = String::from("一、总体要求\n");
        for p in ["甲", "乙", "丙"] {
            let chars: Vec<char> = format!("{p}{para}").chars().collect();
            for chunk in chars.chunks(25) {
                wrapped.extend(chunk);
                wrapped.push('\n');
            }
        }
        // (two characters short of the 25 of the page)
        let item = "（一）高风险类：有不良安全习惯（如家中有烧香拜";
        wrapped.push_str(&format!("{item}\n佛）、居住环境堆物严重的独居老人。\n"));
        let out = unwrapped(&wrapped);
        assert!(out.contains("有烧香拜佛）、居住环境"), "{out}");
        // a line short by more stays
        let short = wrapped.replace("家中有烧香拜\n佛）", "家中\n有烧香拜佛）");
        assert!(unwrapped(&short).contains("家中\n有烧香拜佛"));
    }

    #[test]
    fn unwrapped_text_is_left_alone() {
        let text = "一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。\n（二）工作目标。到2022年，建成以中国政府网政务新媒体为龙头的政务新媒体矩阵体系。\n";
        assert_eq!(unwrapped(text), text);
    }
}
