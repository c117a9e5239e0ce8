//! Red team of scrape styles nobody had tested: markdown lists and quotes
//! (a notice quoted under `> ` over a plan that is not, headings written
//! as ordered and bulleted list items — `1. **一、…**`, `- （一）…`,
//! `* 1.…` —, italic around a heading `*（二）…*`, bold around a marker
//! `**（一）**…`, `<br>` inside a line), a WeChat article's furniture
//! (来源丨…, 编辑丨…/审核丨… and 责编：…/监制：… under the signature, 往期推荐,
//! 分享 点赞 在看, a plea to tap 在看), line breaks of other systems (a
//! carriage return alone, Word's vertical tab, U+2028 and U+2029, a PDF's
//! form feed in place of a line break) and full-width digits in numbering
//! and dates (`第１条`, `（１）`, `２０２５年５月１０日`).
//! Constructed documents under `tests/data/redteam_scrape2/` (own text),
//! with the facts a reader expects, written down before the parser was run
//! on them.

use gongwen::{Document, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{all_texts, block, notice, parse, roles, spans_read_back, texts, tree};

fn read(name: &str) -> String {
    redteam::read("redteam_scrape2", name)
}

/// The deadline (last day) of the block's first responsibility.
fn by<'d>(b: &'d gongwen::Block<'_>) -> Option<&'d str> {
    b.responsibilities.first().and_then(|r| r.deadline.as_ref()).and_then(|d| d.by.as_deref())
}

/// No paragraph or title anywhere holds `needle`.
fn nowhere(doc: &Document<'_>, needle: &str) {
    let texts = all_texts(doc);
    assert!(texts.iter().all(|t| !t.contains(needle)), "{needle} in {texts:?}");
}

use Role::{Lead, Responsible, Support};

#[test]
fn a_quoted_notice_over_a_plan_written_as_markdown_lists() {
    let text = read("01-md-lists.md.txt");
    let doc = parse(&text);
    // the notice under `> ` (ten lines of forty): its marks go
    assert_eq!(
        notice(&doc),
        (
            Some("某某市人民政府办公室关于印发某某市充电基础设施建设三年行动方案的通知"),
            Some("某府办发〔2025〕19号"),
            vec!["各区人民政府", "市政府各委、办、局"],
            vec!["某某市人民政府办公室"],
            Some("2025-06-06"),
        )
    );
    assert_eq!(doc.title.as_deref(), Some("某某市充电基础设施建设三年行动方案"));
    // `1. **一、总体目标**`: the list's number is residue, the bold too
    let top: Vec<_> = doc.sections.iter().map(|b| (b.marker.as_ref(), b.title.as_deref())).collect();
    assert_eq!(top, [("一、", Some("总体目标")), ("二、", Some("重点任务")), ("三、", Some("保障措施"))]);
    let b = block(&doc, "一、", "总体目标");
    assert_eq!(
        texts(b),
        [
            "到2027年底，全市建成公共充电桩3万个以上，基本形成城市面状、公路线状、乡村点状布局的充电网络。",
            "重点区域实现充电服务全覆盖。"
        ]
    );
    let b = block(&doc, "（一）", "完善城市充电网络");
    assert_eq!(roles(b), [vec![("市发展改革委", Lead), ("各区人民政府", Responsible)]]);
    assert_eq!(by(b), Some("2025-12-31"));
    assert_eq!(b.children.iter().map(|c| c.marker.as_ref()).collect::<Vec<_>>(), ["1.", "2."]);
    // `*（二）加强农村充电设施建设*`: italic around a heading
    let b = block(&doc, "（二）", "加强农村充电设施建设");
    assert_eq!(b.title.as_deref(), Some("加强农村充电设施建设"));
    assert_eq!(roles(b), [vec![("市农业农村局", Responsible)]]);
    assert_eq!(by(b), Some("2026-06-30"));
    let b = block(&doc, "（一）", "强化用地保障");
    assert_eq!(roles(b), [vec![("市规划资源局", Responsible)]]);
    // spans point at the raw text, under the marks
    let n = doc.notice.as_ref().unwrap();
    let t = n.title_span.unwrap();
    assert!(text[t.start..t.end].starts_with("某某市人民政府办公室关于"));
    let m = block(&doc, "二、", "重点任务").marker_span;
    assert_eq!(&text[m.start..m.end], "二、");
    spans_read_back(&text, &doc);
    for needle in [">", "*", "<br>"] {
        nowhere(&doc, needle);
    }
}

#[test]
fn a_wechat_article_with_its_staff_and_prompts() {
    let text = read("02-wechat.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某县人民政府办公室关于做好2025年秋冬季森林防火工作的通知"),
            None,
            vec!["各乡镇人民政府", "县直各单位"],
            vec!["某某县人民政府办公室"],
            Some("2025-09-20"),
        )
    );
    let b = block(&doc, "（一）", "严格野外用火管理");
    assert_eq!(roles(b), [vec![("县林业局", Lead), ("县公安局", Support)]]);
    assert_eq!(by(b), Some("2025-10-31"));
    assert_eq!(texts(block(&doc, "三、", "强化应急准备")), ["县应急管理局要组织开展扑火演练，做好物资储备。"]);
    // the staff under the signature, the prompts, the share bar: chrome
    assert!(doc.closing.is_empty(), "{:?}", doc.closing);
    for needle in ["来源", "编辑", "审核", "责编", "监制", "往期", "在看", "关注"] {
        nowhere(&doc, needle);
    }
    let chrome = doc.diagnostics.iter().filter(|d| d.code == "page-chrome").count();
    assert_eq!(chrome, 9);
}

/// The same document with its lines broken the way other systems break
/// them: every fact as with line feeds, and spans on the raw text.
#[test]
fn line_breaks_of_other_systems_are_line_breaks() {
    let text = read("03-word-breaks.txt");
    let doc = parse(&text);
    let expected = tree(&doc);
    assert_eq!(
        notice(&doc),
        (
            Some("某某区人民政府关于印发某某区城市更新实施办法的通知"),
            None,
            vec!["各街道办事处", "区政府各部门"],
            vec!["某某区人民政府"],
            Some("2025-07-01"),
        )
    );
    assert_eq!(expected.len(), 6);
    for (name, sep) in
        [("carriage returns alone", "\r"), ("vertical tabs", "\u{b}"), ("U+2028", "\u{2028}"), ("U+2029", "\u{2029}")]
    {
        let other = text.replace('\n', sep);
        let d = parse(&other);
        assert_eq!(notice(&d), notice(&doc), "{name}");
        assert_eq!(tree(&d), expected, "{name}");
        let b = block(&d, "（一）", "推进老旧街区改造");
        assert_eq!(roles(b), [vec![("区住房城乡建设局", Lead), ("各街道办事处", Support)]], "{name}");
        assert_eq!(by(b), Some("2026-12-31"), "{name}");
        spans_read_back(&other, &d);
        let m = b.marker_span;
        assert_eq!(&other[m.start..m.end], "（一）", "{name}");
    }
    // old Mac text with a `\r\r\n` in it (one break) and a CRLF: the same
    // (the first carriage return tells old Mac text from CRLF text)
    let mixed = text.replace('\n', "\r").replacen("\r一、", "\r\r\n一、", 1).replacen("\r三、", "\r\n三、", 1);
    assert_eq!(tree(&parse(&mixed)), expected);
}

#[test]
fn pdf_text_with_form_feeds_in_place_of_line_breaks() {
    let text = read("04-pdf-form-feeds.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某市生态环境局关于开展2025年入河排污口排查整治的通知"),
            Some("某环发〔2025〕14号"),
            vec!["各区生态环境分局"],
            vec!["某某市生态环境局"],
            Some("2025-06-30"),
        )
    );
    // `— 1 —` then a form feed, no line break, then the next heading
    let top: Vec<_> = doc.sections.iter().map(|b| (b.marker.as_ref(), b.title.as_deref())).collect();
    assert_eq!(top, [("一、", Some("排查范围")), ("二、", Some("工作任务")), ("三、", Some("工作要求"))]);
    assert_eq!(texts(block(&doc, "一、", "排查范围")), ["全市主要河流及其一级支流沿岸的各类排污口。"]);
    let b = block(&doc, "（一）", "全面排查");
    assert_eq!(roles(b), [vec![("各区生态环境分局", Responsible)]]);
    assert_eq!(by(b), Some("2025-08-31"));
    let b = block(&doc, "（二）", "分类整治");
    assert_eq!(roles(b), [vec![("市生态环境局", Lead), ("市水务局", Support)]]);
    assert_eq!(texts(b), ["对非法设置的排污口依法取缔。"]);
    let m = block(&doc, "三、", "工作要求").marker_span;
    assert_eq!(&text[m.start..m.end], "三、");
    nowhere(&doc, "—");
    nowhere(&doc, "\u{c}");
}

/// Full-width digits in a measure's numbering, its 发文字号 and its dates
/// read as ASCII ones (this passed before: a guard).
#[test]
fn full_width_digits_in_numbering_and_dates() {
    let text = read("05-fullwidth.txt");
    let doc = parse(&text);
    let (title, number, addressees, issuers, date) = notice(&doc);
    assert_eq!(title, Some("某某县农业农村局关于印发《某某县农村集体资产管理办法》的通知"));
    assert_eq!(number, Some("某农发〔2025〕7号"));
    assert_eq!(addressees, ["各乡镇人民政府", "县直有关单位"]);
    assert_eq!(issuers, ["某某县农业农村局"]);
    assert_eq!(date, Some("2025-05-10"));
    let articles: Vec<_> = doc.blocks().filter(|b| b.kind == gongwen::BlockKind::Article).map(|b| b.number).collect();
    assert_eq!(articles, [1, 2, 3, 4, 5]);
    let b = doc.blocks().find(|b| b.marker == "第４条").unwrap();
    assert_eq!(b.children.iter().map(|c| c.number).collect::<Vec<_>>(), [1, 2, 3]);
}
