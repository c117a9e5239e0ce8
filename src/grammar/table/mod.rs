//! Tables: a task table (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限) in any
//! of the forms scraped text gives it, rebuilt into rows and columns.
//!
//! One module a form, each reading a run of lines into a [`Read`] (its form,
//! header, raw rows and lines):
//! - [`flattened`](mod@flattened): one cell per line; rows are anchored on the 序号 cells,
//!   the cells between two anchors are aligned to the columns by what each
//!   column holds (bodies, a deadline, a short category, a task), a cell
//!   missing from a row is the merged cell above (inherited);
//! - [`indicator`]: a plan's indicator table flattened one cell per line,
//!   with no 序号 column (指标 / 2020年 / 2025年 / 属性);
//! - [`delimited`]: markdown `| a | b |` lines and tab-separated lines;
//! - [`html`](mod@html): an HTML `<table>` broken at its cells by cleaning;
//! - [`runon`]: cells run together with nothing between them.
//!
//! What they share lives here and in two modules of its own: [`columns`]
//! (a column's role from its header names) and [`cells`] (what a cell
//! holds: a list of bodies, a deadline; a cell wrapped over lines). This
//! module holds the model of a table as read ([`Parts`], [`RawRow`],
//! [`Slot`]), the entry points ([`tables`], [`candidate`]), and
//! [`assemble`], which types the columns, fills merged cells and, when the
//! columns name tasks and bodies, turns each row into a block of kind `row`
//! with responsibilities whose roles come from the column headers. Bad
//! input (ragged rows, a header with no rows, extra cells, a 序号 that
//! skips) becomes diagnostics; every cell is kept.
//!
//! Cost: a body is looked at only when one of its lines starts with `|` or
//! with `序号` (a tab-separated table is recognised by a header whose first
//! cell is 序号); nothing but that prefix test is done per line otherwise.
mod cells;
mod columns;
mod delimited;
mod flattened;
mod html;
mod indicator;
mod runon;

use super::clause::clean_name;
use super::marker::marker;
use crate::ast::{
    Agency, Block, BlockKind, Cell, Column, ColumnRole, Deadline, Paragraph, Responsibility, Role, Row, Table,
    TableForm, Text,
};
use crate::diagnostic::{Diagnostic, Severity, codes};
use crate::punct;
use crate::source::{Line, Source};
use crate::span::Span;
pub(crate) use cells::ends_like_body;
use cells::{items, role_mark, spaced_names, wrapped};
pub(crate) use columns::spaced_header;
use columns::{column, inheritable};
use delimited::{pipe, tsv};
use flattened::{flattened, unnumbered};
pub(crate) use flattened::{unnumbered_at, unnumbered_start};
use html::{gap, html, starts_table};
use indicator::{flattened_indicators, indicator_start};
use runon::run_on;
use std::borrow::Cow;
use std::ops::Range;

/// Longest header cell, in characters.
const MAX_HEADER: usize = 12;
/// Most columns a table is read with.
const MAX_COLUMNS: usize = 16;

/// A table found in a run of lines.
pub(crate) struct Found<'a> {
    pub(crate) table: Table<'a>,
    /// One block of kind `row` per numbered row, when the table is a task
    /// table.
    pub(crate) rows: Vec<Block<'a>>,
    /// The lines of `body` the table takes.
    pub(crate) lines: Range<usize>,
}

/// One cell as read: its lines (none when missing). Most cells hold one
/// line, kept in place: a table of many cells made one small allocation
/// per cell.
#[derive(Debug, Clone, Default)]
enum Parts<'c> {
    /// Missing.
    #[default]
    None,
    /// One line, the usual cell.
    One(&'c str),
    /// Two or more lines.
    Many(Vec<&'c str>),
}

impl<'c> Parts<'c> {
    /// Add a line at the end.
    fn push(&mut self, t: &'c str) {
        *self = match std::mem::take(self) {
            Parts::None => Parts::One(t),
            Parts::One(a) => Parts::Many(vec![a, t]),
            Parts::Many(mut v) => {
                v.push(t);
                Parts::Many(v)
            }
        };
    }

    /// Add a line at the start.
    fn push_front(&mut self, t: &'c str) {
        *self = match std::mem::take(self) {
            Parts::None => Parts::One(t),
            Parts::One(a) => Parts::Many(vec![t, a]),
            Parts::Many(mut v) => {
                v.insert(0, t);
                Parts::Many(v)
            }
        };
    }
}

impl<'c> std::ops::Deref for Parts<'c> {
    type Target = [&'c str];

    fn deref(&self) -> &[&'c str] {
        match self {
            Parts::None => &[],
            Parts::One(t) => std::slice::from_ref(t),
            Parts::Many(v) => v,
        }
    }
}

impl PartialEq for Parts<'_> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

#[cfg(test)]
impl<'c> PartialEq<Vec<&'c str>> for Parts<'c> {
    fn eq(&self, other: &Vec<&'c str>) -> bool {
        **self == **other
    }
}

impl<'c> FromIterator<&'c str> for Parts<'c> {
    fn from_iter<I: IntoIterator<Item = &'c str>>(iter: I) -> Self {
        let mut out = Parts::None;
        for t in iter {
            out.push(t);
        }
        out
    }
}

/// A row as read, before merged cells are filled.
struct RawRow<'c> {
    cells: Vec<Parts<'c>>,
    heading: bool,
    /// Per cell, what an HTML table says of it (empty for the other forms:
    /// every cell is [`Slot::Read`]).
    from: Vec<Slot>,
    /// A `colspan`/`rowspan` of a cell of this row was cut at the table's
    /// edge.
    clamped: bool,
}

impl<'c> RawRow<'c> {
    fn new(cells: Vec<Parts<'c>>, heading: bool) -> Self {
        RawRow { cells, heading, from: Vec::new(), clamped: false }
    }
}

/// What an HTML table says of a cell of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// As read: a cell with text, or missing (then merged with the one above
    /// when its column's cells repeat).
    Read,
    /// A `<td>` with no text: empty, not merged.
    Empty,
    /// Covered by the `colspan`/`rowspan` cell at (row, column) of the rows
    /// under the header.
    Merged(usize, usize),
}

/// Every table in `body`, in order.
pub(crate) fn tables<'a>(src: &Source<'a>, body: &[Line<'_>], diags: &mut Vec<Diagnostic>) -> Vec<Found<'a>> {
    let mut out = Vec::new();
    // the last table read, assembled when the next one does not continue it
    let mut pending: Option<Read<'_>> = None;
    let html_doc = src.has_html_table();
    let mut i = 0;
    while i < body.len() {
        let t = body[i].text;
        let read = if html_doc && starts_table(gap(src, body, i)) { html(src, body, i) } else { None };
        let read = read.or_else(|| match t.as_bytes().first() {
            Some(b'|') => pipe(body, i),
            _ if t == "序号" => flattened(body, i),
            _ if (t.starts_with("序号") || indicator_start(t)) && t.contains('\t') => tsv(body, i),
            _ if t == "指标" || t == "类别" => flattened_indicators(body, i),
            _ if t.len() > NUMBER_HEADER.len() && t.starts_with(NUMBER_HEADER) => run_on(body, i),
            _ if unnumbered_start(t) => unnumbered(body, i),
            _ => None,
        });
        let done = pending.as_ref().map(|p: &Read<'_>| p.3.end).or(out.last().map(|f: &Found<'_>| f.lines.end));
        match read.filter(|r| r.3.start >= done.unwrap_or(0)) {
            Some((form, header, rows, lines)) => {
                let next = lines.end.max(i + 1);
                // (one first-byte test a line of the table)
                for l in body.get(lines.clone()).unwrap_or(&[]).iter().filter(|l| broken_tag(l.text)) {
                    diags.push(Diagnostic::new(
                        Severity::Warning,
                        codes::TABLE_BROKEN_TAG,
                        "table line is an HTML tag cleaning could not read (not closed, or broken by another tag); dropped, never cell text",
                        src.span_of(l.text),
                    ));
                }
                match &mut pending {
                    // the header repeated at the top of a page (the page
                    // number between removed by cleaning): the same table
                    // goes on, its rows numbered on
                    Some(p)
                        if p.0 == TableForm::Flattened
                            && form == TableForm::Flattened
                            && p.3.end == lines.start
                            && p.1 == header
                            && numbered_on(&p.2, &rows) =>
                    {
                        p.2.extend(rows);
                        p.3.end = lines.end;
                    }
                    // a pipe, tab-separated or HTML table cut by a page
                    // break, its header repeated under it, a running header
                    // of the page between (one line, too rare to repeat
                    // twice beside page numbers: see `furniture`): one table,
                    // the line dropped as page furniture
                    Some(p)
                        if p.0 == form
                            && form != TableForm::Flattened
                            && (lines.start == p.3.end
                                || lines.start == p.3.end + 1 && running_header(body[p.3.end].text))
                            && p.1 == header
                            && numbered_on(&p.2, &rows) =>
                    {
                        if lines.start > p.3.end {
                            diags.push(Diagnostic::new(
                                Severity::Info,
                                codes::SCRAPE_ARTIFACT,
                                "removed a running header of PDF text between two pages of a table, above its header repeated",
                                src.span_of(body[p.3.end].text),
                            ));
                        }
                        p.2.extend(rows);
                        p.3.end = lines.end;
                    }
                    _ => {
                        if let Some((form, header, rows, lines)) = pending.take() {
                            out.push(assemble(src, form, &header, rows, lines, diags));
                        }
                        pending = Some((form, header, rows, lines));
                    }
                }
                i = next;
            }
            None => i += 1,
        }
    }
    if let Some((form, header, rows, lines)) = pending {
        out.push(assemble(src, form, &header, rows, lines, diags));
    }
    out
}

/// Most characters of a running header between two pages of a table.
const MAX_RUNNING_HEADER: usize = 40;

/// Whether a line between two pages of a table can be a running header:
/// short, no heading, ending no sentence, no row of a table.
fn running_header(t: &str) -> bool {
    super::chars_in(t, 2, MAX_RUNNING_HEADER)
        && !row_line(t)
        && !t.chars().next_back().is_some_and(|c| punct::is_sentence_end(c) || punct::is_semicolon(c))
        && marker(t).is_none()
}

/// Whether `next`'s first numbered row follows the last numbered row of
/// `rows` (`3` after `2`): the rows of one table printed under a repeated
/// header.
fn numbered_on(rows: &[RawRow<'_>], next: &[RawRow<'_>]) -> bool {
    let first_number = |r: &RawRow<'_>| r.cells.iter().find_map(|c| c.first().and_then(|t| number(t)));
    let last = rows.iter().rev().filter(|r| !r.heading).find_map(first_number);
    let first = next.iter().filter(|r| !r.heading).find_map(first_number);
    matches!((last, first), (Some(a), Some(b)) if b == a + 1)
}

/// Cheap first check for a table in a run of lines: the input holds an HTML
/// `<table>`, or a line starts with `|` or with `序号` (two prefix compares a
/// line, no scan).
pub(crate) fn candidate(src: &Source<'_>, lines: &[Line<'_>]) -> bool {
    // (a line's first three bytes compared at once, without a branch, with
    // `|` and the first characters of 序号, 指标 and 类别: the prefix
    // compares only on the rare line that starts so)
    const FIRSTS: [[u8; 3]; 3] = [punct::utf8_3('序'), punct::utf8_3('指'), punct::utf8_3('类')];
    lines.iter().any(|l| {
        let b = l.text.as_bytes();
        let head = b.first_chunk::<3>().copied().unwrap_or_default();
        let may_open = (b.first() == Some(&b'|')) | (head == FIRSTS[0]) | (head == FIRSTS[1]) | (head == FIRSTS[2]);
        (may_open && (b[0] == b'|' || l.text.starts_with("序号") || indicator_start(l.text)))
            || unnumbered_start(l.text)
    }) || src.has_html_table()
}

/// Whether a line is a row of a pipe or tab-separated table.
pub(crate) fn row_line(t: &str) -> bool {
    t.starts_with('|') || t.contains('\t')
}

/// Whether a line reads as a table header cell.
fn header_like(t: &str) -> bool {
    super::chars_in(t, 1, MAX_HEADER)
        && punct::find_prose_punct(t).is_none()
        && !t.bytes().all(|b| b.is_ascii_digit())
        && marker(t).is_none()
}

/// A 序号 cell: 1–4 ASCII digits, a positive number (`0`, `00` number no
/// row: a block's number is positive).
fn number(t: &str) -> Option<u32> {
    // (a 序号 written as a marker: （1）, (1), 1., 1、; one last-byte test
    // before any strip)
    let t = match t.as_bytes().last() {
        Some(b'.' | b')' | 0x81 | 0x89) => t
            .strip_suffix('.')
            .or_else(|| t.strip_suffix(punct::DUNHAO))
            .or_else(|| t.strip_prefix(punct::FW_LPAREN).and_then(|x| x.strip_suffix(punct::FW_RPAREN)))
            .or_else(|| t.strip_prefix('(').and_then(|x| x.strip_suffix(')')))
            .unwrap_or(t),
        _ => t,
    };
    (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
        .filter(|&n| n > 0)
}

/// A sub-number of a 序号 cell: `1.1`, `1.2`, `2-1`, `3．2` (a row under the
/// category row numbered `1`, `2`, `3`): the group's number and the row's,
/// each 1–3 ASCII digits and positive. One first-byte test before the cut.
pub(super) fn sub_number(t: &str) -> Option<(u32, u32)> {
    if !t.as_bytes().first().is_some_and(u8::is_ascii_digit) || t.len() > 9 {
        return None;
    }
    let (g, m) = t.split_once(['.', '-', punct::FW_DOT, punct::FW_HYPHEN])?;
    let part = |p: &str| -> Option<u32> {
        (!p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
            .filter(|&n| n > 0)
    };
    Some((part(g)?, part(m)?))
}

/// The category rows of a table whose 序号 has sub-numbers, made heading
/// rows: a row numbered `n` with no more than a name beside its number (the
/// other cells empty, or one cell across them) right before a row numbered
/// `n.1` or `n-1`, in a table with two sub-numbered rows at least (one is a
/// coincidence). The rows are read in the form's module (the flattened
/// form anchors them on the numbers); a row of a pipe, tab-separated or
/// HTML table is its line or its `<tr>`, so they are found here, once the
/// 序号 column is known. One first-byte test a row of a table with no
/// sub-numbers.
fn category_rows(raw: &mut [RawRow<'_>], k: usize) {
    fn num<'r>(r: &'r RawRow<'_>, k: usize) -> Option<&'r str> {
        r.cells.get(k).and_then(|c| c.first().copied())
    }
    let sub = |r: &RawRow<'_>| num(r, k).and_then(sub_number);
    if raw.iter().filter(|r| !r.heading && sub(r).is_some()).nth(1).is_none() {
        return;
    }
    for at in 0..raw.len() {
        let r = &raw[at];
        let Some(n) = num(r, k).and_then(number).filter(|_| !r.heading) else { continue };
        let named = r.cells.iter().filter(|c| !c.is_empty()).count() <= 2;
        let next = raw[at + 1..].iter().find(|r| !r.heading).and_then(sub);
        if named && next.is_some_and(|(g, _)| g == n) {
            raw[at].heading = true;
        }
    }
}

/// A heading row spanning the table: 行动一：…, 一、…, （一）….
fn heading_line(t: &str) -> bool {
    marker(t).is_some_and(|m| !matches!(m.kind, BlockKind::Item | BlockKind::Circled))
}

/// Whether `hay` holds `word`, as `str::contains` says, by a walk over the
/// bytes of a short text (a cell or a header) that compares the rest of the
/// word only where its first byte stands: `str::contains` prepares a
/// searcher on every call, which costs more than the walk here.
fn holds(hay: &str, word: &str) -> bool {
    let (h, w) = (hay.as_bytes(), word.as_bytes());
    let Some((&first, rest)) = w.split_first() else { return true };
    h.len() >= w.len() && (0..=h.len() - w.len()).any(|i| h[i] == first && h[i + 1..i + w.len()] == *rest)
}

/// A table as read: its form, its header (per column the names of the
/// header cells over it, top to bottom: one but under a two-row HTML
/// header), its rows and the lines it takes.
type Read<'c> = (TableForm, Vec<Parts<'c>>, Vec<RawRow<'c>>, Range<usize>);

/// A header of one row: one name a column.
fn one_level<'c>(header: Vec<&'c str>) -> Vec<Parts<'c>> {
    header.into_iter().map(Parts::One).collect()
}

/// The header cell a table's 序号 column has.
const NUMBER_HEADER: &str = "序号";

/// The text and raw span of a cell's lines.
fn node<'a>(src: &Source<'a>, parts: &[&str]) -> (Text<'a>, Span) {
    match parts {
        [] => (Cow::Borrowed(""), Span::new(0, 0)),
        [one] => src.node(one),
        _ => {
            let text: String = parts.join("\n");
            let span = src.span_of(parts[0]).cover(&src.span_of(parts[parts.len() - 1]));
            (Cow::Owned(text), span)
        }
    }
}

/// Whether a line of a table is an HTML tag cleaning left as text (a tag
/// not closed, or one broken by another `<` inside it): `<` then a letter or
/// `/` and a letter (`<td width="72" valign=…`, `</td`). First byte first.
/// Such a line is dropped from a table with a `table-broken-tag` warning:
/// it is no cell, takes no column in alignment, and is never a row's title.
fn broken_tag(t: &str) -> bool {
    let b = t.as_bytes();
    b.first() == Some(&b'<')
        && match b.get(1) {
            Some(b'/') => b.get(2).is_some_and(u8::is_ascii_alphabetic),
            Some(c) => c.is_ascii_alphabetic(),
            None => false,
        }
}

/// Type the columns, fill merged cells, check the rows, and make the row
/// blocks of a task table.
fn assemble<'a>(
    src: &Source<'a>,
    form: TableForm,
    header: &[Parts<'_>],
    mut raw: Vec<RawRow<'_>>,
    lines: Range<usize>,
    diags: &mut Vec<Diagnostic>,
) -> Found<'a> {
    // a tag cleaning could not read is markup, never cell text (the readers
    // pass such lines over; `tables` tells them): a cell left with no line
    // is missing
    for r in &mut raw {
        for c in &mut r.cells {
            if c.iter().any(|t| broken_tag(t)) {
                *c = c.iter().copied().filter(|t| !broken_tag(t)).collect();
            }
        }
    }
    let mut columns: Vec<Column<'a>> = header.iter().map(|h| column(src, h)).collect();
    let mut named = columns.iter().filter(|c| !c.span.is_empty() || !c.name.is_empty()).map(|c| c.span);
    let first = named.next().unwrap_or(Span::new(0, 0));
    let head_span = named.fold(first, |a, b| a.cover(&b));
    // a column with no header text: an empty span where the header ends
    for c in &mut columns {
        if c.name.is_empty() && c.span.is_empty() {
            c.span = Span::new(head_span.end, head_span.end);
        }
    }
    // one cell per line because cleaning broke an HTML table at its cells
    let form = match form {
        TableForm::Flattened
            if src.raw.get(head_span.start..head_span.end).is_some_and(|r| r.contains("<td") || r.contains("<th")) =>
        {
            TableForm::Html
        }
        f => f,
    };
    let num_col = columns.iter().position(|c| c.role == ColumnRole::Number);
    if let Some(k) = num_col.filter(|_| matches!(form, TableForm::Pipe | TableForm::Tsv | TableForm::Html)) {
        category_rows(&mut raw, k);
    }
    let task_cols: Vec<usize> =
        columns.iter().enumerate().filter(|(_, c)| c.role == ColumnRole::Task).map(|(k, _)| k).collect();
    let body_cols: Vec<usize> =
        columns.iter().enumerate().filter(|(_, c)| c.role.body_role().is_some()).map(|(k, _)| k).collect();
    let deadline_col = columns.iter().position(|c| c.role == ColumnRole::Deadline);
    let tasks = !task_cols.is_empty() && !body_cols.is_empty();
    let m = columns.len();
    // the last own cell of each column: its row (for its lines) and node
    let mut above: Vec<Option<(usize, Cell<'a>)>> = vec![None; m];
    let mut rows: Vec<Row<'a>> = Vec::with_capacity(raw.len());
    let mut blocks = Vec::new();
    let mut last_number: Option<u32> = None;
    let mut last_sub: Option<(u32, u32)> = None;
    let mut span = head_span;
    if raw.iter().all(|r| r.heading) {
        diags.push(Diagnostic::new(
            Severity::Warning,
            codes::TABLE_EMPTY,
            "table header with no row under it",
            head_span,
        ));
    }
    // the own cells of every row of an HTML table, for the cells merged
    // with them (empty for the other forms)
    let mut kept: Vec<Vec<Option<Cell<'a>>>> = Vec::new();
    // (per-row scratch, kept from row to row: each own cell's node, and
    // the cells each column inherits)
    let mut own: Vec<Option<Cell<'a>>> = Vec::with_capacity(m);
    let mut inherited_parts: Vec<Option<&Parts<'_>>> = Vec::with_capacity(m);
    // the bodies of a row's cells, gathered here before each list is
    // allocated at its length (kept from row to row)
    let mut bodies: Vec<Agency<'a>> = Vec::new();
    // the bodies of the last merged cell each column inherited, read once
    // for all the rows under it (see `row_block`)
    let mut merged: Vec<Merged<'a>> = Vec::new();
    for (ri, r) in raw.iter().enumerate() {
        // each own cell's node, once
        own.clear();
        own.extend(r.cells.iter().map(|c| {
            (!c.is_empty()).then(|| {
                let (text, s) = node(src, c);
                Cell { text, span: s, inherited: false }
            })
        }));
        if !r.from.is_empty() {
            kept.resize(ri, Vec::new());
            kept.push(own.clone());
        }
        let mut spans = own.iter().flatten().map(|c| c.span);
        let row_span = match spans.next() {
            Some(a) => spans.fold(a, |x, y| x.cover(&y)),
            None => Span::new(span.end, span.end),
        };
        span = span.cover(&row_span);
        if r.heading {
            // (one cell, but for a category row of a table whose 序号 has
            // sub-numbers: its number and name)
            let cells = own.drain(..).flatten().collect();
            rows.push(Row { cells, heading: true, span: row_span });
            continue;
        }
        if r.cells.len() > m {
            diags.push(Diagnostic::new(
                Severity::Warning,
                codes::TABLE_EXTRA_CELLS,
                format!(
                    "table row has {} cells for {m} columns; the extra cells are kept after the others",
                    r.cells.len()
                ),
                row_span,
            ));
        }
        let mut cells = Vec::with_capacity(r.cells.len().max(m));
        let mut missing = Vec::new();
        inherited_parts.clear();
        inherited_parts.resize(m, None);
        let width = own.len().max(m);
        let mut own = own.drain(..);
        for j in 0..width {
            let slot = r.from.get(j).copied().unwrap_or(Slot::Read);
            let c = own.next().flatten();
            if let (None, Slot::Merged(fr, fc)) = (&c, slot) {
                // a cell a `colspan`/`rowspan` cell covers: that cell
                match kept.get(fr).and_then(|k| k.get(fc)).cloned().flatten() {
                    Some(o) => {
                        cells.push(Cell { inherited: true, ..o });
                        if j < m {
                            inherited_parts[j] = raw[fr].cells.get(fc);
                        }
                    }
                    None => cells.push(Cell {
                        text: Cow::Borrowed(""),
                        span: Span::new(row_span.start, row_span.start),
                        inherited: false,
                    }),
                }
                continue;
            }
            if c.is_none() && slot == Slot::Empty {
                // an HTML cell with no text: empty, not merged
                cells.push(Cell {
                    text: Cow::Borrowed(""),
                    span: Span::new(row_span.start, row_span.start),
                    inherited: false,
                });
                continue;
            }
            match (c, j < m) {
                (Some(c), _) => {
                    if j < m {
                        above[j] = Some((ri, c.clone()));
                    }
                    cells.push(c);
                }
                (None, true) => match above[j].as_ref().filter(|_| inheritable(columns[j].role)) {
                    Some((from, c)) => {
                        cells.push(Cell { inherited: true, ..c.clone() });
                        inherited_parts[j] = raw[*from].cells.get(j);
                    }
                    None => {
                        if columns[j].role != ColumnRole::Other {
                            missing.push(columns[j].name.to_string());
                        }
                        cells.push(Cell {
                            text: Cow::Borrowed(""),
                            span: Span::new(row_span.start, row_span.start),
                            inherited: false,
                        });
                    }
                },
                (None, false) => {}
            }
        }
        if form == TableForm::RunOn && r.cells.len() < m && r.cells.len() > 2 {
            diags.push(Diagnostic::new(
                Severity::Info,
                codes::TABLE_RAGGED,
                format!(
                    "table row has {} cells for {m} columns: its last cells ran together in the text with nothing between them; kept as one cell",
                    r.cells.len()
                ),
                row_span,
            ));
        } else if (matches!(form, TableForm::Pipe | TableForm::Tsv) || !r.from.is_empty()) && r.cells.len() < m {
            diags.push(Diagnostic::new(
                Severity::Info,
                codes::TABLE_RAGGED,
                format!(
                    "table row has {} cells for {m} columns; the missing ones are read as merged with the row above",
                    r.cells.len()
                ),
                row_span,
            ));
        }
        if r.clamped {
            diags.push(Diagnostic::new(
                Severity::Warning,
                codes::TABLE_SPAN,
                "table cell's colspan or rowspan reaches past the table; cut at its edge",
                row_span,
            ));
        }
        if !missing.is_empty() {
            diags.push(Diagnostic::new(
                Severity::Info,
                codes::TABLE_RAGGED,
                format!("table row has no cell under {} and none above to inherit; left empty", missing.join(", ")),
                row_span,
            ));
        }
        let num_cell = num_col.and_then(|k| r.cells.get(k)).and_then(|c| c.first());
        let n = num_cell.and_then(|t| number(t));
        // a sub-number (1.1 under the category row 1): checked within its
        // group, the group taken as the last number
        let sub = if n.is_none() { num_cell.and_then(|t| sub_number(t)) } else { None };
        if let Some((g, m)) = sub {
            let expect = match last_sub {
                Some((lg, lm)) if lg == g => lm + 1,
                _ => 1,
            };
            if m != expect {
                diags.push(Diagnostic::new(
                    Severity::Warning,
                    codes::TABLE_NUMBERING,
                    format!("table row 序号 {g}.{m} where {g}.{expect} was expected"),
                    row_span,
                ));
            }
            last_sub = Some((g, m));
            last_number = Some(g);
        }
        if let Some(n) = n {
            let expect = last_number.map_or(1, |p| p + 1);
            if n != expect {
                diags.push(Diagnostic::new(
                    Severity::Warning,
                    codes::TABLE_NUMBERING,
                    format!("table row 序号 {n} where {expect} was expected"),
                    row_span,
                ));
            }
            last_number = Some(n);
        }
        // (a run-on row whose cells ran together has no task to read)
        if tasks && (form != TableForm::RunOn || r.cells.len() >= m) {
            blocks.push(row_block(
                src,
                &r.cells,
                &inherited_parts,
                &columns,
                &task_cols,
                &body_cols,
                deadline_col,
                n.or(sub.map(|s| s.1)),
                &cells,
                row_span,
                blocks.len(),
                &mut bodies,
                &mut merged,
            ));
        }
        rows.push(Row { cells, heading: false, span: row_span });
    }
    Found { table: Table { form, columns, rows, span }, rows: blocks, lines }
}

/// The bodies of a merged cell a column's rows inherit, read once: the
/// cell is known by its address (compared, never read through).
struct Merged<'a> {
    column: usize,
    cell: *const (),
    bodies: Vec<Agency<'a>>,
}

/// The block of one row of a task table.
///
/// Its title is the first line (up to a 。) of its first OWN task cell that
/// comes after its 序号 marker in the text; spans always point at the text
/// they name, so:
/// - a task cell the row inherits from a merged cell above (`rowspan`, or a
///   missing cell repeating the one above) is never its title: that text
///   lies in the row above, before the marker. The row then takes its next
///   own task cell's line as title, or none; the inherited cell stays in the
///   table's `cells` (`inherited: true`);
/// - a task cell before the marker (a task column left of 序号, or a
///   flattened table's line that belongs to the row above and was read as
///   this row's lead cell) is kept as a paragraph of the row, not its title.
///
/// So a title span is inside the row's span and after its marker (the tree
/// invariants of `tests/common` and `fuzz/src/check.rs`).
#[allow(clippy::too_many_arguments)]
fn row_block<'a>(
    src: &Source<'a>,
    own: &[Parts<'_>],
    inherited: &[Option<&Parts<'_>>],
    columns: &[Column<'a>],
    task_cols: &[usize],
    body_cols: &[usize],
    deadline_col: Option<usize>,
    n: Option<u32>,
    cells: &[Cell<'a>],
    span: Span,
    index: usize,
    bodies: &mut Vec<Agency<'a>>,
    merged: &mut Vec<Merged<'a>>,
) -> Block<'a> {
    let num_col = columns.iter().position(|c| c.role == ColumnRole::Number);
    let (marker, marker_span) = match num_col.and_then(|k| own.get(k)).and_then(|c| c.first()) {
        Some(t) => src.node(t),
        None => (Cow::Borrowed(""), Span::new(span.start, span.start)),
    };
    let mut title = None;
    let mut title_span = None;
    let mut paragraphs: Vec<Paragraph<'a>> = Vec::new();
    for &k in task_cols {
        let Some(parts) = own.get(k).filter(|p| !p.is_empty()) else { continue };
        // a first line wrapped on the next ones (ends in ，): the title is
        // the lines up to the first that is not
        let wrap = match parts.iter().position(|l| !wrapped(l)) {
            Some(w) if w > 0 && !parts[..w].iter().any(|l| l.contains(punct::JUHAO)) => w,
            _ => 0,
        };
        for (x, line) in parts.iter().enumerate() {
            if wrap > 0 && x <= wrap && title.is_none() && src.span_of(parts[0]).start >= marker_span.end {
                if x < wrap {
                    continue;
                }
                // (the lines joined, the span over them)
                let head = &line[..line.find(punct::JUHAO).unwrap_or(line.len())];
                let mut joined = String::new();
                for l in &parts[..wrap] {
                    joined.push_str(&src.node(l).0);
                }
                joined.push_str(&src.node(head).0);
                title = Some(Cow::Owned(joined));
                title_span = Some(src.span_of(parts[0]).cover(&src.node(head).1));
                if head.len() < line.len() {
                    let rest = punct::trim(&line[head.len() + punct::JUHAO.len_utf8()..]);
                    if !rest.is_empty() {
                        paragraphs.push(src.paragraph(rest));
                    }
                }
                continue;
            }
            // a row's title is the first line of its own first task cell that
            // comes after its marker in the text (see `row_block`)
            if title.is_none() && x == 0 && src.span_of(line).start >= marker_span.end {
                let cut = line.find(punct::JUHAO);
                let head = &line[..cut.unwrap_or(line.len())];
                let (t, s) = src.node(head);
                title = Some(t);
                title_span = Some(s);
                if let Some(c) = cut {
                    let rest = punct::trim(&line[c + punct::JUHAO.len_utf8()..]);
                    if !rest.is_empty() {
                        paragraphs.push(src.paragraph(rest));
                    }
                }
            } else {
                paragraphs.push(src.paragraph(line));
            }
        }
    }
    // (appended to `out`: a row's inherited bodies go to one list, none
    // is collected on its own first)
    let agencies_into = |parts: &[&str], role: Role, out: &mut Vec<Agency<'a>>| {
        // a cell naming its lead (市发展改革委（牵头）、市财政局): the
        // marked body leads, the others support
        let marked = parts.iter().any(|l| l.contains("（牵头）"));
        for line in parts {
            // a cell that states the roles (`市绿化市容局牵头，市规划资源局配合`):
            // each group's role word gives its bodies' role (a group is
            // the text between two ，/； outside brackets)
            for group in super::clause::unbroken(line, punct::split_marks::<punct::CommaOrSemicolon>(line)) {
                let (group, stated) = match super::clause::strip_role(punct::trim(group)) {
                    Some((names, r)) if !names.is_empty() => (names, Some(r)),
                    _ => (group, None),
                };
                for item in items(group) {
                    // (bodies written with spaces between them: each its own)
                    spaced_names(item, |item| {
                        let (item, mark) = role_mark(item);
                        let role = match (mark.or(stated), marked) {
                            (Some(r), _) => r,
                            (None, true) => Role::Support,
                            (None, false) => role,
                        };
                        let name = clean_name(item);
                        if !name.is_empty() {
                            let (t, s) = src.node(name);
                            out.push(Agency::unresolved(t, role, s));
                        }
                    });
                }
            }
        }
    };
    let mut responsibilities = Vec::new();
    // (the inherited bodies first in `bodies`, each cell's own after them,
    // taken out at their number: a list grown by doublings copies itself)
    bodies.clear();
    for &k in body_cols {
        let Some(role) = columns[k].role.body_role() else { continue };
        if let Some(parts) = own.get(k).filter(|p| !p.is_empty()) {
            let (raw, s) = node(src, parts);
            let from = bodies.len();
            agencies_into(parts, role, bodies);
            let agencies: Vec<_> = bodies.drain(from..).collect();
            // (a cell of marks alone, `;` `、`, names no body: no responsibility)
            if !agencies.is_empty() {
                responsibilities.push(Responsibility { raw, agencies, notes: Vec::new(), span: s, deadline: None });
            }
        } else if let Some(parts) = inherited[k] {
            // (a merged cell over several rows is read for the first of
            // them; the rows under it copy its bodies: the same cell, so
            // the same text, spans and role)
            let at = merged.iter().position(|m| m.column == k);
            match at.map(|i| &merged[i]).filter(|m| std::ptr::eq(m.cell, std::ptr::from_ref(parts).cast())) {
                Some(m) => bodies.extend_from_slice(&m.bodies),
                None => {
                    let from = bodies.len();
                    agencies_into(parts, role, bodies);
                    let m =
                        Merged { column: k, cell: std::ptr::from_ref(parts).cast(), bodies: bodies[from..].to_vec() };
                    match at {
                        Some(i) => merged[i] = m,
                        None => merged.push(m),
                    }
                }
            }
        }
    }
    // (moved out, not the list taken: it keeps its room for the next row)
    let mut inherited_agencies = Vec::with_capacity(bodies.len());
    inherited_agencies.append(bodies);
    let deadline = deadline_col.and_then(|k| cells.get(k)).filter(|c| !c.text.is_empty()).map(|c| Deadline {
        text: c.text.clone(),
        by: None,
        ongoing: false,
        every: None,
        span: c.span,
    });
    // (references are given by the citation pass, which reads the text:
    // reference::attach)
    let mut block = Block {
        kind: BlockKind::Row,
        level: 1,
        marker,
        marker_span,
        number: n.unwrap_or_else(|| u32::try_from(index + 1).unwrap_or(u32::MAX)),
        title,
        title_span,
        paragraphs,
        responsibilities,
        children: Vec::new(),
        rare: None,
        span,
    };
    if !inherited_agencies.is_empty() {
        *block.inherited_mut() = inherited_agencies;
    }
    block.set_deadline(deadline);
    block
}

#[cfg(test)]
mod tests {
    use super::flattened::align;
    use super::*;

    #[test]
    fn parts_hold_lines_in_order() {
        let mut p = Parts::None;
        assert!(p.is_empty());
        p.push("b");
        assert!(matches!(p, Parts::One("b")));
        p.push_front("a");
        p.push("c");
        p.push_front("0");
        assert_eq!(p, vec!["0", "a", "b", "c"]);
        let mut q = Parts::None;
        q.push_front("x");
        q.push_front("w");
        assert_eq!(q, vec!["w", "x"]);
        assert_eq!(["a", "b"].into_iter().collect::<Parts<'_>>(), vec!["a", "b"]);
        assert!(matches!(["a"].into_iter().collect::<Parts<'_>>(), Parts::One("a")));
        assert!(matches!(std::iter::empty().collect::<Parts<'_>>(), Parts::None));
    }

    #[test]
    fn holds_is_contains() {
        for hay in ["", "序号", "牵头单位", "工作任务及措施", "a序号b", "2025年底前", "常态化长期", "单"]
        {
            for w in ["", "序号", "单位", "任务", "措施", "年底", "长期", "常态", "a", "单位单位", "号b"]
            {
                assert_eq!(holds(hay, w), hay.contains(w), "{hay} {w}");
            }
        }
    }

    #[test]
    fn broken_tags() {
        assert!(broken_tag("<td width=\"72\" valign=\"center\" style=\"a:0"));
        assert!(broken_tag("</td"));
        assert!(broken_tag("<TR class=x"));
        assert!(!broken_tag("<"));
        assert!(!broken_tag("< 5"));
        assert!(!broken_tag("<2024年>"));
        assert!(!broken_tag("</"));
        assert!(!broken_tag("建立机制"));
        // alignment passes such a line over
        let (cells, extra) =
            align(&cells_of(&["<td style=\"a:0", "建立机制", "市财政局"]), &[ColumnRole::Task, ColumnRole::Lead]);
        assert_eq!(cells, [vec!["建立机制"], vec!["市财政局"]]);
        assert!(extra.is_empty());
    }

    #[test]
    fn a_header_repeated_over_a_page_break() {
        let text = "某市项目分工表\n序号\n项目名称\n责任单位\n进度安排\n1\n建设口袋公园\n市城市管理局\n2025年10月底前\n2\n新增养老床位\n市民政局\n2025年12月底前\n— 2 —\n序号\n项目名称\n责任单位\n进度安排\n3\n改造老旧小区\n市住房城乡建设局\n2025年11月底前\n";
        let doc = crate::parse(text).unwrap();
        assert_eq!(doc.tables.len(), 1);
        let rows = rows_of(text);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2], ["3", "改造老旧小区", "市住房城乡建设局", "2025年11月底前"]);
        assert!(doc.diagnostics.iter().all(|d| d.code != codes::TABLE_NUMBERING));
        // a second table numbered from 1 again stays a table of its own
        let text = text.replace("\n3\n", "\n1\n");
        assert_eq!(crate::parse(&text).unwrap().tables.len(), 2);
    }

    #[test]
    fn category_rows_over_sub_numbers_in_each_form() {
        let pipe = "某市任务分工\n\n| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 政务服务 | |\n| 1.1 | 推行一网通办 | 市数据局 |\n| 1.2 | 推进证照电子化 | 市市场监管局 |\n| 2 | 要素保障 | |\n| 2.1 | 开展收费检查 | 市发展改革委 |\n";
        let tsv = "某市任务分工\n\n序号\t工作任务\t牵头单位\n1\t政务服务\n1-1\t推行一网通办\t市数据局\n1-2\t推进证照电子化\t市市场监管局\n2\t要素保障\t\n2-1\t开展收费检查\t市发展改革委\n";
        let html = "<p>某市任务分工</p><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>\n<tr><td>1</td><td colspan=\"2\">政务服务</td></tr>\n<tr><td>1.1</td><td>推行一网通办</td><td>市数据局</td></tr>\n<tr><td>1.2</td><td>推进证照电子化</td><td>市市场监管局</td></tr>\n<tr><td>2</td><td colspan=\"2\">要素保障</td></tr>\n<tr><td>2.1</td><td>开展收费检查</td><td>市发展改革委</td></tr></table>\n";
        for text in [pipe, tsv, html] {
            let doc = crate::parse(text).unwrap();
            let heads: Vec<bool> = doc.tables[0].rows.iter().map(|r| r.heading).collect();
            assert_eq!(heads, [true, false, false, true, false], "{text}");
            let rows: Vec<_> = doc.all_blocks().filter(|b| b.kind == BlockKind::Row).collect();
            assert_eq!(rows.len(), 3, "{text}");
            assert!(rows.iter().all(|b| b.inherited().is_empty()), "{text}");
            assert!(doc.diagnostics.iter().all(|d| d.code != codes::TABLE_NUMBERING), "{text}");
        }
        // a numbered row with bodies of its own over its sub-rows stays a
        // row; one sub-number alone makes no category
        let own = pipe.replace("| 1 | 政务服务 | |", "| 1 | 政务服务 | 市政府办公室 |");
        let doc = crate::parse(&own).unwrap();
        assert!(!doc.tables[0].rows[0].heading);
        let one = pipe.replace("| 1.2 |", "| 3 |").replace("| 2 |", "| 4 |").replace("| 2.1 |", "| 5 |");
        let doc = crate::parse(&one).unwrap();
        assert!(doc.tables[0].rows.iter().all(|r| !r.heading));
    }

    #[test]
    fn numbers_written_as_markers() {
        assert_eq!(number("12"), Some(12));
        assert_eq!(number("（3）"), Some(3));
        assert_eq!(number("(3)"), Some(3));
        assert_eq!(number("3."), Some(3));
        assert_eq!(number("3、"), Some(3));
        assert_eq!(number("（一）"), None);
        assert_eq!(number("0."), None);
        assert_eq!(number("备注）"), None);
        // a headless table whose 序号 are markers: rows, no blocks
        let text = "某市任务分工\n序号\n工作任务\n责任单位\n1.\n开展培训\n市人社局\n2.\n推进就业\n市教育局\n";
        let doc = crate::parse(text).unwrap();
        let rows: Vec<_> = doc.all_blocks().filter(|b| b.kind == BlockKind::Row).map(|b| b.marker.as_ref()).collect();
        assert_eq!(rows, ["1.", "2."]);
        // a marked line outside the table: read as blocks
        let text = format!("{text}1.加强领导。各单位要高度重视。\n");
        let doc = crate::parse(&text).unwrap();
        assert!(doc.all_blocks().any(|b| b.kind != BlockKind::Row));
    }

    /// Lines of the given texts (for [`align`]).
    pub(super) fn cells_of<'c>(texts: &[&'c str]) -> Vec<Line<'c>> {
        texts.iter().map(|&text| Line { text, start: 0 }).collect()
    }

    #[test]
    fn a_table_cut_by_a_page_break_and_a_running_header_is_one() {
        let text = "某省任务分工\n\n| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 1 | 新建基站 | 省通信管理局 |\n— 2 —\n某省人民政府行政规范性文件\n| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 2 | 建设平台 | 省数据局 |\n";
        let doc = crate::parse(text).unwrap();
        assert_eq!(doc.tables.len(), 1);
        assert_eq!(rows_of(text), [vec!["1", "新建基站", "省通信管理局"], vec!["2", "建设平台", "省数据局"]]);
        assert!(
            doc.diagnostics.iter().any(|d| d.message.contains("running header")
                && &text[d.span.start..d.span.end] == "某省人民政府行政规范性文件")
        );
        // rows not numbered on: two tables, the line between a paragraph
        let text = text.replace("| 2 |", "| 1 |");
        assert_eq!(crate::parse(&text).unwrap().tables.len(), 2);
    }

    pub(super) fn rows_of(text: &str) -> Vec<Vec<String>> {
        let doc = crate::parse(text).unwrap();
        let t = doc
            .tables
            .first()
            .or_else(|| doc.attachments.iter().flat_map(|a| a.tables.iter()).next())
            .expect("a table");
        t.rows.iter().map(|r| r.cells.iter().map(|c| c.text.to_string()).collect()).collect()
    }
}
