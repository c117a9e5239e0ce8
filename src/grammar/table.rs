//! Tables: a task table (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限) in any
//! of the forms scraped text gives it, rebuilt into rows and columns.
//!
//! - flattened: one cell per line ([`flattened`]); rows are anchored on the
//!   序号 cells, the cells between two anchors are aligned to the columns by
//!   what each column holds (bodies, a deadline, a short category, a task),
//!   a cell missing from a row is the merged cell above (inherited);
//! - pipe: markdown `| a | b |` lines ([`pipe`]);
//! - tab-separated lines ([`tsv`]);
//! - HTML `<table>` ([`html`]): cleaning turns `<tr>` and `<td>`/`<th>` into
//!   line breaks; the rows and cells are rebuilt from the tags between two
//!   lines, read in order, whatever the columns (no 序号 needed). A
//!   `rowspan` cell fills its column of the rows under it and a `colspan`
//!   cell the columns to its right, as inherited cells (same text and span);
//!   a header of two or three rows (a first-row cell with a `colspan`) names
//!   each column `上级 / 下级` (`责任单位 / 牵头单位`); a first row of one
//!   cell across the table is a title (a heading row). Spans past the table
//!   are cut at its edge (`table-span-clamped`), never allocated.
//!
//! Then [`assemble`] types the columns ([`ColumnRole`] from the header
//! names), fills merged cells and, when the columns name tasks and bodies,
//! turns each row into a block of kind `row` with responsibilities whose
//! roles come from the column headers. Bad input (ragged rows, a header with
//! no rows, extra cells, a 序号 that skips) becomes diagnostics; every cell
//! is kept.
//!
//! Cost: a body is looked at only when one of its lines starts with `|` or
//! with `序号` (a tab-separated table is recognised by a header whose first
//! cell is 序号); nothing but that prefix test is done per line otherwise.

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
    lines.iter().any(|l| l.text.starts_with('|') || l.text.starts_with("序号") || indicator_start(l.text))
        || src.has_html_table()
}

/// Whether a line starts as the header of a plan's indicator table
/// (`指标⇥2020年⇥2025年⇥属性`, `类别⇥指标⇥…`, cells separated by tabs): two
/// prefix compares.
fn indicator_start(t: &str) -> bool {
    t.starts_with("指标") || t.starts_with("类别")
}

/// Whether a header is an indicator table's, which names no body's role:
/// a cell holding 指标 (指标, 主要指标, 指标名称) and another that is a
/// year (`2020年`, `2025年目标值`) or a value or kind of the indicators
/// (属性, 基期值, 目标值, 现状值, 预期值, 规划值). Plans print their targets
/// so, in 专栏 boxes and under 表N captions.
fn indicator_header(header: &[&str]) -> bool {
    header.iter().any(|h| holds(h, "指标")) && header.iter().any(|h| !holds(h, "指标") && indicator_value(h))
}

/// Values of indicators a column may hold, beside years.
const INDICATOR_VALUES: [&str; 6] = ["属性", "基期值", "目标值", "现状值", "预期值", "规划值"];

/// Whether a header cell names a column of values of an indicator table:
/// a year (`2020年`, `2025年目标值`) or one of [`INDICATOR_VALUES`].
fn indicator_value(h: &str) -> bool {
    let b = h.as_bytes();
    let year = b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && h[4..].starts_with('年');
    year || INDICATOR_VALUES.iter().any(|v| holds(h, v))
}

/// Most characters of an indicator's name, and of a value, in a flattened
/// indicator table.
const MAX_INDICATOR: usize = 40;
const MAX_VALUE: usize = 16;

/// Whether `cell` fits a column of a flattened indicator table headed
/// `head`: a kind (约束性, 预期性) under 属性, a number (or a dash) under a
/// year or a value, a name without a sentence end under the others. Rows
/// are read only while every cell fits, so a merged cell, which shifts the
/// cells after it, ends the table instead of misplacing them.
fn fits_indicator(head: &str, cell: &str) -> bool {
    if holds(head, "属性") {
        return cell.ends_with('性') && super::chars_in(cell, 2, 4);
    }
    if indicator_value(head) {
        return super::chars_in(cell, 1, MAX_VALUE)
            && punct::find_prose_punct(cell).is_none()
            && (cell.chars().any(super::numeral::is_digit) || matches!(cell, "—" | "－" | "-" | "/" | "／" | "——"));
    }
    super::chars_in(cell, 1, MAX_INDICATOR) && !cell.contains(punct::JUHAO) && marker(cell).is_none()
}

/// A plan's indicator table flattened one cell per line, with no 序号
/// column to anchor its rows (`指标` / `2020年` / `2025年` / `属性`, then
/// each row's cells in turn): the header runs from its 指标 or 类别 cell
/// over the cells of [`indicator_header`]'s kinds; each row is as many
/// lines, read while every cell fits its column ([`fits_indicator`]).
fn flattened_indicators<'c>(body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
    let mut end = at + 1;
    while end < body.len()
        && end - at < MAX_COLUMNS
        && header_like(body[end].text)
        && (holds(body[end].text, "指标") || indicator_value(body[end].text))
    {
        end += 1;
    }
    let header: Vec<&'c str> = body[at..end].iter().map(|l| l.text).collect();
    if header.len() < 3 || !indicator_header(&header) {
        return None;
    }
    let width = header.len();
    let mut rows = Vec::new();
    let mut i = end;
    while i + width <= body.len() && body[i..i + width].iter().zip(&header).all(|(l, h)| fits_indicator(h, l.text)) {
        rows.push(RawRow::new(body[i..i + width].iter().map(|l| Parts::One(l.text)).collect(), false));
        i += width;
    }
    if rows.is_empty() {
        return None;
    }
    Some((TableForm::Flattened, one_level(header), rows, at..i))
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

/// A heading row spanning the table: 行动一：…, 一、…, （一）….
fn heading_line(t: &str) -> bool {
    marker(t).is_some_and(|m| !matches!(m.kind, BlockKind::Item | BlockKind::ParenItem | BlockKind::Circled))
}

/// What a column holds, from its header.
pub(crate) fn role_of(name: &str) -> ColumnRole {
    let has = |w: &str| holds(name, w);
    if has("序号") || name == "编号" {
        ColumnRole::Number
    } else if names_a_person(name) {
        // (责任领导, 牵头领导, 责任人: a person, not a body)
        ColumnRole::Other
    } else if has("牵头") {
        ColumnRole::Lead
    } else if has("配合") || has("参与") || has("协办") || has("协同") {
        ColumnRole::Support
    } else if has("责任") || has("推进单位") || has("主体") || has("负责") || has("单位") || has("部门") {
        ColumnRole::Responsible
    } else if has("时限") || has("时间") || has("节点") || has("期限") || has("进度") {
        ColumnRole::Deadline
    } else if has("类型") || has("类别") || has("领域") || has("方面") || (has("名称") && has("任务")) {
        ColumnRole::Category
    } else if has("任务") || has("措施") || has("内容") || has("举措") || has("事项") || has("工作") || has("项目")
    {
        ColumnRole::Task
    } else {
        ColumnRole::Other
    }
}

/// Whether a column header names a person who answers for the task
/// (责任领导, 分管领导, 牵头领导, 责任人, 联系人), whose cells are no bodies.
fn names_a_person(name: &str) -> bool {
    ["领导", "责任人", "联系人", "经办人"].iter().any(|w| holds(name, w))
        && !holds(name, "单位")
        && !holds(name, "部门")
}

/// Whether a missing cell of this column repeats the one above (a merged
/// cell) rather than being empty.
fn inheritable(role: ColumnRole) -> bool {
    !matches!(role, ColumnRole::Number | ColumnRole::Other)
}

/// Last characters of a body's name.
/// (a set: one load and compare where `str::contains` searched a string
/// of them for the character)
const BODY_END_SET: super::CharSet<128> = super::CharSet::new(&[
    '局', '委', '办', '府', '院', '部', '厅', '会', '组', '心', '团', '司', '室', '处', '科', '队', '所', '站', '馆',
    '社', '镇', '道', '区', '市', '省', '县', '乡', '村', '位', '门', '行', '校', '园', '班', '署', '构', '关', '网',
    '联', '协',
]);

/// Whether `name` ends like a body's name (市水务局, 各居委会), what stands
/// in brackets at its end left aside (各镇（街道）).
pub(crate) fn ends_like_body(name: &str) -> bool {
    let mut depth = 0usize;
    for c in name.chars().rev() {
        if punct::is_rparen(c) {
            depth += 1;
        } else if punct::is_lparen(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            return BODY_END_SET.contains(c);
        }
    }
    false
}

/// Whether a cell reads as a list of bodies: every item between two of
/// 、，； ends like a body's name, what stands in brackets left aside
/// (区委组织部（区公务员局）, and a bracket that holds a list of its own:
/// 区委宣传部（区文明办、区政府新闻办）). One walk over the characters.
fn bodies_like(t: &str) -> bool {
    // (bounded in bytes: about 200 ideographs)
    if t.is_empty() || t.len() > 600 || punct::find_marks::<punct::Juhao>(t).is_some() {
        return false;
    }
    let mut depth = 0usize;
    // the last character of the item outside brackets (None: nothing yet)
    let mut last: Option<char> = None;
    let ends_ok = |last: Option<char>| last.is_none_or(|c| BODY_END_SET.contains(c));
    // the last character of a stretch of text, white space aside
    let tail = |s: &str| s.trim_end_matches(punct::is_space).chars().next_back();
    // (only the marks are looked at, found 16 bytes at a time; the text
    // between two is read back from its end)
    let mut from = 0;
    for k in punct::mark_positions::<punct::ItemBounds>(t) {
        let Some(c) = t[k..].chars().next() else { break };
        if depth == 0 {
            last = tail(&t[from..k]).or(last);
        }
        if punct::is_lparen(c) {
            depth += 1;
        } else if punct::is_rparen(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            if !ends_ok(last) {
                return false;
            }
            last = None;
        }
        from = k + c.len_utf8();
    }
    if depth == 0 {
        last = tail(&t[from..]).or(last);
    }
    ends_ok(last)
}

/// The items of a list of bodies: the text between two of 、，；, but not
/// inside brackets (区委宣传部（区文明办、区政府新闻办） is one item).
fn items(t: &str) -> impl Iterator<Item = &str> {
    let mut depth = 0usize;
    let mut from = 0;
    // (only the marks are looked at, found 16 bytes at a time)
    let mut cuts = punct::mark_positions::<punct::ItemBounds>(t).filter_map(move |k| {
        let c = t[k..].chars().next()?;
        if punct::is_lparen(c) {
            depth += 1;
        } else if punct::is_rparen(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            return Some((k, k + c.len_utf8()));
        }
        None
    });
    std::iter::from_fn(move || {
        if from > t.len() {
            return None;
        }
        match cuts.next() {
            Some((a, b)) => {
                let item = &t[from..a];
                from = b;
                Some(item)
            }
            None => {
                let item = &t[from..];
                from = t.len() + 1;
                Some(item)
            }
        }
    })
}

/// An item of a body cell with the role written after it in brackets
/// (`市发展改革委（牵头）`, `市财政局（配合）`): the name before the bracket
/// and the role. One test of the last character first, so an unmarked item
/// costs one comparison.
fn role_mark(item: &str) -> (&str, Option<Role>) {
    if !item.ends_with(punct::FW_RPAREN) {
        return (item, None);
    }
    for (mark, role) in [("（牵头）", Role::Lead), ("（配合）", Role::Support), ("（负责）", Role::Responsible)]
    {
        if let Some(name) = item.strip_suffix(mark) {
            return (name, Some(role));
        }
    }
    (item, None)
}

/// The first halves of header names a narrow column wraps over two lines
/// (`牵头` / `单位`, `完成` / `时限`, `重点` / `任务`).
const SPLIT_HEADS: [&str; 14] =
    ["重点", "工作", "具体", "主要", "完成", "牵头", "配合", "责任", "参与", "推进", "时间", "进度", "预期", "实施"];
/// Their second halves.
const SPLIT_TAILS: [&str; 10] = ["任务", "单位", "部门", "时限", "时间", "节点", "措施", "处室", "安排", "主体"];

/// Whether two header cells are one name wrapped over two lines: a first
/// half of [`SPLIT_HEADS`] then a second of [`SPLIT_TAILS`] (two slice
/// compares against short tables, for the header's lines only).
fn split_name(a: &str, b: &str) -> bool {
    SPLIT_HEADS.contains(&a) && SPLIT_TAILS.contains(&b)
}

/// Whether a cell reads as a deadline (2025年底前, 2024年6月, 长期坚持).
fn deadline_like(t: &str) -> bool {
    // (bounded in bytes: about 30 ideographs)
    if t.len() > 90 {
        return false;
    }
    // (each character classified without a branch: 1 a date's, 2 a key
    // word's, 0 neither)
    const CLASSES: super::CharSet =
        super::CharSet::map(&[('年', 1), ('月', 1), ('长', 2), ('持', 2), ('每', 2), ('季', 2), ('常', 2)]);
    let (mut digit, mut date, mut key) = (false, false, false);
    for c in t.chars() {
        let class = CLASSES.get(c).unwrap_or(0);
        digit |= c.is_ascii_digit();
        date |= class == 1;
        key |= class == 2;
    }
    (digit && date)
        || ((key || date) && ["长期", "持续", "每年", "年内", "年底", "季度", "常态"].iter().any(|w| holds(t, w)))
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

/// States of [`align`] kept on the stack (a row of up to 11 cells under
/// 10 columns), and cells whose looks are.
const ON_STACK: usize = 264;
const LOOKS_ON_STACK: usize = 16;

/// What a cell looks like, read once before it is tried in each column.
#[derive(Clone, Copy)]
struct Looks {
    bodies: bool,
    deadline: bool,
    /// Short and without prose punctuation: a category.
    label: bool,
    /// Ends in ， or 、: a cell wrapped over lines goes on on the next.
    open: bool,
}

impl Looks {
    /// A filler for unused slots.
    const NONE: Looks = Looks { bodies: false, deadline: false, label: false, open: false };

    fn of(t: &str) -> Looks {
        Looks {
            bodies: bodies_like(t),
            deadline: deadline_like(t),
            // about 20 ideographs
            label: t.len() <= 60 && punct::find_prose_punct(t).is_none(),
            open: wrapped(t),
        }
    }
}

/// Score of putting a cell that looks like `l` in a column of `role`.
fn fit(l: Looks, role: ColumnRole) -> i32 {
    match role {
        ColumnRole::Lead | ColumnRole::Responsible | ColumnRole::Support => {
            if l.bodies {
                3
            } else {
                -3
            }
        }
        ColumnRole::Deadline => {
            if l.deadline {
                3
            } else {
                -3
            }
        }
        ColumnRole::Category => {
            if l.label {
                1
            } else {
                -2
            }
        }
        ColumnRole::Number => -5,
        ColumnRole::Task => {
            if l.bodies || l.deadline {
                0
            } else {
                2
            }
        }
        ColumnRole::Other => 1,
    }
}

/// Score of leaving a column of `role` without a cell in a row.
fn skip(role: ColumnRole) -> i32 {
    match role {
        ColumnRole::Task => -4,
        // (every task has a lead; a 配合 cell is often left empty)
        ColumnRole::Lead => -2,
        _ => -1,
    }
}

/// Whether a line ends in ， or 、, so the cell goes on on the next line
/// (a cell never ends so): one test of the last character.
fn wrapped(t: &str) -> bool {
    t.ends_with(punct::FW_COMMA) || t.ends_with(punct::DUNHAO)
}

/// Score of a further line of a cell already open in a column of `role`;
/// `l` is the line's looks. A body column holds one body a line as well
/// as one line; a task cell's further line is rarely a list of bodies.
fn more(role: ColumnRole, l: Looks) -> i32 {
    match role {
        ColumnRole::Task | ColumnRole::Other if l.bodies => -3,
        ColumnRole::Task | ColumnRole::Other => -1,
        // (one lead a row is the rule)
        ColumnRole::Lead if l.bodies => -1,
        ColumnRole::Responsible | ColumnRole::Support if l.bodies => 0,
        _ => -4,
    }
}

/// Score added to a move after a line that ends wrapped ([`wrapped`]): a
/// new cell is unlikely, the cell's next line likely.
const WRAPPED: i32 = 5;

/// Align `cells` (in order) to `roles` (in order): each column gets a run
/// of cells (a multi-line cell) or none (missing); what cannot be placed
/// is returned as extra cells. One pass of a small dynamic programme:
/// `cells.len() × roles.len()` states.
#[cfg(test)]
fn align<'c>(cells: &[Line<'c>], roles: &[ColumnRole]) -> (Vec<Parts<'c>>, Vec<&'c str>) {
    let mut out = Vec::with_capacity(roles.len());
    let extra = align_into(cells, roles, roles.len(), &mut out, &mut Vec::new());
    (out, extra)
}

/// [`align`], the columns' cells appended where they go: those of the
/// first `split` roles to `a`, the others to `b` (a row's cells are built
/// in place, not collected and moved); returns the extra cells. The cells
/// are lines of the body, read in place.
fn align_into<'c>(
    cells: &[Line<'c>],
    roles: &[ColumnRole],
    split: usize,
    a: &mut Vec<Parts<'c>>,
    b: &mut Vec<Parts<'c>>,
) -> Vec<&'c str> {
    // a tag cleaning could not read is no cell (see `broken_tag`)
    if cells.iter().any(|c| broken_tag(c.text)) {
        let kept: Vec<Line<'c>> = cells.iter().copied().filter(|c| !broken_tag(c.text)).collect();
        return align_into(&kept, roles, split, a, b);
    }
    let (k, m) = (cells.len(), roles.len());
    if m == 0 {
        return cells.iter().map(|c| c.text).collect();
    }
    // state (i, j, open): i cells used, j columns closed, open = column j-1
    // holds a cell; best score and the move that reached it
    const NONE: i32 = i32::MIN / 2;
    let w = m + 1;
    let idx = |i: usize, j: usize, o: usize| (i * w + j) * 2 + o;
    // (the scores, moves and looks of a usual row on the stack: a row
    // allocated them three times)
    let n = (k + 1) * w * 2;
    let (mut best_stack, mut from_stack) = ([NONE; ON_STACK], [0u8; ON_STACK]);
    let (mut best_heap, mut from_heap) = (Vec::new(), Vec::new());
    let (best, from): (&mut [i32], &mut [u8]) = if n <= ON_STACK {
        (&mut best_stack[..n], &mut from_stack[..n])
    } else {
        best_heap.resize(n, NONE);
        from_heap.resize(n, 0);
        (&mut best_heap, &mut from_heap)
    };
    best[idx(0, 0, 0)] = 0;
    let mut looks_stack = [Looks::NONE; LOOKS_ON_STACK];
    let mut looks_heap = Vec::new();
    let looks: &[Looks] = if k <= LOOKS_ON_STACK {
        for (l, c) in looks_stack.iter_mut().zip(cells) {
            *l = Looks::of(c.text);
        }
        &looks_stack[..k]
    } else {
        looks_heap.extend(cells.iter().map(|c| Looks::of(c.text)));
        &looks_heap
    };
    for i in 0..=k {
        for j in 0..=m {
            for o in 0..2 {
                let b = best[idx(i, j, o)];
                if b == NONE {
                    continue;
                }
                let mut go = |ni: usize, nj: usize, no: usize, s: i32, kind: u8| {
                    let t = idx(ni, nj, no);
                    if b + s > best[t] {
                        best[t] = b + s;
                        from[t] = (kind << 1) | o as u8;
                    }
                };
                let after_open = o == 1 && i > 0 && looks[i - 1].open;
                if j < m {
                    go(i, j + 1, 0, skip(roles[j]), 1);
                    if i < k {
                        go(i + 1, j + 1, 1, fit(looks[i], roles[j]) - if after_open { WRAPPED } else { 0 }, 2);
                    }
                }
                if o == 1 && i < k && j > 0 {
                    go(i + 1, j, 1, more(roles[j - 1], looks[i]) + if after_open { WRAPPED } else { 0 }, 3);
                }
            }
        }
    }
    // every column closed, as many cells used as can be; the rest are extra
    let (mut i, mut o) = (0..=k)
        .rev()
        .flat_map(|i| [(i, 1), (i, 0)])
        .filter(|&(i, o)| best[idx(i, m, o)] != NONE)
        .max_by_key(|&(i, o)| (i, best[idx(i, m, o)]))
        .unwrap_or((0, 0));
    let extra: Vec<&'c str> = cells[i..].iter().map(|c| c.text).collect();
    let split = split.min(m);
    let (a0, b0) = (a.len(), b.len());
    a.resize(a0 + split, Parts::None);
    b.resize(b0 + m - split, Parts::None);
    let mut put = |j: usize, t: &'c str| {
        if j < split {
            a[a0 + j].push_front(t);
        } else {
            b[b0 + j - split].push_front(t);
        }
    };
    let mut j = m;
    while i > 0 || j > 0 {
        let mv = from[idx(i, j, o)];
        match mv >> 1 {
            1 => j -= 1,
            2 => {
                i -= 1;
                j -= 1;
                put(j, cells[i].text);
            }
            3 => {
                i -= 1;
                put(j - 1, cells[i].text);
            }
            _ => break,
        }
        o = usize::from(mv & 1);
    }
    extra
}

/// A table as read: its form, its header (per column the names of the
/// header cells over it, top to bottom: one but under a two-row HTML
/// header), its rows and the lines it takes.
type Read<'c> = (TableForm, Vec<Parts<'c>>, Vec<RawRow<'c>>, Range<usize>);

/// A header of one row: one name a column.
fn one_level<'c>(header: Vec<&'c str>) -> Vec<Parts<'c>> {
    header.into_iter().map(Parts::One).collect()
}

/// A table flattened one cell per line whose header has a `序号` cell at
/// line `at`.
fn flattened<'c>(body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
    // header cells before 序号 only when they name a known column
    let mut start = at;
    while start > 0
        && at - start < 3
        && header_like(body[start - 1].text)
        && role_of(body[start - 1].text) != ColumnRole::Other
    {
        start -= 1;
    }
    let mut end = at + 1;
    while end < body.len() && end - start < MAX_COLUMNS && header_like(body[end].text) {
        end += 1;
    }
    if end - start < 3 {
        return None;
    }
    let lines: Vec<&str> = body[start..end].iter().map(|l| l.text).collect();
    // names wrapped over two lines (牵头 / 单位) are one column's
    let mut header: Vec<Parts<'c>> = Vec::with_capacity(lines.len());
    let mut k = 0;
    while k < lines.len() {
        if k + 1 < lines.len() && split_name(lines[k], lines[k + 1]) {
            header.push(Parts::Many(vec![lines[k], lines[k + 1]]));
            k += 2;
        } else {
            header.push(Parts::One(lines[k]));
            k += 1;
        }
    }
    let roles: Vec<ColumnRole> = header.iter().map(|h| header_role(h)).collect();
    let q = header.iter().position(|h| h.first() == Some(&"序号")).unwrap_or(at - start);
    let (pre, post) = (&roles[..q], &roles[q + 1..]);
    // the anchors: 序号 cells counting up from 1 (a skip of up to 5 allowed)
    let mut anchors = Vec::new();
    let mut expect = 1;
    let mut i = end;
    while i < body.len() {
        let t = body[i].text;
        if t == "序号" || super::attachment::attach_line(t).is_some() {
            break;
        }
        if let Some(n) = number(t).filter(|&n| n >= expect && n < expect + 5) {
            anchors.push((i, n));
            expect = n + 1;
        }
        i += 1;
    }
    let stop = i;
    if anchors.is_empty() {
        return Some((TableForm::Flattened, header, Vec::new(), start..end));
    }
    // the last row: at most one line per column after its anchor, up to a
    // heading or the next table
    let last = anchors[anchors.len() - 1].0;
    let mut table_end = last + 1;
    let mut taken = 0;
    while table_end < stop && taken < post.len() && !heading_line(body[table_end].text) {
        // (a tag cleaning could not read takes no column, nor does a line
        // wrapped on the next)
        taken += usize::from(!broken_tag(body[table_end].text) && !wrapped(body[table_end].text));
        table_end += 1;
    }
    // the next table's header cells before its 序号 are not this one's
    let mut rows: Vec<RawRow<'c>> = Vec::new();
    let mut seg_start = end;
    for (a, &(line, _)) in anchors.iter().enumerate() {
        let seg_end = line;
        // a row's cells, allocated once at the header's width (before 序号,
        // 序号, after it; more only for extra cells)
        let mut cells = Vec::with_capacity(roles.len());
        if a == 0 {
            lead_in(&body[seg_start..seg_end], pre, &mut rows, &mut cells);
        } else {
            between(&body[seg_start..seg_end], post, pre, &mut rows, &mut cells);
        }
        cells.push(Parts::One(body[line].text));
        rows.push(RawRow::new(cells, false));
        seg_start = line + 1;
    }
    // the last row's own cells
    if let Some(r) = rows.last_mut() {
        let extra = align_into(&body[seg_start..table_end], post, post.len(), &mut r.cells, &mut Vec::new());
        r.cells.extend(extra.into_iter().map(Parts::One));
    }
    Some((TableForm::Flattened, header, rows, start..table_end))
}

/// The role of a header cell of the flattened form: of its name, or of the
/// name its two lines make when it wraps ([`split_name`]).
fn header_role(h: &Parts<'_>) -> ColumnRole {
    match &**h {
        [a, b] if split_name(a, b) => role_of(&[*a, *b].concat()),
        [one, ..] => role_of(one),
        [] => ColumnRole::Other,
    }
}

/// The lines between the header and the first 序号: heading rows, then the
/// first row's cells before its 序号 (appended to `cells`).
fn lead_in<'c>(lines: &[Line<'c>], pre: &[ColumnRole], rows: &mut Vec<RawRow<'c>>, cells: &mut Vec<Parts<'c>>) {
    let split = lines.iter().rposition(|l| heading_line(l.text)).map_or(0, |k| k + 1);
    let extra = align_into(&lines[split..], pre, pre.len(), cells, &mut Vec::new());
    // sub-header lines and headings: kept as heading rows
    for l in &lines[..split] {
        rows.push(RawRow::new(vec![Parts::One(l.text)], true));
    }
    for e in extra {
        rows.push(RawRow::new(vec![Parts::One(e)], true));
    }
}

/// The lines between two 序号: the end of one row (its cells after 序号,
/// appended to its cells), heading rows, and the start of the next (its
/// cells before 序号, appended to `next`).
fn between<'c>(
    lines: &[Line<'c>],
    post: &[ColumnRole],
    pre: &[ColumnRole],
    rows: &mut Vec<RawRow<'c>>,
    next: &mut Vec<Parts<'c>>,
) {
    let first_heading = lines.iter().position(|l| heading_line(l.text));
    if let Some(h) = first_heading {
        let last_heading = lines.iter().rposition(|l| heading_line(l.text)).unwrap_or(h);
        if let Some(r) = rows.last_mut() {
            let extra = align_into(&lines[..h], post, post.len(), &mut r.cells, &mut Vec::new());
            r.cells.extend(extra.into_iter().map(Parts::One));
        }
        for l in &lines[h..=last_heading] {
            rows.push(RawRow::new(vec![Parts::One(l.text)], true));
        }
        let next_extra = align_into(&lines[last_heading + 1..], pre, pre.len(), next, &mut Vec::new());
        for e in next_extra {
            rows.push(RawRow::new(vec![Parts::One(e)], true));
        }
        return;
    }
    // the roles of the row's end and of the next row's start, on the stack
    // (a header has at most MAX_COLUMNS cells)
    let mut both = [ColumnRole::Other; 2 * MAX_COLUMNS];
    let n = post.len() + pre.len();
    let roles: &[ColumnRole] = match both.get_mut(..n) {
        Some(b) => {
            b[..post.len()].copy_from_slice(post);
            b[post.len()..].copy_from_slice(pre);
            b
        }
        None => &[post, pre].concat(),
    };
    // the cells of the row's end go to it, the others start the next row
    match rows.last_mut() {
        Some(r) => {
            let extra = align_into(lines, roles, post.len(), &mut r.cells, next);
            r.cells.extend(extra.into_iter().map(Parts::One));
        }
        None => {
            let extra = align_into(lines, roles, post.len(), &mut Vec::new(), next);
            for e in extra {
                rows.push(RawRow::new(vec![Parts::One(e)], true));
            }
        }
    }
}

/// The header cell a table's 序号 column has.
const NUMBER_HEADER: &str = "序号";

/// Words a column name ends with: where the cells of a header that ran
/// together are cut (序号|改革举措|主要内容).
const HEADER_ENDS: &[&str] = &[
    "举措", "内容", "措施", "任务", "事项", "单位", "部门", "时限", "时间", "期限", "名称", "指标", "属性", "备注",
    "类型", "类别", "领域", "目标", "情况", "主体", "依据", "进度", "标准", "做法", "成效", "地区", "要求", "项目",
];

/// Whether two characters make a column name that tables space out to the
/// width of their column (`指　　标`, `序　　号`, `项　　目`).
pub(crate) fn spaced_header(a: char, b: char) -> bool {
    let mut buf = [0u8; 8];
    let a_len = a.encode_utf8(&mut buf).len();
    let b_len = b.encode_utf8(&mut buf[a_len..]).len();
    let word = std::str::from_utf8(&buf[..a_len + b_len]).unwrap_or("");
    word == NUMBER_HEADER || HEADER_ENDS.contains(&word)
}

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
fn run_on<'c>(body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
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
fn pipe<'c>(body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
    split_rows(body, at, true)
}

/// Tab-separated lines starting at line `at`.
fn tsv<'c>(body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
    split_rows(body, at, false)
}

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
            let cells = own.drain(..).flatten().take(1).collect();
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
        let n = num_col.and_then(|k| r.cells.get(k)).and_then(|c| c.first()).and_then(|t| number(t));
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
                n,
                &cells,
                row_span,
                blocks.len(),
                &mut bodies,
            ));
        }
        rows.push(Row { cells, heading: false, span: row_span });
    }
    Found { table: Table { form, columns, rows, span }, rows: blocks, lines }
}

/// A column from the names of the header cells over it, top to bottom: the
/// name of one cell as it is; under a header of two or three rows the
/// names joined `上级 / 下级` (`责任单位 / 牵头单位`, `分年度招生任务 / 1996年`),
/// spanning both cells. The role is the lowest name's, or, when that says
/// nothing, the upper one's if it names bodies or a deadline (a group
/// header 责任单位 over 市级 | 区级).
fn column<'a>(src: &Source<'a>, names: &[&str]) -> Column<'a> {
    match names {
        [] => Column { name: Cow::Borrowed(""), role: ColumnRole::Other, span: Span::new(0, 0) },
        [one] => {
            let (name, span) = src.node(one);
            Column { name, role: role_of(one), span }
        }
        [a, b] if split_name(a, b) => {
            let (x, s) = src.node(a);
            let (y, t) = src.node(b);
            let name = [x.as_ref(), y.as_ref()].concat();
            Column { role: role_of(&name), name: Cow::Owned(name), span: s.cover(&t) }
        }
        [.., low] => {
            let mut text = String::new();
            let mut span: Option<Span> = None;
            for n in names {
                let (t, s) = src.node(n);
                if !text.is_empty() {
                    text.push_str(" / ");
                }
                text.push_str(&t);
                span = Some(span.map_or(s, |a| a.cover(&s)));
            }
            let role = match role_of(low) {
                ColumnRole::Other => names
                    .iter()
                    .map(|n| role_of(n))
                    .find(|r| r.body_role().is_some() || *r == ColumnRole::Deadline)
                    .unwrap_or(ColumnRole::Other),
                r => r,
            };
            Column { name: Cow::Owned(text), role, span: span.unwrap_or(Span::new(0, 0)) }
        }
    }
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
            for item in items(line) {
                let (item, mark) = role_mark(item);
                let role = match (mark, marked) {
                    (Some(r), _) => r,
                    (None, true) => Role::Support,
                    (None, false) => role,
                };
                let name = clean_name(item);
                if !name.is_empty() {
                    let (t, s) = src.node(name);
                    out.push(Agency::unresolved(t, role, s));
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
            let agencies = bodies.drain(from..).collect();
            responsibilities.push(Responsibility { raw, agencies, notes: Vec::new(), span: s, deadline: None });
        } else if let Some(parts) = &inherited[k] {
            agencies_into(parts, role, bodies);
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

/// Farthest a table's first line looks back for its `<table>` tag: the tags
/// between two lines of text, not the whole input before them (which would
/// make a text of many tables quadratic).
const MAX_TAG_LOOKBACK: usize = 16 * 1024;

/// The raw text between the end of line `k - 1` and the start of line `k`
/// (for `k == 0`, the raw text before it since the last `</table>` or
/// `<table`).
fn gap<'r>(src: &Source<'r>, body: &[Line<'_>], k: usize) -> &'r str {
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
fn starts_table(g: &str) -> bool {
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
fn html<'c>(src: &Source<'_>, body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
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
    // rows with no text and no merged cell (a `<tr>` of empty cells) are
    // passed over; a cell merged from one is empty
    let mut index = vec![usize::MAX; rows.len()];
    let mut kept = 0;
    for (r, row) in rows.iter().enumerate().skip(heads) {
        if row.from.iter().any(|s| !matches!(s, Slot::Empty)) {
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

    #[test]
    fn lists_of_bodies_with_brackets() {
        assert!(bodies_like("区科委、区委宣传部（区文明办、区政府新闻办、区委网信办）"));
        assert!(bodies_like("区民政局、区委宣传部（区文明办）、区妇联"));
        assert!(bodies_like("区委组织部（区公务员局）"));
        assert!(!bodies_like("参与全市《条例》宣传“五个一”工程。"));
        assert!(!bodies_like("组织开展宣传（进社区）"));
        let v: Vec<&str> = items("区科委、区委宣传部（区文明办、区政府新闻办）；区妇联").collect();
        assert_eq!(v, ["区科委", "区委宣传部（区文明办、区政府新闻办）", "区妇联"]);
        assert_eq!(items("").collect::<Vec<_>>(), [""]);
        assert_eq!(items("甲局、").collect::<Vec<_>>(), ["甲局", ""]);
    }

    use super::*;

    /// [`bodies_like`] and [`items`] character by character, as they were
    /// written first.
    fn bodies_like_by_char(t: &str) -> bool {
        if t.is_empty() || t.len() > 600 || t.contains(punct::JUHAO) {
            return false;
        }
        let mut depth = 0usize;
        let mut last: Option<char> = None;
        let ends_ok = |last: Option<char>| last.is_none_or(|c| BODY_END_SET.contains(c));
        for c in t.chars() {
            if punct::is_lparen(c) {
                depth += 1;
            } else if punct::is_rparen(c) {
                depth = depth.saturating_sub(1);
            } else if depth == 0 {
                if c == punct::DUNHAO || punct::is_comma(c) || punct::is_semicolon(c) {
                    if !ends_ok(last) {
                        return false;
                    }
                    last = None;
                } else if !punct::is_space(c) {
                    last = Some(c);
                }
            }
        }
        ends_ok(last)
    }

    fn items_by_char(t: &str) -> Vec<&str> {
        let (mut depth, mut from, mut out) = (0usize, 0, Vec::new());
        for (k, c) in t.char_indices() {
            if punct::is_lparen(c) {
                depth += 1;
            } else if punct::is_rparen(c) {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && (c == punct::DUNHAO || punct::is_comma(c) || punct::is_semicolon(c)) {
                out.push(&t[from..k]);
                from = k + c.len_utf8();
            }
        }
        out.push(&t[from..]);
        out
    }

    #[test]
    fn item_marks_read_as_the_characters_do() {
        let parts = ["区水务局", "、", "，", ";", "（", ")", "(", "）", " ", "\u{3000}", "各街镇", "会", "。"];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = texts.iter().flat_map(|t| parts.iter().map(move |p| format!("{t}{p}"))).collect();
            for t in &texts {
                assert_eq!(bodies_like(t), bodies_like_by_char(t), "{t}");
                assert_eq!(items(t).collect::<Vec<_>>(), items_by_char(t), "{t}");
            }
        }
        let long = "区委宣传部（区文明办、区政府新闻办）、".repeat(12);
        assert_eq!(bodies_like(&long), bodies_like_by_char(&long));
        assert_eq!(items(&long).collect::<Vec<_>>(), items_by_char(&long));
    }

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

    /// Lines of the given texts (for [`align`]).
    pub(super) fn cells_of<'c>(texts: &[&'c str]) -> Vec<Line<'c>> {
        texts.iter().map(|&text| Line { text, start: 0 }).collect()
    }

    #[test]
    fn indicator_headers() {
        for h in [
            &["指标", "2020年", "2025年", "属性"][..],
            &["类别", "主要指标", "2020年基期值", "2025年目标值", "属性"],
            &["指标名称", "现状值", "目标值"],
            &["序号", "指标", "2020年", "2035年", "属性"],
        ] {
            assert!(indicator_header(h), "{h:?}");
        }
        for h in [
            &["指标", "说明"][..],
            &["项目", "2020年", "2025年"],
            &["指标", "指标解释"],
            &["名称", "属性"],
            &["指标", "2020"],
        ] {
            assert!(!indicator_header(h), "{h:?}");
        }
        assert!(indicator_start("指标\t2020年") && indicator_start("类别\t指标"));
        // a flattened one: rows read while each cell fits its column
        let lines: Vec<Line<'_>> = [
            "指标",
            "2020年",
            "2025年",
            "属性",
            "粮食综合生产能力（万吨）",
            "50",
            "52",
            "约束性",
            "农村居民人均可支配收入增速（%）",
            "8",
            "7.5",
            "预期性",
            "二、重点任务",
            "（一）稳定粮食生产。",
        ]
        .iter()
        .map(|t| Line { text: t, start: 0 })
        .collect();
        let (_, header, rows, range) = flattened_indicators(&lines, 0).unwrap();
        assert_eq!((header.len(), rows.len(), range), (4, 2, 0..12));
        // a merged cell shifts the rest: the table ends before it
        let lines: Vec<Line<'_>> =
            ["类别", "指标", "2020年", "属性", "设施", "里程", "65", "预期性", "服务率", "45", "预期性"]
                .iter()
                .map(|t| Line { text: t, start: 0 })
                .collect();
        assert_eq!(flattened_indicators(&lines, 0).map(|r| r.2.len()), Some(1));
        // no values after the header: no table
        let lines: Vec<Line<'_>> =
            ["指标", "2020年", "2025年", "说明文字。"].iter().map(|t| Line { text: t, start: 0 }).collect();
        assert!(flattened_indicators(&lines, 0).is_none());
        assert!(!indicator_start("主要指标\t2020年"));
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
    fn column_roles() {
        use ColumnRole::*;
        let roles: Vec<_> = [
            "序号",
            "任务类型",
            "工作任务",
            "牵头单位",
            "配合单位",
            "责任部门",
            "推进单位",
            "实施主体",
            "完成时限",
            "备注",
            "具体措施",
            "协办单位",
        ]
        .iter()
        .map(|n| role_of(n))
        .collect();
        assert_eq!(
            roles,
            [
                Number,
                Category,
                Task,
                Lead,
                Support,
                Responsible,
                Responsible,
                Responsible,
                Deadline,
                Other,
                Task,
                Support
            ]
        );
    }

    #[test]
    fn a_person_is_no_body() {
        for name in ["责任领导", "牵头领导", "分管领导", "市级责任领导", "责任人", "联系人"] {
            assert_eq!(role_of(name), ColumnRole::Other, "{name}");
        }
        assert_eq!(role_of("领导小组成员单位"), ColumnRole::Responsible);
        assert_eq!(role_of("牵头部门（领导）"), ColumnRole::Lead);
        assert_eq!(role_of("责任主体"), ColumnRole::Responsible);
    }

    #[test]
    fn cell_kinds() {
        assert!(bodies_like("区规划资源局、区建设管理委、各相关街镇"));
        assert!(bodies_like("区委组织部（区公务员局）"));
        assert!(!bodies_like("加快推进各类旧住房更新改造。"));
        assert!(!bodies_like("旧住房更新改造"));
        assert!(deadline_like("2025年底前"));
        assert!(deadline_like("长期坚持"));
        assert!(!deadline_like("推进走马塘片区规划研究"));
    }

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

    #[test]
    fn alignment_takes_missing_cells_where_they_fit() {
        use ColumnRole::*;
        // task present, bodies missing (merged above), next category present
        let (cells, extra) =
            align(&cells_of(&["推进小梁薄板改造。", "旧住房更新改造"]), &[Task, Responsible, Category]);
        assert_eq!(cells, [vec!["推进小梁薄板改造。"], vec![], vec!["旧住房更新改造"]]);
        assert!(extra.is_empty());
        // category missing (merged), the rest present
        let (cells, _) = align(
            &cells_of(&["建立责任体系。", "区政府办公室", "各街镇", "2019年6月"]),
            &[Category, Task, Lead, Support, Deadline],
        );
        assert_eq!(cells, [vec![], vec!["建立责任体系。"], vec!["区政府办公室"], vec!["各街镇"], vec!["2019年6月"]]);
        // a multi-line task
        let (cells, _) = align(&cells_of(&["第一段。", "第二段。", "区水务局"]), &[Task, Responsible]);
        assert_eq!(cells, [vec!["第一段。", "第二段。"], vec!["区水务局"]]);
    }
}

#[cfg(test)]
mod wrapped_and_marked {
    use super::tests::cells_of;
    use super::*;

    #[test]
    fn role_marks_after_a_body() {
        assert_eq!(role_mark("市发展改革委（牵头）"), ("市发展改革委", Some(Role::Lead)));
        assert_eq!(role_mark("市财政局（配合）"), ("市财政局", Some(Role::Support)));
        assert_eq!(role_mark("区委宣传部（区文明办）"), ("区委宣传部（区文明办）", None));
        assert_eq!(role_mark("市财政局"), ("市财政局", None));
    }

    #[test]
    fn a_cell_naming_its_lead() {
        let text = "某市任务分工\n序号\n工作任务\n责任单位\n完成时限\n1\n开展技能培训\n市人力资源社会保障局（牵头）、市教育局\n2025年8月底前\n";
        let doc = crate::parse(text).unwrap();
        let b = doc.blocks().find(|b| b.kind == BlockKind::Row).expect("a row");
        let got: Vec<_> = b.responsibilities[0].agencies.iter().map(|a| (a.name.as_ref(), a.role)).collect();
        assert_eq!(got, [("市人力资源社会保障局", Role::Lead), ("市教育局", Role::Support)]);
    }

    #[test]
    fn header_names_wrapped_over_two_lines() {
        assert!(split_name("牵头", "单位") && split_name("完成", "时限") && split_name("重点", "任务"));
        assert!(!split_name("序号", "任务") && !split_name("类别", "任务") && !split_name("牵头", "领导"));
        assert_eq!(header_role(&Parts::Many(vec!["配合", "单位"])), ColumnRole::Support);
        assert_eq!(header_role(&Parts::One("单位")), ColumnRole::Responsible);
        let text = "某区任务分工\n序号\n重点\n任务\n牵头\n单位\n配合\n单位\n完成\n时限\n1\n开展扬尘整治\n区住房城乡建设局\n区城市管理局\n2025年5月底前\n";
        let doc = crate::parse(text).unwrap();
        assert_eq!(doc.title.as_deref(), Some("某区任务分工"));
        let t = &doc.tables[0];
        let cols: Vec<_> = t.columns.iter().map(|c| (c.name.as_ref(), c.role)).collect();
        assert_eq!(
            cols,
            [
                ("序号", ColumnRole::Number),
                ("重点任务", ColumnRole::Task),
                ("牵头单位", ColumnRole::Lead),
                ("配合单位", ColumnRole::Support),
                ("完成时限", ColumnRole::Deadline)
            ]
        );
        assert_eq!(t.rows.len(), 1);
        assert_eq!(&text[t.columns[2].span.start..t.columns[2].span.end], "牵头\n单位");
    }

    #[test]
    fn project_columns_hold_tasks() {
        assert_eq!(role_of("项目名称"), ColumnRole::Task);
        assert_eq!(role_of("建设项目"), ColumnRole::Task);
        assert_eq!(role_of("项目类别"), ColumnRole::Category);
    }
    fn rows_of(text: &str) -> Vec<Vec<String>> {
        let doc = crate::parse(text).unwrap();
        let t = doc
            .tables
            .first()
            .or_else(|| doc.attachments.iter().flat_map(|a| a.tables.iter()).next())
            .expect("a table");
        t.rows.iter().map(|r| r.cells.iter().map(|c| c.text.to_string()).collect()).collect()
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
    fn cells_wrapped_over_lines() {
        assert!(wrapped("区政府办公室、区绿化市容局、") && wrapped("完善融资对接机制，"));
        assert!(!wrapped("区重大办") && !wrapped("建立机制。"));
        // a line ending in 、 goes on in the same cell; one lead, the other
        // bodies under 配合
        let (cells, extra) = align(
            &cells_of(&["建立机制", "各街镇（园区）", "区绿化市容局、", "区农业农村委", "2019年"]),
            &[ColumnRole::Task, ColumnRole::Lead, ColumnRole::Support, ColumnRole::Deadline],
        );
        assert_eq!(
            cells,
            [vec!["建立机制"], vec!["各街镇（园区）"], vec!["区绿化市容局、", "区农业农村委"], vec!["2019年"]]
        );
        assert!(extra.is_empty());
        // a body cell of one body a line
        let (cells, _) = align(
            &cells_of(&["开展培训", "市人社局（牵头）", "各区政府", "市直有关部门", "长期坚持"]),
            &[ColumnRole::Task, ColumnRole::Responsible, ColumnRole::Deadline],
        );
        assert_eq!(cells[1], vec!["市人社局（牵头）", "各区政府", "市直有关部门"]);
        // a task wrapped after ，: the last row takes its further line, and
        // the row's title is the lines joined
        let text = "某市任务分工\n序号\n重点任务\n牵头单位\n完成时限\n1\n完善融资对接机制，\n定期举办对接活动\n市地方金融管理局\n每季度\n";
        let doc = crate::parse(text).unwrap();
        let b = doc.blocks().find(|b| b.kind == BlockKind::Row).expect("a row");
        assert_eq!(b.title.as_deref(), Some("完善融资对接机制，定期举办对接活动"));
        assert_eq!(b.deadline().map(|d| d.text.as_ref()), Some("每季度"));
        let s = b.title_span.unwrap();
        assert_eq!(&text[s.start..s.end], "完善融资对接机制，\n定期举办对接活动");
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
}
