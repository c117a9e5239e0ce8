//! The founding sample, fixtures/00-ndrc-2022-urbanization-key-tasks.txt:
//! its facts as assertions, read off the document itself, and its golden
//! JSON snapshot.

use gongwen::{BlockKind, Document, Role};

const SEED: &str = include_str!("../fixtures/00-ndrc-2022-urbanization-key-tasks.txt");

fn seed() -> Document<'static> {
    gongwen::parse(SEED).expect("the seed parses")
}

fn raw(span: gongwen::Span) -> &'static str {
    &SEED[span.start..span.end]
}

#[test]
fn notice_frame() {
    let doc = seed();
    let notice = doc.notice.as_ref().expect("covering notice");
    assert_eq!(notice.title, None, "the scraped text has no notice title line");
    assert_eq!(notice.doc_number, None, "the scraped text has no 发文字号 line");
    assert_eq!(notice.issuers, ["国家发展改革委"]);
    assert_eq!(notice.date.as_deref(), Some("2022-03-10"));
    let groups: Vec<&str> = notice.addressees.iter().map(|g| g.text.as_ref()).collect();
    assert_eq!(
        groups,
        [
            "中央和国家机关有关部门、有关直属机构",
            "各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委",
            "全国工商联",
            "中国国家铁路集团有限公司、国家开发银行、中国农业发展银行",
        ]
    );
    assert_eq!(notice.addressees[3].items, ["中国国家铁路集团有限公司", "国家开发银行", "中国农业发展银行"]);
    assert_eq!(raw(notice.addressees[2].span), "全国工商联");
    assert_eq!(notice.body.len(), 1);
    assert!(notice.body[0].text.starts_with("经城镇化工作暨城乡融合发展工作部际联席会议第四次会议审议通过,现将《"));
    assert!(!notice.body[0].text.contains('@'));
    // the notice span runs from the addressee line to the date line
    assert!(raw(notice.span).starts_with("中央和国家机关"));
    assert!(raw(notice.span).ends_with("2022年@@3月@@10日"));
}

#[test]
fn title_and_preamble() {
    let doc = seed();
    assert_eq!(doc.title.as_deref(), Some("2022年新型城镇化和城乡融合发展重点任务"));
    assert_eq!(doc.doc_number, None);
    assert_eq!(doc.preamble.len(), 1);
    assert!(doc.preamble[0].text.starts_with("以习近平新时代中国特色社会主义思想为指导"));
    assert!(doc.preamble[0].text.ends_with("以实际行动迎接党的二十大胜利召开。"));
    assert_eq!(doc.span, gongwen::Span::new(0, SEED.len()));
}

#[test]
fn six_sections_and_twenty_eight_tasks() {
    let doc = seed();
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_deref().unwrap()).collect();
    assert_eq!(
        titles,
        [
            "提高农业转移人口市民化质量",
            "持续优化城镇化空间布局和形态",
            "加快推进新型城市建设",
            "提升城市治理水平",
            "促进城乡融合发展",
            "组织实施"
        ]
    );
    let counts: Vec<usize> = doc.sections.iter().map(|s| s.children.len()).collect();
    assert_eq!(counts, [4, 6, 9, 3, 4, 2]);
    for (i, s) in doc.sections.iter().enumerate() {
        assert_eq!((s.kind, s.level, s.number), (BlockKind::Section, 1, i as u32 + 1));
    }
    let tasks: Vec<_> = doc.sections.iter().flat_map(|s| &s.children).collect();
    assert_eq!(tasks.len(), 28);
    for (i, t) in tasks.iter().enumerate() {
        assert_eq!((t.kind, t.level, t.number), (BlockKind::Subsection, 2, i as u32 + 1));
        assert!(t.children.is_empty());
        assert!(t.title.is_some(), "task {} has a run-in title", i + 1);
    }
    assert_eq!(tasks[0].marker, "(一)");
    assert_eq!(tasks[22].marker, "(二十三)");
    assert_eq!(raw(tasks[22].marker_span), "(二@@十@@@@三@@@@)");
    assert_eq!(tasks[0].title.as_deref(), Some("持续深化户籍制度改革"));
    assert_eq!(raw(tasks[0].title_span.unwrap()), "持续深化@@户@@籍制度改革");
    assert_eq!(tasks[16].title.as_deref(), Some("提升智慧化水平"));
    assert_eq!(tasks[27].title.as_deref(), Some("压实地方责任"));
    // section 六 has no intro paragraph; the others have one each
    let intros: Vec<usize> = doc.sections.iter().map(|s| s.paragraphs.len()).collect();
    assert_eq!(intros, [1, 1, 1, 1, 1, 0]);
    // no numbering diagnostics: 1…28 run on across sections
    assert!(doc.diagnostics.iter().all(|d| !d.code.starts_with("numbering")));
}

#[test]
fn task_one_clause_and_standing_note() {
    let doc = seed();
    let t1 = &doc.sections[0].children[0];
    assert_eq!(t1.responsibilities.len(), 1);
    let r = &t1.responsibilities[0];
    let bodies: Vec<(&str, Role)> = r.agencies.iter().map(|a| (a.name.as_ref(), a.role)).collect();
    assert_eq!(
        bodies,
        [("公安部", Role::Responsible), ("发展改革委", Role::Responsible), ("各省级有关部门", Role::Responsible)]
    );
    assert_eq!(r.notes, ["以下任务均需各省级有关部门落实,不再列出"]);
    assert_eq!(r.raw, "公安部、发展改革委、各省级有关部门等负责。以下任务均需各省级有关部门落实,不再列出");
    assert!(raw(r.span).starts_with("(公安部@@、发展改革@@委"));
    assert!(raw(r.span).ends_with("不再列出@@)"));
    assert_eq!(raw(r.agencies[1].span), "发展改革@@委");
    // the clause is not part of the paragraph text
    assert!(t1.paragraphs.iter().all(|p| !p.text.contains("负责")));
    assert!(t1.paragraphs[0].text.ends_with("户籍准入年限同城化累计互认。"));
    assert!(t1.inherited().is_empty(), "the note applies to the blocks after it");
}

#[test]
fn later_tasks_inherit_the_standing_note() {
    let doc = seed();
    let tasks: Vec<_> = doc.sections.iter().flat_map(|s| &s.children).collect();
    for t in &tasks[1..] {
        let inherited: Vec<(&str, Role)> = t.inherited().iter().map(|a| (a.name.as_ref(), a.role)).collect();
        assert_eq!(inherited, [("各省级有关部门", Role::Responsible)], "{}", t.marker);
    }
    for s in &doc.sections {
        assert!(s.inherited().is_empty(), "sections are not tasks: {}", s.marker);
    }
}

#[test]
fn every_task_but_the_last_two_has_one_clause() {
    let doc = seed();
    let tasks: Vec<_> = doc.sections.iter().flat_map(|s| &s.children).collect();
    for t in &tasks[..26] {
        assert_eq!(t.responsibilities.len(), 1, "{}", t.marker);
        assert!(t.agencies().all(|a| a.role == Role::Responsible));
    }
    assert!(tasks[26].responsibilities.is_empty());
    assert!(tasks[27].responsibilities.is_empty());
    // spot checks, read off the document
    let names = |i: usize| tasks[i].agencies().map(|a| a.name.to_string()).collect::<Vec<_>>();
    assert_eq!(names(2), ["人力资源社会保障部"]);
    assert_eq!(names(5).last().map(String::as_str), Some("国铁集团"));
    assert_eq!(names(18), ["住房城乡建设部", "文化和旅游部", "自然资源部", "文物局", "林草局"]);
    assert_eq!(names(21), ["民政部", "发展改革委"]);
    assert_eq!(names(15), ["自然资源部", "应急部", "住房城乡建设部", "卫生健康委", "发展改革委"]);
}

#[test]
fn inline_brackets_stay_in_the_text() {
    let doc = seed();
    let tasks: Vec<_> = doc.sections.iter().flat_map(|s| &s.children).collect();
    let text = |i: usize| tasks[i].paragraphs.iter().map(|p| p.text.to_string()).collect::<String>();
    assert!(text(21).contains("撤县(市)改区"));
    assert!(text(5).contains("市域(郊)铁路"));
    assert!(text(12).contains("智能快件箱(信包箱)"));
    assert!(text(23).contains("县乡村(户)道路"));
    assert!(doc.preamble[0].text.contains("《国家新型城镇化规划(2021—2035年)》"));
}

#[test]
fn diagnostics() {
    let doc = seed();
    let codes: Vec<&str> = doc.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["scrape-artifact", "foreign-insertion"]);
    let residue = &doc.diagnostics[0];
    assert_eq!(raw(residue.span), "@@");
    assert!(residue.message.contains("994"), "{}", residue.message);
    let spam = &doc.diagnostics[1];
    assert_eq!(raw(spam.span), "app ");
    let pos = spam.position(SEED);
    let line = gongwen::LineIndex::new(SEED).line_text(pos.line);
    assert!(line.contains("(十@@七@@@@)"), "the spam is in task 17");
}

#[test]
fn golden_json() {
    insta::assert_json_snapshot!("seed", seed());
}
