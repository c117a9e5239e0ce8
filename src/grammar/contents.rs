//! The table of contents (目录) that regulations and plans print before
//! their body: a `目录` / `目　　录` heading and a run of 第X章 / 第X节 / 一、
//! lines with no text under them, then the same headings again with their
//! text. Also the same run without its heading, recognised by its numbering
//! restarting at the first entry, and entries run together on one line
//! (`第一章 总则 第二章 任免范围 …`).
//!
//! The list is kept as `Document::contents`, never as empty blocks.

use super::marker::Marker;
use crate::ast::BlockKind;
use crate::punct;
use crate::source::Line;

/// Longest contents entry, in characters.
const MAX_ENTRY_CHARS: usize = 60;
/// Most lines read between the start of a document and its contents.
const MAX_LEAD: usize = 6;

/// Where the contents are, as indices into the line list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// First line (the 目录 heading when there is one).
    pub(crate) start: usize,
    /// One past the last entry line.
    pub(crate) end: usize,
    /// Whether a 目录 heading opens the list.
    pub(crate) heading: bool,
}

/// `目录`, `目　　录`, `目 录` alone on a line (a trailing colon allowed).
pub(crate) fn is_contents_heading(text: &str) -> bool {
    // cheap: 目 starts the line, and the line is short
    if !text.starts_with('目') || text.len() > 40 {
        return false;
    }
    let mut chars = text.chars().filter(|&c| !punct::is_space(c) && !punct::is_colon(c));
    chars.next() == Some('目') && chars.next() == Some('录') && chars.next().is_none()
}

/// Kinds of heading a contents list lists.
fn listed_kind(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Part
            | BlockKind::Subpart
            | BlockKind::Chapter
            | BlockKind::Division
            | BlockKind::Section
            | BlockKind::Decimal
    )
}

/// Whether `m` is the heading `first` again (the same kind, number and
/// decimal depth: `1.1` is no restart of `1`).
fn same_marker(m: &Marker<'_>, first: &Marker<'_>) -> bool {
    m.kind == first.kind && m.number == first.number && super::marker::depth(m) == super::marker::depth(first)
}

/// Most entries run together on one contents line.
const MAX_ENTRIES_PER_LINE: usize = 40;

/// A contents entry line: a listed heading whose title is a short phrase
/// (no sentence end, semicolon or colon; a title may hold a comma), or
/// several such headings run together.
fn is_entry(text: &str, mark: Option<Marker<'_>>) -> bool {
    mark.is_some_and(|m| listed_kind(m.kind))
        && text.len() <= MAX_ENTRY_CHARS * MAX_ENTRIES_PER_LINE * 4
        && !text.contains(|c: char| punct::is_sentence_end(c) || punct::is_semicolon(c) || punct::is_colon(c))
        && entries(text).all(|e| super::chars_in(e, 0, MAX_ENTRY_CHARS))
}

/// An entry under a 目录 heading that is no listed heading (`附　　则`, `序言`,
/// `1.1　编制目的及依据`): a short phrase.
fn is_plain_entry(text: &str, mark: Option<Marker<'_>>) -> bool {
    !mark.is_some_and(|m| listed_kind(m.kind))
        && super::chars_in(text, 0, MAX_ENTRY_CHARS)
        && !text.contains(|c: char| punct::is_sentence_end(c) || punct::is_semicolon(c) || punct::is_colon(c))
}

/// The entries of a contents line: split before each 第X编/章/节 that
/// follows the first one (entries run together on one line).
pub(crate) fn entries(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = ordinal_starts(rest).find(|&i| i > 0).unwrap_or(rest.len());
        let (entry, tail) = rest.split_at(cut);
        rest = tail;
        Some(punct::trim(entry))
    })
    .filter(|e| !e.is_empty())
}

/// Offsets of each `第` that opens a 第X编/章/节 heading in `text`.
fn ordinal_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.match_indices('第').map(|(i, _)| i).filter(move |&i| {
        let after = &text[i + '第'.len_utf8()..];
        let numeral = after.len()
            - after.trim_start_matches(|c: char| super::numeral::is_cn_digit(c) || super::numeral::is_digit(c)).len();
        numeral > 0 && after[numeral..].starts_with(['编', '章', '节'])
    })
}

/// Whether the title of `a` and of `b` are the same heading, white space
/// ignored (`总 则` and `总则`).
fn same_heading(a: &str, b: &str) -> bool {
    let squeeze = |s: &str| s.chars().filter(|&c| !punct::is_space(c)).collect::<String>();
    squeeze(a) == squeeze(b)
}

/// A list under a 目录 heading at `h` whose entries carry no heading marker
/// the grammar knows (`1　总则`, `1.1　编制目的`): short phrases up to the line
/// that repeats the first entry, where the body starts (none if no line
/// repeats it).
fn unnumbered(lines: &[Line<'_>], marks: &[Option<Marker<'_>>], h: usize) -> Option<Found> {
    let s = h + 1;
    let first = lines.get(s)?.text;
    if !is_plain_entry(first, marks[s]) && !is_entry(first, marks[s]) {
        return None;
    }
    let e = (s + 1..lines.len())
        .take_while(|&k| is_plain_entry(lines[k].text, marks[k]) || is_entry(lines[k].text, marks[k]))
        .find(|&k| same_heading(lines[k].text, first))?;
    Some(Found { start: h, end: e, heading: true })
}

/// Find the contents at the start of a document's lines (within the first
/// few lines, before any text that is not a heading).
pub(crate) fn find(lines: &[Line<'_>], marks: &[Option<Marker<'_>>]) -> Option<Found> {
    let lead = lines.iter().take(MAX_LEAD).position(|l| is_contents_heading(l.text));
    if let Some(h) = lead {
        // the list: entries up to where the numbering restarts at the first
        let s = h + 1;
        let first = marks.get(s).copied().flatten().filter(|_| is_entry(lines[s].text, marks[s]));
        let Some(first) = first else { return unnumbered(lines, marks, h) };
        let mut e = s + 1;
        while e < lines.len() {
            let restart = marks[e].is_some_and(|m| same_marker(&m, &first));
            let entry = is_entry(lines[e].text, marks[e]) || is_plain_entry(lines[e].text, marks[e]);
            if restart || !entry {
                break;
            }
            e += 1;
        }
        return Some(Found { start: h, end: e, heading: true });
    }
    // no heading: a run of headings with no text under them, starting at 1,
    // whose numbering then restarts at the first with the same title
    let s = marks.iter().take(MAX_LEAD).position(Option::is_some)?;
    let first = marks[s].filter(|m| m.number == 1 && is_entry(lines[s].text, marks[s]))?;
    let first_title = entries(first.rest).next().unwrap_or("");
    let mut e = s + 1;
    while e < lines.len() && is_entry(lines[e].text, marks[e]) {
        if marks[e].is_some_and(|m| same_marker(&m, &first)) {
            break;
        }
        e += 1;
    }
    let restart = marks.get(e).copied().flatten()?;
    let listed: usize = lines[s..e].iter().map(|l| entries(l.text).count()).sum();
    let restarts =
        same_marker(&restart, &first) && same_heading(entries(restart.rest).next().unwrap_or(""), first_title);
    (restarts && listed >= 2).then_some(Found { start: s, end: e, heading: false })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::marker::marker;
    use crate::source::test_lines;

    fn found(text: &str) -> Option<Found> {
        let lines: Vec<_> = test_lines(text).into_iter().filter(|l| !l.text.is_empty()).collect();
        let marks: Vec<_> = lines.iter().map(|l| marker(l.text)).collect();
        find(&lines, &marks)
    }

    #[test]
    fn headings() {
        assert!(is_contents_heading("目录"));
        assert!(is_contents_heading("目　　录"));
        assert!(is_contents_heading("目 录："));
        assert!(!is_contents_heading("目录清单"));
        assert!(!is_contents_heading("目标"));
    }

    #[test]
    fn contents_with_a_heading() {
        let text = "某某条例\n目　　录\n第一章　总　　则\n第二章　管理\n第一节　一般规定\n第三章　附　　则\n第一章　总　　则\n第一条　为了规范管理，制定本条例。";
        assert_eq!(found(text), Some(Found { start: 1, end: 6, heading: true }));
        // one line holding every entry
        let text =
            "目录\n第一章　形势　第一节　进展　第二节　短板第二章　指导思想，原则\n第一章　形势\n第一节　进展\n正文。";
        assert_eq!(found(text), Some(Found { start: 0, end: 2, heading: true }));
        let line = "第一章　形势　第一节　进展　第二节　短板第二章　指导思想";
        assert_eq!(
            entries(line).collect::<Vec<_>>(),
            ["第一章　形势", "第一节　进展", "第二节　短板", "第二章　指导思想"]
        );
        // entries numbered 1 / 1.1, which are no headings here
        let text = "某某预案\n目　　录\n1　总则\n1.1　编制目的\n2　组织机构\n1　总则\n1.1　编制目的\n为了做好工作，制定本预案。";
        assert_eq!(found(text), Some(Found { start: 1, end: 5, heading: true }));
        // a 目录 heading whose entries never repeat is not taken
        let text = "目录\n总则\n组织机构\n为了做好工作，制定本预案。";
        assert_eq!(found(text), None);
    }

    #[test]
    fn contents_without_a_heading() {
        let text = "第一章 总 则\n第二章 规划\n第三章 节水\n第一节 取水\n第四章 附 则\n第一章 总 则\n第一条 为了节水，制定本条例。";
        assert_eq!(found(text), Some(Found { start: 0, end: 5, heading: false }));
        let text = "第一章 总则 第二章 任免范围 第三章 附则\n第一章 总 则\n第一条 为了规范任免，制定本条例。";
        assert_eq!(found(text), Some(Found { start: 0, end: 1, heading: false }));
        let text = "一、总体要求\n二、重点任务\n三、保障措施\n一、总体要求\n（一）指导思想。坚持发展。";
        assert_eq!(found(text), Some(Found { start: 0, end: 3, heading: false }));
    }

    #[test]
    fn real_headings_are_no_contents() {
        // a chapter whose first division follows at once: real content
        let text =
            "第一章 总则\n第一节 一般规定\n第一条 为了规范管理，制定本规定。\n第二节 适用\n第二条 本规定适用于全市。";
        assert_eq!(found(text), None);
        // headings each with text
        let text = "一、总体要求\n坚持发展。\n二、重点任务\n加强管理。";
        assert_eq!(found(text), None);
        // a restart with another title is a second document, not contents
        let text = "一、总体要求\n二、重点任务\n一、工作目标\n（一）到2025年。";
        assert_eq!(found(text), None);
        // a 目录 word in prose is no heading
        let text = "编制目录清单。\n一、总体要求\n坚持发展。";
        assert_eq!(found(text), None);
    }
}
