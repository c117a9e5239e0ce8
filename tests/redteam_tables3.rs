//! Red team of task tables, the leftovers of the first two: constructed
//! documents under `tests/data/redteam_tables3/` (own text), with the facts a
//! reader expects, written down before the parser was run on them.
//!
//! Exercised: sub-numbered 序号 (`1.1`, `1-1`) under category rows in a
//! markdown pipe table, a tab-separated table and an HTML `<table>` (the
//! category row a `colspan` cell); a flattened table with no 序号 whose task
//! column's name is longer than four characters (`主要工作任务`,
//! `重点任务及具体措施`); column names 工作目标, 责任领导, 牵头处室, 主责单位,
//! 协同单位, 督办单位 (a supervisor, no body answering for the task),
//! 时间安排, 备注; bodies split by 、，； a space or a line break,
//! `各区县（市）人民政府` with its brackets, `市发展改革委（牵头）、…` in a
//! 主责单位 cell; a flattened table across a page break whose bare page
//! number stands before the repeated header.

use gongwen::{ColumnRole, Document, Period, Role, Table, TableForm};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{by, columns, parse, roles, rows, spans_read_back, tables, titles};

fn read(name: &str) -> String {
    redteam::read("redteam_tables3", name)
}

use Role::{Lead, Responsible, Support};

/// Which rows of the table are heading rows.
fn headings(t: &Table<'_>) -> Vec<bool> {
    t.rows.iter().map(|r| r.heading).collect()
}

/// Every body any row names, its own or inherited.
fn all_bodies<'d>(doc: &'d Document<'_>) -> Vec<&'d str> {
    rows(doc)
        .into_iter()
        .flat_map(|b| {
            b.responsibilities
                .iter()
                .flat_map(|r| r.agencies.iter())
                .chain(b.inherited().iter())
                .map(|a| a.name.as_ref())
        })
        .collect()
}

fn no_numbering_warning(doc: &Document<'_>) {
    let codes: Vec<&str> = doc.diagnostics.iter().map(|d| d.code.as_ref()).collect();
    assert!(!codes.contains(&"table-numbering"), "{codes:?}");
}

#[test]
fn pipe_sub_numbers_under_category_rows() {
    let text = read("01-pipe-subnumbers.md");
    let doc = parse(&text);
    let ts = tables(&doc);
    assert_eq!(ts.len(), 1);
    assert_eq!(ts[0].form, TableForm::Pipe);
    // the category rows 1 and 2 are heading rows, no tasks
    assert_eq!(headings(ts[0]), [true, false, false, false, true, false, false]);
    let rs = rows(&doc);
    assert_eq!(
        titles(&rs),
        [
            ("1.1", "推行企业开办“一网通办”"),
            ("1.2", "推进涉企证照电子化应用"),
            ("1.3", "建立政务服务“好差评”闭环机制"),
            ("2.1", "开展涉企收费专项检查"),
            ("2.2", "完善中小企业融资对接机制")
        ]
    );
    // no row inherits the bodies of the row above a category row
    assert!(rs.iter().all(|b| b.inherited().is_empty()));
    assert_eq!(roles(rs[0]), [vec![("市市场监管局", Lead)], vec![("市公安局", Support), ("市税务局", Support)]]);
    assert_eq!(roles(rs[2])[1], [("各区县（市）人民政府", Support)]);
    assert_eq!(roles(rs[3])[1], [("市财政局", Support), ("市市场监管局", Support)]);
    assert_eq!(by(rs[0]), (Some("2026-06-30"), false, None));
    assert_eq!(by(rs[2]), (None, true, None));
    assert_eq!(by(rs[4]).2, Some(Period::Quarter));
    no_numbering_warning(&doc);
    spans_read_back(&text, &doc);
}

#[test]
fn tab_separated_sub_numbers_with_a_dash() {
    let text = read("02-tsv-subnumbers.txt");
    let doc = parse(&text);
    let ts = tables(&doc);
    assert_eq!(ts.len(), 1);
    assert_eq!(ts[0].form, TableForm::Tsv);
    assert_eq!(headings(ts[0]), [true, false, false, true, false, false]);
    let rs = rows(&doc);
    assert_eq!(rs.iter().map(|b| b.marker.as_ref()).collect::<Vec<_>>(), ["1-1", "1-2", "2-1", "2-2"]);
    assert!(rs.iter().all(|b| b.inherited().is_empty()));
    assert_eq!(
        roles(rs[2]),
        [vec![("区城市管理委", Responsible)], vec![("区规划分局", Support), ("各街道办事处", Support)]]
    );
    assert!(!all_bodies(&doc).contains(&"公共空间提升"));
    assert_eq!(by(rs[1]), (Some("2026-11-30"), false, None));
    no_numbering_warning(&doc);
    spans_read_back(&text, &doc);
}

#[test]
fn html_sub_numbers_under_a_colspan_category() {
    let text = read("03-html-subnumbers.html");
    let doc = parse(&text);
    let ts = tables(&doc);
    assert_eq!(ts.len(), 1);
    assert_eq!(ts[0].form, TableForm::Html);
    assert_eq!(columns(ts[0])[2], ("责任领导", ColumnRole::Other));
    assert_eq!(headings(ts[0]), [true, false, false, true, false, false]);
    let rs = rows(&doc);
    assert_eq!(
        titles(&rs),
        [
            ("1.1", "新建高标准农田3万亩"),
            ("1.2", "培育县级以上农业产业化龙头企业5家"),
            ("2.1", "培训高素质农民600人"),
            ("2.2", "选派科技特派员40名")
        ]
    );
    assert_eq!(
        roles(rs[0]),
        [vec![("县农业农村局", Lead)], vec![("县财政局", Responsible), ("县自然资源局", Responsible)]]
    );
    // a category's name, a leader's: no body
    let bodies = all_bodies(&doc);
    assert!(!bodies.iter().any(|b| ["产业振兴", "人才振兴", "张某某", "李某某"].contains(b)), "{bodies:?}");
    assert_eq!(by(rs[3]), (Some("2026-06-30"), false, None));
    no_numbering_warning(&doc);
    spans_read_back(&text, &doc);
}

#[test]
fn flattened_without_a_number_under_a_long_task_name() {
    let text = read("04-flat-no-number-long-head.txt");
    let doc = parse(&text);
    let ts = tables(&doc);
    assert_eq!(ts.len(), 2);
    assert_eq!(columns(ts[0])[0], ("主要工作任务", ColumnRole::Task));
    assert_eq!(
        columns(ts[1]),
        [
            ("重点任务及具体措施", ColumnRole::Task),
            ("责任主体", ColumnRole::Responsible),
            ("完成时间", ColumnRole::Deadline)
        ]
    );
    let rs = rows(&doc);
    assert_eq!(
        rs.iter().map(|b| b.title.as_deref().unwrap_or("")).collect::<Vec<_>>(),
        [
            "新建社区健身中心15个",
            "举办全民健身运动会",
            "开展国民体质监测",
            "推动学校体育场馆向社会开放",
            "建设健身步道100公里"
        ]
    );
    assert_eq!(
        roles(rs[0]),
        [vec![("市体育局", Lead)], vec![("市住房城乡建设局", Support), ("各区人民政府", Support)]]
    );
    assert_eq!(roles(rs[3]), [vec![("市教育局", Responsible)]]);
    assert_eq!(by(rs[4]), (Some("2026-11-30"), false, None));
    spans_read_back(&text, &doc);
}

#[test]
fn columns_of_roles_targets_leaders_and_supervisors() {
    let text = read("05-pipe-columns.md");
    let doc = parse(&text);
    let ts = tables(&doc);
    assert_eq!(ts.len(), 1);
    assert_eq!(
        columns(ts[0]),
        [
            ("序号", ColumnRole::Number),
            ("项目名称", ColumnRole::Task),
            ("工作目标", ColumnRole::Other),
            ("责任领导", ColumnRole::Other),
            ("牵头处室", ColumnRole::Lead),
            ("主责单位", ColumnRole::Responsible),
            ("协同单位", ColumnRole::Support),
            ("督办单位", ColumnRole::Other),
            ("时间安排", ColumnRole::Deadline),
            ("备注", ColumnRole::Other)
        ]
    );
    let rs = rows(&doc);
    assert_eq!(titles(&rs)[0], ("1", "建设城市口袋公园"));
    // a target is no text of the task
    assert!(rs[0].paragraphs.is_empty());
    // bodies split by a space
    assert_eq!(
        roles(rs[0]),
        [
            vec![("城建处", Lead)],
            vec![("市城市管理局", Responsible)],
            vec![("市自然资源局", Support), ("市财政局", Support)]
        ]
    );
    assert_eq!(roles(rs[1])[2], [("各区县（市）人民政府", Support), ("XX市直有关部门", Support)]);
    // the cell's own role over its column's; a line break between bodies
    assert_eq!(
        roles(rs[2]),
        [
            vec![("城建处", Lead)],
            vec![("市发展改革委", Lead), ("市住房城乡建设局", Support)],
            vec![("市财政局", Support), ("国网某某供电公司", Support)]
        ]
    );
    // the supervisor and the leaders are no bodies of the rows
    let bodies = all_bodies(&doc);
    assert!(!bodies.iter().any(|b| ["市政府督查室", "王某某", "刘某某"].contains(b)), "{bodies:?}");
    assert_eq!(by(rs[1]), (Some("2026-12-31"), false, None));
    spans_read_back(&text, &doc);
}

#[test]
fn flattened_across_a_page_break_with_a_bare_page_number() {
    let text = read("06-flat-page-break.txt");
    let doc = parse(&text);
    let ts = tables(&doc);
    assert_eq!(ts.len(), 1, "one table across the page break");
    let rs = rows(&doc);
    assert_eq!(rs.iter().map(|b| b.number).collect::<Vec<_>>(), [1, 2, 3, 4]);
    assert_eq!(titles(&rs)[2], ("3", "新增城区停车泊位1000个"));
    // the last row of the page keeps all its lines: three bodies one a
    // line under 责任单位 | 配合单位 (where the second goes the text does not
    // tell: the fact first written, 县财政局 a partner, was a guess), and
    // its deadline
    let named: Vec<_> = roles(rs[1]).concat();
    assert_eq!(named[0], ("县住房城乡建设局", Responsible));
    assert_eq!(named[1..].iter().map(|n| n.0).collect::<Vec<_>>(), ["县财政局", "县民政局"]);
    assert_eq!(named[2].1, Support);
    assert_eq!(by(rs[1]), (Some("2026-10-31"), false, None));
    assert_eq!(roles(rs[3]), [vec![("县生态环境局", Responsible)], vec![("县水利局", Support)]]);
    // the page number is no cell
    assert!(ts[0].rows.iter().all(|r| r.cells.iter().all(|c| c.text != "5")));
    no_numbering_warning(&doc);
    spans_read_back(&text, &doc);
}
