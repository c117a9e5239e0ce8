//! `gongwen tasks`: the tables for analysts, built on
//! [`gongwen::Document::assignments`]:
//!
//! - `--table blocks` (default): one row per block that names a body (in a
//!   clause of its own or inherited from a standing note), its bodies listed
//!   by role;
//! - `--table long`: one row per (document, block, body, role), tidy;
//! - `--table documents`: one row per document, failed ones included.

use crate::batch::{self, Doc, Fatal, Outcome, Sink, Status};
use crate::input::{Failure, Key};
use crate::text;
use crate::{InputArgs, TableFormat, TasksTable};
use gongwen::{Assignment, Block, Deadline, Document, Role, Severity};
use serde::Serialize;
use std::collections::HashSet;
use std::io::{self, Write};

/// A body told apart from others: its name (canonical when known) and its
/// jurisdiction.
type BodyKey<'d> = (&'d str, Option<&'d str>);

/// The columns, in order. Lists of bodies are joined with 、 in CSV/TSV and
/// are arrays in JSON Lines.
pub const COLUMNS: [&str; 21] = [
    "file",
    "path",
    "line",
    "kind",
    "marker",
    "title",
    "lead",
    "responsible",
    "support",
    "inherited",
    "inherited_role",
    "lead_canonical",
    "responsible_canonical",
    "support_canonical",
    "inherited_canonical",
    "deadline",
    "deadline_by",
    "jurisdiction",
    "level",
    "body_kind",
    "current",
];

/// The columns of `--table long`.
pub const LONG_COLUMNS: [&str; 17] = [
    "file",
    "path",
    "line",
    "block_kind",
    "marker",
    "title",
    "role",
    "body",
    "jurisdiction",
    "level",
    "kind",
    "canonical",
    "current",
    "name",
    "inherited",
    "deadline",
    "deadline_by",
];

/// The columns of `--table documents`.
pub const DOCUMENT_COLUMNS: [&str; 17] = [
    "file",
    "ok",
    "error_kind",
    "title",
    "doc_number",
    "issuers",
    "date",
    "bytes",
    "blocks",
    "tasks",
    "bodies",
    "assignments",
    "references",
    "attachments",
    "errors",
    "warnings",
    "infos",
];

pub fn run(args: &InputArgs, table: TasksTable, format: TableFormat, bom: bool) -> Result<Status, Fatal> {
    match table {
        TasksTable::Blocks => run_table(args, &COLUMNS, format, bom, move |out, name, d, text| {
            write_rows(out, name, rows(d, text), format)
        }),
        TasksTable::Long => run_table(args, &LONG_COLUMNS, format, bom, move |out, name, d, text| {
            write_rows(out, name, long_rows(d, text), format)
        }),
        TasksTable::Documents => {
            let source = batch::source(args, false)?;
            let process = move |doc: Doc<'_>| {
                let mut out = String::new();
                write_rows(&mut out, &doc.key.name(), [DocumentRow::of(&doc)], format);
                Outcome::of(&doc, out)
            };
            batch::run(args, source, process, Table { columns: &DOCUMENT_COLUMNS, format, bom })
        }
    }
}

/// A table subcommand over the inputs: `write` puts the rows of one parsed
/// document (named `name`, parsed from `text`) into the output.
pub fn run_table(
    args: &InputArgs,
    columns: &'static [&'static str],
    format: TableFormat,
    bom: bool,
    write: impl Fn(&mut String, &str, &Document<'_>, &str) + Sync,
) -> Result<Status, Fatal> {
    let source = batch::source(args, false)?;
    let error_rows = args.keep_going && format == TableFormat::Jsonl;
    let process = move |doc: Doc<'_>| {
        let mut out = String::new();
        match &doc.result {
            Ok(d) => write(&mut out, &doc.key.name(), d, doc.text),
            Err(failure) if error_rows => error_row(&mut out, doc.key, failure),
            Err(_) => {}
        }
        Outcome::of(&doc, out)
    };
    batch::run(args, source, process, Table { columns, format, bom })
}

/// The row of a document that could not be read or parsed (`--keep-going`,
/// JSON Lines): `{"file", ["id",] "ok": false, "error", "error_kind"}` —
/// `file` as in the other rows, and for JSON Lines input the record's `id`
/// as given (any JSON value; null when the line could not be read, whose
/// `file` is then `line N`). No input line number: `line` is the block's line
/// in the other rows.
fn error_row(out: &mut String, key: &Key, failure: &Failure) {
    #[derive(Serialize)]
    struct ErrorRow<'a> {
        file: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<&'a crate::input::Id>,
        ok: bool,
        error: &'a str,
        error_kind: &'a str,
    }
    let id = match key {
        Key::Record { id, .. } => Some(id),
        Key::File(_) | Key::Stdin => None,
    };
    let row = ErrorRow { file: &key.name(), id, ok: false, error: &failure.message, error_kind: failure.kind };
    out.push_str(&serde_json::to_string(&row).expect("an error row serialises"));
    out.push('\n');
}

/// Header (and BOM) first, then the rows as they come (also `gongwen refs`).
pub struct Table {
    pub columns: &'static [&'static str],
    pub format: TableFormat,
    pub bom: bool,
}

impl Sink<String> for Table {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.bom {
            out.write_all("\u{FEFF}".as_bytes())?;
        }
        if self.format != TableFormat::Jsonl {
            let mut header = String::new();
            text::row(&mut header, self.columns, self.format == TableFormat::Tsv);
            out.write_all(header.as_bytes())?;
        }
        Ok(())
    }

    fn write(&mut self, out: &mut dyn Write, value: String) -> io::Result<()> {
        out.write_all(value.as_bytes())
    }
}

/// One block's bodies, by role.
#[derive(Debug, Default, Serialize)]
pub struct Row<'d> {
    pub path: String,
    pub line: usize,
    pub kind: &'static str,
    pub marker: &'d str,
    pub title: Option<&'d str>,
    pub lead: Vec<&'d str>,
    pub responsible: Vec<&'d str>,
    pub support: Vec<&'d str>,
    pub inherited: Vec<&'d str>,
    pub inherited_role: Vec<&'static str>,
    pub lead_canonical: Vec<&'d str>,
    pub responsible_canonical: Vec<&'d str>,
    pub support_canonical: Vec<&'d str>,
    pub inherited_canonical: Vec<&'d str>,
    /// The block's deadline as written: a task table row's 完成时限 cell,
    /// else the deadlines of its clauses (several joined with 、).
    pub deadline: Option<String>,
    /// The last day each means (ISO 8601), or `ongoing`, in the same order.
    pub deadline_by: Option<String>,
    /// The places of the block's local bodies (上海市, 嘉定区), each once.
    pub jurisdiction: Vec<&'d str>,
    /// The levels of its local bodies (province, city, district, township), each once.
    pub level: Vec<&'static str>,
    /// The kinds of its bodies (national, local, collective, unknown), each once.
    pub body_kind: Vec<&'static str>,
    /// For its bodies abolished since, the bodies that carry their work today.
    pub current: Vec<&'d str>,
    /// The deadlines gathered from the block's assignments.
    #[serde(skip)]
    deadlines: Vec<&'d Deadline<'d>>,
}

/// A row of a table command (`tasks`, `refs`): CSV/TSV cells after the
/// file, or a JSON object with the file first.
pub trait TableRow: Serialize {
    fn write_delimited(&self, out: &mut String, file: &str, tsv: bool);
}

#[derive(Serialize)]
struct JsonRow<'a, R> {
    file: &'a str,
    #[serde(flatten)]
    row: &'a R,
}

/// Write `rows` of the document `file` in `format`.
pub fn write_rows<R: TableRow>(out: &mut String, file: &str, rows: impl IntoIterator<Item = R>, format: TableFormat) {
    for row in rows {
        match format {
            TableFormat::Csv | TableFormat::Tsv => row.write_delimited(out, file, format == TableFormat::Tsv),
            TableFormat::Jsonl => {
                let json = serde_json::to_string(&JsonRow { file, row: &row }).expect("rows serialise");
                out.push_str(&json);
                out.push('\n');
            }
        }
    }
}

fn push<'d>(list: &mut Vec<&'d str>, name: &'d str) {
    if !list.contains(&name) {
        list.push(name);
    }
}

fn push_static(list: &mut Vec<&'static str>, value: &'static str) {
    if !list.contains(&value) {
        list.push(value);
    }
}

impl<'d> Row<'d> {
    fn add(&mut self, a: &Assignment<'d>) {
        if let Some(j) = a.jurisdiction {
            push(&mut self.jurisdiction, j);
        }
        if let Some(l) = a.level {
            push_static(&mut self.level, l.as_str());
        }
        push_static(&mut self.body_kind, a.kind.as_str());
        if let Some(c) = a.current {
            push(&mut self.current, c);
        }
        let canonical = a.canonical.unwrap_or(a.name);
        if a.inherited {
            push(&mut self.inherited, a.name);
            push(&mut self.inherited_canonical, canonical);
            if !self.inherited_role.contains(&a.role.as_str()) {
                self.inherited_role.push(a.role.as_str());
            }
            return;
        }
        let (written, canon) = match a.role {
            Role::Lead => (&mut self.lead, &mut self.lead_canonical),
            Role::Responsible => (&mut self.responsible, &mut self.responsible_canonical),
            Role::Support => (&mut self.support, &mut self.support_canonical),
        };
        push(written, a.name);
        push(canon, canonical);
    }
}

impl TableRow for Row<'_> {
    fn write_delimited(&self, out: &mut String, file: &str, tsv: bool) {
        let line = self.line.to_string();
        let join = |v: &[&str]| v.join("、");
        let fields = [
            file.to_owned(),
            self.path.clone(),
            line,
            self.kind.to_owned(),
            self.marker.to_owned(),
            self.title.unwrap_or_default().to_owned(),
            join(&self.lead),
            join(&self.responsible),
            join(&self.support),
            join(&self.inherited),
            join(&self.inherited_role),
            join(&self.lead_canonical),
            join(&self.responsible_canonical),
            join(&self.support_canonical),
            join(&self.inherited_canonical),
            self.deadline.clone().unwrap_or_default(),
            self.deadline_by.clone().unwrap_or_default(),
            join(&self.jurisdiction),
            join(&self.level),
            join(&self.body_kind),
            join(&self.current),
        ];
        let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
        text::row(out, &fields, tsv);
    }
}

/// Every block of the document in the order [`Document::assignments`]
/// numbers them: the main document's, depth first, then each attached
/// document's.
fn all_blocks<'d>(d: &'d Document<'_>) -> Vec<&'d Block<'d>> {
    d.all_blocks().collect()
}

/// One row per block that names a body, in document order.
pub fn rows<'d>(d: &'d Document<'_>, text: &str) -> Vec<Row<'d>> {
    let blocks = all_blocks(d);
    let mut lines = Lines::new(text);
    let mut rows: Vec<Row<'d>> = Vec::new();
    let mut current = usize::MAX;
    for a in d.assignments() {
        if a.block != current {
            current = a.block;
            let block = blocks.get(a.block);
            rows.push(Row {
                path: a.label.clone(),
                line: block.map_or(0, |b| lines.line(b.marker_span.start)),
                kind: block.map_or("", |b| b.kind.as_str()),
                marker: a.marker,
                title: a.title,
                ..Row::default()
            });
        }
        if let Some(row) = rows.last_mut() {
            push_deadline(&mut row.deadlines, a.deadline);
            row.add(&a);
        }
    }
    for row in &mut rows {
        row.fill_deadline();
    }
    rows
}

/// Line numbers (1-based) of byte offsets asked for in increasing order, as
/// the rows are: the line breaks are counted as the offsets advance, so a
/// document is scanned once, up to its last row, with nothing allocated (a
/// [`gongwen::LineIndex`] would index every line of it first). An offset
/// before the last one asked for starts the count again.
pub struct Lines<'t> {
    text: &'t [u8],
    at: usize,
    line: usize,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Self {
        Lines { text: text.as_bytes(), at: 0, line: 1 }
    }

    pub fn line(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.at {
            (self.at, self.line) = (0, 1);
        }
        self.line += memchr::memchr_iter(b'\n', &self.text[self.at..offset]).count();
        self.at = offset;
        self.line
    }
}

impl Row<'_> {
    /// `deadline` and `deadline_by` from the deadlines gathered.
    fn fill_deadline(&mut self) {
        (self.deadline, self.deadline_by) = joined_deadlines(&self.deadlines);
    }
}

/// Deadlines as the `deadline` and `deadline_by` cells: their texts, and the
/// last day each means or `ongoing`, joined with 、 in the same order.
fn joined_deadlines(deadlines: &[&Deadline<'_>]) -> (Option<String>, Option<String>) {
    if deadlines.is_empty() {
        return (None, None);
    }
    let texts: Vec<&str> = deadlines.iter().map(|d| d.text.as_ref()).collect();
    let bys: Vec<&str> =
        deadlines.iter().map(|d| if d.ongoing { "ongoing" } else { d.by.as_deref().unwrap_or_default() }).collect();
    (Some(texts.join("、")), bys.iter().any(|b| !b.is_empty()).then(|| bys.join("、")))
}

/// Add a deadline to a list unless it is there.
fn push_deadline<'d>(list: &mut Vec<&'d Deadline<'d>>, d: Option<&'d Deadline<'d>>) {
    if let Some(d) = d.filter(|d| !list.iter().any(|o| o.text == d.text && o.by == d.by)) {
        list.push(d);
    }
}

/// One (block, body, role) of a document: a row of `--table long`.
#[derive(Debug, Serialize)]
pub struct LongRow<'d> {
    pub path: String,
    pub line: usize,
    pub block_kind: &'static str,
    pub marker: &'d str,
    pub title: Option<&'d str>,
    pub role: &'static str,
    /// The body's canonical name when the gazetteer knows it, else as written.
    pub body: &'d str,
    pub jurisdiction: Option<&'d str>,
    pub level: Option<&'static str>,
    pub kind: &'static str,
    pub canonical: Option<&'d str>,
    pub current: Option<&'d str>,
    /// The forms the block writes it in, each once, joined with 、.
    pub name: String,
    /// Whether the body has the role only from a standing note.
    pub inherited: bool,
    pub deadline: Option<String>,
    pub deadline_by: Option<String>,
    #[serde(skip)]
    block: usize,
    #[serde(skip)]
    deadlines: Vec<&'d Deadline<'d>>,
}

impl TableRow for LongRow<'_> {
    fn write_delimited(&self, out: &mut String, file: &str, tsv: bool) {
        let line = self.line.to_string();
        let fields = [
            file,
            &self.path,
            &line,
            self.block_kind,
            self.marker,
            self.title.unwrap_or_default(),
            self.role,
            self.body,
            self.jurisdiction.unwrap_or_default(),
            self.level.unwrap_or_default(),
            self.kind,
            self.canonical.unwrap_or_default(),
            self.current.unwrap_or_default(),
            &self.name,
            if self.inherited { "true" } else { "false" },
            self.deadline.as_deref().unwrap_or_default(),
            self.deadline_by.as_deref().unwrap_or_default(),
        ];
        text::row(out, &fields, tsv);
    }
}

/// One row per (block, body, role), in document order: a body named twice
/// in a block with the same role (two clauses, two forms of its name, a
/// clause and a standing note) is one row, inherited only when no clause of
/// the block names it.
pub fn long_rows<'d>(d: &'d Document<'_>, text: &str) -> Vec<LongRow<'d>> {
    let blocks = all_blocks(d);
    let mut lines = Lines::new(text);
    let mut rows: Vec<LongRow<'d>> = Vec::new();
    // the rows of the current block start here
    let mut first = 0;
    for a in d.assignments() {
        if rows.last().is_none_or(|r| r.block != a.block) {
            first = rows.len();
        }
        let role = a.role.as_str();
        let found = rows[first..]
            .iter()
            .position(|r| r.role == role && (r.body, r.jurisdiction) == a.body_key())
            .map(|i| first + i);
        let k = match found {
            Some(k) => k,
            None => {
                let block = blocks.get(a.block);
                rows.push(LongRow {
                    path: a.label.clone(),
                    line: block.map_or(0, |b| lines.line(b.marker_span.start)),
                    block_kind: block.map_or("", |b| b.kind.as_str()),
                    marker: a.marker,
                    title: a.title,
                    role,
                    body: a.canonical.unwrap_or(a.name),
                    jurisdiction: a.jurisdiction,
                    level: a.level.map(|l| l.as_str()),
                    kind: a.kind.as_str(),
                    canonical: a.canonical,
                    current: a.current,
                    name: String::new(),
                    inherited: true,
                    deadline: None,
                    deadline_by: None,
                    block: a.block,
                    deadlines: Vec::new(),
                });
                rows.len() - 1
            }
        };
        let row = &mut rows[k];
        if !row.name.split('、').any(|n| n == a.name) {
            if !row.name.is_empty() {
                row.name.push('、');
            }
            row.name.push_str(a.name);
        }
        row.inherited &= a.inherited;
        push_deadline(&mut row.deadlines, a.deadline);
    }
    for row in &mut rows {
        (row.deadline, row.deadline_by) = joined_deadlines(&row.deadlines);
    }
    rows
}

/// One document: a row of `--table documents`. A document that could not
/// be read or parsed has `ok` false, its `error_kind`, and nothing else.
#[derive(Debug, Default, Serialize)]
pub struct DocumentRow<'d> {
    pub ok: bool,
    pub error_kind: Option<&'static str>,
    /// The document's title, else its covering notice's.
    pub title: Option<&'d str>,
    /// The document's 发文字号, else its notice's.
    pub doc_number: Option<&'d str>,
    /// The notice's 署名: the issuing bodies.
    pub issuers: Vec<&'d str>,
    /// The notice's 成文日期 (ISO 8601).
    pub date: Option<&'d str>,
    pub bytes: Option<usize>,
    /// Numbered blocks at every depth, attached documents' included.
    pub blocks: Option<usize>,
    /// Blocks that name a body (rows of the default table).
    pub tasks: Option<usize>,
    /// Distinct bodies (by name and jurisdiction).
    pub bodies: Option<usize>,
    /// (block, body, role) triples (rows of `--table long`).
    pub assignments: Option<usize>,
    /// Citations of other documents.
    pub references: Option<usize>,
    pub attachments: Option<usize>,
    pub errors: Option<usize>,
    pub warnings: Option<usize>,
    pub infos: Option<usize>,
}

impl<'d> DocumentRow<'d> {
    pub fn of(doc: &'d Doc<'d>) -> Self {
        let d = match &doc.result {
            Ok(d) => d,
            Err(failure) => return DocumentRow { error_kind: Some(failure.kind), ..DocumentRow::default() },
        };
        let notice = d.notice.as_ref();
        let assignments = d.assignments();
        let mut tasks = 0;
        let mut bodies: HashSet<BodyKey<'_>> = HashSet::new();
        let mut triples: HashSet<(usize, BodyKey<'_>, Role)> = HashSet::new();
        for (i, a) in assignments.iter().enumerate() {
            tasks += usize::from(i == 0 || assignments[i - 1].block != a.block);
            bodies.insert(a.body_key());
            triples.insert((a.block, a.body_key(), a.role));
        }
        let count = |s: Severity| Some(d.diagnostics.iter().filter(|x| x.severity == s).count());
        DocumentRow {
            ok: true,
            error_kind: None,
            title: d.title.as_deref().or_else(|| notice.and_then(|n| n.title.as_deref())),
            doc_number: d.doc_number.as_deref().or_else(|| notice.and_then(|n| n.doc_number.as_deref())),
            issuers: notice.map(|n| n.issuers.iter().map(|i| i.as_ref()).collect()).unwrap_or_default(),
            date: notice.and_then(|n| n.date.as_deref()),
            bytes: Some(doc.text.len()),
            blocks: Some(all_blocks(d).len()),
            tasks: Some(tasks),
            bodies: Some(bodies.len()),
            assignments: Some(triples.len()),
            references: Some(d.references.len()),
            attachments: Some(d.attachments.len()),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        }
    }
}

impl TableRow for DocumentRow<'_> {
    fn write_delimited(&self, out: &mut String, file: &str, tsv: bool) {
        let n = |v: Option<usize>| v.map(|n| n.to_string()).unwrap_or_default();
        let counts = [
            self.bytes,
            self.blocks,
            self.tasks,
            self.bodies,
            self.assignments,
            self.references,
            self.attachments,
            self.errors,
            self.warnings,
            self.infos,
        ]
        .map(n);
        let issuers = self.issuers.join("、");
        let mut fields = vec![
            file,
            if self.ok { "true" } else { "false" },
            self.error_kind.unwrap_or_default(),
            self.title.unwrap_or_default(),
            self.doc_number.unwrap_or_default(),
            &issuers,
            self.date.unwrap_or_default(),
        ];
        fields.extend(counts.iter().map(String::as_str));
        text::row(out, &fields, tsv);
    }
}

/// A block's bodies (and deadlines) as outline lines (`parse --format md`).
pub struct Bodies<'d> {
    lead: Vec<&'d str>,
    responsible: Vec<&'d str>,
    support: Vec<&'d str>,
    inherited: Vec<(&'d str, Role)>,
    /// The block's deadline and its clauses', each once.
    deadlines: Vec<&'d Deadline<'d>>,
}

impl<'d> Bodies<'d> {
    pub fn of(b: &'d Block<'_>) -> Self {
        let mut bodies = Bodies {
            lead: Vec::new(),
            responsible: Vec::new(),
            support: Vec::new(),
            inherited: Vec::new(),
            deadlines: Vec::new(),
        };
        for d in b.deadline().into_iter().chain(b.responsibilities.iter().filter_map(|r| r.deadline.as_deref())) {
            if !bodies.deadlines.iter().any(|o| o.text == d.text && o.by == d.by) {
                bodies.deadlines.push(d);
            }
        }
        for a in b.agencies() {
            let list = match a.role {
                Role::Lead => &mut bodies.lead,
                Role::Responsible => &mut bodies.responsible,
                Role::Support => &mut bodies.support,
            };
            push(list, &a.name);
        }
        for a in b.inherited() {
            if !bodies.inherited.iter().any(|&(n, r)| n == a.name && r == a.role) {
                bodies.inherited.push((&a.name, a.role));
            }
        }
        bodies
    }

    /// `**lead 牵头**: 甲、乙`, one line per role present.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        for (label, list) in
            [("lead 牵头", &self.lead), ("responsible 负责", &self.responsible), ("support 配合", &self.support)]
        {
            if !list.is_empty() {
                lines.push(format!("**{label}**: {}", list.join("、")));
            }
        }
        if !self.inherited.is_empty() {
            let names: Vec<String> = self.inherited.iter().map(|(n, r)| format!("{n} ({})", r.as_str())).collect();
            lines.push(format!("**inherited 沿用**: {}", names.join("、")));
        }
        if !self.deadlines.is_empty() {
            let shown: Vec<String> = self
                .deadlines
                .iter()
                .map(|d| match (d.ongoing, d.by.as_deref()) {
                    (true, _) => format!("{} (ongoing)", d.text),
                    (false, Some(by)) => format!("{} ({by})", d.text),
                    (false, None) => d.text.to_string(),
                })
                .collect();
            lines.push(format!("**deadline 时限**: {}", shown.join("、")));
        }
        lines
    }
}

/// A marker without its punctuation: `（十一）` → `十一`, `1.` → `1`.
pub fn strip_marker(marker: &str) -> &str {
    marker.trim_matches(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_group_bodies_by_block_and_role() {
        let text = "标题\n一、任务\n（一）推进改革。（中央农办牵头，农业农村部等参与）\n（二）加强保障。（公安部、发展改革委等负责）\n（三）无主。\n";
        let doc = gongwen::parse(text).unwrap();
        let rows = rows(&doc, text);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].path.as_str(), rows[0].line, rows[0].marker), ("一/一", 3, "（一）"));
        assert_eq!(rows[0].lead, ["中央农办"]);
        assert_eq!(rows[0].support, ["农业农村部"]);
        assert_eq!(rows[1].responsible, ["公安部", "发展改革委"]);
        assert_eq!(rows[1].title, Some("加强保障"));
        let mut csv = String::new();
        rows[1].write_delimited(&mut csv, "a.txt", false);
        assert!(csv.starts_with("a.txt,一/二,4,subsection,（二）,加强保障,,公安部、发展改革委,,"), "{csv}");
    }

    #[test]
    fn clauses_show_their_deadlines() {
        let text = "标题\n一、任务\n（一）推进改革。2024年底前完成。（中央农办牵头）\n（二）加强保障。（公安部负责，长期坚持）\n\
                    （三）推进甲，2025年6月底前完成。（甲部负责）推进乙，2025年底前完成。（乙部负责）\n";
        let doc = gongwen::parse(text).unwrap();
        let rows = rows(&doc, text);
        assert_eq!(rows.len(), 3);
        assert_eq!(
            (rows[0].deadline.as_deref(), rows[0].deadline_by.as_deref()),
            (Some("2024年底前"), Some("2024-12-31"))
        );
        assert_eq!((rows[1].deadline.as_deref(), rows[1].deadline_by.as_deref()), (Some("长期坚持"), Some("ongoing")));
        // one block, two clauses, two deadlines: joined with 、 in the same order
        assert_eq!(rows[2].deadline.as_deref(), Some("2025年6月底前、2025年底前"));
        assert_eq!(rows[2].deadline_by.as_deref(), Some("2025-06-30、2025-12-31"));
        // and the outline of `parse --format md`
        let block = &doc.sections[0].children[0];
        assert_eq!(
            Bodies::of(block).lines().last().map(String::as_str),
            Some("**deadline 时限**: 2024年底前 (2024-12-31)")
        );
        let block = &doc.sections[0].children[1];
        assert_eq!(Bodies::of(block).lines().last().map(String::as_str), Some("**deadline 时限**: 长期坚持 (ongoing)"));
    }

    #[test]
    fn lines_are_counted_as_offsets_advance() {
        let text = "一\r\n二\n\n三四\n";
        let index = gongwen::LineIndex::new(text);
        let mut lines = Lines::new(text);
        // in order, repeated, backwards, past the end
        for offset in [0, 3, 5, 6, 8, 8, 9, 15, 2, 12, 14, 100] {
            assert_eq!(lines.line(offset), index.position(offset).line, "offset {offset}");
        }
    }

    #[test]
    fn markers_lose_their_punctuation() {
        assert_eq!(strip_marker("（十一）"), "十一");
        assert_eq!(strip_marker("1."), "1");
        assert_eq!(strip_marker("——任务1："), "任务1");
    }
}
