//! Run-on tables (issue #13): tables whose cells a scrape ran together on
//! one line with nothing between them (`序号改革举措主要内容一、…1企业投资…`),
//! on constructed documents and facts read off the wide corpus.

mod common;

use gongwen::{Block, BlockKind, Document, Table, TableForm};

fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).expect("parses")
}

fn fixture(name: &str) -> String {
    common::fixture_starting(name)
}

fn columns(t: &Table<'_>) -> Vec<String> {
    t.columns.iter().map(|c| c.name.to_string()).collect()
}

/// The cells of each row, heading rows marked with a leading `#`.
fn cells(t: &Table<'_>) -> Vec<Vec<String>> {
    t.rows
        .iter()
        .map(|r| {
            let mut v: Vec<String> = r.cells.iter().map(|c| c.text.to_string()).collect();
            if r.heading {
                v[0].insert(0, '#');
            }
            v
        })
        .collect()
}

fn every_table<'d>(doc: &'d Document<'d>) -> Vec<&'d Table<'d>> {
    let blocks = doc.sections.iter().chain(doc.attachments.iter().flat_map(|a| a.sections.iter()));
    let mut out: Vec<&Table<'_>> = doc.attachments.iter().flat_map(|a| a.tables.iter()).collect();
    out.extend(blocks.flat_map(|b| b.walk()).flat_map(|b: &Block<'_>| b.tables().iter()));
    out
}

const HEAD: &str = "国务院办公厅关于典型做法的通报\n各省人民政府：\n现将典型做法通报如下。\n国务院办公厅\n2018年7月24日\n附件\n典型做法（共计3项）\n";

#[test]
fn rows_of_number_name_indentation_text_with_heading_rows_and_cells_over_lines() {
    let text = format!(
        "{HEAD}序号改革举措主要内容一、改革审批制度1承诺制改革　　山西开展承诺制改革试点。\n　　福建推行承诺制。\
         2区域评估改革　　浙江实施区域评估，3个园区试点。二、便利企业经营3涉税业务“全市通办”　　北京推行全市通办。\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(t.form, TableForm::RunOn);
    assert_eq!(columns(t), ["序号", "改革举措", "主要内容"]);
    assert_eq!(
        cells(t),
        [
            vec!["#一、改革审批制度".to_string()],
            vec!["1".into(), "承诺制改革".into(), "山西开展承诺制改革试点。\n福建推行承诺制。".into()],
            vec!["2".into(), "区域评估改革".into(), "浙江实施区域评估，3个园区试点。".into()],
            vec!["#二、便利企业经营".into()],
            vec!["3".into(), "涉税业务“全市通办”".into(), "北京推行全市通办。".into()],
        ]
    );
    // every cell's span is its text in the raw input
    for r in &t.rows {
        for c in &r.cells {
            let raw = &text[c.span.start..c.span.end];
            assert!(c.text.lines().all(|l| raw.contains(l)), "{raw:?} / {:?}", c.text);
        }
    }
    // the numbers and headings are cells, not headings, for the audit
    let report = gongwen::audit::audit(&text);
    assert!(report.is_clean(), "{:?}", report.flags);
}

#[test]
fn an_indicator_table_with_units_in_brackets_keeps_its_run_together_values_as_one_cell() {
    let text = "某某规划\n一、主要目标\n到2015年，排放总量显著减少。\n\
                专栏1：主要指标序号指　 标2010年2015年比上期增长1化学需氧量排放总量（万吨）2551.72347.6-8%2氨氮排放总量（万吨）264.4238.0-10%\n\
                二、推进减排\n加快淘汰落后产能。\n";
    let doc = parse(text);
    let tables = every_table(&doc);
    assert_eq!(tables.len(), 1);
    let t = tables[0];
    assert_eq!(t.form, TableForm::RunOn);
    assert_eq!(columns(t), ["序号", "指　 标", "2010年", "2015年比上期增长"]);
    let rows = cells(t);
    assert_eq!(rows[0][..3], ["1", "化学需氧量排放总量（万吨）", "2551.72347.6-8%"]);
    assert_eq!(rows[1][..3], ["2", "氨氮排放总量（万吨）", "264.4238.0-10%"]);
    // the table is in the box, the box in 一、
    let b = &doc.sections[0].children[0];
    assert_eq!((b.kind, b.tables().len()), (BlockKind::Box, 1));
    assert!(doc.diagnostics.iter().any(|d| d.code == "table-ragged"), "the values ran together: said");
}

#[test]
fn a_line_starting_with_the_word_is_no_table_unless_rows_follow() {
    let text = format!("{HEAD}序号为1的事项已办结，序号为2的事项正在办理。\n");
    let doc = parse(&text);
    assert!(every_table(&doc).is_empty());
    // a header with one row only: a coincidence, kept as text
    let one = format!("{HEAD}序号改革举措主要内容1承诺制改革　　山西开展承诺制改革试点。\n");
    let doc = parse(&one);
    assert!(every_table(&doc).is_empty());
}

// ---------------------------------------------------------------- corpus facts, read off the documents

#[test]
fn the_business_environment_circular_lists_28_practices_in_six_groups() {
    let text = fixture("142-");
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(t.form, TableForm::RunOn);
    assert_eq!(columns(t), ["序号", "改革举措", "主要内容"]);
    let headings: Vec<&str> = t.rows.iter().filter(|r| r.heading).map(|r| r.cells[0].text.as_ref()).collect();
    assert_eq!(
        headings,
        [
            "一、改革投资审批等制度",
            "二、便利企业开办和经营",
            "三、提升贸易便利化水平",
            "四、创新监管理念和方式",
            "五、提供优质公共服务",
            "六、推进政务服务“一网、一门、一次”改革"
        ]
    );
    let rows: Vec<&gongwen::Row<'_>> = t.rows.iter().filter(|r| !r.heading).collect();
    let names: Vec<&str> = rows.iter().map(|r| r.cells[1].text.as_ref()).collect();
    // the 28 practices, as the circular's own list names them
    assert_eq!(
        names,
        [
            "企业投资项目承诺制改革",
            "“多规合一”和完善工程建设项目审批体系改革",
            "并联审批和“多图联审”等改革",
            "区域评估改革",
            "“标准地”改革",
            "限时联合验收改革",
            "强市放权改革",
            "制定政府部门内部审批事项清单",
            "“一照多址”和“一证多址”改革",
            "涉税业务“全市通办”",
            "以“线上税银互动”缓解企业融资难题",
            "推行“一站式阳光价格”清单",
            "贸易服务事项只进“一扇门”",
            "海关特殊监管区域“四自一简”监管模式",
            "信用风险分类监管",
            "制定新兴行业分类指导目录",
            "大数据监管",
            "跨区域网络市场协同监管",
            "“互联网+医疗健康”和“互联网+教育”",
            "“互联网+医保”",
            "公用服务企业入驻政务服务中心",
            "获得电力便利化改革",
            "政务服务一张网",
            "审批服务标准化",
            "集成套餐服务",
            "民生服务“指尖”办理",
            "不动产登记改革",
            "建设统一政务咨询投诉举报平台",
        ]
    );
    let numbers: Vec<&str> = rows.iter().map(|r| r.cells[0].text.as_ref()).collect();
    assert_eq!(numbers.first(), Some(&"1"));
    assert_eq!(numbers.last(), Some(&"28"));
    // a practice described by several places: one cell over several lines
    assert!(rows[1].cells[2].text.starts_with("福建厦门以“多规合一”为抓手"));
    assert!(rows[1].cells[2].text.contains("\n海南推进“多规合一”改革"));
    assert!(rows[27].cells[2].text.starts_with("上海以“12345”热线为基础"));
    assert!(rows[27].cells[2].text.ends_with("各方联动、限时办理”。"));
    assert_eq!(rows[27].cells[2].text.lines().count(), 3);
    assert!(doc.attachments[0].paragraphs.is_empty());
}

#[test]
fn the_12th_fyp_environment_plan_gives_its_indicator_rows() {
    let text = fixture("158-");
    let doc = parse(&text);
    let tables = every_table(&doc);
    assert_eq!(tables.len(), 1);
    let t = tables[0];
    assert_eq!(t.columns.len(), 5);
    assert_eq!(t.columns[0].name, "序号");
    assert_eq!(t.columns[2].name, "2010年");
    assert_eq!(t.columns[4].name, "2015年比2010年增长");
    let names: Vec<&str> = t.rows.iter().map(|r| r.cells[1].text.as_ref()).collect();
    assert_eq!(
        names,
        [
            "化学需氧量排放总量（万吨）",
            "氨氮排放总量（万吨）",
            "二氧化硫排放总量（万吨）",
            "氮氧化物排放总量（万吨）",
            "地表水国控断面劣Ⅴ类水质的比例（%）",
            "地级以上城市空气质量达到二级标准以上的比例（%）",
        ]
    );
    assert!(t.rows[0].cells[2].text.starts_with("2551.7"));
    assert!(t.rows[3].cells[2].text.starts_with("2273.6"));
}
