//! Decimal outlines: emergency plans (应急预案), technical documents and
//! some plans number their sections `1　总则` / `1.1　编制目的` /
//! `4.2.3　…`. [`marker`](super::marker) reads such a number at a line's
//! start as a marker of kind `decimal`; this module decides, over a whole
//! text or one document, which of them are headings.
//!
//! - A number of two or more components (`1.1　编制目的`) is a heading only
//!   where the text holds at least [`MIN_NUMBERED`] of them: one line
//!   `2.1 万人…` in prose makes no outline.
//! - A bare number (`1　总则`) is a heading only when the next decimal
//!   heading after it is numbered under it (`1.1`, `1.2`…), or when it
//!   continues the outline before it (`8　附则` after `7.3`, with no `8.1`):
//!   a line `3 个工作日内` elsewhere is no heading; nor when the next
//!   decimal heading is the next bare number, itself a heading (`1　范围`
//!   `2　规范性引用文件` of a standard, before `3　术语和定义` `3.1　…`).
//! - In one document, the decimal class stands only when the document's
//!   first heading of an outline kind (not a （1） or ① list, a table row
//!   or a box) is decimal: a `1.1` line inside a document numbered 一、 /
//!   1. stays a paragraph.
//!
//! - A lettered appendix clause (`A.1　范围`, `A.2.1　…` of a standard's
//!   附录A) is a decimal number whose depth is its components after the
//!   letter: never a number of prose, it needs no number under it, and
//!   one of them is an outline (a 附录B of one clause `B.1`).
//!
//! Cost: one pass over the markers, a kind compare each, and two more
//! over a text that has decimal markers (a list of the bare numbers that
//! continue the outline is allocated then).

use super::marker::{Marker, depth, is_lettered};
use crate::ast::BlockKind;
use crate::punct;
use crate::source::Source;

/// Fewest numbers of two or more components that make a decimal outline.
const MIN_NUMBERED: usize = 2;

/// The first component of a decimal marker's number (`2.1.3` → 2).
fn first_component(m: &Marker<'_>) -> u32 {
    // (`A.2.1` of a lettered appendix: 2)
    let text = if is_lettered(m) { m.text[1..].trim_start_matches(['.', '\u{FF0E}']) } else { m.text };
    let run = text.len() - text.trim_start_matches(super::numeral::is_digit).len();
    super::numeral::digits_value(&text[..run]).unwrap_or(0)
}

fn is_decimal(m: &Option<Marker<'_>>) -> bool {
    m.is_some_and(|m| m.kind == BlockKind::Decimal)
}

/// Whether any of `marks` is a decimal outline number.
pub(crate) fn any(marks: &[Option<Marker<'_>>]) -> bool {
    marks.iter().any(is_decimal)
}

/// Drop the decimal markers of `marks` that are no headings (see the
/// module's notes): bare numbers not followed by a number under them, and
/// every one when too few numbers of several components remain. With
/// `document`, `marks` are one document's and the class must also open its
/// outline. Returns whether any decimal marker remains.
pub(crate) fn confirm(marks: &mut [Option<Marker<'_>>], document: bool) -> bool {
    if !any(marks) {
        return false;
    }
    // bare numbers that continue the outline before them (`8　附则` after
    // `7.3`: a last section without numbered sections under it)
    let mut continuing = Vec::new();
    let mut prev: Option<u32> = None;
    for (i, m) in marks.iter().enumerate() {
        let Some(x) = m.filter(|x| x.kind == BlockKind::Decimal) else { continue };
        if depth(&x) == 1 && prev.is_some_and(|p| p + 1 == x.number) {
            continuing.push(i);
        }
        prev = Some(first_component(&x));
    }
    // from the end: the next decimal heading's first component and depth
    let mut next: Option<(u32, u8)> = None;
    let mut numbered = 0;
    let mut lettered_any = false;
    for (i, m) in marks.iter_mut().enumerate().rev() {
        let Some(x) = m.filter(|x| x.kind == BlockKind::Decimal) else { continue };
        let d = depth(&x);
        let above_next = next.is_some_and(|(f, nd)| nd >= 2 && f == x.number);
        // (`1　范围` `2　规范性引用文件` before `3　术语和定义` `3.1　…`: the
        // sections of a standard with no numbers under them, each
        // followed by the next bare number of a confirmed outline)
        let before_next = next.is_some_and(|(f, nd)| nd == 1 && f == x.number.saturating_add(1));
        // (a lettered appendix clause, `A.1　范围`, is no number of prose)
        let lettered = is_lettered(&x);
        if d == 1 && !lettered && !above_next && !before_next && continuing.binary_search(&i).is_err() {
            *m = None;
            continue;
        }
        numbered += usize::from(d >= 2);
        lettered_any |= lettered;
        next = Some((first_component(&x), d));
    }
    let opens = !document
        || marks
            .iter()
            .flatten()
            .find(|m| {
                !matches!(
                    m.kind,
                    BlockKind::Subitem
                        | BlockKind::Letter
                        | BlockKind::ParenItem
                        | BlockKind::Circled
                        | BlockKind::Row
                        | BlockKind::Box
                )
            })
            .is_some_and(|m| m.kind == BlockKind::Decimal);
    // (one lettered clause is an outline: `B.1` of a short 附录B)
    if numbered < MIN_NUMBERED && !lettered_any || !opens {
        for m in marks.iter_mut().filter(|m| is_decimal(m)) {
            *m = None;
        }
        return false;
    }
    true
}

/// Most characters of a decimal clause's title that one space ends
/// ([`spaced_title`]).
const MAX_SPACED_TITLE: usize = 20;

/// The title of a decimal clause that one space separates from its text,
/// as a standard pasted on one line prints it (`5.2 技术要求 应采用…`), and
/// a term's entry with its English equivalent (`3.1 政务数据 government
/// data 各级政务部门…`: the title takes the English words): `first` is the
/// clause's text after its number. The space is in the cleaned text, or
/// was removed by cleaning as a stray space between two CJK characters (the
/// raw input shows it: [`Source::space_removed_at`], asked only where the
/// text is not verbatim). The title is two to [`MAX_SPACED_TITLE`]
/// characters of no punctuation nor white space, and text must follow it.
/// Cost: at most [`MAX_SPACED_TITLE`] characters read, and two lookups in
/// the offset map each where the text is not verbatim.
pub(crate) fn spaced_title<'t>(src: &Source<'_>, first: &'t str) -> Option<(&'t str, &'t str)> {
    let head = punct::head(first, MAX_SPACED_TITLE * 4 + 4);
    let verbatim = src.is_verbatim(head);
    let base = src.offset(first);
    let mut end = None;
    for (n, (at, c)) in head.char_indices().enumerate() {
        if n > MAX_SPACED_TITLE {
            return None;
        }
        if punct::is_inline_space(c) || (!verbatim && n >= 2 && src.space_removed_at(base + at)) {
            end = Some(at).filter(|_| n >= 2);
            break;
        }
        if !(punct::is_ideograph(c) || c.is_ascii_alphanumeric()) {
            return None;
        }
    }
    let end = end?;
    let rest = punct::trim_start(&first[end..]);
    // (a term's English equivalent: latin words and spaces up to the text)
    let english = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == '-').len();
    let (title, rest) = if english > 0 && rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        let title = first[..end + (first.len() - end - rest.len()) + english].trim_end();
        (title, punct::trim_start(&rest[english..]))
    } else {
        (&first[..end], rest)
    };
    (!rest.is_empty()
        && rest.starts_with(|c: char| punct::is_ideograph(c) || punct::is_lparen(c) || c == punct::QUOTE_L))
    .then_some((title, rest))
}

/// Whether the lead sentence of a decimal clause recommends (宜, 不宜:
/// `5.2.1　有条件的小区宜加装电梯。`): a provision of a standard or guide,
/// as one with 应 / 可 / 须 / 不得 is, never a run-in title. 宜 in a word
/// (适宜, 事宜, 便宜, 因地制宜, 宜居) does not count. Asked only of a decimal
/// heading's text before its 。: one `memmem` search of at most a title's
/// bytes.
pub(crate) fn recommends(lead: &str) -> bool {
    const YI: &str = "宜";
    const BEFORE: [&str; 3] = ["适", "事", "便"];
    let b = lead.as_bytes();
    memchr::memmem::find_iter(b, YI.as_bytes()).any(|i| {
        let before = &lead[..i];
        let after = &lead[i + YI.len()..];
        !BEFORE.iter().any(|w| before.ends_with(w)) && !before.ends_with("地制") && !after.starts_with(['居', '人'])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::marker::marker;

    fn kept(lines: &[&str], document: bool) -> Vec<Option<String>> {
        let mut marks: Vec<_> = lines.iter().map(|l| marker(l)).collect();
        confirm(&mut marks, document);
        marks.iter().map(|m| m.map(|m| m.text.to_string())).collect()
    }

    fn s(t: &str) -> Option<String> {
        Some(t.to_string())
    }

    #[test]
    fn an_outline_is_confirmed() {
        let lines = ["1　总则", "1.1　编制目的", "为了做好工作。", "1.2　编制依据", "2　组织指挥", "2.1　指挥部"];
        assert_eq!(kept(&lines, true), [s("1"), s("1.1"), None, s("1.2"), s("2"), s("2.1")]);
    }

    #[test]
    fn a_bare_number_needs_a_number_under_it() {
        // 3 is followed by 1.2 (not under it), nor continues 1.1: no heading
        let lines = ["1　总则", "1.1　编制目的", "3　附则", "1.2　编制依据"];
        assert_eq!(kept(&lines, true), [s("1"), s("1.1"), None, s("1.2")]);
        // a last section with no numbers under it continues the outline
        let lines = ["1　总则", "1.1　编制目的", "1.2　适用范围", "2　附则", "本预案自印发之日起实施。"];
        assert_eq!(kept(&lines, true), [s("1"), s("1.1"), s("1.2"), s("2"), None]);
        // bare numbers before the next bare number, itself a heading
        let lines = ["1　范围", "本文件规定了…", "2　规范性引用文件", "3　术语和定义", "3.1　老旧小区", "3.2　社区"];
        assert_eq!(kept(&lines, true), [s("1"), None, s("2"), s("3"), s("3.1"), s("3.2")]);
        // …not before a number that skips one, nor before one that is no heading
        let lines = ["1　范围", "3　术语和定义", "3.1　老旧小区", "3.2　社区"];
        assert_eq!(kept(&lines, true), [None, s("3"), s("3.1"), s("3.2")]);
        let lines = ["1.1　目的", "1.2　依据", "3 个工作日内办结。", "4 个工作日内答复。", "2　组织", "2.1　指挥部"];
        assert_eq!(kept(&lines, true), [s("1.1"), s("1.2"), None, None, s("2"), s("2.1")]);
        // bare numbers alone make no outline
        let lines = ["1　总则", "2　组织指挥", "3　附则"];
        assert_eq!(kept(&lines, true), [None, None, None]);
    }

    /// The title of `raw`'s decimal clause (its number and the space after
    /// it cut off) and its text, as [`spaced_title`] reads them.
    fn spaced(raw: &str) -> Option<(String, String)> {
        let src = Source::new(raw);
        let text: &str = &src.clean.text;
        let m = marker(text)?;
        spaced_title(&src, m.rest).map(|(t, r)| (t.to_string(), r.to_string()))
    }

    fn pair(t: &str, r: &str) -> Option<(String, String)> {
        Some((t.to_string(), r.to_string()))
    }

    #[test]
    fn one_space_ends_a_standards_clause_title() {
        // the space removed by cleaning (between two ideographs) is read
        // off the raw input
        assert_eq!(spaced("5.2 技术要求 应采用接口方式共享。"), pair("技术要求", "应采用接口方式共享。"));
        assert_eq!(spaced("4.1\u{3000}基本原则\u{3000}应遵循需求导向原则。"), pair("基本原则", "应遵循需求导向原则。"));
        // a term and its English equivalent, then its definition
        assert_eq!(
            spaced("3.1 政务数据 government data 各级政务部门在履行职责过程中产生的数据。"),
            pair("政务数据 government data", "各级政务部门在履行职责过程中产生的数据。")
        );
        assert_eq!(
            spaced("3.2 共享 sharing 政务部门之间提供数据的行为。"),
            pair("共享 sharing", "政务部门之间提供数据的行为。")
        );
        // no space, punctuation before it, a title too long, nothing after
        for raw in [
            "5.2 技术要求应采用接口方式共享。",
            "4.2.3 省级指挥部接到通知后，要立即 启动应急响应。",
            "5.2 这是一个长度超过了二十个字符上限的一句话的开头部分 然后才是正文",
            "5.2 技术要求",
            "5.2 技术要求 2025年",
            "5.2 要 求",
        ] {
            assert_eq!(spaced(raw), None, "{raw}");
        }
    }

    #[test]
    fn a_recommendation_is_a_provision() {
        for lead in ["有条件的小区宜加装电梯", "供电设施改造宜采用地埋方式", "屋面不宜采用金属板"]
        {
            assert!(recommends(lead), "{lead}");
        }
        for lead in ["编制目的", "选择适宜树种", "相关事宜", "因地制宜推进改造", "建设宜居社区"]
        {
            assert!(!recommends(lead), "{lead}");
        }
    }

    #[test]
    fn one_number_makes_no_outline() {
        let lines = ["某某方案", "2.1 万人参加培训", "（1）加强领导。"];
        assert_eq!(kept(&lines, false), [None, None, s("（1）")]);
    }

    #[test]
    fn a_document_numbered_otherwise_keeps_its_outline() {
        // 1.1 under an item 1.: the document's outline is 一、 / 1.
        let lines = ["一、总体要求", "1.加强领导", "1.1 明确责任", "1.2 强化考核"];
        assert_eq!(kept(&lines, true), [s("一、"), s("1."), None, None]);
        // over a whole text (not one document) the class stands
        assert_eq!(kept(&lines, false), [s("一、"), s("1."), s("1.1"), s("1.2")]);
        // lists before the first decimal heading do not decide
        let lines = ["（1）说明", "1.1　目的", "1.2　依据"];
        assert_eq!(kept(&lines, true), [s("（1）"), s("1.1"), s("1.2")]);
    }
}
