//! Cited documents: one production, a citation of another document in
//! running text.
//!
//! Forms:
//! - a title in book-title brackets: `《关于…的通知》`, a law without a 文号
//!   (`《中华人民共和国安全生产法》`), a title with a version bracket inside
//!   (`《规划（2021—2035年）》`, kept as written);
//! - such a title with its 发文字号 in round brackets after it:
//!   `《…的通知》（国发〔2014〕25号）`, `《…》(国发[2014]25号)`, also followed
//!   by more words before the closing bracket (`（国发〔2014〕25号，以下简称…）`);
//! - a 文号 alone in running text: `国办发〔2019〕4号`, `国发〔2014〕25号文件`,
//!   `沪府办发〔2024〕3号`, `国务院令第693号`, with 〔〕 `[]` `［］` `【】` `()`
//!   `（）` around the year; the words that lead into it (根据, 按照, 和, …)
//!   are no part of its issuer code;
//! - several titles in a row (`《A》《B》`, `《A》和《B》`, `《A》、《B》`): one
//!   citation each.
//!
//! Not forms (left to the caller, which knows the frame): the document's own
//! 发文字号 line and its own title (or an attachment's), in the notice head or
//! named in the notice body (`现将《本方案》印发给你们`). A 《》 around a
//! newspaper or a book is still a citation, of kind `other`.
//!
//! Emits [`Found`]: offsets into the line, the title (inside the brackets),
//! the 文号 normalised by [`doc_number`](super::doc_number) (〔〕, ASCII
//! digits), and the [`ReferenceKind`] read off the title's ending.

use super::doc_number::doc_number;
use super::numeral::is_digit;
use crate::ast::{Block, Document, Reference, ReferenceKind};
use crate::punct::{self, BOOK_L, BOOK_R, Bracket, BracketAt};
use crate::source::{Line, Source};
use nom::{IResult, Parser, character::complete::satisfy};
use std::borrow::Cow;
use std::collections::HashSet;

/// Longest title read between 《 and 》, in bytes (a longer run is an
/// unclosed bracket, not a title).
const MAX_TITLE_BYTES: usize = 100 * 3;
/// Most bytes between a 文号 after a title and the bracket that closes it
/// (`，以下简称《意见》`).
const MAX_TAIL_BYTES: usize = 40 * 3;
/// Longest issuer code of a 文号, in characters.
const MAX_CODE_CHARS: usize = 16;

/// One citation found in a line; offsets are bytes into the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found<'s> {
    /// Where the citation starts (its 《 or the 文号's first character).
    pub(crate) start: usize,
    /// Where it ends (after 》, after the closing bracket of its 文号, or
    /// after 号).
    pub(crate) end: usize,
    /// The title without its brackets.
    pub(crate) title: Option<&'s str>,
    /// The 文号 as written and normalised.
    pub(crate) number: Option<(&'s str, Cow<'s, str>)>,
    pub(crate) kind: ReferenceKind,
}

/// Fill `doc.references` from the document's `lines` (its frame and
/// bodies; no metadata header, no 版记), and each block's own: the 《 and 号
/// of the text index (found in the one pass that indexes brackets) tell
/// which lines to read; no other line is looked at.
pub(crate) fn attach<'a>(src: &Source<'a>, lines: &[Line<'_>], doc: &mut Document<'a>) {
    let (all_brackets, all_hao) = (src.brackets(), src.hao());
    let mut books = all_brackets.iter().filter(|b| b.kind() == Bracket::BookOpen).map(|b| b.at()).peekable();
    let mut hao = all_hao.iter().copied().peekable();
    src.work(lines.len() + all_hao.len());
    // the document's own 发文字号 lines (a title's 《》 is read like any
    // other: 关于贯彻落实《规划》的意见 cites 规划, 关于印发《方案》的通知 is
    // excluded below as naming the document itself)
    // (the document's and its notice's: two at most, in an array)
    let own_spans = [doc.doc_number_span, doc.notice.as_ref().and_then(|n| n.doc_number_span)];
    // the document's own titles, and the titles in book-title brackets
    // inside them (关于印发《方案》的通知 names 方案)
    let own_titles: Vec<&str> = doc
        .title
        .iter()
        .chain(doc.notice.iter().flat_map(|n| n.title.iter()))
        .map(|t| t.as_ref())
        .chain(doc.attachments.iter().map(|a| a.title.as_ref()))
        .flat_map(|t| std::iter::once(t).chain(inner_titles(t)))
        .collect();
    // (many attachments: their titles' words in a set, so that the work
    // stays linear)
    let own_set: Option<HashSet<String>> =
        (own_titles.len() > MAX_LINEAR_TITLES).then(|| own_titles.iter().map(|t| title_words(t)).collect());
    // (the few: each compared only when its first word character, found
    // once when a citation is first compared, is the citation's)
    let firsts = std::cell::OnceCell::new();
    let is_own = |t: &str| match &own_set {
        Some(set) => set.contains(&title_words(t)),
        None => {
            let firsts: &Vec<Option<char>> = firsts.get_or_init(|| own_titles.iter().map(|o| first_word(o)).collect());
            let first = first_word(t);
            own_titles.iter().zip(firsts).any(|(o, &f)| f == first && same_title(o, t))
        }
    };
    let own_numbers = [doc.doc_number.as_deref(), doc.notice.as_ref().and_then(|n| n.doc_number.as_deref())];
    let mut found = Vec::new();
    let mut out = Vec::new();
    // titles the text says it prints (`《X》主要内容如下。` in a news wire's
    // lead): the document itself, whatever its page calls it
    let mut printed: Vec<&str> = Vec::new();
    for line in lines {
        let end = line.end();
        let mut any = false;
        while books.next_if(|&b| b < end).is_some() {
            any = true;
        }
        while hao.next_if(|&h| h < end).is_some() {
            any = true;
        }
        if !any {
            continue;
        }
        found.clear();
        let (start, b) = (line.start, all_brackets);
        let brackets = &b[b.partition_point(|e| e.at() < start)..b.partition_point(|e| e.at() < end)];
        let hao = &all_hao[all_hao.partition_point(|&h| h < start)..all_hao.partition_point(|&h| h < end)];
        references(line.text, Marks { brackets, hao, base: start }, &mut found);
        src.work(found.len() + 1);
        for f in &found {
            let span = src.span_of(&line.text[f.start..f.end]);
            if own_spans.iter().flatten().any(|s| s.start <= span.start && span.end <= s.end) {
                continue;
            }
            // the document's own title (unless cited with another 文号: an
            // earlier version of it)
            let other_number = f.number.as_ref().is_some_and(|n| !own_numbers.contains(&Some(n.1.as_ref())));
            if !other_number && f.title.is_some_and(&is_own) {
                continue;
            }
            // a line that is a 发文字号 alone is a document's own
            if f.title.is_none() && f.start == 0 && f.end == line.text.len() {
                continue;
            }
            if let Some(t) = f.title.filter(|_| f.number.is_none() && prints_after(&line.text[f.end..])) {
                printed.push(t);
            }
            let number = f
                .number
                .as_ref()
                .map(|(written, n)| if *written == n.as_ref() { src.text(written) } else { Cow::Owned(n.to_string()) });
            out.push(Reference { title: f.title.map(|t| src.text(t)), doc_number: number, kind: f.kind, span });
        }
    }
    if !printed.is_empty() {
        out.retain(|r| {
            r.doc_number.is_some() || !r.title.as_deref().is_some_and(|t| printed.iter().any(|p| same_title(p, t)))
        });
    }
    if out.is_empty() {
        return;
    }
    // blocks in document order take the citations in order: one cursor
    let mut at = 0;
    for b in &mut doc.sections {
        to_blocks(b, &out, &mut at);
    }
    for a in &mut doc.attachments {
        for b in &mut a.sections {
            to_blocks(b, &out, &mut at);
        }
    }
    doc.references = out;
}

/// What a text says after a title to print the document it names: its full
/// text or its main content, as follows.
const PRINTS: [&str; 3] = ["全文如下", "主要内容如下", "内容如下"];

/// Whether the text right after a citation's 》 says the document follows
/// (`》主要内容如下。`, `》全文如下：`).
fn prints_after(after: &str) -> bool {
    let after = punct::trim_start(after);
    PRINTS.iter().any(|p| after.starts_with(p))
}

/// Whether two titles have the same words, punctuation, quotes and spaces
/// aside (`关于“规划”的意见` and `关于<“规划”>的意见`): compared character by
/// character, without allocating, ideographs and ASCII and full-width
/// letters and digits counted as words.
fn same_title(a: &str, b: &str) -> bool {
    // (the bytes both start with compare equal however they are filtered:
    // only what follows that common start is compared word by word, from
    // the character boundary at or before it — a boundary of both, their
    // bytes being the same up to there. A title cited as it is written is
    // one walk over its bytes)
    let mut p = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(p) {
        p -= 1;
    }
    a[p..].chars().filter(is_word).eq(b[p..].chars().filter(is_word))
}

/// The first character of `t` that [`same_title`] compares: titles whose
/// first ones differ differ.
fn first_word(t: &str) -> Option<char> {
    t.chars().find(is_word)
}

/// A character [`same_title`] compares.
fn is_word(c: &char) -> bool {
    c.is_ascii_alphanumeric() || punct::is_ideograph(*c) || matches!(*c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ')
}

/// The characters of `t` that [`same_title`] compares.
fn title_words(t: &str) -> String {
    t.chars().filter(is_word).collect()
}

/// Most own titles compared one by one with each citation.
const MAX_LINEAR_TITLES: usize = 8;

/// Verbs of a covering notice's title before the covered document's
/// 《title》: 关于印发《方案》的通知.
const COVERING_VERBS: [&str; 5] = ["印发", "转发", "发布", "颁布", "公布"];

/// The titles in book-title brackets inside `t` that a covering verb
/// introduces (关于印发《方案》的通知: the document itself; not 关于贯彻落实
/// 《规划》的意见, which cites 规划).
fn inner_titles(t: &str) -> impl Iterator<Item = &str> {
    // (a title cited in a title opens a 《: a title without one is not
    // searched)
    let mut found = Vec::new();
    if t.contains(punct::BOOK_L) {
        references_in(t, &mut found);
    }
    found.into_iter().filter(|f| COVERING_VERBS.iter().any(|v| t[..f.start].ends_with(v))).filter_map(|f| f.title)
}

/// Give `b` and its descendants the citations (in order) in their own text:
/// from the marker to the first child. `at` is the first citation not yet
/// passed; blocks come in document order, so each citation is visited once
/// and the walk stops when none is left.
fn to_blocks<'a>(b: &mut Block<'a>, refs: &[Reference<'a>], at: &mut usize) {
    if *at >= refs.len() {
        return;
    }
    let own_end = b.children.first().map_or(b.span.end, |c| c.span.start);
    while refs.get(*at).is_some_and(|r| r.span.start < b.span.start) {
        *at += 1;
    }
    let from = *at;
    while refs.get(*at).is_some_and(|r| r.span.start < own_end) {
        *at += 1;
    }
    if *at > from {
        *b.references_mut() = refs[from..*at].to_vec();
    }
    for c in &mut b.children {
        to_blocks(c, refs, at);
    }
}

/// The 《, 》 and 号 of a text, from the text index or found by
/// [`punct::brackets`]: offsets minus `base` are offsets into the text.
#[derive(Clone, Copy)]
pub(crate) struct Marks<'x> {
    pub(crate) brackets: &'x [BracketAt],
    pub(crate) hao: &'x [usize],
    pub(crate) base: usize,
}

/// Every citation in `t` (a title, a test's line), its marks found here.
fn references_in<'s>(t: &'s str, out: &mut Vec<Found<'s>>) {
    let (mut brackets, mut hao) = (Vec::new(), Vec::new());
    punct::brackets(t, &mut brackets, &mut Vec::new(), &mut hao);
    references(t, Marks { brackets: &brackets, hao: &hao, base: 0 }, out);
}

/// Every citation in `line`, whose marks are `marks`, in order, appended to
/// `out`.
pub(crate) fn references<'s>(line: &'s str, marks: Marks<'_>, out: &mut Vec<Found<'s>>) {
    let base = marks.base;
    let books = marks
        .brackets
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind() == Bracket::BookOpen)
        .map(|(k, e)| (e.at() - base, k));
    let hao = marks.hao.iter().map(|&h| (h - base, usize::MAX));
    // both lists are in order: merge them
    let mut books = books.peekable();
    let mut hao = hao.peekable();
    let mut done = 0;
    loop {
        let (at, k) = match (books.peek(), hao.peek()) {
            (Some(&b), Some(&h)) => {
                if b.0 < h.0 {
                    books.next();
                    b
                } else {
                    hao.next();
                    h
                }
            }
            (Some(&b), None) => {
                books.next();
                b
            }
            (None, Some(&h)) => {
                hao.next();
                h
            }
            (None, None) => break,
        };
        if at < done {
            continue;
        }
        let found =
            if k == usize::MAX { bare_number(line, at) } else { titled(line, at, &marks.brackets[k + 1..], base) };
        if let Some(f) = found {
            done = f.end;
            out.push(f);
        }
    }
}

/// A citation opening with the 《 at `at`, followed by the brackets
/// `after` (offsets minus `base`).
fn titled<'s>(line: &'s str, at: usize, after: &[BracketAt], base: usize) -> Option<Found<'s>> {
    let inner = at + BOOK_L.len_utf8();
    // an unclosed 《 before another one: the inner one is the citation
    let next = after.iter().find(|e| matches!(e.kind(), Bracket::BookOpen | Bracket::BookClose))?;
    if next.kind() == Bracket::BookOpen {
        return None;
    }
    let close = next.at() - base;
    let title = &line[inner..close];
    if title.is_empty() || title.len() > MAX_TITLE_BYTES {
        return None;
    }
    let after = close + BOOK_R.len_utf8();
    let (end, number) = match bracketed_number(&line[after..]) {
        Some((len, written, n)) => (after + len, Some((written, n))),
        None => (after + alias(&line[after..]).unwrap_or(0), None),
    };
    Some(Found { start: at, end, title: Some(title), number, kind: kind_of_title(title) })
}

/// Offset of the first closing round bracket in the first
/// [`MAX_TAIL_BYTES`] of `s`.
fn close_within_tail(s: &str) -> Option<usize> {
    s.char_indices().take_while(|&(k, _)| k <= MAX_TAIL_BYTES).find(|&(_, c)| punct::is_rparen(c)).map(|(k, _)| k)
}

/// `（国发〔2014〕25号）` at the start of `i`, or `（国发〔2014〕25号，…）`:
/// its length, the 文号 as written, and normalised.
fn bracketed_number(i: &str) -> Option<(usize, &str, Cow<'_, str>)> {
    let open: IResult<&str, char> = satisfy(punct::is_lparen).parse(i);
    let (rest, _) = open.ok()?;
    let (after, n) = doc_number(rest).ok()?;
    let written = &rest[..rest.len() - after.len()];
    let close: IResult<&str, char> = satisfy(punct::is_rparen).parse(after);
    if let Ok((tail, _)) = close {
        return Some((i.len() - tail.len(), written, n));
    }
    // more words after a comma or semicolon, up to the closing bracket
    let c = after.chars().next()?;
    if !(punct::is_comma(c) || punct::is_semicolon(c) || c == punct::DUNHAO) {
        return None;
    }
    let k = close_within_tail(after)?;
    if after[..k].contains(punct::is_lparen) {
        return None;
    }
    let end = i.len() - after.len() + k + after[k..].chars().next().map_or(0, char::len_utf8);
    Some((end, written, n))
}

/// Words that introduce the short name a text gives a cited title.
const ALIAS_WORDS: [&str; 4] = ["以下简称", "以下称", "简称", "下称"];

/// `（以下简称《规划》）` at the start of `i`: its length. The short name is
/// part of the citation it follows, not a citation of its own.
fn alias(i: &str) -> Option<usize> {
    let open: IResult<&str, char> = satisfy(punct::is_lparen).parse(i);
    let (rest, _) = open.ok()?;
    let w = ALIAS_WORDS.iter().find(|w| rest.starts_with(*w))?;
    let k = close_within_tail(rest)?;
    if rest[w.len()..k].contains(punct::is_lparen) {
        return None;
    }
    let close = rest[k..].chars().next().map_or(0, char::len_utf8);
    Some(i.len() - rest.len() + k + close)
}

/// Words that lead into a 文号 in running text and are no part of its
/// issuer code, longest first.
const LEAD_WORDS: [&str; 27] = [
    "根据", "按照", "依据", "依照", "参照", "对照", "遵照", "执行", "落实", "贯彻", "详见", "参见", "印发", "转发",
    "以及", "和", "及", "与", "或", "见", "按", "据", "的", "将", "对", "由", "原",
];

/// A 文号 ending with the 号 at `hao`, read backwards to where it starts.
fn bare_number(line: &str, hao: usize) -> Option<Found<'_>> {
    let before = &line[..hao];
    let mut chars = before.char_indices().rev().peekable();
    // the number
    let mut digits = 0;
    while chars.next_if(|&(_, c)| is_digit(c)).is_some() {
        digits += 1;
    }
    if digits == 0 {
        return None;
    }
    let (_, mut c) = chars.next()?;
    // `〔2023〕第5号`: 第 before the number, after the year
    if c == '第' && chars.peek().is_some_and(|&(_, c)| punct::is_year_close(c)) {
        c = chars.next()?.1;
    }
    let code_end = if c == '第' {
        // 令第N号
        let (k, c) = chars.next()?;
        if c != '令' {
            return None;
        }
        k + c.len_utf8()
    } else {
        // 〔YYYY〕
        if !punct::is_year_close(c) {
            return None;
        }
        let mut year = 0;
        while chars.next_if(|&(_, c)| is_digit(c)).is_some() {
            year += 1;
        }
        let (k, c) = chars.next()?;
        if year != 4 || !punct::is_year_open(c) {
            return None;
        }
        k
    };
    // the issuer code: the ideographs before, without the words leading
    // into it
    let start = before[..code_end]
        .char_indices()
        .rev()
        .take(MAX_CODE_CHARS)
        .take_while(|&(_, c)| punct::is_ideograph(c))
        .last()
        .map_or(code_end, |(k, _)| k);
    let mut code = &before[start..code_end];
    // a date's 日 (年, 月) right before: `2017年12月28日公安部令第159号`
    if before[..start].ends_with(is_digit) {
        if let Some(rest) = code.strip_prefix(['日', '月', '年']) {
            code = rest;
        }
    }
    // the words leading into it: one of two characters wherever it stands
    // in the run (`政府要按照国办发〔1993〕71号`), the code starting after
    // the last; one of one character only at its start (和 is also in
    // 中华人民共和国国务院令); the code keeps at least two characters
    let mut cut = 0;
    for (k, _) in code.char_indices() {
        if let Some(w) = LEAD_WORDS.iter().find(|w| w.len() > 3 && code[k..].starts_with(*w)) {
            if code.len() - (k + w.len()) > 3 {
                cut = k + w.len();
            }
        }
    }
    code = &code[cut..];
    while let Some(w) = LEAD_WORDS.iter().find(|w| code.starts_with(*w) && code.len() > w.len() + 3) {
        code = &code[w.len()..];
    }
    let start = code_end - code.len();
    // a 令 form keeps 令 in its code: the code is at least one more character
    if start == code_end {
        return None;
    }
    let end = hao + '号'.len_utf8();
    let (rest, n) = doc_number(&line[start..]).ok()?;
    if line.len() - rest.len() != end {
        return None;
    }
    let kind = if line[start..end].contains("令第") { ReferenceKind::Regulation } else { ReferenceKind::Document };
    Some(Found { start, end, title: None, number: Some((&line[start..end], n)), kind })
}

/// Endings of the titles of laws, regulations and documents. `办法` is
/// checked before `法`, and `方法`/`做法`/`看法`/`说法` are no laws.
const REGULATION_ENDINGS: [&str; 9] = ["条例", "规定", "办法", "细则", "规则", "准则", "通则", "规程", "章程"];
const NOT_LAW_ENDINGS: [&str; 5] = ["方法", "做法", "看法", "说法", "想法"];
const DOCUMENT_ENDINGS: [&str; 43] = [
    "通知",
    "意见",
    "方案",
    "规划",
    "决定",
    "决议",
    "纲要",
    "计划",
    "批复",
    "复函",
    "函",
    "公告",
    "通告",
    "通报",
    "报告",
    "指南",
    "指引",
    "目录",
    "清单",
    "要点",
    "措施",
    "举措",
    "纲领",
    "战略",
    "行动",
    "政策",
    "命令",
    "令",
    "指示",
    "标准",
    "规范",
    "导则",
    "议定书",
    "协定",
    "公约",
    "宣言",
    "白皮书",
    "若干问题",
    "请示",
    "汇报",
    "预案",
    "倡议",
    "名录",
];

/// What a cited title names, by its ending, once the version brackets at its
/// end (`（2021—2035年）`, `（试行）`, `（修订）`) are set aside.
pub(crate) fn kind_of_title(title: &str) -> ReferenceKind {
    let mut t = punct::trim(title);
    while let Some(c) = t.chars().next_back().filter(|&c| punct::is_rparen(c)) {
        let body = &t[..t.len() - c.len_utf8()];
        match body.rfind(punct::is_lparen) {
            Some(k) => t = punct::trim(&body[..k]),
            None => break,
        }
    }
    // (the last byte first: most endings are rejected without a compare of
    // the whole ending)
    let last = t.as_bytes().last().copied();
    let ends = |e: &&str| e.as_bytes().last().copied() == last && t.ends_with(*e);
    if REGULATION_ENDINGS.iter().any(ends) {
        ReferenceKind::Regulation
    } else if (t.ends_with('法') && !NOT_LAW_ENDINGS.iter().any(ends)) || t.ends_with("法典") {
        ReferenceKind::Law
    } else if DOCUMENT_ENDINGS.iter().any(ends) {
        ReferenceKind::Document
    } else {
        ReferenceKind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReferenceKind::{Law, Other, Regulation};
    const DOC: ReferenceKind = ReferenceKind::Document;

    /// (title, written 文号, normalised 文号, kind, cited text) of each
    /// citation of `line`.
    fn refs(line: &str) -> Vec<(Option<&str>, Option<String>, ReferenceKind, &str)> {
        let mut out = Vec::new();
        references_in(line, &mut out);
        out.into_iter().map(|f| (f.title, f.number.map(|n| n.1.into_owned()), f.kind, &line[f.start..f.end])).collect()
    }

    fn one(line: &str) -> (Option<&str>, Option<String>, ReferenceKind, &str) {
        let r = refs(line);
        assert_eq!(r.len(), 1, "{line}: {r:?}");
        r.into_iter().next().unwrap()
    }

    /// A text that says it prints the document a citation names (a news
    /// wire's `《X》主要内容如下。` over the text) cites no other document
    /// there, nor where its lead names it before; a document it does not
    /// say it prints, and the same title with a 文号 of its own, stay.
    #[test]
    fn a_title_the_text_says_it_prints_is_its_own() {
        let cited = |text: &str| -> Vec<String> {
            let doc = crate::parse(text).expect("parses");
            doc.references.iter().map(|r| r.title.as_deref().unwrap_or("").to_string()).collect()
        };
        let text = "# 某某战略规玥纲要(2022-2035年)\n新华社北京12月14日电 近日，某某印发了《某某战略规划纲要（2022－2035年）》，要求认真贯彻落实。\n《某某战略规划纲要（2022－2035年）》主要内容如下。\n根据《某某发展第十四个五年规划纲要》，制定本规划纲要。\n一、规划背景\n（一）成效\n内需增强。\n";
        assert_eq!(cited(text), ["某某发展第十四个五年规划纲要"]);
        let text = "某某纲要\n新华社北京12月14日电 某某印发了《某某战略规划纲要》，要求落实。\n根据《某某发展规划纲要》，制定本纲要。\n一、规划背景\n内需增强。\n";
        assert_eq!(cited(text), ["某某战略规划纲要", "某某发展规划纲要"]);
        assert!(prints_after("主要内容如下。") && prints_after(" 全文如下：") && !prints_after("的内容如下"));
    }

    #[test]
    fn a_title_alone() {
        let (t, n, k, s) = one("认真贯彻《国务院关于加强地方政府性债务管理的意见》精神。");
        assert_eq!((t, n, k), (Some("国务院关于加强地方政府性债务管理的意见"), None, DOC));
        assert_eq!(s, "《国务院关于加强地方政府性债务管理的意见》");
    }

    #[test]
    fn a_title_with_its_doc_number() {
        for (line, cited) in [
            ("按照《国务院关于…的通知》（国发〔2014〕25号）要求", "《国务院关于…的通知》（国发〔2014〕25号）"),
            ("按照《国务院关于…的通知》(国发[2014]25号)要求", "《国务院关于…的通知》(国发[2014]25号)"),
            ("按照《国务院关于…的通知》（国发［2014］25号）要求", "《国务院关于…的通知》（国发［2014］25号）"),
            ("按照《国务院关于…的通知》（国发【2014】25号）要求", "《国务院关于…的通知》（国发【2014】25号）"),
            ("按照《国务院关于…的通知》（国发（2014）25号）要求", "《国务院关于…的通知》（国发（2014）25号）"),
            ("按照《国务院关于…的通知》（国发(2014)25号）要求", "《国务院关于…的通知》（国发(2014)25号）"),
            ("按照《国务院关于…的通知》（国发﹝2014﹞25号）要求", "《国务院关于…的通知》（国发﹝2014﹞25号）"),
            ("按照《国务院关于…的通知》（国发〔2014〕第25号）要求", "《国务院关于…的通知》（国发〔2014〕第25号）"),
            (
                "按照《国务院关于…的通知》（国发〔２０１４〕２５号）要求",
                "《国务院关于…的通知》（国发〔２０１４〕２５号）",
            ),
        ] {
            let (t, n, k, s) = one(line);
            assert_eq!((t, n.as_deref(), k, s), (Some("国务院关于…的通知"), Some("国发〔2014〕25号"), DOC, cited));
        }
    }

    #[test]
    fn a_doc_number_with_words_after_it_in_its_bracket() {
        let (t, n, _, s) = one("《关于推进…的意见》（中发〔2023〕1号，以下简称《意见》）提出");
        assert_eq!((t, n.as_deref()), (Some("关于推进…的意见"), Some("中发〔2023〕1号")));
        assert_eq!(s, "《关于推进…的意见》（中发〔2023〕1号，以下简称《意见》）");
    }

    #[test]
    fn a_doc_number_alone() {
        for (line, number) in [
            ("根据国办发〔2019〕4号文件精神", "国办发〔2019〕4号"),
            ("落实国发〔2014〕25号文件要求", "国发〔2014〕25号"),
            ("中发〔2023〕1号提出", "中发〔2023〕1号"),
            ("按照沪府办发〔2024〕3号执行", "沪府办发〔2024〕3号"),
            ("依据国务院令第693号", "国务院令第693号"),
            ("财税〔2018〕58号规定的", "财税〔2018〕58号"),
            ("见国发[2014]25号", "国发〔2014〕25号"),
            ("和国发（2014）25号", "国发〔2014〕25号"),
            ("国发〔２０１４〕２５号", "国发〔2014〕25号"),
            ("根据国办发﹝2019﹞4号文件精神", "国办发〔2019〕4号"),
            ("根据国办发〔2019〕第4号文件精神", "国办发〔2019〕4号"),
            ("根据国办发﹝2019﹞第4号文件精神", "国办发〔2019〕4号"),
            ("西藏自治区人民政府要按照国办发〔1993〕71号", "国办发〔1993〕71号"),
            ("要根据中发〔1994〕8号", "中发〔1994〕8号"),
            ("2017年12月28日公安部令第159号", "公安部令第159号"),
            ("根据原国家工商行政管理总局令第76号", "国家工商行政管理总局令第76号"),
            ("1994年5月5日中华人民共和国国务院令第142号", "中华人民共和国国务院令第142号"),
        ] {
            let (t, n, k, s) = one(line);
            assert_eq!((t, n.as_deref()), (None, Some(number)), "{line}");
            assert_eq!(k, if number.contains('令') { Regulation } else { DOC });
            assert!(s.ends_with('号') && !s.starts_with("根据") && !s.starts_with("按照"), "{line}: {s}");
        }
    }

    #[test]
    fn a_short_name_belongs_to_its_citation() {
        let r = refs("《三峡库区水污染防治规划》（以下简称《规划》），要求《规划》落实");
        let cited: Vec<_> = r.iter().map(|r| (r.0.unwrap(), r.3)).collect();
        assert_eq!(
            cited,
            [("三峡库区水污染防治规划", "《三峡库区水污染防治规划》（以下简称《规划》）"), ("规划", "《规划》")]
        );
    }

    #[test]
    fn several_titles_in_a_row() {
        let r = refs("贯彻《A条例》《B办法》和《C法》、《D规划》");
        let titles: Vec<_> = r.iter().map(|r| (r.0.unwrap(), r.2)).collect();
        assert_eq!(titles, [("A条例", Regulation), ("B办法", Regulation), ("C法", Law), ("D规划", DOC)]);
    }

    #[test]
    fn a_law_has_no_doc_number() {
        let (t, n, k, _) = one("依据《中华人民共和国安全生产法》");
        assert_eq!((t, n, k), (Some("中华人民共和国安全生产法"), None, Law));
    }

    #[test]
    fn a_version_bracket_stays_in_the_title() {
        let (t, _, k, _) = one("落实《国土空间总体规划（2021—2035年）》");
        assert_eq!((t, k), (Some("国土空间总体规划（2021—2035年）"), DOC));
        assert_eq!(kind_of_title("某某管理办法（试行）"), Regulation);
        // a version bracket after the title is no 文号
        let (t, n, _, s) = one("《规划》（2021—2035年）");
        assert_eq!((t, n, s), (Some("规划"), None, "《规划》"));
    }

    #[test]
    fn titles_compare_by_their_words() {
        assert!(same_title("关于“规划”的意见", "关于<“规划”>的意见"));
        assert!(same_title("行动方案（2021-2025年）", "行动方案（2021—2025 年）"));
        assert!(!same_title("行动方案", "行动方案（2021—2025年）"));
    }

    #[test]
    fn kinds_by_ending() {
        assert_eq!(kind_of_title("人民日报"), Other);
        assert_eq!(kind_of_title("工作方法"), Other);
        assert_eq!(kind_of_title("中华人民共和国宪法"), Law);
        assert_eq!(kind_of_title("中华人民共和国民法典"), Law);
        assert_eq!(kind_of_title("关于…的决定"), DOC);
        assert_eq!(kind_of_title("党政机关公文处理工作条例"), Regulation);
    }

    #[test]
    fn not_citations() {
        for line in [
            "第三号文件",
            "记者第5号",
            "〔2014〕25号",
            "国发〔14〕25号",
            "一号文件",
            "符号和号召",
            "《未闭合的书名号",
            "《》",
            "编号为2019号的",
        ] {
            assert_eq!(refs(line), [], "{line}");
        }
    }

    #[test]
    fn an_unclosed_bracket_before_a_title() {
        let r = refs("《甲《乙方案》");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, Some("乙方案"));
    }

    /// (title, 文号) of each reference of the parsed document.
    fn doc_refs(doc: &Document<'_>) -> Vec<(Option<String>, Option<String>)> {
        let t = |r: &Reference<'_>| (r.title.as_deref().map(str::to_owned), r.doc_number.as_deref().map(str::to_owned));
        doc.references.iter().map(t).collect()
    }

    #[test]
    fn a_covering_notice_names_its_own_document_and_number() {
        let text = "某市人民政府办公厅关于印发《某市推进某项工作方案》的通知\n某府办发〔2024〕3号\n各区人民政府：\n\
                    现将《某市推进某项工作方案》印发给你们，请认真贯彻执行。\n某市人民政府办公厅\n2024年3月1日\n\
                    某市推进某项工作方案\n一、总体要求\n依据《某市条例》和国发〔2014〕25号文件。\n";
        let doc = crate::parse(text).unwrap();
        assert_eq!(
            doc_refs(&doc),
            [(Some("某市条例".into()), None), (None, Some("国发〔2014〕25号".into()))],
            "{:?}",
            doc.references
        );
    }

    #[test]
    fn an_earlier_version_of_the_own_title_is_cited() {
        let text = "关于加强某项工作的实施意见\n《关于加强某项工作的实施意见》（某规〔2020〕3号）已到期，现修订如下。\n\
                    一、总体要求\n（一）落实。\n";
        let doc = crate::parse(text).unwrap();
        assert_eq!(doc_refs(&doc), [(Some("关于加强某项工作的实施意见".into()), Some("某规〔2020〕3号".into()))]);
    }

    #[test]
    fn a_title_that_implements_another_document_cites_it() {
        let text = "某市关于贯彻落实《全国某某发展规划》的实施意见\n为贯彻落实《全国某某发展规划》，提出以下意见。\n\
                    一、总体要求\n（一）落实。\n";
        let doc = crate::parse(text).unwrap();
        // in the title and in the preamble
        assert_eq!(doc_refs(&doc), [(Some("全国某某发展规划".into()), None), (Some("全国某某发展规划".into()), None)]);
    }

    #[test]
    fn a_doc_number_line_alone_is_no_citation() {
        let text = "某某文件\n某科合〔2025〕7号\n各有关单位：\n按照某发〔2024〕1号执行。\n";
        let doc = crate::parse(text).unwrap();
        assert_eq!(doc_refs(&doc), [(None, Some("某发〔2024〕1号".into()))]);
    }

    #[test]
    fn blocks_hold_the_citations_of_their_own_text() {
        let text = "标题\n一、依据《甲法》\n贯彻《乙条例》。\n（一）落实《丙办法》。\n（二）执行国办发〔2019〕4号。\n二、其他\n";
        let doc = crate::parse(text).unwrap();
        let titles = |b: &Block<'_>| -> Vec<String> {
            b.references().iter().map(|r| r.title.as_deref().or(r.doc_number.as_deref()).unwrap().to_owned()).collect()
        };
        let s = &doc.sections;
        assert_eq!(titles(&s[0]), ["甲法", "乙条例"]);
        assert_eq!(titles(&s[0].children[0]), ["丙办法"]);
        assert_eq!(titles(&s[0].children[1]), ["国办发〔2019〕4号"]);
        assert!(s[1].references().is_empty());
        assert_eq!(doc.references.len(), 4);
        // spans are raw bytes of the citation
        let r = &doc.references[0];
        assert_eq!(&text[r.span.start..r.span.end], "《甲法》");
        assert_eq!(r.kind, Law);
    }

    #[test]
    fn many_attachments_are_compared_through_a_set() {
        let mut text = String::from("某市关于某项工作的通知\n一、总体要求\n按照《第九个清单》和《某市条例》执行。\n");
        let names = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        text.push_str("附件：1．第一个清单\n");
        for (k, n) in names.iter().enumerate().skip(1) {
            text.push_str(&format!("{}．第{n}个清单\n", k + 1));
        }
        let doc = crate::parse(&text).unwrap();
        assert!(doc.attachments.len() > MAX_LINEAR_TITLES, "{:?}", doc.attachments);
        assert_eq!(doc_refs(&doc), [(Some("某市条例".into()), None)]);
    }
}
