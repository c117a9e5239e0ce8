//! Red team of task tables (任务分工表, 责任清单, 民生实事项目表) in the forms
//! scrapes give them: constructed documents under
//! `tests/data/redteam_tables/` (own text), with the facts a reader
//! expects, written down before the parser was run on them.
//!
//! Forms exercised that the other red teams lack: a flattened table right
//! under a title with no notice (序号 is no line of the title), a header
//! whose names wrap over two lines (牵头 / 单位), a header repeated after a
//! page break, a flattened cell wrapped over lines (a line ending in ， or
//! 、) and a body cell of one body a line, a pipe cell broken by `<br>`, a
//! pipe table without its separator line, an HTML table with `rowspan`,
//! `colspan`, `&nbsp;` and `<p>` in cells, a tab-separated table with
//! empty cells, a 责任单位 cell naming its lead (`X（牵头）、Y`), and a
//! 名单 / indicator table that must give no task rows; sub-numbered 序号
//! (`1.1`, `1-1`) under category rows, a two-row header's group cell
//! flattened (as seen and in HTML order), HTML with `<thead>`/`<th>`, upper
//! case tags and `<br>` in cells, a table with no 序号 column, a 备注 column
//! and 完成时限 ranges.

use gongwen::{ColumnRole, Document, Period, Role, Table, TableForm};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{by, columns, parse, roles, rows, tables, titles};

fn read(name: &str) -> String {
    redteam::read("redteam_tables", name)
}

use Role::{Lead, Responsible, Support};

/// Every cell of every table reads back from the raw text (CRLF aside).
fn cells_read_back(text: &str, doc: &Document<'_>) {
    for t in tables(doc) {
        for r in &t.rows {
            for c in &r.cells {
                if c.text.is_empty() || c.text.contains('\n') {
                    continue;
                }
                assert!(text[c.span.start..c.span.end].contains(c.text.as_ref()), "{c:?}");
            }
        }
    }
}

#[test]
fn flattened_with_merged_category_and_wrapped_cells() {
    let text = read("01-flat-merged.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某市优化营商环境重点任务分工方案"));
    let t = tables(&doc)[0];
    assert_eq!(t.form, TableForm::Flattened);
    assert_eq!(columns(t)[1], ("任务类别", ColumnRole::Category));
    // the category cell spans rows 1-2 and 3-4
    assert!(t.rows[1].cells[1].inherited && t.rows[1].cells[1].text == "政务服务");
    assert!(t.rows[3].cells[1].inherited && t.rows[3].cells[1].text == "要素保障");
    let rs = rows(&doc);
    assert_eq!(rs.len(), 4);
    assert_eq!(titles(&rs)[3], ("4", "完善企业融资对接机制，定期举办银企对接活动"));
    assert_eq!(roles(rs[0]), [vec![("市市场监管局", Lead)], vec![("市公安局", Support), ("市税务局", Support)]]);
    // a 配合 cell of one body a line
    assert_eq!(
        roles(rs[3]),
        [vec![("市地方金融管理局", Lead)], vec![("市财政局", Support), ("人民银行某某市分行", Support)]]
    );
    assert_eq!(by(rs[0]), (Some("2025-06-30"), false, None));
    assert_eq!(by(rs[2]), (None, true, None));
    assert_eq!(by(rs[3]), (None, true, Some(Period::Quarter)));
    // nothing of the table left over as a paragraph
    assert!(doc.attachments[0].paragraphs.is_empty());
    cells_read_back(&text, &doc);
}

#[test]
fn header_wrapped_over_two_lines_under_a_bare_title() {
    let text = read("03-header-two-lines.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某区2025年生态环境保护重点任务分工"));
    let t = tables(&doc)[0];
    assert_eq!(
        columns(t),
        [
            ("序号", ColumnRole::Number),
            ("重点任务", ColumnRole::Task),
            ("牵头单位", ColumnRole::Lead),
            ("配合单位", ColumnRole::Support),
            ("完成时限", ColumnRole::Deadline)
        ]
    );
    let rs = rows(&doc);
    assert_eq!(titles(&rs), [("1", "开展扬尘污染专项整治"), ("2", "推进餐饮油烟治理"), ("3", "实施黑臭水体动态清零")]);
    assert_eq!(
        roles(rs[0]),
        [vec![("区住房城乡建设局", Lead)], vec![("区城市管理局", Support), ("各街道办事处", Support)]]
    );
    assert_eq!(by(rs[2]), (None, true, None));
    assert!(doc.diagnostics.iter().all(|d| !d.code.starts_with("table-")));
}

#[test]
fn header_repeated_after_a_page_break() {
    let text = read("04-page-break-header.txt");
    let doc = parse(&text);
    let ts = tables(&doc);
    assert_eq!(ts.len(), 1, "one table across the page break");
    assert_eq!(ts[0].rows.len(), 4);
    assert_eq!(columns(ts[0])[1], ("项目名称", ColumnRole::Task));
    assert_eq!(columns(ts[0])[2], ("责任处室", ColumnRole::Responsible));
    let rs = rows(&doc);
    assert_eq!(rs.iter().map(|b| b.number).collect::<Vec<_>>(), [1, 2, 3, 4]);
    assert_eq!(titles(&rs)[2], ("3", "改造老旧小区120个"));
    assert_eq!(roles(rs[2]), [vec![("城建处", Responsible)], vec![("市住房城乡建设局", Responsible)]]);
    assert_eq!(by(rs[0]).0, Some("2025-10-31"));
    assert!(doc.diagnostics.iter().all(|d| d.code != "table-numbering"));
    cells_read_back(&text, &doc);
}

#[test]
fn pipe_with_merged_cells_and_br() {
    let text = read("05-pipe-merged-br.txt");
    let doc = parse(&text);
    let t = tables(&doc)[0];
    assert_eq!(t.form, TableForm::Pipe);
    assert_eq!(t.rows.len(), 4);
    // the empty category cells are the merged ones above
    assert!(t.rows[1].cells[1].inherited && t.rows[1].cells[1].text == "数字基础设施");
    assert!(t.rows[3].cells[1].inherited && t.rows[3].cells[1].text == "数字产业化");
    let rs = rows(&doc);
    assert_eq!(rs.len(), 4);
    // <br> inside a cell: two bodies of one cell, the row not cut
    assert_eq!(
        roles(rs[0]),
        [vec![("省通信管理局", Lead)], vec![("省工业和信息化厅", Support), ("省发展改革委", Support)]]
    );
    assert_eq!(by(rs[0]).0, Some("2025-12-31"));
    assert_eq!(by(rs[3]).0, Some("2025-12-31"));
    assert!(doc.diagnostics.iter().all(|d| d.code != "table-ragged"));
}

#[test]
fn pipe_without_separator_line() {
    let text = read("06-pipe-no-separator.txt");
    let doc = parse(&text);
    let rs = rows(&doc);
    assert_eq!(rs.len(), 3);
    assert_eq!(roles(rs[0]), [vec![("市住房城乡建设局", Responsible), ("各区政府", Responsible)]]);
    assert_eq!(by(rs[1]), (None, true, Some(Period::Quarter)));
    assert_eq!(by(rs[2]).0, Some("2025-08-31"));
}

#[test]
fn html_rowspan_colspan_nbsp() {
    let text = read("07-html-rowspan.txt");
    let doc = parse(&text);
    let t = tables(&doc)[0];
    assert_eq!(t.form, TableForm::Html);
    assert_eq!(columns(t)[0], ("序号", ColumnRole::Number));
    assert!(t.rows[1].cells[1].inherited && t.rows[1].cells[1].text == "创新平台");
    // the colspan note row is kept
    assert!(t.rows.iter().any(|r| r.cells.iter().any(|c| c.text.starts_with("备注"))));
    let rs = rows(&doc);
    assert_eq!(
        titles(&rs),
        [("1", "建设市级实验室3家"), ("2", "新建企业技术中心10家"), ("3", "培育高新技术企业100家")]
    );
    // &nbsp; cell: no body
    assert_eq!(roles(rs[1]), [vec![("市工业和信息化局", Lead)]]);
    assert_eq!(roles(rs[2]), [vec![("市科技局", Lead)], vec![("市税务局", Support), ("各区政府", Support)]]);
}

#[test]
fn tab_separated_with_empty_cells() {
    let text = read("08-tsv-empty.txt");
    let doc = parse(&text);
    let t = tables(&doc)[0];
    assert_eq!(t.form, TableForm::Tsv);
    let rs = rows(&doc);
    assert_eq!(rs.len(), 4);
    assert_eq!(roles(rs[0]), [vec![("区委政法委", Lead)], vec![("各街道办事处", Support)]]);
    assert_eq!(by(rs[1]), (None, true, Some(Period::Quarter)));
    // the row short of a cell: kept, with a diagnostic
    assert_eq!(t.rows[3].cells.len(), 5);
    assert!(doc.diagnostics.iter().any(|d| d.code == "table-ragged"));
}

#[test]
fn responsibility_cells_naming_their_lead() {
    let text = read("09-clause-cells.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某市2025年稳就业重点任务分工"));
    let rs = rows(&doc);
    assert_eq!(rs.len(), 3);
    assert_eq!(roles(rs[0]), [vec![("市人力资源社会保障局", Lead), ("市教育局", Support)]]);
    // one body a line in one cell
    assert_eq!(roles(rs[1]), [vec![("市人力资源社会保障局", Lead), ("各区政府", Support), ("市直有关部门", Support)]]);
    assert!(rs[1].paragraphs.is_empty());
    assert_eq!(roles(rs[2]), [vec![("市财政局", Lead), ("人民银行某某市分行", Support)]]);
    assert_eq!(by(rs[2]).0, Some("2025-09-30"));
}

#[test]
fn a_name_list_and_an_indicator_table_give_no_task_rows() {
    let text = read("10-no-false-tables.txt");
    let doc = parse(&text);
    assert!(rows(&doc).is_empty());
    assert!(doc.blocks().all(|b| b.responsibilities.iter().all(|r| r.agencies.is_empty())));
}

#[test]
fn numbers_written_as_markers() {
    let text = read("11-bracket-numbers.txt");
    let doc = parse(&text);
    let rs = rows(&doc);
    assert_eq!(
        titles(&rs),
        [
            ("（1）", "实施高校毕业生就业促进行动"),
            ("（2）", "开展重点群体职业技能培训"),
            ("（3）", "加大创业担保贷款支持力度")
        ]
    );
    assert_eq!(rs.iter().map(|b| b.number).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(roles(rs[2]), [vec![("市财政局", Lead), ("人民银行某某市分行", Support)]]);
}

/// A 序号 column holding group numbers and sub-numbers (`1` 产业振兴,
/// `1.1`, `1.2`, `2` …, `2.1`): the group's row is a category row (a
/// heading row of the table), the sub-numbered rows are the task rows.
#[test]
fn sub_numbered_rows() {
    let text = read("02-flat-subnumbers.txt");
    let doc = parse(&text);
    let rs = rows(&doc);
    assert_eq!(rs.iter().map(|b| b.marker.as_ref()).collect::<Vec<_>>(), ["1.1", "1.2", "2.1"]);
    assert_eq!(roles(rs[0]), [vec![("县农业农村局", Lead)], vec![("各乡镇人民政府", Responsible)]]);
    assert_eq!(titles(&rs)[2], ("2.1", "培育高素质农民"));
    assert_eq!(by(rs[1]).0, Some("2025-12-31"));
    let t = tables(&doc)[0];
    let heads: Vec<bool> = t.rows.iter().map(|r| r.heading).collect();
    assert_eq!(heads, [true, false, false, true, false]);
    // the category row keeps its cells
    assert!(t.rows[0].cells.iter().any(|c| c.text == "产业振兴"));
    assert!(doc.diagnostics.iter().all(|d| !d.code.starts_with("table-")), "{:?}", doc.diagnostics);
    cells_read_back(&text, &doc);
}

/// Sub-numbers written `1-1`, `1-2`; the last row's deadline 长期坚持.
#[test]
fn sub_numbered_rows_with_a_dash() {
    let text = read("12-flat-sub-dash.txt");
    let doc = parse(&text);
    let rs = rows(&doc);
    assert_eq!(rs.iter().map(|b| b.marker.as_ref()).collect::<Vec<_>>(), ["1-1", "1-2", "2-1", "2-2"]);
    assert_eq!(rs.iter().map(|b| b.number).collect::<Vec<_>>(), [1, 2, 1, 2]);
    assert_eq!(
        roles(rs[0]),
        [vec![("区旧区改造指挥部", Lead)], vec![("区财政局", Support), ("区规划资源局", Support)]]
    );
    assert_eq!(titles(&rs)[3], ("2-2", "整治背街小巷30条"));
    assert_eq!(by(rs[3]), (None, true, None));
    let t = tables(&doc)[0];
    assert_eq!(t.rows.len(), 6);
    assert!(t.rows[0].heading && t.rows[3].heading);
    assert!(doc.diagnostics.iter().all(|d| !d.code.starts_with("table-")), "{:?}", doc.diagnostics);
    cells_read_back(&text, &doc);
}

/// The columns of a task table whose 责任单位 is a group over 牵头单位 and
/// 配合单位.
fn group_columns(task: &str) -> Vec<(String, ColumnRole)> {
    vec![
        ("序号".to_string(), ColumnRole::Number),
        (task.to_string(), ColumnRole::Task),
        ("责任单位 / 牵头单位".to_string(), ColumnRole::Lead),
        ("责任单位 / 配合单位".to_string(), ColumnRole::Support),
        ("完成时限".to_string(), ColumnRole::Deadline),
    ]
}

fn owned_columns(t: &Table<'_>) -> Vec<(String, ColumnRole)> {
    columns(t).into_iter().map(|(n, r)| (n.to_string(), r)).collect()
}

/// A two-row header flattened as it is seen: the group cell, then the cells
/// under it.
#[test]
fn flattened_group_header() {
    let text = read("13-flat-group-header.txt");
    let doc = parse(&text);
    let t = tables(&doc)[0];
    assert_eq!(owned_columns(t), group_columns("重点任务"));
    let rs = rows(&doc);
    assert_eq!(rs.len(), 3);
    assert_eq!(roles(rs[0]), [vec![("市数据局", Lead)], vec![("市发展改革委", Support), ("市财政局", Support)]]);
    assert_eq!(roles(rs[1]), [vec![("市政务服务中心", Lead)], vec![("市数据局", Support)]]);
    assert_eq!(by(rs[1]).0, Some("2025-09-30"));
    assert!(doc.diagnostics.iter().all(|d| !d.code.starts_with("table-")), "{:?}", doc.diagnostics);
    cells_read_back(&text, &doc);
}

/// A two-row header flattened in the order of its HTML: the first row's
/// cells (the group among them), then the second row's under the group.
#[test]
fn flattened_group_header_in_document_order() {
    let text = read("14-flat-group-header-dom.txt");
    let doc = parse(&text);
    let t = tables(&doc)[0];
    assert_eq!(owned_columns(t), group_columns("主要任务"));
    let rs = rows(&doc);
    assert_eq!(titles(&rs), [("1", "开展村庄清洁行动"), ("2", "推进农村户厕改造")]);
    assert_eq!(roles(rs[0]), [vec![("县农业农村局", Lead)], vec![("各镇人民政府", Support)]]);
    assert_eq!(
        roles(rs[1]),
        [vec![("县卫生健康局", Lead)], vec![("县农业农村局", Support), ("各镇人民政府", Support)]]
    );
    assert_eq!(by(rs[0]).0, Some("2025-10-31"));
    assert!(doc.diagnostics.iter().all(|d| !d.code.starts_with("table-")), "{:?}", doc.diagnostics);
}

/// HTML with <thead>/<tbody>/<th>, tags and attributes in upper or mixed
/// case, a group header over two rows, and cells broken by `<br>` in its
/// three spellings.
#[test]
fn html_thead_th_and_br() {
    let text = read("15-html-thead.txt");
    let doc = parse(&text);
    let t = tables(&doc)[0];
    assert_eq!(t.form, TableForm::Html);
    assert_eq!(owned_columns(t), group_columns("项目名称"));
    assert_eq!(t.rows.len(), 3);
    assert!(t.rows.iter().all(|r| !r.heading));
    let rs = rows(&doc);
    assert_eq!(rs.len(), 3);
    assert!(titles(&rs)[0].1.starts_with("新增普惠性托位"));
    assert_eq!(roles(rs[0]), [vec![("市卫生健康委", Lead)], vec![("市教育局", Support), ("各区政府", Support)]]);
    assert_eq!(roles(rs[1]), [vec![("市商务局", Lead)], vec![("市市场监管局", Support), ("各区政府", Support)]]);
    assert_eq!(by(rs[1]).0, Some("2025-10-31"));
    assert_eq!(by(rs[2]), (None, true, None));
    assert!(doc.diagnostics.iter().all(|d| !d.code.starts_with("table-")), "{:?}", doc.diagnostics);
}

/// A flattened task table with no 序号 column: each row is as many lines
/// as there are columns, read while every line fits its column; the rows
/// are numbered in order, their markers empty.
#[test]
fn flattened_without_a_number_column() {
    let text = read("16-flat-no-number.txt");
    let doc = parse(&text);
    let t = tables(&doc)[0];
    assert_eq!(t.form, TableForm::Flattened);
    assert_eq!(columns(t)[0], ("工作任务", ColumnRole::Task));
    let rs = rows(&doc);
    assert_eq!(titles(&rs), [("", "推行企业开办“一日办结”"), ("", "推进涉企证照电子化"), ("", "开展涉企收费专项检查")]);
    assert_eq!(rs.iter().map(|b| b.number).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(roles(rs[0]), [vec![("市市场监管局", Lead)], vec![("市公安局", Support), ("市税务局", Support)]]);
    assert_eq!(by(rs[2]), (None, true, None));
    cells_read_back(&text, &doc);
}

/// A 备注 column (no body, no deadline, a cell left empty) and 完成时限
/// cells holding ranges of years and months, a year alone, and 长期.
#[test]
fn remarks_and_deadline_ranges() {
    let text = read("17-flat-remarks-ranges.txt");
    let doc = parse(&text);
    let t = tables(&doc)[0];
    assert_eq!(columns(t)[4], ("备注", ColumnRole::Other));
    assert_eq!(t.rows.len(), 4);
    assert_eq!(t.rows[0].cells[4].text, "续建");
    assert_eq!(t.rows[2].cells[4].text, "");
    assert_eq!(t.rows[3].cells[4].text, "分两期实施");
    let rs = rows(&doc);
    assert_eq!(roles(rs[1]), [vec![("县住房城乡建设局", Responsible)]]);
    assert_eq!(by(rs[0]).0, Some("2025-12-31"));
    assert_eq!(by(rs[1]).0, Some("2025-06-30"));
    assert_eq!(by(rs[2]), (None, true, None));
    assert_eq!(by(rs[3]).0, Some("2025-12-31"));
    // no 备注 text is read as a paragraph of a row
    assert!(rs.iter().all(|b| b.paragraphs.is_empty()));
    cells_read_back(&text, &doc);
}
