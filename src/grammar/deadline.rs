//! Deadline phrases (完成时限): `2025年底前`, `2024年6月底前`, `2023年第三季度`,
//! `2025年12月31日前`, `年内`, `长期坚持`, `持续推进`, `每年`, read as the last
//! day they mean (`by`, ISO 8601) or as ongoing work (`by` none).
//!
//! A phrase with several dates (`2024年3月至2025年6月`) means its last one;
//! `年内` / `年底前` without a year mean the document's year.

use crate::ast::{Block, Deadline, Document};

/// Words of work with no end: 长期坚持, 持续推进, 每年, 常态化.
const ONGOING: [&str; 5] = ["长期", "持续", "每年", "常态", "经常"];

fn leap(y: u32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn month_end(y: u32, m: u32) -> u32 {
    match m {
        2 if leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Leading ASCII digits of `s` (at most `max`) and the rest.
fn digits(s: &str, max: usize) -> Option<(u32, &str)> {
    let n = s.bytes().take(max + 1).take_while(u8::is_ascii_digit).count();
    (1..=max).contains(&n).then(|| s[..n].parse().ok().map(|v| (v, &s[n..]))).flatten()
}

/// A quarter written 一/二/三/四 or 1–4, after an optional 第.
fn quarter(s: &str) -> Option<u32> {
    let s = s.strip_prefix('第').unwrap_or(s);
    let (q, rest) = match s.chars().next()? {
        '一' | '1' => (1, &s[s.chars().next()?.len_utf8()..]),
        '二' | '2' => (2, &s[s.chars().next()?.len_utf8()..]),
        '三' | '3' => (3, &s[s.chars().next()?.len_utf8()..]),
        '四' | '4' => (4, &s[s.chars().next()?.len_utf8()..]),
        _ => return None,
    };
    rest.starts_with("季度").then_some(q)
}

/// The last day meant by what follows `YYYY年`; `None` for a start
/// (`2024年起`, `2024年3月起`).
fn after_year(y: u32, rest: &str) -> Option<(u32, u32)> {
    if rest.starts_with('起') {
        return None;
    }
    let month =
        digits(rest, 2).filter(|&(m, _)| (1..=12).contains(&m)).and_then(|(m, r)| r.strip_prefix('月').map(|r| (m, r)));
    if let Some((m, r)) = month {
        if r.starts_with('起') {
            return None;
        }
        let day = digits(r, 2).filter(|&(d, _)| (1..=month_end(y, m)).contains(&d));
        if let Some((d, r)) = day {
            if let Some(after) = r.strip_prefix('日') {
                return (!after.starts_with('起')).then_some((m, d));
            }
        }
        return Some((m, month_end(y, m)));
    }
    if let Some(q) = quarter(rest) {
        return Some((q * 3, month_end(y, q * 3)));
    }
    if rest.starts_with("上半年") {
        return Some((6, 30));
    }
    Some((12, 31))
}

/// `by` (ISO date) and `ongoing` of a deadline phrase; `year` is the
/// document's, for 年内.
pub(crate) fn read(text: &str, year: Option<u16>) -> (Option<String>, bool) {
    let ongoing = ONGOING.iter().any(|w| text.contains(w));
    let mut last = None;
    for (k, _) in text.match_indices('年') {
        let head = &text[..k];
        let n = head.bytes().rev().take_while(u8::is_ascii_digit).count();
        if n != 4 {
            continue;
        }
        let Ok(y) = head[k - 4..].parse::<u32>() else { continue };
        if let Some((m, d)) = after_year(y, &text[k + '年'.len_utf8()..]) {
            last = Some((y, m, d));
        }
    }
    let this_year = ["年内", "年底", "今年", "本年"].iter().any(|w| text.contains(w));
    if last.is_none() && !ongoing && this_year {
        last = year.map(|y| (u32::from(y), 12, 31));
    }
    (last.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")), ongoing && last.is_none())
}

/// Fill `by` and `ongoing` of every row deadline of the document.
pub(crate) fn resolve(doc: &mut Document<'_>) {
    let year = crate::agency::document_year(doc);
    let fill = |d: &mut Deadline<'_>| {
        let (by, ongoing) = read(&d.text, year);
        d.by = by;
        d.ongoing = ongoing;
    };
    fn walk(blocks: &mut [Block<'_>], fill: &dyn Fn(&mut Deadline<'_>)) {
        for b in blocks {
            if let Some(d) = b.deadline.as_deref_mut() {
                fill(d);
            }
            walk(&mut b.children, fill);
        }
    }
    walk(&mut doc.sections, &fill);
    for a in &mut doc.attachments {
        walk(&mut a.sections, &fill);
    }
}

#[cfg(test)]
mod tests {
    use super::read;

    fn by(t: &str) -> Option<String> {
        read(t, Some(2023)).0
    }

    #[test]
    fn end_of_year() {
        assert_eq!(by("2025年底前").as_deref(), Some("2025-12-31"));
        assert_eq!(by("2019年").as_deref(), Some("2019-12-31"));
        assert_eq!(by("2025年年底前完成").as_deref(), Some("2025-12-31"));
    }

    #[test]
    fn end_of_month() {
        assert_eq!(by("2024年6月底前").as_deref(), Some("2024-06-30"));
        assert_eq!(by("2024年2月").as_deref(), Some("2024-02-29"));
        assert_eq!(by("2023年2月底").as_deref(), Some("2023-02-28"));
    }

    #[test]
    fn quarter_and_half() {
        assert_eq!(by("2023年第三季度").as_deref(), Some("2023-09-30"));
        assert_eq!(by("2023年一季度").as_deref(), Some("2023-03-31"));
        assert_eq!(by("2024年上半年").as_deref(), Some("2024-06-30"));
        assert_eq!(by("2024年下半年").as_deref(), Some("2024-12-31"));
    }

    #[test]
    fn exact_day() {
        assert_eq!(by("2025年12月31日前").as_deref(), Some("2025-12-31"));
        assert_eq!(by("2024年4月15日").as_deref(), Some("2024-04-15"));
        // an impossible day is read as its month
        assert_eq!(by("2023年2月30日").as_deref(), Some("2023-02-28"));
    }

    #[test]
    fn within_the_year_is_the_documents_year() {
        assert_eq!(read("年内", Some(2023)), (Some("2023-12-31".to_owned()), false));
        assert_eq!(read("年底前完成", Some(2021)), (Some("2021-12-31".to_owned()), false));
        assert_eq!(read("年内", None), (None, false));
    }

    #[test]
    fn ongoing_work() {
        assert_eq!(read("长期坚持", Some(2023)), (None, true));
        assert_eq!(read("持续推进", Some(2023)), (None, true));
        assert_eq!(read("每年", Some(2023)), (None, true));
        // a dated start is no deadline
        assert_eq!(read("2024年起持续推进", Some(2023)), (None, true));
        assert_eq!(read("2024年3月起", Some(2023)), (None, false));
    }

    #[test]
    fn the_last_date_of_a_range() {
        assert_eq!(by("2024年3月至2025年6月").as_deref(), Some("2025-06-30"));
        assert_eq!(by("按计划推进"), None);
    }
}
