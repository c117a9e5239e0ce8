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

use super::marker::{self, Marker};
use crate::ast::{Block, Document, Paragraph};
use crate::diagnostic::{Diagnostic, Severity, codes};
use crate::source::{Line, Source};

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
    let Some(rest) = rest(src, at) else { return };
    let paragraph = src.paragraph(rest);
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
