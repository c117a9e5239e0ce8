//! Mojibake repaired on the bytes → text path (`gongwen::decode`): each code
//! page on constructed text mojibaked here by `encoding_rs`, real text left
//! alone, `parse` of a `&str` left as given, and the wide corpus's mojibake
//! document (193) parsed to its structure.

use gongwen::{CodePage, DecodeOptions, Document, Encoding, Severity, codes, decode, decode_with};

const DOC_193: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/wide/193-guowuyuanling-622-barrier-free-regulation-mojibake.txt");

/// A constructed notice (no fixture's text).
const NOTICE: &str = "某某市人民政府办公厅关于加强城市道路无障碍设施建设的通知\n\
    各区人民政府，市政府各委、办、局：\n\
    经市政府同意，现就加强城市道路无障碍设施建设有关事项通知如下。\n\
    一、明确工作目标\n\
    （一）完成主要道路改造。2025年底前完成主干道盲道改造。（市交通委牵头，各区人民政府配合）\n\
    （二）健全维护机制。建立日常巡查制度。（市住房城乡建设管理委负责）\n\
    二、加强组织保障\n\
    各区要明确责任分工，确保各项任务落到实处。\n\
    某某市人民政府办公厅\n\
    2024年5月20日\n";

fn misread(text: &str, codec: &'static encoding_rs::Encoding) -> String {
    codec.decode_without_bom_handling(text.as_bytes()).0.into_owned()
}

/// What a reader checks of the notice's parse.
fn facts(doc: &Document<'_>) -> (Option<String>, Vec<String>, usize, Vec<String>) {
    let notice = doc.notice.as_ref().expect("a notice");
    let bodies = doc.blocks().flat_map(|b| b.agencies().map(|a| a.name.to_string())).collect();
    let issuers = notice.issuers.iter().map(|i| i.to_string()).collect();
    (notice.title.as_deref().or(doc.title.as_deref()).map(str::to_owned), issuers, doc.blocks().count(), bodies)
}

#[test]
fn each_code_page_is_repaired_to_the_same_parse() {
    let want = facts(&gongwen::parse(NOTICE).unwrap());
    assert_eq!(want.2, 4, "{want:?}");
    let pages = [
        (CodePage::Windows1252, encoding_rs::WINDOWS_1252),
        (CodePage::MacCyrillic, encoding_rs::X_MAC_CYRILLIC),
        (CodePage::Windows1251, encoding_rs::WINDOWS_1251),
        (CodePage::Koi8R, encoding_rs::KOI8_R),
        (CodePage::Gbk, encoding_rs::GBK),
    ];
    for (page, codec) in pages {
        let bad = misread(NOTICE, codec);
        // as it stands, it is damage
        let as_is = gongwen::parse(&bad).unwrap();
        assert!(as_is.diagnostics.iter().any(|d| d.code == codes::ENCODING_DAMAGE), "{page}");
        let decoded = decode(bad.as_bytes(), Encoding::Auto).unwrap();
        let repair = decoded.repair.unwrap_or_else(|| panic!("{page}: not repaired"));
        assert_eq!((decoded.encoding, repair.code_page), (Encoding::Utf8, page));
        let doc = decoded.parse().unwrap();
        let first = &doc.diagnostics[0];
        assert_eq!(first.code, codes::MOJIBAKE_REPAIRED);
        assert!(first.message.contains(page.name()), "{}", first.message);
        assert!(!doc.diagnostics.iter().any(|d| d.code == codes::ENCODING_DAMAGE), "{page}");
        if page == CodePage::Gbk {
            // lines of an odd number of bytes lost their last character
            assert!(repair.lost > 0 && first.severity == Severity::Warning, "{repair:?}");
            assert!(first.message.contains(&format!("{} characters could not be recovered", repair.lost)));
        } else {
            assert_eq!((decoded.text.as_ref(), repair.lost, first.severity), (NOTICE, 0, Severity::Info), "{page}");
            assert_eq!(facts(&doc), want, "{page}");
        }
        // spans index the repaired text
        let block = &doc.sections[0];
        assert_eq!(&decoded.text[block.marker_span.start..block.marker_span.end], "一、");
        // turned off, the text is as read
        let off = decode_with(bad.as_bytes(), &DecodeOptions::default().repair(false)).unwrap();
        assert_eq!((off.text.as_ref(), off.repair), (bad.as_str(), None));
    }
}

#[test]
fn gbk_mojibake_loses_only_the_broken_characters() {
    let bad = misread(NOTICE, encoding_rs::GBK);
    let decoded = decode(bad.as_bytes(), Encoding::Auto).unwrap();
    // where the bytes pair up oddly (a byte 80 is a character of its own
    // in GBK: €; a lead byte before an ASCII character is lost), the
    // character whose byte was lost is a U+FFFD; every other is whole
    let mut lost = 0;
    for (line, fixed) in NOTICE.lines().zip(decoded.text.lines()) {
        assert_eq!(fixed.chars().count(), line.chars().count(), "{fixed}");
        for (want, got) in line.chars().zip(fixed.chars()) {
            if got != want {
                assert_eq!(got, '\u{FFFD}', "{fixed}");
                lost += 1;
            }
        }
    }
    assert_eq!(decoded.text.lines().count(), NOTICE.lines().count());
    assert_eq!(Some(lost), decoded.repair.map(|r| r.lost));
    // the same bytes saved in GBK (a lost byte written `?`): the same repair
    let saved = bad.replace('\u{FFFD}', "?");
    assert_eq!(decode(saved.as_bytes(), Encoding::Auto).unwrap().text, decoded.text);
}

#[test]
fn mojibake_in_other_encodings_is_repaired_too() {
    // Windows-1252 mojibake saved as UTF-16 or GB18030
    let bad = misread(NOTICE, encoding_rs::WINDOWS_1252);
    let utf16: Vec<u8> = [0xFEFF].into_iter().chain(bad.encode_utf16()).flat_map(u16::to_le_bytes).collect();
    let decoded = decode(&utf16, Encoding::Auto).unwrap();
    assert_eq!((decoded.encoding, decoded.text.as_ref()), (Encoding::Utf16Le, NOTICE));
    assert!(decoded.repair.is_some());
}

#[test]
fn real_text_is_read_as_it_is() {
    let russian = "Правительство Российской Федерации постановляет: утвердить прилагаемые изменения, \
        которые вносятся в акты Правительства. Настоящее постановление вступает в силу.\n"
        .repeat(20);
    let french = "Le Premier ministre, sur le rapport du ministre de l'Éducation nationale, décrète : \
        les élèves bénéficient d'un accès égal à l'école ; l'article 3 est abrogé. Fait à Paris.\n"
        .repeat(20);
    // real Chinese with the characters of GBK mojibake in it
    let chinese = format!("{NOTICE}鍥而不舍，金石可镂。闄阓之间，藉以为据，姟字少见。\n");
    let mixed = format!("{NOTICE}Le décret n° 2024-1 du 5 janvier 2024. Постановление № 12.\n");
    for text in [russian, french, chinese, mixed, NOTICE.to_owned()] {
        let decoded = decode(text.as_bytes(), Encoding::Auto).unwrap();
        assert_eq!(decoded.repair, None, "{}", &text[..40]);
        assert!(matches!(decoded.text, std::borrow::Cow::Borrowed(_)));
    }
    // Russian in Windows-1251 and KOI8-R bytes is not UTF-8 (nor mojibake)
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("Правительство Российской Федерации");
    assert!(decode(&cp1251, Encoding::Auto).is_err());
}

#[test]
fn parse_of_a_str_keeps_the_text_and_points_to_decode() {
    let bad = misread(&NOTICE.repeat(3), encoding_rs::WINDOWS_1252);
    let doc = gongwen::parse(&bad).unwrap();
    let damage: Vec<_> = doc.diagnostics.iter().filter(|d| d.code == codes::ENCODING_DAMAGE).collect();
    assert_eq!(damage.len(), 1, "{damage:?}");
    assert!(damage[0].message.contains("gongwen::decode"), "{}", damage[0].message);
    assert!(!doc.diagnostics.iter().any(|d| d.code == codes::MOJIBAKE_REPAIRED));
    // and parse_bytes reads its bytes as they are
    let doc = gongwen::parse_bytes(bad.as_bytes()).unwrap();
    assert!(doc.diagnostics.iter().any(|d| d.code == codes::ENCODING_DAMAGE));
}

/// Document 193 of the wide corpus: 《无障碍环境建设条例》 (国务院令第622号),
/// UTF-8 read as Mac Cyrillic and saved again, CRLF. The facts below were
/// read off its repaired text: the decree's head (中华人民共和国国务院令 /
/// 第　622　号, 总　理　温家宝, 二○一二年六月二十八日), the title, six
/// chapters (第一章 总则 … 第六章 附则) and 35 articles, 第十二条 with
/// four items （一）–（四）, 第三十五条 自2012年8月1日起施行.
#[test]
fn wide_193_is_repaired_and_parsed_to_its_structure() {
    let bytes = std::fs::read(DOC_193).unwrap();
    let decoded = decode(&bytes, Encoding::Auto).unwrap();
    let repair = decoded.repair.expect("repaired");
    // its no-break spaces (`&nbsp;` of the page, resolved after the
    // misreading) are kept: nothing is lost
    assert_eq!((repair.code_page, repair.lost), (CodePage::MacCyrillic, 0));
    assert!(!decoded.text.contains('\u{FFFD}'));
    assert!(decoded.text.starts_with("中华人民共和国国务院令\r\n"), "{}", &decoded.text[..60]);
    assert_eq!(decoded.text.matches("\r\n").count(), bytes.windows(2).filter(|w| w == b"\r\n").count());

    let doc = decoded.parse().unwrap();
    let first = &doc.diagnostics[0];
    assert_eq!((first.code.as_str(), first.severity), (codes::MOJIBAKE_REPAIRED, Severity::Info));
    assert!(first.message.contains("Mac Cyrillic"), "{}", first.message);
    assert!(!doc.diagnostics.iter().any(|d| d.code == codes::ENCODING_DAMAGE || d.code == codes::NO_STRUCTURE));

    assert_eq!(doc.title.as_deref(), Some("无障碍环境建设条例"));
    let notice = doc.notice.as_ref().expect("the decree's head");
    assert_eq!(notice.doc_number.as_deref(), Some("中华人民共和国国务院令第622号"));
    assert_eq!(notice.date.as_deref(), Some("2012-06-28"));
    assert!(notice.issuers.iter().any(|i| i.ends_with("温家宝")), "{:?}", notice.issuers);
    assert_eq!(doc.effective.as_ref().and_then(|e| e.date.as_deref()), Some("2012-08-01"));

    // the six chapters, in order
    let chapters: Vec<&str> = doc.sections.iter().map(|c| c.marker.as_ref()).collect();
    assert_eq!(chapters, ["第一章", "第二章", "第三章", "第四章", "第五章", "第六章"]);
    let titles: Vec<Option<&str>> = [0, 1, 2, 4].iter().map(|&c| doc.sections[c].title.as_deref()).collect();
    assert_eq!(titles, [Some("总则"), Some("无障碍设施建设"), Some("无障碍信息交流"), Some("法律责任")]);
    // the articles of chapters one to three and five, each on its number
    let numbers = |c: usize| doc.sections[c].children.iter().map(|a| a.number).collect::<Vec<u32>>();
    assert_eq!(numbers(0), (1..=8).collect::<Vec<u32>>());
    assert_eq!(numbers(1), (9..=17).collect::<Vec<u32>>());
    assert_eq!(numbers(2), (18..=26).collect::<Vec<u32>>());
    assert_eq!(numbers(4), (31..=34).collect::<Vec<u32>>());
    let art12 = &doc.sections[1].children[3];
    assert_eq!((art12.marker.as_ref(), art12.children.len()), ("第十二条", 4));
    // spans index the repaired text
    let ch1 = &doc.sections[0];
    assert_eq!(&decoded.text[ch1.marker_span.start..ch1.marker_span.end], "第一章");

    // without the repair: the damage, and no structure
    let as_is = decode_with(&bytes, &DecodeOptions::default().repair(false)).unwrap();
    assert_eq!(as_is.repair, None);
    let doc = as_is.parse().unwrap();
    assert!(doc.diagnostics.iter().any(|d| d.code == codes::ENCODING_DAMAGE));
    assert!(doc.sections.is_empty());
}

/// The rest of document 193's structure, as its repaired text shows it:
/// 第四章 (第二十七条 to 第三十条) and 第六章 附则 (第三十五条) each stand
/// on one line of under 300 characters with their articles run on after
/// an indentation (`inline`: a line that opens with a 第X章 whose title runs
/// on into its first article is read as a run-on line, however short).
#[test]
fn wide_193_short_chapters_with_their_articles_run_on() {
    let bytes = std::fs::read(DOC_193).unwrap();
    let decoded = decode(&bytes, Encoding::Auto).unwrap();
    let doc = decoded.parse().unwrap();
    assert_eq!(doc.sections[3].title.as_deref(), Some("无障碍社区服务"));
    assert_eq!(doc.sections[5].title.as_deref(), Some("附则"));
    let articles: Vec<u32> = doc.sections.iter().flat_map(|c| c.children.iter().map(|a| a.number)).collect();
    assert_eq!(articles, (1..=35).collect::<Vec<u32>>());
    let per_chapter: Vec<usize> = doc.sections.iter().map(|c| c.children.len()).collect();
    assert_eq!(per_chapter, [8, 9, 9, 4, 4, 1]);
}
