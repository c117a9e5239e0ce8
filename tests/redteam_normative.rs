//! Red team, normative documents (条例 办法 规定 细则 规则 决定 令 公告 通告):
//! constructed documents of forms the corpus lacks or has rarely, each
//! with the facts a reader expects, written down before the parse was run
//! (`tests/data/redteam_normative/`). Orders and announcements numbered by
//! year (`交通运输部令` / `2023年第12号`, `国家税务总局公告` / `2024年第3号`),
//! a page title over the order it prints, articles inserted by amendment
//! (`第二条之一`), citations of articles at a line's start after a hard
//! wrap (`第四十二条第一款的规定处罚`), articles' gists in brackets
//! (`第一条【立法目的】`), a chapter's title under its marker, a colon after
//! an article's marker, the signature `市长：某某`, the lead-in sentence of
//! a decision (`…，作如下决定：`, never a 主送机关), joint issuers over a
//! title, an order run on in one line with markdown residue, a 通告 mark
//! over its bracketed number (`（第12号）`), a promulgation note in brackets
//! under the title, an amended article wrapped to a line's start
//! (`第十三条修改为：`).

use gongwen::{Block, Document, codes};

fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).expect("parses")
}

/// The block tree, one line a block: indentation by depth, kind, marker and
/// title (`-` when untitled).
fn outline(doc: &Document<'_>) -> String {
    fn walk(blocks: &[Block<'_>], depth: usize, out: &mut String) {
        for b in blocks {
            out.push_str(&"  ".repeat(depth));
            out.push_str(&format!("{} {} {}\n", b.kind.as_str(), b.marker, b.title.as_deref().unwrap_or("-")));
            walk(&b.children, depth + 1, out);
        }
    }
    let mut out = String::new();
    walk(&doc.sections, 0, &mut out);
    out
}

fn codes_of<'d>(doc: &'d Document<'_>) -> Vec<&'d str> {
    doc.diagnostics.iter().map(|d| d.code.as_ref()).collect()
}

fn no_numbering_warnings(doc: &Document<'_>) {
    for c in [codes::NUMBERING_GAP, codes::NUMBERING_DUPLICATE, codes::NUMBERING_ORDER] {
        assert!(!codes_of(doc).contains(&c), "{c}: {:?}", doc.diagnostics);
    }
}

fn block<'d, 'a>(doc: &'d Document<'a>, path: &[usize]) -> &'d Block<'a> {
    let mut b = &doc.sections[path[0]];
    for &i in &path[1..] {
        b = &b.children[i];
    }
    b
}

fn paragraphs(b: &Block<'_>) -> Vec<String> {
    b.paragraphs.iter().map(|p| p.text.to_string()).collect()
}

macro_rules! doc {
    ($name:literal) => {
        include_str!(concat!("data/redteam_normative/", $name, ".txt"))
    };
}

#[test]
fn a_ministry_order_numbered_by_year() {
    let doc = parse(doc!("01-ministry-order-year-number"));
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.doc_number.as_deref(), Some("中华人民共和国交通运输部令2023年第12号"));
    assert_eq!(n.title, None);
    assert_eq!(n.date.as_deref(), Some("2023-11-02"));
    assert_eq!(n.issuers, ["部长　李小鹏"]);
    assert_eq!(n.body.len(), 1);
    assert_eq!(doc.title.as_deref(), Some("港口设施维护管理规定"));
    assert_eq!(
        outline(&doc),
        "chapter 第一章 总则\n  article 第一条 -\n  article 第二条 -\n    subsection （一） -\n    subsection （二） -\n    subsection （三） -\n  article 第三条 -\n\
         chapter 第二章 维护管理\n  article 第四条 -\n  article 第五条 -\n  article 第六条 -\nchapter 第三章 附则\n  article 第七条 -\n"
    );
    assert_eq!(
        paragraphs(block(&doc, &[0, 1])),
        ["本规定适用于港口设施的维护及其监督管理活动。", "本规定所称港口设施，包括："]
    );
    no_numbering_warnings(&doc);
}

#[test]
fn an_announcement_numbered_by_year_with_crlf() {
    let text = doc!("02-tax-announcement-year-number-crlf");
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.doc_number.as_deref(), Some("国家税务总局公告2024年第3号"));
    let span = n.doc_number_span.expect("number span");
    assert_eq!(&text[span.start..span.end], "国家税务总局公告\r\n2024年第3号");
    assert_eq!(n.title.as_deref(), Some("国家税务总局关于优化纳税缴费服务有关事项的公告"));
    assert_eq!(doc.title.as_deref(), Some("国家税务总局关于优化纳税缴费服务有关事项的公告"));
    assert_eq!(n.issuers, ["国家税务总局"]);
    assert_eq!(n.date.as_deref(), Some("2024-03-28"));
    assert_eq!(doc.preamble.len(), 1);
    let markers: Vec<_> = doc.sections.iter().map(|b| b.marker.to_string()).collect();
    assert_eq!(markers, ["一、", "二、", "三、"]);
}

#[test]
fn a_district_tonggao_indented_in_full_width() {
    let doc = parse(doc!("03-district-notice-tonggao"));
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.doc_number.as_deref(), Some("杨府告〔2024〕1号"));
    assert_eq!(n.title.as_deref(), Some("上海市杨浦区人民政府关于禁止燃放烟花爆竹的通告"));
    assert_eq!(n.issuers, ["上海市杨浦区人民政府"]);
    assert_eq!(n.date.as_deref(), Some("2024-01-05"));
    assert!(n.addressees.is_empty());
    assert_eq!(doc.sections.len(), 4);
    assert_eq!(doc.sections[1].children.len(), 3);
    assert!(doc.references.iter().any(|r| r.title.as_deref() == Some("上海市烟花爆竹安全管理条例")));
}

#[test]
fn an_amendment_decision_under_its_page_title_quotes_articles_without_opening_them() {
    let doc = parse(doc!("04-amendment-decision-quoted-articles"));
    let n = doc.notice.as_ref().expect("notice");
    // the page's title over the order it prints
    assert_eq!(n.title.as_deref(), Some("国务院关于修改《城市绿化管理条例》的决定"));
    assert_eq!(n.doc_number.as_deref(), Some("中华人民共和国国务院令第790号"));
    assert_eq!(n.issuers, ["总理　李强"]);
    assert_eq!(n.date.as_deref(), Some("2024-06-20"));
    assert_eq!(doc.title.as_deref(), Some("国务院关于修改《城市绿化管理条例》的决定"));
    // the quoted new text of an article is the amendment's text, no article
    assert_eq!(
        outline(&doc),
        "section 一、 -\nsection 二、 -\nsection 三、 -\nsection 四、 将第二十条第一款中的“五千元”修改为“一万元”\n"
    );
    assert_eq!(paragraphs(&doc.sections[1])[1], "“第十条之一　城市绿地系统规划应当向社会公布。”");
}

#[test]
fn articles_inserted_by_amendment_continue_the_numbering() {
    let doc = parse(doc!("05-provincial-regulation-inserted-articles"));
    assert_eq!(doc.title.as_deref(), Some("江苏省消防条例"));
    assert_eq!(doc.adopted.len(), 1);
    assert_eq!(
        outline(&doc),
        "chapter 第一章 总则\n  article 第一条 -\n  article 第二条 -\n  article 第二条之一 -\n  article 第三条 -\n\
         chapter 第二章 火灾预防\n  article 第四条 -\n    subsection （一） -\n    subsection （二） -\n    subsection （三） -\n  article 第四条之一 -\n  article 第四条之二 -\n  article 第五条 -\n\
         chapter 第三章 附则\n  article 第六条 -\n"
    );
    let inserted = block(&doc, &[0, 2]);
    assert_eq!(inserted.number, 2);
    assert_eq!(paragraphs(inserted), ["消防工作实行政府统一领导、部门依法监管、单位全面负责、公民积极参与的原则。"]);
    no_numbering_warnings(&doc);
}

#[test]
fn a_citation_wrapped_to_a_line_start_opens_no_article() {
    let doc = parse(doc!("06-pdf-wrapped-measures"));
    let markers: Vec<_> = doc.sections.iter().map(|b| b.marker.to_string()).collect();
    assert_eq!(markers, ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"]);
    assert_eq!(
        paragraphs(&doc.sections[4]),
        ["建设单位违反本办法第四条规定的，依照《城市道路管理条例》第四十二条第一款的规定处罚。"]
    );
    assert_eq!(
        paragraphs(&doc.sections[3]),
        [
            "因工程建设需要挖掘城市道路的，建设单位应当依照本办法第五条、第六条的规定办理审批手续，并在批准的期限内完成施工。"
        ]
    );
    no_numbering_warnings(&doc);
}

#[test]
fn articles_gists_in_brackets_are_their_titles() {
    let text = doc!("07-bracket-article-titles-html");
    let doc = parse(text);
    assert_eq!(doc.title.as_deref(), Some("深圳市居住证办法"));
    let titles: Vec<_> = doc.sections.iter().map(|b| b.title.as_deref().unwrap_or("-")).collect();
    assert_eq!(titles, ["立法目的", "适用范围", "职责分工", "申领条件", "施行日期"]);
    let first = &doc.sections[0];
    let span = first.title_span.expect("title span");
    assert_eq!(&text[span.start..span.end], "立法目的");
    assert_eq!(paragraphs(first), ["为了加强流动人口服务管理，保障居住证持有人合法权益，制定本办法。"]);
    assert_eq!(doc.sections[3].children.len(), 3);
    // the round-bracket form of local regulations
    let doc = parse(
        "某某市物业管理条例\n第一条（目的和依据）为了规范物业管理活动，制定本条例。\n第二条（适用范围）　本条例适用于本市行政区域内的物业管理活动。\n第三条　（定义、范围）本条例所称物业管理，是指业主委托物业服务企业进行管理的活动。\n",
    );
    let titles: Vec<_> = doc.sections.iter().map(|b| b.title.as_deref().unwrap_or("-")).collect();
    assert_eq!(titles, ["目的和依据", "适用范围", "定义、范围"]);
    assert_eq!(paragraphs(&doc.sections[1]), ["本条例适用于本市行政区域内的物业管理活动。"]);
}

#[test]
fn a_city_office_notice_printing_detailed_rules() {
    let doc = parse(doc!("08-city-office-notice-rules-attachment"));
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.doc_number.as_deref(), Some("杭政办函〔2024〕15号"));
    assert_eq!(n.issuers, ["杭州市人民政府办公厅"]);
    assert_eq!(n.date.as_deref(), Some("2024-04-10"));
    assert_eq!(n.notes, ["（此件公开发布）"]);
    assert_eq!(n.addressees.len(), 2);
    assert_eq!(doc.title.as_deref(), Some("杭州市住宅专项维修资金管理实施细则"));
    assert_eq!(
        outline(&doc),
        "chapter 第一章 总则\n  article 第一条 -\n  article 第二条 -\nchapter 第二章 交存\n  article 第三条 -\n    subsection （一） -\n    subsection （二） -\n  article 第四条 -\n\
         chapter 第三章 附则\n  article 第五条 -\n  article 第六条 -\n"
    );
}

#[test]
fn parts_chapters_and_divisions_under_markdown_headings() {
    let doc = parse(doc!("09-parts-markdown"));
    assert_eq!(doc.title.as_deref(), Some("某某省实验动物管理条例"));
    assert_eq!(doc.adopted.len(), 1);
    assert_eq!(
        outline(&doc),
        "part 第一编 总则\n  chapter 第一章 一般规定\n    article 第一条 -\n    article 第二条 -\n  chapter 第二章 管理体制\n    article 第三条 -\n\
         part 第二编 分则\n  chapter 第三章 生产与使用\n    division 第一节 生产\n      article 第四条 -\n    division 第二节 使用\n      article 第五条 -\n  chapter 第四章 附则\n\
         \x20   article 第六条 -\n"
    );
    no_numbering_warnings(&doc);
}

#[test]
fn meeting_rules_with_items_under_items_and_a_responsibility() {
    let doc = parse(doc!("10-street-meeting-rules-items"));
    assert_eq!(
        outline(&doc),
        "article 第一条 -\narticle 第二条 -\n  subsection （一） -\n  subsection （二） -\n  subsection （三） -\n\
         article 第三条 -\n  subsection （一） 确定议题\n    item 1. -\n    item 2. -\n  subsection （二） 组织协商\n  subsection （三） 形成意见\n\
         article 第四条 -\narticle 第五条 -\n"
    );
    let r = &doc.sections[3].responsibilities;
    let names: Vec<_> = r.iter().flat_map(|r| r.agencies.iter().map(|a| a.name.to_string())).collect();
    assert_eq!(names, ["街道办事处", "居民委员会"]);
}

#[test]
fn a_standing_committee_decision_leads_in_with_no_addressees() {
    let doc = parse(doc!("11-npc-standing-committee-decision"));
    assert!(doc.notice.as_ref().is_none_or(|n| n.addressees.is_empty()));
    assert_eq!(doc.title.as_deref(), Some("成都市人民代表大会常务委员会关于加强生态环境保护的决定"));
    assert_eq!(doc.adopted.len(), 1);
    assert_eq!(doc.preamble.len(), 1);
    assert!(doc.preamble[0].text.ends_with("作如下决定："));
    assert_eq!(doc.sections.len(), 3);
}

#[test]
fn articles_and_chapters_with_no_separator() {
    let doc = parse(doc!("12-no-separator-articles"));
    assert_eq!(
        outline(&doc),
        "chapter 第一章 总则\n  article 第一条 -\n  article 第二条 -\n  article 第三条 -\nchapter 第二章 供热经营\n  article 第四条 -\n  article 第五条 -\nchapter 第三章 附则\n  article 第六条 -\n"
    );
    assert_eq!(paragraphs(block(&doc, &[1, 0])), ["供热单位应当依照本条例第三条的规定取得供热经营许可。"]);
}

#[test]
fn an_order_run_on_in_one_line_with_markdown_residue() {
    let doc = parse(doc!("13-provincial-order-oneline-markdown"));
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.doc_number.as_deref(), Some("浙江省人民政府令第389号"));
    assert_eq!(n.issuers, ["省长　王浩"]);
    assert_eq!(n.date.as_deref(), Some("2024-03-15"));
    assert_eq!(n.body.len(), 1);
    assert!(n.body[0].text.starts_with("《浙江省公共数据条例实施办法》已经"));
    assert_eq!(doc.title.as_deref(), Some("浙江省公共数据条例实施办法"));
    let markers: Vec<_> = doc.sections.iter().map(|b| b.marker.to_string()).collect();
    assert_eq!(markers, ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条"]);
    assert_eq!(doc.sections[2].children.len(), 3);
}

#[test]
fn amendment_history_and_contents_before_the_chapters() {
    let doc = parse(doc!("14-revision-history-lines"));
    assert_eq!(doc.title.as_deref(), Some("广州市城市绿化管理条例"));
    assert_eq!(doc.adopted.len(), 2);
    assert_eq!(doc.contents.as_ref().map(|c| c.entries.len()), Some(3));
    assert_eq!(
        outline(&doc),
        "chapter 第一章 总则\n  article 第一条 -\n  article 第二条 -\nchapter 第二章 规划和建设\n  article 第三条 -\n  article 第四条 -\nchapter 第三章 附则\n  article 第五条 -\n"
    );
}

#[test]
fn a_city_order_signed_with_a_colon_and_chapters_titled_on_the_next_line() {
    let text = doc!("15-city-order-mayor-colon");
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.doc_number.as_deref(), Some("宁波市人民政府令第268号"));
    assert_eq!(n.issuers, ["市长：汤飞帆"]);
    assert_eq!(n.date.as_deref(), Some("2024-01-22"));
    assert_eq!(n.body.len(), 1);
    assert!(!codes_of(&doc).contains(&codes::MISSING_SIGNATURE));
    assert_eq!(doc.title.as_deref(), Some("宁波市城市排水管理办法"));
    assert_eq!(
        outline(&doc),
        "chapter 第一章 总则\n  article 第一条 -\n  article 第二条 -\nchapter 第二章 排水许可\n  article 第三条： -\n  article 第四条： -\nchapter 第三章 附则\n  article 第五条 -\n"
    );
    let ch = &doc.sections[0];
    assert!(ch.paragraphs.is_empty());
    let span = ch.title_span.expect("title span");
    assert_eq!(&text[span.start..span.end], "总则");
    // a colon after the article's marker
    assert_eq!(
        paragraphs(block(&doc, &[1, 0])),
        ["排水户向城市排水设施排放污水的，应当依法申请领取污水排入排水管网许可证。"]
    );
}

#[test]
fn joint_issuers_over_a_decisions_title_and_a_date_in_chinese_numerals() {
    let doc = parse(doc!("16-npc-decision-chinese-numeral-date"));
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(
        n.title.as_deref(),
        Some("中共某某县委　某某县人民政府关于表彰2023年度乡村振兴先进集体和先进个人的决定")
    );
    assert_eq!(n.doc_number.as_deref(), Some("某发〔2024〕3号"));
    assert_eq!(n.addressees.len(), 3);
    assert_eq!(n.issuers, ["中共某某县委", "某某县人民政府"]);
    assert_eq!(n.date.as_deref(), Some("2024-01-15"));
    assert_eq!(doc.sections.len(), 2);
    let titles: Vec<_> = doc.attachments.iter().map(|a| a.title.to_string()).collect();
    assert_eq!(titles, ["乡村振兴先进集体名单", "乡村振兴先进个人名单"]);
}

#[test]
fn a_repeal_decision_with_its_list_attached() {
    let doc = parse(doc!("17-repeal-decision-list"));
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.title.as_deref(), Some("国务院关于废止部分行政法规的决定"));
    assert_eq!(n.doc_number.as_deref(), Some("国发〔2023〕18号"));
    assert_eq!(n.issuers, ["国务院"]);
    assert_eq!(n.date.as_deref(), Some("2023-12-20"));
    assert_eq!(doc.attachments.len(), 1);
    assert_eq!(doc.attachments[0].title, "国务院决定废止的行政法规");
    let numbers: Vec<_> = doc.references.iter().filter_map(|r| r.doc_number.as_deref()).collect();
    assert!(numbers.contains(&"中华人民共和国国务院令第120号"), "{numbers:?}");
}

#[test]
fn an_announcement_publishing_rules_as_its_attachment() {
    let doc = parse(doc!("18-samr-announcement-attached-rules-crlf"));
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.doc_number.as_deref(), Some("市场监管总局公告2024年第12号"));
    assert_eq!(n.title.as_deref(), Some("关于发布《食品经营许可审查通则》的公告"));
    assert_eq!(n.issuers, ["市场监管总局"]);
    assert_eq!(n.date.as_deref(), Some("2024-03-15"));
    // the document the announcement issues (关于发布《…》的公告), printed
    // under a bare 附件 label: the main document, not an attachment
    assert_eq!(doc.title.as_deref(), Some("食品经营许可审查通则"));
    assert!(doc.attachments.is_empty());
    assert_eq!(
        outline(&doc),
        "chapter 第一章 总则\n  article 第一条 -\n  article 第二条 -\nchapter 第二章 审查要求\n  article 第三条 -\n  article 第四条 -\n"
    );
}

#[test]
fn a_notice_issuing_measures_under_an_attachment_label() {
    let text = "某某市人民政府办公室关于印发某某市政府投资项目管理办法的通知\n某府办发〔2024〕8号\n各区人民政府，市政府各部门：\n经市政府同意，现将《某某市政府投资项目管理办法》印发给你们，请认真遵照执行。\n附件：某某市政府投资项目管理办法\n某某市人民政府办公室\n2024年2月1日\n附件\n某某市政府投资项目管理办法\n第一章　总　　则\n第一条　为了规范政府投资行为，制定本办法。\n第二条　市发展改革委负责全市政府投资项目的综合管理。\n第二章　附　　则\n第三条　本办法自2024年3月1日起施行。\n";
    let doc = parse(text);
    assert_eq!(doc.title.as_deref(), Some("某某市政府投资项目管理办法"));
    assert!(doc.attachments.is_empty());
    assert_eq!(doc.sections.len(), 2);
    assert_eq!(doc.notice.as_ref().map(|n| n.body.len()), Some(1));
    assert!(codes_of(&doc).contains(&codes::SKIPPED_TEXT));
    // a reply that approves a document it does not issue keeps it attached
    let text = "国务院关于同意建立某某联席会议制度的批复\n国函〔2024〕9号\n教育部：\n你部关于建立某某联席会议制度的请示收悉。现批复如下：同意建立某某联席会议制度。\n附件：某某联席会议制度\n国务院\n2024年2月1日\n附件\n某某联席会议制度\n一、主要职能\n研究某某工作。\n二、成员单位\n联席会议由教育部等部门组成。\n";
    let doc = parse(text);
    // (the reply is the document: its own title and number)
    assert_eq!(doc.title.as_deref(), Some("国务院关于同意建立某某联席会议制度的批复"));
    assert_eq!(doc.doc_number.as_deref(), Some("国函〔2024〕9号"));
    assert_eq!(doc.attachments.len(), 1);
    assert_eq!(doc.attachments[0].sections.len(), 2);
}

#[test]
fn an_order_numbered_by_year_cited_in_brackets_is_a_reference_number() {
    let doc = parse(
        "某某办法\n第一条　《某某规定》（交通运输部令2019年第5号）同时废止。\n第二条　本办法自公布之日起施行。\n",
    );
    let numbers: Vec<_> = doc.references.iter().filter_map(|r| r.doc_number.as_deref()).collect();
    assert_eq!(numbers, ["交通运输部令2019年第5号"]);
}

#[test]
fn a_tonggao_mark_over_its_bracketed_number_is_its_title() {
    let text = doc!("19-command-tonggao-bracketed-number");
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.title.as_deref(), Some("某某市新冠肺炎疫情防控指挥部通告"));
    assert_eq!(n.doc_number.as_deref(), Some("某某市新冠肺炎疫情防控指挥部通告第12号"));
    let span = n.doc_number_span.expect("number span");
    assert_eq!(&text[span.start..span.end], "（第12号）");
    assert_eq!(n.issuers, ["某某市新冠肺炎疫情防控指挥部"]);
    assert_eq!(n.date.as_deref(), Some("2022-04-02"));
    assert_eq!(doc.title.as_deref(), Some("某某市新冠肺炎疫情防控指挥部通告"));
    assert_eq!(doc.sections.len(), 3);
    // an announcement's year number in brackets, a title under it
    let doc = parse(
        "某某省财政厅公告\n（2024年第3号）\n某某省财政厅关于公布取消行政事业性收费项目的公告\n根据国家有关规定，现将有关事项公告如下：\n一、取消某某收费项目。\n二、本公告自2024年7月1日起施行。\n某某省财政厅\n2024年6月3日\n",
    );
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.doc_number.as_deref(), Some("某某省财政厅公告2024年第3号"));
    assert_eq!(n.title.as_deref(), Some("某某省财政厅关于公布取消行政事业性收费项目的公告"));
    assert_eq!(doc.sections.len(), 2);
}

#[test]
fn a_promulgation_note_in_brackets_under_the_title_stays_one_note() {
    let doc = parse(doc!("20-bracketed-promulgation-note"));
    assert_eq!(doc.title.as_deref(), Some("宁波市城市排水管理办法"));
    let adopted: Vec<_> = doc.adopted.iter().map(|p| p.text.to_string()).collect();
    assert_eq!(adopted, ["（2024年1月22日宁波市人民政府令第268号公布　自2024年3月1日起施行）"]);
    assert!(doc.preamble.is_empty());
    assert_eq!(doc.sections.len(), 3);
    assert!(!codes_of(&doc).contains(&codes::UNCLOSED_BRACKET));
}

#[test]
fn an_amended_article_wrapped_to_a_line_start_opens_no_article() {
    let doc = parse(doc!("21-wrapped-amendment-items"));
    assert_eq!(doc.adopted.len(), 1);
    let markers: Vec<_> = doc.sections.iter().map(|b| b.marker.to_string()).collect();
    assert_eq!(markers, ["一、", "二、", "三、"]);
    let two = &doc.sections[1];
    assert!(two.children.is_empty());
    // (the wrapped line is kept as the block's text; not joined: the line
    // before it ends with no mark, but the text is too short to show a wrap)
    let text: String = two.title.iter().map(|t| t.to_string()).chain(paragraphs(two)).collect();
    assert_eq!(text, "将第十二条中的“五百元”修改为“一千元”，并将第十三条修改为：“携犬出户的，应当束犬链。”");
    no_numbering_warnings(&doc);
}
