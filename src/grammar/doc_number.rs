//! 发文字号: `国办发〔2018〕123号`, also written with `﹝﹞` `[]` `［］` `()`
//! `（）` `【】` around the year and with 第 before the number
//! (`〔2018〕第123号`), normalised to `〔2018〕123号`; and the 令 form
//! `中华人民共和国国务院令第656号`.

use super::numeral::{arabic, is_digit};
use crate::punct::{self, TORTOISE_L, TORTOISE_R};
use nom::{
    IResult, Parser,
    bytes::complete::take_while_m_n,
    character::complete::{char, satisfy},
};
use std::borrow::Cow;

/// Issuer code: CJK characters (发改规划, 沪府办发, 国办函).
fn code(i: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 16, punct::is_ideograph).parse(i)
}

/// Whether `written` (the digits `arabic` read as a number) is that
/// number as [`push_decimal`] writes it: ASCII digits, no leading zero,
/// too few to saturate.
fn plain_decimal(written: &str) -> bool {
    (1..=9).contains(&written.len())
        && written.bytes().all(|b| b.is_ascii_digit())
        && (written.len() == 1 || !written.starts_with('0'))
}

/// `X〔YYYY〕N号`. Returns the normalised form: the text as written when
/// it is written so (most are: nothing is allocated then).
fn bracketed(i: &str) -> IResult<&str, Cow<'_, str>> {
    let start = i;
    let (i, code) = code(i)?;
    // (a space may part the pieces of a number typed by hand or set
    // justified: `国发 〔2011〕 35 号`; dropped in the normal form)
    let (i, open) = satisfy(punct::is_year_open).parse(i.trim_start_matches(punct::is_inline_space))?;
    let (i, year) = take_while_m_n(4, 4, is_digit).parse(i)?;
    let (i, close) = satisfy(punct::is_year_close).parse(i)?;
    // `〔2023〕第5号`: some issuers write 第 before the number (dropped in
    // the normal form)
    let i = i.trim_start_matches(punct::is_inline_space);
    let i = i.strip_prefix('第').unwrap_or(i);
    let digits = i;
    let (i, n) = arabic(i)?;
    let digits = &digits[..digits.len() - i.len()];
    let (i, _) = char('号').parse(i.trim_start_matches(punct::is_inline_space))?;
    let written = &start[..start.len() - i.len()];
    if open == TORTOISE_L
        && close == TORTOISE_R
        && year.bytes().all(|b| b.is_ascii_digit())
        && plain_decimal(digits)
        && written.len() == code.len() + year.len() + digits.len() + 3 * 3
    {
        return Ok((i, Cow::Borrowed(written)));
    }
    // (written out piece by piece: `format!` costs several times more)
    let mut out = String::with_capacity(code.len() + year.len() + 16);
    out.push_str(code);
    out.push(TORTOISE_L);
    out.extend(year.chars().map(half_width_digit));
    out.push(TORTOISE_R);
    push_decimal(&mut out, n);
    out.push('号');
    Ok((i, Cow::Owned(out)))
}

/// A full-width digit as its ASCII digit; any other character as it is.
fn half_width_digit(c: char) -> char {
    if ('０'..='９').contains(&c) { char::from(b'0' + (c as u32 - '０' as u32) as u8) } else { c }
}

/// `n` in decimal digits, appended to `out`.
pub(crate) fn push_decimal(out: &mut String, n: impl Into<u64>) {
    let mut n = n.into();
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// `…令第N号`, and the numbers of orders and announcements counted by year
/// (`交通运输部令2023年第12号`, `国家税务总局公告2024年第3号`); borrowed when
/// written in the normal form (see [`bracketed`]).
fn decree(i: &str) -> IResult<&str, Cow<'_, str>> {
    let start = i;
    let fail = || nom::Err::Error(nom::error::Error::new(start, nom::error::ErrorKind::Tag));
    // the issuer's ideographs up to the first 令 or 公告 (at most 20)
    let mut code = None;
    for (k, (at, c)) in i.char_indices().enumerate() {
        if k >= 20 || !punct::is_ideograph(c) {
            break;
        }
        // (an issuer before the mark: 令第3号 alone is no number)
        if c == '令' && at > 0 {
            code = Some(at + c.len_utf8());
        } else if c == '公' && at > 0 && i[at + c.len_utf8()..].starts_with('告') {
            code = Some(at + "公告".len());
        }
        if code.is_some() {
            break;
        }
    }
    let code = code.ok_or_else(fail)?;
    let issuer = &i[..code];
    // (a space may part the mark from its number: `某省人民政府令 第389号`)
    let i = i[code..].trim_start_matches(punct::is_inline_space);
    let spaced = i.len() + code != start.len();
    let (i, year) = match year_of(i) {
        Some((digits, y, rest)) => (rest, Some((digits, y))),
        None => (i, None),
    };
    let (i, _) = char('第').parse(i)?;
    // (spaces may stand around the number, as on an order's number line:
    // `中华人民共和国国务院令第　623　号`)
    let trimmed = i.trim_start_matches(punct::is_inline_space);
    let spaced = spaced || trimmed.len() != i.len();
    let i = trimmed;
    let digits = i;
    let (i, n) = arabic(i)?;
    let digits = &digits[..digits.len() - i.len()];
    let trimmed = i.trim_start_matches(punct::is_inline_space);
    let spaced = spaced || trimmed.len() != i.len();
    let i = trimmed;
    let (i, _) = char('号').parse(i)?;
    let written = &start[..start.len() - i.len()];
    let year_len = year.map_or(0, |(d, _)| d.len() + '年'.len_utf8());
    let plain_year = year.is_none_or(|(d, _)| d.bytes().all(|b| b.is_ascii_digit()));
    if !spaced && plain_year && plain_decimal(digits) && written.len() == issuer.len() + year_len + digits.len() + 2 * 3
    {
        return Ok((i, Cow::Borrowed(written)));
    }
    let mut out = String::with_capacity(issuer.len() + 20);
    out.push_str(issuer);
    if let Some((_, y)) = year {
        push_decimal(&mut out, y);
        out.push('年');
    }
    out.push('第');
    push_decimal(&mut out, n);
    out.push('号');
    Ok((i, Cow::Owned(out)))
}

/// A year of four digits and 年 (`2023年`, spaces allowed after it): its
/// digits as written, its value and what follows.
fn year_of(i: &str) -> Option<(&str, u32, &str)> {
    let (rest, y): (&str, &str) = take_while_m_n::<_, _, nom::error::Error<&str>>(4, 4, is_digit).parse(i).ok()?;
    let rest = rest.strip_prefix('年')?.trim_start_matches(punct::is_space);
    Some((y, y.chars().fold(0, |n, c| n * 10 + half_width_digit(c).to_digit(10).unwrap_or(0)), rest))
}

/// A 发文字号 at the start of `i`, normalised (borrowed from `i` when it is
/// written in the normal form).
pub(crate) fn doc_number(i: &str) -> IResult<&str, Cow<'_, str>> {
    nom::branch::alt((bracketed, decree)).parse(i)
}

/// The number line of an order or announcement printed under its mark
/// (`中华人民共和国国务院令` / `第　559　号`, spaces allowed around the
/// number; `交通运输部令` / `2023年第12号`, counted by year): the year if
/// any, the number and what follows the line's 号.
pub(crate) fn order_number(i: &str) -> Option<(Option<u32>, u32, &str)> {
    let (year, i) = match year_of(i) {
        Some((_, y, rest)) => (Some(y), rest),
        None => (None, i),
    };
    let i = i.strip_prefix('第')?.trim_start_matches(punct::is_space);
    let (i, n) = arabic(i).ok()?;
    let i = i.trim_start_matches(punct::is_space).strip_prefix('号')?;
    Some((year, n, i))
}

/// An order's or announcement's mark on its own line: ideographs ending in
/// 令, 公告 or 通告 (`中华人民共和国国务院令`, `某某部令`, `国家税务总局公告`,
/// `某某市疫情防控指挥部通告`).
pub(crate) fn is_order_mark(line: &str) -> bool {
    let n = line.chars().count();
    (line.ends_with('令') || line.ends_with("公告") || line.ends_with("通告"))
        && (3..=20).contains(&n)
        && line.chars().all(punct::is_ideograph)
}

/// The whole of `line` is a 发文字号.
pub(crate) fn doc_number_line(line: &str) -> Option<Cow<'_, str>> {
    // every form ends with 号: most lines are rejected before the parser
    // runs (callers try many lines)
    if !punct::trim(line).ends_with('号') {
        return None;
    }
    match doc_number(line) {
        Ok((rest, n)) if punct::trim(rest).is_empty() => Some(n),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_as_format_writes_them() {
        for n in [0u64, 7, 10, 99, 100, 2024, u64::from(u32::MAX), u64::MAX] {
            let mut s = String::from("第");
            push_decimal(&mut s, n);
            assert_eq!(s, format!("第{n}"));
        }
    }

    #[test]
    fn a_number_written_in_the_normal_form_is_borrowed() {
        for s in ["国办发〔2018〕123号", "中华人民共和国国务院令第656号"] {
            assert!(matches!(doc_number(s), Ok(("", Cow::Borrowed(n))) if n == s), "{s}");
        }
        // any other form is written out normalised
        for (s, n) in [
            ("国办发[2018]123号", "国办发〔2018〕123号"),
            ("国办发〔2018〕0123号", "国办发〔2018〕123号"),
            ("国办发〔2018〕１２３号", "国办发〔2018〕123号"),
            ("国办发〔2018〕99999999999号", "国办发〔2018〕4294967295号"),
            ("某部令第０７号", "某部令第7号"),
        ] {
            assert!(matches!(doc_number(s), Ok(("", Cow::Owned(o))) if o == n), "{s}");
        }
    }

    #[test]
    fn full_width_year_digits_are_normalised() {
        assert_eq!(doc_number("国办发〔２０１８〕１２３号").map(|(_, n)| n), Ok(Cow::Borrowed("国办发〔2018〕123号")));
    }

    #[test]
    fn every_bracket_form_normalises() {
        for s in [
            "国办发〔2018〕123号",
            "国办发[2018]123号",
            "国办发［2018］123号",
            "国办发(2018)123号",
            "国办发（2018）123号",
            "国办发【2018】123号",
            "国办发〔２０１８〕１２３号",
            "国办发﹝2018﹞123号",
            "国办发〔2018〕第123号",
            "国办发﹝2018﹞第123号",
            // spaces between the pieces, of either width
            "国办发 〔2018〕 123 号",
            "国办发〔2018〕 123号",
            "国办发〔2018〕123\u{3000}号",
            "国办发\u{3000}〔2018〕\u{A0}第123号",
        ] {
            assert_eq!(doc_number_line(s).as_deref(), Some("国办发〔2018〕123号"), "{s}");
        }
        assert_eq!(doc_number_line("发改规划〔2022〕371号").as_deref(), Some("发改规划〔2022〕371号"));
        assert_eq!(doc_number_line("中华人民共和国国务院令第656号").as_deref(), Some("中华人民共和国国务院令第656号"));
        // orders and announcements counted by year
        for (s, want) in [
            ("中华人民共和国交通运输部令2023年第12号", "中华人民共和国交通运输部令2023年第12号"),
            ("国家税务总局公告2019年第10号", "国家税务总局公告2019年第10号"),
            ("国家税务总局公告２０１９年第１０号", "国家税务总局公告2019年第10号"),
            ("某某省人民政府令第289号", "某某省人民政府令第289号"),
            // spaces around the number, as on an order's number line
            ("中华人民共和国国务院令第　623　号", "中华人民共和国国务院令第623号"),
            ("中华人民共和国国务院令第 475 号", "中华人民共和国国务院令第475号"),
            ("某某省人民政府令 第289号", "某某省人民政府令第289号"),
        ] {
            assert_eq!(doc_number_line(s).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn an_order_mark_and_its_number_line() {
        assert!(is_order_mark("中华人民共和国国务院令"));
        assert!(!is_order_mark("令"));
        assert!(!is_order_mark("关于某某的命令。"));
        assert_eq!(order_number("第　559　号"), Some((None, 559, "")));
        assert_eq!(order_number("第656号 《某某条例》"), Some((None, 656, " 《某某条例》")));
        assert_eq!(order_number("2023年第12号"), Some((Some(2023), 12, "")));
        assert_eq!(order_number("２０２４年第３号"), Some((Some(2024), 3, "")));
        assert_eq!(order_number("2023年12月"), None);
        assert!(is_order_mark("交通运输部令"));
        assert!(is_order_mark("国家税务总局公告"));
        assert!(is_order_mark("某某市疫情防控指挥部通告"));
        assert!(!is_order_mark("公告"));
        assert_eq!(order_number("第一章"), None);
        assert_eq!(order_number("第3条"), None);
    }

    #[test]
    fn prose_is_not_a_doc_number() {
        for s in [
            "国办发〔2018〕123号文件要求",
            "2022年3月10日",
            "令第3号",
            "公告2019年第10号",
            "关于发布某某的公告",
            "国办发〔18〕1号",
            "〔2018〕123号",
            "国办发〔2018〕 号",
            "国办发〔2018〕\n123号",
            "各省、自治区：",
        ] {
            assert_eq!(doc_number_line(s), None, "{s}");
        }
    }
}
