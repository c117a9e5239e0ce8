//! Cited documents (issue #13): every citation of another document in
//! corpus documents, with its 文号, read off the documents' text (a search
//! for 《 and for 〔…〕…号 / 令第…号 in the raw file, each hit read in its
//! sentence), never off the parser's output. Per document: every citation
//! in order (title, normalised 文号, kind), the document's own title and
//! 发文字号 excluded; a short name introduced by 以下简称《…》 belongs to the
//! citation before it, later uses of the short name are citations of their
//! own.
//!
//! White space is not a fact: titles are compared with every space removed.

use gongwen::{Document, ReferenceKind};

const D: ReferenceKind = ReferenceKind::Document;
const LAW: ReferenceKind = ReferenceKind::Law;
const REG: ReferenceKind = ReferenceKind::Regulation;

type Cited = (Option<&'static str>, Option<&'static str>, ReferenceKind);

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/fixtures/{path}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn check(path: &str, expected: &[Cited]) {
    let text = read(path);
    let doc: Document<'_> = gongwen::parse(&text).unwrap();
    let got: Vec<(Option<String>, Option<String>, ReferenceKind)> = doc
        .references
        .iter()
        .map(|r| (r.title.as_deref().map(squeeze), r.doc_number.as_deref().map(str::to_owned), r.kind))
        .collect();
    let want: Vec<(Option<String>, Option<String>, ReferenceKind)> =
        expected.iter().map(|&(t, n, k)| (t.map(squeeze), n.map(str::to_owned), k)).collect();
    assert_eq!(got, want, "{path}");
    // every span covers its citation in the raw text
    for r in &doc.references {
        let cited = &text[r.span.start..r.span.end];
        assert!(cited.starts_with('《') || cited.ends_with('号') || cited.ends_with('）'), "{path}: {cited}");
    }
}

#[test]
fn a_state_council_letter_cites_a_decision_plans_and_a_request() {
    // 国办函〔2004〕71号 itself is the letter's own number
    check(
        "07-guobanhan-2004-71-sichuan-reply-letter",
        &[
            // （国发〔2004〕20号，以下简称《决定》）
            (Some("国务院关于投资体制改革的决定"), Some("国发〔2004〕20号"), D),
            (Some("决定"), None, D),
            // （以下简称《规划》）
            (Some("三峡库区及其上游水污染防治规划"), None, D),
            (Some("规划"), None, D),
            (Some("四川省长江上游水污染治理方案"), None, D),
            (Some("规划"), None, D),
            (Some("规划"), None, D),
            (Some("规划"), None, D),
            (Some("方案"), None, D),
            (Some("规划"), None, D),
            (Some("关于2005年退耕还林计划和妥善解决今年退耕还林超计划问题的请示"), Some("发改农经〔2004〕1933号"), D),
            (Some("森林生态效益补偿基金管理办法"), None, REG),
            (Some("关于对广安市水淹区群众生产生活困难情况的调查及初步意见的汇报"), None, D),
            (Some("汇报"), None, D),
        ],
    );
}

#[test]
fn a_district_opinion_cites_regulations_and_plans_with_version_brackets() {
    // its own title 《关于推进嘉定区城市更新工作的实施意见》 is named twice in the notice
    check(
        "03-jiading-jiafufa-2023-20-urban-renewal",
        &[
            (Some("上海市城市更新条例"), None, REG),
            (Some("上海市城市更新工作指引"), None, D),
            (Some("上海市城市更新操作规程"), None, REG),
            (Some("上海市城市总体规划（2017-2035年）"), None, D),
            (Some("上海市嘉定区总体规划暨土地利用总体规划（2017-2035年）"), None, D),
        ],
    );
}

#[test]
fn a_regulation_cites_a_law_and_not_its_own_decree_number() {
    // 中华人民共和国国务院令第656号 promulgates the regulation itself
    check(
        "09-regulation-real-estate-registration-2014",
        &[(Some("中华人民共和国物权法"), None, LAW), (Some("中华人民共和国物权法"), None, LAW)],
    );
}

#[test]
fn a_guidance_cites_an_opinion_with_its_number() {
    check(
        "wide/101-guobanfa-2019-6-financing-guarantee-fund-guidance",
        &[(Some("国务院关于促进融资担保行业加快发展的意见"), Some("国发〔2015〕43号"), D)],
    );
}

#[test]
fn a_reply_cites_the_request_it_answers() {
    check(
        "wide/110-guobanhan-2004-36-harbin-universiade-reply-short",
        &[(Some("关于以哈尔滨市名义申请举办2009年世界大学生冬季运动会的请示"), Some("教外际〔2004〕14号"), D)],
    );
}

#[test]
fn a_notice_cites_a_notice_a_decision_and_a_law() {
    check(
        "wide/113-guobanfa-2018-114-fire-rescue-plates-notice-images",
        &[
            (Some("中共中央办公厅 国务院办公厅关于印发〈组建国家综合性消防救援队伍框架方案〉的通知"), None, D),
            (Some("全国人民代表大会常务委员会关于国务院机构改革涉及法律规定的行政机关职责调整问题的决定"), None, D),
            (Some("中华人民共和国道路交通安全法"), None, LAW),
            (Some("中华人民共和国道路交通安全法"), None, LAW),
        ],
    );
}

#[test]
fn a_plan_cites_a_plan_and_a_regulation_not_itself() {
    // 《“无废城市”建设试点工作方案》 in the notice is the plan itself
    check(
        "wide/104-guobanfa-2018-128-zero-waste-city-pilot-plan",
        &[(Some("生态文明体制改革总体方案"), None, D), (Some("医疗废物管理条例"), None, REG)],
    );
}

#[test]
fn a_revised_opinion_cites_its_earlier_version_by_number() {
    // the notice: 《…实施意见》（沪科规〔2020〕3号）将于2025年7月23日到期 — the
    // earlier version; 现将修订后的《…实施意见》印发给你们 — the document itself
    check(
        "wide/168-hukehe-2025-20-public-health-emergency-tech-opinion",
        &[
            (Some("关于加强公共卫生应急管理科技攻关体系与能力建设的实施意见"), Some("沪科规〔2020〕3号"), D),
            (Some("关于完善重大疫情防控体制机制健全公共卫生应急管理体系的若干意见"), None, D),
            (Some("科技攻关应急行动指南"), None, D),
        ],
    );
}

#[test]
fn an_implementing_opinion_cites_the_plan_it_implements() {
    // the plan is cited in the notice, in the document's own title
    // (上海关于贯彻落实《…规划》的实施意见) and in its preamble; the notice's
    // 《上海关于贯彻落实<…>的实施意见》 is the document itself
    check(
        "wide/169-hufu-2020-84-agri-mechanization-implementing-opinion",
        &[
            (Some("“十四五”全国农业机械化发展规划"), None, D),
            (Some("“十四五”全国农业机械化发展规划"), None, D),
            (Some("“十四五”全国农业机械化发展规划"), None, D),
            (Some("上海市推进农业高质量发展行动方案（2021-2025年）"), Some("沪府〔2020〕84号"), D),
            (Some("关于加快推进农业机械化和农机装备产业转型升级的实施意见"), Some("沪农委〔2020〕60号"), D),
        ],
    );
}

#[test]
fn covering_notices_name_their_own_document_only() {
    // 关于印发《…》的通知 and 现将《…》印发给你们: the document itself, no citation
    for path in [
        "wide/160-hufubanfa-2025-17-medical-devices-action-plan",
        "wide/161-hufubanfa-2025-11-tech-services-opinions",
        "wide/165-hukehe-2025-42-food-tech-action-plan",
        "wide/166-huke-2025-5-brain-computer-interface-action-plan",
        "wide/170-hufubanfa-2023-19-commercial-space-action-plan",
    ] {
        check(path, &[]);
    }
}

#[test]
fn blocks_hold_their_citations() {
    let text = read("wide/169-hufu-2020-84-agri-mechanization-implementing-opinion");
    let doc = gongwen::parse(&text).unwrap();
    let rows: Vec<(String, Option<&str>)> =
        doc.citations().into_iter().map(|c| (c.label, c.reference.doc_number.as_deref())).collect();
    // the two numbered citations stand in 二、 (发展目标)
    assert_eq!(
        &rows[3..],
        [("二".to_owned(), Some("沪府〔2020〕84号")), ("二".to_owned(), Some("沪农委〔2020〕60号"))]
    );
    let two = doc.sections.iter().find(|b| b.number == 2).unwrap();
    assert_eq!(two.references().len(), 2);
}
