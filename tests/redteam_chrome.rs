//! Red team of page chrome: what a government portal prints around a
//! document (an info line under the title — 发布时间/发布日期/更新时间 +
//! 来源/信息来源/发布机构/作者 + 浏览次数/阅读次数/点击数 in any order, on
//! one line or several —, 编辑：…　审核：… at the foot) and a WeChat
//! (mp.weixin) article's furniture (点击上方蓝字关注我们, the
//! `原创 某某发布 2024-05-20 18:30` byline, （本文来源：…）, ——END——,
//! 责任编辑/一审/二审/三审, 长按识别二维码, 分享 点赞 在看, 阅读原文).
//! Such lines are no title, addressee, body or paragraph. And the text that
//! looks like them stays text: an event's `时间：…` and `地点：…` lines,
//! `发布时间` inside a sentence, a sentence opening with 来源于… or
//! 编辑出版…, `编辑：` followed by a sentence.
//! Constructed documents under `tests/data/redteam_chrome/` (own text),
//! with the facts a reader expects, written down before the parser was run
//! on them.

use gongwen::{Document, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{all_texts, block, notice, parse, roles};

fn read(name: &str) -> String {
    redteam::read("redteam_chrome", name)
}

fn nowhere(doc: &Document<'_>, needle: &str) {
    for t in all_texts(doc) {
        assert!(!t.contains(needle), "{needle} in {t}");
    }
}

fn somewhere(doc: &Document<'_>, needle: &str) {
    assert!(all_texts(doc).iter().any(|t| t.contains(needle)), "{needle} nowhere: {:#?}", all_texts(doc));
}

/// The text of each line dropped as page chrome.
fn chrome<'t>(text: &'t str, doc: &Document<'_>) -> Vec<&'t str> {
    doc.diagnostics.iter().filter(|d| d.code == "page-chrome").map(|d| &text[d.span.start..d.span.end]).collect()
}

use Role::{Lead, Responsible};

#[test]
fn portal_info_line_under_the_title_and_editors_at_the_foot() {
    let text = read("01-portal-one-line.txt");
    let doc = parse(&text);
    // the info line is neither addressee nor body
    assert_eq!(
        notice(&doc),
        (
            Some("某某县人民政府关于印发某某县农村人居环境整治提升实施方案的通知"),
            None,
            vec!["各乡镇人民政府", "县政府各部门"],
            vec!["某某县人民政府"],
            Some("2025-02-14"),
        )
    );
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.body.len(), 1);
    assert!(n.body[0].text.starts_with("《某某县农村人居环境整治提升实施方案》已经县政府同意"));
    assert_eq!(doc.title.as_deref(), Some("某某县农村人居环境整治提升实施方案"));
    let b = block(&doc, "（一）", "推进农村厕所革命");
    assert_eq!(roles(b), [vec![("县农业农村局", Lead), ("各乡镇人民政府", Responsible)]]);
    let b = block(&doc, "（二）", "治理农村生活污水");
    assert_eq!(roles(b), [vec![("县生态环境局", Responsible)]]);
    for needle in ["发布日期", "阅读次数", "字体", "编辑", "审核", "打印"] {
        nowhere(&doc, needle);
    }
    assert_eq!(
        chrome(&text, &doc),
        [
            "发布日期：2025-02-18 09:30　来源：县政府办公室　作者：县农业农村局　阅读次数：876",
            "【字体：大 中 小】",
            "编辑：王五　审核：赵六",
            "【打印本页】【关闭窗口】"
        ]
    );
}

#[test]
fn portal_info_over_several_lines() {
    let text = read("02-portal-several-lines.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某市人民政府关于加快发展银发经济的实施意见"),
            None,
            vec!["各区人民政府", "市政府各委、办、局"],
            vec!["某某市人民政府"],
            Some("2024-08-28"),
        )
    );
    somewhere(&doc, "为积极应对人口老龄化，培育发展银发经济，提出如下实施意见。");
    let b = block(&doc, "（一）", "扩大助餐服务覆盖面");
    assert_eq!(roles(b), [vec![("市民政局", Lead), ("各区人民政府", Responsible)]]);
    for needle in ["更新时间", "信息来源", "浏览次数", "点击数", "发布机构"] {
        nowhere(&doc, needle);
    }
    assert_eq!(
        chrome(&text, &doc),
        [
            "更新时间：2024年09月03日 16:05:12",
            "信息来源：市民政局",
            "浏览次数：",
            "点击数：2301　发布机构：某某市人民政府办公室"
        ]
    );
}

#[test]
fn wechat_article_furniture() {
    let text = read("03-wechat.txt");
    let doc = parse(&text);
    let title = doc.title.as_deref().or(doc.notice.as_ref().and_then(|n| n.title.as_deref()));
    assert_eq!(title, Some("某某区关于进一步做好稳就业工作的若干措施"));
    somewhere(&doc, "为深入贯彻落实稳就业决策部署，进一步做好我区稳就业工作，现提出以下措施。");
    let top: Vec<_> = doc.sections.iter().map(|b| (b.marker.as_ref(), b.title.as_deref())).collect();
    assert_eq!(top, [("一、", Some("支持企业稳岗扩岗")), ("二、", Some("促进重点群体就业"))]);
    let b = block(&doc, "（二）", "开发公益性岗位");
    assert_eq!(roles(b), [vec![("各街道办事处", Responsible)]]);
    assert_eq!(b.responsibilities[0].deadline.as_ref().map(|d| d.text.as_ref()), Some("2024年12月底前"));
    for needle in ["蓝字", "原创", "本文来源", "END", "编辑", "审", "二维码", "关注", "点赞", "在看", "阅读原文"]
    {
        nowhere(&doc, needle);
    }
    assert_eq!(
        chrome(&text, &doc),
        [
            "点击上方蓝字关注我们",
            "原创 某某区发布 某某区发布 2024-05-20 18:30 某某",
            "（本文来源：某某区人力资源和社会保障局）",
            "——END——",
            "责任编辑：孙七",
            "一审：周八　二审：吴九　三审：郑十",
            "长按识别二维码",
            "关注我们",
            "分享　点赞　在看",
            "阅读原文"
        ]
    );
}

#[test]
fn text_that_looks_like_chrome_stays() {
    let text = read("04-text-that-looks-like-chrome.txt");
    let doc = parse(&text);
    assert_eq!(chrome(&text, &doc), Vec::<&str>::new());
    assert_eq!(
        notice(&doc),
        (
            Some("某某市科学技术局关于召开2024年度科技成果转化工作推进会的通知"),
            None,
            vec!["各区科技主管部门", "有关单位"],
            vec!["某某市科学技术局"],
            Some("2024-05-06"),
        )
    );
    for needle in [
        "时间：2024年5月16日（星期四）上午9:00",
        "地点：市科技局三楼会议室",
        "数据来源及发布时间",
        "来源于财政资金资助项目的成果",
        "编辑出版的成果汇编",
        "编辑：请各单位指定专人负责材料编辑工作。",
    ] {
        somewhere(&doc, needle);
    }
}
