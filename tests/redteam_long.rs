//! Red team of long structured documents: plans (规划: 第一篇 / 第一章 /
//! 第一节 / 一、 / （一）, 专栏 boxes with indicator tables and lists of
//! projects, indicator tables — tab-separated, pipe or flattened one cell
//! per line —, 表/图 captions, 附表), emergency plans (应急预案: decimal
//! outlines to three levels, response levels Ⅰ级/一级, the duties of each
//! body `市应急管理局：负责…`, 附件 lists), technical guides and standards
//! (范围 / 规范性引用文件 / 术语和定义, 注1：, 附录A), policy
//! interpretations and Q&A pages (问：/答：, `1.问：`, `一、问：`, press
//! conference transcripts), and yearly key points (工作要点: 1. items ending
//! in bracketed or unbracketed labels, 一季度/上半年/三季度 deadlines):
//! constructed documents under `tests/data/redteam_long/` (own text, every
//! level from 部委 to 县; clean text, full-width indentation and digits,
//! CRLF, markdown with a metadata header, `<p>` residue, tab-separated
//! tables, a whole text on one line), with the facts a reader expects,
//! written down before the parser was run on them.
//!
//! Forms exercised that the corpus lacks or holds rarely: indicator tables
//! (指标 | 2020年 | 2025年 | 属性, 类别 | 指标 | …) in boxes, tab-separated
//! and pipe; a box's note (注：) and dashed list (——…工程。); `专栏 1` and
//! `专栏三`; the first sections of a standard with no numbers under them
//! (1　范围 / 2　规范性引用文件); clauses that recommend (宜); 附录A with its
//! note of kind; duties of a ministry's 司; deadlines without a year in
//! key points printed without their notice (the year from the title); a
//! deadline or a role word after the bodies of a label
//! (（责任单位：A，下半年完成）, （责任单位：A，B配合）); 牵头处室 labels;
//! speakers of a transcript (主持人：, 某某日报记者：); a key points'
//! lead-in ending in 是：; 发布机关 in a markdown metadata header; a
//! standard's cover (its class and number over its title) and 前言.
//!
//! Two forms still fail and are kept as ignored tests: a Q&A page and a
//! standard whose whole text is on one line with single ASCII spaces (the
//! spaces cleaning removes between CJK characters were the only boundary
//! between a title and the text).

use gongwen::{Block, BlockKind, Document, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{block, parse, roles, texts};

fn read(name: &str) -> String {
    redteam::read("redteam_long", name)
}

/// `marker title` of each block, indented by depth.
fn outline(doc: &Document<'_>) -> Vec<String> {
    fn walk(blocks: &[Block<'_>], depth: usize, out: &mut Vec<String>) {
        for b in blocks {
            out.push(format!("{}{} {}", "  ".repeat(depth), b.marker, b.title.as_deref().unwrap_or("")));
            walk(&b.children, depth + 1, out);
        }
    }
    let mut out = Vec::new();
    walk(&doc.sections, 0, &mut out);
    out
}

/// The codes of the document's diagnostics.
fn codes<'d>(doc: &'d Document<'_>) -> Vec<&'d str> {
    doc.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

fn no_numbering_warnings(doc: &Document<'_>) {
    let numbering: Vec<_> = codes(doc).into_iter().filter(|c| c.starts_with("numbering")).collect();
    assert!(numbering.is_empty(), "{numbering:?}");
}

/// (text, by) of the deadline of the block's first clause.
fn due<'d>(b: &'d Block<'_>) -> Option<(&'d str, Option<&'d str>)> {
    b.responsibilities.first().and_then(|r| r.deadline.as_deref()).map(|d| (d.text.as_ref(), d.by.as_deref()))
}

/// The first block of the kind whose marker is `marker`.
fn first<'d>(doc: &'d Document<'_>, kind: BlockKind, marker: &str) -> &'d Block<'d> {
    doc.blocks().find(|b| b.kind == kind && b.marker == marker).unwrap_or_else(|| panic!("no {kind:?} {marker}"))
}

/// Column names of a table.
fn columns<'d>(t: &'d gongwen::Table<'_>) -> Vec<&'d str> {
    t.columns.iter().map(|c| c.name.as_ref()).collect()
}

use Role::{Lead, Responsible, Support};

#[test]
fn city_five_year_plan_with_chapters_sections_and_boxes() {
    let text = read("01-city-fyp-chapters.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政发〔2021〕18号"));
    assert_eq!(n.issuers, ["某某市人民政府"]);
    assert_eq!(n.date.as_deref(), Some("2021-09-30"));
    assert_eq!(doc.title.as_deref(), Some("某某市“十四五”生态环境保护规划"));
    assert_eq!(
        outline(&doc),
        [
            "第一章 发展基础与形势",
            "  第一节 “十三五”取得的成效",
            "  第二节 面临的形势",
            "第二章 总体要求",
            "  第一节 指导思想",
            "  第二节 主要目标",
            "    专栏1 “十四五”生态环境保护主要指标",
            "第三章 深入打好污染防治攻坚战",
            "  第一节 持续改善大气环境质量",
            "    一、 加强细颗粒物和臭氧协同控制",
            "      （一） 推进重点行业深度治理",
            "      （二） 强化移动源污染防治",
            "    二、 加强扬尘污染治理",
            "      专栏2 大气污染防治重点工程",
            "        1． 钢铁行业超低排放改造工程",
            "        2． 挥发性有机物综合治理工程",
            "        3． 柴油货车污染治理工程",
            "  第二节 全面提升水环境质量",
            "第四章 保障措施",
        ]
    );
    // the indicator table of the box: a table, not the box's paragraphs
    let b = first(&doc, BlockKind::Box, "专栏1");
    assert!(b.paragraphs.is_empty());
    let t = &b.tables()[0];
    assert_eq!(columns(t), ["指标", "2020年", "2025年", "属性"]);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[2].cells[0].text, "森林覆盖率（%）");
    let b = block(&doc, "（一）", "推进重点行业深度治理");
    assert_eq!(roles(b), [vec![("市生态环境局", Lead), ("市工业和信息化局", Support)]]);
    assert_eq!(due(b), Some(("2023年底前", Some("2023-12-31"))));
    let b = block(&doc, "（二）", "强化移动源污染防治");
    assert_eq!(roles(b), [vec![("市交通运输局", Responsible), ("市公安局", Responsible)]]);
    no_numbering_warnings(&doc);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn county_emergency_plan_crlf_three_decimal_levels_and_duties() {
    let text = read("02-county-flood-plan-crlf.txt");
    assert!(text.contains("\r\n"));
    let doc = parse(&text);
    assert!(doc.notice.is_none());
    assert_eq!(doc.title.as_deref(), Some("某某县防汛抗旱应急预案"));
    let outlines: Vec<Vec<u32>> = doc.blocks().map(|b| b.outline().unwrap_or(&[]).to_vec()).collect();
    assert_eq!(outlines.len(), 18);
    assert_eq!(outlines[10], [3, 2, 1]);
    assert_eq!(outlines[17], [4, 2]);
    let b = first(&doc, BlockKind::Decimal, "3.2");
    assert_eq!(b.title.as_deref(), Some("Ⅰ级响应"));
    assert_eq!(b.children.len(), 2);
    // 县应急管理局：负责… — one duty each
    let b = block(&doc, "2.2", "成员单位职责");
    assert_eq!(
        roles(b),
        [
            vec![("县应急管理局", Responsible)],
            vec![("县水利局", Responsible)],
            vec![("县气象局", Responsible)],
            vec![("县公安局", Responsible)]
        ]
    );
    let titles: Vec<_> = doc.attachments.iter().map(|a| (a.number, a.title.as_ref())).collect();
    assert_eq!(titles, [(Some(1), "县防汛抗旱指挥部成员名单"), (Some(2), "县防汛抗旱应急响应流程图")]);
    no_numbering_warnings(&doc);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn technical_guide_with_terms_notes_and_a_lettered_appendix() {
    let text = read("03-tech-guide-appendix.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("城镇老旧小区改造技术导则"));
    // 1　范围 and 2　规范性引用文件 have no numbers under them: sections still
    assert!(doc.preamble.is_empty());
    let top: Vec<_> = doc.sections.iter().map(|b| b.title.as_deref().unwrap_or("")).collect();
    assert_eq!(top, ["范围", "规范性引用文件", "术语和定义", "基本要求", "改造内容"]);
    assert_eq!(texts(&doc.sections[1])[2], "GB 50180　城市居住区规划设计标准");
    // notes stay with the term they explain
    let b = block(&doc, "3.2", "完整居住社区");
    assert_eq!(
        texts(b)[1..],
        ["注1：适宜步行范围一般为5分钟至10分钟步行距离。", "注2：完整居住社区的规模一般为0.5万人至1.2万人。"]
    );
    // a clause that states a provision (应, 宜) has no run-in title
    for marker in ["4.1", "5.1.2", "5.2.1"] {
        let b = first(&doc, BlockKind::Decimal, marker);
        assert_eq!(b.title, None, "{marker}");
        assert_eq!(b.paragraphs.len(), 1, "{marker}");
    }
    // 附录A（资料性）and its title: an attachment, not text of 5.2.1
    assert_eq!(doc.attachments.len(), 1);
    let a = &doc.attachments[0];
    assert_eq!((a.number, a.title.as_ref()), (Some(1), "改造项目清单"));
    // its lettered clauses are numbered blocks of the appendix (session
    // 15: they were its paragraphs)
    assert!(a.paragraphs.is_empty());
    let clauses: Vec<_> =
        a.sections.iter().map(|b| (b.marker.as_ref(), b.title.as_deref(), b.paragraphs.len())).collect();
    assert_eq!(clauses, [("A.1", Some("基础类改造项目"), 1), ("A.2", Some("完善类改造项目"), 1)]);
    no_numbering_warnings(&doc);
}

#[test]
fn interpretation_with_a_qa_section() {
    let text = read("04-policy-qa.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("《某某市促进民营经济高质量发展若干措施》政策解读"));
    let top: Vec<_> = doc.sections.iter().map(|b| b.title.as_deref().unwrap_or("")).collect();
    assert_eq!(top, ["制定背景", "主要内容", "热点问答", "解读机关及联系方式"]);
    // questions and answers are the section's paragraphs, in turn
    let b = block(&doc, "三、", "热点问答");
    assert!(b.children.is_empty());
    let t = texts(b);
    assert_eq!(t.len(), 6);
    assert!(t.iter().step_by(2).all(|p| p.starts_with("问：")));
    assert!(t.iter().skip(1).step_by(2).all(|p| p.starts_with("答：")));
    assert!(doc.notice.is_none());
}

#[test]
fn press_qa_on_one_line() {
    let text = read("05-press-qa-oneline.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("市应急管理局负责同志就《某某市突发事件总体应急预案》答记者问"));
    assert!(doc.preamble.iter().filter(|p| p.text.starts_with("问：")).count() == 3);
}

#[test]
fn press_qa_on_one_line_makes_no_heading() {
    let text = read("05-press-qa-oneline.txt");
    let doc = parse(&text);
    // no turn is read as a heading, a notice or a clause
    assert!(doc.sections.is_empty() && doc.notice.is_none());
    let refs: Vec<_> = doc.references.iter().map(|r| r.title.as_deref().unwrap_or("")).collect();
    assert_eq!(refs[0], "某某市突发事件总体应急预案");
}

#[test]
fn district_key_points_take_their_year_from_the_title() {
    let text = read("06-work-points-quarters.txt");
    let doc = parse(&text);
    assert!(doc.notice.is_none());
    assert_eq!(doc.title.as_deref(), Some("某某区2024年数字化转型工作要点"));
    let b = block(&doc, "1．", "新建5G基站300个");
    assert_eq!(roles(b), [vec![("区科经委", Lead), ("区通信发展办", Support)]]);
    assert_eq!(due(b), Some(("上半年", Some("2024-06-30"))));
    assert_eq!(due(block(&doc, "2．", "推进区级政务云")), Some(("三季度", Some("2024-09-30"))));
    assert_eq!(due(block(&doc, "3．", "完成全区千兆光网改造")), Some(("年底前", Some("2024-12-31"))));
    // 一季度启动，四季度完成: the start is no deadline
    assert_eq!(due(block(&doc, "4．", "深化“一网通办”改革")), Some(("四季度", Some("2024-12-31"))));
    let d = block(&doc, "5．", "推进“一网统管”").responsibilities[0].deadline.as_deref().unwrap();
    assert!(d.ongoing && d.by.is_none());
    assert_eq!(due(block(&doc, "6．", "培育数字经济重点企业")), Some(("年内", Some("2024-12-31"))));
    let d = block(&doc, "7．", "举办数字经济").responsibilities[0].deadline.as_deref().unwrap();
    assert_eq!(d.every, Some(gongwen::Period::Quarter));
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn provincial_plan_in_markdown_with_a_metadata_header_and_a_pipe_indicator_table() {
    let text = read("07-markdown-special-plan.md.txt");
    let doc = parse(&text);
    // **发布机关** / **发文字号** / **成文日期** under the page title
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政办发〔2022〕7号"));
    assert_eq!(n.issuers, ["某某省人民政府办公厅"]);
    assert_eq!(n.date.as_deref(), Some("2022-03-15"));
    assert!(doc.preamble.is_empty());
    assert_eq!(doc.title.as_deref(), Some("某某省“十四五”数字经济发展规划"));
    let t = &first(&doc, BlockKind::Box, "专栏1").tables()[0];
    assert_eq!(columns(t), ["指标", "2020年", "2025年", "属性"]);
    assert_eq!(t.rows.len(), 2);
    // the box of projects stays beside the outline: 第二节 follows 第一节
    let ch3 = block(&doc, "第三章", "主要任务");
    let divisions: Vec<_> = ch3.children.iter().map(|b| b.marker.as_ref()).collect();
    assert_eq!(divisions, ["第一节", "第二节"]);
    let b = block(&doc, "一、", "加快5G网络建设");
    assert_eq!(roles(b), [vec![("省通信管理局", Lead), ("省发展改革委", Support)]]);
    assert_eq!(first(&doc, BlockKind::Box, "专栏2").children.len(), 2);
    no_numbering_warnings(&doc);
}

#[test]
fn district_emergency_plan_in_p_residue_with_levels_and_duties() {
    let text = read("08-district-plan-p-residue.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某区突发地质灾害应急预案"));
    let top: Vec<_> = doc.sections.iter().map(|b| b.title.as_deref().unwrap_or("")).collect();
    assert_eq!(top, ["总则", "组织机构及职责", "应急响应", "附则"]);
    let b = block(&doc, "（二）", "成员单位职责");
    assert_eq!(
        roles(b),
        [vec![("区规划资源局", Responsible)], vec![("区应急局", Responsible)], vec![("区卫生健康委", Responsible)]]
    );
    // response levels are sections of 三、, their text no heading
    let b = block(&doc, "（一）", "一级响应");
    assert!(b.children.is_empty() && b.paragraphs.len() == 1);
    assert_eq!(doc.attachments.len(), 2);
    no_numbering_warnings(&doc);
}

#[test]
fn standard_on_one_line() {
    let text = read("09-standard-oneline.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("公共机构能耗定额编制指南"));
    assert_eq!(doc.sections.len(), 4);
    no_numbering_warnings(&doc);
}

#[test]
fn plan_with_table_and_figure_captions() {
    let text = read("10-plan-captions-tabs.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某市国土空间总体规划（2021—2035年）"));
    // captions (表1-1, 图2-1, 附表) are text, never headings
    assert_eq!(
        outline(&doc),
        [
            "第一章 规划总则",
            "  第一节 规划目的",
            "  第二节 规划范围和期限",
            "第二章 国土空间开发保护格局",
            "  第一节 构建“一核两带三区”总体格局",
            "  第二节 严格落实三条控制线",
            "    一、 耕地和永久基本农田",
            "    二、 生态保护红线",
            "    三、 城镇开发边界",
            "第三章 规划实施保障",
        ]
    );
    let b = block(&doc, "第二节", "规划范围和期限");
    assert_eq!(texts(b).last(), Some(&"表1-1　规划主要指标表"));
    let t = &b.tables()[0];
    assert_eq!(columns(t), ["序号", "指标", "2020年", "2035年", "属性"]);
    assert_eq!(t.rows[1].cells[1].text, "生态保护红线面积（平方公里）");
    assert_eq!(texts(block(&doc, "第一节", "构建")).last(), Some(&"图2-1　国土空间总体格局图"));
    assert_eq!(texts(block(&doc, "第三章", "规划实施保障")).last(), Some(&"附表　各区县主要控制指标分解表"));
    no_numbering_warnings(&doc);
}

#[test]
fn city_emergency_plan_with_numbered_duties_and_a_last_bare_section() {
    let text = read("11-emergency-numbered-duties.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政办规〔2023〕4号"));
    assert_eq!(n.notes, ["（此件公开发布）"]);
    assert_eq!(doc.title.as_deref(), Some("某某市突发公共卫生事件应急预案"));
    let b = block(&doc, "2.2", "成员单位职责");
    let duties: Vec<_> = b.children.iter().flat_map(roles).collect();
    assert_eq!(
        duties,
        [
            vec![("市卫生健康委", Responsible)],
            vec![("市发展改革委", Responsible)],
            vec![("市财政局", Responsible)],
            vec![("市市场监管局", Responsible)]
        ]
    );
    // 4　附则 with no 4.1 under it continues the outline
    let last = doc.sections.last().unwrap();
    assert_eq!((last.outline(), last.title.as_deref()), (Some(&[4][..]), Some("附则")));
    no_numbering_warnings(&doc);
}

#[test]
fn interpretation_with_numbered_questions() {
    let text = read("12-interpretation-numbered-questions.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("关于《某某省城镇燃气安全管理办法》的解读"));
    assert_eq!(doc.sections.len(), 4);
    // each numbered question holds its answer; neither is a heading
    for b in &doc.sections {
        assert!(b.children.is_empty());
        let t = texts(b);
        assert!(t[0].starts_with("问：") && t[1].starts_with("答："), "{t:?}");
    }
    let cited: Vec<_> = doc.references.iter().filter_map(|r| r.doc_number.as_deref()).collect();
    assert_eq!(cited, ["某政规〔2024〕3号"]);
}

#[test]
fn city_key_points_crlf_with_deadlines_after_the_label() {
    let text = read("13-city-key-points-crlf.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政办函〔2025〕21号"));
    assert_eq!(n.date.as_deref(), Some("2025-04-03"));
    let b = block(&doc, "1.", "加大惠企政策公开力度");
    assert_eq!(roles(b), [vec![("市发展改革委", Responsible), ("市工业和信息化局", Responsible)]]);
    assert_eq!(due(b), Some(("一季度", Some("2025-03-31"))));
    assert_eq!(due(block(&doc, "2.", "做好财政预决算公开")), Some(("2025年6月底前", Some("2025-06-30"))));
    let b = block(&doc, "3.", "推进行政规范性文件统一公开");
    assert_eq!(roles(b), [vec![("市司法局", Lead), ("市政府各部门", Support)]]);
    assert_eq!(due(b), Some(("上半年", Some("2025-06-30"))));
    // （责任单位：X，持续推进） / （责任单位：X，下半年完成）: no body 持续推进
    let b = block(&doc, "4.", "加强政策解读");
    assert_eq!(roles(b), [vec![("市政府各部门", Responsible)]]);
    assert!(b.responsibilities[0].deadline.as_deref().is_some_and(|d| d.ongoing));
    let b = block(&doc, "5.", "开展政务公开业务培训");
    assert_eq!(roles(b), [vec![("市政府办公室", Responsible)]]);
    assert_eq!(due(b), Some(("下半年", Some("2025-12-31"))));
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn qa_with_questions_numbered_as_sections() {
    let text = read("14-qa-numbered-headings.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("《某某市既有多层住宅加装电梯实施办法》问答"));
    assert_eq!(doc.sections.len(), 4);
    for b in &doc.sections {
        let t = texts(b);
        assert_eq!(t.len(), 2);
        assert!(t[0].starts_with("问：") && t[1].starts_with("答："), "{t:?}");
    }
    assert!(doc.notice.is_none());
}

#[test]
fn provincial_plan_with_parts_spaced_and_chinese_box_numbers() {
    let text = read("15-provincial-plan-parts-boxes.txt");
    let doc = parse(&text);
    let parts: Vec<_> = doc.sections.iter().map(|b| (b.kind, b.title.as_deref().unwrap_or(""))).collect();
    assert_eq!(parts, [(BlockKind::Part, "发展基础"), (BlockKind::Part, "总体思路"), (BlockKind::Part, "重点任务")]);
    // 专栏 1 (a space) with a two-level indicator table
    let b = doc.blocks().find(|b| b.kind == BlockKind::Box && b.number == 1).unwrap();
    assert_eq!(columns(&b.tables()[0]), ["类别", "指标", "2020年", "2025年", "属性"]);
    // 专栏三 with its （1） list
    let b = doc.blocks().find(|b| b.kind == BlockKind::Box && b.number == 3).unwrap();
    assert_eq!(b.title.as_deref(), Some("快速交通网重点工程"));
    assert_eq!(b.children.len(), 2);
    // the outline runs on past the box: 第二节 under 第三章, 第四章 under 第三篇
    let ch3 = block(&doc, "第三章", "构建现代化综合立体交通网");
    assert_eq!(ch3.children.iter().map(|c| c.marker.as_ref()).collect::<Vec<_>>(), ["第一节", "第二节"]);
    assert_eq!(doc.sections[2].children.len(), 2);
    no_numbering_warnings(&doc);
}

#[test]
fn ministry_emergency_plan_in_full_width_digits_with_its_departments_duties() {
    let text = read("16-ministry-emergency-fullwidth.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某办应急〔2024〕15号"));
    assert_eq!(n.issuers, ["某某部办公厅"]);
    // 办公厅：负责… 安全监管司：负责… 人事司：配合…
    let b = block(&doc, "２．２", "工作职责");
    assert_eq!(roles(b), [vec![("办公厅", Responsible)], vec![("安全监管司", Responsible)], vec![("人事司", Support)]]);
    // 组长：部长 is no duty
    assert!(block(&doc, "２．１", "部应急领导小组").responsibilities.is_empty());
    assert_eq!(block(&doc, "３．２", "一级响应").children.len(), 2);
    assert_eq!(doc.attachments[0].title, "部应急领导小组成员单位通讯录");
    no_numbering_warnings(&doc);
}

#[test]
fn county_key_points_in_markdown_with_a_role_word_in_a_label() {
    let text = read("17-county-key-points-md.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某县2025年乡村振兴重点工作要点"));
    let b = block(&doc, "1.", "健全防止返贫动态监测");
    assert_eq!(roles(b), [vec![("县农业农村局", Lead), ("县民政局", Support), ("县人力资源社会保障局", Support)]]);
    assert_eq!(due(block(&doc, "2.", "实施农村供水保障工程")), Some(("10月底前", Some("2025-10-31"))));
    // （责任单位：A，B配合，第三季度完成）
    let b = block(&doc, "3.", "新建高标准农田");
    assert_eq!(roles(b), [vec![("县农业农村局", Responsible), ("县财政局", Support)]]);
    assert_eq!(due(b), Some(("第三季度", Some("2025-09-30"))));
    assert_eq!(due(block(&doc, "5.", "开展村级组织")), Some(("上半年", Some("2025-06-30"))));
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn press_conference_transcript_has_no_notice() {
    let text = read("18-press-conference-speakers.txt");
    let doc = parse(&text);
    // 主持人：… is a turn of speech, not a 主送机关
    assert!(doc.notice.is_none());
    assert_eq!(doc.title.as_deref(), Some("某某省人民政府新闻办公室“推进新型城镇化”新闻发布会实录"));
    let turns: Vec<_> = doc.preamble.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(turns.len(), 7);
    assert!(turns[1].starts_with("主持人：各位记者朋友"));
    assert!(turns[3].starts_with("省发展改革委副主任：一是"));
    assert!(doc.sections.is_empty());
}

#[test]
fn plan_box_with_a_note_under_its_table_and_a_dashed_list() {
    let text = read("19-plan-box-notes-dashes.txt");
    let doc = parse(&text);
    let b = first(&doc, BlockKind::Box, "专栏1");
    assert_eq!(texts(b), ["注：带“*”的为约束性指标。"]);
    assert_eq!(columns(&b.tables()[0]), ["序号", "指标", "2020年", "2025年", "属性"]);
    assert_eq!(texts(block(&doc, "二、", "主要目标")).len(), 1);
    let b = first(&doc, BlockKind::Box, "专栏2");
    assert_eq!(
        texts(b),
        ["——社区嵌入式养老服务工程。新建社区养老服务综合体50个。", "——智慧养老工程。建设全市统一的智慧养老服务平台。"]
    );
    assert_eq!(texts(block(&doc, "（二）", "提升机构养老服务质量")), ["推进公办养老机构改革。"]);
    let b = block(&doc, "（一）", "完善居家社区养老服务网络");
    assert_eq!(roles(b), [vec![("市民政局", Lead), ("各区政府", Responsible)]]);
    no_numbering_warnings(&doc);
}

#[test]
fn emergency_plan_with_roman_levels_and_numbered_duties() {
    let text = read("20-emergency-roman-levels.txt");
    let doc = parse(&text);
    let b = block(&doc, "（二）", "成员单位职责");
    let duties: Vec<_> = b.children.iter().flat_map(roles).collect();
    assert_eq!(
        duties,
        [
            vec![("区发展改革委", Responsible)],
            vec![("区公安分局", Responsible)],
            vec![("国网某某供电公司", Responsible)]
        ]
    );
    // Ⅰ级响应：… lines are text of 响应分级
    let b = block(&doc, "（一）", "响应分级");
    assert!(b.children.is_empty());
    assert!(texts(b)[0].starts_with("Ⅰ级响应："));
    // 总指挥：分管副区长 is no duty
    assert!(block(&doc, "（一）", "区大面积停电事件应急指挥部").responsibilities.is_empty());
    no_numbering_warnings(&doc);
}

#[test]
fn department_key_points_with_division_labels_and_a_lead_in() {
    let text = read("21-yearly-points-no-brackets.txt");
    let doc = parse(&text);
    // …总体要求是：… leads into the text: no notice
    assert!(doc.notice.is_none());
    assert_eq!(doc.title.as_deref(), Some("某某市卫生健康委2025年工作要点"));
    assert!(doc.preamble[0].text.starts_with("2025年全市卫生健康工作的总体要求是："));
    let b = block(&doc, "1.", "推进紧密型县域医共体建设");
    assert_eq!(roles(b), [vec![("体制改革处", Lead)]]);
    assert_eq!(due(b), Some(("年底前", Some("2025-12-31"))));
    let b = block(&doc, "2.", "深化公立医院改革");
    assert_eq!(roles(b), [vec![("医政医管处", Lead)]]);
    assert_eq!(due(b), Some(("二季度", Some("2025-06-30"))));
    let b = block(&doc, "3.", "加强疾病预防控制体系建设");
    assert_eq!(roles(b), [vec![("市疾控中心", Responsible)]]);
    assert_eq!(due(b), Some(("9月底前", Some("2025-09-30"))));
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn emergency_plan_with_titles_run_in_before_their_text() {
    let text = read("22-emergency-runon-titles.txt");
    let doc = parse(&text);
    let titles: Vec<_> = doc.blocks().map(|b| b.title.as_deref().unwrap_or("")).collect();
    assert_eq!(
        titles,
        [
            "总则",
            "编制目的",
            "适用范围",
            "预警与信息报告",
            "预警分级",
            "信息报告",
            "报告内容",
            "续报",
            "后期处置",
            "善后处置",
            "调查评估"
        ]
    );
    assert_eq!(texts(block(&doc, "2.2.2", "续报")), ["事故应急处置过程中，应当及时续报有关情况。"]);
    let b = block(&doc, "3.2", "调查评估");
    assert_eq!(roles(b), [vec![("市应急管理局", Lead), ("有关部门", Support)]]);
    no_numbering_warnings(&doc);
}

#[test]
fn bureau_key_points_with_a_month_and_a_start_in_the_bracket() {
    let text = read("23-key-points-bracket-month.txt");
    let doc = parse(&text);
    let b = block(&doc, "1.", "推进重大项目建设");
    assert_eq!(roles(b), [vec![("投资处", Lead), ("各业务处室", Support)]]);
    assert_eq!(due(b), Some(("12月", Some("2025-12-31"))));
    assert_eq!(due(block(&doc, "2.", "争取中央预算内投资")), Some(("6月底前", Some("2025-06-30"))));
    // 二季度启动、四季度完成: the deadline is when it is done
    assert_eq!(due(block(&doc, "4.", "开展营商环境评价")), Some(("四季度", Some("2025-12-31"))));
}

#[test]
fn plan_with_an_indicator_table_flattened_one_cell_per_line() {
    let text = read("24-plan-indicator-table-flattened.txt");
    let doc = parse(&text);
    let b = block(&doc, "一、", "发展目标");
    // the caption stays text, the cells are a table, none a paragraph
    assert_eq!(texts(b), ["到2025年，农业农村现代化取得重要进展。", "表1　“十四五”农业农村现代化主要指标"]);
    let t = &b.tables()[0];
    assert_eq!(columns(t), ["指标", "2020年", "2025年", "属性"]);
    let rows: Vec<Vec<&str>> = t.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_ref()).collect()).collect();
    assert_eq!(
        rows,
        [
            vec!["粮食综合生产能力（万吨）", "50", "52", "约束性"],
            vec!["农村居民人均可支配收入增速（%）", "8", "7.5", "预期性"]
        ]
    );
    assert!(b.children.is_empty());
    let b = block(&doc, "（一）", "稳定粮食生产");
    assert_eq!(roles(b), [vec![("县农业农村局", Lead), ("各乡镇人民政府", Responsible)]]);
}

#[test]
fn standard_with_its_cover_a_foreword_and_a_table() {
    let text = read("25-standard-foreword.txt");
    let doc = parse(&text);
    // the class and the number over the title are no part of it
    assert_eq!(doc.title.as_deref(), Some("智慧社区建设指南"));
    assert_eq!(doc.doc_number.as_deref(), Some("DB00/T 1234—2024"));
    // the foreword and the introduction are text before the clauses
    assert_eq!(doc.preamble[0].text, "前言");
    let top: Vec<_> = doc.sections.iter().map(|b| b.title.as_deref().unwrap_or("")).collect();
    assert_eq!(top, ["范围", "规范性引用文件", "术语和定义", "总体要求", "运行维护"]);
    // a term numbered on a line of its own (3.1 / 智慧社区　smart community)
    // stays text of its section: no heading is made of a bare number
    assert_eq!(texts(&doc.sections[2])[0], "3.1");
    let b = first(&doc, BlockKind::Decimal, "4.2");
    assert_eq!(texts(b), ["应统筹规划、分步实施。", "表1　智慧社区建设内容"]);
    assert_eq!(columns(&b.tables()[0]), ["类别", "建设内容", "要求"]);
    let b = first(&doc, BlockKind::Decimal, "5.2");
    assert_eq!(b.title, None);
    no_numbering_warnings(&doc);
}

#[test]
fn interpretation_with_its_contacts_at_the_end() {
    let text = read("26-interpretation-contacts.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("一图读懂｜《某某区关于促进消费扩容提质的若干措施》"));
    assert!(doc.notice.is_none());
    assert_eq!(doc.sections.len(), 3);
    // 解读机关： / 解读人： / 联系电话： are text, no duty and no clause
    let last = doc.sections.last().unwrap();
    assert_eq!(texts(last)[1..], ["解读机关：某某区商务委员会", "解读人：张某某", "联系电话：021-00000000"]);
    assert!(doc.blocks().all(|b| b.responsibilities.iter().all(|r| r.agencies.iter().all(|a| a.name != "张某某"))));
    let cited: Vec<_> = doc.references.iter().filter_map(|r| r.doc_number.as_deref()).collect();
    assert_eq!(cited, ["某府办发〔2024〕8号"]);
}
