//! `parse --format md`: a document as a readable outline — title, notice
//! fields, the numbered blocks as nested headings (deeper ones as nested
//! list items), each task with its bodies by role.

use crate::batch::Doc;
use crate::tasks::{Bodies, strip_marker};
use gongwen::{Attachment, Block, Document, Notice, Severity};
use std::fmt::Write;

/// Deepest block level shown as a heading (`##` … `######`); deeper blocks
/// are list items.
const HEADING_LEVELS: u32 = 5;

/// Characters of a block's first paragraph shown when it has no title.
const GIST: usize = 40;

pub fn outline(doc: &Doc<'_>) -> String {
    let mut out = String::new();
    let name = doc.key.name();
    match &doc.result {
        Ok(d) => document(&mut out, &name, d),
        Err(f) => {
            let _ = writeln!(out, "# {}\n\n> **error** ({}): {}", escape(&name), f.kind, escape(&f.message));
        }
    }
    out
}

fn document(out: &mut String, name: &str, d: &Document<'_>) {
    let title = d.title.as_deref().or_else(|| d.notice.as_ref().and_then(|n| n.title.as_deref())).unwrap_or(name);
    let _ = writeln!(out, "# {}\n", escape(title));
    if title != name {
        let _ = writeln!(out, "> {}\n", escape(name));
    }
    if let Some(number) = &d.doc_number {
        let _ = writeln!(out, "- **发文字号**: {}", escape(number));
    }
    if let Some(n) = &d.notice {
        notice(out, n);
    }
    if d.doc_number.is_some() || d.notice.is_some() {
        out.push('\n');
    }
    for b in &d.sections {
        block(out, b, 0);
    }
    for a in &d.attachments {
        attachment(out, a);
    }
    summary(out, d);
}

fn notice(out: &mut String, n: &Notice<'_>) {
    let mut field = |label: &str, value: &str| {
        if !value.is_empty() {
            let _ = writeln!(out, "- **{label}**: {}", escape(value));
        }
    };
    field("通知", n.title.as_deref().unwrap_or_default());
    field("发文字号", n.doc_number.as_deref().unwrap_or_default());
    let addressees: Vec<&str> = n.addressees.iter().map(|g| g.text.as_ref()).collect();
    field("主送", &addressees.join("，"));
    field("发文机关", &n.issuers.join("、"));
    field("成文日期", n.date.as_deref().unwrap_or_default());
    field("附注", &n.notes.join(" "));
    field("抄送", &n.cc.join("、"));
    let printed = [n.printed_by.as_deref(), n.printed_date.as_deref()];
    field("印发", &printed.into_iter().flatten().collect::<Vec<_>>().join(" "));
}

/// A block and its children: `##` at level 1 and deeper headings down to
/// [`HEADING_LEVELS`], then list items indented by depth. `offset` shifts
/// the levels (attachments' blocks sit one level under the attachment).
fn block(out: &mut String, b: &Block<'_>, offset: u32) {
    let level = u32::from(b.level) + offset;
    let label = label(b);
    let bodies = Bodies::of(b);
    if level <= HEADING_LEVELS {
        let _ = writeln!(out, "{} {}\n", "#".repeat(level as usize + 1), escape(&label));
        let lines = bodies.lines();
        for line in &lines {
            let _ = writeln!(out, "- {line}");
        }
        if !lines.is_empty() {
            out.push('\n');
        }
    } else {
        let indent = "  ".repeat((level - HEADING_LEVELS - 1) as usize);
        let _ = writeln!(out, "{indent}- {}", escape(&label));
        for line in bodies.lines() {
            let _ = writeln!(out, "{indent}  - {line}");
        }
    }
    for child in &b.children {
        block(out, child, offset);
    }
    // the list of deeper blocks ends before the next heading
    if level == HEADING_LEVELS && !b.children.is_empty() {
        out.push('\n');
    }
}

/// The marker and the title, or the start of the first paragraph.
fn label(b: &Block<'_>) -> String {
    let marker = b.marker.trim();
    let text = match (&b.title, b.paragraphs.first()) {
        (Some(t), _) => t.to_string(),
        (None, Some(p)) => {
            let mut gist: String = p.text.chars().take(GIST).collect();
            if p.text.chars().nth(GIST).is_some() {
                gist.push('…');
            }
            gist
        }
        (None, None) => String::new(),
    };
    // `1.` at a line start would read as a numbered list: keep the marker
    // inside the text with no space after it; a table row's 序号 is a bare
    // number, and a box's 专栏2 a word, set off by a space
    if text.is_empty() {
        strip_marker(marker).to_owned()
    } else if matches!(b.kind, gongwen::BlockKind::Row | gongwen::BlockKind::Box) && !marker.is_empty() {
        format!("{marker} {text}")
    } else {
        format!("{marker}{text}")
    }
}

fn attachment(out: &mut String, a: &Attachment<'_>) {
    let number = a.number.map(|n| n.to_string()).unwrap_or_default();
    let _ = writeln!(out, "## 附件{number}：{}\n", escape(&a.title));
    for b in &a.sections {
        block(out, b, 1);
    }
}

/// How many diagnostics, by severity, with a pointer to `check`.
fn summary(out: &mut String, d: &Document<'_>) {
    if d.diagnostics.is_empty() {
        return;
    }
    let count = |s: Severity| d.diagnostics.iter().filter(|x| x.severity == s).count();
    let parts: Vec<String> = [(Severity::Error, "error"), (Severity::Warning, "warning"), (Severity::Info, "info")]
        .into_iter()
        .filter(|&(s, _)| count(s) > 0)
        .map(|(s, noun)| crate::text::count(count(s), noun))
        .collect();
    let _ = writeln!(out, "*Diagnostics: {} (`gongwen check` shows them).*", parts.join(", "));
}

/// Escape the characters that would start Markdown markup inside a line.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
