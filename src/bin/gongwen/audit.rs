//! `gongwen audit`: flag suspicious parses without hand-written facts (the
//! library's [`gongwen::audit`]), one line per flagged document, a summary
//! line, exit 1 below `--min-clean`.

use crate::batch::{self, Doc, Fatal, Outcome, Sink, Status};
use crate::{AuditFormat, InputArgs};
use gongwen::Span;
use gongwen::audit::{self, Expected, Report, Totals};
use serde_json::json;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

/// Settings of one run.
pub struct Settings<'a> {
    pub format: AuditFormat,
    pub verbose: bool,
    pub expected: Option<&'a Path>,
    pub min_clean: Option<f64>,
}

/// What one document contributed.
pub struct Audited {
    text: String,
    report: Report,
    clean: bool,
}

/// Failures that mean the input was never read (the others are parse
/// failures, which the audit reports as `parse-failed`).
const UNREAD: [&str; 4] = ["not-found", "unreadable", "binary", "invalid-record"];

pub fn run(args: &InputArgs, settings: Settings<'_>) -> Result<Status, Fatal> {
    if let Some(p) = settings.min_clean.filter(|p| !(0.0..=100.0).contains(p)) {
        return Err(Fatal::Usage(format!("--min-clean takes a percentage from 0 to 100, not {p}")));
    }
    let expected = match settings.expected {
        Some(path) => {
            let tsv =
                std::fs::read_to_string(path).map_err(|e| Fatal::Io(format!("cannot read {}: {e}", path.display())))?;
            Expected::parse(&tsv).map_err(|e| Fatal::Usage(format!("{}: {e}", path.display())))?
        }
        None => Expected::default(),
    };
    let (format, verbose) = (settings.format, settings.verbose);
    let source = batch::source(args, false)?;
    let process = |doc: Doc<'_>| {
        let name = doc.key.name();
        let (report, unread) = match &doc.result {
            Ok(d) => (audit::audit_document(doc.text, d), false),
            Err(f) => {
                let span = f.location.as_ref().map_or(Span::default(), |l| l.span);
                (Report::failure(doc.text, span, format!("{}: {}", f.kind, f.message)), UNREAD.contains(&f.kind))
            }
        };
        let located = report.located(&name, doc.text, &expected);
        let clean = Report::is_clean_given(&located);
        let mut text = String::new();
        match format {
            AuditFormat::Human => {
                if !clean || verbose {
                    let _ = writeln!(text, "{}", document_line(&name, &report, &located));
                }
                if verbose {
                    for l in &located {
                        let _ = write!(text, "  {name}:{}: {}: {}", l.position, l.flag.code, l.flag.message);
                        if let Some(why) = l.expected {
                            let _ = write!(text, " (expected: {why})");
                        }
                        text.push('\n');
                    }
                }
            }
            AuditFormat::Jsonl => {
                let flags: Vec<_> = located
                    .iter()
                    .map(|l| {
                        json!({
                            "code": l.flag.code, "line": l.position.line, "column": l.position.column,
                            "span": l.flag.span, "message": l.flag.message, "expected": l.expected,
                        })
                    })
                    .collect();
                let v = json!({
                    "file": name, "clean": clean, "failed": report.failed,
                    "headings_seen": report.headings_seen, "headings_built": report.headings_built,
                    "contents_headings": report.contents_headings,
                    "clauses_seen": report.clauses_seen, "clauses_built": report.clauses_built,
                    "flags": flags,
                });
                let _ = writeln!(text, "{v}");
            }
        }
        Outcome { failed: unread, stderr: None, value: Audited { text, report, clean } }
    };
    batch::run(args, source, process, Summary { format, totals: Totals::default(), min_clean: settings.min_clean })
}

/// `FILE: 3 flags (missed-heading x2, numbering x1); headings 40/42, clauses 7/7`.
fn document_line(name: &str, report: &Report, located: &[audit::Located<'_, '_>]) -> String {
    let mut counts: Vec<(audit::Code, usize)> = Vec::new();
    for l in located.iter().filter(|l| l.expected.is_none()) {
        match counts.iter_mut().find(|(c, _)| *c == l.flag.code) {
            Some((_, n)) => *n += 1,
            None => counts.push((l.flag.code, 1)),
        }
    }
    counts.sort();
    let expected = located.len() - counts.iter().map(|(_, n)| n).sum::<usize>();
    let mut line = format!("{name}: ");
    if counts.is_empty() {
        line.push_str("clean");
    } else {
        let list: Vec<String> = counts.iter().map(|(c, n)| format!("{c} x{n}")).collect();
        let total: usize = counts.iter().map(|(_, n)| n).sum();
        let _ = write!(line, "{total} flag{} ({})", if total == 1 { "" } else { "s" }, list.join(", "));
    }
    if expected > 0 {
        let _ = write!(line, ", {expected} expected");
    }
    let _ = write!(
        line,
        "; headings {}/{}, clauses {}/{}",
        report.headings_built, report.headings_seen, report.clauses_built, report.clauses_seen
    );
    if report.contents_headings > 0 {
        let _ = write!(line, ", contents {}", report.contents_headings);
    }
    line
}

/// Writes each document's lines, adds up the figures, ends with the
/// summary line.
struct Summary {
    format: AuditFormat,
    totals: Totals,
    min_clean: Option<f64>,
}

impl Sink<Audited> for Summary {
    fn write(&mut self, out: &mut dyn Write, a: Audited) -> io::Result<()> {
        self.totals.add(&a.report, a.clean);
        out.write_all(a.text.as_bytes())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match self.format {
            AuditFormat::Human => writeln!(out, "{}", self.totals),
            AuditFormat::Jsonl => {
                let t = &self.totals;
                let v = json!({"summary": t, "clean_percent": t.clean_percent(),
                    "headings_percent": t.headings_percent(), "clauses_percent": t.clauses_percent()});
                writeln!(out, "{v}")
            }
        }
    }

    fn failed(&self) -> bool {
        self.min_clean.is_some_and(|p| self.totals.clean_percent() < p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_threshold_sets_the_exit_status() {
        let mut sink = Summary { format: AuditFormat::Human, totals: Totals::default(), min_clean: Some(50.0) };
        let mut out = Vec::new();
        sink.write(&mut out, Audited { text: String::new(), report: Report::default(), clean: true }).unwrap();
        sink.write(&mut out, Audited { text: "b.txt: 1 flag\n".into(), report: Report::default(), clean: false })
            .unwrap();
        assert!(!sink.failed(), "50 % clean meets --min-clean 50");
        sink.write(&mut out, Audited { text: String::new(), report: Report::default(), clean: false }).unwrap();
        assert!(sink.failed(), "33 % is below");
        sink.finish(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "b.txt: 1 flag\nclean: 1/3 documents (33.3%); headings 100.0% of those seen; clauses 100.0% of those seen; failed: 0\n"
        );
    }
}
