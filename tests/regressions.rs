//! Inputs found by fuzzing (`fuzz/`, see fuzz/README.md), minimised: each
//! must parse (or fail with an `Error`) without panicking, and a successful
//! parse must keep every span invariant of `common::check_invariants`.

mod common;

/// Parse `input`; on `Ok` check the invariants, and render every diagnostic
/// and error.
fn check(input: &str) {
    match gongwen::parse(input) {
        Ok(doc) => {
            if let Err(e) = common::check_invariants(input, &doc) {
                panic!("invariant violated for {input:?}: {e}");
            }
            for d in &doc.diagnostics {
                let _ = d.render(input, Some("f"));
            }
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
}

/// As [`check`], through `parse_bytes`.
#[allow(dead_code)]
fn check_bytes(input: &[u8]) {
    match gongwen::parse_bytes(input) {
        Ok(doc) => {
            let text = std::str::from_utf8(input).expect("parse_bytes accepted invalid UTF-8");
            if let Err(e) = common::check_invariants(text, &doc) {
                panic!("invariant violated for {input:?}: {e}");
            }
        }
        Err(e) => {
            if let Err(utf8) = std::str::from_utf8(input) {
                assert!(
                    matches!(e, gongwen::Error::InvalidUtf8 { offset, .. } if offset == utf8.valid_up_to()),
                    "{e:?}"
                );
            }
            let _ = e.to_string();
        }
    }
}

/// structured: `附件0` — an attachment label numbered 0 gives
/// `Attachment::number == Some(0)` (numbers must be positive). Also `附件〇`.
/// Fixed in `grammar::attachment` (附件0 is no attachment label).
#[test]
fn attachment_numbered_zero() {
    check("附件0");
    check("附件〇：通知");
}

/// parse_str, parse_bytes, structured: a marker number that saturates to
/// `u32::MAX` (`4294967295.`, any longer digit run, or the positional
/// `四二九四九六七二九五`) followed by another block of the same kind: `attempt to add with overflow` at `prev + 1` (and, for the
/// first child of a later parent, `last_any[k] + 1`) in
/// `grammar::block::check_numbering`. Debug builds panic; release builds wrap.
#[test]

fn numbering_overflow_at_u32_max() {
    // as found (minimised by cargo fuzz tmin)
    check("#\n21111111111.）\n3.府）\n");
    check("4294967295.推进\n1.工作\n");
    check("一、总\n（4294967295）推进\n（1）工作\n");
    check("第4294967295条 推进\n第1条 工作\n");
    check("行动4294967295：推进\n行动1：工作\n");
    // first child of a later parent: last_any[k] + 1
    check("一、总\n4294967295.推进\n二、分\n2.工作\n");
    // structured: the Chinese positional numeral of u32::MAX (二〇二二 style)
    check("四二九四九六七二九五、推进\n一、工作\n");
    check("（四二九四九六七二九五）推进\n（一）工作\n");
    check("第四二九四九六七二九五章 推进\n第一章 工作\n");
    check_bytes(b"4294967295.\xe6\x8e\xa8\xe8\xbf\x9b\n1.\xe5\xb7\xa5\xe4\xbd\x9c\n");
}

/// Found by a linear-time probe, not by the fuzzer (timeout in the fuzz
/// build: 21 000 × `二` + `印发`, 63 KB, runs > 10 s under the sanitizer;
/// 64 KB of `2` + `印发` takes 2.9 s in release, 512 KB 185 s): the last line
/// ends in 印发 and holds a long run of digits.
/// `grammar::colophon::printed_line` tries `date` at every digit of the line,
/// and each try reads the whole rest of the run: quadratic in the run length.
#[test]

fn printed_line_long_digit_run_is_linear() {
    for digit in ["2", "二", "２", "〇"] {
        let input = format!("{}印发", digit.repeat(20_000));
        let start = std::time::Instant::now();
        check(&input);
        check(&format!("一、总则\n国务院办公厅 {input}\n"));
        let took = start.elapsed();
        assert!(took < std::time::Duration::from_secs(2), "{digit:?} × 20000 + 印发 took {took:?}");
    }
}

/// properties (generated documents with web residue): a 附件 label right
/// after a line the notice frame reads (（此件公开发布）) but no notice takes
/// was read as an attachment printed alone, and the line before it belonged
/// to no node. An attachment printed alone starts at the first line.
#[test]
fn bare_attachment_label_after_a_frame_line_keeps_that_line() {
    for input in
        ["\u{feff}　　（此件公开发布）\n\t附件1\n　　（23）　工部。\n", "（此件公开发布）\n附件1\n一、总体要求\n"]
    {
        check(input);
        let doc = gongwen::parse(input).expect("parses");
        if let Err(e) = common::check_coverage(input, &doc) {
            panic!("{input:?}: {e}\n{}", doc.to_json());
        }
    }
}

/// properties (any Unicode line): `1."` then U+2000 (an en quad, one of the
/// other Unicode spaces the cleaner turns into ASCII spaces) then `$`.
#[test]
fn other_unicode_space_inside_a_line_is_covered() {
    for input in ["1.\"\u{2000}$", "1.\"\u{2003}\u{2009}$", "一、总体要求\u{2002}说明"] {
        check(input);
        let doc = gongwen::parse(input).expect("parses");
        if let Err(e) = common::check_coverage(input, &doc) {
            panic!("{input:?}: {e}\n{}", doc.to_json());
        }
    }
}

/// proptest (generated document with web residue): a lone `\r` inside a
/// flattened table's header cell was quoted into the `flattened-table`
/// message, which was then not one line. Fixed in `Diagnostic::new`: a
/// control character quoted from the input becomes a space.
#[test]
fn quoted_control_characters_keep_messages_on_one_line() {
    let input = "附件4\r\n  关于发理的通知\r\n　　更善<br>机建&#12288;管进&ldquo;\r&#64;\n附件4\r\n\r\n@@#  @　（九）　工点作（市水务局按职责分工负责）加管新更发月。\r\n国办函［2017］178号\r\n\t）；“规“机革,设<br>年月a）完工,展；、日\r\n\r\n";
    check(input);
    let doc = gongwen::parse(input).unwrap();
    assert!(doc.diagnostics.iter().any(|d| d.code == "flattened-table"), "{:?}", doc.diagnostics);
    for d in &doc.diagnostics {
        assert!(!d.message.contains(['\r', '\n']), "{:?}", d.message);
    }
}

/// fuzz (parse_str, issue #16 runs): an HTML table in an attachment whose
/// first row starts with text before any `<td>`: that line starts a cell
/// with no `rowspan` read (0), and `rowspan - 1` overflowed.
#[test]
fn html_table_row_with_text_before_its_first_cell() {
    let input = "关于印发方案的通知\n一、总则\n附件：1.任务表\n附件1\n任务表\n\
                 <table><tr>甲乙<td>乙</td></tr>\n<tr><td>丙</td><td>丁</td></tr></table>\n";
    check(input);
    let input = "附件1\n<table><tr>\n甲\n<td rowspan=\"2\">乙</td></tr>\n<tr>丙<td>丁</td></tr>\n</table>\n";
    check(input);
}

/// fuzz (parse_str and parse_bytes, issue #16 runs): a task table with no
/// 序号 column makes rows of kind `row` with an empty marker at an empty
/// span, which both invariant checkers (tests/common, fuzz/src/check.rs)
/// called a violation; such a row has no marker as written.
#[test]
fn task_table_rows_without_a_number_column() {
    let input = "关于印发方案的通知\n一、总则\n附件\n重点任务分工表\n| 任务 | 牵头单位 | 完成时限 |\n\
                 | --- | --- | --- |\n| 推进改革 | 发展改革委 | 2024年底 |\n| 完善制度 | 财政部 | 长期坚持 |\n";
    check(input);
    let doc = gongwen::parse(input).expect("parses");
    let rows: Vec<_> = doc.attachments.iter().flat_map(|a| a.sections.iter()).collect();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|b| b.kind == gongwen::BlockKind::Row && b.marker.is_empty() && b.number > 0));
}

/// fuzz (parse_bytes, issue #16 runs, after 160,894 runs of 10 minutes): an
/// HTML task table (Word export) where a row block of kind `row` gets a
/// title span (30980..30986, "全国", the last cell of the row above) that
/// starts before its marker (序号 "2" at 31880), and another row's title
/// is a raw `<td …` line. Kept as found (50 KB of HTML). Causes: a tag
/// broken by another tag inside it is left as text by cleaning, so the HTML
/// reader gives up and the flattened reader took that line as a cell; and
/// the fuzzed header has a task column left of 序号, whose cell (the row
/// above's last line, read as this row's lead cell) came before the marker.
/// Fixed: broken tags are no cells (`table-broken-tag`), a row's title is
/// its own task cell after its marker (see `table::row_block`).
#[test]
fn html_task_row_whose_title_comes_from_the_row_above() {
    let input = include_str!("findings/parse_bytes-9ede41e9-row-title-before-marker.txt");
    check(input);
    let doc = gongwen::parse(input).expect("parses");
    for b in doc.attachments.iter().flat_map(|a| a.sections.iter()) {
        if let (Some(title), Some(s)) = (&b.title, b.title_span) {
            assert!(s.start >= b.marker_span.end, "row {:?}: title {title:?} at {s:?} before its marker", b.marker);
            assert!(!title.contains("<td"), "row {:?}: an HTML tag read as its title: {title:?}", b.marker);
        }
    }
}

/// fuzz (structured, issue #16 runs): a heading numbered （4294967295）
/// (u32::MAX) in a long line: the inline pass looked for the number after
/// it, `last + 1`, and overflowed.
#[test]
fn inline_numbering_at_u32_max_has_no_successor() {
    let input = "\u{feff}\u{a0}\u{a0}附件\r \u{3000}\t\r\r&#20013; \u{a0}\u{3000}\t 组配分类：\r\r\r附件：1.关于印发的通知\r      2.条例\r      3.关于牵县理二的通知\r      4.关于印发《规制编健节加》的通知\r      5.实施方案\r\u{a0}\u{a0}--任务一六六五六一六八五四、。(《\r<br/>  （4294967295）\u{3000}“十十十十十十十十十十十十\u{feff}十十十十十十十十&foo十十十十十十十十十十印”。\r附件7：《实全》\r\u{3000}<br/>\u{3000}条例\r \u{3000}\t\r\u{a0}\u{a0}\r①务工作。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r1、务建设。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r一、务机制。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r三三、务工作。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r33、务机制。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r一、务机制。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r三三、务工作。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r㉝务建设。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r1、务建设。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r一、务机制。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r三三、务工作。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r33、务机制。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r一、务机制。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r三三、务工作。1995 年 11 月 6 日印发7927.8亿元(等按职责分工负责,等有关部门分别负责\r附件：\r     \r \u{3000}\t\r１９９１年２月&foo９日起施行# &amp;\r \u{3000}\t\r\r";
    check(input);
}

/// The row blocks of a document's attachments.
fn row_blocks<'d>(doc: &'d gongwen::Document<'d>) -> Vec<&'d gongwen::Block<'d>> {
    doc.attachments.iter().flat_map(|a| a.sections.iter()).filter(|b| b.kind == gongwen::BlockKind::Row).collect()
}

const TABLE_HEAD: &str =
    "关于印发重点任务分工方案的通知\n一、总体要求\n按照分工抓好落实。\n附件\n重点任务分工方案清单\n";

/// Constructed (issue #16, the finding above): a task cell with
/// `rowspan="2"`: the row under it inherits the cell in the table (same
/// text and span, `inherited`) but does not take it as its title (that text
/// lies in the row above, before the row's marker).
#[test]
fn html_task_cell_over_two_rows_is_no_title_of_the_second() {
    let input = format!(
        "{TABLE_HEAD}<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>\
         <tr><td>1</td><td rowspan=\"2\">建立机制。</td><td>市财政局</td></tr>\
         <tr><td>2</td><td>市商务委</td></tr>\
         <tr><td>3</td><td>完善政策。</td><td>市民政局</td></tr></table>\n"
    );
    check(&input);
    let doc = gongwen::parse(&input).expect("parses");
    let t = &doc.attachments[0].tables[0];
    assert_eq!(t.rows[1].cells[1].text, "建立机制。");
    assert!(t.rows[1].cells[1].inherited);
    let rows = row_blocks(&doc);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].title.as_deref(), Some("建立机制"));
    assert_eq!((rows[1].marker.as_ref(), rows[1].title.as_deref(), rows[1].title_span), ("2", None, None));
    assert_eq!(rows[2].title.as_deref(), Some("完善政策"));
}

/// Constructed (issue #16): a task column left of the 序号 column: its cell
/// comes before the row's marker, so it is a paragraph of the row, not its
/// title.
#[test]
fn task_cell_before_the_number_is_no_title() {
    let input = format!(
        "{TABLE_HEAD}<table><tr><td>工作任务</td><td>序号</td><td>牵头单位</td></tr>\
         <tr><td>建立机制</td><td>1</td><td>市财政局</td></tr>\
         <tr><td>完善政策</td><td>2</td><td>市民政局</td></tr></table>\n"
    );
    check(&input);
    let doc = gongwen::parse(&input).expect("parses");
    let rows = row_blocks(&doc);
    assert_eq!(rows.len(), 2);
    for (b, task) in rows.iter().zip(["建立机制", "完善政策"]) {
        assert_eq!(b.title, None);
        assert_eq!(b.paragraphs.iter().map(|p| p.text.as_ref()).collect::<Vec<_>>(), [task]);
    }
}

/// Constructed (issue #16, the finding above): a `<td` tag broken by another
/// tag inside it (`style="a:0<td>`) is left as text by cleaning; in a table
/// it is markup, never a cell's text nor a row's title.
#[test]
fn broken_tag_in_a_table_is_no_cell_text() {
    let input = format!(
        "{TABLE_HEAD}<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>\
         <tr><td>1</td><td>建立机制。</td><td>市财政局</td></tr>\
         <tr><td>2</td><td width=\"7\" style=\"a:0<td>完善政策。</td><td>市民政局</td></tr></table>\n"
    );
    check(&input);
    let doc = gongwen::parse(&input).expect("parses");
    for t in doc.attachments.iter().flat_map(|a| a.tables.iter()) {
        for c in t.rows.iter().flat_map(|r| r.cells.iter()) {
            assert!(!c.text.contains("<td"), "a tag read as cell text: {:?}", c.text);
        }
    }
    let t = &doc.attachments[0].tables[0];
    let row2: Vec<&str> = t.rows[1].cells.iter().map(|c| c.text.as_ref()).collect();
    assert_eq!(row2, ["2", "完善政策。", "市民政局"]);
    let rows = row_blocks(&doc);
    assert_eq!(rows[1].title.as_deref(), Some("完善政策"));
    assert!(doc.diagnostics.iter().any(|d| d.code == gongwen::codes::TABLE_BROKEN_TAG));
}

/// fuzz (parse_str, 168 KB of gov.cn HTML, a Word-export task table): a row
/// `<tr>0<td>9</td>…` whose text before its first cell is read as its 序号
/// cell, `0`, made a row block numbered 0 (every number is positive; the
/// failure showed with the default options already, not only with the
/// line limit). Minimised by hand to a 序号 of `0` or `00`, in markdown and
/// in HTML. Fixed in `table::number`: a 序号 is a positive number (a row
/// whose 序号 cell is no number is numbered by its place, as `合计` is).
#[test]
fn task_row_numbered_zero() {
    let head = "关于印发方案的通知\n一、总则\n附件\n重点任务分工表\n";
    let md = "| 序号 | 任务 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- |\n";
    for input in [
        format!("{head}{md}| 0 | 推进改革 | 发展改革委 | 2024年底 |\n"),
        format!("{head}{md}| 1 | 推进改革 | 发展改革委 | 2024年底 |\n| 00 | 完善制度 | 财政部 | 长期坚持 |\n"),
        format!(
            "{head}<table><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>完成时限</td></tr>\n\
             <tr>0<td>1</td><td>推进改革</td><td>发展改革委</td><td>2024年底</td></tr></table>\n"
        ),
    ] {
        check(&input);
        let doc = gongwen::parse(&input).expect("parses");
        let rows: Vec<_> = doc.attachments.iter().flat_map(|a| a.sections.iter()).collect();
        assert!(!rows.is_empty(), "{input:?}");
        let numbers: Vec<u32> = rows.iter().map(|b| b.number).collect();
        assert_eq!(numbers, (1..=rows.len() as u32).collect::<Vec<_>>(), "{input:?}");
    }
}

/// 一． and 一. (a dot typed for the 顿号) open top-level sections as 一、
/// does, in a document typed outside the 公文 templates; their clauses and
/// sub-blocks hang under them, and the title stays the title.
#[test]
fn a_dot_after_a_chinese_numeral_opens_a_section() {
    for dot in ["．", "."] {
        let text = format!(
            "某县关于加强某项工作的实施意见\n\n一{dot}总体要求\n坚持问题导向。\n（一）工作目标。到2025年基本建成。\n二{dot}主要任务\n1.完善制度。建立机制。（县发展改革局牵头，县财政局配合）\n2.强化保障。（县财政局负责）\n十{dot}附则\n本意见自印发之日起施行。\n"
        );
        let doc = gongwen::parse(&text).expect("parses");
        assert_eq!(doc.title.as_deref(), Some("某县关于加强某项工作的实施意见"), "{dot}");
        let tops: Vec<_> = doc.sections.iter().map(|b| (b.marker.as_ref(), b.number, b.title.as_deref())).collect();
        let (one, two, ten) = (format!("一{dot}"), format!("二{dot}"), format!("十{dot}"));
        assert_eq!(
            tops,
            [
                (one.as_str(), 1, Some("总体要求")),
                (two.as_str(), 2, Some("主要任务")),
                (ten.as_str(), 10, Some("附则"))
            ],
            "{dot}"
        );
        let task = &doc.sections[1].children[0];
        let roles: Vec<_> = task.agencies().map(|a| (a.name.as_ref(), a.role.as_str())).collect();
        assert_eq!(roles, [("县发展改革局", "lead"), ("县财政局", "support")], "{dot}");
    }
}

/// 第一部分 and 第一篇 divide plans and long documents as 第一编 divides a
/// code: each is a part, its 一、 sections restart under it, the first one
/// is not joined to the title, and a later one is no attachment. A colon
/// after an ordinal separates it from its title; a part named in prose is
/// no heading.
#[test]
fn parts_named_bufen_or_pian_hold_their_sections() {
    for unit in ["部分", "篇"] {
        let text = format!(
            "某市国土空间总体规划（2021—2035年）\n\n第一{unit}　规划总则\n一、规划目的\n为落实国家战略，编制本规划。第二{unit}中的目标另行细化。\n二、规划范围\n全市行政辖区。\n第二{unit}：发展目标\n一、总体目标\n到2035年，建成现代化城市。\n二、分阶段目标\n到2025年，初见成效。\n"
        );
        let doc = gongwen::parse(&text).expect("parses");
        assert_eq!(doc.title.as_deref(), Some("某市国土空间总体规划（2021—2035年）"), "{unit}");
        assert!(doc.attachments.is_empty(), "{unit}");
        let parts: Vec<_> = doc
            .sections
            .iter()
            .map(|p| {
                let kids: Vec<_> = p.children.iter().map(|c| c.title.as_deref().unwrap_or("")).collect();
                (p.kind.as_str(), p.number, p.title.as_deref().unwrap_or(""), kids)
            })
            .collect();
        assert_eq!(
            parts,
            [
                ("part", 1, "规划总则", vec!["规划目的", "规划范围"]),
                ("part", 2, "发展目标", vec!["总体目标", "分阶段目标"])
            ],
            "{unit}"
        );
    }
}

/// proptest (`tests/properties.rs`), session 14: a headline that issues a
/// document (`…关于印发《Y》的通知`) over Y's text with no notice frame gives
/// the document Y's title; the rest of the headline was left in no node nor
/// diagnostic. Fixed in `grammar::mod` (an info `skipped-text` says it).
#[test]
fn issuing_headline_without_a_notice_is_covered() {
    for input in [
        "某某局关于印发《某某方案》的通知\n一、总体要求\n推进某某工作。\n二、保障措施\n加强领导。",
        "    国务院办公厅关于印发《进善发制》的通知\n1.（.》改第)；,：制设\n\n⒋ 制。撤县(市)改区(公安部牵头,市规划资源局等参与)部新委。\n3.更制发机制推",
    ] {
        check(input);
        let doc = gongwen::parse(input).expect("parses");
        if let Err(e) = common::check_coverage(input, &doc) {
            panic!("coverage violated for {input:?}: {e}");
        }
    }
    let doc =
        gongwen::parse("某某局关于印发《某某方案》的通知\n一、总体要求\n推进某某工作。\n二、保障措施\n加强领导。")
            .unwrap();
    assert_eq!(doc.title.as_deref(), Some("某某方案"));
}

/// properties (generated documents with web residue): a markdown heading
/// that is a bare number (`# 一`, `## 三`) before its title — after one
/// space, ` -->`, blank lines, CRLF blank lines — had the marker text `一、`
/// with the span `一 ` (or `一\r\n\r\n`): cleaning writes the 、 for the
/// white space, which no input wrote. Fixed in `grammar::block`: the marker
/// is the number as written, `一`, its span `一`.
#[test]
fn bare_number_markdown_heading_marker_reads_its_span() {
    for input in [
        "# 一 -->\n某某工作\n",
        "# 一\r\n\r\n总则\r\n",
        "# 一\n\n总则\n",
        "# 一 总则\n",
        "## 三\n\n保障措施\n正文。\n",
        "## 二十一\r\n\r\n附则\r\n本办法自印发之日起施行。\r\n",
    ] {
        check(input);
    }
    let doc = gongwen::parse("# 一\r\n\r\n总则\r\n").expect("parses");
    let b = &doc.sections[0];
    assert_eq!((b.marker.as_ref(), b.title.as_deref(), b.number), ("一", Some("总则"), 1));
    // a marker written with its 、 keeps it
    let doc = gongwen::parse("# 一、总则\n").expect("parses");
    assert_eq!(doc.sections[0].marker, "一、");
}

/// properties (generated documents with web residue): an unclosed `<!--`
/// in a list of levels (`各省、自治区、直辖市人<!--…-->住房和城乡建设部负责`)
/// joined the last level to text after the comment's end, and the first
/// levels borrowed that nonsense ending: `各省人住房和城乡建设部` with the span
/// `各省`. Fixed in `grammar::shared`: an ending is lent only when it is
/// written so in the input (residue that stands for nothing aside); the
/// checker now also reads a lent ending (`common::check_invariants`).
#[test]
fn a_level_borrows_no_ending_joined_across_removed_text() {
    check("一、加强管理\n（一）完善制度。各省、自治区、直辖市人<!--民政府负责。-->住房和城乡建设部负责。\n");
    check("通知\n各省、自治区、直辖市人<!--\n民政府，国务院各部委：\n正文。-->住房和城乡建设部：\n正文。\n");
    let input = "一、加强管理\n（一）完善制度。各省、自治区、直辖市人<!--民政府负责。-->住房和城乡建设部负责。\n";
    let doc = gongwen::parse(input).expect("parses");
    let names: Vec<_> = doc.blocks().flat_map(|b| b.agencies()).map(|a| a.name.as_ref()).collect();
    // (the last name is what the text says once the comment goes: its
    // ending is lent to no level)
    assert_eq!(names[..2], ["各省", "自治区"], "{names:?}");
    // written whole, the ending is lent (with @@ residue inside it too)
    for input in [
        "一、加强管理\n（一）完善制度。各省、自治区、直辖市人民政府负责。\n",
        "一、加强管理\n（一）完善制度。各省、自治区、直辖市人民@@政府负责。\n",
    ] {
        check(input);
        let doc = gongwen::parse(input).expect("parses");
        let names: Vec<_> = doc.blocks().flat_map(|b| b.agencies()).map(|a| a.name.as_ref()).collect();
        assert_eq!(names, ["各省人民政府", "各自治区人民政府", "各直辖市人民政府"], "{input}");
    }
}
