//! The block limit ([`crate::Options::max_blocks`]): a resource limit on
//! text made of nothing but short headings (`（一）\n1.\n（1）\n①\n一、\n` …),
//! where every few bytes of input would become a [`Block`] and the tables
//! kept per line while the tree is built. Once the text has shown more
//! numbered headings than the limit, the rest of it is not read: no lines,
//! markers or blocks are made for it. It is kept, not dropped, as one
//! paragraph of the last block read (line breaks included), with a
//! `block-limit` warning where reading stopped.
//!
//! Headings are counted as the lines that start with a marker
//! ([`marker::marker`]), first on the physical lines, before the tables of
//! the later passes are built (only when there are more lines than the
//! limit: real documents never pay for it), then again on the logical lines
//! after headings run together in a line were split apart.
//!
//! The line limit ([`crate::Options::max_lines`]): a resource limit on
//! text of very many short lines (`a\n`, `。\n`, `<p>甲<br>` … all
//! through), where every few bytes would cost the tables kept per line
//! (the layout pass's, the lines, the marker each starts with). The line
//! breaks of the cleaned text are counted (one `memchr` pass up to the
//! limit's line break, only in a text longer than the limit); past the
//! limit, the text is cleaned again
//! up to the end of the last line allowed, and no table is built for the
//! rest: it is kept as it stands in the input (not cleaned), as one
//! paragraph of the last block, with a `line-limit` warning where reading
//! stopped.

use super::marker::{self, Marker};
use crate::ast::{Block, Document, Paragraph};
use crate::clean::Cleaned;
use crate::diagnostic::{Diagnostic, Severity, codes};
use crate::source::{Line, Source};

/// The source of `raw`, cleaned up to the end of its `max`-th line (lines
/// of the cleaned text, blank lines included, so the line breaks HTML tags
/// make count too); and the raw offset where reading stopped, when there
/// are more lines.
pub(crate) fn source(raw: &str, max: usize) -> (Source<'_>, Option<usize>) {
    let clean = Cleaned::new(raw);
    let Some(at) = line_cut(&clean.text, max) else {
        return (Source::with_clean(raw, clean), None);
    };
    // (just past the line break: residue that opens the next line is
    // kept with it)
    let stop = if at == 0 { 0 } else { clean.raw_end(at) };
    let work = clean.work;
    // (the first cleaning is dropped before the second is made)
    drop(clean);
    let src = Source::with_clean(raw, Cleaned::new(&raw[..stop]));
    src.work(usize::try_from(work).unwrap_or(usize::MAX));
    (src, Some(stop))
}

/// The offset where the `max + 1`-th line of `text` starts (just past its
/// `max`-th line break), when there is such a line.
fn line_cut(text: &str, max: usize) -> Option<usize> {
    // (a line break takes a byte: a text no longer than the limit is never
    // counted)
    if text.len() <= max {
        return None;
    }
    // (one pass, up to the `max`-th line break: none when there are fewer)
    let at = match max.checked_sub(1) {
        Some(k) => memchr::memchr_iter(b'\n', text.as_bytes()).nth(k)? + 1,
        None => 0,
    };
    (at < text.len()).then_some(at)
}

/// The raw text from `stop` on, which was not read, trimmed; `None` when
/// blank.
fn raw_rest<'a>(src: &Source<'a>, stop: usize) -> Option<&'a str> {
    Some(crate::punct::trim(src.raw.get(stop..)?)).filter(|r| !r.is_empty())
}

/// The `line-limit` warning, at the first line not read (raw offset
/// `stop`).
pub(crate) fn line_diagnostic(src: &Source<'_>, stop: usize, max: usize, diags: &mut Vec<Diagnostic>) {
    let Some(rest) = raw_rest(src, stop) else { return };
    let line = rest.find('\n').map_or(rest, |e| crate::punct::trim(&rest[..e]));
    diags.push(Diagnostic::new(
        Severity::Warning,
        codes::LINE_LIMIT,
        format!(
            "more than {max} lines (Options::max_lines): the text from here on is not parsed, \
             and is kept as it stands, as one paragraph of the last block"
        ),
        src.raw_paragraph(line).span,
    ));
}

/// Keep the raw text from `stop` on, which was not read, as it stands, as
/// one paragraph of the last block read (see [`keep_rest`]).
pub(crate) fn keep_raw_rest<'a>(src: &Source<'a>, doc: &mut Document<'a>, stop: usize) {
    if let Some(rest) = raw_rest(src, stop) {
        keep(doc, src.raw_paragraph(rest));
    }
}

/// The lines of the text, up to the line that would start the
/// `max + 1`-th numbered heading; and the cleaned offset of that line, when
/// the text was cut there.
pub(crate) fn lines<'s>(src: &'s Source<'_>, max: usize) -> (Vec<Line<'s>>, Option<usize>) {
    // (as many lines as there may be headings: every line may start one)
    if src.newlines().len() < max {
        return (src.lines(), None);
    }
    let mut headings = 0usize;
    src.lines_until(max, |text| {
        headings += usize::from(marker::marker(text).is_some());
        headings > max
    })
}

/// Cut `lines` and their `marks` before the line whose marker is the
/// `max + 1`-th; the cleaned offset of that line, when they were cut.
pub(crate) fn marks(lines: &mut Vec<Line<'_>>, marks: &mut Vec<Option<Marker<'_>>>, max: usize) -> Option<usize> {
    if marks.len() <= max {
        return None;
    }
    let k = marks.iter().enumerate().filter(|(_, m)| m.is_some()).nth(max).map(|(k, _)| k)?;
    let at = lines[k].start;
    lines.truncate(k);
    marks.truncate(k);
    Some(at)
}

/// The text from cleaned offset `at` on, trimmed; `None` when blank.
fn rest<'s>(src: &'s Source<'_>, at: usize) -> Option<&'s str> {
    let text = &src.clean.text;
    Some(crate::punct::trim(text.get(at..)?)).filter(|r| !r.is_empty())
}

/// The `block-limit` warning, at the line where reading stopped (cleaned
/// offset `at`).
pub(crate) fn diagnostic(src: &Source<'_>, at: usize, max: usize, diags: &mut Vec<Diagnostic>) {
    let Some(rest) = rest(src, at) else { return };
    let line = rest.find('\n').map_or(rest, |e| crate::punct::trim(&rest[..e]));
    diags.push(Diagnostic::new(
        Severity::Warning,
        codes::BLOCK_LIMIT,
        format!(
            "more than {max} numbered headings (Options::max_blocks): the text from here on is not parsed, \
             and is kept as one paragraph of the last block"
        ),
        src.span_of(line),
    ));
}

/// Keep the text from cleaned offset `at` on, which was not read, as one
/// paragraph of the last block read (of the last attachment with a body,
/// else of the main document; the preamble's when no block was read), its
/// span and its ancestors' extended over it, and say so.
pub(crate) fn keep_rest<'a>(src: &Source<'a>, doc: &mut Document<'a>, at: usize) {
    if let Some(rest) = rest(src, at) {
        keep(doc, src.paragraph(rest));
    }
}

/// Give `paragraph` to the last block read (of the last attachment with a
/// body, else of the main document; the preamble's when there is no
/// block), extending the spans of the block and its ancestors over it.
fn keep<'a>(doc: &mut Document<'a>, paragraph: Paragraph<'a>) {
    let span = paragraph.span;
    match doc.attachments.iter_mut().rev().find(|a| !a.sections.is_empty() || !a.paragraphs.is_empty()) {
        Some(a) => {
            a.span = a.span.cover(&span);
            a.paragraphs.extend(push_last(&mut a.sections, paragraph));
        }
        None => doc.preamble.extend(push_last(&mut doc.sections, paragraph)),
    }
}

/// Give `p` to the deepest last block of `blocks`, extending the spans on
/// the way; `p` back when there is no block.
fn push_last<'a>(blocks: &mut [Block<'a>], p: Paragraph<'a>) -> Option<Paragraph<'a>> {
    let Some(b) = blocks.last_mut() else { return Some(p) };
    b.span = b.span.cover(&p.span);
    b.paragraphs.extend(push_last(&mut b.children, p));
    None
}

#[cfg(test)]
mod tests {
    use crate::{Options, codes, parse_with};

    fn limited(text: &str, max: usize) -> crate::Document<'_> {
        parse_with(text, &Options::default().max_blocks(max)).unwrap()
    }

    #[test]
    fn the_rest_is_the_last_blocks_paragraph() {
        let text = "某某方案\n一、总体要求\n（一）目标。\n（二）原则。\n二、主要任务\n（一）推进。\n";
        let doc = limited(text, 3);
        let markers: Vec<&str> = doc.blocks().map(|b| b.marker.as_ref()).collect();
        assert_eq!(markers, ["一、", "（一）", "（二）"]);
        let last = &doc.sections[0].children[1];
        let rest = last.paragraphs.last().unwrap();
        let stop = text.find("二、主要").unwrap();
        assert_eq!(rest.text, "二、主要任务\n（一）推进。");
        assert_eq!((rest.span.start, rest.span.end), (stop, text.len() - 1));
        // the spans of the blocks that hold it cover it
        assert_eq!(last.span.end, text.len() - 1);
        assert_eq!(doc.sections[0].span.end, text.len() - 1);
        let d: Vec<_> = doc.diagnostics.iter().filter(|d| d.code == codes::BLOCK_LIMIT).collect();
        assert_eq!(d.len(), 1);
        assert_eq!(&text[d[0].span.start..d[0].span.end], "二、主要任务");
        assert_eq!(d[0].severity, crate::Severity::Warning);
    }

    #[test]
    fn no_block_keeps_the_rest_in_the_preamble() {
        let text = "某某方案\n为推进工作，制定本方案。\n一、总体要求\n";
        let doc = limited(text, 0);
        assert_eq!(doc.blocks().count(), 0);
        assert_eq!(doc.preamble.last().map(|p| p.text.as_ref()), Some("一、总体要求"));
    }

    #[test]
    fn text_within_the_limit_is_parsed_as_without_it() {
        let text = "某某方案\n一、总体要求\n（一）目标。（省发展改革委负责）\n二、主要任务\n附件：1.清单\n";
        let all = crate::parse(text).unwrap();
        assert_eq!(limited(text, 3), all);
        // the limit counts headings, not lines: many lines between few
        // headings are read whole
        let long = format!("某某方案\n一、总体要求\n{}二、主要任务\n", "推进。\n".repeat(50));
        let doc = limited(&long, 2);
        assert_eq!(doc, crate::parse(&long).unwrap());
        assert!(doc.diagnostics.iter().all(|d| d.code != codes::BLOCK_LIMIT));
    }

    fn lines_limited(text: &str, max: usize) -> crate::Document<'_> {
        parse_with(text, &Options::default().max_lines(max)).unwrap()
    }

    #[test]
    fn text_within_the_line_limit_is_parsed_as_without_it() {
        let text = "某某方案\n\n一、总体要求\n（一）目标。（省发展改革委负责）\n<p>二、主要任务</p>\n附件：1.清单";
        let all = crate::parse(text).unwrap();
        // (eight lines: five line breaks, and the two <p> tags make two more)
        assert_eq!(lines_limited(text, 8), all);
        assert!(all.diagnostics.iter().all(|d| d.code != codes::LINE_LIMIT));
        assert_ne!(lines_limited(text, 7), all);
        // a last line break ends the last line
        let text = "一、甲\n二、乙\n";
        assert_eq!(lines_limited(text, 2), crate::parse(text).unwrap());
    }

    #[test]
    fn the_rest_past_the_line_limit_is_kept_as_it_stands() {
        let text = "某某方案\n一、总体要求\n（一）目标。\n\n  （二）**原则**。\n二、主要任务\n";
        let doc = lines_limited(text, 4);
        let markers: Vec<&str> = doc.blocks().map(|b| b.marker.as_ref()).collect();
        assert_eq!(markers, ["一、", "（一）"]);
        let last = &doc.sections[0].children[0];
        let rest = last.paragraphs.last().unwrap();
        // not cleaned: the markdown stays
        let stop = text.find("（二）").unwrap();
        assert_eq!(rest.text, "（二）**原则**。\n二、主要任务");
        assert_eq!((rest.span.start, rest.span.end), (stop, text.len() - 1));
        assert_eq!(last.span.end, text.len() - 1);
        assert_eq!(doc.sections[0].span.end, text.len() - 1);
        let d: Vec<_> = doc.diagnostics.iter().filter(|d| d.code == codes::LINE_LIMIT).collect();
        assert_eq!(d.len(), 1);
        assert_eq!(&text[d[0].span.start..d[0].span.end], "（二）**原则**。");
        assert_eq!(d[0].severity, crate::Severity::Warning);
        // nothing read: all of it is the preamble's paragraph
        for text in [text, "<b>一、</b>总体要求"] {
            let doc = lines_limited(text, 0);
            assert_eq!(doc.blocks().count(), 0);
            assert_eq!(doc.preamble.iter().map(|p| p.text.as_ref()).collect::<Vec<_>>(), [text.trim_end()]);
        }
        // residue at the start of the first line not read is kept with it
        let doc = lines_limited("一、甲\n<b>二、乙</b>", 1);
        assert_eq!(doc.sections[0].paragraphs[0].text, "<b>二、乙</b>");
    }

    #[test]
    fn line_breaks_made_by_html_tags_count() {
        let text = "<p>某某方案</p><p>一、总则</p><p>二、任务</p><p>三、保障</p>";
        let doc = lines_limited(text, 4);
        assert_eq!(doc.blocks().count(), 1);
        let rest = doc.sections[0].paragraphs.last().unwrap();
        assert_eq!(rest.text, "<p>二、任务</p><p>三、保障</p>");
        assert_eq!(rest.span.start, text.find("<p>二").unwrap());
    }

    #[test]
    fn blank_lines_before_the_limit_leave_the_rest_in_the_preamble() {
        let text = "\n\n\n\n一、总则\n二、任务\n";
        let doc = lines_limited(text, 2);
        assert_eq!(doc.blocks().count(), 0);
        assert_eq!(doc.preamble.len(), 1);
        assert_eq!(doc.preamble[0].text, "一、总则\n二、任务");
        assert!(doc.diagnostics.iter().any(|d| d.code == codes::LINE_LIMIT));
    }

    #[test]
    fn the_line_limit_cuts_in_an_attachment() {
        // (a notice that does not issue its attachment: one that 印发 it by
        // name reads it as its main document)
        let text = "关于做好某某工作的通知\n各区：\n请认真做好有关工作。\n附件：方案\n某某市人民政府\n2024年3月1日\n附件\n方案\n一、总则\n（一）目标。\n（二）原则。\n";
        let all = crate::parse(text).unwrap();
        let doc = lines_limited(text, 10);
        assert_eq!(doc.attachments.len(), all.attachments.len());
        let stop = text.find("（二）").unwrap();
        let kept = doc.attachments.iter().flat_map(|a| a.sections.iter().flat_map(|s| s.walk()));
        let rest = kept.flat_map(|b| b.paragraphs.iter()).find(|p| p.span.start == stop);
        assert_eq!(rest.map(|p| p.text.as_ref()), Some("（二）原则。"));
    }

    #[test]
    fn headings_split_apart_in_a_line_count_too() {
        // one physical line holding many headings (run on after 。)
        let line = (1..=30).map(|i| format!("（{i}）推进第{i}项工作，加快建设。")).collect::<String>();
        let text = format!("某某方案\n一、任务\n{line}\n");
        let doc = parse_with(&text, &Options::default()).unwrap();
        let all = doc.blocks().count();
        assert!(all > 5, "the line is split: {all}");
        let doc = limited(&text, 5);
        assert_eq!(doc.blocks().count(), 5);
        let rest = doc.blocks().last().and_then(|b| b.paragraphs.last()).unwrap();
        assert!(
            rest.text.starts_with("（5）") && rest.text.ends_with("（30）推进第30项工作，加快建设。"),
            "{}",
            rest.text
        );
    }
}
