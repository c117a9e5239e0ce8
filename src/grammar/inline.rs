//! Logical lines → the lines the frame and block passes read: headings and
//! notice parts that run together on one line are split apart.
//!
//! Database fields, `<p>` texts joined with no separator, or a body pasted
//! as one line put a whole document, or all 第X条 of a chapter, on one line.
//! This pass runs after the layout pass and cuts such a line into several
//! [`Line`]s, each a sub-slice of the cleaned text (so spans stay exact):
//!
//! - **Headings.** A numbering marker ([`marker`]) starts a new line when it
//!   stands right after a break — 。, a semicolon or colon, a
//!   closing round bracket (the end of a clause), or a run of two or more
//!   spaces (an indentation) — and continues the numbering seen so far: the
//!   next number of its kind, or 1 of a kind deeper than the last heading.
//!   A marker of a deeper kind also starts a line right after a heading's
//!   short title (`二、主要内容（一）…`, `第一章 总则第一条 …`), and a marker
//!   numbered 1 right after a short title-like run that follows a break
//!   (`…（此件公开发布）重点任务一、…`: the run is a title of its own).
//! - **Only in run-on lines.** A line is split at headings only when it is
//!   much longer than a paragraph ([`MIN_RUN_ON`]) and holds a heading of the same or a higher level than its own (or than the
//!   block it continues), or a heading right after its own heading's title:
//!   an enumeration `包括：（一）…；（二）…` inside one paragraph of an
//!   ordinary document stays one paragraph.
//! - **List items run on in a short line.** A line that opens with a
//!   list's first item and holds its next items after breaks
//!   (`（1）…；（2）…；（3）…。`) is cut at each ([`sibling_cuts`]): a
//!   marker at a line's start is a block, and its numbered-on siblings are
//!   too; an enumeration opened inside a sentence is not.
//! - **Notice parts.** In the first lines: a 发文字号 after the title (the
//!   title ends in a genre word such as 通知 or 意见), a 主送机关 ending in a
//!   colon with the body after it. In the first and last lines and in
//!   run-on lines: a 发文机关署名 followed by a 成文日期 (and a 附注 such as
//!   （此件公开发布）) after a break.
//! - Inside a run-on line, a sentence end followed by an indentation (two or
//!   more spaces) ends a paragraph.
//! - **专栏 boxes** ([`boxes`]): a box numbered one more than the last one,
//!   run on after text, starts a line; the heading glued after a box (after
//!   an indentation, in the box's line or in the lines its table runs over)
//!   starts another.
//!
//! Cost: a line shorter than [`MIN_RUN_ON`] bytes (most lines of an
//! ordinary document) costs a length compare and a first-character test of
//! [`marker`]. A longer one is searched once for its breaks (16 bytes at a
//! time, [`punct::mark_positions`]), each break costing a first-character
//! test of [`marker`]; only run-on lines and the first and last few lines
//! are looked at further, at most [`MAX_TITLE`] characters after a break.
//! Nothing is allocated unless a line is split. A text without `专栏` pays
//! one substring search of the whole text for boxes.

use super::block::{KINDS, rank};
use super::boxes;
use super::date::date;
use super::doc_number::doc_number;
use super::marker::{Marker, marker};
use super::notice;
use super::numeral::{is_cn_digit, is_digit};
use super::turns;
use crate::ast::BlockKind;
use crate::punct::{self, InlineBreak};
use crate::source::{Line, Source};
use crate::span::offset_in;
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Longest heading title or title-like run searched for a marker after it,
/// in characters.
const MAX_TITLE: usize = 40;
/// Shortest text after an in-line 主送机关, in bytes (20 CJK characters).
const MIN_BODY_BYTES: usize = 60;
/// Shortest line searched for headings inside it, in bytes (300 CJK
/// characters): a run-on line is much longer than a paragraph, and an
/// ordinary document costs a length compare per line.
const MIN_RUN_ON: usize = 900;
/// Shortest text searched for headings when it is the text's only line,
/// in bytes (40 CJK characters): a whole short document pasted as one line.
const MIN_ONE_LINE: usize = 120;
/// Fewest characters of a heading title that an indentation after it ends.
const MIN_SPACED_TITLE: usize = 4;
/// The first lines, before any heading, that may hold notice head parts.
const HEAD_LINES: usize = 6;
/// The last lines, which may hold a signature and date.
const TAIL_LINES: usize = 3;
/// Longest issuer before an in-line date, in characters.
const MAX_ISSUER: usize = 40;
/// Most characters, white space included, between a signature's start
/// and its date (an issuer pushed right by a run of spaces).
const MAX_SIGNATURE_SPAN: usize = 160;
/// Longest 附注 after an in-line date, in characters.
const MAX_NOTE: usize = 30;
/// Longest issuer code of a 发文字号 (国办发, 沪府办发), in characters.
const MAX_CODE: usize = 10;
/// Bytes of a head line searched for a 发文字号.
const MAX_HEAD_BYTES: usize = 400;

/// The genre words a document title ends with: where a 发文字号 run on
/// after its title starts.
const GENRES: &[&str] = &[
    "通知", "意见", "决定", "批复", "复函", "函", "通报", "方案", "规定", "办法", "条例", "报告", "公告", "通告",
    "规划", "纲要", "细则", "决议", "命令", "请示", "纪要", "指引", "措施", "令", "计划", "规则", "章程", "要点",
];

/// Whether `c` is the last character of one of the [`GENRES`] (a test
/// checks).
fn is_genre_end(c: char) -> bool {
    GENRE_ENDS.contains(c)
}

/// The last characters of the [`GENRES`]: one load and compare per
/// character of a title, where a `matches!` is a tree of branches.
const GENRE_ENDS: super::CharSet = super::CharSet::new(&[
    '知', '见', '定', '复', '函', '报', '案', '法', '例', '告', '划', '要', '则', '议', '令', '示', '引', '施', '程',
    '点',
]);

/// How the name of an issuing body ends: an issuer whose date is followed
/// at once by more text (the next document's title) must end so.
pub(crate) const ISSUER_ENDS: &[&str] =
    &["政府", "办公厅", "办公室", "委员会", "院", "部", "局", "厅", "委", "署", "中心", "小组", "党委", "总局"];

/// The numbering seen so far, in document order.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Numbering {
    /// The last number of each kind (by rank; 0: none yet).
    last: [u32; KINDS],
    /// The rank of the last heading.
    current: Option<u8>,
    /// Decimal outline numbers: the last number at each depth, and the
    /// depth of the last one (0: none yet).
    decimal: [u32; 4],
    decimal_depth: u8,
    /// Whether an enclosed number (㈠ ⑴ ⒈, not ①) has been seen: the next
    /// marker is then looked for in that form too.
    enclosed: bool,
}

impl Numbering {
    /// Whether `m` continues the numbering: the next number of its kind, or
    /// 1 of a kind deeper than the last heading (or the first heading). A
    /// decimal outline number continues its outline: the next number at its
    /// depth or above, 1 one level deeper, or `1` again (the outline after
    /// its contents).
    pub(crate) fn fits(&self, m: &Marker<'_>) -> bool {
        let r = rank(m.kind);
        if m.kind == BlockKind::Decimal {
            let d = super::marker::depth(m);
            return match (m.number, d) {
                (1, 1) => true,
                (1, d) => d == self.decimal_depth + 1,
                (n, d) => d <= self.decimal_depth && self.decimal[usize::from(d - 1)] == n - 1,
            };
        }
        (m.number > 1 && self.last[usize::from(r)] == m.number - 1)
            || (m.number == 1 && self.current.is_none_or(|c| r > c))
    }

    /// A heading of the same or a higher level than the last one, numbered
    /// 1: a further document restarts its numbering.
    fn restarts(&self, m: &Marker<'_>) -> bool {
        m.number == 1 && self.current.is_some_and(|c| rank(m.kind) <= c)
    }

    pub(crate) fn see(&mut self, m: &Marker<'_>) {
        let r = rank(m.kind);
        // (a marker of one character of three bytes is a circled number
        // or an enclosed one: `12.` `(1)` are ASCII)
        self.enclosed |= m.text.len() == 3 && m.text.as_bytes()[0] >= 0x80 && m.kind != BlockKind::Circled;
        self.last[usize::from(r)] = m.number;
        self.current = Some(r);
        let d = super::marker::depth(m);
        if d > 0 {
            self.decimal[usize::from(d - 1)] = m.number;
            self.decimal[usize::from(d)..].fill(0);
            self.decimal_depth = d;
        }
    }
}

/// A marker that may start a heading inside a line: an article marker is
/// no cross-reference (`第三条第一款`, `第三条和第五条`, [`cites_article`]).
pub(crate) fn inline_marker(text: &str) -> Option<Marker<'_>> {
    marker(text).filter(|m| m.kind != BlockKind::Article || !cites_article(&text[m.text.len()..]))
}

/// Whether the text right after an article marker inside a line reads as
/// a cross-reference's (`第三条第一款`, `第三条、第五条`, `第三条和第五条`,
/// `第三条中的`, `第三条所称`) rather than as the article's first words.
/// Cleaning removes the space between the marker and an ideograph
/// (`第六条 中央…` is `第六条中央…`, `第八条 第一类医疗器械…` is
/// `第八条第一类…`), so 中 is a cross-reference's only before what follows
/// a place in a text (的 规定 所 第 列 明 提, a quote or a comma; not 中央
/// 中国 中医), 第 only before another part numbered (款 项 目 条 章 节
/// 编: `第一款`, not `第一类`), 和 及 或 only before another article
/// (`第三条和第五条`, not `第三百三十七条 和解协议书…`) and 所 not before 有.
fn cites_article(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c == punct::DUNHAO => true,
        // (`第三条和第五条`, `第三条或者第五条`; not `第九条和解协议…`)
        Some('和' | '及' | '或') => chars.as_str().trim_start_matches('者').starts_with('第'),
        // (`第三条所称`; not `第十条所有…`)
        Some('所') => chars.next() != Some('有'),
        Some('中') => chars.next().is_none_or(|c| {
            matches!(c, '的' | '规' | '所' | '第' | '列' | '明' | '提') || punct::is_comma(c) || c == punct::QUOTE_L
        }),
        Some('第') => {
            let after = chars.as_str();
            let unit = after.trim_start_matches(|c: char| is_cn_digit(c) || is_digit(c));
            unit.len() == after.len() || unit.starts_with(['款', '项', '目', '条', '章', '节', '编'])
        }
        _ => false,
    }
}

/// Whether a marker can start with `c` (what [`marker`] dispatches on):
/// most characters of a title are rejected by this one test.
fn may_start_marker(c: char) -> bool {
    super::marker::may_start(c)
}

/// A marker inside a run of title text: `任务一、` there is the end of a
/// title (重点任务) and a section marker, not a task heading.
pub(crate) fn title_marker(text: &str) -> Option<Marker<'_>> {
    inline_marker(text)
        .filter(|m| !(matches!(m.kind, BlockKind::Action | BlockKind::Task) && m.text.ends_with(punct::DUNHAO)))
}

/// Whether a title ends in a genre word (…的规定, …实施方案).
pub(crate) fn ends_in_genre(title: &str) -> bool {
    GENRES.iter().any(|g| title.ends_with(g))
}

/// A place inside a line after which a new line may start.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Break {
    /// Where the mark (or the run of white space) is.
    mark: usize,
    /// Where the text after it starts (white space skipped).
    pub(crate) at: usize,
    /// Whether the mark is punctuation (not white space alone).
    terminal: bool,
    /// Characters of white space between the mark and the text.
    pub(crate) spaces: usize,
}

/// White space, or a character of the private use area (a glyph of the
/// source's font, with no meaning in Unicode), between a break and what
/// follows it.
fn is_filler(c: char) -> bool {
    punct::is_space(c) || ('\u{E000}'..='\u{F8FF}').contains(&c)
}

/// The breaks of `text`, in order: each punctuation break, and each run of
/// at least two white-space characters, with text after it.
pub(crate) fn breaks(text: &str) -> impl Iterator<Item = Break> + '_ {
    let mut marks = punct::mark_positions::<InlineBreak>(text);
    let mut skip_to = 0;
    std::iter::from_fn(move || {
        loop {
            let p = marks.next()?;
            if p < skip_to {
                continue;
            }
            let c = text[p..].chars().next()?;
            let terminal = !punct::is_space(c);
            let after = if terminal { p + c.len_utf8() } else { p };
            let rest = text[after..].trim_start_matches(is_filler);
            let at = text.len() - rest.len();
            skip_to = at;
            if rest.is_empty() {
                return None;
            }
            let spaces = text[after..at].chars().count();
            if terminal || spaces >= 2 {
                return Some(Break { mark: p, at, terminal, spaces });
            }
        }
    })
}

/// Split the lines of a text where headings or notice parts run together
/// (`lines` itself when no line is split), with the marker each line of the
/// result starts with ([`marker`]).
/// The first `skip` lines (a metadata header) are left as they are.
pub(crate) fn split<'c>(
    src: &Source<'_>,
    lines: Vec<Line<'c>>,
    skip: usize,
) -> (Vec<Line<'c>>, Vec<Option<Marker<'c>>>) {
    // a whole document on one line, however short (a 通告 of three
    // provisions): that line is searched for headings
    let min_run_on = if lines.len() == skip + 1 { MIN_ONE_LINE } else { MIN_RUN_ON };
    split_with(src, lines, skip, min_run_on)
}

/// Whether `text` is at least `min_run_on` bytes long as written with
/// full-width marks: an ASCII `( ) , : ;` counts as the three bytes of
/// `（ ） ， ： ；`. How wide a text's marks are is no measure of its length:
/// the same run-on line of articles with half-width marks (`…标准。第十一条
/// 依照…(以下简称…)…`) is as long as with full-width ones. Only a line
/// between four fifths of the bound and the bound counts its marks.
fn is_long(text: &str, min_run_on: usize) -> bool {
    let len = text.len();
    if len >= min_run_on {
        return true;
    }
    // (a line of prose holds a mark every few ideographs, at most one in
    // eight bytes: one shorter than four fifths of the bound cannot reach it)
    if len + len / 4 < min_run_on {
        return false;
    }
    // (searched for 16 bytes at a time: most such lines hold none)
    let b = text.as_bytes();
    let marks = memchr::memchr3_iter(b'(', b')', b',', b).count() + memchr::memchr2_iter(b':', b';', b).count();
    len + 2 * marks >= min_run_on
}

/// [`split`], searching lines of at least `min_run_on` bytes for headings
/// ([`is_long`]).
fn split_with<'c>(
    src: &Source<'_>,
    lines: Vec<Line<'c>>,
    skip: usize,
    min_run_on: usize,
) -> (Vec<Line<'c>>, Vec<Option<Marker<'c>>>) {
    let n = lines.len();
    let mut numbering = Numbering::default();
    // 专栏 boxes: one substring search of the whole text, then of the
    // lines of a text that has any
    let has_boxes = BOX_WORD.find(src.clean.text.as_bytes()).is_some();
    // tab-separated table rows: one search of the whole text for a tab
    // (most texts hold none) instead of one of every line
    let has_tabs = memchr::memchr(b'\t', src.clean.text.as_bytes()).is_some();
    let mut last_box = 0;
    let mut box_open = false;
    let mut out: Option<Vec<Line<'c>>> = None;
    let mut cuts: Vec<usize> = Vec::new();
    let mut scratch = String::new();
    let mut dates = OpeningDates::new();
    let mut marks = Vec::with_capacity(n);
    // the marker of the next line, when this one read it
    let mut ahead: Option<Option<Marker<'c>>> = None;
    for (i, line) in lines.iter().enumerate() {
        let text = line.text;
        src.work(text.len());
        cuts.clear();
        let own = ahead.take().unwrap_or_else(|| marker(text));
        // (a table's row is split into cells by the table pass: a date or
        // a heading in one of its cells is no part of the frame or the
        // outline)
        if i < skip || is_table_row(text, has_tabs) {
            match &mut out {
                Some(o) if i >= skip => o.push(*line),
                _ => {}
            }
            marks.push(own);
            continue;
        }
        let context = own.map(|m| rank(m.kind)).or(numbering.current);
        let head = numbering.current.is_none() && i - skip < HEAD_LINES;
        if let Some(m) = own {
            numbering.see(&m);
        }
        if head {
            if i > skip && starts_date_digit(text) {
                cuts.extend(title_after_head_date(text, dates.of(i, text), lines[i - 1].text));
            }
            // (whether the line's head holds a 号, which every 发文字号 ends
            // in: read off the text's list of them, which the citation
            // reader asks for anyway, instead of a search of the line)
            let head_bytes = punct::head(text, MAX_HEAD_BYTES).len();
            let hao = src.hao();
            let hao = hao.get(hao.partition_point(|&h| h < line.start)..).unwrap_or_default();
            let has_hao = hao.first().is_some_and(|&h| h + HAO_BYTES <= line.start + head_bytes);
            head_cuts_with(text, has_hao, &mut cuts);
            if i == skip && cuts.is_empty() {
                // an interpretation page's title run on into its text
                cuts.extend(interpretation_before_prose(text));
            }
        }
        // a 附件 list's last entry run on into the first attachment's label
        // (`8.某某测算表附件1` over that attachment's title: the last byte
        // tested first, most lines end otherwise), and a date line under its
        // issuer's line, the covered document's title run on after it
        // (`二○○七年十一月二十二日 某某规划　　根据…`: a date and a title read
        // first, most lines that open with a digit are neither)
        if text.as_bytes().last().is_some_and(u8::is_ascii_digit) {
            if let Some(at) = label_after_entry(text)
                .filter(|_| lines.get(i + 1).is_some_and(|l| notice::is_title_like(l.text, notice::MAX_TITLE_CHARS)))
            {
                cuts.push(at);
            }
        }
        if text.len() >= MIN_DATE_TITLE_LINE
            && i > skip
            && lines[i - 1].text.len() <= MAX_ISSUER * 3
            && starts_date_digit(text)
        {
            if let Some(at) = title_after_own_date(text, dates.of(i, text))
                .filter(|_| notice::is_issuer(lines[i - 1].text) && !super::adoption::is_adoption_note(text))
            {
                cuts.extend(at);
            }
        }
        let long = is_long(text, min_run_on);
        // a line shorter than a run-on one that opens with a 第X编/章/节
        // whose title runs on into its first article after an indentation
        // (`第四章　无障碍社区服务　　第二十七条　…。　　第二十八条　…`, a
        // chapter of a few articles pasted on one line): read as run-on, its
        // heading's title the test (a short title), only when a 第 follows
        // the marker (one search of a short line)
        let division = match own {
            Some(m)
                if !long
                    && rank(m.kind) <= rank(BlockKind::Division)
                    && DI.find(&text.as_bytes()[m.text.len()..]).is_some() =>
            {
                title_follow(text, m.text.len(), &m, &mut numbering.clone(), &mut Vec::new()).is_some()
            }
            _ => false,
        };
        let run_on = (division
            || long
                && (context.is_none()
                    || own.is_some_and(|m| {
                        title_follow(text, m.text.len(), &m, &mut numbering.clone(), &mut Vec::new()).is_some()
                    })
                    || holds_next_marker(src, text, &numbering, &mut scratch)))
            && run_on(text, own, context, numbering);
        if has_boxes {
            if BOX_WORD.find(text.as_bytes()).is_some() {
                src.work(text.len());
                box_open = box_cuts(text, run_on, &mut last_box, &mut numbering, &mut cuts);
            } else if box_open {
                // a box's table going on over lines: the heading after it
                box_open = own.is_none()
                    && !run_on
                    && !box_end(text, 0, None, &mut numbering, &mut cuts)
                    && !ends_sentence(text);
            }
        }
        if long {
            // the turns of a Q&A page run together
            src.work(text.len());
            turns::cuts(text, &mut cuts);
        }
        if let Some(m) = own.filter(|m| m.number == 1 && !run_on) {
            // a short line of a list's items run on, `（1）…；（2）…；（3）…。`,
            // read from its first (not when the next line is the second
            // item: a list of an item a line, as most are)
            let second = lines.get(i + 1).is_some_and(|l| {
                starts_digit_or_paren(l.text.as_bytes())
                    && marker(l.text).is_some_and(|x| x.kind == m.kind && x.number == 2)
            });
            if !second {
                sibling_cuts(text, &m, &mut numbering, &mut cuts);
            }
        }
        if run_on {
            src.work(2 * text.len());
            heading_cuts(text, own, &mut numbering, &mut cuts);
        } else if numbering.current.is_none() && i >= skip {
            // before any heading: a 第一编/第一章 glued to a title
            src.work(text.len());
            glued_first_cuts(text, &mut numbering, &mut cuts);
        } else if numbering.last[..=usize::from(rank(BlockKind::Division))].iter().any(|&l| l > 0) {
            // below a 第X编/章/节: the next one glued to a sentence
            src.work(text.len());
            glued_top_cuts(text, &mut numbering, &mut scratch, &mut cuts);
        }
        // `注：1、…` before a line `2、…`: the list's first item run in
        // after a colon (one first-character test of the next line); a
        // `附件：1.…` list is read by the attachment pass
        if let Some(next) = lines.get(i + 1).filter(|l| starts_digit_or_paren(l.text.as_bytes())) {
            let m = marker(next.text);
            ahead = Some(m);
            let second = m.filter(|m| m.number == 2 && own.is_none_or(|o| o.kind != m.kind));
            if let Some(m) = second.filter(|_| !punct::has_prefix(text.as_bytes(), ATTACHMENT.as_bytes())) {
                cuts.extend(run_in_first_item(text, &m));
            }
        }
        if i + 1 == n {
            cuts.extend(undated_signature_cut(text));
        }
        // (before the first heading or in the last lines, where a notice
        // signs: the last byte of the line, tested once against the sets of
        // characters below, most lines ending in none)
        let tail = i + TAIL_LINES >= n;
        let tail_mark = (numbering.current.is_none() || tail) && last_byte_in(text, BODY_END_BYTES | DATE_END_BYTES);
        if head || run_on || tail {
            signature_cuts(text, &mut cuts);
        } else if punct::has_prefix(text.as_bytes(), ATTACHMENT.as_bytes()) {
            attachment_signature_cuts(text, &mut cuts);
        } else if tail_mark && numbering.current.is_none() && ends_like_date(text) {
            // a covering notice's signature and date run on after its last
            // sentence, before the covered document's first heading
            glued_signature_cuts(text, &mut cuts);
        }
        if tail_mark {
            // the issuer run on after the last sentence over the date line (a
            // line that ends as a body's name does, over a line that starts
            // with a digit), and a 附注 run on after the date line's date (a
            // line that ends in a bracket and starts with a digit)
            if text.chars().next_back().is_some_and(ends_body) {
                if let Some(next) = lines.get(i + 1).filter(|l| starts_date_digit(l.text)) {
                    cuts.extend(issuer_before_date(text, next.text, dates.of(i + 1, next.text)));
                }
            } else if text.ends_with(punct::is_rparen) && starts_date_digit(text) {
                cuts.extend(note_after_date(text, dates.of(i, text)));
            }
        }
        match (&mut out, cuts.is_empty()) {
            (Some(o), true) => {
                o.push(*line);
                marks.push(own);
            }
            (None, true) => marks.push(own),
            (o, false) => {
                let o = o.get_or_insert_with(|| {
                    let mut v = Vec::with_capacity(n + 2 * cuts.len());
                    v.extend_from_slice(&lines[..i]);
                    v
                });
                cuts.sort_unstable();
                cuts.dedup();
                let mut from = 0;
                for &c in cuts.iter().filter(|&&c| c > 0 && c < text.len()).chain([&text.len()]) {
                    let piece = punct::trim(&text[from..c]);
                    if !piece.is_empty() {
                        let start = line.start + offset_in(text, piece);
                        o.push(Line { text: piece, start });
                        marks.push(marker(piece));
                    }
                    from = c;
                }
            }
        }
    }
    (out.unwrap_or(lines), marks)
}

/// Whether a line is a row of a markdown pipe table (`| 1 | 任务 | 市财政局 |`:
/// it opens with `|` and holds another) or of a tab-separated table of
/// three columns or more (two tabs: one may separate a signature's body
/// and date); `tabs`: whether the text the line is part of holds a tab.
fn is_table_row(text: &str, tabs: bool) -> bool {
    let b = text.as_bytes();
    match b.first() {
        Some(b'|') => memchr::memchr(b'|', &b[1..]).is_some(),
        _ => tabs && memchr::memchr_iter(b'\t', b).nth(1).is_some(),
    }
}

/// Whether a text starts with a character that may open an arabic item or
/// a bracketed marker (`2、`, `（2）`): a digit or an opening round bracket,
/// either width ([`is_digit`], [`punct::is_lparen`]); the lists whose first
/// item is run in after a colon. Read off the first bytes without decoding
/// the character (０–９ are EF BC 90–99, （ is EF BC 88).
fn starts_digit_or_paren(b: &[u8]) -> bool {
    match b {
        [b'0'..=b'9' | b'(', ..] => true,
        [0xEF, 0xBC, x, ..] => matches!(x, 0x88 | 0x90..=0x99),
        _ => false,
    }
}

/// Where the first item of the list that `next` (numbered 2) continues
/// starts in `text`, the line before it: a marker numbered 1 of the same
/// kind and form right after a colon (`注：1、坐标系统…` before
/// `2、L为弧长…`).
fn run_in_first_item(text: &str, next: &Marker<'_>) -> Option<usize> {
    let form =
        |t: &str| -> (Option<char>, Option<char>) { (t.chars().next().filter(|c| !is_digit(*c)), t.chars().last()) };
    // (the colons found by SIMD searches, the full-width one whole: lines
    // before a list are long, and its lead byte starts every full-width
    // mark)
    let b = text.as_bytes();
    let mut ascii = memchr::memchr_iter(b':', b).peekable();
    let mut wide = FW_COLON.find_iter(b).peekable();
    let colons = std::iter::from_fn(|| match (ascii.peek(), wide.peek()) {
        (Some(a), Some(w)) if a < w => ascii.next().map(|p| (p, 1)),
        (Some(_), None) => ascii.next().map(|p| (p, 1)),
        _ => wide.next().map(|p| (p, punct::FW_COLON.len_utf8())),
    });
    colons.into_iter().find_map(|(p, colon)| {
        let rest = text[p + colon..].trim_start_matches(punct::is_space);
        let m = marker(rest)?;
        (m.kind == next.kind && m.number == 1 && !m.rest.is_empty() && form(m.text) == form(next.text))
            .then_some(text.len() - rest.len())
    })
}

/// The cuts around 专栏 boxes in a line ([`boxes`]): before a box that runs
/// on after text (`…挑战。专栏1　…`, or right after the table of the box
/// before it), numbered one more than the last box (a box at the line's
/// start may have any number); and, unless the line is a run-on line whose
/// headings [`heading_cuts`] finds, after the box at the first indentation
/// followed by a heading ([`box_end`]). Returns whether the line's last box
/// is still open at its end (no heading ended it, no sentence end closes
/// the line: a table of the box goes on on the next line).
fn box_cuts(text: &str, run_on: bool, last_box: &mut u32, numbering: &mut Numbering, cuts: &mut Vec<usize>) -> bool {
    let found: Vec<usize> = BOX_WORD.find_iter(text.as_bytes()).collect();
    let mut open = false;
    for (k, &p) in found.iter().enumerate() {
        let Some(b) = boxes::box_marker(&text[p..]) else { continue };
        if p > 0 {
            let before = text[..p].chars().next_back();
            // a reference to a box: 见专栏2, 如专栏1所示
            if b.number != *last_box + 1 || before.is_some_and(|c| "见如在于和及与、《“（(第".contains(c))
            {
                continue;
            }
            cuts.push(p);
        }
        *last_box = b.number;
        open = !run_on && !box_end(text, p + b.text.len(), found.get(k + 1).copied(), numbering, cuts);
    }
    open && !ends_sentence(text)
}

/// In a box's text from `from` (to `to`, the next box, if any): the first
/// indentation followed by a heading that continues the outline's numbering,
/// or one above the last heading numbered past 1 (the source lost the one
/// between; a box's own list starts at 1) — `专栏4　…重点内容　　四、重点工程`:
/// the box's content was lost or is a table, and the text goes on. Cuts
/// there and says whether it did.
fn box_end(text: &str, from: usize, to: Option<usize>, numbering: &mut Numbering, cuts: &mut Vec<usize>) -> bool {
    let to = to.unwrap_or(text.len());
    for br in breaks(&text[from..to]).filter(|br| br.spaces >= 2) {
        let at = from + br.at;
        let ends =
            |m: &Marker<'_>| numbering.fits(m) || m.number > 1 && numbering.current.is_some_and(|c| rank(m.kind) < c);
        if let Some(m) = inline_marker(&text[at..]).filter(ends) {
            cuts.push(at);
            numbering.see(&m);
            return true;
        }
    }
    false
}

/// Whether a text ends with a sentence end.
fn ends_sentence(text: &str) -> bool {
    punct::trim(text).chars().next_back().is_some_and(punct::is_sentence_end)
}

/// Whether `text` holds, anywhere, the marker that would continue the
/// numbering of a kind seen so far (`（三）` after （二）, `第十一条` after
/// 第十条): a run-on line below the first heading always does, most long
/// paragraphs do not. A few substring searches (SIMD) instead of a walk
/// over every break.
fn holds_next_marker(src: &Source<'_>, text: &str, numbering: &Numbering, buf: &mut String) -> bool {
    use std::fmt::Write as _;
    const KINDS_BY_RANK: [BlockKind; KINDS] = [
        BlockKind::Part,
        BlockKind::Subpart,
        BlockKind::Chapter,
        BlockKind::Division,
        BlockKind::Article,
        BlockKind::Decimal,
        BlockKind::Section,
        BlockKind::Action,
        BlockKind::Task,
        BlockKind::Subsection,
        BlockKind::Item,
        BlockKind::Subitem,
        BlockKind::Letter,
        BlockKind::ParenItem,
        BlockKind::Circled,
    ];
    let hay = text.as_bytes();
    let found = |buf: &str| holds(hay, buf.as_bytes());
    // the ordinals (第N编 … 第N条, in Chinese numerals and in digits) of
    // every kind seen are written out first, one after another in `buf`,
    // and looked for in one walk over the line's 第s (one search of the
    // line instead of one a form: each needle opens with 第, which is what
    // `holds` would search for)
    buf.clear();
    let mut ordinals = [(0, 0); 14];
    let mut count = 0;
    for (r, &last) in numbering.last[..=usize::from(rank(BlockKind::Article))].iter().enumerate() {
        // (a number at u32::MAX has no successor to look for)
        let Some(n) = last.checked_add(1).filter(|_| last > 0) else { continue };
        // a part is a 编, a 部分 or a 篇
        let units: &[&str] = [&["编", "部分", "篇"][..], &["分编"], &["章"], &["节"], &["条"]][r];
        for unit in units {
            let start = buf.len();
            buf.push('第');
            push_cn(buf, n);
            buf.push_str(unit);
            ordinals[count] = (start, buf.len());
            let start = buf.len();
            let _ = write!(buf, "第{n}{unit}");
            ordinals[count + 1] = (start, buf.len());
            count += 2;
        }
    }
    if count > 0 {
        let written = buf.as_bytes();
        let ordinals = &ordinals[..count];
        if DI.find_iter(hay).any(|p| ordinals.iter().any(|&(s, e)| hay[p..].starts_with(&written[s..e]))) {
            return true;
        }
    }
    for (r, &last) in numbering.last.iter().enumerate() {
        if last == 0 {
            continue;
        }
        // (a number at u32::MAX has no successor to look for)
        let Some(n) = last.checked_add(1) else { continue };
        // the enclosed form of `n` in the block of `count` from `first`
        // (㈡ for （二）, ⒉ for 2., ⑵ for （2）)
        let enclosed_found = |first: u32, count: u32| {
            n <= count
                && char::from_u32(first + n - 1).is_some_and(|c| {
                    let mut b = [0; 4];
                    holds(hay, c.encode_utf8(&mut b).as_bytes())
                })
        };
        buf.clear();
        let hit = match KINDS_BY_RANK[r] {
            // (looked for above)
            BlockKind::Part | BlockKind::Subpart | BlockKind::Chapter | BlockKind::Division | BlockKind::Article => {
                false
            }
            BlockKind::Section => {
                push_cn(buf, n);
                buf.push(punct::DUNHAO);
                found(buf)
            }
            BlockKind::Subsection => {
                // the numeral and its closing bracket, either width: the
                // line's closing round brackets are the text index's (one
                // walk over a few entries instead of two searches of a
                // long line), each looked back from for the numeral
                push_cn(buf, n);
                let numeral = buf.as_bytes();
                let (brackets, start) = src.brackets_in(text);
                brackets
                    .iter()
                    .filter(|b| b.kind() == punct::Bracket::Close)
                    .any(|b| hay[..b.at() - start].ends_with(numeral))
                    || numbering.enclosed && (enclosed_found(0x3220, 10) || enclosed_found(0x3280, 10))
            }
            BlockKind::Item | BlockKind::Subitem | BlockKind::ParenItem | BlockKind::Action | BlockKind::Task => {
                // the digits (rare enough in prose that a hit is checked)
                let _ = write!(buf, "{n}");
                found(buf)
                    || numbering.enclosed
                        && match KINDS_BY_RANK[r] {
                            BlockKind::Item => enclosed_found(0x2488, 20),
                            BlockKind::Subitem => enclosed_found(0x2474, 20),
                            _ => false,
                        }
            }
            BlockKind::Circled => char::from_u32(0x245F + n).is_some_and(|c| {
                buf.push(c);
                found(buf)
            }),
            // the letter and its closing bracket or dot (`b)` `b）` `b.`)
            BlockKind::Letter => super::marker::letter_of(n).is_some_and(|c| {
                [')', punct::FW_RPAREN, '.', punct::FW_DOT].iter().any(|&close| {
                    buf.clear();
                    buf.push(c);
                    buf.push(close);
                    found(buf)
                })
            }),
            // never a heading's numbering (table rows come from tables)
            BlockKind::Row | BlockKind::Box | BlockKind::Decimal => false,
        };
        if hit {
            return true;
        }
    }
    false
}

/// The cuts of a line that opens with a list's item and runs on into the
/// next items of that list, each after a break (`（1）建立台账；（2）开展检查；
/// （3）定期通报。`, a line under `1.` holding its sub-items): the items
/// numbered on from the line's own, of its kind and form, are its
/// siblings, whatever the line's length. Numbering that does not go on
/// from the line's own marker — an item numbered 1 again (`（一）主要任务。
/// 包括：（一）建设；（二）改造`: an enumeration of the line's own text) or
/// one skipped — cuts nothing. An enumeration whose first item stands
/// inside a sentence (`包括：（1）土地；（2）房屋。`) opens no line, and its
/// items stay its sentence's text: only a marker at a line's start makes a
/// block. The kinds of lists only (（一） 1. （1） 1） ①): `一、` `第X条`
/// are cross-numbered in prose (`二、三级医院`, `第三条规定`). Asked of a
/// line that opens with a list's first item (ASCII or full-width digits),
/// not over the line of its second (a list of an item a line, as most
/// are): a line of every item of a list (the brief case) opens with its
/// first; asking every item line cost +0.8 % of a parse, this +0.1 %; a
/// line that starts in the list's middle (`（2）…；（3）…。` under `（1）…；`)
/// is not asked: every item line not over its next cost +1.7 %, and one
/// right under the item before it, found by reading that line's marker,
/// +2.2 % (session 20's measures: that line's marker read for every
/// item line, and the next line's too).
///
/// Cost: a line that opens with a list's marker is searched once for the
/// last byte of its closing mark (`memchr`), each hit checked for the mark
/// after a number; only a line that holds one is walked over its breaks.
fn sibling_cuts(text: &str, own: &Marker<'_>, numbering: &mut Numbering, cuts: &mut Vec<usize>) {
    let Some(n) = own.number.checked_add(1) else { return };
    // (the marker's form: its opening bracket, if any, and its last mark)
    let form =
        |t: &str| -> (Option<char>, Option<char>) { (t.chars().next().filter(|c| !is_digit(*c)), t.chars().last()) };
    let (open, close) = form(own.text);
    let after = own.text.len();
    // the next number's closing mark after the marker, found from its last
    // byte (`）` `)` `.` `、` `．`, or the next circled number itself), with a
    // number before it (a digit, or a numeral of `（二）`)
    let mut b = [0; 4];
    let (mark, numbered) = match own.kind {
        BlockKind::Subsection | BlockKind::Subitem | BlockKind::ParenItem if close.is_some_and(punct::is_rparen) => {
            (close.map(|c| &*c.encode_utf8(&mut b)), true)
        }
        // (ASCII or full-width digits: `１．…；２．…`)
        BlockKind::Item if own.text.starts_with(is_digit) => (close.map(|c| &*c.encode_utf8(&mut b)), true),
        BlockKind::Circled => (char::from_u32(0x245F + n).filter(|_| n <= 20).map(|c| &*c.encode_utf8(&mut b)), false),
        _ => (None, false),
    };
    let Some(mark) = mark.map(str::as_bytes) else { return };
    let hay = &text.as_bytes()[after..];
    let found = memchr::memchr_iter(mark[mark.len() - 1], hay).any(|p| {
        let end = p + 1;
        hay[..end].ends_with(mark)
            && (!numbered
                || text[..after + end - mark.len()].chars().next_back().is_some_and(|c| is_digit(c) || is_cn_digit(c)))
    });
    if !found {
        return;
    }
    let from = cuts.len();
    let mut last = None;
    let mut expected = n;
    for b in breaks(text).filter(|b| b.mark >= own.text.len()) {
        let Some(m) = inline_marker(&text[b.at..]) else { continue };
        // (a circled number is its own form: ② after ①)
        if m.kind != own.kind || own.kind != BlockKind::Circled && form(m.text) != (open, close) {
            continue;
        }
        if m.number != expected || m.rest.is_empty() {
            cuts.truncate(from);
            return;
        }
        cuts.push(b.at);
        expected += 1;
        last = Some(m);
    }
    if let Some(m) = last {
        numbering.see(&m);
    }
}

/// Whether `hay` holds `needle`, a marker written out by
/// [`holds_next_marker`], without building a searcher for it (which costs
/// more than the search of a line): a needle that opens or ends with an
/// ASCII byte (`11.`, `三)`) is found from that byte (rare in CJK text,
/// [`memchr`]), one that opens with 第 from the line's 第s, one that ends
/// with 、 or ） from those; only a circled or enclosed number (① ㈡ ⒉) is
/// searched for itself.
fn holds(hay: &[u8], needle: &[u8]) -> bool {
    let from_end = |p: usize, len: usize| hay[..p + len].ends_with(needle);
    match (needle.first(), needle.last()) {
        (None, _) => true,
        (Some(&b), _) if b.is_ascii() => memchr::memchr_iter(b, hay).any(|p| hay[p..].starts_with(needle)),
        (_, Some(&b)) if b.is_ascii() => memchr::memchr_iter(b, hay).any(|p| from_end(p, 1)),
        _ if needle.starts_with(DI_BYTES) => DI.find_iter(hay).any(|p| hay[p..].starts_with(needle)),
        _ if needle.ends_with(punct::DUNHAO_BYTES) => {
            DUNHAO_FINDER.find_iter(hay).any(|p| from_end(p, punct::DUNHAO_BYTES.len()))
        }
        _ if needle.ends_with(punct::FW_RPAREN_BYTES) => {
            FW_RPAREN_FINDER.find_iter(hay).any(|p| from_end(p, punct::FW_RPAREN_BYTES.len()))
        }
        _ => memchr::memmem::find(hay, needle).is_some(),
    }
}

/// In a line of any length, before any heading: a title-like run
/// ([`title_run`]) with 第一编 or 第一章 glued to it and the first deeper
/// heading right after that one's short title (`…管理条例第一章　总　　则　　第一条　为了…`:
/// a title whose line break before the first chapter was lost). One or two
/// substring searches (SIMD) per line before the first heading.
fn glued_first_cuts(text: &str, numbering: &mut Numbering, cuts: &mut Vec<usize>) {
    // the first 第一编 and the first 第一章, found by one search for 第一
    // (most lines hold neither)
    let b = text.as_bytes();
    let (mut part, mut chapter) = (None, None);
    for p in FIRST.find_iter(b) {
        let unit = &b[p + FIRST_LEN..];
        if part.is_none() && punct::has_prefix(unit, "编".as_bytes()) {
            part = Some(p);
        } else if chapter.is_none() && punct::has_prefix(unit, "章".as_bytes()) {
            chapter = Some(p);
        }
        if part.is_some() && chapter.is_some() {
            break;
        }
    }
    if part.is_none() && chapter.is_none() {
        return;
    }
    for (found, kind) in [(part, BlockKind::Part), (chapter, BlockKind::Chapter)] {
        let Some(p) = found else { continue };
        if p == 0 {
            continue;
        }
        let mut trial = *numbering;
        let mut tried = Vec::new();
        if title_run(text, 0, &mut trial, &mut tried).is_none() {
            continue;
        }
        // the run ends at this marker, and a deeper heading follows its title
        if tried.contains(&p) && trial.current.is_some_and(|c| c > rank(kind)) {
            cuts.extend_from_slice(&tried);
            *numbering = trial;
            return;
        }
    }
    glued_first_heading(text, numbering, cuts);
}

/// Before any heading, in a line of any length: the first 第一编 or 第一章
/// whose short title is followed at once by its first deeper heading, glued
/// to text of any length before it (`…第四十五次会议通过第一章 总则第一条
/// 为了…`, `…修正）第一章　总　　则第一条…`: a regulation's promulgation or
/// adoption note, with its dates and brackets, run on before its first
/// chapter — too long, or too full of marks, for a title-like run,
/// [`glued_first_cuts`]). A cross-reference is never so: `依照本法第一章的规定`
/// has no heading after a title, `第一章第一条` no title between, and a table
/// of contents' entries (`第一章 总则第二章 …第三章 …第一节`) a chapter
/// marker in the title. Cuts before the chapter and at the deeper heading
/// (and the headings its title_follow finds after); returns where the last
/// cut ends. One search for 第一 per line before the first heading (the
/// searches of [`glued_first_cuts`] and [`heading_cuts`]).
fn glued_first_heading(text: &str, numbering: &mut Numbering, cuts: &mut Vec<usize>) -> Option<usize> {
    let b = text.as_bytes();
    for p in FIRST.find_iter(b).filter(|&p| p > 0) {
        let unit = &b[p + FIRST_LEN..];
        let kind = if punct::has_prefix(unit, "编".as_bytes()) {
            BlockKind::Part
        } else if punct::has_prefix(unit, "章".as_bytes()) {
            BlockKind::Chapter
        } else if punct::has_prefix(unit, "条".as_bytes()) {
            if let Some(end) = first_article(text, p) {
                let m = inline_marker(&text[p..])?;
                cuts.push(p);
                numbering.see(&m);
                return Some(end);
            }
            continue;
        } else {
            continue;
        };
        let Some(m) = inline_marker(&text[p..]).filter(|m| m.kind == kind && m.number == 1) else { continue };
        let end = p + m.text.len();
        let mut trial = *numbering;
        trial.see(&m);
        let mut tried = vec![p];
        let Some(last) = title_follow(text, end, &m, &mut trial, &mut tried) else { continue };
        // the first cut after the chapter's marker is a deeper heading (not
        // the indentation after its title), after a title with no comma
        // and no marker of the chapter's rank or above
        let deeper = trial.current.is_some_and(|c| c > rank(kind));
        let title = &text[end..tried.get(1).copied().unwrap_or(end)];
        let top = |t: &str| {
            DI.find_iter(t.as_bytes()).any(|k| inline_marker(&t[k..]).is_some_and(|x| rank(x.kind) <= rank(kind)))
        };
        if deeper && !title.contains(punct::is_comma) && !top(title) {
            cuts.extend_from_slice(&tried);
            *numbering = trial;
            return Some(last);
        }
    }
    None
}

/// A regulation's 第一条 at `p`, of no chapter, after the head's notes
/// (`…《国务院关于废止和修改部分行政法规的决定》第一次修订　第一条 为了…。第二条 …`):
/// after white space, as an article opens its line (`依照第一条` is glued),
/// and with 第二条 after a sentence end further on. Returns where its
/// marker ends.
fn first_article(text: &str, p: usize) -> Option<usize> {
    let m = inline_marker(&text[p..]).filter(|m| m.kind == BlockKind::Article && m.number == 1)?;
    let end = p + m.text.len();
    let spaced = text[..p].ends_with(is_filler);
    let second = || {
        DI.find_iter(&text.as_bytes()[end..]).any(|k| {
            let at = end + k;
            text[at..].starts_with("第二条")
                && text[..at].chars().next_back().is_some_and(punct::is_sentence_end)
                && inline_marker(&text[at..]).is_some()
        })
    };
    (spaced && second()).then_some(end)
}

/// In a line of any length, below a 第X编, 第X章 or 第X节: the next one of
/// its kind glued to the sentence before it (`…为举报人保密。第二章　环境影响评价　　第八条　…`,
/// pasted text whose line breaks were lost at chapter ends). The marker
/// must follow a sentence end or semicolon and be followed by a short title
/// with no comma, then a deeper heading that continues the numbering or an
/// indentation ([`title_follow`]): `依照本条例第二章`, `。第二章规定的事项，…`
/// stay text. One search (SIMD) per line for a 第 after a sentence end, only
/// in documents with such headings; the markers that would continue the
/// numbering are written out only for a line that has one.
fn glued_top_cuts(text: &str, numbering: &mut Numbering, buf: &mut String, cuts: &mut Vec<usize>) {
    use std::fmt::Write as _;
    // where such a marker may start: a 第 after a sentence end or semicolon
    // (one search of the line for 第; most lines have no candidate, and no
    // marker is written out for them)
    let candidates: Vec<usize> = DI
        .find_iter(text.as_bytes())
        .filter(|&p| {
            let before = text[..p].trim_end_matches(is_filler).chars().next_back();
            before.is_some_and(|c| punct::is_sentence_end(c) || punct::is_semicolon(c))
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    for r in 0..=usize::from(rank(BlockKind::Division)) {
        let last = numbering.last[r];
        let Some(n) = last.checked_add(1).filter(|_| last > 0) else {
            continue;
        };
        let unit = ["编", "分编", "章", "节"][r];
        'form: for arabic in [false, true] {
            buf.clear();
            buf.push('第');
            if arabic {
                let _ = write!(buf, "{n}");
            } else {
                push_cn(buf, n);
            }
            buf.push_str(unit);
            for &p in candidates.iter().filter(|&&p| text[p..].starts_with(buf.as_str())) {
                let Some(m) = inline_marker(&text[p..]).filter(|m| usize::from(rank(m.kind)) == r && m.number == n)
                else {
                    continue;
                };
                let end = p + m.text.len();
                let mut trial = *numbering;
                trial.see(&m);
                let Some(title_end) = title_follow(text, end, &m, &mut trial, &mut Vec::new()) else {
                    continue;
                };
                if text[end..title_end].contains(punct::is_comma) {
                    continue;
                }
                cuts.push(p);
                numbering.see(&m);
                title_follow(text, end, &m, numbering, cuts);
                break 'form;
            }
        }
    }
}

/// A number up to 9999 in Chinese numerals, as headings write it (十一,
/// 二十, 一百零五).
fn push_cn(buf: &mut String, n: u32) {
    const D: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let digits = [n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10];
    let units = ['千', '百', '十'];
    let first = digits.iter().position(|&d| d > 0).unwrap_or(3);
    let mut zero = false;
    for (k, &d) in digits.iter().enumerate().skip(first) {
        if d == 0 {
            zero = true;
            continue;
        }
        if zero {
            buf.push('零');
            zero = false;
        }
        // 十一, not 一十一
        if !(k == 2 && d == 1 && k == first) {
            buf.push(D[d as usize]);
        }
        if k < 3 {
            buf.push(units[k]);
        }
    }
}

/// Whether `text` is a run-on line: after a break it holds a heading that
/// continues the numbering at the level of `context` (the line's own
/// heading, or the block it continues) or above, or its own heading's title
/// is followed at once by a deeper heading.
fn run_on(text: &str, own: Option<Marker<'_>>, context: Option<u8>, mut numbering: Numbering) -> bool {
    let floor = own.map_or(0, |m| m.text.len());
    if let Some(m) = own {
        if title_follow(text, floor, &m, &mut numbering.clone(), &mut Vec::new()).is_some() {
            return true;
        }
    }
    // before any heading, a title run on before the first one
    let title_first = |at: usize, n: Numbering| title_run(text, at, &mut n.clone(), &mut Vec::new()).is_some();
    if own.is_none()
        && context.is_none()
        && (title_first(0, numbering) || glued_first_heading(text, &mut numbering.clone(), &mut Vec::new()).is_some())
    {
        return true;
    }
    // kinds numbered anew inside the line (an enumeration of its own): a
    // later marker of such a kind says nothing; nor does one whose kind the
    // line numbered already
    let mut own_list = [false; KINDS];
    let mut seen = [false; KINDS];
    for b in breaks(text).filter(|b| b.mark >= floor) {
        let Some(m) = inline_marker(&text[b.at..]) else {
            if context.is_none() && title_first(b.at, numbering) {
                return true;
            }
            continue;
        };
        let r = usize::from(rank(m.kind));
        if numbering.fits(&m) && !own_list[r] {
            // the same level as the line or above, or the next number
            // after the headings of the lines before
            if context.is_none_or(|c| rank(m.kind) <= c) || m.number > 1 && !seen[r] {
                return true;
            }
            numbering.see(&m);
            seen[r] = true;
        } else {
            own_list[r] = true;
        }
    }
    false
}

/// The cuts of a run-on line at its headings (and at its paragraph breaks).
fn heading_cuts(text: &str, own: Option<Marker<'_>>, numbering: &mut Numbering, cuts: &mut Vec<usize>) {
    let mut floor = own.map_or(0, |m| m.text.len());
    if let Some(m) = own {
        floor = floor.max(title_follow(text, floor, &m, numbering, cuts).unwrap_or(0));
    } else if numbering.current.is_none() {
        // a title run on before the first heading, or a head of any length
        // before a first chapter glued to it
        floor = title_run(text, 0, numbering, cuts).or_else(|| glued_first_heading(text, numbering, cuts)).unwrap_or(0);
    }
    // 附件 labels inside the line: each starts an attachment, numbered
    // afresh (searched once, only in run-on lines)
    let mut labels = ATTACHMENT_FINDER.find_iter(text.as_bytes()).filter_map(|p| inline_label(text, p)).peekable();
    let take_label = |l: InlineLabel<'_>, numbering: &mut Numbering, cuts: &mut Vec<usize>, floor: &mut usize| {
        if l.at >= *floor {
            cuts.push(l.at);
            *numbering = Numbering::default();
            if let Some(m) = l.entry {
                numbering.see(&m);
            }
            cuts.extend(l.title_end);
            *floor = l.end;
        }
    };
    for b in breaks(text) {
        while let Some(l) = labels.next_if(|l| l.at <= b.at) {
            take_label(l, numbering, cuts, &mut floor);
        }
        if b.mark < floor {
            continue;
        }
        // a title read after a heading or a break stops at the next label
        let upto = &text[..labels.peek().map_or(text.len(), |l| l.at)];
        let rest = &text[b.at..];
        if let Some(m) = inline_marker(rest).filter(|m| numbering.fits(m) || skips_one(upto, b.at, m, numbering)) {
            cuts.push(b.at);
            numbering.see(&m);
            let end = b.at + m.text.len();
            floor = title_follow(upto, end, &m, numbering, cuts).unwrap_or(end);
        } else if b.terminal && b.spaces >= 2 {
            // a sentence end, then an indentation: a new paragraph
            cuts.push(b.at);
        } else if let Some(end) = headed_article(upto, b, numbering, cuts) {
            floor = end;
        } else if let Some(end) = title_run(upto, b.at.min(upto.len()), numbering, cuts) {
            floor = end;
        }
    }
    for l in labels {
        take_label(l, numbering, cuts, &mut floor);
    }
}

static ATTACHMENT_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(ATTACHMENT));

/// A 附件 label inside a run-on line.
#[derive(Debug, Clone, Copy)]
struct InlineLabel<'t> {
    /// Where it starts.
    at: usize,
    /// Where the text it owns ends: its title (before the indentation
    /// after it), or the first entry's marker of a list `附件：1.…`.
    end: usize,
    /// The end of its title, when an indentation follows it (the text
    /// after it starts a line).
    title_end: Option<usize>,
    /// The marker of the list's first entry (`附件：1.`), which the next
    /// entries continue.
    entry: Option<Marker<'t>>,
}

/// The 附件 label at `p` of a run-on line (`text[p..]` starts with 附件):
/// either a list `附件：1.TITLE`, or a label with a number or a colon and
/// then a short title with no prose punctuation, ended by an indentation or
/// the line's end (`附件2国家环境应急指挥部组成　　国家环境…`). A label
/// without a number stands after the line's start, white space or a
/// sentence end. `详见附件1。`, `按附件1所列任务，…` are no label.
fn inline_label(text: &str, p: usize) -> Option<InlineLabel<'_>> {
    use super::numeral::{arabic, cn_numeral};
    use nom::{Parser, branch::alt};
    // glued to the text before it (cleaning removed the space between CJK
    // text): only with a number, and then the title decides
    let glued = text[..p]
        .chars()
        .next_back()
        .is_some_and(|c| !is_filler(c) && !punct::is_sentence_end(c) && !punct::is_semicolon(c));
    let rest = &text[p + ATTACHMENT.len()..];
    let (after, number) = match alt((arabic, cn_numeral)).parse(rest) {
        Ok((after, n)) => (after, Some(n)),
        Err(_) => (rest, None),
    };
    let after = after.trim_start_matches(punct::is_space);
    let colon = after.starts_with(punct::is_colon);
    if number.is_none() && (glued || !colon) || number == Some(0) {
        return None;
    }
    let title =
        if colon { after[after.chars().next()?.len_utf8()..].trim_start_matches(punct::is_space) } else { after };
    let title_at = text.len() - title.len();
    if let Some(m) = marker(title).filter(|m| colon && number.is_none() && m.kind == BlockKind::Item && m.number == 1) {
        let end = title_at + m.text.len();
        return Some(InlineLabel { at: p, end, title_end: None, entry: Some(m) });
    }
    // the title: from an ideograph or a letter up to the first indentation
    // or the line's end (`见附件1）　　二、` is no label)
    if !title.chars().next().is_some_and(|c| punct::is_ideograph(c) || c.is_ascii_alphanumeric()) {
        return None;
    }
    let (mut count, mut gap, mut gap_at) = (0, 0, 0);
    for (k, c) in title.char_indices() {
        if is_filler(c) {
            if gap == 0 {
                gap_at = title_at + k;
            }
            gap += 1;
            if gap >= 2 && count < 2 {
                return None;
            }
            if gap >= 2 {
                // the text after the indentation starts a line (the break
                // there is read as any other: a heading may start it)
                let next = text.len() - title[k..].trim_start_matches(is_filler).len();
                return Some(InlineLabel { at: p, end: gap_at, title_end: Some(next), entry: None });
            }
            continue;
        }
        gap = 0;
        if punct::is_prose_punct(c) || count >= MAX_TITLE {
            return None;
        }
        count += 1;
    }
    (count >= 2).then_some(InlineLabel { at: p, end: text.len(), title_end: None, entry: None })
}

/// After the heading `m` whose marker ends at `from`: the first marker of a
/// deeper kind that continues the numbering within a short title (no prose
/// punctuation but commas before it), and so on for that one's title. Returns where
/// the last marker cut ends, if any was cut.
fn title_follow(
    text: &str,
    from: usize,
    m: &Marker<'_>,
    numbering: &mut Numbering,
    cuts: &mut Vec<usize>,
) -> Option<usize> {
    let mut order = super::block::order(m);
    let mut from = from;
    let mut cut = None;
    'heading: loop {
        // characters of the title, and of the white space just before
        let (mut title, mut spaces) = (0, 0);
        let mut enumerates = false;
        for (k, c) in text[from..].char_indices() {
            // a heading's title may hold commas (完善工作机制，压实各方责任)
            if title >= MAX_TITLE || punct::is_prose_punct(c) && !punct::is_comma(c) {
                break;
            }
            let s = from + k;
            let space = c.is_whitespace() || punct::is_space(c);
            // (a comma or 、 of the title: a marker ending in 、 after it is
            // a word of its enumeration, `遵循依法合规、规范统一、公开透明…`)
            enumerates |= c == punct::DUNHAO;
            if title > 0 && !space {
                if let Some(next) = may_start_marker(c)
                    .then(|| title_marker(&text[s..]))
                    .flatten()
                    .filter(|x| super::block::order(x) > order && numbering.fits(x))
                    .filter(|x| !in_reference(&text[..s], x, enumerates))
                {
                    cuts.push(s);
                    numbering.see(&next);
                    order = super::block::order(&next);
                    from = s + next.text.len();
                    cut = Some(from);
                    continue 'heading;
                }
                // an indentation after a title of some length starts the
                // text (总　　则 is a spaced-out title, not one)
                if spaces >= 2 && title >= MIN_SPACED_TITLE {
                    // a decimal outline number that continues the outline
                    // there (`1.1　编制目的　　1.2　…`) is the break's to cut
                    // and see
                    if c.is_ascii_digit()
                        && marker(&text[s..]).is_some_and(|x| x.kind == BlockKind::Decimal && numbering.fits(&x))
                    {
                        return cut;
                    }
                    cuts.push(s);
                    return Some(s);
                }
            }
            if space {
                spaces += 1;
            } else {
                title += 1;
                spaces = 0;
            }
        }
        return cut;
    }
}

/// Whether a marker right after a title's text (`before` ends where it
/// starts) is a word of that text, not a heading: a bracketed number right
/// after 第 is a reference to an item (`企业所得税法第六条第(一)项所称…`), and
/// a number ending in 、 after a title that holds a 、 (`enumerates`) is a
/// word of its enumeration (`遵循依法合规、规范统一、公开透明…的原则`: 统一、),
/// and so is 一、 after the character it makes a word with (`建设统一、高效的
/// 平台`: 统一 唯一 同一 逐一 之一 万一 划一 单一 专一).
fn in_reference(before: &str, m: &Marker<'_>, enumerates: bool) -> bool {
    before.ends_with('第')
        || m.text.ends_with(punct::DUNHAO)
            && (enumerates
                || m.text.starts_with('一') && before.ends_with(['统', '唯', '同', '逐', '之', '万', '划', '单', '专']))
}

/// Whether the marker `m` at `at`, of a 第X编, 第X章 or 第X节 numbered one
/// past the next (the source lost a heading: `…第一章 总则…第七条…加入。物业
/// 管理区域第八条…第三章  业主和业主大会、业主委员会第一节  业主和业主大会第十六条 …`,
/// whose 第二章 is a title alone), starts a heading all the same: its short
/// title is followed at once by a deeper heading that continues the
/// numbering (its 第一节, the next article), as a cross-reference's never
/// is. Asked only of a marker of those kinds that does not fit.
fn skips_one(text: &str, at: usize, m: &Marker<'_>, numbering: &Numbering) -> bool {
    let r = rank(m.kind);
    if r > rank(BlockKind::Division) || numbering.last[usize::from(r)] == 0 {
        return false;
    }
    if numbering.last[usize::from(r)].checked_add(2) != Some(m.number) {
        return false;
    }
    let mut trial = *numbering;
    trial.see(m);
    title_follow(text, at + m.text.len(), m, &mut trial, &mut Vec::new()).is_some()
        && trial.current.is_some_and(|c| c > r)
}

/// Longest heading with no number run on before the next article, in
/// ideographs ([`headed_article`]; the unnumbered headings' bound).
const MAX_HEADING_RUN: usize = 16;

/// After a sentence end at `b`: a short run of ideographs, a heading with
/// no number, then the next article, glued (`…应当吸收业主委员会成员和其他业主
/// 加入。物业管理区域第八条 物业管理区域的划分…`, `…约定。市场培育第六十一条 市人民
/// 政府…`: a regulation's unnumbered headings over its articles, their
/// line breaks lost). The run is two to [`MAX_HEADING_RUN`] ideographs with
/// no 本 (`。依照本条例第八条…` cites the article: 本条例 本法 本办法) and the
/// article continues the numbering. Cuts at the run and at the article;
/// returns where the article's marker ends. A walk of at most 17
/// characters after a break, most ending at a mark or a character other
/// than an ideograph.
fn headed_article(text: &str, b: Break, numbering: &mut Numbering, cuts: &mut Vec<usize>) -> Option<usize> {
    if !b.terminal || b.spaces > 0 || !text[b.mark..].starts_with(punct::is_sentence_end) {
        return None;
    }
    let rest = text.get(b.at..)?;
    for (count, (k, c)) in rest.char_indices().enumerate() {
        if count > MAX_HEADING_RUN || !punct::is_ideograph(c) || c == '本' {
            return None;
        }
        if c == '第' && count >= 2 {
            let m = inline_marker(&rest[k..]).filter(|m| m.kind == BlockKind::Article && m.number > 1);
            if let Some(m) = m.filter(|m| numbering.fits(m)) {
                cuts.push(b.at);
                cuts.push(b.at + k);
                numbering.see(&m);
                return Some(b.at + k + m.text.len());
            }
            return None;
        }
    }
    None
}

/// After a break at `at`: a short title-like run, then a marker numbered 1
/// that starts the numbering or restarts it at its level (a further
/// document; an article marker must then be followed by white space). The
/// run becomes a line of its own, the heading another. Returns where the
/// marker ends, if one was found.
fn title_run(text: &str, at: usize, numbering: &mut Numbering, cuts: &mut Vec<usize>) -> Option<usize> {
    let mut title = 0;
    for (k, c) in text[at..].char_indices() {
        if title >= MAX_TITLE || punct::is_prose_punct(c) || punct::is_lparen(c) && title == 0 {
            return None;
        }
        let s = at + k;
        if title >= 2 {
            // the first heading of all, or a restart at the level of the
            // last heading or above (not a deeper one: 登记簿唯一、合法)
            // after a document's title, which ends in a genre word
            let fits = |m: &Marker<'_>| {
                m.number == 1
                    && (numbering.current.is_none()
                        || numbering.restarts(m) && ends_in_genre(punct::trim(&text[at..s])))
            };
            if let Some(m) = may_start_marker(c).then(|| title_marker(&text[s..])).flatten().filter(fits) {
                cuts.push(at);
                cuts.push(s);
                numbering.see(&m);
                let end = s + m.text.len();
                return Some(title_follow(text, end, &m, numbering, cuts).unwrap_or(end));
            }
        }
        if !c.is_whitespace() && !punct::is_space(c) {
            title += 1;
        }
    }
    None
}

/// `head_cuts_with` of a line searched for its 号 (the tests').
#[cfg(test)]
fn head_cuts(text: &str, cuts: &mut Vec<usize>) {
    let head = &text.as_bytes()[..punct::head(text, MAX_HEAD_BYTES).len()];
    head_cuts_with(text, HAO.find(head).is_some(), cuts);
}

/// The cuts of a head line: around a 发文字号 run on after the title, and
/// after a 主送机关 that ends in a colon with text after it; `has_hao`:
/// whether the first [`MAX_HEAD_BYTES`] of `text` hold a 号.
fn head_cuts_with(text: &str, has_hao: bool, cuts: &mut Vec<usize>) {
    let mut from = 0;
    // the number of minutes glued to their title (…会议纪要〔2025〕第5号)
    if let Some(at) = super::minutes::glued_number(text) {
        cuts.push(at);
        return;
    }
    // an order's number line (第　559　号) with the text after it
    if let Some((_, _, rest)) = super::doc_number::order_number(text).filter(|(_, _, r)| r.starts_with(punct::is_space))
    {
        cuts.push(text.len() - rest.len());
        return;
    }
    // an order's mark and number (某省人民政府令 第389号) with the text after it
    // (only in a line that names a 令: one search before the parser runs)
    // (a 令 searched for once: the promulgation below names one too)
    let ling = LING.find(text.as_bytes()).is_some();
    if ling {
        if let Ok((rest, _)) = doc_number(text) {
            if rest.starts_with(punct::is_space) {
                cuts.push(text.len() - rest.len());
                return;
            }
        }
    }
    if let Some((s, e)) =
        inline_doc_number_with(text, has_hao).or_else(|| ling.then(|| inline_promulgation(text)).flatten())
    {
        cuts.push(s);
        cuts.push(e);
        from = e;
        // a 成文日期 in brackets run on after the 发文字号
        if let Some(d) = bracketed_date_after(&text[e..]) {
            from = e + d;
            cuts.push(from);
        }
    }
    let rest = &text[from..];
    // a title run on before the text's first sentence, with nothing
    // between them (…关于禁止燃放烟花爆竹的通告为保障公共安全，…)
    if from == 0 {
        if let Some(k) = title_before_prose(text) {
            cuts.push(k);
            return;
        }
    }
    let lead = rest.len() - rest.trim_start_matches(punct::is_space).len();
    let Some(p) = punct::find_marks::<punct::SentenceEndOrColon>(rest) else {
        if from == 0 {
            cuts.extend(title_issuers_cut(text));
        }
        return;
    };
    let c = rest[p..].chars().next().unwrap_or(' ');
    let end = p + c.len_utf8();
    // (现批复如下： is no addressee)
    let lead_in = ["如下", "以下", "下列"].iter().any(|w| rest[..p].ends_with(w));
    // the body after an addressee is prose (组长：李文钢 is a list entry)
    let body = &rest[end..];
    if !punct::is_colon(c) || lead_in || body.len() < MIN_BODY_BYTES || punct::find_prose_punct(body).is_none() {
        return;
    }
    // at the start of the line, a title may run on before the addressee:
    // it ends in a genre word and reads as a title (…关于…的通知 |
    // 区政府各委、办、局：), its book-title brackets closed
    let fits = |k: usize| {
        let title = &rest[..k];
        ends_in_genre(title)
            && (title.contains("关于") || after_de(title))
            && title.matches(punct::BOOK_L).count() == title.matches(punct::BOOK_R).count()
            && notice::is_title_like(title, notice::MAX_TITLE_CHARS)
            && notice::is_addressee(&rest[k..end])
    };
    // (only where a genre word can end: one compare per character)
    let ends = rest[..p]
        .char_indices()
        .take(notice::MAX_TITLE_CHARS)
        .filter(|&(_, c)| is_genre_end(c))
        .map(|(k, c)| k + c.len_utf8());
    let title_end = if from == 0 {
        ends.clone().filter(|&k| after_de(&rest[..k])).find(|&k| fits(k)).or_else(|| ends.clone().find(|&k| fits(k)))
    } else {
        None
    };
    if let Some(k) = title_end {
        cuts.push(k);
        cuts.push(end);
    } else if notice::is_addressee(&rest[lead..end]) {
        cuts.push(from + end);
    }
}

/// Where a title ends that its issuers follow on the same line, separated
/// by spaces (`关于…的意见交通运输部　中央政法委　公安部`: a forwarded
/// document's title over its joint issuers): the title ends in a genre
/// word, best after 的, and reads as a title; the rest has no prose mark and
/// its first space-separated part is a body (in the gazetteer, or ending in
/// an issuer word such as 部 or 委员会).
fn title_issuers_cut(text: &str) -> Option<usize> {
    // joint issuers are separated by white space: a title alone has none
    // (one walk, before the genre words are tried)
    if !text.chars().any(punct::is_space) || punct::find_prose_punct(text).is_some() {
        return None;
    }
    let is_body = |k: usize| {
        let rest = punct::trim(&text[k..]);
        let first = rest.split(punct::is_space).next().unwrap_or("");
        first.len() < rest.len() && notice::is_body_name(first)
    };
    let fits = |k: usize| {
        let title = &text[..k];
        ends_in_genre(title)
            && (title.contains("关于") || after_de(title))
            && notice::is_title_like(title, notice::MAX_TITLE_CHARS)
            && is_body(k)
    };
    let ends = text
        .char_indices()
        .take(notice::MAX_TITLE_CHARS)
        .filter(|&(_, c)| is_genre_end(c))
        .map(|(k, c)| k + c.len_utf8());
    ends.clone().filter(|&k| after_de(&text[..k])).find(|&k| fits(k)).or_else(|| ends.clone().find(|&k| fits(k)))
}

/// Most characters of a bracketed date (`（一九九〇年十二月五日）`).
const MAX_BRACKETED_DATE: usize = 16;

/// The end of a 成文日期 in brackets at the start of `text` (white space
/// before it skipped).
fn bracketed_date_after(text: &str) -> Option<usize> {
    let rest = text.trim_start_matches(punct::is_space);
    if !rest.starts_with(punct::is_lparen) {
        return None;
    }
    let (close, c) = rest.char_indices().take(MAX_BRACKETED_DATE).find(|&(_, c)| punct::is_rparen(c))?;
    let end = close + c.len_utf8();
    notice::bracketed_date(&rest[..end]).map(|_| text.len() - rest.len() + end)
}

/// Whether a title ends in a genre word after 的 (…的通知).
/// Words that open the first sentence of a document's text (为…, 根据…,
/// 经…同意, 现将…, a reply's 你市…).
const OPENINGS: &[&str] = &["为", "根据", "按照", "依据", "经", "现将", "现就", "近日", "近年来", "你"];

/// Where a title ends that runs on at the start of a line into the text's
/// first sentence: after …关于…的 and a genre word (`…的通告`), read as a
/// title, and before one of the [`OPENINGS`]. Only genre-word endings in
/// the first [`notice::MAX_TITLE_CHARS`] characters are tried.
fn title_before_prose(text: &str) -> Option<usize> {
    // the title holds a 关于 within those characters: one search of their
    // bytes at most, before any character is decoded
    let head = &text.as_bytes()[..text.len().min(notice::MAX_TITLE_CHARS * 4)];
    GUANYU.find(head)?;
    text.char_indices()
        .take(notice::MAX_TITLE_CHARS)
        .filter(|&(_, c)| is_genre_end(c))
        .map(|(k, c)| k + c.len_utf8())
        .find(|&k| {
            let title = &text[..k];
            OPENINGS.iter().any(|w| text[k..].starts_with(w))
                && after_de(title)
                && title.contains("关于")
                && title.matches(punct::BOOK_L).count() == title.matches(punct::BOOK_R).count()
                && notice::is_title_like(title, notice::MAX_TITLE_CHARS)
        })
}

/// The words an interpretation page's title ends with (…负责同志就《…》答记者问,
/// 《…》政策解读, …问答), which name no genre of a document.
const INTERPRETATIONS: [&str; 3] = ["答记者问", "解读", "问答"];

static INTERPRETATION_FINDERS: LazyLock<[Finder<'static>; 3]> =
    LazyLock::new(|| INTERPRETATIONS.map(|w| Finder::new(w.as_bytes())));

/// Where an interpretation page's title ends that runs on at the start of
/// its first line into its first sentence (`…答记者问近日，市政府印发了…`:
/// cleaning removed the space between): after one of the
/// [`INTERPRETATIONS`] within [`notice::MAX_TITLE_CHARS`] characters, read
/// as a title, and before one of the [`OPENINGS`]. (Searched on a text's
/// first line only, when [`head_cuts_with`] cut nothing there.)
#[inline(never)]
fn interpretation_before_prose(text: &str) -> Option<usize> {
    let head = &text.as_bytes()[..text.len().min(notice::MAX_TITLE_CHARS * 4)];
    INTERPRETATIONS.iter().zip(INTERPRETATION_FINDERS.iter()).find_map(|(w, f)| {
        f.find_iter(head).map(|k| k + w.len()).find(|&k| {
            let title = &text[..k];
            // (white space between, where cleaning kept it: two spaces)
            let rest = punct::trim_start(&text[k..]);
            OPENINGS.iter().any(|o| rest.starts_with(o))
                && title.matches(punct::BOOK_L).count() == title.matches(punct::BOOK_R).count()
                && notice::is_title_like(title, notice::MAX_TITLE_CHARS)
        })
    })
}

fn after_de(title: &str) -> bool {
    GENRES.iter().any(|g| title.strip_suffix(g).is_some_and(|t| t.ends_with('的')))
}

/// Searchers for the characters that the head and tail lines are looked
/// at for (号 of a 发文字号, 令 of a promulgation, 年 of a date), and for the
/// glued headings (第, 第一编, 第一章) and the boxes (专栏), built once:
/// `memmem::find` builds its searcher anew on every call, which costs more
/// than the search in a line.
#[cfg(test)]
static HAO: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("号"));
/// Bytes of 号.
const HAO_BYTES: usize = "号".len();
static LING: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("令"));
static NIAN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("年"));
static FW_COLON: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("\u{FF1A}"));
static YUE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("月"));
static DI: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("第"));
static BOX_WORD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(boxes::WORD));
static FIRST: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("第一"));
const FIRST_LEN: usize = "第一".len();
static GUANYU: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("关于"));
static DUNHAO_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(punct::DUNHAO_BYTES));
static FW_RPAREN_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(punct::FW_RPAREN_BYTES));
const DI_BYTES: &[u8] = "第".as_bytes();

/// `inline_doc_number_with` of a line searched for its 号 (the tests').
#[cfg(test)]
fn inline_doc_number(text: &str) -> Option<(usize, usize)> {
    let head = punct::head(text, MAX_HEAD_BYTES).len();
    inline_doc_number_with(text, HAO.find(&text.as_bytes()[..head]).is_some())
}

/// A 发文字号 run on after a title in a head line (or the whole line): its
/// start and end; `has_hao`: whether the first [`MAX_HEAD_BYTES`] of `text`
/// hold a 号, which every 发文字号 ends in.
fn inline_doc_number_with(text: &str, has_hao: bool) -> Option<(usize, usize)> {
    if !has_hao {
        return None;
    }
    let head = punct::head(text, MAX_HEAD_BYTES).len();
    for (b, c) in text[..head].char_indices() {
        if !is_year_bracket(&text[b..], c) {
            continue;
        }
        // the issuer code: the ideographs before the bracket, nearest
        // first; the whole line is a 发文字号 when it parses from the start
        // — unless what reads as its code holds 关于, as no code does: a
        // short title run on (`国务院关于某某工作的意见国发〔2011〕35号`)
        let whole = doc_number(text).ok().map(|(rest, _)| (0, text.len() - rest.len()));
        if whole.is_some() && GUANYU.find(&text.as_bytes()[..b]).is_none() {
            return whole;
        }
        // else the title before it ends in a genre word, best after 的
        // (…的通知 | 沪规划资源更〔…〕, not …的通知沪规划 | 资源更〔…〕)
        let mut best: Option<(usize, usize, bool)> = None;
        // (a space may stand between the code and the bracket)
        let code_starts = text[..b]
            .trim_end_matches(punct::is_inline_space)
            .char_indices()
            .rev()
            .take_while(|&(_, c)| punct::is_ideograph(c))
            .take(MAX_CODE);
        for (s, _) in code_starts {
            let Ok((rest, _)) = doc_number(&text[s..]) else { continue };
            let before = text[..s].trim_end_matches(punct::is_space);
            let genre = GENRES.iter().find(|g| before.ends_with(*g));
            let spaced = before.len() < s;
            if (genre.is_some() || spaced) && notice::is_title_like(before, notice::MAX_TITLE_CHARS) {
                let after_de = genre.is_some_and(|g| before[..before.len() - g.len()].ends_with('的'));
                if best.is_none_or(|(_, _, d)| after_de && !d) {
                    best = Some((s, text.len() - rest.len(), after_de || spaced));
                }
            }
        }
        if let Some((s, e, _)) = best {
            return Some((s, e));
        }
        return whole;
    }
    None
}

/// A promulgation (`2014年11月24日中华人民共和国国务院令第656号公布`) run
/// on after a title at the start of a head line: its start and end.
fn inline_promulgation(text: &str) -> Option<(usize, usize)> {
    // every promulgation names a 令
    let head = punct::head(text, MAX_HEAD_BYTES).len();
    LING.find(&text.as_bytes()[..head])?;
    let (d, _) = text
        .char_indices()
        .take(notice::MAX_TITLE_CHARS + 1)
        .find(|&(_, c)| is_digit(c) || is_cn_digit(c) || punct::is_prose_punct(c))?;
    // (a bracket before the date opens a promulgation note in brackets
    // under the title, `（2024年1月22日某市人民政府令第268号公布　自…起施行）`:
    // one line, cut nowhere)
    let before = punct::trim(&text[..d]);
    if d == 0 || before.ends_with(punct::is_lparen) || !notice::is_title_like(before, notice::MAX_TITLE_CHARS) {
        return None;
    }
    let (rest, _) = date(&text[d..]).ok()?;
    let (rest, number) = doc_number(punct::trim(rest)).ok()?;
    let tail = ["公布施行", "发布施行", "公布", "发布"].iter().find(|t| rest.starts_with(*t))?;
    number.contains('令').then_some((d, text.len() - rest.len() + tail.len()))
}

/// Whether `c` at the start of `s` opens the year of a 发文字号 (`〔2019〕`).
fn is_year_bracket(s: &str, c: char) -> bool {
    punct::is_year_open(c) && s[c.len_utf8()..].chars().take(4).filter(|&d| is_digit(d)).count() == 4
}

/// The cuts around a 发文机关署名 and 成文日期 (and a 附注): looked for at
/// each 年 of the line (most lines have none), the issuer starting after
/// the nearest sentence end, semicolon, colon or closing bracket before it,
/// or at the start of the line.
fn signature_cuts(text: &str, cuts: &mut Vec<usize>) {
    // a date reads 年, then 月: a line with no 月 after its first 年 holds
    // none (most lines that name a year are prose about it), one search
    // before any walk back from a 年
    let b = text.as_bytes();
    let Some(first) = NIAN.find(b) else { return };
    if YUE.find(&b[first..]).is_none() {
        return;
    }
    for y in NIAN.find_iter(b) {
        // the date's year: digits (and spaces) before the 年
        let Some(d) = text[..y]
            .char_indices()
            .rev()
            .take(8)
            .take_while(|&(_, c)| is_digit(c) || is_cn_digit(c) || punct::is_space(c))
            .last()
            .map(|(k, _)| k)
        else {
            continue;
        };
        let mut count = 0;
        let at = text[..d]
            .char_indices()
            .rev()
            .take(MAX_SIGNATURE_SPAN)
            .take_while(|&(_, c)| {
                count += usize::from(!punct::is_space(c));
                count <= MAX_ISSUER + 1
            })
            .find(|&(k, c)| {
                c == punct::JUHAO
                    || punct::is_semicolon(c)
                    || punct::is_colon(c)
                    || punct::is_rparen(c)
                    // (a space after a telephone number: a contact line
                    // ends there, `电话：021-62220000 某街道办事处 2025年…`)
                    || (c == ' ' && text.as_bytes()[..k].last().is_some_and(u8::is_ascii_digit))
            })
            .map_or(0, |(k, c)| k + c.len_utf8());
        let at = text.len() - text[at..].trim_start_matches(is_filler).len();
        if let Some((d, e, note)) = signature_at(text, at) {
            cuts.extend([at, d, e]);
            cuts.extend(note);
            if note.is_none() {
                cuts.extend(title_after_date(text, e));
            }
            // (a contact line before the signature, and the closing formula
            // before that)
            let contact = contact_before(text, at);
            cuts.extend(contact);
            cuts.extend(closing_before(text, contact.unwrap_or(at)));
        }
    }
}

/// Fewest characters of a title run on after a signature's date.
const MIN_TITLE_AFTER_DATE: usize = 4;

/// Fewest white space characters between a title run on after a date and
/// the text after it: an indentation, not a space between words.
const MIN_INDENT: usize = 2;

/// Where the text starts after the next document's title, run on after a
/// signature's date that ends at `e`, an indentation between the title
/// and its text (`…二○一一年十二月十五日  国家环境保护“十二五”规划 　  保护环境
/// 是…`): the title is a line of its own. The title: the run up to the
/// first white space, a title's shape (see [`notice::is_title_like`]).
fn title_after_date(text: &str, e: usize) -> Option<usize> {
    let rest = &text[e..];
    let t = rest.trim_start_matches(punct::is_space);
    if t.starts_with(punct::is_lparen) {
        return None;
    }
    let (end, _) = t.char_indices().take(notice::MAX_TITLE_CHARS + 1).find(|&(_, c)| punct::is_space(c))?;
    let (title, after) = t.split_at(end);
    let body = after.trim_start_matches(punct::is_space);
    let indent = after[..after.len() - body.len()].chars().count();
    (indent >= MIN_INDENT
        && !body.is_empty()
        && title.chars().count() >= MIN_TITLE_AFTER_DATE
        && notice::is_title_like(title, notice::MAX_TITLE_CHARS))
    .then(|| text.len() - body.len())
}

/// Where the next document's title starts, run on after the 成文日期 on
/// the line under its signer, nothing but a space between them (an order's
/// page: `总　理　某某` / `二○○六年九月十九日 某某建设项目管理` / `条例第一章…`,
/// the space removed by cleaning): the date is a line of its own. The line
/// opens with a digit and is no adoption note (`2019年9月1日 施行`,
/// `…常务委员会第三次会议通过`); the line above is a name's or title's
/// shape; what follows the date is a title's shape, without figures (a
/// promulgation, `…令第5号公布`, has them). `date_end`: the line's
/// [`opening_date`].
fn title_after_head_date(text: &str, date_end: Option<usize>, above: &str) -> Option<usize> {
    if !starts_date_digit(text) {
        return None;
    }
    let rest = &text[date_end?..];
    let title = punct::trim(rest);
    (title.chars().count() >= MIN_TITLE_AFTER_DATE
        && !title.bytes().any(|b| b.is_ascii_digit())
        && notice::is_title_like(title, notice::MAX_TITLE_CHARS)
        && notice::is_title_like(above, MAX_ISSUER)
        && !super::adoption::is_adoption_note(text))
    .then(|| text.len() - rest.len())
}

/// The cuts of a line that opens with a date, the issuer on the line above:
/// after the date, and after the next document's title run on after it
/// (see [`title_after_date`]; cleaning removes a space between the date and
/// the title, `二○○七年十一月二十二日 某某规划`). `date_end`: the line's
/// [`opening_date`].
fn title_after_own_date(text: &str, date_end: Option<usize>) -> Option<[usize; 2]> {
    let e = date_end?;
    title_after_date(text, e).map(|b| [e, b])
}

/// Where the date a line opens with ends, when it opens with one (see
/// [`date`]). Most lines that open with a digit are items, `1.…`: no 年
/// after the number, no parser run.
fn opening_date(text: &str) -> Option<usize> {
    if !super::date::may_open(text) {
        return None;
    }
    let (after, _) = date(text).ok()?;
    Some(text.len() - after.len())
}

/// [`opening_date`] of the lines of one pass, each line's read once:
/// several rules ask it of the same line (its own cuts, and the line above
/// of the line under it, which asks it again as its own next). Keeps the
/// last line asked.
struct OpeningDates {
    /// The index of the line last asked (`usize::MAX`: none yet).
    line: usize,
    end: Option<usize>,
}

impl OpeningDates {
    fn new() -> Self {
        OpeningDates { line: usize::MAX, end: None }
    }

    /// [`opening_date`] of line `i`, whose text is `text`.
    fn of(&mut self, i: usize, text: &str) -> Option<usize> {
        if self.line != i {
            self.line = i;
            self.end = opening_date(text);
        }
        self.end
    }
}

/// Fewest bytes of a date line with a title and an indentation run on
/// after it: `2007年1月2日` (14 bytes), four ideographs, two spaces.
const MIN_DATE_TITLE_LINE: usize = 14 + 4 * 3 + 2;

/// Characters before 附件N that make it a reference, not a label:
/// `详见附件1`, `按附件2`, `和附件3`.
const REFERS_TO: [char; 9] = ['见', '照', '按', '如', '据', '和', '及', '与', punct::DUNHAO];

/// Where a 附件 label starts that ends an entry of a 附件 list
/// (`8.某某资金测算表附件1`: the list's last entry, the first attachment's
/// label run on after it, as a page joins the two lines): the entry opens
/// with an item's number, the label is `附件` and one or two digits after a
/// title's last ideograph.
fn label_after_entry(text: &str) -> Option<usize> {
    let digits = text.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits > 2 {
        return None;
    }
    let head = text[..text.len() - digits].strip_suffix(ATTACHMENT)?;
    let last = head.chars().next_back()?;
    (punct::is_ideograph(last)
        && !REFERS_TO.contains(&last)
        && marker(text).is_some_and(|m| m.kind == BlockKind::Item && m.text.len() < head.len()))
    .then_some(head.len())
}

/// Most bytes of a closing formula (特此函复。, six characters).
const MAX_CLOSING_BYTES: usize = 6 * 3;

/// Where a closing formula (`特此通告。`, `此复。`) starts that ends right
/// before a signature found at `at`, after a sentence end, a closing
/// bracket or white space (`…起施行。特此通告。某区人民政府2024年…`): it is
/// a line of its own. A look at the few bytes before `at`.
fn closing_before(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].trim_end_matches(punct::is_space);
    let tail = punct::tail(before, MAX_CLOSING_BYTES + 3);
    let tail_from = before.len() - tail.len();
    let k = tail_from + tail.rfind("特此").or_else(|| tail.rfind('此')).or_else(|| tail.rfind("妥否"))?;
    let after_break = before[..k]
        .chars()
        .next_back()
        .is_none_or(|c| c == punct::JUHAO || punct::is_rparen(c) || punct::is_space(c) || punct::is_semicolon(c));
    (k > 0 && after_break && notice::is_closing(&before[k..])).then_some(k)
}

/// Most bytes of a contact line run on before a signature.
const MAX_CONTACT_BYTES: usize = 3 * 40;

/// Where a contact line starts that ends right before a signature found at
/// `at`, after a sentence end or white space (`…妥否，请批示。 联系人：钱某，电话：
/// 021-62220000 某街道办事处 2025年7月1日`): it is a line of its own, the
/// notice's note. A look at the few bytes before `at`.
fn contact_before(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].trim_end_matches(punct::is_space);
    let tail = punct::tail(before, MAX_CONTACT_BYTES);
    let k = before.len() - tail.len() + tail.rfind("联系")?;
    let after_break = before[..k]
        .chars()
        .next_back()
        .is_some_and(|c| c == punct::JUHAO || punct::is_space(c) || punct::is_semicolon(c));
    (after_break && super::contact::is_contact(&before[k..])).then_some(k)
}

/// Whether a text starts with a digit a date starts with: ASCII or
/// full-width, or a Chinese digit (一 … 九, 〇 ○, 二O二五 read by [`date`]).
fn starts_date_digit(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b'0'..=b'9') => true,
        // (a lead byte of a three-byte character, then the character)
        Some(0xE3..=0xEF) => text.chars().next().is_some_and(|c| is_digit(c) || is_cn_digit(c)),
        _ => false,
    }
}

/// Whether a line ends as a signature's date does: in 日 or 号, or in a
/// closing bracket right after one (`…日（此件公开发布）`). A compare of its
/// last bytes, and a search of its last few when it ends in a bracket.
fn ends_like_date(text: &str) -> bool {
    let t = text.trim_end_matches(punct::is_space);
    t.ends_with(['日', '号'])
        || t.ends_with(punct::is_rparen) && ["日（", "日("].iter().any(|w| punct::tail(t, 4 * MAX_NOTE).contains(w))
}

/// [`signature_cuts`] of a line in the middle of the text: taken only when
/// the signature follows a sentence end (`…请认真贯彻执行。某市人民政府2023年
/// 5月10日`) and names a body.
fn glued_signature_cuts(text: &str, cuts: &mut Vec<usize>) {
    let mut found = Vec::new();
    signature_cuts(text, &mut found);
    let [at, d, ..] = found[..] else { return };
    let before = text[..at].trim_end_matches(punct::is_space);
    let issuer = punct::trim(&text[at..d]);
    if at > 0
        && before.ends_with([punct::JUHAO, punct::FW_EXCLAMATION])
        && notice::issuer_parts(issuer).all(notice::is_body_name)
    {
        cuts.extend(found);
    }
}

/// Whether the last byte of `text` is a continuation byte (`0x80`–`0xBF`)
/// whose low six bits are set in `mask`, or an ASCII byte whose are (the
/// last bytes of a set of characters, one load and a shift: most lines end
/// in 。, whose last byte is in no mask here). A prefilter: the character
/// is decoded when it passes.
fn last_byte_in(text: &str, mask: u64) -> bool {
    text.as_bytes().last().is_some_and(|&b| b >= 0x20 && (mask >> (b & 0x3F)) & 1 == 1)
}

/// Bits of the last bytes of [`ends_body`]'s characters (局 厅 委 部 办 府
/// 院 会 室 署 央 心 组 行 司; a test checks).
const BODY_END_BYTES: u64 =
    bits(&['局', '厅', '委', '部', '办', '府', '院', '会', '室', '署', '央', '心', '组', '行', '司']);
/// Bits of the last bytes of what [`ends_like_date`] reads: 日, 号, and a
/// closing round bracket.
const DATE_END_BYTES: u64 = bits(&['日', '号', punct::FW_RPAREN, ')']);

/// The mask of [`last_byte_in`] for `chars`.
const fn bits(chars: &[char]) -> u64 {
    let mut m = 0u64;
    let mut i = 0;
    while i < chars.len() {
        let mut buf = [0u8; 4];
        let b = chars[i].encode_utf8(&mut buf).as_bytes();
        m |= 1 << (b[b.len() - 1] & 0x3F);
        i += 1;
    }
    m
}

/// Whether `c` may end the name of an issuing body: as a complete body's
/// name does ([`crate::clean::is_body_end`]), or 中心, 小组, 银行, 公司.
fn ends_body(c: char) -> bool {
    crate::clean::is_body_end(c) || matches!(c, '心' | '组' | '行' | '司')
}

/// Whether `text` is a date, alone or with a 附注 after it: the date
/// line under a signature. `date_end`: its [`opening_date`].
fn is_date_line_or_noted(text: &str, date_end: Option<usize>) -> bool {
    let Some(e) = date_end else { return false };
    let after = punct::trim(&text[e..]);
    after.is_empty() || after.starts_with(punct::is_lparen) && notice::is_note(after)
}

/// Where the issuer starts that is run on after the last sentence of
/// `text` (`…请认真贯彻执行。国务院`, `…贯彻实施。　　　　国务院`, joint issuers
/// `…。市教委　市财政局`) when `next` is the date line under it: bodies
/// alone after the sentence end. A walk back over at most [`MAX_ISSUER`]
/// characters. `next_date`: `next`'s [`opening_date`].
fn issuer_before_date(text: &str, next: &str, next_date: Option<usize>) -> Option<usize> {
    if !is_date_line_or_noted(next, next_date) {
        return None;
    }
    let t = text.trim_end_matches(punct::is_space);
    // (an attachment's name, then its issuer: `附件：某某制度国务院办公厅`)
    if punct::has_prefix(t.as_bytes(), ATTACHMENT.as_bytes()) {
        let (at, colon) = t.char_indices().find(|&(_, c)| punct::is_colon(c))?;
        return issuer_ending(t, at + colon.len_utf8(), t.len());
    }
    let (k, c) = t
        .char_indices()
        .rev()
        .take(MAX_ISSUER + 1)
        .find(|&(_, c)| c == punct::JUHAO || c == punct::FW_EXCLAMATION || punct::is_prose_punct(c))?;
    if !(c == punct::JUHAO || c == punct::FW_EXCLAMATION) {
        return None;
    }
    let at = k + c.len_utf8();
    let issuer = punct::trim(&t[at..]);
    let ok = !issuer.is_empty()
        && !issuer.chars().any(|c| is_digit(c) || punct::is_lparen(c) || c == punct::BOOK_L)
        && notice::issuer_parts(issuer).all(notice::is_body_name);
    ok.then(|| text.len() - text[at..].trim_start_matches(is_filler).len())
}

/// Where a 附注 starts that is run on after the date line's date
/// (`2016年11月24日（此件有删改）`, the issuer on the line above).
/// `date_end`: the line's [`opening_date`].
fn note_after_date(text: &str, date_end: Option<usize>) -> Option<usize> {
    let e = date_end?;
    let note = punct::trim(&text[e..]);
    (note.starts_with(punct::is_lparen) && notice::is_note(note)).then_some(e)
}

/// Fewest spaces that push an undated signature right at the end of a
/// line.
const MIN_SIGNATURE_INDENT: usize = 4;

/// Where an undated signature starts at the end of the last line: bodies
/// (`国务院`, `市教委　　市财政局`) pushed right by a run of spaces after a
/// sentence end, as a document dated under its title is signed. One walk
/// back over at most [`MAX_ISSUER`] characters.
fn undated_signature_cut(text: &str) -> Option<usize> {
    let t = text.trim_end_matches(punct::is_space);
    let mut end = t.len();
    loop {
        let word_at = t[..end]
            .char_indices()
            .rev()
            .take(MAX_ISSUER)
            .find(|&(_, c)| punct::is_space(c))
            .map(|(k, c)| k + c.len_utf8())?;
        if !notice::is_body_name(&t[word_at..end]) || punct::find_prose_punct(&t[word_at..end]).is_some() {
            break;
        }
        let before = t[..word_at].trim_end_matches(punct::is_space);
        let spaces = t[before.len()..word_at].chars().count();
        if before.ends_with([punct::JUHAO, punct::FW_EXCLAMATION]) {
            return (spaces >= MIN_SIGNATURE_INDENT).then_some(word_at);
        }
        if spaces < 2 {
            return None;
        }
        end = before.len();
    }
    None
}

/// What a 版记's printing line ends with after its date.
const PRINTED: &str = "印发";

/// The label an attachment line starts with.
const ATTACHMENT: &str = "附件";

/// The cuts of an attachment line that a signature and date run on after
/// (`附件：某某典型做法国务院办公厅2018年7月24日（此件公开发布）`): the
/// issuer is the longest known body ending the run before the date (the
/// gazetteer, one probe per start tried), never the attachment's name; the
/// line stays whole when no known body ends it.
fn attachment_signature_cuts(text: &str, cuts: &mut Vec<usize>) {
    let mut found = Vec::new();
    signature_cuts(text, &mut found);
    let [at, d, ..] = found[..] else { return };
    if let Some(k) = issuer_ending(text, at, d) {
        cuts.push(k);
        cuts.extend_from_slice(&found[1..]);
    }
}

/// Where the longest known body starts that ends the run of `text` from
/// `at` to `end` (an attachment's name, then its issuer), never at the
/// run's start: the gazetteer, one probe per start tried.
fn issuer_ending(text: &str, at: usize, end: usize) -> Option<usize> {
    let run = punct::trim(&text[at..end]);
    let run_at = text.len() - text[at..].trim_start_matches(punct::is_space).len();
    run.char_indices()
        .skip(1)
        .take(MAX_ISSUER)
        .map(|(k, _)| k)
        .find(|&k| crate::gazetteer::lookup(&run[k..], None).is_some())
        .map(|k| run_at + k)
}

/// At `at`: an issuer (short, no digits, no punctuation), a date, then the
/// end of the line, white space or a 附注. Returns where the date starts and
/// ends, and where the note ends.
fn signature_at(text: &str, at: usize) -> Option<(usize, usize, Option<usize>)> {
    let rest = &text[at..];
    let mut d = None;
    // (white space, however long a run, counts as no character of it)
    let mut count = 0;
    for (k, c) in rest.char_indices().take(MAX_SIGNATURE_SPAN) {
        count += usize::from(!punct::is_space(c));
        if count > MAX_ISSUER {
            return None;
        }
        if is_digit(c) || is_cn_digit(c) {
            d = Some(k);
            break;
        }
        if punct::is_prose_punct(c) || punct::is_lparen(c) || punct::is_rparen(c) || c == punct::BOOK_L {
            return None;
        }
    }
    let d = d?;
    let issuer = punct::trim(&rest[..d]);
    if issuer.is_empty() || marker(issuer).is_some() {
        return None;
    }
    let (after, _) = date(&rest[d..]).ok()?;
    let e = text.len() - after.len();
    let next = after.trim_start_matches(punct::is_space);
    // (the 印发 line of a 版记, `某省人民政府办公厅　　2023年6月12日印发`, a
    // count of copies after it or none, is no signature: the colophon reads
    // it whole)
    if next.strip_prefix(PRINTED).map(punct::trim).is_some_and(|r| r.is_empty() || super::colophon::is_copies(r)) {
        return None;
    }
    let body = ISSUER_ENDS.iter().any(|w| issuer.ends_with(w));
    if next.is_empty() || next.len() < after.len() && !next.starts_with(punct::is_lparen) {
        return Some((at + d, e, None));
    }
    if body && !next.starts_with(punct::is_lparen) && !next.starts_with(punct::is_prose_punct) {
        // the next document's title follows at once
        return Some((at + d, e, None));
    }
    if next.starts_with(punct::is_lparen) {
        let close = next.char_indices().take(MAX_NOTE).find(|&(_, c)| punct::is_rparen(c))?.0;
        let note = &next[..close + next[close..].chars().next().map_or(0, char::len_utf8)];
        if notice::is_note(note) {
            return Some((at + d, e, Some(text.len() - next.len() + note.len())));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    // The date rules as the pass asks them, each line's opening date read
    // first (see `OpeningDates`).
    fn issuer_over(text: &str, next: &str) -> Option<usize> {
        issuer_before_date(text, next, opening_date(next))
    }

    fn note_after(text: &str) -> Option<usize> {
        note_after_date(text, opening_date(text))
    }

    fn title_after_head(text: &str, above: &str) -> Option<usize> {
        title_after_head_date(text, opening_date(text), above)
    }

    fn title_after_own(text: &str) -> Option<[usize; 2]> {
        title_after_own_date(text, opening_date(text))
    }

    #[test]
    fn holds_finds_what_a_substring_search_finds() {
        assert_eq!(punct::DUNHAO_BYTES, punct::DUNHAO.to_string().as_bytes());
        assert_eq!(punct::FW_RPAREN_BYTES, punct::FW_RPAREN.to_string().as_bytes());
        let hays = [
            "一、总则（一）目标。十三、保障措施（十三）加强领导；二十三)其他",
            "第十一条　为了……第一章第十一章第11条，依照第十二条规定",
            "1.目标 11.任务 21、要求 ②③ ⑫ 第3章",
            "",
            "、）)第",
        ];
        let needles = [
            "三、",
            "十三、",
            "二十三、",
            "四、",
            "（十三）",
            "十三）",
            "三）",
            "三)",
            "二十三)",
            "五)",
            "第十一条",
            "第十二条",
            "第十三条",
            "第一章",
            "第二章",
            "第11条",
            "第3章",
            "第4章",
            "1",
            "11",
            "21",
            "31",
            "②",
            "⑫",
            "⑬",
            "、",
            "）",
            ")",
            "第",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(
                    holds(h.as_bytes(), n.as_bytes()),
                    memchr::memmem::find(h.as_bytes(), n.as_bytes()).is_some(),
                    "{n} in {h}"
                );
            }
        }
    }

    #[test]
    fn digit_or_paren_starts_are_read_off_the_bytes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("{c}x");
            assert_eq!(starts_digit_or_paren(text.as_bytes()), is_digit(c) || punct::is_lparen(c), "{c:?}");
        }
        assert!(!starts_digit_or_paren(b""));
    }

    /// The lines `text` is split into (one logical line per `\n`).
    fn split_text(text: &str) -> Vec<String> {
        let mut src = Source::new(text);
        super::super::layout::unwrap(&mut src);
        let lines = src.lines();
        // every line searched, however short
        split_with(&src, lines, 0, 0).0.iter().map(|l| l.text.to_string()).collect()
    }

    #[test]
    fn headings_after_sentence_ends_split_a_run_on_line() {
        let text = "现提出如下意见。一、总体要求（一）指导思想。坚持新发展理念。（二）基本原则。坚持统筹。二、深化改革，完善机制（一）推进改革。加快推进。（省发展改革委牵头，省财政厅配合）（二）完善机制。健全机制。";
        assert_eq!(
            split_text(text),
            [
                "现提出如下意见。",
                "一、总体要求",
                "（一）指导思想。坚持新发展理念。",
                "（二）基本原则。坚持统筹。",
                "二、深化改革，完善机制",
                "（一）推进改革。加快推进。（省发展改革委牵头，省财政厅配合）",
                "（二）完善机制。健全机制。",
            ]
        );
    }

    #[test]
    fn a_first_item_run_in_after_a_colon() {
        // 注：1、… then 2、… on the lines after: the list starts inside the
        // line before, however short
        assert_eq!(
            split_plain("附表说明\n注：1、坐标系统为独立坐标系统。\n2、L为弧长，R为半径。\n3、红线是指口岸区边界。"),
            ["附表说明", "注：", "1、坐标系统为独立坐标系统。", "2、L为弧长，R为半径。", "3、红线是指口岸区边界。"]
        );
        assert_eq!(
            split_plain("主要做法包括：（1）建立台账；\n（2）定期通报。"),
            ["主要做法包括：", "（1）建立台账；", "（2）定期通报。"]
        );
        // colons of either width, in the order they stand
        assert_eq!(
            split_plain("注：说明如下:1、坐标系统为独立坐标系统。\n2、L为弧长。"),
            ["注：说明如下:", "1、坐标系统为独立坐标系统。", "2、L为弧长。"]
        );
        assert_eq!(
            split_plain("时间:2024年；注：1、坐标系统为独立坐标系统。\n2、L为弧长。"),
            ["时间:2024年；注：", "1、坐标系统为独立坐标系统。", "2、L为弧长。"]
        );
        // another form, another number, no colon, or a list of the line's
        // own kind: nothing to cut
        for text in [
            "注：1.坐标系统为独立坐标系统。\n2、L为弧长。",
            "注：1、坐标系统为独立坐标系统。\n3、L为弧长。",
            "注意1、坐标系统为独立坐标系统。\n2、L为弧长。",
            "1、总体要求：1、坚持统筹。\n2、坚持创新。",
            "本项投资：1.5亿元。\n2.完善机制。",
            "附件：1.重点任务清单\n2.项目表",
        ] {
            assert_eq!(split_plain(text).len(), 2, "{text}");
        }
    }

    #[test]
    fn attachment_labels_inside_a_run_on_line() {
        let text = "为做好应急工作，制定本预案。　　（1）分析研判。组织研判，详见附件1。　　（2）防范处置。控制苗头（见附件2）　　控制源头，按附件1所列步骤处置。（3）应急准备。提前疏散。　　附件：1.突发事件分级标准　　　　　2.指挥部组成及工作组职责 附件1突发事件分级标准　　一、特别重大突发事件　　凡符合下列情形之一的：　　1.导致30人以上死亡的；　　2.疏散人员5万人以上的。　　二、重大突发事件　　凡符合下列情形之一的：　　1.导致10人以上死亡的。 附件2指挥部组成及工作组职责　　指挥部由有关部门组成。　　一、污染处置组。由环境保护部牵头。";
        assert_eq!(
            split_text(text),
            [
                "为做好应急工作，制定本预案。",
                "（1）分析研判。组织研判，详见附件1。",
                // citations of attachments are no label: the numbering goes on
                "（2）防范处置。控制苗头（见附件2）",
                "控制源头，按附件1所列步骤处置。",
                "（3）应急准备。提前疏散。",
                "附件：1.突发事件分级标准",
                "2.指挥部组成及工作组职责",
                "附件1突发事件分级标准",
                "一、特别重大突发事件",
                "凡符合下列情形之一的：",
                "1.导致30人以上死亡的；",
                "2.疏散人员5万人以上的。",
                "二、重大突发事件",
                "凡符合下列情形之一的：",
                "1.导致10人以上死亡的。",
                "附件2指挥部组成及工作组职责",
                "指挥部由有关部门组成。",
                "一、污染处置组。由环境保护部牵头。",
            ]
        );
    }

    /// The lines `text` is split into, searching only run-on lines.
    fn split_plain(text: &str) -> Vec<String> {
        let mut src = Source::new(text);
        super::super::layout::unwrap(&mut src);
        let lines = src.lines();
        split(&src, lines, 0).0.iter().map(|l| l.text.to_string()).collect()
    }

    #[test]
    fn a_short_chapter_line_with_its_articles_run_on() {
        // a chapter of a few short articles pasted on one line, far shorter
        // than a run-on line: its heading's title runs on into its first
        // article after an indentation
        let text = "第一章　总则\n第一条　为了规范管理，制定本办法。\n\
            第二章　登记管理　　第二条　应当登记。　　第三条　登记机关应当公开。\n\
            第三章　附　　则　　第四条　本办法自公布之日起施行。";
        assert_eq!(
            split_plain(text),
            [
                "第一章　总则",
                "第一条　为了规范管理，制定本办法。",
                "第二章　登记管理",
                "第二条　应当登记。",
                "第三条　登记机关应当公开。",
                "第三章　附　　则",
                "第四条　本办法自公布之日起施行。"
            ]
        );
        // a chapter line whose title is followed by prose, not a heading,
        // stays one line; an article cited in a title is no heading
        for text in [
            "第一章　总则\n第一条　甲。\n第二章　登记管理　　应当登记的事项如下。",
            "第一章　总则\n第一条　甲。\n第二章　依照第二条规定办理的事项",
        ] {
            assert_eq!(split_plain(text).len(), 3, "{:?}", split_plain(text));
        }
        // prose after the indentation that cites an article: the title
        // ends at the indentation, as in a run-on line; no heading is made
        let text = "第一章　总则\n第一条　甲。\n第二章　登记管理　　按照第二条规定登记的事项如下。";
        assert_eq!(
            split_plain(text),
            ["第一章　总则", "第一条　甲。", "第二章　登记管理", "按照第二条规定登记的事项如下。"]
        );
    }

    #[test]
    fn a_chapter_glued_to_the_last_sentence_of_the_one_before() {
        let text = "第一章　总则\n第一条　为了规范管理，制定本条例。\n第二条　任何单位都有权举报，接到举报的部门应当为举报人保密。第二章　登记管理　　第三条　下列事项应当登记。\n第四条　登记机关应当公开。第三章附则第五条　本条例自公布之日起施行。";
        assert_eq!(
            split_plain(text),
            [
                "第一章　总则",
                "第一条　为了规范管理，制定本条例。",
                "第二条　任何单位都有权举报，接到举报的部门应当为举报人保密。",
                "第二章　登记管理",
                "第三条　下列事项应当登记。",
                "第四条　登记机关应当公开。",
                "第三章附则",
                "第五条　本条例自公布之日起施行。",
            ]
        );
        // sections below a chapter, Arabic numerals
        let text = "第1章　总则\n第1节　一般规定\n第1条　为了规范管理，制定本办法。第2节　登记　　第2条　应当登记。";
        assert_eq!(
            split_plain(text),
            ["第1章　总则", "第1节　一般规定", "第1条　为了规范管理，制定本办法。", "第2节　登记", "第2条　应当登记。"]
        );
    }

    #[test]
    fn a_first_chapter_glued_to_the_title() {
        let text =
            "某省物业管理条例第一章　总　　则　　第一条　为了规范物业管理，制定本条例。\n第二条　本条例适用于全省。";
        assert_eq!(
            split_plain(text),
            [
                "某省物业管理条例",
                "第一章　总　　则",
                "第一条　为了规范物业管理，制定本条例。",
                "第二条　本条例适用于全省。"
            ]
        );
        for text in [
            // a citation in prose
            "根据条例第一章的规定，现通知如下。\n一、总体要求",
            // no article after the chapter's title
            "某省物业管理条例第一章规定的事项",
        ] {
            assert_eq!(split_plain(text), text.split('\n').collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn a_cited_chapter_is_no_glued_heading() {
        for text in [
            // a citation, not after a sentence end
            "第一章　总则\n第七条　依照本条例第二章第八条的规定办理。",
            // after a sentence end, but prose follows
            "第一章　总则\n第七条　应当登记。第二章规定的事项，按照第八条办理。",
            // not the next chapter
            "第一章　总则\n第七条　应当登记。第三章　附则　　第八条　本条例自公布之日起施行。",
            // no chapter seen: left to the run-on search
            "第七条　应当登记。第二章　附则　　第八条　本条例自公布之日起施行。",
        ] {
            let lines = split_plain(text);
            assert_eq!(lines, text.split('\n').collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn articles_of_a_chapter_on_one_line() {
        let text = "第一章　总则\n第一条　为了规范管理，制定本条例。第二条　本条例适用于全省。依照本条例第三条规定办理。第三条　下列事项应当登记：（一）设立；（二）变更。第四条　本条例自公布之日起施行。\n第二章　附则\n第五条　本条例由省政府负责解释。";
        assert_eq!(
            split_text(text),
            [
                "第一章　总则",
                "第一条　为了规范管理，制定本条例。",
                "第二条　本条例适用于全省。依照本条例第三条规定办理。",
                "第三条　下列事项应当登记：",
                "（一）设立；",
                "（二）变更。",
                "第四条　本条例自公布之日起施行。",
                "第二章　附则",
                "第五条　本条例由省政府负责解释。",
            ]
        );
    }

    #[test]
    fn a_whole_notice_on_one_line() {
        let text = "某省人民政府办公厅关于印发某某方案的通知某政办发〔2020〕12号各市人民政府，省政府各部门：现将《某某方案》印发给你们，请认真贯彻执行。某省人民政府办公厅2020年11月1日（此件公开发布）某某方案为推进改革，现提出如下意见。一、总体要求（一）指导思想。坚持改革。";
        assert_eq!(
            split_text(text),
            [
                "某省人民政府办公厅关于印发某某方案的通知",
                "某政办发〔2020〕12号",
                "各市人民政府，省政府各部门：",
                "现将《某某方案》印发给你们，请认真贯彻执行。",
                "某省人民政府办公厅",
                "2020年11月1日",
                "（此件公开发布）",
                "某某方案为推进改革，现提出如下意见。",
                "一、总体要求",
                "（一）指导思想。坚持改革。",
            ]
        );
    }

    #[test]
    fn a_title_run_before_the_first_heading() {
        let text =
            "请认真贯彻执行。某省人民政府2021年3月2日（此件公开发布）重点任务一、加强领导。做好工作。二、强化保障。";
        assert_eq!(
            split_text(text),
            [
                "请认真贯彻执行。",
                "某省人民政府",
                "2021年3月2日",
                "（此件公开发布）",
                "重点任务",
                "一、加强领导。做好工作。",
                "二、强化保障。"
            ]
        );
    }

    #[test]
    fn articles_continued_after_a_chapter_heading() {
        // a line under 第二章 holding the chapter's articles, numbered on
        let text =
            "第一章　总则\n第一条　为了规范管理，制定本条例。\n第二章　管理\n第二条　应当登记。第三条　应当公开。";
        assert_eq!(
            split_text(text),
            [
                "第一章　总则",
                "第一条　为了规范管理，制定本条例。",
                "第二章　管理",
                "第二条　应当登记。",
                "第三条　应当公开。"
            ]
        );
        let text = "某某条例第一章　总　　则 　　第一条　为了规范管理，制定本条例。";
        assert_eq!(split_text(text), ["某某条例", "第一章　总　　则", "第一条　为了规范管理，制定本条例。"]);
    }

    #[test]
    fn indentation_after_a_heading_title_starts_its_text() {
        let text =
            "现作如下决定：　　一、严格执行法律法规　　各级人民政府要严格执行。　　二、依法防治污染　　各地要防治。";
        assert_eq!(
            split_text(text),
            ["现作如下决定：", "一、严格执行法律法规", "各级人民政府要严格执行。", "二、依法防治污染", "各地要防治。"]
        );
        assert_eq!(split_text("第一章　总　　则\n第一条　为了。"), ["第一章　总　　则", "第一条　为了。"]);
    }

    #[test]
    fn indentation_after_a_sentence_end_is_a_paragraph_break() {
        let text = "条例　　第一条　为了保护设施，制定本条例。　　第二条　本条例所称设施是指探测设施。　　本条例所称环境是指空间。　　第三条　实行分类保护。";
        assert_eq!(
            split_text(text),
            [
                "条例",
                "第一条　为了保护设施，制定本条例。",
                "第二条　本条例所称设施是指探测设施。",
                "本条例所称环境是指空间。",
                "第三条　实行分类保护。",
            ]
        );
    }

    #[test]
    fn a_private_use_glyph_after_a_break_is_skipped() {
        assert_eq!(
            split_text("现批复如下：\u{E004}一、同意。二、支持。"),
            ["现批复如下：\u{E004}", "一、同意。", "二、支持。"]
        );
    }

    /// A short line that opens with a list's item and runs on into the
    /// next items after a break: each item a line (the siblings of the
    /// line's own), in every list form; an enumeration inside a sentence,
    /// numbering that does not go on and a number of another form: none.
    #[test]
    fn list_items_run_on_in_a_short_line() {
        assert_eq!(
            split_plain("1.加强监管。\n（1）建立台账；（2）开展检查；（3）定期通报。\n（4）跟踪问效。\n2.完善机制。"),
            [
                "1.加强监管。",
                "（1）建立台账；",
                "（2）开展检查；",
                "（3）定期通报。",
                "（4）跟踪问效。",
                "2.完善机制。"
            ]
        );
        for (text, want) in [
            ("（一）加强领导。（二）强化保障。", &["（一）加强领导。", "（二）强化保障。"][..]),
            ("1.建立台账；2.开展检查。", &["1.建立台账；", "2.开展检查。"]),
            ("1、建立台账。　　2、开展检查。", &["1、建立台账。", "2、开展检查。"]),
            ("1）建立台账；2）开展检查。", &["1）建立台账；", "2）开展检查。"]),
            ("(1)建立台账；(2)开展检查。", &["(1)建立台账；", "(2)开展检查。"]),
            ("①建立台账；②开展检查；③定期通报。", &["①建立台账；", "②开展检查；", "③定期通报。"]),
            // its deeper items stay its text
            ("（1）建立台账：①登记；②核查。（2）开展检查。", &["（1）建立台账：①登记；②核查。", "（2）开展检查。"]),
        ] {
            let text = format!("二、重点任务\n{text}");
            let mut want: Vec<&str> = want.to_vec();
            want.insert(0, "二、重点任务");
            assert_eq!(split_plain(&text), want, "{text}");
        }
        for text in [
            // an enumeration inside a sentence: no marker at the line's start
            "征收范围包括：（1）土地；（2）房屋。",
            // numbered anew inside the line: its own enumeration
            "（一）主要任务。包括：（一）建设；（二）改造；（三）提升。",
            // numbering that skips, a number inside a sentence, another form
            "（1）建立台账；（3）开展检查。",
            "（1）按第（2）项规定执行，抓好落实。",
            "（1）建立台账；(2)开展检查。",
            "1.安排资金1.5亿元；2.5亿元用于改造。",
            // 一、 and 第X条 are cross-numbered in prose
            "一、对象为各类医院。二、三级医院优先。",
            // a marker with nothing after it
            "（1）建立台账；（2）",
        ] {
            let text = format!("二、重点任务\n{text}");
            assert_eq!(split_plain(&text), ["二、重点任务", text.lines().nth(1).unwrap_or("")], "{text}");
        }
    }

    /// A short line of a list's items run on numbered in full-width digits
    /// is cut at each item as one in ASCII digits is; numbering that does
    /// not go on from the line's own item cuts nothing, and a line that
    /// starts in the list's middle is not asked (its cost: see
    /// [`sibling_cuts`]).
    #[test]
    fn list_items_run_on_in_full_width_digits() {
        // constructed
        let middle = "二、重点任务\n（1）建立台账；\n（2）开展检查；（3）定期通报；（4）年终考核。\n三、保障措施";
        assert_eq!(split_plain(middle), middle.lines().collect::<Vec<_>>());
        for (text, want) in [
            ("１．建立台账；２．开展检查；３．定期通报。", &["１．建立台账；", "２．开展检查；", "３．定期通报。"][..]),
            ("１、建立台账；２、开展检查。", &["１、建立台账；", "２、开展检查。"]),
            ("（１）建立台账；（２）开展检查。", &["（１）建立台账；", "（２）开展检查。"]),
        ] {
            let text = format!("二、重点任务\n{text}");
            let mut want: Vec<&str> = want.to_vec();
            want.insert(0, "二、重点任务");
            assert_eq!(split_plain(&text), want, "{text}");
        }
        for text in [
            "二、重点任务\n（1）建立台账；\n（2）开展检查；（4）定期通报。",
            "二、重点任务\n（1）建立台账；\n（2）开展检查；（2）定期通报。",
            // the next line is the next item: a list of an item a line
            "二、重点任务\n（1）建立台账；\n（2）开展检查，按第（3）项执行；\n（3）定期通报。",
        ] {
            assert_eq!(split_plain(text), text.lines().collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn ordinary_text_is_not_split() {
        for text in [
            // an enumeration inside one paragraph of an ordinary document
            "一、总体要求\n（一）主要任务。包括：（一）建设；（二）改造；（三）提升。\n（二）保障措施。",
            "第五条　下列不动产权利，依照本条例的规定办理登记：（一）集体土地所有权；（二）房屋所有权。\n第六条　国务院负责指导。",
            // numbers that are no headings
            "一、总体要求\n（一）资金。安排1.5亿元。一是加强领导。第二轮承包延长。依照本条例第三条规定办理。\n（二）保障。",
            "第一条　适用范围。\n第二条　依照本法。第三条中所称的单位。第三条第一款规定的事项。\n第三条　施行。",
            // a marker inside a sentence
            "一、总体要求\n（一）资金。按照第（一）项规定执行，加强（二）类管理。\n（二）保障。",
            // numbering that does not continue
            "一、总体要求\n（一）资金。对象为：三、四级医院。\n（二）保障。",
            // an enumeration in a paragraph after a section with items
            "一、总体要求\n（一）资金。\n（二）保障。\n二、重点任务\n各地要做好：（一）建设；（二）改造；（三）提升。",
        ] {
            let want: Vec<&str> = text.lines().collect();
            assert_eq!(split_text(text), want, "{text}");
        }
    }

    #[test]
    fn signatures_with_dates() {
        let t = "国务院办公厅2020年5月31日（此件公开发布）后文";
        let (d, e, note) = signature_at(t, 0).unwrap();
        assert_eq!((&t[..d], &t[d..e], &t[e..note.unwrap()]), ("国务院办公厅", "2020年5月31日", "（此件公开发布）"));
        assert_eq!(signature_at("总理　　李克强 　　2017年12月25日", 0).map(|s| s.2), Some(None));
        assert_eq!(signature_at("国务院2020年5月31日，印发了通知", 0), None);
        let t = format!("请认真贯彻执行。国务院办公厅{}2014年12月29日", "\u{3000}".repeat(50));
        let mut cuts = Vec::new();
        signature_cuts(&t, &mut cuts);
        assert_eq!(&t[cuts[0]..cuts[0] + "国务院办公厅".len()], "国务院办公厅");
        assert_eq!(&t[cuts[1]..cuts[2]], "2014年12月29日");
        assert_eq!(signature_at("这是2020年5月31日印发的通知", 0), None);
        let t = "上海市杨浦区人民政府2024年7月15日三年行动计划";
        assert_eq!(signature_at(t, 0).map(|(d, e, _)| &t[d..e]), Some("2024年7月15日"));
        assert_eq!(signature_at("到2025年底", 0), None);
        assert_eq!(signature_at("各地区，2020年5月31日", 0), None);
        // a year named before the signature's date, and a line with a year
        // and no month (no date: not searched further)
        let t = "到2025年底前完成。国务院办公厅2014年12月29日";
        let mut cuts = Vec::new();
        signature_cuts(t, &mut cuts);
        assert_eq!(&t[cuts[1]..cuts[2]], "2014年12月29日");
        cuts.clear();
        signature_cuts("到2025年底前完成。国务院办公厅2014年", &mut cuts);
        assert!(cuts.is_empty());
        // a 版记's printing line is no signature
        for t in ["某省人民政府办公厅　　　　2023年6月12日印发", "国务院办公厅 2018年12月27日 印发"]
        {
            assert_eq!(signature_at(t, 0), None, "{t}");
            signature_cuts(t, &mut cuts);
            assert!(cuts.is_empty(), "{t}");
        }
    }

    #[test]
    fn a_signature_run_on_after_an_attachment_line() {
        let text = "附件：部分地方优化营商环境典型做法国务院办公厅  2018年7月24日  （此件公开发布）";
        let mut cuts = Vec::new();
        attachment_signature_cuts(text, &mut cuts);
        let pieces: Vec<&str> = [0]
            .iter()
            .chain(&cuts)
            .zip(cuts.iter().chain([&text.len()]))
            .map(|(&a, &b)| punct::trim(&text[a..b]))
            .filter(|p| !p.is_empty())
            .collect();
        assert_eq!(pieces, ["附件：部分地方优化营商环境典型做法", "国务院办公厅", "2018年7月24日", "（此件公开发布）"]);
        // no known body before the date: the line stays whole
        let mut cuts = Vec::new();
        attachment_signature_cuts("附件：某某工作情况统计表2018年7月24日", &mut cuts);
        assert!(cuts.is_empty());
        // an attachment line without a date
        attachment_signature_cuts("附件：部分地方优化营商环境典型做法", &mut cuts);
        assert!(cuts.is_empty());
    }

    #[test]
    fn an_issuer_run_on_after_the_last_sentence_over_its_date() {
        let t = "现将《某某规划》印发给你们，请认真贯彻实施。　　　　　　国务院";
        assert_eq!(issuer_over(t, "2016年11月24日"), Some(t.len() - "国务院".len()));
        let t = "请认真组织实施。某市人民政府";
        assert_eq!(issuer_over(t, "2024年6月3日（此件公开发布）"), Some(t.len() - "某市人民政府".len()));
        let t = "请遵照执行。市教委　　市财政局";
        assert_eq!(issuer_over(t, "二〇二〇年三月一日"), Some(t.len() - "市教委　　市财政局".len()));
        // an attachment's name, then its issuer
        let t = "附件：某某部际联席会议制度国务院办公厅";
        assert_eq!(issuer_over(t, "2021年1月26日"), Some(t.len() - "国务院办公厅".len()));
        // no date line under it, no body, no sentence end, a name alone
        assert_eq!(issuer_over("请认真贯彻实施。国务院", "2016年11月24日印发"), None);
        assert_eq!(issuer_over("请认真贯彻实施。严格执行", "2016年11月24日"), None);
        assert_eq!(issuer_over("请认真贯彻实施，国务院", "2016年11月24日"), None);
        assert_eq!(issuer_over("国务院", "2016年11月24日"), None);
        assert_eq!(issuer_over("截至2024年。某局", "2016年11月24日"), Some("截至2024年。".len()));
    }

    #[test]
    fn last_byte_masks_pass_their_characters() {
        for c in ['局', '厅', '委', '部', '办', '府', '院', '会', '室', '署', '央', '心', '组', '行', '司']
        {
            assert!(ends_body(c) && last_byte_in(&format!("某某{c}"), BODY_END_BYTES), "{c}");
        }
        assert!(last_byte_in("（此件公开发布）", DATE_END_BYTES) && last_byte_in("(注)", DATE_END_BYTES));
        for t in ["2024年6月3日", "第5号", "日（此件）", "日(此件)"] {
            assert!(last_byte_in(t, DATE_END_BYTES), "{t}");
        }
        // (a sentence's end passes none)
        for m in [BODY_END_BYTES, DATE_END_BYTES] {
            assert!(!last_byte_in("请认真贯彻执行。", m) && !last_byte_in("", m));
        }
    }

    #[test]
    fn a_note_run_on_after_the_date() {
        let t = "2016年11月24日（此件有删改）";
        assert_eq!(note_after(t), Some("2016年11月24日".len()));
        assert_eq!(note_after("二〇二一年三月十五日　（此件公开发布）"), Some("二〇二一年三月十五日".len()));
        // no note, or a bracket that is no 附注
        assert_eq!(note_after("2016年11月24日"), None);
        assert_eq!(note_after("2016年11月24日（公安部、发展改革委等负责）"), None);
        assert_eq!(note_after("2016年11月，全市开展（试点）"), None);
        assert!(starts_date_digit("二〇二一年") && starts_date_digit("2021年") && starts_date_digit("２０２１年"));
        assert!(!starts_date_digit("国务院") && !starts_date_digit("") && !starts_date_digit("（此件）"));
    }

    #[test]
    fn a_signature_glued_to_a_covering_notice_s_last_sentence() {
        let t = "现将《某某方案》印发给你们，请认真贯彻执行。某市人民政府2023年5月10日";
        assert!(ends_like_date(t) && ends_like_date("某市人民政府2023年5月10日（此件公开发布）"));
        assert!(!ends_like_date("请认真贯彻执行。") && !ends_like_date("（一）指导思想"));
        let mut cuts = Vec::new();
        glued_signature_cuts(t, &mut cuts);
        assert_eq!(cuts[..2], [t.find("某市人民政府").unwrap(), t.find("2023").unwrap()]);
        // no sentence end before it, or no body
        for t in ["各单位于某某完成2023年5月10日", "请认真贯彻执行。完成时限2023年5月10日"] {
            let mut cuts = Vec::new();
            glued_signature_cuts(t, &mut cuts);
            assert!(cuts.is_empty(), "{t}");
        }
    }

    #[test]
    fn an_undated_signature_at_the_end_of_the_last_line() {
        let text =
            "某某工作。\u{3000}\u{3000}各级人民政府应加强领导。\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}国务院";
        assert_eq!(undated_signature_cut(text), Some(text.len() - "国务院".len()));
        let joint = "某某工作。      市教委　　市财政局";
        assert_eq!(undated_signature_cut(joint), Some(joint.len() - "市教委　　市财政局".len()));
        // no indentation, no sentence end, or no body: no signature
        assert_eq!(undated_signature_cut("某某工作。国务院"), None);
        assert_eq!(undated_signature_cut("某某工作      国务院"), None);
        assert_eq!(undated_signature_cut("某某工作。      严格执行"), None);
    }

    #[test]
    fn an_order_number_with_its_text_after_it() {
        let text = "第　559　号 　　《某某条例》已经国务院常务会议通过，现予公布。";
        let mut cuts = Vec::new();
        head_cuts(text, &mut cuts);
        assert_eq!(cuts, ["第　559　号".len()]);
        // 第N号 run on into prose is no order number line
        cuts.clear();
        head_cuts("第3号文件规定的事项，按本办法执行。", &mut cuts);
        assert!(cuts.is_empty());
        // an order's mark and number on one line, its text after them
        cuts.clear();
        head_cuts("某省人民政府令 第389号　《某某办法》已经省人民政府常务会议审议通过，现予公布。", &mut cuts);
        assert_eq!(cuts, ["某省人民政府令 第389号".len()]);
        // spaces around the number: 中华人民共和国国务院令第　623　号
        cuts.clear();
        head_cuts("中华人民共和国国务院令第　623　号　　《某某条例》已经国务院常务会议通过，现予公布。", &mut cuts);
        assert_eq!(cuts, ["中华人民共和国国务院令第　623　号".len()]);
    }

    #[test]
    fn a_promulgation_note_in_brackets_is_cut_nowhere() {
        assert_eq!(inline_promulgation("（2024年1月22日某市人民政府令第268号公布　自2024年3月1日起施行）"), None);
        let text = "某某办法2024年1月22日某市人民政府令第268号公布";
        assert_eq!(inline_promulgation(text), Some(("某某办法".len(), text.len())));
    }

    #[test]
    fn a_title_run_on_after_the_date_under_the_signer() {
        let text = "二○○六年九月十九日防治某某建设项目污染损害";
        assert_eq!(title_after_head(text, "总　理　某某"), Some("二○○六年九月十九日".len()));
        assert_eq!(title_after_head("2012年8月29日 某某设施保护条例", "总理　某某"), Some("2012年8月29日".len()));
        // adoption and promulgation notes, a date alone, prose after it
        for (t, above) in [
            ("2019年9月1日 施行", "某某条例"),
            ("2016年1月15日某某市第十二届人民代表大会第四次会议通过", "某某条例"),
            ("2019年4月20日 中华人民共和国国务院令第713号公布", "某某条例"),
            ("2012年8月29日", "总理　某某"),
            ("2012年8月29日，国务院第214次常务会议通过本条例。", "总理　某某"),
            ("2012年8月29日某某设施保护条例", "现予公布，自2012年12月1日起施行。"),
        ] {
            assert_eq!(title_after_head(t, above), None, "{t}");
        }
    }

    #[test]
    fn a_bracketed_date_after_the_doc_number() {
        let text =
            "某省人民政府关于某某工作的决定某政发〔1990〕6号（一九九〇年十二月五日）　　为加强某某工作，特作如下决定：";
        let mut cuts = Vec::new();
        head_cuts(text, &mut cuts);
        let number_end = text.find("号").unwrap() + "号".len();
        assert_eq!(
            cuts[..3],
            [text.find("某政发").unwrap(), number_end, number_end + "（一九九〇年十二月五日）".len()]
        );
        assert_eq!(bracketed_date_after("（此件公开发布）"), None);
    }

    #[test]
    fn a_title_over_its_joint_issuers() {
        let text = "关于加强某某治理工作的意见交通运输部\u{3000}公安部\u{3000}自然资源部";
        assert_eq!(title_issuers_cut(text), Some("关于加强某某治理工作的意见".len()));
        // a title alone, a title and a sentence, a title and a non-body
        assert_eq!(title_issuers_cut("关于加强某某治理工作的意见"), None);
        assert_eq!(title_issuers_cut("关于加强某某治理工作的意见现提出如下意见。"), None);
        assert_eq!(title_issuers_cut("关于加强某某治理工作的意见附件　目录"), None);
    }

    #[test]
    fn a_promulgation_after_the_title() {
        let text = "某某暂行条例2014年11月24日中华人民共和国国务院令第656号公布第一章总则第一条为了规范登记，制定本条例。第二条本条例适用于全国。";
        assert_eq!(
            split_text(text),
            [
                "某某暂行条例",
                "2014年11月24日中华人民共和国国务院令第656号公布",
                "第一章总则",
                "第一条为了规范登记，制定本条例。",
                "第二条本条例适用于全国。",
            ]
        );
    }

    #[test]
    fn a_title_then_the_addressee() {
        let text = "关于印发《某某计划》的通知区政府各委、办、局，各街道办事处：现将《某某计划》印发给你们，请结合实际认真贯彻执行。";
        assert_eq!(
            split_text(text),
            [
                "关于印发《某某计划》的通知",
                "区政府各委、办、局，各街道办事处：",
                "现将《某某计划》印发给你们，请结合实际认真贯彻执行。"
            ]
        );
    }

    #[test]
    fn a_list_entry_is_no_addressee() {
        assert_eq!(
            split_text("关于成立领导小组的通知\n组长：李文钢\n副组长：冯镭"),
            ["关于成立领导小组的通知", "组长：李文钢", "副组长：冯镭"]
        );
    }

    #[test]
    fn a_further_document_restarts_its_numbering() {
        let text = "一、总则（一）适用。二、附则（一）施行。本规定自印发之日起施行。某某事业单位转制的规定一、总则（一）范围。二、附则";
        assert_eq!(
            split_text(text),
            [
                "一、总则",
                "（一）适用。",
                "二、附则",
                "（一）施行。本规定自印发之日起施行。",
                "某某事业单位转制的规定",
                "一、总则",
                "（一）范围。",
                "二、附则"
            ]
        );
        // a section marker after a word is no restart (使用统一、权威的平台)
        let text = "一、总则（一）适用。二、附则（一）施行。各地要完善和使用统一、权威的平台。（二）报告。";
        assert_eq!(
            split_text(text),
            ["一、总则", "（一）适用。", "二、附则", "（一）施行。各地要完善和使用统一、权威的平台。", "（二）报告。"]
        );
    }

    #[test]
    fn genre_ends_are_the_last_characters_of_the_genres() {
        for g in GENRES {
            assert!(is_genre_end(g.chars().next_back().unwrap()), "{g}");
        }
    }

    #[test]
    fn chinese_numerals_as_headings_write_them() {
        let cn = |n| {
            let mut s = String::new();
            push_cn(&mut s, n);
            s
        };
        for (n, want) in [
            (1, "一"),
            (10, "十"),
            (11, "十一"),
            (20, "二十"),
            (35, "三十五"),
            (100, "一百"),
            (105, "一百零五"),
            (110, "一百一十"),
            (2001, "二千零一"),
        ] {
            assert_eq!(cn(n), want);
            assert_eq!(super::super::numeral::cn_value(want), Some(n), "{want}");
        }
    }

    #[test]
    fn markers_start_where_may_start_marker_says() {
        for s in ["一、", "（一）", "(1)", "1.", "１．", "①", "㉑", "㊿", "第一条", "行动1：", "任务2：", "——任务3："]
        {
            let c = s.chars().next().unwrap();
            assert!(marker(&format!("{s}加强")).is_some(), "{s}");
            assert!(may_start_marker(c), "{s}");
        }
    }

    #[test]
    fn doc_numbers_after_titles() {
        let t = "国务院办公厅关于修复生态环境问题的复函国办函〔2004〕20号";
        assert_eq!(
            inline_doc_number(t).map(|(s, e)| (&t[..s], &t[s..e])),
            Some(("国务院办公厅关于修复生态环境问题的复函", "国办函〔2004〕20号"))
        );
        let t = "国务院关于北京市环境污染防治目标和对策的批复 国函〔1999〕134号 北京市人民政府：";
        assert_eq!(inline_doc_number(t).map(|(s, e)| &t[s..e]), Some("国函〔1999〕134号"));
        assert_eq!(inline_doc_number("按照《通知》（国办发〔2018〕1号）要求，做好工作。"), None);
        // a title short enough to pass for the code, run on with its
        // number or spaced from it: the title is no part of the number
        for t in ["国务院关于某某工作的意见国发〔2011〕35号", "国务院关于某某工作的意见国发 〔2011〕 35 号"]
        {
            assert_eq!(
                inline_doc_number(t).map(|(s, e)| (&t[..s], &t[s..e])),
                Some(("国务院关于某某工作的意见", &t["国务院关于某某工作的意见".len()..])),
                "{t}"
            );
        }
        assert_eq!(inline_doc_number("沪府办发〔2025〕11号"), Some((0, "沪府办发〔2025〕11号".len())));
    }

    #[test]
    fn a_short_document_on_one_line() {
        let text = "某区人民政府关于禁止燃放烟花爆竹的通告为保障公共安全，根据有关规定，现就有关事项通告如下：一、城区禁止燃放烟花爆竹。二、违反规定的，依法处罚。三、本通告自2025年1月1日起施行。特此通告。某区人民政府2024年12月20日";
        assert_eq!(
            split_plain(text),
            [
                "某区人民政府关于禁止燃放烟花爆竹的通告",
                "为保障公共安全，根据有关规定，现就有关事项通告如下：",
                "一、城区禁止燃放烟花爆竹。",
                "二、违反规定的，依法处罚。",
                "三、本通告自2025年1月1日起施行。",
                "特此通告。",
                "某区人民政府",
                "2024年12月20日",
            ]
        );
        // the same text over two lines: its short lines are not searched
        // for headings (the signature at its end is still cut off)
        let two = text.replacen("通告为", "通告\n为", 1);
        let lines = split_plain(&two);
        assert_eq!(lines.len(), 5);
        assert!(lines[1].starts_with("为保障") && lines[1].ends_with("施行。"));
    }

    #[test]
    fn a_title_run_on_into_the_first_sentence() {
        assert_eq!(
            title_before_prose("某省人民政府关于同意设立某区的批复你市请示收悉。"),
            Some("某省人民政府关于同意设立某区的批复".len())
        );
        assert_eq!(
            title_before_prose("某局关于做好某某工作的通知根据工作安排，现通知如下："),
            Some("某局关于做好某某工作的通知".len())
        );
        // a cited title, or no 关于…的 title, or no opening after it
        assert_eq!(title_before_prose("《国务院关于某某的通知》为…"), None);
        assert_eq!(title_before_prose("某市人民政府通告为保障安全，…"), None);
        assert_eq!(title_before_prose("某局关于做好某某工作的通知精神，各地要…"), None);
    }

    #[test]
    fn a_contact_line_before_a_run_on_signature() {
        let t = "现申请拨付补助资金。妥否，请批示。 联系人：钱某，电话：021-62220000 某某街道办事处 2025年7月1日";
        let mut cuts = Vec::new();
        signature_cuts(t, &mut cuts);
        cuts.sort_unstable();
        let at = |s: &str| t.find(s).unwrap();
        assert_eq!(cuts, [at("妥否"), at("联系人"), at("某某街道"), at("2025年7月"), t.len()]);
        // a number in the text before a signature is no contact line
        let t = "共完成15台，其中新建12345678号。 某某街道办事处 2025年7月1日";
        assert_eq!(contact_before(t, t.find("某某街道").unwrap()), None);
    }

    #[test]
    fn a_closing_formula_before_a_run_on_signature() {
        let t = "三、本办法自公布之日起施行。特此通知。某市人民政府办公室2025年1月2日";
        let at = t.find("某市").unwrap();
        assert_eq!(closing_before(t, at), Some(t.find("特此").unwrap()));
        let t = "经审核符合条件。妥否，请批示。某街道办事处2025年7月1日";
        assert_eq!(closing_before(t, t.find("某街道").unwrap()), Some(t.find("妥否").unwrap()));
        let t = "请遵照执行。此复。某市人民政府2025年1月2日";
        assert_eq!(closing_before(t, t.find("某市").unwrap()), Some(t.find("此复").unwrap()));
        // a sentence that merely ends with 此…
        let t = "为此。某市人民政府2025年1月2日";
        assert_eq!(closing_before(t, t.find("某市").unwrap()), None);
    }

    /// The next document's title run on after a signature's date, an
    /// indentation after it, is a line of its own; a title with one space
    /// after it, a note in brackets, a title with nothing after it or a
    /// sentence is not cut.
    #[test]
    fn a_title_run_on_after_the_date_is_a_line() {
        let t = "现将《某某规划》印发给你们。某某市人民政府\u{3000}2011年12月15日\u{A0}\u{A0}某某环境保护规划\u{A0}\u{3000}\u{A0}保护环境是基本国策。";
        let mut cuts = Vec::new();
        signature_cuts(t, &mut cuts);
        let e = *cuts.iter().find(|&&c| t[..c].ends_with("15日")).expect("the date's end");
        let text = title_after_date(t, e).expect("a title");
        assert_eq!(&t[text..], "保护环境是基本国策。");
        assert!(cuts.contains(&text), "{cuts:?}");
        for after in [
            "\u{A0}\u{A0}某某环境保护规划 保护环境是基本国策。",
            "\u{A0}\u{A0}（此件公开发布）\u{3000}\u{3000}某某规划",
            "\u{A0}\u{A0}某某环境保护规划",
            "\u{A0}\u{A0}保护环境，是基本国策\u{3000}\u{3000}为推进…",
            "\u{A0}\u{A0}规划\u{3000}\u{3000}保护环境是基本国策。",
        ] {
            let t = format!("某某市人民政府\u{3000}2011年12月15日{after}");
            let e = t.find("日").expect("date") + "日".len();
            assert_eq!(title_after_date(&t, e), None, "{t}");
        }
    }

    #[test]
    fn a_label_run_on_after_the_last_entry_of_a_list() {
        let t = "8.某某建设项目资金测算表附件1";
        assert_eq!(label_after_entry(t), t.find("附件"));
        assert_eq!(label_after_entry("8.某某建设项目资金测算表附件12"), Some(t.find("附件").unwrap()));
        for t in
            ["8.具体名单详见附件1", "8.某某测算表", "某某建设项目资金测算表附件1", "8.附件1", "8.某某测算表附件123"]
        {
            assert_eq!(label_after_entry(t), None, "{t}");
        }
        assert_eq!(
            split_plain(
                "附件：1.某某项目表\n2.某某资金测算表附件1\n某某项目表\n序号\n项目名称\n附件2\n某某资金测算表\n项目名称"
            ),
            [
                "附件：1.某某项目表",
                "2.某某资金测算表",
                "附件1",
                "某某项目表",
                "序号",
                "项目名称",
                "附件2",
                "某某资金测算表",
                "项目名称"
            ]
        );
    }

    /// The date line under its issuer's line, the next document's title run
    /// on after it: cut after the date and after the title.
    #[test]
    fn a_title_run_on_after_a_date_line_is_a_line() {
        let t = "二○○七年十一月二十二日某某环境保护规划\u{3000}\u{3000}根据某某纲要编制本规划。";
        let [e, b] = title_after_own(t).expect("cuts");
        assert_eq!(
            [&t[..e], punct::trim(&t[e..b]), &t[b..]],
            ["二○○七年十一月二十二日", "某某环境保护规划", "根据某某纲要编制本规划。"]
        );
        // in the text, under its issuer's line only (not under an adoption
        // note's line: `2004年5月30日 某某会议修订  根据…`)
        let split = split_plain;
        let text = "某某规划的通知\n各省人民政府：\n现将《某某规划》印发给你们。\n国务院\n二○○七年十一月二十二日某某规划\u{3000}\u{3000}根据某某纲要编制本规划。\n一、总则\n某某。";
        assert!(split(text).contains(&"某某规划".to_string()), "{:?}", split(text));
        let text = "某某条例\n2004年5月30日 某某会议修订\u{3000}\u{3000}根据某某决定修正\n第一章　总则";
        assert!(!split(text).contains(&"某某会议修订".to_string()), "{:?}", split(text));
        // a date that opens a sentence, or a title with no indentation after it
        for t in [
            "2007年11月22日 某某会议在某市召开，会议听取了汇报。",
            "2007年11月22日，某某规划　　根据某某纲要编制本规划。",
            "2007年11月22日 某某规划 根据某某纲要编制本规划。",
            "2007年11月22日 某某规划　　",
        ] {
            assert_eq!(title_after_own(t), None, "{t}");
        }
    }
}
