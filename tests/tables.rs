//! Tables (issue #13): each form on constructed tables, bad input as
//! diagnostics with every cell kept, and facts read off the corpus
//! documents' task tables.

mod common;

use gongwen::{Block, BlockKind, ColumnRole, Document, Role, TableForm};

fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).expect("parses")
}

/// The row blocks of the first attachment.
fn rows<'d>(doc: &'d Document<'d>) -> Vec<&'d Block<'d>> {
    doc.attachments.iter().flat_map(|a| a.sections.iter()).filter(|b| b.kind == BlockKind::Row).collect()
}

fn bodies(b: &Block<'_>, role: Role) -> Vec<String> {
    b.agencies().filter(|a| a.role == role).map(|a| a.name.to_string()).collect()
}

fn inherited(b: &Block<'_>) -> Vec<String> {
    b.inherited().iter().map(|a| a.name.to_string()).collect()
}

fn codes<'d>(doc: &'d Document<'_>) -> Vec<&'d str> {
    doc.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

const HEAD: &str = "关于印发重点任务分工方案的通知\n一、总体要求\n按照分工抓好落实。\n附件\n重点任务分工方案清单\n";

#[test]
fn flattened_rows_anchor_on_the_number_and_inherit_merged_cells() {
    let text = format!(
        "{HEAD}任务类型\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n\
         行动一：改善营商环境\n审批改革\n1\n推行承诺制。压缩审批时限。\n市发展改革委\n市司法局、市财政局\n2024年6月底前\n\
         2\n推进一网通办。\n市政务服务办\n长期坚持\n\
         监管创新\n3\n推进信用监管。\n市市场监管局\n市发展改革委\n2025年底前\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(t.form, TableForm::Flattened);
    let roles: Vec<ColumnRole> = t.columns.iter().map(|c| c.role).collect();
    use ColumnRole::*;
    assert_eq!(roles, [Category, Number, Task, Lead, Support, Deadline]);
    assert!(t.rows[0].heading);
    assert_eq!(t.rows[0].cells[0].text, "行动一：改善营商环境");
    // row 2: 任务类型 and 配合单位 merged with row 1's
    let r2 = &t.rows[2];
    assert_eq!((r2.cells[0].text.as_ref(), r2.cells[0].inherited), ("审批改革", true));
    assert_eq!((r2.cells[4].text.as_ref(), r2.cells[4].inherited), ("市司法局、市财政局", true));
    assert_eq!((r2.cells[5].text.as_ref(), r2.cells[5].inherited), ("长期坚持", false));
    let rows = rows(&doc);
    assert_eq!(rows.len(), 3);
    assert_eq!((rows[0].number, rows[0].title.as_deref()), (1, Some("推行承诺制")));
    assert_eq!(rows[0].paragraphs[0].text, "压缩审批时限。");
    assert_eq!(bodies(rows[0], Role::Lead), ["市发展改革委"]);
    assert_eq!(bodies(rows[0], Role::Support), ["市司法局", "市财政局"]);
    assert_eq!(rows[0].deadline().map(|d| d.text.as_ref()), Some("2024年6月底前"));
    assert_eq!(rows[0].deadline().and_then(|d| d.by.as_deref()), Some("2024-06-30"));
    assert!(rows[1].deadline().is_some_and(|d| d.ongoing && d.by.is_none()), "长期坚持");
    assert_eq!(inherited(rows[1]), ["市司法局", "市财政局"]);
    assert_eq!(rows[2].deadline().map(|d| d.text.as_ref()), Some("2025年底前"));
    assert_eq!(rows[2].deadline().and_then(|d| d.by.as_deref()), Some("2025-12-31"));
    // the spans are the cells' own bytes
    let c = &t.rows[1].cells[2];
    assert_eq!(&text[c.span.start..c.span.end], "推行承诺制。压缩审批时限。");
    // rows are assignments like any clause
    let a = doc.assignments();
    assert!(a.iter().any(|x| x.name == "市政务服务办" && x.role == Role::Lead && x.label == "附件1/2"), "{a:?}");
    assert!(doc.by_body().iter().any(|b| b.body == "市市场监管局"));
}

#[test]
fn pipe_table() {
    let text = format!(
        "{HEAD}| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n\
         | 1 | 完善制度。 | 市水务局 | 2025年12月31日前 |\n| 2 | 建设设施。 |  | 2023年第三季度 |\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(t.form, TableForm::Pipe);
    assert_eq!(t.rows.len(), 2);
    assert!(t.rows[1].cells[2].inherited);
    let rows = rows(&doc);
    assert_eq!(bodies(rows[0], Role::Responsible), ["市水务局"]);
    assert_eq!(inherited(rows[1]), ["市水务局"]);
    assert_eq!(rows[1].deadline().map(|d| d.text.as_ref()), Some("2023年第三季度"));
    assert_eq!(rows[1].deadline().and_then(|d| d.by.as_deref()), Some("2023-09-30"));
    assert_eq!(rows[0].deadline().and_then(|d| d.by.as_deref()), Some("2025-12-31"));
}

/// A body cell of marks alone (`;`, `、`: an HTML page's stray text, a
/// cell emptied by scraping) names no body: the row has no responsibility
/// for it, never one without agencies (found by fuzzing).
#[test]
fn a_body_cell_of_marks_alone_is_no_responsibility() {
    let text = format!(
        "{HEAD}| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n\
         | 1 | 完善制度。 | 市水务局 | ; |\n| 2 | 建设设施。 | 、 | 市财政局 |\n"
    );
    let doc = parse(&text);
    let rows = rows(&doc);
    assert_eq!(rows.len(), 2);
    for row in &rows {
        assert!(row.responsibilities.iter().all(|r| !r.agencies.is_empty()), "{:?}", row.responsibilities);
    }
    assert_eq!(bodies(rows[0], Role::Lead), ["市水务局"]);
    assert!(bodies(rows[0], Role::Support).is_empty());
    assert_eq!(bodies(rows[1], Role::Support), ["市财政局"]);
}

#[test]
fn tab_separated_table() {
    let text = format!(
        "{HEAD}序号\t重点任务\t牵头单位\t协办单位\n1\t开展试点。\t区商务委\t区财政局\n2\t总结推广。\t区科委\t区财政局\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(t.form, TableForm::Tsv);
    let rows = rows(&doc);
    assert_eq!(rows.len(), 2);
    assert_eq!(bodies(rows[1], Role::Lead), ["区科委"]);
    assert_eq!(bodies(rows[1], Role::Support), ["区财政局"]);
}

#[test]
fn html_table_keeps_its_rows_and_cells() {
    let text = format!(
        "{HEAD}<table><tr><td><p>序号</p></td><td><p>具体措施</p></td><td><p>实施主体</p></td></tr>\
         <tr><td colspan=\"3\"><p>一、创新方面</p></td></tr>\
         <tr><td><p>1</p></td><td><p>建立机制。</p></td><td><p>科技部、财政部</p></td></tr>\
         <tr><td><p>2</p></td><td><p>完善政策。</p></td><td><p>教育部</p></td></tr></table>\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(t.form, TableForm::Html);
    assert_eq!(t.rows.len(), 3);
    assert!(t.rows[0].heading);
    let rows = rows(&doc);
    assert_eq!(bodies(rows[0], Role::Responsible), ["科技部", "财政部"]);
    assert_eq!(rows[1].title.as_deref(), Some("完善政策"));
}

#[test]
fn bad_tables_are_diagnostics_and_keep_every_cell() {
    // a header with no rows
    let text = format!("{HEAD}| 序号 | 工作任务 | 牵头单位 |\n");
    let doc = parse(&text);
    assert!(codes(&doc).contains(&"table-empty"));
    assert_eq!(doc.attachments[0].tables[0].rows.len(), 0);
    // a row with more cells than columns; a 序号 that skips; a ragged row
    let text = format!(
        "{HEAD}| 序号 | 工作任务 | 牵头单位 |\n| 1 | 甲任务。 | 市商务委 | 多出的格 |\n| 3 | 乙任务。 | 市财政局 |\n| 4 |\n"
    );
    let doc = parse(&text);
    let c = codes(&doc);
    assert!(c.contains(&"table-extra-cells"), "{c:?}");
    assert!(c.contains(&"table-numbering"), "{c:?}");
    let t = &doc.attachments[0].tables[0];
    assert_eq!(t.rows[0].cells.len(), 4);
    assert_eq!(t.rows[0].cells[3].text, "多出的格");
    assert_eq!(t.rows.len(), 3);
    // the ragged row 4 inherits the cells above (merged cells)
    assert_eq!((t.rows[2].cells[1].text.as_ref(), t.rows[2].cells[1].inherited), ("乙任务。", true));
    assert!(t.rows[2].cells[2].inherited);
    assert!(c.contains(&"table-ragged"), "{c:?}");
}

fn fixture(name: &str) -> String {
    common::fixture_starting(name)
}

#[test]
fn jingan_task_table_one_row_per_number() {
    let text = fixture("12-");
    let doc = parse(&text);
    let t = &doc.attachments.iter().find(|a| !a.tables.is_empty()).unwrap().tables[0];
    let names: Vec<&str> = t.columns.iter().map(|c| c.name.as_ref()).collect();
    assert_eq!(names, ["任务类型", "序号", "工作任务", "推进单位"]);
    assert_eq!(t.rows.iter().filter(|r| r.heading).count(), 6, "行动一 … 行动六");
    let rows = rows(&doc);
    assert_eq!(rows.iter().map(|b| b.number).collect::<Vec<_>>(), (1..=27).collect::<Vec<_>>());
    assert_eq!(rows[1].title.as_deref(), Some("推进走马塘片区规划研究"));
    assert_eq!(
        bodies(rows[1], Role::Responsible),
        ["区规划资源局", "区建设管理委", "区发展改革委", "区商务委", "区国资委", "市北高新集团"]
    );
    // 5–8 share row 4's 推进单位 (a merged cell)
    assert_eq!(rows[4].title.as_deref(), Some("推进小梁薄板等老旧住房成套改造，基本完成小梁薄板房屋改造"));
    assert!(rows[4].responsibilities.is_empty());
    assert_eq!(inherited(rows[4])[0], "区“两旧”专班");
    assert_eq!(bodies(rows[8], Role::Responsible), ["区规划资源局", "各相关街镇"]);
    assert_eq!(inherited(rows[12]), ["区绿化市容局"]);
    // 任务类型 旧住房更新改造 spans rows 5–7
    let r6 = t.rows.iter().find(|r| !r.heading && r.cells[1].text == "6").unwrap();
    assert_eq!((r6.cells[0].text.as_ref(), r6.cells[0].inherited), ("旧住房更新改造", true));
}

#[test]
fn baoshan_waste_sorting_task_table() {
    // 179: 序号 | 任务名称 | 任务内容 | 牵头部门 | 配合部门 | 时间节点
    let text = fixture("179-");
    let doc = parse(&text);
    let rows = rows(&doc);
    assert_eq!(rows.len(), 39);
    assert_eq!(rows[0].title.as_deref(), Some("召开全区生活垃圾分类工作动员大会"));
    assert_eq!(bodies(rows[0], Role::Lead), ["区政府办公室"]);
    assert_eq!(bodies(rows[0], Role::Support), ["各联席会议成员单位"]);
    assert_eq!(rows[0].deadline().map(|d| d.text.as_ref()), Some("2019年3月"));
    assert_eq!(rows[0].deadline().and_then(|d| d.by.as_deref()), Some("2019-03-31"));
    assert_eq!(bodies(rows[1], Role::Lead), ["区委组织部（区公务员局）"]);
    assert_eq!(bodies(rows[1], Role::Support), ["区绿化市容局"]);
    assert_eq!(rows[1].deadline().map(|d| d.text.as_ref()), Some("2019年"));
    assert_eq!(rows[1].deadline().and_then(|d| d.by.as_deref()), Some("2019-12-31"));
    assert_eq!(bodies(rows[4], Role::Lead)[..2], ["区委组织部", "区民政局"]);
    let t = &doc.attachments.iter().find(|a| !a.tables.is_empty()).unwrap().tables[0];
    // 任务名称 加强组织领导 is merged over rows 1–4
    assert_eq!((t.rows[1].cells[1].text.as_ref(), t.rows[1].cells[1].inherited), ("加强组织领导", true));
    assert_eq!(t.rows[4].cells[1].text, "推进基层建设");
    // rows 33, 35, 36: the merged 任务名称 营造良好氛围 is printed once, the
    // lists of bodies go to 牵头部门 (not the task sentence to 任务名称)
    assert_eq!(rows[32].title.as_deref(), Some("参与全市《条例》宣传“五个一”工程"));
    assert_eq!(
        bodies(rows[32], Role::Lead)[..3],
        ["区科委", "区绿化市容局", "区委宣传部（区文明办、区政府新闻办、区委网信办）"]
    );
    assert_eq!(bodies(rows[32], Role::Support), ["各街镇（园区）"]);
    assert_eq!(rows[34].title.as_deref(), Some("结合好家风好家训工作，实现垃圾分类进家庭培训"));
    assert_eq!(bodies(rows[34], Role::Lead), ["区民政局", "区委宣传部（区文明办）", "区妇联"]);
    assert_eq!(bodies(rows[34], Role::Support), ["区绿化市容局"]);
    assert_eq!(rows[35].title.as_deref(), Some("组织各级媒体做好垃圾分类相关宣传和舆情处置工作"));
    assert_eq!(bodies(rows[35], Role::Support), ["各街镇（园区）"]);
    for r in [32, 34, 35] {
        let row = t.rows.iter().find(|x| x.cells[0].text == (r + 1).to_string()).unwrap();
        assert_eq!(row.cells[1].text, "营造良好氛围", "row {}", r + 1);
    }
}

#[test]
fn innovation_measures_html_table() {
    // 105: an HTML <table>: 序号 | 改革举措 | 主要内容 | 指导部门 | 推广范围,
    // grouped under 一、知识产权保护方面（共5项） …
    let text = fixture("105-");
    let doc = parse(&text);
    let a = doc.attachments.iter().find(|a| !a.tables.is_empty()).unwrap();
    let t = &a.tables[0];
    assert_eq!(t.form, TableForm::Html);
    assert_eq!(t.rows[0].cells[0].text, "一、知识产权保护方面（共5项）");
    assert!(t.rows[0].heading);
    let rows = rows(&doc);
    // 5 + 4 + 5 + 3 numbered rows: the scrape lost rows 15–20 (the 6 of
    // 四、军民深度融合方面 — its heading row is followed by 五、's)
    assert_eq!(rows.len(), 17);
    assert_eq!(rows[14].marker, "21");
    assert_eq!(rows[14].title.as_deref(), Some("允许地方高校自主开展人才引进和职称评审"));
    assert_eq!(rows[0].title.as_deref(), Some("知识产权民事、刑事、行政案件“三合一”审判"));
    assert_eq!(bodies(rows[0], Role::Responsible), ["最高人民法院", "最高人民检察院", "国家知识产权局"]);
    assert_eq!(bodies(rows[6], Role::Responsible), ["科技部"]);
    assert_eq!(t.rows.iter().filter(|r| r.heading).count(), 5);
}

#[test]
fn fengxian_park_tables() {
    // 184: project tables (no task column: tables, no row blocks)
    let text = fixture("184-");
    let doc = parse(&text);
    let tables: Vec<_> = doc.attachments.iter().flat_map(|a| a.tables.iter()).collect();
    let roof = tables.iter().find(|t| t.columns.len() == 4 && t.columns[2].name == "面积（㎡）").unwrap();
    let cells: Vec<&str> = roof.rows[0].cells.iter().map(|c| c.text.as_ref()).collect();
    assert_eq!(cells, ["1", "国妇婴奉贤院区", "12000", "屋顶绿化"]);
    assert_eq!(roof.rows.len(), 13);
    assert!(rows(&doc).is_empty());
}

#[test]
fn a_table_inside_the_body_belongs_to_its_block() {
    let text = "关于做好重点工作的通知\n一、主要任务\n（一）推进改革。\n工作安排如下：\n序号\n工作任务\n牵头单位\n完成时限\n\
                1\n建立机制。\n市财政局\n年内\n2\n完善政策。\n市教委\n持续推进\n（二）加强保障。\n";
    let doc = parse(text);
    let s = &doc.sections[0];
    let one = &s.children[0];
    assert_eq!(one.marker, "（一）");
    assert_eq!(one.tables().len(), 1);
    assert_eq!(one.paragraphs.len(), 1, "工作安排如下： stays a paragraph");
    let rows: Vec<&Block<'_>> = one.children.iter().filter(|b| b.kind == BlockKind::Row).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].level, one.level + 1);
    assert_eq!(bodies(rows[0], Role::Lead), ["市财政局"]);
    assert_eq!(rows[1].deadline().map(|d| (d.by.as_deref(), d.ongoing)), Some((None, true)));
    // the next block is read as before
    assert_eq!(s.children[1].marker, "（二）");
    assert!(doc.assignments().iter().any(|a| a.name == "市教委" && a.label == "一/一/2"));
}

#[test]
fn emergency_plan_indicator_table_in_the_body() {
    // 146: 专栏1 “十四五”时期主要指标, inside 二、（三）: 序号 | 指标 | 预期值 | 属性;
    // the table is in the box (a block of kind box, child of （三）)
    let text = fixture("146-");
    let doc = parse(&text);
    let b = doc.blocks().find(|b| !b.tables().is_empty()).unwrap();
    assert_eq!((b.kind, b.marker.as_ref()), (BlockKind::Box, "专栏1"));
    let holder = doc.blocks().find(|x| x.children.iter().any(|c| c.marker_span == b.marker_span)).unwrap();
    assert_eq!(holder.marker, "（三）");
    let t = &b.tables()[0];
    assert_eq!(t.rows.len(), 7);
    let cells: Vec<&str> = t.rows[0].cells.iter().map(|c| c.text.as_ref()).collect();
    assert_eq!(cells, ["1", "生产安全事故死亡人数", "下降15%", "约束性"]);
    let cells: Vec<&str> = t.rows[6].cells.iter().map(|c| c.text.as_ref()).collect();
    assert_eq!(cells, ["7", "年均因自然灾害直接经济损失占国内生产总值比例", "<1%", "预期性"]);
    // an indicator table names no bodies: no row blocks
    assert!(b.children.iter().all(|c| c.kind != BlockKind::Row));
}

#[test]
fn html_table_without_a_number_column_is_a_table_not_headings() {
    // an indicator table: `<th>` header, no 序号, cells that start like
    // items (`1.`), a rowspan cell over two rows, a note after the table
    let text = format!(
        "{HEAD}<table><tr><th>一级指标</th><th>三级指标</th><th>指标性质</th></tr>\
         <tr><td rowspan=\"2\"><p>一、医疗质量</p></td><td><p>1.门诊人次数比</p></td><td>定量</td></tr>\
         <tr><td><p>2.下转患者人次数</p><p>（门急诊、住院）</p></td><td>定量</td></tr>\
         <tr><td>二、运营效率</td><td>3.收支结余</td><td></td></tr></table>\n\
         <p>注：1.指标说明见细则。</p>\n"
    );
    let doc = parse(&text);
    let a = &doc.attachments[0];
    assert_eq!(a.tables.len(), 1, "{:#?}", a);
    let t = &a.tables[0];
    assert_eq!(t.form, TableForm::Html);
    let names: Vec<&str> = t.columns.iter().map(|c| c.name.as_ref()).collect();
    assert_eq!(names, ["一级指标", "三级指标", "指标性质"]);
    assert_eq!(t.rows.len(), 3);
    let cells = |r: usize| t.rows[r].cells.iter().map(|c| c.text.to_string()).collect::<Vec<_>>();
    assert_eq!(cells(0), ["一、医疗质量", "1.门诊人次数比", "定量"]);
    // the rowspan cell fills its column of the next row (inherited); a cell
    // of two <p> lines is one cell
    assert_eq!(cells(1), ["一、医疗质量", "2.下转患者人次数\n（门急诊、住院）", "定量"]);
    assert!(t.rows[1].cells[0].inherited && !t.rows[1].cells[1].inherited);
    assert_eq!(t.rows[1].cells[0].span, t.rows[0].cells[0].span);
    // an empty <td> keeps its column
    assert_eq!(cells(2)[..2], ["二、运营效率", "3.收支结余"]);
    // no cell became a block (no task rows: no task or body column)
    assert!(a.sections.is_empty(), "{:?}", a.sections);
    assert!(a.paragraphs.iter().all(|p| !p.text.contains("门诊")));
    assert!(a.paragraphs.iter().any(|p| p.text.starts_with("注：")));
    // spans point at the cells in the raw text
    let c = &t.rows[0].cells[1];
    assert_eq!(&text[c.span.start..c.span.end], "1.门诊人次数比");
}

#[test]
fn html_table_with_a_tag_broken_over_lines_is_read_as_lines() {
    // cleaning cannot read a tag broken over two lines: the structure is
    // unknown, nothing is dropped
    let text = format!(
        "{HEAD}<table><tr><td width=\"6\"\n style=\"x\">坐标</td><td>X</td></tr><tr><td>1</td><td>2</td></tr></table>\n"
    );
    let doc = parse(&text);
    assert!(
        doc.attachments[0]
            .tables
            .iter()
            .all(|t| t.form != TableForm::Html || t.columns.iter().all(|c| !c.name.starts_with('<')))
    );
}

#[test]
fn html_indicator_tables_103() {
    let text = fixture("103-");
    let doc = parse(&text);
    let a = doc.attachments.iter().find(|a| !a.tables.is_empty()).unwrap();
    let t = &a.tables[0];
    assert_eq!(t.form, TableForm::Html);
    let names: Vec<&str> = t.columns.iter().map(|c| c.name.as_ref()).collect();
    assert_eq!(names, ["一级指标", "二级指标", "三级指标", "指标性质", "指标说明"]);
    assert_eq!(t.rows[0].cells[0].text, "一、医疗质量");
    assert_eq!(t.rows[0].cells[1].text, "（一）功能定位");
    assert!(t.rows[0].cells[2].text.starts_with("1.门诊人次数与出院人次数比"));
    assert!(t.rows[1].cells[2].text.starts_with("2.下转患者人次数"));
    // the indicators are cells, not blocks; the 注： notes after the table
    // are the items 1.–12.
    assert!(a.sections.iter().all(|b| !b.title.as_deref().unwrap_or("").contains("门诊人次数")));
    let notes: Vec<u32> = a.sections.iter().filter(|b| b.kind == BlockKind::Item).map(|b| b.number).collect();
    assert_eq!(notes, (1..=12).collect::<Vec<_>>());
}

#[test]
fn html_task_table_105() {
    let text = fixture("105-");
    let doc = parse(&text);
    let a = doc.attachments.iter().find(|a| !a.tables.is_empty()).unwrap();
    let t = &a.tables[0];
    assert_eq!(t.form, TableForm::Html);
    assert_eq!(t.columns[0].role, ColumnRole::Number);
    assert!(t.rows[0].heading);
    assert_eq!(t.rows[0].cells[0].text, "一、知识产权保护方面（共5项）");
    assert_eq!(t.rows[1].cells[0].text, "1");
}

fn texts(t: &gongwen::Table<'_>, r: usize) -> Vec<String> {
    t.rows[r].cells.iter().map(|c| format!("{}{}", c.text, if c.inherited { "*" } else { "" })).collect()
}

/// Every table of a document, in its attachments and blocks at any depth.
fn all_tables<'d>(doc: &'d Document<'d>) -> Vec<&'d gongwen::Table<'d>> {
    fn walk<'d>(b: &'d Block<'d>, out: &mut Vec<&'d gongwen::Table<'d>>) {
        out.extend(b.tables().iter());
        b.children.iter().for_each(|c| walk(c, out));
    }
    let mut out = Vec::new();
    doc.sections.iter().for_each(|b| walk(b, &mut out));
    for a in &doc.attachments {
        out.extend(a.tables.iter());
        a.sections.iter().for_each(|b| walk(b, &mut out));
    }
    out
}

fn names(t: &gongwen::Table<'_>) -> Vec<String> {
    t.columns.iter().map(|c| c.name.to_string()).collect()
}

#[test]
fn html_rowspan_fills_the_rows_below_as_inherited() {
    let text = format!(
        "{HEAD}<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>\
         <tr><td>1</td><td>建立机制。</td><td rowspan=\"3\">市发展改革委</td><td>2024年底前</td></tr>\
         <tr><td>2</td><td>完善政策。</td><td>2025年底前</td></tr>\
         <tr><td>3</td><td>加强考核。</td><td>长期坚持</td></tr>\
         <tr><td>4</td><td>开展评估。</td><td>市财政局</td><td>2026年</td></tr></table>\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(t.form, TableForm::Html);
    assert_eq!(texts(t, 0), ["1", "建立机制。", "市发展改革委", "2024年底前"]);
    assert_eq!(texts(t, 1), ["2", "完善政策。", "市发展改革委*", "2025年底前"]);
    assert_eq!(texts(t, 2), ["3", "加强考核。", "市发展改革委*", "长期坚持"]);
    assert_eq!(texts(t, 3), ["4", "开展评估。", "市财政局", "2026年"]);
    let rows = rows(&doc);
    assert_eq!(rows.len(), 4);
    assert_eq!(inherited(rows[2]), ["市发展改革委"]);
    assert_eq!(bodies(rows[3], Role::Lead), ["市财政局"]);
    assert!(codes(&doc).iter().all(|c| !c.starts_with("table-")), "{:?}", codes(&doc));
}

#[test]
fn html_colspan_body_cell_fills_its_columns() {
    let text = format!(
        "{HEAD}<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>\
         <tr><td>1</td><td>建立机制。</td><td colspan=2>各区政府</td></tr>\
         <tr><td>2</td><td>完善政策。</td><td>市财政局</td><td>市税务局</td></tr></table>\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(texts(t, 0), ["1", "建立机制。", "各区政府", "各区政府*"]);
    assert_eq!(texts(t, 1), ["2", "完善政策。", "市财政局", "市税务局"]);
    assert!(codes(&doc).iter().all(|c| !c.starts_with("table-")), "{:?}", codes(&doc));
}

#[test]
fn html_header_over_two_rows_names_columns_upper_and_lower() {
    // 序号 and 工作任务 span both header rows; 责任单位 spans 牵头 | 配合;
    // upper-case tags, <th>, attributes in any order and quoting, a tag
    // over two lines, nested markup and &nbsp; in cells
    let text = format!(
        "{HEAD}<TABLE border=1><TR><TH ROWSPAN='2' width=9>序号</TH><th style=\"x\" rowspan = \"2\">工作任务</th>\
         <th colspan=\"2\"\n align=center><p><span>责任单位</span></p></th><th rowspan=2>完成时限</th></TR>\
         <tr><th>牵头单位</th><th>配合单位</th></tr>\
         <tr><td>1</td><td><p>建立机制。</p><p>定期会商。</p></td><td><span>市发展改革委</span></td>\
         <td>&nbsp;</td><td>2024年底前</td></tr>\
         <tr><td>2</td><td>完善政策。<br>抓好落实。</td><td>市财政局</td><td>市税务局</td><td>2025年</td></tr></TABLE>\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(t.form, TableForm::Html);
    assert_eq!(names(t), ["序号", "工作任务", "责任单位 / 牵头单位", "责任单位 / 配合单位", "完成时限"]);
    use ColumnRole::*;
    assert_eq!(t.columns.iter().map(|c| c.role).collect::<Vec<_>>(), [Number, Task, Lead, Support, Deadline]);
    assert_eq!(t.rows.len(), 2, "the second header row is no body row");
    assert_eq!(texts(t, 0), ["1", "建立机制。\n定期会商。", "市发展改革委", "", "2024年底前"]);
    assert_eq!(texts(t, 1), ["2", "完善政策。\n抓好落实。", "市财政局", "市税务局", "2025年"]);
    let rows = rows(&doc);
    assert_eq!(bodies(rows[1], Role::Support), ["市税务局"]);
    assert!(codes(&doc).iter().all(|c| !c.starts_with("table-")), "{:?}", codes(&doc));
}

#[test]
fn html_rowspan_and_colspan_together() {
    // a cell two rows high and two columns wide
    let text = format!(
        "{HEAD}<table><tr><td>地区</td><td>一季度</td><td>二季度</td><td>三季度</td></tr>\
         <tr><td>甲</td><td rowspan=\"2\" colspan=\"2\">暂无数据</td><td>3</td></tr>\
         <tr><td>乙</td><td>4</td></tr>\
         <tr><td>丙</td><td>5</td><td>6</td><td>7</td></tr></table>\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(texts(t, 0), ["甲", "暂无数据", "暂无数据*", "3"]);
    assert_eq!(texts(t, 1), ["乙", "暂无数据*", "暂无数据*", "4"]);
    assert_eq!(texts(t, 2), ["丙", "5", "6", "7"]);
    assert!(codes(&doc).iter().all(|c| !c.starts_with("table-")), "{:?}", codes(&doc));
}

#[test]
fn html_hostile_spans_are_cut_with_a_diagnostic() {
    // a rowspan of 100000 covers the rows there are, not 100000; a colspan
    // of a huge number is cut at the table's width limit; nothing dropped
    let text = format!(
        "{HEAD}<table><tr><td>地区</td><td>数量</td></tr>\
         <tr><td rowspan=\"100000\">甲</td><td>1</td></tr>\
         <tr><td>2</td></tr>\
         <tr><td colspan=\"99999999999999999999999\">乙</td><td>3</td></tr></table>\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(t.form, TableForm::Html);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(texts(t, 1), ["甲*", "2"]);
    // row 3 is still under 甲's rowspan: its cells go to the right
    assert_eq!(texts(t, 2)[0], "甲*");
    assert!(texts(t, 2).iter().any(|c| c == "乙") && texts(t, 2).iter().any(|c| c == "3"));
    assert!(t.rows[2].cells.len() <= 17, "{}", t.rows[2].cells.len());
    let c = codes(&doc);
    assert!(c.contains(&"table-span-clamped"), "{c:?}");
    assert!(c.contains(&"table-extra-cells"), "{c:?}");
}

#[test]
fn html_spans_past_the_table_and_ragged_rows() {
    let text = format!(
        "{HEAD}<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>\
         <tr><td>1</td><td>建立机制。</td><td rowspan=\"5\">市财政局</td></tr>\
         <tr><td>2</td></tr></table>\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    // a row with fewer cells: the missing ones merged with the row above
    assert_eq!(texts(t, 1), ["2", "建立机制。*", "市财政局*"]);
    let c = codes(&doc);
    assert!(c.contains(&"table-span-clamped"), "{c:?}");
    assert!(c.contains(&"table-ragged"), "{c:?}");
}

#[test]
fn shenzhen_bay_coordinate_tables_117() {
    // 117: coordinate tables whose header is two rows: 坐标 (rowspan 2) |
    // 行车方向左侧… (colspan 2 over X | Y) | … | 说明 (colspan 2)
    let text = fixture("117-");
    let doc = parse(&text);
    let tables = all_tables(&doc);
    assert_eq!(tables.len(), 7);
    let t = tables[1];
    assert_eq!(
        names(t),
        [
            "坐标",
            "行车方向左侧挢面边缘线 / X",
            "行车方向左侧挢面边缘线 / Y",
            "行车方向右侧桥面边缘线 / X",
            "行车方向右侧桥面边缘线 / Y",
            "说  明",
            "说  明"
        ]
    );
    assert_eq!(texts(t, 0), ["A1", "13725.5845", "103543.5725", "", "", "", "与红线交点1"]);
    assert_eq!(
        texts(t, 2),
        ["A3", "13714.8996", "103561.5008", "13701.6906", "103552.4718", "R-160.000\nL-96.753", "圆曲线中点"]
    );
    assert_eq!(tables[6].columns.len(), 7);
    assert!(codes(&doc).iter().all(|c| *c != "table-extra-cells"), "{:?}", codes(&doc));
}

#[test]
fn tibet_classes_enrolment_table_152() {
    // 152: 省（市） | 1995年招生人数 | 扩招 (each rowspan 2) | 分年度招生任务
    // (colspan 3 over 1996年 | 1997年 | 1998年)
    let text = fixture("152-");
    let doc = parse(&text);
    let t = all_tables(&doc)[0];
    assert_eq!(
        names(t),
        [
            "省（市）",
            "1995年招生人数",
            "扩招",
            "分年度招生任务 / 1996年",
            "分年度招生任务 / 1997年",
            "分年度招生任务 / 1998年"
        ]
    );
    assert!(t.columns.iter().all(|c| c.role == ColumnRole::Other));
    assert_eq!(texts(t, 0), ["总计", "1445", "555", "1600", "1800", "2000"]);
    assert_eq!(texts(t, 1), ["江苏", "100", "100", "120", "140", "200"]);
    assert!(codes(&doc).iter().all(|c| *c != "table-extra-cells"), "{:?}", codes(&doc));
}

#[test]
fn flattened_row_missing_its_merged_category_keeps_its_task() {
    // a row whose merged 任务名称 is printed once above has one cell fewer:
    // the list of bodies (one with a bracketed list, one ending 联) goes to
    // the body columns, the sentence to 任务内容
    let text = format!(
        "{HEAD}序号\n任务名称\n任务内容\n牵头部门\n配合部门\n时间节点\n\
         1\n营造氛围\n组织宣传。\n区绿化市容局\n各街镇\n2019年\n\
         2\n参与全市宣传工程。\n区科委、区委宣传部（区文明办、区政府新闻办）\n各街镇（园区）\n2019年\n\
         3\n实现垃圾分类进家庭。\n区民政局、区妇联\n区绿化市容局\n2019年\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(texts(t, 1)[1..4], ["营造氛围*", "参与全市宣传工程。", "区科委、区委宣传部（区文明办、区政府新闻办）"]);
    assert_eq!(texts(t, 2)[1..5], ["营造氛围*", "实现垃圾分类进家庭。", "区民政局、区妇联", "区绿化市容局"]);
    let rows = rows(&doc);
    assert_eq!(rows[1].title.as_deref(), Some("参与全市宣传工程"));
    assert_eq!(bodies(rows[2], Role::Lead), ["区民政局", "区妇联"]);
}

#[test]
fn html_title_row_over_the_table_is_a_heading_row() {
    // a first row of one cell across the table is its title, not its header
    let text = format!(
        "{HEAD}<table><tr><td colspan=\"3\">重点任务清单</td></tr>\
         <tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>\
         <tr><td>1</td><td>建立机制。</td><td>市财政局</td></tr></table>\n"
    );
    let doc = parse(&text);
    let t = &doc.attachments[0].tables[0];
    assert_eq!(names(t), ["序号", "工作任务", "牵头单位"]);
    assert!(t.rows[0].heading);
    assert_eq!(t.rows[0].cells[0].text, "重点任务清单");
    assert_eq!(texts(t, 1), ["1", "建立机制。", "市财政局"]);
    assert_eq!(bodies(rows(&doc)[0], Role::Lead), ["市财政局"]);
}

/// (body, deadline `by`) of every row of the document, wherever its table stands.
fn row_facts(doc: &Document<'_>) -> Vec<(String, Option<String>)> {
    doc.all_blocks()
        .filter(|b| b.kind == BlockKind::Row)
        .map(|b| {
            let body = b.agencies().next().map(|a| a.name.to_string()).unwrap_or_default();
            (body, b.deadline().and_then(|d| d.by.clone()))
        })
        .collect()
}

#[test]
fn a_full_date_in_a_deadline_cell_is_no_signature_date() {
    // a 完成时限 cell that is a date alone, after a cell naming a body, in
    // every form a table arrives in: before, the pair was read as the
    // notice's 署名 and 成文日期, and the table was lost
    let title = "某区2024年重点工作任务分解表\n\n";
    let rows =
        [("1", "任务一。", "区住房城乡建设委", "2024年10月31日"), ("2", "任务二。", "区绿化市容局", "2024年12月31日")];
    let flat: String = rows.iter().map(|r| format!("{}\n{}\n{}\n{}\n", r.0, r.1, r.2, r.3)).collect();
    let forms = [
        format!("{title}序号\n工作任务\n责任单位\n完成时限\n{flat}"),
        format!(
            "{title}| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n{}",
            rows.iter().map(|r| format!("| {} | {} | {} | {} |\n", r.0, r.1, r.2, r.3)).collect::<String>()
        ),
        format!(
            "{title}序号\t工作任务\t责任单位\t完成时限\n{}",
            rows.iter().map(|r| format!("{}\t{}\t{}\t{}\n", r.0, r.1, r.2, r.3)).collect::<String>()
        ),
        format!(
            "<p>某区2024年重点工作任务分解表</p><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>{}</table>",
            rows.iter()
                .map(|r| format!("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", r.0, r.1, r.2, r.3))
                .collect::<String>()
        ),
    ];
    let want = [
        ("区住房城乡建设委".to_string(), Some("2024-10-31".to_string())),
        ("区绿化市容局".to_string(), Some("2024-12-31".to_string())),
    ];
    for text in &forms {
        let doc = parse(text);
        assert_eq!(row_facts(&doc), want, "{text}");
        assert!(doc.notice.as_ref().is_none_or(|n| n.date.is_none() && n.issuers.is_empty()), "{text}");
    }
    // a notice whose signature follows the table in its body, or stands
    // before the table under 附件, keeps its signature
    let body =
        format!("某区关于下达任务的通知\n各街道：\n现将任务下达如下：\n序号\n工作任务\n责任单位\n完成时限\n{flat}");
    let after = format!("{body}请认真落实。\n某区人民政府办公室\n2024年3月1日\n");
    let straight = format!("{body}某区人民政府办公室\n2024年3月1日\n");
    let before = format!(
        "某区关于印发任务分解表的通知\n各街道：\n现将任务分解表印发给你们，请认真落实。\n某区人民政府办公室\n2024年3月1日\n附件\n任务分解表\n序号\n工作任务\n责任单位\n完成时限\n{flat}"
    );
    for text in [&after, &straight, &before] {
        let doc = parse(text);
        let n = doc.notice.as_ref().expect("a notice");
        assert_eq!(n.date.as_deref(), Some("2024-03-01"), "{text}");
        assert_eq!(n.issuers.iter().map(|t| t.as_ref()).collect::<Vec<_>>(), ["某区人民政府办公室"], "{text}");
        assert_eq!(row_facts(&doc), want, "{text}");
    }
}
