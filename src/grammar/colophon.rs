//! 版记 (colophon) at the very end of a document: 抄送 lines and the
//! 印发 line (`国务院办公厅 2018年12月27日印发`).

use super::date::{Date, date};
use crate::punct::{self, DUNHAO};
use crate::source::Line;

/// Where the colophon is and what it says.
#[derive(Debug, Default)]
pub(crate) struct Colophon<'c> {
    /// Index of its first line (the document ends before it).
    pub(crate) start: usize,
    /// 抄送 bodies.
    pub(crate) cc: Vec<&'c str>,
    /// 印发机关.
    pub(crate) printed_by: Option<&'c str>,
    /// 印发日期.
    pub(crate) printed_date: Option<Date>,
}

/// `ISSUER DATE印发`.
fn printed_line(text: &str) -> Option<(Option<&str>, Date)> {
    let body = text.strip_suffix("印发")?;
    // the date is the last thing before 印发: it starts where a run of
    // digits starts (trying each run once keeps a long run linear)
    let digit = |c: char| super::numeral::is_digit(c) || super::numeral::is_cn_digit(c);
    let mut prev_digit = false;
    let starts = body.char_indices().filter(move |&(_, c)| {
        let start = digit(c) && !prev_digit;
        prev_digit = digit(c);
        start
    });
    starts.into_iter().find_map(|(i, _)| {
        let (rest, d) = date(&body[i..]).ok()?;
        punct::trim(rest).is_empty().then(|| {
            let who = punct::trim(&body[..i]);
            ((!who.is_empty()).then_some(who), d)
        })
    })
}

fn cc_line(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("抄送")?;
    let rest = rest.trim_start_matches(punct::is_space);
    let mut chars = rest.chars();
    chars.next().filter(|&c| punct::is_colon(c))?;
    Some(chars.as_str())
}

/// Find the colophon at the end of `lines`.
pub(crate) fn colophon<'c>(lines: &[Line<'c>]) -> Option<Colophon<'c>> {
    let mut c = Colophon { start: lines.len(), ..Colophon::default() };
    let mut i = lines.len();
    if let Some((who, d)) = lines.last().and_then(|l| printed_line(l.text)) {
        c.printed_by = who;
        c.printed_date = Some(d);
        i -= 1;
        c.start = i;
    }
    // 抄送 may run over several lines; take the lines back to the one that
    // starts with 抄送
    if let Some(k) = (i.saturating_sub(4)..i).rev().find(|&k| cc_line(lines[k].text).is_some()) {
        let mut list: Vec<&'c str> = Vec::new();
        for (j, line) in lines[k..i].iter().enumerate() {
            let text = if j == 0 { cc_line(line.text).unwrap_or(line.text) } else { line.text };
            list.extend(
                text.trim_end_matches(|c| punct::is_sentence_end(c) || c == '.')
                    .split(|c| punct::is_comma(c) || c == DUNHAO || punct::is_semicolon(c))
                    .map(punct::trim)
                    .filter(|s| !s.is_empty()),
            );
        }
        c.cc = list;
        c.start = k;
    }
    (c.start < lines.len()).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::source::test_lines as lines;

    #[test]
    fn cc_and_printed() {
        let text =
            "正文。\n抄送：党中央各部门，全国人大常委会办公厅，\n全国政协办公厅。\n国务院办公厅2018年12月27日印发";
        let ls = lines(text);
        let c = colophon(&ls).unwrap();
        assert_eq!(c.start, 1);
        assert_eq!(c.cc, ["党中央各部门", "全国人大常委会办公厅", "全国政协办公厅"]);
        assert_eq!(c.printed_by, Some("国务院办公厅"));
        assert_eq!(c.printed_date.map(|d| d.iso()).as_deref(), Some("2018-12-27"));
    }

    #[test]
    fn long_digit_runs_are_read_once() {
        let text = "2".repeat(200_000) + "印发";
        assert_eq!(printed_line(&text), None);
        assert_eq!(
            printed_line("国务院办公厅２０１８年１２月２７日印发").map(|(w, d)| (w, d.iso())),
            Some((Some("国务院办公厅"), "2018-12-27".to_owned()))
        );
    }

    #[test]
    fn no_colophon() {
        assert!(colophon(&lines("正文。\n国务院办公厅\n2018年12月7日")).is_none());
        assert!(colophon(&lines("现将方案印发")).is_none());
    }
}
