//! Red team of duty phrasings, round two: constructed documents under
//! `tests/data/redteam_duty2/` (own text: a city's plan for networks whose
//! doers are enterprises, schools, hospitals and banks; a province's
//! opinion whose bodies steer and oversee; a city's housing plan whose role
//! words close a paragraph of one sentence; a district's key points with
//! role sentences in the middle of a paragraph; a city's notice with
//! frequencies and years after the document's), with the facts a demanding
//! analyst expects, written down before the parser was run on them.
//!
//! Classes:
//! - bodies that are no party or state body: `各基础电信企业`, `各高校`,
//!   `各医疗机构`, `各保险机构`, `中国铁塔某某分公司`, `国网某某供电公司`, in
//!   brackets and in prose — and what is none: `企业` alone, `有关企业` in a
//!   sentence about them, `各行业协会要…` (要 states what a body should do,
//!   not an assignment, as `各地要…`);
//! - bodies that steer or oversee (`指导`, `督导`, `督促`, `监督`,
//!   `负责指导`): lead, as `指导` was before (the three roles are closed,
//!   docs/json.md), and only after a body's name (`接受社会监督`,
//!   `加强业务指导` name none);
//! - role words closing a paragraph of one sentence
//!   (`…，建立健全长效机制，市住房城乡建设管理委负责。`), `按职责负责`, `各负其责`,
//!   `由X会同Y负责` after a comma;
//! - a role sentence in the middle of a paragraph, in a document that
//!   states its duties in prose;
//! - frequencies in brackets (`按季度`, `按月`, `逐月`), `明年年中`, `后年`.

use gongwen::{Period, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{block, parse, roles};

use Role::{Lead, Responsible, Support};

fn read(name: &str) -> String {
    redteam::read("redteam_duty2", name)
}

/// (text, by, ongoing, every) of the deadline of the block's first
/// responsibility.
fn deadline<'d>(b: &'d gongwen::Block<'_>) -> Option<(&'d str, Option<&'d str>, bool, Option<Period>)> {
    b.responsibilities
        .first()
        .and_then(|r| r.deadline.as_deref())
        .map(|d| (d.text.as_ref(), d.by.as_deref(), d.ongoing, d.every))
}

fn by<'d>(b: &'d gongwen::Block<'_>) -> Option<&'d str> {
    deadline(b).and_then(|d| d.1)
}

#[test]
fn enterprises_schools_and_banks_are_bodies() {
    let text = read("01-enterprises-as-bodies.txt");
    let doc = parse(&text);
    let b = block(&doc, "（一）", "扩大5G网络覆盖");
    assert_eq!(roles(b), [vec![("各基础电信企业", Responsible), ("市通信管理局", Lead)]]);
    assert_eq!(by(b), Some("2025-12-31"));
    let b = block(&doc, "（二）", "推进铁塔共建共享");
    assert_eq!(roles(b), [vec![("中国铁塔某某分公司", Lead), ("各基础电信企业", Support)]]);
    let b = block(&doc, "（三）", "提升千兆光网能力");
    assert_eq!(roles(b), [vec![("各基础电信企业", Lead), ("市通信管理局", Support)]]);
    assert_eq!(by(b), Some("2025-06-30"));
    let b = block(&doc, "（一）", "建设智慧校园");
    assert_eq!(roles(b), [vec![("各高校", Responsible), ("市教育局", Lead)]]);
    let b = block(&doc, "（二）", "发展互联网医疗");
    assert_eq!(roles(b), [vec![("各医疗机构", Responsible)]]);
    assert_eq!(by(b), Some("2025-12-31"));
    let b = block(&doc, "（三）", "强化金融支持");
    assert_eq!(roles(b), [vec![("各商业银行", Responsible), ("各保险机构", Responsible)]]);
    let b = block(&doc, "（四）", "保障电力供应");
    assert_eq!(roles(b), [vec![("国网某某供电公司", Responsible), ("市发展改革委", Support)]]);
    // 企业 alone, 有关企业 in a sentence about them, 各行业协会要…
    for (marker, title) in [("（一）", "引导企业参与"), ("（二）", "发挥协会作用")] {
        assert!(block(&doc, marker, title).responsibilities.is_empty(), "{title}");
    }
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn bodies_that_steer_or_oversee_lead() {
    let text = read("02-steering-roles.txt");
    let doc = parse(&text);
    let b = block(&doc, "（一）", "扩大服务覆盖");
    assert_eq!(roles(b), [vec![("各市教育局", Responsible), ("省教育厅", Lead)]]);
    let b = block(&doc, "（二）", "丰富服务内容");
    assert_eq!(roles(b), [vec![("省教育厅", Lead), ("各县（市、区）教育局", Responsible)]]);
    let b = block(&doc, "（三）", "规范收费管理");
    assert_eq!(roles(b), [vec![("各市发展改革委", Responsible), ("省市场监管局", Lead)]]);
    let b = block(&doc, "（四）", "加强师资保障");
    assert_eq!(roles(b), [vec![("省教育厅", Lead), ("各市教育局", Responsible)]]);
    let b = block(&doc, "（五）", "强化安全管理");
    assert_eq!(roles(b), [vec![("各县（市、区）教育局", Responsible), ("省公安厅", Lead)]]);
    // society, a kind of work: no body steers
    for (marker, title) in [("（一）", "加强宣传引导"), ("（二）", "强化业务培训")] {
        assert!(block(&doc, marker, title).responsibilities.is_empty(), "{title}");
    }
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn role_words_closing_the_clause() {
    let text = read("03-roles-closing-the-clause.txt");
    let doc = parse(&text);
    let b = block(&doc, "（一）", "加大保障性住房供给");
    assert_eq!(roles(b), [vec![("市住房城乡建设管理委", Responsible)]]);
    let b = block(&doc, "（二）", "完善租赁补贴制度");
    assert_eq!(roles(b), [vec![("市财政局", Responsible), ("市民政局", Responsible)]]);
    let b = block(&doc, "（三）", "推进城中村改造");
    assert_eq!(roles(b), [vec![("市住房城乡建设管理委", Lead), ("市规划资源局", Support)]]);
    let b = block(&doc, "（四）", "加强租赁市场监管");
    assert_eq!(roles(b), [vec![("市住房城乡建设管理委", Responsible), ("市市场监管局", Responsible)]]);
    let b = block(&doc, "（五）", "盘活存量住房");
    assert_eq!(roles(b), [vec![("市房管局", Lead), ("各区人民政府", Support)]]);
    let b = block(&doc, "（六）", "完善住房公积金制度");
    assert_eq!(roles(b), [vec![("市公积金中心", Responsible), ("各区人民政府", Responsible)]]);
    for (marker, title) in [("（一）", "加强资金保障"), ("（二）", "强化督促检查")] {
        assert!(block(&doc, marker, title).responsibilities.is_empty(), "{title}");
    }
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn role_sentences_in_the_middle_of_a_paragraph() {
    let text = read("04-role-sentences-in-the-middle.txt");
    let doc = parse(&text);
    let b = block(&doc, "（一）", "加强农产品质量监管");
    assert_eq!(roles(b), [vec![("区农业农村局", Lead), ("区市场监管局", Support)]]);
    assert_eq!(by(b), Some("2025-06-30"));
    let b = block(&doc, "（二）", "整治农贸市场环境");
    assert_eq!(roles(b), [vec![("区商务委", Responsible), ("各街道", Support)]]);
    let b = block(&doc, "（三）", "规范校园食品安全");
    assert_eq!(roles(b), [vec![("区教育局", Lead), ("区市场监管局", Support)]]);
    assert_eq!(deadline(b).map(|d| d.0), Some("9月底前"));
    let b = block(&doc, "（一）", "推进餐饮质量提升");
    assert_eq!(roles(b), [vec![("区市场监管局", Responsible), ("区卫生健康委", Support)]]);
    // a standing duty, a body as the object
    for (marker, title) in [("（二）", "加强网络订餐监管"), ("（三）", "严厉打击违法犯罪")] {
        assert!(block(&doc, marker, title).responsibilities.is_empty(), "{title}");
    }
    redteam::spans_read_back(&text, &doc);
}

#[test]
fn frequencies_in_brackets_and_years_after() {
    let text = read("05-frequencies-and-next-year.txt");
    let doc = parse(&text);
    let b = block(&doc, "（一）", "建立经济运行监测制度");
    assert_eq!(deadline(b), Some(("按季度", None, true, Some(Period::Quarter))));
    let b = block(&doc, "（二）", "建立重点项目调度机制");
    assert_eq!(deadline(b), Some(("按月", None, true, Some(Period::Month))));
    let b = block(&doc, "（三）", "完善能耗监测平台");
    assert_eq!(by(b), Some("2026-06-30"));
    let b = block(&doc, "（四）", "建立人口监测体系");
    assert_eq!(by(b), Some("2027-06-30"));
    let b = block(&doc, "（五）", "开展经济普查");
    assert_eq!(roles(b), [vec![("市统计局", Lead), ("各区人民政府", Support)]]);
    assert_eq!(by(b), Some("2026-06-30"));
    let b = block(&doc, "（六）", "完善统计数据共享");
    assert_eq!(deadline(b).and_then(|d| d.3), Some(Period::Month));
    redteam::spans_read_back(&text, &doc);
}
