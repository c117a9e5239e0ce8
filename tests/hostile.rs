//! Hostile and damaged text (issue #16): encoding damage, control
//! characters, and the wording of the numbering messages.

mod common;

use gongwen::{Severity, codes};

/// The diagnostics of `code` in the parse of `text`.
fn diags(text: &str, code: &str) -> Vec<gongwen::Diagnostic> {
    let doc = gongwen::parse(text).expect("parses");
    if let Err(e) = common::check_invariants(text, &doc) {
        panic!("invariant broken: {e}");
    }
    doc.diagnostics.into_iter().filter(|d| d.code == code).collect()
}

#[test]
fn a_numbering_that_starts_late_names_one_expectation() {
    let found = diags("一、总则\n（二）任务\n（三）任务\n", codes::NUMBERING_GAP);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("starts at 2 (expected 1)"), "{}", found[0].message);
    assert!(!found[0].message.contains("1 or 1"), "{}", found[0].message);
    assert_eq!(found[0].severity, Severity::Warning);
}

#[test]
fn a_numbering_that_may_carry_on_names_both_expectations() {
    // （三） under 二、 may restart at （一） or carry on from （一） under 一、
    let found = diags("一、总则\n（一）任务\n二、措施\n（三）任务\n", codes::NUMBERING_GAP);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("starts at 3 (expected 1 or 2)"), "{}", found[0].message);
}

// ------------------------------------------------------------ control characters

const DOC: &str =
    "关于推进工作的通知\n一、总体要求\n（一）推进改革。（发展改革委负责）\n（二）完善制度。\n二、保障措施\n";

#[test]
fn control_characters_are_removed_anywhere_with_one_warning() {
    let clean = gongwen::parse(DOC).unwrap();
    for (at, ctrl) in [
        (0, "\0"),
        (DOC.find("一、").unwrap(), "\0\u{1}"),
        (DOC.find("推进改革").unwrap(), "\u{7f}"),
        (DOC.find("二、").unwrap(), "\u{85}\u{9f}"),
        (DOC.len() - 1, "\u{1b}"),
    ] {
        let text = format!("{}{ctrl}{}", &DOC[..at], &DOC[at..]);
        let found = diags(&text, codes::CONTROL_CHARACTER);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!((found[0].span.start, found[0].span.end), (at, at + ctrl.len()), "{text:?}");
        let doc = gongwen::parse(&text).unwrap();
        // the same tree: a control character in front of a heading hides it no more
        assert_eq!(doc.sections.len(), clean.sections.len(), "{text:?}");
        assert_eq!(doc.sections[0].children.len(), 2, "{text:?}");
        assert!(!doc.to_json().contains("\\u0000"), "{text:?}");
    }
}

#[test]
fn many_control_characters_make_one_diagnostic() {
    let text = DOC.replace('、', "\0、").replace('。', "\u{8}。");
    let found = diags(&text, codes::CONTROL_CHARACTER);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("runs of control characters"), "{}", found[0].message);
}

#[test]
fn tab_line_breaks_and_form_feed_are_not_control_residue() {
    let text = DOC.replace("一、", "\t一、").replace('\n', "\r\n") + "\u{c}\n三、附则\n";
    assert!(diags(&text, codes::CONTROL_CHARACTER).is_empty());
}

// ------------------------------------------------------------ encoding damage

/// A policy text of a few kilobytes, clean.
fn policy(n: usize) -> String {
    let mut s = String::from("关于推进城市更新工作的通知\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n");
    for i in 0..n {
        s.push_str(&format!(
            "（{}）推进老旧小区改造。坚持以人民为中心的发展思想，统筹发展和安全，加快建立健全城市更新制度机制，\
             提高城市规划、建设、治理水平。（住房城乡建设部、发展改革委、财政部按职责分工负责）\n",
            ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][i % 10]
        ));
    }
    s
}

fn damage(text: &str) -> Vec<gongwen::Diagnostic> {
    diags(text, codes::ENCODING_DAMAGE)
}

/// UTF-8 bytes read one character per byte (Latin-1, C1 controls included).
fn as_latin1(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

#[test]
fn mojibake_of_each_decoding_is_found_with_its_repair() {
    let utf8 = policy(30);
    let cases: [(&str, String, &str); 4] = [
        ("GBK", encoding_rs::GBK.decode_without_bom_handling(utf8.as_bytes()).0.into_owned(), "as GBK"),
        ("Latin-1", as_latin1(&utf8), "as Windows-1252 (Latin-1)"),
        (
            "Windows-1252",
            encoding_rs::WINDOWS_1252.decode_without_bom_handling(utf8.as_bytes()).0.into_owned(),
            "as Windows-1252",
        ),
        (
            "Mac Cyrillic",
            encoding_rs::X_MAC_CYRILLIC.decode_without_bom_handling(utf8.as_bytes()).0.into_owned(),
            "as Mac Cyrillic",
        ),
    ];
    for (name, text, says) in cases {
        let found = damage(&text);
        assert_eq!(found.len(), 1, "{name}: {found:?}");
        let d = &found[0];
        assert_eq!(d.severity, Severity::Error, "{name}");
        assert!(d.message.contains(says), "{name}: {}", d.message);
        assert!(d.message.contains("re-encode it as"), "{name}: {}", d.message);
        // the repaired sample is the start of the real text
        assert!(d.message.contains("关于推进城市更新"), "{name}: {}", d.message);
        // the span covers the damaged text
        assert!(d.span.start < 64 && d.span.end + 64 > text.len(), "{name}: {:?} of {}", d.span, text.len());
    }
}

#[test]
fn a_short_text_of_mojibake_is_found() {
    let utf8 = policy(1);
    assert!(utf8.len() < 600);
    let text = encoding_rs::GBK.decode_without_bom_handling(utf8.as_bytes()).0.into_owned();
    assert_eq!(damage(&text).len(), 1, "{text}");
    assert!(damage(&utf8).is_empty());
}

#[test]
fn replacement_characters_are_found() {
    // a GBK file read as UTF-8 with replacement
    let utf8 = policy(30);
    let (gbk, _, _) = encoding_rs::GBK.encode(&utf8);
    let text = String::from_utf8_lossy(&gbk).into_owned();
    let found = damage(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("U+FFFD"), "{}", found[0].message);
    assert!(found[0].message.contains("as GBK"), "{}", found[0].message);
}

#[test]
fn a_damaged_part_gets_its_own_span() {
    // a clean notice, then an attachment pasted as mojibake, then clean text
    let clean = policy(40);
    let utf8 = policy(60);
    let bad = encoding_rs::GBK.decode_without_bom_handling(utf8.as_bytes()).0.into_owned();
    let text = format!("{clean}{bad}{clean}");
    let found = damage(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    let s = found[0].span;
    // to within a sampling window of the damaged part
    let (from, to) = (clean.len(), clean.len() + bad.len());
    assert!(s.start + 16384 >= from && s.start <= from + 16384, "{s:?} vs {from}..{to}");
    assert!(s.end + 16384 >= to && s.end <= to + 16384, "{s:?} vs {from}..{to}");
}

#[test]
fn foreign_and_traditional_text_is_not_damage() {
    let russian = "Правительство Российской Федерации постановляет утвердить прилагаемые изменения. ".repeat(60);
    let french = "Le gouvernement présente un décret relatif à la sécurité des élèves et à l'école. ".repeat(60);
    let traditional = "國務院辦公廳關於推進城市更新工作的通知，各縣市政府應當認真貫徹執行，確保實效。".repeat(60);
    let japanese = "政府は都市の再開発を推進するための基本方針を決定しました。".repeat(60);
    let quotes = "“十四五”规划——坚持以人民为中心……‘重点’任务 · 第一条 © ® ° ×\n".repeat(100);
    for text in [russian, french, traditional, japanese, quotes] {
        let found = damage(&text);
        assert!(found.is_empty(), "{}: {found:?}", &text[..40]);
    }
}

#[test]
fn no_fixture_is_damaged_but_the_mojibake_one() {
    let mut clean = 0;
    let mut damaged = Vec::new();
    for path in common::all_fixture_paths() {
        let text = std::fs::read_to_string(&path).expect("read");
        let note = std::fs::read_to_string(path.with_extension("src")).unwrap_or_default();
        let mojibake = note.lines().any(|l| l.starts_with("style:") && l.contains("MOJIBAKE"));
        let doc = gongwen::parse(&text).expect("parses");
        let found: Vec<_> = doc.diagnostics.into_iter().filter(|d| d.code == codes::ENCODING_DAMAGE).collect();
        if mojibake {
            assert!(!found.is_empty(), "{}: mojibake not found", path.display());
            damaged.push(found[0].message.clone());
        } else {
            assert!(found.is_empty(), "{}: false alarm {found:?}", path.display());
            clean += 1;
        }
    }
    assert_eq!(clean, 135, "the clean fixtures: 12 main and 123 of the wide corpus");
    assert_eq!(damaged.len(), 1, "{damaged:?}");
    assert!(damaged[0].contains("Mac Cyrillic"), "{damaged:?}");
    println!("{}", damaged[0]);
}

/// The line limit (`Options::max_lines`) loses nothing: cut at several
/// lines of every fixture (every limit below 16, as the fuzz target tries,
/// and two deeper) (those whose whole parse loses nothing), the parse keeps the properties of the tree and
/// every character that carries text lies in a node (the rest, as it
/// stands, in one paragraph); a limit the text does not reach changes
/// nothing.
#[test]
fn the_line_limit_keeps_every_byte() {
    for path in common::all_fixture_paths() {
        let (name, text) = (path.display(), std::fs::read_to_string(&path).expect("read"));
        let check = |doc: &gongwen::Document<'_>| {
            common::check_invariants(&text, doc).and_then(|()| common::check_coverage(&text, doc))
        };
        // (a few documents of the wide corpus lose text without the limit:
        // the limit must lose none where the whole parse loses none)
        if check(&gongwen::parse(&text).expect("parses")).is_err() {
            continue;
        }
        let lines = text.matches('\n').count();
        // (every small limit the fuzz target `parse_str` tries, 0..=15, and
        // two deep in the text)
        for max in (0..16).chain([lines / 3, lines.saturating_sub(1)]) {
            let options = gongwen::Options::default().max_lines(max);
            let doc = gongwen::parse_with(&text, &options).expect("parses");
            if let Err(e) = check(&doc) {
                panic!("{name}, max_lines {max}: {e}");
            }
        }
        // (HTML tags and entities may make line breaks too)
        let options = gongwen::Options::default().max_lines(lines + 1 + text.matches(['<', '&']).count());
        assert_eq!(gongwen::parse_with(&text, &options), gongwen::parse(&text), "{name}");
    }
}
