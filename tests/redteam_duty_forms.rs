//! Red team of the phrasings that give a task its bodies in prose and in
//! articles: constructed documents under `tests/data/redteam_duty_forms/`
//! (own text: a city's 实施方案 in prose, a 考核办法 in articles, a
//! district's 工作要点, a county's 任务分工 list in CRLF), with the facts a
//! demanding analyst expects, written down before the parser was run on
//! them.
//!
//! Forms: `X会同Y负责`, `考核工作由X统一领导，Y具体负责，Z参加`
//! (统一领导 steers: lead, as 指导 does; 具体负责: responsible; 参加:
//! support), `X牵头负责…`, `X负责牵头…` (lead), `X负责组织实施`,
//! `X具体承办`, `X为责任单位` / `X为牵头单位，Y为配合单位`, a
//! `责任单位：X、Y` line after a task, `（责任单位：X；配合单位：Y）`,
//! `（牵头单位：X，配合单位：Y）`, `X、Y按照职责分工负责`, `各X负责本辖区…`
//! (each of a class of bodies for its own area), `X与Y共同负责`,
//! `X和Y分别负责`, `X负总责`, `X承担主体责任` (responsible) — and what is
//! no duty: `各地要加强领导`, `负责同志`, `主要负责人`, `由申请人负责提供`,
//! `负责任`.
//!
//! Facts the parser does not read yet are `#[ignore]`d tests with the
//! reason.

use gongwen::Role;

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{block, parse, roles};

use Role::{Lead, Responsible, Support};

fn read(name: &str) -> String {
    redteam::read("redteam_duty_forms", name)
}

/// `by` of the deadline of the block's first responsibility.
fn by<'d>(b: &'d gongwen::Block<'_>) -> Option<&'d str> {
    b.responsibilities.first().and_then(|r| r.deadline.as_deref()).and_then(|d| d.by.as_deref())
}

#[test]
fn city_plan_duties_in_prose() {
    let text = read("01-plan-prose.txt");
    let doc = parse(&text);
    let b = block(&doc, "（一）", "加快5G网络覆盖");
    assert_eq!(roles(b), [vec![("市通信管理局", Lead), ("市工业和信息化局", Support)]]);
    assert_eq!(by(b), Some("2025-06-30"));
    let b = block(&doc, "（二）", "建设千兆光网");
    assert_eq!(roles(b), [vec![("市通信管理局", Lead)]]);
    assert_eq!(by(b), Some("2025-12-31"));
    let b = block(&doc, "（三）", "布局算力设施");
    assert_eq!(roles(b), [vec![("市发展改革委", Lead), ("市大数据局", Support)]]);
    let b = block(&doc, "（四）", "保障网络安全");
    assert_eq!(roles(b), [vec![("市委网信办", Responsible), ("市公安局", Responsible)]]);
    let b = block(&doc, "（五）", "推进站址落地");
    assert_eq!(roles(b), [vec![("各区人民政府", Responsible)]]);
    let b = block(&doc, "（六）", "压实工作责任");
    assert_eq!(roles(b), [vec![("各区人民政府", Responsible)]]);
    let b = block(&doc, "（七）", "推进管线共建");
    assert_eq!(roles(b), [vec![("市住房城乡建设委", Responsible), ("市交通运输局", Responsible)]]);
    // no role word, a person's title, a phrase, a person
    for (marker, title) in [("（一）", "加强组织领导"), ("（二）", "强化责任担当"), ("（三）", "规范申报")]
    {
        assert!(block(&doc, marker, title).responsibilities.is_empty(), "{title}");
    }
    redteam::spans_read_back(&text, &doc);
}

/// A role sentence in the middle of a paragraph (…新增千兆端口10万个。X会同Y负责，
/// 9月底前完成。鼓励…): read in a document that states duties in prose already,
/// when a body opens the sentence and one of its last two clauses is a role
/// group (a search for 负责 over every paragraph cost +1.6 % Ir).
#[test]
fn city_plan_role_sentence_mid_paragraph() {
    let text = read("01-plan-prose.txt");
    let doc = parse(&text);
    let b = block(&doc, "（八）", "推进小区光纤改造");
    assert_eq!(roles(b), [vec![("市通信管理局", Lead), ("市住房城乡建设委", Support)]]);
    assert_eq!(by(b), Some("2025-09-30"));
}

#[test]
fn regulation_articles() {
    let text = read("02-regulation-articles.txt");
    let doc = parse(&text);
    let article = |m: &str| doc.blocks().find(|b| b.marker == m).unwrap_or_else(|| panic!("no {m}"));
    assert_eq!(
        roles(article("第二条")),
        [vec![("市委农村工作领导小组", Lead), ("市委农办", Responsible), ("市统计局", Support), ("市财政局", Support)]]
    );
    assert_eq!(roles(article("第三条")), [vec![("市农业农村局", Responsible)]]);
    assert_eq!(
        roles(article("第四条")),
        [vec![("市发展改革委", Responsible), ("市财政局", Responsible), ("市农业农村局", Responsible)]]
    );
    assert_eq!(roles(article("第六条")), [vec![("各县（市、区）人民政府", Responsible)]]);
    assert_eq!(roles(article("第七条")), [vec![("各县（市、区）人民政府", Responsible)]]);
    for m in ["第一条", "第五条", "第八条", "第九条", "第十条"] {
        assert!(article(m).responsibilities.is_empty(), "{m}");
    }
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn district_key_points() {
    let text = read("03-key-points.txt");
    let doc = parse(&text);
    let b = block(&doc, "1.", "推进“一网通办”");
    assert_eq!(roles(b), [vec![("区政务服务中心", Responsible)]]);
    let b = block(&doc, "2.", "办好营商环境论坛");
    assert_eq!(roles(b), [vec![("区委办公室", Lead), ("区商务局", Responsible)]]);
    let b = block(&doc, "3.", "开展涉企检查规范化");
    assert_eq!(roles(b), [vec![("区市场监管局", Responsible), ("区城管执法局", Responsible)]]);
    let b = block(&doc, "4.", "推行告知承诺制");
    assert_eq!(roles(b), [vec![("区司法局", Lead), ("区政务服务中心", Support)]]);
    assert_eq!(by(b), Some("2025-06-30"));
    let b = block(&doc, "1.", "保障企业用地");
    assert_eq!(roles(b), [vec![("区规划资源局", Lead), ("各街道", Support)]]);
    let b = block(&doc, "2.", "落实惠企政策");
    assert_eq!(roles(b), [vec![("区发展改革局", Lead), ("区财政局", Support)]]);
    let b = block(&doc, "3.", "压实属地责任");
    assert_eq!(roles(b), [vec![("各街道办事处", Responsible)]]);
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn county_division_list_crlf() {
    let text = read("04-division-list-crlf.txt");
    let doc = parse(&text);
    let b = block(&doc, "1.", "完成改厕2000户");
    assert_eq!(roles(b), [vec![("县农业农村局", Responsible), ("县卫生健康局", Responsible)]]);
    let b = block(&doc, "2.", "建立管护机制");
    assert_eq!(roles(b), [vec![("县农业农村局", Responsible), ("县财政局", Support)]]);
    let b = block(&doc, "1.", "推进污水管网建设");
    assert_eq!(roles(b), [vec![("县住房城乡建设局", Lead), ("县生态环境局", Support)]]);
    let b = block(&doc, "2.", "开展黑臭水体整治");
    assert_eq!(roles(b), [vec![("县生态环境局", Lead), ("县水利局", Support)]]);
    let b = block(&doc, "3.", "落实运维资金");
    assert_eq!(roles(b), [vec![("县财政局", Responsible)]]);
    let b = block(&doc, "1.", "开展村庄清洁行动");
    assert_eq!(roles(b), [vec![("各乡镇人民政府", Responsible)]]);
    let b = block(&doc, "2.", "整治乱搭乱建");
    assert_eq!(roles(b), [vec![("县自然资源局", Responsible), ("县住房城乡建设局", Responsible)]]);
    assert_eq!(by(b), Some("2025-10-31"));
    redteam::spans_read_back(&text, &doc);
}
