//! Real documents in GBK, GB18030 and UTF-16 (`fixtures/encodings/`, made
//! from corpus files with Python's codecs; `INDEX.tsv` names each one's
//! source): `gongwen::decode` detects each encoding, gives back the source
//! text, and the parse of the decoded text is the parse of the UTF-8 source
//! — the same facts, spans into the decoded text.

use gongwen::{Encoding, Error, decode, decode_vec};
use std::path::Path;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");

/// `(file, source, encoding read, BOM)` for every line of `INDEX.tsv`.
fn index() -> Vec<(String, String, Encoding, bool)> {
    let tsv = std::fs::read_to_string(Path::new(DIR).join("encodings/INDEX.tsv")).expect("INDEX.tsv");
    let rows: Vec<_> = tsv
        .lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            let encoding = match f[0].rsplit('.').next().unwrap() {
                e if e.starts_with("gbk") || e.starts_with("gb18030") => Encoding::Gb18030,
                e if e.starts_with("utf16le") => Encoding::Utf16Le,
                e if e.starts_with("utf16be") => Encoding::Utf16Be,
                e => panic!("unknown extension {e}"),
            };
            (f[0].to_owned(), f[1].to_owned(), encoding, f[3] == "yes")
        })
        .collect();
    assert!(rows.len() >= 6, "{rows:?}");
    rows
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(DIR).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_encoding_is_detected_and_gives_the_source_text() {
    for (file, source, encoding, bom) in index() {
        let bytes = read(&format!("encodings/{file}"));
        let utf8 = String::from_utf8(read(&source)).unwrap();
        assert!(std::str::from_utf8(&bytes).is_err(), "{file} is not valid UTF-8 by chance");
        let decoded = decode(&bytes, Encoding::Auto).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!((decoded.encoding, decoded.bom), (encoding, bom), "{file}");
        assert_eq!(decoded.text, utf8, "{file}");
        assert_eq!(Encoding::detect(&bytes), Some(encoding), "{file}");
        // the same with the bytes handed over, and with the encoding named
        assert_eq!(decode_vec(bytes.clone(), Encoding::Auto).unwrap().text, utf8, "{file}");
        let named = if encoding.is_utf16() { Encoding::Utf16 } else { encoding };
        assert_eq!(decode(&bytes, named).unwrap().text, utf8, "{file}");
        assert_eq!(decode(&bytes, encoding).unwrap().text, utf8, "{file}");
    }
}

#[test]
fn the_parse_of_the_decoded_text_is_the_parse_of_the_utf8_source() {
    for (file, source, _, _) in index() {
        let bytes = read(&format!("encodings/{file}"));
        let utf8 = String::from_utf8(read(&source)).unwrap();
        let decoded = decode(&bytes, Encoding::Auto).unwrap();
        let from_decoded = decoded.parse().unwrap_or_else(|e| panic!("{file}: {e}"));
        let from_utf8 = gongwen::parse(&utf8).unwrap();
        // the same facts and the same spans, which index the decoded text
        assert_eq!(from_decoded.to_json(), from_utf8.to_json(), "{file}");
        for block in from_decoded.blocks() {
            let marker = &decoded.text[block.marker_span.start..block.marker_span.end];
            assert!(!marker.is_empty() && block.marker.chars().all(|c| marker.contains(c)), "{file}: {marker}");
        }
        if let Some(title) = &from_decoded.title {
            let span = from_decoded.title_span.expect("a title has a span");
            let raw = &decoded.text[span.start..span.end];
            assert!(title.chars().filter(|c| !c.is_whitespace()).all(|c| raw.contains(c)), "{file}: {raw}");
        }
    }
}

#[test]
fn asked_for_utf8_each_is_named_for_what_it_is() {
    for (file, _, encoding, _) in index() {
        let bytes = read(&format!("encodings/{file}"));
        let err = decode(&bytes, Encoding::Utf8).unwrap_err();
        assert_eq!(err, Error::Undecodable { encoding: Encoding::Utf8, offset: 0, found: Some(encoding) }, "{file}");
        let summary = err.summary();
        let name = if encoding.is_utf16() { "UTF-16" } else { "GBK" };
        assert!(summary.starts_with(name), "{file}: {summary}");
        assert!(!summary.contains("binary"), "{summary}");
    }
}

#[test]
fn the_corpus_in_utf8_stays_utf8_and_borrowed() {
    // every UTF-8 fixture is read as UTF-8 and borrowed, but the one with
    // mojibake (193: valid UTF-8 whose characters were misread once),
    // which is repaired into a new string; no other is taken for mojibake
    let mut n = 0;
    let mut repaired = Vec::new();
    for dir in ["", "wide/"] {
        for entry in std::fs::read_dir(Path::new(DIR).join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let bytes = std::fs::read(&path).unwrap();
                let d = decode(&bytes, Encoding::Auto).unwrap();
                assert_eq!(d.encoding, Encoding::Utf8, "{}", path.display());
                match d.repair {
                    Some(_) => {
                        assert!(matches!(d.text, std::borrow::Cow::Owned(_)));
                        repaired.push(path.file_name().unwrap().to_string_lossy().into_owned());
                    }
                    None => assert!(matches!(d.text, std::borrow::Cow::Borrowed(_)), "{}", path.display()),
                }
                n += 1;
            }
        }
    }
    assert!(n > 100);
    assert_eq!(repaired, ["193-guowuyuanling-622-barrier-free-regulation-mojibake.txt"]);
}
