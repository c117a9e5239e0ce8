//! Hostile inputs: each returns a result or an `Error` (never a panic), and
//! the parser's work units (`gongwen::work_units`: bytes and items each pass
//! visits, counted as it runs) grow linearly with the input — checked at 1×,
//! 2× and 4× size, without timing anything. The benches in
//! `benches/adversarial.rs` time the same inputs at larger sizes.

mod common;

use gongwen::{Error, Options};

/// A named generator of an input of size `n` (repetitions).
type Input = (&'static str, fn(usize) -> String);

/// The inputs of the issue, each a function of a size `n` (repetitions).
fn inputs() -> Vec<Input> {
    vec![
        ("open parens", |n| "((((".repeat(n)),
        ("full-width open parens", |n| "（".repeat(n)),
        ("unclosed book titles", |n| "《".repeat(n)),
        ("section markers", |n| "一、".repeat(n)),
        ("section marker lines", |n| "一、\n".repeat(n)),
        ("one line without punctuation", |n| "推".repeat(n)),
        ("nested levels", |n| "（一）\n1.\n（1）\n①\n".repeat(n)),
        ("nested levels on one line", |n| "（一）1.（1）①".repeat(n)),
        ("at signs", |n| "@".repeat(n)),
        ("at signs between lines", |n| "一、推进@@\n@@".repeat(n)),
        ("control characters", |n| {
            (0u32..0x20).chain(0x7F..0xA0).filter_map(char::from_u32).collect::<String>().repeat(n / 8 + 1)
        }),
        ("markdown hashes on one line", |n| "# #".repeat(n)),
        ("unclosed html comments", |n| "<!--".repeat(n)),
        ("html tags", |n| "<p>一、<br>".repeat(n)),
        ("entities", |n| "&nbsp;&amp;&#20013;".repeat(n)),
        ("clauses with standing notes", |n| {
            (0..n).map(|i| format!("（{}）推进。（部{i}负责。以下任务均需厅{i}落实）\n", cn(i % 99 + 1))).collect()
        }),
        ("many nested brackets in a clause", |n| format!("一、推进。（{}发展改革委负责）", "（".repeat(n))),
        ("attachment entries and labels", |n| "附件：1.表\n附件1\n表\n内容\n".repeat(n)),
        ("addressee with many items", |n| format!("{}：\n正文。\n国务院\n2022年3月10日\n", "甲、".repeat(n))),
        ("dates and doc numbers", |n| "国办发〔2018〕1号\n2022年3月10日\n".repeat(n)),
        ("hard-wrapped text", |n| "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉\n".repeat(n)),
        ("kinsoku lines", |n| "——任务1：推进\n。内容\n".repeat(n)),
        ("long numerals", |n| format!("{}、标题", "一".repeat(n))),
    ]
}

/// A Chinese numeral 1…99.
fn cn(n: usize) -> String {
    const D: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => D[n].to_owned(),
        10 => "十".to_owned(),
        11..=19 => format!("十{}", D[n % 10]),
        _ => format!("{}十{}", D[n / 10], D[n % 10]),
    }
}

/// Parse, and check the invariants of whatever comes back.
fn parse_ok_or_error(name: &str, text: &str) {
    match gongwen::parse(text) {
        Ok(doc) => {
            if let Err(e) = common::check_invariants(text, &doc) {
                panic!("{name}: invariant broken: {e}");
            }
        }
        Err(Error::Empty) => {}
        Err(e) => panic!("{name}: unexpected error {e}"),
    }
}

#[test]
fn every_hostile_input_returns() {
    for (name, make) in inputs() {
        parse_ok_or_error(name, &make(2000));
    }
}

#[test]
fn work_grows_linearly() {
    let mut report = Vec::new();
    for (name, make) in inputs() {
        let n = 4000;
        let (a, b, c) = (make(n), make(2 * n), make(4 * n));
        let (wa, wb, wc) = (gongwen::work_units(&a), gongwen::work_units(&b), gongwen::work_units(&c));
        // doubling the input may at most double the work, with 15 % slack
        // for fixed costs and rounding
        let ok = |w1: u64, w2: u64| w2 * 100 <= w1 * 230;
        report.push(format!("{name}: {} / {} / {} bytes → {wa} / {wb} / {wc} units", a.len(), b.len(), c.len()));
        assert!(ok(wa, wb) && ok(wb, wc), "{name}: work does not grow linearly: {wa} → {wb} → {wc}");
        // and the work per byte stays bounded
        assert!(wc <= 64 * c.len() as u64 + 4096, "{name}: {wc} units for {} bytes", c.len());
    }
    println!("{}", report.join("\n"));
}

#[test]
fn invalid_utf8_anywhere() {
    let text = "一、总体要求\n（一）指导思想。\n".as_bytes();
    for at in [0, text.len() / 2 + 1, text.len()] {
        let mut bytes = text.to_vec();
        bytes.insert(at, 0xFF);
        let offset = std::str::from_utf8(&bytes).unwrap_err().valid_up_to();
        match gongwen::parse_bytes(&bytes) {
            Err(e @ Error::InvalidUtf8 { .. }) => {
                let Error::InvalidUtf8 { offset: got, ref location } = e else { unreachable!() };
                assert_eq!(got, offset);
                assert_eq!(location.span.start, offset);
                assert!(!e.to_string().contains('\n'), "Display is one line: {e}");
                assert!(e.render(None).contains('^'), "render shows a caret: {e}");
            }
            other => panic!("invalid UTF-8 at {at}: {other:?}"),
        }
    }
}

#[test]
fn random_bytes() {
    // a fixed linear congruential generator: the same bytes on every run
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    for len in [0usize, 1, 7, 64, 1000, 65_536] {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                (state >> 56) as u8
            })
            .collect();
        match gongwen::parse_bytes(&bytes) {
            Ok(doc) => common::check_invariants(std::str::from_utf8(&bytes).unwrap(), &doc).unwrap(),
            Err(Error::InvalidUtf8 { .. } | Error::Empty) => {}
            Err(e) => panic!("{len} random bytes: {e}"),
        }
    }
}

#[test]
fn oversized_input_is_rejected_before_any_work() {
    // 200 MB: over the default limit of 64 MiB
    let huge = "一".repeat(200_000_000 / 3);
    let err = gongwen::parse(&huge).unwrap_err();
    assert!(matches!(err, Error::TooLarge { size, limit } if size == huge.len() && limit == 64 << 20), "{err}");
    assert!(matches!(gongwen::parse_bytes(huge.as_bytes()), Err(Error::TooLarge { .. })));
    // a configurable limit
    let small = Options::default().max_bytes(1024);
    assert!(matches!(gongwen::parse_with(&"一、总则\n".repeat(200), &small), Err(Error::TooLarge { .. })));
}

#[test]
fn a_fifty_megabyte_document_passes_the_default_limits() {
    let seed = include_str!("../fixtures/00-ndrc-2022-urbanization-key-tasks.txt");
    let doc = seed.repeat(50_000_000 / seed.len());
    assert!(doc.len() >= 49_000_000);
    assert!(gongwen::parse(&doc).is_ok());
}

#[test]
fn depth_is_limited_by_an_error() {
    let text = "一、总则\n（一）目标\n1.项目\n（1）内容\n①细则\n";
    assert!(gongwen::parse(text).is_ok());
    let shallow = Options::default().max_depth(3);
    match gongwen::parse_with(text, &shallow) {
        Err(e @ Error::TooDeep { .. }) => {
            let Error::TooDeep { depth, limit, ref location } = e else { unreachable!() };
            assert_eq!((depth, limit), (4, 3));
            assert_eq!(location.line, 4);
            assert!(e.render(None).contains("4 | （1）内容"), "{e}");
        }
        other => panic!("{other:?}"),
    }
}
