//! Red team of local and list-heavy documents: 党政联合发文 (issuers on one
//! line or two, over the title and in the signature), 县/乡镇/街道/村 notices
//! and plans (镇党委、镇政府; 各村（社区）; 村两委; 网格员; bodies abbreviated
//! after a first full name), 表彰 decisions and circulars with their 名单,
//! 公示, 任免, 会议/培训 notices (会议时间 / 会议地点 / 参会人员, 联系人,
//! 回执), 函 / 复函 / 请示 / 报告. Constructed documents under
//! `tests/data/redteam_local/` (own text; clean text, full-width and ASCII
//! indentation, one paragraph per line, CRLF, markdown and `<p>` residue,
//! whole text on one line), with the facts a reader expects, written down
//! before the parser was run on them.
//!
//! Forms exercised that the corpus lacks or holds rarely: contact lines
//! (联系人：… 电话：…, 联系电话：…, 联 系 人：…, a second contact under the
//! first, bracketed after the date) before or after the signature, before or
//! after a 附件 list or a closing formula — the notice's 附注, never the last
//! block's text, an attachment's text, the 署名 or the 成文日期; the closings
//! of requests and reports (妥否，请批示。 以上请示妥否，请批示。
//! 以上报告如无不妥，请批转…执行。); a request on one line with its contact
//! run on before the signature; lists of bodies whose later items drop the
//! level (区市场监管局、发改委、财政局; 县发改局、统计局、林业局) or share a 各
//! (各区、县; 各街道、镇; 各区、县政府); 名单 of units and persons (spaced, 、
//! separated, numbered one a line) in an attachment.

use gongwen::{AgencyKind, Document, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{block, parse, roles};

fn read(name: &str) -> String {
    redteam::read("redteam_local", name)
}

/// Addressee groups as their items.
fn addressees<'d>(doc: &'d Document<'_>) -> Vec<Vec<&'d str>> {
    let n = doc.notice.as_ref().expect("a notice");
    n.addressees.iter().map(|g| g.items.iter().map(|i| i.as_ref()).collect()).collect()
}

fn issuers<'d>(doc: &'d Document<'_>) -> Vec<&'d str> {
    doc.notice.as_ref().expect("a notice").issuers.iter().map(|s| s.as_ref()).collect()
}

fn notes<'d>(doc: &'d Document<'_>) -> Vec<&'d str> {
    doc.notice.as_ref().expect("a notice").notes.iter().map(|s| s.as_ref()).collect()
}

fn date<'d>(doc: &'d Document<'_>) -> Option<&'d str> {
    doc.notice.as_ref().and_then(|n| n.date.as_deref())
}

fn doc_number<'d>(doc: &'d Document<'_>) -> Option<&'d str> {
    doc.notice.as_ref().and_then(|n| n.doc_number.as_deref())
}

fn closing<'d>(doc: &'d Document<'_>) -> Vec<&'d str> {
    doc.closing.iter().map(|p| p.text.as_ref()).collect()
}

/// The markers and titles of the top-level blocks.
fn top(doc: &Document<'_>) -> Vec<String> {
    doc.sections.iter().map(|b| format!("{}{}", b.marker, b.title.as_deref().unwrap_or(""))).collect()
}

/// Every paragraph of the document's blocks and attachments, and of its
/// preamble and notice body.
fn all_text(doc: &Document<'_>) -> Vec<String> {
    let mut out: Vec<String> = doc.preamble.iter().map(|p| p.text.to_string()).collect();
    if let Some(n) = &doc.notice {
        out.extend(n.body.iter().map(|p| p.text.to_string()));
    }
    for b in doc.blocks() {
        out.extend(b.paragraphs.iter().map(|p| p.text.to_string()));
        out.extend(b.title.iter().map(|t| t.to_string()));
    }
    for a in &doc.attachments {
        out.extend(a.paragraphs.iter().map(|p| p.text.to_string()));
    }
    out
}

/// No contact line is text of the document: they are the notice's notes.
fn no_contact_in_text(doc: &Document<'_>) {
    for t in all_text(doc) {
        // (a form's cell 联系电话 in a 回执 is text)
        assert!(!(t.contains("联系人：") || t.starts_with("联系电话：")), "contact line in the text: {t}");
    }
}

/// (name, kind, jurisdiction) of each body of the block's clauses.
fn bodies<'d>(b: &'d gongwen::Block<'_>) -> Vec<(&'d str, AgencyKind, Option<&'d str>)> {
    b.responsibilities
        .iter()
        .flat_map(|r| &r.agencies)
        .map(|a| (a.name.as_ref(), a.kind, a.jurisdiction.as_deref()))
        .collect()
}

#[test]
fn joint_county_plan_with_abbreviated_bodies() {
    let text = read("01-joint-county-plan.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("某委办发〔2025〕12号"));
    assert_eq!(issuers(&doc), ["中共某某县委办公室", "某某县人民政府办公室"]);
    assert_eq!(date(&doc), Some("2025-03-06"));
    assert_eq!(
        addressees(&doc),
        [vec!["各乡镇党委", "人民政府"], vec!["县委各部委"], vec!["县级机关各单位"], vec!["各人民团体"]]
    );
    assert_eq!(doc.title.as_deref(), Some("某某县2025年农村人居环境整治提升行动方案"));
    assert_eq!(top(&doc), ["一、工作目标", "二、重点任务", "三、保障措施"]);
    let toilets = block(&doc, "（一）", "推进农村厕所革命");
    assert_eq!(
        roles(toilets),
        [vec![("县农业农村局", Role::Lead), ("县卫健局", Role::Support), ("各乡镇", Role::Support)]]
    );
    assert_eq!(toilets.responsibilities[0].deadline.as_ref().and_then(|d| d.by.as_deref()), Some("2025-10-31"));
    assert_eq!(bodies(toilets)[0].2, Some("某某县"));
    let clean = block(&doc, "（三）", "开展村庄清洁行动");
    assert_eq!(roles(clean), [vec![("各乡镇", Role::Responsible)]]);
    assert!(clean.responsibilities[0].deadline.as_ref().is_some_and(|d| d.ongoing));
    // 村两委 and 网格员 in prose are no bodies of a clause
    assert!(block(&doc, "（一）", "强化组织领导").responsibilities.is_empty());
}

#[test]
fn joint_city_opinion_issuers_on_one_line_crlf() {
    let text = read("02-joint-city-opinion-crlf.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("某发〔2025〕5号"));
    assert_eq!(issuers(&doc), ["中共某某市委", "某某市人民政府"]);
    assert_eq!(date(&doc), Some("2025-02-18"));
    assert_eq!(notes(&doc), ["（此件发至县级）"]);
    assert_eq!(addressees(&doc)[0], ["各县（市、区）党委和人民政府"]);
    assert_eq!(top(&doc), ["一、深化户籍制度改革", "二、推进城镇基本公共服务均等化", "三、加强组织实施"]);
    let household = block(&doc, "一、", "深化户籍制度改革");
    assert_eq!(roles(household), [vec![("市公安局", Role::Lead), ("市发展改革委", Role::Support)]]);
    assert_eq!(bodies(household)[1], ("市发展改革委", AgencyKind::Local, Some("某某市")));
}

#[test]
fn town_commendation_with_a_spaced_name_list() {
    let text = read("03-town-commendation-list.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("某镇党发〔2025〕3号"));
    assert_eq!(issuers(&doc), ["中共某某镇委员会", "某某镇人民政府"]);
    assert_eq!(date(&doc), Some("2025-01-20"));
    assert_eq!(addressees(&doc), [vec!["各村（社区）党组织", "村（居）民委员会"], vec!["镇直各单位"]]);
    assert_eq!(doc.notice.as_ref().unwrap().body.len(), 2);
    let [list] = &doc.attachments[..] else { panic!("one attachment") };
    assert_eq!(list.title, "2024年度先进集体和先进个人名单");
    // the names are paragraphs of their groups: no headings, no clauses
    let titles: Vec<_> = list.sections.iter().map(|b| b.title.as_deref().unwrap_or("")).collect();
    assert_eq!(titles, ["先进集体（8个）", "先进个人（12名）"]);
    assert_eq!(list.sections[0].paragraphs.len(), 2);
    assert_eq!(list.sections[1].paragraphs.len(), 3);
    assert!(list.sections.iter().all(|b| b.children.is_empty() && b.responsibilities.is_empty()));
}

#[test]
fn meeting_notice_contact_before_the_attachment_list() {
    let text = read("04-meeting-notice.txt");
    let doc = parse(&text);
    assert_eq!(issuers(&doc), ["某某县人民政府办公室"]);
    assert_eq!(date(&doc), Some("2025-04-03"));
    assert_eq!(notes(&doc), ["联系人：王某某，电话：0571-63812345，邮箱：ajj@example.gov.cn。"]);
    assert_eq!(top(&doc), ["一、会议时间", "二、会议地点", "三、参会人员", "四、有关要求"]);
    no_contact_in_text(&doc);
    let att: Vec<_> = doc.attachments.iter().map(|a| (a.number, a.title.as_ref())).collect();
    assert_eq!(att, [(Some(1), "参会回执"), (Some(2), "会议议程")]);
    assert_eq!(doc.attachments[1].sections.len(), 3);
}

#[test]
fn township_request_closing_and_contact_after_the_attachment() {
    let text = read("05-township-request.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("某乡政〔2025〕21号"));
    assert_eq!(addressees(&doc), [vec!["某某县人民政府"]]);
    assert_eq!(issuers(&doc), ["某某乡人民政府"]);
    assert_eq!(date(&doc), Some("2025-07-08"));
    assert_eq!(closing(&doc), ["妥否，请批示。"]);
    assert_eq!(notes(&doc), ["联系人：刘某某\u{3000}\u{3000}联系电话：13812345678"]);
    assert_eq!(doc.sections.len(), 3);
    let [att] = &doc.attachments[..] else { panic!("one attachment") };
    assert_eq!(att.title, "某某乡防汛救灾损失情况统计表");
    assert!(att.paragraphs.is_empty());
    no_contact_in_text(&doc);
}

#[test]
fn county_report_crlf_closing_and_contact() {
    let text = read("06-bureau-report-crlf.txt");
    let doc = parse(&text);
    assert_eq!(addressees(&doc), [vec!["县人民政府"]]);
    assert_eq!(issuers(&doc), ["某某县应急管理局"]);
    assert_eq!(date(&doc), Some("2025-07-15"));
    assert_eq!(closing(&doc), ["以上报告如无不妥，请批转各乡镇、各有关部门执行。"]);
    assert_eq!(notes(&doc), ["联系人：陈某\u{3000}电话：0571-63700000"]);
    assert!(block(&doc, "（二）", "加强执法检查").paragraphs.is_empty());
    let t = block(&doc, "（一）", "深化专项整治");
    assert_eq!(
        roles(t),
        [vec![("县应急局", Role::Lead), ("县住建局", Role::Support), ("县市场监管局", Role::Support)]]
    );
    assert_eq!(t.responsibilities[0].deadline.as_ref().and_then(|d| d.by.as_deref()), Some("2025-09-30"));
}

#[test]
fn appointments_are_paragraphs() {
    let text = read("07-appointments.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("某政人〔2025〕6号"));
    assert_eq!(addressees(&doc), [vec!["各乡镇人民政府"], vec!["县政府各部门", "各直属机构"]]);
    assert_eq!(issuers(&doc), ["某某县人民政府"]);
    assert_eq!(date(&doc), Some("2025-05-20"));
    assert!(doc.sections.is_empty());
    assert_eq!(doc.preamble.len(), 6);
    assert!(doc.preamble[1].text.starts_with("任命王某某"));
}

#[test]
fn street_publicity_markdown_names_and_phone() {
    let text = read("08-street-publicity.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("关于2025年度某某街道“最美网格员”拟表彰对象的公示"));
    assert!(addressees(&doc).is_empty());
    assert_eq!(issuers(&doc), ["中共某某街道工作委员会", "某某街道办事处"]);
    assert_eq!(date(&doc), Some("2025-11-03"));
    assert_eq!(notes(&doc), ["联系电话：0571-87654321"]);
    assert!(doc.sections.is_empty());
    // the names, 、-separated, are paragraphs
    assert!(doc.preamble.iter().any(|p| p.text.starts_with("王丽（东湖社区）、王建国")));
}

#[test]
fn town_plan_markdown_village_bodies() {
    let text = read("09-town-plan-md.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某镇2025年森林防灭火工作实施方案"));
    assert_eq!(addressees(&doc), [vec!["各村（社区）"], vec!["镇直各单位"]]);
    assert_eq!(issuers(&doc), ["某某镇人民政府"]);
    assert_eq!(date(&doc), Some("2025-02-10"));
    let grid = block(&doc, "（一）", "落实网格化管理");
    assert_eq!(roles(grid), [vec![("镇应急办", Role::Lead), ("各村（社区）", Role::Responsible)]]);
    assert_eq!(bodies(grid)[0], ("镇应急办", AgencyKind::Local, Some("某某镇")));
    let fire = block(&doc, "（二）", "加强火源管控");
    assert_eq!(roles(fire), [vec![("镇派出所", Role::Responsible), ("镇林业站", Role::Responsible)]]);
    assert_eq!(fire.responsibilities[0].deadline.as_ref().and_then(|d| d.by.as_deref()), Some("2025-03-01"));
    let talk = block(&doc, "（三）", "开展宣传教育");
    assert_eq!(roles(talk), [vec![("镇宣传办", Role::Lead), ("各行政村", Role::Support)]]);
}

#[test]
fn county_letter_on_one_line() {
    let text = read("10-letter-oneline.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("某发改函〔2025〕8号"));
    assert_eq!(addressees(&doc), [vec!["县财政局", "县自然资源局", "县住建局"], vec!["各乡镇人民政府"]]);
    assert_eq!(issuers(&doc), ["某某县发展和改革局"]);
    assert_eq!(date(&doc), Some("2025-05-06"));
    // (the contact and the 附件 run on after its sentence stay in the
    // paragraph: see the report)
}

#[test]
fn training_notice_in_p_residue_two_issuers() {
    let text = read("11-activity-notice-p.txt");
    let doc = parse(&text);
    assert_eq!(addressees(&doc), [vec!["各街道党工委", "办事处"], vec!["各镇党委", "政府"]]);
    assert_eq!(issuers(&doc), ["中共某某区委社会工作部", "某某区民政局"]);
    assert_eq!(date(&doc), Some("2025-09-01"));
    assert_eq!(notes(&doc), ["联系人：周某，联系电话：021-65551234。"]);
    assert_eq!(top(&doc), ["一、培训时间", "二、培训地点", "三、培训对象", "四、报名方式"]);
    assert_eq!(doc.attachments.len(), 1);
    no_contact_in_text(&doc);
}

#[test]
fn abbreviated_district_bodies_take_the_first_ones_place() {
    let text = read("12-district-office-task-abbrev.txt");
    let doc = parse(&text);
    let district = Some("某某区");
    let one = block(&doc, "1.", "深化“一网通办”改革");
    assert!(bodies(one).iter().all(|b| b.1 == AgencyKind::Local && b.2 == district), "{:?}", bodies(one));
    // 发改委 after 区市场监管局 is the district's, not 国家发展和改革委员会
    let three = block(&doc, "3.", "规范涉企收费");
    assert_eq!(
        bodies(three),
        [
            ("区市场监管局", AgencyKind::Local, district),
            ("发改委", AgencyKind::Local, district),
            ("财政局", AgencyKind::Local, district)
        ]
    );
    assert!(three.responsibilities[0].agencies.iter().all(|a| a.canonical.is_none()));
    // 各街道、镇: each street and each town
    let four = block(&doc, "4.", "加强中小企业服务");
    assert_eq!(roles(four), [vec![("区经委", Role::Lead), ("各街道", Role::Support), ("各镇", Role::Support)]]);
    assert_eq!(four.responsibilities[0].deadline.as_ref().and_then(|d| d.by.as_deref()), Some("2025-06-30"));
    assert!(four.paragraphs.is_empty());
}

#[test]
fn reply_letter_closing_then_contact() {
    let text = read("13-reply-letter-contact.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("某财函〔2025〕31号"));
    assert_eq!(addressees(&doc), [vec!["某某区财政局"]]);
    assert_eq!(closing(&doc), ["此复。"]);
    assert_eq!(issuers(&doc), ["某某市财政局"]);
    assert_eq!(date(&doc), Some("2025-06-30"));
    assert_eq!(notes(&doc), ["联系人：黄某\u{3000}\u{3000}\u{3000}联系电话：0571-85000000", "（此件依申请公开）"]);
    assert_eq!(doc.sections.len(), 2);
}

#[test]
fn village_notice_ascii_spaces() {
    let text = read("14-village-notice-spaces.txt");
    let doc = parse(&text);
    assert_eq!(issuers(&doc), ["中共某某村支部委员会", "某某村民委员会"]);
    assert_eq!(date(&doc), Some("2025-03-25"));
    assert_eq!(addressees(&doc), [vec!["各村民小组", "全体党员", "村民"]]);
    assert_eq!(notes(&doc), ["联系人：村委会主任李某  电话：13900001111"]);
    assert_eq!(top(&doc), ["一、活动时间", "二、整治内容", "三、工作要求"]);
    assert_eq!(block(&doc, "三、", "工作要求").paragraphs.len(), 1);
}

#[test]
fn numbered_unit_list_is_no_table_and_no_duty() {
    let text = read("15-city-circular-namelist-numbered.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("某政发〔2025〕14号"));
    assert_eq!(issuers(&doc), ["某某市人民政府"]);
    assert!(!doc.diagnostics.iter().any(|d| d.code == gongwen::codes::FLATTENED_TABLE));
    let [list] = &doc.attachments[..] else { panic!("one attachment") };
    assert!(list.tables.is_empty());
    assert_eq!(list.sections.len(), 2);
    assert_eq!(list.sections[1].children.len(), 10);
    // a name in a list is no body given a task
    assert!(list.sections[1].children.iter().all(|b| b.responsibilities.is_empty()));
}

#[test]
fn request_with_a_bracketed_contact_after_the_date() {
    let text = read("16-request-note-after-date.txt");
    let doc = parse(&text);
    assert_eq!(addressees(&doc), [vec!["县委", "县政府"]]);
    assert_eq!(issuers(&doc), ["某某县教育局"]);
    assert_eq!(date(&doc), Some("2025-03-28"));
    assert_eq!(closing(&doc), ["以上请示妥否，请批示。"]);
    assert_eq!(notes(&doc), ["（联系人：赵某某，联系电话：0571-63755555）"]);
    assert_eq!(doc.sections.len(), 2);
    assert_eq!(doc.sections[1].paragraphs.len(), 1);
}

#[test]
fn street_request_on_one_line() {
    let text = read("17-oneline-request.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("某街办〔2025〕12号"));
    assert_eq!(addressees(&doc), [vec!["区住房城乡建设局"]]);
    assert_eq!(issuers(&doc), ["某某街道办事处"]);
    assert_eq!(date(&doc), Some("2025-07-01"));
    assert_eq!(closing(&doc), ["妥否，请批示。"]);
    assert_eq!(notes(&doc), ["联系人：钱某，电话：021-62220000"]);
    let n = doc.notice.as_ref().unwrap();
    let s = n.date_span.unwrap();
    assert_eq!(&text[s.start..s.end], "2025年7月1日");
}

#[test]
fn joint_list_of_persons_and_two_contacts() {
    let text = read("18-joint-appointment-list.txt");
    let doc = parse(&text);
    assert_eq!(issuers(&doc), ["中共某某县委组织部", "某某县人力资源和社会保障局"]);
    assert_eq!(date(&doc), Some("2025-08-01"));
    assert_eq!(
        notes(&doc),
        ["联系人：县委组织部\u{3000}孙某\u{3000}0571-63700001", "县人力社保局\u{3000}周某\u{3000}0571-63700002"]
    );
    no_contact_in_text(&doc);
    // the persons are no bodies given a task
    assert!(doc.blocks().all(|b| b.responsibilities.is_empty()));
}

#[test]
fn markdown_meeting_notice_spaced_contact_key() {
    let text = read("19-md-meeting-contact-two-lines.txt");
    let doc = parse(&text);
    assert_eq!(addressees(&doc), [vec!["各县（市、区）人民政府"], vec!["市政府有关部门"]]);
    assert_eq!(issuers(&doc), ["某某市人民政府办公室"]);
    assert_eq!(date(&doc), Some("2025-04-28"));
    assert_eq!(notes(&doc), ["联系人：吴某", "联系电话：0571-87000000"]);
    assert_eq!(top(&doc), ["一、会议时间", "二、会议地点", "三、参会人员", "四、有关事项"]);
    assert_eq!(block(&doc, "四、", "有关事项").paragraphs.len(), 1);
    assert_eq!(doc.attachments.len(), 1);
}

#[test]
fn joint_county_opinion_issuers_on_two_lines_crlf() {
    let text = read("20-joint-county-opinion-two-issuer-lines.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("某发〔2025〕2号"));
    assert_eq!(issuers(&doc), ["中共某某县委", "某某县人民政府"]);
    assert_eq!(date(&doc), Some("2025-01-15"));
    assert_eq!(addressees(&doc).len(), 4);
    let village = block(&doc, "（一）", "加强村级组织建设");
    assert_eq!(
        roles(village),
        [vec![("县委组织部", Role::Lead), ("县民政局", Role::Support), ("各乡镇", Role::Support)]]
    );
    let grid = block(&doc, "（二）", "完善网格化管理");
    assert_eq!(roles(grid), [vec![("县委政法委", Role::Lead), ("各乡镇", Role::Responsible)]]);
    assert_eq!(grid.responsibilities[0].deadline.as_ref().and_then(|d| d.by.as_deref()), Some("2025-06-30"));
}

/// Levels sharing a 各 or an ending, in bracketed clauses of a county plan.
#[test]
fn shared_levels_in_clauses() {
    let clause = |c: &str| {
        let text = format!(
            "某某县人民政府关于印发工作要点的通知\n某县政发〔2025〕1号\n各乡镇：\n现印发。\n某某县人民政府\n2025年1月1日\n某县工作要点\n一、优化\n1.加强服务。{c}\n"
        );
        let doc = gongwen::parse(&text).expect("parses");
        let b = &doc.sections[0].children[0];
        b.responsibilities.iter().flat_map(|r| &r.agencies).map(|a| a.name.to_string()).collect::<Vec<_>>()
    };
    assert_eq!(clause("（各区、县负责）"), ["各区", "各县"]);
    assert_eq!(clause("（各乡、镇负责）"), ["各乡", "各镇"]);
    assert_eq!(clause("（各区、县政府负责）"), ["各区政府", "各县政府"]);
    assert_eq!(clause("（各市、县党委和政府负责）"), ["各市党委和政府", "各县党委和政府"]);
    // no 各 to share: no clause
    assert!(clause("（区、县负责）").is_empty());
}

#[test]
fn town_minutes_participants_lines_are_notes() {
    let text = read("21-town-minutes-participants.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("〔2025〕第3期"));
    assert_eq!(issuers(&doc), ["中共某某镇委员会办公室"]);
    assert_eq!(date(&doc), Some("2025-04-02"));
    assert_eq!(notes(&doc), ["参加人员：李某、王某、张某、刘某、陈某", "列席人员：镇纪委、镇党政办负责同志"]);
    assert_eq!(block(&doc, "二、", "关于人居环境整治工作").paragraphs.len(), 1);
    let fire = block(&doc, "一、", "关于春季森林防火工作");
    assert_eq!(
        roles(fire),
        [vec![("镇应急办", Role::Lead), ("镇林业站", Role::Support), ("各村（社区）", Role::Support)]]
    );
    assert_eq!(fire.responsibilities[0].deadline.as_ref().and_then(|d| d.by.as_deref()), Some("2025-04-30"));
}

#[test]
fn addressee_wrapped_over_two_lines() {
    let text = read("22-wrapped-addressee.txt");
    let doc = parse(&text);
    assert_eq!(
        addressees(&doc),
        [vec!["各乡镇人民政府", "街道办事处"], vec!["县政府各部门", "各直属机构"], vec!["县属各国有企业"]]
    );
    let n = doc.notice.as_ref().unwrap();
    let s = n.addressee_span.unwrap();
    assert!(text[s.start..s.end].starts_with("各乡镇人民政府") && text[s.start..s.end].ends_with("县属各国有企业："));
    assert_eq!(doc.preamble.len(), 1);
    assert_eq!(issuers(&doc), ["某某县人民政府办公室"]);
    assert_eq!(date(&doc), Some("2025-10-09"));
    // 各乡镇、街道: each 街道 too
    let dust = block(&doc, "一、", "严格管控扬尘污染");
    assert_eq!(
        roles(dust),
        [vec![
            ("县住建局", Role::Lead),
            ("县城管局", Role::Support),
            ("各乡镇", Role::Support),
            ("各街道", Role::Support)
        ]]
    );
}

#[test]
fn joint_offices_in_a_title_without_guanyu() {
    let text = read("23-joint-title-no-guanyu.txt");
    let doc = parse(&text);
    assert_eq!(doc_number(&doc), Some("某委办〔2025〕7号"));
    assert_eq!(issuers(&doc), ["中共某某县委办公室", "某某县人民政府办公室"]);
    assert_eq!(date(&doc), Some("2025-02-20"));
    assert_eq!(doc.title.as_deref(), Some("关于建立县级领导干部包联乡镇制度的意见"));
    assert_eq!(top(&doc), ["一、包联范围", "二、工作职责"]);
}

#[test]
fn covering_notice_contact_lines_leave_its_body() {
    let text = read("24-covering-contact-publicity.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.body.len(), 1);
    assert_eq!(
        notes(&doc),
        ["联系人：社会救助科\u{3000}郑某", "联系电话：021-56780000", "通讯地址：某某区某某路100号"]
    );
    assert_eq!(issuers(&doc), ["某某区民政局"]);
    assert_eq!(date(&doc), Some("2025-03-03"));
    assert_eq!(doc.title.as_deref(), Some("某某区2025年困难群众救助工作要点"));
    let two = block(&doc, "二、", "提升救助服务能力");
    assert_eq!(roles(two), [vec![("各街道", Role::Responsible), ("各镇", Role::Responsible)]]);
    assert_eq!(two.responsibilities[0].deadline.as_ref().and_then(|d| d.by.as_deref()), Some("2025-06-30"));
}

#[test]
fn publicity_supervision_phones_are_notes() {
    let text = read("25-publicity-supervision-phone.txt");
    let doc = parse(&text);
    assert_eq!(issuers(&doc), ["某某镇人民政府"]);
    assert_eq!(date(&doc), Some("2025-09-01"));
    assert_eq!(notes(&doc), ["监督电话：0571-63333333", "举报电话：12345"]);
    assert!(addressees(&doc).is_empty());
    assert!(doc.sections.is_empty());
    // the name lines, village by village, are paragraphs
    assert!(doc.preamble.iter().any(|p| p.text.starts_with("东村：王某某（3人）")));
    assert!(doc.blocks().all(|b| b.responsibilities.is_empty()));
}
