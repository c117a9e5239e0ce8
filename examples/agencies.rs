//! Who does what: per document, every body named in its responsibility
//! clauses with the number of blocks it leads, is responsible for and
//! supports (see `Document::by_body`).
//!
//! ```text
//! cargo run --example agencies                    # the bundled seed document
//! cargo run --example agencies -- FILE...         # one table per file
//! cargo run --example agencies -- --csv FILE...   # CSV with a header line
//! ```
//!
//! Bodies are keyed by their canonical name when the gazetteer knows them
//! (发展改革委 → 国家发展和改革委员会), else by the name as written. Exit 0;
//! on a read or parse error one line on stderr and exit 1.

use gongwen::BodySummary;
use std::fmt::Write as _;
use std::process::ExitCode;

/// The seed document, bundled so that the example runs with no setup.
const SEED: &str = include_str!("../fixtures/00-ndrc-2022-urbanization-key-tasks.txt");

/// Display width: 2 columns for East Asian wide and full-width characters.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x2FFFD
            | 0x30000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

/// `s` padded with spaces to `w` columns.
fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// One table row's cells: body, kind, lead, responsible, support.
fn cells(b: &BodySummary<'_>) -> [String; 5] {
    [
        b.body.to_owned(),
        b.kind.as_str().to_owned(),
        b.counts.lead.to_string(),
        b.counts.responsible.to_string(),
        b.counts.support.to_string(),
    ]
}

const HEADER: [&str; 5] = ["body", "kind", "lead", "responsible", "support"];

/// The aligned table: text columns left-aligned, counts right-aligned.
fn table(bodies: &[BodySummary<'_>]) -> String {
    let rows: Vec<[String; 5]> = bodies.iter().map(cells).collect();
    let mut widths = HEADER.map(width);
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(c));
        }
    }
    let mut out = String::new();
    let line = |out: &mut String, row: [&str; 5]| {
        let text: Vec<String> = row
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (c, w))| if i < 2 { pad(c, w) } else { format!("{}{c}", " ".repeat(w - width(c))) })
            .collect();
        let _ = writeln!(out, "{}", text.join("  ").trim_end());
    };
    line(&mut out, HEADER);
    let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
    let _ = writeln!(out, "{}", rule.join("  "));
    for row in &rows {
        line(&mut out, [&row[0], &row[1], &row[2], &row[3], &row[4]]);
    }
    out
}

/// A CSV field, quoted when it needs to be.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
}

fn main() -> ExitCode {
    let mut csv = false;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--csv" => csv = true,
            "-h" | "--help" => {
                eprintln!("usage: agencies [--csv] [FILE...]   (no FILE: the bundled seed document)");
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    let inputs: Vec<(String, Result<String, String>)> = if files.is_empty() {
        vec![("seed".to_owned(), Ok(SEED.to_owned()))]
    } else {
        files
            .into_iter()
            .map(|f| {
                let text = std::fs::read(&f).map_err(|e| format!("cannot read {f}: {e}"));
                (f, text.and_then(|b| String::from_utf8(b).map_err(|e| e.to_string())))
            })
            .collect()
    };
    let mut out = String::new();
    if csv {
        out.push_str("file,");
        out.push_str(&HEADER.join(","));
        out.push('\n');
    }
    for (i, (name, text)) in inputs.iter().enumerate() {
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                eprintln!("agencies: {e}");
                return ExitCode::FAILURE;
            }
        };
        let doc = match gongwen::parse(text) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("agencies: {name}: {}", e.summary());
                return ExitCode::FAILURE;
            }
        };
        let bodies = doc.by_body();
        if csv {
            for b in &bodies {
                let row: Vec<String> = cells(b).iter().map(|c| csv_field(c)).collect();
                let _ = writeln!(out, "{},{}", csv_field(name), row.join(","));
            }
        } else {
            if i > 0 {
                out.push('\n');
            }
            let title = doc.title.as_deref().unwrap_or("(untitled)");
            let _ = writeln!(out, "== {name}: {title}");
            if bodies.is_empty() {
                out.push_str("(no responsibility clauses)\n");
            } else {
                out.push_str(&table(&bodies));
            }
        }
    }
    print!("{out}");
    ExitCode::SUCCESS
}
