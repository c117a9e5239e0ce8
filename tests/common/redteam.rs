//! Helpers shared by the red-team tests (`tests/redteam_*.rs`): documents
//! under `tests/data/`, and the facts the tests read off a parse.
//!
//! Included with `#[path = "common/redteam.rs"] mod redteam;`.

#![allow(dead_code)]

use gongwen::{Block, ColumnRole, Document, Period, Role, Table};

/// The text of `tests/data/{dir}/{name}`.
pub fn read(dir: &str, name: &str) -> String {
    let path = format!("{}/tests/data/{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The parse of `text`, which must succeed.
pub fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).expect("parses")
}

/// Each responsibility of the block, as (name, role) lists.
pub fn roles<'d>(b: &'d Block<'_>) -> Vec<Vec<(&'d str, Role)>> {
    b.responsibilities.iter().map(|r| r.agencies.iter().map(|a| (a.name.as_ref(), a.role)).collect()).collect()
}

/// A notice's (title, 发文字号, addressees, issuers, date).
pub type Facts<'d> = (Option<&'d str>, Option<&'d str>, Vec<&'d str>, Vec<&'d str>, Option<&'d str>);

/// The notice's (title, 发文字号, addressees as their items, issuers, date).
pub fn notice<'d>(doc: &'d Document<'_>) -> Facts<'d> {
    let n = doc.notice.as_ref().expect("a notice");
    (
        n.title.as_deref(),
        n.doc_number.as_deref(),
        n.addressees.iter().flat_map(|g| g.items.iter().map(|i| i.as_ref())).collect(),
        n.issuers.iter().map(|i| i.as_ref()).collect(),
        n.date.as_deref(),
    )
}

/// The notice's (cc, printed_by, printed_date, notes).
pub fn colophon<'d>(doc: &'d Document<'_>) -> (Vec<&'d str>, Option<&'d str>, Option<&'d str>, Vec<&'d str>) {
    let n = doc.notice.as_ref().expect("a notice");
    (
        n.cc.iter().map(|c| c.as_ref()).collect(),
        n.printed_by.as_deref(),
        n.printed_date.as_deref(),
        n.notes.iter().map(|c| c.as_ref()).collect(),
    )
}

/// Every paragraph's and title's text: the notice body, the preamble, the
/// blocks (with their titles), the closing.
pub fn all_texts<'d>(doc: &'d Document<'_>) -> Vec<&'d str> {
    let mut out: Vec<&str> = Vec::new();
    if let Some(n) = &doc.notice {
        out.extend(n.body.iter().map(|p| p.text.as_ref()));
    }
    out.extend(doc.preamble.iter().map(|p| p.text.as_ref()));
    for b in doc.blocks() {
        out.extend(b.title.as_deref());
        out.extend(b.paragraphs.iter().map(|p| p.text.as_ref()));
    }
    out.extend(doc.closing.iter().map(|p| p.text.as_ref()));
    out
}

/// The texts of the block's paragraphs.
pub fn texts<'d>(b: &'d Block<'_>) -> Vec<&'d str> {
    b.paragraphs.iter().map(|p| p.text.as_ref()).collect()
}

/// The first block (attachments' too) with this marker whose title starts
/// with `title`.
pub fn block<'d>(doc: &'d Document<'_>, marker: &str, title: &str) -> &'d Block<'d> {
    doc.blocks()
        .find(|b| b.marker == marker && b.title.as_deref().is_some_and(|t| t.starts_with(title)))
        .unwrap_or_else(|| panic!("no block {marker}{title}"))
}

/// Every responsibility's span lies on the raw text's character
/// boundaries, and every body's span reads back as its name (line breaks
/// of CRLF text read as `\n`).
pub fn spans_read_back(text: &str, doc: &Document<'_>) {
    for b in doc.blocks() {
        for r in &b.responsibilities {
            assert!(text.get(r.span.start..r.span.end).is_some(), "{r:?}");
            for a in &r.agencies {
                assert_eq!(text[a.span.start..a.span.end].replace("\r\n", "\n"), a.name.as_ref());
            }
        }
    }
}

/// Every table of the document: main text, attachments, blocks.
pub fn tables<'d>(doc: &'d Document<'_>) -> Vec<&'d Table<'d>> {
    let mut out: Vec<&Table<'_>> = doc.tables.iter().collect();
    out.extend(doc.attachments.iter().flat_map(|a| a.tables.iter()));
    out.extend(doc.all_blocks().flat_map(|b| b.tables().iter()));
    out
}

/// The task rows, in order.
pub fn rows<'d>(doc: &'d Document<'_>) -> Vec<&'d Block<'d>> {
    doc.all_blocks().filter(|b| b.kind == gongwen::BlockKind::Row).collect()
}

pub fn columns<'d>(t: &'d Table<'_>) -> Vec<(&'d str, ColumnRole)> {
    t.columns.iter().map(|c| (c.name.as_ref(), c.role)).collect()
}

/// (marker, title) of each row.
pub fn titles<'d>(rs: &[&'d Block<'d>]) -> Vec<(&'d str, &'d str)> {
    rs.iter().map(|b| (b.marker.as_ref(), b.title.as_deref().unwrap_or(""))).collect()
}

/// (by, ongoing, every) of a row's deadline.
pub fn by<'d>(b: &'d Block<'_>) -> (Option<&'d str>, bool, Option<Period>) {
    let d = b.deadline().expect("a deadline");
    (d.by.as_deref(), d.ongoing, d.every)
}

/// One block of [`tree`]: (depth, kind, number, marker, title).
pub type Node<'d> = (usize, &'static str, u32, &'d str, Option<&'d str>);

/// The block tree, depth first: (depth, kind, number, marker, title).
pub fn tree<'d>(doc: &'d Document<'_>) -> Vec<Node<'d>> {
    fn walk<'d>(blocks: &'d [Block<'_>], depth: usize, out: &mut Vec<Node<'d>>) {
        for b in blocks {
            out.push((depth, b.kind.as_str(), b.number, b.marker.as_ref(), b.title.as_deref()));
            walk(&b.children, depth + 1, out);
        }
    }
    let mut out = Vec::new();
    walk(&doc.sections, 0, &mut out);
    out
}

/// The tree without titles: (depth, kind, number, marker).
pub fn shape<'d>(doc: &'d Document<'_>) -> Vec<(usize, &'static str, u32, &'d str)> {
    tree(doc).into_iter().map(|x| (x.0, x.1, x.2, x.3)).collect()
}

/// The diagnostics whose code starts with `prefix`, as (code, text at the span).
pub fn diags<'t>(text: &'t str, doc: &Document<'_>, prefix: &str) -> Vec<(String, &'t str)> {
    doc.diagnostics
        .iter()
        .filter(|d| d.code.starts_with(prefix))
        .map(|d| (d.code.to_string(), &text[d.span.start..d.span.end]))
        .collect()
}
