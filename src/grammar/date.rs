//! 成文日期: `2022年3月10日`, `2022年03月10日`, `二〇二二年三月十日`,
//! full-width digits, spaces between the parts.

use super::numeral::{arabic, cn_value, is_cn_digit};
use crate::punct;
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{take_while, take_while1},
    character::complete::char,
    combinator::{map_opt, verify},
};

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Date {
    pub(crate) year: u32,
    pub(crate) month: u32,
    pub(crate) day: u32,
}

/// Years read as years, so that every date built is a real one.
pub(crate) const YEARS: std::ops::RangeInclusive<u32> = 1900..=2200;

/// The last day of `month` in `year` (Gregorian), or `None` for no month.
pub(crate) fn month_end(year: u32, month: u32) -> Option<u32> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    Some(match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    })
}

impl Date {
    /// ISO 8601: `2022-03-10`.
    pub(crate) fn iso(&self) -> String {
        use std::fmt::Write;
        // (allocated at its length: `format!` would start from nothing and
        // grow the string)
        let mut s = String::with_capacity(10);
        let _ = write!(s, "{:04}-{:02}-{:02}", self.year, self.month, self.day);
        s
    }

    pub(crate) fn is_valid(&self) -> bool {
        YEARS.contains(&self.year) && month_end(self.year, self.month).is_some_and(|end| (1..=end).contains(&self.day))
    }
}

fn sp(i: &str) -> IResult<&str, &str> {
    take_while(punct::is_space).parse(i)
}

/// A number written in arabic or Chinese digits.
fn number(i: &str) -> IResult<&str, u32> {
    alt((arabic, map_opt(take_while1(is_cn_digit), cn_value))).parse(i)
}

/// A letter O (or a full-width zero) typed or recognised for 〇 in a year
/// of Chinese digits (`二O二五年`, `二ｏ二四年`, `二０二三年`).
fn is_zero_lookalike(c: char) -> bool {
    matches!(c, 'O' | 'o' | '\u{FF2F}' | '\u{FF4F}' | '\u{FF10}')
}

/// A year of four Chinese digits with a look-alike of 〇 among them
/// (`二O二五`): read positionally, the look-alike as 0 (four digits only;
/// any other year is read by [`number`]).
fn lookalike_year(i: &str) -> IResult<&str, u32> {
    map_opt(take_while1(|c| is_cn_digit(c) || is_zero_lookalike(c)), |y: &str| {
        let mut v = 0u32;
        let mut n = 0;
        for c in y.chars() {
            let d = if is_zero_lookalike(c) { 0 } else { super::numeral::digit_value(c)? };
            v = v * 10 + d;
            n += 1;
            if n > 4 {
                return None;
            }
        }
        (n == 4).then_some(v)
    })
    .parse(i)
}

/// Whether `i` may open with a [`date`]: after its first run of digits
/// (arabic, Chinese or a look-alike of 〇, what any reading of the year
/// takes) and white space, 年. A few characters read, where the parser
/// would set up its alternatives: a date's year is a prefix of that run,
/// and is the whole run, since what follows it must be white space or 年.
pub(crate) fn may_open(i: &str) -> bool {
    let year = |c: char| super::numeral::is_digit(c) || is_cn_digit(c) || is_zero_lookalike(c);
    let rest = i.trim_start_matches(year);
    rest.len() < i.len() && rest.trim_start_matches(punct::is_space).starts_with('年')
}

/// A date at the start of `i`.
pub(crate) fn date(i: &str) -> IResult<&str, Date> {
    // (the usual form, ASCII digits, read without the parsers, and so is
    // a text whose first part is no number or whose 年, 月 or 日 after
    // ASCII digits is missing; a part in other digits goes to them)
    match ascii_date(i) {
        Quick::Date(rest, d) => return Ok((rest, d)),
        Quick::No => return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))),
        Quick::Unsure => {}
    }
    parsed(i)
}

/// [`date`] read by the parsers.
fn parsed(i: &str) -> IResult<&str, Date> {
    let (i, year) = alt((lookalike_year, number)).parse(i)?;
    let (i, _) = (sp, char('年'), sp).parse(i)?;
    let (i, month) = number(i)?;
    let (i, _) = (sp, char('月'), sp).parse(i)?;
    let (i, day) = number(i)?;
    let (i, _) = (sp, alt((char('日'), char('号')))).parse(i)?;
    verify(move |i| Ok((i, Date { year, month, day })), Date::is_valid).parse(i)
}

/// What [`ascii_date`] reads at the start of a text.
enum Quick<'s> {
    /// The date, and the text after it.
    Date(&'s str, Date),
    /// No date: the parsers would read none either.
    No,
    /// A part written otherwise (Chinese or full-width digits, a look-alike
    /// of 〇): for the parsers to read.
    Unsure,
}

/// [`date`] in ASCII digits (`2022年3月10日`, white space between the
/// parts), read as the parsers read it: a number of ASCII digits not
/// followed by a full-width one is what [`arabic`] reads (and
/// [`lookalike_year`] reads no ASCII digit), a part that opens with no
/// digit of any kind is read by no parser, and a missing 年, 月 or 日 or a
/// date that is no real one fails them too; a part written in other
/// digits is left to them.
fn ascii_date(i: &str) -> Quick<'_> {
    /// A number of ASCII digits and the text after it; `Err(true)` where
    /// the parsers must decide.
    fn num(i: &str) -> Result<(&str, u32), bool> {
        let n = i.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return Err(i.starts_with(|c: char| super::numeral::is_digit(c) || is_cn_digit(c) || is_zero_lookalike(c)));
        }
        if i[n..].starts_with(|c: char| super::numeral::is_digit(c)) {
            return Err(true);
        }
        let v = i.as_bytes()[..n].iter().fold(0u32, |v, &d| v.saturating_mul(10).saturating_add(u32::from(d - b'0')));
        Ok((&i[n..], v))
    }
    fn sp(i: &str) -> &str {
        i.trim_start_matches(punct::is_space)
    }
    let read = || -> Result<(&str, Date), bool> {
        let (i, year) = num(i)?;
        let (i, month) = num(sp(sp(i).strip_prefix('年').ok_or(false)?))?;
        let (i, day) = num(sp(sp(i).strip_prefix('月').ok_or(false)?))?;
        let i = sp(i).strip_prefix(['日', '号']).ok_or(false)?;
        let d = Date { year, month, day };
        if d.is_valid() { Ok((i, d)) } else { Err(false) }
    };
    match read() {
        Ok((rest, d)) => Quick::Date(rest, d),
        Err(false) => Quick::No,
        Err(true) => Quick::Unsure,
    }
}

/// The whole of `line` is a date (the 成文日期 line of a signature).
pub(crate) fn date_line(line: &str) -> Option<Date> {
    // a date starts with a digit: most lines are rejected before the parser
    // runs (callers try every line of a text)
    if !line.starts_with(|c: char| super::numeral::is_digit(c) || is_cn_digit(c)) {
        return None;
    }
    // and ends with 日 or 号 (last bytes A5, B7), white space aside: a
    // numbered line (`一、…。`, `1．…；`) is rejected by its last byte
    // (a last byte of white space — ASCII, NBSP, U+3000, BOM — is trimmed
    // by the parser's caller below: such a line is parsed)
    if !line
        .as_bytes()
        .last()
        .is_some_and(|&b| matches!(b, 0xA5 | 0xB7 | 0xA0 | 0x80 | 0xBF) || b.is_ascii_whitespace())
    {
        return None;
    }
    match date(line) {
        Ok((rest, d)) if punct::trim(rest).is_empty() => Some(d),
        _ => None,
    }
}

/// The date at the start of `text` as written (a sub-slice of it, for a
/// span), when `text` starts with one.
pub(crate) fn date_text(text: &str) -> Option<&str> {
    let (rest, _) = date(text).ok()?;
    text.get(..text.len() - rest.len())
}

/// The separators of a date written in numbers (`2023-05-10`, `2023.5.10`,
/// `2023/5/10`), either width.
fn is_numeric_separator(c: char) -> bool {
    matches!(c, '-' | '.' | '/' | punct::FW_HYPHEN | punct::FW_DOT | punct::FW_SOLIDUS)
}

/// A year and month written in numbers at the start of `i`, and the day
/// when the same separator and one follow: a year of four digits, month
/// and day of one or two (`2024.12`, `2023-05-10`, `2023/5/10`,
/// `２０２３．５．１０`). Unchecked: the caller builds the date it means.
pub(crate) fn numeric_month(i: &str) -> IResult<&str, (u32, u32, Option<u32>)> {
    let (rest, year) = verify(take_while1(super::numeral::is_digit), |y: &str| y.chars().count() == 4).parse(i)?;
    let (_, year) = arabic(year)?;
    let sep = rest.chars().next().filter(|&c| is_numeric_separator(c));
    let Some(sep) = sep else {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Char)));
    };
    let two = |i| verify(take_while1(super::numeral::is_digit), |d: &str| d.chars().count() <= 2).parse(i);
    let (mut rest, month) = two(&rest[sep.len_utf8()..])?;
    let month = arabic(month)?.1;
    let mut day = None;
    if let Some(after) = rest.strip_prefix(sep) {
        let (after, d) = two(after)?;
        day = Some(arabic(d)?.1);
        rest = after;
    }
    // (a further number, or a decimal, goes on: no date)
    if rest.starts_with(|c: char| super::numeral::is_digit(c) || is_numeric_separator(c)) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, (year, month, day)))
}

/// A date written in numbers at the start of `i` ([`numeric_month`] with
/// its day).
pub(crate) fn numeric_date(i: &str) -> IResult<&str, Date> {
    let (rest, (year, month, day)) = numeric_month(i)?;
    let date = day.map(|day| Date { year, month, day }).filter(Date::is_valid);
    date.map(|d| (rest, d)).ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

/// The whole of `line` is a date written in numbers ([`numeric_date`]): the
/// 成文日期 line of a signature as some pages print it. Never read as a
/// date elsewhere: table cells and prose hold such dates.
#[inline]
pub(crate) fn numeric_date_line(line: &str) -> Option<Date> {
    // (an ASCII digit, or the lead byte of a full-width one, ０ EF BC 90: one
    // byte compared on the lines that start otherwise)
    if !line.as_bytes().first().is_some_and(|&b| b.is_ascii_digit() || b == 0xEF) {
        return None;
    }
    match numeric_date(line) {
        Ok((rest, d)) if punct::trim(rest).is_empty() => Some(d),
        _ => None,
    }
}

/// The date at the start of `text` as written, in words
/// ([`date_text`]) or in numbers ([`numeric_date`]).
pub(crate) fn any_date_text(text: &str) -> Option<&str> {
    date_text(text).or_else(|| {
        let (rest, _) = numeric_date(text).ok()?;
        text.get(..text.len() - rest.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_text_is_the_date_as_written() {
        assert_eq!(date_text("2022年3月10日"), Some("2022年3月10日"));
        assert_eq!(date_text("二〇二二年三月十日印发"), Some("二〇二二年三月十日"));
        assert_eq!(date_text("2019年9月1日国务院令第709号公布"), Some("2019年9月1日"));
        assert_eq!(date_text("国务院"), None);
    }

    /// Strings made as dates are, each part written in several ways or
    /// missing or replaced by another.
    fn date_strings() -> Vec<String> {
        let parts: [&[&str]; 8] = [
            &["2024", "２０２４", "2O24", "二〇二四", "二O二四", "O", "印", "", "2024２", "99999999999"],
            &["", " ", "\u{3000}"],
            &["年", "月", ""],
            &["2", "02", "13", "二", "十二", "２", "", "印", "2２"],
            &["月", "日", " 月"],
            &["29", "30", "1", "三十", "２９", "", "0"],
            &["日", "号", "", "年", " 日"],
            &["", "印发", "１"],
        ];
        let mut strings = vec![String::new()];
        for part in parts {
            strings = strings.iter().flat_map(|s| part.iter().map(move |p| format!("{s}{p}"))).collect();
        }
        strings
    }

    #[test]
    fn the_quick_reading_is_the_parsers() {
        for s in date_strings() {
            let parsers = parsed(&s).ok();
            match ascii_date(&s) {
                Quick::Date(rest, d) => assert_eq!(Some((rest, d)), parsers, "{s}"),
                Quick::No => assert_eq!(None, parsers, "{s}"),
                Quick::Unsure => {}
            }
            // (a text the quick test turns away holds no date)
            assert!(may_open(&s) || parsers.is_none(), "{s}");
        }
    }

    #[test]
    fn date_lines() {
        let iso = |s: &str| date_line(s).map(|d| d.iso());
        assert_eq!(iso("2022年3月10日").as_deref(), Some("2022-03-10"));
        assert_eq!(iso("2018年12月07日").as_deref(), Some("2018-12-07"));
        assert_eq!(iso("二〇二二年三月十日").as_deref(), Some("2022-03-10"));
        assert_eq!(iso("二○○四年十月十五日").as_deref(), Some("2004-10-15"));
        assert_eq!(iso("２０２４年２月４日").as_deref(), Some("2024-02-04"));
        // a letter O (or a full-width zero) typed for 〇
        assert_eq!(iso("二O二五年四月一日").as_deref(), Some("2025-04-01"));
        assert_eq!(iso("二ｏ二四年十二月三十一日").as_deref(), Some("2024-12-31"));
        assert_eq!(iso("二０二三年一月五日").as_deref(), Some("2023-01-05"));
        assert_eq!(iso("二O二五O年四月一日"), None);
        assert_eq!(iso("二O年四月一日"), None);
        assert_eq!(iso("2024 年 2 月 4 日").as_deref(), Some("2024-02-04"));
        assert_eq!(iso("2024年2月30日"), None);
        assert_eq!(iso("2024年13月1日"), None);
        assert_eq!(iso("2022年3月10日印发"), None);
        assert_eq!(iso("到2025年底"), None);
        assert_eq!(iso("2024年2月29日").as_deref(), Some("2024-02-29"));
        assert_eq!(iso("2023年2月29日"), None);
    }

    #[test]
    fn dates_in_numbers() {
        let iso = |s: &str| numeric_date_line(s).map(|d| d.iso());
        assert_eq!(iso("2023-05-10").as_deref(), Some("2023-05-10"));
        assert_eq!(iso("2023.5.10").as_deref(), Some("2023-05-10"));
        assert_eq!(iso("2023/5/10").as_deref(), Some("2023-05-10"));
        assert_eq!(iso("２０２３．５．１０").as_deref(), Some("2023-05-10"));
        assert_eq!(iso("2023-5-10 ").as_deref(), Some("2023-05-10"));
        // mixed separators, a fourth number, no valid day, a short year,
        // a decimal, text after it
        for s in
            ["2023-5.10", "2023.5.10.1", "2023-02-30", "23-5-10", "2023.5", "2023-05-100", "2023-05-10印发", "12.5.10"]
        {
            assert_eq!(iso(s), None, "{s}");
        }
        // never a date line in words
        assert_eq!(date_line("2023-05-10"), None);
        assert_eq!(any_date_text("2023/5/10（此件公开发布）"), Some("2023/5/10"));
        assert_eq!(any_date_text("2023年5月10日"), Some("2023年5月10日"));
    }
}
