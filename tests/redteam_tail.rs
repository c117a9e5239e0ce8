//! Red team of a notice's tail and of the 印发 notice: constructed documents
//! under `tests/data/redteam_tail/` (own text, 省 to 区 and an autonomous
//! region; clean text, CRLF, `<p>` residue), with the facts a reader
//! expects, written down before the parser was run on them.
//!
//! Forms exercised: the issuer run on after the body's last sentence (after
//! a run of spaces, or right after 。) over its date line, and a 附注 run on
//! after that date (`二〇二一年三月十五日（此件公开发布）`); a 成文日期 written
//! in numbers (`2023/5/10`, `2022.8.16`) under the issuer, with dates in
//! numbers in the body and in a table's cells that are none; an effective
//! date stated by an order and by its regulation's last article, and `自印发之日
//! 起实施` resolved to the notice's date, a cited law's `自…起施行以来` being
//! none; the covered document printed under `附件1` with a further 附件2
//! after it; a title broken over two `<p>` inside its 《》.

use gongwen::{Document, codes};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{all_texts, notice, parse};

fn read(name: &str) -> String {
    redteam::read("redteam_tail", name)
}

/// The top-level blocks as marker + title.
fn top(doc: &Document<'_>) -> Vec<String> {
    doc.sections.iter().map(|b| format!("{}{}", b.marker, b.title.as_deref().unwrap_or(""))).collect()
}

fn notes<'d>(doc: &'d Document<'_>) -> Vec<&'d str> {
    doc.notice.as_ref().expect("a notice").notes.iter().map(|n| n.as_ref()).collect()
}

/// The raw text of a span (CRLF read as `\n`).
fn raw(text: &str, s: gongwen::Span) -> String {
    text[s.start..s.end].replace("\r\n", "\n")
}

#[test]
fn a_covering_notice_signed_on_its_body_line_dated_with_its_note() {
    let text = read("01-province-covering-glued.txt");
    let doc = parse(&text);
    let (title, number, addressees, issuers, date) = notice(&doc);
    assert_eq!(title, Some("某某省人民政府关于印发某某省生态环境保护规划的通知"));
    assert_eq!(number, Some("某政发〔2021〕9号"));
    assert_eq!(addressees, ["各市人民政府", "省政府各部门"]);
    assert_eq!((issuers, date), (vec!["某某省人民政府"], Some("2021-03-15")));
    assert_eq!(notes(&doc), ["（此件公开发布）"]);
    let n = doc.notice.as_ref().unwrap();
    let body: Vec<&str> = n.body.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(body, ["现将《某某省生态环境保护规划》印发给你们，请认真贯彻实施。"]);
    assert_eq!(raw(&text, n.date_span.unwrap()), "二〇二一年三月十五日");
    assert_eq!(doc.title.as_deref(), Some("某某省生态环境保护规划"));
    assert_eq!(top(&doc), ["一、总体要求", "二、主要任务"]);
    assert!(doc.preamble.is_empty());
    assert!(doc.effective.is_none());
}

#[test]
fn a_reply_signed_right_after_its_last_sentence() {
    let text = read("02-city-reply-issuer-glued.txt");
    let doc = parse(&text);
    let (title, _, addressees, issuers, date) = notice(&doc);
    assert_eq!(title, Some("某市人民政府关于同意设立某某开发区的批复"));
    assert_eq!(addressees, ["某区人民政府"]);
    assert_eq!((issuers, date), (vec!["某市人民政府"], Some("2024-06-03")));
    let texts = all_texts(&doc);
    assert!(texts.last().is_some_and(|t| t.ends_with("认真组织实施。")), "{texts:?}");
    assert!(texts.iter().all(|t| !t.ends_with("某市人民政府")), "{texts:?}");
    assert!(doc.diagnostics.iter().all(|d| d.code != codes::MISSING_SIGNATURE));
}

#[test]
fn a_date_in_numbers_only_on_the_signature_s_date_line() {
    let text = read("03-county-numeric-dates.txt");
    let doc = parse(&text);
    let (_, number, _, issuers, date) = notice(&doc);
    assert_eq!(number, Some("某政办函〔2023〕18号"));
    assert_eq!((issuers, date), (vec!["某县人民政府办公室"], Some("2023-05-10")));
    assert_eq!(raw(&text, doc.notice.as_ref().unwrap().date_span.unwrap()), "2023/5/10");
    // the table's cells and the body's date stay where they are
    assert_eq!(top(&doc), ["一、报送内容", "二、工作要求"]);
    assert_eq!(doc.sections[1].paragraphs.iter().map(|p| p.text.as_ref()).collect::<Vec<_>>(), ["各单位要按时报送。"]);
    assert!(all_texts(&doc).iter().any(|t| t.contains("2023-06-30前报送")));
}

#[test]
fn an_order_and_its_regulation_state_when_it_takes_effect() {
    let text = read("04-city-order-effective.txt");
    let doc = parse(&text);
    let (_, number, _, _, date) = notice(&doc);
    assert_eq!((number, date), (Some("某市人民政府令第8号"), Some("2024-11-28")));
    assert_eq!(doc.title.as_deref(), Some("某市公共停车场管理规定"));
    let e = doc.effective.as_ref().expect("an effective date");
    assert_eq!((e.text.as_ref(), e.date.as_deref()), ("自2025年1月1日起施行", Some("2025-01-01")));
    assert_eq!(raw(&text, e.span), "自2025年1月1日起施行");
    // (the regulation's own last article, after the order)
    assert!(e.span.start > text.find("第四条").unwrap());
}

#[test]
fn a_plan_in_force_from_its_issue_takes_the_notice_s_date() {
    let text = read("05-district-issue-day.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("某区老旧小区改造实施方案"));
    let e = doc.effective.as_ref().expect("an effective date");
    assert_eq!((e.text.as_ref(), e.date.as_deref()), ("自印发之日起实施", Some("2024-04-08")));
    assert_eq!(raw(&text, e.span), "自印发之日起实施");
    assert_eq!(top(&doc), ["一、总体要求", "二、主要任务", "三、附则"]);
}

#[test]
fn the_covered_document_under_attachment_one_before_attachment_two() {
    let text = read("06-city-attachment-one.txt");
    let doc = parse(&text);
    let (title, _, _, issuers, date) = notice(&doc);
    assert_eq!(title, Some("某市人民政府办公厅关于印发某市促进消费若干措施的通知"));
    assert_eq!((issuers, date), (vec!["某市人民政府办公厅"], Some("2025-02-18")));
    assert_eq!(doc.title.as_deref(), Some("某市促进消费若干措施"));
    assert_eq!(top(&doc), ["一、扩大汽车消费", "二、提升服务消费"]);
    let atts: Vec<(Option<u32>, &str)> = doc.attachments.iter().map(|a| (a.number, a.title.as_ref())).collect();
    assert_eq!(atts, [(Some(2), "重点任务分工表")]);
    let a = &doc.attachments[0];
    assert!(!(a.paragraphs.is_empty() && a.sections.is_empty() && a.tables.is_empty()), "{a:?}");
}

#[test]
fn a_title_broken_inside_its_book_brackets_at_a_tag() {
    let text = read("07-region-html-wrapped-title.txt");
    let doc = parse(&text);
    let (title, number, _, issuers, date) = notice(&doc);
    assert_eq!(title, Some("某自治区人民政府办公厅关于印发《某自治区数字政府建设三年行动方案》的通知"));
    assert_eq!(number, Some("某政办发〔2022〕40号"));
    assert_eq!((issuers, date), (vec!["某自治区人民政府办公厅"], Some("2022-08-16")));
    assert_eq!(doc.title.as_deref(), Some("某自治区数字政府建设三年行动方案"));
    assert!(doc.diagnostics.iter().all(|d| d.code != codes::UNCLOSED_BRACKET), "{:?}", doc.diagnostics);
}
