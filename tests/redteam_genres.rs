//! Red team of the genres' frames and the 版记: constructed documents under
//! `tests/data/redteam_genres/` (own text), one a genre — 批复, 复函, 通报
//! (表彰), 会议纪要, 令, 通告, 决定 and 意见 of a party committee and a
//! government together, a 印发 notice — with the facts a reader expects,
//! written down before the parser was run on them.
//!
//! Forms exercised: the 版记 of GB/T 9704 in its forms — rules `────`
//! `━━━` between its parts, 抄送 over two lines, 抄报 over 抄送, the 分送
//! of minutes, a 主题词 line, the 印发 line with the printer and date apart
//! on one line or on two, `（共印20份）` under it; a reply whose subject is a
//! reference (你市《关于…的请示》（…〔2023〕12号）收悉); an order's number
//! `第12号`, its head signing with a name (省长：王某某), its 公布 date
//! apart from the 施行 date; a 通告 numbered 第3号; joint issuers of a
//! party committee and a government, over the title or on the 发文机关标志
//! line (`…文件`) above the 发文字号; an attachment list before the
//! signature; lists of persons and units (people are no bodies); page
//! chrome: a portal's info line with its pairs glued together, `【打印】【关闭】`
//! and `二审：张某` after the text.

use gongwen::{Document, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{all_texts, colophon, notice, parse, roles};

fn read(name: &str) -> String {
    redteam::read("redteam_genres", name)
}

/// The top-level blocks, marker and title.
fn top(doc: &Document<'_>) -> Vec<String> {
    doc.sections.iter().map(|b| format!("{}{}", b.marker, b.title.as_deref().unwrap_or(""))).collect()
}

/// The raw text of the 版记 as the notice's span gives it.
fn colophon_text<'t>(text: &'t str, doc: &Document<'_>) -> &'t str {
    let s = doc.notice.as_ref().and_then(|n| n.colophon_span).expect("a colophon");
    &text[s.start..s.end]
}

/// No 版记 line (rules, 抄送, 印发) is left in the text of the document.
fn no_colophon_in_text(doc: &Document<'_>) {
    for t in all_texts(doc) {
        let line = |l: &str| {
            ["抄送", "抄报", "分送", "主题词"].iter().any(|w| l.starts_with(w))
                || l.ends_with("日印发")
                || l.contains(['─', '━'])
        };
        assert!(!t.lines().any(line), "{t}");
    }
}

use Role::{Lead, Responsible, Support};

#[test]
fn a_reply_with_its_colophon_over_rules() {
    let text = read("reply.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某省人民政府关于同意设立某某经济开发区的批复"),
            Some("某政函〔2023〕45号"),
            vec!["某某市人民政府"],
            vec!["某省人民政府"],
            Some("2023-06-09")
        )
    );
    assert_eq!(
        colophon(&doc),
        (
            vec!["省发展改革委", "省自然资源厅", "省生态环境厅", "省住房城乡建设厅"],
            Some("某省人民政府办公厅"),
            Some("2023-06-12"),
            vec!["（此件公开发布）"]
        )
    );
    // the 版记 runs from the first rule to the 印发 line
    let c = colophon_text(&text, &doc);
    assert!(c.starts_with("────") && c.ends_with("2023年6月12日印发"), "{c}");
    no_colophon_in_text(&doc);
    assert_eq!(doc.sections.len(), 3);
    // 三、 says its sentence (a duty with 要, no title), and nothing of the
    // signature or the 版记 under it
    let last: Vec<&str> = doc.sections[2].paragraphs.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!((doc.sections[2].title.as_deref(), last), (None, vec!["省自然资源厅要加强用地指导。"]));
    // the subject of the reply is the request it answers
    let r = &doc.references[0];
    assert_eq!(
        (r.title.as_deref(), r.doc_number.as_deref()),
        (Some("关于申请设立某某经济开发区的请示"), Some("某市政〔2023〕12号"))
    );
}

#[test]
fn a_letter_with_keywords_a_two_line_printing_and_copies() {
    let text = read("letter.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某市人民政府办公室关于某某工作有关事项的复函"),
            Some("某政办函〔2024〕7号"),
            vec!["市交通运输局"],
            vec!["某市人民政府办公室"],
            Some("2024-03-15")
        )
    );
    assert_eq!(colophon(&doc), (vec!["市财政局", "市审计局"], Some("某市人民政府办公室"), Some("2024-03-18"), vec![]));
    let c = colophon_text(&text, &doc);
    assert!(c.starts_with("主题词：") && c.ends_with("（共印20份）"), "{c}");
    no_colophon_in_text(&doc);
    assert_eq!(top(&doc), ["一、原则同意你局提出的工作安排", "二、所需经费由市财政局按规定予以保障"]);
    assert_eq!(doc.closing.iter().map(|p| p.text.as_ref()).collect::<Vec<_>>(), ["此复。"]);
}

#[test]
fn a_commendation_lists_persons_and_units_in_attachments() {
    let text = read("commendation.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某市人民政府关于表彰2023年度安全生产工作先进集体和先进个人的通报"),
            Some("某政通〔2024〕3号"),
            vec!["各区人民政府", "市政府各部门"],
            vec!["某市人民政府"],
            Some("2024-02-20")
        )
    );
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.body.len(), 2);
    assert!(n.cc.is_empty() && n.printed_by.is_none());
    let titles: Vec<&str> = doc.attachments.iter().map(|a| a.title.as_ref()).collect();
    assert_eq!(titles, ["2023年度安全生产工作先进集体名单", "2023年度安全生产工作先进个人名单"]);
    assert!(doc.attachments[1].paragraphs[0].text.starts_with("张某某（某某区应急管理局）"));
    // persons are no bodies: no responsibility anywhere
    assert!(doc.blocks().all(|b| b.responsibilities.is_empty()));
}

#[test]
fn minutes_with_attendance_and_a_distribution_list() {
    let text = read("minutes.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某区人民政府常务会议纪要"),
            Some("〔2024〕第6号"),
            vec![],
            vec!["某区人民政府办公室"],
            Some("2024-05-10")
        )
    );
    assert_eq!(
        colophon(&doc),
        (
            vec!["区委办公室", "区人大常委会办公室", "区政协办公室", "区政府各部门"],
            Some("某区人民政府办公室"),
            Some("2024-05-12"),
            vec!["出席：王某某、李某、赵某某", "列席：区发展改革局、区财政局负责同志", "请假：孙某（出差）"]
        )
    );
    no_colophon_in_text(&doc);
    assert_eq!(top(&doc), ["一、关于老旧小区改造工作"]);
    let b = &doc.sections[0];
    assert_eq!(b.paragraphs.len(), 1);
    assert_eq!(roles(b), [vec![("区住房城乡建设局", Responsible), ("区财政局", Support)]]);
}

#[test]
fn an_order_signed_by_the_governor() {
    let text = read("order.txt");
    let doc = parse(&text);
    // the order is dated when it is promulgated (2023年11月28日), not when
    // it was adopted (11月20日) nor when it takes effect (2024年1月1日)
    assert_eq!(notice(&doc), (None, Some("某省人民政府令第12号"), vec![], vec!["省长：王某某"], Some("2023-11-28")));
    assert_eq!((doc.title.as_deref(), doc.doc_number.as_deref()), (Some("某省某某管理办法"), None));
    assert_eq!(top(&doc), ["第一条", "第二条", "第三条", "第四条"]);
    assert!(colophon(&doc).0.is_empty());
}

#[test]
fn a_numbered_circular() {
    let text = read("circular.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (Some("某市公安局通告"), Some("某市公安局通告第3号"), vec![], vec!["某市公安局"], Some("2024-03-25"))
    );
    assert_eq!(top(&doc).len(), 2);
    assert_eq!(doc.closing.iter().map(|p| p.text.as_ref()).collect::<Vec<_>>(), ["特此通告。"]);
}

#[test]
fn a_joint_decision_with_its_report_and_copy_lists() {
    let text = read("decision.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("中共某县委　某县人民政府关于表彰2023年度乡村振兴工作先进单位的决定"),
            None,
            vec!["各乡镇党委", "人民政府", "县直各单位"],
            vec!["中共某县委", "某县人民政府"],
            Some("2024-01-15")
        )
    );
    // 抄报 (to bodies above) and 抄送, GB/T 9704-2012's one 抄送
    assert_eq!(
        colophon(&doc),
        (
            vec!["市委办公室", "市政府办公室", "县人大常委会办公室", "县政协办公室"],
            Some("中共某县委办公室"),
            Some("2024-01-16"),
            vec![]
        )
    );
    assert_eq!(doc.title.as_deref(), Some("中共某县委　某县人民政府关于表彰2023年度乡村振兴工作先进单位的决定"));
    assert_eq!(doc.preamble.len(), 2);
    no_colophon_in_text(&doc);
}

#[test]
fn a_joint_opinion_under_its_mark_on_a_portal_page() {
    let text = read("joint.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("中共某某县委　某某县人民政府关于加强某某工作的意见"),
            Some("某发〔2024〕2号"),
            vec!["各乡镇党委", "人民政府", "县直各单位"],
            vec!["中共某某县委", "某某县人民政府"],
            Some("2024-02-01")
        )
    );
    assert_eq!(colophon(&doc), (vec![], None, None, vec!["（此件公开发布）"]));
    // the portal's info line (pairs glued), 【打印】【关闭】 and the editor's
    // line are chrome
    let chrome = doc.diagnostics.iter().filter(|d| d.code == "page-chrome").count();
    assert_eq!(chrome, 3);
    for t in all_texts(&doc) {
        assert!(!t.contains("浏览次数") && !t.contains("打印") && !t.contains("二审"), "{t}");
    }
    assert_eq!(top(&doc), ["一、明确目标", "二、落实责任"]);
    // (the lead; 各乡镇, a level of bodies, is read as no partner today)
    assert_eq!(roles(&doc.sections[1])[0][0], ("县农业农村局", Lead));
}

#[test]
fn an_issuing_notice_lists_its_attachments_before_the_signature() {
    let text = read("issue.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某市人民政府关于印发某某市优化营商环境行动方案的通知"),
            Some("某政发〔2024〕9号"),
            vec!["各县（市、区）人民政府", "市政府各部门"],
            vec!["某某市人民政府"],
            Some("2024-04-02")
        )
    );
    assert_eq!(
        colophon(&doc),
        (
            vec!["市委各部门", "市人大常委会办公室", "市政协办公室"],
            Some("某某市人民政府办公室"),
            Some("2024-04-03"),
            vec!["（此件公开发布）"]
        )
    );
    // the covered plan under 附件1 is the main document (session 15: the
    // notice issues it by name); 附件2 stays an attachment
    assert_eq!(doc.title.as_deref(), Some("某某市优化营商环境行动方案"));
    assert_eq!(doc.sections.len(), 2);
    let titles: Vec<&str> = doc.attachments.iter().map(|a| a.title.as_ref()).collect();
    assert_eq!(titles, ["重点任务分工表"]);
    // the last attachment's last block keeps none of the 版记
    no_colophon_in_text(&doc);
    let last = doc.attachments[0].sections.last().unwrap();
    assert_eq!(roles(last), [vec![("市发展改革委", Lead)]]);
}
