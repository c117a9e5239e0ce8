//! The checker of the hand-checked facts of wide-corpus documents
//! (`tests/facts_local.rs`, `tests/facts_review.rs`): a document's facts as
//! read off its text, and one function that parses the fixture and lists
//! every fact the parse gets wrong.
//!
//! White space is not a fact: names and titles are compared with every
//! space character removed (`改革创新 加快` = `改革创新加快`).
//!
//! Include with `#[path = "common/facts.rs"] mod facts;`.

#![allow(dead_code)]

use gongwen::{Block, BlockKind, Document, Role};

pub const L: Role = Role::Lead;
pub const R: Role = Role::Responsible;
pub const S: Role = Role::Support;

/// The notice (or the document's own frame), as written.
pub struct Notice {
    pub title: Option<&'static str>,
    /// 发文字号 with its year brackets as 〔〕.
    pub doc_number: Option<&'static str>,
    /// 主送机关 items, in order, split on ，and 、 (`市政府各委、办、局` is one item).
    pub addressees: &'static [&'static str],
    pub issuers: &'static [&'static str],
    /// 成文日期, ISO.
    pub date: Option<&'static str>,
}

/// One 节 of a chapter: number, title, articles in it.
pub type Division = (u32, &'static str, usize);

pub struct Facts {
    pub file: &'static str,
    /// `None`: the document has no notice frame.
    pub notice: Option<Notice>,
    /// Title of the main document.
    pub title: &'static str,
    /// Kind of every top-level block.
    pub top_kind: BlockKind,
    /// Every top-level block: number and title (`None`: no title).
    pub top: &'static [(u32, Option<&'static str>)],
    /// Number of direct children of each top-level block (empty: not checked).
    pub children: &'static [usize],
    /// For a regulation: the number of 第X条 in each chapter, at any depth
    /// (empty: not checked).
    pub articles: &'static [usize],
    /// For a regulation: the 节 of a chapter, `(chapter number, divisions)`.
    pub divisions: &'static [(u32, &'static [Division])],
    /// Every responsibility clause in document order: the path of block
    /// numbers it sits in, the role, and the bodies as written, separated by
    /// 、 (a clause with two roles is two entries with the same path).
    pub clauses: &'static [(&'static [u32], Role, &'static str)],
    /// Titles of the 附件 (`None`: not checked).
    pub attachments: Option<&'static [&'static str]>,
}

fn fixture(file: &str) -> String {
    let path = format!("{}/fixtures/wide/{file}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn opt(s: Option<&str>) -> Option<String> {
    s.map(squeeze)
}

fn collect_clauses(blocks: &[Block<'_>], path: &mut Vec<u32>, out: &mut Vec<(Vec<u32>, String, Role)>) {
    for b in blocks {
        path.push(b.number);
        for a in b.agencies() {
            out.push((path.clone(), squeeze(&a.name), a.role));
        }
        collect_clauses(&b.children, path, out);
        path.pop();
    }
}

fn check_notice(doc: &Document<'_>, want: &Option<Notice>, fail: &mut Vec<String>) {
    match (want, &doc.notice) {
        (None, None) => {}
        (None, Some(n)) => {
            // the title field may echo the document's own title; anything
            // else would be a frame the text does not have
            let title_ok = n.title.is_none() || n.title == doc.title;
            if !title_ok
                || n.doc_number.is_some()
                || !n.addressees.is_empty()
                || !n.issuers.is_empty()
                || n.date.is_some()
            {
                fail.push(format!(
                    "notice: the text has none, got title {:?}, 发文字号 {:?}, addressees {:?}, issuers {:?}, date {:?}",
                    n.title,
                    n.doc_number,
                    n.addressees.iter().map(|g| g.text.as_ref()).collect::<Vec<_>>(),
                    n.issuers,
                    n.date
                ));
            }
        }
        (Some(_), None) => fail.push("notice: none found".into()),
        (Some(w), Some(n)) => {
            if opt(n.title.as_deref()) != opt(w.title) {
                fail.push(format!("notice title: want {:?}, got {:?}", w.title, n.title));
            }
            if n.doc_number.as_deref() != w.doc_number {
                fail.push(format!("发文字号: want {:?}, got {:?}", w.doc_number, n.doc_number));
            }
            let items: Vec<String> = n.addressees.iter().flat_map(|g| g.items.iter().map(|i| squeeze(i))).collect();
            let want_items: Vec<String> = w.addressees.iter().map(|i| squeeze(i)).collect();
            if items != want_items {
                fail.push(format!("addressees: want {want_items:?}, got {items:?}"));
            }
            let issuers: Vec<String> = n.issuers.iter().map(|i| squeeze(i)).collect();
            let want_issuers: Vec<String> = w.issuers.iter().map(|i| squeeze(i)).collect();
            if issuers != want_issuers {
                fail.push(format!("issuers: want {want_issuers:?}, got {issuers:?}"));
            }
            if n.date.as_deref() != w.date {
                fail.push(format!("date: want {:?}, got {:?}", w.date, n.date));
            }
        }
    }
}

pub fn check(want: Facts) {
    let text = fixture(want.file);
    let doc = match gongwen::parse(&text) {
        Ok(doc) => doc,
        Err(e) => panic!("{}: does not parse: {e}", want.file),
    };
    let mut fail = Vec::new();
    check_notice(&doc, &want.notice, &mut fail);
    if opt(doc.title.as_deref()) != Some(squeeze(want.title)) {
        fail.push(format!("title: want {:?}, got {:?}", want.title, doc.title));
    }
    let top: Vec<(u32, Option<String>)> = doc.sections.iter().map(|s| (s.number, opt(s.title.as_deref()))).collect();
    let want_top: Vec<(u32, Option<String>)> = want.top.iter().map(|&(n, t)| (n, opt(t))).collect();
    if top != want_top {
        fail.push(format!("top-level blocks: want {want_top:?}, got {top:?}"));
    }
    if let Some(s) = doc.sections.iter().find(|s| s.kind != want.top_kind) {
        fail.push(format!("top-level kind: want {:?}, got {:?} for {}", want.top_kind, s.kind, s.marker));
    }
    if !want.children.is_empty() {
        let children: Vec<usize> = doc.sections.iter().map(|s| s.children.len()).collect();
        if children != want.children {
            fail.push(format!("second-level blocks per top-level block: want {:?}, got {children:?}", want.children));
        }
    }
    if !want.articles.is_empty() {
        let articles: Vec<usize> =
            doc.sections.iter().map(|s| s.walk().filter(|b| b.kind == BlockKind::Article).count()).collect();
        if articles != want.articles {
            fail.push(format!("articles per chapter: want {:?}, got {articles:?}", want.articles));
        }
        let numbers: Vec<u32> = doc.blocks().filter(|b| b.kind == BlockKind::Article).map(|b| b.number).collect();
        let total: usize = want.articles.iter().sum();
        if numbers != (1..=total as u32).collect::<Vec<_>>() {
            fail.push(format!("articles: want 第一条…第{total}条 in order, got numbers {numbers:?}"));
        }
    }
    for (chapter, divisions) in want.divisions {
        let got: Vec<(u32, Option<String>, usize)> = doc
            .sections
            .iter()
            .find(|s| s.number == *chapter)
            .map(|s| {
                s.children
                    .iter()
                    .filter(|d| d.kind == BlockKind::Division)
                    .map(|d| {
                        (d.number, opt(d.title.as_deref()), d.walk().filter(|b| b.kind == BlockKind::Article).count())
                    })
                    .collect()
            })
            .unwrap_or_default();
        let want: Vec<(u32, Option<String>, usize)> =
            divisions.iter().map(|&(n, t, a)| (n, Some(squeeze(t)), a)).collect();
        if got != want {
            fail.push(format!("节 of chapter {chapter} (number, title, articles): want {want:?}, got {got:?}"));
        }
    }
    let mut got = Vec::new();
    collect_clauses(&doc.sections, &mut Vec::new(), &mut got);
    let expected: Vec<(Vec<u32>, String, Role)> = want
        .clauses
        .iter()
        .flat_map(|&(path, role, bodies)| bodies.split('、').map(move |b| (path.to_vec(), squeeze(b), role)))
        .collect();
    if got != expected {
        let missing: Vec<_> = expected.iter().filter(|e| !got.contains(e)).collect();
        let extra: Vec<_> = got.iter().filter(|g| !expected.contains(g)).collect();
        fail.push(format!(
            "clause bodies (path, body, role): want {} got {}; missing or wrong {missing:?}; unexpected {extra:?}",
            expected.len(),
            got.len()
        ));
    }
    if let Some(want_attachments) = want.attachments {
        let attachments: Vec<String> = doc.attachments.iter().map(|a| squeeze(&a.title)).collect();
        let want_attachments: Vec<String> = want_attachments.iter().map(|a| squeeze(a)).collect();
        if attachments != want_attachments {
            fail.push(format!("附件: want {want_attachments:?}, got {attachments:?}"));
        }
    }
    assert!(fail.is_empty(), "{}:\n  {}", want.file, fail.join("\n  "));
}
