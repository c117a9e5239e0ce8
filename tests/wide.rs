//! The wide corpus (`fixtures/wide/`: 124 real documents the parser was not
//! built on): the audit's figures against the targets of issue #12, and one
//! golden outline per document.
//!
//! The outlines (`tests/snapshots/wide/`) are compact and reviewable: the
//! notice fields, the title, adoption notes, the size of the contents list,
//! one line per block with its clauses, the attachments and the diagnostics
//! by code. Create or refresh them with
//! `INSTA_UPDATE=always cargo test --test wide`, then read `git diff`.

mod common;

use gongwen::audit::{self, Expected, Report, Totals};
use gongwen::{Block, Document};
use std::fmt::Write as _;

/// The targets of issue #12: documents whose audit is clean (expected flags
/// count as clean), and headings and clauses built, in percent of those the
/// audit sees in the text.
const TARGET_CLEAN_PERCENT: f64 = 98.0;
const TARGET_HEADINGS_PERCENT: f64 = 97.0;
const TARGET_CLAUSES_PERCENT: f64 = 97.0;

/// What the parser reaches today, asserted so that no change goes back on
/// it: raise a floor when documents are fixed, never lower it. Where a floor
/// is below its target the target is not met yet (the test prints the gap).
const FLOOR_CLEAN_PERCENT: f64 = 97.5;
const FLOOR_HEADINGS_PERCENT: f64 = 99.5;
const FLOOR_CLAUSES_PERCENT: f64 = 99.5;

fn wide_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join("wide")
}

/// Every `fixtures/wide/*.txt` as `(file name, text)`, sorted by name.
fn documents() -> Vec<(String, String)> {
    common::fixtures_in(&wide_dir())
}

fn expected() -> Expected {
    let path = wide_dir().join("AUDIT-EXPECTED.tsv");
    let tsv = std::fs::read_to_string(&path).unwrap_or_default();
    Expected::parse(&tsv).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_audit_holds_its_floor_and_shows_the_targets_of_issue_12() {
    let docs = documents();
    assert!(docs.len() >= 124, "the wide corpus has {} documents", docs.len());
    let expected = expected();
    let mut totals = Totals::default();
    let mut shown = String::new();
    let mut failed = Vec::new();
    for (name, text) in &docs {
        let report = audit::audit(text);
        let located = report.located(name, text, &expected);
        let clean = Report::is_clean_given(&located);
        totals.add(&report, clean);
        if report.failed {
            failed.push(name.as_str());
        }
        if !clean {
            let _ = writeln!(
                shown,
                "{name}: headings {}/{} (contents {}), clauses {}/{}",
                report.headings_built,
                report.headings_seen,
                report.contents_headings,
                report.clauses_built,
                report.clauses_seen
            );
            for l in located.iter().filter(|l| l.expected.is_none()) {
                let _ = writeln!(shown, "  {name}:{}: {}: {}", l.position, l.flag.code, l.flag.message);
            }
        }
    }
    let summary = totals.to_string();
    let report = format!("{shown}\n{summary}\n");
    assert!(failed.is_empty(), "documents that fail to parse: {failed:?}\n{report}");
    // the gap to the targets, shown with `cargo test --test wide -- --nocapture`
    for (what, got, target) in [
        ("clean", totals.clean_percent(), TARGET_CLEAN_PERCENT),
        ("headings", totals.headings_percent(), TARGET_HEADINGS_PERCENT),
        ("clauses", totals.clauses_percent(), TARGET_CLAUSES_PERCENT),
    ] {
        let verdict = if got >= target { "met" } else { "NOT MET" };
        println!("{what}: {got:.1}% (target of issue #12: {target}%, {verdict})");
    }
    println!("{report}");
    for (what, got, floor) in [
        ("clean", totals.clean_percent(), FLOOR_CLEAN_PERCENT),
        ("headings", totals.headings_percent(), FLOOR_HEADINGS_PERCENT),
        ("clauses", totals.clauses_percent(), FLOOR_CLAUSES_PERCENT),
    ] {
        assert!(got >= floor, "{what} {got:.1}% < {floor}% (the floor this corpus reached)\n{report}");
    }
}

#[test]
fn the_expected_flags_name_real_documents() {
    let names: Vec<String> = documents().into_iter().map(|(n, _)| n).collect();
    for e in expected().entries() {
        assert!(names.iter().any(|n| std::path::Path::new(n).ends_with(&e.file)), "{}: no such document", e.file);
        assert!(!e.reason.is_empty(), "{}: {} needs a reason", e.file, e.code);
    }
}

/// One line per value: `None` as `-`.
fn field(out: &mut String, name: &str, value: Option<&str>) {
    let _ = writeln!(out, "{name}: {}", value.unwrap_or("-"));
}

fn outline_blocks(out: &mut String, blocks: &[Block<'_>], depth: usize) {
    for b in blocks {
        let pad = "  ".repeat(depth);
        let _ =
            writeln!(out, "{pad}{} {} {} | {}", b.kind.as_str(), b.number, b.marker, b.title.as_deref().unwrap_or("-"));
        for r in &b.responsibilities {
            for a in &r.agencies {
                let _ = writeln!(
                    out,
                    "{pad}    = {}/{} {}",
                    a.name,
                    a.canonical.as_deref().unwrap_or("-"),
                    a.role.as_str()
                );
            }
        }
        for a in b.inherited() {
            let _ =
                writeln!(out, "{pad}    ^ {}/{} {}", a.name, a.canonical.as_deref().unwrap_or("-"), a.role.as_str());
        }
        outline_blocks(out, &b.children, depth + 1);
    }
}

/// The compact outline of a document that the golden snapshots hold.
fn outline(doc: &Document<'_>) -> String {
    let mut out = String::new();
    match &doc.notice {
        Some(n) => {
            field(&mut out, "notice.title", n.title.as_deref());
            field(&mut out, "notice.doc_number", n.doc_number.as_deref());
            let groups: Vec<String> = n.addressees.iter().map(|g| g.items.join("、")).collect();
            let _ = writeln!(out, "notice.addressees: {}", groups.join(" | "));
            let _ = writeln!(out, "notice.issuers: {}", n.issuers.join(" | "));
            field(&mut out, "notice.date", n.date.as_deref());
        }
        None => out.push_str("notice: -\n"),
    }
    field(&mut out, "title", doc.title.as_deref());
    field(&mut out, "doc_number", doc.doc_number.as_deref());
    for a in &doc.adopted {
        let _ = writeln!(out, "adopted: {}", a.text);
    }
    if let Some(c) = &doc.contents {
        let _ = writeln!(out, "contents: {} entries", c.entries.len());
    }
    let _ = writeln!(out, "preamble: {} paragraphs", doc.preamble.len());
    out.push_str("blocks:\n");
    outline_blocks(&mut out, &doc.sections, 1);
    if !doc.attachments.is_empty() {
        out.push_str("attachments:\n");
        for a in &doc.attachments {
            let number = a.number.map(|n| n.to_string()).unwrap_or_else(|| "-".into());
            let _ = writeln!(out, "  {number} {} ({} paragraphs)", a.title, a.paragraphs.len());
            outline_blocks(&mut out, &a.sections, 2);
        }
    }
    let mut codes: Vec<(&str, usize)> = Vec::new();
    for d in &doc.diagnostics {
        match codes.iter_mut().find(|(c, _)| *c == d.code) {
            Some((_, n)) => *n += 1,
            None => codes.push((&d.code, 1)),
        }
    }
    codes.sort();
    out.push_str("diagnostics:\n");
    for (code, n) in codes {
        let _ = writeln!(out, "  {code} x {n}");
    }
    out
}

#[test]
fn golden_outlines() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/wide");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for (name, text) in documents() {
            let stem = name.trim_end_matches(".txt");
            let shown = match gongwen::parse(&text) {
                Ok(doc) => outline(&doc),
                Err(e) => format!("error: {}\n", e.summary()),
            };
            insta::assert_snapshot!(stem, shown);
        }
    });
}
