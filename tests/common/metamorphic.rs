//! The transforms and facts of the metamorphic layout tests, shared by
//! `tests/layout.rs` (the bundled fixtures) and `tests/layout_wide.rs` (the
//! 124 wide documents).
//!
//! Every transform rewrites the raw text of a document without changing
//! what it says (punctuation width, blank lines, line endings, indentation
//! by any kind of space, a byte order mark, trailing white space, markdown
//! bold on headings, invisible characters before headings and inside text,
//! hard wrapping as in text copied out of a PDF, PDF page numbers and
//! running headers with the page breaks they cut paragraphs at, text run
//! onto one line). [`check_in`] parses every document before and after a
//! transform and compares [`facts`] of the two trees.
//!
//! Included with `#[path = "common/metamorphic.rs"] mod metamorphic;`.

#![allow(dead_code)]

use gongwen::{Agency, Block, Document};
use std::collections::BTreeSet;
use std::fmt::Write as _;

// ------------------------------------------------------------------- facts

/// Normalise punctuation width and white space: ASCII `( ) , : ;` become
/// `（ ） ， ： ；`, ASCII white space and U+3000 are dropped. A width change
/// in the input is therefore not a different fact.
pub fn norm(s: &str) -> String {
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

pub fn agency_fact(a: &Agency) -> String {
    let mut s = format!("{}:{}", norm(&a.name), a.role.as_str());
    if let Some(canonical) = &a.canonical {
        let canonical = norm(canonical);
        if canonical != norm(&a.name) {
            write!(s, "={canonical}").unwrap();
        }
    }
    s
}

pub fn block_facts(block: &Block, path: &mut Vec<u32>, out: &mut Vec<String>) {
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
pub fn facts(doc: &Document) -> Vec<String> {
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
pub fn lines(text: &str) -> impl Iterator<Item = (&str, &str)> {
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
pub fn map_lines(text: &str, mut f: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for (body, nl) in lines(text) {
        out.push_str(&f(body));
        out.push_str(nl);
    }
    out
}

pub fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// The line's leading white space (ASCII, U+3000, NBSP, …).
pub fn indentation(line: &str) -> &str {
    &line[..line.len() - line.trim_start_matches(char::is_whitespace).len()]
}

// -------------------------------------------------------------- transforms

/// （ ） ， ： ； → ( ) , : ;
pub fn halfwidth(text: &str) -> String {
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

/// The length of the markdown link destination (`](./布局图.pdf)`) or the
/// address (`https://www.gov.cn/…`) `s` starts with: markup and a
/// machine's text, which [`fullwidth`] leaves as written.
fn link_len(s: &str) -> Option<usize> {
    if let Some(dest) = s.strip_prefix("](") {
        return dest.find([')', '\n']).map(|k| 2 + k + 1);
    }
    (s.starts_with("http://") || s.starts_with("https://")).then(|| {
        s.find(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | '<') || !c.is_ascii()).unwrap_or(s.len())
    })
}

/// ( ) , : ; → （ ） ， ： ；, except inside HTML markup (`<!-- … -->`
/// comments, tags, `&nbsp;`: [`markup_len`]), markdown link destinations
/// and addresses ([`link_len`]), and for `:` / `,` between two ASCII
/// letters or digits (`12:30`, `1,000`).
pub fn fullwidth(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut prev = ' ';
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        if let Some(k) = markup_len(rest).or_else(|| link_len(rest)) {
            out.push_str(&rest[..k]);
            at += k;
            prev = ' ';
            continue;
        }
        let c = rest.chars().next().unwrap();
        let next = rest[c.len_utf8()..].chars().next();
        let between_alnum = prev.is_ascii_alphanumeric() && next.is_some_and(|n| n.is_ascii_alphanumeric());
        out.push(match c {
            '(' => '（',
            ')' => '）',
            ',' if !between_alnum => '，',
            ':' if !between_alnum => '：',
            ';' => '；',
            c => c,
        });
        prev = c;
        at += c.len_utf8();
    }
    out
}

pub fn no_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (body, nl) in lines(text) {
        if !is_blank(body) {
            out.push_str(body);
            out.push_str(nl);
        }
    }
    out
}

pub fn blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for (body, nl) in lines(text) {
        let nl = if nl.is_empty() { "\n" } else { nl };
        out.push_str(body);
        out.push_str(nl);
        out.push_str(nl);
    }
    out
}

pub fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

pub fn reindent(text: &str, prefix: &str) -> String {
    map_lines(text, |line| format!("{prefix}{}", line.trim_start_matches(char::is_whitespace)))
}

pub fn indent_ideographic(text: &str) -> String {
    reindent(text, "\u{3000}\u{3000}")
}

pub fn indent_tab(text: &str) -> String {
    reindent(text, "\t")
}

pub fn indent_spaces(text: &str) -> String {
    reindent(text, "    ")
}

pub fn indent_none(text: &str) -> String {
    reindent(text, "")
}

pub fn indent_em(text: &str) -> String {
    reindent(text, "\u{2003}\u{2003}")
}

pub fn indent_en_thin(text: &str) -> String {
    reindent(text, "\u{2002}\u{2009}\u{2002}")
}

pub fn indent_nbsp(text: &str) -> String {
    reindent(text, "\u{A0}\u{A0}\u{A0}\u{A0}")
}

/// `&nbsp;` indentation, as gov.cn HTML writes it.
pub fn indent_nbsp_entity(text: &str) -> String {
    reindent(text, "&nbsp;&nbsp;&nbsp;&nbsp;")
}

/// U+3000, ASCII spaces, a tab and an em space, mixed.
pub fn indent_mixed(text: &str) -> String {
    reindent(text, "\u{3000} \t\u{3000}\u{2003}")
}

/// Invisible characters of web pages: zero-width space, non-joiner, joiner,
/// word joiner, a BOM after the start, soft hyphen, bidi marks, embeddings,
/// overrides and isolates, Arabic letter mark.
pub const INVISIBLE: [char; 17] = [
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{AD}', '\u{200E}', '\u{200F}', '\u{202A}',
    '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
];

/// An invisible character at the start of every line (before its
/// indentation and any markdown marker) and another right before every
/// heading's marker (the lines whose marker the parse of the original
/// finds), cycling through [`INVISIBLE`] (the Arabic letter mark too).
pub fn invisible_before_headings(text: &str) -> String {
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
pub fn invisible_inside_text(text: &str) -> String {
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

pub fn bom(text: &str) -> String {
    format!("\u{FEFF}{text}")
}

pub fn trailing_spaces(text: &str) -> String {
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
pub fn bold_headings(text: &str) -> String {
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

/// The length of the HTML markup `s` starts with: a tag (`<p style="…">`,
/// `</span>`, `<br/>`, closed before the next `<`, over lines as Word's
/// HTML wraps its attributes; a comment `<!-- … -->`, to the
/// end of `s` when it is not closed) or a character
/// reference (`&nbsp;` `&#12288;`). Markup is no text of the page: a
/// transform of the text's layout or punctuation never cuts or rewrites
/// inside it (`&nbsp;` cut in two, or `&nbsp；`, is text of another page).
pub fn markup_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    match b.first()? {
        b'<' => {
            if s.starts_with("<!--") {
                return Some(s.find("-->").map_or(s.len(), |k| k + 3));
            }
            if !b.get(1).is_some_and(|c| c.is_ascii_alphabetic() || *c == b'/' || *c == b'!') {
                return None;
            }
            let end = 1 + s[1..].find(['>', '<'])?;
            (b[end] == b'>').then_some(end + 1)
        }
        b'&' => {
            let body = b.iter().skip(1).take(10).take_while(|c| c.is_ascii_alphanumeric() || **c == b'#').count();
            let len = (body > 0 && b.get(1 + body) == Some(&b';')).then_some(body + 2)?;
            // an entity escaped twice, `&amp;nbsp;`, is one piece
            Some(if s.starts_with("&amp;") {
                len + markup_len(&format!("&{}", &s[len..])).map_or(0, |k| k - 1)
            } else {
                len
            })
        }
        _ => None,
    }
}

/// Block-level HTML tags: a page shows the text after one on a line of its
/// own (the cleaning pass's list).
const BLOCK_TAGS: &[&str] = &[
    "br", "p", "div", "tr", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
    "article",
];

/// Whether `tag` (whole, `<p style="…">`, `</td>`) is a block-level tag.
fn is_block_tag(tag: &str) -> bool {
    let name = tag.trim_start_matches(['<', '/']);
    let len = name.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(name.len());
    BLOCK_TAGS.iter().any(|t| t.eq_ignore_ascii_case(&name[..len]))
}

/// The pieces of a line a transform moves or cuts between, as byte
/// offsets of their ends, display widths and whether the page starts a
/// line after them: a piece of markup ([`markup_len`]; a tag shows
/// nothing, and a block-level tag starts a line, a character reference
/// shows one character) or one character ([`char_width`]).
pub fn atoms(line: &str) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < line.len() {
        let rest = &line[at..];
        let (len, width, block) = match markup_len(rest) {
            Some(k) if rest.starts_with('&') => (k, 1, false),
            Some(k) => (k, 0, is_block_tag(&rest[..k])),
            None => {
                let c = rest.chars().next().unwrap();
                (c.len_utf8(), char_width(c), false)
            }
        };
        at += len;
        out.push((at, width, block));
    }
    out
}

/// The display width of a line as a page shows it: the widest stretch
/// between block-level tags, where tags count nothing and a character
/// reference one character. The line's indentation counts nothing: a
/// page aligns a line by it (a signature pushed right by ideographic
/// spaces), its text is what fills the width.
pub fn visible_width(line: &str) -> usize {
    let (mut widest, mut w) = (0, 0);
    let indent = line.len() - line.trim_start_matches(char::is_whitespace).len();
    for (_, width, block) in atoms(&line[indent..]) {
        w = if block { 0 } else { w + width };
        widest = widest.max(w);
    }
    widest
}

/// Display width: ASCII counts 1, everything else (CJK ideographs,
/// full-width forms, CJK punctuation such as “ ” — …) 2.
pub fn char_width(c: char) -> usize {
    if c.is_ascii() { 1 } else { 2 }
}

/// Would a line starting with `s` read as structure of its own: a block
/// marker in any form the grammar knows (一、 （一） (1) 1. 1、 ① 第一条 …,
/// `@@` residue allowed inside), a 成文日期 (2022年3月10日), a 附件 line, or
/// a markdown construct (# ** <!-- > |)?
pub fn structural_start(s: &str) -> bool {
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
    let mut s = s.trim_start_matches(|c: char| c == '@' || c.is_whitespace());
    // markup before it shows nothing (`<span style="…">（二）`)
    while let Some(k) = markup_len(s).filter(|_| s.starts_with('<') && !s.starts_with("<!--")) {
        s = s[k..].trim_start_matches(|c: char| c == '@' || c.is_whitespace());
    }
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

/// Whether a line break between `before` and `after` breaks a rule of
/// line breaking a typesetter keeps (kinsoku): a line never starts with a
/// closing mark (`。` `，` `、` `）` `”` `》` …) nor ends with an opening
/// one (`（` `“` `《` `〔`), markup between them left out.
pub fn kinsoku(before: &str, after: &str) -> bool {
    let mut after = after;
    while let Some(k) = markup_len(after).filter(|_| after.starts_with('<')) {
        after = &after[k..];
    }
    let mut before = before;
    while let Some(open) = before.rfind('<').filter(|&o| markup_len(&before[o..]) == Some(before.len() - o)) {
        before = &before[..open];
    }
    after.starts_with(['。', '，', '、', '；', '：', '？', '！', '）', '”', '’', '》', '〕', '】'])
        || before.ends_with(['（', '“', '‘', '《', '〔', '【'])
}

/// Whether `s` is a block's marker alone (`第一章` `第十条` `一、` `（一）`
/// `1.`), as it stands before the white space that parts it from its title.
fn marker_alone(s: &str) -> bool {
    let s = s.trim_start_matches(char::is_whitespace);
    let inner = s
        .strip_prefix('第')
        .and_then(|r| r.strip_suffix(['编', '章', '节', '条']))
        .or_else(|| s.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])))
        .or_else(|| s.strip_suffix(['、', '.', '．']));
    inner.is_some_and(|n| {
        !n.is_empty() && n.chars().all(|c| "〇零一二三四五六七八九十百千两".contains(c) || c.is_ascii_digit())
    })
}

/// The lines of a text whose paragraphs are run on in one line with their
/// indentation between them (`…现作出如下决定：　　一、充分认识…　　（一）…`,
/// `…报告国务院。　　　　国务院办公厅　　　　2014年5月16日`), as a page
/// shows them: the line is cut before each run of two or more white-space
/// characters, which stays as the next line's indentation, after a
/// sentence's end, before a line of structure ([`structural_start`]: a
/// heading, a date) or where it is four or more wide (a signature's
/// alignment) — not between a title and its holder's name, `总理　李克强` —,
/// unless only a block's marker stands before it (`第一章　　总则`,
/// [`marker_alone`]) or it follows markup (`<p>　　`). A PDF never runs two paragraphs on in
/// one line, so [`hard_wrap`] wraps these lines.
pub fn split_run_on(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut at = 0;
    let content_start = line.len() - line.trim_start_matches(char::is_whitespace).len();
    for (i, c) in line.char_indices() {
        if i < at || i < content_start || !c.is_whitespace() {
            continue;
        }
        let gap = line[i..].len() - line[i..].trim_start_matches(char::is_whitespace).len();
        at = i + gap;
        let spaces = line[i..i + gap].chars().count();
        let before = &line[start..i];
        let parts = before.ends_with(['。', '；', '：', '！', '？']) || structural_start(&line[at..]) || spaces >= 4;
        if spaces >= 2 && parts && at < line.len() && !marker_alone(before) && !before.ends_with(['>', ';']) {
            out.push(before);
            start = i;
        }
    }
    out.push(&line[start..]);
    out
}

/// Text as copied out of a PDF laid out `width` columns wide: every line
/// wider than `width` is cut into consecutive pieces of width ≤ `width`,
/// at char boundaries, without adding or removing a character. Width is
/// what the page shows ([`visible_width`]): HTML markup of a scraped page
/// is never cut ([`atoms`]), its tags count nothing, and a block-level tag
/// (`<p>`, `<br>`, `<td>` …) starts a line of the page, as a PDF's
/// paragraph starts a line: the paragraphs of a page's source are wrapped
/// as a PDF's are.
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
pub fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for (body, nl) in lines(text) {
        let nl_or = if nl.is_empty() { "\n" } else { nl };
        let pieces = split_run_on(body);
        for (p, &piece) in pieces.iter().enumerate() {
            if p > 0 {
                out.push_str(nl_or);
            }
            wrap_line(piece, width, nl_or, &mut out);
        }
        out.push_str(nl);
    }
    out
}

/// [`hard_wrap`] of one line of the page.
fn wrap_line(line: &str, width: usize, nl_or: &str, out: &mut String) {
    let mut rest = line;
    loop {
        if visible_width(rest) <= width {
            out.push_str(rest);
            break;
        }
        // Greedy: the longest run of pieces of width <= width since the
        // last block-level tag (at least one piece); `ends` are the
        // places a cut may go.
        let mut w = 0;
        let indent = rest.len() - rest.trim_start_matches(char::is_whitespace).len();
        let mut ends = Vec::new();
        for (end, pw, block) in atoms(&rest[indent..]).into_iter().map(|(e, w, b)| (e + indent, w, b)) {
            if w + pw > width && !ends.is_empty() {
                break;
            }
            w = if block { 0 } else { w + pw };
            ends.push(end);
        }
        // Move the cut earlier while the next line would start with
        // something structural; keep the greedy cut if no safe cut exists.
        let greedy = *ends.last().unwrap();
        // A page never starts a line with a closing mark nor ends one
        // with an opening mark (kinsoku): such a cut moves earlier too.
        let cut = ends
            .iter()
            .rev()
            .copied()
            .find(|&k| !structural_start(&rest[k..]) && !kinsoku(&rest[..k], &rest[k..]))
            .unwrap_or(greedy);
        out.push_str(&rest[..cut]);
        out.push_str(nl_or);
        rest = &rest[cut..];
    }
}

/// Whether `text` is a scraped HTML page: some line of it carries a
/// block-level tag (`<p>`, `<br>`, `<td>` …, [`BLOCK_TAGS`]; inline tags
/// such as `<span>` or character references alone do not make a page).
/// The PDF transforms leave such a text alone: a PDF's text is what a page
/// shows, never its source, so a page's source hard-wrapped at a column is
/// no input anyone meets (and its lines, measured with their markup, show
/// no wrap width a parser could read).
pub fn is_html_page(text: &str) -> bool {
    text.lines().any(|line| line.contains('<') && atoms(line).iter().any(|&(_, _, block)| block))
}

/// [`hard_wrap`] at 60 columns of a text that is no HTML page
/// ([`is_html_page`]: left alone).
pub fn hard_wrap_60(text: &str) -> String {
    if is_html_page(text) {
        return text.to_string();
    }
    hard_wrap(text, 60)
}

/// [`hard_wrap`] at 80 columns of a text that is no HTML page
/// ([`is_html_page`]: left alone).
pub fn hard_wrap_80(text: &str) -> String {
    if is_html_page(text) {
        return text.to_string();
    }
    hard_wrap(text, 80)
}

/// Page furniture as a PDF extractor leaves it between two pages: a blank
/// line, the page number centred by spaces, a form feed and, from the
/// second page on when the text has at least three page breaks, a running
/// header.
pub fn page_break(page: usize, number: &str, header: bool) -> String {
    let header = if header { "国务院公报政策文件选编\n" } else { "" };
    format!("\n\u{3000}\u{3000}\u{3000}{}\n\u{c}{header}", number.replace('N', &page.to_string()))
}

/// Text copied out of a PDF laid out 60 columns wide, `lines` lines a page:
/// [`hard_wrap`], then page furniture (see [`page_break`]) after every page,
/// mostly inside a paragraph.
///
/// An HTML page ([`is_html_page`]) is left alone: it is no PDF's text.
pub fn pdf_pages(text: &str, lines_per_page: usize, number: &str) -> String {
    if is_html_page(text) {
        return text.to_string();
    }
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

pub fn pdf_pages_dashes(text: &str) -> String {
    pdf_pages(text, 23, "— N —")
}

pub fn pdf_pages_page_of(text: &str) -> String {
    pdf_pages(text, 31, "第N页")
}

/// Text of a PDF whose extractor joined the lines of each paragraph: a page
/// break after every `every`th line, cutting the line where it is long
/// enough (the first 30 characters stay on the page, unless a sentence
/// ends there or the rest would start like a heading, then the line goes
/// whole onto the page).
pub fn pdf_paragraph_breaks(text: &str) -> String {
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
pub fn old_mac(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r")
}

pub fn vertical_tabs(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\u{b}")
}

pub fn line_separators(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\u{2028}")
}

pub fn paragraph_separators(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\u{2029}")
}

pub fn next_lines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\u{85}")
}

/// A line break inside a paragraph (`br`) after each comma of a line that
/// goes on with text, never before what would start a line of structure
/// of its own ([`structural_start`]), nor in a table's row: Word's manual
/// line break (Shift+Enter) as a writer breaks a long sentence, in a text
/// with paragraph breaks. The parts are one paragraph. A text of one line
/// has no paragraph break, and a break of its own there is a line's end
/// (the [`vertical_tabs`] text): such a text is left as it is.
pub fn soft_breaks(text: &str, br: char) -> String {
    if !text.trim_end().contains('\n') {
        return text.to_string();
    }
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

pub fn soft_vertical_tabs(text: &str) -> String {
    soft_breaks(text, '\u{b}')
}

pub fn soft_line_separators(text: &str) -> String {
    soft_breaks(text, '\u{2028}')
}

pub fn soft_next_lines(text: &str) -> String {
    soft_breaks(text, '\u{85}')
}

/// The lines that open with a block's marker (after their indentation),
/// as byte offsets of their starts.
pub fn heading_line_starts(text: &str) -> BTreeSet<usize> {
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
pub fn map_heading_lines(text: &str, f: impl Fn(&str, &str, &str) -> String) -> String {
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
pub fn italic_headings(text: &str) -> String {
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
pub fn list_numbered_headings(text: &str) -> String {
    map_heading_lines(text, |indent, content, trailing| {
        if content.starts_with(|c: char| c.is_ascii_digit() || !c.is_alphanumeric() && c != '（' && c != '(') {
            format!("{indent}{content}{trailing}")
        } else {
            format!("{indent}1. {content}{trailing}")
        }
    })
}

/// The first eight lines (the notice's head) quoted under `> `, the rest
/// not; a YAML front matter (`---` … `---` opening the text) stays as it
/// is, and the eight lines after it are quoted: `> ---` is no front matter.
pub fn quoted_head(text: &str) -> String {
    let front = text.strip_prefix("---\n").and_then(|rest| rest.find("\n---\n").map(|k| 4 + k + 5)).unwrap_or(0);
    let mut k = 0;
    let quoted = map_lines(&text[front..], |line| {
        k += 1;
        if k <= 8 { format!("> {line}") } else { line.to_string() }
    });
    format!("{}{quoted}", &text[..front])
}

pub fn composite(text: &str) -> String {
    crlf(&trailing_spaces(&indent_ideographic(&no_blank_lines(&halfwidth(text)))))
}

// ------------------------------------------------------------------ checks

/// A line diff of two fact lists (longest common subsequence), as up to
/// `limit` `-`/`+` lines, each preceded by the last equal line for context.
pub fn diff(old: &[String], new: &[String], limit: usize) -> String {
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

/// Parse every document of `fixtures` before and after `transform`: the
/// number of documents whose facts differ (or that do not parse), and a
/// compact diff of each.
pub fn check_in(name: &str, transform: fn(&str) -> String, fixtures: &[(String, String)]) -> (usize, String) {
    let mut failures = String::new();
    let mut failed = 0;
    for (fixture, text) in fixtures {
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
    (failed, failures)
}

// ------------------------------------------------------------- one line

/// Every line break removed, the lines joined with nothing: a document
/// stored as one database field, or `<p>` texts joined with no separator.
/// Markdown heading marks (`## `) are line syntax, meaningless once the
/// line is gone, and are dropped with the break.
pub fn one_line(text: &str) -> String {
    lines(text).map(|(body, _)| body.trim_start_matches(['#', ' '])).collect()
}

/// One fact of the block tree, for the one-line comparison: the block's
/// path, kind and number (or a clause with its bodies and roles), its title,
/// and whether that title ended its line in the original text.
#[derive(Debug)]
pub struct TreeFact {
    pub key: String,
    pub title: Option<String>,
    pub ends_line: bool,
}

pub fn tree_facts(text: &str, doc: &Document) -> Vec<TreeFact> {
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
pub fn tree_lines(facts: &[TreeFact], original: Option<&[TreeFact]>) -> Vec<String> {
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

/// Parse every document of `fixtures` whole and run onto one line
/// ([`one_line`]) and compare their block trees ([`tree_facts`], loosely
/// for a title that ended its line, see [`tree_lines`]): the number of
/// documents that differ, a diff of each, and how many titles were kept
/// exactly and how many loosely.
pub fn check_one_line_in(fixtures: &[(String, String)]) -> (usize, String, usize, usize) {
    let mut failures = String::new();
    let mut failed = 0;
    let (mut exact, mut loose) = (0, 0);
    for (fixture, text) in fixtures {
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
    (failed, failures, exact, loose)
}
