//! Metamorphic layout tests: the same document must give the same FACTS
//! whatever its layout.
//!
//! Every transform below rewrites the raw text of a fixture without changing
//! what the document says (punctuation width, blank lines, line endings,
//! indentation by any kind of space, a byte order mark, trailing white
//! space, markdown bold on headings, invisible characters before headings
//! and inside text, hard wrapping as in text copied out of a PDF, PDF page
//! numbers and running headers with the page breaks they cut paragraphs at). For every fixture
//! the original and the transformed text are parsed, both must succeed, and
//! [`facts`] of the two trees must be equal. All mismatches of a transform
//! are collected before the test fails, with a compact diff per fixture.
//!
//! The transforms and facts live in `tests/common/metamorphic.rs`, shared
//! with `tests/layout_wide.rs`.

mod common;
#[path = "common/metamorphic.rs"]
mod metamorphic;

use gongwen::Document;
use metamorphic::*;

/// Parse every fixture before and after `transform`; fail with every
/// fixture whose facts differ.
fn check(name: &str, transform: fn(&str) -> String) {
    let fixtures = common::fixtures();
    assert!(!fixtures.is_empty(), "no fixtures found");
    let (failed, failures) = check_in(name, transform, &fixtures);
    assert!(failed == 0, "{name}: {failed} of {} fixtures differ\n{failures}", fixtures.len());
}

// ------------------------------------------------------------------- tests

#[test]
fn original_facts_are_not_trivial() {
    let mut problems = Vec::new();
    for (fixture, text) in common::fixtures() {
        let doc = gongwen::parse(&text).unwrap_or_else(|e| panic!("{fixture}: {e}"));
        let f = facts(&doc);
        let has_title = f.iter().any(|l| l.starts_with("title=") || l.starts_with("notice.title="));
        let has_block = f.iter().any(|l| l.starts_with("block "));
        if !has_title || !has_block {
            problems.push(format!("{fixture}: title or notice title: {has_title}, a block: {has_block}"));
        }
    }
    assert!(problems.is_empty(), "vacuous facts:\n{}", problems.join("\n"));
}

#[test]
fn transforms_keep_the_characters() {
    // hard_wrap only inserts line breaks and keeps every line within the
    // width; bold_headings only adds `**`; fullwidth only touches ( ) , : ;
    // crlf only adds \r.
    for (fixture, text) in common::fixtures() {
        for width in [60, 80] {
            let wrapped = hard_wrap(&text, width);
            assert_eq!(wrapped.replace('\n', ""), text.replace('\n', ""), "{fixture}: hard_wrap({width})");
            for line in wrapped.lines() {
                let w = visible_width(line);
                assert!(w <= width, "{fixture}: hard_wrap({width}) left {line:?}");
            }
        }
        assert_eq!(bold_headings(&text).replace("**", ""), text, "{fixture}: bold_headings");
        assert_eq!(halfwidth(&fullwidth(&halfwidth(&text))), halfwidth(&text), "{fixture}: width round trip");
        assert_eq!(crlf(&text).replace("\r\n", "\n"), text, "{fixture}: crlf");
    }
}

/// The count in the summarising diagnostic of a kind of residue, by the
/// words of its message (`removed 3 page numbers …`, `removed one …`).
fn residue_count(doc: &Document, words: &str) -> usize {
    doc.diagnostics
        .iter()
        .filter(|d| d.code == "scrape-artifact" && d.message.contains(words))
        .map(|d| {
            let n = d.message.trim_start_matches("removed ").split(' ').next().unwrap_or("");
            if n == "one" { 1 } else { n.parse().unwrap_or(0) }
        })
        .sum()
}

#[test]
fn furniture_and_invisible_transforms_leave_what_the_parse_removes() {
    // the transforms do insert what they mean to, and the parse removes
    // every piece of it: as many page numbers and headers as were put in
    // (so none stays in a paragraph), invisible characters wherever they are
    let header = "国务院公报政策文件选编";
    for (fixture, text) in common::fixtures() {
        for (name, transformed) in [
            ("pdf_pages_dashes", pdf_pages_dashes(&text)),
            ("pdf_pages_page_of", pdf_pages_page_of(&text)),
            ("pdf_paragraph_breaks", pdf_paragraph_breaks(&text)),
        ] {
            let pages = transformed.matches('\u{c}').count();
            let headers = transformed.matches(header).count();
            assert!(pages >= 2, "{fixture} [{name}]: {pages} page breaks");
            let doc = gongwen::parse(&transformed).unwrap_or_else(|e| panic!("{fixture} [{name}]: {e}"));
            assert_eq!(
                residue_count(&doc, "page number"),
                pages + headers,
                "{fixture} [{name}]: page furniture removed"
            );
        }
        let inside = invisible_inside_text(&text);
        let doc = gongwen::parse(&inside).expect("parses");
        assert!(residue_count(&doc, "invisible") > 20, "{fixture}: invisible characters removed");
        let before = invisible_before_headings(&text);
        let doc = gongwen::parse(&before).expect("parses");
        assert!(residue_count(&doc, "invisible") > doc.blocks().count(), "{fixture}: invisible characters removed");
    }
}

#[test]
fn hard_wrap_never_starts_a_line_with_structure() {
    for s in [
        "一、总体要求",
        "二十三、",
        "（一）持续深化",
        "(二@@十@@三)推进",
        "（1）加强",
        "1.强化",
        "12．编制",
        "3、完善",
        "①建立",
        "第一章 总则",
        "第十二条　不动产",
        "第3条 适用",
        "2022年3月10日",
        "2022年@@3月",
        "二〇二二年三月",
        "@@二、",
        "# 标题",
        "**一、",
        "<!-- INFO END -->",
        "附件：1．",
    ] {
        assert!(structural_start(s), "{s} should count as structural");
    }
    for s in [
        "三年行动计划",
        "百年排水",
        "一年度工作",
        "一是加强",
        "1.5亿元",
        "3.5%",
        "2000亿元",
        "1月1日至",
        "（2024—2026年）",
        "（责任单位：市水务局）",
        "(市)改区",
        "第二轮土地承包",
        "第三条规定的",
        "第三条的规定",
        "国家发展改革委",
        "",
    ] {
        assert!(!structural_start(s), "{s} should not count as structural");
    }
    // The cut before （二） moves one character earlier.
    let line = format!("{}（二）项", "字".repeat(30));
    assert_eq!(hard_wrap(&line, 60), format!("{}\n字（二）项", "字".repeat(29)));
}

#[test]
fn halfwidth_keeps_facts() {
    check("halfwidth", halfwidth);
}

#[test]
fn fullwidth_keeps_facts() {
    check("fullwidth", fullwidth);
}

#[test]
fn no_blank_lines_keeps_facts() {
    check("no_blank_lines", no_blank_lines);
}

#[test]
fn blank_lines_keeps_facts() {
    check("blank_lines", blank_lines);
}

#[test]
fn crlf_keeps_facts() {
    check("crlf", crlf);
}

#[test]
fn indent_ideographic_keeps_facts() {
    check("indent_ideographic", indent_ideographic);
}

#[test]
fn indent_tab_keeps_facts() {
    check("indent_tab", indent_tab);
}

#[test]
fn indent_spaces_keeps_facts() {
    check("indent_spaces", indent_spaces);
}

#[test]
fn indent_none_keeps_facts() {
    check("indent_none", indent_none);
}

#[test]
fn indent_em_keeps_facts() {
    check("indent_em", indent_em);
}

#[test]
fn indent_en_thin_keeps_facts() {
    check("indent_en_thin", indent_en_thin);
}

#[test]
fn indent_nbsp_keeps_facts() {
    check("indent_nbsp", indent_nbsp);
}

#[test]
fn indent_nbsp_entity_keeps_facts() {
    check("indent_nbsp_entity", indent_nbsp_entity);
}

#[test]
fn indent_mixed_keeps_facts() {
    check("indent_mixed", indent_mixed);
}

#[test]
fn invisible_before_headings_keeps_facts() {
    check("invisible_before_headings", invisible_before_headings);
}

#[test]
fn invisible_inside_text_keeps_facts() {
    check("invisible_inside_text", invisible_inside_text);
}

#[test]
fn pdf_pages_dashes_keeps_facts() {
    check("pdf_pages_dashes", pdf_pages_dashes);
}

#[test]
fn pdf_pages_page_of_keeps_facts() {
    check("pdf_pages_page_of", pdf_pages_page_of);
}

#[test]
fn pdf_paragraph_breaks_keeps_facts() {
    check("pdf_paragraph_breaks", pdf_paragraph_breaks);
}

#[test]
fn bom_keeps_facts() {
    check("bom", bom);
}

#[test]
fn trailing_spaces_keeps_facts() {
    check("trailing_spaces", trailing_spaces);
}

#[test]
fn bold_headings_keeps_facts() {
    check("bold_headings", bold_headings);
}

#[test]
fn hard_wrap_60_keeps_facts() {
    check("hard_wrap_60", hard_wrap_60);
}

#[test]
fn hard_wrap_80_keeps_facts() {
    check("hard_wrap_80", hard_wrap_80);
}

#[test]
fn composite_keeps_facts() {
    check("composite", composite);
}

#[test]
fn old_mac_line_breaks_keep_facts() {
    check("old_mac", old_mac);
}

#[test]
fn vertical_tabs_keep_facts() {
    check("vertical_tabs", vertical_tabs);
}

#[test]
fn line_separators_keep_facts() {
    check("line_separators", line_separators);
}

#[test]
fn paragraph_separators_keep_facts() {
    check("paragraph_separators", paragraph_separators);
}

#[test]
fn next_lines_keep_facts() {
    check("next_lines", next_lines);
}

#[test]
fn soft_vertical_tabs_keep_facts() {
    check("soft_vertical_tabs", soft_vertical_tabs);
}

#[test]
fn soft_line_separators_keep_facts() {
    check("soft_line_separators", soft_line_separators);
}

#[test]
fn soft_next_lines_keep_facts() {
    check("soft_next_lines", soft_next_lines);
}

#[test]
fn italic_headings_keep_facts() {
    check("italic_headings", italic_headings);
}

#[test]
fn list_numbered_headings_keep_facts() {
    check("list_numbered_headings", list_numbered_headings);
}

#[test]
fn quoted_head_keeps_facts() {
    check("quoted_head", quoted_head);
}

/// Every corpus document with all its line breaks removed gives the same
/// block tree: the same blocks (kind, number, nesting), titles, and clauses
/// in brackets with their bodies and roles.
///
/// Two facts cannot survive the join, and are compared loosely:
/// - a heading that fills its line with no closing punctuation, followed by
///   an unnumbered paragraph (`一、总体要求` / `以…为指导，…`): joined, the
///   boundary between title and text is gone (`一、总体要求以…为指导，…`),
///   so the title may be missing or run on into the text; it must then
///   start with the original title. Followed by a numbered heading, the
///   title is recovered exactly.
/// - a responsibility stated in prose at the start of a paragraph
///   (`发展改革委会同水利部研究提出了办理意见：…`): joined, the paragraph
///   break before it is gone. Such clauses are left out on both sides.
#[test]
fn one_line_keeps_the_block_tree() {
    let fixtures = common::fixtures();
    let (failed, failures, exact, loose) = check_one_line_in(&fixtures);
    assert!(failed == 0, "one line: {failed} of {} fixtures differ\n{failures}", fixtures.len());
    // most titles survive exactly
    assert!(exact > 3 * loose, "{exact} titles kept exactly, {loose} lost to the join");
}

/// A notice pasted from Word with manual line breaks (vertical tabs)
/// inside its paragraphs (a constructed text): each paragraph is one, its
/// text joined and its span over the raw bytes, the break inside; a
/// heading after a break starts its block; the issuer over the date stays
/// the signature.
#[test]
fn word_manual_line_breaks_inside_paragraphs() {
    let text = "某某区人民政府办公室关于做好防汛工作的通知\n各街道办事处：\n为切实做好今年防汛工作，\u{b}现将有关事项通知如下。\n\
                一、加强组织领导\n各街道要落实防汛责任，\u{b}健全工作机制。\u{b}（一）开展隐患排查。\u{b}区水务局负责，6月底前完成。\n\
                某某区人民政府办公室\u{b}2025年5月6日\n";
    let doc = gongwen::parse(text).expect("parses");
    let notice = doc.notice.as_ref().expect("a notice");
    assert_eq!(notice.issuers.iter().map(|i| i.as_ref()).collect::<Vec<_>>(), ["某某区人民政府办公室"]);
    assert_eq!(notice.date.as_deref(), Some("2025-05-06"));
    let body: Vec<&str> = doc.preamble.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(body, ["为切实做好今年防汛工作，现将有关事项通知如下。"]);
    let span = doc.preamble[0].span;
    assert_eq!(text[span.start..span.end].replace('\u{b}', ""), body[0]);
    let section = &doc.sections[0];
    assert_eq!(section.title.as_deref(), Some("加强组织领导"));
    let texts: Vec<&str> = section.paragraphs.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(texts, ["各街道要落实防汛责任，健全工作机制。"]);
    let item = &section.children[0];
    assert_eq!((item.marker.as_ref(), item.title.as_deref()), ("（一）", Some("开展隐患排查")));
    let r = &item.responsibilities[0];
    assert_eq!(r.agencies[0].name, "区水务局");
    assert_eq!(r.deadline.as_ref().and_then(|d| d.by.as_deref()), Some("2025-06-30"));
}
