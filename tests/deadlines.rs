//! Deadlines written inside clauses (issue #13): each form on constructed
//! documents, which clause a deadline belongs to, the fallbacks (a
//! `完成时限：` line, the document's year for 年内), and facts read off the
//! corpus documents (never off the parser's output).
//!
//! The rule: a clause's deadline is the last deadline phrase inside its
//! brackets, else the nearest one in the task text before it on its line
//! (from the line's start, or from the end of the line's previous clause);
//! a `完成时限：` line of the block applies to its clauses that state none.

mod common;

use gongwen::{Deadline, Document, Period};

fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).expect("parses")
}

/// A document dated 2023-05-10 whose one task block is `task`.
fn doc_2023(task: &str) -> String {
    format!(
        "关于印发重点任务的通知\n各区人民政府：\n现将《重点任务》印发给你们，请认真贯彻执行。\n上海市人民政府办公厅\n2023年5月10日\n\
         重点任务\n一、主要任务\n（一）{task}\n"
    )
}

/// The deadline of the first clause of the first task block.
fn first_clause_deadline<'d>(doc: &'d Document<'_>) -> Option<&'d Deadline<'d>> {
    let block = doc.blocks().find(|b| !b.responsibilities.is_empty())?;
    block.responsibilities[0].deadline.as_deref()
}

/// (text, by, ongoing) of the first clause's deadline of `task` in a 2023 document.
fn read(task: &str) -> Option<(String, Option<String>, bool)> {
    let text = doc_2023(task);
    let doc = parse(&text);
    first_clause_deadline(&doc).map(|d| (d.text.to_string(), d.by.clone(), d.ongoing))
}

fn by(task: &str) -> Option<String> {
    read(task).and_then(|r| r.1)
}

#[test]
fn the_forms_of_the_issue_inside_a_clauses_brackets() {
    for (clause, text, want) in [
        ("（市发展改革委牵头，2025年底前完成）", "2025年底前", "2025-12-31"),
        ("（市发展改革委牵头，2024年6月底前完成）", "2024年6月底前", "2024-06-30"),
        ("（市发展改革委牵头，2023年第三季度）", "2023年第三季度", "2023-09-30"),
        ("（市发展改革委牵头，2025年12月31日前完成）", "2025年12月31日前", "2025-12-31"),
        ("（市发展改革委牵头，年内完成）", "年内", "2023-12-31"),
        ("（责任单位：市水务局；完成时限：2024年12月）", "2024年12月", "2024-12-31"),
        ("（市水务局负责，2023—2025年）", "2023—2025年", "2025-12-31"),
        ("（市水务局负责，二〇二五年底前）", "二〇二五年底前", "2025-12-31"),
        ("（市水务局负责，２０２４年上半年）", "２０２４年上半年", "2024-06-30"),
    ] {
        let got = read(&format!("推进海绵城市建设。{clause}"));
        assert_eq!(got, Some((text.to_owned(), Some(want.to_owned()), false)), "{clause}");
    }
}

#[test]
fn ongoing_and_recurring_work() {
    assert_eq!(read("推进改革。（区民政局负责，长期坚持）"), Some(("长期坚持".to_owned(), None, true)));
    assert_eq!(read("推进改革。（区民政局负责，持续推进）"), Some(("持续推进".to_owned(), None, true)));
    assert_eq!(read("完善机制，常态化开展。（区民政局负责）"), Some(("常态化开展".to_owned(), None, true)));
    // a verb whose last character ends no other phrase word closes a task
    // as well (加强 完善 提升 落实), after an ongoing word only
    assert_eq!(read("完善河长制工作机制，持续加强。（区水务局负责）"), Some(("持续加强".to_owned(), None, true)));
    assert_eq!(read("健全长效机制，长期落实。（区水务局负责）"), Some(("长期落实".to_owned(), None, true)));
    assert_eq!(read("完善河长制工作机制，全面加强。（区水务局负责）"), None);
    // 每年: recurring work, ongoing, with the period it recurs in
    let text = doc_2023("报送评估报告，每年年底前完成。（区统计局负责）");
    let doc = parse(&text);
    let d = first_clause_deadline(&doc).expect("a deadline");
    assert_eq!((d.text.as_ref(), d.by.as_deref(), d.ongoing, d.every), ("每年年底前", None, true, Some(Period::Year)));
    let text = doc_2023("开展排查。（区应急局负责，每季度）");
    let doc = parse(&text);
    assert_eq!(first_clause_deadline(&doc).and_then(|d| d.every), Some(Period::Quarter));
}

/// A frequency is no deadline in the sentence that states the task
/// (每年开展一次检查。 above), but a sentence of its own after it is the
/// task's schedule: recurring work.
#[test]
fn a_frequency_after_the_task_is_its_schedule() {
    let text = doc_2023("加强非道路移动机械监管。每季度开展一次抽测。（区生态环境局负责，区住房城乡建设委参与）");
    let doc = parse(&text);
    let d = first_clause_deadline(&doc).expect("a deadline");
    assert_eq!((d.text.as_ref(), d.by.as_deref(), d.ongoing, d.every), ("每季度", None, true, Some(Period::Quarter)));
    assert_eq!(read("加强监管，每季度开展一次抽测。（区生态环境局负责）"), None);
}

#[test]
fn the_usual_variants_in_the_task_text_before_the_clause() {
    for (task, want) in [
        ("2025年底前，建成海绵城市。（市水务局负责）", "2025-12-31"),
        ("年底前完成对接。（市大数据中心负责）", "2023-12-31"),
        ("年末前完成对接。（市大数据中心负责）", "2023-12-31"),
        ("上半年完成立项。（市发展改革委负责）", "2023-06-30"),
        ("下半年完成验收。（市发展改革委负责）", "2023-12-31"),
        ("第一季度完成选址。（市规划资源局负责）", "2023-03-31"),
        ("四季度开工。（市规划资源局负责）", "2023-12-31"),
        ("10月前完成排查。（市消防救援总队负责）", "2023-10-31"),
        ("9月底完成排查。（市消防救援总队负责）", "2023-09-30"),
        ("截至2024年6月，完成改造。（市住房城乡建设管理委负责）", "2024-06-30"),
        ("到2025年，全市建成区40%以上达标。（市水务局负责）", "2025-12-31"),
        ("2026年前完成改造。（市水务局负责）", "2026-12-31"),
        ("2023—2025年，每年改造10个小区。（市房屋管理局负责）", "2025-12-31"),
        ("二〇二四年六月底前完成。（市房屋管理局负责）", "2024-06-30"),
    ] {
        assert_eq!(by(task).as_deref(), Some(want), "{task}");
    }
}

#[test]
fn which_clause_a_deadline_belongs_to() {
    // the nearest deadline before the clause, of two
    let t = "2024年底前开展自查，2025年3月底前开展检查，确保整改到位。（市市场监管局负责）";
    assert_eq!(read(t).map(|r| r.0).as_deref(), Some("2025年3月底前"));
    // a yearless phrase takes the year of the phrase before it
    assert_eq!(by("2024年6月底前制定政策，12月底前实现结算。（市医保局负责）").as_deref(), Some("2024-12-31"));
    // inside the brackets wins over the task text
    assert_eq!(by("2024年底前完成设计。（市水务局牵头，2025年6月底前完成）").as_deref(), Some("2025-06-30"));
    // a deadline after a clause belongs to the next clause, not to it
    let text = doc_2023("推进甲。（市水务局负责）2025年底前推进乙。（市绿化市容局负责）");
    let doc = parse(&text);
    let block = doc.blocks().find(|b| b.responsibilities.len() == 2).expect("two clauses");
    assert!(block.responsibilities[0].deadline.is_none());
    assert_eq!(block.responsibilities[1].deadline.as_ref().and_then(|d| d.by.as_deref()), Some("2025-12-31"));
    // no deadline phrase: none
    assert_eq!(read("推进改革。（市发展改革委负责）"), None);
}

#[test]
fn what_is_no_deadline_in_running_text() {
    for task in [
        "持续推进城市更新行动。（市住房城乡建设管理委负责）",
        "建立常态化协商机制。（市发展改革委负责）",
        "落实《三年行动计划（2023—2025年）》。（市发展改革委负责）",
        "2022年全市完成改造100个小区，继续推进。（市房屋管理局负责）",
        "自2024年1月1日起施行新标准。（市市场监管局负责）",
        "强化前期自查、年中指导、年末检查。（市水务局负责）",
        "力争3年内完成改造。（市水务局负责）",
        "每年开展一次检查。（市应急局负责）",
    ] {
        assert_eq!(read(task), None, "{task}");
    }
}

#[test]
fn within_the_year_is_the_year_of_the_document() {
    // the year of its 成文日期
    assert_eq!(by("年内完成。（市发展改革委负责）").as_deref(), Some("2023-12-31"));
    // no date: the year of its 发文字号
    let text = "关于推进改革的通知\n沪府办发〔2021〕7号\n各区人民政府：\n一、主要任务\n（一）推进改革。年内完成。（市发展改革委负责）\n";
    let doc = parse(text);
    assert_eq!(first_clause_deadline(&doc).and_then(|d| d.by.as_deref()), Some("2021-12-31"));
    // neither: unknown
    let text = "重点任务\n一、主要任务\n（一）推进改革。年内完成。（市发展改革委负责）\n";
    let doc = parse(text);
    let d = first_clause_deadline(&doc).expect("a deadline");
    assert_eq!((d.text.as_ref(), d.by.as_deref(), d.ongoing), ("年内", None, false));
}

#[test]
fn a_deadline_line_of_the_task_block_applies_to_its_clauses() {
    let text = doc_2023("推进改革。（市发展改革委牵头，市财政局配合）\n完成时限：2024年6月底前。");
    let doc = parse(&text);
    let block = doc.blocks().find(|b| !b.responsibilities.is_empty()).expect("a task");
    let d = block.deadline().expect("the block's deadline");
    assert_eq!((d.text.as_ref(), d.by.as_deref()), ("2024年6月底前", Some("2024-06-30")));
    assert_eq!(&text[d.span.start..d.span.end], "2024年6月底前");
    assert!(block.responsibilities[0].deadline.is_none());
    // every body of the block has it as its assignment's deadline
    let rows = doc.assignments();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.deadline.and_then(|d| d.by.as_deref()) == Some("2024-06-30")));
}

#[test]
fn assignments_and_json_carry_the_clauses_deadline() {
    let text = doc_2023("推进改革。2024年底前完成。（市发展改革委牵头，市财政局配合）");
    let doc = parse(&text);
    let rows = doc.assignments();
    assert_eq!(rows.len(), 2);
    for r in &rows {
        let d = r.deadline.expect("a deadline");
        assert_eq!((d.text.as_ref(), d.by.as_deref()), ("2024年底前", Some("2024-12-31")));
        // the span is the phrase in the raw input
        assert_eq!(&text[d.span.start..d.span.end], "2024年底前");
    }
    let json = doc.to_json();
    assert!(
        json.contains(r#""deadline":{"text":"2024年底前","by":"2024-12-31","ongoing":false,"every":null"#),
        "{json}"
    );
    // the JSON reads back
    let back: Document<'_> = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, doc);
}

#[test]
fn spans_are_raw_bytes_through_residue() {
    let text = doc_2023("推进改革。20@@24年6月底@@前完成。（市发展改革委负责）");
    let doc = parse(&text);
    let d = first_clause_deadline(&doc).expect("a deadline");
    assert_eq!((d.text.as_ref(), d.by.as_deref()), ("2024年6月底前", Some("2024-06-30")));
    assert_eq!(&text[d.span.start..d.span.end], "20@@24年6月底@@前");
}

// ---- facts read off the corpus documents ----

/// The corpus document `name` (in `fixtures/` or `fixtures/wide/`).
fn corpus(name: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let docs = common::fixtures_in(&root).into_iter().chain(common::fixtures_in(&root.join("wide")));
    docs.into_iter().find(|(n, _)| n.starts_with(name)).map(|(_, t)| t).unwrap_or_else(|| panic!("no {name}"))
}

/// (label, deadline text, by) of every assignment with a deadline, each
/// (label, text) once, in document order.
fn deadlines(doc: &Document<'_>) -> Vec<(String, String, Option<String>)> {
    let mut out: Vec<(String, String, Option<String>)> = Vec::new();
    for a in doc.assignments() {
        if let Some(d) = a.deadline {
            let row = (a.label.clone(), d.text.to_string(), d.by.clone());
            if !out.contains(&row) {
                out.push(row);
            }
        }
    }
    out
}

/// Check `facts` (label, text, by) against the document; `none` are labels
/// of blocks whose clauses state no deadline.
fn check(name: &str, facts: &[(&str, &str, Option<&str>)], none: &[&str]) {
    let text = corpus(name);
    let doc = parse(&text);
    let got = deadlines(&doc);
    let mut wrong = Vec::new();
    for &(label, t, b) in facts {
        let want = (label.to_owned(), t.to_owned(), b.map(str::to_owned));
        if !got.contains(&want) {
            let have: Vec<_> = got.iter().filter(|g| g.0 == label).collect();
            wrong.push(format!("{label}: want {t} {b:?}, have {have:?}"));
        }
    }
    for &label in none {
        if got.iter().any(|g| g.0 == label) {
            wrong.push(format!("{label}: want no deadline"));
        }
    }
    assert!(wrong.is_empty(), "{name}:\n{}", wrong.join("\n"));
}

#[test]
fn corpus_134_task_division_plan() {
    // 国办发〔2020〕43号, 成文日期 2020年11月1日
    check(
        "134-guobanfa-2020-43",
        &[
            // 3．2020年底前开展涉企收费专项治理…（市场监管总局牵头…）
            ("一/一/3", "2020年底前", Some("2020-12-31")),
            // 5．2020年底前组织开展…自查，2021年3月底前…开展检查…（…）: the nearest
            ("一/一/5", "2021年3月底前", Some("2021-03-31")),
            // 2．2021年6月底前建立健全行政许可设定审查机制…（国务院办公厅负责）
            ("二/五/2", "2021年6月底前", Some("2021-06-30")),
            // （十六）…年底前地方和部门平台要与国家平台完成对接…: the document's year
            ("四/十六", "年底前", Some("2020-12-31")),
            // 2．2021年6月底前制定…政策，12月底前实现门诊费用跨省直接结算: 2021's December
            ("四/十九/2", "12月底前", Some("2021-12-31")),
            // 具体措施：…2020年11月底前委托第三方机构对条例实施情况进行首轮评估…
            ("五/二十五", "2020年11月底前", Some("2020-11-30")),
        ],
        // 1．落实好阶段性减免… / 2．… state no deadline
        &["一/一/1", "一/一/2"],
    );
}

#[test]
fn corpus_141_business_environment_opinion() {
    // 国办发〔2020〕24号
    check(
        "141-guobanfa-2020-24",
        &[
            // （二）…2020年底前将工程建设项目审批涉及的行政许可…纳入线上平台…（住房城乡建设部牵头…）
            ("一/二", "2020年底前", Some("2020-12-31")),
            // （十一）促进人才流动和灵活就业。2021年6月底前实现专业技术人才职称信息跨地区在线核验…
            ("四/十一", "2021年6月底前", Some("2021-06-30")),
            // （十六）…2020年底前将商标注册平均审查周期压缩至4个月以内。（国家知识产权局负责）
            ("五/十六", "2020年底前", Some("2020-12-31")),
        ],
        // （十七）优化动产担保融资服务 states none
        &["五/十七"],
    );
}

#[test]
fn corpus_104_zero_waste_city_plan() {
    // 国办发〔2018〕128号
    check(
        "104-guobanfa-2018-128",
        &[
            // （一）…2019年6月底前，研究建立…指标体系…（生态环境部牵头…参与）
            ("二/一", "2019年6月底前", Some("2019-06-30")),
            // …到2020年，秸秆综合利用率达到85%以上。（国家发展改革委、农业农村部指导）
            ("二/三", "到2020年", Some("2020-12-31")),
        ],
        &[],
    );
}

#[test]
fn corpus_02_sponge_city_opinion() {
    // 沪府办发〔2024〕3号
    check(
        "02-shanghai-hufubanfa-2024-3",
        &[
            // 2.…2025年底前，各区政府、管委会完成2030年达标区域系统方案编制计划…（责任单位：…）
            ("二/一/2", "2025年底前", Some("2025-12-31")),
        ],
        // 6.…年中指导、年末检查。（责任单位：…）: year-end routine work, no deadline
        &["二/六/6"],
    );
}

/// A task paragraph closed by its role sentence, that sentence ending in
/// the deadline (any ending the deadline grammar reads: a quarter, a
/// decade of a month, a date and a verb of completion).
#[test]
fn a_closing_role_sentence_that_ends_in_its_deadline() {
    for (tail, text, want) in [
        ("第三季度", "第三季度", Some("2023-09-30")),
        ("2024年6月中旬", "2024年6月中旬", Some("2024-06-20")),
        ("2024年6月出台", "2024年6月", Some("2024-06-30")),
        ("2023年第四季度", "2023年第四季度", Some("2023-12-31")),
        ("长期坚持", "长期坚持", None),
    ] {
        let task = format!("完善工作机制，建立健全台账。市发展改革委牵头，市财政局配合，{tail}。");
        let src = doc_2023(&task);
        let doc = parse(&src);
        let block = doc.blocks().find(|b| !b.responsibilities.is_empty()).unwrap_or_else(|| panic!("{tail}"));
        let r = &block.responsibilities[0];
        let names: Vec<&str> = r.agencies.iter().map(|a| a.name.as_ref()).collect();
        assert_eq!(names, ["市发展改革委", "市财政局"], "{tail}");
        let d = r.deadline.as_deref().unwrap_or_else(|| panic!("{tail}: no deadline"));
        assert_eq!((d.text.as_ref(), d.by.as_deref()), (text, want), "{tail}");
    }
    // a paragraph ending in a quarter with no role sentence stays a paragraph
    let src = doc_2023("完善工作机制，工作安排在第三季度。");
    let doc = parse(&src);
    assert!(doc.blocks().all(|b| b.responsibilities.is_empty()));
}
