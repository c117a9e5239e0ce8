//! Red team of classes of documents the corpora and the earlier red teams
//! lack: the marks GB/T 9704 prints over the 发文机关标志 (份号 `000158`,
//! 密级和保密期限 `机密★1年`, 紧急程度 `特急` `加急`), the 签发人 of a
//! request printed on its 发文字号 line (one signer, or two stacked over two
//! lines), 公开属性 lines (`（此件不公开）`, `（此件发至乡镇党委）`,
//! `公开方式：主动公开` over the 版记, `信息公开选项：主动公开` after the
//! date), 发文字号 with the year in other brackets (`[2026]` `【2026】`
//! `（2026）` `(2026)` `［2026］`) or in full-width digits (`〔２０２６〕４号`)
//! and a 明电 number, letters' closings (特此函告。 专此函复。), party bodies
//! as issuers, addressees and doers (中共某某县委办公室, 中共某某镇委员会,
//! 县委组织部, 市委宣传部, 县纪委监委, 市委网信办) and a county's bodies by
//! their short names (县发改局, 县融媒体中心), a joint issue of three bodies
//! whose marks head it without 文件, a date with 零 (`二零二六年六月十日`),
//! persons whose duties are listed (no bodies), key points whose parts are
//! headed in lenticular brackets (`【总体要求】`, no line of the title) and a
//! 印发 line with its count of copies after the date (`…2026年2月10日印发
//! （共印60份）`). Every level from 国务院办公厅 to 镇. Constructed documents under `tests/data/redteam_classes/` (own
//! text), with the facts a reader expects, written down before the parser
//! was run on them.

use gongwen::{Document, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{Facts, all_texts, colophon, notice, parse, roles};

use Role::{Lead, Responsible, Support};

fn read(name: &str) -> String {
    redteam::read("redteam_classes", name)
}

/// The top-level blocks as marker + title.
fn top(doc: &Document<'_>) -> Vec<String> {
    doc.sections.iter().map(|b| format!("{}{}", b.marker, b.title.as_deref().unwrap_or(""))).collect()
}

fn closing<'d>(doc: &'d Document<'_>) -> Vec<&'d str> {
    doc.closing.iter().map(|p| p.text.as_ref()).collect()
}

/// None of `marks` is in any text of the document: its titles, the notice's
/// body, issuers and addressees, the preamble, the blocks, the closing, the attachments.
fn nowhere(doc: &Document<'_>, marks: &[&str]) {
    let mut texts: Vec<&str> = all_texts(doc);
    texts.extend(doc.title.as_deref());
    if let Some(n) = &doc.notice {
        texts.extend(n.title.as_deref());
        texts.extend(n.issuers.iter().map(|i| i.as_ref()));
        texts.extend(n.addressees.iter().map(|g| g.text.as_ref()));
    }
    for a in &doc.attachments {
        texts.push(a.title.as_ref());
        texts.extend(a.paragraphs.iter().map(|p| p.text.as_ref()));
    }
    for m in marks {
        assert!(texts.iter().all(|t| !t.contains(m)), "{m} in {texts:?}");
    }
}

/// The (name, role) lists of the first block with this marker and title start.
fn duties<'d>(doc: &'d Document<'_>, marker: &str, title: &str) -> Vec<Vec<(&'d str, Role)>> {
    roles(redteam::block(doc, marker, title))
}

/// The `by` of the first responsibility's deadline of a block.
fn clause_by<'d>(doc: &'d Document<'_>, marker: &str, title: &str) -> Option<&'d str> {
    let b = redteam::block(doc, marker, title);
    b.responsibilities.first().and_then(|r| r.deadline.as_ref()).and_then(|d| d.by.as_deref())
}

#[test]
fn a_state_council_telegram_under_its_copy_number_and_urgency() {
    let text = read("01-state-council-urgent-telegram.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("国务院办公厅关于切实做好今冬明春煤电油气运保障工作的紧急通知"),
            Some("国办发明电〔2026〕11号"),
            vec!["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"],
            vec!["国务院办公厅"],
            Some("2026-11-20")
        )
    );
    assert_eq!(colophon(&doc).3, ["（此件公开发布）"]);
    assert_eq!(doc.title.as_deref(), Some("国务院办公厅关于切实做好今冬明春煤电油气运保障工作的紧急通知"));
    assert!(doc.preamble.iter().all(|p| !p.text.starts_with("000158")), "{:?}", doc.preamble);
    nowhere(&doc, &["000158", "特急"]);
    assert_eq!(
        top(&doc),
        ["一、全力增加煤炭供应", "二、保障天然气稳定供应", "三、强化运输保障", "四、加强监测预警和应急处置"]
    );
    assert_eq!(
        duties(&doc, "一、", "全力"),
        [vec![
            ("国家发展改革委", Lead),
            ("国家能源局", Lead),
            ("应急管理部", Support),
            ("国家矿山安全监察局", Support)
        ]]
    );
    assert_eq!(clause_by(&doc, "一、", "全力"), Some("2026-12-31"));
    assert_eq!(
        duties(&doc, "三、", "强化"),
        [vec![("交通运输部", Responsible), ("国家铁路局", Responsible), ("中国国家铁路集团有限公司", Responsible)]]
    );
    assert_eq!(clause_by(&doc, "三、", "强化"), Some("2027-03-31"));
}

/// The frame of `02-…`, the county's request, as its text gives it.
fn request_frame() -> Facts<'static> {
    (
        Some("某某县人民政府关于申请将某某镇列入省级特色小镇创建名单的请示"),
        Some("某县政〔2026〕21号"),
        vec!["某某市人民政府"],
        vec!["某某县人民政府"],
        Some("2026-09-08"),
    )
}

#[test]
fn a_county_request_with_its_signer_on_the_number_line() {
    let text = read("02-county-request-signer.txt");
    let doc = parse(&text);
    assert_eq!(notice(&doc), request_frame());
    nowhere(&doc, &["签发人", "王某某", "某某县人民政府文件"]);
    assert_eq!(colophon(&doc).3, ["（联系人：李某某，联系电话：0000-6612345）"]);
    assert_eq!(top(&doc), ["一、创建基础", "二、创建目标", "三、保障措施"]);
    assert_eq!(closing(&doc), ["妥否，请批示。"]);
    let atts: Vec<(Option<u32>, &str)> = doc.attachments.iter().map(|a| (a.number, a.title.as_ref())).collect();
    assert_eq!(atts, [(None, "某某镇省级特色小镇创建方案")]);
    // the number's span is the number, not the signer
    let n = doc.notice.as_ref().unwrap();
    let s = n.doc_number_span.unwrap();
    assert!(!text[s.start..s.end].contains("王某某"), "{}", &text[s.start..s.end]);
}

/// Read by `prose` when it reads role words inside a clause (`X牵头编制…，
/// Y配合落实…`), not only at its end.
#[test]
fn a_request_s_measures_name_their_bodies_in_prose() {
    let text = read("02-county-request-signer.txt");
    let doc = parse(&text);
    assert_eq!(
        duties(&doc, "三、", "保障措施"),
        [vec![("县发改局", Lead), ("县财政局", Support), ("县自然资源局", Support)]]
    );
}

#[test]
fn a_joint_request_with_two_signers_stacked() {
    let text = read("03-joint-request-two-signers.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("中共某某县委员会　某某县人民政府关于恳请支持某某水库除险加固工程建设的请示"),
            Some("某县委〔2026〕35号"),
            vec!["中共某某市委", "某某市人民政府"],
            vec!["中共某某县委员会", "某某县人民政府"],
            Some("2026-07-15")
        )
    );
    nowhere(&doc, &["签发人", "张某某", "王某某"]);
    assert!(doc.sections.is_empty());
    assert_eq!(closing(&doc), ["以上请示妥否，请批示。"]);
    // (a request that covers no document: its text is the preamble)
    let pre: Vec<&str> = doc.preamble.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(pre.len(), 1, "{pre:?}");
    assert!(pre[0].starts_with("某某水库建于1976年"), "{pre:?}");
}

#[test]
fn a_classified_urgent_notice_with_its_colophon() {
    let text = read("04-city-secret-urgent-notice.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某市人民政府办公室关于做好重大活动期间安全稳定工作的通知"),
            Some("某府办发〔2026〕18号"),
            // (`各委、办、局` one item: 办 and 局 alone name no body)
            vec!["各区人民政府", "市政府各委、办、局"],
            vec!["某某市人民政府办公室"],
            Some("2026-04-03")
        )
    );
    assert_eq!(
        colophon(&doc),
        (
            vec!["市委办公室", "市人大常委会办公室", "市政协办公室", "市纪委监委", "市中级法院", "市检察院"],
            Some("某某市人民政府办公室"),
            Some("2026-04-03"),
            vec!["（此件不公开）"]
        )
    );
    nowhere(&doc, &["000036", "机密", "★", "加急", "某某市人民政府办公室文件"]);
    assert_eq!(doc.preamble.len(), 1, "{:?}", doc.preamble);
    assert!(doc.preamble[0].text.starts_with("为确保2026年"));
    assert_eq!(top(&doc), ["一、全面排查风险隐患", "二、强化重点部位安保", "三、严格落实值班值守"]);
    assert_eq!(
        duties(&doc, "一、", "全面"),
        [vec![("市公安局", Lead), ("市应急局", Support), ("市住房城乡建设局", Support)]]
    );
    assert_eq!(clause_by(&doc, "一、", "全面"), Some("2026-05-10"));
    assert_eq!(
        duties(&doc, "（二）", "加强交通疏导"),
        [vec![("市公安局交警支队", Responsible), ("市交通运输局", Responsible)]]
    );
}

#[test]
fn a_party_office_notice_whose_doers_are_party_bodies() {
    let text = read("05-party-county-office.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("中共某某县委办公室关于开展2026年度基层党建述职评议考核工作的通知"),
            Some("某委办发〔2026〕12号"),
            vec!["各乡镇党委", "县委各部委", "县直各单位党组（党委）", "县直机关工委"],
            vec!["中共某某县委办公室"],
            Some("2026-12-01")
        )
    );
    assert_eq!(colophon(&doc), (vec![], Some("中共某某县委办公室"), Some("2026-12-01"), vec!["（此件发至乡镇党委）"]));
    nowhere(&doc, &["某某县委办公室文件"]);
    assert_eq!(top(&doc), ["一、考核对象", "二、方法步骤", "三、工作要求"]);
    assert_eq!(duties(&doc, "（一）", "述职评议"), [vec![("县委组织部", Lead), ("县直机关工委", Support)]]);
    assert_eq!(clause_by(&doc, "（一）", "述职评议"), Some("2027-01-15"));
    assert_eq!(
        duties(&doc, "（二）", "综合评定"),
        [vec![("县委组织部", Lead), ("县纪委监委", Support), ("县委巡察办", Support)]]
    );
    // party bodies are local bodies of the county
    let b = redteam::block(&doc, "（一）", "述职评议");
    let a = &b.responsibilities[0].agencies[0];
    assert_eq!(a.kind, gongwen::AgencyKind::Local);
}

#[test]
fn party_bodies_responsible_in_prose() {
    let text = read("05-party-county-office.txt");
    let doc = parse(&text);
    assert_eq!(duties(&doc, "三、", "工作要求"), [vec![("县委宣传部", Responsible), ("县融媒体中心", Responsible)]]);
}

#[test]
fn a_township_plan_with_its_publicity_line_over_the_colophon() {
    let text = read("06-township-plan-public.txt");
    let doc = parse(&text);
    let (title, number, addressees, issuers, date) = notice(&doc);
    assert_eq!(title, Some("某某镇人民政府关于印发某某镇2026年农村人居环境整治提升实施方案的通知"));
    assert_eq!(number, Some("某镇政发〔2026〕6号"));
    assert_eq!(addressees, ["各村（社区）", "镇属各单位"]);
    assert_eq!((issuers, date), (vec!["某某镇人民政府"], Some("2026-03-02")));
    assert_eq!(doc.title.as_deref(), Some("某某镇2026年农村人居环境整治提升实施方案"));
    assert_eq!(
        (colophon(&doc).0, colophon(&doc).1, colophon(&doc).2),
        (vec!["县农业农村局", "县生态环境局", "县卫生健康局"], Some("某某镇党政办公室"), Some("2026-03-02"))
    );
    assert_eq!(top(&doc), ["一、工作目标", "二、重点任务", "三、保障措施"]);
    assert_eq!(duties(&doc, "1.", "完善收运体系"), [vec![("镇农业农村办", Lead), ("各村（社区）", Responsible)]]);
    assert_eq!(clause_by(&doc, "1.", "完善收运体系"), Some("2026-06-30"));
    assert_eq!(duties(&doc, "（2）", "组织入户宣传"), [vec![("镇妇联", Responsible), ("各村（社区）", Responsible)]]);
    assert_eq!(duties(&doc, "1.", "推进户厕改造"), [vec![("镇农业农村办", Responsible), ("镇财政所", Support)]]);
    assert_eq!(clause_by(&doc, "1.", "推进户厕改造"), Some("2026-06-30"));
    assert_eq!(
        duties(&doc, "2.", "加强公厕管护"),
        [vec![("镇综合行政执法队", Responsible), ("镇卫生院", Responsible)]]
    );
    // 一、 > （一） > 1. > （1）
    let shape: Vec<(usize, &str)> = redteam::shape(&doc).into_iter().map(|x| (x.0, x.3)).collect();
    assert_eq!(
        shape,
        [
            (0, "一、"),
            (0, "二、"),
            (1, "（一）"),
            (2, "1."),
            (2, "2."),
            (3, "（1）"),
            (3, "（2）"),
            (1, "（二）"),
            (2, "1."),
            (2, "2."),
            (0, "三、")
        ]
    );
}

#[test]
fn a_joint_notice_of_three_bodies_with_a_square_bracket_number() {
    let text = read("07-city-propaganda-joint.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("关于开展2026年“我们的节日·春节”主题活动的通知"),
            Some("某宣发〔2026〕9号"),
            vec!["各区委宣传部", "区文明办", "区教育局", "市直各单位"],
            vec!["中共某某市委宣传部", "某某市精神文明建设办公室", "某某市教育局"],
            Some("2026-01-12")
        )
    );
    assert_eq!(colophon(&doc).3, ["信息公开选项：主动公开"]);
    assert_eq!(doc.preamble.len(), 1, "{:?}", doc.preamble);
    assert!(doc.preamble[0].text.starts_with("为深入弘扬"));
    assert_eq!(top(&doc), ["一、活动时间", "二、活动内容", "三、工作要求"]);
    assert_eq!(duties(&doc, "（一）", "“福满万家”"), [vec![("市文联", Lead), ("各区委宣传部", Responsible)]]);
    assert_eq!(duties(&doc, "（二）", "“网上中国年”"), [vec![("市委网信办", Responsible)]]);
    assert_eq!(duties(&doc, "（三）", "校园"), [vec![("市教育局", Lead), ("各区教育局", Responsible)]]);
    nowhere(&doc, &["信息公开选项"]);
}

#[test]
fn a_bureau_letter_numbered_in_lenticular_brackets() {
    let text = read("08-bureau-letter-lenticular-number.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某县发展和改革局关于报送2027年度重点项目建议清单的函"),
            Some("某发改函〔2026〕27号"),
            vec!["县直有关单位", "各乡镇人民政府"],
            vec!["某某县发展和改革局"],
            Some("2026-09-25")
        )
    );
    assert_eq!(closing(&doc), ["特此函告。"]);
    assert_eq!(top(&doc), ["一、报送范围", "二、报送要求"]);
    assert_eq!(redteam::texts(&doc.sections[1]), ["项目须符合国土空间规划，前期工作有一定基础。"]);
    let atts: Vec<(Option<u32>, &str)> = doc.attachments.iter().map(|a| (a.number, a.title.as_ref())).collect();
    assert_eq!(atts, [(None, "2027年度重点项目建议清单（样表）")]);
    assert_eq!(colophon(&doc).3, ["（联系人：赵某，联系电话：0000-7723456）"]);
}

/// The letter of `08-…` with its number's year in each bracket form a
/// scrape or a typist gives: the number read is the same.
#[test]
fn a_number_s_year_in_any_bracket_reads_the_same() {
    let base = read("08-bureau-letter-lenticular-number.txt");
    for (written, digits) in [
        ("〔2026〕", "〔2026〕"),
        ("[2026]", "[2026]"),
        ("［2026］", "［2026］"),
        ("（2026）", "（2026）"),
        ("(2026)", "(2026)"),
        ("〔２０２６〕", "〔２０２６〕"),
        ("【２０２６】", "【２０２６】"),
    ] {
        let text = base.replace("【2026】", written);
        assert!(text.contains(digits));
        let doc = parse(&text);
        let n = doc.notice.as_ref().expect("a notice");
        assert_eq!(n.doc_number.as_deref(), Some("某发改函〔2026〕27号"), "{written}");
        assert_eq!(n.title.as_deref(), Some("某某县发展和改革局关于报送2027年度重点项目建议清单的函"), "{written}");
        let s = n.doc_number_span.unwrap();
        assert_eq!(&text[s.start..s.end], format!("某发改函{written}27号"), "{written}");
    }
}

#[test]
fn a_reply_letter_numbered_in_parentheses() {
    let text = read("09-finance-reply-letter-paren-number.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某县财政局关于某某镇申请追加防汛资金的复函"),
            Some("某财函〔2026〕33号"),
            vec!["某某镇人民政府"],
            vec!["某某县财政局"],
            Some("2026-08-12")
        )
    );
    assert_eq!(closing(&doc), ["专此函复。"]);
    assert_eq!(top(&doc).len(), 2);
    assert!(all_texts(&doc).iter().any(|t| t.starts_with("请你镇严格资金管理")), "{:?}", all_texts(&doc));
    // a request to the addressee (你镇) names no body
    assert!(doc.sections[1].responsibilities.is_empty(), "{:?}", doc.sections[1].responsibilities);
    let r = &doc.references[0];
    assert_eq!(
        (r.title.as_deref(), r.doc_number.as_deref()),
        (Some("关于申请追加2026年防汛救灾资金的请示"), Some("某镇政〔2026〕19号"))
    );
    // the letter's own number is no citation
    assert!(doc.references.iter().all(|r| r.doc_number.as_deref() != Some("某财函〔2026〕33号")));
}

#[test]
fn a_town_party_committee_numbered_in_full_width_digits_dated_with_ling() {
    let text = read("10-town-party-committee-fullwidth.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("中共某某镇委员会关于调整镇党委班子成员工作分工的通知"),
            Some("某镇委发〔2026〕4号"),
            vec!["各村（社区）党组织", "镇机关各办（站、所）"],
            vec!["中共某某镇委员会"],
            Some("2026-06-10")
        )
    );
    assert_eq!(closing(&doc), ["特此通知。"]);
    assert_eq!(doc.sections.len(), 3);
    // persons are no bodies
    for b in doc.blocks() {
        assert!(b.responsibilities.is_empty(), "{:?}", b.responsibilities);
    }
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(&text[n.date_span.unwrap().start..n.date_span.unwrap().end], "二零二六年六月十日");
}

/// The request of `02-…` with its 版头 written the other ways a template, a
/// typist or a PDF extractor give it: the marks on one line over the mark,
/// the 签发人 after one ASCII space or with a half-width colon, two signers
/// on one line or stacked, no mark at all (the number first). The frame
/// reads the same.
#[test]
fn a_request_s_head_in_other_forms_reads_the_same() {
    let base = read("02-county-request-signer.txt");
    let number = "某县政〔2026〕21号　　　　　　　　　　签发人：王某某\n";
    let mark = "某某县人民政府文件\n";
    for (from, to) in [
        (mark, "000012　秘密★1年　特急\n某某县人民政府文件\n"),
        (mark, "000012\n秘密★1年\n特急\n某某县人民政府文件\n"),
        (number, "某县政〔2026〕21号 签发人: 王某某\n"),
        (number, "某县政〔2026〕21号    签发人：王某某　李某\n"),
        (
            number,
            "某县政〔2026〕21号　　　签发人：王某某\n　　　　　　　　　　　李某\n　　　　　　　　　　　欧阳某某\n",
        ),
        (mark, ""),
        (mark, "特急\n"),
    ] {
        let text = base.replacen(from, to, 1);
        assert_ne!(text, base);
        let doc = parse(&text);
        assert_eq!(notice(&doc), request_frame(), "{to}");
        nowhere(&doc, &["签发人", "王某某", "李某", "秘密", "特急", "000012"]);
        assert_eq!(top(&doc), ["一、创建基础", "二、创建目标", "三、保障措施"], "{to}");
        assert_eq!(doc.preamble.len(), 1, "{to}: {:?}", doc.preamble);
    }
}

/// A 公开属性 line after a covered document, over its 版记: a note, no
/// paragraph of the document's last block.
#[test]
fn a_publicity_line_over_the_colophon_is_a_note() {
    let text = read("06-township-plan-public.txt");
    let doc = parse(&text);
    assert_eq!(colophon(&doc).3, ["公开方式：主动公开"]);
    assert_eq!(redteam::texts(&doc.sections[2]), ["镇党政办负责督查通报，每月通报一次。"]);
}

/// 公开属性 lines in the places templates print them: at the end of a
/// covered document (over the 版记 or with no 版记), in brackets or as a key
/// and value; a paragraph about publication stays text.
#[test]
fn publicity_lines_after_the_covered_document_are_notes() {
    let plan = read("06-township-plan-public.txt");
    let colophon_at = plan.find("抄送：").unwrap();
    for (tail, note) in [
        ("公开方式：主动公开\n", "公开方式：主动公开"),
        ("（此件公开发布）\n", "（此件公开发布）"),
        ("信息公开选项：依申请公开\n", "信息公开选项：依申请公开"),
    ] {
        // with no 版记
        let text = plan[..plan.find("公开方式").unwrap()].to_string() + tail;
        let doc = parse(&text);
        assert_eq!(colophon(&doc).3, [note], "{tail}");
        assert_eq!(redteam::texts(&doc.sections[2]), ["镇党政办负责督查通报，每月通报一次。"], "{tail}");
        // over the 版记
        let text = plan[..plan.find("公开方式").unwrap()].to_string() + tail + &plan[colophon_at..];
        let doc = parse(&text);
        assert_eq!(colophon(&doc).3, [note], "{tail}");
        assert_eq!(colophon(&doc).1, Some("某某镇党政办公室"), "{tail}");
    }
    // a last paragraph about publication is the plan's text
    let text =
        plan[..plan.find("公开方式").unwrap()].to_string() + "公开方式：通过镇政府网站和村务公开栏向社会公开。\n";
    let doc = parse(&text);
    assert!(colophon(&doc).3.is_empty());
    assert_eq!(redteam::texts(&doc.sections[2]).len(), 2);
}

/// 公开属性 lines under the date: notes, no text.
#[test]
fn publicity_lines_under_the_date_are_notes() {
    let letter = read("08-bureau-letter-lenticular-number.txt");
    let text = letter.replace("（联系人：赵某，联系电话：0000-7723456）\n", "公开方式：不予公开\n");
    let doc = parse(&text);
    assert_eq!(colophon(&doc).3, ["公开方式：不予公开"]);
    nowhere(&doc, &["不予公开"]);
}

#[test]
fn key_points_headed_in_lenticular_brackets_with_copies_on_the_printing_line() {
    let text = read("11-county-key-points-lenticular.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某县人民政府办公室关于印发某某县2026年优化营商环境工作要点的通知"),
            Some("某政办发〔2026〕9号"),
            vec!["各乡镇人民政府", "县直各单位"],
            vec!["某某县人民政府办公室"],
            Some("2026-02-10")
        )
    );
    // a part's heading in 【】 is no line of the title
    assert_eq!(doc.title.as_deref(), Some("某某县2026年优化营商环境工作要点"));
    // the count of copies on the 印发 line
    assert_eq!(colophon(&doc), (vec!["市营商环境建设局"], Some("某某县人民政府办公室"), Some("2026-02-10"), vec![]));
    assert!(all_texts(&doc).iter().all(|t| !t.contains("印发　") && !t.contains("共印")), "{:?}", all_texts(&doc));
    assert_eq!(top(&doc), ["1.深化“一件事一次办”改革", "2.规范涉企行政检查", "3.强化要素保障"]);
    assert_eq!(duties(&doc, "1.", "深化"), [vec![("县政务服务中心", Responsible), ("县数据局", Responsible)]]);
    assert_eq!(clause_by(&doc, "1.", "深化"), Some("2026-06-30"));
    assert_eq!(clause_by(&doc, "2.", "规范"), Some("2026-09-30"));
    assert_eq!(
        duties(&doc, "3.", "强化"),
        [vec![("县自然资源局", Responsible), ("县发改局", Responsible), ("县人社局", Responsible)]]
    );
}

/// A heading in 【】 with no number opens no block: the text under the last
/// one stays a paragraph of the numbered item before it.
#[test]
fn text_under_a_lenticular_heading_is_not_the_last_item_s() {
    let text = read("11-county-key-points-lenticular.txt");
    let doc = parse(&text);
    let b = redteam::block(&doc, "3.", "强化");
    assert_eq!(redteam::texts(b), ["加强用地、用能、用工等要素保障。"]);
}
