//! Numbering markers at the start of a line: 一、 （一） (一) 1. 1． 1、
//! （1） (1) 1） 1) ① 第一章 第一条 第一编 第一节; the enclosed forms of
//! Word exports read as the styles they stand for (㈠ as （一）, ⑴ as
//! （1）, ⒈ as 1.), and roman numerals with a mark after them (Ⅰ． Ⅱ、) as
//! parts.

use super::numeral::{
    arabic, circled_ideograph_value, circled_value, cn_numeral, cn_value, digit_stop_value, digits_value, is_cn_digit,
    is_digit, is_roman, paren_digit_value, paren_ideograph_value, roman_value,
};
use crate::ast::BlockKind;
use crate::punct::{self, DUNHAO, FW_DOT};
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::take_while,
    character::complete::{anychar, char, satisfy},
    combinator::{map, map_opt},
    sequence::{delimited, preceded, terminated},
};

/// A marker found at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marker<'s> {
    pub(crate) kind: BlockKind,
    pub(crate) number: u32,
    /// The marker as written (e.g. `(二十三)`, `第五条`).
    pub(crate) text: &'s str,
    /// What follows the marker, white space skipped.
    pub(crate) rest: &'s str,
}

fn lparen(i: &str) -> IResult<&str, char> {
    satisfy(punct::is_lparen).parse(i)
}

fn rparen(i: &str) -> IResult<&str, char> {
    satisfy(punct::is_rparen).parse(i)
}

/// White space inside a marker (`（　一　）`, `第 一 章`): the cleaning pass
/// removes other spaces between CJK characters, not U+3000.
fn spaces(i: &str) -> IResult<&str, &str> {
    take_while(punct::is_inline_space).parse(i)
}

/// A marker with white space inside, tried when the marker without fails:
/// `（　一　）` `( 1 )` `第　三　章`.
fn spaced(i: &str) -> IResult<&str, (BlockKind, u32)> {
    alt((
        map(delimited(terminated(lparen, spaces), cn_numeral, preceded(spaces, rparen)), |n| {
            (BlockKind::Subsection, n)
        }),
        map(delimited(terminated(lparen, spaces), arabic, preceded(spaces, rparen)), |n| (BlockKind::Subitem, n)),
        ordinal_with(spaces),
    ))
    .parse(i)
}

/// 一、, also 一． and 一. (a dot typed for the 顿号: less standard, but
/// common in documents typed outside the 公文 templates)
#[cfg(test)]
fn section(i: &str) -> IResult<&str, (BlockKind, u32)> {
    map(terminated(cn_numeral, satisfy(is_section_mark)), |n| (BlockKind::Section, n)).parse(i)
}

/// What closes a 一、 marker: the 顿号, or a full-width or ASCII dot.
fn is_section_mark(c: char) -> bool {
    c == DUNHAO || c == FW_DOT || c == '.'
}

/// （一） (一)
#[cfg(test)]
fn subsection(i: &str) -> IResult<&str, (BlockKind, u32)> {
    map(delimited(lparen, cn_numeral, rparen), |n| (BlockKind::Subsection, n)).parse(i)
}

/// （1） (1)
#[cfg(test)]
fn subitem(i: &str) -> IResult<&str, (BlockKind, u32)> {
    map(delimited(lparen, arabic, rparen), |n| (BlockKind::Subitem, n)).parse(i)
}

/// Arabic items `1.` `1．` `1、`, not followed by a digit (`1.5亿元` is no
/// item) nor by a percent sign that makes it a quantity; a year is the one
/// digit run an item's text may open with (`3．2020年底前制定…`: no decimal
/// has four digits and then 年). (This parser, [`section`], [`subsection`]
/// and [`subitem`] are the grammar that [`marker`] reads without parser
/// combinators, in [`plain_item`], [`plain_section`] and
/// [`plain_bracketed`]: a test checks they agree on every short string.)
#[cfg(test)]
fn item(i: &str) -> IResult<&str, (BlockKind, u32)> {
    map(
        terminated(
            arabic,
            terminated(
                satisfy(|c| c == '.' || c == FW_DOT || c == DUNHAO),
                nom::combinator::not(nom::combinator::peek(satisfy(|c| is_digit(c) || c == '%' || c == '％'))),
            ),
        ),
        |n| (BlockKind::Item, n),
    )
    .parse(i)
    .or_else(|e| year_item(i).ok_or(e))
}

/// An arabic item `1.` `1．` `1、` but its year form ([`year_item`]),
/// without the parser combinators: arabic digits, a dot or 、, then no digit
/// nor percent sign; `None` where that fails.
#[cfg(test)]
fn plain_item(i: &str) -> Option<(&str, (BlockKind, u32))> {
    let (rest, n) = arabic(i).ok()?;
    let dot = rest.chars().next().filter(|&c| c == '.' || c == FW_DOT || c == DUNHAO)?;
    let after = &rest[dot.len_utf8()..];
    if after.chars().next().is_some_and(|c| is_digit(c) || c == '%' || c == '％') {
        return None;
    }
    Some((after, (BlockKind::Item, n)))
}

/// [`plain_item`], or else [`year_item`], the number and its dot read once:
/// the year form is tried only where a digit follows the dot. (What
/// [`marker`] reads through [`digit_item`].)
#[cfg(test)]
fn plain_or_year_item(i: &str) -> Option<(&str, (BlockKind, u32))> {
    let (rest, n) = arabic(i).ok()?;
    item_after(rest, n)
}

/// An item's dot and what may follow it, after its number `n` (`rest`:
/// the text after the digits): what `plain_or_year_item` reads.
fn item_after(rest: &str, n: u32) -> Option<(&str, (BlockKind, u32))> {
    let dot = rest.chars().next().filter(|&c| c == '.' || c == FW_DOT || c == DUNHAO)?;
    let after = &rest[dot.len_utf8()..];
    match after.chars().next() {
        Some(c) if is_digit(c) || c == '%' || c == '％' => {
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            (digits == 4 && after[4..].starts_with('年')).then_some((after, (BlockKind::Item, n)))
        }
        _ => Some((after, (BlockKind::Item, n))),
    }
}

/// Whether `s` (what follows an opening bracket or 第) opens with a
/// number, white space skipped: what [`spaced`] reads first.
fn number_follows(s: &str) -> bool {
    punct::trim_start(s).chars().next().is_some_and(|c| is_cn_digit(c) || is_digit(c))
}

/// `3．2020年…`: an item whose text starts with a year.
#[cfg(test)]
fn year_item(i: &str) -> Option<(&str, (BlockKind, u32))> {
    let (rest, n) = arabic(i).ok()?;
    let mut chars = rest.chars();
    let dot = chars.next()?;
    if !(dot == '.' || dot == FW_DOT || dot == DUNHAO) {
        return None;
    }
    let after = &rest[dot.len_utf8()..];
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    (digits == 4 && after[4..].starts_with('年')).then_some((after, (BlockKind::Item, n)))
}

/// [`section`] without the parser combinators: the Chinese numeral (its
/// whole run) and 、 (or a dot); `None` where `section` fails.
fn plain_section(i: &str) -> Option<(&str, (BlockKind, u32))> {
    let digits = i.len() - i.trim_start_matches(is_cn_digit).len();
    let n = cn_value(&i[..digits])?;
    let rest = i[digits..].strip_prefix(is_section_mark)?;
    Some((rest, (BlockKind::Section, n)))
}

/// `alt((subsection, subitem))` without the parser combinators, for `i`
/// opening with the round bracket `open`: a Chinese numeral or arabic
/// digits (the whole run), then a closing round bracket; `None` where both
/// fail.
fn plain_bracketed(i: &str, open: char) -> Option<(&str, (BlockKind, u32))> {
    let inner = &i[open.len_utf8()..];
    let cn = inner.len() - inner.trim_start_matches(is_cn_digit).len();
    let (len, found) = if cn > 0 {
        (cn, (BlockKind::Subsection, cn_value(&inner[..cn])?))
    } else {
        let d = inner.len() - inner.trim_start_matches(is_digit).len();
        (d, (BlockKind::Subitem, digits_value(&inner[..d])?))
    };
    let close = inner[len..].chars().next().filter(|&c| punct::is_rparen(c))?;
    Some((&inner[len + close.len_utf8()..], found))
}

/// An item (`1.` `1、`, what `plain_or_year_item` reads) or a [`paren_item`], the
/// digits read once.
fn digit_item(i: &str) -> Option<(&str, (BlockKind, u32))> {
    let (rest, n) = arabic(i).ok()?;
    item_after(rest, n).or_else(|| paren_item(&i[..i.len() - rest.len()], rest, n))
}

/// `1）` `1)`: at most two digits (`digits`, then `rest`, of value `n`)
/// closed by a bracket alone, not followed by a digit nor a percent sign;
/// the level below （1） (kind [`BlockKind::ParenItem`]).
fn paren_item<'s>(digits: &str, rest: &'s str, n: u32) -> Option<(&'s str, (BlockKind, u32))> {
    let close = rest.chars().next().filter(|&c| punct::is_rparen(c))?;
    if digits.chars().nth(2).is_some() {
        return None;
    }
    let after = &rest[close.len_utf8()..];
    if after.starts_with(|c: char| is_digit(c) || c == '%' || c == '％') {
        return None;
    }
    Some((after, (BlockKind::ParenItem, n)))
}

/// The enclosed numbers of Word exports and older scans, as the styles
/// they stand for: ㈠ … ㈩ and the circled ideographs ㊀ … ㊉ as （一）,
/// ⑴ … ⒇ as （1）, ⒈ … ⒛ as 1. (the marker is the one character).
fn enclosed(c: char) -> Option<(BlockKind, u32)> {
    if let Some(n) = paren_digit_value(c) {
        Some((BlockKind::Subitem, n))
    } else if let Some(n) = digit_stop_value(c) {
        Some((BlockKind::Item, n))
    } else {
        paren_ideograph_value(c).or_else(|| circled_ideograph_value(c)).map(|n| (BlockKind::Subsection, n))
    }
}

/// The lowercase letter of a [`BlockKind::Letter`] marker numbered `n`
/// (1 → `a`), for `n` from 1 to 26.
pub(crate) fn letter_of(n: u32) -> Option<char> {
    (1..=26).contains(&n).then(|| char::from(b'a' + (n - 1) as u8))
}

/// What closes a letter marker `a)` `a.`: a closing round bracket, a dot
/// or a 顿号.
fn is_letter_mark(c: char) -> bool {
    punct::is_rparen(c) || is_section_mark(c)
}

/// `a)` `a）` `a.` `a．` `a、`: one lowercase latin letter and a closing
/// bracket, a dot or a 顿号, the list items of standards (GB/T 1.1) and of
/// some 办法 (kind [`BlockKind::Letter`]). Not before another latin letter
/// or a digit (`e.g.`, `a.2`, `x)1`), nor before a second dot.
fn letter(i: &str) -> Option<(&str, (BlockKind, u32))> {
    let b = i.as_bytes();
    let run = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    // (a run of i, v, x is a lowercase roman numeral: `ii.` `iv)`; one
    // such letter alone is read as a letter here, and as a roman numeral
    // where no letter list leads to it: see `resolve_letters`)
    let n = match run {
        1 => u32::from(b[0] - b'a' + 1),
        _ => latin_roman_value(&i[..run])?,
    };
    let rest = &i[run..];
    let mark = rest.chars().next().filter(|&c| is_letter_mark(c))?;
    let after = &rest[mark.len_utf8()..];
    if after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.' || is_digit(c)) {
        return None;
    }
    Some((after, (BlockKind::Letter, n)))
}

/// Letters that stand for something else where no letter list leads to
/// them: a lowercase roman list (`i.` `ii.` `iii.`) is read as letters,
/// and the letters `i`, `v` and `x` alone are roman numerals (1, 5, 10)
/// unless the letter marker before them is the letter before them (`h)`
/// then `i)`); `l.` is the digit 1 mistyped (`l.火灾多发季节…` before
/// `2.督查工作…`): an item numbered 1 (`l)` a `1)`, `（l）` a `（1）`) unless
/// `k` comes before it. One pass over the markers, a kind compare each.
pub(crate) fn resolve_letters(marks: &mut [Option<Marker<'_>>]) {
    let mut prev = 0;
    for m in marks.iter_mut().flatten().filter(|m| m.kind == BlockKind::Letter) {
        let bracketed = m.text.starts_with(punct::is_lparen);
        let letter = if bracketed {
            &m.text[m.text.len() - m.text.trim_start_matches(punct::is_lparen).len()..]
        } else {
            m.text
        };
        let single = letter.as_bytes().get(1).is_none_or(|c| !c.is_ascii_lowercase());
        if single && prev + 1 != m.number {
            if matches!(m.number, 9 | 22 | 24) {
                m.number = latin_roman_value(&letter[..1]).unwrap_or(m.number);
            } else if m.number == 12 {
                m.number = 1;
                m.kind = if bracketed {
                    BlockKind::Subitem
                } else if letter[1..].starts_with(punct::is_rparen) {
                    BlockKind::ParenItem
                } else {
                    BlockKind::Item
                };
                continue;
            }
        }
        prev = m.number;
    }
}

/// `（a）` `(a)`: one lowercase latin letter in round brackets (the same
/// style as [`letter`]), for `i` opening with the bracket `open`.
fn bracketed_letter(i: &str, open: char) -> Option<(&str, (BlockKind, u32))> {
    let inner = &i[open.len_utf8()..];
    let n = u32::from(inner.as_bytes().first().filter(|c| c.is_ascii_lowercase())? - b'a' + 1);
    let close = inner[1..].chars().next().filter(|&c| punct::is_rparen(c))?;
    Some((&inner[1 + close.len_utf8()..], (BlockKind::Letter, n)))
}

/// The value of a run of latin capitals I, V, X read as a roman numeral
/// (`IV` → 4), one to four of them.
fn latin_roman_value(s: &str) -> Option<u32> {
    let value = |c: u8| match c.to_ascii_uppercase() {
        b'I' => 1,
        b'V' => 5,
        _ => 10,
    };
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 4 || !b.iter().all(|c| matches!(c.to_ascii_uppercase(), b'I' | b'V' | b'X')) {
        return None;
    }
    let mut total = 0i64;
    for (k, &c) in b.iter().enumerate() {
        let v = value(c);
        if b.get(k + 1).is_some_and(|&d| value(d) > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    u32::try_from(total).ok().filter(|&t| t > 0)
}

/// `I.` `II．` `IV、`: a roman numeral written in latin capitals (I, V, X)
/// and a dot or 顿号, a top-level part as `Ⅰ．` is. Not before a latin
/// letter, another capital or a digit but a year's (`I.2`, `V.S.`).
fn latin_roman(i: &str) -> Option<(&str, (BlockKind, u32))> {
    let len = i.bytes().take_while(|c| matches!(c, b'I' | b'V' | b'X')).count();
    let n = latin_roman_value(&i[..len])?;
    let rest = i[len..].strip_prefix(is_section_mark)?;
    let spaced = punct::trim_start(rest);
    if rest.starts_with('.')
        || spaced.starts_with(|c: char| c.is_ascii_alphabetic())
        || spaced.starts_with(is_digit) && !opens_with_year(spaced)
    {
        return None;
    }
    Some((rest, (BlockKind::Part, n)))
}

/// A roman numeral (U+2160…, one to four characters) and a 顿号 or dot:
/// `Ⅰ．` `Ⅱ、` `Ⅲ.`, a top-level part. Not before another roman numeral
/// (`Ⅰ、Ⅱ类放射源` lists classes), nor before a digit but a year's
/// (`Ⅳ.5` is no heading, `Ⅰ．2024年工作总结` is).
fn roman(i: &str) -> Option<(&str, (BlockKind, u32))> {
    let len = i.len() - i.trim_start_matches(is_roman).len();
    let n = roman_value(&i[..len])?;
    let rest = i[len..].strip_prefix(is_section_mark)?;
    if rest.starts_with(is_roman) || rest.starts_with(is_digit) && !opens_with_year(rest) {
        return None;
    }
    Some((rest, (BlockKind::Part, n)))
}

/// Whether `s` opens with a year: four ASCII digits and 年.
fn opens_with_year(s: &str) -> bool {
    s.bytes().take_while(u8::is_ascii_digit).count() == 4 && s[4..].starts_with('年')
}

/// ① … ㊿
fn circled(i: &str) -> IResult<&str, (BlockKind, u32)> {
    map_opt(anychar, |c| circled_value(c).map(|n| (BlockKind::Circled, n))).parse(i)
}

/// 第一章 第一条 第一编 第一节 (also 第1条).
fn ordinal(i: &str) -> IResult<&str, (BlockKind, u32)> {
    ordinal_with(|i| Ok((i, ""))).parse(i)
}

/// An ordinal with `gap` allowed around its number.
fn ordinal_with<'s>(
    gap: impl Fn(&'s str) -> IResult<&'s str, &'s str> + Copy,
) -> impl Parser<&'s str, Output = (BlockKind, u32), Error = nom::error::Error<&'s str>> {
    move |i: &'s str| {
        let (i, _) = terminated(char('第'), gap).parse(i)?;
        let (i, n) = terminated(alt((cn_numeral, arabic)), gap).parse(i)?;
        // 第一部分 and 第一篇 (plans, reports and long 意见) are parts, as 第一编
        if let Some(rest) = i.strip_prefix("部分").or_else(|| i.strip_prefix('篇')) {
            return Ok((rest, (BlockKind::Part, n)));
        }
        // 第一分编: a sub-part of a 编 (a code's), above its chapters
        if let Some(rest) = i.strip_prefix("分编") {
            return Ok((rest, (BlockKind::Subpart, n)));
        }
        let (i, kind) = map_opt(anychar, |c| match c {
            '编' => Some(BlockKind::Part),
            '章' => Some(BlockKind::Chapter),
            '节' => Some(BlockKind::Division),
            '条' => Some(BlockKind::Article),
            _ => None,
        })
        .parse(i)?;
        Ok((i, (kind, n)))
    }
}

/// 行动1： 行动一： 任务3： ——任务3： (a dash bullet may lead a task).
fn labelled(i: &str) -> IResult<&str, (BlockKind, u32)> {
    // (the dashes and the word compared directly, without setting up the
    // parsers' alternatives; a line of prose, `行政…` `任何…`, fails at once)
    let i = i.trim_start_matches(['\u{2014}', '-', '\u{2015}']);
    let (i, kind) = if let Some(rest) = i.strip_prefix("行动") {
        (rest, BlockKind::Action)
    } else if let Some(rest) = i.strip_prefix("任务") {
        (rest, BlockKind::Task)
    } else {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)));
    };
    let (i, n) = alt((arabic, cn_numeral)).parse(i)?;
    let (i, _) = satisfy(|c| punct::is_colon(c) || c == DUNHAO).parse(i)?;
    Ok((i, (kind, n)))
}

/// One bit per character of the Basic Multilingual Plane (8 KB): set for the
/// characters a marker can start with, which [`marker`] dispatches on (a
/// test checks the two agree over all of Unicode).
const STARTS: [u64; 1024] = {
    let mut t = [0u64; 1024];
    let singles = [
        '零', '〇', '○', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '（', '(', '第',
        '行', '任', '\u{2014}', '\u{2015}', '-', 'I', 'V', 'X',
    ];
    // (① … ⑳, then ⑴ … ⒇ and ⒈ … ⒛ right after them; ㈠ … ㈩; roman
    // numerals)
    let ranges = [
        ('0', '9'),
        ('０', '９'),
        ('\u{2460}', '\u{249B}'),
        ('\u{3220}', '\u{3229}'),
        ('\u{3280}', '\u{3289}'),
        ('a', 'z'),
        ('A', 'Z'),
        ('\u{3251}', '\u{325F}'),
        ('\u{32B1}', '\u{32BF}'),
        ('\u{2160}', '\u{216F}'),
    ];
    let mut k = 0;
    while k < singles.len() {
        let u = singles[k] as usize;
        t[u >> 6] |= 1 << (u & 63);
        k += 1;
    }
    let mut k = 0;
    while k < ranges.len() {
        let mut u = ranges[k].0 as usize;
        while u <= ranges[k].1 as usize {
            t[u >> 6] |= 1 << (u & 63);
            u += 1;
        }
        k += 1;
    }
    t
};

/// Whether a marker can start with `c`: one table lookup, which rejects
/// most lines of prose at once.
#[inline]
pub(crate) fn may_start(c: char) -> bool {
    let u = c as usize;
    u < 0x10000 && STARTS[u >> 6] >> (u & 63) & 1 == 1
}

/// Recognise a marker at the start of `line` (already trimmed). Returns
/// `None` when the line does not start with one, or when what follows shows
/// it is not a heading (a number inside prose, an empty item).
#[inline]
pub(crate) fn marker(line: &str) -> Option<Marker<'_>> {
    // the first character tells which production can apply; most lines
    // are prose and are rejected here before any parser runs (inlined
    // where a line is asked: the readers are out of line)
    let first = line.chars().next().filter(|&c| may_start(c))?;
    marker_from(line, first)
}

/// [`marker`] of a line whose first character `first` may start one.
#[inline(never)]
fn marker_from(line: &str, first: char) -> Option<Marker<'_>> {
    // (the common forms 一、 （一） (1) read directly; what they do not
    // read goes to the parsers, which read it the same way)
    // (the plain readings read what the parsers read, which a test checks
    // over every short string: where they fail, the parsers would too)
    let failed = || nom::Err::Error(nom::error::Error::new(line, nom::error::ErrorKind::Alt));
    let parsed = if is_cn_digit(first) {
        plain_section(line).ok_or_else(failed)
    } else if punct::is_lparen(first) {
        plain_bracketed(line, first).or_else(|| bracketed_letter(line, first)).ok_or_else(failed)
    } else if is_digit(first) {
        // `1.` `1、` items first; a decimal outline number (`1.1　`,
        // `1　总则`) where no item is
        digit_item(line).or_else(|| decimal(line)).ok_or_else(failed)
    } else if circled_value(first).is_some() {
        circled(line)
    } else if let Some(found) = enclosed(first) {
        Ok((&line[first.len_utf8()..], found))
    } else if is_roman(first) {
        roman(line).ok_or_else(failed)
    } else if first == '第' {
        ordinal(line)
    } else if matches!(first, '行' | '任' | '\u{2014}' | '\u{2015}' | '-') {
        labelled(line)
    } else if first.is_ascii_lowercase() {
        letter(line).ok_or_else(failed)
    } else if matches!(first, 'I' | 'V' | 'X') {
        latin_roman(line).or_else(|| lettered(line)).ok_or_else(failed)
    } else if first.is_ascii_uppercase() {
        lettered(line).ok_or_else(failed)
    } else {
        return None;
    };
    // white space inside the marker, tried only where the marker without
    // fails, and only before a number (after the bracket or 第 and any
    // white space: what every spaced form needs)
    let parsed = match parsed {
        Err(_) if (first == '第' || punct::is_lparen(first)) && number_follows(&line[first.len_utf8()..]) => {
            spaced(line)
        }
        parsed => parsed,
    };
    let (rest, (kind, number)) = parsed.ok().filter(|(_, (_, n))| *n > 0)?;
    let mut text = &line[..line.len() - rest.len()];
    let mut rest = rest;
    // 第一条 needs a separator or text after it; 第一章 may stand alone.
    if kind == BlockKind::Article {
        // an article inserted by an amendment (第十条之一) is a heading
        // whose marker takes the 之N; any other word right after 第X条 is
        // a citation running on in prose, at a line's start after a wrap
        // or in a list of amendments (第三条的规定, 第三条规定, 第三条至第五条,
        // 第四十二条第一款, 第四条、第五条, 第六条和第七条, 第三条所称,
        // 第八条中的, 第三条之规定)
        if let Some(after) = rest.strip_prefix('之') {
            let (after, _) = cn_numeral(after).ok()?;
            text = &line[..line.len() - after.len()];
            rest = after;
        } else if rest.chars().next().is_some_and(|c| CITED_FIRSTS.contains(c))
            && (ARTICLE_CITED.iter().any(|w| rest.starts_with(w)) || cites_part(rest))
        {
            return None;
        }
    }
    // 第一部分为总则, 第二篇中: a part named in prose
    if kind == BlockKind::Part
        && !text.ends_with('编')
        && rest.starts_with(['的', '为', '是', '中', '和', '与', '至', '共', '所'])
    {
        return None;
    }
    let mut rest = punct::trim_start(rest);
    // 第一章：总则, 第一部分：… — a colon after an ordinal separates it from
    // its title as white space does; the marker as written takes it (as
    // `行动1：` does), so that its bytes belong to a node when no title
    // follows (`第一编：` alone)
    if matches!(
        kind,
        BlockKind::Part | BlockKind::Subpart | BlockKind::Chapter | BlockKind::Division | BlockKind::Article
    ) {
        if let Some(after) = rest.strip_prefix(punct::is_colon) {
            text = &line[..line.len() - after.len()];
            rest = punct::trim_start(after);
        }
    }
    // An ordinal heading must be followed by white space, end of line or a
    // title; 第二轮土地承包 is prose, not a heading, and is rejected above
    // because 轮 is no ordinal kind.
    Some(Marker { kind, number, text, rest })
}

/// Words that, right after `第X条` with no space, show a citation of the
/// article rather than its heading (an article printed with no separator
/// may start with 中华人民共和国, 所有, 项目, 及时: those are kept).
/// The amendment verbs of a decision that amends a regulation follow a
/// cited article too (`第十三条修改为：`, `第五条增加一款`, `第二十条删去`).
const ARTICLE_CITED: [&str; 21] = [
    "的",
    "规",
    "款",
    "至",
    "、",
    "和第",
    "或第",
    "及第",
    "及其",
    "中的",
    "中规定",
    "所称",
    "所列",
    "所规定",
    "修改为",
    "增加一",
    "删去",
    "删除",
    "后增加",
    "作为第",
    "调整为",
];

/// The first characters of the [`ARTICLE_CITED`] words and of [`cites_part`]'s
/// 第: the words are tried only after one of them (a test checks).
const CITED_FIRSTS: super::CharSet = super::CharSet::new(&[
    '的', '规', '款', '至', '、', '和', '或', '及', '中', '所', '修', '增', '删', '后', '作', '调', '第',
]);

/// `第Y款` `第Y项` `第Y目` after an article's number: a citation of one of
/// its paragraphs or items (`第四十二条第一款`); an article's text may start
/// with 第 too (`第八条 第一类医疗器械…`, its space removed by cleaning).
fn cites_part(rest: &str) -> bool {
    rest.strip_prefix('第')
        .and_then(|r| alt((cn_numeral, arabic)).parse(r).ok())
        .is_some_and(|(r, _)| r.starts_with(['款', '项', '目']))
}

/// The number of an article inserted by an amendment, after its article's
/// (`第十条之一` → 1), 0 for any other marker.
pub(crate) fn inserted(m: &str) -> u32 {
    m.rsplit_once('之').and_then(|(_, n)| cn_numeral(n).ok()).map_or(0, |(_, n)| n)
}

/// Characters that make a number glued to them a quantity, a date or a
/// version (`1.5亿元`, `2.1万人`, `3.2倍`, `5.1日`, `2.0版`), never an
/// outline number.
const UNITS: super::CharSet<256> = super::CharSet::<256>::new(&[
    '万', '亿', '千', '百', '倍', '元', '角', '分', '米', '里', '吨', '克', '斤', '亩', '个', '次', '年', '月', '日',
    '号', '时', '天', '周', '岁', '人', '户', '家', '所', '项', '件', '台', '辆', '座', '名', '位', '公', '平', '立',
    '毫', '厘', '度', '秒', '级', '期', '批', '类', '条', '章', '节', '版', '寸', '升', '瓦', '伏', '股', '成', '折',
    '余', '多', '左', '以', '至', '到', '和', '或', '、',
]);

/// Most components of a decimal outline number (`4.2.3.1`).
const MAX_OUTLINE_PARTS: usize = 4;
/// Most characters of the title of a bare top-level outline heading
/// (`1　总则`), up to an indentation or the line's end.
const MAX_BARE_TITLE: usize = 30;

/// A decimal outline number at the start of `line`: its length in bytes,
/// its number of components and its last component. Components of one to
/// three ASCII digits, separated by `.` or `．`, at most
/// [`MAX_OUTLINE_PARTS`]; then white space, and a title that starts with
/// no digit or ASCII punctuation (`2.1万人`, `3.2%`, `2020.1.1`, `V2.1`
/// are no outline number). A bare number (`1　总则`, one component, at most
/// two digits) needs more: an ideograph after the white space, and a short
/// title with no prose punctuation up to an indentation or the line's end —
/// and even then it stands only where the document's outline is decimal
/// (see [`super::decimal::confirm`]). `1.`, `1．`, `1、` are items, never
/// outline numbers. Cheap: the first byte must be an ASCII digit, and
/// nothing is allocated.
fn outline_number(line: &str) -> Option<(usize, usize, u32)> {
    let b = line.as_bytes();
    // (an ASCII digit, or the lead byte of a full-width one: `１．１　`)
    if !b.first().is_some_and(|&f| f.is_ascii_digit() || f == 0xEF) {
        return None;
    }
    let mut parts = 0;
    let mut last: u32;
    let mut rest = line;
    loop {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        // (full-width digits, three bytes each, read only where the run
        // does not start with an ASCII one)
        let digits = if digits == 0 { rest.len() - rest.trim_start_matches(is_digit).len() } else { digits };
        if digits == 0 || digits > 3 * 3 || rest[..digits].chars().count() > 3 {
            return None;
        }
        parts += 1;
        last = digits_value(&rest[..digits])?;
        rest = &rest[digits..];
        match rest.chars().next() {
            Some(c) if c == '.' || c == FW_DOT => {
                if parts == MAX_OUTLINE_PARTS {
                    return None;
                }
                rest = &rest[c.len_utf8()..];
            }
            _ => break,
        }
    }
    let len = line.len() - rest.len();
    // (most numbers are followed by no white space, 12个区: one character
    // is read before the white space is stepped over)
    let next = rest.chars().next()?;
    if !punct::is_inline_space(next) {
        // a number of several components glued to its title or text
        // (`1.1编制目的`, `2.3为规范…`), unless a unit follows it (`1.5亿元`);
        // a bare number glued to a word (`1总则`) is left alone: it is the
        // row number of a run-on table (`1承诺制改革　　…`) as often
        return (parts >= 2 && punct::is_ideograph(next) && !UNITS.contains(next)).then_some((len, parts, last));
    }
    let title = rest.trim_start_matches(punct::is_inline_space);
    let first = title.chars().next()?;
    if parts >= 2 {
        return (!first.is_ascii_digit() && !first.is_ascii_punctuation() && !punct::is_space(first))
            .then_some((len, parts, last));
    }
    // (at most two digits: bytes, or full-width characters of three)
    if (len > 2 && !(len <= 6 && b[0] == 0xEF)) || !punct::is_ideograph(first) {
        return None;
    }
    // the bare number's title: short, no prose punctuation, up to an
    // indentation (two spaces), one space before the number's first child
    // (`3 编制原则 3.1 …`: a standard on one line) or the line's end
    let mut chars = 0;
    let mut spaces = 0;
    for (k, c) in title.char_indices() {
        if punct::is_inline_space(c) {
            spaces += 1;
            if spaces >= 2 || first_child(&title[k + c.len_utf8()..], &line[..len]) {
                break;
            }
            continue;
        }
        if c == '\n' {
            break;
        }
        spaces = 0;
        chars += 1;
        if chars > MAX_BARE_TITLE || punct::is_prose_punct(c) {
            // a standard's section title run on into its text (`1 范围本指南
            // 规定了…`: the space between gone with cleaning)
            return super::section_title::standard_run_on_title(title).map(|_| (len, 1, last));
        }
    }
    Some((len, 1, last))
}

/// A clause of a standard's lettered appendix, `A.1　范围`, `B.2.3　…`
/// (dots `.` or `．`): a capital, a dot, one to [`MAX_OUTLINE_PARTS`] - 1
/// components of one to three ASCII digits, then white space (or an
/// ideograph, `A.1范围`) and a title or text that starts with no digit or
/// ASCII punctuation. A decimal outline number whose depth is its
/// components after the letter (`A.2.1` → 2: the clauses of 附录A are the
/// blocks of that attachment), never one in prose (`A.1所列`: the line must
/// open with it, and a unit right after it is no title, `A.1万`). Gives its
/// length in bytes and its last component.
fn lettered_number(line: &str) -> Option<(usize, u32)> {
    let b = line.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let mut rest = &line[1..];
    let mut parts = 0;
    let mut last = 0;
    while let Some(after) = rest.strip_prefix(['.', FW_DOT]) {
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 3 || parts == MAX_OUTLINE_PARTS - 1 {
            return None;
        }
        last = digits_value(&after[..digits])?;
        parts += 1;
        rest = &after[digits..];
    }
    let len = line.len() - rest.len();
    let next = rest.chars().next()?;
    let glued = punct::is_ideograph(next) && !UNITS.contains(next);
    let title = rest.trim_start_matches(punct::is_inline_space);
    let first = title.chars().next()?;
    (parts > 0
        && (glued || punct::is_inline_space(next))
        && !first.is_ascii_digit()
        && !first.is_ascii_punctuation()
        && !punct::is_space(first))
    .then_some((len, last))
}

/// A lettered appendix clause `A.1　范围` as a marker production (kind
/// `decimal`).
fn lettered(i: &str) -> Option<(&str, (BlockKind, u32))> {
    let (len, last) = lettered_number(i)?;
    Some((&i[len..], (BlockKind::Decimal, last)))
}

/// Whether a decimal marker is a lettered appendix clause (`A.1`).
pub(crate) fn is_lettered(m: &Marker<'_>) -> bool {
    m.kind == BlockKind::Decimal && m.text.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
}

/// Whether `rest` starts with the first child of the bare outline number
/// `number` (`3.1` after `3`), then no digit.
fn first_child(rest: &str, number: &str) -> bool {
    let Some(after) = rest.strip_prefix(number) else { return false };
    let Some(after) = after.strip_prefix(['.', FW_DOT]) else { return false };
    let mut digits = after.chars();
    digits.next().is_some_and(|c| c == '1' || c == '１') && !digits.next().is_some_and(is_digit)
}

/// A decimal outline heading `1　总则` / `2.1　…` as a marker production.
fn decimal(i: &str) -> Option<(&str, (BlockKind, u32))> {
    let (len, _, last) = outline_number(i)?;
    Some((&i[len..], (BlockKind::Decimal, last)))
}

/// The depth of a marker in a decimal outline (`1` → 1, `2.1.3` → 3); 0
/// for a marker of another kind.
pub(crate) fn depth(m: &Marker<'_>) -> u8 {
    if m.kind != BlockKind::Decimal {
        return 0;
    }
    // (`A.2.1` of an appendix: its components after the letter)
    u8::from(!is_lettered(m)) + m.text.chars().filter(|&c| c == '.' || c == FW_DOT).count() as u8
}

/// Every component of a decimal outline marker's number (`2.1.3` →
/// `[2, 1, 3]`; a lettered appendix clause's after its letter, `A.2.1` →
/// `[2, 1]`).
pub(crate) fn outline(text: &str) -> Vec<u32> {
    let text = match text.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => text[1..].trim_start_matches(['.', FW_DOT]),
        _ => text,
    };
    text.split(['.', FW_DOT]).map(|p| digits_value(p).unwrap_or(0)).collect()
}

/// A decimal outline number at the start of a line (`2.1`, `4.2.3`, dots
/// `.` or `．`), then white space and a title: a section heading of an
/// emergency or technical plan numbered that way. Gives its number of
/// components (≥ 2). `1.5亿元`, `3.2%`, `2.1万人` and version numbers in a
/// sentence are no outline: the number must open the line and be followed
/// by white space and then by a character that is no digit. Cheap: the
/// first byte must be an ASCII digit.
pub(crate) fn decimal_outline(line: &str) -> Option<usize> {
    outline_number(line).map(|(_, parts, _)| parts).filter(|&p| p >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cited_words_start_with_a_cited_first() {
        for w in ARTICLE_CITED {
            assert!(CITED_FIRSTS.contains(w.chars().next().unwrap()), "{w}");
        }
        assert!(CITED_FIRSTS.contains('第'));
        for (line, cited) in
            [("第三条第一款规定", true), ("第三条　为了规范", false), ("第三条的规定", true), ("第三条本办法", false)]
        {
            assert_eq!(marker(line).is_none(), cited, "{line}");
        }
    }

    #[test]
    fn may_start_is_what_marker_dispatches_on() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let dispatched = super::super::numeral::is_cn_digit(c)
                || punct::is_lparen(c)
                || is_digit(c)
                || circled_value(c).is_some()
                || enclosed(c).is_some()
                || is_roman(c)
                || c.is_ascii_lowercase()
                || c.is_ascii_uppercase()
                || matches!(c, '第' | '行' | '任' | '\u{2014}' | '\u{2015}' | '-');
            assert_eq!(may_start(c), dispatched, "{c:?}");
        }
    }

    /// The item and its year form read at once agree with the parsers
    /// on items whose text opens with a year (longer than the strings
    /// tried below).
    #[test]
    fn year_items_read_at_once() {
        for s in [
            "3．2020年底前完成",
            "3.2020年",
            "3、2020年起",
            "１．2020年",
            "3.202年",
            "3.20201年",
            "3.5亿元",
            "3.5%",
            "3.２０２０年",
            "12.2020年",
            "3.2020",
            "3.2020年",
            "3．",
            "3",
        ] {
            assert_eq!(plain_or_year_item(s), item(s).ok(), "{s}");
        }
        assert!(plain_or_year_item("3．2020年底前完成").is_some());
        assert!(plain_or_year_item("3.5亿元").is_none());
    }

    /// The direct readings of 一、 and （一） (1) agree with the parsers on
    /// every short string of the characters they read, and read every
    /// string the parsers read.
    #[test]
    fn plain_readings_are_the_parsers() {
        let chars = [
            '（', '(', '）', ')', '一', '二', '十', '百', '〇', '两', '1', '2', '０', '、', '．', '.', '甲', ' ',
            '\u{3000}', '%', '％', '第', '条', '年', '\t',
        ];
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> =
                strings.iter().flat_map(|s| chars.iter().map(move |c| format!("{s}{c}"))).collect();
            strings.extend(longer);
            strings.sort();
            strings.dedup();
        }
        for s in &strings {
            let Some(first) = s.chars().next() else { continue };
            if is_cn_digit(first) {
                assert_eq!(plain_section(s), section(s).ok(), "{s}");
            }
            if punct::is_lparen(first) {
                assert_eq!(plain_bracketed(s, first), alt((subsection, subitem)).parse(s).ok(), "{s}");
            }
            if is_digit(first) {
                assert_eq!(plain_item(s).or_else(|| year_item(s)), item(s).ok(), "{s}");
                assert_eq!(plain_or_year_item(s), item(s).ok(), "{s}");
                // (the marker's reading: an item, or else 1） 1))
                let read = digit_item(s);
                assert_eq!(read.filter(|r| r.1.0 == BlockKind::Item), item(s).ok(), "{s}");
                let after_digits = s.trim_start_matches(is_digit);
                assert!(
                    read.is_none_or(|r| r.1.0 == BlockKind::Item || after_digits.starts_with(punct::is_rparen)),
                    "{s}"
                );
            }
            if first == '第' || punct::is_lparen(first) {
                // (spaced is tried only before a number)
                assert!(number_follows(&s[first.len_utf8()..]) || spaced(s).is_err(), "{s}");
            }
        }
    }

    fn m(s: &str) -> Option<(BlockKind, u32, &str, &str)> {
        marker(s).map(|m| (m.kind, m.number, m.text, m.rest))
    }

    #[test]
    fn every_marker_form() {
        use BlockKind::*;
        assert_eq!(m("一、提高质量"), Some((Section, 1, "一、", "提高质量")));
        assert_eq!(m("二十八、组织"), Some((Section, 28, "二十八、", "组织")));
        assert_eq!(m("一．总体要求"), Some((Section, 1, "一．", "总体要求")));
        assert_eq!(m("十二. 保障措施"), Some((Section, 12, "十二.", "保障措施")));
        assert_eq!(m("（一）持续深化"), Some((Subsection, 1, "（一）", "持续深化")));
        assert_eq!(m("(二十三)推进"), Some((Subsection, 23, "(二十三)", "推进")));
        assert_eq!(m("(十一）混合"), Some((Subsection, 11, "(十一）", "混合")));
        assert_eq!(m("1.强化规划管控。"), Some((Item, 1, "1.", "强化规划管控。")));
        assert_eq!(m("12．编制"), Some((Item, 12, "12．", "编制")));
        assert_eq!(m("3、完善"), Some((Item, 3, "3、", "完善")));
        assert_eq!(m("（1）加强"), Some((Subitem, 1, "（1）", "加强")));
        assert_eq!(m("(2)加强"), Some((Subitem, 2, "(2)", "加强")));
        assert_eq!(m("①建立"), Some((Circled, 1, "①", "建立")));
        assert_eq!(m("第一章 总则"), Some((Chapter, 1, "第一章", "总则")));
        assert_eq!(m("第十二条　不动产"), Some((Article, 12, "第十二条", "不动产")));
        assert_eq!(m("第一编"), Some((Part, 1, "第一编", "")));
        assert_eq!(m("第一部分　规划总则"), Some((Part, 1, "第一部分", "规划总则")));
        assert_eq!(m("第三篇 建设现代化产业体系"), Some((Part, 3, "第三篇", "建设现代化产业体系")));
        assert_eq!(m("第2部分：发展目标"), Some((Part, 2, "第2部分：", "发展目标")));
        assert_eq!(m("第一章： 总则"), Some((Chapter, 1, "第一章：", "总则")));
        assert_eq!(m("第五条:本办法自发布之日起施行。"), Some((Article, 5, "第五条:", "本办法自发布之日起施行。")));
        for prose in ["第一部分为总则，第二部分为任务。", "第二篇中提出的目标", "第三部分的内容"]
        {
            assert_eq!(m(prose), None, "{prose}");
        }
        assert_eq!(m("第二节 登记"), Some((Division, 2, "第二节", "登记")));
        assert_eq!(m("第一分编　通则"), Some((Subpart, 1, "第一分编", "通则")));
        assert_eq!(m("第二分编：典型合同"), Some((Subpart, 2, "第二分编：", "典型合同")));
        assert_eq!(m("第3条 适用"), Some((Article, 3, "第3条", "适用")));
        assert_eq!(m("行动1：加强规划引领"), Some((Action, 1, "行动1：", "加强规划引领")));
        assert_eq!(m("行动二：重塑美丽新居行动"), Some((Action, 2, "行动二：", "重塑美丽新居行动")));
        assert_eq!(m("——任务12：推进编制"), Some((Task, 12, "——任务12：", "推进编制")));
        assert_eq!(m("任务3:制定"), Some((Task, 3, "任务3:", "制定")));
        assert_eq!(m("3．2020年底前制定"), Some((Item, 3, "3．", "2020年底前制定")));
        assert_eq!(m("2.2021年6月底前"), Some((Item, 2, "2.", "2021年6月底前")));
    }

    #[test]
    fn enclosed_paren_item_and_roman_markers() {
        use BlockKind::*;
        assert_eq!(m("㈠总体目标"), Some((Subsection, 1, "㈠", "总体目标")));
        assert_eq!(m("㈩其他"), Some((Subsection, 10, "㈩", "其他")));
        assert_eq!(m("⑴加强组织领导。"), Some((Subitem, 1, "⑴", "加强组织领导。")));
        assert_eq!(m("⑽完善设施"), Some((Subitem, 10, "⑽", "完善设施")));
        assert_eq!(m("⒇其他"), Some((Subitem, 20, "⒇", "其他")));
        assert_eq!(m("⒈明确责任。"), Some((Item, 1, "⒈", "明确责任。")));
        assert_eq!(m("⒛　其他"), Some((Item, 20, "⒛", "其他")));
        assert_eq!(m("①建立"), Some((Circled, 1, "①", "建立")));
        assert_eq!(m("1）校长负责"), Some((ParenItem, 1, "1）", "校长负责")));
        assert_eq!(m("12)家长"), Some((ParenItem, 12, "12)", "家长")));
        assert_eq!(m("２）配合"), Some((ParenItem, 2, "２）", "配合")));
        assert_eq!(m("Ⅰ．总体情况"), Some((Part, 1, "Ⅰ．", "总体情况")));
        assert_eq!(m("Ⅱ、2025年工作计划"), Some((Part, 2, "Ⅱ、", "2025年工作计划")));
        assert_eq!(m("Ⅰ．2024年工作总结"), Some((Part, 1, "Ⅰ．", "2024年工作总结")));
        assert_eq!(m("ⅩⅣ. 附则"), Some((Part, 14, "ⅩⅣ.", "附则")));
        for prose in [
            "Ⅰ、Ⅱ类放射源",
            "Ⅰ级响应",
            "Ⅳ类水质",
            "Ⅳ.5",
            "2020）",
            "100）",
            "1）5",
            "3)%",
            "㈪",
            "⒜",
            "（甲）类项目",
            "甲、乙双方",
            "第一，降低成本",
            "一是强化",
        ] {
            assert_eq!(m(prose), None, "{prose}");
        }
    }

    #[test]
    fn letter_lists_circled_ideographs_and_latin_roman_parts() {
        use BlockKind::*;
        assert_eq!(m("a) 数据分类应覆盖全部数据；"), Some((Letter, 1, "a)", "数据分类应覆盖全部数据；")));
        assert_eq!(m("c）安全可控。"), Some((Letter, 3, "c）", "安全可控。")));
        assert_eq!(m("b.建立工作台账；"), Some((Letter, 2, "b.", "建立工作台账；")));
        assert_eq!(m("d．定期调度"), Some((Letter, 4, "d．", "定期调度")));
        assert_eq!(m("（a）制定数据目录；"), Some((Letter, 1, "（a）", "制定数据目录；")));
        assert_eq!(m("(z)其他"), Some((Letter, 26, "(z)", "其他")));
        assert_eq!(m("㊀产业振兴"), Some((Subsection, 1, "㊀", "产业振兴")));
        assert_eq!(m("㊉其他"), Some((Subsection, 10, "㊉", "其他")));
        assert_eq!(m("I. 2024年工作回顾"), Some((Part, 1, "I.", "2024年工作回顾")));
        assert_eq!(m("II．2025年工作安排"), Some((Part, 2, "II．", "2025年工作安排")));
        assert_eq!(m("IV、附则"), Some((Part, 4, "IV、", "附则")));
        assert_eq!(m("XIV. 其他"), Some((Part, 14, "XIV.", "其他")));
        assert_eq!(m("ii. 加强督导考核"), Some((Letter, 2, "ii.", "加强督导考核")));
        assert_eq!(m("iv）其他"), Some((Letter, 4, "iv）", "其他")));
        assert_eq!(m("xii.其他"), Some((Letter, 12, "xii.", "其他")));
        let lines = ["h) 第八项", "i) 第九项", "i. 加强", "ii. 完善", "iv. 健全", "v. 其他", "u) 甲", "v) 乙", "x) 丙"];
        let mut marks: Vec<_> = lines.iter().map(|l| marker(l)).collect();
        resolve_letters(&mut marks);
        let numbers: Vec<_> = marks.iter().map(|m| m.map(|m| m.number)).collect();
        assert_eq!(numbers, [8, 9, 1, 2, 4, 5, 21, 22, 10].map(Some));
        // l for 1, unless k leads to it
        let lines = ["l.火灾多发季节", "2.督查工作", "l）甲", "（l）乙", "k) 第十一项", "l) 第十二项"];
        let mut marks: Vec<_> = lines.iter().map(|l| marker(l)).collect();
        resolve_letters(&mut marks);
        let read: Vec<_> = marks.iter().map(|m| m.map(|m| (m.kind, m.number))).collect();
        assert_eq!(read, [(Item, 1), (Item, 2), (ParenItem, 1), (Subitem, 1), (Letter, 11), (Letter, 12)].map(Some));
        assert_eq!(letter_of(1), Some('a'));
        assert_eq!(letter_of(26), Some('z'));
        assert_eq!(letter_of(27), None);
        for prose in [
            "e.g. 示例",
            "a.2 条款",
            "ab) 项",
            "ivy) 项",
            "x)1",
            "a..b",
            "www.gov.cn",
            "http://",
            "I.2",
            "V.S. 对比",
            "II. Overview",
            "IIIII. 标题",
            "X光检查",
            "IV型",
            "Ⅰ",
        ] {
            assert_eq!(m(prose), None, "{prose}");
        }
    }

    #[test]
    fn inserted_articles_and_articles_with_no_separator() {
        use BlockKind::*;
        // an article inserted by an amendment keeps its 之N in the marker
        assert_eq!(m("第十条之一　城市绿地"), Some((Article, 10, "第十条之一", "城市绿地")));
        assert_eq!(m("第四条之二 电动自行车"), Some((Article, 4, "第四条之二", "电动自行车")));
        assert_eq!(inserted("第十条之一"), 1);
        assert_eq!(inserted("第四条之十二"), 12);
        assert_eq!(inserted("第十条"), 0);
        // text with no separator that starts with a word a citation also
        // starts with is still a heading
        assert_eq!(m("第二条中华人民共和国公民"), Some((Article, 2, "第二条", "中华人民共和国公民")));
        assert_eq!(m("第五条项目建设单位"), Some((Article, 5, "第五条", "项目建设单位")));
        assert_eq!(m("第六条所有单位"), Some((Article, 6, "第六条", "所有单位")));
        assert_eq!(m("第七条及时报告"), Some((Article, 7, "第七条", "及时报告")));
        assert_eq!(m("第八条第一类医疗器械"), Some((Article, 8, "第八条", "第一类医疗器械")));
        assert_eq!(m("第九条第1项"), None);
        // a colon after the ordinal is no part of the text
        assert_eq!(m("第三条：排水户"), Some((Article, 3, "第三条：", "排水户")));
        assert_eq!(m("第一编："), Some((Part, 1, "第一编：", "")));
    }

    #[test]
    fn white_space_inside_and_after_a_marker() {
        use BlockKind::*;
        // U+3000, NBSP, ASCII spaces: inside brackets and ordinals, and
        // between a marker and its text (the cleaning pass has turned the
        // other spaces into ASCII ones)
        assert_eq!(m("（\u{3000}一\u{3000}）目标"), Some((Subsection, 1, "（\u{3000}一\u{3000}）", "目标")));
        assert_eq!(m("( 2 )加强"), Some((Subitem, 2, "( 2 )", "加强")));
        assert_eq!(m("第\u{3000}三\u{3000}章\u{3000}附则"), Some((Chapter, 3, "第\u{3000}三\u{3000}章", "附则")));
        assert_eq!(m("第 5 条 适用"), Some((Article, 5, "第 5 条", "适用")));
        for sp in ["\u{3000}", "\u{A0}", " ", "\t"] {
            let line = format!("一、{sp}{sp}总体要求");
            assert_eq!(m(&line), Some((Section, 1, "一、", "总体要求")), "{sp:?}");
            let line = format!("第一条{sp}为了");
            assert_eq!(m(&line), Some((Article, 1, "第一条", "为了")), "{sp:?}");
        }
        // a line break is no space inside a marker
        assert_eq!(m("（\n一）"), None);
    }

    #[test]
    fn prose_is_not_a_marker() {
        for s in [
            "1.5亿元用于",
            "2022年新型城镇化",
            "一是加强",
            "二是完善",
            "一批重大项目",
            "第二轮土地承包",
            "第三条规定的",
            "第三条的规定",
            "第四十二条第一款的规定处罚。",
            "第四条、第五条规定的",
            "第六条和第七条",
            "第三条所称",
            "第八条中的“五千元”",
            "第三条之规定",
            "第十三条修改为：“携犬出户的，应当束犬链。”",
            "第五条增加一款，作为第二款：",
            "第二十条删去",
            "第十条之",
            "行动起来",
            "任务清单",
            "——坚持以人民为中心的思想。",
            "(市)改区",
            "（信包箱）",
            "(0)",
            "3.5%",
            "1.2020",
            "3．20201年",
            "2.12年",
            "十十、",
            "国家发展改革委",
            "",
        ] {
            assert_eq!(m(s), None, "{s}");
        }
    }

    #[test]
    fn lettered_appendix_clauses() {
        for (line, text, number, depth_, outline_) in [
            ("A.1\u{3000}范围", "A.1", 1, 1, vec![1]),
            ("A.2.1 概况", "A.2.1", 1, 2, vec![2, 1]),
            ("B．3\u{3000}试验方法", "B．3", 3, 1, vec![3]),
            ("C.1.2.3 取样", "C.1.2.3", 3, 3, vec![1, 2, 3]),
            ("A.1范围", "A.1", 1, 1, vec![1]),
            ("I.2 检测", "I.2", 2, 1, vec![2]),
        ] {
            let m = marker(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((m.kind, m.text, m.number), (BlockKind::Decimal, text, number), "{line}");
            assert!(is_lettered(&m));
            assert_eq!(depth(&m), depth_, "{line}");
            assert_eq!(outline(m.text), outline_, "{line}");
        }
        for line in
            ["A.1万元", "A. 1 范围", "A.1", "A.1 2020年", "AB.1 范围", "A1 范围", "A.1.2.3.4 取样", "B 级", "A.1。"]
        {
            assert!(marker(line).is_none_or(|m| m.kind != BlockKind::Decimal), "{line}");
        }
        // 附录A, 表A.1 are no clauses
        assert!(marker("表A.1\u{3000}能耗数据表").is_none());
    }

    #[test]
    fn decimal_outlines() {
        assert_eq!(decimal_outline("2.1\u{3000}国家层面组织指挥机构"), Some(2));
        assert_eq!(decimal_outline("4.2.3 省级指挥部接到通知后，要立即启动"), Some(3));
        assert_eq!(decimal_outline("3．2　应急报告"), Some(2));
        // amounts, rates, versions and plain items are no outline
        for t in [
            "1.5亿元用于补助",
            "3.2%的增长",
            "2.1万人参加",
            "1. 总则",
            "2.1",
            "2.1 ",
            "10.2.3 4 5",
            "V2.1 版本",
            "1.2.3.4.5 标题",
            "2024.12 起施行",
        ] {
            assert_eq!(decimal_outline(t), None, "{t}");
        }
    }

    #[test]
    fn decimal_markers() {
        use BlockKind::*;
        assert_eq!(m("1\u{3000}总则"), Some((Decimal, 1, "1", "总则")));
        assert_eq!(m("1.1\u{3000}编制目的"), Some((Decimal, 1, "1.1", "编制目的")));
        assert_eq!(
            m("4.2.3 省级指挥部接到通知后，立即启动。"),
            Some((Decimal, 3, "4.2.3", "省级指挥部接到通知后，立即启动。"))
        );
        assert_eq!(m("2．12　应急报告"), Some((Decimal, 12, "2．12", "应急报告")));
        // glued to its title or text, not to a unit
        assert_eq!(m("1.1编制目的"), Some((Decimal, 1, "1.1", "编制目的")));
        for t in ["1总则", "3项重点任务", "10家企业", "1总体要求是坚持问题导向，确保取得实效。"]
        {
            assert!(m(t).is_none_or(|x| x.0 != Decimal), "{t}");
        }
        assert_eq!(m("２．３为规范应急管理工作，制定本预案。").map(|x| (x.0, x.1)), Some((Decimal, 3)));
        for t in ["1.5亿元用于补助", "2.1万人参加", "3.2倍", "5.1日起", "2.0版本", "1.1"] {
            assert!(m(t).is_none_or(|x| x.0 != Decimal), "{t}");
        }
        // full-width digits, as some scrapes print the whole outline
        assert_eq!(m("１．２　适用范围"), Some((Decimal, 2, "１．２", "适用范围")));
        assert_eq!(m("１　总则"), Some((Decimal, 1, "１", "总则")));
        assert_eq!(outline("２．１２．３"), [2, 12, 3]);
        assert_eq!(depth(&marker("２．１．３　职责").unwrap()), 3);
        for t in ["１．５亿元", "２．１万人参加", "１２３４．１ 标题", "１．加强领导"] {
            assert!(m(t).is_none_or(|x| x.0 != Decimal), "{t}");
        }
        // a bare number in a run-on line: its title ends at an indentation
        assert_eq!(m("1　总则　　1.1　编制目的　　健全机制，科学应对。").map(|x| x.0), Some(Decimal));
        // a standard on one line: one space before the number's first child
        // ends its title, and a standard's section title may run on into its
        // text (the space between gone with cleaning)
        assert_eq!(m("3 编制原则 3.1 科学合理原则能耗定额应以数据为基础。").map(|x| (x.0, x.1)), Some((Decimal, 3)));
        assert_eq!(m("1 范围本指南规定了编制的原则、方法和程序。").map(|x| (x.0, x.1)), Some((Decimal, 1)));
        for t in
            ["3 编制原则 3.2 科学合理原则应以数据为基础。", "3 编制原则 3.11 应以数据为基础。", "1 范围广，数量多。"]
        {
            assert!(m(t).is_none_or(|x| x.0 != Decimal), "{t}");
        }
        let depths: Vec<_> = ["1　总则", "1.1 目的", "2.1.3 职责", "3.2.1.4 分工", "1.加强"]
            .iter()
            .map(|t| depth(&marker(t).unwrap()))
            .collect();
        assert_eq!(depths, [1, 2, 3, 4, 0]);
        assert_eq!(outline("2.1.3"), [2, 1, 3]);
        assert_eq!(outline("2．12"), [2, 12]);
        // items stay items; prose, dates, quantities and long bare titles
        // are no outline number
        assert_eq!(m("1.加强领导").map(|x| x.0), Some(Item));
        assert_eq!(m("1、加强领导").map(|x| x.0), Some(Item));
        for t in [
            "1 总体安排，确保按期完成。",
            "3 个工作日内，完成审核。",
            "100 总则",
            "1 2020年",
            "1 abc",
            "2020.1.1 起施行",
            "3.5亿元",
            "1.2万人参加",
            "2.5%",
            "1.1倍",
            "1　这是一个非常非常长的标题它超过了三十个字符的上限所以不是一个标题吧对吧",
        ] {
            assert!(m(t).is_none_or(|x| x.0 != Decimal), "{t}");
        }
    }
}
