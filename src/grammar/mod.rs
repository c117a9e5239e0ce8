//! The grammar: one module per production, assembled here into a
//! [`Document`]. Everything reads the cleaned lines of a [`Source`] and
//! builds AST nodes whose spans point into the raw input.

pub(crate) mod block;
pub(crate) mod clause;
pub(crate) mod date;
pub(crate) mod doc_number;
pub(crate) mod layout;
pub(crate) mod lint;
pub(crate) mod marker;
pub(crate) mod notice;
pub(crate) mod numeral;

use crate::ast::{AddresseeGroup, Document, Notice, Paragraph, Text};
use crate::clean::Residue;
use crate::diagnostic::{Diagnostic, Severity, codes};
use crate::error::Error;
use crate::punct::{self, DUNHAO};
use crate::source::{Line, Source};
use crate::span::{LineIndex, Span};
use block::Builder;
use std::borrow::Cow;

/// Longest line of a wrapped main-document title, in characters.
const MAX_TITLE_CHARS: usize = 80;
/// Most lines a main-document title may be wrapped over.
const MAX_TITLE_LINES: usize = 4;

/// Parse the whole document.
pub(crate) fn document(raw: &str) -> Result<Document<'_>, Error> {
    let mut src = Source::new(raw);
    layout::unwrap(&mut src);
    let src = &src;
    let lines = src.lines();
    if lines.is_empty() {
        return Err(no_structure(src));
    }
    let mut diags = Vec::new();
    let frame = notice::frame(&lines);

    let head_title = joined(src, &lines[frame.head_title.clone()]);
    let mut main: Vec<Line<'_>> = frame.main.iter().flat_map(|r| lines[r.clone()].iter().copied()).collect();
    let (notice, mut title, mut doc_number) = if frame.has_notice() {
        let notice = notice_node(src, &lines, &frame, head_title.clone());
        if frame.covering {
            (Some(notice), None, None)
        } else {
            let number = notice.doc_number.clone();
            (Some(notice), head_title.map(|t| t.0), number)
        }
    } else {
        (None, head_title.map(|t| t.0), None)
    };
    if frame.covering {
        // the attached document's own title and 发文字号
        let n = main
            .iter()
            .take(MAX_TITLE_LINES)
            .take_while(|l| notice::is_title_like(l.text, MAX_TITLE_CHARS) && !notice::is_addressee(l.text))
            .count();
        title = joined(src, &main[..n]).map(|t| t.0);
        let mut skip = n;
        if let Some(num) = main.get(n).and_then(|l| doc_number::doc_number_line(l.text)) {
            doc_number = Some(owned_or_borrowed(src, main[n].text, num));
            skip += 1;
        }
        main.drain(..skip);
    }

    let mut builder = Builder::new(src);
    for line in &main {
        builder.line(line);
    }
    let (preamble, sections) = builder.finish(&mut diags);

    for line in &lines {
        lint::unclosed_brackets(src, line, &mut diags);
        lint::foreign_insertions(src, line, &mut diags);
    }
    residue_diagnostics(src, &mut diags);

    if notice.is_none() && title.is_none() && sections.is_empty() {
        return Err(no_structure(src));
    }
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    Ok(Document {
        notice,
        title,
        doc_number,
        preamble,
        sections,
        attachments: Vec::new(),
        diagnostics: diags,
        span: Span::new(0, src.raw.len()),
    })
}

fn no_structure(src: &Source<'_>) -> Error {
    let first = src.raw.find(|c: char| !punct::is_space(c)).unwrap_or(0);
    Error::NoStructure { at: LineIndex::new(src.raw).position(first) }
}

/// Lines joined without separator (a title wrapped over several lines).
fn joined<'a>(src: &Source<'a>, lines: &[Line<'_>]) -> Option<(Text<'a>, Span)> {
    match lines {
        [] => None,
        [one] => Some((src.text(one.text), src.span_of(one.text))),
        [first, .., last] => {
            let text: String = lines.iter().map(|l| l.text).collect();
            Some((Cow::Owned(text), src.span(first.start, last.end())))
        }
    }
}

/// The normalised value, borrowed from the input when it is written so.
fn owned_or_borrowed<'a>(src: &Source<'a>, written: &str, normalised: String) -> Text<'a> {
    if written == normalised { src.text(written) } else { Cow::Owned(normalised) }
}

fn paragraphs<'a>(src: &Source<'a>, lines: &[Line<'_>]) -> Vec<Paragraph<'a>> {
    lines.iter().map(|l| Paragraph { text: src.text(l.text), span: src.span_of(l.text) }).collect()
}

fn notice_node<'a>(
    src: &Source<'a>,
    lines: &[Line<'_>],
    frame: &notice::Frame,
    title: Option<(Text<'a>, Span)>,
) -> Notice<'a> {
    let mut span: Option<Span> = title.as_ref().map(|t| t.1);
    let mut extend = |s: Span| span = Some(span.map_or(s, |x| x.cover(&s)));
    let doc_number = frame.doc_number.as_ref().map(|(i, num)| {
        extend(src.span_of(lines[*i].text));
        owned_or_borrowed(src, lines[*i].text, num.clone())
    });
    let addressees = frame.addressee.map_or_else(Vec::new, |i| {
        extend(src.span_of(lines[i].text));
        addressee_groups(src, lines[i].text)
    });
    let signature = frame.issuers.start..frame.date.map_or(frame.issuers.end, |(d, _)| d + 1);
    let head_only = !frame.covering && (frame.doc_number.is_some() || frame.addressee.is_some());
    if !head_only {
        if let Some(last) = signature.clone().last() {
            extend(src.span(lines[signature.start].start, lines[last].end()));
        }
    }
    Notice {
        title: title.map(|t| t.0),
        doc_number,
        addressees,
        body: paragraphs(src, &lines[frame.body.clone()]),
        issuers: lines[frame.issuers.clone()].iter().map(|l| src.text(l.text)).collect(),
        date: frame.date.map(|(_, d)| d.iso()),
        span: span.unwrap_or_default(),
    }
}

/// 主送机关: groups on ，/, and items on 、, the final colon dropped.
fn addressee_groups<'a>(src: &Source<'a>, line: &str) -> Vec<AddresseeGroup<'a>> {
    let body = line.trim_end_matches(punct::is_colon);
    body.split(punct::is_comma)
        .map(punct::trim)
        .filter(|g| !g.is_empty())
        .map(|g| AddresseeGroup {
            text: src.text(g),
            items: g.split(DUNHAO).map(punct::trim).filter(|s| !s.is_empty()).map(|s| src.text(s)).collect(),
            span: src.span_of(g),
        })
        .collect()
}

/// One summarising diagnostic per kind of residue removed.
fn residue_diagnostics(src: &Source<'_>, diags: &mut Vec<Diagnostic>) {
    let removed = &src.clean.removed;
    for kind in Residue::ALL {
        let mut runs = removed.iter().filter(|(k, _)| *k == kind);
        let Some((_, first)) = runs.next() else { continue };
        let (count, bytes, last) =
            runs.fold((1usize, first.len(), *first), |(n, b, _), (_, s)| (n + 1, b + s.len(), *s));
        let (one, many) = kind.describe();
        let message = match count {
            1 => format!("removed one {one} ({bytes} bytes)"),
            n => format!("removed {n} {many} ({bytes} bytes), the first here, the last at byte {}", last.start),
        };
        diags.push(Diagnostic::new(Severity::Info, codes::SCRAPE_ARTIFACT, message, *first));
    }
}
