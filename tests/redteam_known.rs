//! Red team of failure classes known before session 16 and mended in it,
//! each shown on several constructed documents (own text, under
//! `tests/data/redteam_known/`), with the facts a demanding reader expects,
//! written down before the parser was run on them:
//!
//! - a heading's title run on into the points of its text, `（二）强化统筹一是
//!   建立…；二是…` (no full stop), `：一是`, `，一是`: the title is what stands
//!   before 一是, never the whole text;
//! - requests that name who acts, `请X牵头…`, `请X会同Y…研究办理`, `请X负责…`,
//!   `请X…办理`: X leads, is responsible (请 no part of its name), Y
//!   supports; a request to no body (你市, 各单位) names none;
//! - markdown links and images of scraped text: the link's text stays, its
//!   address and the image go, and what the link said is read (a citation,
//!   an attachment);
//! - a WeChat article's account name over its time stamp: chrome, never the
//!   title.
//!
//! (The bare-number markdown heading whose 、 no input wrote and the level
//! that borrowed an ending joined across removed text are in
//! `tests/regressions.rs`.)

use gongwen::Role;

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{all_texts, block, diags, notice, parse, roles, spans_read_back, texts, tree};

fn read(name: &str) -> String {
    redteam::read("redteam_known", name)
}

use Role::{Lead, Responsible, Support};

// ------------------------------------------------------ titles run on into points

#[test]
fn a_title_runs_on_into_its_points_in_a_plan() {
    let text = read("01-points-plan.txt");
    let doc = parse(&text);
    let titles: Vec<_> = tree(&doc).into_iter().filter(|n| n.3.starts_with('（')).map(|n| n.4).collect();
    assert_eq!(
        titles,
        [
            Some("强化统筹协调"),
            Some("深化审批改革"),
            Some("加强要素保障"),
            Some("优化政务服务"),
            Some("营造公平竞争环境")
        ]
    );
    assert_eq!(
        texts(block(&doc, "（二）", "深化审批改革")),
        ["一是全面推行告知承诺制；二是压缩工程建设项目审批时限至60个工作日以内。"]
    );
    assert_eq!(texts(block(&doc, "（三）", "加强要素保障")), ["一是优先保障重点项目用地；二是健全企业融资对接机制。"]);
    assert_eq!(texts(block(&doc, "（四）", "优化政务服务")), ["一是推进“一网通办”；二是设立帮办代办窗口。"]);
    // the points stay one paragraph, with the full stop's title as before
    assert_eq!(
        texts(block(&doc, "（一）", "强化统筹协调")),
        ["一是建立区级营商环境工作专班；二是完善部门会商机制，每季度研究解决重点难点问题。"]
    );
}

#[test]
fn a_title_runs_on_into_its_points_under_bold_marks() {
    let text = read("02-points-notice.md.txt");
    let doc = parse(&text);
    assert_eq!(
        tree(&doc),
        [
            (0, "section", 1, "一、", Some("拓宽就业渠道")),
            (1, "subsection", 1, "（一）", Some("支持企业稳岗扩岗")),
            (1, "subsection", 2, "（二）", Some("鼓励创业带动就业")),
            (0, "section", 2, "二、", Some("强化就业服务")),
        ]
    );
    assert_eq!(
        texts(block(&doc, "（二）", "鼓励创业带动就业")),
        ["一是加大创业担保贷款支持力度，二是建设一批创业孵化基地。"]
    );
    // 统一是 opens no list
    assert_eq!(texts(block(&doc, "二、", "强化就业服务")), ["统一是前提，二是保障。各地要统一就业服务标准。"]);
    let b = block(&doc, "（一）", "支持企业稳岗扩岗");
    let t = b.title_span.expect("a title span");
    assert_eq!(&text[t.start..t.end], "支持企业稳岗扩岗");
}

// ------------------------------------------------------------------- requests

#[test]
fn a_reply_letter_asks_bodies_to_act() {
    let text = read("03-request-reply.txt");
    let doc = parse(&text);
    let asked: Vec<_> = doc.sections.iter().map(roles).collect();
    assert_eq!(
        asked,
        [
            vec![],
            vec![vec![("省商务厅", Lead), ("省发展改革委", Support), ("省财政厅", Support)]],
            // 你市: no body the rules know
            vec![],
            vec![vec![("省自然资源厅", Responsible)]],
        ]
    );
    spans_read_back(&text, &doc);
    let r = &doc.sections[1].responsibilities[0];
    assert_eq!(&text[r.agencies[0].span.start..r.agencies[0].span.end], "省商务厅");
}

#[test]
fn a_county_notice_asks_bodies_to_act() {
    let text = read("04-request-notice.txt");
    let doc = parse(&text);
    let asked: Vec<_> = doc.sections.iter().map(roles).collect();
    assert_eq!(
        asked,
        [
            vec![vec![("县水利局", Lead), ("县应急管理局", Support)]],
            vec![vec![("县自然资源局", Lead)]],
            vec![vec![("县发展改革委", Responsible)]],
            // 各单位: a collective, no body
            vec![],
            vec![vec![("县民政局", Responsible), ("县住房城乡建设局", Responsible)]],
        ]
    );
    // the deadline of the request's sentence
    let d = doc.sections[0].responsibilities[0].deadline.as_ref().expect("a deadline");
    assert_eq!(d.by.as_deref(), Some("2025-05-31"));
    spans_read_back(&text, &doc);
}

#[test]
fn a_central_reply_asks_a_ministry_with_partners() {
    let text = read("05-request-central.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().expect("a notice");
    assert_eq!(
        n.addressees.iter().flat_map(|g| g.items.iter().map(|i| i.as_ref())).collect::<Vec<_>>(),
        ["某某省人民政府"]
    );
    let asked: Vec<_> = doc.sections.iter().map(roles).collect();
    assert_eq!(
        asked,
        [vec![], vec![vec![("国家发展改革委", Lead), ("财政部", Support), ("自然资源部", Support)]], vec![]]
    );
}

// ------------------------------------------------------- links and images

#[test]
fn a_scraped_notice_keeps_what_its_links_say() {
    let text = read("06-links.md");
    let doc = parse(&text);
    for t in all_texts(&doc) {
        assert!(!t.contains("http") && !t.contains("](") && !t.contains("!["), "{t}");
    }
    let refs: Vec<_> = doc.references.iter().map(|r| r.title.as_deref()).collect();
    assert_eq!(refs, [Some("某某市数字政府建设实施方案"), Some("某某省政务数据管理办法")]);
    // the citation's span reads the link's text in the raw input
    let r = &doc.references[1];
    assert_eq!(&text[r.span.start..r.span.end], "《某某省政务数据管理办法》");
    // the attachment's line, read off the link's text
    let a: Vec<_> = doc.attachments.iter().map(|a| (a.number, a.title.as_ref())).collect();
    assert_eq!(a, [(Some(1), "某某市数字政府建设重点任务清单")]);
    assert_eq!(notice(&doc).4, Some("2025-03-01"));
}

#[test]
fn a_scraped_plan_drops_its_images_and_addresses() {
    let text = read("07-links-plan.md");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某区社区养老服务提升行动计划"));
    let b = block(&doc, "（一）", "建设嵌入式养老服务机构");
    assert_eq!(roles(b), [vec![("区民政局", Lead), ("各街道", Support)]]);
    assert_eq!(texts(b), ["区民政局牵头，各街道配合，2025年底前完成。详见实施细则。"]);
    assert_eq!(
        texts(block(&doc, "一、", "工作目标")),
        ["到2026年底，实现社区养老服务设施全覆盖。按照《某某市养老服务条例》要求，完善服务网络。"]
    );
    for t in all_texts(&doc) {
        assert!(!t.contains("cmsres") && !t.contains("http") && !t.contains("!["), "{t}");
    }
    spans_read_back(&text, &doc);
}

// ------------------------------------------------------- WeChat account names

#[test]
fn a_wechat_account_name_is_no_title() {
    let text = read("08-wechat.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某市生态环境局关于开展2025年环境执法大练兵活动的通知"),
            None,
            vec!["各区分局", "局机关各处室"],
            vec!["某某市生态环境局"],
            Some("2025-06-05"),
        )
    );
    // the notice's opening words, no chrome
    let preamble: Vec<_> = doc.preamble.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(preamble, ["为提升执法能力，决定开展环境执法大练兵活动。现将有关事项通知如下："]);
    // the account, the stamp, the byline and the count of readers
    let chrome = diags(&text, &doc, "page-chrome");
    assert_eq!(
        chrome.iter().map(|d| d.1).collect::<Vec<_>>(),
        ["某某市生态环境局", "2025-06-05 18:30 发表于某省", "原创 某某环境 某某市生态环境局", "阅读 1532"]
    );
}

#[test]
fn a_wechat_column_name_over_a_stamp_with_blank_lines() {
    let text = read("09-wechat-column.txt");
    let doc = parse(&text);
    // the account name is no title: the notice's is (the plan it issues is
    // not printed, so the document has no main title of its own)
    assert_eq!(notice(&doc).0, Some("某某区人民政府办公室关于印发某某区春季植树造林工作方案的通知"));
    assert_eq!(doc.title, None);
    assert_eq!(notice(&doc).4, Some("2025-03-10"));
    assert!(all_texts(&doc).iter().all(|t| !t.contains("某某发布") && !t.contains("09:15")));
}

#[test]
fn a_title_over_a_wechat_byline_stays_the_title() {
    let text = read("10-wechat-title.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某某县人民政府关于做好森林防火工作的通知"));
    assert_eq!(roles(&doc.sections[0]), [vec![("县林业局", Lead), ("县公安局", Support)]]);
    let chrome = diags(&text, &doc, "page-chrome");
    assert_eq!(chrome.iter().map(|d| d.1).collect::<Vec<_>>(), ["原创 某某县发布 2025-09-20 18:30 某省"]);
}
