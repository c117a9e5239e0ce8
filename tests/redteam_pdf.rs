//! Red team of PDF text and standards: text an extractor gives with a space
//! between every character (`2 0 2 3 年 5 月 1 0 日`, `1 . 建 立 …`), the
//! whole document or only its title and date lines; a standard's lettered
//! appendix (`附录A（规范性）`, `A.1　…`, `A.2.1　…`, `表A.1　…`); a page
//! break inside a markdown pipe table and an HTML table (the page number
//! and a running header between two rows, the header repeated under them);
//! a standard's cover (`ICS …`, `CCS …`, its code and class over its
//! number, `代替 …`, the English title, dates and issuing body under the
//! title), none of it the title.
//! Constructed documents under `tests/data/redteam_pdf/` (own text), with
//! the facts a reader expects, written down before the parser was run on
//! them.

use gongwen::{Document, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{all_texts, block, diags, notice, parse, roles, rows, tables, texts, titles, tree};

fn read(name: &str) -> String {
    redteam::read("redteam_pdf", name)
}

fn nowhere(doc: &Document<'_>, needle: &str) {
    for t in all_texts(doc) {
        assert!(!t.contains(needle), "{needle} in {t}");
    }
}

use Role::{Lead, Responsible};

#[test]
fn a_letter_spaced_document_reads_as_the_same_document_unspaced() {
    let text = read("01-letter-spaced-whole.txt");
    let doc = parse(&text);
    assert_eq!(
        notice(&doc),
        (
            Some("某某市人民政府办公室关于印发某某市数据要素市场化配置改革方案的通知"),
            Some("某府办发〔2023〕12号"),
            vec!["各区人民政府", "市政府各委、办、局"],
            vec!["某某市人民政府办公室"],
            Some("2023-05-10"),
        )
    );
    let shape: Vec<(usize, &str, &str)> = tree(&doc).iter().map(|n| (n.0, n.3, n.4.unwrap_or(""))).collect();
    assert_eq!(
        shape,
        [
            (0, "一、", "总体要求"),
            (1, "（一）", "指导思想"),
            (1, "（二）", "主要目标"),
            (0, "二、", "重点任务"),
            (1, "1.", "建立数据资产登记制度"),
            (1, "2.", "培育数据交易市场"),
        ]
    );
    assert_eq!(texts(block(&doc, "（二）", "主要目标")), ["到2025年底，基本建成数据要素市场体系。"]);
    let item = block(&doc, "1.", "建立数据资产登记制度");
    assert_eq!(roles(item), [vec![("市数据局", Responsible)]]);
    let by = item.responsibilities[0].deadline.as_ref().and_then(|d| d.by.as_deref());
    assert_eq!(by, Some("2024-06-30"));
    assert_eq!(roles(block(&doc, "2.", "培育数据交易市场")), [vec![("市发展改革委", Lead)]]);
    // no digit is left apart in any text
    for t in all_texts(&doc) {
        assert!(!t.contains(" 0") && !t.contains("2 "), "{t}");
    }
    // the spaces are residue, told once
    assert_eq!(diags(&text, &doc, "scrape-artifact").len(), 1);
}

#[test]
fn letter_spaced_title_and_date_over_an_ordinary_body() {
    let text = read("02-letter-spaced-title-date.txt");
    let doc = parse(&text);
    let (title, number, _, issuers, date) = notice(&doc);
    assert_eq!(title, Some("关于开展2024年度校园安全专项检查的通知"));
    assert_eq!(number, None);
    // joint issuers printed letter-spaced, four spaces apart: two bodies
    assert_eq!(issuers, ["市教委", "市财政局"]);
    assert_eq!(date, Some("2024-03-15"));
    assert_eq!(texts(block(&doc, "（一）", "校舍安全")), ["各区教育局负责，2024年6月底前完成。"]);
}

#[test]
fn a_standards_lettered_appendix_is_numbered_blocks() {
    let text = read("03-standard-appendix.txt");
    let doc = parse(&text);
    // the main text's outline
    let main: Vec<(usize, &str, &str)> = tree(&doc).iter().map(|n| (n.0, n.3, n.4.unwrap_or(""))).collect();
    assert_eq!(
        main,
        [(0, "1", "范围"), (0, "2", "规范性引用文件"), (0, "3", "基本要求"), (1, "3.1", ""), (1, "3.2", "")]
    );
    assert_eq!(doc.attachments.len(), 2);
    let a = &doc.attachments[0];
    assert_eq!((a.number, a.title.as_ref()), (Some(1), "窗口服务评价指标"));
    assert!(a.paragraphs.is_empty(), "{:?}", a.paragraphs);
    let outline = |blocks: &[gongwen::Block<'_>]| {
        let mut out = Vec::new();
        for b in blocks {
            out.push((
                b.marker.to_string(),
                b.outline().map(<[u32]>::to_vec),
                b.title.as_deref().unwrap_or("").to_string(),
            ));
            for c in &b.children {
                out.push((
                    c.marker.to_string(),
                    c.outline().map(<[u32]>::to_vec),
                    c.title.as_deref().unwrap_or("").to_string(),
                ));
            }
        }
        out
    };
    let s = |m: &str, o: &[u32], t: &str| (m.to_string(), Some(o.to_vec()), t.to_string());
    assert_eq!(
        outline(&a.sections),
        [
            s("A.1", &[1], "评价原则"),
            s("A.2", &[2], "评价指标"),
            s("A.2.1", &[2, 1], "服务态度"),
            s("A.2.2", &[2, 2], "办理时效"),
        ]
    );
    assert!(a.sections.iter().all(|b| b.kind == gongwen::BlockKind::Decimal && b.level == 1));
    // a table's caption stays text of its clause
    let a22 = &a.sections[1].children[1];
    assert_eq!(texts(a22), ["办理时效按表A.1计分。", "表A.1\u{3000}办理时效计分表"]);
    let b = &doc.attachments[1];
    assert_eq!((b.number, b.title.as_ref()), (Some(2), "窗口设置示例"));
    assert_eq!(outline(&b.sections), [s("B.1", &[1], "综合窗口")]);
    assert_eq!(texts(&b.sections[0]), ["综合窗口受理各类事项。"]);
    // no numbering complaint about the lettered clauses
    assert_eq!(diags(&text, &doc, "numbering-"), []);
}

/// The text at the span of each diagnostic of `code`.
fn told<'t>(text: &'t str, doc: &Document<'_>, code: &str) -> Vec<&'t str> {
    diags(text, doc, code).into_iter().map(|(_, t)| t).collect()
}

#[test]
fn a_standards_cover_is_no_part_of_its_title() {
    let text = read("03-standard-appendix.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("政务服务中心窗口服务规范"));
    assert_eq!(doc.doc_number.as_deref(), Some("DB44/T 2468—2024"));
    let preamble: Vec<&str> = doc.preamble.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(
        preamble[..4],
        [
            "Specification for window service of government service center",
            "2024-03-15 发布                    2024-06-15 实施",
            "广东省市场监督管理局  发布",
            "前言"
        ]
    );
    assert_eq!(told(&text, &doc, "skipped-text"), ["ICS 03.080\nCCS A 12\n\nDB44", "广东省地方标准"]);
    assert_eq!(
        told(&text, &doc, "standard-cover"),
        [
            "Specification for window service of government service center\n\n2024-03-15 发布                    2024-06-15 实施\n\n广东省市场监督管理局  发布"
        ]
    );
    nowhere(&doc, "ICS");
}

#[test]
fn a_national_standards_cover_with_the_number_it_replaces() {
    let text = read("06-national-standard-cover.txt");
    let doc = parse(&text);
    assert_eq!(doc.title.as_deref(), Some("党政机关公文格式"));
    assert_eq!(doc.doc_number.as_deref(), Some("GB/T 9704—2012"));
    assert_eq!(
        told(&text, &doc, "skipped-text"),
        ["ICS 01.140.20\nCCS A 14", "中华人民共和国国家标准", "代替 GB/T 9704—1999"]
    );
    let preamble: Vec<&str> = doc.preamble.iter().map(|p| p.text.as_ref()).collect();
    assert!(preamble.contains(&"2012-07-01 实施") && preamble.contains(&"中国国家标准化管理委员会  发布"));
    let main: Vec<(usize, &str, &str)> = tree(&doc).iter().map(|n| (n.0, n.3, n.4.unwrap_or(""))).collect();
    assert_eq!(
        main,
        [
            (0, "1", "范围"),
            (0, "2", "规范性引用文件"),
            (0, "3", "术语和定义"),
            (1, "3.1", "字 word"),
            (1, "3.2", "行 line")
        ]
    );
}

#[test]
fn a_pipe_table_over_three_pages_is_one_table() {
    let text = read("04-pipe-table-page-break.md");
    let doc = parse(&text);
    let ts = tables(&doc);
    assert_eq!(ts.len(), 1);
    let rs = rows(&doc);
    assert_eq!(
        titles(&rs),
        [
            ("1", "编制公共数据资源目录"),
            ("2", "建设数据共享交换平台"),
            ("3", "开展数据质量治理"),
            ("4", "建立共享评估制度"),
            ("5", "推进数据跨区域共享"),
        ]
    );
    assert_eq!(ts[0].rows.len(), 5);
    assert_eq!(roles(rs[4]), [vec![("市数据局", Lead)], vec![("市发展改革委", Role::Support)]]);
    nowhere(&doc, "— 5 —");
    nowhere(&doc, "某某市人民政府办公厅文件");
    // (removed by the layout pass or by the table's reading: told either way)
    assert!(doc.diagnostics.iter().any(|d| d.code == "scrape-artifact" && d.message.contains("running header")));
    let n = doc.notice.as_ref().expect("a notice");
    assert_eq!(n.date.as_deref(), Some("2024-03-01"));
}

#[test]
fn an_html_table_with_a_page_number_row_is_one_table() {
    let text = read("05-html-table-page-break.html");
    let doc = parse(&text);
    let ts = tables(&doc);
    assert_eq!(ts.len(), 1);
    assert_eq!(
        titles(&rows(&doc)),
        [("1", "实施高标准农田建设"), ("2", "推进农村人居环境整治"), ("3", "发展特色产业")]
    );
    assert_eq!(ts[0].rows.len(), 3);
    nowhere(&doc, "— 3 —");
}
