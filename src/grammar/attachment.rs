//! 附件: the list after a body (`附件：1. … 2. …`, `附件：…`, `附件1：…`),
//! and the attachment bodies that follow a `附件` / `附件1` label line.
//! A body that is a table flattened one cell per line is recognised as such.

use super::marker::marker;
use super::numeral::{arabic, cn_numeral};
use crate::ast::BlockKind;
use crate::punct;
use crate::source::Line;
use nom::{IResult, Parser, branch::alt, bytes::complete::tag, combinator::opt};

/// Longest table cell that counts as a header cell, in characters.
pub(crate) const MAX_HEADER_CELL: usize = 8;

/// `附件` + optional number; then what follows it.
fn label(i: &str) -> IResult<&str, Option<u32>> {
    let (i, _) = tag("附件").parse(i)?;
    opt(alt((arabic, cn_numeral))).parse(i)
}

/// One line of the attachment region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AttachLine<'c> {
    /// `附件：TITLE`, `附件1：TITLE`, or a following `2.TITLE` of the list.
    Entry { number: Option<u32>, title: &'c str },
    /// `附件` / `附件1` alone (optionally followed by the title): the body
    /// of an attachment starts here.
    Label { number: Option<u32>, title: Option<&'c str> },
}

/// Read a line as a 附件 line (or the label of a lettered 附录, see
/// [`appendix_label`]).
// (asked of most lines of a document, where both words start with 附: one
// compare of its three bytes answers for the lines that start otherwise,
// before the reader's frame is set up)
#[inline]
pub(crate) fn attach_line(text: &str) -> Option<AttachLine<'_>> {
    if !punct::has_prefix(text.as_bytes(), FU.as_bytes()) {
        return None;
    }
    read_attach_line(text)
}

/// The character both words of [`attach_line`] start with.
const FU: &str = "附";

/// [`attach_line`] of a line that starts with [`FU`]. (Out of line, so
/// that the test before it is inlined where it is asked, every line.)
#[inline(never)]
fn read_attach_line(text: &str) -> Option<AttachLine<'_>> {
    if text.starts_with(APPENDIX) {
        return appendix_label(text);
    }
    let Ok((rest, number)) = label(text) else {
        // 附：TITLE, `附：` alone: the word's short form, as older documents
        // and the 请示 a notice forwards print it (附：…计划表 over the
        // signature, then 附： over the table)
        return text[FU.len()..].strip_prefix(punct::is_colon).map(|after| after_colon(after, None));
    };
    if number == Some(0) {
        return None; // 附件0 is no attachment label
    }
    let rest = rest.trim_start_matches(punct::is_space);
    if let Some(after) = rest.strip_prefix(punct::is_colon) {
        return Some(after_colon(after, number));
    }
    if rest.is_empty() {
        return Some(AttachLine::Label { number, title: None });
    }
    // 附件1.TITLE, 附件1、TITLE: the number's dot separates it as a colon
    // would; not 附件1、2所列任务 (numbers listed in a sentence)
    if let Some(after) = rest.strip_prefix(['.', punct::FW_DOT, punct::DUNHAO]).filter(|_| number.is_some()) {
        let after = punct::trim(after);
        if after.is_empty() {
            return Some(AttachLine::Label { number, title: None });
        }
        let prose = after.starts_with(|c: char| c.is_ascii_digit()) || punct::find_prose_punct(after).is_some();
        return (!prose).then_some(AttachLine::Entry { number, title: after });
    }
    // 附件1 TITLE (a label with its title on the same line), only with a number
    // and no sentence in it
    (number.is_some() && punct::find_prose_punct(rest).is_none())
        .then_some(AttachLine::Label { number, title: Some(rest) })
}

/// A 附件 line after its colon: a label alone, an entry (`附件：1.TITLE`
/// numbered by its marker), or an entry of its own number.
fn after_colon(after: &str, number: Option<u32>) -> AttachLine<'_> {
    let after = punct::trim(after);
    if after.is_empty() {
        return AttachLine::Label { number, title: None };
    }
    // 附件：1.TITLE
    if let Some(m) = marker(after).filter(|m| m.kind == BlockKind::Item && number.is_none()) {
        return AttachLine::Entry { number: Some(m.number), title: m.rest };
    }
    AttachLine::Entry { number, title: after }
}

/// The word that opens an appendix of a standard, guide or specification.
const APPENDIX: &str = "附录";

/// The label of an appendix, as standards and technical guides print it
/// after their last clause: `附录A`, `附录 B`, `附录C（规范性）`,
/// `附录A　改造项目清单`, `附录1`: a label like `附件1`, numbered by its
/// letter (A → 1), its note of kind (（规范性）, （资料性附录）) no part of
/// its title. The letter or number must stand alone (`附录A所列项目` is a
/// sentence), followed by nothing, white space, a colon or the note.
fn appendix_label(text: &str) -> Option<AttachLine<'_>> {
    let rest = text.strip_prefix(APPENDIX)?.trim_start_matches(punct::is_inline_space);
    let (rest, number) = match rest.chars().next()? {
        c @ 'A'..='Z' => (&rest[1..], u32::from(c) - u32::from('A') + 1),
        c @ '\u{FF21}'..='\u{FF3A}' => (&rest[c.len_utf8()..], u32::from(c) - 0xFF21 + 1),
        _ => {
            let (rest, n) = arabic(rest).ok()?;
            (rest, n)
        }
    };
    if number == 0 {
        return None;
    }
    let sep = rest.chars().next();
    if sep.is_some_and(|c| !(punct::is_space(c) || punct::is_colon(c) || punct::is_lparen(c))) {
        return None;
    }
    let mut rest = punct::trim(rest);
    if let Some(after) = strip_note(rest) {
        rest = punct::trim(after);
    }
    if let Some(after) = rest.strip_prefix(punct::is_colon) {
        rest = punct::trim(after);
    }
    let title = (!rest.is_empty()).then_some(rest);
    if title.is_some_and(|t| punct::find_prose_punct(t).is_some()) {
        return None;
    }
    Some(AttachLine::Label { number: Some(number), title })
}

/// Most characters inside an appendix's note of kind.
const MAX_NOTE: usize = 6;

/// `text` after an appendix's note of kind at its start — `（规范性）`,
/// `（资料性）`, `(规范性附录)`, `（提示的附录）`: a bracket of at most
/// [`MAX_NOTE`] characters ending in 性 or 附录.
fn strip_note(text: &str) -> Option<&str> {
    let open = text.chars().next().filter(|&c| punct::is_lparen(c))?;
    let inner = &text[open.len_utf8()..];
    let (at, close) = inner.char_indices().take(MAX_NOTE + 1).find(|&(_, c)| punct::is_rparen(c))?;
    let note = &inner[..at];
    (note.ends_with('性') || note.ends_with(APPENDIX)).then(|| &inner[at + close.len_utf8()..])
}

/// Whether a line is only an appendix's note of kind (`（资料性）` on the
/// line under `附录A`).
pub(crate) fn appendix_note(text: &str) -> bool {
    strip_note(text).is_some_and(|rest| punct::trim(rest).is_empty())
}

/// Whether a line is an appendix's label (`附录A`): a prefix compare.
pub(crate) fn is_appendix(text: &str) -> bool {
    text.starts_with(APPENDIX)
}

/// A further entry of a list started by `附件：1.…`: `2.TITLE`.
pub(crate) fn list_continuation(text: &str) -> Option<(u32, &str)> {
    marker(text).filter(|m| m.kind == BlockKind::Item && !m.rest.is_empty()).map(|m| (m.number, m.rest))
}

/// Whether the first of `lines` (the lines after a bare `附件` label) is
/// the caption of a table that opens on the next line: a short title-like
/// line, no cell itself, followed by a line that starts with `序号`
/// (`重点任务分工表` / `序号` / `重点任务` / …, or a pipe or tab header).
pub(crate) fn caption(lines: &[Line<'_>]) -> bool {
    let [first, next, ..] = lines else { return false };
    let header = next.text.trim_start_matches(['|', ' ']);
    header.starts_with("序号")
        && !first.text.starts_with("序号")
        && !super::table::row_line(first.text)
        && super::chars_in(first.text, 2, MAX_CAPTION)
        && punct::find_prose_punct(first.text).is_none()
}

/// Most characters of a table's caption under a 附件 label.
const MAX_CAPTION: usize = 60;

/// Whether an attachment body is a table flattened one cell per line: it
/// opens with at least three short header cells in a row.
pub(crate) fn flattened_table<'c>(body: &[Line<'c>]) -> Option<Vec<&'c str>> {
    let cells: Vec<&str> = body
        .iter()
        .take(8)
        .map(|l| l.text)
        .skip_while(|t| t.chars().count() > MAX_HEADER_CELL)
        .take_while(|t| {
            t.chars().count() <= MAX_HEADER_CELL
                && punct::find_prose_punct(t).is_none()
                && !t.chars().all(|c| c.is_ascii_digit())
                // (a numbered line is a heading or an item of a list, as a
                // 名单 prints its units: no header cell)
                && marker(t).is_none()
        })
        .collect();
    (cells.len() >= 3).then_some(cells)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        text.lines().map(|t| Line { text: t, start: 0 }).collect()
    }

    #[test]
    fn both_words_start_with_the_gate_character() {
        // (attach_line answers None for any other first character)
        assert!(APPENDIX.starts_with(FU) && "附件".starts_with(FU));
        assert_eq!(attach_line("附"), None);
        assert_eq!(attach_line("二、附件说明"), None);
        assert_eq!(attach_line("附录A"), Some(AttachLine::Label { number: Some(1), title: None }));
    }

    #[test]
    fn a_caption_stands_before_the_header_of_its_table() {
        assert!(caption(&lines("重点任务分工表\n序号\n重点任务")));
        assert!(caption(&lines("2025年重点任务台账\n| 序号 | 重点任务 |")));
        assert!(caption(&lines("任务\n序号\t重点任务")));
        // a header cell, a row, prose, or no 序号 after it
        assert!(!caption(&lines("序号\n序号")));
        assert!(!caption(&lines("| 类别 |\n| 序号 |")));
        assert!(!caption(&lines("现将分工印发，请落实。\n序号")));
        assert!(!caption(&lines("重点任务分工表\n重点任务")));
        assert!(!caption(&lines("重点任务分工表")));
        assert!(!caption(&[]));
    }

    #[test]
    fn attachment_lines() {
        use AttachLine::*;
        assert_eq!(
            attach_line("附件：2021年崇明区级城市体检指标体系"),
            Some(Entry { number: None, title: "2021年崇明区级城市体检指标体系" })
        );
        assert_eq!(attach_line("附件：1.重点任务清单"), Some(Entry { number: Some(1), title: "重点任务清单" }));
        assert_eq!(attach_line("附件2：项目表"), Some(Entry { number: Some(2), title: "项目表" }));
        assert_eq!(attach_line("附件"), Some(Label { number: None, title: None }));
        assert_eq!(attach_line("附件1"), Some(Label { number: Some(1), title: None }));
        assert_eq!(attach_line("附件1 重点任务清单"), Some(Label { number: Some(1), title: Some("重点任务清单") }));
        assert_eq!(attach_line("附件所列任务要按期完成。"), None);
        assert_eq!(attach_line("附件0"), None);
        // the word's short form, with its colon only
        assert_eq!(attach_line("附：扩大招生计划表"), Some(Entry { number: None, title: "扩大招生计划表" }));
        assert_eq!(attach_line("附:"), Some(Label { number: None, title: None }));
        assert_eq!(attach_line("附：1.项目表"), Some(Entry { number: Some(1), title: "项目表" }));
        assert_eq!(attach_line("附则"), None);
        assert_eq!(attach_line("附近的居民要及时撤离。"), None);
        assert_eq!(attach_line("附件〇：通知"), None);
        assert_eq!(attach_line("附件材料，请查收"), None);
        assert_eq!(list_continuation("2.项目表"), Some((2, "项目表")));
        // the number's dot or 、 as the separator
        assert_eq!(attach_line("附件1.界址点坐标"), Some(Entry { number: Some(1), title: "界址点坐标" }));
        assert_eq!(attach_line("附件2、项目表"), Some(Entry { number: Some(2), title: "项目表" }));
        assert_eq!(attach_line("附件1．"), Some(Label { number: Some(1), title: None }));
        assert_eq!(attach_line("附件1、2所列任务要按期完成。"), None);
        assert_eq!(attach_line("附件1、2"), None);
    }

    #[test]
    fn appendix_labels() {
        use AttachLine::*;
        assert_eq!(attach_line("附录A"), Some(Label { number: Some(1), title: None }));
        assert_eq!(attach_line("附录 B"), Some(Label { number: Some(2), title: None }));
        assert_eq!(attach_line("附录Ｃ（规范性）"), Some(Label { number: Some(3), title: None }));
        assert_eq!(
            attach_line("附录A（资料性）改造项目清单"),
            Some(Label { number: Some(1), title: Some("改造项目清单") })
        );
        assert_eq!(attach_line("附录B　检测方法"), Some(Label { number: Some(2), title: Some("检测方法") }));
        assert_eq!(attach_line("附录A：术语对照"), Some(Label { number: Some(1), title: Some("术语对照") }));
        assert_eq!(attach_line("附录2"), Some(Label { number: Some(2), title: None }));
        // a sentence, a clause number, no letter
        assert_eq!(attach_line("附录A所列项目应优先实施。"), None);
        assert_eq!(attach_line("附录A.1"), None);
        assert_eq!(attach_line("附录B给出了计算示例。"), None);
        assert_eq!(attach_line("附录A　本附录给出了示例，供参考。"), None);
        assert_eq!(attach_line("附录"), None);
        assert_eq!(attach_line("附录0"), None);
        assert!(appendix_note("（资料性）") && appendix_note("(规范性附录)") && appendix_note("（提示的附录）"));
        assert!(!appendix_note("（一）总则") && !appendix_note("（资料性）说明"));
    }

    #[test]
    fn tables() {
        let mk = |t: &'static str| Line { text: t, start: 0 };
        let body = [
            mk("静安区重点任务清单（2023-2025年）"),
            mk("任务类型"),
            mk("序号"),
            mk("工作任务"),
            mk("推进单位"),
            mk("1"),
        ];
        assert_eq!(flattened_table(&body), Some(vec!["任务类型", "序号", "工作任务", "推进单位"]));
        let prose = [mk("为贯彻落实，现提出如下意见。"), mk("一、总体要求")];
        assert_eq!(flattened_table(&prose), None);
        // a 名单 of units, numbered one a line
        let list =
            [mk("二、先进部门（10个）"), mk("1.市发展改革委"), mk("2.市财政局"), mk("3.市水利局"), mk("4.市税务局")];
        assert_eq!(flattened_table(&list), None);
    }
}
