//! Red team of who does what by when in running prose and clause forms:
//! constructed documents under `tests/data/redteam_duties/` (own text, every
//! level from 国务院办公厅 to 街道 and 镇, clean text, CRLF, HTML `<p>`,
//! markdown, PDF line wraps), with the facts a reader expects, written down
//! before the parser was run on them.
//!
//! Forms exercised that the corpus and the earlier red teams lack or hold
//! rarely: `牵头部门：` / `参与单位：` / `责任单位：` lines after a task
//! paragraph, `完成时限：全年` / `本年度内`, a body with its own role in
//! brackets inside a label (`县行政审批局（牵头）`), `（X负责，Y参与）`,
//! `（X、Y分别负责）`, `（X等负责）`, `主责单位/协同单位/督办单位`, a bracket
//! clause split over a line break, bodies ending in 司 (a ministry's
//! department), 社 (供销合作社) and 科 (a street office's 城管科), role groups
//! and `X负责…，Y配合…` in a paragraph's last sentence, `次年3月底前`, and
//! false positives: a body as beneficiary or object (`支持市属国企…`,
//! `向市财政局申请…`), a citation `（市财政局 2023年）`, a person's title, an
//! example in a box.
//!
//! Facts the parser does not read yet are `#[ignore]`d tests with the
//! reason. Role groups, `X会同Y…` and `X负责…` in the middle of a paragraph
//! or in a paragraph of one sentence are read from their role words
//! (src/grammar/sentence_duty.rs).

use gongwen::{Block, Period, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{block, parse, roles};

use Role::{Lead, Responsible, Support};

fn read(name: &str) -> String {
    redteam::read("redteam_duties", name)
}

/// (text, by, ongoing, every) of the deadline of the block's first clause.
fn clause_deadline<'d>(b: &'d Block<'_>) -> Option<(&'d str, Option<&'d str>, bool, Option<Period>)> {
    b.responsibilities
        .first()
        .and_then(|r| r.deadline.as_deref())
        .map(|d| (d.text.as_ref(), d.by.as_deref(), d.ongoing, d.every))
}

/// `by` of the block's own deadline line.
fn block_by<'d>(b: &'d Block<'_>) -> Option<&'d str> {
    b.deadline().and_then(|d| d.by.as_deref())
}

#[test]
fn county_list_with_label_lines_after_each_task() {
    let text = read("02-county-labels-after.txt");
    let doc = parse(&text);
    let b = block(&doc, "1.", "发展特色种养业");
    assert_eq!(
        roles(b),
        [
            vec![("县农业农村局", Lead)],
            vec![("县财政局", Support), ("县自然资源局", Support), ("各乡镇人民政府", Support)]
        ]
    );
    // 完成时限：全年 — the work of the whole year, no date
    assert_eq!(b.deadline().map(|d| d.text.as_ref()), Some("全年"));
    let b = block(&doc, "2.", "壮大村级集体经济");
    assert_eq!(roles(b), [vec![("县委组织部", Responsible), ("县农业农村局", Responsible)]]);
    assert_eq!(block_by(b), Some("2025-11-30"));
    // three labels on one line, separated by U+3000
    let b = block(&doc, "3.", "推进农村厕所改造");
    assert_eq!(roles(b), [vec![("县农业农村局", Lead), ("县卫生健康局", Support), ("各乡镇人民政府", Support)]]);
    assert_eq!(clause_deadline(b).map(|d| (d.0, d.1)), Some(("本年度内", Some("2025-12-31"))));
    // 次年3月底前 is not March of the document's year
    let b = block(&doc, "5.", "实施农村公路提档");
    assert_ne!(clause_deadline(b).and_then(|d| d.1), Some("2025-03-31"));
    redteam::spans_read_back(&text, &doc);
}

/// Role groups after a task's clause in a paragraph of one sentence
/// (每季度组织…，X牵头，Y按职责分工负责。): read when one of its last two
/// clauses is a role group (tests/redteam_duty2.rs).
#[test]
fn county_list_role_groups_after_the_task_clause() {
    let text = read("02-county-labels-after.txt");
    let doc = parse(&text);
    let b = block(&doc, "4.", "开展人居环境整治");
    assert_eq!(roles(b), [vec![("县农业农村局", Lead), ("各乡镇人民政府", Responsible)]]);
}

#[test]
fn province_opinion_bracket_variants() {
    let text = read("03-bracket-variants.txt");
    let doc = parse(&text);
    let b = block(&doc, "（一）", "加强关键核心技术攻关");
    assert_eq!(roles(b), [vec![("省科技厅", Responsible), ("省工业和信息化厅", Support), ("省财政厅", Support)]]);
    let b = block(&doc, "（二）", "培育先进制造业集群");
    assert_eq!(roles(b), [vec![("省工业和信息化厅", Responsible), ("省发展改革委", Responsible)]]);
    assert_eq!(clause_deadline(b).and_then(|d| d.1), Some("2027-12-31"));
    let b = block(&doc, "（三）", "推动企业数字化转型");
    assert_eq!(roles(b), [vec![("省工业和信息化厅", Responsible)]]);
    assert_eq!(clause_deadline(b).and_then(|d| d.1), Some("2025-06-30"));
    // 主责/协同 are roles; 督办 (who supervises) is a note, no doer
    let b = block(&doc, "（四）", "完善质量基础设施");
    assert_eq!(roles(b), [vec![("省市场监管局", Responsible), ("省科技厅", Support)]]);
    assert_eq!(b.responsibilities[0].notes, ["督办单位：省政府督查室"]);
    // a bracket split over a line break, and one on a line of its own
    let b = block(&doc, "（五）", "加大金融支持");
    assert_eq!(roles(b), [vec![("人民银行某某省分行", Responsible), ("省地方金融管理局", Responsible)]]);
    assert_eq!(roles(block(&doc, "（六）", "保障产业用地")), [vec![("省自然资源厅", Responsible)]]);
    let b = block(&doc, "（七）", "加强人才支撑");
    assert_eq!(clause_deadline(b).map(|d| d.3), Some(Some(Period::Year)));
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn ministry_notice_department_bodies_and_false_positives() {
    let text = read("04-ministry-prose-sentences.txt");
    let doc = parse(&text);
    // bodies ending in 司 (a ministry's departments); 各相关司局 a collective
    let b = block(&doc, "三、", "提升应急能力");
    assert_eq!(roles(b)[0], [("应急救援司", Lead), ("各相关司局", Responsible)]);
    assert_eq!(clause_deadline(b).and_then(|d| d.1), Some("2025-09-30"));
    // a citation's issuer and a person's title are no responsibility
    assert!(block(&doc, "四、", "做好宣传培训").responsibilities.is_empty());
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn ministry_notice_prose_in_the_middle() {
    let text = read("04-ministry-prose-sentences.txt");
    let doc = parse(&text);
    assert_eq!(roles(block(&doc, "一、", "深化专项整治"))[0], [("执法局", Lead), ("危险化学品监管司", Support)]);
    assert_eq!(roles(block(&doc, "二、", "加强执法检查"))[0], [("执法局", Responsible)]);
}

#[test]
fn html_district_plan_prose_groups() {
    let text = read("05-html-district.txt");
    let doc = parse(&text);
    let b = block(&doc, "（一）", "推行");
    assert_eq!(roles(b), [vec![("区政务服务管理局", Lead), ("区司法局", Support), ("区市场监管局", Support)]]);
    assert_eq!(clause_deadline(b).and_then(|d| d.1), Some("2024-12-31"));
    let b = block(&doc, "（四）", "拓展融资渠道");
    assert_eq!(roles(b), [vec![("区金融服务中心", Lead), ("区财政局", Support)]]);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn html_district_plan_groups_after_the_task() {
    let text = read("05-html-district.txt");
    let doc = parse(&text);
    let b = block(&doc, "（三）", "落实惠企政策");
    assert_eq!(roles(b), [vec![("区发展改革局", Responsible), ("区财政局", Responsible)]]);
    assert_eq!(clause_deadline(b).map(|d| d.2), Some(true));
    let b = block(&doc, "（二）", "规范涉企检查");
    assert_eq!(roles(b)[0][0], ("区司法局", Responsible));
}

#[test]
fn street_markdown_bodies_of_a_street_office() {
    let text = read("06-markdown-street.md.txt");
    let doc = parse(&text);
    let b = block(&doc, "1.", "健全排查机制");
    assert_eq!(roles(b), [vec![("综治中心", Responsible), ("司法所", Support), ("各社区居委会", Support)]]);
    assert_eq!(clause_deadline(b).map(|d| d.3), Some(Some(Period::Month)));
    // 城管科: a street office's 科 is a body
    let b = block(&doc, "3.", "完善视频监控");
    assert_eq!(roles(b), [vec![("平安办", Lead), ("城管科", Support), ("各社区居委会", Support)]]);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn street_markdown_charged_bodies() {
    let text = read("06-markdown-street.md.txt");
    let doc = parse(&text);
    assert_eq!(roles(block(&doc, "2.", "推进调解组织建设"))[0], [("司法所", Responsible)]);
    assert_eq!(
        roles(block(&doc, "4.", "开展重点人群服务管理"))[0],
        [("派出所", Responsible), ("综治中心", Support), ("民政科", Support)]
    );
}

#[test]
fn town_minutes_crlf_prose_duties() {
    let text = read("07-crlf-town-minutes.txt");
    assert!(text.contains("\r\n"));
    let doc = parse(&text);
    // X负责…，Y配合… in the last sentence: Y supports
    let b = block(&doc, "一、", "关于防汛准备工作");
    assert_eq!(roles(b), [vec![("镇应急办", Responsible), ("镇水利站", Support)]]);
    let b = block(&doc, "二、", "关于人居环境整治");
    assert_eq!(roles(b), [vec![("镇农业综合服务中心", Lead), ("镇财政所", Support), ("各村（社区）", Support)]]);
    assert_eq!(clause_deadline(b).and_then(|d| d.1), Some("2025-07-31"));
    let b = block(&doc, "三、", "关于项目建设");
    assert_eq!(roles(b)[0], [("镇经济发展办", Lead), ("镇规划建设办", Support)]);
    assert_eq!(clause_deadline(b).and_then(|d| d.1), Some("2025-10-31"));
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn finance_notice_no_false_responsibility() {
    let text = read("08-false-positives.txt");
    let doc = parse(&text);
    // beneficiaries, objects, a citation, a person's title, a box's example
    for b in doc.blocks() {
        assert!(b.responsibilities.is_empty(), "{:?}: {:?}", b.title, b.responsibilities);
    }
}

#[test]
fn pdf_plan_bracket_over_a_line_break() {
    let text = read("09-split-lines-pdf.txt");
    let doc = parse(&text);
    let b = block(&doc, "（四）", "加强非道路移动机械监管");
    assert_eq!(roles(b), [vec![("省生态环境厅", Responsible), ("省住房城乡建设厅", Support)]]);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn pdf_plan_wrapped_role_sentences() {
    let text = read("09-split-lines-pdf.txt");
    let doc = parse(&text);
    let b = block(&doc, "（一）", "实施钢铁行业超低排放改造");
    assert_eq!(roles(b), [vec![("省生态环境厅", Lead), ("省工业和信息化厅", Support), ("省发展改革委", Support)]]);
    let b = block(&doc, "（三）", "推进柴油货车淘汰");
    assert_eq!(roles(b)[0].len(), 3);
}

/// 每季度开展一次抽测。, a sentence of its own after the task's, is its
/// schedule (tests/deadlines.rs keeps 每年开展一次检查。, the sentence that
/// states the task, none).
#[test]
fn pdf_plan_recurring_task_before_a_bracket() {
    let text = read("09-split-lines-pdf.txt");
    let doc = parse(&text);
    let b = block(&doc, "（四）", "加强非道路移动机械监管");
    assert_eq!(clause_deadline(b).map(|d| d.3), Some(Some(Period::Quarter)));
}

#[test]
fn state_council_opinion_prose_duties() {
    let text = read("10-opinion-division-runon.txt");
    let doc = parse(&text);
    let b = block(&doc, "二、", "加强基层应急队伍建设");
    assert_eq!(roles(b), [vec![("应急管理部", Responsible), ("国家消防救援局", Responsible)]]);
    let b = block(&doc, "三、", "提升基层应急保障水平");
    assert_eq!(roles(b), [vec![("财政部", Lead), ("国家发展改革委", Support), ("应急管理部", Support)]]);
    let b = block(&doc, "一、", "健全基层应急组织体系");
    assert_eq!(roles(b)[0][0], ("应急管理部", Lead));
}

#[test]
fn county_tasks_label_role_in_brackets() {
    let text = read("11-tab-role-lines.txt");
    let doc = parse(&text);
    // 县行政审批局（牵头） inside 责任单位：: that body leads
    let b = block(&doc, "（一）", "压缩项目审批时限");
    assert_eq!(
        roles(b),
        [vec![("县行政审批局", Lead), ("县自然资源局", Responsible), ("县住房城乡建设局", Responsible)]]
    );
    assert_eq!(block_by(b), Some("2025-06-30"));
    let b = block(&doc, "（二）", "推行告知承诺制");
    assert_eq!(roles(b), [vec![("县司法局", Responsible), ("县行政审批局", Responsible)]]);
    assert_eq!(block_by(b), Some("2025-12-31"));
    // 根据需要: no date
    let b = block(&doc, "（三）", "规范中介服务");
    assert_eq!(roles(b), [vec![("县行政审批局", Lead), ("县发展改革局", Support)]]);
    assert_eq!(clause_deadline(b), None);
    let b = block(&doc, "（五）", "降低物流成本");
    assert_eq!(roles(b), [vec![("县交通运输局", Responsible), ("县商务局", Support)]]);
    assert_eq!(clause_deadline(b).and_then(|d| d.1), Some("2026-12-31"));
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn province_notice_cooperative_body() {
    let text = read("12-province-notice-prose-bodies.txt");
    let doc = parse(&text);
    // 省供销合作社会同…: a body ending in 社
    let b = block(&doc, "二、", "保障农资供应");
    assert_eq!(roles(b)[0], [("省供销合作社", Lead), ("省商务厅", Support), ("省市场监管局", Support)]);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn province_notice_prose_in_the_middle() {
    let text = read("12-province-notice-prose-bodies.txt");
    let doc = parse(&text);
    assert_eq!(roles(block(&doc, "一、", "稳定粮食播种面积"))[0], [("省农业农村厅", Responsible)]);
    assert_eq!(roles(block(&doc, "三、", "加强技术指导"))[0], [("省农业农村厅", Lead), ("省农业科学院", Support)]);
}

#[test]
fn city_plan_prose_duties_in_the_middle() {
    let text = read("01-city-mid-by.txt");
    let doc = parse(&text);
    assert_eq!(roles(block(&doc, "（一）", "推进老旧小区改造"))[0], [("市住房城乡建设局", Responsible)]);
    let b = block(&doc, "（二）", "完善城市基础设施");
    assert_eq!(roles(b)[0], [("市城市管理局", Lead), ("市发展改革委", Support), ("市财政局", Support)]);
    let b = block(&doc, "（三）", "盘活存量低效用地");
    assert_eq!(roles(b)[0], [("市自然资源和规划局", Lead), ("市发展改革委", Support)]);
    assert_eq!(roles(block(&doc, "（四）", "加强历史文化保护"))[0], [("市文化广电旅游局", Responsible)]);
}

#[test]
fn city_plan_notice_and_no_beneficiary() {
    let text = read("01-city-mid-by.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政办发〔2025〕8号"));
    assert_eq!(n.date.as_deref(), Some("2025-03-18"));
    assert_eq!(doc.title.as_deref(), Some("某某市城市更新行动实施方案"));
    // 支持市属国企…, 向市财政局申请…: beneficiaries and objects
    assert!(block(&doc, "（二）", "强化资金保障").responsibilities.is_empty());
}
