//! The metadata block that web pages print above a document, as scrapers
//! copy it: gov.cn's table (索引号 / 主题分类 / 发文机关 / 成文日期 / 标题 /
//! 发文字号 / 发布日期, keys spaced out as `标　　题` or `主 题 词`), one
//! `键：值` pair per line, several pairs on one line, or a key on one line and
//! its value on the next; markdown exports (`**发布日期**: …`, `- **文件名称**：…`,
//! a `# page title` line above the pairs, `---` rules, `## 政策全文`); YAML
//! front matter (`---` / `标题: …` / `---`) and the `> ` notes a scraper
//! puts right under it.

use super::date::{Date, date_line};
use super::doc_number::doc_number_line;
use crate::punct;
use crate::source::Line;
use std::borrow::Cow;

/// Keys of the block; a line must start with one of them to belong to it.
/// (Longer keys before the keys they start with.)
const KEYS: &[&str] = &[
    "索引号",
    "主题分类",
    "发文机关",
    "发文单位",
    "成文日期",
    "标题",
    "发文字号",
    "发布日期",
    "主题词",
    "公文种类",
    "文号",
    "发布机构",
    "发布机关",
    "发布部门",
    "发布单位",
    "生效日期",
    "有效性",
    "体裁分类",
    "组配分类",
    "名称",
    "文件名称",
    "文件编号",
    "文档类型",
    "文档",
    "分类",
    "来源",
    "原文链接",
    "官方链接",
    "检索时间",
    "检索关键词",
    "层级",
    "类型",
    "状态",
    "实施日期",
    "施行日期",
    "时效性",
    "效力级别",
];

/// Lines that belong to a block without being pairs: markdown rules and
/// the headings a markdown export puts around the pairs.
const FILLERS: &[&str] = &["---", "--", "***", "基本信息", "政策全文"];

/// What the block says, borrowed from the cleaned lines.
#[derive(Debug, Default)]
pub(crate) struct Metadata<'c> {
    /// Number of lines the block takes at the top.
    pub(crate) lines: usize,
    /// Number of `键：值` pairs read.
    pub(crate) fields: usize,
    pub(crate) issuer: Option<&'c str>,
    pub(crate) date: Option<Date>,
    /// The value the date was read from.
    pub(crate) date_text: Option<&'c str>,
    pub(crate) title: Option<&'c str>,
    pub(crate) doc_number: Option<String>,
}

/// `key` at the start of `s`, white space allowed between its characters
/// (`标　　题`), then a colon: the key and what follows the colon.
fn spaced_key<'s>(s: &'s str, key: &str) -> Option<&'s str> {
    let mut rest = s;
    for (n, k) in key.chars().enumerate() {
        if n > 0 {
            rest = rest.trim_start_matches(punct::is_space);
        }
        rest = rest.strip_prefix(k)?;
    }
    let rest = rest.trim_start_matches(punct::is_space);
    let mut chars = rest.chars();
    chars.next().filter(|&c| punct::is_colon(c)).map(|_| chars.as_str())
}

fn key_at(s: &str) -> Option<(&'static str, &str)> {
    // a key starts the text (no space before it): its first character
    // rejects most lines before the keys are compared
    if !starts_like_key(s) {
        return None;
    }
    KEYS.iter().find_map(|k| spaced_key(s, k).map(|rest| (*k, rest)))
}

/// Whether `s` starts with the first character of one of [`KEYS`] (a test
/// checks each).
fn starts_like_key(s: &str) -> bool {
    matches!(
        s.chars().next(),
        Some(
            '索' | '主'
                | '发'
                | '成'
                | '标'
                | '公'
                | '文'
                | '生'
                | '有'
                | '体'
                | '组'
                | '名'
                | '分'
                | '来'
                | '原'
                | '官'
                | '检'
                | '层'
                | '类'
                | '状'
                | '实'
                | '施'
                | '时'
                | '效'
        )
    )
}

/// A markdown list bullet before a pair (`- **文件名称**：…`).
fn unbullet(s: &str) -> &str {
    s.strip_prefix(['-', '*', '\u{00B7}']).map_or(s, |r| r.trim_start_matches(punct::is_space))
}

fn is_filler(s: &str) -> bool {
    FILLERS.contains(&s)
}

/// Split a line into its pairs: each key up to the next key.
fn pairs(line: &str) -> Vec<(&'static str, &str)> {
    let mut out = Vec::new();
    let Some((mut key, mut rest)) = key_at(unbullet(line)) else { return out };
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
    // a page title above the pairs (`# 标题` of a markdown export)
    let mut page_title = None;
    let opens_block = |l: &Line<'_>| is_filler(l.text) || key_at(unbullet(l.text)).is_some();
    if lines.len() > 1
        && key_at(unbullet(lines[0].text)).is_none()
        && !is_filler(lines[0].text)
        && opens_block(&lines[1])
        && super::notice::is_title_like(lines[0].text, super::notice::MAX_TITLE_CHARS)
    {
        page_title = Some(lines[0].text);
        i = 1;
    }
    // where the last pair or rule ended (fillers after it belong to the block)
    let mut end = i;
    let mut closed_by_rule = false;
    let mut page_only = false;
    while let Some(line) = lines.get(i) {
        if is_filler(line.text) {
            closed_by_rule = line.text.starts_with('-');
            i += 1;
            end = i;
            continue;
        }
        // a scraper's note right under a rule that closes the block
        if closed_by_rule && line.text.starts_with('>') && m.fields > 0 {
            i += 1;
            end = i;
            continue;
        }
        let ps = pairs(line.text);
        if ps.is_empty() {
            // a page's files to download under its pairs (`**附件**:` and one
            // markdown link a line): the page's, no 附件 label of the text
            let files = if m.fields > 0 { file_list(&lines[i..]) } else { 0 };
            if files == 0 {
                break;
            }
            i += files;
            end = i;
            continue;
        }
        closed_by_rule = false;
        i += 1;
        // (whether the block's first pair is one only a page prints, with a
        // value and no prose)
        if m.fields == 0 {
            page_only = ps.len() == 1
                && PAGE_ONLY_KEYS.contains(&ps[0].0)
                && !ps[0].1.is_empty()
                && punct::find_prose_punct(ps[0].1).is_none();
        }
        for (k, mut v) in ps {
            // a key alone on its line takes the next line as its value,
            // unless that line starts the title (the text itself begins)
            if v.is_empty()
                && lines.get(i).is_some_and(|l| {
                    key_at(unbullet(l.text)).is_none()
                        && !is_filler(l.text)
                        && !m.title.is_some_and(|t| t.starts_with(l.text) && t.len() > l.text.len())
                })
            {
                v = lines[i].text;
                i += 1;
            }
            m.fields += 1;
            match k {
                "发文机关" | "发文单位" | "发布机构" | "发布机关" | "发布部门" | "发布单位" if !v.is_empty() =>
                {
                    m.issuer = m.issuer.or(Some(v));
                    if k.starts_with("发文") {
                        m.issuer = Some(v);
                    }
                }
                "成文日期" => {
                    m.date = date_line(v);
                    m.date_text = m.date.and(Some(v));
                }
                "标题" | "名称" | "文件名称" if !v.is_empty() => m.title = Some(v),
                "发文字号" | "文号" | "文件编号" => {
                    m.doc_number = doc_number_line(v).map(Cow::into_owned).or(m.doc_number.take())
                }
                _ => {}
            }
        }
        end = i;
    }
    if m.title.is_none() {
        m.title = page_title;
    }
    // one stray "标题：" line is no block; one field that only a web page
    // prints (`**发布日期**: 2025-06-01` under a page title) is
    m.lines = if m.fields >= 2 || (m.fields == 1 && page_only) { end } else { 0 };
    m
}

/// The key of a page's list of files to download (`**附件**:` of a markdown
/// export, its markers removed by cleaning).
const FILES_KEY: &str = "附件";

/// A page's list of files under its metadata pairs: `附件:` alone on its
/// line, then one markdown link a line (`- [名称.pdf](./名称.pdf) (pdf)`),
/// one at least: the number of lines it takes (0: none). A 附件 label of
/// the text (`附件：1.某某方案`, `附件` over a title) has no link under it.
fn file_list(lines: &[Line<'_>]) -> usize {
    let Some(rest) = lines.first().and_then(|l| l.text.strip_prefix(FILES_KEY)) else { return 0 };
    let mut chars = rest.chars();
    if !chars.next().is_some_and(punct::is_colon) || !punct::trim(chars.as_str()).is_empty() {
        return 0;
    }
    let links = lines[1..].iter().take_while(|l| is_link_line(l.text)).count();
    if links == 0 { 0 } else { 1 + links }
}

/// A markdown list item that is a link: `- [text](target)`, anything after;
/// or, once the layout pass has cut the link's address (`grammar::link`), an
/// item that is a file's name: `- 名称.pdf (pdf)`, `- 名称.docx`.
fn is_link_line(text: &str) -> bool {
    let item = unbullet(text);
    item.len() < text.len() && ((item.starts_with('[') && item.contains("](")) || is_file_name(item))
}

/// Extensions of the files a page offers to download.
const FILE_EXTENSIONS: [&str; 12] =
    ["pdf", "doc", "docx", "xls", "xlsx", "wps", "et", "ofd", "zip", "rar", "jpg", "png"];

/// Whether an item is a file's name, its type in brackets after it aside:
/// `名称.pdf`, `名称.pdf (pdf)`, `名称.xlsx（xlsx）`.
fn is_file_name(item: &str) -> bool {
    let mut name = item.trim_end();
    if let Some(inner) = name.strip_suffix(punct::is_rparen) {
        if let Some(k) = inner.rfind(punct::is_lparen) {
            name = inner[..k].trim_end();
        }
    }
    name.rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && FILE_EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e)))
}

/// Keys that only a web page's metadata uses, never a document's own text:
/// one such pair alone is a block.
const PAGE_ONLY_KEYS: [&str; 6] = ["发布日期", "索引号", "原文链接", "官方链接", "检索时间", "发布机构"];

#[cfg(test)]
mod tests {
    use super::*;

    use crate::source::test_lines as lines;

    /// A download list's item is a link, or a file's name once the link's
    /// address is cut; a list item of text is neither.
    #[test]
    fn a_download_item_is_a_link_or_a_file_name() {
        assert!(is_link_line("- [方案.pdf](./方案.pdf) (pdf)"));
        assert!(is_link_line("- 某某空间布局图.pdf (pdf)"));
        assert!(is_link_line("* 附表.XLSX"));
        assert!(is_link_line("- 名单.docx（docx）"));
        assert!(!is_link_line("- 加强组织领导。"));
        assert!(!is_link_line("- 2.5"));
        assert!(!is_link_line("方案.pdf"));
        assert!(!is_link_line("- .pdf"));
    }

    #[test]
    fn every_key_starts_like_a_key() {
        for k in KEYS {
            assert!(starts_like_key(k), "{k}");
        }
        assert!(!starts_like_key("关于") && !starts_like_key(""));
    }

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

    #[test]
    fn spaced_keys_and_a_title_that_begins_the_text() {
        // gov.cn's table: spaced keys, an empty 主题词 whose next line begins the text
        let text = "索 引 号：\n000014349/2018-00227\n发文机关：\n国务院\n成文日期：\n2018年12月28日\n标　　题：\n国务院关于某项奖励的决定\n发文字号：\n国发〔2018〕44号\n主 题 词：\n国务院关于某项\n奖励的决定";
        let ls = lines(text);
        let m = metadata(&ls);
        assert_eq!(m.lines, 11);
        assert_eq!(m.title, Some("国务院关于某项奖励的决定"));
        assert_eq!(m.doc_number.as_deref(), Some("国发〔2018〕44号"));
        // a 主题词 value that is keywords is read
        let text = "标　　题：\n国务院关于某项奖励的决定\n主 题 词：\n科技　奖励　决定\n国务院关于某项";
        assert_eq!(metadata(&lines(text)).lines, 4);
    }

    #[test]
    fn markdown_export_with_a_page_title() {
        // after cleaning: `# 标题` and `**发布日期**: …` lose their markers
        let text = "某部关于推动某产业发展的实施意见\n发布日期: 2024年1月\n发布机构: 某部\n分类:\n来源: https://example.cn/a.htm\n---\n政策全文\n某部关于推动某产业发展的实施意见\n某部联科〔2024〕12号";
        let ls = lines(text);
        let m = metadata(&ls);
        assert_eq!(m.lines, 7);
        assert_eq!(m.title, Some("某部关于推动某产业发展的实施意见"));
        assert_eq!(m.issuer, Some("某部"));
        // a bulleted list of pairs under a heading
        let text = "基本信息\n- 文档类型：政策类\n- 文件名称：某市行动计划\n- 文件编号：某科〔2025〕5号\n某市行动计划";
        let ls = lines(text);
        let m = metadata(&ls);
        assert_eq!((m.lines, m.title), (4, Some("某市行动计划")));
        assert_eq!(m.doc_number.as_deref(), Some("某科〔2025〕5号"));
        // 发布机关 / 发布部门 name the issuer
        for key in ["发布机关", "发布部门"] {
            let text = format!(
                "某省数字经济发展规划\n{key}: 某省人民政府办公厅\n发文字号: 某政办发〔2022〕7号\n第一章　发展环境"
            );
            let ls = lines(&text);
            let m = metadata(&ls);
            assert_eq!((m.lines, m.issuer), (3, Some("某省人民政府办公厅")), "{key}");
        }
    }

    #[test]
    fn yaml_front_matter_and_its_note() {
        let text = "---\n标题: 某区关于转发某方案的通知\n文号: 某府办发〔2017〕16号\n发布单位: 某区人民政府办公室\n状态: 有效\n---\n> 本文正文由脚本提取，以官方发布版本为准。\n某区关于转发某方案的通知\n各街道：";
        let ls = lines(text);
        let m = metadata(&ls);
        assert_eq!(m.lines, 7);
        assert_eq!(m.issuer, Some("某区人民政府办公室"));
        assert_eq!(m.doc_number.as_deref(), Some("某府办发〔2017〕16号"));
        // a title line followed by text is no page title
        assert_eq!(metadata(&lines("某市行动计划\n一、总体要求")).lines, 0);
    }

    #[test]
    fn a_page_list_of_files_under_the_pairs() {
        // `**附件**:` and its links (markers removed by cleaning), then the text
        let text = "某市关于印发《某某方案》的通知\n发布日期: 2025-03-10\n发布机构: 某市科委\n附件:\n- [某某布局图.pdf](./某某布局图.pdf) (pdf)\n- [某某清单.xlsx](./某某清单.xlsx)\n---\n某科〔2025〕7号\n各有关单位：";
        let ls = lines(text);
        let m = metadata(&ls);
        assert_eq!((m.lines, m.fields), (7, 2));
        // a 附件 label with no link under it is the text's
        let text =
            "某市关于印发《某某方案》的通知\n发布日期: 2025-03-10\n发布机构: 某市科委\n附件:\n某某布局图\n各有关单位：";
        assert_eq!(metadata(&lines(text)).lines, 3);
        let text = "发布日期: 2025-03-10\n发布机构: 某市科委\n附件：1.某某方案\n- [某某.pdf](./a.pdf)";
        assert_eq!(metadata(&lines(text)).lines, 2);
        // no pair before it: no block
        assert_eq!(metadata(&lines("附件:\n- [某某.pdf](./a.pdf)\n正文")).lines, 0);
    }

    #[test]
    fn one_pair_only_a_page_prints() {
        let l = crate::source::test_lines(
            "某市关于某某工作的通知\n发布日期: 2025-06-01\n各区人民政府：\n现将有关事项通知如下：",
        );
        let m = metadata(&l);
        assert_eq!((m.lines, m.fields, m.title), (2, 1, Some("某市关于某某工作的通知")));
        let l = crate::source::test_lines("发布日期：2025年6月1日\n各区人民政府：");
        assert_eq!(metadata(&l).lines, 1);
        // one pair a document may print itself is no block
        for t in ["标题：某某\n正文。", "文号：某政发〔2025〕1号\n正文。", "发布日期：本办法发布之日，即施行。\n正文。"]
        {
            assert_eq!(metadata(&crate::source::test_lines(t)).lines, 0, "{t}");
        }
    }
}
