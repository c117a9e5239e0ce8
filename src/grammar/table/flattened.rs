//! The flattened form: a table one cell per line (what a scrape of a table's
//! cells gives). The header runs from its 序号 cell (names wrapped over two
//! lines are one column's); rows are anchored on the 序号 cells counting up;
//! the cells between two anchors are aligned to the columns by what each
//! column holds ([`align_into`], a small dynamic programme), a cell missing
//! from a row being the merged cell above.

use super::cells::{bodies_like, deadline_like, opens_a_task, wrapped};
use super::columns::{names_role, role_of, split_name};
use super::{
    MAX_COLUMNS, NUMBER_HEADER, Parts, RawRow, Read, broken_tag, header_like, heading_line, number, sub_number,
};
use crate::ast::{ColumnRole, TableForm};
use crate::punct;
use crate::source::Line;

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
pub(super) fn align<'c>(cells: &[Line<'c>], roles: &[ColumnRole]) -> (Vec<Parts<'c>>, Vec<&'c str>) {
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

/// A table flattened one cell per line whose header has a `序号` cell at
/// line `at`.
pub(super) fn flattened<'c>(body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
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
    group_header(&mut header);
    let roles: Vec<ColumnRole> = header.iter().map(|h| header_role(h)).collect();
    let q = header.iter().position(|h| h.first() == Some(&"序号")).unwrap_or(at - start);
    let (pre, post) = (&roles[..q], &roles[q + 1..]);
    // the anchors: 序号 cells counting up from 1 (a skip of up to 5 allowed),
    // and sub-numbers of the last one counting up from 1 (1.1, 1.2 / 1-1,
    // 1-2 under the category row 1), marked `true`
    let mut anchors: Vec<(usize, bool)> = Vec::new();
    let mut subs = 0;
    let (mut expect, mut sub_expect) = (1, 1);
    let mut i = end;
    while i < body.len() {
        let t = body[i].text;
        if t == "序号" || crate::grammar::attachment::attach_line(t).is_some() {
            break;
        }
        if let Some(n) = number(t).filter(|&n| n >= expect && n < expect + 5) {
            anchors.push((i, false));
            expect = n + 1;
            sub_expect = 1;
        } else if let Some((_, m)) =
            sub_number(t).filter(|&(g, m)| expect > 1 && g == expect - 1 && m >= sub_expect && m < sub_expect + 5)
        {
            anchors.push((i, true));
            sub_expect = m + 1;
            subs += 1;
        }
        i += 1;
    }
    // one sub-number alone is a coincidence (a value 1.1 in row 1): the
    // rows are the numbered ones
    if subs < 2 {
        anchors.retain(|a| !a.1);
    }
    // the header repeated at the top of the next page (a table printed
    // over pages): the last row runs up to it, a bare page number right
    // before it (`5`, a page number with no dashes cleaning would know) no
    // row nor cell
    let repeated = start == at
        && body.get(i).is_some_and(|l| l.text == NUMBER_HEADER)
        && body[i..].iter().take(end - at).map(|l| l.text).eq(body[at..end].iter().map(|l| l.text));
    let page = repeated && i > end && number(body[i - 1].text).is_some();
    if page && anchors.last().is_some_and(|&(a, sub)| a == i - 1 && !sub) {
        anchors.pop();
    }
    let stop = if page { i - 1 } else { i };
    if anchors.is_empty() {
        return Some((TableForm::Flattened, header, Vec::new(), start..end));
    }
    // the last row: at most one line per column after its anchor (all its
    // lines before a repeated header), up to a heading or the next table
    let last = anchors[anchors.len() - 1].0;
    let mut table_end = last + 1;
    let mut taken = 0;
    while table_end < stop && (repeated || taken < post.len()) && !heading_line(body[table_end].text) {
        // (a tag cleaning could not read takes no column, nor does a line
        // wrapped on the next)
        taken += usize::from(!broken_tag(body[table_end].text) && !wrapped(body[table_end].text));
        table_end += 1;
    }
    // the next table's header cells before its 序号 are not this one's
    let mut rows: Vec<RawRow<'c>> = Vec::new();
    // the rows of numbers that sub-numbered rows follow: category rows
    let mut groups = Vec::new();
    let mut prev_row = 0;
    let mut seg_start = end;
    for (a, &(line, sub)) in anchors.iter().enumerate() {
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
        if sub && a > 0 && !anchors[a - 1].1 {
            groups.push(prev_row);
        }
        prev_row = rows.len();
        rows.push(RawRow::new(cells, false));
        seg_start = line + 1;
    }
    for g in groups {
        rows[g].heading = true;
    }
    // the last row's own cells
    if let Some(r) = rows.last_mut() {
        let extra = align_into(&body[seg_start..table_end], post, post.len(), &mut r.cells, &mut Vec::new());
        r.cells.extend(extra.into_iter().map(Parts::One));
    }
    // (up to the repeated header, the page number taken: the table goes on
    // under it)
    let table_end = if repeated && table_end == stop { i } else { table_end };
    Some((TableForm::Flattened, header, rows, start..table_end))
}

/// Whether a line may start the header of a flattened task table with no
/// 序号 column: a short name ending with a word a task column's name ends
/// with (工作任务, 主要措施, 重点事项), or a longer one made of the words of
/// such names only (主要工作任务, 重点任务及具体措施: a title's line that
/// ends so, 优化营商环境重点任务, holds other words). A length test and a
/// test of the last byte (务 施 项 措 end in A1 BD B9 AA: most lines end
/// otherwise), then a few suffix compares. (Inlined: it is asked of every
/// line of a text.)
#[inline]
pub(crate) fn unnumbered_start(t: &str) -> bool {
    t.len() <= 3 * MAX_LONG_HEAD && matches!(t.as_bytes().last(), Some(0xA1 | 0xBD | 0xB9 | 0xAA)) && task_name(t)
}

/// The rest of [`unnumbered_start`], for the few lines that pass its first
/// tests (kept out of line: the tests stay a few instructions a line).
#[inline(never)]
fn task_name(t: &str) -> bool {
    ["任务", "措施", "事项", "举措"].iter().any(|w| t.ends_with(w))
        && (t.len() <= 3 * MAX_UNNUMBERED_HEAD || head_words(t))
}

/// Longest name of an unnumbered table's first column, in characters
/// (工作任务, 重点任务, 具体措施: a title's line is longer), unless it is
/// made of [`HEAD_WORDS`].
const MAX_UNNUMBERED_HEAD: usize = 4;
/// Longest name made of [`HEAD_WORDS`], in characters (重点任务及具体措施).
const MAX_LONG_HEAD: usize = 9;
/// The words a long name of a task column is made of.
const HEAD_WORDS: [&str; 13] =
    ["主要", "重点", "具体", "工作", "任务", "措施", "事项", "举措", "内容", "改革", "及", "和", "与"];

/// Whether `t` is [`HEAD_WORDS`] one after the other.
fn head_words(mut t: &str) -> bool {
    while !t.is_empty() {
        match HEAD_WORDS.iter().find(|w| t.starts_with(*w)) {
            Some(w) => t = &t[w.len()..],
            None => return false,
        }
    }
    true
}

/// A task table flattened one cell per line with no 序号 column to anchor
/// its rows (`工作任务` / `牵头单位` / `配合单位` / `完成时限`, then each row's
/// cells in turn). The header runs from its task cell over header cells of
/// roles not seen before in it (a task's text naming 工作 is no second task
/// column); it needs a body column and no 序号. Each row is as many lines
/// as there are columns, read while every line fits its column (a task no
/// list of bodies nor deadline, bodies under a body column, a deadline under
/// a deadline column): a missing or merged cell, which would shift the
/// cells after it, ends the table rather than inventing rows. Two rows at
/// least (one is a coincidence).
pub(super) fn unnumbered<'c>(body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
    let mut roles: Vec<ColumnRole> = Vec::new();
    let mut end = at;
    while end < body.len() && end - at < MAX_COLUMNS && header_like(body[end].text) {
        let r = role_of(body[end].text);
        if r == ColumnRole::Number || end == at && r != ColumnRole::Task {
            return None;
        }
        if r == ColumnRole::Other && end > at || roles.contains(&r) {
            break;
        }
        roles.push(r);
        end += 1;
    }
    if roles.len() < 3 || !roles.iter().any(|r| r.body_role().is_some()) {
        return None;
    }
    let width = roles.len();
    let fits = |l: &Line<'_>, role: ColumnRole| {
        let t = l.text;
        if broken_tag(t) || heading_line(t) || number(t).is_some() || t == "序号" {
            return false;
        }
        let looks = Looks::of(t);
        match role {
            // (a task may end like a body, 举办…运动会: its verb tells)
            ColumnRole::Task => (!looks.bodies || opens_a_task(t)) && !looks.deadline && !looks.open,
            ColumnRole::Deadline => looks.deadline,
            r if r.body_role().is_some() => looks.bodies,
            ColumnRole::Category => looks.label,
            _ => false,
        }
    };
    let mut rows = Vec::new();
    let mut i = end;
    while i + width <= body.len() && body[i..i + width].iter().zip(&roles).all(|(l, &r)| fits(l, r)) {
        rows.push(RawRow::new(body[i..i + width].iter().map(|l| Parts::One(l.text)).collect(), false));
        i += width;
    }
    if rows.len() < 2 {
        return None;
    }
    let header = body[at..end].iter().map(|l| Parts::One(l.text)).collect();
    Some((TableForm::Flattened, header, rows, at..i))
}

/// Whether `lines` open with a table read by [`unnumbered`] (for a caller
/// that must not take its header's first cell for a title).
pub(crate) fn unnumbered_at(lines: &[Line<'_>]) -> bool {
    unnumbered(lines, 0).is_some()
}

/// The role of a header cell of the flattened form: of its name, or of the
/// name its two lines make when it wraps ([`split_name`]); under a group
/// cell ([`group_header`]), the lower name's.
fn header_role(h: &Parts<'_>) -> ColumnRole {
    match &**h {
        [a, b] if split_name(a, b) => role_of(&[*a, *b].concat()),
        [one] => role_of(one),
        [] => ColumnRole::Other,
        names => names_role(names),
    }
}

/// A header of two rows flattened, its group cell over the bodies
/// (`责任单位` over `牵头单位 | 配合单位`): a cell naming bodies in general
/// (role [`ColumnRole::Responsible`]) with two or more cells naming a
/// lead and its partners (roles Lead, Support) either right after it, as
/// the table is seen, or at the header's end, as its HTML gives the second
/// row after the first (`序号 | 任务 | 责任单位 | 完成时限 | 牵头单位 | 配合单位`).
/// The cells under the group take its place, each named `上级 / 下级` as an
/// HTML table's two-row header is; the group is no column of its own. A
/// 牵头单位 and a 责任单位 beside each other name no such group otherwise.
fn group_header(header: &mut Vec<Parts<'_>>) {
    let role = |h: &Parts<'_>| match &**h {
        [one] => role_of(one),
        _ => ColumnRole::Other,
    };
    let under = |r: ColumnRole| matches!(r, ColumnRole::Lead | ColumnRole::Support);
    let Some(g) = header.iter().position(|h| role(h) == ColumnRole::Responsible) else { return };
    // the cells under it: right after it, or the header's last ones
    let run = |from: usize| header[from..].iter().take_while(|h| under(role(h))).count();
    let (from, n) = match run(g + 1) {
        n if n >= 2 => (g + 1, n),
        _ => {
            let tail = header.iter().rev().take_while(|h| under(role(h))).count();
            (header.len() - tail, tail)
        }
    };
    if n < 2 || from <= g || from + n != header.len() && from != g + 1 || role(&header[from]) != ColumnRole::Lead {
        return;
    }
    let Parts::One(name) = header[g] else { return };
    let subs: Vec<Parts<'_>> = header
        .drain(from..from + n)
        .map(|h| match h {
            Parts::One(s) => Parts::Many(vec![name, s]),
            other => other,
        })
        .collect();
    header.splice(g..=g, subs);
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

#[cfg(test)]
mod tests {
    #[test]
    fn unnumbered_rows_are_never_invented() {
        let head = ["工作任务", "牵头单位", "完成时限"];
        let row1 = ["推进证照电子化", "市数据局", "2025年9月底前"];
        let row2 = ["开展专项检查", "市发展改革委", "长期坚持"];
        let lines = |rows: &[&[&'static str]]| cells_of(&rows.concat());
        let (_, header, rows, range) = unnumbered(&lines(&[&head, &row1, &row2]), 0).unwrap();
        assert_eq!((header.len(), rows.len(), range), (3, 2, 0..9));
        // a row short of its lead (merged above): the table ends before it,
        // and one row is no table
        assert!(unnumbered(&lines(&[&head, &row1, &["开展专项检查", "长期坚持"]]), 0).is_none());
        let three = lines(&[&head, &row1, &row2, &["开展专项检查", "长期坚持", "推进证照电子化"]]);
        assert_eq!(unnumbered(&three, 0).map(|r| r.2.len()), Some(2));
        // a header with a 序号, or with no body column: not this form
        assert!(unnumbered(&lines(&[&["工作任务", "序号", "牵头单位"], &row1, &row2]), 0).is_none());
        assert!(unnumbered(&lines(&[&["工作任务", "完成时限", "备注"], &row1, &row2]), 0).is_none());
        // a task naming 工作 is no second task column
        assert!(unnumbered_start("重点任务") && !unnumbered_start("某某区2025年重点任务"));
    }

    #[test]
    fn the_last_row_of_a_page_runs_up_to_the_repeated_header() {
        let text = "某县项目分工表\n序号\n项目名称\n责任单位\n配合单位\n完成时限\n1\n新建农村公路\n县交通运输局\n各乡镇人民政府\n2026年11月底前\n2\n改造农村危房\n县住房城乡建设局\n县财政局、\n县民政局\n2026年10月底前\n序号\n项目名称\n责任单位\n配合单位\n完成时限\n3\n新增停车泊位\n县城市管理局\n县公安局\n2026年12月底前\n";
        // (the page number cleaning removes, `— 5 —`, and a bare one)
        for text in [text.to_string(), text.replace("10月底前\n序号", "10月底前\n5\n序号")] {
            let doc = crate::parse(&text).unwrap();
            assert_eq!(doc.tables.len(), 1, "{text}");
            let rows: Vec<_> = doc.all_blocks().filter(|b| b.kind == BlockKind::Row).collect();
            assert_eq!(rows.iter().map(|b| b.number).collect::<Vec<_>>(), [1, 2, 3]);
            let support: Vec<_> = rows[1].responsibilities[1].agencies.iter().map(|a| a.name.as_ref()).collect();
            assert_eq!(support, ["县财政局", "县民政局"]);
            assert_eq!(rows[1].deadline().map(|d| d.text.as_ref()), Some("2026年10月底前"));
        }
    }

    #[test]
    fn long_task_names_open_an_unnumbered_table() {
        for t in ["主要工作任务", "重点任务及具体措施", "重点改革事项", "工作任务和措施", "具体工作措施"]
        {
            assert!(unnumbered_start(t), "{t}");
        }
        // a title's second line ending with 任务 is none
        for t in [
            "优化营商环境重点任务",
            "深化改革重点任务",
            "2026年重点任务",
            "主要工作任务完成",
            "重点任务及具体措施和工作任务",
        ] {
            assert!(!unnumbered_start(t), "{t}");
        }
        let head = ["主要工作任务", "牵头单位", "完成时限"];
        let row1 = ["推进证照电子化", "市数据局", "2025年9月底前"];
        let row2 = ["开展专项检查", "市发展改革委", "长期坚持"];
        let lines = cells_of(&[head, row1, row2].concat());
        assert_eq!(unnumbered(&lines, 0).map(|r| r.2.len()), Some(2));
        // a task ending like a body's name (运动会) is a task
        let row3 = ["举办全民健身运动会", "市体育局", "2026年9月底前"];
        let lines = cells_of(&[head, row1, row3].concat());
        assert_eq!(unnumbered(&lines, 0).map(|r| r.2.len()), Some(2));
        // under a title of two lines, the second ending with 任务: the
        // title keeps it
        let text = "某某市2026年\n优化营商环境重点任务\n主要工作任务\n牵头单位\n完成时限\n推进证照电子化\n市数据局\n2025年9月底前\n开展专项检查\n市发展改革委\n长期坚持\n";
        let doc = crate::parse(text).unwrap();
        assert_eq!(doc.title.as_deref(), Some("某某市2026年优化营商环境重点任务"));
        assert_eq!(doc.tables.len(), 1);
    }

    use super::super::tests::cells_of;
    use super::*;
    use crate::ast::{BlockKind, Role};

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
    fn a_cell_naming_its_lead() {
        let text = "某市任务分工\n序号\n工作任务\n责任单位\n完成时限\n1\n开展技能培训\n市人力资源社会保障局（牵头）、市教育局\n2025年8月底前\n";
        let doc = crate::parse(text).unwrap();
        let b = doc.blocks().find(|b| b.kind == BlockKind::Row).expect("a row");
        let got: Vec<_> = b.responsibilities[0].agencies.iter().map(|a| (a.name.as_ref(), a.role)).collect();
        assert_eq!(got, [("市人力资源社会保障局", Role::Lead), ("市教育局", Role::Support)]);
    }

    #[test]
    fn a_cell_stating_the_roles_in_words() {
        // a 责任单位 cell that says who leads and who helps: the role words
        // give the roles and are no part of the names (flattened and pipe)
        let flat = "某区任务分工\n序号\n工作任务\n责任单位\n完成时限\n1\n建设口袋公园\n区绿化市容局牵头，区规划资源局、各街道配合\n2024年10月底前\n";
        let pipe = "某区任务分工\n\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 建设口袋公园 | 区绿化市容局牵头，区规划资源局、各街道配合 | 2024年10月底前 |\n";
        for text in [flat, pipe] {
            let doc = crate::parse(text).unwrap();
            let b = doc.blocks().find(|b| b.kind == BlockKind::Row).expect("a row");
            let got: Vec<_> = b.responsibilities[0].agencies.iter().map(|a| (a.name.as_ref(), a.role)).collect();
            assert_eq!(
                got,
                [("区绿化市容局", Role::Lead), ("区规划资源局", Role::Support), ("各街道", Role::Support)],
                "{text}"
            );
        }
    }
}
