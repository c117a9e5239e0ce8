//! 专栏 boxes: the numbered panels a plan prints beside its text
//! (`专栏1　“十三五”生态环境保护主要指标`, `专栏2：重点工程`) — an indicator
//! table, a list of projects, notes — outside the outline's numbering.
//!
//! A box becomes one block of kind `box` (marker `专栏2`, its number and
//! title), attached to the block it is printed in; its own numbered items
//! are its children, its text before them its paragraphs, a table in it its
//! table. The outline's numbering runs on past it, as in the printed plan.
//!
//! - **Where it starts**: a line starting with `专栏N`; the inline pass
//!   cuts a box run on after text (`…挑战。专栏1　…`) into a line of its own
//!   (see `inline::box_cuts`).
//! - **Where it ends** (the box's numbering is its own, 1 up):
//!   - a line from the same scraped line as the box (cut there at a
//!     paragraph break) continues it unless it starts with a heading —
//!     then only a marker that continues the box's numbering, numbered 1
//!     only after a colon (`注：①…②…`);
//!   - a line of its own continues it when it starts with a marker that
//!     continues the box's numbering (numbered 1 only right under a box
//!     title with nothing else: `专栏2　…重点` then `1．…` `2．…`), or when
//!     it is a table fragment: no marker, and neither it nor the line
//!     before ends a sentence;
//!   - the next box, or anything else, ends it.
//! - **Inside**: the title is the text after `专栏N` up to white space,
//!   a sentence end, `序号` (a table's header) or a marker numbered 1 (no
//!   title when that is more than a short phrase); the items are the
//!   markers that continue the box's numbering after a break (。；：, a
//!   closing bracket, an indentation).
//!
//! Cost: a document without `专栏` pays a prefix compare per line (in the
//! tree) and one substring search of its text (in the inline pass).

use super::block::{self, Builder};
use super::inline::{self, Numbering};
use super::marker::{Marker, marker};
use super::numeral::{cn_value, digits_value, is_cn_digit, is_digit};
use super::table;
use crate::ast::{Block, BlockKind, Paragraph};
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::punct;
use crate::source::{Line, Source};
use crate::span::offset_in;
use std::ops::Range;

/// The word that opens a box.
pub(crate) const WORD: &str = "专栏";

/// Longest box title, in characters.
const MAX_TITLE: usize = 40;

/// `专栏N` at the start of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BoxMarker<'s> {
    /// `专栏2`, `专栏2：`, as written.
    pub(crate) text: &'s str,
    pub(crate) number: u32,
    /// What follows, its separator (`：`, white space) skipped.
    pub(crate) rest: &'s str,
}

/// `专栏N` (Arabic or Chinese digits) at the start of `text`, followed by a
/// separator or by a title: `专栏1　…`, `专栏2：…`, `专栏三 …`. Not a
/// cross-reference (`专栏1中`, `专栏2的`), nor the word alone (`专栏期刊`).
pub(crate) fn box_marker(text: &str) -> Option<BoxMarker<'_>> {
    let after = text.strip_prefix(WORD)?;
    let digits = after.trim_start_matches(punct::is_inline_space);
    let lead = after.len() - digits.len();
    let len = digits.find(|c: char| !(is_digit(c) || is_cn_digit(c))).unwrap_or(digits.len());
    let num = &digits[..len];
    let number = if num.chars().all(is_digit) {
        digits_value(num)
    } else if num.chars().all(is_cn_digit) {
        cn_value(num)
    } else {
        None
    }
    .filter(|&n| n > 0 && len <= 9)?;
    let mut end = WORD.len() + lead + len;
    // a colon after the number is part of the marker (专栏1：), as 、 is of 一、
    let colon = text[end..].chars().next().filter(|&c| punct::is_colon(c));
    end += colon.map_or(0, char::len_utf8);
    let tail = &text[end..];
    let rest = tail.trim_start_matches(|c: char| punct::is_colon(c) || punct::is_space(c) || c == punct::DUNHAO);
    let first = rest.chars().next()?;
    let separated = colon.is_some() || rest.len() < tail.len();
    if punct::is_prose_punct(first) || punct::is_rparen(first) || !separated && "中的所内和及与至、".contains(first)
    {
        return None;
    }
    Some(BoxMarker { text: &text[..end], number, rest })
}

/// Whether a line starts a box: a prefix compare, then [`box_marker`].
pub(crate) fn starts_box(text: &str) -> bool {
    text.starts_with(WORD) && box_marker(text).is_some()
}

/// Whether the text ends a sentence (or a clause: ；).
fn ends_sentence(t: &str) -> bool {
    t.trim_end_matches(punct::is_space)
        .chars()
        .next_back()
        .is_some_and(|c| punct::is_sentence_end(c) || punct::is_semicolon(c))
}

/// Whether a line is a note (`注：带*的为约束性指标。`, `注1：…`,
/// `说明：…`): under a box's table or list it is the box's. A prefix
/// compare, then at most two digits and a colon.
fn is_note(t: &str) -> bool {
    let rest = if let Some(r) = t.strip_prefix('注') {
        r.trim_start_matches(|c: char| c.is_ascii_digit())
    } else if let Some(r) = t.strip_prefix("说明") {
        r
    } else {
        return false;
    };
    rest.chars().next().is_some_and(punct::is_colon)
}

/// Whether a line is an item of a dashed list (`——智慧养老工程。…`): the
/// projects of a box listed without numbers. Under a box's title, the
/// first continues the box, and each after another.
fn is_dash_item(t: &str) -> bool {
    const DASHES: &str = "\u{2014}\u{2014}";
    t.starts_with(DASHES) && !t[DASHES.len()..].starts_with('\u{2014}')
}

/// Whether the text ends with a colon (a list follows).
fn ends_colon(t: &str) -> bool {
    t.trim_end_matches(punct::is_space).chars().next_back().is_some_and(punct::is_colon)
}

/// The title of a box: the text after `专栏N` up to white space (or the
/// spaced-out table header before it: `指　　标`), a
/// sentence end or colon, `序号` or a marker numbered 1 glued to it; the
/// rest is the box's text. No title when that run is longer than
/// [`MAX_TITLE`] characters or holds a comma (prose glued to a title).
fn title(rest: &str) -> (Option<&str>, &str) {
    let mut chars = 0;
    let mut spaces = 0;
    // the last character of the title so far, and where it starts
    let mut last = (0, ' ');
    for (k, c) in rest.char_indices() {
        let end = |at: usize| {
            let t = punct::trim(&rest[..at]);
            if t.is_empty() || t.contains(punct::is_comma) { (None, rest) } else { (Some(t), punct::trim(&rest[at..])) }
        };
        if punct::is_space(c) {
            spaces += 1;
            continue;
        }
        // (a title has no white space in it: an indentation, or a space
        // before a table's header, ends it)
        if spaces >= 1 && chars > 0 {
            // a table's header spaced out (…主要指标指　　标2015年): the
            // header starts at its first character
            if table::spaced_header(last.1, c) && chars > 1 {
                return end(last.0);
            }
            return end(k);
        }
        last = (k, c);
        spaces = 0;
        if chars >= MAX_TITLE {
            return (None, rest);
        }
        if punct::is_sentence_end(c) || punct::is_colon(c) || punct::is_semicolon(c) {
            let (t, _) = end(k);
            return (t, if t.is_some() { punct::trim(&rest[k + c.len_utf8()..]) } else { rest });
        }
        if chars >= 2 {
            let here = &rest[k..];
            if here.starts_with("序号") || inline::title_marker(here).is_some_and(|m| m.number == 1) {
                return end(k);
            }
        }
        chars += 1;
    }
    let t = punct::trim(rest);
    if t.is_empty() || t.contains(punct::is_comma) { (None, rest) } else { (Some(t), "") }
}

/// Cut `text` (a line of a box, or the text after its title) where a marker
/// that continues the box's `numbering` follows a break, into `out`.
fn cut_items<'c>(text: &'c str, start: usize, numbering: &mut Numbering, out: &mut Vec<Line<'c>>) {
    if let Some(m) = marker(text).filter(|m| numbering.fits(m)) {
        numbering.see(&m);
    }
    let mut from = 0;
    for b in inline::breaks(text) {
        if b.at <= from {
            continue;
        }
        if let Some(m) = inline::inline_marker(&text[b.at..]).filter(|m| numbering.fits(m)) {
            numbering.see(&m);
            let piece = punct::trim(&text[from..b.at]);
            if !piece.is_empty() {
                out.push(Line { text: piece, start: start + offset_in(text, piece) });
            }
            from = b.at;
        }
    }
    let piece = punct::trim(&text[from..]);
    if !piece.is_empty() {
        out.push(Line { text: piece, start: start + offset_in(text, piece) });
    }
}

/// Whether a line break of the text lies between cleaned offsets `a` and `b`.
fn break_between(src: &Source<'_>, a: usize, b: usize) -> bool {
    let nl = src.newlines();
    let k = nl.partition_point(|&x| x < a);
    nl.get(k).is_some_and(|&x| x < b)
}

/// A box found in a run of lines: its lines, and its block (children at
/// level 1 up; see [`attach`]).
pub(crate) struct Found<'a> {
    pub(crate) lines: Range<usize>,
    pub(crate) block: Block<'a>,
}

/// The box starting at line `at` (which [`starts_box`]): its lines and its
/// block.
pub(crate) fn read<'a>(
    src: &Source<'a>,
    lines: &[Line<'_>],
    marks: &[Option<Marker<'_>>],
    at: usize,
    max_depth: usize,
    diags: &mut Vec<Diagnostic>,
) -> Result<Option<Found<'a>>, Error> {
    let first = lines[at];
    let Some(bm) = box_marker(first.text) else { return Ok(None) };
    let (title, rest) = title(bm.rest);
    let mut numbering = Numbering::default();
    let mut content: Vec<Line<'_>> = Vec::new();
    if !rest.is_empty() {
        let start = first.start + offset_in(first.text, rest);
        cut_items(rest, start, &mut numbering, &mut content);
    }
    // only a title so far: a list of the box's own may start at 1
    let title_only = rest.is_empty();
    let mut end = at + 1;
    while let Some(l) = lines.get(end) {
        let prev = lines[end - 1];
        if starts_box(l.text) {
            break;
        }
        let same = !break_between(src, prev.end(), l.start);
        let take = match marks[end] {
            Some(m) => {
                numbering.fits(&m)
                    && (m.number > 1 || same && ends_colon(prev.text) || !same && title_only && end == at + 1)
            }
            // (a box's note, or an item of its dashed list)
            None => {
                same || !ends_sentence(prev.text) && !ends_sentence(l.text)
                    || is_note(l.text)
                    || is_dash_item(l.text) && (end == at + 1 && title_only || is_dash_item(prev.text))
            }
        };
        if !take {
            break;
        }
        src.work(l.text.len());
        cut_items(l.text, l.start, &mut numbering, &mut content);
        end += 1;
    }
    // a table in the box (an indicator table): its lines are kept out of
    // the box's text
    let mut tables = Vec::new();
    let mut rows = Vec::new();
    if table::candidate(src, &content) {
        let found = table::tables(src, &content, diags);
        if !found.is_empty() {
            let mut kept = Vec::with_capacity(content.len());
            let mut from = 0;
            for f in found {
                kept.extend_from_slice(&content[from..f.lines.start]);
                from = f.lines.end;
                tables.push(f.table);
                rows.extend(f.rows);
            }
            kept.extend_from_slice(&content[from..]);
            content = kept;
        }
    }
    let marks: Vec<Option<Marker<'_>>> = content.iter().map(|l| marker(l.text)).collect();
    let (hints, top) = block::capacity_hints(&marks);
    let mut builder = Builder::new(src, max_depth.saturating_sub(1).max(1), top, marks.iter().flatten().count());
    for (k, l) in content.iter().enumerate() {
        builder.line(l, marks[k], hints[k]);
        if let Some((depth, span)) = builder.too_deep() {
            return Err(Error::TooDeep {
                depth: depth + 1,
                limit: max_depth,
                location: crate::render::Location::new(src.raw, span),
            });
        }
    }
    let (paragraphs, mut children, _): (Vec<Paragraph<'a>>, Vec<Block<'a>>, _) = builder.finish(diags);
    if !rows.is_empty() {
        rows.extend(children);
        children = rows;
        children.sort_by_key(|c| c.span.start);
    }
    let (marker_text, marker_span) = src.node(bm.text);
    let (title, title_span) = match title.map(|t| src.node(t)) {
        Some((t, s)) => (Some(t), Some(s)),
        None => (None, None),
    };
    let span = src.span_of(first.text).cover(&src.span_of(lines[end - 1].text));
    let mut block = Block {
        kind: BlockKind::Box,
        level: 1,
        marker: marker_text,
        marker_span,
        number: bm.number,
        title,
        title_span,
        paragraphs,
        responsibilities: Vec::new(),
        children,
        rare: None,
        span,
    };
    if !tables.is_empty() {
        *block.tables_mut() = tables;
    }
    Ok(Some(Found { lines: at..end, block }))
}

/// Put a box into the block it is printed in: the innermost block whose
/// marker comes before it, among its children in text order (at the top
/// level when no block comes before it).
pub(crate) fn attach<'a>(blocks: &mut Vec<Block<'a>>, mut b: Block<'a>) {
    let Some(k) = blocks.iter().rposition(|x| x.marker_span.start <= b.span.start) else {
        blocks.insert(0, b);
        return;
    };
    let mut parent = &mut blocks[k];
    loop {
        parent.span = parent.span.cover(&b.span);
        let before = parent.children.partition_point(|c| c.marker_span.start <= b.span.start);
        // the child open where the box is printed, unless it is a box
        if before > 0 && parent.children[before - 1].kind != BlockKind::Box {
            parent = &mut parent.children[before - 1];
            continue;
        }
        relevel(&mut b, parent.level.saturating_add(1));
        parent.children.insert(before, b);
        return;
    }
}

fn relevel(b: &mut Block<'_>, level: u16) {
    b.level = level;
    for c in &mut b.children {
        relevel(c, level.saturating_add(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn box_markers() {
        let m = box_marker("专栏1\u{3000}“十三五”主要指标").unwrap();
        assert_eq!((m.text, m.number, m.rest), ("专栏1", 1, "“十三五”主要指标"));
        let m = box_marker("专栏12：重点工程").unwrap();
        assert_eq!((m.text, m.number, m.rest), ("专栏12：", 12, "重点工程"));
        assert_eq!(box_marker("专栏三 重大工程").map(|m| m.number), Some(3));
        assert!(box_marker("专栏期刊等").is_none());
        assert!(box_marker("专栏1中的指标").is_none());
        assert!(box_marker("专栏2。").is_none());
        assert!(box_marker("专栏3").is_none());
        assert_eq!(box_marker("专栏4：中国参加的国际公约").map(|m| m.rest), Some("中国参加的国际公约"));
    }

    #[test]
    fn titles() {
        assert_eq!(title("安全生产治本攻坚重点"), (Some("安全生产治本攻坚重点"), ""));
        assert_eq!(title("重点工程（一）工业污染源。限期改造。"), (Some("重点工程"), "（一）工业污染源。限期改造。"));
        assert_eq!(title("主要指标序号指标2020年"), (Some("主要指标"), "序号指标2020年"));
        assert_eq!(title("重点内容\u{3000}\u{3000}四、重点工程"), (Some("重点内容"), "四、重点工程"));
        assert_eq!(title("主要环保指标\u{a0}指标2005年"), (Some("主要环保指标"), "指标2005年"));
        assert_eq!(title("主要指标指\u{3000}\u{3000}标2015年"), (Some("主要指标"), "指\u{3000}\u{3000}标2015年"));
        assert_eq!(title("重点工程：主要污染物减排工程。"), (Some("重点工程"), "主要污染物减排工程。"));
        // prose glued to the title: no title
        assert_eq!(title("加强基础调查加大调查力度，重点开展普查。").0, None);
    }

    #[test]
    fn notes_and_dashed_items() {
        for t in ["注：带“*”的为约束性指标。", "注1：单位为万元。", "注:以上为预期值", "说明：数据来源于统计年鉴。"]
        {
            assert!(is_note(t), "{t}");
        }
        for t in ["注重实效。", "注册资本", "说明书", "注12三：", "主要指标"] {
            assert!(!is_note(t), "{t}");
        }
        assert!(is_dash_item("——智慧养老工程。建设平台。"));
        assert!(!is_dash_item("———"));
        assert!(!is_dash_item("—智慧养老"));
        assert!(!is_dash_item("一、总体要求"));
    }
}
