//! Property tests: the parser never panics, every tree it returns satisfies
//! the invariants of `common::check_invariants`, and scrape residue does not
//! change what a document says.

mod common;

use gongwen::Error;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use serde_json::Value;

/// Few enough cases that the whole file runs in seconds in debug builds; no
/// regression files written. `GONGWEN_PROPTEST_CASES=N` overrides the count
/// for a deeper run (`cargo test --release --test properties`).
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("GONGWEN_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        // filters scale with the case count
        max_local_rejects: 65_536.max(cases.saturating_mul(4)),
        max_global_rejects: 1024.max(cases / 4),
        ..ProptestConfig::default()
    }
}

/// Parse and check; panics (failing the property) with the input on any
/// violation.
fn parse_and_check(input: &str) -> Result<(), Error> {
    let doc = gongwen::parse(input)?;
    if let Err(e) = common::check_invariants(input, &doc).and_then(|()| common::check_coverage(input, &doc)) {
        panic!("invariant violated: {e}\ninput: {input:?}\njson: {}", doc.to_json());
    }
    Ok(())
}

// ---------------------------------------------------------------- fixtures

#[test]
fn fixtures_parse_deterministically_and_keep_the_invariants() {
    let fixtures = common::fixtures();
    assert!(!fixtures.is_empty(), "no fixtures found");
    for (name, text) in &fixtures {
        let doc = gongwen::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Err(e) = common::check_invariants(text, &doc) {
            panic!("{name}: {e}");
        }
        if let Err(e) = common::check_coverage(text, &doc) {
            panic!("{name}: text lost: {e}");
        }
        let again = gongwen::parse(text).unwrap_or_else(|e| panic!("{name} (second parse): {e}"));
        assert_eq!(doc.to_json(), again.to_json(), "{name}: two parses differ");
        let bytes = gongwen::parse_bytes(text.as_bytes()).unwrap_or_else(|e| panic!("{name} (bytes): {e}"));
        assert_eq!(doc, bytes, "{name}: parse and parse_bytes differ");
    }
}

/// Re-parsing a document's cleaned text gives the same facts.
#[test]
fn reparsing_the_cleaned_text_gives_the_same_facts() {
    for (name, text) in common::fixtures() {
        let clean = gongwen::cleaned(&text);
        assert!(clean.len() <= text.len(), "{name}");
        let (a, b) = (facts(&text), facts(&clean));
        assert!(a.is_some(), "{name}");
        assert!(a == b, "{name}: the cleaned text gives other facts");
    }
}

/// Small hand-picked inputs at the edges of the grammar.
#[test]
fn edge_cases_keep_the_invariants() {
    for input in [
        "一、",
        "①",
        "第一章",
        "第一编\n第一章\n第一节\n第一条 总则\n一、甲\n（一）乙\n1.丙\n（1）丁\n①戊",
        "（一）（公安部负责）",
        "一、（公安部负责）推进",
        "一、推进（公安部负责）。加强（市水务局负责）",
        "一、推进。（公安部、（市水务局）负责）",
        "一、推进。（公安部负责。以下任务均需市水务局落实）\n二、加强\n（一）推进",
        "（公安部负责）\n一、总则",
        "一 、总则",
        "国 务 院\n2022年3月10日\n一、总则",
        "一、@@",
        "@@一@@、@@",
        "\u{FEFF}@@一、总则",
        "@@\u{FEFF}一、总则",
        "(二@@十@@@@三@@@@)推进@@。",
        "１２．编制",
        "，：\n一、总则",
        "a@b：\n一、x",
        "一、推进\r\n\r\n（一）加强\r",
        "\u{3000}\u{3000}一、总则\u{A0}\t",
        // markdown escapes and quote marks are residue the cleaner removes
        // (found by `any_unicode_lines_parse_without_panic`: `1\.`)
        "1\\.",
        "> 1\\. 总则",
        "> 一、总则\n> （一）推进",
    ] {
        match parse_and_check(input) {
            Ok(()) => {}
            Err(e) => panic!("{input:?}: {e:?}"),
        }
    }
}

/// Regression: an addressee "group" made only of 、 was read as 主送机关 and
/// yielded a group with no items (found by the generator below).
#[test]
fn addressee_group_of_only_dunhao() {
    for input in ["、：\n一、总则", "、,条市：\n一、总则"] {
        let doc = gongwen::parse(input).unwrap();
        if let Some(notice) = &doc.notice {
            for g in &notice.addressees {
                assert!(!g.items.is_empty(), "{input:?}: addressee group {:?} has no items", g.text);
            }
        }
    }
}

// ------------------------------------------------------- arbitrary strings

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_string_parses_without_panic(s in any::<String>()) {
        let _ = parse_and_check(&s);
    }

    #[test]
    fn any_unicode_line_parses_without_panic(s in ".*") {
        let _ = parse_and_check(&s);
    }

    #[test]
    fn any_unicode_lines_parse_without_panic(s in "(?s).{0,300}") {
        let _ = parse_and_check(&s);
    }
}

// --------------------------------------------------------- arbitrary bytes

fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    let result = gongwen::parse_bytes(bytes);
    match std::str::from_utf8(bytes) {
        Err(e) => prop_assert!(
            matches!(result, Err(Error::InvalidUtf8 { offset, .. }) if offset == e.valid_up_to()),
            "{result:?}"
        ),
        Ok(s) => {
            prop_assert_eq!(&result, &gongwen::parse(s));
            if let Ok(doc) = &result {
                if let Err(e) = common::check_invariants(s, doc) {
                    return Err(TestCaseError::fail(format!("{e}\ninput: {s:?}")));
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_bytes_parse_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        check_bytes(&bytes)?;
    }

    /// Mostly valid UTF-8 (CJK included) with one byte overwritten, so the
    /// first invalid byte sits anywhere, also inside a multi-byte character.
    #[test]
    fn corrupted_utf8_reports_the_first_bad_byte(s in "(?s).{1,120}", at in any::<Index>(), byte in any::<u8>()) {
        let mut bytes = s.into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        check_bytes(&bytes)?;
    }
}

// ------------------------------------------------ structure-aware documents

/// A small alphabet of CJK text and the punctuation the grammar looks at
/// (and a little ASCII).
const ALPHABET: &[char] = &[
    '推', '进', '建', '设', '管', '理', '发', '展', '改', '革', '城', '市', '更', '新', '完', '善', '机', '制', '加',
    '强', '规', '划', '工', '作', '重', '点', '任', '务', '部', '局', '委', '一', '二', '十', '年', '月', '日', '第',
    '条', '，', '。', '；', '：', '、', '（', '）', '(', ')', '《', '》', '“', '”', ',', ' ', 'a', 'p', '1', '.',
];

/// CJK characters only, for headings.
const IDEOGRAPHS: &[char] =
    &['推', '进', '建', '设', '管', '理', '发', '展', '城', '市', '更', '新', '完', '善', '机', '制'];

const AGENCIES: &[&str] = &[
    "公安部",
    "发展改革委",
    "市水务局",
    "各区政府",
    "中央农办",
    "农业部",
    "住房和城乡建设部",
    "市规划资源局",
    "各省级有关部门",
];

fn cn(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (tens, ones) = ((n / 10) as usize, (n % 10) as usize);
    let mut s = String::new();
    match tens {
        0 => {}
        1 => s.push('十'),
        t => {
            s.push_str(D[t]);
            s.push('十');
        }
    }
    if ones != 0 || tens == 0 {
        s.push_str(D[ones]);
    }
    s
}

fn circled(n: u32) -> char {
    let code = match n {
        1..=20 => 0x2460 + n - 1,
        21..=35 => 0x3251 + n - 21,
        _ => 0x32B1 + n - 36,
    };
    char::from_u32(code).expect("circled number")
}

fn text(chars: &'static [char], len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    proptest::collection::vec(select(chars), len).prop_map(String::from_iter)
}

fn agency() -> impl Strategy<Value = &'static str> {
    select(AGENCIES)
}

fn lparen() -> impl Strategy<Value = &'static str> {
    select(&["（", "("][..])
}

fn rparen() -> impl Strategy<Value = &'static str> {
    select(&["）", ")"][..])
}

fn marker() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u32..40).prop_map(|n| format!("{}、", cn(n))),
        (1u32..40, lparen(), rparen()).prop_map(|(n, l, r)| format!("{l}{}{r}", cn(n))),
        (1u32..40, select(&[".", "．", "、"][..])).prop_map(|(n, d)| format!("{n}{d}")),
        (1u32..40, lparen(), rparen()).prop_map(|(n, l, r)| format!("{l}{n}{r}")),
        (1u32..=50).prop_map(|n| circled(n).to_string()),
        // the enclosed forms of Word exports (㈠ ⑴ ⒈), 1） 1), roman parts
        (0u32..10).prop_map(|n| char::from_u32(0x3220 + n).unwrap().to_string()),
        (0u32..20, select(&[0x2474u32, 0x2488][..])).prop_map(|(n, b)| char::from_u32(b + n).unwrap().to_string()),
        (1u32..40, rparen()).prop_map(|(n, r)| format!("{n}{r}")),
        (0u32..12, select(&["．", "、", "."][..]))
            .prop_map(|(n, d)| format!("{}{d}", char::from_u32(0x2160 + n).unwrap())),
        (1u32..40, select(&["编", "章", "节", "条"][..])).prop_map(|(n, k)| format!("第{}{k}", cn(n))),
        (1u32..40).prop_map(|n| format!("第{n}条")),
    ]
}

/// A responsibility clause in one of the forms the grammar reads.
fn clause() -> impl Strategy<Value = String> {
    prop_oneof![
        (agency(), agency()).prop_map(|(a, b)| format!("（{a}、{b}等负责）")),
        (agency(), agency()).prop_map(|(a, b)| format!("({a}牵头,{b}等参与)")),
        (agency(), agency()).prop_map(|(a, b)| format!("（责任单位：{a}，{b}）")),
        (agency(), agency(), agency()).prop_map(|(a, b, c)| format!("（牵头单位：{a}；配合单位：{b}、{c}）")),
        (agency(), agency()).prop_map(|(a, b)| format!("（{a}等负责。以下任务均需{b}落实，不再列出）")),
        agency().prop_map(|a| format!("（{a}按职责分工负责）")),
        agency().prop_map(|a| format!("（{a}负责，2025年底前完成）")),
    ]
}

/// Brackets that are no clause.
fn inline_non_clause() -> impl Strategy<Value = &'static str> {
    select(&["撤县(市)改区", "《规划(2021—2035年)》", "建设智能快件箱(信包箱)", "由市政府（市水务局负责）统筹"][..])
}

fn addressee_line() -> impl Strategy<Value = &'static str> {
    select(
        &[
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            "四川省人民政府：",
            "各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委,全国工商联:",
            "各区人民政府，市政府各委、办、局：",
        ][..],
    )
}

fn doc_number_line() -> impl Strategy<Value = String> {
    let brackets = select(&[("〔", "〕"), ("[", "]"), ("（", "）"), ("(", ")"), ("［", "］"), ("【", "】")][..]);
    (select(&["国办发", "发改规划", "沪府办发", "国办函"][..]), brackets, 2000u32..2030, 1u32..200)
        .prop_map(|(code, (l, r), y, n)| format!("{code}{l}{y}{r}{n}号"))
}

fn issuer_line() -> impl Strategy<Value = &'static str> {
    select(&["国务院办公厅", "国家发展改革委", "上海市人民政府", "上海市嘉定区人民政府"][..])
}

fn date_line() -> impl Strategy<Value = String> {
    (2000u32..2030, 1u32..=12, 1u32..=28, any::<bool>()).prop_map(|(y, m, d, chinese)| {
        if chinese {
            let digits: String =
                y.to_string().chars().map(|c| cn(c.to_digit(10).unwrap()).replace('零', "〇")).collect();
            format!("{digits}年{}月{}日", cn(m), cn(d))
        } else {
            format!("{y}年{m}月{d}日")
        }
    })
}

fn title_line() -> impl Strategy<Value = String> {
    prop_oneof![
        text(IDEOGRAPHS, 2..10).prop_map(|t| format!("关于{t}的通知")),
        text(IDEOGRAPHS, 2..10).prop_map(|t| format!("国务院办公厅关于印发《{t}》的通知")),
        text(IDEOGRAPHS, 2..12),
    ]
}

/// A numbered line: marker, optional run-in title, text, optional inline
/// brackets and clause, optional trailing text.
fn marker_line() -> impl Strategy<Value = String> {
    (
        marker(),
        select(&["", "", " ", "　"][..]),
        proptest::option::of(text(IDEOGRAPHS, 1..8)),
        text(ALPHABET, 0..16),
        proptest::option::of(inline_non_clause()),
        proptest::option::of(clause()),
        proptest::option::of(text(ALPHABET, 0..8)),
        any::<bool>(),
    )
        .prop_map(|(m, sep, title, body, inline, clause, after, stop)| {
            let mut s = format!("{m}{sep}");
            if let Some(t) = title {
                s += &t;
                s.push('。');
            }
            s += &body;
            if let Some(i) = inline {
                s += i;
            }
            if let Some(c) = clause {
                s += &c;
            }
            if let Some(a) = after {
                s += &a;
            }
            if stop {
                s.push('。');
            }
            s
        })
}

/// Running text, possibly with inline brackets and clauses.
fn text_line() -> impl Strategy<Value = String> {
    (
        text(ALPHABET, 1..24),
        proptest::option::of(inline_non_clause()),
        proptest::option::of(clause()),
        proptest::option::of(text(ALPHABET, 0..8)),
    )
        .prop_map(|(body, inline, clause, after)| {
            let mut s = body;
            if let Some(i) = inline {
                s += i;
            }
            if let Some(c) = clause {
                s.push('。');
                s += &c;
            }
            if let Some(a) = after {
                s += &a;
            }
            s
        })
}

/// 附件 lists and labels, 附注, 版记 (抄送, 印发).
fn closing_line() -> impl Strategy<Value = String> {
    prop_oneof![
        text(IDEOGRAPHS, 2..10).prop_map(|t| format!("附件：{t}")),
        (1u32..5, text(IDEOGRAPHS, 2..10)).prop_map(|(n, t)| format!("附件：{n}.{t}")),
        (1u32..5, text(IDEOGRAPHS, 2..10)).prop_map(|(n, t)| format!("{n}.{t}")),
        (1u32..5, text(IDEOGRAPHS, 2..10)).prop_map(|(n, t)| format!("附件{n}：{t}")),
        (0u32..5).prop_map(|n| if n == 0 { "附件".to_owned() } else { format!("附件{n}") }),
        select(&["（此件公开发布）", "(本文有删减)"][..]).prop_map(String::from),
        select(&["抄送：党中央各部门，全国人大常委会办公厅，", "全国政协办公厅。", "抄送：市委办公厅。"][..])
            .prop_map(String::from),
        (issuer_line(), select(&["", " ", "　"][..]), date_line()).prop_map(|(i, sep, d)| format!("{i}{sep}{d}印发")),
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => closing_line(),
        1 => addressee_line().prop_map(String::from),
        1 => doc_number_line(),
        1 => issuer_line().prop_map(String::from),
        1 => date_line(),
        1 => title_line(),
        7 => marker_line(),
        3 => text_line(),
    ]
}

/// A generated document before rendering.
#[derive(Debug, Clone)]
struct Doc {
    /// Line, indentation, blank line after it.
    lines: Vec<(String, &'static str, bool)>,
    crlf: bool,
    bom: bool,
    final_newline: bool,
}

impl Doc {
    fn render(&self) -> String {
        let nl = if self.crlf { "\r\n" } else { "\n" };
        let mut s = String::new();
        if self.bom {
            s.push('\u{FEFF}');
        }
        for (i, (line, indent, blank)) in self.lines.iter().enumerate() {
            if i > 0 {
                s += nl;
            }
            s += indent;
            s += line;
            if *blank {
                s += nl;
            }
        }
        if self.final_newline {
            s += nl;
        }
        s
    }
}

fn doc() -> impl Strategy<Value = Doc> {
    doc_of(1..24)
}

fn doc_of(lines: std::ops::Range<usize>) -> impl Strategy<Value = Doc> {
    let indent = select(&["", "", "", "  ", "    ", "　　", "\t", " 　"][..]);
    let blank = prop::bool::weighted(0.2);
    (proptest::collection::vec((line(), indent, blank), lines), any::<bool>(), any::<bool>(), any::<bool>())
        .prop_map(|(lines, crlf, bom, final_newline)| Doc { lines, crlf, bom, final_newline })
}

/// Insert runs of `ch` at the char boundaries of `s` chosen by `runs`
/// (index among the boundaries `ok` allows, run length).
fn insert_runs(s: &str, runs: &[(Index, usize)], ch: char, ok: impl Fn(&str, usize) -> bool) -> String {
    let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i) && ok(s, i)).collect();
    if bounds.is_empty() {
        return s.to_owned();
    }
    let mut picks: Vec<(usize, usize)> = runs.iter().map(|(at, n)| (bounds[at.index(bounds.len())], *n)).collect();
    picks.sort_unstable();
    let mut out = String::with_capacity(s.len() + 16);
    let mut from = 0;
    for (at, n) in picks {
        out += &s[from..at];
        out.extend(std::iter::repeat_n(ch, n));
        from = at;
    }
    out += &s[from..];
    out
}

fn residue_runs(max_runs: usize, lens: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Vec<(Index, usize)>> {
    proptest::collection::vec((any::<Index>(), lens), 0..=max_runs)
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn generated_documents_parse_and_keep_the_invariants(d in doc(), runs in residue_runs(8, 1..=4)) {
        let input = insert_runs(&d.render(), &runs, '@', |_, _| true);
        match parse_and_check(&input) {
            Ok(()) | Err(Error::Empty) => {}
            Err(e) => return Err(TestCaseError::fail(format!("unexpected error {e:?} for {input:?}"))),
        }
    }
}

/// Web residue the cleaner also removes or decodes: HTML tags, comments and
/// entities, markdown markers.
const WEB_RESIDUE: &[&str] = &[
    "<br>",
    "<br/>",
    "<BR />",
    "<p>",
    "</p>",
    "<div class=\"x\">",
    "<span style=\"color:red\">",
    "</span>",
    "<!-- 注释 -->",
    "<!--",
    "-->",
    "&nbsp;",
    "&amp;",
    "&ldquo;",
    "&rdquo;",
    "&mdash;",
    "&#20013;",
    "&#x4e2d;",
    "&#10;",
    "&#64;",
    "&#65279;",
    "&#12288;",
    "&bogus;",
    "&",
    "<",
    "**",
    "*",
    "# ",
    "### ",
    "####### ",
];

/// Insert the chosen snippets at the chosen char boundaries of `s`.
fn insert_snippets(s: &str, picks: &[(Index, &str)]) -> String {
    let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
    let mut picks: Vec<(usize, &str)> = picks.iter().map(|(at, t)| (bounds[at.index(bounds.len())], *t)).collect();
    picks.sort_by_key(|p| p.0);
    let mut out = String::with_capacity(s.len() + 64);
    let mut from = 0;
    for (at, t) in picks {
        out += &s[from..at];
        out += t;
        from = at;
    }
    out += &s[from..];
    out
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn generated_documents_with_web_residue_keep_the_invariants(
        d in doc(),
        picks in proptest::collection::vec((any::<Index>(), select(WEB_RESIDUE)), 0..10),
        runs in residue_runs(4, 1..=3),
    ) {
        let input = insert_runs(&insert_snippets(&d.render(), &picks), &runs, '@', |_, _| true);
        match parse_and_check(&input) {
            Ok(()) | Err(Error::Empty) => {}
            Err(e) => return Err(TestCaseError::fail(format!("unexpected error {e:?} for {input:?}"))),
        }
    }
}

// ----------------------------------------------------- residue metamorphism

/// The facts of a parse: its JSON without spans and diagnostics.
fn facts(input: &str) -> Option<Value> {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                // every span field, present and future: span, marker_span,
                // item_spans …
                map.retain(|key, _| key != "span" && !key.ends_with("_span") && !key.ends_with("_spans"));
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let doc = gongwen::parse(input).ok()?;
    let mut v = serde_json::to_value(&doc).expect("a document serialises");
    v.as_object_mut().expect("a document is an object").remove("diagnostics");
    strip(&mut v);
    Some(v)
}

/// Where an `@@` run may go without changing what the text says: not next
/// to an `@` (it would join an e-mail address or another run) and not
/// between two ASCII letters or digits (`a@@b` is no e-mail, but keep clear).
fn neutral_boundary(s: &str, i: usize) -> bool {
    let before = s[..i].chars().next_back();
    let after = s[i..].chars().next();
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    before != Some('@') && after != Some('@') && !(alnum(before) && alnum(after))
}

/// Whether the layout pass (`src/grammar/layout.rs`) might take `text` for
/// hard-wrapped text and join its lines. It measures each line's width on
/// the RAW text, residue included, by design ("the wrapping was done before
/// any cleaning"), so residue inserted into a text that looks wrapped may
/// move a line into or out of the wrap width and change which lines join:
/// expected, and no concern of the residue properties. It needs at least
/// `MIN_FILLED` = 5 distinct lines within `SLACK` = 3 columns of a wrap width
/// of at least `MIN_WRAP_WIDTH` = 40 columns (ASCII 1 column, BOM 0, else 2);
/// fewer than 5 distinct raw lines that wide rule it out.
fn may_look_hard_wrapped(text: &str) -> bool {
    let width = |s: &str| -> usize {
        s.chars()
            .map(|c| {
                if c.is_ascii() {
                    1
                } else if c == '\u{FEFF}' {
                    0
                } else {
                    2
                }
            })
            .sum()
    };
    let mut wide: Vec<&str> =
        text.split('\n').map(|l| l.trim_end_matches('\r')).filter(|l| width(l) >= 40 - 3).collect();
    wide.sort_unstable();
    wide.dedup();
    wide.len() >= 5
}

/// Documents the layout pass cannot take for hard-wrapped text (shorter,
/// so that few are filtered out).
fn unwrapped_doc() -> impl Strategy<Value = Doc> {
    doc_of(1..14).prop_filter("may look hard-wrapped", |d| !may_look_hard_wrapped(&d.render()))
}

/// Compare the facts of the rendered document with and without `@@` runs
/// inserted where `ok` allows.
fn same_facts(d: &Doc, runs: &[(Index, usize)], ok: impl Fn(&str, usize) -> bool) -> Result<(), TestCaseError> {
    let plain = d.render();
    prop_assume!(!plain.contains('@'));
    let dirty = insert_runs(&plain, runs, '@', ok);
    prop_assume!(!may_look_hard_wrapped(&dirty));
    let (a, b) = (facts(&plain), facts(&dirty));
    prop_assert_eq!(a.is_some(), b.is_some(), "one parse failed:\nplain: {:?}\ndirty: {:?}", plain, dirty);
    if let (Some(a), Some(b)) = (a, b) {
        prop_assert!(
            a == b,
            "facts differ\nplain: {:?}\ndirty: {:?}\nplain facts: {}\ndirty facts: {}",
            plain,
            dirty,
            a,
            b
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    /// `@@` runs at any neutral boundary, also right after a space
    /// (`推 @@进` reads as `推进`: the cleaner looks past residue on both
    /// sides of a space).
    #[test]
    fn at_runs_do_not_change_the_facts(d in unwrapped_doc(), runs in residue_runs(6, 2..=4)) {
        same_facts(&d, &runs, neutral_boundary)?;
    }
}

/// Found by `at_runs_do_not_change_the_facts`: a short heading line left
/// with a bracket open, a blank line, then a line that closes it. The
/// layout pass joins such lines only when the first is long (a page break
/// cut it inside the bracket); measured on the raw line, link residue in it
/// (`@@@`, 3 columns here) made it long enough, and the `)` joined the
/// paragraph before it across the blank line. Residue anywhere in the line,
/// an entity (white space, at the ends of the line) or a zero-width
/// space instead: the blank line separates the
/// paragraphs in every one, as it does without residue.
#[test]
fn residue_does_not_make_a_line_long_enough_to_join_across_a_blank_line() {
    let plain = "    一、 推推。推推推（推推推推推推推\n\n)";
    let want = facts(plain).expect("parses");
    let json = want.to_string();
    assert!(!json.contains("推推推推推推推)"), "the `)` is a paragraph of its own: {json}");
    for dirty in [
        format!("@@@{plain}"),
        plain.replace("推推。", "推@@@推。"),
        plain.replace("（推推", "（推@@@@推"),
        plain.replacen("推\n", "推@@@\n", 1),
        format!("&nbsp;{plain}"),
        plain.replacen("推\n", "推&nbsp;&nbsp;\n", 1),
        plain.replace("推推。", "推\u{200B}\u{200B}推。"),
        format!("\u{200B}\u{200B}{plain}"),
    ] {
        assert_eq!(facts(&dirty), Some(want.clone()), "{dirty:?}");
    }
    // a line long in its own text is joined, with residue or without
    let long =
        "（八）开展云端一体的智能交通应用。推动北斗高精度服务应用，助力打造数字交通。（牵头部\n\n门：市交通委）\n";
    let want = facts(long).expect("parses");
    assert!(want.to_string().contains("\"raw\":\"牵头部门：市交通委\""), "{want}");
    for dirty in [format!("@@@{long}"), long.replace("（牵头部", "（牵头@@@部")] {
        assert_eq!(facts(&dirty), Some(want.clone()), "{dirty:?}");
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// CRLF or LF line ends, a leading BOM or none: the same facts.
    #[test]
    fn line_ends_and_bom_do_not_change_the_facts(d in doc()) {
        let base = Doc { crlf: false, bom: false, ..d.clone() };
        let plain = base.render();
        for variant in [Doc { crlf: true, ..base.clone() }, Doc { bom: true, ..base.clone() }] {
            let other = variant.render();
            prop_assert!(facts(&plain) == facts(&other), "facts differ\nplain: {:?}\nother: {:?}", plain, other);
        }
    }
}

/// Insert one ASCII space at each chosen boundary between two CJK characters
/// (the stray spaces of scraped text, `国 务 院`); a boundary chosen twice
/// still gets one space (two or more between ideographs separate words).
fn insert_stray_spaces(s: &str, at: &[Index]) -> String {
    let cjk = |c: Option<char>| c.is_some_and(common::is_cjk);
    let ok = |s: &str, i: usize| cjk(s[..i].chars().next_back()) && cjk(s[i..].chars().next());
    let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i) && ok(s, i)).collect();
    if bounds.is_empty() {
        return s.to_owned();
    }
    let mut picks: Vec<usize> = at.iter().map(|i| bounds[i.index(bounds.len())]).collect();
    picks.sort_unstable();
    picks.dedup();
    let mut out = s.to_owned();
    for &p in picks.iter().rev() {
        out.insert(p, ' ');
    }
    out
}

proptest! {
    #![proptest_config(config(256))]

    /// Stray spaces between CJK characters are residue too.
    #[test]
    fn stray_spaces_do_not_change_the_facts(d in unwrapped_doc(), at in proptest::collection::vec(any::<Index>(), 0..8)) {
        let plain = d.render();
        prop_assume!(!plain.contains('@'));
        let dirty = insert_stray_spaces(&plain, &at);
        prop_assume!(!may_look_hard_wrapped(&dirty));
        prop_assert!(facts(&plain) == facts(&dirty), "facts differ\nplain: {:?}\ndirty: {:?}", plain, dirty);
    }
}
