//! Deadline phrases (完成时限): `2025年底前`, `2024年6月底前`,
//! `2023年第三季度`, `2025年12月31日前`, `年内`, `长期坚持`, `持续推进`,
//! `每年`, read as the last day they mean (`by`, ISO 8601), as ongoing work,
//! or as recurring work (`every`).
//!
//! One production, [`phrase`] (nom), reads a phrase at the start of a text:
//!
//! - a date with a year (`2025年`, `２０２５年`, `二〇二五年`) and a part of
//!   it: 底/末/内/年底 (end of the year), 上半年/下半年/前三季度, a quarter
//!   (第三季度, 三季度, 3季度), a month (6月, 6月底, 6月中旬), a day
//!   (12月31日, 31号); then 前/以前/之前/止/为止 (the period named is
//!   included: `2025年前` is the end of 2025), or 起/开始 (a start, no
//!   deadline);
//! - a range (`2023—2025年`, `2023年至2025年`, `2024年3月至6月`): its end;
//! - a date without a year (年底前, 年内, 今年底, 上半年, 第三季度, 6月底前):
//!   the year of the nearest earlier dated phrase of the same text, else the
//!   document's (the year of its 成文日期, or of its 发文字号 〔YYYY〕);
//! - a lead word before any of these: 到, 截至, 截止(到), 至, or a label
//!   `完成时限：` / `时间节点：`;
//! - a quarter's end (`一季度末`, `第三季度底前`): the quarter's last day;
//! - the middle of a year after its 年 (`2025年年中`, `明年年中`): June's
//!   end (alone, 年中 is when routine work is done: no deadline);
//! - the year after: 明年 (the document's year + 1: 明年6月底前; 后年 + 2;
//!   前年, 去年 and 上年 are read as none, not as this year), 次年 /
//!   翌年 (the year after the dated phrase before it in the same text; in a
//!   task's text, alone, it follows an event and is no deadline);
//! - a five-year plan's period (`“十四五”期间`, `十四五时期`, `“十四五”末`):
//!   the last day of the plan (十四五: 2025-12-31), a range;
//! - a time counted from the document's issue (`本通知印发之日起30日内`,
//!   `自本通知印发之日起3个月内`, `本方案下发后15天内`): from the day of
//!   issue, known to [`resolve`] (the 版记's 印发日期, else the 成文日期),
//!   that day not counted (民法典 art. 201–202); none for working days, or
//!   without a date; from its taking effect (`自本办法施行之日起6个月内`),
//!   kept without a day, and only when the document names itself;
//! - ongoing work: 长期, 持续, 常态化, 经常 (+ 坚持/推进/实施/开展/…);
//! - recurring work: 每年 / 每年度 / 每半年 / 每季度 / 每月 (and 按季度,
//!   按月, 按年度, 逐月, not a bare 按年), with or
//!   without the part of the period (`每年6月底前`): ongoing, `every` the
//!   period, no `by`; after a range or plan period in the same text
//!   (`2024—2025年分步实施，每年12月底前报送`), the range's end as `by`, not
//!   ongoing (and so ongoing work in brackets: `“十四五”期间持续推进`).
//!
//! Where a phrase counts:
//!
//! - in a 完成时限 cell or line, and inside a clause's brackets
//!   (`（市发展改革委牵头，2024年底前完成）`), any dated phrase counts, the
//!   last one of the text (`2024年3月至2025年6月` → its end);
//! - in the task text before a clause (from the line's start, or the end of
//!   the line's previous clause, to the clause), the nearest phrase before
//!   the clause that reads as a deadline in running text: one with a lead
//!   word, 前/底/末/内/旬/止, a quarter or half-year, a range, or a date
//!   followed by a verb of completion (2024年6月完成); a bare year
//!   (`2022年全市…`) is no deadline, nor a phrase inside 《》; ongoing and
//!   recurring words only when they stand alone between punctuation
//!   (`…，长期坚持。`), since 持续推进… is also how a task is worded.
//!
//! Each candidate position is tested on its first character before any
//! parsing. A plan's period is not looked for in a task's text before a
//! clause (its anchor, 五, would be the fifth of that search: +0.3 % Ir).
//! A frequency (`每季度开展一次`, `每月召开一次`, `定期通报`) is no deadline
//! there either, unless it opens a sentence of its own after the one that
//! states the task (`加强非道路移动机械监管。每季度开展一次抽测。（…）`): the
//! task's schedule, recurring work (`every`).

use super::date::{Date, YEARS, month_end};
use super::numeral::{digits_value, is_digit};
use crate::ast::{Block, Deadline, Document, Period};
use crate::punct;
use crate::source::Source;
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while, take_while_m_n},
    character::complete::{char, satisfy},
    combinator::{map, map_opt, opt, value, verify},
};

/// What a phrase means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    /// The last day of a period: `year` none for a phrase without one
    /// (年底前), `day` none for the end of the month.
    By { year: Option<u32>, month: u32, day: Option<u32> },
    /// Work with no end.
    Ongoing,
    /// Work that recurs every period.
    Every(Period),
    /// A date in the year after another: 明年6月底前 (`of_document`: the
    /// year after the document's), 次年6月底前 (the year after the dated
    /// phrase before it in the same text); `after` years after it (后年: 2).
    ByNext { of_document: bool, after: u32, month: u32, day: Option<u32> },
    /// A time counted from the document's issue (`issue`: 本通知印发之日起30日内)
    /// or its taking effect (自本办法施行之日起6个月内).
    Within { n: u32, unit: Unit, issue: bool },
    /// A start (2024年起): no deadline.
    Start,
}

/// The unit of a time counted from the document (30日内, 3个月内).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    /// 工作日: not counted without the calendar of holidays.
    WorkDay,
    Week,
    Month,
    Year,
}

impl When {
    /// The ISO date of a `By`, with `year` for a phrase that has none.
    /// A `ByNext` is the year after `year`.
    fn iso(self, year: Option<u32>) -> Option<String> {
        let (y, month, day) = match self {
            When::By { year: y, month, day } => (y.or(year), month, day),
            When::ByNext { after, month, day, .. } => (year.map(|y| y + after), month, day),
            _ => return None,
        };
        let y = y.filter(|y| YEARS.contains(y))?;
        let end = month_end(y, month)?;
        Some(Date { year: y, month, day: day.map_or(end, |d| d.clamp(1, end)) }.iso())
    }
}

/// A phrase read by [`phrase`]: what it means, and whether it reads as a
/// deadline in running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Phrase {
    pub(crate) when: When,
    pub(crate) strong: bool,
    /// A range or a plan's period (2024—2025年, “十四五”期间): it bounds
    /// recurring work after it (…，每年12月底前报送).
    pub(crate) bounds: bool,
}

impl Phrase {
    const fn new(when: When, strong: bool) -> Phrase {
        Phrase { when, strong, bounds: false }
    }
}

// The phrase table: the words the grammar reads, each list in the order
// its parser tries them (a longer word before its prefix). The characters a
// deadline may end with ([`may_end`]) are built from the same lists.

/// The year's character, after its digits (`2025年`) and in a period (每年).
const YEAR: char = '年';
/// The month's character (`6月`).
const MONTH: char = '月';
/// The day's characters (`31日`, `31号`).
const DAY: [char; 2] = ['日', '号'];
/// A quarter's word (`第三季度`).
const QUARTER: &str = "季度";
/// The end of a year after its 年: `2025年底`, `2025年内`.
const YEAR_ENDS: [&str; 6] = ["年底", "年末", "底", "末", "以内", "内"];
/// The end of this year without a year (`年底`, `今年底`; also in a
/// recurring phrase, `每年年底前`): no deadline alone.
const THIS_YEAR_ENDS: [&str; 4] = ["年底", "年末", "底", "末"];
/// Within this year without a year (`年内`): a deadline.
const THIS_YEAR_WITHIN: [&str; 2] = ["以内", "内"];
/// This year named (`今年`, `本年度`), a part of it may follow.
const THIS_YEAR: [&str; 3] = ["今年", "本年度", "本年"];
/// Halves and the first three quarters: the word, the month of its last day.
const HALVES: [(&str, u32); 3] = [("上半年", 6), ("下半年", 12), ("前三季度", 9)];
/// The end of a month and its decades: the word, its last day (none: the
/// month's end).
const MONTH_PARTS: [(&str, Option<u32>); 5] =
    [("底", None), ("末", None), ("下旬", None), ("中旬", Some(20)), ("上旬", Some(10))];
/// After a date: it is the deadline (the period named included).
const BY_SUFFIXES: [&str; 5] = ["以前", "之前", "前", "为止", "止"];
/// After a date: it is a start, no deadline.
const START_SUFFIXES: [&str; 5] = ["起", "开始", "以来", "以后", "后"];
/// Ongoing work: 长期, 持续, 常态化 ….
const ONGOING: [&str; 5] = ["长期", "持续", "常态化", "经常性", "经常"];
/// The verbs an ongoing word may take: 长期坚持, 持续推进, 持续开展,
/// 常态化开展, 持续深化 …: verbs of work carried on, which a note of standing
/// work closes with (`（X负责，持续开展）`, `…，持续深化。`); part of the
/// phrase, so that it stands alone as a task's last segment. (Only verbs
/// whose last character ends another word of the tables: a new ending —
/// 加强, 完善, 提升, 落实 — lets [`may_end`] pass the many paragraphs that
/// end so, +0.1 % of a parse; 持续加强 in brackets is still read, as 持续.)
const ONGOING_VERBS: [&str; 14] =
    ["坚持", "推进", "实施", "开展", "执行", "推动", "进行", "有效", "深化", "强化", "优化", "改进", "跟进", "保持"];
/// Verbs of work carried on whose last character ends no other phrase
/// word (加强 完善 提升 落实): not in [`ONGOING_VERBS`], so that [`may_end`]
/// stays closed to the many task texts that end so; read only where a
/// task's text closes on them after an ongoing word (`…，持续加强。`), by
/// [`last_segment_ongoing`] after a test of the last character.
const LATE_VERBS: [&str; 4] = ["加强", "完善", "提升", "落实"];
/// What after a bare ongoing word makes it no standing work: a duration
/// (`持续3年`, `持续三个月`, `持续半年`, `持续时间`), an end (`持续至年底`,
/// `持续到2025年`: the date after it is the phrase), a time past (`长期以来`)
/// or an attribute (`长期的`).
const NOT_ONGOING: [&str; 5] = ["时间", "以来", "至", "到", "的"];
/// The end of a quarter after it: 一季度末.
const QUARTER_ENDS: [&str; 2] = ["末", "底"];
/// A five-year plan's period after its name: “十四五”期间, 十四五末.
const PLAN_PARTS: [&str; 5] = ["期间", "时期", "期末", "末期", "末"];
/// Years named relative to another: 明年 (`true`: the document's year + 1),
/// 后年 (+ 2), 次年 (the year after an earlier one), with how many years
/// after.
const NEXT_YEARS: [(&str, (bool, u32)); 6] = [
    ("明年", (true, 1)),
    ("来年", (true, 1)),
    ("下一年", (true, 1)),
    ("后年", (true, 2)),
    ("次年", (false, 1)),
    ("翌年", (false, 1)),
];
/// What a time is counted from: the document's issue (`true`), or its
/// taking effect.
const EVENTS: [(&str, bool); 6] =
    [("印发", true), ("下发", true), ("发布", true), ("公布", true), ("施行", false), ("实施", false)];
/// The units of a time counted from the document (个月, not 月: 3月内 is
/// March).
const UNITS: [(&str, Unit); 7] = [
    ("个工作日", Unit::WorkDay),
    ("工作日", Unit::WorkDay),
    ("个月", Unit::Month),
    ("日", Unit::Day),
    ("天", Unit::Day),
    ("周", Unit::Week),
    ("年", Unit::Year),
];
/// Within a time: 30日内, 3个月以内.
const WITHIN: [&str; 3] = ["以内", "之内", "内"];
/// The document a time is counted from, after 本 (本通知印发之日起): read
/// back from the event, as part of the phrase.
const DOCUMENTS: [&str; 12] =
    ["通知", "方案", "意见", "办法", "文件", "规定", "决定", "计划", "细则", "要点", "条例", "公告"];
/// The periods of recurring work after 按 / 逐 (按季度, 按月, 逐月): not a
/// bare 年 (按年龄).
const BY_PERIODS: [(&str, Period); 6] = [
    ("半年", Period::HalfYear),
    ("年度", Period::Year),
    ("季度", Period::Quarter),
    ("季", Period::Quarter),
    ("月度", Period::Month),
    ("月", Period::Month),
];

/// The middle of a year after its 年 (`2025年年中`, `明年年中`): the end of
/// its first half. (Alone, 年中 is also when routine work is done: 年中指导.)
const MID_YEAR: [&str; 1] = ["年中"];

/// Years named relative to the document's that no phrase reads (前年,
/// 去年): a month after one (去年6月底前) is not in the document's year.
const OTHER_YEARS: [&str; 3] = ["前年", "去年", "上年"];

/// The periods of recurring work, after 每.
const PERIODS: [(&str, Period); 6] = [
    ("半年", Period::HalfYear),
    ("年度", Period::Year),
    ("年", Period::Year),
    ("季度", Period::Quarter),
    ("季", Period::Quarter),
    ("月", Period::Month),
];

/// The first word of `words` that a text starts with.
fn one_of(words: &'static [&'static str]) -> impl Fn(&str) -> IResult<&str, &'static str> {
    move |i: &str| {
        words
            .iter()
            .find_map(|&w| i.strip_prefix(w).map(|rest| (rest, w)))
            .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
    }
}

/// The value of the first word of `table` that a text starts with.
fn keyed<T: Copy>(table: &'static [(&'static str, T)]) -> impl Fn(&str) -> IResult<&str, T> {
    move |i: &str| {
        table
            .iter()
            .find_map(|&(w, v)| i.strip_prefix(w).map(|rest| (rest, v)))
            .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
    }
}

/// The last character of a word, at compile time.
const fn last_char(w: &str) -> char {
    let b = w.as_bytes();
    let mut k = b.len() - 1;
    while b[k] & 0xC0 == 0x80 {
        k -= 1;
    }
    let mut c = match b.len() - k {
        1 => b[k] as u32,
        2 => (b[k] & 0x1F) as u32,
        3 => (b[k] & 0x0F) as u32,
        _ => (b[k] & 0x07) as u32,
    };
    let mut j = k + 1;
    while j < b.len() {
        c = c << 6 | (b[j] & 0x3F) as u32;
        j += 1;
    }
    match char::from_u32(c) {
        Some(c) => c,
        None => panic!("not UTF-8"),
    }
}

/// The word tables of the deadline phrases (each word may close one):
/// read by [`ENDINGS`] and by the test that generates phrases from them.
const WORD_TABLES: [&[&str]; 12] = [
    &QUARTER_ENDS,
    &MID_YEAR,
    &PLAN_PARTS,
    &WITHIN,
    &YEAR_ENDS,
    &THIS_YEAR_ENDS,
    &THIS_YEAR_WITHIN,
    &THIS_YEAR,
    &BY_SUFFIXES,
    &START_SUFFIXES,
    &ONGOING,
    &ONGOING_VERBS,
];

/// The characters a deadline may end with, gathered from the phrase
/// table at compile time: the last character of every word that may close
/// a phrase (a start's too, 2024年起: a recurring phrase may end in one,
/// 每年6月底以后, and the gate this serves may let a few more through), and
/// of the verbs of completion that may follow one (2024年6月出台).
const ENDINGS: ([char; 64], usize) = {
    let mut out = ['\0'; 64];
    let mut n = 0;
    let words = WORD_TABLES;
    let mut lasts = [' '; 96];
    let mut m = 0;
    // (`push!(table, |entry| word)`: the last character of each entry's word;
    // const code has no iterators)
    macro_rules! push {
        ($table:expr, |$e:ident| $word:expr) => {{
            let mut k = 0;
            while k < $table.len() {
                let $e = $table[k];
                lasts[m] = last_char($word);
                m += 1;
                k += 1;
            }
        }};
    }
    let mut t = 0;
    while t < words.len() {
        push!(words[t], |w| w);
        t += 1;
    }
    push!(HALVES, |e| e.0);
    push!(MONTH_PARTS, |e| e.0);
    push!(PERIODS, |e| e.0);
    push!(COMPLETES, |w| w);
    lasts[m] = YEAR;
    lasts[m + 1] = MONTH;
    lasts[m + 2] = DAY[0];
    lasts[m + 3] = DAY[1];
    lasts[m + 4] = last_char(QUARTER);
    m += 5;
    // each character once
    let mut k = 0;
    while k < m {
        let mut seen = false;
        let mut j = 0;
        while j < n {
            seen = seen || out[j] == lasts[k];
            j += 1;
        }
        if !seen {
            out[n] = lasts[k];
            n += 1;
        }
        k += 1;
    }
    (out, n)
};

/// [`ENDINGS`] as a set.
const ENDING_SET: super::CharSet<128> = super::CharSet::new(ENDINGS.0.split_at(ENDINGS.1).0);

/// Whether a deadline phrase (or the verb of completion after one) may end
/// with `c`: one table lookup, the gate of a sentence that closes on its
/// deadline (`…，第三季度。`, `…，2024年6月出台。`). A test checks that
/// every phrase [`phrase`] reads as a deadline ends in one of these.
#[inline]
pub(crate) fn may_end(c: char) -> bool {
    ENDING_SET.contains(c)
}

fn sp(i: &str) -> IResult<&str, &str> {
    take_while(punct::is_inline_space).parse(i)
}

/// A character of a Chinese year (二〇二五, 一九九八).
fn is_cn_year_digit(c: char) -> bool {
    const DIGITS: super::CharSet =
        super::CharSet::new(&['〇', '○', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九']);
    DIGITS.contains(c)
}

/// A year: four ASCII, full-width or Chinese digits, not followed by
/// another digit.
fn year(i: &str) -> IResult<&str, u32> {
    let arabic = map_opt(take_while_m_n(4, 4, is_digit), digits_value);
    let chinese = map(take_while_m_n(4, 4, is_cn_year_digit), |s: &str| {
        s.chars().fold(0, |v, c| v * 10 + super::numeral::digit_value(c).unwrap_or(0))
    });
    let (rest, y) = alt((arabic, chinese)).parse(i)?;
    if rest.starts_with(|c: char| is_digit(c) || is_cn_year_digit(c)) || !YEARS.contains(&y) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, y))
}

/// A month or day number: one or two digits, or a Chinese numeral up to 三十一.
fn small(i: &str) -> IResult<&str, u32> {
    let arabic = map_opt(take_while_m_n(1, 2, is_digit), digits_value);
    let chinese = map_opt(take_while_m_n(1, 3, |c| "一二三四五六七八九十".contains(c)), super::numeral::cn_value);
    alt((arabic, chinese)).parse(i)
}

/// `第三季度`, `三季度`, `3季度` → 3.
fn quarter(i: &str) -> IResult<&str, u32> {
    let q = alt((
        value(1, satisfy(|c| matches!(c, '一' | '1' | '１'))),
        value(2, satisfy(|c| matches!(c, '二' | '2' | '２'))),
        value(3, satisfy(|c| matches!(c, '三' | '3' | '３'))),
        value(4, satisfy(|c| matches!(c, '四' | '4' | '４'))),
    ));
    let (i, (_, q, _, _)) = (opt(char('第')), q, tag(QUARTER), opt(one_of(&QUARTER_ENDS))).parse(i)?;
    Ok((i, q))
}

/// Part of a year: (month, day, strong) of its last day.
fn part(i: &str) -> IResult<&str, (u32, Option<u32>, bool)> {
    alt((map(keyed(&HALVES), |m| (m, None, true)), map(quarter, |q| (q * 3, None, true)), month_part)).parse(i)
}

/// `6月`, `6月底`, `6月中旬`, `12月31日`.
fn month_part(i: &str) -> IResult<&str, (u32, Option<u32>, bool)> {
    let (i, m) = verify(small, |m| (1..=12).contains(m)).parse(i)?;
    let (i, _) = (sp, char(MONTH), sp).parse(i)?;
    let (i, tail) = opt(alt((
        map((verify(small, |d| (1..=31).contains(d)), sp, satisfy(|c| DAY.contains(&c))), |(d, _, _)| (Some(d), false)),
        map(keyed(&MONTH_PARTS), |d| (d, true)),
    )))
    .parse(i)?;
    let (day, strong) = tail.unwrap_or((None, false));
    Ok((i, (m, day, strong)))
}

/// What follows a year and its 年: the end of the year or a part of it.
fn after_year(i: &str) -> IResult<&str, (u32, Option<u32>, bool)> {
    alt((value((12, None, true), one_of(&YEAR_ENDS)), value((6, None, true), one_of(&MID_YEAR)), part))
        .parse(i)
        .or(Ok((i, (12, None, false))))
}

/// 前 / 以前 / 之前 / 止 / 为止 (a deadline) or 起 / 开始 / 以来 (a start).
fn suffix(i: &str) -> IResult<&str, Option<bool>> {
    opt(alt((value(true, one_of(&BY_SUFFIXES)), value(false, one_of(&START_SUFFIXES))))).parse(i)
}

/// Close the phrase: its suffix (前 makes it strong, 起 a start).
fn close(i: &str, when: When, strong: bool) -> IResult<&str, Phrase> {
    let (i, s) = suffix(i)?;
    Ok(match s {
        Some(false) => (i, Phrase::new(When::Start, false)),
        Some(true) => (i, Phrase::new(when, true)),
        None => (i, Phrase::new(when, strong)),
    })
}

/// A date with its year: `2025年底前`, `2024年6月底`, `二〇二五年`.
fn dated(i: &str) -> IResult<&str, Phrase> {
    let (i, y) = year(i)?;
    let (i, _) = (sp, char(YEAR), sp).parse(i)?;
    let (i, (month, day, strong)) = after_year(i)?;
    close(i, When::By { year: Some(y), month, day }, strong)
}

/// A date without a year: 年底前, 年内, 今年底, 上半年, 第三季度, 6月底前.
fn yearless(i: &str) -> IResult<&str, Phrase> {
    let this_year = (
        opt(alt((char('今'), char('本'), char('当')))),
        char(YEAR),
        opt(char('度')),
        alt((value(false, one_of(&THIS_YEAR_ENDS)), value(true, one_of(&THIS_YEAR_WITHIN)))),
    );
    // (年底 alone is also when routine work is done, 年末检查: only 年内,
    // or 年底 with 前, a lead word or a verb of completion, is a deadline)
    let (i, (month, day, strong)) = alt((
        map(this_year, |(_, _, _, within)| (12, None, within)),
        map((one_of(&THIS_YEAR), opt(part)), |(_, p)| p.unwrap_or((12, None, false))),
        part,
    ))
    .parse(i)?;
    close(i, When::By { year: None, month, day }, strong)
}

/// A range's dash or word: —, -, –, ～, ~, 至, 到.
fn range_mark(i: &str) -> IResult<&str, char> {
    let (i, (_, c, _)) = (sp, satisfy(|c| punct::is_range_mark(c) || c == '至' || c == '到'), sp).parse(i)?;
    Ok((i, c))
}

/// A dated phrase, a range ending in one, or a phrase without a year.
fn date_or_range(i: &str) -> IResult<&str, Phrase> {
    // 2023—2025年: a year without its 年, then the range
    if let Ok((rest, _)) = (year, range_mark).parse(i) {
        if let Ok((rest, p)) = dated(rest) {
            return Ok((rest, Phrase { strong: true, bounds: p.when != When::Start, ..p }));
        }
    }
    if let Ok((rest, first)) = dated(i) {
        if first.when == When::Start {
            return Ok((rest, first));
        }
        // 2023年至2025年底, 2024年3月至6月
        if let Ok((r2, _)) = range_mark(rest) {
            if let Ok((r3, second)) = alt((dated, yearless)).parse(r2) {
                if let (When::By { year: y1, .. }, When::By { year: y2, month, day }) = (first.when, second.when) {
                    let when = When::By { year: y2.or(y1), month, day };
                    return Ok((r3, Phrase { when, strong: true, bounds: true }));
                }
            }
        }
        return Ok((rest, first));
    }
    alt((yearless, next_year, plan_period)).parse(i)
}

/// 明年6月底前, 明年底前, 次年一季度: a date of the year after another.
fn next_year(i: &str) -> IResult<&str, Phrase> {
    let (i, (of_document, after)) = keyed(&NEXT_YEARS).parse(i)?;
    let (i, _) = opt(char('度')).parse(i)?;
    let (i, (month, day, strong)) = after_year(i)?;
    close(i, When::ByNext { of_document, after, month, day }, strong)
}

/// A five-year plan's period (`“十四五”期间`, `十四五时期`, `“十四五”末`):
/// the last day of its last year (the 11th plan 2006–2010, … the 14th
/// 2021–2025, the 15th 2026–2030).
fn plan_period(i: &str) -> IResult<&str, Phrase> {
    let quote = |q: char| opt(satisfy(move |c| c == q || c == '"'));
    let plan = satisfy(|c| matches!(c, '一' | '二' | '三' | '四' | '五' | '六'));
    let (i, (_, _, n, _, _, _)) =
        (quote(punct::QUOTE_L), char('十'), plan, char('五'), quote(punct::QUOTE_R), one_of(&PLAN_PARTS)).parse(i)?;
    let plan = 10 + super::numeral::digit_value(n).unwrap_or(0);
    // (the third plan began in 1966, after the years of adjustment)
    let end = 1966 + 5 * (plan - 3) + 4;
    Ok((i, Phrase { when: When::By { year: Some(end), month: 12, day: None }, strong: true, bounds: true }))
}

/// A time counted from the document's issue or taking effect:
/// `印发之日起30日内`, `下发后15个工作日内`, `施行之日起6个月内` (本通知 or
/// 自 before it are read by [`scan`]).
fn within(i: &str) -> IResult<&str, Phrase> {
    let (i, issue) = keyed(&EVENTS).parse(i)?;
    let (i, _) = (opt(tag("之日")), satisfy(|c| c == '起' || c == '后'), sp).parse(i)?;
    let arabic = map_opt(take_while_m_n(1, 3, is_digit), digits_value);
    let chinese = map_opt(take_while_m_n(1, 3, |c| "一二三四五六七八九十".contains(c)), super::numeral::cn_value);
    let (i, n) = alt((arabic, value(2, char('两')), chinese)).parse(i)?;
    let (i, (_, unit, _)) = (sp, keyed(&UNITS), one_of(&WITHIN)).parse(i)?;
    Ok((i, Phrase::new(When::Within { n, unit, issue }, true)))
}

/// 到, 截至, 截止(到), 至, 完成时限：, 时间节点：… before a date: it makes
/// the date a deadline.
fn lead(i: &str) -> IResult<&str, &str> {
    let label = (
        alt((tag("完成时限"), tag("完成时间"), tag("完成期限"), tag("时间节点"), tag("时限要求"))),
        satisfy(punct::is_colon),
    );
    let (i, (_, l, _)) = (
        sp,
        alt((tag("截止到"), tag("截至"), tag("截止"), tag("到"), tag("至"), map(label, |(t, _): (&str, char)| t))),
        sp,
    )
        .parse(i)?;
    Ok((i, l))
}

/// 长期坚持, 持续推进, 常态化开展, 经常性 ….
fn ongoing(i: &str) -> IResult<&str, Phrase> {
    let (i, (_, verb)) = (one_of(&ONGOING), opt(one_of(&ONGOING_VERBS))).parse(i)?;
    // (持续3年, 持续三个月, 持续时间, 长期以来: a duration or a time past)
    let duration = || {
        i.chars().next().is_some_and(|c| is_digit(c) || "一二三四五六七八九十两半数几".contains(c))
            || NOT_ONGOING.iter().any(|w| i.starts_with(w))
    };
    if verb.is_none() && duration() {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((i, Phrase::new(When::Ongoing, false)))
}

/// 每年, 每年度, 每半年, 每季度, 每月, with the part of the period
/// (每年年底前, 每年6月底前).
fn every(i: &str) -> IResult<&str, Phrase> {
    // (按季度, 按月, 逐月: how often, as 每)
    let (i, by) = alt((value(false, char('每')), value(true, char('按')), value(true, char('逐')))).parse(i)?;
    let (i, period) = if by { keyed(&BY_PERIODS).parse(i)? } else { keyed(&PERIODS).parse(i)? };
    let (i, within) =
        opt(alt((map((opt(char('的')), one_of(&THIS_YEAR_ENDS), suffix), |_| true), map(part, |(_, _, s)| s))))
            .parse(i)?;
    let (i, s) = if within.is_some() { suffix(i)? } else { (i, None) };
    let strong = within.unwrap_or(false) || s == Some(true);
    Ok((i, Phrase::new(When::Every(period), strong)))
}

/// One deadline phrase at the start of `i`.
pub(crate) fn phrase(i: &str) -> IResult<&str, Phrase> {
    alt((
        ongoing,
        every,
        map((lead, date_or_range), |(_, p)| Phrase { strong: p.when != When::Start, ..p }),
        date_or_range,
        within,
    ))
    .parse(i)
}

/// Whether a phrase may start with `c` (tested before any parsing).
fn may_start(c: char) -> bool {
    is_digit(c)
        || matches!(
            c,
            '年' | '长'
                | '持'
                | '常'
                | '经'
                | '每'
                | '按'
                | '逐'
                | '上'
                | '下'
                | '前'
                | '第'
                | '今'
                | '本'
                | '当'
                | '到'
                | '截'
                | '至'
                | '完'
                | '时'
                | '〇'
                | '○'
                | '零'
                | '一'
                | '二'
                | '三'
                | '四'
                | '十'
                | '明'
                | '来'
                | '后'
                | '次'
                | '翌'
                | '印'
                | '发'
                | '公'
                | '施'
                | '实'
                | '"'
                | punct::QUOTE_L
        )
}

/// A phrase found in a text: its place, what it means, whether it reads
/// as a deadline in running text, and whether it stands alone between
/// punctuation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) phrase: Phrase,
    /// The year of the phrase, or of the nearest earlier dated phrase.
    pub(crate) year: Option<u32>,
    pub(crate) alone: bool,
    /// Followed by a verb of completion (2024年6月完成).
    pub(crate) completes: bool,
    /// Right after a 。: it opens a sentence of its own.
    pub(crate) opens_sentence: bool,
}

impl Hit {
    /// A phrase that is the whole last segment of a task text (`start..end`
    /// of the task), read alone: no year, no verb of completion after it,
    /// no sentence of its own.
    fn segment(start: usize, end: usize, phrase: Phrase) -> Self {
        Self { start, end, phrase, year: None, alone: true, completes: false, opens_sentence: false }
    }
}

/// Verbs of completion that make a bare date a deadline (2024年6月完成).
const COMPLETES: [&str; 14] =
    ["完成", "建成", "实现", "出台", "完工", "印发", "制定", "建立", "启动", "开工", "竣工", "形成", "基本", "全面"];

/// Most characters of a phrase before its first anchor (see
/// [`punct::DeadlineAnchors`]): `完成时限： 二〇二五 年` has 11.
const MAX_BEFORE_ANCHOR: usize = 14;

/// Every phrase of `text`, in order, outside 《》.
///
/// Every phrase holds an anchor (年 月 季 期 续 常 每 五 内, checked by a
/// property test): the anchors and book-title brackets are found 16 bytes
/// at a time, and a phrase is tried only at the characters that may start
/// one in the few characters before each anchor.
pub(crate) fn scan(text: &str, each: impl FnMut(Hit)) {
    scan_at(text, punct::mark_positions::<punct::DeadlineAnchors>(text), each);
}

/// [`scan`] trying only before 年, 月 and 季: the dated phrases (and 每年,
/// 每月, 每季度), in running text.
fn scan_dates(text: &str, each: impl FnMut(Hit)) {
    scan_at(text, punct::mark_positions::<punct::DateAnchors>(text), each);
}

/// [`scan`] trying only before the anchors at `anchors` (in order).
fn scan_at(text: &str, anchors: impl Iterator<Item = usize>, mut each: impl FnMut(Hit)) {
    let mut year: Option<u32> = None;
    // every position before it has been tried, or is inside a phrase found
    let mut tried = 0;
    let mut book = BookDepth::default();
    for a in anchors {
        if a < tried {
            continue;
        }
        // back from the anchor over the characters a phrase may hold before it
        let from = text[tried..a]
            .char_indices()
            .rev()
            .take(MAX_BEFORE_ANCHOR)
            .take_while(|&(_, c)| before_anchor(c))
            .last()
            .map_or(a, |(k, _)| tried + k);
        let mut prev = text[..from].chars().next_back();
        tried = a + text[a..].chars().next().map_or(1, char::len_utf8);
        for (k, c) in text[from..].char_indices() {
            let i = from + k;
            if i > a {
                break;
            }
            // a phrase never continues a number or a word of time (3年内,
            // 12025年, 多年内, 明年底)
            let after_number = prev.is_some_and(|p| is_digit(p) || is_cn_year_digit(p) || NOT_BEFORE.contains(&p))
                || (prev == Some('年') && after_relative_year(&text[..i]))
                // (后年 opens a phrase, not the 后 of 验收后年内)
                || (c == '后' && prev.is_some_and(punct::is_ideograph));
            prev = Some(c);
            if after_number || !may_start(c) {
                continue;
            }
            let Ok((rest, phrase)) = phrase(&text[i..]) else { continue };
            let end = text.len() - rest.len();
            tried = tried.max(end);
            // (a phrase holds no 《》: inside a book title when one is open
            // at its start)
            if book.at(text, i) > 0 {
                break;
            }
            // (次年: the year after the one before; what follows is in it)
            let hit_year = match phrase.when {
                When::By { year: Some(y), .. } => Some(y),
                When::ByNext { of_document: true, .. } => None,
                _ => year,
            };
            match phrase.when {
                When::By { year: Some(y), .. } => year = Some(y),
                When::ByNext { of_document, after, .. } => year = year.filter(|_| !of_document).map(|y| y + after),
                _ => {}
            }
            let before = text[..i].trim_end_matches(punct::is_space).chars().next_back();
            let tail = text[end..].trim_start_matches(punct::is_space);
            let after = tail.chars().next();
            let alone = before.is_none_or(separates) && after.is_none_or(separates);
            let completes = COMPLETES.iter().any(|v| tail.starts_with(v));
            let opens_sentence = before == Some(punct::JUHAO);
            let (start, phrase) = hit_start(text, i, end, phrase);
            each(Hit { start, end, phrase, year: hit_year, alone, completes, opens_sentence });
            break;
        }
    }
}

/// Where the phrase read at `i..end` of `text` starts as written, and what
/// it means there: a label (完成时限：) is no part of it; the document a
/// time is counted from is (本通知印发之日起…), and a taking effect counts
/// only when the document names itself (自本办法施行之日起: 实施后3年内 may
/// be a task's).
fn hit_start(text: &str, i: usize, end: usize, phrase: Phrase) -> (usize, Phrase) {
    match phrase.when {
        When::Within { issue, .. } => {
            let named = document_len(&text[..i]);
            let own = issue || text[i - named..i].contains('本');
            (i - named, if own { phrase } else { Phrase::new(When::Start, false) })
        }
        _ => (i + label_len(&text[i..end]), phrase),
    }
}

/// Whether a phrase may hold `c` before its first anchor: digits of
/// years and months, lead words (到, 截至, 完成时限：), 第/上/下/前/半 of
/// quarters and halves, 今/本/当, 长/持/经 of ongoing work, range marks,
/// spaces.
fn before_anchor(c: char) -> bool {
    is_digit(c)
        || is_cn_year_digit(c)
        || punct::is_range_mark(c)
        || punct::is_inline_space(c)
        || punct::is_colon(c)
        || matches!(
            c,
            '十' | '到'
                | '截'
                | '至'
                | '止'
                | '完'
                | '成'
                | '时'
                | '限'
                | '间'
                | '节'
                | '点'
                | '要'
                | '求'
                | '第'
                | '上'
                | '下'
                | '前'
                | '半'
                | '今'
                | '本'
                | '当'
                | '长'
                | '持'
                | '经'
                | '每'
                | '按'
                | '逐'
                | '明'
                | '来'
                | '次'
                | '翌'
                | '印'
                | '发'
                | '布'
                | '公'
                | '施'
                | '行'
                | '实'
                | '之'
                | '日'
                | '起'
                | '后'
                | '个'
                | '工'
                | '作'
                | '天'
                | '周'
                | '两'
                | '以'
                | '"'
                | punct::QUOTE_L
                | punct::QUOTE_R
        )
}

/// How many book-title brackets (《) are open, read forward as far as
/// asked (each byte once).
#[derive(Default)]
struct BookDepth {
    read_to: usize,
    depth: u32,
}

impl BookDepth {
    /// The depth at byte `i` of `text` (`i` never less than at the last call).
    fn at(&mut self, text: &str, i: usize) -> u32 {
        let b = text.as_bytes();
        if i > self.read_to {
            // 《 and 》 are E3 80 8A / 8B; E3 starts punctuation only
            for k in memchr::memchr_iter(0xE3, &b[self.read_to..i]) {
                match b.get(self.read_to + k + 1..self.read_to + k + 3) {
                    Some([0x80, 0x8A]) => self.depth += 1,
                    Some([0x80, 0x8B]) => self.depth = self.depth.saturating_sub(1),
                    _ => {}
                }
            }
            self.read_to = i;
        }
        self.depth
    }
}

/// Bytes of a deadline label and its colon (and spaces) at the start of
/// `s`, or 0.
fn label_len(s: &str) -> usize {
    if !s.starts_with(['完', '时']) {
        return 0;
    }
    let Some(rest) = LINE_LABELS.iter().find_map(|l| s.strip_prefix(l)) else { return 0 };
    let mut chars = rest.chars();
    if !chars.next().is_some_and(punct::is_colon) {
        return 0;
    }
    let after = chars.as_str();
    s.len() - after.trim_start_matches(punct::is_inline_space).len()
}

/// Whether `before` (text up to a phrase's start, its last character 年)
/// ends with one of [`NEXT_YEARS`] (次年, 明年): a month after one
/// (次年3月底前) is not in the document's year.
fn after_relative_year(before: &str) -> bool {
    NEXT_YEARS.iter().any(|(y, _)| before.ends_with(y)) || OTHER_YEARS.iter().any(|y| before.ends_with(y))
}

/// Bytes of the document a time is counted from at the end of `before`
/// (`自本通知`, `本方案`, `自`), or 0.
fn document_len(before: &str) -> usize {
    let named = DOCUMENTS.iter().find_map(|w| before.strip_suffix(w)?.strip_suffix('本')).map_or(before, |rest| rest);
    let from = named.strip_suffix('自').unwrap_or(named);
    before.len() - from.len()
}

/// Characters after which no phrase starts (十年内, 多年内, 明年底, 上年底).
const NOT_BEFORE: [char; 16] =
    ['十', '两', '几', '多', '数', '余', '去', '明', '前', '后', '同', '上', '下', '近', '往', '历'];

/// Punctuation that ends a phrase standing alone.
fn separates(c: char) -> bool {
    punct::is_prose_punct(c) || c == punct::DUNHAO || punct::is_lparen(c) || punct::is_rparen(c)
}

/// Whether a hit counts in running text before a clause.
fn in_running_text(h: &Hit) -> bool {
    match h.phrase.when {
        When::Start => false,
        When::Ongoing => h.alone,
        // (a frequency opening a sentence after the task's: its schedule)
        When::Every(_) => h.phrase.strong || h.alone || h.opens_sentence,
        When::By { .. } | When::ByNext { of_document: true, .. } => h.phrase.strong || h.completes,
        // (次年 alone follows an event: 验收合格后，次年3月底前)
        When::ByNext { of_document: false, .. } => h.year.is_some() && (h.phrase.strong || h.completes),
        When::Within { .. } => true,
    }
}

/// The deadline of a hit in `text`, a slice of the source; `bound`, a
/// range or plan period before it, which bounds it when it recurs or goes
/// on (2024—2025年分步实施，每年12月底前报送; “十四五”期间持续推进).
fn node<'a>(src: &Source<'a>, text: &str, h: &Hit, bound: Option<&Hit>) -> Deadline<'a> {
    let (t, span) = src.node(&text[h.start..h.end]);
    let (mut by, mut ongoing, every) = meaning(h.phrase.when, h.year);
    if let (true, Some(b)) = (ongoing, bound) {
        by = meaning(b.phrase.when, b.year).0;
        ongoing = by.is_none();
    }
    Deadline { text: t, by, ongoing, every, span }
}

/// `by`, `ongoing` and `every` of a phrase (`year`: its own or the
/// context's; none leaves `by` to the document's year, see [`resolve`]).
fn meaning(when: When, year: Option<u32>) -> (Option<String>, bool, Option<Period>) {
    match when {
        When::By { .. } => (when.iso(year), false, None),
        // (明年: the document's year, known to [`resolve`])
        When::ByNext { of_document, .. } => (when.iso(year.filter(|_| !of_document)), false, None),
        When::Ongoing => (None, true, None),
        When::Every(p) => (None, true, Some(p)),
        When::Start | When::Within { .. } => (None, false, None),
    }
}

/// The last day of a time counted from the document's issue on `issued`
/// (民法典 art. 201–202: the day of issue not counted, so `30日内` from
/// 2024-03-15 ends on 2024-04-14; months end on the same day of the
/// month, or its last day, so `3个月内` from 2024-03-15 ends on
/// 2024-06-15); none for working days, or a time counted from the
/// document's taking effect.
fn counted_from(when: When, issued: Option<Date>) -> Option<String> {
    let When::Within { n, unit, issue: true } = when else { return None };
    let d = issued?;
    let end = match unit {
        Unit::Day => add_days(d, n)?,
        Unit::Week => add_days(d, n.checked_mul(7)?)?,
        Unit::Month => add_months(d, n)?,
        Unit::Year => add_months(d, n.checked_mul(12)?)?,
        Unit::WorkDay => return None,
    };
    YEARS.contains(&end.year).then(|| end.iso())
}

/// Days since 1970-01-01 of a date, and back (H. Hinnant's civil algorithms).
fn days(d: Date) -> i64 {
    let (y, m) = (i64::from(d.year) - i64::from(d.month <= 2), i64::from(d.month));
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

fn add_days(d: Date, n: u32) -> Option<Date> {
    let z = days(d) + i64::from(n) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(Date { year: u32::try_from(year).ok()?, month: u32::try_from(month).ok()?, day: u32::try_from(day).ok()? })
}

fn add_months(d: Date, n: u32) -> Option<Date> {
    let m0 = d.month.checked_sub(1)?.checked_add(n)?;
    let year = d.year.checked_add(m0 / 12)?;
    let month = m0 % 12 + 1;
    Some(Date { year, month, day: d.day.min(month_end(year, month)?) })
}

/// The last phrase of `text` for which `keep` holds, and the last range
/// or plan period before it (which bounds it when it recurs).
fn last_hit(text: &str, keep: impl Fn(&Hit) -> bool) -> Option<(Hit, Option<Hit>)> {
    let mut last = None;
    let mut bound = None;
    scan(text, |h| {
        if keep(&h) {
            last = Some((h, bound));
        }
        if h.phrase.bounds {
            bound = Some(h);
        }
    });
    last
}

/// Most bytes of task text searched before a clause (about 600 ideographs).
const MAX_TASK_TEXT: usize = 1800;

/// The deadline of the clause `bracketed` (a slice of `line`, brackets
/// included) whose notes are `notes`: the last phrase inside its brackets,
/// else the nearest deadline of the task text `line[from..]` before it.
pub(crate) fn of_clause<'a>(
    src: &Source<'a>,
    line: &str,
    from: usize,
    clause_start: usize,
    notes: &[&str],
) -> Option<Box<Deadline<'a>>> {
    for note in notes.iter().rev() {
        if let Some((h, bound)) = last_hit(note, |h| h.phrase.when != When::Start) {
            return Some(Box::new(node(src, note, &h, bound.as_ref())));
        }
    }
    let mut from = from.min(clause_start);
    if clause_start - from > MAX_TASK_TEXT {
        from = clause_start - MAX_TASK_TEXT;
        while !line.is_char_boundary(from) {
            from += 1;
        }
    }
    let task = &line[from..clause_start];
    // dates (before 年, 月, 季: three marks to search, not seven), then
    // ongoing or recurring work as the task's last phrase (…，长期坚持。)
    // (a range or plan period before recurring work bounds it: 2024—2025年
    // 分步实施，每年12月底前报送)
    let mut last = None;
    let mut bound = None;
    scan_dates(task, |h| {
        if in_running_text(&h) {
            last = Some((h, bound));
        }
        if h.phrase.bounds {
            bound = Some(h);
        }
    });
    if let Some(h) = last_segment_ongoing(task).filter(|h| last.is_none_or(|(l, _)| l.end <= h.start)) {
        last = Some((h, bound));
    }
    last.map(|(h, bound)| Box::new(node(src, task, &h, bound.as_ref())))
}

/// Most characters of a last segment read as ongoing work (常态化开展).
const MAX_ONGOING_SEGMENT: usize = 8;

/// Ongoing or recurring work standing alone as the last segment of a task
/// text, between punctuation (`完善机制，长期坚持。`, `每年。`).
fn last_segment_ongoing(task: &str) -> Option<Hit> {
    let end = task.trim_end_matches(|c: char| punct::is_space(c) || separates(c)).len();
    let head = &task[..end];
    // (the phrase ends the segment, so its last character is one a phrase
    // may end with: one table lookup rejects most task texts before the
    // segment is looked for; `every_deadline_ends_in_an_admitted_character`
    // checks the endings of every phrase, these among them)
    let last = head.chars().next_back()?;
    if !may_end(last) {
        // (or a verb of [`LATE_VERBS`] closing the segment: its last
        // character tested here, the rest out of line)
        return if matches!(last, '强' | '善' | '升' | '实') { late_segment(task, head) } else { None };
    }
    let start = segment_start(head);
    let (rest, phrase) = alt((ongoing, every)).parse(&task[start..end]).ok()?;
    rest.is_empty().then_some(Hit::segment(start, end, phrase))
}

/// Where the last segment of `head` (a task text, its closing marks
/// trimmed) starts: after its last separator or space within
/// [`MAX_ONGOING_SEGMENT`] characters of its end, at 0 when it is no
/// longer, else at its end (no segment).
fn segment_start(head: &str) -> usize {
    head.char_indices()
        .rev()
        .take(MAX_ONGOING_SEGMENT + 1)
        .find(|&(_, c)| separates(c) || punct::is_space(c))
        .map_or_else(
            || if head.chars().nth(MAX_ONGOING_SEGMENT).is_none() { 0 } else { head.len() },
            |(k, c)| k + c.len_utf8(),
        )
}

/// [`last_segment_ongoing`] of a segment that ends in a verb of
/// [`LATE_VERBS`]: an ongoing word right before the verb, nothing else
/// (`…，持续加强。`; 每年加强, 全面加强: none).
#[cold]
#[inline(never)]
fn late_segment(task: &str, head: &str) -> Option<Hit> {
    let (start, end) = (segment_start(head), head.len());
    let segment = &task[start..end];
    let verb = LATE_VERBS.iter().find(|v| segment.ends_with(*v))?;
    let word = &segment[..segment.len() - verb.len()];
    if !ONGOING.contains(&word) {
        return None;
    }
    let (rest, phrase) = ongoing(segment).ok()?;
    (rest == *verb && phrase.when == When::Ongoing).then_some(Hit::segment(start, end, phrase))
}

/// Labels of a deadline line of a task block.
const LINE_LABELS: [&str; 5] = ["完成时限", "完成时间", "完成期限", "时间节点", "时限要求"];

/// A line of a task block that states its deadline: `完成时限：2024年底前`.
pub(crate) fn line_deadline<'a>(src: &Source<'a>, line: &str) -> Option<Box<Deadline<'a>>> {
    if !line.starts_with(['完', '时']) {
        return None;
    }
    let rest = LINE_LABELS.iter().find_map(|l| line.strip_prefix(l))?;
    let mut chars = rest.chars();
    if !chars.next().is_some_and(punct::is_colon) {
        return None;
    }
    let value = punct::trim(chars.as_str());
    let value = value.trim_end_matches(|c| punct::is_sentence_end(c) || punct::is_semicolon(c));
    if value.is_empty() || value.len() > 90 {
        return None;
    }
    let (text, span) = src.node(value);
    Some(Box::new(Deadline { text, by: None, ongoing: false, every: None, span }))
}

/// `by`, `ongoing` and `every` of a whole deadline text (a 完成时限 cell or
/// line); `year` is the document's, for phrases without one (年内).
#[cfg(test)]
pub(crate) fn read(text: &str, year: Option<u16>) -> (Option<String>, bool) {
    let (by, ongoing, _) = read_all(text, year);
    (by, ongoing)
}

/// [`read`] with the period of recurring work.
#[cfg(test)]
fn read_all(text: &str, year: Option<u16>) -> (Option<String>, bool, Option<Period>) {
    read_in(text, year, None)
}

/// [`read_all`] with the day the document was issued, for a time counted
/// from it (本通知印发之日起30日内).
fn read_in(text: &str, year: Option<u16>, issued: Option<Date>) -> (Option<String>, bool, Option<Period>) {
    let doc_year = year.map(u32::from);
    let mut by = None;
    let mut ongoing = false;
    let mut every = None;
    // whether `by` is a range's or plan period's, which bounds recurring
    // work after it
    let mut bounded = false;
    scan(text, |h| match h.phrase.when {
        When::By { .. } | When::ByNext { .. } => {
            let base = match h.phrase.when {
                When::ByNext { of_document: true, .. } => doc_year,
                _ => h.year.or(doc_year),
            };
            if let Some(b) = h.phrase.when.iso(base) {
                by = Some(b);
                bounded = h.phrase.bounds;
            }
        }
        When::Within { .. } => by = counted_from(h.phrase.when, issued).or(by.take()),
        When::Ongoing => ongoing = true,
        When::Every(p) => {
            ongoing = true;
            every = every.or(Some(p).filter(|_| by.is_none() || bounded));
        }
        When::Start => {}
    });
    // (a date in figures alone: `2024.12`, `2024-10-31`, `2024/9/30前`)
    if by.is_none() && !ongoing {
        by = numeric(text).map(|d| d.iso());
    }
    match by {
        Some(b) => (Some(b), false, every.filter(|_| bounded)),
        None => (None, ongoing, every),
    }
}

/// Endings after a date in figures that keep it a deadline (`2024.12前`,
/// `2024-12底前`), longest first.
const NUMERIC_ENDINGS: [&str; 6] = ["底之前", "底以前", "之前", "以前", "底前", "前"];

/// A whole deadline text that is a date in figures, year first (as a
/// spreadsheet prints a 完成时限 cell): `2024.12`, `2024-10-31`, `2024/9/30`,
/// `2024．6`, a 前 or 底前 after it; the last day of a month without one.
/// Only a text of the date alone: in running text such figures are
/// numbers of other kinds.
fn numeric(text: &str) -> Option<Date> {
    let t = punct::trim(text);
    let (rest, (year, month, day)) = super::date::numeric_month(t).ok()?;
    // (ASCII figures and separators, or a full-width full stop between
    // them, as a spreadsheet's cell prints them)
    if t[..t.len() - rest.len()].chars().any(|c| !(c.is_ascii() || c == punct::FW_DOT)) {
        return None;
    }
    let date = Date { year, month, day: day.unwrap_or(month_end(year, month)?) };
    let rest = NUMERIC_ENDINGS.iter().find_map(|e| rest.strip_prefix(e)).unwrap_or(rest);
    (date.is_valid() && punct::trim(rest).is_empty()).then_some(date)
}

/// Fill `by`, `ongoing` and `every` of the deadlines still unread (a
/// table's 完成时限 cells, 完成时限 lines, phrases without a year) with the
/// document's year.
///
/// A document without a date or 发文字号 takes the year its title names,
/// when it names one year and no range: a year's key points or plan
/// (`某某区2024年数字化转型工作要点`, `2025年度工作计划`) printed without
/// its covering notice.
pub(crate) fn resolve(doc: &mut Document<'_>) {
    let year = crate::agency::document_year(doc)
        .or_else(|| doc.title.as_deref().and_then(title_year))
        .filter(|y| YEARS.contains(&u32::from(*y)));
    // (印发之日: the 版记's 印发日期 when printed, else the 成文日期)
    let issued = doc.notice.as_ref().and_then(|n| n.printed_date.as_deref().or(n.date.as_deref())).and_then(iso_date);
    let fill = |d: &mut Deadline<'_>| {
        if d.by.is_none() && !d.ongoing {
            (d.by, d.ongoing, d.every) = read_in(&d.text, year, issued);
        }
    };
    fn walk(blocks: &mut [Block<'_>], fill: &dyn Fn(&mut Deadline<'_>)) {
        for b in blocks {
            if let Some(d) = b.deadline_mut() {
                fill(d);
            }
            for r in &mut b.responsibilities {
                if let Some(d) = r.deadline.as_deref_mut() {
                    fill(d);
                }
            }
            walk(&mut b.children, fill);
        }
    }
    walk(&mut doc.sections, &fill);
    for a in &mut doc.attachments {
        walk(&mut a.sections, &fill);
    }
}

/// A date written `2024-03-15`.
fn iso_date(s: &str) -> Option<Date> {
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse().ok();
    let d = Date { year: num(0..4)?, month: num(5..7)?, day: num(8..10)? };
    month_end(d.year, d.month).is_some_and(|end| (1..=end).contains(&d.day)).then_some(d)
}

/// The one year a title names (`2024年`, `2024年度`), four ASCII digits
/// before 年; none when it names two, or a range (`2021—2035年`,
/// `2023年至2025年`). Cost: one `memchr` pass for 年's first byte over the
/// title, once per document.
fn title_year(title: &str) -> Option<u16> {
    const NIAN: &[u8] = "年".as_bytes();
    let b = title.as_bytes();
    let mut found = None;
    for at in memchr::memmem::find_iter(b, NIAN) {
        let Some(digits) = at.checked_sub(4).map(|s| &b[s..at]) else { continue };
        if !digits.iter().all(u8::is_ascii_digit) || at > 4 && b[at - 5].is_ascii_digit() {
            continue;
        }
        let before = title[..at - 4].chars().next_back();
        let after = title[at + NIAN.len()..].chars().next();
        let ranged = |c: Option<char>| c.is_some_and(|c| punct::is_range_mark(c) || c == '至' || c == '到');
        if found.is_some() || ranged(before) || ranged(after) {
            return None;
        }
        found = std::str::from_utf8(digits).ok()?.parse().ok();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every phrase the grammar reads ends in a character [`may_end`] admits (its trailing white space aside), and so
    /// does a verb of completion after one: texts of the grammar's own words,
    /// numbers and marks, put together at random, read at every character.
    #[test]
    fn every_deadline_ends_in_an_admitted_character() {
        let mut tokens: Vec<String> = [
            "2025",
            "二〇二五",
            "2023",
            "6",
            "12",
            "31",
            "十",
            "三",
            "第",
            "年",
            "月",
            "日",
            "号",
            "季度",
            "度",
            "—",
            "至",
            "到",
            "截至",
            "截止到",
            "完成时限：",
            "每",
            "的",
            " ",
            "　",
            "今",
            "本",
            "当",
            "一",
            "二",
            "四",
            "3",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        // (a plan's period, the year after, a time counted from the document)
        tokens.extend(["十四五", "\u{201C}", "\u{201D}", "印发之日起", "后", "30", "个", "天"].map(String::from));
        tokens.extend(NEXT_YEARS.iter().map(|t| t.0.to_string()));
        tokens.extend(EVENTS.iter().map(|t| t.0.to_string()));
        tokens.extend(UNITS.iter().map(|t| t.0.to_string()));
        let words = WORD_TABLES.iter().copied().chain([&COMPLETES[..]]);
        tokens.extend(words.flat_map(|w| w.iter().map(|t| t.to_string())));
        tokens.extend(HALVES.iter().map(|t| t.0.to_string()));
        tokens.extend(MONTH_PARTS.iter().map(|t| t.0.to_string()));
        tokens.extend(PERIODS.iter().map(|t| t.0.to_string()));
        // (a fixed generator: the same texts every run)
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        // and texts built slot by slot as phrases are: a lead word, a year
        // or range, a part of the year, a month's end, a suffix, a verb
        let owned = |w: &[&str]| w.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        let mut slots: Vec<Vec<String>> = vec![
            owned(&["", "", "到", "截至", "完成时限：", "每", "今", "本", "当", "持续", "长期"]),
            owned(&["", "2025年", "二〇二五年", "2023—2025年", "2023年至", "2024年3月至", "年", "今年", "半年", "季"]),
            owned(&["", "6月", "12月31日", "6月30号", "第三季度", "3季度", "年底", "内", "度"]),
            owned(&[""]),
            owned(&[""]),
            owned(&[""]),
        ];
        slots[2].extend(HALVES.iter().map(|t| t.0.to_string()));
        slots[2].extend(owned(&YEAR_ENDS));
        slots[3].extend(MONTH_PARTS.iter().map(|t| t.0.to_string()));
        slots[4].extend(owned(&BY_SUFFIXES));
        slots[4].extend(owned(&START_SUFFIXES));
        slots[5].extend(owned(&COMPLETES));
        slots[5].extend(owned(&ONGOING_VERBS));
        let mut read = 0;
        for round in 0..60_000 {
            let text: String = if round % 2 == 0 {
                let len = 1 + next(6);
                (0..len).map(|_| tokens[next(tokens.len())].as_str()).collect()
            } else {
                slots.iter().map(|s| s[next(s.len())].as_str()).collect()
            };
            for (at, _) in text.char_indices() {
                let Ok((rest, _)) = phrase(&text[at..]) else { continue };
                let read_text = text[at..text.len() - rest.len()].trim_end_matches(punct::is_inline_space);
                let Some(last) = read_text.chars().next_back() else { continue };
                read += 1;
                assert!(may_end(last), "{read_text} (in {text})");
                if let Some(v) = COMPLETES.iter().find(|v| punct::trim_start(rest).starts_with(*v)) {
                    assert!(may_end(v.chars().next_back().unwrap_or(' ')), "{read_text}{v}");
                }
            }
        }
        assert!(read > 10_000, "{read} phrases read");
        // and the set holds nothing else: each member ends a word of the table
        let members = &ENDINGS.0[..ENDINGS.1];
        assert!(members.iter().all(|&c| may_end(c)));
        for c in ['要', '作', '局', '。', '制', 'a', '\0'] {
            assert!(!may_end(c), "{c}");
        }
    }

    fn by(t: &str) -> Option<String> {
        read(t, Some(2023)).0
    }

    /// The deadline found in running text `t` (as before a clause), with the
    /// document's year 2023: (text, by, ongoing, every), as [`of_clause`]
    /// reads it.
    fn running(t: &str) -> Option<(String, Option<String>, bool, Option<Period>)> {
        let mut last = None;
        let mut bound = None;
        scan_dates(t, |h| {
            if in_running_text(&h) {
                last = Some((h, bound));
            }
            if h.phrase.bounds {
                bound = Some(h);
            }
        });
        if let Some(h) = last_segment_ongoing(t).filter(|h| last.is_none_or(|(l, _)| l.end <= h.start)) {
            last = Some((h, bound));
        }
        last.map(|(h, bound)| {
            let (mut b, mut o, e) = meaning(h.phrase.when, h.year.or(Some(2023)));
            if let (true, Some(bound)) = (o, bound) {
                b = meaning(bound.phrase.when, bound.year).0;
                o = b.is_none();
            }
            if b.is_none() {
                // (what [`resolve`] fills in: the document's year 2023)
                b = read_in(&t[h.start..h.end], Some(2023), None).0;
            }
            (t[h.start..h.end].to_owned(), b, o, e)
        })
    }

    fn running_by(t: &str) -> Option<String> {
        running(t).and_then(|r| r.1)
    }

    #[test]
    fn the_year_a_title_names() {
        assert_eq!(title_year("某某区2024年数字化转型工作要点"), Some(2024));
        assert_eq!(title_year("2025年度政务公开工作计划"), Some(2025));
        assert_eq!(title_year("关于印发某某市2023年重点工作任务的通知"), Some(2023));
        // a range, two years, no year, a number that is no year
        assert_eq!(title_year("某某市国土空间总体规划（2021—2035年）"), None);
        assert_eq!(title_year("2023年至2025年行动计划"), None);
        assert_eq!(title_year("2023年工作总结和2024年工作要点"), None);
        assert_eq!(title_year("某某市“十四五”生态环境保护规划"), None);
        assert_eq!(title_year("新建12345年"), None);
        assert_eq!(title_year("年"), None);
    }

    #[test]
    fn end_of_year() {
        assert_eq!(by("2025年底前").as_deref(), Some("2025-12-31"));
        assert_eq!(by("2019年").as_deref(), Some("2019-12-31"));
        assert_eq!(by("2025年年底前完成").as_deref(), Some("2025-12-31"));
        assert_eq!(by("2025年年末前").as_deref(), Some("2025-12-31"));
        assert_eq!(by("2025年内").as_deref(), Some("2025-12-31"));
        // the year named is included
        assert_eq!(by("2025年前").as_deref(), Some("2025-12-31"));
        assert_eq!(running_by("2025年前完成改造").as_deref(), Some("2025-12-31"));
    }

    #[test]
    fn end_of_month() {
        assert_eq!(by("2024年6月底前").as_deref(), Some("2024-06-30"));
        assert_eq!(by("2024年2月").as_deref(), Some("2024-02-29"));
        assert_eq!(by("2023年2月底").as_deref(), Some("2023-02-28"));
        assert_eq!(by("2024年6月前").as_deref(), Some("2024-06-30"));
        assert_eq!(by("2024年6月中旬").as_deref(), Some("2024-06-20"));
        assert_eq!(by("2024年6月上旬前").as_deref(), Some("2024-06-10"));
        assert_eq!(by("2024年6月下旬").as_deref(), Some("2024-06-30"));
    }

    #[test]
    fn quarter_and_half() {
        assert_eq!(by("2023年第三季度").as_deref(), Some("2023-09-30"));
        assert_eq!(by("2023年一季度").as_deref(), Some("2023-03-31"));
        assert_eq!(by("2023年第4季度").as_deref(), Some("2023-12-31"));
        assert_eq!(by("2024年上半年").as_deref(), Some("2024-06-30"));
        assert_eq!(by("2024年下半年").as_deref(), Some("2024-12-31"));
        assert_eq!(by("2024年前三季度").as_deref(), Some("2024-09-30"));
    }

    #[test]
    fn exact_day() {
        assert_eq!(by("2025年12月31日前").as_deref(), Some("2025-12-31"));
        assert_eq!(by("2024年4月15日").as_deref(), Some("2024-04-15"));
        assert_eq!(by("2024年4月15号前").as_deref(), Some("2024-04-15"));
        // an impossible day is read as the end of its month
        assert_eq!(by("2023年2月30日").as_deref(), Some("2023-02-28"));
    }

    #[test]
    fn digits_of_every_width() {
        assert_eq!(by("２０２５年底前").as_deref(), Some("2025-12-31"));
        assert_eq!(by("２０２４年６月底前").as_deref(), Some("2024-06-30"));
        assert_eq!(by("二〇二五年底前").as_deref(), Some("2025-12-31"));
        assert_eq!(by("二○二四年六月底前").as_deref(), Some("2024-06-30"));
        assert_eq!(by("二〇二五年十二月三十一日前").as_deref(), Some("2025-12-31"));
        assert_eq!(by("2024 年 6 月底前").as_deref(), Some("2024-06-30"));
    }

    #[test]
    fn a_cell_that_is_a_date_in_figures() {
        for (cell, want) in [
            ("2024.12", "2024-12-31"),
            ("2024-10-31", "2024-10-31"),
            ("2024/9/30", "2024-09-30"),
            ("2024.2", "2024-02-29"),
            ("2024．6", "2024-06-30"),
            ("2024.12前", "2024-12-31"),
            ("2025-6底前", "2025-06-30"),
            (" 2024.6.15之前 ", "2024-06-15"),
        ] {
            assert_eq!(read(cell, None), (Some(want.to_owned()), false), "{cell}");
        }
        // a range of years, a month that is none, a day past the month's
        // end, mixed separators, figures with more after them: no date
        for cell in ["2024-2025", "2024.13", "2024-02-30", "2024.6-30", "2024.6完成一半", "12.31", "1800.5"] {
            assert_eq!(read(cell, None), (None, false), "{cell}");
        }
    }

    #[test]
    fn within_the_year_is_the_documents_year() {
        assert_eq!(read("年内", Some(2023)), (Some("2023-12-31".to_owned()), false));
        assert_eq!(read("年底前完成", Some(2021)), (Some("2021-12-31".to_owned()), false));
        assert_eq!(read("年末前", Some(2021)), (Some("2021-12-31".to_owned()), false));
        assert_eq!(read("今年底前", Some(2021)), (Some("2021-12-31".to_owned()), false));
        assert_eq!(read("本年度内", Some(2021)), (Some("2021-12-31".to_owned()), false));
        assert_eq!(read("上半年", Some(2021)), (Some("2021-06-30".to_owned()), false));
        assert_eq!(read("第三季度", Some(2021)), (Some("2021-09-30".to_owned()), false));
        assert_eq!(read("6月底前", Some(2021)), (Some("2021-06-30".to_owned()), false));
        assert_eq!(read("年内", None), (None, false));
        // a duration is no year: 3年内, 两年内
        assert_eq!(running("力争3年内完成"), None);
        assert_eq!(running("两年内完成"), None);
    }

    #[test]
    fn a_yearless_phrase_takes_the_year_of_an_earlier_one() {
        let t = "2021年6月底前制定政策，12月底前实现结算";
        assert_eq!(running(t).map(|r| (r.0, r.1)), Some(("12月底前".to_owned(), Some("2021-12-31".to_owned()))));
        assert_eq!(by("2019年垃圾设施开工：一季度完成选址").as_deref(), Some("2019-03-31"));
    }

    #[test]
    fn ongoing_work() {
        assert_eq!(read("长期坚持", Some(2023)), (None, true));
        assert_eq!(read("持续推进", Some(2023)), (None, true));
        assert_eq!(read("常态化", Some(2023)), (None, true));
        assert_eq!(read("长期", Some(2023)), (None, true));
        // a dated start is no deadline
        assert_eq!(read("2024年起持续推进", Some(2023)), (None, true));
        assert_eq!(read("2024年3月起", Some(2023)), (None, false));
        // in running text, only standing alone
        assert_eq!(running("完善机制，长期坚持").map(|r| (r.1, r.2)), Some((None, true)));
        assert_eq!(running("持续推进城市更新行动"), None);
        assert_eq!(running("建立常态化协商机制"), None);
    }

    /// A word of standing work (持续 长期 常态化 经常) with a verb of work
    /// carried on is one phrase, standing alone as a task's last segment as
    /// 持续推进 does; a duration, an end or a time past after the word is
    /// none.
    #[test]
    fn standing_work_verbs() {
        for t in [
            "持续开展",
            "持续实施",
            "长期推进",
            "长期开展",
            "常态化开展",
            "常态化推进",
            "持续深化",
            "持续强化",
            "经常开展",
            "持续加强",
            "长期落实",
            "常态化完善",
        ] {
            assert_eq!(read(t, Some(2023)), (None, true), "{t}");
            let task = format!("完善机制，{t}");
            assert_eq!(running(&task).map(|r| (r.0, r.2)), Some((t.to_owned(), true)), "{t}");
            // with the work's object after it, a task's wording
            assert_eq!(running(&format!("{t}专项整治行动")), None, "{t}");
        }
        // a duration, an end, a time past: no standing work
        for t in ["持续3年", "持续三个月", "持续半年", "持续时间", "长期以来", "长期的"] {
            assert_eq!(read(t, Some(2023)), (None, false), "{t}");
            assert_eq!(running(&format!("完善机制，{t}")), None, "{t}");
        }
        // (the date after an end is the phrase)
        assert_eq!(read("持续至2025年底", Some(2023)), (Some("2025-12-31".to_owned()), false));
        assert_eq!(read("持续到年底", Some(2023)), (Some("2023-12-31".to_owned()), false));
        // the bare word still is
        assert_eq!(read("持续", Some(2023)), (None, true));
        assert_eq!(running("完善机制，持续").map(|r| r.2), Some(true));
    }

    #[test]
    fn a_month_of_a_relative_year() {
        // 次年3月底前 is not March of the document's year
        assert_eq!(running("验收合格后，次年3月底前完成结算"), None);
        assert_eq!(running("翌年6月底前报送"), None);
        assert_eq!(running_by("2025年3月底前完成").as_deref(), Some("2025-03-31"));
    }

    #[test]
    fn recurring_work() {
        assert_eq!(read_all("每年", Some(2023)), (None, true, Some(Period::Year)));
        assert_eq!(read_all("每年6月底前", Some(2023)), (None, true, Some(Period::Year)));
        assert_eq!(read_all("每季度", Some(2023)), (None, true, Some(Period::Quarter)));
        assert_eq!(read_all("每半年", Some(2023)), (None, true, Some(Period::HalfYear)));
        assert_eq!(read_all("每月", Some(2023)), (None, true, Some(Period::Month)));
        assert_eq!(
            running("每年年底前报送评估报告").map(|r| (r.0, r.3)),
            Some(("每年年底前".to_owned(), Some(Period::Year)))
        );
        // 每年开展 is how often, not a deadline, unless it stands alone
        assert_eq!(running("每年开展一次检查"), None);
        assert_eq!(running("加强监管，每季度开展一次抽测"), None);
        // or opens a sentence of its own after the task's: its schedule
        assert_eq!(
            running("加强监管。每季度开展一次抽测").map(|r| (r.0, r.1, r.2, r.3)),
            Some(("每季度".to_owned(), None, true, Some(Period::Quarter)))
        );
        assert_eq!(running("完善制度。每月召开一次例会").map(|r| r.3), Some(Some(Period::Month)));
        // a later deadline still wins
        assert_eq!(
            running("加强监管。每季度开展一次抽测，2025年底前实现全覆盖").map(|r| r.1),
            Some(Some("2025-12-31".to_owned()))
        );
        // 按 / 逐 + a period: how often, as 每
        for (t, p) in [
            ("按季度", Period::Quarter),
            ("按季", Period::Quarter),
            ("按月", Period::Month),
            ("按月度", Period::Month),
            ("按年度", Period::Year),
            ("按半年", Period::HalfYear),
            ("逐月", Period::Month),
            ("逐季度", Period::Quarter),
        ] {
            assert_eq!(read_all(t, Some(2023)), (None, true, Some(p)), "{t}");
        }
        // (not a bare 按年: 按年龄; nor in running text unless alone)
        assert_eq!(read_all("按年龄分组", Some(2023)), (None, false, None));
        assert_eq!(running("按月支付补贴"), None);
    }

    #[test]
    fn the_last_date_of_a_range() {
        assert_eq!(by("2024年3月至2025年6月").as_deref(), Some("2025-06-30"));
        assert_eq!(by("2023—2025年").as_deref(), Some("2025-12-31"));
        assert_eq!(by("2023-2025年").as_deref(), Some("2025-12-31"));
        assert_eq!(by("2023年～2025年").as_deref(), Some("2025-12-31"));
        assert_eq!(by("2024年3月至6月").as_deref(), Some("2024-06-30"));
        assert_eq!(running_by("2023—2025年，每年改造10个小区").as_deref(), Some("2025-12-31"));
        assert_eq!(by("按计划推进"), None);
    }

    #[test]
    fn lead_words() {
        assert_eq!(
            running("到2025年，建成海绵城市").map(|r| (r.0, r.1)),
            Some(("到2025年".to_owned(), Some("2025-12-31".to_owned())))
        );
        assert_eq!(running_by("到2025年底，本市建成区40%以上").as_deref(), Some("2025-12-31"));
        assert_eq!(running_by("截至2024年6月，完成改造").as_deref(), Some("2024-06-30"));
        assert_eq!(running_by("截止到2024年底完成").as_deref(), Some("2024-12-31"));
        assert_eq!(running_by("完成时限：2024年12月").as_deref(), Some("2024-12-31"));
        assert_eq!(running_by("2024年6月完成").as_deref(), Some("2024-06-30"));
    }

    #[test]
    fn not_deadlines_in_running_text() {
        // a bare year, a start, a title in 《》
        assert_eq!(running("2022年全市完成改造，"), None);
        assert_eq!(running("自2024年1月1日起施行"), None);
        assert_eq!(running("落实《行动计划（2023—2025年）》"), None);
        assert_eq!(running("2020年以来，成效明显"), None);
        // year-end routine work, not a deadline
        assert_eq!(running("强化前期自查、年中指导、年末检查"), None);
        assert_eq!(running_by("年底前地方平台完成对接").as_deref(), Some("2023-12-31"));
        assert_eq!(running_by("年底完成对接").as_deref(), Some("2023-12-31"));
        assert_eq!(running_by("年内开工建设消防站").as_deref(), Some("2023-12-31"));
    }

    #[test]
    fn the_nearest_deadline_before_the_clause() {
        let t = "2020年底前组织开展自查，2021年3月底前开展检查，确保整改到位。";
        assert_eq!(running(t).map(|r| r.0).as_deref(), Some("2021年3月底前"));
    }

    /// The day 2024-03-15, on which a document was issued.
    const ISSUED: Option<Date> = Some(Date { year: 2024, month: 3, day: 15 });

    fn counted(t: &str, issued: Option<Date>) -> Option<String> {
        read_in(t, Some(2024), issued).0
    }

    #[test]
    fn a_time_counted_from_the_documents_issue() {
        // the day of issue not counted; months to the same day
        assert_eq!(counted("本通知印发之日起30日内", ISSUED).as_deref(), Some("2024-04-14"));
        assert_eq!(counted("自本通知印发之日起3个月内", ISSUED).as_deref(), Some("2024-06-15"));
        assert_eq!(counted("印发后15天内", ISSUED).as_deref(), Some("2024-03-30"));
        assert_eq!(counted("下发之日起两周内", ISSUED).as_deref(), Some("2024-03-29"));
        assert_eq!(counted("发布之日起1年内", ISSUED).as_deref(), Some("2025-03-15"));
        assert_eq!(counted("印发之日起三十日以内", ISSUED).as_deref(), Some("2024-04-14"));
        // across a year's end, and a month without the day (2024 is leap)
        let dec = Some(Date { year: 2024, month: 12, day: 25 });
        assert_eq!(counted("印发之日起10日内", dec).as_deref(), Some("2025-01-04"));
        let jan = Some(Date { year: 2024, month: 1, day: 31 });
        assert_eq!(counted("印发之日起1个月内", jan).as_deref(), Some("2024-02-29"));
        // working days (holidays unknown), a date unknown, a regulation's
        // taking effect: the text is kept, no day
        assert_eq!(counted("印发之日起15个工作日内", ISSUED), None);
        assert_eq!(counted("本通知印发之日起30日内", None), None);
        assert_eq!(counted("自本办法施行之日起6个月内", ISSUED), None);
        // in running text: the document named is part of the phrase
        assert_eq!(
            running("自本通知印发之日起3个月内报市政府").map(|r| r.0).as_deref(),
            Some("自本通知印发之日起3个月内")
        );
        assert_eq!(running("本方案下发后30日内完成").map(|r| r.0).as_deref(), Some("本方案下发后30日内"));
        assert_eq!(running("印发之日起30日内制定").map(|r| r.0).as_deref(), Some("印发之日起30日内"));
        // counted from another event, or no event: no deadline
        assert_eq!(running("验收合格后30日内完成结算"), None);
        assert_eq!(running("30日内完成"), None);
        assert_eq!(running("本通知印发之日起施行"), None);
    }

    #[test]
    fn a_plans_period() {
        assert_eq!(by("“十四五”期间").as_deref(), Some("2025-12-31"));
        assert_eq!(by("十四五时期").as_deref(), Some("2025-12-31"));
        assert_eq!(by("\"十三五\"期间").as_deref(), Some("2020-12-31"));
        assert_eq!(by("十一五期末").as_deref(), Some("2010-12-31"));
        assert_eq!(by("“十五五”时期").as_deref(), Some("2030-12-31"));
        assert_eq!(by("到“十四五”末").as_deref(), Some("2025-12-31"));
        // the plan named, not its period
        assert_eq!(by("“十四五”规划"), None);
        assert_eq!(by("十四五"), None);
        // not looked for in running text (see [`punct::DateAnchors`])
        assert_eq!(running("到“十四五”末，全市建成"), None);
    }

    #[test]
    fn the_year_after() {
        // 明年: the document's
        assert_eq!(read("明年6月底前", Some(2024)), (Some("2025-06-30".to_owned()), false));
        assert_eq!(read("明年底前", Some(2024)), (Some("2025-12-31".to_owned()), false));
        assert_eq!(read("明年一季度", Some(2024)), (Some("2025-03-31".to_owned()), false));
        assert_eq!(read("明年底前", None), (None, false));
        assert_eq!(running_by("明年6月底前挂牌运营").as_deref(), Some("2024-06-30"));
        // 次年: the year after the phrase before it
        assert_eq!(running_by("2025年底前完成建设，次年6月底前投入运行").as_deref(), Some("2026-06-30"));
        assert_eq!(running_by("2025年完成验收，次年6月底前结算，12月底前审计").as_deref(), Some("2026-12-31"));
        // starts, and a lone 次年 (after an event)
        assert_eq!(running("明年起全面实施"), None);
        assert_eq!(running("验收合格后，次年3月底前完成结算"), None);
    }

    #[test]
    fn the_year_after_next_and_years_before() {
        // 后年: the document's year + 2
        assert_eq!(read("后年6月底前", Some(2025)), (Some("2027-06-30".to_owned()), false));
        assert_eq!(read("后年底前", Some(2025)), (Some("2027-12-31".to_owned()), false));
        // (the 后 of an event opens no 后年: 验收后年内 is not 2027)
        assert_eq!(read("验收后年内完成", Some(2025)), (None, false));
        // a month of a year before is not in the document's year
        for t in ["去年6月底前", "前年6月底前", "上年6月底前"] {
            assert_eq!(read(t, Some(2025)), (None, false), "{t}");
        }
    }

    #[test]
    fn the_middle_of_a_year() {
        assert_eq!(read("明年年中", Some(2025)), (Some("2026-06-30".to_owned()), false));
        assert_eq!(by("2025年年中").as_deref(), Some("2025-06-30"));
        assert_eq!(by("2025年年中前").as_deref(), Some("2025-06-30"));
        // alone, routine work (年中指导), no deadline
        assert_eq!(running("强化前期自查、年中指导、年末检查"), None);
    }

    #[test]
    fn the_end_of_a_quarter() {
        assert_eq!(by("2024年一季度末").as_deref(), Some("2024-03-31"));
        assert_eq!(by("2024年第二季度底前").as_deref(), Some("2024-06-30"));
        assert_eq!(
            running("一季度末完成").map(|r| (r.0, r.1)),
            Some(("一季度末".to_owned(), Some("2023-03-31".to_owned())))
        );
    }

    #[test]
    fn recurring_work_bounded_by_a_range() {
        // a range before it bounds it: by its end, not ongoing
        assert_eq!(
            running("2024—2025年分步实施，每年12月底前报送监测报告"),
            Some(("每年12月底前".to_owned(), Some("2025-12-31".to_owned()), false, Some(Period::Year)))
        );
        assert_eq!(
            read_all("“十四五”期间，每季度末", Some(2023)),
            (Some("2025-12-31".to_owned()), false, Some(Period::Quarter))
        );
        assert_eq!(
            read_all("2024—2025年，每年12月底前", Some(2023)),
            (Some("2025-12-31".to_owned()), false, Some(Period::Year))
        );
        // a one-off date does not bound it
        assert_eq!(
            running("2024年6月底前完成试点，每年12月底前报送").map(|r| (r.1, r.2, r.3)),
            Some((None, true, Some(Period::Year)))
        );
        assert_eq!(read_all("2024年6月底前，每年12月底前", Some(2023)), (Some("2024-06-30".to_owned()), false, None));
    }

    #[test]
    fn frequencies_and_starts_are_no_deadlines() {
        assert_eq!(running("每季度开展一次进度调度"), None);
        assert_eq!(running("定期通报进展情况，每月召开一次工作例会"), None);
        assert_eq!(running("每半年开展一次督导检查"), None);
        assert_eq!(running("2024年起实施专项行动"), None);
        assert_eq!(running("即日起开展数据质量核查"), None);
        assert_eq!(running("本办法自2024年1月1日起施行"), None);
    }

    #[test]
    fn the_nearest_of_several_phrases() {
        // the last before the clause; a start or a frequency after it does not count
        assert_eq!(running_by("2024年6月底前完成试点，年底前全面推广").as_deref(), Some("2024-12-31"));
        assert_eq!(running_by("2024年6月底前完成试点，2025年起每季度开展一次评估").as_deref(), Some("2024-06-30"));
    }

    #[test]
    fn phrase_texts() {
        fn text(s: &str) -> Option<&str> {
            phrase(s).ok().map(|(rest, _)| &s[..s.len() - rest.len()])
        }
        assert_eq!(text("2025年底前完成"), Some("2025年底前"));
        assert_eq!(text("长期坚持。"), Some("长期坚持"));
        assert_eq!(text("年内完成"), Some("年内"));
        assert_eq!(text("到2025年，"), Some("到2025年"));
    }

    /// Every phrase of `text` by trying every position (what [`scan`] finds
    /// trying only before anchors).
    fn scan_everywhere(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let (mut book, mut prev, mut skip_to) = (0u32, None::<char>, 0);
        for (i, c) in text.char_indices() {
            if i >= skip_to {
                match c {
                    '《' => book += 1,
                    '》' => book = book.saturating_sub(1),
                    _ => {}
                }
                let after_number = prev.is_some_and(|p| is_digit(p) || is_cn_year_digit(p) || NOT_BEFORE.contains(&p))
                    || (prev == Some('年') && after_relative_year(&text[..i]));
                if book == 0 && may_start(c) && !after_number {
                    if let Ok((rest, p)) = phrase(&text[i..]) {
                        let end = text.len() - rest.len();
                        out.push((hit_start(text, i, end, p).0, end));
                        skip_to = end;
                    }
                }
            }
            prev = Some(c);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn scanning_before_anchors_finds_what_trying_everywhere_finds(
            s in "[0-9〇一二三四五六七八九十年月日底末前内起至到—季度第上下半每长期持续常态化经截止旬号完成时限：《》多 ，。]{0,40}"
        ) {
            let mut got = Vec::new();
            scan(&s, |h| got.push((h.start, h.end)));
            proptest::prop_assert_eq!(got, scan_everywhere(&s));
        }

        #[test]
        fn never_panics_and_by_is_a_date(s in "[0-9０-９〇一二三四五六七八九十年月日底末前内起至到—季度第上下半每长期持续截旬号 ，。]{0,40}", y in proptest::option::of(0u16..3000)) {
            let (b, _, _) = read_all(&s, y);
            if let Some(b) = b {
                let (yy, mm, dd) = (&b[0..4], &b[5..7], &b[8..10]);
                let (yy, mm, dd): (u32, u32, u32) = (yy.parse().unwrap(), mm.parse().unwrap(), dd.parse().unwrap());
                proptest::prop_assert!(b.len() == 10 && YEARS.contains(&yy) && (1..=12).contains(&mm) && month_end(yy, mm).is_some_and(|end| (1..=end).contains(&dd)), "{b}");
            }
            scan(&s, |h| { let _ = meaning(h.phrase.when, h.year); });
            // every phrase holds an anchor, so that a text without one need not be scanned
            for (i, _) in s.char_indices() {
                if let Ok((rest, _)) = phrase(&s[i..]) {
                    let consumed = &s[i..s.len() - rest.len()];
                    let first = punct::mark_positions::<punct::DeadlineAnchors>(consumed).next();
                    proptest::prop_assert!(first.is_some_and(|a| consumed[..a].chars().count() <= MAX_BEFORE_ANCHOR), "{consumed}");
                }
            }
        }
    }
}
