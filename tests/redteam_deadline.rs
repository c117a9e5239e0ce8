//! Red team of deadline forms (完成时限): constructed documents under
//! `tests/data/redteam_deadline/` (own text: a city's 工作要点 with a notice,
//! a district's 任务分工 table with a 完成时限 column, a county's 实施方案
//! with prose clauses and no date, a regulation with 施行 dates, key points
//! without a date), with the facts a demanding reader expects, written down
//! before the parser was run on them.
//!
//! The readings chosen:
//!
//! - a deadline relative to the document (`本通知印发之日起30日内`,
//!   `自本通知印发之日起3个月内`) counts from its 成文日期, the day of issue
//!   not counted (民法典 art. 201–202: `30日内` from 2024-03-15 is
//!   2024-04-14, `3个月内` is 2024-06-15); without a date the text is kept
//!   and `by` is null; relative to the 施行 of a regulation (its effective
//!   date, not its date of issue), `by` is null too;
//! - a five-year plan's period (`“十四五”期间`, `“十四五”末`) is a range,
//!   2021–2025: `by` its last day, 2025-12-31, not ongoing (work carried on
//!   through a period that ends: `（…，“十四五”期间持续推进）` is by
//!   2025-12-31); read in brackets, cells and `完成时限：` lines, not in the
//!   task's text before a clause (a cost decision: another anchor for
//!   every task text, +0.3 % Ir);
//! - 明年 is the document's year + 1; 次年 the year after the dated phrase
//!   before it in the same text (alone, it follows an event: no deadline);
//! - a quarter's or a half's end (`一季度末`) is the quarter's last day;
//! - a recurring deadline (`每年12月底前报送`) is `every` its period; when a
//!   range or date before it in the same text bounds it (`2024—2025年分步
//!   实施，每年12月底前报送`), `by` is the bound's last day and the work is
//!   not ongoing; unbounded, `ongoing` and `by` null as before;
//! - a frequency (`每季度开展一次进度调度`, `每月召开一次`, `定期通报`) and a
//!   start (`2024年起`, `自2024年1月1日起施行`, `即日起`) are no deadline;
//!   an expiry (`有效期至2028年12月31日`) is none either;
//! - several phrases before a clause: the nearest one (the last before the
//!   clause) is its deadline, a start or frequency never.

use gongwen::{Block, Deadline, Document, Period};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::parse;

fn read(name: &str) -> String {
    redteam::read("redteam_deadline", name)
}

/// (text, by, ongoing, every) of a deadline.
type When<'d> = (&'d str, Option<&'d str>, bool, Option<Period>);

fn when<'d>(d: &'d Deadline<'_>) -> When<'d> {
    (d.text.as_ref(), d.by.as_deref(), d.ongoing, d.every)
}

/// The block with this marker whose title or text starts with `start`.
fn task<'d>(doc: &'d Document<'_>, marker: &str, start: &str) -> &'d Block<'d> {
    doc.blocks()
        .find(|b| {
            b.marker == marker
                && (b.title.as_deref().is_some_and(|t| t.starts_with(start))
                    || b.paragraphs.first().is_some_and(|p| p.text.starts_with(start)))
        })
        .unwrap_or_else(|| panic!("no block {marker}{start}"))
}

/// The deadline of a task: its first clause's that has one, else the
/// block's own (a row's 完成时限 cell, a `完成时限：` line).
fn deadline<'d>(b: &'d Block<'_>) -> Option<When<'d>> {
    b.responsibilities.iter().find_map(|r| r.deadline.as_deref()).or(b.deadline()).map(when)
}

/// Every deadline of the document reads back at its span.
fn spans_read_back(text: &str, doc: &Document<'_>) {
    for b in doc.blocks() {
        let all = b.responsibilities.iter().filter_map(|r| r.deadline.as_deref()).chain(b.deadline());
        for d in all {
            assert_eq!(&text[d.span.start..d.span.end], d.text.as_ref());
        }
    }
    redteam::spans_read_back(text, doc);
}

#[test]
fn city_key_points_with_a_notice() {
    let text = read("01-key-points.txt");
    let doc = parse(&text);
    assert_eq!(doc.notice.as_ref().and_then(|n| n.date.as_deref()), Some("2024-03-15"));
    // relative to the notice: 30 days from 2024-03-15, the day itself not counted
    let b = task(&doc, "（一）", "编制算力基础设施布局方案");
    assert_eq!(deadline(b), Some(("本通知印发之日起30日内", Some("2024-04-14"), false, None)));
    let b = task(&doc, "（二）", "推进千兆光网扩容提速");
    assert_eq!(deadline(b), Some(("2024年上半年", Some("2024-06-30"), false, None)));
    // the end of a quarter, the document's year
    let b = task(&doc, "（三）", "开展城市数据资源普查");
    assert_eq!(deadline(b), Some(("一季度末", Some("2024-03-31"), false, None)));
    // a plan period in the task's text is not looked for (the search of
    // every task text would need another anchor: +0.3 % Ir), nor ongoing
    // work that does not stand alone
    let b = task(&doc, "（四）", "实施“十四五”数字经济发展规划");
    assert_eq!(deadline(b), None);
    // in the brackets: its last day, the work going on until then
    let b = task(&doc, "（十三）", "推进数字政府建设");
    assert_eq!(deadline(b), Some(("持续推进", Some("2025-12-31"), false, None)));
    let b = task(&doc, "（五）", "完成规模以上工业企业");
    assert_eq!(deadline(b), Some(("2024年9月底", Some("2024-09-30"), false, None)));
    // two deadlines before the clause: the nearest, its year from the first
    let b = task(&doc, "（六）", "建设工业互联网标识解析二级节点");
    assert_eq!(deadline(b), Some(("年底前", Some("2024-12-31"), false, None)));
    // a start and a frequency: no deadline
    let b = task(&doc, "（七）", "2024年起实施中小企业");
    assert_eq!(b.responsibilities.len(), 1);
    assert_eq!(deadline(b), None);
    // a recurring deadline bounded by the range before it
    let b = task(&doc, "（八）", "建立数字经济统计监测制度");
    assert_eq!(deadline(b), Some(("每年12月底前", Some("2025-12-31"), false, Some(Period::Year))));
    let b = task(&doc, "（九）", "出台促进数据要素市场");
    assert_eq!(deadline(b), Some(("下半年", Some("2024-12-31"), false, None)));
    // 明年: the document's year + 1
    let b = task(&doc, "（十）", "筹建市数据交易中心");
    assert_eq!(deadline(b), Some(("明年6月底前", Some("2025-06-30"), false, None)));
    // 定期, 每月…一次: how often, no deadline
    let b = task(&doc, "（十一）", "定期通报各区数字经济发展情况");
    assert_eq!(b.responsibilities.len(), 1);
    assert_eq!(deadline(b), None);
    // months: the same day three months on
    let b = task(&doc, "（十二）", "研究制定公共数据授权运营管理办法");
    assert_eq!(deadline(b), Some(("自本通知印发之日起3个月内", Some("2024-06-15"), false, None)));
    spans_read_back(&text, &doc);
}

#[test]
fn district_division_table_with_a_deadline_column() {
    let text = read("02-division-table.txt");
    let doc = parse(&text);
    let rows: Vec<&Block<'_>> = doc.blocks().filter(|b| b.deadline().is_some()).collect();
    assert_eq!(rows.len(), 10);
    let got: Vec<When<'_>> = rows.iter().map(|b| when(b.deadline().unwrap())).collect();
    assert_eq!(
        got,
        [
            ("2024年前三季度", Some("2024-09-30"), false, None),
            ("2024年9月", Some("2024-09-30"), false, None),
            // the title's year
            ("年底前", Some("2024-12-31"), false, None),
            ("每季度末", None, true, Some(Period::Quarter)),
            ("长期坚持", None, true, None),
            ("2024—2025年", Some("2025-12-31"), false, None),
            // relative to a document whose date is not known: kept, no day
            ("本方案印发之日起15日内", None, false, None),
            ("“十四五”期间", Some("2025-12-31"), false, None),
            ("明年一季度", Some("2025-03-31"), false, None),
            ("2024年12月31日前", Some("2024-12-31"), false, None),
        ]
    );
    spans_read_back(&text, &doc);
}

#[test]
fn county_plan_with_prose_clauses_and_no_date() {
    let text = read("03-plan-prose.txt");
    let doc = parse(&text);
    let b = task(&doc, "（一）", "农村厕所改造");
    assert_eq!(deadline(b), Some(("本方案印发之日起60日内", None, false, None)));
    // 次年: the year after the phrase before it
    let b = task(&doc, "（二）", "生活垃圾治理");
    assert_eq!(deadline(b), Some(("次年6月底前", Some("2026-06-30"), false, None)));
    // a plan's period in the task's text: not looked for (see 01); in a
    // `完成时限：` line, its last day
    let b = task(&doc, "（三）", "生活污水治理");
    assert_eq!(deadline(b), Some(("“十四五”末", Some("2025-12-31"), false, None)));
    let b = task(&doc, "（四）", "村容村貌提升");
    assert_eq!(deadline(b), Some(("长期坚持", None, true, None)));
    // 每半年开展一次, 定期通报: how often
    let b = task(&doc, "（一）", "强化督导考核");
    assert_eq!(deadline(b), None);
    // a recurring deadline, unbounded
    let b = task(&doc, "（二）", "加强资金保障");
    assert_eq!(deadline(b), Some(("每年3月底前", None, true, Some(Period::Year))));
    spans_read_back(&text, &doc);
}

#[test]
fn regulation_with_effective_dates() {
    let text = read("04-regulation.txt");
    let doc = parse(&text);
    // 自…起施行, 有效期至…: no deadline of any article
    let b = task(&doc, "第二条", "本办法自2024年1月1日起施行");
    assert_eq!(deadline(b), None);
    // relative to the regulation's 施行, not its issue: kept, no day
    let b = task(&doc, "第三条", "市大数据局负责统筹");
    assert_eq!(deadline(b), Some(("自本办法施行之日起6个月内", None, false, None)));
    // 即日起: a start
    let b = task(&doc, "第四条", "各区人民政府负责");
    assert_eq!(deadline(b), None);
    let b = task(&doc, "第五条", "市数据局会同市财政局");
    assert_eq!(deadline(b), Some(("2024年6月30日前", Some("2024-06-30"), false, None)));
    spans_read_back(&text, &doc);
}

#[test]
fn key_points_without_a_date() {
    let text = read("05-key-points-undated.txt");
    let doc = parse(&text);
    let b = task(&doc, "（一）", "建立首席数据官制度");
    assert_eq!(deadline(b), Some(("本通知印发之日起30日内", None, false, None)));
    let b = task(&doc, "（二）", "开展公共数据质量提升行动");
    assert_eq!(deadline(b), Some(("年内", None, false, None)));
    let b = task(&doc, "（三）", "完成区级政务云迁移");
    assert_eq!(deadline(b), Some(("明年底前", None, false, None)));
    spans_read_back(&text, &doc);
}

#[test]
fn json_carries_the_readings() {
    let text = read("01-key-points.txt");
    let doc = parse(&text);
    let json = doc.to_json();
    assert!(
        json.contains(r#""text":"本通知印发之日起30日内","by":"2024-04-14","ongoing":false,"every":null"#),
        "{json}"
    );
    assert!(json.contains(r#""text":"每年12月底前","by":"2025-12-31","ongoing":false,"every":"year""#), "{json}");
}

/// The corpus: 国发〔2018〕39号 (dated 2018-11-16) asks the provinces to
/// issue their measures `在本意见印发之日起30日内` before the clause
/// `（各省级人民政府负责）`: 30 days from 2018-11-16 is 2018-12-16.
#[test]
fn corpus_time_counted_from_an_opinions_issue() {
    let path = format!("{}/fixtures/wide/115-guofa-2018-39-employment-opinions.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let doc = parse(&text);
    assert_eq!(doc.notice.as_ref().and_then(|n| n.date.as_deref()), Some("2018-11-16"));
    let b = doc.blocks().find(|b| b.marker == "（十二）").unwrap();
    assert_eq!(deadline(b), Some(("本意见印发之日起30日内", Some("2018-12-16"), false, None)));
    spans_read_back(&text, &doc);
}
