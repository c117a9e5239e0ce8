//! Red team of action plans and task lists (实施方案, 工作要点, 行动计划,
//! 任务分工, 责任清单, 台账, 意见 with task divisions, 批复, 会议纪要):
//! constructed documents under `tests/data/redteam_plans/` (own text, every
//! level from 国务院 to 街道, clean text, full-width indentation, CRLF,
//! markdown and HTML residue), with the facts a reader expects, written
//! down before the parser was run on them.
//!
//! Forms exercised that the corpus lacks or holds rarely: responsibility
//! labels without brackets (on lines of their own under a task, run on
//! after the task's text, separated by U+3000, with a `完成时限：` label
//! after them, with nothing between the last body and that label), a
//! decision of minutes (`会议议定：X负责，Y配合`), a deadline after the
//! bodies of a prose clause (`X牵头，Y配合，4月底前提出方案` /
//! `X负责，持续实施`), `X、Y等部门要按照职责分工`, a body ending in 队, the
//! caption of a table under a bare `附件` label, a tab-separated table
//! header under a title.

use gongwen::{Block, Deadline, Document, Period, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{block, parse, roles, texts};

fn read(name: &str) -> String {
    redteam::read("redteam_plans", name)
}

/// (text, by, ongoing, every) of a deadline.
fn when<'d>(d: Option<&'d Deadline<'_>>) -> Option<(&'d str, Option<&'d str>, bool, Option<Period>)> {
    d.map(|d| (d.text.as_ref(), d.by.as_deref(), d.ongoing, d.every))
}

/// The deadline of the block's first clause.
fn clause_deadline<'d>(b: &'d Block<'_>) -> Option<(&'d str, Option<&'d str>, bool, Option<Period>)> {
    when(b.responsibilities.first().and_then(|r| r.deadline.as_deref()))
}

use Role::{Lead, Responsible, Support};

#[test]
fn province_plan_with_label_lines_under_each_task() {
    let text = read("01-prov-lines.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政办发〔2025〕12号"));
    assert_eq!(n.issuers, ["某某省人民政府办公厅"]);
    assert_eq!(n.date.as_deref(), Some("2025-03-05"));
    assert_eq!(doc.title.as_deref(), Some("某某省数字政府建设实施方案"));
    // 牵头单位：/配合单位： on lines of their own: clauses, out of the text
    let b = block(&doc, "（一）", "建设一体化政务云平台");
    assert_eq!(roles(b), [vec![("省大数据局", Lead)], vec![("省财政厅", Support), ("省通信管理局", Support)]]);
    assert_eq!(texts(b), ["整合各部门分散建设的政务云资源，实现统一调度。", "完成时间：2025年6月底前"]);
    assert_eq!(when(b.deadline()).map(|d| d.1), Some(Some("2025-06-30")));
    // both labels on one line, separated by ；
    let b = block(&doc, "（二）", "推进政务数据共享");
    assert_eq!(roles(b), [vec![("省大数据局", Lead), ("省直各部门", Support)]]);
    assert_eq!(b.responsibilities[0].raw, "牵头单位：省大数据局；配合单位：省直各部门");
    assert_eq!(when(b.deadline()).map(|d| d.1), Some(Some("2025-12-31")));
    // bodies split on ，
    let b = block(&doc, "（三）", "优化政务服务");
    assert_eq!(roles(b), [vec![("省政务服务中心", Responsible), ("各市人民政府", Responsible)]]);
    assert_eq!(when(b.deadline()).map(|d| d.2), Some(true));
    // 省直各部门要按照职责分工: a collective subject states no assignment
    assert!(block(&doc, "（一）", "加强组织领导").responsibilities.is_empty());
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn city_key_points_with_labels_run_on_after_the_task() {
    let text = read("02-city-runon.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某市2025年优化营商环境工作要点"));
    // 。责任单位：A、B，完成时限：… — the deadline label is a note
    let b = block(&doc, "1.", "全面推行惠企政策");
    assert_eq!(roles(b), [vec![("市发展改革委", Responsible), ("市财政局", Responsible)]]);
    assert_eq!(b.responsibilities[0].notes, ["完成时限：2025年6月前"]);
    assert_eq!(clause_deadline(b).map(|d| d.0), Some("2025年6月前"));
    assert!(b.paragraphs.is_empty());
    // a space (removed by cleaning) between the body and 完成时限
    let b = block(&doc, "2.", "推进企业开办全程网办");
    assert_eq!(roles(b), [vec![("市市场监管局", Responsible)]]);
    assert_eq!(clause_deadline(b), Some(("2025年9月底前", Some("2025-09-30"), false, None)));
    // 牵头单位：…；配合单位：…等；完成时限：…
    let b = block(&doc, "3.", "深化工程建设项目审批制度改革");
    assert_eq!(
        roles(b),
        [vec![("市住房城乡建设局", Lead), ("市自然资源和规划局", Support), ("市生态环境局", Support)]]
    );
    assert_eq!(clause_deadline(b), Some(("2025年12月底前", Some("2025-12-31"), false, None)));
    // bracketed, with 即日起 (a start, no deadline) and 每季度
    let b = block(&doc, "4.", "开展涉企行政执法专项监督");
    assert_eq!(roles(b), [vec![("市司法局", Lead), ("市直各执法部门", Support)]]);
    let b = block(&doc, "5.", "清理妨碍统一市场");
    assert_eq!(roles(b), [vec![("市市场监管局", Responsible), ("市司法局", Responsible)]]);
    assert_eq!(clause_deadline(b), Some(("每季度", None, true, Some(Period::Quarter))));
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn district_action_plan_crlf_brackets_and_prose() {
    let text = read("03-district-brackets-crlf.txt");
    assert!(text.contains("\r\n"));
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某府办发〔2024〕8号"));
    assert_eq!(n.date.as_deref(), Some("2024-04-10"));
    assert_eq!(doc.title.as_deref(), Some("某某区老旧小区改造三年行动计划（2024—2026年）"));
    let b = block(&doc, "（一）", "摸清改造底数");
    assert_eq!(roles(b), [vec![("区住房城乡建设委", Lead), ("各街道办事处", Support), ("镇人民政府", Support)]]);
    assert_eq!(clause_deadline(b), Some(("2024年6月底前", Some("2024-06-30"), false, None)));
    let b = block(&doc, "（二）", "完善基础设施");
    assert_eq!(clause_deadline(b), Some(("2024—2026年", Some("2026-12-31"), false, None)));
    let b = block(&doc, "（三）", "加装电梯");
    assert_eq!(roles(b), [vec![("区住房城乡建设委", Lead), ("区市场监管局", Support), ("区规划资源局", Support)]]);
    // X负责落实，…，持续实施。: the deadline after the bodies
    let b = block(&doc, "（四）", "长效管理");
    assert_eq!(roles(b)[0][..2], [("各街道办事处", Responsible), ("镇人民政府", Responsible)]);
    assert_eq!(clause_deadline(b), Some(("持续实施", None, true, None)));
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn ministry_action_plan_with_unbracketed_prose() {
    let text = read("04-ministry-action.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.issuers, ["工业和信息化部", "国家发展改革委", "财政部"]);
    assert_eq!(n.doc_number.as_deref(), Some("工信部联信发〔2025〕30号"));
    let b = block(&doc, "1.", "遴选一批卓越级智能工厂");
    assert_eq!(clause_deadline(b), Some(("每年", None, true, Some(Period::Year))));
    let b = block(&doc, "2.", "制定智能工厂建设指南");
    assert_eq!(roles(b), [vec![("工业和信息化部", Lead), ("国家标准委", Support)]]);
    assert_eq!(clause_deadline(b).and_then(|d| d.1), Some("2025-12-31"));
    let b = block(&doc, "3.", "开展中小企业数字化转型城市试点");
    assert_eq!(roles(b), [vec![("工业和信息化部", Responsible), ("财政部", Responsible)]]);
    assert_eq!(clause_deadline(b), Some(("持续实施", None, true, None)));
    let b = block(&doc, "4.", "发布数字化转型服务产品目录");
    assert_eq!(roles(b), [vec![("工业和信息化部", Responsible), ("国家发展改革委", Support)]]);
    let b = block(&doc, "（一）", "加大财政支持");
    assert_eq!(roles(b), [vec![("财政部", Responsible), ("工业和信息化部", Responsible)]]);
}

#[test]
fn street_plan_crlf_signed_at_the_end() {
    let text = read("05-street-plan.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.issuers, ["某某区某某街道办事处"]);
    assert_eq!(n.date.as_deref(), Some("2025-01-08"));
    assert_eq!(n.addressees[0].text, "各社区居委会、街道各科室");
    let b = block(&doc, "1、", "推进分类设施规范化建设");
    assert_eq!(roles(b), [vec![("城运中心", Lead), ("各居委会", Support)]]);
    assert_eq!(clause_deadline(b), Some(("6月底前", Some("2025-06-30"), false, None)));
    // 。责任部门：… run on after the task
    let b = block(&doc, "2、", "开展分类宣传进社区活动");
    assert_eq!(roles(b), [vec![("党群办", Responsible), ("各居委会", Responsible)]]);
    assert_eq!(texts(b), ["每月开展一次主题宣传。"]);
    // a body ending in 队, and 常态化 after the bodies
    let b = block(&doc, "3、", "加强执法检查");
    assert_eq!(roles(b), [vec![("街道综合行政执法队", Responsible), ("自治办", Support)]]);
    assert_eq!(clause_deadline(b).map(|d| d.2), Some(true));
    redteam::spans_read_back(&text, &doc);
}

/// (name, role) of each column of the document's first table.
fn columns<'d>(doc: &'d Document<'_>) -> Vec<(&'d str, gongwen::ColumnRole)> {
    doc.tables[0].columns.iter().map(|c| (c.name.as_ref(), c.role)).collect()
}

/// (title, bodies, deadline's last day) of each task row of the main text.
type RowFacts<'d> = (Option<&'d str>, Vec<Vec<(&'d str, Role)>>, Option<&'d str>);

fn rows<'d>(doc: &'d Document<'_>) -> Vec<RowFacts<'d>> {
    doc.sections
        .iter()
        .map(|r| {
            assert_eq!(r.kind, gongwen::BlockKind::Row);
            (r.title.as_deref(), roles(r), r.deadline().and_then(|d| d.by.as_deref()))
        })
        .collect()
}

#[test]
fn task_lists_that_are_a_title_and_a_table() {
    use gongwen::ColumnRole as C;
    // a pipe table under a markdown title and a metadata line, signed
    let text = read("06-pipe-table.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某市2025年重点民生实事项目任务分工"));
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.issuers, ["某某市人民政府办公室"]);
    assert_eq!(n.date.as_deref(), Some("2025-02-10"));
    assert_eq!(
        columns(&doc),
        [
            ("序号", C::Number),
            ("重点任务", C::Task),
            ("责任主体", C::Responsible),
            ("责任领导", C::Other),
            ("完成时间", C::Deadline),
            ("备注", C::Other)
        ]
    );
    let r = rows(&doc);
    assert_eq!(r.len(), 4);
    assert_eq!(r[0], (Some("新建改建农村公路200公里"), vec![vec![("市交通运输局", Responsible)]], Some("2025-10-31")));
    assert_eq!(r[1].1, [vec![("市教育局", Responsible), ("各区人民政府", Responsible)]]);
    assert_eq!(r[3].2, None);
    assert!(doc.preamble.iter().all(|p| !p.text.starts_with('|')));
    // a tab-separated table; its header row is no line of the title
    let text = read("07-tab-table.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某县2025年度重点任务台账"));
    assert_eq!(columns(&doc)[2..5], [("牵头单位", C::Lead), ("配合单位", C::Support), ("时间节点", C::Deadline)]);
    let r = rows(&doc);
    assert_eq!(r[1].1, [vec![("县农业农村局", Lead)], vec![("县财政局", Support), ("县自然资源局", Support)]]);
    assert_eq!(r[2].2, Some("2025-12-31"));
    // an HTML table, each line a <p>
    let text = read("08-html-table.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某市2025年安全生产工作责任清单"));
    assert_eq!(doc.notice.as_ref().unwrap().issuers, ["某某市安全生产委员会办公室"]);
    assert_eq!(doc.tables[0].form, gongwen::TableForm::Html);
    assert_eq!(doc.preamble.len(), 1);
    let r = rows(&doc);
    assert_eq!(r[2].1, [vec![("市公安局", Responsible), ("市交通运输局", Responsible)]]);
    assert!(doc.sections[1].deadline().is_some_and(|d| d.ongoing));
    // with a heading, a table belongs to its block, not to the document
    let doc = parse("某某台账\n一、任务\n序号\t重点任务\t责任单位\n1\t建成平台\t县卫生健康局\n");
    assert!(doc.tables.is_empty());
    assert_eq!(doc.sections[0].tables().len(), 1);
}

#[test]
fn reply_with_its_request_cited_and_duties_by_division() {
    let text = read("09-reply.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政函〔2025〕45号"));
    assert_eq!(n.addressees[0].text, "某某市人民政府");
    assert_eq!(n.notes, ["（此件公开发布）"]);
    assert_eq!(doc.sections.len(), 3);
    assert_eq!(doc.references.len(), 1);
    assert_eq!(doc.references[0].doc_number.as_deref(), Some("某政〔2025〕3号"));
    // X、Y、Z等部门要按照职责分工，加强指导和支持。
    assert_eq!(
        roles(&doc.sections[2]),
        [vec![("省科技厅", Responsible), ("省发展改革委", Responsible), ("省自然资源厅", Responsible)]]
    );
}

#[test]
fn minutes_decisions_assign_bodies() {
    let text = read("10-minutes.txt");
    let doc = parse(&text);
    // 由X牵头，Y、Z配合，研究…，4月底前提出具体方案: the deadline after the bodies
    let b = doc.blocks().find(|b| b.marker == "（二）").unwrap();
    assert_eq!(roles(b), [vec![("市财政局", Lead), ("市住房城乡建设局", Support), ("市自然资源和规划局", Support)]]);
    assert_eq!(clause_deadline(b).map(|d| d.0), Some("4月底前"));
    // 会议议定：X负责，…
    let b = block(&doc, "二、", "关于春季森林防火工作");
    assert_eq!(roles(b)[0][0], ("市应急管理局", Responsible));
}

#[test]
fn provincial_opinion_with_a_division_of_tasks() {
    let text = read("11-opinion-division.txt");
    let doc = parse(&text);
    assert_eq!(doc.notice.as_ref().unwrap().date.as_deref(), Some("2025-05-20"));
    let b = block(&doc, "（一）", "持续破除市场准入壁垒");
    assert_eq!(roles(b), [vec![("省发展改革委", Lead), ("省商务厅", Lead), ("省直有关部门", Responsible)]]);
    let b = block(&doc, "（二）", "强化公平竞争审查");
    assert_eq!(clause_deadline(b), Some(("2024—2025年", Some("2025-12-31"), false, None)));
    let b = block(&doc, "（三）", "完善融资支持政策");
    assert_eq!(roles(b)[0].len(), 3);
    let b = block(&doc, "（四）", "降低企业用地成本");
    assert_eq!(roles(b), [vec![("省自然资源厅", Responsible), ("各市人民政府", Responsible)]]);
}

#[test]
fn state_council_division_with_a_flattened_table_under_a_bare_label() {
    let text = read("12-state-council-flat.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("国办发〔2025〕9号"));
    assert_eq!(n.notes, ["（此件公开发布）"]);
    let b = block(&doc, "（一）", "拓展");
    assert_eq!(roles(b), [vec![("国务院办公厅", Lead), ("国务院有关部门", Responsible), ("各地区", Responsible)]]);
    // 附件 / 重点任务分工表 / 序号 / …: the caption is the title, no column
    let a = &doc.attachments[0];
    assert_eq!(a.title, "重点任务分工表");
    let table = &a.tables[0];
    assert_eq!(
        table.columns.iter().map(|c| c.name.as_ref()).collect::<Vec<_>>(),
        ["序号", "重点任务", "牵头单位", "参与单位", "完成时间"]
    );
    assert!(doc.diagnostics.iter().all(|d| d.code != "table-ragged"));
    let rows: Vec<_> =
        a.sections.iter().map(|r| (r.title.as_deref(), roles(r), when(r.deadline()).and_then(|d| d.1))).collect();
    assert_eq!(rows[0].0, Some("推进企业信息变更一件事"));
    assert_eq!(rows[0].1, [vec![("市场监管总局", Lead)], vec![("税务总局", Support), ("人力资源社会保障部", Support)]]);
    assert_eq!(rows[1].2, Some("2025-12-31"));
}

#[test]
fn markdown_key_points_with_labels_separated_by_ideographic_spaces() {
    let text = read("13-markdown-plan.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某区2025年河长制工作要点"));
    let b = block(&doc, "（一）", "严格用水总量控制");
    assert_eq!(roles(b), [vec![("区水务局", Responsible), ("各镇（街道）", Responsible)]]);
    assert_eq!(texts(b), ["落实最严格水资源管理制度。"]);
    // 牵头单位：A　配合单位：B、C　完成时间：2025年11月
    let b = block(&doc, "（二）", "推进节水型社会建设");
    assert_eq!(roles(b), [vec![("区水务局", Lead), ("区机关事务管理局", Support), ("区教育局", Support)]]);
    assert_eq!(clause_deadline(b), Some(("2025年11月", Some("2025-11-30"), false, None)));
    let b = block(&doc, "（三）", "推进入河排污口整治");
    assert_eq!(roles(b), [vec![("区生态环境局", Lead), ("区水务局", Support), ("区农业农村局", Support)]]);
    assert_eq!(clause_deadline(b).and_then(|d| d.1), Some("2025-09-30"));
    redteam::spans_read_back(&text, &doc);
}

/// What is no label run: a label inside a sentence, a label word without
/// its colon, a label with no body after it.
#[test]
fn what_is_no_label_run() {
    for line in [
        "（一）推进改革。各单位要积极配合：做好衔接。",
        "（一）推进改革。明确责任单位和完成时限。",
        "（一）推进改革。责任单位：",
        "（一）推进改革。牵头单位要加强统筹。",
    ] {
        let text = format!("某某方案\n一、任务\n{line}\n");
        let doc = parse(&text);
        assert!(doc.blocks().all(|b| b.responsibilities.is_empty()), "{line}");
    }
    // a label run ends at a 。 followed by other text
    let doc = parse("某某方案\n一、任务\n（一）推进改革。责任单位：市水务局。各区要抓好落实。\n");
    let b = &doc.sections[0].children[0];
    assert_eq!(roles(b), [vec![("市水务局", Responsible)]]);
    assert_eq!(texts(b), ["各区要抓好落实。"]);
}

#[test]
fn task_ledger_attached_with_a_leader_column() {
    let text = read("14-attach-leader-table.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政办发〔2025〕21号"));
    // the notice 印发 the ledger by name: printed under a bare 附件 label, it
    // is the main document (its title and its table's task rows), not an
    // attachment, as the notices that print it without the label
    assert!(doc.attachments.is_empty());
    assert_eq!(doc.title.as_deref(), Some("某某市2025年重点工作任务台账"));
    assert_eq!(doc.tables.len(), 1);
    // 责任领导 names a person: no body; 责任主体 names the bodies
    let rows: Vec<_> = doc.sections.iter().map(|r| (roles(r), when(r.deadline()).map(|d| (d.1, d.2)))).collect();
    assert_eq!(rows[0], (vec![vec![("市大数据局", Responsible)]], Some((Some("2025-06-30"), false))));
    assert_eq!(rows[1].0, [vec![("市住房城乡建设局", Responsible), ("各区人民政府", Responsible)]]);
    assert_eq!(rows[2], (vec![vec![("市水务局", Responsible)]], Some((None, true))));
    assert!(doc.diagnostics.iter().all(|d| d.code != "unknown-agency"));
}
