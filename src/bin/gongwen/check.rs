//! `gongwen check`: diagnostics rendered as a compiler does, a summary line,
//! exit 1 when an error-level diagnostic was found or an input failed.

use crate::batch::{self, Doc, Fatal, Outcome, Sink, Status};
use crate::input::Failure;
use crate::text::count;
use crate::{CheckFormat, ColorChoice, InputArgs};
use gongwen::{LineIndex, Severity};
use serde_json::json;
use std::fmt::Write as _;
use std::io::{self, Write};

/// What one document contributed.
#[derive(Default)]
pub struct Report {
    text: String,
    errors: usize,
    warnings: usize,
    infos: usize,
    failed: bool,
}

pub fn run(args: &InputArgs, min: Severity, format: CheckFormat, color: ColorChoice) -> Result<Status, Fatal> {
    let to_stdout = args.output.as_ref().is_none_or(|o| o.as_os_str() == "-");
    let color = use_color(color, to_stdout);
    let source = batch::source(args, false)?;
    let process = move |doc: Doc<'_>| {
        let report = match format {
            CheckFormat::Human => human(&doc, min, color),
            CheckFormat::Jsonl => jsonl(&doc, min),
        };
        // a failure is in the report itself: nothing on standard error
        Outcome { failed: report.failed, stderr: None, value: report }
    };
    batch::run(args, source, process, Summary { format, totals: Report::default(), files: 0, failed: 0 })
}

/// Whether to colour: `--color always|never`, else as anstream decides for
/// standard output (a terminal, `NO_COLOR` unset, `TERM` not `dumb`;
/// `CLICOLOR_FORCE` set forces it, `CLICOLOR=0` turns it off); never into
/// an `-o` file unless forced.
fn use_color(choice: ColorChoice, to_stdout: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => to_stdout && anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never,
    }
}

/// `error`, `warning` or `info`, in bold red, yellow or cyan.
fn severity_word(s: Severity, color: bool) -> String {
    if !color {
        return s.as_str().to_owned();
    }
    let colour = match s {
        Severity::Error => anstyle::AnsiColor::Red,
        Severity::Warning => anstyle::AnsiColor::Yellow,
        Severity::Info => anstyle::AnsiColor::Cyan,
    };
    let style = anstyle::Style::new().bold().fg_color(Some(colour.into()));
    format!("{style}{}{style:#}", s.as_str())
}

fn tally(report: &mut Report, s: Severity) {
    match s {
        Severity::Error => report.errors += 1,
        Severity::Warning => report.warnings += 1,
        Severity::Info => report.infos += 1,
    }
}

fn human(doc: &Doc<'_>, min: Severity, color: bool) -> Report {
    let mut report = Report::default();
    let name = doc.key.name();
    match &doc.result {
        Ok(d) => {
            let index = LineIndex::new(doc.text);
            for diag in d.diagnostics.iter().filter(|x| x.severity >= min) {
                tally(&mut report, diag.severity);
                let shown = diag.render_with(&index, doc.text, Some(&name));
                // the rendering starts with the severity word
                let rest = shown.strip_prefix(diag.severity.as_str()).unwrap_or(&shown);
                let _ = write!(report.text, "{}{rest}\n\n", severity_word(diag.severity, color));
            }
        }
        Err(f) => {
            report.failed = true;
            let _ = write!(report.text, "{}", failure(f, &name, color));
        }
    }
    report
}

/// A document that could not be parsed, as an `error[kind]` entry: with the
/// source line and a caret when the error has a place (invalid UTF-8, no
/// structure, too deep), else `file: reason`.
fn failure(f: &Failure, name: &str, color: bool) -> String {
    let word = severity_word(Severity::Error, color);
    match &f.location {
        Some(loc) => format!("{word}[{}]: {}\n{}\n\n", f.kind, f.message, loc.snippet(Some(name))),
        None => format!("{word}[{}]: {name}: {}\n\n", f.kind, f.message),
    }
}

/// One JSON object per diagnostic, or one for a failed document.
fn jsonl(doc: &Doc<'_>, min: Severity) -> Report {
    let mut report = Report::default();
    let name = doc.key.name();
    match &doc.result {
        Ok(d) => {
            let index = LineIndex::new(doc.text);
            for diag in d.diagnostics.iter().filter(|x| x.severity >= min) {
                tally(&mut report, diag.severity);
                let pos = index.position(diag.span.start);
                let v = json!({
                    "file": name, "line": pos.line, "column": pos.column, "severity": diag.severity,
                    "code": diag.code, "message": diag.message, "span": diag.span,
                });
                let _ = writeln!(report.text, "{v}");
            }
        }
        Err(f) => {
            report.failed = true;
            let (line, column) = f.location.as_ref().map_or((None, None), |l| (Some(l.line), Some(l.column)));
            let v = json!({
                "file": name, "line": line, "column": column, "severity": "error", "code": f.kind,
                "message": f.message, "span": f.location.as_ref().map(|l| l.span),
            });
            let _ = writeln!(report.text, "{v}");
        }
    }
    report
}

/// Writes each report, adds up the counts, ends with the summary line.
struct Summary {
    format: CheckFormat,
    totals: Report,
    files: usize,
    failed: usize,
}

impl Sink<Report> for Summary {
    fn write(&mut self, out: &mut dyn Write, r: Report) -> io::Result<()> {
        self.files += 1;
        self.failed += usize::from(r.failed);
        self.totals.errors += r.errors;
        self.totals.warnings += r.warnings;
        self.totals.infos += r.infos;
        out.write_all(r.text.as_bytes())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.format == CheckFormat::Human {
            writeln!(out, "{}", summary_line(&self.totals, self.files, self.failed))?;
        }
        Ok(())
    }

    fn failed(&self) -> bool {
        self.totals.errors > 0
    }
}

/// `2 errors, 1 warning, 0 infos in 12 files`, and how many could not be
/// parsed, if any.
fn summary_line(t: &Report, files: usize, failed: usize) -> String {
    let mut line = format!(
        "{}, {}, {} in {}",
        count(t.errors, "error"),
        count(t.warnings, "warning"),
        count(t.infos, "info"),
        count(files, "file")
    );
    if failed > 0 {
        let _ = write!(line, " ({failed} could not be parsed)");
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_and_exit_status() {
        let mut sink = Summary { format: CheckFormat::Human, totals: Report::default(), files: 0, failed: 0 };
        let mut out = Vec::new();
        sink.write(&mut out, Report { warnings: 2, infos: 1, ..Report::default() }).unwrap();
        assert!(!sink.failed(), "warnings alone exit 0");
        sink.write(&mut out, Report { errors: 1, ..Report::default() }).unwrap();
        assert!(sink.failed(), "an error-level diagnostic exits 1");
        sink.write(&mut out, Report { failed: true, ..Report::default() }).unwrap();
        sink.finish(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "1 error, 2 warnings, 1 info in 3 files (1 could not be parsed)\n");
    }

    #[test]
    fn colour_wraps_the_severity_word_only() {
        assert_eq!(severity_word(Severity::Warning, false), "warning");
        assert_eq!(severity_word(Severity::Error, true), "\x1b[1m\x1b[31merror\x1b[0m");
    }
}
