//! Red team of numbering forms that Word exports, older scans and local
//! governments print and the 公文 templates do not: enclosed numerals
//! (`㈠` U+3220…, `⑴` U+2474…, `⒈` U+2488…), numbers closed by a bracket
//! alone (`1）` `1)`), roman numerals (`Ⅰ．` `Ⅱ、` U+2160…), and the forms
//! around them that read already (`（１）`, `(一)`, `一．`, `1．`, `第一部分`)
//! or are no heading at all (`一是…，二是…`, `第一，…`, `甲、乙双方`,
//! `（甲）类`, `Ⅰ、Ⅱ类放射源`). Constructed documents under
//! `tests/data/redteam_numbering/` (own text: lines, U+3000 indentation, a
//! notice frame, one line, markdown), with the facts a reader expects,
//! written down before the parser was run on them.
//!
//! The readings chosen: `㈠` is the style of `（一）` (kind `subsection`),
//! `⑴` of `（1）` (`subitem`), `⒈` of `1.` (`item`), `①` stays `circled`;
//! `1）` / `1)` is a style of its own (kind `paren-item`), ranked below
//! `（1）` and above `①`, so it nests under `（1）` where both are printed
//! and under `1.` where it stands for `（1）`; a roman numeral with a mark
//! after it (`Ⅰ．` `Ⅱ、` `Ⅲ.`) is a top-level part (kind `part`, as
//! `第一部分`). The marker keeps the text as written, the number is its value.

use gongwen::Role;

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{block, diags, parse, roles, shape, texts, tree};

fn read(name: &str) -> String {
    redteam::read("redteam_numbering", name)
}

use Role::{Lead, Responsible, Support};

#[test]
fn enclosed_numerals_under_a_title_with_no_frame() {
    let text = read("01-enclosed-title.txt");
    let doc = parse(&text);
    // the title stops before ㈠: a marker, not the title's second line
    assert_eq!(doc.title.as_deref(), Some("某某县农村人居环境整治工作方案"));
    assert!(doc.preamble.is_empty(), "{:?}", doc.preamble);
    assert_eq!(
        tree(&doc),
        [
            (0, "subsection", 1, "㈠", Some("总体目标")),
            (0, "subsection", 2, "㈡", Some("重点任务")),
            (1, "item", 1, "⒈", Some("推进厕所革命")),
            (1, "item", 2, "⒉", Some("治理生活污水")),
            (2, "subitem", 1, "⑴", Some("加强管网建设")),
            (2, "subitem", 2, "⑵", Some("规范运行维护")),
            (1, "item", 3, "⒊", Some("整治村容村貌")),
            (0, "subsection", 3, "㈢", Some("保障措施")),
        ]
    );
    assert_eq!(texts(block(&doc, "㈠", "总体目标")), ["到2026年底，全县农村生活垃圾收运处置体系实现全覆盖。"]);
    assert_eq!(roles(block(&doc, "⒈", "推进厕所革命")), [vec![("县农业农村局", Lead), ("县卫生健康局", Support)]]);
    assert_eq!(roles(block(&doc, "⑵", "规范运行维护")), [vec![("县住房城乡建设局", Responsible)]]);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
    // the marker's span is the enclosed character, three bytes
    let b = block(&doc, "⒊", "整治村容村貌");
    assert_eq!(&text[b.marker_span.start..b.marker_span.end], "⒊");
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn enclosed_numerals_indented_in_a_notice_past_ten() {
    let text = read("02-enclosed-indented.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某府办发〔2025〕21号"));
    assert_eq!(n.date.as_deref(), Some("2025-05-08"));
    assert_eq!(doc.title.as_deref(), Some("某某市城市更新行动实施方案"));
    let t = tree(&doc);
    let subitems: Vec<_> = t.iter().filter(|x| x.1 == "subitem").map(|x| (x.0, x.2, x.3)).collect();
    let expected: Vec<_> = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿".chars().zip(1..).map(|(c, i)| (2, i, c)).collect();
    assert_eq!(subitems.len(), 12);
    for ((d, n, m), (ed, en, ec)) in subitems.iter().zip(&expected) {
        assert_eq!((*d, *n, m.chars().next().unwrap()), (*ed, *en, *ec));
    }
    assert_eq!(
        t.iter().filter(|x| x.1 != "subitem").cloned().collect::<Vec<_>>(),
        [
            (0, "section", 1, "一、", Some("工作目标")),
            (0, "section", 2, "二、", Some("主要任务")),
            (1, "subsection", 1, "㈠", Some("推进老旧小区改造")),
            (1, "subsection", 2, "㈡", Some("实施城市生命线工程")),
            (2, "item", 1, "⒈", Some("燃气管网")),
            (2, "item", 2, "⒉", Some("供水管网")),
            (0, "section", 3, "三、", Some("保障措施")),
            (1, "subsection", 1, "㈠", Some("强化组织领导")),
            (1, "subsection", 2, "㈡", Some("加强资金保障")),
        ]
    );
    assert_eq!(block(&doc, "⑽", "完善养老托育设施").number, 10);
    assert_eq!(
        roles(block(&doc, "⑿", "建立长效机制")),
        [vec![("市住房城乡建设委", Lead), ("各区人民政府", Responsible)]]
    );
    assert_eq!(roles(block(&doc, "⒈", "燃气管网")), [vec![("市城市管理委", Lead)]]);
    assert_eq!(roles(block(&doc, "⒉", "供水管网")), [vec![("市水务局", Lead)]]);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn numbering_checks_see_the_enclosed_forms() {
    let text = read("03-enclosed-gaps.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某区安全生产专项整治实施方案"));
    assert_eq!(
        tree(&doc).iter().map(|x| (x.0, x.2, x.3)).collect::<Vec<_>>(),
        [
            (0, 1, "一、"),
            (1, 1, "㈠"),
            (1, 2, "㈡"),
            (1, 4, "㈣"),
            (0, 2, "二、"),
            (1, 1, "⒈"),
            (1, 2, "⒉"),
            (1, 2, "⒉"),
            (1, 4, "⒋")
        ]
    );
    assert_eq!(
        diags(&text, &doc, "numbering-"),
        [
            ("numbering-gap".to_owned(), "㈣"),
            ("numbering-duplicate".to_owned(), "⒉"),
            ("numbering-gap".to_owned(), "⒋"),
        ]
    );
}

#[test]
fn a_number_closed_by_a_bracket_is_the_level_below_subitems() {
    let text = read("04-half-paren-below.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.issuers, ["某某省教育厅"]);
    assert_eq!(n.date.as_deref(), Some("2025-03-01"));
    assert_eq!(
        tree(&doc),
        [
            (0, "section", 1, "一、", Some("压实安全责任")),
            (1, "subsection", 1, "（一）", Some("健全工作机制")),
            (2, "item", 1, "1.", Some("明确职责分工")),
            (3, "subitem", 1, "（1）", Some("学校层面")),
            (4, "paren-item", 1, "1）", Some("校长是第一责任人")),
            (4, "paren-item", 2, "2）", Some("分管校领导具体负责")),
            (4, "paren-item", 3, "3）", Some("班主任负责本班安全教育")),
            (3, "subitem", 2, "（2）", Some("家庭层面")),
            (4, "paren-item", 1, "1)", Some("家长履行监护责任")),
            (4, "paren-item", 2, "2)", Some("配合学校开展教育")),
            (5, "circled", 1, "①", Some("签订安全责任书")),
            (5, "circled", 2, "②", Some("参加家长会")),
            (2, "item", 2, "2.", Some("加强安全检查")),
            (0, "section", 2, "二、", Some("加强安全教育")),
        ]
    );
    assert_eq!(roles(block(&doc, "2）", "分管校领导")), [vec![("各市教育局", Responsible)]]);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn a_number_closed_by_a_bracket_in_place_of_subitems() {
    let text = read("05-half-paren-as-subitem.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某街道2025年社区治理工作要点"));
    assert_eq!(
        tree(&doc),
        [
            (0, "section", 1, "一、", Some("加强基层党建")),
            (1, "subsection", 1, "（一）", Some("夯实组织基础")),
            (2, "item", 1, "1.", Some("规范党组织设置")),
            (3, "paren-item", 1, "1）", Some("新建小区同步建立党组织")),
            (3, "paren-item", 2, "2）", Some("物业企业建立党组织")),
            (2, "item", 2, "2.", Some("强化党员管理")),
            (3, "paren-item", 1, "1）", Some("开展党员亮身份活动")),
            (1, "subsection", 2, "（二）", Some("推进共建共治")),
            (0, "section", 2, "二、", Some("提升服务水平")),
        ]
    );
    assert_eq!(roles(block(&doc, "2）", "物业企业")), [vec![("街道党建办", Lead)]]);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
}

#[test]
fn roman_numerals_are_top_level_parts() {
    let text = read("06-roman.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某市生态环境局2024年工作总结和2025年工作计划"));
    assert_eq!(
        tree(&doc),
        [
            (0, "part", 1, "Ⅰ．", Some("2024年工作总结")),
            (1, "section", 1, "一、", Some("环境质量持续改善")),
            (1, "section", 2, "二、", Some("污染防治攻坚深入推进")),
            (0, "part", 2, "Ⅱ、", Some("2025年工作计划")),
            (1, "section", 1, "一、", Some("深入打好蓝天保卫战")),
            (2, "subsection", 1, "（一）", Some("推进重点行业超低排放改造")),
            (1, "section", 2, "二、", Some("深入打好碧水保卫战")),
            (0, "part", 3, "Ⅲ.", Some("保障措施")),
        ]
    );
    // classes listed in prose (Ⅰ、Ⅱ类) are no part
    assert_eq!(texts(block(&doc, "二、", "污染防治")), ["Ⅰ、Ⅱ类放射源全部纳入在线监控，实现动态管理。"]);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
}

#[test]
fn enclosed_numerals_run_on_in_one_line() {
    let text = read("07-oneline.txt");
    assert!(!text.contains('\n'));
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某镇农村公路养护管理工作方案"));
    assert_eq!(
        tree(&doc).iter().map(|x| (x.0, x.3, x.4)).collect::<Vec<_>>(),
        [
            (0, "一、", Some("工作目标")),
            (0, "二、", Some("主要任务")),
            (1, "㈠", Some("落实养护责任")),
            (2, "⑴", Some("明确养护主体")),
            (2, "⑵", Some("保障养护资金")),
            (1, "㈡", Some("开展专项整治")),
            (2, "⒈", Some("整治路域环境")),
            (2, "⒉", Some("排查危桥险段")),
            (0, "三、", Some("保障措施")),
        ]
    );
    assert_eq!(roles(block(&doc, "⑵", "保障养护资金")), [vec![("镇财政所", Responsible)]]);
    assert_eq!(diags(&text, &doc, "numbering-"), []);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn enclosed_numerals_in_markdown() {
    let text = read("08-markdown.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某区智慧社区建设三年行动方案"));
    assert_eq!(
        tree(&doc),
        [
            (0, "section", 1, "一、", Some("总体要求")),
            (0, "section", 2, "二、", Some("重点任务")),
            (1, "subsection", 1, "㈠", Some("建设社区数据平台")),
            (2, "subitem", 1, "⑴", Some("汇聚基础数据")),
            (2, "subitem", 2, "⑵", Some("推动数据共享")),
            (1, "subsection", 2, "㈡", Some("拓展智慧应用场景")),
            (2, "item", 1, "⒈", Some("智慧养老")),
            (2, "item", 2, "⒉", Some("智慧安防")),
            (0, "section", 3, "三、", Some("保障措施")),
        ]
    );
    assert_eq!(roles(block(&doc, "⑴", "汇聚基础数据")), [vec![("区数据局", Lead)]]);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn forms_that_read_already_and_enumerations_that_are_no_headings() {
    let text = read("09-other-forms.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某县促进民营经济发展若干措施"));
    assert_eq!(
        tree(&doc),
        [
            (0, "part", 1, "第一部分", Some("营商环境")),
            (1, "section", 1, "一．", Some("优化审批服务")),
            (2, "subitem", 1, "（１）", Some("推行告知承诺制")),
            (2, "subitem", 2, "（２）", Some("压缩审批时限")),
            (2, "subsection", 1, "(一)", Some("完善政策体系")),
            (3, "item", 1, "1．", Some("落实减税降费政策")),
            (3, "item", 2, "2、", Some("加大金融支持")),
            (0, "part", 2, "第二部分", Some("保障措施")),
            (1, "section", 2, "二.", Some("强化组织保障")),
        ]
    );
    // run-in enumerations and the heavenly stems of prose stay text
    assert_eq!(
        texts(block(&doc, "2、", "加大金融支持")),
        [
            "一是强化融资担保，二是推广信用贷款。",
            "第一，降低企业用电成本；第二，降低物流成本。",
            "甲、乙双方应当依法签订合同。",
            "（甲）类项目由县发展改革局审批。",
        ]
    );
}

/// The audit sees the new forms at heading positions: where they are
/// built, nothing is flagged; where a line holds one the tree does not
/// (a paragraph that starts with it), it is.
#[test]
fn the_audit_sees_the_new_forms() {
    for name in ["01-enclosed-title.txt", "04-half-paren-below.txt", "06-roman.txt", "07-oneline.txt"] {
        let text = read(name);
        let report = gongwen::audit::audit(&text);
        assert!(report.is_clean(), "{name}: {report:?}");
        assert!(report.headings_built == report.headings_seen && report.headings_seen > 5, "{name}: {report:?}");
    }
}

/// The same block tree with every line break removed (a scrape that lost
/// them): the new forms run on after a sentence end or a title. (Not the
/// document with gaps: in a run-on line a heading is cut where it
/// continues the numbering, ㈣ after ㈡ no more than （四） after （二）; nor
/// the roman parts: a part glued to the title of the section before it,
/// `二、深入打好碧水保卫战Ⅲ.保障措施`, is not cut, no more than
/// `…碧水保卫战第三部分保障措施` is; a markdown text without its line
/// breaks is no markdown.)
#[test]
fn the_same_trees_with_every_line_break_removed() {
    for name in ["01-enclosed-title.txt", "04-half-paren-below.txt", "05-half-paren-as-subitem.txt"] {
        let text = read(name);
        let joined = text.replace('\n', "");
        let (a, b) = (parse(&text), parse(&joined));
        assert_eq!(shape(&b), shape(&a), "{name}");
    }
}
