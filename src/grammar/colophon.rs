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

/// `ISSUER DATE印发`, and a count of copies printed after it on its line
/// (`某某市生态环境局办公室　2026年5月6日印发　（共印15份）`).
fn printed_line(text: &str) -> Option<(Option<&str>, Date)> {
    let body = match text.strip_suffix("印发") {
        Some(body) => body,
        // (a count ends in its bracket or in 份: a compare of the last
        // character first, then the count read back from the end)
        None => {
            let at = if text.ends_with([punct::FW_RPAREN, ')']) {
                text.rfind(punct::is_lparen)?
            } else if text.ends_with('份') {
                text.rfind("共印")?
            } else {
                return None;
            };
            if !is_copies(&text[at..]) {
                return None;
            }
            punct::trim(&text[..at]).strip_suffix("印发")?
        }
    };
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

/// A distribution line's list, after its label: `抄送：`, `抄　送：`, the
/// `抄报：` to bodies above that GB/T 9704-2012 folds into 抄送, the
/// `分送：` of minutes.
fn cc_line(text: &str) -> Option<&str> {
    let rest = match text.strip_prefix('抄') {
        Some(rest) => rest.trim_start_matches(punct::is_space).strip_prefix(['送', '报'])?,
        None => text.strip_prefix('分')?.trim_start_matches(punct::is_space).strip_prefix('送')?,
    };
    let rest = rest.trim_start_matches(punct::is_space);
    let mut chars = rest.chars();
    chars.next().filter(|&c| punct::is_colon(c))?;
    Some(chars.as_str())
}

/// Fewest characters of a printed rule.
const MIN_RULE_CHARS: usize = 3;

/// A rule printed between the parts of a 版记 (`────────`, `━━━`,
/// `————`, `____`): rule characters alone, white space aside.
pub(crate) fn is_rule(text: &str) -> bool {
    let mut n = 0;
    text.chars().all(|c| {
        n += usize::from(!punct::is_space(c));
        punct::is_rule_char(c) || punct::is_space(c)
    }) && n >= MIN_RULE_CHARS
}

/// The count of copies printed under a 版记: `（共印50份）`, `共印发20份`.
pub(crate) fn is_copies(text: &str) -> bool {
    let mut chars = text.chars();
    let inside = if text.starts_with(punct::is_lparen) {
        chars.next();
        if !chars.next_back().is_some_and(punct::is_rparen) {
            return false;
        }
        punct::trim(chars.as_str())
    } else {
        text
    };
    let Some(rest) = inside.strip_prefix("共印") else { return false };
    let rest = rest.strip_prefix('发').unwrap_or(rest);
    let Some(count) = rest.strip_suffix('份') else { return false };
    let count = punct::trim(count);
    !count.is_empty() && count.chars().all(|c| super::numeral::is_digit(c) || super::numeral::is_cn_digit(c))
}

/// The 主题词 (or 关键词) line of a 版记 as GB/T 9704-1999 printed it, over
/// the 抄送 line: `主题词：交通　运输　复函`.
fn is_keywords(text: &str) -> bool {
    ["主题词", "关键词"].iter().any(|k| {
        text.strip_prefix(k)
            .map(|r| r.trim_start_matches(punct::is_space))
            .is_some_and(|r| r.starts_with(punct::is_colon))
    })
}

/// Longest line naming the 印发机关 on the line above a `DATE印发` line, in
/// characters.
const MAX_PRINTER_CHARS: usize = 30;

/// The 印发机关 alone on the line above its date (`某市人民政府办公室` /
/// `2024年3月18日印发`): a short body name, no 抄送 line and no line a 抄送
/// list wraps onto (the line above it does not end in a comma or 、).
fn printer_above(lines: &[Line<'_>], i: usize) -> bool {
    let text = lines[i].text;
    super::chars_in(text, 2, MAX_PRINTER_CHARS)
        && punct::find_prose_punct(text).is_none()
        && !text.bytes().any(|b| b.is_ascii_digit())
        && cc_line(text).is_none()
        && super::notice::is_body_name(text)
        && !i.checked_sub(1).is_some_and(|k| lines[k].text.ends_with(|c: char| punct::is_comma(c) || c == DUNHAO))
}

/// Most lines of a 版记 read back from the end: a 主题词 line, 抄送 over
/// four lines, 印发 over two, the rules between them and the copies.
const MAX_LINES: usize = 14;

/// Most lines a 抄送 list runs over.
const MAX_CC_LINES: usize = 4;

/// Find the colophon at the end of `lines`: read back from the last line,
/// rules and a count of copies skipped wherever they stand, the 印发 line
/// (its printer and date on one line or on two), the 抄送 lines above it,
/// a 主题词 line above them; a 印发 or 抄送 line is needed.
pub(crate) fn colophon<'c>(lines: &[Line<'c>]) -> Option<Colophon<'c>> {
    let mut c = Colophon { start: lines.len(), ..Colophon::default() };
    let floor = lines.len().saturating_sub(MAX_LINES);
    let skip = |i: &mut usize| {
        while *i > floor && (is_rule(lines[*i - 1].text) || is_copies(lines[*i - 1].text)) {
            *i -= 1;
        }
    };
    let mut i = lines.len();
    skip(&mut i);
    let mut found = false;
    if let Some((who, d)) = lines[..i].last().and_then(|l| printed_line(l.text)) {
        i -= 1;
        c.printed_date = Some(d);
        c.printed_by = who;
        if who.is_none() && i > floor && printer_above(lines, i - 1) {
            i -= 1;
            c.printed_by = Some(lines[i].text);
        }
        found = true;
        skip(&mut i);
    }
    // 抄送 may run over several lines; take the lines back to the one that
    // starts with 抄送, and the lines of an 抄报 above them
    let mut lists: Vec<std::ops::Range<usize>> = Vec::new();
    while let Some(k) = (i.saturating_sub(MAX_CC_LINES).max(floor)..i).rev().find(|&k| cc_line(lines[k].text).is_some())
    {
        lists.push(k..i);
        i = k;
        skip(&mut i);
    }
    for r in lists.into_iter().rev() {
        for (j, line) in lines[r.clone()].iter().enumerate() {
            let text = if j == 0 { cc_line(line.text).unwrap_or(line.text) } else { line.text };
            c.cc.extend(
                text.trim_end_matches(|c| punct::is_sentence_end(c) || c == '.')
                    .split(|c| punct::is_comma(c) || c == DUNHAO || punct::is_semicolon(c))
                    .map(punct::trim)
                    .filter(|s| !s.is_empty()),
            );
        }
        found = true;
    }
    if !found {
        return None;
    }
    // the rules over the 版记, and a 主题词 line
    if i > floor && is_keywords(lines[i - 1].text) {
        i -= 1;
        skip(&mut i);
    }
    c.start = i;
    Some(c)
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

    /// The forms of GB/T 9704: rules between the parts, 抄送 over two
    /// lines, a 主题词 line, the printer and date on two lines, the copies.
    #[test]
    fn rules_keywords_two_line_printing_and_copies() {
        let text = "正文。\n某省人民政府\n2023年6月9日\n────────────\n抄送：省发展改革委，省自然资源厅，\n省住房城乡建设厅。\n────────────\n某省人民政府办公厅　　　　2023年6月12日印发\n━━━━━━";
        let ls = lines(text);
        let c = colophon(&ls).unwrap();
        assert_eq!(c.start, 3);
        assert_eq!(c.cc, ["省发展改革委", "省自然资源厅", "省住房城乡建设厅"]);
        assert_eq!(c.printed_by, Some("某省人民政府办公厅"));
        assert_eq!(c.printed_date.map(|d| d.iso()).as_deref(), Some("2023-06-12"));
        let text = "此复。\n某市人民政府办公室\n2024年3月15日\n主题词：交通　运输　复函\n抄　送：市财政局，市审计局。\n某市人民政府办公室\n2024年3月18日印发\n（共印20份）";
        let ls = lines(text);
        let c = colophon(&ls).unwrap();
        assert_eq!(c.start, 3);
        assert_eq!(c.cc, ["市财政局", "市审计局"]);
        assert_eq!(c.printed_by, Some("某市人民政府办公室"));
        assert_eq!(c.printed_date.map(|d| d.iso()).as_deref(), Some("2024-03-18"));
        // a 抄送 list wrapped onto a body's name is no printer
        let ls = lines("正文。\n抄送：市财政局，\n市审计局\n2024年3月18日印发");
        let c = colophon(&ls).unwrap();
        assert_eq!((c.start, c.printed_by), (1, None));
        assert_eq!(c.cc, ["市财政局", "市审计局"]);
        // 抄报 over 抄送, rules between them; the 分送 of minutes
        let ls = lines(
            "正文。\n━━━━━━\n抄报：市委办公室，市政府办公室。\n抄送：县人大常委会办公室。\n━━━━━━\n中共某县委办公室\n2024年1月16日印发",
        );
        let c = colophon(&ls).unwrap();
        assert_eq!(c.start, 1);
        assert_eq!(c.cc, ["市委办公室", "市政府办公室", "县人大常委会办公室"]);
        assert_eq!(c.printed_by, Some("中共某县委办公室"));
        let ls = lines("请假：孙某\n────\n分送：区委办公室，区政府各部门。\n某区人民政府办公室　　2024年5月12日印发");
        let c = colophon(&ls).unwrap();
        assert_eq!((c.start, c.cc.as_slice()), (1, &["区委办公室", "区政府各部门"][..]));
        assert!(
            cc_line("抄 报：某某").is_some() && cc_line("分送：某某").is_some() && cc_line("分别送：某某").is_none()
        );
        assert!(is_rule("────") && is_rule("— — —") && is_rule("＿＿＿＿") && !is_rule("——") && !is_rule("——END——"));
        assert!(
            is_copies("（共印50份）")
                && is_copies("共印发二十份")
                && !is_copies("（共印份）")
                && !is_copies("共印50本")
        );
        assert!(is_keywords("主题词：交通　运输") && is_keywords("关键词 : 教育") && !is_keywords("主题词是什么"));
    }

    /// The count of copies on the 印发 line, after the date.
    #[test]
    fn copies_after_the_printing_date() {
        let ls = lines(
            "正文。
抄送：市人民政府办公室。
某某市生态环境局办公室　　　2026年5月6日印发　　（共印15份）",
        );
        let c = colophon(&ls).unwrap();
        assert_eq!((c.start, c.cc.as_slice()), (1, &["市人民政府办公室"][..]));
        assert_eq!(c.printed_by, Some("某某市生态环境局办公室"));
        assert_eq!(c.printed_date.map(|d| d.iso()).as_deref(), Some("2026-05-06"));
        for t in ["某某县人民政府办公室 2026年3月2日印发 共印30份", "某某县人民政府办公室2026年3月2日印发(共印三十份)"]
        {
            assert_eq!(
                printed_line(t).map(|(w, d)| (w, d.iso())),
                Some((Some("某某县人民政府办公室"), "2026-03-02".to_owned())),
                "{t}"
            );
        }
        // a sentence that names a printing and a count is none
        assert_eq!(printed_line("2026年3月2日印发的文件共印30份"), None);
        assert_eq!(printed_line("已于2026年3月2日印发（共印30份）并送达各单位"), None);
    }

    #[test]
    fn no_colophon() {
        assert!(colophon(&lines("正文。\n国务院办公厅\n2018年12月7日")).is_none());
        assert!(colophon(&lines("现将方案印发")).is_none());
        // rules and copies alone make none
        assert!(colophon(&lines("正文。\n────────\n（共印50份）")).is_none());
    }
}
