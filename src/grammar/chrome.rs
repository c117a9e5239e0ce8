//! Web-page furniture a scraper copies with the text: 来源：…, 字号：大 中 小,
//! 【字体：大 中 小】, 打印本页, 关闭窗口, 扫一扫在手机打开当前页, 分享到：,
//! breadcrumbs (首页 > 政务公开 > …, 当前位置：…), a news agency's dateline on a
//! line of its own (新华社北京2月13日电), a server-page directive (`<%@ page … %>`), a site's footer (主办：…　承办：…,
//! 网站标识码…, 京ICP备…号, 版权所有, Copyright ©, 技术支持：…, 网站地图, 联系我们). Such a line is never a title, an
//! addressee or a paragraph: it is dropped with a `page-chrome` diagnostic.

use crate::punct;

/// Longest chrome line, in characters.
const MAX_CHROME_CHARS: usize = 60;

/// Whole lines that are chrome (brackets 【】 and white space ignored).
const LINES: &[&str] = &[
    "打印本页",
    "打印",
    "关闭窗口",
    "关闭",
    "打印关闭",
    "打印本页关闭窗口",
    "扫一扫在手机打开当前页",
    "扫一扫在手机上打开当前页",
    "原文下载",
    "收藏",
    "分享",
    "网站地图",
    "联系我们",
];

/// Longest line of a site's footer, in characters (its parts run together:
/// 主办：…　承办：…　网站标识码：…　京ICP备…号　京公网安备…号).
const MAX_FOOTER_CHARS: usize = 160;

/// The first characters of chrome lines (a set: one load and compare for
/// every line, where a match branched on each).
const FIRSTS: super::CharSet = super::CharSet::new(&[
    '打', '关', '扫', '字', '【', '[', '分', '首', '当', '来', '新', '原', '收', '网', '联', '主', '版', '政', '技',
    'C', '©',
]);

/// Whether a (trimmed) line is page furniture.
pub(crate) fn is_chrome(text: &str) -> bool {
    // cheap first: the first character, then the length
    let Some(first) = text.chars().next() else { return false };
    // a server-page directive left in the text: <%@ page … %>
    if first == '<' {
        return text.starts_with("<%") && text.ends_with("%>");
    }
    if !FIRSTS.contains(first) {
        return false;
    }
    // every chrome line starts (brackets and white space aside) with one of
    // a few words of two characters: the second one rejects most titles and
    // sentences that share the first (关于…, 新型…) before anything is
    // counted or allocated
    let second =
        text[first.len_utf8()..].chars().find(|&c| !punct::is_space(c) && !matches!(c, '【' | '】' | '[' | ']'));
    let expected: &[char] = match first {
        '打' => &['印'],
        '关' => &['闭'],
        '扫' => &['一'],
        '字' => &['号', '体'],
        '分' => &['享'],
        '首' => &['页'],
        '当' => &['前'],
        '来' => &['源'],
        '新' => &['华'],
        '原' => &['文'],
        '收' => &['藏'],
        '网' => &['站'],
        '联' => &['系'],
        '主' => &['办'],
        '版' => &['权'],
        '政' => &['府'],
        '技' => &['术'],
        'C' => &['o'],
        _ => &[],
    };
    if !expected.is_empty() && !second.is_some_and(|c| expected.contains(&c)) {
        return false;
    }
    if matches!(first, '主' | '版' | '政' | '技' | 'C' | '©' | '网') && is_footer(text) {
        return true;
    }
    if text.len() > MAX_CHROME_CHARS * 4 || text.chars().count() > MAX_CHROME_CHARS {
        return false;
    }
    let squeezed: String =
        text.chars().filter(|&c| !punct::is_space(c) && !matches!(c, '【' | '】' | '[' | ']')).collect();
    let s = squeezed.as_str();
    if LINES.contains(&s) {
        return true;
    }
    // 字号：大 中 小, 字体：大中小, with or without 打印/关闭 after it
    for key in ["字号", "字体"] {
        if let Some(rest) = s.strip_prefix(key) {
            if rest.trim_start_matches(punct::is_colon).starts_with("大中小") {
                return true;
            }
        }
    }
    // 分享到：微信 微博 …
    if s.starts_with("分享到") {
        return true;
    }
    // 首页 > 政务公开 > 政策文件, 当前位置：首页 > …
    let crumbs = |s: &str| s.contains(['>', '＞', '»', '›']);
    if (s.starts_with("首页") && crumbs(s)) || s.starts_with("当前位置") {
        return true;
    }
    // 来源：某某网 (a short source line, no sentence)
    if let Some(rest) = s.strip_prefix("来源") {
        let mut chars = rest.chars();
        return chars.next().is_some_and(punct::is_colon) && punct::find_prose_punct(chars.as_str()).is_none();
    }
    // a news agency's dateline alone on its line: 新华社北京2月13日电
    s.starts_with("新华社") && s.ends_with('电') && s.chars().count() <= 20
}

/// Whether a line (its first two characters checked by the caller) is a
/// site's footer: its copyright (版权所有…, Copyright ©…, © 2024 …), the
/// maker (技术支持：…), the site's registration (网站标识码…, 政府网站标识码…,
/// a line holding ICP备), or 主办：… with another of a footer's parts on the
/// same line (承办, 版权, 标识码, ICP备, 技术支持). 主办：X alone is kept: it is
/// also how an event's notice names its organiser.
fn is_footer(text: &str) -> bool {
    if text.len() > MAX_FOOTER_CHARS * 4 || text.chars().count() > MAX_FOOTER_CHARS {
        return false;
    }
    let parts = ["承办", "版权所有", "网站标识码", "ICP备", "技术支持"];
    let registered = || text.contains("网站标识码") || text.contains("ICP备");
    if text.starts_with("版权所有") || text.starts_with("Copyright") || text.starts_with('©') {
        return true;
    }
    if let Some(rest) = text.strip_prefix("技术支持") {
        return rest.starts_with(punct::is_colon);
    }
    if let Some(rest) = text.strip_prefix("主办") {
        let rest = rest.strip_prefix("单位").unwrap_or(rest);
        return rest.starts_with(punct::is_colon) && parts.iter().any(|p| rest.contains(p));
    }
    (text.starts_with("网站标识码") || text.starts_with("政府网站标识码")) || (text.starts_with('网') && registered())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_lines() {
        for line in [
            "来源：某省人民政府网站",
            "来源: 某市发展改革委",
            "字号：大 中 小",
            "【字体：大 中 小】",
            "【打印本页】【关闭窗口】",
            "打印本页",
            "关闭窗口",
            "扫一扫在手机打开当前页",
            "分享到：",
            "首页 > 政务公开 > 政策文件",
            "当前位置：首页 > 信息公开",
            "新华社北京2月13日电",
            "【原文下载】",
            "打 印",
            "关　闭",
            "收藏",
            "分享",
            "字体：大中小",
            "【 来源：某区政府 】",
            "<%@ page contentType=\"text/html;charset=UTF-8\" language=\"java\" %>",
            "主办：某某市人民政府办公室　承办：某某市大数据中心",
            "主办单位：某某县人民政府 网站标识码：1234000001 某ICP备12345678号",
            "版权所有：某某市人民政府",
            "Copyright © 2024 某某市人民政府 All Rights Reserved",
            "© 2024 某某区人民政府",
            "技术支持：某某信息技术有限公司",
            "网站标识码：1234000001",
            "政府网站标识码：1234000001　京ICP备05070218号",
            "网站地图",
            "联系我们",
        ] {
            assert!(is_chrome(line), "{line}");
        }
    }

    #[test]
    fn text_lines_are_no_chrome() {
        for line in [
            "关于印发某某方案的通知",
            "来源于财政资金的项目，按规定管理。",
            "首页设置专栏，集中发布政策文件。",
            "分享经验做法，推广典型案例。",
            "打印机、复印机等办公设备纳入采购目录。",
            "新华社北京12月14日电 近日，中共中央、国务院印发了《纲要》，并发出通知。",
            "字号",
            "新型城镇化建设重点任务",
            "当年完成改造任务。",
            "收入分配制度改革",
            "原则上不再新增。",
            "<p>一、总体要求</p>",
            "主办：市商务局",
            "主办单位：某某市文化和旅游局",
            "版权保护工作由市版权局负责。",
            "技术支持单位应当具备相应资质。",
            "网站建设要符合规范。",
            "联系人：张三",
            "政府网站要及时发布信息。",
            "",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }
}
