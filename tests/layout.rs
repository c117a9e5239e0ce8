//! Metamorphic layout tests: the same document must give the same FACTS
//! whatever its layout.
//!
//! Every transform below rewrites the raw text of a fixture without changing
//! what the document says (punctuation width, blank lines, line endings,
//! indentation by any kind of space, a byte order mark, trailing white
//! space, markdown bold on headings, invisible characters before headings
//! and inside text, hard wrapping as in text copied out of a PDF, PDF page
//! numbers and running headers with the page breaks they cut paragraphs at). For every fixture
//! the original and the transformed text are parsed, both must succeed, and
//! [`facts`] of the two trees must be equal. All mismatches of a transform
//! are collected before the test fails, with a compact diff per fixture.

mod common;

use gongwen::{Agency, Block, Document};
use std::collections::BTreeSet;
use std::fmt::Write as _;

// ------------------------------------------------------------------- facts

/// Normalise punctuation width and white space: ASCII `( ) , : ;` become
/// `（ ） ， ： ；`, ASCII white space and U+3000 are dropped. A width change
/// in the input is therefore not a different fact.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|&c| !(c.is_ascii_whitespace() || c == '\u{3000}'))
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            ',' => '，',
            ':' => '：',
            ';' => '；',
            c => c,
        })
        .collect()
}

fn agency_fact(a: &Agency) -> String {
    let mut s = format!("{}:{}", norm(&a.name), a.role.as_str());
    if let Some(canonical) = &a.canonical {
        let canonical = norm(canonical);
        if canonical != norm(&a.name) {
            write!(s, "={canonical}").unwrap();
        }
    }
    s
}

fn block_facts(block: &Block, path: &mut Vec<u32>, out: &mut Vec<String>) {
    path.push(block.number);
    let path_text = path.iter().map(u32::to_string).collect::<Vec<_>>().join("/");
    let title = block.title.as_deref().map(norm).unwrap_or_else(|| "<none>".into());
    out.push(format!("block {path_text} {} #{} title={title}", block.kind.as_str(), block.number));
    for clause in &block.responsibilities {
        let agencies = clause.agencies.iter().map(agency_fact).collect::<Vec<_>>().join(",");
        out.push(format!("  clause agencies={agencies}"));
        for note in &clause.notes {
            out.push(format!("    note={}", norm(note)));
        }
    }
    if !block.inherited().is_empty() {
        let inherited = block.inherited().iter().map(agency_fact).collect::<Vec<_>>().join(",");
        out.push(format!("  inherited={inherited}"));
    }
    for child in &block.children {
        block_facts(child, path, out);
    }
    path.pop();
}

/// What the document says, one fact a line, free of spans, paragraphs,
/// diagnostics and raw clause text; every string normalised by [`norm`].
fn facts(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(notice) = &doc.notice {
        out.push("notice".to_string());
        if let Some(title) = &notice.title {
            out.push(format!("notice.title={}", norm(title)));
        }
        if let Some(number) = &notice.doc_number {
            out.push(format!("notice.doc_number={}", norm(number)));
        }
        for (i, group) in notice.addressees.iter().enumerate() {
            let mut line = format!("notice.addressee[{i}]={}", norm(&group.text));
            for item in &group.items {
                write!(line, "|{}", norm(item)).unwrap();
            }
            out.push(line);
        }
        for (i, issuer) in notice.issuers.iter().enumerate() {
            out.push(format!("notice.issuer[{i}]={}", norm(issuer)));
        }
        if let Some(date) = &notice.date {
            out.push(format!("notice.date={}", norm(date)));
        }
    }
    if let Some(title) = &doc.title {
        out.push(format!("title={}", norm(title)));
    }
    if let Some(number) = &doc.doc_number {
        out.push(format!("doc_number={}", norm(number)));
    }
    let mut path = Vec::new();
    for section in &doc.sections {
        block_facts(section, &mut path, &mut out);
    }
    for attachment in &doc.attachments {
        let number = attachment.number.map_or_else(|| "-".to_string(), |n| n.to_string());
        out.push(format!("attachment #{number} title={}", norm(&attachment.title)));
    }
    out
}

// -------------------------------------------------------------- line tools

/// Split `text` into lines, each as (content, terminator) with the
/// terminator `"\n"`, `"\r\n"` or `""` (last line without one).
fn lines(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split_inclusive('\n').map(|seg| {
        if let Some(body) = seg.strip_suffix("\r\n") {
            (body, "\r\n")
        } else if let Some(body) = seg.strip_suffix('\n') {
            (body, "\n")
        } else {
            (seg, "")
        }
    })
}

/// Rewrite every line's content, keeping its terminator.
fn map_lines(text: &str, mut f: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for (body, nl) in lines(text) {
        out.push_str(&f(body));
        out.push_str(nl);
    }
    out
}

fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// The line's leading white space (ASCII, U+3000, NBSP, …).
fn indentation(line: &str) -> &str {
    &line[..line.len() - line.trim_start_matches(char::is_whitespace).len()]
}

// -------------------------------------------------------------- transforms

/// （ ） ， ： ； → ( ) , : ;
fn halfwidth(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '，' => ',',
            '：' => ':',
            '；' => ';',
            c => c,
        })
        .collect()
}

/// ( ) , : ; → （ ） ， ： ；, except inside `<!-- … -->` comments and for
/// `:` / `,` between two ASCII letters or digits (`12:30`, `1,000`).
fn fullwidth(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while !rest.is_empty() {
        let (plain, comment, tail) = match rest.find("<!--") {
            Some(open) => {
                let close = rest[open..].find("-->").map_or(rest.len(), |c| open + c + 3);
                (&rest[..open], &rest[open..close], &rest[close..])
            }
            None => (rest, "", ""),
        };
        let chars: Vec<char> = plain.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let between_alnum = i > 0
                && chars[i - 1].is_ascii_alphanumeric()
                && chars.get(i + 1).is_some_and(char::is_ascii_alphanumeric);
            out.push(match c {
                '(' => '（',
                ')' => '）',
                ',' if !between_alnum => '，',
                ':' if !between_alnum => '：',
                ';' => '；',
                c => c,
            });
        }
        out.push_str(comment);
        rest = tail;
    }
    out
}

fn no_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (body, nl) in lines(text) {
        if !is_blank(body) {
            out.push_str(body);
            out.push_str(nl);
        }
    }
    out
}

fn blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for (body, nl) in lines(text) {
        let nl = if nl.is_empty() { "\n" } else { nl };
        out.push_str(body);
        out.push_str(nl);
        out.push_str(nl);
    }
    out
}

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

fn reindent(text: &str, prefix: &str) -> String {
    map_lines(text, |line| format!("{prefix}{}", line.trim_start_matches(char::is_whitespace)))
}

fn indent_ideographic(text: &str) -> String {
    reindent(text, "\u{3000}\u{3000}")
}

fn indent_tab(text: &str) -> String {
    reindent(text, "\t")
}

fn indent_spaces(text: &str) -> String {
    reindent(text, "    ")
}

fn indent_none(text: &str) -> String {
    reindent(text, "")
}

fn indent_em(text: &str) -> String {
    reindent(text, "\u{2003}\u{2003}")
}

fn indent_en_thin(text: &str) -> String {
    reindent(text, "\u{2002}\u{2009}\u{2002}")
}

fn indent_nbsp(text: &str) -> String {
    reindent(text, "\u{A0}\u{A0}\u{A0}\u{A0}")
}

/// `&nbsp;` indentation, as gov.cn HTML writes it.
fn indent_nbsp_entity(text: &str) -> String {
    reindent(text, "&nbsp;&nbsp;&nbsp;&nbsp;")
}

/// U+3000, ASCII spaces, a tab and an em space, mixed.
fn indent_mixed(text: &str) -> String {
    reindent(text, "\u{3000} \t\u{3000}\u{2003}")
}

/// Invisible characters of web pages: zero-width space, non-joiner, joiner,
/// word joiner, a BOM after the start, soft hyphen, bidi marks, embeddings,
/// overrides and isolates, Arabic letter mark.
const INVISIBLE: [char; 17] = [
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{AD}', '\u{200E}', '\u{200F}', '\u{202A}',
    '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
];

/// An invisible character at the start of every line (before its
/// indentation and any markdown marker) and another right before every
/// heading's marker (the lines whose marker the parse of the original
/// finds), cycling through [`INVISIBLE`] (the Arabic letter mark too).
fn invisible_before_headings(text: &str) -> String {
    let doc = gongwen::parse(text).expect("original parses");
    let markers: BTreeSet<usize> = doc.blocks().map(|b| b.marker_span.start).collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut k = 0;
    let mut next = || {
        k += 1;
        if k % 18 == 0 { '\u{61C}' } else { INVISIBLE[k % INVISIBLE.len()] }
    };
    let mut line_start = true;
    for (at, c) in text.char_indices() {
        if line_start && c != '\n' && c != '\r' {
            out.push(next());
        }
        if markers.contains(&at) {
            out.push(next());
        }
        out.push(c);
        line_start = c == '\n';
    }
    out
}

/// An invisible character between every third pair of CJK characters
/// (ideographs and CJK punctuation), cycling through [`INVISIBLE`] but the
/// BOM (one inside a line stays: the cleaning pass does not search for it).
fn invisible_inside_text(text: &str) -> String {
    let is_cjk = |c: char| matches!(c as u32, 0x3001..=0x303F | 0x4E00..=0x9FFF | 0xFF01..=0xFF5E);
    let mut out = String::with_capacity(text.len() * 2);
    let mut prev = ' ';
    let (mut pairs, mut k) = (0, 0);
    for c in text.chars() {
        if is_cjk(prev) && is_cjk(c) {
            pairs += 1;
            if pairs % 3 == 0 {
                if INVISIBLE[k % INVISIBLE.len()] == '\u{FEFF}' {
                    k += 1;
                }
                out.push(INVISIBLE[k % INVISIBLE.len()]);
                k += 1;
            }
        }
        out.push(c);
        prev = c;
    }
    out
}

fn bom(text: &str) -> String {
    format!("\u{FEFF}{text}")
}

fn trailing_spaces(text: &str) -> String {
    map_lines(text, |line| format!("{line}  \u{3000}"))
}

/// Wrap every heading line in `**…**`. Heading lines are the lines on which
/// a block's marker starts in the parse of the original text.
///
/// Indentation and trailing white space stay outside the bold. So does a
/// markdown heading prefix (`## 第一章 总则` → `## **第一章 总则**`): putting
/// `**` in front of `##` would turn the markdown heading into plain bold text
/// reading "## 第一章 总则", which is a different document, not a different
/// layout of the same one.
fn bold_headings(text: &str) -> String {
    let doc = gongwen::parse(text).expect("original parses");
    let heading_lines: BTreeSet<usize> =
        doc.blocks().map(|b| text[..b.marker_span.start].rfind('\n').map_or(0, |i| i + 1)).collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut offset = 0;
    for (body, nl) in lines(text) {
        if heading_lines.contains(&offset) {
            let indent = indentation(body);
            let content = body[indent.len()..].trim_end_matches(char::is_whitespace);
            let trailing = &body[indent.len() + content.len()..];
            let hashes = content.len() - content.trim_start_matches('#').len();
            let md_prefix = if hashes > 0 && content[hashes..].starts_with(' ') {
                let spaces = content[hashes..].len() - content[hashes..].trim_start_matches(' ').len();
                &content[..hashes + spaces]
            } else {
                ""
            };
            let inner = &content[md_prefix.len()..];
            write!(out, "{indent}{md_prefix}**{inner}**{trailing}").unwrap();
        } else {
            out.push_str(body);
        }
        out.push_str(nl);
        offset += body.len() + nl.len();
    }
    out
}

/// Display width: ASCII counts 1, everything else (CJK ideographs,
/// full-width forms, CJK punctuation such as “ ” — …) 2.
fn char_width(c: char) -> usize {
    if c.is_ascii() { 1 } else { 2 }
}

/// Would a line starting with `s` read as structure of its own: a block
/// marker in any form the grammar knows (一、 （一） (1) 1. 1、 ① 第一条 …,
/// `@@` residue allowed inside), a 成文日期 (2022年3月10日), a 附件 line, or
/// a markdown construct (# ** <!-- > |)?
fn structural_start(s: &str) -> bool {
    const CN: &str = "〇零一二三四五六七八九十百千两";
    let is_cn = |c: char| CN.contains(c);
    let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    // Skip a run of characters accepted by `f`, with `@` residue among them;
    // None when the run is empty.
    let run = |s: &'_ str, f: &dyn Fn(char) -> bool| -> Option<usize> {
        let rest = s.trim_start_matches(|c: char| f(c) || c == '@');
        (rest.len() < s.len() && s[..s.len() - rest.len()].chars().any(f)).then_some(s.len() - rest.len())
    };
    // '@' is scrape residue that the parser skips, so it would not protect a
    // marker behind it.
    let s = s.trim_start_matches(|c: char| c == '@' || c.is_whitespace());
    let Some(first) = s.chars().next() else { return false };
    if s.starts_with(['#', '>', '|']) || s.starts_with("**") || s.starts_with("<!--") || s.starts_with("附件") {
        return true;
    }
    if ('\u{2460}'..='\u{2473}').contains(&first)
        || ('\u{3251}'..='\u{325F}').contains(&first)
        || ('\u{32B1}'..='\u{32BF}').contains(&first)
    {
        return true; // ① … ㊿
    }
    // 一、 and 二〇二二年 (a year in Chinese numerals; 三年行动 is no date)
    if let Some(n) = run(s, &is_cn) {
        let year = s[..n].chars().filter(|&c| is_cn(c)).count() == 4 && s[n..].starts_with('年');
        return s[n..].starts_with('、') || year;
    }
    // 1. 1． 1、 (not 1.5亿元 nor 3.5%) and 2022年3月10日
    if let Some(n) = run(s, &is_digit) {
        let after = &s[n..];
        if let Some(tail) = after.strip_prefix(['.', '．', '、']) {
            return !tail.trim_start_matches('@').starts_with(|c: char| is_digit(c) || c == '%' || c == '％');
        }
        return after.starts_with('年') && after['年'.len_utf8()..].trim_start_matches('@').starts_with(is_digit);
    }
    // （一） (一) （1） (1)
    if let Some(inner) = s.strip_prefix(['（', '(']) {
        let n = run(inner, &is_cn).or_else(|| run(inner, &is_digit));
        return n.is_some_and(|n| inner[n..].starts_with(['）', ')']));
    }
    // 第一编 第一章 第一节 第一条 第1条 (not 第三条的规定, 第三条规定, 第三条至第五条)
    if let Some(inner) = s.strip_prefix('第') {
        let n = run(inner, &is_cn).or_else(|| run(inner, &is_digit));
        if let Some(n) = n {
            let after = &inner[n..];
            let mut chars = after.chars();
            return chars.next().is_some_and(|c| "编章节条".contains(c))
                && !chars.as_str().starts_with(['的', '规', '款', '至']);
        }
    }
    false
}

/// Text as copied out of a PDF laid out `width` columns wide: every line
/// wider than `width` is cut into consecutive pieces of width ≤ `width`,
/// at char boundaries, without adding or removing a character.
///
/// A cut is moved a character earlier (the piece gets shorter, never wider)
/// while the text after it would start a new line with something structural
/// (see [`structural_start`]). A naive greedy cut can place e.g. `（二）` of
/// a cross-reference, `1、` of an inline enumeration or `2022年3月10日` of a
/// sentence at the start of a line, where it reads as a new heading or a
/// 成文日期: that changes what the document says (no parser can tell such a
/// line from a real heading by its text), so the transform would no longer
/// be a pure layout change. On the bundled fixtures no greedy cut at width
/// 60 or 80 lands on such a start, so there every cut is the plain greedy
/// one; the guard keeps the transform well defined for any input.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for (body, nl) in lines(text) {
        let nl_or = if nl.is_empty() { "\n" } else { nl };
        let mut rest = body;
        loop {
            let total: usize = rest.chars().map(char_width).sum();
            if total <= width {
                out.push_str(rest);
                break;
            }
            // Greedy: the longest prefix of width <= width (at least one char).
            let mut w = 0;
            let mut cut = 0;
            for (i, c) in rest.char_indices() {
                if w + char_width(c) > width {
                    break;
                }
                w += char_width(c);
                cut = i + c.len_utf8();
            }
            if cut == 0 {
                cut = rest.chars().next().map_or(rest.len(), char::len_utf8);
            }
            // Move the cut earlier while the next line would start with
            // something structural; keep the greedy cut if no safe cut exists.
            let mut safe = cut;
            while safe > 0 && structural_start(&rest[safe..]) {
                safe = rest[..safe].char_indices().next_back().map_or(0, |(i, _)| i);
            }
            if safe > 0 {
                cut = safe;
            }
            out.push_str(&rest[..cut]);
            out.push_str(nl_or);
            rest = &rest[cut..];
        }
        out.push_str(nl);
    }
    out
}

fn hard_wrap_60(text: &str) -> String {
    hard_wrap(text, 60)
}

fn hard_wrap_80(text: &str) -> String {
    hard_wrap(text, 80)
}

/// Page furniture as a PDF extractor leaves it between two pages: a blank
/// line, the page number centred by spaces, a form feed and, from the
/// second page on when the text has at least three page breaks, a running
/// header.
fn page_break(page: usize, number: &str, header: bool) -> String {
    let header = if header { "国务院公报政策文件选编\n" } else { "" };
    format!("\n\u{3000}\u{3000}\u{3000}{}\n\u{c}{header}", number.replace('N', &page.to_string()))
}

/// Text copied out of a PDF laid out 60 columns wide, `lines` lines a page:
/// [`hard_wrap`], then page furniture (see [`page_break`]) after every page,
/// mostly inside a paragraph.
fn pdf_pages(text: &str, lines_per_page: usize, number: &str) -> String {
    let wrapped = hard_wrap(text, 60);
    let all: Vec<(&str, &str)> = lines(&wrapped).collect();
    let breaks = all.len().saturating_sub(1) / lines_per_page;
    let mut out = String::with_capacity(wrapped.len() * 2);
    for (i, (body, nl)) in all.iter().enumerate() {
        out.push_str(body);
        out.push_str(nl);
        if (i + 1) % lines_per_page == 0 && i + 1 < all.len() {
            let page = (i + 1) / lines_per_page;
            out.push_str(&page_break(page, number, breaks >= 3 && page > 1));
        }
    }
    out
}

fn pdf_pages_dashes(text: &str) -> String {
    pdf_pages(text, 23, "— N —")
}

fn pdf_pages_page_of(text: &str) -> String {
    pdf_pages(text, 31, "第N页")
}

/// Text of a PDF whose extractor joined the lines of each paragraph: a page
/// break after every `every`th line, cutting the line where it is long
/// enough (the first 30 characters stay on the page, unless a sentence
/// ends there or the rest would start like a heading, then the line goes
/// whole onto the page).
fn pdf_paragraph_breaks(text: &str) -> String {
    let all: Vec<(&str, &str)> = lines(text).collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut page = 0;
    for (i, (body, nl)) in all.iter().enumerate() {
        if (i + 1) % 9 != 0 || i + 1 == all.len() {
            out.push_str(body);
            out.push_str(nl);
            continue;
        }
        page += 1;
        let number = if page % 2 == 0 { "-N-" } else { "－ N －" };
        let content = body.trim_start_matches(char::is_whitespace);
        let cut = content.char_indices().nth(30).map(|(k, _)| body.len() - content.len() + k);
        let before = cut.and_then(|k| body[..k].chars().next_back());
        // the cut must not end a sentence or clause, nor start structure
        let cuttable = before.is_some_and(|c| !"。；：！？）”》.;:!?)".contains(c))
            && cut.is_some_and(|k| {
                !structural_start(&body[k..]) && !body[k..].starts_with(['。', '，', '、', '）', '》', '”'])
            });
        let nl_or = if nl.is_empty() { "\n" } else { nl };
        match cut.filter(|_| cuttable) {
            Some(k) => {
                out.push_str(&body[..k]);
                out.push_str(nl_or);
                out.push_str(&page_break(page, number, false));
                out.push_str(&body[k..]);
                out.push_str(nl);
            }
            None => {
                out.push_str(body);
                out.push_str(nl_or);
                out.push_str(&page_break(page, number, false));
            }
        }
    }
    out
}

/// Line breaks of other systems: old Mac text (a carriage return alone),
/// Word's manual line break (a vertical tab), U+2028.
fn old_mac(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r")
}

fn vertical_tabs(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\u{b}")
}

fn line_separators(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\u{2028}")
}

fn paragraph_separators(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\u{2029}")
}

fn next_lines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\u{85}")
}

/// A line break inside a paragraph (`br`) after each comma of a line that
/// goes on with text, never before what would start a line of structure
/// of its own ([`structural_start`]), nor in a table's row: Word's manual
/// line break (Shift+Enter) as a writer breaks a long sentence, in a text
/// with paragraph breaks. The parts are one paragraph.
fn soft_breaks(text: &str, br: char) -> String {
    map_lines(text, |line| {
        if line.contains('\t') || line.trim_start().starts_with('|') {
            return line.to_string();
        }
        let mut out = String::with_capacity(line.len() + 16);
        let mut rest = line;
        while let Some(k) = rest.find('，') {
            let (head, tail) = rest.split_at(k + '，'.len_utf8());
            out.push_str(head);
            if !tail.trim().is_empty() && !structural_start(tail) {
                out.push(br);
            }
            rest = tail;
        }
        out.push_str(rest);
        out
    })
}

fn soft_vertical_tabs(text: &str) -> String {
    soft_breaks(text, '\u{b}')
}

fn soft_line_separators(text: &str) -> String {
    soft_breaks(text, '\u{2028}')
}

fn soft_next_lines(text: &str) -> String {
    soft_breaks(text, '\u{85}')
}

/// The lines that open with a block's marker (after their indentation),
/// as byte offsets of their starts.
fn heading_line_starts(text: &str) -> BTreeSet<usize> {
    let doc = gongwen::parse(text).expect("original parses");
    doc.blocks()
        .filter_map(|b| {
            let start = text[..b.marker_span.start].rfind('\n').map_or(0, |i| i + 1);
            indentation(&text[start..b.marker_span.start]).len().eq(&(b.marker_span.start - start)).then_some(start)
        })
        .collect()
}

/// Rewrite each line that opens with a block's marker: `f(indentation,
/// content, trailing white space)`.
fn map_heading_lines(text: &str, f: impl Fn(&str, &str, &str) -> String) -> String {
    let headings = heading_line_starts(text);
    let mut out = String::with_capacity(text.len() * 2);
    let mut offset = 0;
    for (body, nl) in lines(text) {
        if headings.contains(&offset) {
            let indent = indentation(body);
            let content = body[indent.len()..].trim_end_matches(char::is_whitespace);
            out.push_str(&f(indent, content, &body[indent.len() + content.len()..]));
        } else {
            out.push_str(body);
        }
        out.push_str(nl);
        offset += body.len() + nl.len();
    }
    out
}

/// Markdown italic around each heading line that opens with its marker
/// (`*（一）指导思想*`).
fn italic_headings(text: &str) -> String {
    map_heading_lines(text, |indent, content, trailing| {
        if content.contains('*') {
            format!("{indent}{content}{trailing}")
        } else {
            format!("{indent}*{content}*{trailing}")
        }
    })
}

/// Each heading line whose marker is no arabic number written as an
/// ordered list's item, as a converter does (`1. 一、总体要求`).
fn list_numbered_headings(text: &str) -> String {
    map_heading_lines(text, |indent, content, trailing| {
        if content.starts_with(|c: char| c.is_ascii_digit() || !c.is_alphanumeric() && c != '（' && c != '(') {
            format!("{indent}{content}{trailing}")
        } else {
            format!("{indent}1. {content}{trailing}")
        }
    })
}

/// The first eight lines (the notice's head) quoted under `> `, the rest
/// not.
fn quoted_head(text: &str) -> String {
    let mut k = 0;
    map_lines(text, |line| {
        k += 1;
        if k <= 8 { format!("> {line}") } else { line.to_string() }
    })
}

fn composite(text: &str) -> String {
    crlf(&trailing_spaces(&indent_ideographic(&no_blank_lines(&halfwidth(text)))))
}

// ------------------------------------------------------------------ checks

/// A line diff of two fact lists (longest common subsequence), as up to
/// `limit` `-`/`+` lines, each preceded by the last equal line for context.
fn diff(old: &[String], new: &[String], limit: usize) -> String {
    let (n, m) = (old.len(), new.len());
    // lcs[i][j] = LCS length of old[i..] and new[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i] == new[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut out = String::new();
    let (mut i, mut j, mut shown, mut total) = (0, 0, 0, 0);
    let mut last_equal: Option<&str> = None;
    let mut context_shown = false;
    let mut emit = |out: &mut String, sign: char, line: &str, last_equal: Option<&str>, ctx: &mut bool| {
        if shown < limit {
            if !*ctx {
                if let Some(eq) = last_equal {
                    writeln!(out, "      {eq}").unwrap();
                }
                *ctx = true;
            }
            writeln!(out, "    {sign} {line}").unwrap();
            shown += 1;
        }
    };
    while i < n || j < m {
        if i < n && j < m && old[i] == new[j] {
            last_equal = Some(&old[i]);
            context_shown = false;
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j]) {
            emit(&mut out, '+', &new[j], last_equal, &mut context_shown);
            total += 1;
            j += 1;
        } else {
            emit(&mut out, '-', &old[i], last_equal, &mut context_shown);
            total += 1;
            i += 1;
        }
    }
    if total > limit {
        writeln!(out, "    … {} more differing lines", total - limit).unwrap();
    }
    out
}

/// Parse every fixture before and after `transform`; fail with every
/// fixture whose facts differ.
fn check(name: &str, transform: fn(&str) -> String) {
    let fixtures = common::fixtures();
    assert!(!fixtures.is_empty(), "no fixtures found");
    let mut failures = String::new();
    let mut failed = 0;
    for (fixture, text) in &fixtures {
        let original = match gongwen::parse(text) {
            Ok(doc) => facts(&doc),
            Err(e) => {
                writeln!(failures, "{fixture} [{name}]: the original does not parse: {e}").unwrap();
                failed += 1;
                continue;
            }
        };
        let transformed_text = transform(text);
        let transformed = match gongwen::parse(&transformed_text) {
            Ok(doc) => facts(&doc),
            Err(e) => {
                writeln!(failures, "{fixture} [{name}]: the transformed text does not parse: {e}").unwrap();
                failed += 1;
                continue;
            }
        };
        if original != transformed {
            writeln!(failures, "{fixture} [{name}]: facts differ (- original, + transformed):").unwrap();
            failures.push_str(&diff(&original, &transformed, 20));
            failed += 1;
        }
    }
    assert!(failed == 0, "{name}: {failed} of {} fixtures differ\n{failures}", fixtures.len());
}

// ------------------------------------------------------------------- tests

#[test]
fn original_facts_are_not_trivial() {
    let mut problems = Vec::new();
    for (fixture, text) in common::fixtures() {
        let doc = gongwen::parse(&text).unwrap_or_else(|e| panic!("{fixture}: {e}"));
        let f = facts(&doc);
        let has_title = f.iter().any(|l| l.starts_with("title=") || l.starts_with("notice.title="));
        let has_block = f.iter().any(|l| l.starts_with("block "));
        if !has_title || !has_block {
            problems.push(format!("{fixture}: title or notice title: {has_title}, a block: {has_block}"));
        }
    }
    assert!(problems.is_empty(), "vacuous facts:\n{}", problems.join("\n"));
}

#[test]
fn transforms_keep_the_characters() {
    // hard_wrap only inserts line breaks and keeps every line within the
    // width; bold_headings only adds `**`; fullwidth only touches ( ) , : ;
    // crlf only adds \r.
    for (fixture, text) in common::fixtures() {
        for width in [60, 80] {
            let wrapped = hard_wrap(&text, width);
            assert_eq!(wrapped.replace('\n', ""), text.replace('\n', ""), "{fixture}: hard_wrap({width})");
            for line in wrapped.lines() {
                let w: usize = line.chars().map(char_width).sum();
                assert!(w <= width, "{fixture}: hard_wrap({width}) left {line:?}");
            }
        }
        assert_eq!(bold_headings(&text).replace("**", ""), text, "{fixture}: bold_headings");
        assert_eq!(halfwidth(&fullwidth(&halfwidth(&text))), halfwidth(&text), "{fixture}: width round trip");
        assert_eq!(crlf(&text).replace("\r\n", "\n"), text, "{fixture}: crlf");
    }
}

/// The count in the summarising diagnostic of a kind of residue, by the
/// words of its message (`removed 3 page numbers …`, `removed one …`).
fn residue_count(doc: &Document, words: &str) -> usize {
    doc.diagnostics
        .iter()
        .filter(|d| d.code == "scrape-artifact" && d.message.contains(words))
        .map(|d| {
            let n = d.message.trim_start_matches("removed ").split(' ').next().unwrap_or("");
            if n == "one" { 1 } else { n.parse().unwrap_or(0) }
        })
        .sum()
}

#[test]
fn furniture_and_invisible_transforms_leave_what_the_parse_removes() {
    // the transforms do insert what they mean to, and the parse removes
    // every piece of it: as many page numbers and headers as were put in
    // (so none stays in a paragraph), invisible characters wherever they are
    let header = "国务院公报政策文件选编";
    for (fixture, text) in common::fixtures() {
        for (name, transformed) in [
            ("pdf_pages_dashes", pdf_pages_dashes(&text)),
            ("pdf_pages_page_of", pdf_pages_page_of(&text)),
            ("pdf_paragraph_breaks", pdf_paragraph_breaks(&text)),
        ] {
            let pages = transformed.matches('\u{c}').count();
            let headers = transformed.matches(header).count();
            assert!(pages >= 2, "{fixture} [{name}]: {pages} page breaks");
            let doc = gongwen::parse(&transformed).unwrap_or_else(|e| panic!("{fixture} [{name}]: {e}"));
            assert_eq!(
                residue_count(&doc, "page number"),
                pages + headers,
                "{fixture} [{name}]: page furniture removed"
            );
        }
        let inside = invisible_inside_text(&text);
        let doc = gongwen::parse(&inside).expect("parses");
        assert!(residue_count(&doc, "invisible") > 20, "{fixture}: invisible characters removed");
        let before = invisible_before_headings(&text);
        let doc = gongwen::parse(&before).expect("parses");
        assert!(residue_count(&doc, "invisible") > doc.blocks().count(), "{fixture}: invisible characters removed");
    }
}

#[test]
fn hard_wrap_never_starts_a_line_with_structure() {
    for s in [
        "一、总体要求",
        "二十三、",
        "（一）持续深化",
        "(二@@十@@三)推进",
        "（1）加强",
        "1.强化",
        "12．编制",
        "3、完善",
        "①建立",
        "第一章 总则",
        "第十二条　不动产",
        "第3条 适用",
        "2022年3月10日",
        "2022年@@3月",
        "二〇二二年三月",
        "@@二、",
        "# 标题",
        "**一、",
        "<!-- INFO END -->",
        "附件：1．",
    ] {
        assert!(structural_start(s), "{s} should count as structural");
    }
    for s in [
        "三年行动计划",
        "百年排水",
        "一年度工作",
        "一是加强",
        "1.5亿元",
        "3.5%",
        "2000亿元",
        "1月1日至",
        "（2024—2026年）",
        "（责任单位：市水务局）",
        "(市)改区",
        "第二轮土地承包",
        "第三条规定的",
        "第三条的规定",
        "国家发展改革委",
        "",
    ] {
        assert!(!structural_start(s), "{s} should not count as structural");
    }
    // The cut before （二） moves one character earlier.
    let line = format!("{}（二）项", "字".repeat(30));
    assert_eq!(hard_wrap(&line, 60), format!("{}\n字（二）项", "字".repeat(29)));
}

#[test]
fn halfwidth_keeps_facts() {
    check("halfwidth", halfwidth);
}

#[test]
fn fullwidth_keeps_facts() {
    check("fullwidth", fullwidth);
}

#[test]
fn no_blank_lines_keeps_facts() {
    check("no_blank_lines", no_blank_lines);
}

#[test]
fn blank_lines_keeps_facts() {
    check("blank_lines", blank_lines);
}

#[test]
fn crlf_keeps_facts() {
    check("crlf", crlf);
}

#[test]
fn indent_ideographic_keeps_facts() {
    check("indent_ideographic", indent_ideographic);
}

#[test]
fn indent_tab_keeps_facts() {
    check("indent_tab", indent_tab);
}

#[test]
fn indent_spaces_keeps_facts() {
    check("indent_spaces", indent_spaces);
}

#[test]
fn indent_none_keeps_facts() {
    check("indent_none", indent_none);
}

#[test]
fn indent_em_keeps_facts() {
    check("indent_em", indent_em);
}

#[test]
fn indent_en_thin_keeps_facts() {
    check("indent_en_thin", indent_en_thin);
}

#[test]
fn indent_nbsp_keeps_facts() {
    check("indent_nbsp", indent_nbsp);
}

#[test]
fn indent_nbsp_entity_keeps_facts() {
    check("indent_nbsp_entity", indent_nbsp_entity);
}

#[test]
fn indent_mixed_keeps_facts() {
    check("indent_mixed", indent_mixed);
}

#[test]
fn invisible_before_headings_keeps_facts() {
    check("invisible_before_headings", invisible_before_headings);
}

#[test]
fn invisible_inside_text_keeps_facts() {
    check("invisible_inside_text", invisible_inside_text);
}

#[test]
fn pdf_pages_dashes_keeps_facts() {
    check("pdf_pages_dashes", pdf_pages_dashes);
}

#[test]
fn pdf_pages_page_of_keeps_facts() {
    check("pdf_pages_page_of", pdf_pages_page_of);
}

#[test]
fn pdf_paragraph_breaks_keeps_facts() {
    check("pdf_paragraph_breaks", pdf_paragraph_breaks);
}

#[test]
fn bom_keeps_facts() {
    check("bom", bom);
}

#[test]
fn trailing_spaces_keeps_facts() {
    check("trailing_spaces", trailing_spaces);
}

#[test]
fn bold_headings_keeps_facts() {
    check("bold_headings", bold_headings);
}

#[test]
fn hard_wrap_60_keeps_facts() {
    check("hard_wrap_60", hard_wrap_60);
}

#[test]
fn hard_wrap_80_keeps_facts() {
    check("hard_wrap_80", hard_wrap_80);
}

#[test]
fn composite_keeps_facts() {
    check("composite", composite);
}

#[test]
fn old_mac_line_breaks_keep_facts() {
    check("old_mac", old_mac);
}

#[test]
fn vertical_tabs_keep_facts() {
    check("vertical_tabs", vertical_tabs);
}

#[test]
fn line_separators_keep_facts() {
    check("line_separators", line_separators);
}

#[test]
fn paragraph_separators_keep_facts() {
    check("paragraph_separators", paragraph_separators);
}

#[test]
fn next_lines_keep_facts() {
    check("next_lines", next_lines);
}

#[test]
fn soft_vertical_tabs_keep_facts() {
    check("soft_vertical_tabs", soft_vertical_tabs);
}

#[test]
fn soft_line_separators_keep_facts() {
    check("soft_line_separators", soft_line_separators);
}

#[test]
fn soft_next_lines_keep_facts() {
    check("soft_next_lines", soft_next_lines);
}

#[test]
fn italic_headings_keep_facts() {
    check("italic_headings", italic_headings);
}

#[test]
fn list_numbered_headings_keep_facts() {
    check("list_numbered_headings", list_numbered_headings);
}

#[test]
fn quoted_head_keeps_facts() {
    check("quoted_head", quoted_head);
}

// ------------------------------------------------------------- one line

/// Every line break removed, the lines joined with nothing: a document
/// stored as one database field, or `<p>` texts joined with no separator.
/// Markdown heading marks (`## `) are line syntax, meaningless once the
/// line is gone, and are dropped with the break.
fn one_line(text: &str) -> String {
    lines(text).map(|(body, _)| body.trim_start_matches(['#', ' '])).collect()
}

/// One fact of the block tree, for the one-line comparison: the block's
/// path, kind and number (or a clause with its bodies and roles), its title,
/// and whether that title ended its line in the original text.
#[derive(Debug)]
struct TreeFact {
    key: String,
    title: Option<String>,
    ends_line: bool,
}

fn tree_facts(text: &str, doc: &Document) -> Vec<TreeFact> {
    fn walk(text: &str, b: &Block, path: &mut Vec<u32>, out: &mut Vec<TreeFact>) {
        path.push(b.number);
        let path_text = path.iter().map(u32::to_string).collect::<Vec<_>>().join("/");
        // the title ends its line: only white space or markup after it
        let ends_line = b.title_span.is_some_and(|s| {
            let after = text[s.end..].trim_start_matches([' ', '\u{3000}', '*', '@', '\r']);
            after.is_empty() || after.starts_with('\n')
        });
        out.push(TreeFact {
            key: format!("block {path_text} {} #{}", b.kind.as_str(), b.number),
            title: b.title.as_deref().map(norm),
            ends_line,
        });
        // a clause in brackets (a clause in prose opens a paragraph of its
        // own, and paragraph breaks do not survive the join)
        for clause in b.responsibilities.iter().filter(|c| text[c.span.start..].starts_with(['（', '('])) {
            let agencies = clause.agencies.iter().map(agency_fact).collect::<Vec<_>>().join(",");
            out.push(TreeFact { key: format!("  clause agencies={agencies}"), title: None, ends_line: false });
        }
        for child in &b.children {
            walk(text, child, path, out);
        }
        path.pop();
    }
    let mut out = Vec::new();
    for section in &doc.sections {
        walk(text, section, &mut Vec::new(), &mut out);
    }
    out
}

/// The facts as lines for a diff; a title that ended its line in the
/// original and is lost or runs on into the text after the join is shown
/// as the original's.
fn tree_lines(facts: &[TreeFact], original: Option<&[TreeFact]>) -> Vec<String> {
    facts
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mut title = f.title.clone();
            if let Some(o) = original.and_then(|o| o.get(i)).filter(|o| o.key == f.key && o.ends_line) {
                let lost = title.as_deref().is_none_or(|t| o.title.as_deref().is_some_and(|ot| t.starts_with(ot)));
                if lost {
                    title = o.title.clone();
                }
            }
            match (f.key.starts_with("block"), title) {
                (true, t) => format!("{} title={}", f.key, t.unwrap_or_else(|| "<none>".into())),
                (false, _) => f.key.clone(),
            }
        })
        .collect()
}

/// Every corpus document with all its line breaks removed gives the same
/// block tree: the same blocks (kind, number, nesting), titles, and clauses
/// in brackets with their bodies and roles.
///
/// Two facts cannot survive the join, and are compared loosely:
/// - a heading that fills its line with no closing punctuation, followed by
///   an unnumbered paragraph (`一、总体要求` / `以…为指导，…`): joined, the
///   boundary between title and text is gone (`一、总体要求以…为指导，…`),
///   so the title may be missing or run on into the text; it must then
///   start with the original title. Followed by a numbered heading, the
///   title is recovered exactly.
/// - a responsibility stated in prose at the start of a paragraph
///   (`发展改革委会同水利部研究提出了办理意见：…`): joined, the paragraph
///   break before it is gone. Such clauses are left out on both sides.
#[test]
fn one_line_keeps_the_block_tree() {
    let mut failures = String::new();
    let mut failed = 0;
    let (mut exact, mut loose) = (0, 0);
    let fixtures = common::fixtures();
    for (fixture, text) in &fixtures {
        let original = tree_facts(text, &gongwen::parse(text).unwrap());
        let joined = one_line(text);
        assert!(!joined.contains('\n'));
        let transformed = match gongwen::parse(&joined) {
            Ok(doc) => tree_facts(&joined, &doc),
            Err(e) => {
                writeln!(failures, "{fixture}: the joined text does not parse: {e}").unwrap();
                failed += 1;
                continue;
            }
        };
        let (want, got) = (tree_lines(&original, None), tree_lines(&transformed, Some(&original)));
        for (o, t) in original.iter().zip(&transformed) {
            if o.title.is_some() && o.key == t.key {
                if o.title == t.title { exact += 1 } else { loose += 1 }
            }
        }
        if want != got {
            writeln!(failures, "{fixture} [one line]: facts differ (- original, + joined):").unwrap();
            failures.push_str(&diff(&want, &got, 30));
            failed += 1;
        }
    }
    assert!(failed == 0, "one line: {failed} of {} fixtures differ\n{failures}", fixtures.len());
    // most titles survive exactly
    assert!(exact > 3 * loose, "{exact} titles kept exactly, {loose} lost to the join");
}

/// A notice pasted from Word with manual line breaks (vertical tabs)
/// inside its paragraphs (a constructed text): each paragraph is one, its
/// text joined and its span over the raw bytes, the break inside; a
/// heading after a break starts its block; the issuer over the date stays
/// the signature.
#[test]
fn word_manual_line_breaks_inside_paragraphs() {
    let text = "某某区人民政府办公室关于做好防汛工作的通知\n各街道办事处：\n为切实做好今年防汛工作，\u{b}现将有关事项通知如下。\n\
                一、加强组织领导\n各街道要落实防汛责任，\u{b}健全工作机制。\u{b}（一）开展隐患排查。\u{b}区水务局负责，6月底前完成。\n\
                某某区人民政府办公室\u{b}2025年5月6日\n";
    let doc = gongwen::parse(text).expect("parses");
    let notice = doc.notice.as_ref().expect("a notice");
    assert_eq!(notice.issuers.iter().map(|i| i.as_ref()).collect::<Vec<_>>(), ["某某区人民政府办公室"]);
    assert_eq!(notice.date.as_deref(), Some("2025-05-06"));
    let body: Vec<&str> = doc.preamble.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(body, ["为切实做好今年防汛工作，现将有关事项通知如下。"]);
    let span = doc.preamble[0].span;
    assert_eq!(text[span.start..span.end].replace('\u{b}', ""), body[0]);
    let section = &doc.sections[0];
    assert_eq!(section.title.as_deref(), Some("加强组织领导"));
    let texts: Vec<&str> = section.paragraphs.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(texts, ["各街道要落实防汛责任，健全工作机制。"]);
    let item = &section.children[0];
    assert_eq!((item.marker.as_ref(), item.title.as_deref()), ("（一）", Some("开展隐患排查")));
    let r = &item.responsibilities[0];
    assert_eq!(r.agencies[0].name, "区水务局");
    assert_eq!(r.deadline.as_ref().and_then(|d| d.by.as_deref()), Some("2025-06-30"));
}
