//! The run-on form: a table whose cells ran together (a scrape that joined
//! the `<p>` texts of its cells): `序号改革举措主要内容一、…1企业投资…　　山西…`,
//! the header's cells cut at the words column names end with, rows anchored
//! on the next 序号 followed by a name and an indentation, or by a name
//! ending with its unit in brackets.

use super::columns::HEADER_ENDS;
use super::{MAX_COLUMNS, NUMBER_HEADER, Parts, RawRow, Read, heading_line, one_level};
use crate::ast::TableForm;
use crate::grammar::marker::marker;
use crate::punct;
use crate::source::Line;

/// Characters that, right after a number, make it a quantity (3项, 260个,
/// 2018年), not a row's 序号.
const UNITS: &str = "年月日时个万亿千百元项家人次倍天分秒吨米件所名户宗亩种类期批级号条款章节%％.．、-";

/// Longest name cell of a run-on row (the cell before the indentation), in
/// characters.
const MAX_NAME: usize = 40;

/// Longest header cell of a run-on header, in characters
/// (`2015年比2010年增长`).
const MAX_RUN_ON_HEADER: usize = 16;

/// The cells of a header that ran together after its 序号 (`序号改革举措主要内容`):
/// each cell up to a word a column name ends with ([`HEADER_ENDS`]), a year
/// before another (`2010年2015年`), or the first row; at most
/// [`MAX_RUN_ON_HEADER`] characters. The header ends where a row or a
/// heading row starts. Returns the cells, where the header ends and how its
/// rows are written.
fn run_on_header(t: &str) -> Option<(Vec<&str>, usize, RowStyle)> {
    let mut cells = vec![&t[..NUMBER_HEADER.len()]];
    let mut at = NUMBER_HEADER.len();
    let first_row = |rest: &str| {
        if heading_line(rest) {
            // the row after the heading row's title says how rows are written
            let m = marker(rest)?;
            let title_end = m.rest.find(|c: char| c.is_ascii_digit())?;
            let after = &m.rest[title_end..];
            return [RowStyle::Indented, RowStyle::Bracketed].into_iter().find(|&s| row_start(after, 1, s).is_some());
        }
        [RowStyle::Indented, RowStyle::Bracketed].into_iter().find(|&s| row_start(rest, 1, s).is_some())
    };
    'cells: while at < t.len() && cells.len() < MAX_COLUMNS {
        let rest = &t[at..];
        if let Some(style) = first_row(rest) {
            return (cells.len() >= 3).then_some((cells, at, style));
        }
        let mut squeezed = 0;
        let mut last = ' ';
        for (k, c) in rest.char_indices() {
            if squeezed >= MAX_RUN_ON_HEADER || punct::is_prose_punct(c) {
                return None;
            }
            let end = k + c.len_utf8();
            if !punct::is_space(c) {
                squeezed += 1;
                let word = |w: &str| rest[..end].ends_with(w) || last != ' ' && w.ends_with(c) && w.starts_with(last);
                let year = c == '年' && rest[end..].starts_with(|d: char| d.is_ascii_digit());
                if year || HEADER_ENDS.iter().any(|w| word(w)) || squeezed > 1 && first_row(&rest[end..]).is_some() {
                    cells.push(&rest[..end]);
                    at += end;
                    continue 'cells;
                }
                last = c;
            }
        }
        return None;
    }
    None
}

/// How the rows of a run-on table are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowStyle {
    /// `1企业投资项目承诺制改革　　山西开展…`: the number, a name, an
    /// indentation, the text.
    Indented,
    /// `1化学需氧量排放总量（万吨）2551.72347.6-8%`: the number, a name
    /// ending with its unit in brackets, the values.
    Bracketed,
}

/// A row of a run-on table starting `text`: the number `n`, then a name of
/// at most [`MAX_NAME`] characters without a sentence end, then what `style`
/// says. Returns where the name starts, where it ends and where the text
/// after it starts.
fn row_start(text: &str, n: u32, style: RowStyle) -> Option<(usize, usize, usize)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 || text[..digits].parse::<u32>().ok()? != n {
        return None;
    }
    let name = &text[digits..];
    let first = name.chars().next()?;
    if first.is_ascii() || punct::is_space(first) || UNITS.contains(first) || punct::is_prose_punct(first) {
        return None;
    }
    for (chars, (k, c)) in name.char_indices().enumerate() {
        if chars >= MAX_NAME || punct::is_sentence_end(c) {
            return None;
        }
        match style {
            RowStyle::Indented if punct::is_space(c) => {
                let after = name[k..].trim_start_matches(punct::is_space);
                let run = name[k..].len() - after.len();
                if name[k..k + run].chars().count() >= 2 {
                    return (chars > 0 && !after.is_empty()).then_some((digits, digits + k, digits + k + run));
                }
            }
            RowStyle::Bracketed if punct::is_rparen(c) => {
                let end = k + c.len_utf8();
                let value =
                    name[end..].chars().next().is_some_and(|v| v.is_ascii_digit() || "<>＜＞≥≤-—+~约".contains(v));
                return (chars > 1 && value).then_some((digits, digits + end, digits + end));
            }
            _ => {}
        }
    }
    None
}

/// Where row `n` starts in `text`, from `from` on: its number not glued to
/// a digit before it, then a name and what `style` says ([`row_start`]).
fn find_row(text: &str, from: usize, n: u32, style: RowStyle) -> Option<(usize, (usize, usize, usize))> {
    let digits = n.to_string();
    let mut at = from;
    while let Some(p) = text[at..].find(digits.as_str()).map(|p| at + p) {
        let before = text[..p].chars().next_back();
        if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.') {
            if let Some(r) = row_start(&text[p..], n, style) {
                return Some((p, r));
            }
        }
        at = p + digits.len();
    }
    None
}

/// A heading row (`一、改革投资审批等制度`) run together right before a row
/// that starts at `row` in `text` (after `from`): after the last sentence
/// end, a line-start marker and a short title without prose punctuation.
fn heading_before(text: &str, from: usize, row: usize) -> Option<usize> {
    let head = &text[from..row];
    let start = head.rfind(|c: char| punct::is_sentence_end(c) || punct::is_space(c)).map_or(0, |k| {
        let c = head[k..].chars().next().map_or(1, char::len_utf8);
        k + c
    });
    let cand = &head[start..];
    (!cand.is_empty()
        && cand.chars().count() <= MAX_NAME
        && heading_line(cand)
        && punct::find_prose_punct(cand).is_none())
    .then_some(from + start)
}

/// A table whose cells ran together (a scrape that joined the `<p>` texts
/// of its cells): a header line `序号` + column names with nothing between
/// them, then rows `N` + a name + an indentation + text, the text going on
/// over the lines after it until the next row number, heading rows
/// (`一、…`) run together before a row; or rows `N` + a name ending with its
/// unit in brackets + values (an indicator table: the values, run together
/// with no separator, stay one cell). The table ends at a line that starts
/// with a heading, or at the end of the lines.
pub(super) fn run_on<'c>(body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
    let t = body[at].text;
    let (header, head_end, style) = run_on_header(t)?;
    let mut end = at + 1;
    while end < body.len() && marker(body[end].text).is_none() && !body[end].text.starts_with(NUMBER_HEADER) {
        end += 1;
    }
    let mut rows: Vec<RawRow<'c>> = Vec::new();
    let mut n = 1;
    // the open row's last cell
    let mut open: Option<Parts<'c>> = None;
    for (k, line) in body[at..end].iter().enumerate() {
        let text = line.text;
        let mut from = if k == 0 { head_end } else { 0 };
        loop {
            let next = find_row(text, from, n, style);
            let cut = next.map_or(text.len(), |(p, _)| p);
            let heading = next.and_then(|(p, _)| heading_before(text, from, p));
            let before = punct::trim(&text[from..heading.unwrap_or(cut)]);
            if !before.is_empty() {
                match open.as_mut() {
                    Some(cell) => cell.push(before),
                    // text before the first row: not this kind of table
                    None => return None,
                }
            }
            let Some((p, (name_start, name_end, text_start))) = next else { break };
            if let Some(cell) = open.take() {
                if let Some(r) = rows.last_mut().filter(|_| !cell.is_empty()) {
                    r.cells.push(cell);
                }
            }
            if let Some(h) = heading {
                rows.push(RawRow::new(vec![Parts::One(punct::trim(&text[h..p]))], true));
            }
            let number = &text[p..p + name_start];
            rows.push(RawRow::new(vec![Parts::One(number), Parts::One(&text[p + name_start..p + name_end])], false));
            open = Some(Parts::None);
            from = p + text_start;
            n += 1;
        }
    }
    if let Some(cell) = open.take() {
        if let Some(r) = rows.last_mut().filter(|_| !cell.is_empty()) {
            r.cells.push(cell);
        }
    }
    // two rows at least: one is a coincidence
    (n > 2).then_some((TableForm::RunOn, one_level(header), rows, at..end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_on_headers_and_rows() {
        let (cells, end, style) = run_on_header("序号改革举措主要内容一、改革审批制度1承诺制改革　　山西…").unwrap();
        assert_eq!(cells, ["序号", "改革举措", "主要内容"]);
        assert_eq!((end, style), ("序号改革举措主要内容".len(), RowStyle::Indented));
        let (cells, _, style) =
            run_on_header("序号指　 标2010年2015年2015年比2010年增长1化学需氧量（万吨）2551.7").unwrap();
        assert_eq!(cells, ["序号", "指　 标", "2010年", "2015年", "2015年比2010年增长"]);
        assert_eq!(style, RowStyle::Bracketed);
        // no row after the header: no run-on table
        assert!(run_on_header("序号为1的事项已办结").is_none());
        assert_eq!(row_start("4区域评估改革　　浙江…", 4, RowStyle::Indented), Some((1, 19, 25)));
        // quantities are no row numbers
        assert!(row_start("3项由政府承诺　　…", 3, RowStyle::Indented).is_none());
        assert!(find_row("全省28项审批事项中，12项要求企业", 0, 2, RowStyle::Indented).is_none());
        assert_eq!(find_row("-8%2氨氮排放总量（万吨）264.4", 0, 2, RowStyle::Bracketed).map(|r| r.0), Some(3));
    }
}
