//! The head of 会议纪要 (minutes): a title ending in 纪要, then the
//! minutes' serial number — `〔2025〕第5号`, `[2025]5号`, `第5期`,
//! `（第5期）`, `2025年第5期` — on a line of its own or glued to the title
//! (`某某区人民政府常务会议纪要〔2025〕第5号`), then the issuing office and
//! the date, often on one line (`某某区人民政府办公室　　2025年3月12日`,
//! which the inline pass cuts), before the text. The frame reads the
//! number as the 发文字号 and the office and date as the signature printed
//! in the head (`notice::frame`).
//!
//! Cost: only the head's lines are asked; a number needs a first character
//! of a year bracket (`punct::YEAR_BRACKETS`: `〔 [ ［ 【 （ (`, the
//! brackets of a 发文字号's year), 第 or a digit and is at most
//! [`MAX_NUMBER_BYTES`] long.

use super::numeral::{arabic, is_digit};
use crate::punct;
use std::borrow::Cow;

/// Most bytes of a minutes' number (`（2025年第123期）`).
const MAX_NUMBER_BYTES: usize = 40;

/// Words that open an attendance line of minutes (出席：…, 列席人员：…).
const ATTENDANCE: [&str; 6] = ["出席", "列席", "请假", "缺席", "参加", "参会"];

/// Whether `line` lists who attended (出席：张三、李四), sat in (列席：…) or
/// was away (请假：…, 缺席：…): a line that ends minutes. One first-character
/// test rejects every other line.
pub(crate) fn is_attendance(line: &str) -> bool {
    let t = punct::trim(line);
    if !t.starts_with(['出', '列', '请', '缺', '参']) {
        return false;
    }
    let Some(rest) = ATTENDANCE.iter().find_map(|w| t.strip_prefix(w)) else { return false };
    let rest = rest.strip_prefix("会议").unwrap_or(rest);
    let rest = ["人员", "领导", "同志", "单位"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    rest.starts_with(punct::is_colon) && rest.chars().nth(1).is_some()
}

/// Whether `title` is the title of minutes (…会议纪要, …纪要).
pub(crate) fn is_minutes_title(title: &str) -> bool {
    title.ends_with("纪要")
}

/// The minutes' number that makes up the whole of `text`, normalised (year
/// brackets to 〔〕, outer round brackets dropped): `〔2025〕第5号`,
/// `第5期`, `2025年第5期`.
pub(crate) fn number(text: &str) -> Option<Cow<'_, str>> {
    let text = punct::trim(text);
    if text.len() > MAX_NUMBER_BYTES || !text.starts_with(may_start) {
        return None;
    }
    // (the number may stand in round brackets: `（第5期）`)
    let inner =
        text.strip_prefix(punct::is_lparen).and_then(|t| t.strip_suffix(punct::is_rparen)).map_or(text, punct::trim);
    let (year, rest) = year(inner);
    let rest = rest.strip_prefix('第').unwrap_or(rest).trim_start_matches(punct::is_space);
    let (rest, _) = arabic(rest).ok()?;
    let rest = rest.trim_start_matches(punct::is_space);
    if !(rest == "号" || rest == "期") || (year.is_none() && !inner.starts_with('第')) {
        return None;
    }
    match year {
        // a year in square brackets is written 〔〕
        Some(Year::Bracketed { open, close }) if !(open == '〔' && close == '〕') => {
            let mut out = String::with_capacity(inner.len() + 4);
            out.push('〔');
            out.push_str(&inner[open.len_utf8()..inner.find(close).unwrap_or(inner.len())]);
            out.push('〕');
            out.push_str(&inner[inner.find(close).map_or(inner.len(), |c| c + close.len_utf8())..]);
            Some(Cow::Owned(out))
        }
        _ => Some(Cow::Borrowed(inner)),
    }
}

/// Where the minutes' number glued to the end of a title starts
/// (`…常务会议纪要〔2025〕第5号` → after 纪要).
pub(crate) fn glued_number(text: &str) -> Option<usize> {
    // (a search for 纪要 only in a line that ends as a number ends)
    let t = punct::trim(text);
    if !(t.ends_with('号') || t.ends_with('期') || t.ends_with(punct::is_rparen)) {
        return None;
    }
    let at = t.rfind("纪要")? + "纪要".len();
    (at < t.len() && number(&t[at..]).is_some()).then_some(at)
}

/// The first character a number may open with.
fn may_start(c: char) -> bool {
    c == '第' || punct::is_year_open(c) || is_digit(c)
}

/// How a number's year is written.
enum Year {
    /// `〔2025〕`, `[2025]`, `［2025］`, `【2025】`, `（2025）` (see
    /// `punct::YEAR_BRACKETS`).
    Bracketed { open: char, close: char },
    /// `2025年`.
    Plain,
}

/// The year at the start of `i` and the rest.
fn year(i: &str) -> (Option<Year>, &str) {
    // (the brackets of a 发文字号's year, each closed by its partner)
    let close = match i.chars().next().and_then(punct::year_close) {
        Some(close) => close,
        None => {
            let digits = i.len() - i.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            return match i[digits..].strip_prefix('年') {
                Some(rest) if digits == 4 => (Some(Year::Plain), rest),
                _ => (None, i),
            };
        }
    };
    let open = i.chars().next().unwrap_or('〔');
    let inner = &i[open.len_utf8()..];
    let digits = inner.len() - inner.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match inner[digits..].strip_prefix(close) {
        Some(rest) if digits == 4 => (Some(Year::Bracketed { open, close }), rest),
        _ => (None, i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attendance_lines() {
        for l in [
            "出席：王某、李某",
            "列席：区财政局主要负责同志",
            "请假：赵某",
            "出席人员：甲、乙",
            "　缺席: 丙",
            "列席单位：区政府办公室",
            "参加人员：李某、王某、张某",
            "参会人员：镇党委委员",
        ] {
            assert!(is_attendance(l), "{l}");
        }
        for l in
            ["出席会议的同志要做好准备。", "出席：", "列席", "请各单位按时报送。", "出台实施细则：…", "参照执行：各县"]
        {
            assert!(!is_attendance(l), "{l}");
        }
    }

    #[test]
    fn numbers_of_minutes() {
        assert_eq!(number("〔2025〕第5号").as_deref(), Some("〔2025〕第5号"));
        assert_eq!(number("[2025]第5号").as_deref(), Some("〔2025〕第5号"));
        assert_eq!(number("〔2025〕12号").as_deref(), Some("〔2025〕12号"));
        assert_eq!(number("第5期").as_deref(), Some("第5期"));
        assert_eq!(number("（第 12 期）").as_deref(), Some("第 12 期"));
        assert_eq!(number("2025年第5期").as_deref(), Some("2025年第5期"));
        // every bracket a 发文字号's year stands in, each closed by its partner
        for (open, close) in punct::YEAR_BRACKETS {
            let t = format!("{open}2025{close}第5号");
            assert_eq!(number(&t).as_deref(), Some("〔2025〕第5号"), "{t}");
            let t = format!("某某区人民政府常务会议纪要{open}2025{close}第5号");
            assert!(glued_number(&t).is_some(), "{t}");
            // (and the 发文字号 reader takes the same brackets)
            let t = format!("某政发{open}2025{close}5号");
            assert!(super::super::doc_number::doc_number(&t).is_ok(), "{t}");
        }
        assert_eq!(number("【2025】3号").as_deref(), Some("〔2025〕3号"));
        for t in [
            "5号",
            "第五期",
            "2025年5月",
            "〔2025〕",
            "第5条",
            "某政发〔2025〕5号",
            "第5期会议",
            "（一）",
            "【2025〕第5号",
            "〔2025］第5号",
        ] {
            assert_eq!(number(t), None, "{t}");
        }
    }

    #[test]
    fn a_number_glued_to_the_title() {
        let t = "某某区人民政府常务会议纪要〔2025〕第5号";
        assert_eq!(glued_number(t), Some(t.find('〔').unwrap()));
        let t = "某某县专题会议纪要第3期";
        assert_eq!(glued_number(t), Some(t.find('第').unwrap()));
        assert_eq!(glued_number("某某区人民政府常务会议纪要"), None);
        assert_eq!(glued_number("关于印发会议纪要的通知〔2025〕5号"), None);
        assert!(is_minutes_title("某某区人民政府常务会议纪要") && !is_minutes_title("某某通知"));
    }
}
