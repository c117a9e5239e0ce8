//! Headings glued to the text before them in lines of ordinary length: a
//! 第X章 after the last sentence of the chapter before, a 第一章 after the
//! title. Facts read off the wide-corpus documents (not off the parser).

use gongwen::Block;

fn read(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/wide").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The marker of a block, its spaces removed.
fn marker(b: &Block) -> String {
    b.marker.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A regulation whose chapter headings are glued to the last article of the
/// chapter before (`…并为举报人保密。第二章　环境影响评价　　第八条　…`) and
/// whose first chapter is glued to the second line of its title.
#[test]
fn marine_engineering_regulation_chapters_glued_to_sentences() {
    let text = read("221-guowuyuanling-475-marine-engineering-pollution-regulation.txt");
    let doc = gongwen::parse(&text).expect("a document");
    let chapters: Vec<String> = doc.sections.iter().map(marker).collect();
    assert_eq!(chapters, ["第一章", "第二章", "第三章", "第四章", "第五章", "第六章", "第七章", "第八章"]);
    let titles: Vec<&str> = doc.sections.iter().map(|b| b.title.as_deref().unwrap_or("")).collect();
    assert_eq!(
        titles[1..7],
        ["环境影响评价", "海洋工程的污染防治", "污染物排放管理", "污染事故的预防和处理", "监督检查", "法律责任"]
    );
    // the first article of each chapter, and 59 articles in all, in order
    let first: Vec<String> = doc.sections.iter().map(|c| c.children.first().map(marker).unwrap_or_default()).collect();
    assert_eq!(first[..7], ["第一条", "第八条", "第十六条", "第三十条", "第三十七条", "第四十一条", "第四十六条"]);
    let articles: usize = doc.sections.iter().map(|c| c.children.len()).sum();
    assert_eq!(articles, 59);
    assert_eq!(doc.sections[7].children.last().map(marker).as_deref(), Some("第五十九条"));
}
