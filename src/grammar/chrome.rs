//! Web-page furniture a scraper copies with the text: 来源：…, 字号：大 中 小,
//! 【字体：大 中 小】, 打印本页, 关闭窗口, 扫一扫在手机打开当前页, 分享到：,
//! breadcrumbs (首页 > 政务公开 > …, 当前位置：…), a news agency's dateline on a
//! line of its own (新华社北京2月13日电), a server-page directive (`<%@ page … %>`), a site's footer (主办：…　承办：…,
//! 网站标识码…, 京ICP备…号, 版权所有, Copyright ©, 技术支持：…, 网站地图, 联系我们), a portal's info line
//! (发布时间/更新时间 + 来源 + 浏览次数 …, see [`info_line`]) and its editors (编辑：…　审核：…), a
//! WeChat article's furniture (the `原创 某某发布 2024-05-20 18:30` byline, 点击上方蓝字关注我们,
//! 长按识别二维码, 分享 点赞 在看, 阅读原文, （本文来源：…）, ——END——). Such a line is never a title, an
//! addressee or a paragraph: it is dropped with a `page-chrome` diagnostic.
//!
//! A portal's 发布时间 is when the page went up, not the document's 成文日期,
//! and its 来源/发布机构 the office that posted it: the info line is chrome, not
//! metadata (the document's own signature names issuer and date). A
//! `发布日期：…` or `发布机构：…` pair alone on its line is left to the
//! metadata block, which reads gov.cn's table.

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
    "关注我们",
    // a WeChat article's list of more articles under it
    "往期推荐",
    "往期回顾",
    "往期精选",
];

/// Longest line of a site's footer, in characters (its parts run together:
/// 主办：…　承办：…　网站标识码：…　京ICP备…号　京公网安备…号).
const MAX_FOOTER_CHARS: usize = 160;

/// The first characters of chrome lines (a set: one load and compare for
/// every line, where a match branched on each).
const FIRSTS: super::CharSet<512> = super::CharSet::new(&[
    '打',
    '关',
    '扫',
    '字',
    '【',
    '[',
    '分',
    '首',
    '当',
    '来',
    '新',
    '原',
    '收',
    '网',
    '联',
    '主',
    '版',
    '政',
    '技',
    'C',
    '©', // info and staff lines
    '发',
    '更',
    '时',
    '日',
    '信',
    '文',
    '稿',
    '作',
    '浏',
    '阅',
    '访',
    '点',
    '责',
    '编',
    '审',
    '校',
    '一',
    '二',
    '三',
    '摄',
    '撰',
    '供', // WeChat
    '长',
    '在',
    '转',
    '写',
    '留',
    '终',
    '复',
    '初',
    '美',
    '图',
    '监',
    '排',
    '往',
    '喜',
    '↓',
    '⬇',
    '▼',
    '👇',
    punct::FW_LPAREN,
    '(',
    punct::EM_DASH,
    punct::HORIZONTAL_BAR,
    '-',
    punct::FW_HYPHEN,
    'E',
]);

/// What a (trimmed) line is to page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Chrome {
    /// No furniture.
    No,
    /// Furniture wherever it stands.
    Line,
    /// A staff pair that alone on its line is no furniture (审核：李四, 作者：张三,
    /// 文字丨张三): furniture right under a furniture line (an article's
    /// editors, 编辑：张三 then 审核：李四), which the caller knows.
    Staff,
    /// A WeChat article's time stamp (`2025-06-05 18:30 发表于某省`, the
    /// byline `原创 某某发布 2025-06-05 18:30`): furniture, and the line right
    /// above it, when it is the text's first and reads as an account's name
    /// ([`is_account_name`]), is furniture too, which the caller knows.
    Stamp,
}

/// Whether a (trimmed) line is page furniture wherever it stands.
#[cfg(test)]
pub(crate) fn is_chrome(text: &str) -> bool {
    matches!(chrome(text), Chrome::Line | Chrome::Stamp)
}

impl From<bool> for Chrome {
    fn from(chrome: bool) -> Chrome {
        if chrome { Chrome::Line } else { Chrome::No }
    }
}

/// What a (trimmed) line is to page furniture.
pub(crate) fn chrome(text: &str) -> Chrome {
    // cheap first: the first character, then the length
    let Some(first) = text.chars().next() else { return Chrome::No };
    // a server-page directive left in the text: <%@ page … %>
    if first == '<' {
        return Chrome::from(text.starts_with("<%") && text.ends_with("%>"));
    }
    // a WeChat article's time stamp: 2025-06-05 18:30 (four digits then a
    // date's mark rejects the numbered lines)
    if first.is_ascii_digit() {
        return if time_stamp(text) { Chrome::Stamp } else { Chrome::No };
    }
    if !FIRSTS.contains(first) {
        return Chrome::No;
    }
    // first characters that open many lines of a document ((一)…, 一、…,
    // ——坚持…) and few chrome lines: their chrome is read off the next
    // bytes or the line's end, before the second character is looked for
    let rest = &text[first.len_utf8()..];
    match first {
        punct::FW_LPAREN | '(' => {
            return Chrome::from(rest.starts_with(['本', '文', '稿', '转']) && is_source_note(text));
        }
        // (一审：甲　二审：乙, 二审：乙 alone: an editor's line)
        '一' | '二' | '三' => return (rest.starts_with('审') && info_line(text)).into(),
        punct::EM_DASH | punct::HORIZONTAL_BAR | '-' | punct::FW_HYPHEN | 'E' => return is_end_marker(text).into(),
        // ↓↓↓ over a WeChat article's QR code
        '↓' | '⬇' | '▼' | '👇' => {
            return text.chars().all(|c| punct::is_space(c) || ARROWS.contains(&c)).into();
        }
        _ => {}
    }
    // every chrome line starts (brackets and white space aside) with one of
    // a few words of two characters: the second one rejects most titles and
    // sentences that share the first (关于…, 新型…) before anything is
    // counted or allocated
    let second = rest.chars().find(|&c| !punct::is_space(c) && !matches!(c, '【' | '】' | '[' | ']'));
    let expected: &[char] = match first {
        '打' => &['印'],
        '关' => &['闭', '注'],
        '扫' => &['一', '码', '描'],
        '字' => &['号', '体'],
        '分' => &['享'],
        '首' => &['页'],
        '当' => &['前'],
        '来' => &['源'],
        '新' => &['华'],
        '原' => &['文', '创'],
        '收' => &['藏'],
        '网' => &['站'],
        '联' => &['系'],
        '主' => &['办'],
        '版' => &['权'],
        '政' => &['府'],
        '技' => &['术'],
        'C' => &['o'],
        '发' => &['布', '稿'],
        '更' => &['新'],
        '时' => &['间'],
        '日' => &['期'],
        '信' => &['息'],
        '文' => &['章', '字'],
        '稿' | '供' => &['件', '稿'],
        '作' => &['者'],
        '浏' => &['览'],
        '阅' => &['读'],
        '访' => &['问'],
        '点' => &['击', '赞', '个', '亮'],
        '责' => &['任', '编'],
        '编' => &['辑'],
        '审' => &['核', '校'],
        '校' => &['对'],
        '摄' => &['影'],
        '撰' => &['稿'],
        '长' => &['按'],
        '在' => &['看'],
        '转' => &['发'],
        '写' => &['留'],
        '留' => &['言'],
        '终' | '复' | '初' => &['审'],
        '美' => &['编'],
        '图' => &['片'],
        '监' => &['制'],
        '排' => &['版'],
        '往' => &['期'],
        '喜' => &['欢'],
        _ => &[],
    };
    if !expected.is_empty() && !second.is_some_and(|c| expected.contains(&c)) {
        return Chrome::No;
    }
    // (a staff pair alone: chrome under another chrome line)
    match info_pairs(text).or_else(|| barred(text, info_pairs)) {
        Some(true) => return Chrome::Line,
        Some(false) if STAFF_KEYS.iter().any(|k| text.starts_with(k)) => return Chrome::Staff,
        _ => {}
    }
    if matches!(first, '主' | '版' | '政' | '技' | 'C' | '©' | '网') && is_footer(text) {
        return Chrome::Line;
    }
    if text.len() > MAX_CHROME_CHARS * 4 || text.chars().count() > MAX_CHROME_CHARS {
        return Chrome::No;
    }
    let squeezed: String =
        text.chars().filter(|&c| !punct::is_space(c) && !matches!(c, '【' | '】' | '[' | ']')).collect();
    let s = squeezed.as_str();
    if LINES.contains(&s) {
        return Chrome::Line;
    }
    // 字号：大 中 小, 字体：大中小, with or without 打印/关闭 after it
    for key in ["字号", "字体"] {
        if let Some(rest) = s.strip_prefix(key) {
            if rest.trim_start_matches(punct::is_colon).starts_with("大中小") {
                return Chrome::Line;
            }
        }
    }
    // 分享到：微信 微博 …
    if s.starts_with("分享到") {
        return Chrome::Line;
    }
    // 首页 > 政务公开 > 政策文件, 当前位置：首页 > …
    let crumbs = |s: &str| s.contains(['>', '＞', '»', '›']);
    if (s.starts_with("首页") && crumbs(s)) || s.starts_with("当前位置") {
        return Chrome::Line;
    }
    // 来源：某某网 (a short source line, no sentence)
    if let Some(rest) = s.strip_prefix("来源") {
        let mut chars = rest.chars();
        return Chrome::from(
            chars.next().is_some_and(punct::is_colon) && punct::find_prose_punct(chars.as_str()).is_none(),
        );
    }
    // a news agency's dateline alone on its line: 新华社北京2月13日电
    if s.starts_with("新华社") {
        return Chrome::from(s.ends_with('电') && s.chars().count() <= 20);
    }
    // the byline: dated, a stamp; undated (原创 某某环境 某某市生态环境局),
    // furniture only right under another furniture line
    if let Some(rest) = text.strip_prefix("原创") {
        return byline(text, rest);
    }
    // 阅读 1532, 阅读 10万+
    if let Some(rest) = s.strip_prefix("阅读") {
        if !rest.is_empty() && rest.starts_with(|c: char| c.is_ascii_digit()) && rest.chars().all(is_count_char) {
            return Chrome::Line;
        }
    }
    wechat(s).into()
}

/// A character of a WeChat count of readers: digits, 万, `+`, `.`, `,`.
fn is_count_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '万' | '+' | '.' | ',' | 'w' | 'W')
}

/// A WeChat byline `原创 某某发布 某某发布 2024-05-20 18:30 某某` (`rest` after
/// 原创): a stamp when dated, a staff line when it only names (原创 某某环境
/// 某某市生态环境局: furniture under the stamp).
fn byline(text: &str, rest: &str) -> Chrome {
    let plain = text.chars().count() <= MAX_CHROME_CHARS
        && !rest.contains(|c: char| punct::is_sentence_end(c) || punct::is_comma(c) || punct::is_semicolon(c));
    if !plain {
        Chrome::No
    } else if byline_date(rest) {
        Chrome::Stamp
    } else if !rest.is_empty() && punct::find_prose_punct(rest).is_none() && super::chars_in(rest, 2, MAX_BYLINE_NAMES)
    {
        Chrome::Staff
    } else {
        Chrome::No
    }
}

/// Most characters of the names of an undated byline after 原创.
const MAX_BYLINE_NAMES: usize = 30;

/// A WeChat article's time stamp alone on its line: a date
/// (`2025-06-05`, `2025/6/5`, `2025年06月05日`), a time (`18:30`) and at
/// most a place after it (`发表于某省`, `某省`).
fn time_stamp(text: &str) -> bool {
    let b = text.as_bytes();
    // (the first test: four digits and a date's mark)
    if b.len() < 10 || !b[..4].iter().all(u8::is_ascii_digit) || !matches!(b[4], b'-' | b'/' | 0xE5) {
        return false;
    }
    if text.len() > MAX_STAMP_CHARS * 4 {
        return false;
    }
    // the date: digits and its marks, up to the first space
    let date_end = text.find(|c: char| punct::is_space(c)).unwrap_or(text.len());
    let date = &text[..date_end];
    if !date.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '年' | '月' | '日')) {
        return false;
    }
    // the time: h:mm or hh:mm (seconds too)
    let rest = punct::trim(&text[date_end..]);
    let time_end = rest.find(|c: char| !(c.is_ascii_digit() || c == ':')).unwrap_or(rest.len());
    let time = &rest[..time_end];
    let parts: Vec<&str> = time.split(':').collect();
    if !(2..=3).contains(&parts.len()) || !parts.iter().all(|p| (1..=2).contains(&p.len())) {
        return false;
    }
    // a place: a few ideographs, 发表于 before them or not
    let place = punct::trim(&rest[time_end..]);
    let place = place.strip_prefix("发表于").unwrap_or(place);
    place.is_empty() || (super::chars_in(place, 1, MAX_PLACE) && super::all_ideographs(place))
}

/// Most characters of a time stamp line.
const MAX_STAMP_CHARS: usize = 40;

/// Most characters of the place after a time stamp (内蒙古自治区).
const MAX_PLACE: usize = 8;

/// Most characters of a WeChat account's name.
const MAX_ACCOUNT: usize = 20;

/// Whether a line, the first of the text right above a WeChat time stamp,
/// reads as the account's name (某某市生态环境局, 某某发布, 学习强国): short,
/// no prose mark, nothing of a title (关于, a genre's ending).
pub(crate) fn is_account_name(text: &str) -> bool {
    super::chars_in(text, 2, MAX_ACCOUNT)
        && punct::find_prose_punct(text).is_none()
        && !text.contains("关于")
        && !super::inline::ends_in_genre(text)
}

/// What the value of an info or staff pair is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    /// A date or time: digits, `-/:.`, 年月日时分秒.
    Date,
    /// A count of views: digits, or nothing (a page's script fills it in).
    Count,
    /// A name: short, no prose punctuation.
    Name,
    /// 大 中 小.
    Font,
}

/// Keys of a portal's info line and an article's staff line: the key, its
/// value, and whether the pair alone on a line is chrome (发布日期：… and
/// 发布机构：… alone are the metadata block's; 时间：…, 日期：…, 审核：…,
/// 作者：… alone are also a document's own, and 发布时间：… alone a press
/// conference's date under its transcript's title).
const PAIR_KEYS: &[(&str, Value, bool)] = &[
    ("发布时间", Value::Date, false),
    ("发布日期", Value::Date, false),
    ("发稿时间", Value::Date, true),
    ("更新时间", Value::Date, true),
    ("更新日期", Value::Date, true),
    ("时间", Value::Date, false),
    ("日期", Value::Date, false),
    ("来源", Value::Name, true),
    ("信息来源", Value::Name, true),
    ("文章来源", Value::Name, true),
    ("稿件来源", Value::Name, true),
    ("发布机构", Value::Name, false),
    ("作者", Value::Name, false),
    ("浏览次数", Value::Count, true),
    ("阅读次数", Value::Count, true),
    ("访问次数", Value::Count, true),
    ("点击次数", Value::Count, true),
    ("点击数", Value::Count, true),
    ("点击量", Value::Count, true),
    ("访问量", Value::Count, true),
    ("阅读量", Value::Count, true),
    ("浏览量", Value::Count, true),
    ("责任编辑", Value::Name, true),
    ("编辑", Value::Name, true),
    ("审核", Value::Name, false),
    ("审校", Value::Name, true),
    ("校对", Value::Name, true),
    ("初审", Value::Name, true),
    ("一审", Value::Name, true),
    ("二审", Value::Name, true),
    ("三审", Value::Name, true),
    ("复审", Value::Name, true),
    ("终审", Value::Name, true),
    ("摄影", Value::Name, false),
    ("撰稿", Value::Name, false),
    ("供稿", Value::Name, false),
    ("责编", Value::Name, true),
    ("美编", Value::Name, true),
    ("监制", Value::Name, true),
    ("排版", Value::Name, true),
    ("文字", Value::Name, false),
    ("图片", Value::Name, false),
    ("字号", Value::Font, false),
    ("字体", Value::Font, false),
];

/// Longest info line, in characters.
const MAX_INFO_CHARS: usize = 120;

/// Longest name in a pair, in characters.
const MAX_NAME_CHARS: usize = 30;

/// The key a word (a run of the line between spaces and brackets) opens,
/// and the value after its colon.
fn pair_key(word: &str) -> Option<(Value, bool, &str)> {
    PAIR_KEYS.iter().find_map(|&(k, v, alone)| {
        let rest = word.strip_prefix(k)?;
        let mut chars = rest.chars();
        chars.next().filter(|&c| punct::is_colon(c)).map(|_| (v, alone, chars.as_str()))
    })
}

/// Whether a word of a value fits the value's kind.
fn value_word(v: Value, w: &str) -> bool {
    match v {
        Value::Date => w.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, '-' | '/' | '.' | '年' | '月' | '日' | '时' | '分' | '秒')
                || punct::is_colon(c)
        }),
        Value::Count => w.chars().all(|c| c.is_ascii_digit() || c == '次'),
        Value::Name => punct::find_prose_punct(w).is_none(),
        Value::Font => w.chars().all(|c| matches!(c, '大' | '中' | '小')),
    }
}

/// A portal's info line or an article's staff line: pairs `键：值` of
/// [`PAIR_KEYS`] and nothing else, separated by white space or brackets
/// (发布时间：2024-03-05 10:21　来源：区政府办公室　浏览次数：1523;
/// 编辑：张三　审核：李四), each value of its key's kind; two pairs or more,
/// or one whose key alone makes chrome. An event's `时间：…　地点：…` is no
/// such line (地点 is no key, so `地点：…` is part of a value that is no
/// date), nor is `编辑：` before a sentence.
fn info_line(text: &str) -> bool {
    info_pairs(text) == Some(true)
}

/// Whether `text` is an info or staff line ([`info_line`]) whose pairs
/// are a key alone and its value (`Some(false)`: 审核：李四), or chrome
/// whatever stands around it (`Some(true)`).
fn info_pairs(text: &str) -> Option<bool> {
    if text.len() > MAX_INFO_CHARS * 4 {
        return None;
    }
    let mut words = text
        .split(|c: char| punct::is_space(c) || matches!(c, punct::LENTICULAR_L | punct::LENTICULAR_R | '[' | ']'))
        .filter(|w| !w.is_empty())
        .flat_map(glued_pairs);
    let (mut kind, alone, first) = words.next().and_then(pair_key)?;
    let (mut pairs, mut chars) = (1, 0);
    // the value so far: whether it is empty, its length in characters
    let mut empty = first.is_empty();
    let mut name_chars = first.chars().count();
    if !value_word(kind, first) {
        return None;
    }
    let value_ok = |kind: Value, empty: bool, name_chars: usize| match kind {
        Value::Count => true,
        Value::Name => !empty && name_chars <= MAX_NAME_CHARS,
        Value::Date | Value::Font => !empty,
    };
    for w in words {
        chars += w.chars().count();
        if chars > MAX_INFO_CHARS {
            return None;
        }
        if let Some((k, _, v)) = pair_key(w) {
            if !value_ok(kind, empty, name_chars) {
                return None;
            }
            pairs += 1;
            kind = k;
            empty = v.is_empty();
            name_chars = v.chars().count();
            if !value_word(k, v) {
                return None;
            }
        } else {
            if !value_word(kind, w) {
                return None;
            }
            empty = false;
            name_chars += w.chars().count();
        }
    }
    value_ok(kind, empty, name_chars).then_some(pairs > 1 || alone)
}

/// The bars a WeChat article writes between a key and its value (来源丨某某发布,
/// 编辑 | 张三): 丨 (an ideograph, U+4E28), `|` and ｜.
const BARS: [char; 3] = ['丨', '|', punct::FW_VERTICAL_LINE];

/// `test` of `text` with each bar between a key and its value (and the
/// spaces around it) read as a colon; false for a line with no bar.
fn barred<T: Default>(text: &str, test: impl Fn(&str) -> T) -> T {
    if !text.contains(BARS) || text.len() > MAX_INFO_CHARS * 4 {
        return T::default();
    }
    let mut colons = String::with_capacity(text.len());
    for (k, piece) in text.split(BARS).enumerate() {
        if k > 0 {
            colons.push(punct::FW_COLON);
            colons.push_str(piece.trim_start_matches(punct::is_space));
        } else {
            colons.push_str(piece);
        }
        let kept = colons.trim_end_matches(punct::is_space).len();
        colons.truncate(kept);
    }
    test(&colons)
}

/// Keys of [`PAIR_KEYS`] that name a person or an office and are kept
/// alone on a line: [`Chrome::Staff`].
const STAFF_KEYS: &[&str] = &["审核", "作者", "摄影", "撰稿", "供稿", "文字", "图片"];

/// The pairs of a word of an info line that run together with nothing
/// between them (`发布时间：2024-03-05来源：区政府办公室浏览次数：15`, as a
/// page's cells lose their spacing when copied): the word cut before each
/// key of [`PAIR_KEYS`] (the longest ending there) that stands right
/// before a colon after the word's first. One walk over the word's
/// colons; a word with one colon is itself.
fn glued_pairs(word: &str) -> impl Iterator<Item = &str> {
    let mut rest = word;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        // the value starts after the first colon; a later key ends it
        let value = rest.match_indices(punct::is_colon).next().map_or(rest.len(), |(p, m)| p + m.len());
        let cut = rest[value..]
            .match_indices(punct::is_colon)
            .find_map(|(p, _)| {
                let before = &rest[..value + p];
                let key = PAIR_KEYS.iter().filter(|(k, ..)| before.ends_with(k)).map(|(k, ..)| k.len()).max()?;
                (before.len() - key >= value).then_some(before.len() - key)
            })
            .unwrap_or(rest.len());
        let (piece, r) = rest.split_at(cut);
        rest = r;
        Some(piece)
    })
}

/// ——END——, -END-, — THE END — (case aside) alone on a line.
fn is_end_marker(text: &str) -> bool {
    let word = text.trim_matches(|c: char| {
        punct::is_space(c) || matches!(c, punct::EM_DASH | punct::HORIZONTAL_BAR | '-' | punct::FW_HYPHEN | '=')
    });
    word.eq_ignore_ascii_case("END") || word.eq_ignore_ascii_case("THE END")
}

/// A note in round brackets alone on its line naming where an article was
/// taken from: （本文来源：某某日报）, (文章来源：…), （本文转自…）.
fn is_source_note(text: &str) -> bool {
    let mut chars = text.chars();
    let (Some(_), Some(last)) = (chars.next(), chars.next_back()) else { return false };
    if !punct::is_rparen(last) || text.chars().count() > MAX_CHROME_CHARS {
        return false;
    }
    let inner = chars.as_str();
    let Some(rest) = ["本文来源", "文章来源", "稿件来源", "本文转自", "本文转载自", "转自"]
        .iter()
        .find_map(|k| inner.strip_prefix(k))
    else {
        return false;
    };
    let rest = rest.strip_prefix(punct::is_colon).unwrap_or(rest);
    !rest.is_empty() && punct::find_prose_punct(rest).is_none()
}

/// Whether a byline holds its date the way WeChat prints it: 2024-05-20
/// (or 2024/5/20), or 2024年5月20日 with a time (18:30) after it.
fn byline_date(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(5)).any(|i| {
        b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && match b[i + 4] {
                b'-' | b'/' => b[i + 5].is_ascii_digit(),
                // 年 (E5 B9 B4) … 日, then a time
                0xE5 => s[i + 4..].starts_with('年') && s[i + 4..].contains('日') && s[i + 4..].contains(':'),
                _ => false,
            }
    })
}

/// Words a WeChat article prints under it, alone or run together (分享 点赞
/// 在看, 阅读原文).
const INTERACTIONS: &[&str] =
    &["分享", "收藏", "点赞", "在看", "转发", "点个在看", "点亮在看", "阅读原文", "写留言", "留言"];

/// Arrows pointing at a WeChat article's QR code, a line of them alone.
const ARROWS: [char; 4] = ['↓', '⬇', '▼', '👇'];

/// A WeChat article's plea to tap 在看 (喜欢就点个在看吧, 点亮“在看”，让更多人看到),
/// quotation marks left out.
const IN_VIEW: [&str; 4] = ["点个在看", "点亮在看", "点在看", "点一下在看"];

/// Longest line of a WeChat prompt (点击上方蓝字关注我们), in characters.
const MAX_PROMPT_CHARS: usize = 30;

/// A WeChat article's furniture; `s`: the line without white space or
/// brackets.
fn wechat(s: &str) -> bool {
    // 分享　点赞　在看, 分享|收藏|在看
    let mut rest = s;
    while !rest.is_empty() {
        let r = rest.trim_start_matches(['|', punct::FW_VERTICAL_LINE, '/', '·', punct::DUNHAO]);
        match INTERACTIONS.iter().find_map(|w| r.strip_prefix(w)) {
            Some(after) => rest = after,
            None => break,
        }
    }
    if rest.is_empty() {
        return true;
    }
    // 喜欢就点个在看吧, 点亮“在看”，让更多人看到
    if s.chars().count() <= MAX_PROMPT_CHARS && (s.starts_with('点') || s.starts_with("喜欢")) {
        let unquoted: String = s.chars().filter(|&c| !matches!(c, punct::QUOTE_L | punct::QUOTE_R | '"')).collect();
        if IN_VIEW.iter().any(|w| unquoted.contains(w)) {
            return true;
        }
    }
    // 点击上方蓝字关注我们！, 扫码关注, 长按识别二维码
    let prompt = s.trim_end_matches(|c: char| punct::is_sentence_end(c) || matches!(c, '~' | punct::FW_TILDE));
    if prompt.chars().count() > MAX_PROMPT_CHARS || punct::find_prose_punct(prompt).is_some() {
        return false;
    }
    (prompt.starts_with("点击") && prompt.contains("关注"))
        || ((prompt.starts_with("扫码") || prompt.starts_with("扫描二维码") || prompt.starts_with("长按"))
            && (prompt.contains("关注") || prompt.contains("识别") || prompt.contains("二维码")))
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
    // (网站标识码… is a line opening with 网 that holds 网站标识码)
    text.starts_with("政府网站标识码")
        || (text.starts_with('网') && (text.contains("网站标识码") || text.contains("ICP备")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A staff pair alone is chrome only under another chrome line (the
    /// caller's to say).
    #[test]
    fn staff_pairs_alone() {
        for line in ["审核：李四", "作者：张三", "审核丨李四", "文字 | 张三", "图片：某某"] {
            assert_eq!(chrome(line), Chrome::Staff, "{line}");
        }
        for line in ["审核：请各单位认真填写。", "文字材料要规范。", "作者：", "编辑：张三"]
        {
            assert_ne!(chrome(line), Chrome::Staff, "{line}");
        }
    }

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
            // a portal's info line, whole or in parts, and its editors
            "发布时间：2024-03-05 10:21　来源：区政府办公室　浏览次数：1523",
            "来源：市政府办公室 发布时间：2024年03月05日 阅读次数：",
            "浏览次数：1523",
            "访问量：88次",
            "更新时间：2024-03-05",
            "时间：2024-03-05　作者：张三",
            "日期：2024/3/5 点击数：12 【字体：大 中 小】",
            "发布日期：2024-03-05　发布机构：某某市人民政府办公室",
            "编辑：张三　审核：李四",
            "责任编辑：王五",
            "一审：甲　二审：乙　三审：丙",
            // pairs run together, a page's cells copied without spacing
            "发布时间：2024-03-05来源：区政府办公室浏览次数：15",
            "来源：某某县人民政府办公室发布时间：2024年03月05日",
            "编辑：张三审核：李四",
            "二审：张某",
            "三审：某某",
            "校对：张三、李四",
            // a WeChat article's staff and prompts: bars for colons, more keys
            "责编：王五",
            "来源丨某某市司法局微信公众号",
            "编辑 | 李四　审核 | 王五",
            "监制：赵六",
            "终审：王五",
            "复审：某某",
            "往期推荐",
            "喜欢就点个在看吧",
            "点亮“在看”，让更多人看到",
            "↓↓↓",
            // WeChat
            "原创 某某发布 2024-01-01 08:00",
            "原创某某发布某某发布 2024年1月1日 08:00 北京",
            "点击上方蓝字关注我们",
            "点击蓝字 关注我们！",
            "扫码关注我们",
            "长按识别二维码",
            "长按二维码关注",
            "扫描二维码关注公众号",
            "阅读原文",
            "关注我们",
            "在看",
            "分享　点赞　在看",
            "分享｜收藏｜点赞｜在看",
            "点个在看",
            "（本文来源：某某日报）",
            "(文章来源:某某区融媒体中心)",
            "（本文转自某某发布）",
            "——END——",
            "- END -",
            "—— THE END ——",
            "END",
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
            // an event's time and place, a document's own dates and authors
            "时间：2024年5月1日　地点：市民中心",
            "时间：2024年5月1日",
            "日期：2024年5月1日",
            "发布日期：2018年12月27日",
            "发布机构：某部",
            "审核：区民政局",
            "作者：张三",
            "发布时间：以正式公告为准。",
            "发布时间：2024年9月12日",
            "发布时间和来源应当在页面显著位置标明。",
            "编辑出版政策汇编，供各部门参考。",
            "编辑：请各单位指定专人负责。",
            "浏览次数较多的政策文件要及时解读。",
            "点击率较高的栏目要优化内容。",
            "阅读原文件后填写意见。",
            "原创作品版权保护",
            "原创2024年度优秀作品评选办法",
            "在看护服务中加强管理。",
            "（一）总体要求",
            "（本条所称来源，是指资金来源。）",
            "——坚持以人民为中心。",
            "扫码登记，亮码通行，确保信息真实准确。",
            "长按键盘任意键继续。",
            "一审判决生效后，依法执行。",
            "三审三校制度要严格落实。",
            "时间：2024年5月1日地点：市民中心",
            "二审法院应当依法审理。",
            "来源：财政资金。编辑：请各单位报送。",
            "审核丨李四",
            "往期工作要认真总结。",
            "终审判决生效。",
            "点亮城市夜景工程。",
            "↓下降5%",
            "复审合格的予以公示。",
            "",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }
}
