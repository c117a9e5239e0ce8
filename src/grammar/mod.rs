//! The grammar: one module per production, assembled here into a
//! [`Document`]. Everything reads the cleaned lines of a [`Source`] and
//! builds AST nodes whose spans point into the raw input.
//!
//! Order of work: residue removal and line joining ([`layout`]), page
//! furniture dropped ([`chrome`]), headings and notice parts run together
//! on one line split apart ([`inline`]), the web-page metadata header
//! ([`metadata`]), the 版记 at the end ([`colophon`]), the notice frame
//! ([`notice`], with the adoption notes under a title: [`adoption`]), the
//! 附件 region ([`attachment`]), a table of contents kept apart
//! ([`contents`]), then each attached document: title, 发文字号, preamble and
//! block tree ([`block`], which uses [`marker`], [`numeral`] and
//! [`clause`]).

pub(crate) mod adoption;
pub(crate) mod attachment;
pub(crate) mod block;
pub(crate) mod boxes;
pub(crate) mod bullet;
pub(crate) mod chrome;
pub(crate) mod clause;
pub(crate) mod colophon;
pub(crate) mod contact;
pub(crate) mod contents;
pub(crate) mod cover;
pub(crate) mod date;
pub(crate) mod deadline;
pub(crate) mod decimal;
pub(crate) mod doc_number;
pub(crate) mod duty;
pub(crate) mod effective;
pub(crate) mod enumeration;
pub(crate) mod furniture;
pub(crate) mod head_marks;
pub(crate) mod inline;
pub(crate) mod layout;
pub(crate) mod limit;
pub(crate) mod link;
pub(crate) mod lint;
pub(crate) mod marker;
pub(crate) mod metadata;
pub(crate) mod minutes;
pub(crate) mod notice;
pub(crate) mod numeral;
pub(crate) mod prose;
pub(crate) mod publicity;
pub(crate) mod reference;
pub(crate) mod request;
pub(crate) mod section_title;
pub(crate) mod sentence_duty;
pub(crate) mod shared;
pub(crate) mod subject;
pub(crate) mod table;
pub(crate) mod turns;
pub(crate) mod unnumbered;

use crate::ast::{AddresseeGroup, Attachment, Block, Document, Effective, Heading, Notice, Paragraph, Table, Text};
use crate::clean::Residue;
use crate::diagnostic::{Diagnostic, Severity, codes};
use crate::error::Error;
use crate::punct;
use crate::render::Location;
use crate::source::{Line, Source};
use crate::span::{Span, offset_in};
use attachment::AttachLine;
use block::Builder;
use marker::Marker;
use std::borrow::Cow;
use std::collections::HashMap;

/// Most lines a main-document title may be wrapped over.
const MAX_TITLE_LINES: usize = 4;
/// The verbs of a notice that issues the document it covers.
const ISSUING: [&str; 4] = ["印发", "转发", "发布", "公布"];

/// Longest title of an attached document that follows another one.
const MAX_RESTART_TITLE_CHARS: usize = 40;
/// Most preamble lines between such a title and its first heading.
const MAX_RESTART_PREAMBLE: usize = 3;

/// Parse the whole document.
pub(crate) fn document<'a>(raw: &'a str, options: &crate::Options) -> Result<Document<'a>, Error> {
    document_counted(raw, options).0
}

/// The cleaned text of `raw`, as the productions read it.
pub(crate) fn cleaned(raw: &str) -> String {
    let mut src = Source::new(raw);
    layout::unwrap_lines(&mut src, false);
    src.clean.text.into_owned()
}

/// Parse the whole document, and count the work units spent.
pub(crate) fn document_counted<'a>(raw: &'a str, options: &crate::Options) -> (Result<Document<'a>, Error>, u64) {
    // (text of more lines than the limit is read up to there: see [`limit`])
    let (mut src, stop) = limit::source(raw, options.max_lines);
    let result = parse_source(&mut src, options, stop);
    (result, src.work_done())
}

/// An info diagnostic over `lines` (a run of the text's lines, not empty):
/// from the first one's start to the last one's end.
fn over_lines(src: &Source<'_>, lines: &[Line<'_>], code: &str, message: impl Into<String>) -> Diagnostic {
    let span = match (lines.first(), lines.last()) {
        (Some(first), Some(last)) => src.span(first.start, last.end()),
        _ => Span::default(),
    };
    Diagnostic::new(Severity::Info, code, message, span)
}

/// Parse `src`; `stop`: the raw offset where reading stopped (the line
/// limit), the rest of the input is kept as it stands.
fn parse_source<'a>(
    src: &mut Source<'a>,
    options: &crate::Options,
    stop: Option<usize>,
) -> Result<Document<'a>, Error> {
    // (indexes the brackets and line breaks of the final text)
    layout::unwrap(src);
    let src = &*src;
    // (text with more numbered headings than the limit is read up to there:
    // see [`limit`])
    let (mut all, mut cut) = limit::lines(src, options.max_blocks);
    let mut diags = Vec::new();
    // page furniture is no part of the document (the diagnostics past one
    // more than are listed counted, not made)
    let mut chrome_found = Capped::default();
    // (a staff pair alone, 审核：李四, is chrome right under a chrome line:
    // the end of the last one, blank lines between)
    let mut chrome_end = usize::MAX;
    let text = src.clean.text.as_ref();
    // (a WeChat account's name over its time stamp: where the first stamp
    // starts, looked at once the chrome is gone)
    let mut stamp_at = None;
    all.retain(|l| {
        let chrome = match chrome::chrome(l.text) {
            chrome::Chrome::No => false,
            chrome::Chrome::Line => true,
            chrome::Chrome::Staff => {
                text.get(chrome_end..l.start).is_some_and(|gap| gap.len() <= 8 && punct::trim(gap).is_empty())
            }
            chrome::Chrome::Stamp => {
                stamp_at.get_or_insert(l.start);
                true
            }
        };
        if chrome {
            chrome_end = l.end();
        }
        if chrome && chrome_found.admit() {
            diags.push(Diagnostic::new(
                Severity::Info,
                codes::PAGE_CHROME,
                "web-page furniture (a source or info line, font size, print, share, breadcrumbs, a footer, a WeChat prompt); dropped",
                src.span_of(l.text),
            ));
        }
        !chrome
    });
    // the account's name: the first line kept, the only one before the
    // stamp, blank lines between them
    let account = stamp_at.is_some_and(|at| {
        all.first().is_some_and(|l| {
            l.start < at
                && all.get(1).is_none_or(|next| next.start > at)
                && text.get(l.end()..at).is_some_and(|gap| punct::trim(gap).is_empty())
                && chrome::is_account_name(l.text)
        })
    });
    if account {
        let name = all.remove(0);
        diags.push(Diagnostic::new(
            Severity::Info,
            codes::PAGE_CHROME,
            "web-page furniture (a WeChat account's name over the article's time stamp); dropped",
            src.span_of(name.text),
        ));
    }

    // the frame, metadata, colophon and document searches each visit every
    // line a bounded number of times
    src.work(4 * all.len());
    let meta = metadata::metadata(&all);
    // a logical line may hold several: headings and notice parts run
    // together on one line are split apart (see [`inline`]; the metadata
    // header's lines are left as they are), and the marker each line
    // starts with is read once
    let (mut all, mut all_marks) = inline::split(src, all, meta.lines);
    // decimal outline numbers (`1　总则`, `1.1　…`) stand only in a text
    // whose outline is decimal
    decimal::confirm(&mut all_marks, false);
    // a lowercase roman list (i. ii. iii.) read as letters, `l.` for `1.`
    marker::resolve_letters(&mut all_marks);
    // (headings split apart count too)
    if let Some(at) = limit::marks(&mut all, &mut all_marks, options.max_blocks) {
        cut = Some(at);
    }
    let all = all;
    if meta.lines > 0 {
        diags.push(over_lines(
            src,
            &all[..meta.lines],
            codes::METADATA_BLOCK,
            format!(
                "read a web-page metadata block ({} field{}); its values fill notice fields the text lacks",
                meta.fields,
                if meta.fields == 1 { "" } else { "s" }
            ),
        ));
    }
    let lines = &all[meta.lines..];
    let colophon = colophon::colophon(lines);
    let lines = &lines[..colophon.as_ref().map_or(lines.len(), |c| c.start)];

    let frame = notice::frame(lines);
    if !frame.codes.is_empty() {
        diags.push(over_lines(
            src,
            &lines[frame.codes.clone()],
            codes::SKIPPED_TEXT,
            "a standard's cover: its classification codes (ICS, CCS) and code over its class; no part of the title",
        ));
    }
    if !frame.marks.is_empty() {
        diags.push(over_lines(
            src,
            &lines[frame.marks.clone()],
            codes::SKIPPED_TEXT,
            "the marks over the issuing body's mark (份号, 密级, 紧急程度); no part of the title",
        ));
    }
    if let Some(m) = &frame.masthead {
        diags.push(over_lines(
            src,
            &lines[m.clone()],
            codes::SKIPPED_TEXT,
            if frame.standard {
                "a standard's class (…标准) over its number, read as the 发文字号; no part of the title"
            } else {
                "the issuing body's mark (发文机关标志) over the 发文字号; neither title nor number"
            },
        ));
    }
    if !frame.signers.is_empty() {
        diags.push(over_lines(
            src,
            &lines[frame.signers.clone()],
            codes::SKIPPED_TEXT,
            "the 签发人 under the 发文字号; neither title nor text",
        ));
    }
    if let Some(r) = frame.replaced {
        diags.push(Diagnostic::new(
            Severity::Info,
            codes::SKIPPED_TEXT,
            "the standard this one replaces (代替 …), under its number; no part of the title",
            src.span_of(lines[r].text),
        ));
    }
    if !frame.under_title.is_empty() {
        diags.push(over_lines(
            src,
            &lines[frame.under_title.clone()],
            codes::STANDARD_COVER,
            "a standard's cover under its title (English title, dates of issue and effect, issuing body); kept as preamble paragraphs, no part of the title",
        ));
    }
    for &d in &frame.duplicates {
        diags.push(Diagnostic::new(
            Severity::Info,
            codes::DUPLICATE_LINE,
            "this title line repeats the line before it; read once",
            src.span_of(lines[d].text),
        ));
    }
    if let (Some((d, _)), true) = (frame.date, frame.issuers.is_empty()) {
        diags.push(Diagnostic::new(
            Severity::Info,
            codes::MISSING_SIGNATURE,
            "the 成文日期 has no 发文机关署名 above it; issuers left empty",
            src.span_of(lines[d].text),
        ));
    }
    // (the title's lines, as a stretch of the lines when they follow each
    // other, as they do but around a repeated line: not collected)
    let head_title = match frame.head_title.as_slice() {
        [first, .., last] if last - first + 1 == frame.head_title.len() => joined(src, &lines[*first..=*last]),
        [one] => joined(src, std::slice::from_ref(&lines[*one])),
        many => joined(src, &many.iter().map(|&i| lines[i]).collect::<Vec<_>>()),
    };
    // the main document's lines: one stretch of the line list but when the
    // frame's signature stands in the middle
    // (without the contact lines before the signature: the notice's notes)
    let kept = |i: &usize| !frame.contacts.contains(i);
    let main: Cow<'_, [Line<'_>]> = match (&frame.main, frame.contacts.is_empty()) {
        ([one, rest], true) if rest.is_empty() => Cow::Borrowed(&lines[one.clone()]),
        (stretches, _) => Cow::Owned(stretches.iter().flat_map(|r| r.clone()).filter(kept).map(|i| lines[i]).collect()),
    };
    let line_marks = &all_marks[meta.lines..meta.lines + lines.len()];
    let main_marks: Cow<'_, [Option<Marker<'_>>]> = match (&frame.main, frame.contacts.is_empty()) {
        ([one, rest], true) if rest.is_empty() => Cow::Borrowed(&line_marks[one.clone()]),
        (stretches, _) => {
            Cow::Owned(stretches.iter().flat_map(|r| r.clone()).filter(kept).map(|i| line_marks[i]).collect())
        }
    };

    // a bare 附件 label opening the text (no notice before it): the
    // attachment printed alone, whose title follows the label
    let bare_label = |l: &Line<'_>| {
        matches!(attachment::attach_line(l.text), Some(AttachLine::Label { number: None | Some(1), title: None }))
    };
    // (only when the label is the first line: text the frame read before it
    // would belong to no node)
    let lone_attachment = !frame.has_notice()
        && main.first().is_some_and(bare_label)
        && main.first().map(|l| l.start) == lines.first().map(|l| l.start);
    // a covering notice's document printed under a bare 附件 label, the
    // only label after the signature, the notice issuing it by name (关于印发
    // 某某办法的通知 / 附件 / 某某办法): the covered document itself, not an
    // attachment (a reply's or a circular's 附件 that it does not issue
    // stays one); under `附件1`, the further attachments after it (the
    // document ends at the next 附件 line); its title on the label's line
    // (`附件1：某某办法`, `附件1　某某办法`), no list of several after it
    let issued = |t: &str| {
        let issues = |l: &str| l.contains(t) && ISSUING.iter().any(|w| l.contains(w));
        notice::is_title_like(t, notice::MAX_TITLE_CHARS)
            && (head_title.as_ref().is_some_and(|(h, _)| issues(h))
                || lines[frame.body.clone()].iter().any(|l| issues(l.text)))
    };
    let label = main.first().filter(|_| frame.covering).and_then(|l| match attachment::attach_line(l.text) {
        Some(AttachLine::Label { number: number @ (None | Some(1)), title }) => Some((number, title)),
        Some(AttachLine::Entry { number: number @ (None | Some(1)), title })
            if main.get(1).is_none_or(|l| attachment::list_continuation(l.text).is_none()) =>
        {
            Some((number, Some(title)))
        }
        _ => None,
    });
    let (covered_under_label, label_title) = match label {
        Some((number, own)) => {
            let ok = own.or_else(|| main.get(1).map(|t| t.text)).is_some_and(issued)
                && (number == Some(1) || main[1..].iter().all(|l| attachment::attach_line(l.text).is_none()));
            (ok, own.filter(|_| ok))
        }
        None => (false, None),
    };
    let main = if lone_attachment || covered_under_label {
        diags.push(Diagnostic::new(
            Severity::Info,
            codes::SKIPPED_TEXT,
            if lone_attachment {
                "a 附件 label opens the text: the attachment printed alone; the label is skipped"
            } else {
                "a 附件 label over the document the notice covers: read as the main document; the label is skipped"
            },
            src.span_of(main[0].text),
        ));
        &main[1..]
    } else {
        &main[..]
    };
    // the 附件 region closes the main text
    let att_at = main.iter().position(|l| attachment::attach_line(l.text).is_some()).unwrap_or(main.len());
    let (main, att_lines) = main.split_at(att_at);
    let mut attachments = Vec::new();

    // a page's metadata implies a notice when it gives a 发文字号 or 成文日期
    let meta_frame = meta.doc_number.is_some() || meta.date.is_some();
    let has_notice = frame.has_notice() || meta_frame || colophon.is_some();
    let mut notice = has_notice.then(|| notice_node(src, lines, &frame, head_title.clone(), &mut attachments));
    // whether the notice's title comes from the page's metadata
    let meta_titled = notice.as_ref().is_some_and(|n| n.title.is_none()) && meta.title.is_some();
    if let Some(n) = notice.as_mut() {
        fill_from_metadata(src, n, &meta);
        if let Some(c) = &colophon {
            let rest = &all[meta.lines..];
            n.colophon_span = rest.last().map(|last| src.span(rest[c.start].start, last.end()));
            n.cc = c.cc.iter().map(|s| src.text(s)).collect();
            n.printed_by = c.printed_by.map(|s| src.text(s));
            n.printed_date = c.printed_date.map(|d| d.iso());
        }
    }

    // the main document and any further attached documents
    let skipped = usize::from(lone_attachment || covered_under_label);
    // (borrowed unless a table of contents is taken out)
    let mut marks: Cow<'_, [Option<Marker<'_>>]> = Cow::Borrowed(&main_marks[skipped..skipped + main.len()]);
    // a table of contents before the body: kept apart, never as blocks
    let mut contents = None;
    // (where the contents stood: the title above them ends there)
    let mut contents_at = usize::MAX;
    let main: Cow<'_, [Line<'_>]> = match contents::find(main, &marks) {
        Some(found) => {
            contents_at = found.start;
            contents = Some(contents_node(src, &main[found.start..found.end], found.heading, &mut diags));
            marks.to_mut().drain(found.start..found.end);
            let mut rest = main.to_vec();
            rest.drain(found.start..found.end);
            Cow::Owned(rest)
        }
        None => Cow::Borrowed(main),
    };
    let main = &main[..];
    let starts = document_starts(src, main, &marks);
    let mut docs = starts.windows(2).map(|w| (&main[w[0]..w[1]], &marks[w[0]..w[1]]));
    let first = docs.next().map_or(&[][..], |(lines, _)| lines);
    let frame_number = || notice.as_ref().and_then(|n| n.doc_number.clone().zip(n.doc_number_span));
    let notes = |lines: &[Line<'_>], notes: &[std::ops::Range<usize>]| -> Vec<Paragraph<'a>> {
        notes
            .iter()
            .filter_map(|r| joined(src, &lines[r.clone()]))
            .map(|(text, span)| Paragraph { text, span })
            .collect()
    };
    let (mut title, mut doc_number, adopted, first) = if frame.covering || lone_attachment {
        let (title, number, adopted, skip) = doc_head(src, &first[..contents_at.min(first.len())]);
        (title, number, notes(first, &adopted), &first[skip..])
    } else if has_notice {
        (head_title, frame_number(), notes(lines, &frame.adopted), first)
    } else {
        (head_title, None, notes(lines, &frame.adopted), first)
    };
    // (the covered document's title on its 附件 label's line)
    if let (None, Some(t)) = (&title, label_title) {
        title = Some(src.node(t));
    }
    let skip = starts[1].min(main.len()) - first.len();
    let first_marks = &marks[skip..skip + first.len()];
    // 公开属性 lines after the covered document (over the 版记, or ending
    // the text): the notice's notes, no paragraph of its last block (a
    // first-character test a line, from the end; see [`publicity`])
    let keep = match notice {
        Some(_) => first.len() - publicity::after_document(first.iter().map(|l| l.text)),
        None => first.len(),
    };
    let (first, first_marks, public) = (&first[..keep], &first_marks[..keep], &first[keep..]);
    if !public.is_empty() {
        diags.push(over_lines(
            src,
            public,
            codes::PUBLICITY_NOTE,
            "公开属性 after the covered document: read as the notice's notes, no text of its last block",
        ));
    }
    // the 出席/列席/请假 lines that end minutes: the notice's notes, no
    // paragraph of its last block (one first-character test a line, from
    // the end)
    let keep = match notice {
        Some(_) => first.len() - first.iter().rev().take_while(|l| minutes::is_attendance(l.text)).count(),
        None => first.len(),
    };
    let (first, first_marks, attendance) = if keep > 0 {
        (&first[..keep], &first_marks[..keep], &first[keep..])
    } else {
        (first, first_marks, &first[..0])
    };
    // the closing formula (特此通知。) after the text: no paragraph of its
    // last block
    let (first, first_marks, closing) = match first.split_last() {
        Some((last, text)) if !text.is_empty() && notice::is_closing(last.text) => {
            (text, &first_marks[..text.len()], vec![src.paragraph(last.text)])
        }
        _ => (first, first_marks, Vec::new()),
    };
    // when the document takes effect, as it states it: in its last lines,
    // else in the covering notice's body (an order's 现予公布，自…起施行)
    let notice_body = if frame.covering { &lines[frame.body.clone()] } else { &[][..] };
    let stated = first
        .iter()
        .rev()
        .take(effective::TAIL_LINES)
        .chain(notice_body.iter().rev().take(effective::TAIL_LINES))
        .find_map(|l| effective::find(l.text));
    // a main text without a numbered heading may be a table (任务台账,
    // 责任清单): its rows are the blocks
    // (and the headings with no number that divide it: see [`unnumbered`])
    let mut headings = Vec::new();
    let (preamble, sections, tables) = match headless_tables(src, first, first_marks, &mut diags) {
        Some(read) => read,
        None => {
            let (preamble, sections) =
                blocks(src, first, Some(first_marks), options.max_depth, Some(&mut headings), &mut diags)?;
            (preamble, sections, Vec::new())
        }
    };
    for (doc, doc_marks) in docs {
        // (an attached document's adoption notes stay among its paragraphs)
        let (t, _, adopted, skip) = doc_head(src, doc);
        let skip = adopted.first().map_or(skip, |r| r.start);
        diags.push(Diagnostic::new(
            Severity::Info,
            codes::ATTACHED_DOCUMENT,
            "a further attached document starts here (its numbering restarts); listed in attachments",
            t.as_ref().map_or_else(|| src.span_of(doc[0].text), |t| t.1),
        ));
        let (paragraphs, sections) =
            blocks(src, &doc[skip..], Some(&doc_marks[skip..]), options.max_depth, None, &mut diags)?;
        let span = src.span(doc[0].start, doc[doc.len() - 1].end());
        let (title, title_span) = t.map_or((Cow::Borrowed(""), None), |t| (t.0, Some(t.1)));
        attachments.push(Attachment {
            number: None,
            title,
            title_span,
            paragraphs,
            sections,
            tables: Vec::new(),
            span,
        });
    }
    // (the notice's 附件说明 names the covered document: no attachment;
    // also when the document follows the signature with no 附件 label)
    if covered_under_label || (frame.covering && (!sections.is_empty() || !preamble.is_empty())) {
        if let Some((t, _)) = &title {
            attachments.retain(|a| !(a.paragraphs.is_empty() && a.sections.is_empty() && same_words(&a.title, t)));
        }
    }
    let listed = attachments.len();
    read_attachments(src, att_lines, options.max_depth, &mut attachments, &mut diags)?;
    let more_absent = absent_attachments(&attachments, listed, &mut diags);
    // the page's title names the document itself unless a notice covers it
    if title.is_none() && (notice.is_none() || (!frame.covering && frame.head_title.is_empty())) {
        title = meta.title.map(|t| src.node(t));
    }
    if doc_number.is_none() && !frame.covering {
        doc_number = frame_number();
    }
    // a headline that issues a document (X印发《Y》) printed over that
    // document's own text, with no covering notice between: the text is Y,
    // the headline stays the notice's title when there is a frame
    if !frame.covering && !lone_attachment && (!sections.is_empty() || !tables.is_empty()) {
        // (the title's one line: a title line of the text, or the page's)
        let head = match frame.head_title.as_slice() {
            [one] => Some(lines[*one].text),
            _ => meta.title,
        };
        if let Some(line) = head.filter(|l| title.as_ref().is_some_and(|(_, s)| *s == src.span_of(l))) {
            if let Some(issued) = notice::issued_title(line) {
                title = Some(src.node(issued));
                // (with no notice to hold it, the headline is said)
                if notice.is_none() {
                    diags.push(Diagnostic::new(
                        Severity::Info,
                        codes::SKIPPED_TEXT,
                        "a headline that issues the document below it: the document's title is the one in its 《》",
                        src.span_of(line),
                    ));
                }
            }
        }
    }
    // a notice with no main text that issues no document is the document
    // itself: its title and number are the document's (a 决定 or 批复
    // whose 附件 — a 名单, an approved 制度 — it does not issue)
    if title.is_none() && preamble.is_empty() && sections.is_empty() && tables.is_empty() {
        if let Some(n) =
            notice.as_ref().filter(|n| n.title.as_deref().is_some_and(|t| !ISSUING.iter().any(|w| t.contains(w))))
        {
            title = n.title.clone().zip(n.title_span);
            if doc_number.is_none() {
                doc_number = frame_number();
            }
        }
    }
    // a page title that names the covered document is not the notice's own
    // (a covering notice printed without a title line)
    if let (true, true, Some(n), Some(t)) = (meta_titled, frame.covering, notice.as_mut(), title.as_ref()) {
        if n.title.as_deref().is_some_and(|nt| same_words(nt, &t.0)) {
            n.title = None;
        }
    }
    let (title, title_span) = title.map_or((None, None), |(t, s)| (Some(t), Some(s)));
    let (doc_number, doc_number_span) = doc_number.map_or((None, None), |(t, s)| (Some(t), Some(s)));

    // titles read over several lines: their brackets are checked as one
    // line's (a wrapped 《…》 closes on the title's next line)
    let raw = src.raw.as_bytes();
    let mut titles: Vec<Span> = notice
        .as_ref()
        .and_then(|n| n.title_span)
        .into_iter()
        .chain(title_span)
        .chain(attachments.iter().filter_map(|a| a.title_span))
        // (and adoption notes: `（二○○四年六月十六日国务院` / `第54次常务会议修订通过）`)
        .chain(adopted.iter().map(|p| p.span))
        // (or over a tag that cleaning broke the line at: `…印发《某某</p><p>方案》…`)
        .filter(|t| raw.get(t.start..t.end).is_some_and(|b| memchr::memchr2(b'\n', b'<', b).is_some()))
        .collect();
    titles.sort_unstable_by_key(|t| (t.start, t.end));
    titles.dedup();
    let [more_unclosed, more_foreign] = lint::lint(src, &all, &titles, &mut diags);
    src.work(diags.len());
    residue_diagnostics(src, &mut diags);

    if notice.is_none() && title.is_none() && sections.is_empty() && attachments.is_empty() {
        // the parser is total: the text is kept as paragraphs
        diags.push(Diagnostic::new(
            Severity::Warning,
            codes::NO_STRUCTURE,
            "no recognisable document structure (no notice, title or numbered heading); the text is kept as preamble paragraphs",
            no_structure_span(src),
        ));
    }
    if let Some(at) = cut {
        limit::diagnostic(src, at, options.max_blocks, &mut diags);
    }
    if let Some(stop) = stop {
        limit::line_diagnostic(src, stop, options.max_lines, &mut diags);
    }
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    // (the duplicate lines, page furniture and lint findings past the
    // first few were counted, not made)
    cap_diagnostics(
        &mut diags,
        &[
            (codes::DUPLICATE_LINE, frame.more_duplicates),
            (codes::PAGE_CHROME, chrome_found.more),
            (codes::ATTACHMENT_ABSENT, more_absent),
            more_unclosed,
            more_foreign,
        ],
    );
    if let Some(n) = notice.as_mut() {
        n.notes.extend(attendance.iter().chain(public).map(|l| src.text(l.text)));
    }
    // (a day of issue resolved to the document's date; else an adoption
    // note that states the day)
    let issued_on = notice.as_ref().and_then(|n| n.date.as_ref());
    let effective = match stated {
        Some(f) => {
            let (text, span) = src.node(f.text);
            let date = f.date.map(|d| d.iso()).or_else(|| issued_on.filter(|_| f.on_issue).cloned());
            Some(Effective { text, date, span })
        }
        None => adopted.iter().find_map(|p| {
            let (_, d) = effective::adoption_note(&p.text)?;
            Some(Effective { text: p.text.clone(), date: Some(d.iso()), span: p.span })
        }),
    };
    let mut doc = Document {
        notice,
        title,
        title_span,
        doc_number,
        doc_number_span,
        adopted,
        effective,
        contents,
        preamble,
        sections,
        headings,
        closing,
        tables,
        attachments,
        references: Vec::new(),
        diagnostics: diags,
        span: Span::new(0, src.raw.len()),
    };
    reference::attach(src, lines, &mut doc);
    if let Some(at) = cut {
        limit::keep_rest(src, &mut doc, at);
    }
    if let Some(stop) = stop {
        limit::keep_raw_rest(src, &mut doc, stop);
    }
    Ok(doc)
}

/// Whether `s` has from `min` to `max` characters, counted only when its
/// length in bytes does not show it (a character takes one to four bytes):
/// most names and titles are settled by their length alone.
pub(crate) fn chars_in(s: &str, min: usize, max: usize) -> bool {
    let n = s.len();
    if n < min || n > 4 * max {
        return false;
    }
    if n >= 4 * min && n <= max {
        return true;
    }
    (min..=max).contains(&s.chars().count())
}

/// A set of characters tested with one load and one compare, without a
/// branch: a `matches!` over many ideographs compiles to a tree of
/// branches, mispredicted on text that changes from line to line. Each
/// character has a slot of an `S`-entry table (a power of two, at least
/// twice the members), picked by a multiplicative hash whose multiplier is
/// searched at compile time so that no two members share a slot; a slot
/// may hold a small value (see [`Self::map`]).
pub(crate) struct CharSet<const S: usize = 64> {
    table: [u32; S],
    values: [u8; S],
    mul: u32,
}

impl<const S: usize> CharSet<S> {
    /// Bits of the hash kept: the slot.
    const SHIFT: u32 = 32 - S.trailing_zeros();

    /// The set of `members` (evaluated at compile time: a `const`).
    pub(crate) const fn new(members: &[char]) -> Self {
        let mut pairs = [('\0', 0u8); S];
        let mut i = 0;
        while i < members.len() {
            pairs[i] = (members[i], 0);
            i += 1;
        }
        Self::build(&pairs, members.len())
    }

    /// The characters of `pairs`, each with its value (see [`Self::get`]).
    pub(crate) const fn map(pairs: &[(char, u8)]) -> Self {
        Self::build(pairs, pairs.len())
    }

    const fn build(pairs: &[(char, u8)], n: usize) -> Self {
        assert!(S.is_power_of_two() && S >= 2 && n <= S / 2, "a sparse table keeps the multiplier search short");
        // (a char is at most 0x10FFFF: u32::MAX marks an empty slot)
        let mut mul: u32 = 0x9E37_79B1;
        loop {
            let mut table = [u32::MAX; S];
            let mut values = [0u8; S];
            let mut ok = true;
            let mut i = 0;
            while i < n {
                let c = pairs[i].0 as u32;
                let h = (c.wrapping_mul(mul) >> Self::SHIFT) as usize;
                if table[h] != u32::MAX && table[h] != c {
                    ok = false;
                    break;
                }
                table[h] = c;
                values[h] = pairs[i].1;
                i += 1;
            }
            if ok {
                return CharSet { table, values, mul };
            }
            mul = mul.wrapping_add(0x6A09_E668) | 1;
        }
    }

    #[inline(always)]
    fn slot(&self, c: u32) -> usize {
        (c.wrapping_mul(self.mul) >> Self::SHIFT) as usize
    }

    /// Whether `c` is a member.
    #[inline(always)]
    pub(crate) fn contains(&self, c: char) -> bool {
        let c = u32::from(c);
        self.table[self.slot(c)] == c
    }

    /// The value of `c`, when it is a member.
    #[inline(always)]
    pub(crate) fn get(&self, c: char) -> Option<u8> {
        let (c, h) = (u32::from(c), self.slot(u32::from(c)));
        (self.table[h] == c).then_some(self.values[h])
    }
}

/// Whether every character of `s` is an ideograph ([`punct::is_ideograph`]),
/// the characters of U+5000–U+9FFF (lead bytes E5–E9, all ideographs)
/// stepped over without being decoded.
pub(crate) fn all_ideographs(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&lead) = b.get(i) {
        if matches!(lead, 0xE5..=0xE9) {
            i += 3;
            continue;
        }
        match s[i..].chars().next() {
            Some(c) if punct::is_ideograph(c) => i += c.len_utf8(),
            _ => return false,
        }
    }
    true
}

/// Whether two titles have the same words, punctuation and quotes aside
/// (`关于“规划”的意见` and `关于《“规划”》的意见`).
pub(crate) fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    words(a) == words(b)
}

/// The first non-blank raw line: where a text without structure is shown.
fn no_structure_span(src: &Source<'_>) -> Span {
    let first = src.raw.find(|c: char| !punct::is_space(c)).unwrap_or(0);
    let end = src.raw[first..].find('\n').map_or(src.raw.len(), |i| first + i);
    Span::new(first, end)
}

/// Preamble and block tree of one document's lines, whose markers are
/// `marks` (or read here when `None`).
fn blocks<'a>(
    src: &Source<'a>,
    lines: &[Line<'_>],
    marks: Option<&[Option<Marker<'_>>]>,
    max_depth: usize,
    mut headings: Option<&mut Vec<Heading<'a>>>,
    diags: &mut Vec<Diagnostic>,
) -> Result<(Vec<Paragraph<'a>>, Vec<Block<'a>>), Error> {
    let read;
    let marks = match marks {
        Some(marks) => marks,
        None => {
            read = lines.iter().map(|l| marker::marker(l.text)).collect::<Vec<_>>();
            &read
        }
    };
    // decimal outline numbers stand only where they open the document's
    // outline
    let confirmed;
    let marks = if decimal::any(marks) {
        let mut owned = marks.to_vec();
        decimal::confirm(&mut owned, true);
        confirmed = owned;
        &confirmed[..]
    } else {
        marks
    };
    // a table after the first heading belongs to the block it is printed in:
    // its lines are kept out of the block tree, and the table and its row
    // blocks are attached to that block
    if let Some(first) = marks.iter().position(Option::is_some) {
        let after = &lines[first + 1..];
        if table::candidate(src, after) {
            let noted = diags.len();
            let found = table::tables(src, after, diags);
            if !found.is_empty() {
                let mut kept_lines = Vec::with_capacity(lines.len());
                let mut kept_marks = Vec::with_capacity(lines.len());
                let mut at = 0;
                for k in found
                    .iter()
                    .map(|f| (first + 1 + f.lines.start, first + 1 + f.lines.end))
                    .chain([(lines.len(), lines.len())])
                {
                    kept_lines.extend_from_slice(&lines[at..k.0]);
                    kept_marks.extend_from_slice(&marks[at..k.0]);
                    at = k.1;
                }
                let (paragraphs, mut tree) =
                    tree_of(src, &kept_lines, &kept_marks, max_depth, headings.as_deref_mut(), diags)?;
                let attached = found.into_iter().all(|f| block::attach_table(&mut tree, f.table, f.rows).is_ok());
                if attached {
                    return Ok((paragraphs, tree));
                }
                // no block to hold a table: read the lines as they are
                diags.truncate(noted);
                return tree_of(src, lines, marks, max_depth, headings, diags);
            }
        }
    }
    tree_of(src, lines, marks, max_depth, headings, diags)
}

/// The block tree of `lines` (see [`blocks`]), tables not looked for: 专栏
/// boxes after the first heading ([`boxes`]) are kept out of the outline
/// and put into the block they are printed in.
fn tree_of<'a>(
    src: &Source<'a>,
    lines: &[Line<'_>],
    marks: &[Option<Marker<'_>>],
    max_depth: usize,
    headings: Option<&mut Vec<Heading<'a>>>,
    diags: &mut Vec<Diagnostic>,
) -> Result<(Vec<Paragraph<'a>>, Vec<Block<'a>>), Error> {
    if let Some(first) = marks.iter().position(Option::is_some) {
        // a prefix compare per line
        if lines[first + 1..].iter().any(|l| boxes::starts_box(l.text)) {
            let mut found = Vec::new();
            let mut i = first + 1;
            while i < lines.len() {
                if boxes::starts_box(lines[i].text) {
                    if let Some(f) = boxes::read(src, lines, marks, i, max_depth, diags)? {
                        i = f.lines.end;
                        found.push(f);
                        continue;
                    }
                }
                i += 1;
            }
            let mut kept_lines = Vec::with_capacity(lines.len());
            let mut kept_marks = Vec::with_capacity(lines.len());
            let mut at = 0;
            for r in found.iter().map(|f| f.lines.clone()).chain(std::iter::once(lines.len()..lines.len())) {
                kept_lines.extend_from_slice(&lines[at..r.start]);
                kept_marks.extend_from_slice(&marks[at..r.start]);
                at = r.end;
            }
            let (paragraphs, mut tree) = outline_of(src, &kept_lines, &kept_marks, max_depth, headings, diags)?;
            for f in found {
                // (a heading comes before every box, so a block holds it)
                boxes::attach(&mut tree, f.block);
            }
            return Ok((paragraphs, tree));
        }
    }
    outline_of(src, lines, marks, max_depth, headings, diags)
}

/// The block tree of `lines`, boxes not looked for; the headings with no
/// number ([`unnumbered`]) read into `headings` when it is given (the main
/// document's text), else kept as paragraphs.
fn outline_of<'a>(
    src: &Source<'a>,
    lines: &[Line<'_>],
    marks: &[Option<Marker<'_>>],
    max_depth: usize,
    headings: Option<&mut Vec<Heading<'a>>>,
    diags: &mut Vec<Diagnostic>,
) -> Result<(Vec<Paragraph<'a>>, Vec<Block<'a>>), Error> {
    let (hints, top) = block::capacity_hints(marks);
    let count = marks.iter().flatten().count();
    let mut builder = Builder::new(src, max_depth, top, count);
    if headings.is_some() {
        builder.read_headings();
    }
    for (i, line) in lines.iter().enumerate() {
        if marks[i].is_none() && builder.reads_headings() {
            if let Some(title) = unnumbered::heading(src, line.text) {
                builder.heading(line, title);
                continue;
            }
        }
        builder.line(line, marks[i], hints[i]);
        if let Some((depth, span)) = builder.too_deep() {
            return Err(Error::TooDeep { depth, limit: max_depth, location: Location::new(src.raw, span) });
        }
    }
    let (preamble, sections, read) = builder.finish(diags);
    if let Some(out) = headings {
        *out = read;
    }
    Ok((preamble, sections))
}

/// Where each attached document starts in the main text: at 0, and at each
/// title line that is followed (after at most a short preamble) by the
/// first heading of the top-level kind numbered 1, once headings of that
/// kind have been seen — a notice that transmits two 规定 lists both.
fn document_starts(src: &Source<'_>, lines: &[Line<'_>], marks: &[Option<Marker<'_>>]) -> Vec<usize> {
    // (room for the usual one document and its end: pushed without growing)
    let mut starts = Vec::with_capacity(4);
    starts.push(0);
    let top = marks.iter().flatten().next().map(|m| m.kind);
    let Some(top) = top else {
        starts.push(lines.len());
        return starts;
    };
    // a line with a marker is no title (the marker is known already), nor
    // a decimal outline heading (`2.1.1　职责`: a section of the same plan,
    // whose lists restart at 1)
    let title_like = |k: usize| {
        marks[k].is_none()
            && notice::is_title_like(lines[k].text, MAX_RESTART_TITLE_CHARS)
            && marker::decimal_outline(lines[k].text).is_none()
    };
    let mut seen = false;
    let mut j = 0;
    while j < lines.len() {
        if marks[j].is_some_and(|m| m.kind == top && marker::depth(&m) <= 1) {
            seen = true;
        } else if seen && title_like(j) {
            let t_end =
                (j..lines.len().min(j + MAX_TITLE_LINES)).take_while(|&k| title_like(k)).last().map_or(j, |k| k + 1);
            let next =
                (t_end..lines.len().min(t_end + MAX_RESTART_PREAMBLE + 1)).find_map(|k| marks[k].map(|m| (k, m)));
            if let Some((k, m)) = next {
                // (nor is a part's heading in lenticular brackets or in
                // markdown, over its part's items numbered from 1 again: see
                // [`unnumbered::heads_part`]; asked only where the numbering
                // restarts)
                if m.kind == top
                    && m.number == 1
                    && marker::depth(&m) <= 1
                    && !unnumbered::heads_part(src, lines[j].text)
                {
                    starts.push(j);
                    seen = false;
                    j = k;
                    continue;
                }
            }
        }
        j += 1;
    }
    starts.push(lines.len());
    starts
}

/// Title (wrapped lines joined) and own 发文字号 at the start of an attached
/// document; the number of lines they take.
/// A text and the raw span it comes from.
type Spanned<'a> = (Text<'a>, Span);

fn doc_head<'a>(
    src: &Source<'a>,
    lines: &[Line<'_>],
) -> (Option<Spanned<'a>>, Option<Spanned<'a>>, Vec<std::ops::Range<usize>>, usize) {
    let n = lines
        .iter()
        .take(MAX_TITLE_LINES)
        .enumerate()
        .take_while(|&(k, l)| {
            notice::is_title_like(l.text, notice::MAX_TITLE_CHARS)
                && !notice::is_addressee(l.text)
                && !notice::ends_title(l.text)
                && adoption::note_lines(lines[k..].iter().map(|l| l.text)) == 0
                && !(k > 0 && notice::author_under_title(lines[k - 1].text, l.text))
                // (the task cell that opens a table's header with no 序号,
                // 工作任务, under a title is no line of it)
                && !(k > 0 && table::unnumbered_start(l.text))
                // (nor a part's heading in lenticular brackets, 【总体要求】,
                // or in markdown, `## 总体要求`: see [`unnumbered`])
                && !(k > 0 && unnumbered::ends_title(src, l.text))
        })
        .count();
    let title = joined(src, &lines[..n]);
    let number_line = |t| doc_number::doc_number_line(t).or_else(|| notice::bracketed_doc_number(t));
    let (number, n) = match lines.get(n).and_then(|l| number_line(l.text)) {
        Some(num) => (Some((owned_or_borrowed(src, lines[n].text, &num), src.span_of(lines[n].text))), n + 1),
        None => (None, n),
    };
    // adoption notes under the title
    let mut notes = Vec::new();
    let mut at = n;
    loop {
        let k = adoption::note_lines(lines[at..].iter().map(|l| l.text));
        if k == 0 {
            break;
        }
        notes.push(at..at + k);
        at += k;
    }
    (title, number, notes, at)
}

/// The `contents` node of a table of contents' lines (its 目录 heading first
/// when `heading`), and its diagnostic.
fn contents_node<'a>(
    src: &Source<'a>,
    lines: &[Line<'_>],
    heading: bool,
    diags: &mut Vec<Diagnostic>,
) -> crate::ast::Contents<'a> {
    let listed = if heading { &lines[1..] } else { lines };
    let entries: Vec<Paragraph<'a>> =
        listed.iter().flat_map(|l| contents::entries(l.text)).map(|e| src.paragraph(e)).collect();
    let span = src.span(lines[0].start, lines[lines.len() - 1].end());
    diags.push(Diagnostic::new(
        Severity::Info,
        codes::TABLE_OF_CONTENTS,
        format!("read a table of contents ({} entries); kept in contents, not as blocks", entries.len()),
        span,
    ));
    crate::ast::Contents { entries, span }
}

/// Lines joined without separator (a title wrapped over several lines).
fn joined<'a>(src: &Source<'a>, lines: &[Line<'_>]) -> Option<(Text<'a>, Span)> {
    match lines {
        [] => None,
        [one] => Some((src.text(one.text), src.span_of(one.text))),
        [first, .., last] => {
            // (at its length: collecting grows the string line by line)
            let mut text = String::with_capacity(lines.iter().map(|l| l.text.len()).sum());
            text.extend(lines.iter().map(|l| l.text));
            Some((Cow::Owned(text), src.span(first.start, last.end())))
        }
    }
}

/// The normalised value, borrowed from the input when it is written so.
fn owned_or_borrowed<'a>(src: &Source<'a>, written: &str, normalised: &str) -> Text<'a> {
    if written == normalised { src.text(written) } else { Cow::Owned(normalised.to_owned()) }
}

/// The paragraphs, task rows and tables of a main text that has no
/// numbered heading but holds a table (a 任务台账 or 责任清单 printed as a
/// title and a table: pipe, tab-separated, HTML or flattened); `None` when
/// it has a heading or no table, to be read as blocks.
#[allow(clippy::type_complexity)]
fn headless_tables<'a>(
    src: &Source<'a>,
    lines: &[Line<'_>],
    marks: &[Option<Marker<'_>>],
    diags: &mut Vec<Diagnostic>,
) -> Option<(Vec<Paragraph<'a>>, Vec<Block<'a>>, Vec<Table<'a>>)> {
    let first_mark = marks.iter().position(Option::is_some);
    // (a 序号 cell written as a marker, （1） or 1., is marked too: the
    // table is read first when a marked line stands just under a 序号
    // header cell's run)
    if first_mark.is_some_and(|m| !lines[..m].iter().any(|l| l.text == "序号")) || !table::candidate(src, lines) {
        return None;
    }
    let noted = diags.len();
    let found = table::tables(src, lines, diags);
    // every marked line inside a table
    let outside = |k: usize| !found.iter().any(|f| f.lines.contains(&k));
    if found.is_empty() || marks.iter().enumerate().any(|(k, m)| m.is_some() && outside(k)) {
        diags.truncate(noted);
        return None;
    }
    let (mut paras, mut rows, mut tables) = (Vec::new(), Vec::new(), Vec::new());
    let mut at = 0;
    for f in found {
        paras.extend(paragraphs(src, &lines[at..f.lines.start]));
        at = f.lines.end;
        rows.extend(f.rows);
        tables.push(f.table);
    }
    paras.extend(paragraphs(src, &lines[at..]));
    Some((paras, rows, tables))
}

fn paragraphs<'a>(src: &Source<'a>, lines: &[Line<'_>]) -> Vec<Paragraph<'a>> {
    lines.iter().map(|l| src.paragraph(l.text)).collect()
}

fn notice_node<'a>(
    src: &Source<'a>,
    lines: &[Line<'_>],
    frame: &notice::Frame,
    title: Option<(Text<'a>, Span)>,
    attachments: &mut Vec<Attachment<'a>>,
) -> Notice<'a> {
    let mut span: Option<Span> = title.as_ref().map(|t| t.1);
    let mut extend = |s: Span| span = Some(span.map_or(s, |x| x.cover(&s)));
    let number_line = frame.doc_number.as_ref().map(|d| d.0).or(frame.promulgation.as_ref().map(|p| p.0));
    let doc_number_span = number_line.map(|i| match frame.order_mark {
        // an order's mark line and its number line
        Some(m) => src.span(lines[m].start, lines[i].end()),
        None => src.span_of(lines[i].text),
    });
    if let Some(s) = doc_number_span {
        extend(s);
    }
    let doc_number = if let Some((i, num)) = &frame.doc_number {
        Some(owned_or_borrowed(src, lines[*i].text, num))
    } else {
        // (a number written in the normal form is a slice of its line)
        frame.promulgation.as_ref().map(|(_, _, num)| match num {
            Cow::Borrowed(written) => src.text(written),
            Cow::Owned(n) => Cow::Owned(n.clone()),
        })
    };
    // (the 主送机关 wrapped over two lines: the groups of both)
    let addressee_span = frame.addressee.map(|i| match frame.addressee_wrapped {
        Some(w) => src.span(lines[w].start, lines[i].end()),
        None => src.span_of(lines[i].text),
    });
    let addressees = frame.addressee.map_or_else(Vec::new, |i| {
        let mut groups = frame.addressee_wrapped.map_or_else(Vec::new, |w| addressee_groups(src, lines[w].text));
        groups.extend(addressee_groups(src, lines[i].text));
        groups
    });
    if let Some(s) = addressee_span {
        extend(s);
    }
    // 附件说明 inside the notice body: list entries, not body text (and
    // the contact lines before the signature: notes)
    let body_lines: Cow<'_, [Line<'_>]> = if frame.contacts.iter().any(|i| frame.body.contains(i)) {
        Cow::Owned(frame.body.clone().filter(|i| !frame.contacts.contains(i)).map(|i| lines[i]).collect())
    } else {
        Cow::Borrowed(&lines[frame.body.clone()])
    };
    let at = body_lines.iter().position(|l| attachment::attach_line(l.text).is_some()).unwrap_or(body_lines.len());
    let mut ignored = Vec::new();
    // a 附件说明 list has no bodies: no depth to exceed
    let _ = read_attachments(src, &body_lines[at..], usize::MAX, attachments, &mut ignored);
    // 署名 + 成文日期 + 附注; none when the frame found neither issuers nor a
    // date (the undated frame's empty ranges would otherwise span the body)
    let signature = if frame.issuers.is_empty() && frame.date.is_none() {
        0..0
    } else {
        frame.issuers.start..frame.notes.end.max(frame.issuers.end)
    };
    let head_only = !frame.covering && (frame.doc_number.is_some() || frame.addressee.is_some());
    if !head_only {
        if let Some(last) = signature.clone().last() {
            extend(src.span(lines[signature.start].start, lines[last].end()));
        }
        if frame.covering {
            if let Some(last) = body_lines.last() {
                extend(src.span_of(last.text));
            }
        }
    }
    let date = frame.date.map(|(_, d)| d).or(frame.promulgation.as_ref().map(|p| p.1)).or(frame.head_date.map(|d| d.1));
    // where that date is written: the same precedence
    let dated_line = frame.date.map(|(i, _)| i).or(frame.promulgation.as_ref().map(|p| p.0));
    let date_text = match dated_line {
        Some(i) => lines.get(i).and_then(|l| date::any_date_text(l.text)),
        None => frame
            .head_date
            .and_then(|(i, _)| lines.get(i))
            .and_then(|l| notice::bracketed_date_text(l.text).or_else(|| date::date_text(l.text))),
    };
    if let Some((i, _)) = frame.head_date {
        extend(src.span_of(lines[i].text));
    }
    // a document dated in brackets under its title signs nowhere: its
    // issuers are those its title names (中共中央 国务院关于…)
    let mut issuers: Vec<Cow<'a, str>> = lines[frame.issuers.clone()]
        .iter()
        .flat_map(|l| notice::issuer_parts(l.text))
        // (a signature set letter-spaced, `国　务　院`, closed up)
        .map(|p| block::letter_spaced(p).map_or_else(|| src.text(p), Cow::Owned))
        .collect();
    if issuers.is_empty() && frame.head_date.is_some() {
        if let Some(parts) = frame.head_title.first().and_then(|&t| notice::title_issuers(lines[t].text)) {
            issuers.extend(parts.map(|p| src.text(p)));
        }
    }
    let title_span = title.as_ref().map(|t| t.1);
    Notice {
        title: title.map(|t| t.0),
        title_span,
        doc_number,
        doc_number_span,
        addressee_span,
        addressees,
        body: paragraphs(src, &body_lines[..at]),
        issuers,
        date: date.map(|d| d.iso()),
        date_span: date_text.map(|t| src.span_of(t)),
        notes: frame.contacts.iter().copied().chain(frame.notes.clone()).map(|i| src.text(lines[i].text)).collect(),
        cc: Vec::new(),
        printed_by: None,
        printed_date: None,
        signature_span: signature.clone().last().map(|last| src.span(lines[signature.start].start, lines[last].end())),
        colophon_span: None,
        span: span.unwrap_or_default(),
    }
}

/// Values of the web-page metadata block fill what the text lacks.
fn fill_from_metadata<'a>(src: &Source<'a>, n: &mut Notice<'a>, meta: &metadata::Metadata<'_>) {
    if n.doc_number.is_none() {
        n.doc_number = meta.doc_number.clone().map(Cow::Owned);
    }
    if n.date.is_none() {
        n.date = meta.date.map(|d| d.iso());
        n.date_span = meta.date_text.and_then(date::date_text).map(|t| src.span_of(t));
    }
    if n.issuers.is_empty() {
        n.issuers.extend(meta.issuer.map(|s| src.text(s)));
    }
    if n.title.is_none() {
        n.title = meta.title.map(|s| src.text(s));
    }
}

/// 主送机关: groups on ，/, and items on 、, the final colon dropped; each
/// item's full name (a bare level of government takes the ending of the
/// full name after it: `各市、县（市、区）人民政府` → 各市人民政府,
/// 各县（市、区）人民政府; see [`shared`]) and the bytes written for it.
fn addressee_groups<'a>(src: &Source<'a>, line: &str) -> Vec<AddresseeGroup<'a>> {
    let body = line.trim_end_matches(punct::is_colon);
    // (the line mapped to the raw input once: its groups' and items' nodes
    // are read off it, each item's text and span at once)
    let mapped = src.map_line(line);
    // (the items as written: one list kept from group to group)
    let mut written = Vec::new();
    body.split(punct::is_comma)
        .map(punct::trim)
        .filter(|g| !g.is_empty())
        .map(|g| {
            addressee_items(g, &mut written);
            let (items, item_spans): (Vec<Text<'a>>, Vec<Span>) = written.iter().map(|w| mapped.node(src, w)).unzip();
            // (each item's full name is the item as written unless it
            // shares an ending)
            let mut names = items.clone();
            shared::addressees(src, &written, |k, full| names[k] = Cow::Owned(full));
            let (text, span) = mapped.node(src, g);
            AddresseeGroup { text, items, span, names, item_spans }
        })
        .collect()
}

/// The items of an addressee group as written, split on 、, into `items`
/// (cleared first); a one-character item continues the item before it
/// (市政府各委、办、局 is one addressee, not three).
fn addressee_items<'g>(group: &'g str, items: &mut Vec<&'g str>) {
    items.clear();
    let mut last: Option<&str> = None;
    // (not inside brackets: 各市、县（市、区）人民政府 is two addressees)
    for item in
        clause::unbroken(group, punct::split_marks::<punct::Dunhao>(group)).map(punct::trim).filter(|s| !s.is_empty())
    {
        match last.as_mut() {
            Some(last) if item.chars().nth(1).is_none() => {
                // both are slices of `group`: widen the last one over this item
                let start = offset_in(group, *last);
                let end = offset_in(group, item) + item.len();
                *last = &group[start..end];
            }
            _ => {
                if let Some(done) = last.replace(item) {
                    items.push(done);
                }
            }
        }
    }
    items.extend(last);
}

/// Read the 附件 region: list entries, then the bodies after label lines.
fn read_attachments<'a>(
    src: &Source<'a>,
    lines: &[Line<'_>],
    max_depth: usize,
    out: &mut Vec<Attachment<'a>>,
    diags: &mut Vec<Diagnostic>,
) -> Result<(), Error> {
    src.work(lines.len());
    let (mut by_number, mut by_title) = (HashMap::new(), HashMap::new());
    // entries listed before this region (a notice's 附件 list, read with
    // its body) are matched by the bodies here too
    let (mut indexed, mut free) = (0, 0);
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        match attachment::attach_line(line.text) {
            Some(AttachLine::Entry { number, title }) => {
                out.push(entry(src, number, title, line.text));
                i += 1;
                if let Some(mut n) = number {
                    loop {
                        i += wrapped_entry(src, lines, i, n, out.last_mut());
                        let Some((m, t)) = lines.get(i).and_then(|l| attachment::list_continuation(l.text)) else {
                            break;
                        };
                        out.push(entry(src, Some(m), t, lines[i].text));
                        n = m;
                        i += 1;
                    }
                }
            }
            Some(AttachLine::Label { number, title }) => {
                let label_span = src.span_of(line.text);
                let label_at = i;
                i += 1;
                for (k, a) in out.iter().enumerate().skip(indexed) {
                    if let Some(n) = a.number {
                        by_number.entry(n).or_insert(k);
                    }
                    by_title.entry(a.title.to_string()).or_insert(k);
                }
                indexed = out.len();
                // the lines that spell the title of the listed entry of the
                // same number (a wrapped title; a caption after it is text)
                let spelled = number.and_then(|n| by_number.get(&n)).and_then(|&k| {
                    let mut rest = out[k].title.as_ref();
                    for (n, l) in lines[i..].iter().take(MAX_TITLE_LINES).enumerate() {
                        rest = rest.strip_prefix(l.text)?;
                        if rest.is_empty() {
                            return Some(n + 1);
                        }
                    }
                    None
                });
                let (title, title_lines) = match (title, spelled) {
                    (Some(t), _) => (Some(src.node(t)), 0),
                    (None, Some(n)) => (joined(src, &lines[i..i + n]), n),
                    // an appendix: its note of kind (（资料性）) on a line
                    // of its own, then its title, however short
                    (None, None) if attachment::is_appendix(line.text) => {
                        let note = usize::from(lines.get(i).is_some_and(|l| attachment::appendix_note(l.text)));
                        let titled = lines.get(i + note).is_some_and(|l| {
                            notice::is_title_like(l.text, notice::MAX_TITLE_CHARS)
                                && !table::row_line(l.text)
                                && marker::marker(l.text).is_none()
                        });
                        let n = note + usize::from(titled);
                        (joined(src, &lines[i + note..i + n]), n)
                    }
                    (None, None) => {
                        // a short line after the title is a table's header
                        // cell, unless it is the table's caption: a line
                        // right before the 序号 cell that opens the header
                        // (重点任务分工表 / 序号 / 重点任务 / …)
                        let n = if attachment::caption(&lines[i..]) {
                            1
                        } else {
                            lines[i..]
                                .iter()
                                .take(2)
                                .take_while(|l| {
                                    notice::is_title_like(l.text, notice::MAX_TITLE_CHARS)
                                        && l.text.chars().count() > attachment::MAX_HEADER_CELL
                                        && !table::row_line(l.text)
                                })
                                .count()
                        };
                        // (nor the long name of the task column that opens a
                        // table with no 序号: 重点任务及具体措施 / 责任主体 / …)
                        let n = if n > 0 && table::unnumbered_start(lines[i].text) && table::unnumbered_at(&lines[i..])
                        {
                            0
                        } else {
                            n
                        };
                        (joined(src, &lines[i..i + n]), n)
                    }
                };
                i += title_lines;
                let end = lines[i..]
                    .iter()
                    .position(|l| matches!(attachment::attach_line(l.text), Some(AttachLine::Label { .. })))
                    .map_or(lines.len(), |k| i + k);
                let body = &lines[i..end];
                let found = if table::candidate(src, body) { table::tables(src, body, diags) } else { Vec::new() };
                let (paragraphs, sections, tables) = if found.is_empty() {
                    match attachment::flattened_table(body) {
                        Some(header) => {
                            diags.push(Diagnostic::new(
                                Severity::Info,
                                codes::FLATTENED_TABLE,
                                format!(
                                    "attachment body is a table flattened one cell per line (columns: {}); kept as one paragraph per cell",
                                    header.join(" | ")
                                ),
                                src.span(body[0].start, body[body.len() - 1].end()),
                            ));
                            (paragraphs(src, body), Vec::new(), Vec::new())
                        }
                        None => {
                            let (p, s) = blocks(src, body, None, max_depth, None, diags)?;
                            (p, s, Vec::new())
                        }
                    }
                } else {
                    // the text around the tables is kept as paragraphs; each
                    // task row is a block of kind `row`
                    let (mut paras, mut rows, mut tables) = (Vec::new(), Vec::new(), Vec::new());
                    // (numbered notes around a table, `注：1.… 2.…`, are
                    // blocks)
                    let mut at = 0;
                    let mut around = |lines: &[Line<'_>], paras: &mut Vec<Paragraph<'a>>, rows: &mut Vec<Block<'a>>| {
                        if lines.iter().any(|l| marker::marker(l.text).is_some()) {
                            let (p, s) = blocks(src, lines, None, max_depth, None, diags)?;
                            paras.extend(p);
                            rows.extend(s);
                        } else {
                            paras.extend(paragraphs(src, lines));
                        }
                        Ok::<(), Error>(())
                    };
                    for f in found {
                        around(&body[at..f.lines.start], &mut paras, &mut rows)?;
                        at = f.lines.end;
                        rows.extend(f.rows);
                        tables.push(f.table);
                    }
                    around(&body[at..], &mut paras, &mut rows)?;
                    (paras, rows, tables)
                };
                // from the label through its title lines and body
                let last = lines[..end].last().filter(|_| end > label_at);
                let span = last.map_or(label_span, |l| label_span.cover(&src.span_of(l.text)));
                // the listed entry this body belongs to: same number, else same
                // title, else the first listed one still without a body (looked
                // up in maps, so that many entries and bodies stay linear)
                let bodiless =
                    |a: &Attachment<'_>| a.paragraphs.is_empty() && a.sections.is_empty() && a.tables.is_empty();
                while free < out.len() && !bodiless(&out[free]) {
                    free += 1;
                }
                let pick = number
                    .and_then(|n| by_number.get(&n).copied())
                    .or_else(|| title.as_ref().and_then(|t| by_title.get(t.0.as_ref()).copied()))
                    .or((free < out.len()).then_some(free))
                    .filter(|&k| bodiless(&out[k]));
                match pick {
                    Some(k) => {
                        let a = &mut out[k];
                        a.paragraphs = paragraphs;
                        a.sections = sections;
                        a.tables = tables;
                        a.span = a.span.cover(&span);
                    }
                    None => out.push(Attachment {
                        number,
                        title_span: title.as_ref().map(|t| t.1),
                        title: title.map_or(Cow::Borrowed(""), |t| t.0),
                        paragraphs,
                        sections,
                        tables,
                        span,
                    }),
                }
                i = end;
            }
            None => {
                // the signature of the document whose 附件 list this is, right
                // under the list (a forwarded 请示's `国家教委` / `一九九六年
                // 五月十三日`): no text of the entry before it, whose body
                // comes under its label
                let signed = out.last().is_some_and(|a| a.paragraphs.is_empty()) && {
                    let dated = |l: &Line<'_>| date::date_line(l.text).is_some();
                    dated(line) || (notice::is_issuer(line.text) && lines.get(i + 1).is_some_and(dated))
                };
                if signed {
                    let k = if date::date_line(line.text).is_some() { 1 } else { 2 };
                    diags.push(Diagnostic::new(
                        Severity::Info,
                        codes::SKIPPED_TEXT,
                        "the signature of the document this 附件 list closes; no text of an attachment",
                        src.span_of(line.text).cover(&src.span_of(lines[i + k - 1].text)),
                    ));
                    i += k;
                    continue;
                }
                // text between the list and a body: keep it with the last entry
                match out.last_mut() {
                    Some(a) => {
                        a.span = a.span.cover(&src.span_of(line.text));
                        a.paragraphs.push(src.paragraph(line.text));
                    }
                    None => diags.push(Diagnostic::new(
                        Severity::Warning,
                        codes::SKIPPED_TEXT,
                        "text in the attachment region belongs to no attachment; skipped",
                        src.span_of(line.text),
                    )),
                }
                i += 1;
            }
        }
    }
    Ok(())
}

/// An `attachment-absent` diagnostic for each attachment from `from` on
/// with no body: one more than are listed ([`MAX_PER_CODE`]), the rest
/// counted (a list of one-line entries can be very long); the count.
fn absent_attachments(attachments: &[Attachment<'_>], from: usize, diags: &mut Vec<Diagnostic>) -> usize {
    let absent =
        attachments[from..].iter().filter(|a| a.paragraphs.is_empty() && a.sections.is_empty() && a.tables.is_empty());
    let mut found = Capped::default();
    for a in absent {
        if found.admit() {
            diags.push(Diagnostic::new(
                Severity::Info,
                codes::ATTACHMENT_ABSENT,
                "this 附件 is named, but its body is not in the text",
                a.span,
            ));
        }
    }
    found.more
}

/// The line at `i` of a numbered 附件 list, right after entry number `n`
/// (`last`), when it carries on that entry's title, wrapped: a title-like
/// line that opens no entry of its own, with entry `n + 1` right after it
/// (`附件：1.…工作联席会` / `议成员单位工作任务清单` / `2.…`); it is added to
/// the title. The number of lines taken: 1 or 0.
fn wrapped_entry<'a>(
    src: &Source<'a>,
    lines: &[Line<'_>],
    i: usize,
    n: u32,
    last: Option<&mut Attachment<'a>>,
) -> usize {
    let (Some(line), Some(next), Some(last)) = (lines.get(i), lines.get(i + 1), last) else { return 0 };
    // (cheap test first: the entry after it must follow)
    if attachment::list_continuation(next.text).is_none_or(|(m, _)| m != n + 1)
        || !notice::is_title_like(line.text, notice::MAX_TITLE_CHARS)
    {
        return 0;
    }
    let mut title = String::with_capacity(last.title.len() + line.text.len());
    title.push_str(&last.title);
    title.push_str(line.text);
    last.title = Cow::Owned(title);
    let wrap = src.span_of(line.text);
    last.title_span = Some(last.title_span.map_or(wrap, |s| s.cover(&wrap)));
    last.span = last.span.cover(&wrap);
    1
}

fn entry<'a>(src: &Source<'a>, number: Option<u32>, title: &str, line: &str) -> Attachment<'a> {
    let (title, title_span) = src.node(title);
    Attachment {
        number,
        title,
        title_span: Some(title_span),
        paragraphs: Vec::new(),
        sections: Vec::new(),
        tables: Vec::new(),
        span: src.span_of(line),
    }
}

/// Most diagnostics of one code kept; the rest are counted in one
/// `diagnostics-truncated` diagnostic (a garbage input can raise one per
/// line).
pub(crate) const MAX_PER_CODE: usize = 100;

/// The diagnostics of one code that a pass would make one a line: one more
/// than are listed ([`MAX_PER_CODE`]: the first left out gives the
/// `diagnostics-truncated` note its span) are made, the rest only counted
/// (text of one short line repeated would otherwise have one a line); the
/// count goes to [`cap_diagnostics`].
#[derive(Default)]
pub(crate) struct Capped {
    made: usize,
    /// How many were counted instead of made.
    pub(crate) more: usize,
}

impl Capped {
    /// Whether the next one is to be made (else it is counted).
    pub(crate) fn admit(&mut self) -> bool {
        if self.made > MAX_PER_CODE {
            self.more += 1;
            false
        } else {
            self.made += 1;
            true
        }
    }

    /// Of the diagnostics pushed onto `diags` since its length was
    /// `before` (a check may make several at once), keep those there is
    /// room for, and count the rest.
    pub(crate) fn keep(&mut self, diags: &mut Vec<Diagnostic>, before: usize) {
        let new = diags.len() - before;
        let room = (MAX_PER_CODE + 1).saturating_sub(self.made).min(new);
        diags.truncate(before + room);
        self.made += room;
        self.more += new - room;
    }
}

/// Keep the first [`MAX_PER_CODE`] diagnostics of each code (in input
/// order) and say how many of each were left out. `uncounted` are
/// diagnostics of a code that were counted instead of made, all after the
/// ones made (which must then be more than [`MAX_PER_CODE`]).
fn cap_diagnostics(diags: &mut Vec<Diagnostic>, uncounted: &[(&str, usize)]) {
    // no code can have more than there are in all
    if diags.len() <= MAX_PER_CODE {
        return;
    }
    let mut seen: HashMap<&'static str, usize> = HashMap::new();
    let mut dropped: Vec<(String, usize, Span)> = Vec::new();
    let mut kept = Vec::with_capacity(diags.len().min(16 * MAX_PER_CODE));
    for d in diags.drain(..) {
        let code: &'static str = codes::ALL.iter().find(|c| **c == d.code).copied().unwrap_or("other");
        let n = seen.entry(code).or_insert(0);
        *n += 1;
        if *n <= MAX_PER_CODE {
            kept.push(d);
        } else if let Some(entry) = dropped.iter_mut().find(|e| e.0 == d.code) {
            entry.1 += 1;
        } else {
            dropped.push((d.code.clone(), 1, d.span));
        }
    }
    for &(code, n) in uncounted {
        if let Some(entry) = dropped.iter_mut().find(|e| e.0 == code) {
            entry.1 += n;
        }
    }
    for (code, n, span) in dropped {
        kept.push(Diagnostic::new(
            Severity::Info,
            codes::DIAGNOSTICS_TRUNCATED,
            format!("{n} more '{code}' diagnostics not listed (the first {MAX_PER_CODE} are)"),
            span,
        ));
    }
    kept.sort_by_key(|d| (d.span.start, d.span.end));
    *diags = kept;
}

/// One summarising diagnostic per kind of residue removed.
fn residue_diagnostics(src: &Source<'_>, diags: &mut Vec<Diagnostic>) {
    src.work(Residue::ALL.len());
    for kind in Residue::ALL {
        let Some(runs) = src.clean.removed[kind as usize] else { continue };
        let (count, bytes) = (runs.count, runs.bytes);
        let (one, many) = kind.describe();
        let unit = if bytes == 1 { "byte" } else { "bytes" };
        // (written out piece by piece: `format!` costs several times more)
        let mut message = String::with_capacity(160);
        message.push_str("removed ");
        if count == 1 {
            message.push_str("one ");
            message.push_str(one);
        } else {
            doc_number::push_decimal(&mut message, count as u64);
            message.push(' ');
            message.push_str(many);
        }
        message.push_str(" (");
        doc_number::push_decimal(&mut message, bytes as u64);
        message.push(' ');
        message.push_str(unit);
        message.push(')');
        if count > 1 {
            message.push_str(", the first here, the last at byte ");
            doc_number::push_decimal(&mut message, runs.last.start as u64);
        }
        // control characters are damage rather than residue: a code of
        // their own, a warning
        let (severity, code) = match kind {
            Residue::Control => (Severity::Warning, codes::CONTROL_CHARACTER),
            _ => (Severity::Info, codes::SCRAPE_ARTIFACT),
        };
        diags.push(Diagnostic::new(severity, code, message, runs.first));
    }
}

#[cfg(test)]
mod tests {
    use super::chars_in;

    /// A `CharSet` holds its members, with their values, and no other
    /// character (every scalar value is tried).
    #[test]
    fn char_sets_hold_their_members_only() {
        const MEMBERS: [char; 5] = ['零', 'a', '\u{10FFFF}', '\0', '，'];
        const SET: super::CharSet = super::CharSet::new(&MEMBERS);
        const WIDE: super::CharSet<128> = super::CharSet::new(&MEMBERS);
        const MAP: super::CharSet = super::CharSet::map(&[('一', 1), ('二', 2), ('两', 2), ('〇', 0)]);
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(SET.contains(c), MEMBERS.contains(&c), "{c:?}");
            assert_eq!(WIDE.contains(c), MEMBERS.contains(&c), "{c:?}");
            let value = match c {
                '一' => Some(1),
                '二' | '两' => Some(2),
                '〇' => Some(0),
                _ => None,
            };
            assert_eq!(MAP.get(c), value, "{c:?}");
            assert_eq!(MAP.contains(c), value.is_some(), "{c:?}");
        }
        // an empty set holds nothing
        const EMPTY: super::CharSet = super::CharSet::new(&[]);
        assert!(!EMPTY.contains('\0') && !EMPTY.contains('a'));
    }

    /// `all_ideographs` answers as a test of each character does.
    #[test]
    fn all_ideographs_is_a_test_of_each() {
        let chars =
            ["区", "\u{4E00}", "\u{4DC0}", "\u{3400}", "\u{F900}", "\u{20000}", "a", "，", "\u{9FFF}", "\u{A000}"];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = texts.iter().flat_map(|t| chars.iter().map(move |c| format!("{t}{c}"))).collect();
            for t in &texts {
                assert_eq!(super::all_ideographs(t), t.chars().all(crate::punct::is_ideograph), "{t:?}");
            }
        }
    }

    /// `chars_in` answers as a count of the characters does, for texts of
    /// characters of every width and every bound around their lengths.
    #[test]
    fn chars_in_is_a_count() {
        let widths = ["a", "é", "区", "\u{20000}"];
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            texts = texts.iter().flat_map(|t| widths.iter().map(move |w| format!("{t}{w}"))).collect();
            for t in &texts {
                let n = t.chars().count();
                for min in 0..=8 {
                    for max in min..=24 {
                        assert_eq!(chars_in(t, min, max), (min..=max).contains(&n), "{t:?} {min} {max}");
                    }
                }
            }
        }
    }

    /// `Capped` makes one more than are listed, whether they come one at a
    /// time or several at once, and counts the rest.
    #[test]
    fn capped_makes_one_more_than_are_listed() {
        use super::{Capped, MAX_PER_CODE};
        use crate::diagnostic::{Diagnostic, Severity};
        let mut one = Capped::default();
        let admitted = (0..MAX_PER_CODE + 50).filter(|_| one.admit()).count();
        assert_eq!((admitted, one.more), (MAX_PER_CODE + 1, 49));
        let d = || Diagnostic::new(Severity::Info, "x", "x", crate::Span::new(0, 0));
        let (mut several, mut diags) = (Capped::default(), Vec::new());
        for _ in 0..40 {
            let before = diags.len();
            diags.extend([d(), d(), d()]);
            several.keep(&mut diags, before);
        }
        assert_eq!((diags.len(), several.more), (MAX_PER_CODE + 1, 120 - MAX_PER_CODE - 1));
    }

    /// A numbered 附件 list entry wrapped onto the next line, the next entry
    /// right after it, is one entry: its title both lines, matched to the
    /// body printed under its label; in a plan's text and in a notice's
    /// 附件说明 alike. A line with a sentence in it, or after the last
    /// entry, carries no title on.
    #[test]
    fn a_wrapped_attachment_entry_is_one_entry() {
        let titles = |text: &str| -> Vec<(String, bool)> {
            let doc = crate::parse(text).expect("parses");
            doc.attachments
                .iter()
                .map(|a| (a.title.to_string(), !a.paragraphs.is_empty() || !a.tables.is_empty()))
                .collect()
        };
        let plan = "某某区垃圾分类实施方案\n一、工作目标\n全面推进分类。\n附件：1.2024年某某区推进工作联席会\n议成员单位任务清单\n2.2024年街镇目标分解表\n附件1\n2024年某某区推进工作联席会议成员单位任务清单\n甲项任务由区绿化市容局承担。\n附件2\n2024年街镇目标分解表\n乙镇完成十个小区。\n";
        assert_eq!(
            titles(plan),
            [
                ("2024年某某区推进工作联席会议成员单位任务清单".to_string(), true),
                ("2024年街镇目标分解表".to_string(), true)
            ]
        );
        let notice = "某某局关于开展检查的通知\n各区局：\n现将有关事项通知如下。\n附件：1.关于开展安全检查的\n实施方案\n2.检查情况汇总表\n某某局\n2024年1月5日\n";
        assert_eq!(
            titles(notice),
            [("关于开展安全检查的实施方案".to_string(), false), ("检查情况汇总表".to_string(), false)]
        );
        // a sentence after an entry is text, not title (it ends the list)
        let note = "某某方案\n一、目标\n推进。\n附件：1.甲项目表\n请于月底前报送。\n2.乙项目表\n";
        assert_eq!(titles(note), [("甲项目表".to_string(), true)]);
        // a line after the last entry is no part of its title
        let after = "某某方案\n一、目标\n推进。\n附件：1.甲项目表\n2.乙项目\n汇总\n";
        assert_eq!(titles(after), [("甲项目表".to_string(), false), ("乙项目".to_string(), true)]);
    }

    /// A forwarded document signed under its own 附件 list (a 请示's
    /// `附：…` / `国家教委` / date, its table after): the signature is no
    /// text of the entry, whose body is the one under its label, one 附件,
    /// the signature told by an info diagnostic; a line of text after a
    /// list is still its entry's.
    #[test]
    fn a_forwarded_documents_signature_under_its_attachment_list() {
        let bodies = |text: &str| -> Vec<(String, Vec<String>)> {
            let doc = crate::parse(text).expect("parses");
            doc.attachments
                .iter()
                .map(|a| (a.title.to_string(), a.paragraphs.iter().map(|p| p.text.to_string()).collect()))
                .collect()
        };
        let forwarded = "某某办公厅转发某某部关于扩大招生有关问题请示的通知\n各省人民政府：\n某某部的请示已经同意，现转发给你们。\n某某办公厅\n2024年7月17日\n关于扩大招生有关问题的请示\n某某院：\n一、逐年扩招\n扩大规模。\n以上意见如无不妥，请批转执行。\n附：内地班扩大招生计划表\n某某部\n2024年5月13日\n附：\n内地班扩大招生计划表\n单位：人\n";
        for form in ["附：", "附件："] {
            let text = forwarded.replace("附：", form);
            assert_eq!(bodies(&text), [("内地班扩大招生计划表".to_string(), vec!["单位：人".to_string()])], "{form}");
            let doc = crate::parse(&text).expect("parses");
            assert!(doc.diagnostics.iter().any(|d| d.code == crate::diagnostic::codes::SKIPPED_TEXT));
        }
        // a date alone under the list, too
        let dated = forwarded.replace("某某部\n2024年5月13日\n附：\n", "2024年5月13日\n附：\n");
        assert_eq!(bodies(&dated), [("内地班扩大招生计划表".to_string(), vec!["单位：人".to_string()])]);
        // a line that signs nothing stays the entry's text
        let text = "某某方案\n一、目标\n推进。\n附件：甲项目表\n由某某局汇总\n";
        assert_eq!(bodies(text), [("甲项目表".to_string(), vec!["由某某局汇总".to_string()])]);
    }

    /// Unclosed brackets, foreign insertions, page furniture and absent
    /// attachments, one a line, past the first few are counted, not made: the diagnostics are
    /// those that capping all of them would leave, for every count around
    /// the cap.
    #[test]
    fn per_line_diagnostics_are_capped_as_they_are_counted() {
        use crate::codes;
        for (unit, code) in [
            ("（甲\n", codes::UNCLOSED_BRACKET),
            ("《甲\n", codes::UNCLOSED_BRACKET),
            ("甲app乙\n", codes::FOREIGN_INSERTION),
            ("打印本页\n", codes::PAGE_CHROME),
            ("附件：1.甲\n", codes::ATTACHMENT_ABSENT),
        ] {
            for n in [99, 100, 101, 102, 250] {
                // (a title first: the lines are a body)
                let text = format!("某某方案\n{}", unit.repeat(n));
                let doc = crate::parse(&text).expect("parses");
                let made = doc.diagnostics.iter().filter(|d| d.code == code).count();
                assert_eq!(made, n.min(super::MAX_PER_CODE), "{unit:?} × {n}");
                let truncated: Vec<_> = doc
                    .diagnostics
                    .iter()
                    .filter(|d| d.code == codes::DIAGNOSTICS_TRUNCATED && d.message.contains(code))
                    .collect();
                if n <= super::MAX_PER_CODE {
                    assert!(truncated.is_empty(), "{unit:?} × {n}");
                } else {
                    assert_eq!(truncated.len(), 1, "{unit:?} × {n}");
                    let more = n - super::MAX_PER_CODE;
                    assert!(
                        truncated[0].message.starts_with(&format!("{more} more '{code}' ")),
                        "{}",
                        truncated[0].message
                    );
                    // the span of the first left out: line MAX_PER_CODE + 1
                    let line = "某某方案\n".len() + super::MAX_PER_CODE * unit.len();
                    assert!((line..line + unit.len()).contains(&truncated[0].span.start), "{unit:?} × {n}");
                }
            }
        }
    }

    /// Duplicate head lines past the first few are counted, not made into
    /// diagnostics: the diagnostics are those that capping all of them
    /// would leave, for every count around the cap.
    #[test]
    fn duplicate_lines_are_capped_as_they_are_counted() {
        use crate::codes;
        for (unit, dups) in [("a\n", 99), ("a\n", 100), ("a\n", 101), ("a\n", 102), ("公告\n", 300)] {
            let text = unit.repeat(dups + 1);
            let doc = crate::parse(&text).expect("parses");
            let made = doc.diagnostics.iter().filter(|d| d.code == codes::DUPLICATE_LINE).count();
            assert_eq!(made, dups.min(super::MAX_PER_CODE), "{unit:?} × {}", dups + 1);
            let truncated: Vec<_> = doc.diagnostics.iter().filter(|d| d.code == codes::DIAGNOSTICS_TRUNCATED).collect();
            if dups <= super::MAX_PER_CODE {
                assert!(truncated.is_empty());
            } else {
                assert_eq!(truncated.len(), 1);
                let more = dups - super::MAX_PER_CODE;
                assert!(truncated[0].message.starts_with(&format!("{more} more 'duplicate-line' ")));
                // the span of the first left out: line MAX_PER_CODE + 1
                let at = (super::MAX_PER_CODE + 1) * unit.len();
                assert_eq!(truncated[0].span.start, at, "{unit:?}");
            }
        }
    }

    /// A signature set letter-spaced (`国　务　院`, `国  务  院` with
    /// no-break spaces) names the body without the spaces; joint issuers on
    /// one line stay two.
    #[test]
    fn a_letter_spaced_signature_is_the_bodys_name() {
        for (sig, want) in [
            ("国\u{3000}务\u{3000}院", &["国务院"][..]),
            ("国\u{A0} 务\u{A0} 院", &["国务院"]),
            ("国务院办公厅", &["国务院办公厅"]),
            ("国务院\u{3000}\u{3000}中央军委", &["国务院", "中央军委"]),
        ] {
            let text = format!(
                "国务院关于某某工作的通知\n国发〔2011〕35号\n各省、自治区、直辖市人民政府：\n\u{3000}\u{3000}现通知如下。\n{sig}\n2011年10月17日\n"
            );
            let doc = crate::parse(&text).expect("parses");
            let issuers: Vec<&str> = doc.notice.as_ref().expect("a notice").issuers.iter().map(AsRef::as_ref).collect();
            assert_eq!(issuers, want, "{sig}");
        }
    }

    /// A 发文字号 typed with spaces between its pieces, on its own line or
    /// run on after the title (`…的意见 国发 〔2011〕 35 号`), is the number,
    /// in its normal form, and no part of the title.
    #[test]
    fn a_spaced_doc_number_after_the_title() {
        for head in ["国务院关于某某工作的意见 国发 〔2011〕 35 号", "国务院关于某某工作的意见\n国发〔2011〕 35 号"]
        {
            let text = format!(
                "{head}\n各省、自治区、直辖市人民政府：\n\u{3000}\u{3000}现提出如下意见。\n国务院\n2011年10月17日\n"
            );
            let doc = crate::parse(&text).expect("parses");
            let notice = doc.notice.as_ref().expect("a notice");
            assert_eq!(notice.doc_number.as_deref(), Some("国发〔2011〕35号"), "{head}");
            assert_eq!(notice.title.as_deref(), Some("国务院关于某某工作的意见"), "{head}");
        }
    }

    /// An adoption note over two lines under the title (`（二○○四年六月
    /// 十六日国务院` / `第54次常务会议修订通过）`) is one note, and its bracket
    /// is closed: no `unclosed-bracket` warning.
    #[test]
    fn an_adoption_note_over_two_lines_closes_its_bracket() {
        let text = "某某工作规则\n（二○○四年六月十六日国务院\n第54次常务会议修订通过）\n第一章　总则\n一、为了规范工作，制定本规则。\n";
        let doc = crate::parse(text).expect("parses");
        assert_eq!(doc.adopted.len(), 1, "{:?}", doc.adopted);
        let found: Vec<&str> = doc.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert!(!found.contains(&crate::diagnostic::codes::UNCLOSED_BRACKET), "{found:?}");
        // a bracket left open elsewhere is still found
        let open = format!("{text}二、正文（甲\n");
        let doc = crate::parse(&open).expect("parses");
        assert_eq!(doc.diagnostics.iter().filter(|d| d.code == crate::diagnostic::codes::UNCLOSED_BRACKET).count(), 1);
    }
}
