//! Headings with no number (`【保障措施】`, `## 保障措施`) and 公开属性
//! lines after a covered document: every variant keeps the properties of
//! the tree and loses no text (the headings' lines lie in their `span`, a
//! 公开属性 line in its `publicity-note` diagnostic's). The documents are
//! constructed (own text), built from the red team's
//! `tests/data/redteam_classes/` texts 06 and 11.

mod common;

fn check(name: &str, text: &str) {
    let doc = gongwen::parse(text).expect("parses");
    if let Err(e) = common::check_invariants(text, &doc).and_then(|()| common::check_coverage(text, &doc)) {
        panic!("{name}: {e}\n{}", doc.to_json());
    }
}

fn read(name: &str) -> String {
    let path = format!("{}/tests/data/redteam_classes/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("read")
}

#[test]
fn headings_with_no_number_lose_no_text() {
    let key_points = read("11-county-key-points-lenticular.txt");
    check("11", &key_points);
    for (from, to) in [
        ("【总体要求】", "## 总体要求"),
        ("【保障措施】", "## 保障措施"),
        ("【保障措施】", "### 保障措施"),
        ("【保障措施】", "  【保障措施】  "),
        ("【保障措施】\n", "【保障措施】\n1.加强领导。\n"),
        ("【重点任务】\n", ""),
    ] {
        let text = key_points.replacen(from, to, 1);
        assert_ne!(text, key_points);
        check(to, &text);
        let doc = gongwen::parse(&text).unwrap();
        assert!(!doc.headings.is_empty(), "{to}");
    }
    // a markdown part's heading right under the title is no line of it
    let text = key_points.replace('【', "## ").replace('】', "");
    let doc = gongwen::parse(&text).unwrap();
    assert_eq!(doc.title.as_deref(), Some("某某县2026年优化营商环境工作要点"));
    let titles: Vec<&str> = doc.headings.iter().map(|h| h.title.as_ref()).collect();
    assert_eq!(titles, ["总体要求", "重点任务", "保障措施"]);
    assert!(doc.preamble.is_empty(), "{:?}", doc.preamble);
    check("markdown", &text);
    // CRLF line breaks
    check("crlf", &key_points.replace('\n', "\r\n"));
}

#[test]
fn publicity_lines_after_the_covered_document_lose_no_text() {
    let plan = read("06-township-plan-public.txt");
    check("06", &plan);
    let colophon_at = plan.find("抄送：").unwrap();
    let before = &plan[..plan.find("公开方式").unwrap()];
    for tail in ["公开方式：主动公开\n", "（此件公开发布）\n", "（此件公开发布）\n信息公开选项：依申请公开\n"]
    {
        check(tail, &(before.to_owned() + tail));
        check(tail, &(before.to_owned() + tail + &plan[colophon_at..]));
    }
}
