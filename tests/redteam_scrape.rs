//! Red team of scrape damage: covering notices, 意见, 方案 and 办法 at every
//! level as text tools deliver them — PDF text extraction (a red header
//! `某某市人民政府办公室文件` over the 发文字号, a title broken over lines,
//! lines hard-wrapped at a fixed width, page numbers `— 1 —` `-2-`
//! `第1页 共3页`, a running header on every page, a paragraph cut by a page
//! break), Word copy (a tab after each marker), HTML (`<p style>`, `<br>`,
//! `&nbsp;`, `<span>` and `<strong>` inside headings), markdown (`#`
//! headings, `**（一）…。**` run-in titles, a converter's escapes `1\.`
//! `\-`), half-width punctuation (`(一)主体资质.检查…`, `,` `:` `;`) and
//! letter-spaced headings (`一、 严 格 耕 地 用 途 管 制`, `（ 一 ）`).
//! Constructed documents under `tests/data/redteam_scrape/` (own text),
//! with the facts a reader expects, written down before the parser was run
//! on them.

use gongwen::{Block, Document, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{all_texts, block, notice, parse, roles, texts};

fn read(name: &str) -> String {
    redteam::read("redteam_scrape", name)
}

/// The deadline text of the block's first responsibility.
fn deadline<'d>(b: &'d Block<'_>) -> Option<&'d str> {
    b.responsibilities.first().and_then(|r| r.deadline.as_deref()).map(|d| d.text.as_ref())
}

/// No paragraph or title of any block holds `needle` (page furniture, a
/// converter's escape).
fn nowhere(doc: &Document<'_>, needle: &str) {
    for b in doc.blocks() {
        assert!(!b.title.as_deref().is_some_and(|t| t.contains(needle)), "{needle} in {:?}", b.title);
        for p in &b.paragraphs {
            assert!(!p.text.contains(needle), "{needle} in {}", p.text);
        }
    }
}

use Role::{Lead, Responsible, Support};

#[test]
fn red_headed_pdf_with_a_wrapped_title_and_page_numbers() {
    let text = read("01-pdf-pages.txt");
    let doc = parse(&text);
    // the red header `…文件` over the 发文字号 is neither title nor number;
    // the title broken over three lines is one
    assert_eq!(
        notice(&doc),
        (
            Some("某某市人民政府办公室关于印发某某市城市更新行动实施方案的通知"),
            Some("某政办发〔2025〕8号"),
            vec!["各区人民政府", "市政府各部门"],
            vec!["某某市人民政府办公室"],
            Some("2025-04-10"),
        )
    );
    assert_eq!(doc.title.as_deref(), Some("某某市城市更新行动实施方案"));
    let b = block(&doc, "一、", "总体要求");
    assert_eq!(
        texts(b),
        [
            "坚持以人民为中心，统筹推进老旧小区改造、街区更新和城市基础设施补短板，到2027年基本完成2000年底前建成的老旧小区改造任务，城市功能和人居环境明显改善。"
        ]
    );
    // a role bracket wrapped inside its bracket
    let b = block(&doc, "（一）", "推进老旧小区改造");
    assert_eq!(roles(b), [vec![("市住房城乡建设局", Lead), ("各区人民政府", Responsible)]]);
    // the page number goes
    let b = block(&doc, "（二）", "推进街区整体更新");
    assert_eq!(roles(b), [vec![("市自然资源和规划局", Responsible), ("市住房城乡建设局", Responsible)]]);
    let b = block(&doc, "（二）", "强化资金保障");
    assert_eq!(roles(b), [vec![("市财政局", Responsible)]]);
    assert_eq!(deadline(b), Some("2025年底前"));
    nowhere(&doc, "—");
}

#[test]
fn page_header_under_the_title_and_a_paragraph_cut_by_a_page_break() {
    let text = read("02-page-of.txt");
    let doc = parse(&text);
    // `第1页 共3页` under the title joins no line to it
    assert_eq!(
        notice(&doc),
        (
            Some("某某县人民政府关于进一步加强安全生产工作的意见"),
            None,
            vec!["各乡镇人民政府", "县政府各部门"],
            vec!["某某县人民政府"],
            Some("2025-03-01"),
        )
    );
    let b = block(&doc, "（二）", "落实部门监管责任");
    assert_eq!(
        texts(b),
        ["县应急管理局要加强综合监管，县交通运输局、县住房城乡建设局等部门要按照“三个必须”要求落实行业监管责任。"]
    );
    let b = block(&doc, "（一）", "深化危化品整治");
    assert_eq!(roles(b), [vec![("县应急管理局", Lead), ("县公安局", Support), ("县市场监管局", Support)]]);
    assert_eq!(deadline(b), Some("2025年6月底前"));
    nowhere(&doc, "页");
}

#[test]
fn html_paragraphs_with_strong_and_span_headings() {
    let text = read("03-html.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某省教育厅关于做好2025年中小学招生入学工作的通知"),
            Some("某教基〔2025〕5号"),
            vec!["各市（州）教育局"],
            vec!["某某省教育厅"],
            Some("2025-04-02"),
        )
    );
    let b = block(&doc, "一、", "严格落实免试就近入学");
    assert_eq!(texts(b), ["各地要科学划定学校招生范围，确保适龄儿童少年“应入尽入”。"]);
    let b = block(&doc, "（一）", "公开招生信息");
    assert_eq!(texts(b), ["各地应于2025年5月31日前公布招生政策。"]);
    assert_eq!(doc.blocks().filter(|b| b.kind == gongwen::BlockKind::Section).count(), 3);
    nowhere(&doc, "<");
}

#[test]
fn markdown_headings_and_bold_run_in_titles() {
    let text = read("04-markdown.md.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某市人民政府关于加快发展银发经济的实施意见"),
            Some("某政发〔2025〕11号"),
            vec!["各区县人民政府", "市政府各部门"],
            vec!["某某市人民政府"],
            Some("2025-05-08"),
        )
    );
    let b = block(&doc, "（一）", "扩大老年助餐服务");
    assert_eq!(roles(b), [vec![("市民政局", Lead), ("市商务局", Support)]]);
    assert_eq!(deadline(b), Some("2025年底前"));
    let b = block(&doc, "（二）", "发展智慧健康养老");
    assert_eq!(roles(b), [vec![("市工业和信息化局", Responsible), ("市民政局", Responsible)]]);
    let b = block(&doc, "（一）", "加强组织领导");
    assert_eq!(texts(b), ["市民政局要会同有关部门建立工作协调机制。"]);
    nowhere(&doc, "#");
    nowhere(&doc, "*");
}

#[test]
fn word_copy_with_a_tab_after_each_marker() {
    let text = read("05-word-tabs.txt");
    let doc = parse(&text);
    let (title, number, addressees, issuers, date) = notice(&doc);
    assert_eq!(title, Some("某某区人民政府办公室关于印发某某区防汛应急预案的通知"));
    assert_eq!(number, Some("某区府办〔2025〕15号"));
    assert_eq!(addressees, ["各街道办事处", "区政府各部门"]);
    assert_eq!(issuers, ["某某区人民政府办公室"]);
    assert_eq!(date, Some("2025-05-20"));
    assert_eq!(doc.title.as_deref(), Some("某某区防汛应急预案"));
    let b = block(&doc, "（一）", "编制目的");
    assert_eq!(texts(b), ["为做好防汛抢险工作，最大程度减少灾害损失，制定本预案。"]);
    let b = block(&doc, "（一）", "区防汛指挥部");
    assert_eq!(b.children.len(), 2);
    assert_eq!(doc.blocks().filter(|b| b.kind == gongwen::BlockKind::Section).count(), 3);
    nowhere(&doc, "\t");
}

#[test]
fn half_width_punctuation_reads_as_full_width() {
    let text = read("06-halfwidth.txt");
    let doc = parse(&text);
    let (title, _, addressees, issuers, date) = notice(&doc);
    assert_eq!(title, Some("某某市市场监督管理局关于开展2025年食品安全专项检查的通知"));
    assert_eq!(addressees, ["各区市场监督管理局"]);
    assert_eq!(issuers, ["某某市市场监督管理局"]);
    assert_eq!(date, Some("2025-06-03"));
    // a half-width `.` after an ideograph ends a run-in title
    let b = block(&doc, "(一)", "主体资质");
    assert_eq!(b.title.as_deref(), Some("主体资质"));
    assert_eq!(texts(b), ["检查食品经营许可证是否在有效期内."]);
    let b = block(&doc, "(一)", "加强组织领导");
    assert_eq!(b.title.as_deref(), Some("加强组织领导"));
    assert_eq!(texts(b), ["各区局主要负责同志要亲自部署,2025年7月底前完成检查."]);
    // an item that is one sentence ending in `.` has no title
    let b = block(&doc, "(二)", "进货查验");
    assert!(b.children.iter().all(|c| c.title.is_none()), "{:?}", b.children);
    assert_eq!(texts(&b.children[1]), ["查验产品合格证明."]);
    let b = block(&doc, "(三)", "从业人员健康管理");
    assert_eq!(b.children.len(), 2);
}

#[test]
fn letter_spaced_headings_close_up() {
    let text = read("07-spaced.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某省人民政府办公厅关于加强耕地保护的通知"),
            Some("某政办发〔2025〕30号"),
            vec!["各市人民政府", "省政府各部门"],
            vec!["某某省人民政府办公厅"],
            Some("2025-02-18"),
        )
    );
    block(&doc, "一、", "严格耕地用途管制");
    let b = block(&doc, "（二）", "加强监督考核");
    assert_eq!(roles(b), [vec![("省自然资源厅", Lead), ("省农业农村厅", Support)]]);
    let b = block(&doc, "三、", "加强执法监管");
    assert_eq!(texts(b), ["省自然资源厅要加强卫片执法，依法严肃查处违法占用耕地行为。"]);
}

#[test]
fn markdown_escapes_of_a_converter_go() {
    let text = read("08-md-escaped.txt");
    let doc = parse(&text);
    let (title, _, addressees, issuers, date) = notice(&doc);
    assert_eq!(title, Some("某某县人民政府办公室关于做好春季农业生产工作的通知"));
    assert_eq!(addressees, ["各乡镇人民政府", "县直各部门"]);
    assert_eq!(issuers, ["某某县人民政府办公室"]);
    assert_eq!(date, Some("2025-03-12"));
    // `1\.` is the item marker 1.
    let b = block(&doc, "二、", "抓好农资供应");
    assert_eq!(b.children.iter().map(|c| c.marker.as_ref()).collect::<Vec<_>>(), ["1.", "2."]);
    nowhere(&doc, "\\");
}

#[test]
fn pdf_measures_with_a_running_header_on_every_page() {
    let text = read("09-running-header.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某省农业农村厅关于印发《某某省高标准农田建设管理办法》的通知"),
            Some("某农发〔2025〕21号"),
            vec!["各市（州）农业农村局"],
            vec!["某某省农业农村厅"],
            Some("2025-07-15"),
        )
    );
    assert_eq!(doc.title.as_deref(), Some("某某省高标准农田建设管理办法"));
    assert_eq!(doc.blocks().filter(|b| b.kind == gongwen::BlockKind::Chapter).count(), 3);
    assert_eq!(doc.blocks().filter(|b| b.kind == gongwen::BlockKind::Article).count(), 5);
    let b = doc.blocks().find(|b| b.marker == "第二条").unwrap();
    assert_eq!(
        texts(b),
        [
            "本办法所称高标准农田，是指田块平整、集中连片、设施完善、节水高效、农电配套、宜机作业、土壤肥沃、生态友好、抗灾能力强，与现代农业生产和经营方式相适应的旱涝保收、稳产高产的耕地。"
        ]
    );
    nowhere(&doc, "文件");
    nowhere(&doc, "-");
}

#[test]
fn html_with_line_breaks_entities_and_bold_run_in_titles() {
    let text = read("10-html-br.txt");
    let doc = parse(&text);
    let (title, _, addressees, issuers, date) = notice(&doc);
    assert_eq!(title, Some("某某市卫生健康委员会关于开展2025年夏季爱国卫生运动的通知"));
    assert_eq!(addressees, ["各区卫生健康委", "各有关单位"]);
    assert_eq!(issuers, ["某某市卫生健康委员会"]);
    assert_eq!(date, Some("2025-06-20"));
    let b = block(&doc, "（一）", "开展环境卫生整治");
    assert_eq!(roles(b), [vec![("各区爱卫办", Responsible)]]);
    assert_eq!(deadline(b), Some("2025年7月31日前"));
    let b = block(&doc, "（二）", "加强病媒生物防制");
    assert_eq!(roles(b), [vec![("市疾控中心", Lead), ("各区疾控中心", Support)]]);
    block(&doc, "三、", "工作要求");
    nowhere(&doc, "&");
    nowhere(&doc, "<");
}

#[test]
fn markdown_quotes_half_width_marks_and_a_year_typed_with_a_letter_o() {
    let text = read("11-md-quote.txt");
    let doc = parse(&text);
    // `> ` before every line; the 成文日期 written 二O二五年 (a letter O)
    assert_eq!(
        notice(&doc),
        (
            Some("某某县人民政府办公室关于做好防灾减灾工作的通知"),
            None,
            vec!["各乡镇人民政府", "县直各单位"],
            vec!["某某县人民政府办公室"],
            Some("2025-04-01"),
        )
    );
    let b = block(&doc, "一、", "加强隐患排查");
    assert_eq!(b.children.len(), 2);
    let b = block(&doc, "(一 )", "开展地质灾害排查");
    assert_eq!(roles(b), [vec![("县自然资源局", Lead), ("各乡镇人民政府", Support)]]);
    assert_eq!(deadline(b), Some("2025年5月底前"));
    block(&doc, "二、", "强化应急值守");
    nowhere(&doc, ">");
}

#[test]
fn a_short_pdf_text_with_gazette_page_numbers_and_a_bracket_cut_at_a_line_end() {
    let text = read("12-short-pdf.txt");
    let doc = parse(&text);
    let (title, _, addressees, issuers, date) = notice(&doc);
    assert_eq!(title, Some("某某市人民政府关于印发某某市优化营商环境若干措施的通知"));
    assert_eq!(addressees, ["各区人民政府", "市政府各部门"]);
    assert_eq!(issuers, ["某某市人民政府"]);
    assert_eq!(date, Some("2025-03-01"));
    assert_eq!(doc.title.as_deref(), Some("某某市优化营商环境若干措施"));
    let b = block(&doc, "（一）", "推进“高效办成一件事”");
    assert_eq!(roles(b), [vec![("市政务服务和数据管理局", Lead), ("市有关部门", Responsible)]]);
    let b = block(&doc, "（二）", "深化“证照分离”改革");
    assert_eq!(roles(b), [vec![("市市场监管局", Responsible)]]);
    // the role bracket cut after 6月底 continues on the next line
    let b = block(&doc, "（一）", "强化用地保障");
    assert_eq!(texts(b), ["实行新增建设用地计划指标与盘活存量挂钩。"]);
    assert_eq!(roles(b), [vec![("市自然资源局", Responsible)]]);
    assert_eq!(deadline(b), Some("2025年6月底前"));
    nowhere(&doc, "·");
    nowhere(&doc, "第 3 页");
}

#[test]
fn markdown_bullets_before_markers_are_residue() {
    // constructed: a converter that wrote every heading as a list item
    let text = "# 关于做好某工作的通知\n\n- 一、总体要求\n\n坚持稳中求进。\n\n- 二、重点任务\n\n* （一）加强领导\n\n落实责任。\n\n\
                * （二）完善机制\n\n+ 1. 建立台账\n\n- 2. 定期调度\n\n- 其他说明\n";
    let doc = parse(text);
    let top: Vec<_> = doc.sections.iter().map(|b| (b.marker.as_ref(), b.title.as_deref())).collect();
    assert_eq!(top, [("一、", Some("总体要求")), ("二、", Some("重点任务"))]);
    let b = block(&doc, "（二）", "完善机制");
    let items: Vec<_> = b.children.iter().map(|c| c.marker.as_ref()).collect();
    assert_eq!(items, ["1.", "2."]);
    assert_eq!(&text[b.marker_span.start..b.marker_span.end], "（二）");
    assert_eq!(block(&doc, "（一）", "加强领导").paragraphs[0].text, "落实责任。");
}

/// A page saved whole from a city government's site (`<!DOCTYPE html>`, a
/// head with meta, `<title>` holding the title and the site's name, a style
/// sheet and scripts — one whose string looks like a heading —, a
/// breadcrumb, `<h1>`, a `<noscript>` fallback, a footer with the site's
/// registration, a script writing a share bar): the notice and the plan
/// read as from the bare text; nothing of the head, the scripts or the
/// footer is a title, a block or a paragraph.
#[test]
fn a_page_saved_whole_with_head_scripts_and_footer() {
    let text = read("13-saved-page.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某市人民政府办公室关于印发某某市老旧小区改造三年行动方案的通知"),
            Some("某府办发〔2025〕7号"),
            vec!["各区人民政府", "市政府各委、办、局"],
            vec!["某某市人民政府办公室"],
            Some("2025-03-18"),
        )
    );
    assert_eq!(doc.title.as_deref(), Some("某某市老旧小区改造三年行动方案"));
    let top: Vec<_> = doc.sections.iter().map(|b| (b.marker.as_ref(), b.title.as_deref())).collect();
    assert_eq!(top, [("一、", Some("目标任务")), ("二、", Some("重点工作")), ("三、", Some("保障措施"))]);
    let b = block(&doc, "（一）", "完善基础设施");
    assert_eq!(roles(b), [vec![("市住房城乡建设局", Lead), ("市水务局", Support), ("市发展改革委", Support)]]);
    let b = block(&doc, "（二）", "提升服务功能");
    assert_eq!(roles(b), [vec![("各区人民政府", Responsible)]]);
    assert_eq!(deadline(b), Some("2026年底前"));
    assert_eq!(texts(block(&doc, "三、", "保障措施")), ["各区要加强组织领导，落实资金保障。"]);
    // nowhere in the notice's body, the preamble, a block or the closing
    let texts = all_texts(&doc);
    let leaked =
        ["统计代码", "政策文件", "门户网站", "浏览器", "分享到", "主办", "ICP", "text-indent", "document", "<", "var "];
    for needle in leaked {
        assert!(texts.iter().all(|t| !t.contains(needle)), "{needle} in {texts:?}");
    }
}
