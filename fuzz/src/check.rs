//! A compact version of the span invariants of `tests/common/mod.rs`: every
//! span in bounds and on character boundaries, the parts of a block inside the
//! block, siblings in input order without overlap. With the `full` feature,
//! the whole walk of `tests/common/mod.rs` runs as well.

use gongwen::{Block, Document, Paragraph, Span};

#[cfg(feature = "full")]
#[path = "../../tests/common/mod.rs"]
mod common;

/// Check `doc`, parsed from `input`; panics with a description of the first
/// violation.
pub fn assert_invariants(input: &str, doc: &Document<'_>) {
    if let Err(e) = check(input, doc) {
        panic!("invariant violated: {e}");
    }
    #[cfg(feature = "full")]
    if let Err(e) = common::check_invariants(input, doc) {
        panic!("invariant violated (full check): {e}");
    }
}

/// The compact walk; the first violation found.
pub fn check(input: &str, doc: &Document<'_>) -> Result<(), String> {
    let c = Checker { input };
    if doc.span != Span::new(0, input.len()) {
        return Err(format!("document span {:?} is not 0..{}", doc.span, input.len()));
    }
    if let Some(n) = &doc.notice {
        c.span("notice", n.span)?;
        for g in &n.addressees {
            c.span("notice.addressee", g.span)?;
            if g.items.is_empty() || g.items.iter().any(|t| t.is_empty()) {
                return Err(format!("notice.addressee {:?}: no items or an empty item", g.text));
            }
        }
        c.ordered("notice.addressees", n.addressees.iter().map(|g| g.span))?;
        c.paragraphs("notice.body", &n.body)?;
        if let Some(s) = n.signature_span {
            c.span("notice.signature", s)?;
        }
        if let Some(s) = n.colophon_span {
            c.span("notice.colophon", s)?;
        }
    }
    c.paragraphs("preamble", &doc.preamble)?;
    for b in &doc.sections {
        c.block("sections", b, 1)?;
    }
    c.ordered("sections", doc.sections.iter().map(|b| b.span))?;
    for a in &doc.attachments {
        c.span("attachment", a.span)?;
        if a.number == Some(0) {
            return Err("attachment number 0".into());
        }
        c.paragraphs("attachment.paragraphs", &a.paragraphs)?;
        for b in &a.sections {
            c.block("attachment.sections", b, 1)?;
        }
        c.ordered("attachment.sections", a.sections.iter().map(|b| b.span))?;
    }
    for d in &doc.diagnostics {
        c.span(&format!("diagnostic {}", d.code), d.span)?;
    }
    if doc.diagnostics.windows(2).any(|w| w[1].span.start < w[0].span.start) {
        return Err("diagnostics not in input order".into());
    }
    Ok(())
}

struct Checker<'i> {
    input: &'i str,
}

impl Checker<'_> {
    fn span(&self, at: &str, s: Span) -> Result<(), String> {
        if s.start > s.end || s.end > self.input.len() {
            return Err(format!("{at}: span {s:?} out of bounds (input is {} bytes)", self.input.len()));
        }
        if !self.input.is_char_boundary(s.start) || !self.input.is_char_boundary(s.end) {
            return Err(format!("{at}: span {s:?} not on char boundaries"));
        }
        Ok(())
    }

    fn inside(&self, at: &str, parent: Span, child: Span) -> Result<(), String> {
        if parent.contains(&child) {
            Ok(())
        } else {
            Err(format!("{at}: span {child:?} is not inside the parent span {parent:?}"))
        }
    }

    fn ordered(&self, at: &str, spans: impl IntoIterator<Item = Span>) -> Result<(), String> {
        let mut prev: Option<Span> = None;
        for s in spans {
            if let Some(p) = prev
                && s.start < p.end
            {
                return Err(format!("{at}: span {s:?} starts before the end of its previous sibling {p:?}"));
            }
            prev = Some(s);
        }
        Ok(())
    }

    fn paragraphs(&self, at: &str, ps: &[Paragraph<'_>]) -> Result<(), String> {
        for p in ps {
            self.span(at, p.span)?;
        }
        self.ordered(at, ps.iter().map(|p| p.span))
    }

    fn block(&self, at: &str, b: &Block<'_>, level: u32) -> Result<(), String> {
        let at = format!("{at}/{}", b.marker);
        let at = at.as_str();
        self.span(at, b.span)?;
        if u32::from(b.level) != level {
            return Err(format!("{at}: level {} at depth {level}", b.level));
        }
        // a task table's row without a 序号 cell has an empty marker and span
        let unnumbered_row = b.kind == gongwen::BlockKind::Row && b.marker_span.is_empty();
        if b.number == 0 || (b.marker.is_empty() && !unnumbered_row) {
            return Err(format!("{at}: number 0 or empty marker"));
        }
        self.span(at, b.marker_span)?;
        self.inside(at, b.span, b.marker_span)?;
        match (&b.title, b.title_span) {
            (Some(_), Some(s)) => {
                self.span(at, s)?;
                self.inside(at, b.span, s)?;
                if s.start < b.marker_span.end {
                    return Err(format!("{at}: title span {s:?} starts inside the marker {:?}", b.marker_span));
                }
            }
            (None, None) => {}
            (t, s) => return Err(format!("{at}: title {t:?} with title span {s:?}")),
        }
        for p in &b.paragraphs {
            self.span(at, p.span)?;
            self.inside(at, b.span, p.span)?;
        }
        self.ordered(at, b.paragraphs.iter().map(|p| p.span))?;
        for r in &b.responsibilities {
            self.span(at, r.span)?;
            self.inside(at, b.span, r.span)?;
            if r.agencies.is_empty() {
                return Err(format!("{at}: a clause without agencies"));
            }
            for a in &r.agencies {
                self.span(at, a.span)?;
                self.inside(at, r.span, a.span)?;
                if a.name.is_empty() {
                    return Err(format!("{at}: empty agency name"));
                }
            }
        }
        self.ordered(at, b.responsibilities.iter().map(|r| r.span))?;
        for a in b.inherited() {
            self.span(at, a.span)?;
        }
        for c in &b.children {
            self.block(at, c, level + 1)?;
            self.inside(at, b.span, c.span)?;
        }
        self.ordered(at, b.children.iter().map(|c| c.span))
    }
}

/// Deepest block nesting of the document (main document and attachments).
pub fn depth(doc: &Document<'_>) -> usize {
    fn block(b: &Block<'_>) -> usize {
        1 + b.children.iter().map(block).max().unwrap_or(0)
    }
    doc.sections.iter().chain(doc.attachments.iter().flat_map(|a| a.sections.iter())).map(block).max().unwrap_or(0)
}
