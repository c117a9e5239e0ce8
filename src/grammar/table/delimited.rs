//! Tables whose lines are rows split into cells on a delimiter: markdown
//! pipe lines (`| a | b |`, the `|---|` line under the header passed over,
//! a cell broken by `<br>` continued on the lines up to the one that closes
//! the row) and tab-separated lines. A header needs a column of a role, or
//! is an indicator table's.

use super::columns::role_of;
use super::indicator::indicator_header;
use super::{MAX_COLUMNS, Parts, RawRow, Read, header_like, heading_line, one_level};
use crate::ast::{ColumnRole, TableForm};
use crate::punct;
use crate::source::Line;

/// A run of lines each split on `sep` into cells.
fn split_rows<'c>(body: &[Line<'c>], at: usize, pipe: bool) -> Option<Read<'c>> {
    let split = |t: &'c str| -> Vec<&'c str> {
        if pipe {
            let inner = t.strip_prefix('|').unwrap_or(t);
            let inner = inner.strip_suffix('|').unwrap_or(inner);
            inner.split('|').map(punct::trim).collect()
        } else {
            t.split('\t').map(punct::trim).collect()
        }
    };
    let is_row = |t: &str| if pipe { t.starts_with('|') } else { t.contains('\t') };
    let end = body[at..].iter().position(|l| !is_row(l.text)).map_or(body.len(), |k| at + k);
    let header = split(body[at].text);
    if header.len() < 2
        || header.len() > MAX_COLUMNS
        || !header.iter().all(|h| !h.is_empty() && header_like(h))
        || header.iter().all(|h| role_of(h) == ColumnRole::Other) && !indicator_header(&header)
    {
        return None;
    }
    let mut rows = Vec::new();
    let closed = pipe && body[at].text.ends_with('|');
    let mut k = at + 1;
    let mut end = end;
    while k < end {
        let t = body[k].text;
        k += 1;
        let cells = split(t);
        // the |---|:--:| line under a markdown header
        if pipe && cells.iter().all(|c| !c.is_empty() && c.bytes().all(|b| matches!(b, b'-' | b':' | b' '))) {
            continue;
        }
        // the header repeated at the top of a page (the page number
        // between removed by the layout pass): no row
        if cells == header {
            continue;
        }
        let filled: Vec<&&str> = cells.iter().filter(|c| !c.is_empty()).collect();
        if filled.len() == 1 && heading_line(filled[0]) {
            rows.push(RawRow::new(vec![Parts::One(filled[0])], true));
            continue;
        }
        let mut cells: Vec<Parts<'c>> =
            cells.into_iter().map(|c| if c.is_empty() { Parts::None } else { Parts::One(c) }).collect();
        // a row of a table whose rows close with | left open: a cell broken
        // by a line break (`<br>` in the cell, made a line by cleaning),
        // continued on the lines up to the one that closes the row
        if closed && !t.ends_with('|') && k == end {
            if let Some(n) = continued(body, k) {
                for line in &body[k..k + n] {
                    let inner = line.text.strip_suffix('|').unwrap_or(line.text);
                    let mut pieces = inner.split('|').map(punct::trim);
                    if let (Some(first), Some(last)) = (pieces.next(), cells.last_mut()) {
                        if !first.is_empty() {
                            last.push(first);
                        }
                    }
                    cells.extend(pieces.map(|c| if c.is_empty() { Parts::None } else { Parts::One(c) }));
                }
                k += n;
                end = body[k..].iter().position(|l| !is_row(l.text)).map_or(body.len(), |j| k + j);
            }
        }
        rows.push(RawRow::new(cells, false));
    }
    Some((if pipe { TableForm::Pipe } else { TableForm::Tsv }, one_level(header), rows, at..end))
}

/// Most lines a pipe row's broken cell continues over.
const MAX_CONTINUED: usize = 8;

/// The number of lines from `k` that continue a pipe row left open: lines
/// not starting with `|`, the last of them closing the row with `|`
/// (within [`MAX_CONTINUED`] lines; `None` otherwise, and the row stays as
/// it is). One first- and last-byte test a line.
fn continued(body: &[Line<'_>], k: usize) -> Option<usize> {
    body.get(k..)?
        .iter()
        .take(MAX_CONTINUED)
        .take_while(|l| !l.text.starts_with('|'))
        .position(|l| l.text.ends_with('|'))
        .map(|p| p + 1)
}

/// A markdown pipe table starting at line `at`.
pub(super) fn pipe<'c>(body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
    split_rows(body, at, true)
}

/// Tab-separated lines starting at line `at`.
pub(super) fn tsv<'c>(body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
    split_rows(body, at, false)
}

#[cfg(test)]
mod tests {
    use super::super::tests::rows_of;

    #[test]
    fn a_header_repeated_after_a_page_break_is_no_row() {
        let text = "某省任务分工\n\n| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 1 | 新建基站 | 省通信管理局 |\n\n— 2 —\n\n| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 2 | 建设平台 | 省数据局 |\n";
        assert_eq!(rows_of(text), [vec!["1", "新建基站", "省通信管理局"], vec!["2", "建设平台", "省数据局"]]);
        let text = "某省任务分工\n\n序号\t重点任务\t牵头单位\n1\t新建基站\t省通信管理局\n序号\t重点任务\t牵头单位\n2\t建设平台\t省数据局\n";
        assert_eq!(rows_of(text), [vec!["1", "新建基站", "省通信管理局"], vec!["2", "建设平台", "省数据局"]]);
    }

    #[test]
    fn a_pipe_cell_broken_by_a_line_break() {
        let text = "某省任务分工\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 新建基站 | 省通信管理局 | 省工业和信息化厅<br>省发展改革委 |\n| 2 | 建设平台 | 省数据局 | 省科技厅 |\n";
        assert_eq!(
            rows_of(text),
            [
                vec!["1", "新建基站", "省通信管理局", "省工业和信息化厅\n省发展改革委"],
                vec!["2", "建设平台", "省数据局", "省科技厅"]
            ]
        );
        // a row left open with no line closing it stays as it is
        let text = "某省任务分工\n\n| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 1 | 新建基站 | 省通信管理局\n某某省人民政府办公厅\n";
        assert_eq!(rows_of(text), [vec!["1", "新建基站", "省通信管理局"]]);
    }
}
