//! `gongwen refs`: one row per citation of another document, built on
//! [`gongwen::Document::citations`]: over a corpus, the edges of a citation
//! graph (citing document → cited title and 文号).

use crate::batch::{Fatal, Status};
use crate::tasks::{TableRow, run_table, write_rows};
use crate::text;
use crate::{InputArgs, TableFormat};
use gongwen::{Document, LineIndex};
use serde::Serialize;

/// The columns, in order.
pub const COLUMNS: [&str; 10] = [
    "file",
    "document_title",
    "document_number",
    "path",
    "marker",
    "line",
    "column",
    "cited_title",
    "cited_number",
    "kind",
];

pub fn run(args: &InputArgs, format: TableFormat, bom: bool) -> Result<Status, Fatal> {
    run_table(args, &COLUMNS, format, bom, move |out, name, d, text| write_rows(out, name, rows(d, text), format))
}

/// One citation and the document and block it stands in.
#[derive(Debug, Serialize)]
pub struct Row<'d> {
    /// The citing document's title (the notice's when the document has none).
    pub document_title: Option<&'d str>,
    /// The citing document's 发文字号 (the notice's when it has none).
    pub document_number: Option<&'d str>,
    pub path: String,
    pub marker: Option<&'d str>,
    pub line: usize,
    pub column: usize,
    pub cited_title: Option<&'d str>,
    pub cited_number: Option<&'d str>,
    pub kind: &'static str,
}

impl TableRow for Row<'_> {
    fn write_delimited(&self, out: &mut String, file: &str, tsv: bool) {
        let (line, column) = (self.line.to_string(), self.column.to_string());
        let fields = [
            file,
            self.document_title.unwrap_or_default(),
            self.document_number.unwrap_or_default(),
            &self.path,
            self.marker.unwrap_or_default(),
            &line,
            &column,
            self.cited_title.unwrap_or_default(),
            self.cited_number.unwrap_or_default(),
            self.kind,
        ];
        text::row(out, &fields, tsv);
    }
}

/// One row per citation, in input order.
pub fn rows<'d>(d: &'d Document<'_>, text: &str) -> Vec<Row<'d>> {
    let index = LineIndex::new(text);
    let notice = d.notice.as_ref();
    let document_title = d.title.as_deref().or_else(|| notice.and_then(|n| n.title.as_deref()));
    let document_number = d.doc_number.as_deref().or_else(|| notice.and_then(|n| n.doc_number.as_deref()));
    d.citations()
        .into_iter()
        .map(|c| {
            let at = index.position(c.reference.span.start);
            let r = c.reference;
            Row {
                document_title,
                document_number,
                path: c.label,
                marker: c.marker,
                line: at.line,
                column: at.column,
                cited_title: r.title.as_deref(),
                cited_number: r.doc_number.as_deref(),
                kind: r.kind.as_str(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_citation() {
        let text = "标题\n根据《中华人民共和国安全生产法》，制定本方案。\n一、任务\n（一）落实《国务院关于…的通知》（国发[2014]25号）。\n";
        let doc = gongwen::parse(text).unwrap();
        let rows = rows(&doc, text);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].path.as_str(), rows[0].line, rows[0].column, rows[0].kind), ("", 2, 3, "law"));
        assert_eq!(
            (rows[1].path.as_str(), rows[1].marker, rows[1].line, rows[1].column),
            ("一/一", Some("（一）"), 4, 6)
        );
        let mut csv = String::new();
        rows[1].write_delimited(&mut csv, "a.txt", false);
        assert_eq!(csv, "a.txt,标题,,一/一,（一）,4,6,国务院关于…的通知,国发〔2014〕25号,document\r\n");
    }
}
