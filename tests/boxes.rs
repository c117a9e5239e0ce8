//! 专栏 boxes of plans (issue #12): each class on constructed documents,
//! and facts read off the wide-corpus plans that print boxes.

use gongwen::audit::audit;
use gongwen::{Block, BlockKind, Document};

fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).expect("parses")
}

fn fixture(name: &str) -> String {
    common::fixture_starting(name)
}

/// Every block, in pre-order.
fn all<'d>(doc: &'d Document<'d>) -> Vec<&'d Block<'d>> {
    doc.sections.iter().flat_map(|s| s.walk()).collect()
}

fn boxes<'d>(doc: &'d Document<'d>) -> Vec<&'d Block<'d>> {
    all(doc).into_iter().filter(|b| b.kind == BlockKind::Box).collect()
}

/// (marker, title) of each child.
fn children(b: &Block<'_>) -> Vec<(String, String)> {
    b.children.iter().map(|c| (c.marker.to_string(), c.title.as_deref().unwrap_or("-").to_string())).collect()
}

/// The path of markers from the top to the block holding `b`'s marker.
fn parent_marker(doc: &Document<'_>, target: &Block<'_>) -> Option<String> {
    fn find(blocks: &[Block<'_>], target: &Block<'_>) -> Option<String> {
        for b in blocks {
            if b.children.iter().any(|c| c.marker_span == target.marker_span) {
                return Some(b.marker.to_string());
            }
            if let Some(m) = find(&b.children, target) {
                return Some(m);
            }
        }
        None
    }
    find(&doc.sections, target)
}

const HEAD: &str = "某某规划\n一、主要任务\n（一）加强安全治理。\n严格安全准入。\n";

#[test]
fn a_box_on_its_own_lines_holds_its_items_and_the_outline_goes_on() {
    let text = format!(
        "{HEAD}专栏1　安全治理重点\n　　1．危险化学品。整治化工园区。\n　　2．矿山。整治尾矿库。\n\
         （二）加强自然灾害治理。\n开展风险普查。\n二、保障措施\n加强组织领导。\n"
    );
    let doc = parse(&text);
    let b = boxes(&doc);
    assert_eq!(b.len(), 1);
    assert_eq!((b[0].marker.as_ref(), b[0].number, b[0].title.as_deref()), ("专栏1", 1, Some("安全治理重点")));
    assert_eq!(children(b[0]), [("1．".into(), "危险化学品".into()), ("2．".into(), "矿山".into())]);
    assert_eq!(parent_marker(&doc, b[0]).as_deref(), Some("（一）"));
    assert_eq!(b[0].level, 3);
    assert_eq!(b[0].children[0].level, 4);
    // the outline: no item of the box in it, （二） and 二、 in place
    let s = &doc.sections;
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].children.len(), 2);
    assert_eq!(s[0].children[0].paragraphs[0].text, "严格安全准入。");
    assert_eq!(s[0].children[1].title.as_deref(), Some("加强自然灾害治理"));
    assert!(!doc.diagnostics.iter().any(|d| d.code.starts_with("numbering")), "{:?}", doc.diagnostics);
    // the span of the box covers its text, in the raw input
    let span = b[0].span;
    assert!(text[span.start..span.end].starts_with("专栏1") && text[span.start..span.end].ends_with("整治尾矿库。"));
    let json = doc.to_json();
    assert!(json.contains(r#""kind":"box""#), "{json}");
}

#[test]
fn a_box_on_one_line_holds_its_list_and_the_next_paragraph_is_the_outlines() {
    let text = format!(
        "{HEAD}专栏2　重点行业治污减排（一）造纸行业。完善中段水处理。（二）印染行业。实施低排水染整工艺改造。\n\
         推进清洁生产。\n"
    );
    let doc = parse(&text);
    let b = boxes(&doc);
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].title.as_deref(), Some("重点行业治污减排"));
    assert_eq!(children(b[0]), [("（一）".into(), "造纸行业".into()), ("（二）".into(), "印染行业".into())]);
    let sub = &doc.sections[0].children[0];
    let texts: Vec<&str> = sub.paragraphs.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(texts, ["严格安全准入。", "推进清洁生产。"]);
}

#[test]
fn a_box_run_on_after_a_sentence_ends_at_the_heading_after_an_indentation() {
    // the box's content (a table) was lost by the scrape: the next heading
    // follows its title after an indentation
    let text = format!(
        "{HEAD}（二）加强队伍建设。\n加强廉政建设。专栏1　环境监管能力建设重点内容　　二、重点工程\n（一）重点工程。\n正文。\n"
    );
    let doc = parse(&text);
    let b = boxes(&doc);
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].title.as_deref(), Some("环境监管能力建设重点内容"));
    assert!(b[0].children.is_empty() && b[0].paragraphs.is_empty());
    assert_eq!(parent_marker(&doc, b[0]).as_deref(), Some("（二）"));
    let tops: Vec<(&str, Option<&str>)> =
        doc.sections.iter().map(|s| (s.marker.as_ref(), s.title.as_deref())).collect();
    assert_eq!(tops, [("一、", Some("主要任务")), ("二、", Some("重点工程"))]);
    assert_eq!(doc.sections[0].children[1].paragraphs[0].text, "加强廉政建设。");
}

#[test]
fn a_box_table_running_over_lines_stays_in_the_box() {
    // a flattened indicator table: fragments with no sentence end, then the
    // next heading after an indentation
    let text = format!(
        "{HEAD}环境保护面临挑战。专栏1　主要指标完成情况序号指标名称2000年2005年\n\
         计划目标2005年\n增减情况1二氧化硫排放量19951800　　（二）加强环境监管。\n监管正文。\n"
    );
    let doc = parse(&text);
    let b = boxes(&doc);
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].title.as_deref(), Some("主要指标完成情况"));
    let texts: Vec<&str> = b[0].paragraphs.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(texts, ["序号指标名称2000年2005年", "计划目标2005年", "增减情况1二氧化硫排放量19951800"]);
    let subs: Vec<Option<&str>> = doc.sections[0].children.iter().map(|c| c.title.as_deref()).collect();
    assert_eq!(subs, [Some("加强安全治理"), Some("加强环境监管")]);
    assert!(!doc.diagnostics.iter().any(|d| d.code.starts_with("numbering")), "{:?}", doc.diagnostics);
}

#[test]
fn notes_of_a_box_numbered_on_the_next_lines_are_its_items() {
    let text = format!(
        "{HEAD}专栏1　主要指标　　指标2020年空气质量优良天数比率76.7注：1.〔　〕内为五年累计数。\n\
         2.空气质量评价覆盖全国338个城市。\n3.为2013年数据。 4.对沿海城市实施总氮总量控制。\n推进达标排放。\n"
    );
    let doc = parse(&text);
    let b = boxes(&doc);
    let numbers: Vec<u32> = b[0].children.iter().map(|c| c.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4]);
    assert_eq!(b[0].title.as_deref(), Some("主要指标"));
    assert_eq!(b[0].paragraphs[0].text, "指标2020年空气质量优良天数比率76.7注：");
    let sub = &doc.sections[0].children[0];
    assert_eq!(sub.paragraphs.last().map(|p| p.text.as_ref()), Some("推进达标排放。"));
    // the audit: every item built, nothing flagged
    let report = audit(&text);
    assert!(report.is_clean(), "{:?}", report.flags);
}

#[test]
fn a_number_in_a_box_table_is_a_cell_for_the_audit() {
    // 6. follows a closing bracket inside the box's flattened table, with no
    // 5. before it there: a cell, not a missed heading
    let text = format!(
        "{HEAD}专栏1　主要指标　　指标2020年氮氧化物〔15〕6.区域性污染物排放总量减少〔10〕预期性\n推进减排。\n"
    );
    let report = audit(&text);
    assert!(report.is_clean(), "{:?}", report.flags);
    // a list that starts at 1 inside a box and is not built is still flagged
    // (the audit sees markers the parser would not split inside a sentence
    // only after 。: here the box splits them, so they are built)
    let listed = format!("{HEAD}专栏1　重点工程（一）造纸行业。改造。（二）印染行业。改造。\n");
    let report = audit(&listed);
    assert!(report.is_clean(), "{:?}", report.flags);
    assert_eq!(report.headings_built, report.headings_seen);
}

#[test]
fn references_to_a_box_and_the_bare_word_are_no_box() {
    let text = format!("{HEAD}重点工程见专栏2所列。专栏期刊、微电影等宣传品。\n二、保障措施\n加强领导。\n");
    let doc = parse(&text);
    assert!(boxes(&doc).is_empty());
    assert_eq!(doc.sections.len(), 2);
    // a box before any heading stays text
    let early = "某某规划\n前言。\n专栏1　主要指标\n一、总体要求\n加强领导。\n";
    let doc = parse(early);
    assert!(boxes(&doc).is_empty());
    assert!(doc.preamble.iter().any(|p| p.text.contains("专栏1")), "{:?}", doc.preamble);
    assert_eq!(doc.sections.len(), 1);
}

// ---------------------------------------------------------------- corpus facts, read off the documents

#[test]
fn the_13th_fyp_eco_plan_prints_nine_boxes_outside_its_outline() {
    let text = fixture("156-");
    let doc = parse(&text);
    let b = boxes(&doc);
    let numbers: Vec<u32> = b.iter().map(|b| b.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    let titles: Vec<Option<&str>> = b.iter().map(|b| b.title.as_deref()).collect();
    // (its table's header 指　　标 is spaced out right after the title)
    assert_eq!(titles[0], Some("“十三五”生态环境保护主要指标"));
    assert_eq!(
        &titles[1..7],
        [
            Some("各流域需要改善的控制单元"),
            Some("推动重点行业治污减排"),
            Some("区域性、流域性总量控制地区"),
            Some("重金属综合整治示范"),
            Some("全国生态环境监测网络建设"),
            // 专栏7's title runs into its text with no break (加强生态环境基础调查加大基础调查力度，…)
            None,
        ]
    );
    assert_eq!(titles[7..], [Some("环境治理保护重点工程"), Some("山水林田湖生态工程")]);
    // 专栏2: ten river basins, in 第四章 第二节
    let basins: Vec<String> = b[1].children.iter().map(|c| c.title.as_deref().unwrap_or("-").to_string()).collect();
    assert_eq!(
        basins,
        [
            "长江流域（108个）",
            "海河流域（75个）",
            "淮河流域（49个）",
            "黄河流域（35个）",
            "松花江流域（12个）",
            "辽河流域（13个）",
            "珠江流域（17个）",
            "浙闽片河流（25个）",
            "西北诸河（3个）",
            "西南诸河（6个）"
        ]
    );
    assert_eq!(parent_marker(&doc, b[1]).as_deref(), Some("第二节"));
    // 专栏3: fifteen industries, 造纸 … 有色金属
    assert_eq!(b[2].children.len(), 15);
    assert_eq!(b[2].children[14].title.as_deref(), Some("有色金属行业"));
    // 专栏1's notes 1.–7.
    assert_eq!(b[0].children.len(), 7);
    // 专栏8 (11 projects) and 专栏9 (14) in 第九章, run together on one line
    assert_eq!((b[7].children.len(), b[8].children.len()), (11, 14));
    assert_eq!(parent_marker(&doc, b[8]).as_deref(), Some("第九章"));
    // the outline: 第九章 holds no （一）
    let ch9 = doc.sections.iter().find(|s| s.marker == "第九章").unwrap();
    assert!(ch9.children.iter().all(|c| c.kind == BlockKind::Box));
}

#[test]
fn the_14th_fyp_emergency_plan_keeps_its_box_lists_out_of_the_outline() {
    let text = fixture("146-");
    let doc = parse(&text);
    let b = boxes(&doc);
    let titles: Vec<Option<&str>> = b.iter().map(|b| b.title.as_deref()).collect();
    assert_eq!(
        titles,
        [
            Some("“十四五”时期主要指标"),
            Some("安全生产治本攻坚重点"),
            Some("应急物资储备布局建设重点"),
            Some("关键技术与装备研发重点"),
            Some("安全应急产品和服务发展重点")
        ]
    );
    let counts: Vec<usize> = b.iter().map(|b| b.children.len()).collect();
    assert_eq!(counts, [0, 10, 4, 5, 10]);
    // 专栏1 holds its indicator table (序号 | 指　　标 | 预期值 | 属性, 7 indicators)
    assert_eq!(b[0].tables().len(), 1);
    assert_eq!(b[0].tables()[0].rows.len(), 7);
    assert_eq!(b[1].children[0].title.as_deref(), Some("危险化学品"));
    assert_eq!(parent_marker(&doc, b[1]).as_deref(), Some("（三）"));
}

#[test]
fn the_11th_fyp_environment_plan_ends_each_box_at_the_heading_glued_after_it() {
    let text = fixture("157-");
    let doc = parse(&text);
    let b = boxes(&doc);
    assert_eq!(b.len(), 8);
    assert_eq!(b[3].title.as_deref(), Some("环境监管能力建设重点内容"));
    // 四、重点工程和投资重点 and 五、保障措施 are top-level blocks again
    let tops: Vec<&str> = doc.sections.iter().map(|s| s.marker.as_ref()).collect();
    assert_eq!(tops, ["一、", "二、", "四、", "五、", "六、"]);
    let four = &doc.sections[2];
    assert_eq!(four.title.as_deref(), Some("重点工程和投资重点"));
    let subs: Vec<Option<&str>> = four.children.iter().map(|c| c.title.as_deref()).collect();
    assert_eq!(subs, [Some("重点工程"), Some("投资重点"), Some("投资来源")]);
}

// ---------------------------------------------------------------- hostile input

mod common;

/// Box-shaped inputs of `n` units.
fn hostile(n: usize) -> Vec<(&'static str, String)> {
    let mut own_lines = String::from("某某规划\n一、主要任务\n");
    let mut glued = String::from("某某规划\n一、主要任务\n正文。");
    let mut words = String::from("某某规划\n一、主要任务\n");
    let mut tables = String::from("某某规划\n一、主要任务\n");
    for k in 1..=n {
        own_lines.push_str(&format!("专栏{k}　重点工程\n　　1．工程。建设。\n　　2．工程。建设。\n（{k}）推进。\n"));
        glued.push_str(&format!("专栏{k}　重点　　（一）推进。"));
        words.push_str("专栏专栏1中专栏2的");
        tables.push_str(&format!("专栏{k}　主要指标序号指标2020年1某某指标（%）5060\n"));
    }
    vec![
        ("boxes on their own lines", own_lines),
        ("boxes glued on one line", glued),
        ("the word alone", words),
        ("box tables", tables),
    ]
}

#[test]
fn hostile_boxes_parse_with_valid_spans_in_linear_work() {
    for (name, text) in hostile(300) {
        let doc = gongwen::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Err(e) = common::check_invariants(&text, &doc).and_then(|()| common::check_coverage(&text, &doc)) {
            panic!("{name}: invariant broken: {e}");
        }
    }
    // and the plans of the corpus that print boxes or run-on tables: every
    // byte of text in some leaf
    for name in ["142-", "146-", "156-", "157-", "158-"] {
        let text = fixture(name);
        let doc = parse(&text);
        if let Err(e) = common::check_invariants(&text, &doc).and_then(|()| common::check_coverage(&text, &doc)) {
            panic!("{name}: {e}");
        }
    }
    let (a, b) = (hostile(1000), hostile(2000));
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        let (wx, wy) = (gongwen::work_units(x), gongwen::work_units(y));
        assert!(wy * 100 <= wx * 230, "{name}: work does not grow linearly: {wx} → {wy}");
    }
}
