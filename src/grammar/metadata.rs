//! The metadata block that gov.cn pages print above a document
//! (索引号 / 主题分类 / 发文机关 / 成文日期 / 标题 / 发文字号 / 发布日期), as
//! scrapers copy it: one `键：值` pair per line, several pairs on one line, or
//! a key on one line and its value on the next.

use super::date::{Date, date_line};
use super::doc_number::doc_number_line;
use crate::punct;
use crate::source::Line;

/// Keys of the block; a line must start with one of them to belong to it.
const KEYS: &[&str] = &[
    "索引号",
    "主题分类",
    "发文机关",
    "成文日期",
    "标题",
    "发文字号",
    "发布日期",
    "主题词",
    "公文种类",
    "文号",
    "发布机构",
    "生效日期",
    "有效性",
    "体裁分类",
    "组配分类",
];

/// What the block says, borrowed from the cleaned lines.
#[derive(Debug, Default)]
pub(crate) struct Metadata<'c> {
    /// Number of lines the block takes at the top.
    pub(crate) lines: usize,
    /// Number of `键：值` pairs read.
    pub(crate) fields: usize,
    pub(crate) issuer: Option<&'c str>,
    pub(crate) date: Option<Date>,
    pub(crate) title: Option<&'c str>,
    pub(crate) doc_number: Option<String>,
}

fn key_at(s: &str) -> Option<(&'static str, &str)> {
    KEYS.iter().find_map(|k| {
        let rest = s.strip_prefix(k)?;
        let rest = rest.trim_start_matches(punct::is_space);
        let mut chars = rest.chars();
        chars.next().filter(|&c| punct::is_colon(c)).map(|_| (*k, chars.as_str()))
    })
}

/// Split a line into its pairs: each key up to the next key.
fn pairs(line: &str) -> Vec<(&'static str, &str)> {
    let mut out = Vec::new();
    let Some((mut key, mut rest)) = key_at(line) else { return out };
    loop {
        // the next key starts after white space or right after the value
        let next = rest.char_indices().find_map(|(i, _)| key_at(&rest[i..]).map(|kv| (i, kv)));
        match next {
            Some((i, (k2, r2))) => {
                out.push((key, punct::trim(&rest[..i])));
                key = k2;
                rest = r2;
            }
            _ => {
                out.push((key, punct::trim(rest)));
                return out;
            }
        }
    }
}

/// Read the block at the top of `lines`, if there is one.
pub(crate) fn metadata<'c>(lines: &[Line<'c>]) -> Metadata<'c> {
    let mut m = Metadata::default();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        let ps = pairs(line.text);
        if ps.is_empty() {
            break;
        }
        i += 1;
        for (k, mut v) in ps {
            // a key alone on its line takes the next line as its value
            if v.is_empty() && lines.get(i).is_some_and(|l| key_at(l.text).is_none()) {
                v = lines[i].text;
                i += 1;
            }
            m.fields += 1;
            match k {
                "发文机关" | "发布机构" if !v.is_empty() => m.issuer = Some(v),
                "成文日期" => m.date = date_line(v),
                "标题" if !v.is_empty() => m.title = Some(v),
                "发文字号" | "文号" => m.doc_number = doc_number_line(v),
                _ => {}
            }
        }
    }
    // one stray "标题：" line is no block
    m.lines = if m.fields >= 2 { i } else { 0 };
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::source::test_lines as lines;

    #[test]
    fn one_pair_per_line() {
        let text = "索引号：000014349/2018-00201\n主题分类：政府工作\n发文机关：国务院办公厅\n成文日期：2018年12月07日\n标题：国务院办公厅关于推进政务新媒体健康有序发展的意见\n发文字号：国办发〔2018〕123号\n发布日期：2018年12月27日\n国务院办公厅关于推进";
        let ls = lines(text);
        let m = metadata(&ls);
        assert_eq!(m.lines, 7);
        assert_eq!(m.issuer, Some("国务院办公厅"));
        assert_eq!(m.date.map(|d| d.iso()).as_deref(), Some("2018-12-07"));
        assert_eq!(m.title, Some("国务院办公厅关于推进政务新媒体健康有序发展的意见"));
        assert_eq!(m.doc_number.as_deref(), Some("国办发〔2018〕123号"));
    }

    #[test]
    fn several_pairs_per_line_and_values_on_the_next_line() {
        let text = "索引号：000014349/2018-00201主题分类：政府工作\n发文机关:\n国务院办公厅\n成文日期：2018年12月07日 发文字号：国办发[2018]123号\n正文";
        let ls = lines(text);
        let m = metadata(&ls);
        assert_eq!(m.lines, 4);
        assert_eq!(m.issuer, Some("国务院办公厅"));
        assert_eq!(m.doc_number.as_deref(), Some("国办发〔2018〕123号"));
        assert_eq!(m.date.map(|d| d.iso()).as_deref(), Some("2018-12-07"));
    }

    #[test]
    fn no_block() {
        assert_eq!(metadata(&lines("标题：一行\n正文")).lines, 0);
        assert_eq!(metadata(&lines("各省人民政府：\n正文")).lines, 0);
    }
}
