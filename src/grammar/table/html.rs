//! The HTML form: cleaning turns `<tr>` and `<td>`/`<th>` into line breaks;
//! the rows and cells are rebuilt from the tags between two lines, read in
//! order, whatever the columns (no 序号 needed). A `rowspan` cell fills its
//! column of the rows under it and a `colspan` cell the columns to its
//! right, as inherited cells (same text and span); a header of two or three
//! rows (a first-row cell with a `colspan`) names each column `上级 / 下级`
//! (`责任单位 / 牵头单位`); a first row of one cell across the table is a
//! title (a heading row). Spans past the table are cut at its edge
//! (`table-span-clamped`), never allocated.

use super::{MAX_COLUMNS, Parts, RawRow, Read, Slot, number};
use crate::ast::TableForm;
use crate::source::{Line, Source};

/// Farthest a table's first line looks back for its `<table>` tag: the tags
/// between two lines of text, not the whole input before them (which would
/// make a text of many tables quadratic).
const MAX_TAG_LOOKBACK: usize = 16 * 1024;

/// The raw text between the end of line `k - 1` and the start of line `k`
/// (for `k == 0`, the raw text before it since the last `</table>` or
/// `<table`).
pub(super) fn gap<'r>(src: &Source<'r>, body: &[Line<'_>], k: usize) -> &'r str {
    let start = src.span_of(body[k].text).start;
    let from = match k {
        0 => {
            let mut from = start.saturating_sub(MAX_TAG_LOOKBACK);
            while !src.raw.is_char_boundary(from) {
                from -= 1;
            }
            from
        }
        _ => src.span_of(body[k - 1].text).end,
    };
    let g = src.raw.get(from.min(start)..start).unwrap_or("");
    if k == 0 {
        // only the tail after the last table boundary counts
        let cut = g.rfind("</table").or_else(|| g.rfind("</TABLE")).map_or(0, |p| p + 2);
        let g = &g[cut..];
        return g.rfind("<table").or_else(|| g.rfind("<TABLE")).map_or("", |p| &g[p..]);
    }
    g
}

/// A tag of an HTML table that tells its structure, in the order the text
/// gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tag {
    Table,
    EndTable,
    Row,
    /// A `<td>` or `<th>`: its `colspan` (at least 1) and `rowspan` (0: to
    /// the end of the table), as written (not yet cut to the table).
    Cell {
        colspan: usize,
        rowspan: usize,
    },
}

/// The structural tags of a gap (`<table>`, `</table>`, `<tr>`, `<td>`,
/// `<th>`, either case, attributes in any order), in order, to `f`; other
/// tags (`<p>`, `<span>`, `<br>`) are passed over. One walk over the gap.
fn each_tag(g: &str, mut f: impl FnMut(Tag)) {
    let b = g.as_bytes();
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let start = i + p + 1;
        let close = memchr::memchr(b'>', &b[start..]).map_or(b.len(), |q| start + q);
        let tag = &b[start..close];
        let name_end = tag
            .iter()
            .enumerate()
            .find(|&(k, c)| c.is_ascii_whitespace() || (*c == b'/' && k > 0))
            .map_or(tag.len(), |(k, _)| k);
        let name = &tag[..name_end];
        if name.eq_ignore_ascii_case(b"table") {
            f(Tag::Table);
        } else if name.eq_ignore_ascii_case(b"/table") {
            f(Tag::EndTable);
        } else if name.eq_ignore_ascii_case(b"tr") {
            f(Tag::Row);
        } else if name.eq_ignore_ascii_case(b"td") || name.eq_ignore_ascii_case(b"th") {
            let colspan = attr(tag, b"colspan").unwrap_or(1).max(1);
            let rowspan = attr(tag, b"rowspan").unwrap_or(1);
            f(Tag::Cell { colspan, rowspan });
        }
        if close >= b.len() {
            break;
        }
        i = close;
    }
}

/// Whether a table starts in a gap.
pub(super) fn starts_table(g: &str) -> bool {
    let mut start = false;
    if memchr::memchr(b'<', g.as_bytes()).is_some() {
        each_tag(g, |t| start |= t == Tag::Table);
    }
    start
}

/// The value of a numeric attribute of a tag (`colspan="3"`, `ROWSPAN=2`,
/// `rowspan = '2'`): the attribute name after white space, `=`, an optional
/// quote, digits (a number too large for `usize` saturates). `None` when the
/// tag has no such attribute or its value is no number.
fn attr(tag: &[u8], name: &[u8]) -> Option<usize> {
    let n = name.len();
    let mut i = 1;
    while i + n <= tag.len() {
        if tag[i - 1].is_ascii_whitespace() && tag[i..i + n].eq_ignore_ascii_case(name) {
            let mut k = i + n;
            while tag.get(k).is_some_and(u8::is_ascii_whitespace) {
                k += 1;
            }
            if tag.get(k) == Some(&b'=') {
                k += 1;
                while tag.get(k).is_some_and(|c| c.is_ascii_whitespace() || *c == b'"' || *c == b'\'') {
                    k += 1;
                }
                let digits = tag[k..].iter().take_while(|c| c.is_ascii_digit());
                let mut seen = false;
                let v = digits.fold(0usize, |v, &c| {
                    seen = true;
                    v.saturating_mul(10).saturating_add(usize::from(c - b'0'))
                });
                return seen.then_some(v);
            }
        }
        i += 1;
    }
    None
}

/// Most rows of an HTML table's header (a header of two or three rows has a
/// `colspan` cell in its first row over the cells of the rows under it).
const MAX_HEADER_ROWS: usize = 3;

/// The rows a `rowspan` cell still covers below it.
#[derive(Clone, Copy)]
struct Down {
    /// The cell: its row and column.
    row: usize,
    col: usize,
    /// The last row it covers (`usize::MAX`: to the end of the table).
    until: usize,
}

/// The grid of an HTML table as its tags and lines are read: every cell in
/// its column, the cells a `colspan`/`rowspan` cell covers marked
/// [`Slot::Merged`] (no text is copied: the rows below take the cell when
/// they are assembled). A span is cut at [`MAX_COLUMNS`] columns and at the
/// last row, so a huge span costs nothing.
#[derive(Default)]
struct Grid<'c> {
    rows: Vec<RawRow<'c>>,
    /// Per column: the `rowspan` cell that last started in it.
    down: Vec<Option<Down>>,
    /// The column of the cell that takes the lines, in the last row.
    open: Option<usize>,
    /// For the first two rows (where a header starts, after a title row):
    /// the largest `rowspan` of their cells, and whether one of them has a
    /// `colspan`.
    first_rowspan: [usize; 2],
    first_colspan: [bool; 2],
}

impl<'c> Grid<'c> {
    /// The cell that covers column `j` of row `r` from a row above.
    fn above(&self, r: usize, j: usize) -> Option<Down> {
        self.down.get(j).copied().flatten().filter(|d| d.row < r && r <= d.until)
    }

    /// Fill the columns a cell above covers at the end of the last row,
    /// up to column `to` when given.
    fn cover(&mut self, to: Option<usize>) {
        let Some(r) = self.rows.len().checked_sub(1) else { return };
        loop {
            let j = self.rows[r].cells.len();
            if to.is_some_and(|t| j >= t) {
                break;
            }
            let Some(d) = self.above(r, j) else { break };
            let row = &mut self.rows[r];
            row.cells.push(Parts::None);
            row.from.push(Slot::Merged(d.row, d.col));
        }
    }

    fn row(&mut self) {
        self.cover(None);
        self.rows.push(RawRow::new(Vec::new(), false));
        self.open = None;
    }

    fn cell(&mut self, colspan: usize, rowspan: usize) {
        if self.rows.is_empty() {
            self.row();
        }
        // the columns covered from above before this cell
        self.cover(None);
        let r = self.rows.len() - 1;
        let col = self.rows[r].cells.len();
        let room = MAX_COLUMNS.saturating_sub(col).max(1);
        let cut = colspan > room;
        let colspan = colspan.min(room);
        let until = match rowspan {
            0 => usize::MAX,
            n => r.saturating_add(n - 1),
        };
        let row = &mut self.rows[r];
        row.clamped |= cut;
        row.cells.push(Parts::None);
        row.from.push(Slot::Empty);
        for j in col + 1..col + colspan {
            // a span over a cell that covers it from above: overlap
            row.clamped |= self.down.get(j).copied().flatten().is_some_and(|d| d.row < r && r <= d.until);
            row.cells.push(Parts::None);
            row.from.push(Slot::Merged(r, col));
        }
        if until != r {
            if self.down.len() < col + colspan {
                self.down.resize(col + colspan, None);
            }
            for d in &mut self.down[col..col + colspan] {
                *d = Some(Down { row: r, col, until });
            }
        }
        if r < 2 {
            let n = if rowspan == 0 { MAX_HEADER_ROWS } else { rowspan };
            self.first_rowspan[r] = self.first_rowspan[r].max(n);
            self.first_colspan[r] |= colspan > 1;
        }
        self.open = Some(col);
    }

    fn line(&mut self, t: &'c str) {
        if self.open.is_none() {
            self.cell(1, 1);
        }
        let (Some(row), Some(col)) = (self.rows.last_mut(), self.open) else { return };
        row.cells[col].push(t);
        row.from[col] = Slot::Read;
    }

    /// End the table: the last row's covered columns, and a `rowspan` that
    /// reaches past the last row marked cut on its row.
    fn finish(&mut self) {
        self.cover(None);
        let last = self.rows.len().saturating_sub(1);
        for d in self.down.iter().flatten() {
            if d.until != usize::MAX && d.until > last {
                if let Some(row) = self.rows.get_mut(d.row) {
                    row.clamped = true;
                }
            }
        }
    }
}

/// An HTML table whose `<table>` tag is right before line `at`: its rows from
/// the `<tr>` tags, its cells from the `<td>`/`<th>` ones (a cell's `<p>`/
/// `<br>` lines are one multi-line cell, a `<td>` with no text an empty
/// cell), read in the order the tags come between two lines. A `colspan`
/// cell covers the columns to its right, a `rowspan` cell the rows under it
/// (see [`Grid`]). The header is the first row, or the first two or three
/// when a cell of the first has a `colspan` over the cells of the rows under
/// it and a `rowspan` that says how many rows the header takes.
pub(super) fn html<'c>(src: &Source<'_>, body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
    let mut grid = Grid::default();
    let mut end = at;
    while end < body.len() {
        // a tag cleaning did not read (one broken over lines): the table's
        // structure is not known, read its lines as they are
        if body[end].text.starts_with('<') {
            return None;
        }
        let mut stop = false;
        each_tag(gap(src, body, end), |t| match t {
            Tag::Table | Tag::EndTable => stop |= end > at,
            _ if stop => {}
            Tag::Row => grid.row(),
            Tag::Cell { colspan, rowspan } => grid.cell(colspan, rowspan),
        });
        if stop {
            break;
        }
        grid.line(body[end].text);
        end += 1;
    }
    grid.finish();
    // a first row of one cell across the table is its title (表1 …): a
    // heading row, the header under it
    let title = grid.rows.len() >= 3 && {
        let r = &grid.rows[0];
        r.from.len() >= 2 && r.from[0] == Slot::Read && r.from[1..].iter().all(|s| *s == Slot::Merged(0, 0))
    };
    let top = usize::from(title);
    let heads = if grid.first_colspan[top] { grid.first_rowspan[top].clamp(1, MAX_HEADER_ROWS) } else { 1 };
    let heads = top + heads.min(grid.rows.len().saturating_sub(1 + top));
    if heads == top || end - at < 2 {
        return None;
    }
    let mut rows = grid.rows;
    // the name of each header cell over each column, top to bottom
    let m = rows[top..heads].iter().map(|r| r.cells.len()).max().unwrap_or(0).min(MAX_COLUMNS);
    let header: Vec<Parts<'c>> = (0..m)
        .map(|j| {
            let mut names: Parts<'c> = Parts::None;
            let mut last = None;
            for (hr, row) in rows.iter().enumerate().take(heads).skip(top) {
                let origin = match row.from.get(j) {
                    Some(&Slot::Merged(r, c)) => (r, c),
                    Some(_) => (hr, j),
                    None => continue,
                };
                if last == Some(origin) {
                    continue;
                }
                last = Some(origin);
                if let Some(&name) = rows[origin.0].cells.get(origin.1).and_then(|c| c.first()) {
                    names.push(name);
                }
            }
            names
        })
        .collect();
    if header.iter().all(|h| h.is_empty()) {
        return None;
    }
    // a cut span in the header is told on the first row
    let head_cut = rows[..heads].iter().any(|r| r.clamped);
    // rows with no text and no cell merged from a row above (a `<tr>` of
    // empty cells, a cell across the table that held a page number removed
    // by the layout pass) are passed over, and so is the header repeated at
    // the top of a page (a header of one row); a cell merged from one is
    // empty
    let mut index = vec![usize::MAX; rows.len()];
    let mut kept = 0;
    let repeated = |row: &RawRow<'_>| {
        heads == top + 1
            && row.cells.len() == rows[top].cells.len()
            && row.from.iter().all(|s| *s == Slot::Read)
            && row.cells == rows[top].cells
    };
    for (r, row) in rows.iter().enumerate().skip(heads) {
        let filled = row.from.iter().any(|s| match *s {
            Slot::Read => true,
            Slot::Merged(fr, _) => fr != r,
            Slot::Empty => false,
        });
        if filled && !repeated(row) {
            index[r] = kept;
            kept += 1;
        }
    }
    let mut out: Vec<RawRow<'c>> = Vec::with_capacity(kept + top);
    if title {
        out.push(RawRow {
            cells: vec![std::mem::take(&mut rows[0].cells[0])],
            heading: true,
            from: vec![Slot::Read],
            clamped: false,
        });
        index.iter_mut().skip(heads).filter(|k| **k != usize::MAX).for_each(|k| *k += 1);
    }
    for (r, mut row) in rows.drain(..).enumerate() {
        if index[r] == usize::MAX {
            continue;
        }
        for s in &mut row.from {
            if let Slot::Merged(fr, fc) = *s {
                *s = match index.get(fr) {
                    Some(&k) if k != usize::MAX => Slot::Merged(k, fc),
                    _ => Slot::Empty,
                };
            }
        }
        // a row of one cell across the table (`<td colspan="5">一、…</td>`)
        // is a heading row
        let mut texts = row.cells.iter().filter(|c| !c.is_empty());
        row.heading = m > 1
            && !row.from.iter().any(|s| matches!(s, Slot::Merged(k, _) if *k != out.len()))
            && texts.next().is_some_and(|c| number(c[0]).is_none())
            && texts.next().is_none();
        out.push(row);
    }
    if let Some(first) = out.iter_mut().find(|r| !r.heading) {
        first.clamped |= head_cut;
    }
    if out.is_empty() {
        return None;
    }
    Some((TableForm::Html, header, out, at..end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_break_inside_an_html_table() {
        // the page number in a cell across the table, removed by the layout
        // pass, leaves an empty row; the header repeated under it is no row
        let text = "某省任务分工\n<table>\n<tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>\n<tr><td>1</td><td>新建基站</td><td>省通信管理局</td></tr>\n<tr><td colspan=\"3\">— 2 —</td></tr>\n<tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>\n<tr><td>2</td><td>建设平台</td><td>省数据局</td></tr>\n</table>\n";
        assert_eq!(
            super::super::tests::rows_of(text),
            [vec!["1", "新建基站", "省通信管理局"], vec!["2", "建设平台", "省数据局"]]
        );
    }

    #[test]
    fn span_attributes_in_any_form() {
        assert_eq!(attr(b"td colspan=\"3\"", b"colspan"), Some(3));
        assert_eq!(attr(b"TD ROWSPAN='2' width=9", b"rowspan"), Some(2));
        assert_eq!(attr(b"td style=\"x\"\n rowspan = 4", b"rowspan"), Some(4));
        assert_eq!(attr(b"td data-rowspan=\"4\"", b"rowspan"), None);
        assert_eq!(attr(b"td colspan=\"x\"", b"colspan"), None);
        assert_eq!(attr(b"td", b"colspan"), None);
        assert_eq!(attr(b"td rowspan=99999999999999999999999999", b"rowspan"), Some(usize::MAX));
    }

    #[test]
    fn tags_in_order() {
        let mut seen = Vec::new();
        each_tag("</td><TD>x</td></tr>\n<tr class=a><th colspan=2 rowspan=\"0\"><p><span>", |t| seen.push(t));
        assert_eq!(seen, [Tag::Cell { colspan: 1, rowspan: 1 }, Tag::Row, Tag::Cell { colspan: 2, rowspan: 0 }]);
        assert!(starts_table("<div><TABLE border=1><tr><td>"));
        assert!(!starts_table("<p>表</p>"));
        // a tag with no end
        seen.clear();
        each_tag("<td colspan=2", |t| seen.push(t));
        assert_eq!(seen, [Tag::Cell { colspan: 2, rowspan: 1 }]);
    }
}
