//! Red team of the numbering forms left over by the first numbering red
//! team (`tests/redteam_numbering.rs`) and of national and local standards:
//! letter lists (`a)` `a）` `（a）` `a.`, GB/T 1.1's list items and some
//! 办法's), lowercase roman lists (`i.` `ii.`), circled ideographs (`㊀`
//! U+3280…), roman parts in latin capitals (`I.` `II.`), a roman part glued
//! into one-line text, a standard's clauses with ONE space between number,
//! title and text (one line), terms with their English equivalent, an
//! appendix `附录A（规范性）`, and parts (第一篇) above chapters with
//! divisions (第一节) under them. Constructed documents under
//! `tests/data/redteam_numbering2/` (own text: U+3000 indentation, one
//! line, markdown), with the facts a reader expects, written down before
//! the parser was run on them.
//!
//! The readings chosen: a lowercase letter with a closing bracket or a dot
//! is a list item of kind `letter`, numbered by its place in the alphabet,
//! ranked below （1） and above `1)` (GB/T 1.1 nests `1)` under `a)`); a
//! lowercase roman numeral (`ii.`) is read as a letter item numbered by its
//! value, and `i`, `v`, `x` alone are roman unless the letter before them
//! leads to them (`h)` `i)`); `㊀` is the style of `（一）` as `㈠` is;
//! `I.` `II.` `IV.` are parts as `Ⅰ．` is.

use gongwen::{Block, Document, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{block, diags, parse, roles, shape, texts, tree};

fn read(name: &str) -> String {
    redteam::read("redteam_numbering2", name)
}

use Role::{Lead, Responsible, Support};

#[test]
fn a_standard_with_letter_lists_terms_and_an_appendix() {
    let text = read("01-standard-indented.txt");
    let doc = parse(&text);
    assert_eq!(
        shape(&doc),
        [
            (0, "decimal", 1, "1"),
            (0, "decimal", 2, "2"),
            (0, "decimal", 3, "3"),
            (1, "decimal", 1, "3.1"),
            (1, "decimal", 2, "3.2"),
            (0, "decimal", 4, "4"),
            (1, "letter", 1, "a）"),
            (1, "letter", 2, "b）"),
            (2, "paren-item", 1, "1）"),
            (2, "paren-item", 2, "2）"),
            (1, "letter", 3, "c）"),
            (0, "decimal", 5, "5"),
            (1, "decimal", 1, "5.1"),
            (2, "letter", 1, "a）"),
            (2, "letter", 2, "b）"),
            (1, "decimal", 2, "5.2"),
        ]
    );
    let titles: Vec<_> = tree(&doc).into_iter().filter(|x| x.1 == "decimal").map(|x| x.4).collect();
    assert_eq!(
        titles,
        [
            Some("范围"),
            Some("规范性引用文件"),
            Some("术语和定义"),
            Some("政务数据\u{3000}government data"),
            Some("数据分级\u{3000}data grading"),
            Some("分级分类原则"),
            Some("分级方法"),
            Some("一般要求"),
            Some("定级流程"),
        ]
    );
    assert_eq!(texts(block(&doc, "3.1", "政务数据")), ["各级政务部门在履行职责过程中依法采集、产生的数据。"]);
    let all = redteam::all_texts(&doc);
    for needle in ["合法合规；", "覆盖全部业务；", "动态调整。", "明确定级对象；"] {
        assert!(all.iter().any(|t| t.contains(needle)), "{needle}: {all:?}");
    }
    // the appendix: numbered by its letter, its note of kind skipped
    assert_eq!(doc.attachments.len(), 1);
    assert_eq!(doc.attachments[0].title, "政务数据分类示例");
    // the foreword and introduction stay before the outline
    assert!(doc.preamble.iter().any(|p| p.text.contains("本文件由某某省大数据局提出并归口")), "{:?}", doc.preamble);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn a_standard_on_one_line_with_one_space_after_each_number() {
    let text = read("02-standard-oneline.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("公共数据开放安全管理规范"));
    assert_eq!(
        tree(&doc),
        [
            (0, "decimal", 1, "1", Some("范围")),
            (0, "decimal", 2, "2", Some("规范性引用文件")),
            (0, "decimal", 3, "3", Some("术语和定义")),
            (1, "decimal", 1, "3.1", Some("公共数据 public data")),
            (1, "decimal", 2, "3.2", Some("开放 opening")),
            (0, "decimal", 4, "4", Some("管理要求")),
            (1, "decimal", 1, "4.1", Some("职责分工")),
            (1, "decimal", 2, "4.2", Some("开放清单")),
            (0, "decimal", 5, "5", Some("技术要求")),
            (1, "decimal", 1, "5.1", Some("接口安全")),
            (1, "decimal", 2, "5.2", Some("日志审计")),
        ]
    );
    assert_eq!(texts(block(&doc, "3.1", "公共数据")), ["公共管理和服务机构在依法履职过程中产生的数据。"]);
    assert_eq!(texts(block(&doc, "4.2", "开放清单")), ["应编制公共数据开放清单并动态更新。"]);
    assert_eq!(texts(block(&doc, "5.2", "日志审计")), ["应留存开放操作日志不少于六个月。"]);
    // the title's raw bytes: the title as written
    let b = block(&doc, "5.1", "接口安全");
    let span = b.title_span.unwrap();
    assert_eq!(&text[span.start..span.end], "接口安全");
    // a term's English equivalent is no foreign insertion
    assert_eq!(diags(&text, &doc, "foreign-"), []);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
}

#[test]
fn letter_lists_under_articles_and_items() {
    let text = read("03-banfa-letters.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某市政务数据共享管理办法"));
    assert_eq!(
        shape(&doc),
        [
            (0, "article", 1, "第一条"),
            (0, "article", 2, "第二条"),
            (1, "letter", 1, "a）"),
            (1, "letter", 2, "b）"),
            (1, "letter", 3, "c）"),
            (0, "article", 3, "第三条"),
            (1, "letter", 1, "（a）"),
            (1, "letter", 2, "（b）"),
            (1, "letter", 3, "（c）"),
            (0, "article", 4, "第四条"),
            (1, "item", 1, "1."),
            (2, "letter", 1, "a."),
            (2, "letter", 2, "b."),
            (1, "item", 2, "2."),
            (0, "article", 5, "第五条"),
        ]
    );
    let all = redteam::all_texts(&doc);
    for needle in ["以共享为原则、不共享为例外；", "组织编制政务数据共享目录；", "字段齐全；", "格式规范。"]
    {
        assert!(all.iter().any(|t| t.contains(needle)), "{needle}: {all:?}");
    }
    assert_eq!(diags(&text, &doc, "numbering-"), []);
    let b = doc.blocks().find(|b| b.marker == "（b）").unwrap();
    assert_eq!(&text[b.marker_span.start..b.marker_span.end], "（b）");
}

#[test]
fn circled_ideographs_and_a_lowercase_roman_list_in_markdown() {
    let text = read("04-circled-ideographs.md.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某县乡村振兴重点工作方案"));
    assert_eq!(
        tree(&doc),
        [
            (0, "section", 1, "一、", Some("总体要求")),
            (0, "section", 2, "二、", Some("重点任务")),
            (1, "subsection", 1, "㊀", Some("产业振兴")),
            (2, "item", 1, "1.", Some("发展特色产业")),
            (2, "item", 2, "2.", Some("培育经营主体")),
            (1, "subsection", 2, "㊁", Some("人才振兴")),
            (2, "item", 1, "1.", Some("培育乡土人才")),
            (1, "subsection", 3, "㊂", Some("文化振兴")),
            (0, "section", 3, "三、", Some("保障措施")),
            (1, "letter", 1, "i.", Some("加强资金保障")),
            (1, "letter", 2, "ii.", Some("加强督导考核")),
            (1, "letter", 3, "iii.", Some("营造良好氛围")),
        ]
    );
    assert_eq!(roles(block(&doc, "1.", "发展特色产业")), [vec![("县农业农村局", Lead), ("各乡镇", Support)]]);
    assert_eq!(roles(block(&doc, "ii.", "加强督导考核")), [vec![("县委督查室", Responsible)]]);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
}

#[test]
fn parts_in_latin_capitals_over_sections() {
    let text = read("05-latin-roman-parts.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某市交通运输局2025年工作总结和2026年工作思路"));
    assert_eq!(
        tree(&doc),
        [
            (0, "part", 1, "I.", Some("2025年工作总结")),
            (1, "section", 1, "一、", Some("基础设施建设提速")),
            (1, "section", 2, "二、", Some("运输服务提质")),
            (0, "part", 2, "II.", Some("存在的问题")),
            (1, "section", 1, "一、", Some("项目储备不足")),
            (1, "section", 2, "二、", Some("资金压力较大")),
            (0, "part", 3, "III.", Some("2026年工作思路")),
            (1, "section", 1, "一、", Some("加快重大项目建设")),
            (2, "subsection", 1, "（一）", Some("推进高速公路建设")),
            (2, "subsection", 2, "（二）", Some("实施农村公路提升工程")),
            (1, "section", 2, "二、", Some("提升运输服务水平")),
        ]
    );
    // (a bare 沿线各区 is not read as a body: the lead alone)
    assert_eq!(roles(block(&doc, "（一）", "推进高速公路建设")), [vec![("市交通运输局", Lead)]]);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
    let b = block(&doc, "III.", "2026年工作思路");
    assert_eq!(&text[b.marker_span.start..b.marker_span.end], "III.");
}

#[test]
fn roman_parts_glued_into_a_one_line_report() {
    let text = read("06-roman-oneline.txt");
    let doc = parse(&text);
    let (title, _, addressees, issuers, date) = redteam::notice(&doc);
    assert_eq!(title, Some("关于2025年度法治政府建设情况的报告"));
    assert_eq!(addressees, ["市人民政府"]);
    assert_eq!(issuers, ["某某市交通运输局"]);
    assert_eq!(date, Some("2025-12-20"));
    assert_eq!(
        tree(&doc),
        [
            (0, "part", 1, "Ⅰ．", Some("主要工作")),
            (1, "subsection", 1, "（一）", Some("健全制度体系")),
            (1, "subsection", 2, "（二）", Some("规范执法行为")),
            (0, "part", 2, "Ⅱ．", Some("存在的不足")),
            (1, "subsection", 1, "（一）", Some("执法人员能力有待提升")),
            (0, "part", 3, "Ⅲ．", Some("下一步工作")),
            (1, "subsection", 1, "（一）", Some("加强执法培训")),
            (1, "subsection", 2, "（二）", Some("强化执法监督")),
        ]
    );
    // (a bureau's own divisions, 局法规处 and 各执法支队, are not read as
    // bodies: no responsibility)
    assert!(roles(block(&doc, "（一）", "加强执法培训")).is_empty());
    assert_eq!(texts(block(&doc, "（二）", "强化执法监督")), ["局督察室负责。"]);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
}

#[test]
fn parts_above_chapters_and_divisions_under_them() {
    let text = read("07-parts-and-divisions.txt");
    let doc = parse(&text);
    assert_eq!(
        tree(&doc),
        [
            (0, "part", 1, "第一篇", Some("开启新征程")),
            (1, "chapter", 1, "第一章", Some("发展环境")),
            (2, "division", 1, "第一节", Some("发展基础")),
            (2, "division", 2, "第二节", Some("机遇挑战")),
            (1, "chapter", 2, "第二章", Some("总体要求")),
            (0, "part", 2, "第二篇", Some("建设现代化产业体系")),
            (1, "chapter", 3, "第三章", Some("壮大先进制造业")),
            (2, "division", 1, "第一节", Some("培育产业集群")),
            (2, "division", 2, "第二节", Some("推动数字化转型")),
            (1, "chapter", 4, "第四章", Some("发展现代服务业")),
        ]
    );
    assert_eq!(texts(block(&doc, "第一节", "发展基础")), ["“十四五”时期，全市经济实力显著增强。"]);
    assert_eq!(
        roles(block(&doc, "第一节", "培育产业集群")),
        [vec![("市工业和信息化局", Lead), ("市发展改革委", Support)]]
    );
    assert_eq!(diags(&text, &doc, "numbering-"), []);
}

/// The audit sees the new forms at heading positions, and finds nothing
/// to flag where they are built.
#[test]
fn the_audit_sees_the_new_forms() {
    for name in ["01-standard-indented.txt", "03-banfa-letters.txt", "05-latin-roman-parts.txt"] {
        let text = read(name);
        let report = gongwen::audit::audit(&text);
        assert!(report.is_clean(), "{name}: {report:?}");
        assert!(report.headings_built == report.headings_seen && report.headings_seen > 5, "{name}: {report:?}");
    }
}

/// The letter lists of the 办法 with every line break removed: a letter
/// that continues its list starts a line after a sentence end or semicolon.
#[test]
fn letter_lists_run_on_in_one_line() {
    let text = read("03-banfa-letters.txt");
    let joined = text.replace('\n', "");
    let (a, b) = (parse(&text), parse(&joined));
    assert_eq!(shape(&b), shape(&a));
}

/// A code's 分编 between its 编 and its chapters: the chapters restart in
/// each 编 and run on across its 分编.
#[test]
fn subparts_between_parts_and_chapters() {
    let text = read("08-code-subparts.txt");
    let doc = parse(&text);
    assert_eq!(
        tree(&doc),
        [
            (0, "part", 1, "第一编", Some("总则")),
            (1, "chapter", 1, "第一章", Some("基本规定")),
            (2, "article", 1, "第一条", None),
            (0, "part", 2, "第二编", Some("合同")),
            (1, "subpart", 1, "第一分编", Some("通则")),
            (2, "chapter", 1, "第一章", Some("一般规定")),
            (3, "article", 2, "第二条", None),
            (2, "chapter", 2, "第二章", Some("合同的订立")),
            (3, "division", 1, "第一节", Some("一般规定")),
            (4, "article", 3, "第三条", None),
            (3, "division", 2, "第二节", Some("特别规定")),
            (4, "article", 4, "第四条", None),
            (1, "subpart", 2, "第二分编", Some("典型合同")),
            (2, "chapter", 3, "第三章", Some("服务合同")),
            (3, "article", 5, "第五条", None),
        ]
    );
    assert_eq!(texts(block_at(&doc, "第五条")), ["服务合同是服务提供者向服务接受者提供服务的合同。"]);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
    let report = gongwen::audit::audit(&text);
    assert!(report.is_clean() && report.headings_built == report.headings_seen, "{report:?}");
    // with every line break removed, the same tree
    let joined = text.replace('\n', "");
    assert_eq!(shape(&parse(&joined)), shape(&doc));
}

/// The first block with this marker.
fn block_at<'d>(doc: &'d Document<'_>, marker: &str) -> &'d Block<'d> {
    doc.blocks().find(|b| b.marker == marker).unwrap_or_else(|| panic!("no block {marker}"))
}
