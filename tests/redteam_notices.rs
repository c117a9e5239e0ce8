//! Red team of covering notices and short documents (通知 that 转发/批转/
//! 印发 a document, 通报, 批复, 函/复函, 公告/通告, 意见, 会议纪要):
//! constructed documents under `tests/data/redteam_notices/` (own text, every
//! level from 国务院 to 乡镇/街道; clean text, full-width indentation, one
//! paragraph per line, CRLF, ASCII-space indentation, markdown residue with
//! a metadata header, `<p>` residue, a whole document on one line), with the
//! facts a reader expects, written down before the parser was run on them.
//!
//! Forms exercised that the corpus lacks or holds rarely: closing formulas
//! (特此通报。 特此批复。 特此通告。 特此公告。 此复。) after the last
//! numbered block, on their own line or run on before the signature; a
//! promulgation note `（某政函〔2024〕15号　2024年3月1日）` under a title; a
//! minutes' number `〔2025〕第5号` glued to the title and the office and
//! date on one line under it; one `**发布日期**` pair above the addressee;
//! a short 通告 on one line, its title run into its first sentence; bodies
//! with a bracketed qualifier (各县（市、区）人民政府, 各乡（镇）人民政府) in
//! addressees, bracketed clauses and prose; role groups closing a task's
//! paragraph; a topic before 由 (滞后项目由X牵头); an author line under a
//! transmitted document's title (批转); a decimal outline in full-width
//! digits (１．１　).

use gongwen::{Block, Document, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{block, parse, roles, texts};

fn read(name: &str) -> String {
    redteam::read("redteam_notices", name)
}

/// The ISO date by which the block's first clause is due.
fn clause_by<'d>(b: &'d Block<'_>) -> Option<&'d str> {
    b.responsibilities.first().and_then(|r| r.deadline.as_deref()).and_then(|d| d.by.as_deref())
}

/// The markers of the top-level blocks.
fn top(doc: &Document<'_>) -> Vec<String> {
    doc.sections.iter().map(|b| format!("{}{}", b.marker, b.title.as_deref().unwrap_or(""))).collect()
}

/// Addressee groups as their items.
fn addressees<'d>(doc: &'d Document<'_>) -> Vec<Vec<&'d str>> {
    let n = doc.notice.as_ref().expect("a notice");
    n.addressees.iter().map(|g| g.items.iter().map(|i| i.as_ref()).collect()).collect()
}

fn closing<'d>(doc: &'d Document<'_>) -> Vec<&'d str> {
    doc.closing.iter().map(|p| p.text.as_ref()).collect()
}

/// Every span of the notice and of the clauses reads back from the raw text.
fn spans_read_back(text: &str, doc: &Document<'_>) {
    let raw = |s: gongwen::Span| text[s.start..s.end].replace("\r\n", "\n");
    if let Some(n) = &doc.notice {
        if let (Some(d), Some(s)) = (&n.doc_number, n.doc_number_span) {
            assert!(raw(s).contains(d.as_ref()) || d.contains('〔'), "{d} in {}", raw(s));
        }
        for g in &n.addressees {
            assert_eq!(raw(g.span), g.text.as_ref());
        }
    }
    for p in &doc.closing {
        assert_eq!(raw(p.span), p.text.as_ref());
    }
    for b in doc.blocks() {
        for r in &b.responsibilities {
            for a in &r.agencies {
                // a level sharing the ending of the name after it (各市 of
                // 各市、县（市、区）人民政府) is named in full, its span the
                // bytes written for it: the same level starts both
                let (written, name) = (raw(a.span), a.name.as_ref());
                let level = |s: &str| s.trim_start_matches('各').chars().next();
                assert!(written == name || level(&written) == level(name), "{name} at {written}");
            }
        }
    }
}

use Role::{Lead, Responsible, Support};

#[test]
fn county_forwards_a_city_plan() {
    let text = read("01-county-forward.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("某某县人民政府办公室关于转发《某某市农村人居环境整治提升实施方案》的通知"));
    assert_eq!(n.doc_number.as_deref(), Some("某县政办发〔2025〕7号"));
    assert_eq!(addressees(&doc), [vec!["各乡（镇）人民政府"], vec!["县直各有关单位"]]);
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某县人民政府办公室".into()][..], Some("2025-03-18")));
    assert_eq!(n.notes, ["（此件公开发布）"]);
    assert_eq!(n.body.len(), 2);
    assert_eq!(doc.title.as_deref(), Some("某某市农村人居环境整治提升实施方案"));
    assert_eq!(top(&doc), ["一、重点任务", "二、保障措施"]);
    // role groups closing the task's paragraph, a bracketed qualifier
    // inside a name, the deadline in the task's text before them
    let b = block(&doc, "（一）", "推进农村厕所革命");
    assert_eq!(roles(b), [vec![("市农业农村局", Lead), ("各县（市、区）人民政府", Support)]]);
    assert_eq!(clause_by(b), Some("2025-12-31"));
    let b = block(&doc, "（二）", "加强生活垃圾治理");
    assert_eq!(roles(b), [vec![("市城市管理局", Responsible), ("市生态环境局", Responsible)]]);
    let b = block(&doc, "（三）", "开展村庄清洁行动");
    assert_eq!(roles(b), [vec![("各县（市、区）人民政府", Responsible)]]);
    assert!(b.responsibilities[0].deadline.as_ref().is_some_and(|d| d.ongoing));
    // 要 states no assignment
    assert!(block(&doc, "（二）", "强化资金保障").responsibilities.is_empty());
    // the cited plan and its number
    assert!(doc.references.iter().any(|r| r.doc_number.as_deref() == Some("某市政办发〔2025〕3号")));
    spans_read_back(&text, &doc);
}

#[test]
fn city_circular_with_crlf_and_its_closing() {
    let text = read("02-city-circular-crlf.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政办发〔2025〕21号"));
    assert_eq!(addressees(&doc), [vec!["各区人民政府"], vec!["市政府各委、办、局"]]);
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某市人民政府办公室".into()][..], Some("2025-02-10")));
    assert_eq!(top(&doc), ["一、考核结果", "二、存在问题", "三、工作要求"]);
    assert_eq!(block(&doc, "二、", "存在问题").children.len(), 2);
    // 特此通报。 closes the circular, no paragraph of 三、
    assert_eq!(closing(&doc), ["特此通报。"]);
    assert_eq!(texts(block(&doc, "三、", "工作要求")).len(), 1);
    spans_read_back(&text, &doc);
}

#[test]
fn province_reply_with_a_promulgation_note() {
    let text = read("03-province-reply-note.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().expect("the bracketed note frames the reply");
    assert_eq!(n.title.as_deref(), Some("某某省人民政府关于同意设立某某高新技术产业开发区的批复"));
    assert_eq!(n.doc_number.as_deref(), Some("某政函〔2024〕15号"));
    assert_eq!(n.date.as_deref(), Some("2024-03-01"));
    let ds = n.date_span.unwrap();
    assert_eq!(&text[ds.start..ds.end], "2024年3月1日");
    assert_eq!(addressees(&doc), [vec!["某某市人民政府"]]);
    assert_eq!(doc.sections.len(), 3);
    assert_eq!(closing(&doc), ["特此批复。"]);
    // 三、 says its sentence (a duty with 要, no title), and no more
    let last: Vec<&str> = doc.sections[2].paragraphs.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!((doc.sections[2].title.as_deref(), last), (None, vec!["省科技厅、省自然资源厅要加强指导和服务。"]));
    spans_read_back(&text, &doc);
}

#[test]
fn ministry_letter_in_markdown() {
    let text = read("04-ministry-letter-md.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("某某部办公厅关于开展2025年度数据安全检查工作的函"));
    assert_eq!(n.addressees.len(), 1);
    assert_eq!(n.addressees[0].text, "各省、自治区、直辖市及新疆生产建设兵团数据管理部门");
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某部办公厅".into()][..], Some("2025-04-01")));
    assert_eq!(top(&doc), ["一、检查范围", "二、时间安排", "三、联系方式"]);
    assert_eq!(block(&doc, "二、", "时间安排").children.len(), 2);
    spans_read_back(&text, &doc);
}

#[test]
fn district_announcement_on_one_line() {
    let text = read("05-district-notice-oneline.txt");
    assert!(!text.contains('\n') && text.len() < 900);
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("某某市某某区人民政府关于禁止在城区燃放烟花爆竹的通告"));
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某市某某区人民政府".into()][..], Some("2024-12-20")));
    assert_eq!(doc.preamble.len(), 1);
    assert!(doc.preamble[0].text.starts_with("为保障公共安全"));
    assert_eq!(doc.sections.iter().map(|b| b.number).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(closing(&doc), ["特此通告。"]);
    spans_read_back(&text, &doc);
}

#[test]
fn minutes_with_a_glued_number() {
    let text = read("06-minutes-glued.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("某某区人民政府常务会议纪要"));
    assert_eq!(doc.title.as_deref(), Some("某某区人民政府常务会议纪要"));
    assert_eq!(n.doc_number.as_deref(), Some("〔2025〕第5号"));
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某区人民政府办公室".into()][..], Some("2025-03-12")));
    assert!(!doc.diagnostics.iter().any(|d| d.code == "missing-signature"));
    assert_eq!(top(&doc), ["一、关于老旧小区改造工作", "二、关于校园安全工作", "三、其他事项"]);
    // 会议议定：what was agreed, then who carries it out, by when
    let b = block(&doc, "一、", "关于老旧小区改造工作");
    assert_eq!(roles(b), [vec![("区住房城乡建设局", Lead), ("区财政局", Support), ("各街道办事处", Support)]]);
    assert_eq!(clause_by(b), Some("2025-10-31"));
    // 会议强调，X要会同Y…
    assert_eq!(roles(block(&doc, "二、", "关于校园安全工作")), [vec![("区教育局", Lead), ("区公安分局", Support)]]);
    // who attended ends the minutes: the notice's notes, not the last item's text
    assert_eq!(n.notes, ["出席：王某、李某、赵某", "列席：区政府办公室、区财政局主要负责同志"]);
    let last: Vec<_> = block(&doc, "三、", "其他事项").paragraphs.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(last, ["会议研究了其他事项。"]);
    spans_read_back(&text, &doc);
}

#[test]
fn attendance_lines_end_any_minutes() {
    // constructed: a head with its number on a line of its own, attendance
    // lines with their 人员, a half-width colon; a line that only starts so
    // stays text
    let text = "某某县人民政府专题会议纪要\n第3期\n某某县人民政府办公室　　2024年8月2日\n\
                一、关于防汛工作\n会议要求，出席会议的单位要抓好落实。\n二、关于安全生产\n会议研究了安全生产工作。\n\
                出席人员：甲某、乙某\n列席单位: 县应急局\n请假：丙某\n";
    let doc = parse(text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.notes, ["出席人员：甲某、乙某", "列席单位: 县应急局", "请假：丙某"]);
    let last: Vec<_> = block(&doc, "二、", "关于安全生产").paragraphs.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(last, ["会议研究了安全生产工作。"]);
    let first: Vec<_> = block(&doc, "一、", "关于防汛工作").paragraphs.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(first, ["会议要求，出席会议的单位要抓好落实。"]);
}

#[test]
fn street_notice_in_p_residue() {
    let text = read("07-street-notice-p.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("某某街道办事处关于做好2025年春节期间安全防范工作的通知"));
    assert_eq!(addressees(&doc), [vec!["各社区居委会"], vec!["街道各科室"]]);
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某街道办事处".into()][..], Some("2025-01-15")));
    let b = block(&doc, "一、", "开展安全隐患排查");
    assert_eq!(roles(b), [vec![("街道平安办", Lead), ("各社区", Responsible)]]);
    assert_eq!(clause_by(b), Some("2025-01-25"));
    assert_eq!(closing(&doc), ["特此通知。"]);
    assert_eq!(texts(block(&doc, "三、", "做好应急准备")).len(), 1);
    spans_read_back(&text, &doc);
}

#[test]
fn state_council_opinion_with_qualified_bodies() {
    let text = read("08-state-council-opinion.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("国办发〔2025〕9号"));
    assert_eq!(n.issuers, ["国务院办公厅"]);
    // a name with its other name in brackets stays one name
    assert_eq!(roles(block(&doc, "（一）", "完善强制性认证制度")), [vec![("市场监管总局（国家认监委）", Responsible)]]);
    assert_eq!(
        roles(block(&doc, "（二）", "推进自愿性认证发展")),
        [vec![("市场监管总局（国家标准委）", Responsible), ("工业和信息化部", Responsible)]]
    );
    let b = block(&doc, "（三）", "强化部门协同");
    assert_eq!(
        roles(b),
        [vec![("国家发展改革委", Lead), ("市场监管总局（国家标准委）", Support), ("财政部", Support)]]
    );
    assert_eq!(clause_by(b), Some("2025-12-31"));
    spans_read_back(&text, &doc);
}

#[test]
fn emergency_plan_in_full_width_decimal_outline() {
    let text = read("09-emergency-plan-decimal.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政办发〔2025〕30号"));
    assert_eq!(doc.title.as_deref(), Some("某某市防汛应急预案"));
    let outlines: Vec<(Vec<u32>, &str)> =
        doc.blocks().map(|b| (b.outline().unwrap_or(&[]).to_vec(), b.title.as_deref().unwrap_or(""))).collect();
    assert_eq!(
        outlines,
        [
            (vec![1], "总则"),
            (vec![1, 1], "编制目的"),
            (vec![1, 2], "适用范围"),
            (vec![2], "组织体系"),
            (vec![2, 1], "市防汛指挥部"),
            (vec![2, 2], "区防汛指挥部"),
            (vec![3], "附则"),
            (vec![3, 1], "预案管理"),
        ]
    );
    assert_eq!(doc.sections.len(), 3);
    assert!(doc.preamble.is_empty());
}

#[test]
fn township_notice_one_paragraph_per_line() {
    let text = read("10-township-lines.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某镇政发〔2024〕18号"));
    assert_eq!(addressees(&doc), [vec!["各村（居）民委员会"], vec!["镇属各单位"]]);
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某镇人民政府".into()][..], Some("2024-10-08")));
    assert_eq!(top(&doc), ["一、提高思想认识", "二、落实防火责任", "三、加强宣传教育"]);
    assert_eq!(closing(&doc), ["特此通知。"]);
    assert_eq!(texts(block(&doc, "三、", "加强宣传教育")).len(), 1);
}

#[test]
fn bureau_announcement_with_metadata_and_bold_headings() {
    let text = read("11-bureau-announcement-md.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("某某市自然资源和规划局关于某某地块国有建设用地使用权挂牌出让的公告"));
    assert_eq!(n.doc_number.as_deref(), Some("某自然资告〔2025〕6号"));
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某市自然资源和规划局".into()][..], Some("2025-06-03")));
    assert_eq!(top(&doc), ["一、挂牌出让地块基本情况", "二、竞买人资格", "三、其他事项"]);
    assert_eq!(closing(&doc), ["特此公告。"]);
}

#[test]
fn province_approves_and_forwards_a_department_opinion() {
    let text = read("12-province-approve-forward.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政发〔2025〕11号"));
    // a bracket keeps its 、: 各市 and 各县（市、区）人民政府 (written 县（市、区）人民政府)
    assert_eq!(addressees(&doc), [vec!["各市", "县（市、区）人民政府"], vec!["省政府直属各单位"]]);
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某省人民政府".into()][..], Some("2025-04-02")));
    // the author's line under the transmitted title is no part of it
    assert_eq!(doc.title.as_deref(), Some("关于2025年深化经济体制改革重点工作的意见"));
    let b = block(&doc, "1.", "完善国有资本投资运营机制");
    assert_eq!(roles(b), [vec![("省国资委", Lead), ("省财政厅", Support)]]);
    assert_eq!(clause_by(b), Some("2025-09-30"));
    assert_eq!(
        roles(block(&doc, "4.", "完善企业诉求响应机制")),
        [vec![("省工商联", Responsible), ("省发展改革委", Responsible)]]
    );
    spans_read_back(&text, &doc);
}

#[test]
fn city_reply_letter_with_blank_lines() {
    let text = read("13-city-reply-letter.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("某政办函〔2025〕42号"));
    assert_eq!(addressees(&doc), [vec!["某某区人民政府"]]);
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某市人民政府办公室".into()][..], Some("2025-05-20")));
    assert_eq!(doc.sections.len(), 3);
    assert!(doc.references.iter().any(|r| r.doc_number.as_deref() == Some("某区政〔2025〕8号")));
}

#[test]
fn city_reply_on_one_line_closed_by_ci_fu() {
    let text = read("14-city-reply-oneline.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.title.as_deref(), Some("某某市人民政府关于同意某某县撤县设区的批复"));
    assert_eq!(n.doc_number.as_deref(), Some("某政复〔2025〕3号"));
    assert_eq!(addressees(&doc), [vec!["某某县人民政府"]]);
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某市人民政府".into()][..], Some("2025-06-18")));
    assert_eq!(doc.sections.len(), 2);
    assert_eq!(closing(&doc), ["此复。"]);
    spans_read_back(&text, &doc);
}

#[test]
fn county_circular_indented_with_ascii_spaces_and_crlf() {
    let text = read("15-county-circular-spaces-crlf.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(addressees(&doc), [vec!["各乡（镇）人民政府"], vec!["县直各部门"]]);
    assert_eq!((n.issuers.as_slice(), n.date.as_deref()), (&["某某县人民政府办公室".into()][..], Some("2025-04-15")));
    assert_eq!(top(&doc), ["一、总体情况", "二、存在问题", "三、下步要求"]);
    // a topic before 由 is no part of the body's name
    let b = block(&doc, "三、", "下步要求");
    assert_eq!(roles(b), [vec![("县发展改革局", Lead), ("各乡（镇）人民政府", Support)]]);
    assert_eq!(clause_by(b), Some("2025-05-31"));
    assert_eq!(closing(&doc), ["特此通报。"]);
    spans_read_back(&text, &doc);
}

#[test]
fn one_metadata_pair_above_the_addressee() {
    // (a markdown export: page title, one 发布日期 pair, then the text)
    let text = "# 某某市人民政府办公室关于做好防汛工作的通知\n\n**发布日期**: 2025-06-01\n\n各区人民政府，市政府各部门：\n\n为做好今年防汛工作，现将有关事项通知如下：\n\n一、加强监测预警\n\n市气象局要加强监测。\n\n某某市人民政府办公室\n\n2025年5月30日\n";
    let doc = parse(text);
    assert_eq!(addressees(&doc), [vec!["各区人民政府"], vec!["市政府各部门"]]);
    assert_eq!(doc.title.as_deref(), Some("某某市人民政府办公室关于做好防汛工作的通知"));
    assert_eq!(doc.preamble.len(), 1);
}

#[test]
fn emergency_plan_with_glued_decimal_numbers() {
    let text = read("16-glued-decimal.txt");
    let doc = parse(&text);
    assert_eq!(doc.notice.as_ref().unwrap().doc_number.as_deref(), Some("某区应急〔2025〕4号"));
    let decimal: Vec<(Vec<u32>, &str)> = doc
        .blocks()
        .filter(|b| b.outline().is_some_and(|o| o.len() == 2))
        .map(|b| (b.outline().unwrap_or(&[]).to_vec(), b.title.as_deref().unwrap_or("")))
        .collect();
    // a number glued to its title, or to its text (no title then)
    assert_eq!(decimal, [(vec![1, 1], "编制目的"), (vec![1, 2], "适用范围"), (vec![2, 1], ""), (vec![2, 2], "")]);
    let b = doc.blocks().find(|b| b.outline() == Some(&[2, 1][..])).unwrap();
    assert_eq!(texts(b), ["为及时控制事态，事发单位应立即启动本单位预案。"]);
    // quantities glued to a unit stay in the text
    let b = doc.blocks().find(|b| b.outline() == Some(&[1, 1][..])).unwrap();
    assert!(texts(b)[0].contains("1.5万家") && b.children.is_empty());
}

/// Constructed: the minutes' number with its year in any bracket a
/// 发文字号's year may stand in (`punct::YEAR_BRACKETS`: 【】 too), glued to
/// the title or on its own line, normalised to 〔〕.
#[test]
fn minutes_numbers_in_every_year_bracket() {
    let raw = read("06-minutes-glued.txt");
    for (open, close) in [('【', '】'), ('［', '］'), ('[', ']'), ('（', '）')] {
        let text = raw.replacen("〔2025〕", &format!("{open}2025{close}"), 1);
        assert_ne!(text, raw);
        let doc = parse(&text);
        let n = doc.notice.as_ref().unwrap();
        assert_eq!(n.title.as_deref(), Some("某某区人民政府常务会议纪要"), "{open}");
        assert_eq!(n.doc_number.as_deref(), Some("〔2025〕第5号"), "{open}");
        spans_read_back(&text, &doc);
    }
}
