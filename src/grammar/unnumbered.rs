//! Headings with no number: a part's heading in lenticular brackets alone
//! on its line (`【总体要求】` `【重点任务】` `【保障措施】`), as key points
//! and WeChat-bred texts head their parts, and a markdown heading whose
//! words hold no numeral (`## 保障措施`; cleaning removes the `##`, so the
//! raw input right before the line shows it).
//!
//! Such a heading is no block and no level of the outline (its part has no
//! number, and the red-team facts read a text headed so as its numbered
//! items): the builder (`block::Builder::heading`) closes every block open
//! at it, so that the text under it is no paragraph of the last numbered
//! block, and keeps it in `Document::headings` with the text right under it
//! (before the next numbered block); the numbered blocks after it stay
//! top-level sections, their numbering checked per part. Read in the main
//! document only (an attachment's text keeps such a line as a paragraph).
//!
//! Guards: the whole line is the heading (a `【…】` inside a sentence, a
//! citation's `【2026】`, is none); its words are two to sixteen ideographs,
//! no digit, mark or colon (`【字体：大 中 小】`, a web page's furniture, is
//! none, and neither is a note, `【此件公开发布】`, nor the page's list of
//! files, `【相关附件】`); a title line never reaches the block tree (the
//! frame reads a part's heading in 【】 as no line of the title above it).

use crate::clean::Residue;
use crate::punct;
use crate::source::Source;

/// Longest heading's words, in characters.
const MAX_CHARS: usize = 16;

/// Words of a web page's list of files or links under the text
/// (`【相关附件】`, `【附件下载】`, `【相关链接】`): no heading of the document.
const FURNITURE: [&str; 3] = ["附件", "下载", "链接"];

/// Openings of a note on the document itself (`【此件公开发布】`).
const NOTE_OPENINGS: [&str; 2] = ["此件", "本件"];

/// The words of a heading with no number, when the line `text` (a trimmed
/// line of the cleaned text, with no numbering marker) is one: in
/// lenticular brackets alone on its line, or a markdown heading. A first
/// byte test (and a length test) before anything else: the look-up of the
/// raw input is made only for a short line of ideographs alone.
pub(crate) fn heading<'s>(src: &Source<'_>, text: &'s str) -> Option<&'s str> {
    if let Some(inside) = lenticular(text) {
        return is_heading_words(inside).then_some(inside);
    }
    // (a markdown heading only where cleaning removed markdown marks)
    (src.clean.removed[Residue::Markdown as usize].is_some()
        && text.len() <= 3 * MAX_CHARS
        && is_heading_words(text)
        && is_markdown_heading(src, text))
    .then_some(text)
}

/// Whether the line `text` under a title is a part's heading and no line
/// of the title: in lenticular brackets, or a markdown heading whose words
/// are a section title of the lexicon (`## 总体要求`; a title wrapped over
/// two markdown headings stays one).
pub(crate) fn ends_title(src: &Source<'_>, text: &str) -> bool {
    // (any short words in 【】 alone on the line, as the frame reads them)
    super::notice::is_lenticular_heading(text)
        || (!text.starts_with(punct::LENTICULAR_L)
            && heading(src, text).is_some_and(super::section_title::is_section_title))
}

/// Whether the line `text`, where a numbering restarts under it, heads a
/// part of the document rather than titling a further one: a heading in
/// lenticular brackets (any words), or a markdown heading (`## 保障措施` over
/// `一、…` numbered from 1 again) whose words are a section title of the
/// lexicon or end in no genre word of a document's title — `## 某某管理办法`
/// over its own `一、` still starts a further document.
pub(crate) fn heads_part(src: &Source<'_>, text: &str) -> bool {
    is_lenticular_heading(text)
        || heading(src, text)
            .is_some_and(|w| super::section_title::is_section_title(w) || !super::inline::ends_in_genre(w))
}

/// Whether the line `text` is a heading in lenticular brackets
/// (`【保障措施】`): the line alone tells (a markdown heading's marks are
/// gone from the cleaned text).
pub(crate) fn is_lenticular_heading(text: &str) -> bool {
    lenticular(text).is_some_and(is_heading_words)
}

/// The text inside `【…】` when they bracket the whole line, no other
/// bracket inside.
fn lenticular(text: &str) -> Option<&str> {
    let inside = text.strip_prefix(punct::LENTICULAR_L)?.strip_suffix(punct::LENTICULAR_R)?;
    (!inside.contains([punct::LENTICULAR_L, punct::LENTICULAR_R])).then_some(inside)
}

/// A heading's words: two to [`MAX_CHARS`] ideographs and nothing else,
/// no note on the document and no page furniture.
fn is_heading_words(words: &str) -> bool {
    super::chars_in(words, 2, MAX_CHARS)
        && words.chars().all(punct::is_ideograph)
        && !NOTE_OPENINGS.iter().any(|o| words.starts_with(o))
        && !FURNITURE.iter().any(|w| words.contains(w))
}

/// Most bytes of a markdown heading's marks before its words (`###### `
/// and a few spaces).
const MAX_MARKS: usize = 12;

/// Whether the cleaned line `text` was a markdown heading in the input:
/// what cleaning removed right before it is one to six `#` (spaces around
/// them), at the start of a raw line. Two look-ups in the offset map.
fn is_markdown_heading(src: &Source<'_>, text: &str) -> bool {
    let c = src.offset(text);
    let (from, to) = (src.clean.raw_end(c), src.clean.raw_start(c));
    let Some(gap) = src.raw.get(from..to).filter(|g| !g.is_empty() && g.len() <= MAX_MARKS) else { return false };
    let marks = gap.trim_matches([' ', '\t']);
    if !(1..=6).contains(&marks.len()) || !marks.bytes().all(|b| b == b'#') {
        return false;
    }
    // (and only white space before them on their line, a few bytes at most)
    let bytes = src.raw.as_bytes();
    let indent = bytes[..from].iter().rev().take(MAX_MARKS).take_while(|&&b| b == b' ' || b == b'\t').count();
    from == indent || bytes[from - indent - 1] == b'\n'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The heading words of each line of `text` that is one.
    fn headings(text: &str) -> Vec<String> {
        let src = Source::new(text);
        src.clean.text.lines().map(str::trim).filter_map(|l| heading(&src, l)).map(str::to_owned).collect()
    }

    #[test]
    fn lenticular_headings() {
        let text =
            "某某县工作要点\n【总体要求】\n坚持稳中求进。\n【重点任务】\n1.深化改革。\n【保障措施】\n各单位要落实。\n";
        assert_eq!(headings(text), ["总体要求", "重点任务", "保障措施"]);
    }

    #[test]
    fn near_misses_are_no_headings() {
        for line in [
            // inside a sentence, or followed by text
            "【总体要求】坚持稳中求进。",
            "按照【工作要求】做好。",
            // a citation's year, a page's furniture, a note, the page's files
            "【2026】",
            "某发【2026】3号",
            "【字体：大 中 小】",
            "【打印】【关闭】",
            "【此件公开发布】",
            "【相关附件】",
            "【附件下载】",
            // too short, too long, punctuated
            "【要】",
            "【关于进一步加强和改进新形势下基层社会治理工作的若干措施】",
            "【一、总体要求】",
            "【注】",
        ] {
            assert!(headings(line).is_empty(), "{line}");
        }
    }

    #[test]
    fn markdown_headings_with_no_numeral() {
        assert_eq!(headings("某某方案\n## 保障措施\n加强领导。\n"), ["保障措施"]);
        assert_eq!(headings("某某方案\n### 工作要求\n加强领导。\n"), ["工作要求"]);
        // a plain short line, a bold one, a heading that is a sentence: none
        assert!(headings("某某方案\n保障措施\n加强领导。\n").is_empty());
        assert!(headings("某某方案\n**保障措施**\n加强领导。\n").is_empty());
        assert!(headings("某某方案\n## 各单位要加强领导。\n").is_empty());
        // a `#` inside a line is no heading's mark
        assert!(headings("某某方案 # 保障措施\n").is_empty());
    }

    /// The document's top-level blocks (marker and paragraphs), its
    /// headings (title and paragraphs) and its numbering diagnostics.
    type Read = (Vec<(String, Vec<String>)>, Vec<(String, Vec<String>)>, Vec<String>);

    fn read(text: &str) -> Read {
        let doc = crate::parse(text).unwrap();
        let texts = |ps: &[crate::Paragraph<'_>]| ps.iter().map(|p| p.text.to_string()).collect::<Vec<_>>();
        (
            doc.sections.iter().map(|b| (b.marker.to_string(), texts(&b.paragraphs))).collect(),
            doc.headings.iter().map(|h| (h.title.to_string(), texts(&h.paragraphs))).collect(),
            doc.diagnostics.iter().filter(|d| d.code.starts_with("numbering")).map(|d| d.message.clone()).collect(),
        )
    }

    #[test]
    fn a_heading_closes_the_blocks_before_it() {
        // constructed: a plan's parts headed in 【】 and in markdown
        for (open, close) in [("【", "】"), ("## ", "")] {
            let text = format!(
                "某某街道2026年工作方案\n{open}重点任务{close}\n一、推进改造。\n（一）完成10个小区。\n{open}保障措施{close}\n各科室要加强协作。\n"
            );
            let (sections, headings, numbering) = read(&text);
            assert_eq!(sections, [("一、".to_owned(), vec![])], "{text}");
            assert_eq!(
                headings,
                [("重点任务".to_owned(), vec![]), ("保障措施".to_owned(), vec!["各科室要加强协作。".to_owned()])],
                "{text}"
            );
            assert!(numbering.is_empty(), "{numbering:?}");
        }
    }

    /// A markdown heading with no number over blocks numbered from 1
    /// again heads a part, as one in 【】 does, and starts no further
    /// document; one whose words end in a document's genre does.
    #[test]
    fn a_markdown_part_over_a_restarted_numbering() {
        // constructed
        let text = "# 某某街道2026年工作方案\n## 重点任务\n一、推进改造。完成10个小区。\n二、优化服务。开通线上办理。\n\
                    ## 保障措施\n一、加强领导。各科室要加强协作。\n二、强化督查。每月通报进展。\n";
        let doc = crate::parse(text).unwrap();
        assert!(doc.attachments.is_empty(), "{:?}", doc.attachments.iter().map(|a| &a.title).collect::<Vec<_>>());
        let headings: Vec<_> = doc.headings.iter().map(|h| h.title.to_string()).collect();
        assert_eq!(headings, ["重点任务", "保障措施"]);
        assert_eq!(doc.sections.len(), 4);
        assert!(doc.diagnostics.iter().all(|d| !d.code.starts_with("numbering")));
        // a further document under its own markdown title
        let further = text.replace("## 保障措施", "## 某某街道老旧小区改造管理办法");
        let doc = crate::parse(&further).unwrap();
        assert_eq!(doc.attachments.len(), 1);
    }

    #[test]
    fn a_part_numbers_from_one_again_or_goes_on() {
        // constructed: each part numbered apart, then numbered on
        for (second, third) in [("1.", "2."), ("3.", "4.")] {
            let text = format!(
                "某某县工作要点\n【重点任务】\n1.深化改革。\n2.优化服务。\n【保障措施】\n{second}加强领导。\n{third}强化督查。\n"
            );
            let (sections, headings, numbering) = read(&text);
            assert_eq!(sections.len(), 4, "{text}");
            assert_eq!(headings.len(), 2, "{text}");
            assert!(numbering.is_empty(), "{text}: {numbering:?}");
        }
        // a gap inside a part is still one
        let (_, _, numbering) = read("某某县工作要点\n【重点任务】\n1.深化改革。\n3.优化服务。\n");
        assert_eq!(numbering.len(), 1, "{numbering:?}");
    }

    #[test]
    fn near_misses_stay_text() {
        // constructed: a heading run on into its text, a plain short line,
        // a 【】 label inside a sentence: paragraphs of the block before
        for line in ["【保障措施】各科室要加强协作。", "保障措施", "按照【保障措施】的要求，各科室要加强协作。"]
        {
            let text = format!("某某街道2026年工作方案\n一、推进改造。\n{line}\n");
            let (sections, headings, _) = read(&text);
            assert!(headings.is_empty(), "{line}");
            assert_eq!(sections[0].1.len(), 1, "{line}: {sections:?}");
        }
    }
}
