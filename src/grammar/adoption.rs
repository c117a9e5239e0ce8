//! Adoption notes under a title: when and by whom a text was adopted,
//! approved, promulgated, amended or put in force —
//! `（2019年5月30日某省第十三届人民代表大会常务委员会第十二次会议通过）`,
//! `2019年9月1日 施行`, `（某年某月某日国务院批准）`, a list of successive
//! amendments over several lines (`…第一次修正  根据`). They are not part of
//! the title.

use super::date::date;
use crate::punct;

/// Longest adoption note line, in characters.
const MAX_NOTE_CHARS: usize = 400;

/// What an adoption note ends with (before a closing bracket, a 。 or a
/// trailing 根据 that leads into the next line).
const VERBS: &[&str] = &["通过", "批准", "公布", "发布", "施行", "修订", "修正", "修改", "废止"];

/// Whether `text` (a trimmed line) is an adoption note: it opens with a date
/// (or 根据 and a date), possibly inside a bracket, and ends with a verb of
/// adoption, possibly followed by the bracket's close, a 。 or 根据.
pub(crate) fn is_adoption_note(text: &str) -> bool {
    // cheap first: a digit (arabic, full-width or Chinese) or a bracket or 根
    let Some(first) = text.chars().next() else { return false };
    if !(first.is_ascii_digit()
        || punct::is_lparen(first)
        || super::numeral::is_digit(first)
        || super::numeral::is_cn_digit(first)
        || first == '根')
    {
        return false;
    }
    if text.len() > MAX_NOTE_CHARS * 4 || text.chars().count() > MAX_NOTE_CHARS {
        return false;
    }
    let mut body = text;
    if let Some(c) = body.chars().next().filter(|&c| punct::is_lparen(c)) {
        body = &body[c.len_utf8()..];
    }
    let body = punct::trim(body);
    let body = body.strip_prefix("根据").map_or(body, punct::trim);
    if date(body).is_err() {
        return false;
    }
    // the tail: drop a closing bracket, 。, 根据 and spaces, in any order
    let mut tail = body;
    loop {
        let t = punct::trim(tail);
        let t = t.strip_suffix("根据").unwrap_or(t);
        let t = t.trim_end_matches(|c: char| punct::is_rparen(c) || c == punct::JUHAO || punct::is_space(c));
        if t.len() == tail.len() {
            break;
        }
        tail = t;
    }
    VERBS.iter().any(|v| tail.ends_with(v))
}

/// Most lines an adoption note is wrapped over.
const MAX_NOTE_LINES: usize = 3;

/// How many of the lines from `lines` make one adoption note: one for a
/// note on its line, more for a bracketed note wrapped over lines
/// (`（2004年6月16日国务院` / `第54次常务会议修订通过）`), 0 for none.
pub(crate) fn note_lines<'s>(mut lines: impl Iterator<Item = &'s str>) -> usize {
    let Some(first) = lines.next() else { return 0 };
    if is_adoption_note(first) {
        return 1;
    }
    let opens = first.starts_with(punct::is_lparen) && !first.contains(punct::is_rparen);
    // cheap first: an open bracket and a date
    if !opens || date(punct::trim(&first[first.chars().next().map_or(0, char::len_utf8)..])).is_err() {
        return 0;
    }
    let mut joined = first.to_owned();
    for (k, line) in lines.take(MAX_NOTE_LINES - 1).enumerate() {
        joined.push_str(line);
        if line.contains(punct::is_rparen) {
            return if is_adoption_note(&joined) { k + 2 } else { 0 };
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adoption_notes() {
        assert!(is_adoption_note("（2019年5月30日某省第十三届人民代表大会常务委员会第十二次会议通过）"));
        assert!(is_adoption_note("2022年11月25日 某市第十五届人民代表大会常务委员会第四十五次会议通过"));
        assert!(is_adoption_note("(2001年3月1日国务院批准)"));
        assert!(is_adoption_note("2019年9月1日 施行"));
        assert!(is_adoption_note("2007年4月5日 某国务院令第492号公布"));
        assert!(is_adoption_note("2019年4月3日 某国务院令第711号修订　"));
        assert!(is_adoption_note("2004年5月30日 某市第二届人民代表大会常务委员会第九次会议修订  根据"));
        assert!(is_adoption_note("2022年6月10日 某市人大常委会《关于修改〈某条例〉的决定》第三次修正）"));
        assert!(is_adoption_note("2012年12月13日 某部令第127号修订发布。根据"));
        assert!(is_adoption_note("根据2009年8月27日某次会议《关于修改部分法律的决定》修正"));
        assert!(is_adoption_note("（一九九二年七月一日某次会议通过　根据二〇〇九年八月二十七日某决定修正）"));
    }

    #[test]
    fn wrapped_notes() {
        let lines = ["（2004年6月16日国务院", "第54次常务会议修订通过）", "第一章　总则"];
        assert_eq!(note_lines(lines.iter().copied()), 2);
        assert_eq!(note_lines(["2019年9月1日 施行", "第一条"].iter().copied()), 1);
        // a wrapped bracket that is no note
        let lines = ["（2021年1月1日起", "各区要加强统筹）"];
        assert_eq!(note_lines(lines.iter().copied()), 0);
        assert_eq!(note_lines(["（2004年6月16日国务院", "第54次会议", "讨论", "通过）"].iter().copied()), 0);
    }

    #[test]
    fn not_adoption_notes() {
        // bracketed lines under a title that are part of it, or other frame parts
        assert!(!is_adoption_note("（2021—2025年）"));
        assert!(!is_adoption_note("（征求意见稿）"));
        assert!(!is_adoption_note("（试行）"));
        assert!(!is_adoption_note("（此件公开发布）"));
        assert!(!is_adoption_note("2022年3月10日"));
        assert!(!is_adoption_note("（2022年3月10日）"));
        assert!(!is_adoption_note("某价费〔2019〕12号"));
        // prose that mentions adoption is no note
        assert!(!is_adoption_note("《某条例》已经2009年8月12日国务院第76次常务会议通过，现予公布"));
        assert!(!is_adoption_note("2020年起，各地要加强统筹，推动工作取得进展。"));
        assert!(!is_adoption_note(""));
    }
}
