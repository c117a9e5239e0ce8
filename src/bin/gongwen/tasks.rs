//! `gongwen tasks`: one row per block that names a body (in a clause of its
//! own or inherited from a standing note), built on
//! [`gongwen::Document::assignments`].

use crate::batch::{self, Doc, Fatal, Outcome, Sink, Status};
use crate::input::{Failure, Key};
use crate::text;
use crate::{InputArgs, TableFormat};
use gongwen::{Assignment, Block, Deadline, Document, LineIndex, Role};
use serde::Serialize;
use std::io::{self, Write};

/// The columns, in order. Lists of bodies are joined with 、 in CSV/TSV and
/// are arrays in JSON Lines.
pub const COLUMNS: [&str; 17] = [
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
];

pub fn run(args: &InputArgs, format: TableFormat, bom: bool) -> Result<Status, Fatal> {
    run_table(args, &COLUMNS, format, bom, move |out, name, d, text| write_rows(out, name, rows(d, text), format))
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
        id: Option<&'a serde_json::Value>,
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

impl<'d> Row<'d> {
    fn add(&mut self, a: &Assignment<'d>) {
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
    let index = LineIndex::new(text);
    let mut rows: Vec<Row<'d>> = Vec::new();
    let mut current = usize::MAX;
    for a in d.assignments() {
        if a.block != current {
            current = a.block;
            let block = blocks.get(a.block);
            rows.push(Row {
                path: a.label.clone(),
                line: block.map_or(0, |b| index.position(b.marker_span.start).line),
                kind: block.map_or("", |b| b.kind.as_str()),
                marker: a.marker,
                title: a.title,
                ..Row::default()
            });
        }
        if let Some(row) = rows.last_mut() {
            if let Some(d) = a.deadline.filter(|d| !row.deadlines.iter().any(|o| o.text == d.text && o.by == d.by)) {
                row.deadlines.push(d);
            }
            row.add(&a);
        }
    }
    for row in &mut rows {
        row.fill_deadline();
    }
    rows
}

impl Row<'_> {
    /// `deadline` and `deadline_by` from the deadlines gathered.
    fn fill_deadline(&mut self) {
        if self.deadlines.is_empty() {
            return;
        }
        let texts: Vec<&str> = self.deadlines.iter().map(|d| d.text.as_ref()).collect();
        let bys: Vec<&str> = self
            .deadlines
            .iter()
            .map(|d| if d.ongoing { "ongoing" } else { d.by.as_deref().unwrap_or_default() })
            .collect();
        self.deadline = Some(texts.join("、"));
        self.deadline_by = bys.iter().any(|b| !b.is_empty()).then(|| bys.join("、"));
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
    fn markers_lose_their_punctuation() {
        assert_eq!(strip_marker("（十一）"), "十一");
        assert_eq!(strip_marker("1."), "1");
        assert_eq!(strip_marker("——任务1："), "任务1");
    }
}
