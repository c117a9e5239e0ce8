//! The document frame on unseen layouts (issue #12, classes 3, 4, 7 and 8):
//! tables of contents, adoption notes under a title, notice-header variants
//! (metadata headers of every export style, page chrome, bracketed 发文字号
//! or 成文日期 under the title) and joint issuers on one line. Constructed
//! documents first, then facts read off wide-corpus documents.

use gongwen::{Document, codes};

fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).expect("parses")
}

fn wide(prefix: &str) -> String {
    let dir = format!("{}/fixtures/wide", env!("CARGO_MANIFEST_DIR"));
    let name = std::fs::read_dir(&dir)
        .expect("fixtures/wide")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with(prefix) && n.ends_with(".txt"))
        .unwrap_or_else(|| panic!("no wide document {prefix}"));
    std::fs::read_to_string(format!("{dir}/{name}")).expect("readable")
}

fn has_code(doc: &Document<'_>, code: &str) -> bool {
    doc.diagnostics.iter().any(|d| d.code == code)
}

fn markers(doc: &Document<'_>) -> Vec<String> {
    doc.sections.iter().map(|s| s.marker.to_string()).collect()
}

// ---- constructed documents ----

#[test]
fn an_order_mark_over_its_spaced_number() {
    let text = "某某省人民政府令\n\n 第　12　号 　　《某某管理办法》已经省政府常务会议通过，现予公布，自2020年1月1日起施行。\n\n　　　　　　　省长　某某某\n　　　　　　　二〇一九年十二月一日\n\n某某管理办法\n第一条　为了规范管理，制定本办法。\n第二条　本办法自公布之日起施行。\n";
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.title, None);
    assert_eq!(n.doc_number.as_deref(), Some("某某省人民政府令第12号"));
    assert_eq!(n.date.as_deref(), Some("2019-12-01"));
    assert_eq!(doc.title.as_deref(), Some("某某管理办法"));
}

#[test]
fn a_bracketed_date_under_the_number_and_a_signature_pushed_right() {
    let text = "某省人民政府关于加强某某工作的决定某政发〔1990〕6号（一九九〇年十二月五日）　　为加强某某工作，特作如下决定：　　一、严格执行某某法规　　各级人民政府要严格执行某某法规。　　二、加强领导　　各地要加强领导。　　　　　　　　　　　某省人民政府\n";
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.doc_number.as_deref(), Some("某政发〔1990〕6号"));
    assert_eq!(n.date.as_deref(), Some("1990-12-05"));
    assert_eq!(n.issuers, ["某省人民政府"]);
    // (a line this short is no run-on line: 二、 stays inside 一、's text)
    assert_eq!(markers(&doc).first().map(String::as_str), Some("一、"));
}

#[test]
fn a_covering_notice_signed_without_a_date() {
    let text = "某区人民政府办公室印发关于某某工作的实施意见的通知\n\n区政府各部门、各街道办事处：\n\n《关于某某工作的实施意见》已经区政府同意，现印发给你们，请按照执行。\n\n某区人民政府办公室\n\n关于某某工作的实施意见\n\n一、各单位要加强某某工作。\n\n二、本意见自印发之日起施行。\n";
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.issuers, ["某区人民政府办公室"]);
    assert_eq!(doc.title.as_deref(), Some("关于某某工作的实施意见"));
    assert_eq!(markers(&doc), ["一、", "二、"]);
}

#[test]
fn contents_with_heading_is_kept_apart() {
    let text = "某省某某条例\n（2019年5月30日某省第十三届人民代表大会常务委员会第十二次会议通过）\n目　　录\n第一章　总　　则\n第二章　管理\n第三章　附　　则\n第一章　总　　则\n第一条　为了规范管理，制定本条例。\n第二章　管理\n第二条　某部门负责管理。\n第三章　附　　则\n第三条　本条例自公布之日起施行。\n";
    let doc = parse(text);
    assert_eq!(doc.title.as_deref(), Some("某省某某条例"));
    assert_eq!(doc.adopted.len(), 1);
    let note = &doc.adopted[0];
    assert_eq!(
        &text[note.span.start..note.span.end],
        "（2019年5月30日某省第十三届人民代表大会常务委员会第十二次会议通过）"
    );
    let contents = doc.contents.as_ref().expect("contents");
    let entries: Vec<_> = contents.entries.iter().map(|e| e.text.as_ref()).collect();
    assert_eq!(entries, ["第一章　总　　则", "第二章　管理", "第三章　附　　则"]);
    assert!(text[contents.span.start..contents.span.end].starts_with("目　　录"));
    assert!(text[contents.span.start..contents.span.end].ends_with("第三章　附　　则"));
    for e in &contents.entries {
        assert_eq!(&text[e.span.start..e.span.end], e.text);
    }
    // three chapters, each with its article: none empty
    assert_eq!(markers(&doc), ["第一章", "第二章", "第三章"]);
    assert!(doc.sections.iter().all(|s| !s.children.is_empty()));
    assert!(has_code(&doc, codes::TABLE_OF_CONTENTS));
    assert!(doc.preamble.is_empty());
}

#[test]
fn contents_without_heading_and_on_one_line() {
    let text = "某市某某条例\n第一章 总 则\n第二章 管理\n第一章 总 则\n第一条 为了规范管理，制定本条例。\n第二章 管理\n第二条 某部门负责管理。\n";
    let doc = parse(text);
    assert_eq!(doc.contents.as_ref().map(|c| c.entries.len()), Some(2));
    assert_eq!(markers(&doc), ["第一章", "第二章"]);
    let text = "某市某某条例\n第一章 总则 第二章 管理\n第一章 总 则\n第一条 为了规范管理，制定本条例。\n第二章 管理\n第二条 某部门负责管理。\n";
    let doc = parse(text);
    let entries: Vec<_> = doc.contents.as_ref().unwrap().entries.iter().map(|e| e.text.to_string()).collect();
    assert_eq!(entries, ["第一章总则", "第二章管理"]);
    assert_eq!(markers(&doc), ["第一章", "第二章"]);
}

#[test]
fn headings_with_content_are_no_contents() {
    // a chapter and its first division, then articles: real content
    let text = "某某规定\n第一章 总则\n第一节 一般规定\n第一条 为了规范管理，制定本规定。\n第二章 附则\n第二条 本规定自公布之日起施行。\n";
    let doc = parse(text);
    assert!(doc.contents.is_none());
    assert_eq!(markers(&doc), ["第一章", "第二章"]);
    assert!(!has_code(&doc, codes::TABLE_OF_CONTENTS));
}

#[test]
fn adoption_notes_are_never_title() {
    let text = "某某管理办法\n2019年4月20日 某部令第7号公布\n2019年9月1日 施行\n第一条 为了规范管理，制定本办法。\n第二条 本办法自2019年9月1日起施行。\n";
    let doc = parse(text);
    assert_eq!(doc.title.as_deref(), Some("某某管理办法"));
    let notes: Vec<_> = doc.adopted.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(notes, ["2019年4月20日某部令第7号公布", "2019年9月1日施行"]);
    assert!(doc.preamble.is_empty());
    // a bracketed line under a title that is no note stays in the title
    let text = "某市某某行动计划\n（2023—2025年）\n一、总体要求\n坚持发展。\n";
    let doc = parse(text);
    assert_eq!(doc.title.as_deref(), Some("某市某某行动计划（2023—2025年）"));
    assert!(doc.adopted.is_empty());
}

#[test]
fn bracketed_doc_number_under_the_title() {
    let text = "某省发展改革委关于调整收费标准的通知\n（某价费〔2019〕12号）\n各市发展改革委：\n现将有关事项通知如下。\n一、调整范围\n全省。\n某省发展改革委\n2019年3月1日\n";
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.title.as_deref(), Some("某省发展改革委关于调整收费标准的通知"));
    assert_eq!(n.doc_number.as_deref(), Some("某价费〔2019〕12号"));
    assert_eq!(n.addressees.len(), 1);
    assert_eq!(n.date.as_deref(), Some("2019-03-01"));
}

#[test]
fn page_chrome_is_dropped() {
    let text = "首页 > 政务公开 > 政策文件\n某市人民政府办公厅关于做好某项工作的通知\n来源：某市人民政府网站\n字号：大 中 小\n各区人民政府：\n现就有关事项通知如下。\n一、总体要求\n坚持发展。\n某市人民政府办公厅\n2020年5月6日\n打印本页\n关闭窗口\n分享到：\n";
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.title.as_deref(), Some("某市人民政府办公厅关于做好某项工作的通知"));
    assert_eq!(n.addressees[0].text, "各区人民政府");
    assert_eq!(n.issuers, ["某市人民政府办公厅"]);
    assert_eq!(n.date.as_deref(), Some("2020-05-06"));
    let chrome: Vec<_> = doc.diagnostics.iter().filter(|d| d.code == codes::PAGE_CHROME).collect();
    assert_eq!(chrome.len(), 6);
    assert_eq!(&text[chrome[0].span.start..chrome[0].span.end], "首页 > 政务公开 > 政策文件");
    let all_text: String = doc.blocks().flat_map(|b| b.paragraphs.iter().map(|p| p.text.to_string())).collect();
    assert!(!all_text.contains("打印") && !all_text.contains("关闭"));
}

#[test]
fn markdown_metadata_header() {
    let text = "# 某部关于推动某产业发展的实施意见\n\n**发布日期**: 2024年1月\n**发布机构**: 某部\n**分类**: \n**来源**: https://example.cn/a.htm\n\n---\n\n## 政策全文\n某部关于推动某产业发展的实施意见\n某部联科〔2024〕12号\n\n各省工业和信息化主管部门：\n\n为推动发展，提出如下意见。\n\n一、总体要求\n\n坚持发展。\n\n某部\n\n2024年1月18日\n";
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.title.as_deref(), Some("某部关于推动某产业发展的实施意见"));
    assert_eq!(n.doc_number.as_deref(), Some("某部联科〔2024〕12号"));
    assert_eq!(n.addressees.len(), 1);
    assert_eq!(n.date.as_deref(), Some("2024-01-18"));
    assert!(doc.preamble.iter().all(|p| !p.text.contains("发布日期") && !p.text.contains("政策全文")));
    assert!(has_code(&doc, codes::METADATA_BLOCK));
}

#[test]
fn yaml_front_matter() {
    let text = "---\n标题: 某区关于转发某方案的通知\n文号: 某府办发〔2017〕16号\n发布单位: 某区人民政府办公室\n状态: 有效\n---\n\n> 本文正文由脚本提取，以官方发布版本为准。\n\n# 某区关于转发某方案的通知\n\n各街道：\n\n区某局制订的《某方案》已经区政府同意，现转发给你们。\n\n某区人民政府办公室\n\n2017年7月14日\n\n某方案\n\n一、总体要求\n\n坚持发展。\n";
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.title.as_deref(), Some("某区关于转发某方案的通知"));
    assert_eq!(n.doc_number.as_deref(), Some("某府办发〔2017〕16号"));
    assert_eq!(n.addressees[0].text, "各街道");
    assert_eq!(n.issuers, ["某区人民政府办公室"]);
    assert_eq!(doc.title.as_deref(), Some("某方案"));
}

#[test]
fn an_attachment_printed_alone() {
    // a copy that opens with its 附件 label: the document itself, not an attachment
    let text = "附件\n某市某产业三年行动计划\n（2021-2023年）\n为加快发展，制定本计划。\n一、总体思路\n坚持创新。\n二、发展目标\n到2023年，产业规模明显扩大。\n";
    let doc = parse(text);
    assert_eq!(doc.title.as_deref(), Some("某市某产业三年行动计划（2021-2023年）"));
    assert_eq!(markers(&doc), ["一、", "二、"]);
    assert!(doc.attachments.is_empty());
    // a page's metadata without a 发文字号 or 成文日期 implies no notice
    let text = "# 某市某产业三年行动计划\n\n**发布日期**: 2021年\n**发布机构**: 某市相关部门\n\n---\n\n为加快发展，制定本计划。\n\n一、总体思路\n\n坚持创新。\n";
    let doc = parse(text);
    assert!(doc.notice.is_none());
    assert_eq!(doc.title.as_deref(), Some("某市某产业三年行动计划"));
}

#[test]
fn an_attachment_body_title_spelled_by_its_listed_entry() {
    // the body's title wraps over two lines, the second one short; a table
    // caption follows it: the listed entry of the same number says which
    // lines are the title
    let text = "某市人民政府关于某口岸范围的批复\n某市口岸办：\n现批复如下。\n附件：1.口岸区的查验区界址点坐标\n2.大桥部分桥面界址点坐标\n某市人民政府\n2006年12月30日\n附件1\n口岸区的\n查验区界址点坐标\n界址点坐标以独立坐标系统为准。\n附件2\n大桥部分桥面界址点坐标\nA匝道桥界址点坐标\n坐标单位均为米。\n";
    let doc = parse(text);
    let got: Vec<_> = doc
        .attachments
        .iter()
        .map(|a| (a.title.as_ref(), a.paragraphs.iter().map(|p| p.text.as_ref()).collect::<Vec<_>>()))
        .collect();
    assert_eq!(
        got,
        [
            ("口岸区的查验区界址点坐标", vec!["界址点坐标以独立坐标系统为准。"]),
            ("大桥部分桥面界址点坐标", vec!["A匝道桥界址点坐标", "坐标单位均为米。"]),
        ]
    );
}

#[test]
fn joint_issuers_on_one_line() {
    for (line, want) in [
        ("市教委　　市财政局", ["市教委", "市财政局"]),
        ("某省民政厅 某省财政厅", ["某省民政厅", "某省财政厅"]),
        ("市教委  市财政局", ["市教委", "市财政局"]),
    ] {
        let text = format!(
            "关于做好某项工作的通知\n各区教育局：\n现将有关事项通知如下。\n{line}\n2020年3月1日\n（此件公开发布）\n某项工作方案\n一、总体要求\n坚持发展。\n"
        );
        let doc = parse(&text);
        let n = doc.notice.as_ref().expect("notice");
        assert_eq!(n.issuers, want, "{line}");
    }
    // 中共中央 国务院 in a cited title keeps its space; 国 务 院 is one word
    let text = "关于学习某文件的通知\n各单位：\n现将《中共中央 国务院关于加强管理的意见》印发给你们。\n国 务 院 办 公 厅\n2020年3月1日\n";
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("notice");
    assert!(doc.preamble[0].text.contains("《中共中央 国务院关于加强管理的意见》"));
    assert_eq!(n.issuers, ["国务院办公厅"]);
}

// ---- facts read off wide-corpus documents ----

#[test]
fn wide_regulations_with_contents() {
    // 207: 北京市节水条例 — its contents list six chapters and four divisions
    let text = wide("207-");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("北京市节水条例"));
    assert_eq!(doc.adopted.len(), 1);
    assert!(doc.adopted[0].text.ends_with("第四十五次会议通过"));
    assert_eq!(doc.contents.as_ref().map(|c| c.entries.len()), Some(10));
    assert_eq!(markers(&doc), ["第一章", "第二章", "第三章", "第四章", "第五章", "第六章"]);
    assert!(doc.sections.iter().all(|s| !s.children.is_empty()));
    // 214: the contents run together on one line, five notes of adoption and amendment
    let text = wide("214-");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("重庆市各级人民代表大会常务委员会人事任免工作条例"));
    assert_eq!(doc.adopted.len(), 5);
    assert_eq!(doc.contents.as_ref().map(|c| c.entries.len()), Some(6));
    assert_eq!(doc.sections.len(), 6);
    // 219, 220: flk texts with 目　　录 and a bracketed adoption note
    for (prefix, title, chapters) in
        [("219-", "中华人民共和国人民警察警衔条例", 6), ("220-", "中华人民共和国人民调解法", 6)]
    {
        let text = wide(prefix);
        let doc = parse(&text);
        assert_eq!(doc.title.as_deref(), Some(title));
        assert_eq!(doc.adopted.len(), 1, "{prefix}");
        assert!(doc.adopted[0].text.starts_with('（') && doc.adopted[0].text.ends_with('）'));
        assert_eq!(doc.contents.as_ref().map(|c| c.entries.len()), Some(chapters));
        assert_eq!(doc.sections.len(), chapters);
        assert!(doc.preamble.is_empty());
    }
    // 223: nine chapters listed, then nine chapters with their articles
    let doc_text = wide("223-");
    let doc = parse(&doc_text);
    assert_eq!(doc.contents.as_ref().map(|c| c.entries.len()), Some(9));
    assert_eq!(doc.sections.len(), 9);
    // 156: a plan whose 目　　录 lists ten chapters and forty divisions on one line
    let text = wide("156-");
    let doc = parse(&text);
    let contents = doc.contents.as_ref().expect("contents");
    assert_eq!(contents.entries.len(), 50);
    assert_eq!(contents.entries.iter().filter(|e| e.text.contains('章')).count(), 10);
    assert_eq!(doc.sections.len(), 10);
    assert_eq!(doc.sections[0].marker, "第一章");
    // 116: an emergency plan whose contents are numbered 1 / 1.1
    let text = wide("116-");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("国家粮食应急预案"));
    assert_eq!(doc.contents.as_ref().map(|c| c.entries.len()), Some(28));
}

#[test]
fn wide_adoption_notes() {
    // 200: promulgated, revised, in force: three notes; 国务院令 as the number
    let text = wide("200-");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("中华人民共和国政府信息公开条例"));
    let notes: Vec<_> = doc.adopted.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(
        notes,
        [
            "2007年4月5日中华人民共和国国务院令第492号公布",
            "2019年4月3日中华人民共和国国务院令第711号修订",
            "2019年5月15日施行"
        ]
    );
    assert!(doc.preamble.is_empty());
    // 211, 212: adopted by the city, approved by the province
    for prefix in ["211-", "212-"] {
        let text = wide(prefix);
        let doc = parse(&text);
        assert_eq!(doc.adopted.len(), 2, "{prefix}");
        assert!(doc.adopted[1].text.ends_with("批准"));
        assert!(!doc.title.as_deref().unwrap_or("").contains('年'));
    }
    // 119: the 工作规则 a notice transmits, its note wrapped over two lines
    let text = wide("119-");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("国务院工作规则"));
    assert_eq!(doc.adopted.len(), 1);
    assert_eq!(doc.adopted[0].text, "（二○○四年六月十六日国务院第54次常务会议修订通过）");
    // 188: one bracketed note, publication and revision
    let text = wide("188-");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("专利代理条例"));
    assert_eq!(doc.adopted.len(), 1);
}

#[test]
fn wide_full_pages_and_metadata_headers() {
    // 106: a gov.cn full page (spaced keys, 扫一扫 chrome)
    let text = wide("106-");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("国务院关于2018年度国家科学技术奖励的决定"));
    assert_eq!(n.doc_number.as_deref(), Some("国发〔2018〕44号"));
    assert_eq!(n.date.as_deref(), Some("2018-12-28"));
    assert_eq!(n.issuers, ["国务院"]);
    assert_eq!(n.addressees.len(), 2);
    assert!(has_code(&doc, codes::PAGE_CHROME));
    assert!(doc.preamble.iter().all(|p| !p.text.contains("扫一扫") && !p.text.contains("主题词")));
    // 150: the same page style, a 复函 to two groups of addressees
    let text = wide("150-");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("国务院办公厅关于同意以深圳市名义申办2011年第26届世界大学生夏季运动会的复函"));
    assert_eq!(n.doc_number.as_deref(), Some("国办函〔2004〕88号"));
    assert_eq!(n.date.as_deref(), Some("2004-12-17"));
    assert_eq!(n.addressees.len(), 2);
    // 146: markdown export of a covering notice whose title is split by a blank line
    let text = wide("146-");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("国务院关于印发“十四五”国家应急体系规划的通知"));
    assert_eq!(n.doc_number.as_deref(), Some("国发〔2021〕36号"));
    assert_eq!(n.addressees.len(), 2);
    assert_eq!(n.body.len(), 1);
    assert_eq!(n.issuers, ["国务院"]);
    assert_eq!(n.date.as_deref(), Some("2021-12-30"));
    assert_eq!(doc.title.as_deref(), Some("“十四五”国家应急体系规划"));
    // 145: bulleted metadata under a heading
    let text = wide("145-");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("工业和信息化部关于优化业务准入促进卫星通信产业发展的指导意见"));
    assert_eq!(n.doc_number.as_deref(), Some("工信部信管〔2025〕180号"));
    assert_eq!(n.addressees.len(), 3);
    // 148: 中共中央 国务院 in the title, the 成文日期 in brackets under it, a dateline dropped
    let text = wide("148-");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("中共中央 国务院关于做好2023年全面推进乡村振兴重点工作的意见"));
    assert_eq!(doc.notice.as_ref().unwrap().date.as_deref(), Some("2023-01-02"));
    assert!(doc.preamble.iter().all(|p| !p.text.contains("新华社")));
    // 177: YAML front matter
    let text = wide("177-");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("徐府办发〔2017〕16号"));
    assert_eq!(n.issuers, ["上海市徐汇区人民政府办公室"]);
    assert_eq!(n.date.as_deref(), Some("2017-07-14"));
    assert_eq!(n.addressees.len(), 2);
    assert_eq!(doc.title.as_deref(), Some("关于进一步加强本区装修垃圾处理的工作方案"));
    // 194: a markdown export of a joint 通知 of seven bodies
    let text = wide("194-");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("关于印发《终端设备直连卫星服务管理规定》的通知"));
    assert_eq!(n.doc_number.as_deref(), Some("国信办发文〔2025〕1号"));
    assert_eq!(n.issuers.len(), 7);
    // 118: two issuers on one line
    let text = wide("118-");
    let doc = parse(&text);
    assert_eq!(doc.notice.as_ref().unwrap().issuers, ["国务院", "中央军委"]);
}

/// A frame with neither issuers nor a 成文日期 at its end (dated under its
/// title, or promulgated by an order line) has no signature: its
/// `signature_span` is absent, not the whole body, and the notice's span
/// ends with its head.
#[test]
fn no_signature_span_without_issuers_or_a_date() {
    let dated = "某某委员会关于加强某某工作的意见\n（2023年1月2日）\n\n加强某某工作，是推进发展的重要任务。现提出如下意见。\n一、总体要求\n（一）指导思想。坚持统筹推进。\n二、主要任务\n（一）完善制度。\n";
    let promulgated = "某某暂行条例\n\n2014年11月24日 某某令第656号公布\n\n第一章 总则\n\n第一条 为规范某某行为，制定本条例。\n\n第二条 本条例自公布之日起施行。\n";
    for text in [dated, promulgated] {
        let doc = parse(text);
        let notice = doc.notice.as_ref().expect("a notice frame");
        assert_eq!(notice.signature_span, None, "{text}");
        assert!(
            notice.span.end < text.find("第一").or(text.find("加强某某工作，")).unwrap(),
            "{:?}: {text}",
            notice.span
        );
        // (signed nowhere: the dated one's issuer is the one its title names)
        let title_named: &[&str] = if text == dated { &["某某委员会"] } else { &[] };
        assert_eq!(notice.issuers, title_named);
    }
    // signed at its end: the last line is the signature
    let signed = format!("{dated}某某委员会\n");
    let doc = parse(&signed);
    let span = doc.notice.as_ref().and_then(|n| n.signature_span).expect("a signature");
    assert_eq!(&signed[span.start..span.end], "某某委员会");
}

/// `notice.date_span` holds the 成文日期 as written, wherever the frame
/// read it: the signature's date line (residue inside it kept), the
/// brackets under the title, the start of a promulgation line, a metadata
/// header; none without a date.
#[test]
fn the_date_span_is_the_date_as_written() {
    let cases: [(&str, &str, &str); 6] = [
        (
            "某省人民政府办公厅关于印发某某方案的通知\n\n各市人民政府：\n现将《某某方案》印发给你们，请认真贯彻执行。\n\n某省人民政府办公厅\n2020年11月1日\n（此件公开发布）\n",
            "2020年11月1日",
            "2020-11-01",
        ),
        (
            "某市人民政府关于某事的通知\n\n各区人民政府：\n请认真执行。\n\n　　某市人民政府\n　　二〇二二年三月十日\n",
            "二〇二二年三月十日",
            "2022-03-10",
        ),
        ("某部关于某事的通知\n\n各司局：\n请执行。\n\n某部\n2024年@@3月@@5日@@\n", "2024年@@3月@@5日", "2024-03-05"),
        (
            "某某委员会关于加强某某工作的意见\n（2023年1月2日）\n\n加强某某工作。现提出如下意见。\n一、总体要求\n",
            "2023年1月2日",
            "2023-01-02",
        ),
        (
            "某某暂行条例\n\n2014年11月24日 某某令第656号公布\n\n第一章 总则\n\n第一条 为规范某某行为，制定本条例。\n",
            "2014年11月24日",
            "2014-11-24",
        ),
        (
            "标　　题：某区关于某事的通知\n发文机关：某区人民政府\n成文日期：2019年06月18日\n\n某区关于某事的通知\n\n各街道：\n请执行。\n",
            "2019年06月18日",
            "2019-06-18",
        ),
    ];
    for (text, written, iso) in cases {
        let doc = parse(text);
        let notice = doc.notice.as_ref().unwrap_or_else(|| panic!("a notice: {text}"));
        assert_eq!(notice.date.as_deref(), Some(iso), "{text}");
        let span = notice.date_span.unwrap_or_else(|| panic!("a date span: {text}"));
        assert_eq!(&text[span.start..span.end], written, "{text}");
    }
    let undated = parse("某部关于某事的通知\n\n各司局：\n请执行。\n\n某部\n");
    assert!(undated.notice.as_ref().is_none_or(|n| n.date.is_none() && n.date_span.is_none()));
}

/// Constructed: a 主送 group whose levels share the ending of the full name
/// after them gives each addressee its full name (`names`, as responsibility
/// clauses do); its items and their spans stay as written.
#[test]
fn addressees_that_share_an_ending() {
    let notice = |addressees: &str| {
        format!(
            "某某省人民政府办公厅关于做好某项工作的通知\n{addressees}：\n为做好某项工作，现就有关事项通知如下：\n\
             一、提高认识\n各地要高度重视。\n二、加强领导\n各地要加强组织领导。\n某某省人民政府办公厅\n2025年3月1日\n"
        )
    };
    // (the line, the full names of each group, the items as written)
    type Groups = &'static [&'static [&'static str]];
    let cases: [(&str, Groups, Groups); 6] = [
        (
            "各市、县（市、区）人民政府，省政府各部门",
            &[&["各市人民政府", "各县（市、区）人民政府"], &["省政府各部门"]],
            &[&["各市", "县（市、区）人民政府"], &["省政府各部门"]],
        ),
        (
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
            &[&["各省人民政府", "各自治区人民政府", "各直辖市人民政府"], &["国务院各部委", "各直属机构"]],
            &[&["各省", "自治区", "直辖市人民政府"], &["国务院各部委", "各直属机构"]],
        ),
        ("各乡、镇人民政府", &[&["各乡人民政府", "各镇人民政府"]], &[&["各乡", "镇人民政府"]]),
        (
            "各省、自治区、直辖市通信管理局",
            &[&["各省通信管理局", "各自治区通信管理局", "各直辖市通信管理局"]],
            &[&["各省", "自治区", "直辖市通信管理局"]],
        ),
        // a conjunction after the level: two kinds of place, left as written
        (
            "各省、自治区、直辖市及计划单列市发展改革委",
            &[&["各省", "自治区", "直辖市及计划单列市发展改革委"]],
            &[&["各省", "自治区", "直辖市及计划单列市发展改革委"]],
        ),
        // names that are no levels of government stay as written
        (
            "各街道、华泾镇，区政府各委、办、局",
            &[&["各街道", "华泾镇"], &["区政府各委、办、局"]],
            &[&["各街道", "华泾镇"], &["区政府各委、办、局"]],
        ),
    ];
    for (line, items, written) in cases {
        let text = notice(line);
        let doc = parse(&text);
        let n = doc.notice.as_ref().unwrap_or_else(|| panic!("{line}: no notice"));
        let got: Vec<Vec<&str>> = n.addressees.iter().map(|g| g.names.iter().map(|i| i.as_ref()).collect()).collect();
        assert_eq!(got, items, "{line}");
        let got: Vec<Vec<&str>> = n.addressees.iter().map(|g| g.items.iter().map(|i| i.as_ref()).collect()).collect();
        assert_eq!(got, written, "{line}");
        let spans: Vec<Vec<&str>> =
            n.addressees.iter().map(|g| g.item_spans.iter().map(|s| &text[s.start..s.end]).collect()).collect();
        assert_eq!(spans, written, "{line}");
        let groups: Vec<&str> = n.addressees.iter().map(|g| g.text.as_ref()).collect();
        assert_eq!(groups.join("，"), line);
    }
}

/// The raw text of every `unclosed-bracket` diagnostic of `doc`.
fn unclosed_brackets<'t>(doc: &gongwen::Document<'_>, text: &'t str) -> Vec<&'t str> {
    doc.diagnostics
        .iter()
        .filter(|d| d.code == codes::UNCLOSED_BRACKET)
        .map(|d| &text[d.span.start..d.span.end])
        .collect()
}

/// Constructed: a title broken over two lines inside 《…》 (or inside its
/// round brackets) is read joined, and its brackets are checked joined: no
/// `unclosed-bracket` warning; a bracket left open in the text still is one.
#[test]
fn a_title_broken_inside_its_brackets_is_no_unclosed_bracket() {
    let text = "关于印发《上海市某某工作\n实施方案》的通知\n各区人民政府：\n\
                现将《上海市某某工作实施方案》印发给你们，请认真贯彻执行。\n上海市人民政府办公厅\n2025年3月1日\n\
                上海市某某工作实施方案（2025—\n2027年）\n一、总体要求\n坚持稳中求进。\n二、主要任务\n加强统筹协调。\n";
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("a notice");
    assert_eq!(n.title.as_deref(), Some("关于印发《上海市某某工作实施方案》的通知"));
    assert_eq!(doc.title.as_deref(), Some("上海市某某工作实施方案（2025—2027年）"));
    let unclosed = unclosed_brackets(&doc, text);
    assert!(unclosed.is_empty(), "{unclosed:?}");
    // the same text with a 《 left open in a paragraph: that one is found
    let text = text.replace("坚持稳中求进。", "坚持《稳中求进。");
    let doc = parse(&text);
    let unclosed = unclosed_brackets(&doc, &text);
    assert_eq!(unclosed, ["《"]);
    let at = doc.diagnostics.iter().find(|d| d.code == codes::UNCLOSED_BRACKET).map(|d| d.span.start);
    assert_eq!(at, text.find("《稳"));
}

/// Constructed: a decision or reply whose 附件 it does not issue (a 名单, an
/// approved 制度) is itself the document: its own title and 发文字号 are the
/// document's. A notice that issues a document (印发) printed without it
/// names no main document: its title stays the notice's only.
#[test]
fn a_notice_that_issues_nothing_is_the_document() {
    let text = "某某县人民政府\n关于表彰2024年度安全生产先进集体和先进个人的决定\n某政发〔2025〕3号\n\
                各乡镇人民政府，县政府各部门：\n\
                \u{3000}\u{3000}2024年，全县各级各部门认真落实安全生产部署。县政府决定，授予县应急管理局等10个单位“安全生产先进集体”称号。\n\
                \u{3000}\u{3000}附件：2024年度安全生产先进集体名单\n某某县人民政府\n2025年2月10日\n附件\n\
                2024年度安全生产先进集体名单\n县应急管理局　县公安局　县交通运输局\n";
    let doc = parse(text);
    let title = "某某县人民政府关于表彰2024年度安全生产先进集体和先进个人的决定";
    assert_eq!(doc.notice.as_ref().and_then(|n| n.title.as_deref()), Some(title));
    assert_eq!(doc.title.as_deref(), Some(title));
    assert_eq!(doc.title_span, doc.notice.as_ref().and_then(|n| n.title_span));
    assert_eq!(doc.doc_number.as_deref(), Some("某政发〔2025〕3号"));
    assert_eq!(doc.attachments.len(), 1);
    // the same frame issuing a plan that is not printed: no main title
    let text = "某某县人民政府办公室关于印发某某县农村供水保障方案的通知\n某政办发〔2025〕4号\n\
                各乡镇人民政府，县政府各部门：\n\u{3000}\u{3000}现将《某某县农村供水保障方案》印发给你们，请认真贯彻执行。\n\
                \u{3000}\u{3000}附件：某某县农村供水保障方案\n某某县人民政府办公室\n2025年2月10日\n附件\n";
    let doc = parse(text);
    assert!(doc.notice.as_ref().is_some_and(|n| n.title.is_some()));
    assert_eq!(doc.title, None);
    assert_eq!(doc.doc_number, None);
}
