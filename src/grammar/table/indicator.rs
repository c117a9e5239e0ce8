//! A plan's indicator table flattened one cell per line, with no 序号
//! column to anchor its rows (`指标` / `2020年` / `2025年` / `属性`), and
//! the test of an indicator table's header that the other forms share
//! ([`indicator_header`]).

use super::{MAX_COLUMNS, Parts, RawRow, Read, header_like, holds, one_level};
use crate::ast::TableForm;
use crate::grammar::marker::marker;
use crate::punct;
use crate::source::Line;

/// Whether a line starts as the header of a plan's indicator table
/// (`指标⇥2020年⇥2025年⇥属性`, `类别⇥指标⇥…`, cells separated by tabs): two
/// prefix compares.
pub(super) fn indicator_start(t: &str) -> bool {
    t.starts_with("指标") || t.starts_with("类别")
}

/// Whether a header is an indicator table's, which names no body's role:
/// a cell holding 指标 (指标, 主要指标, 指标名称) and another that is a
/// year (`2020年`, `2025年目标值`) or a value or kind of the indicators
/// (属性, 基期值, 目标值, 现状值, 预期值, 规划值). Plans print their targets
/// so, in 专栏 boxes and under 表N captions.
pub(super) fn indicator_header(header: &[&str]) -> bool {
    header.iter().any(|h| holds(h, "指标")) && header.iter().any(|h| !holds(h, "指标") && indicator_value(h))
}

/// Values of indicators a column may hold, beside years.
const INDICATOR_VALUES: [&str; 6] = ["属性", "基期值", "目标值", "现状值", "预期值", "规划值"];

/// Whether a header cell names a column of values of an indicator table:
/// a year (`2020年`, `2025年目标值`) or one of [`INDICATOR_VALUES`].
fn indicator_value(h: &str) -> bool {
    let b = h.as_bytes();
    let year = b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && h[4..].starts_with('年');
    year || INDICATOR_VALUES.iter().any(|v| holds(h, v))
}

/// Most characters of an indicator's name, and of a value, in a flattened
/// indicator table.
const MAX_INDICATOR: usize = 40;
const MAX_VALUE: usize = 16;

/// Whether `cell` fits a column of a flattened indicator table headed
/// `head`: a kind (约束性, 预期性) under 属性, a number (or a dash) under a
/// year or a value, a name without a sentence end under the others. Rows
/// are read only while every cell fits, so a merged cell, which shifts the
/// cells after it, ends the table instead of misplacing them.
fn fits_indicator(head: &str, cell: &str) -> bool {
    if holds(head, "属性") {
        return cell.ends_with('性') && crate::grammar::chars_in(cell, 2, 4);
    }
    if indicator_value(head) {
        return crate::grammar::chars_in(cell, 1, MAX_VALUE)
            && punct::find_prose_punct(cell).is_none()
            && (cell.chars().any(crate::grammar::numeral::is_digit)
                || matches!(cell, "—" | "－" | "-" | "/" | "／" | "——"));
    }
    crate::grammar::chars_in(cell, 1, MAX_INDICATOR) && !cell.contains(punct::JUHAO) && marker(cell).is_none()
}

/// A plan's indicator table flattened one cell per line, with no 序号
/// column to anchor its rows (`指标` / `2020年` / `2025年` / `属性`, then
/// each row's cells in turn): the header runs from its 指标 or 类别 cell
/// over the cells of [`indicator_header`]'s kinds; each row is as many
/// lines, read while every cell fits its column ([`fits_indicator`]).
pub(super) fn flattened_indicators<'c>(body: &[Line<'c>], at: usize) -> Option<Read<'c>> {
    let mut end = at + 1;
    while end < body.len()
        && end - at < MAX_COLUMNS
        && header_like(body[end].text)
        && (holds(body[end].text, "指标") || indicator_value(body[end].text))
    {
        end += 1;
    }
    let header: Vec<&'c str> = body[at..end].iter().map(|l| l.text).collect();
    if header.len() < 3 || !indicator_header(&header) {
        return None;
    }
    let width = header.len();
    let mut rows = Vec::new();
    let mut i = end;
    while i + width <= body.len() && body[i..i + width].iter().zip(&header).all(|(l, h)| fits_indicator(h, l.text)) {
        rows.push(RawRow::new(body[i..i + width].iter().map(|l| Parts::One(l.text)).collect(), false));
        i += width;
    }
    if rows.is_empty() {
        return None;
    }
    Some((TableForm::Flattened, one_level(header), rows, at..i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indicator_headers() {
        for h in [
            &["指标", "2020年", "2025年", "属性"][..],
            &["类别", "主要指标", "2020年基期值", "2025年目标值", "属性"],
            &["指标名称", "现状值", "目标值"],
            &["序号", "指标", "2020年", "2035年", "属性"],
        ] {
            assert!(indicator_header(h), "{h:?}");
        }
        for h in [
            &["指标", "说明"][..],
            &["项目", "2020年", "2025年"],
            &["指标", "指标解释"],
            &["名称", "属性"],
            &["指标", "2020"],
        ] {
            assert!(!indicator_header(h), "{h:?}");
        }
        assert!(indicator_start("指标\t2020年") && indicator_start("类别\t指标"));
        // a flattened one: rows read while each cell fits its column
        let lines: Vec<Line<'_>> = [
            "指标",
            "2020年",
            "2025年",
            "属性",
            "粮食综合生产能力（万吨）",
            "50",
            "52",
            "约束性",
            "农村居民人均可支配收入增速（%）",
            "8",
            "7.5",
            "预期性",
            "二、重点任务",
            "（一）稳定粮食生产。",
        ]
        .iter()
        .map(|t| Line { text: t, start: 0 })
        .collect();
        let (_, header, rows, range) = flattened_indicators(&lines, 0).unwrap();
        assert_eq!((header.len(), rows.len(), range), (4, 2, 0..12));
        // a merged cell shifts the rest: the table ends before it
        let lines: Vec<Line<'_>> =
            ["类别", "指标", "2020年", "属性", "设施", "里程", "65", "预期性", "服务率", "45", "预期性"]
                .iter()
                .map(|t| Line { text: t, start: 0 })
                .collect();
        assert_eq!(flattened_indicators(&lines, 0).map(|r| r.2.len()), Some(1));
        // no values after the header: no table
        let lines: Vec<Line<'_>> =
            ["指标", "2020年", "2025年", "说明文字。"].iter().map(|t| Line { text: t, start: 0 }).collect();
        assert!(flattened_indicators(&lines, 0).is_none());
        assert!(!indicator_start("主要指标\t2020年"));
    }
}
