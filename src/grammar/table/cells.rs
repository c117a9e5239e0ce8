//! What a cell of a table holds, read off its text: a list of bodies
//! ([`bodies_like`], [`items`], a role written after a body: [`role_mark`]),
//! a deadline ([`deadline_like`]); and whether a cell goes on on the next
//! line ([`wrapped`]). Read by the flattened form to align cells to columns
//! and by the assembly to read a row's bodies.

use super::holds;
use crate::ast::Role;
use crate::punct;

/// Last characters of a body's name.
/// (a set: one load and compare where `str::contains` searched a string
/// of them for the character)
const BODY_END_SET: crate::grammar::CharSet<128> = crate::grammar::CharSet::new(&[
    '局', '委', '办', '府', '院', '部', '厅', '会', '组', '心', '团', '司', '室', '处', '科', '队', '所', '站', '馆',
    '社', '镇', '道', '区', '市', '省', '县', '乡', '村', '位', '门', '行', '校', '园', '班', '署', '构', '关', '网',
    '联', '协',
]);

/// Whether `name` ends like a body's name (市水务局, 各居委会), what stands
/// in brackets at its end left aside (各镇（街道）).
pub(crate) fn ends_like_body(name: &str) -> bool {
    let mut depth = 0usize;
    for c in name.chars().rev() {
        if punct::is_rparen(c) {
            depth += 1;
        } else if punct::is_lparen(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            return BODY_END_SET.contains(c);
        }
    }
    false
}

/// Whether a cell reads as a list of bodies: every item between two of
/// 、，； ends like a body's name, what stands in brackets left aside
/// (区委组织部（区公务员局）, and a bracket that holds a list of its own:
/// 区委宣传部（区文明办、区政府新闻办）). One walk over the characters.
pub(super) fn bodies_like(t: &str) -> bool {
    // (bounded in bytes: about 200 ideographs)
    if t.is_empty() || t.len() > 600 || punct::find_marks::<punct::Juhao>(t).is_some() {
        return false;
    }
    let mut depth = 0usize;
    // the last character of the item outside brackets (None: nothing yet)
    let mut last: Option<char> = None;
    let ends_ok = |last: Option<char>| last.is_none_or(|c| BODY_END_SET.contains(c));
    // the last character of a stretch of text, white space aside, and
    // before a role word that ends it (`区绿化市容局牵头`: 局)
    let tail = |s: &str| {
        let s = s.trim_end_matches(punct::is_space);
        let last = s.chars().next_back();
        match last.filter(|&c| crate::grammar::clause::may_end_role(c)) {
            Some(_) => crate::grammar::clause::strip_role(s).and_then(|(names, _)| names.chars().next_back()).or(last),
            None => last,
        }
    };
    // (only the marks are looked at, found 16 bytes at a time; the text
    // between two is read back from its end)
    let mut from = 0;
    for k in punct::mark_positions::<punct::ItemBounds>(t) {
        let Some(c) = t[k..].chars().next() else { break };
        if depth == 0 {
            last = tail(&t[from..k]).or(last);
        }
        if punct::is_lparen(c) {
            depth += 1;
        } else if punct::is_rparen(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            if !ends_ok(last) {
                return false;
            }
            last = None;
        }
        from = k + c.len_utf8();
    }
    if depth == 0 {
        last = tail(&t[from..]).or(last);
    }
    ends_ok(last)
}

/// The items of a list of bodies: the text between two of 、，；, but not
/// inside brackets (区委宣传部（区文明办、区政府新闻办） is one item).
pub(super) fn items(t: &str) -> impl Iterator<Item = &str> {
    let mut depth = 0usize;
    let mut from = 0;
    // (only the marks are looked at, found 16 bytes at a time)
    let mut cuts = punct::mark_positions::<punct::ItemBounds>(t).filter_map(move |k| {
        let c = t[k..].chars().next()?;
        if punct::is_lparen(c) {
            depth += 1;
        } else if punct::is_rparen(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            return Some((k, k + c.len_utf8()));
        }
        None
    });
    std::iter::from_fn(move || {
        if from > t.len() {
            return None;
        }
        match cuts.next() {
            Some((a, b)) => {
                let item = &t[from..a];
                from = b;
                Some(item)
            }
            None => {
                let item = &t[from..];
                from = t.len() + 1;
                Some(item)
            }
        }
    })
}

/// The names of an item of a body cell, to `f`: the item, or, when it holds
/// white space between names that each end like a body's (`市自然资源局
/// 市财政局`, `市教育局　市总工会`), each of them. One scan of the item's
/// bytes for one that may start white space (an ASCII one, or the lead
/// byte of U+3000, NBSP, BOM); the names are read only when it holds some.
pub(super) fn spaced_names<'t>(item: &'t str, mut f: impl FnMut(&'t str)) {
    if !item.bytes().any(|b| b <= b' ' || matches!(b, 0xC2 | 0xE3 | 0xEF)) {
        return f(item);
    }
    let t = punct::trim(item);
    if !t.contains(punct::is_space) {
        return f(item);
    }
    let names = || t.split(punct::is_space).filter(|p| !p.is_empty());
    if names().all(ends_like_body) {
        names().for_each(f);
    } else {
        f(item);
    }
}

/// An item of a body cell with the role written after it in brackets
/// (`市发展改革委（牵头）`, `市财政局（配合）`): the name before the bracket
/// and the role. One test of the last character first, so an unmarked item
/// costs one comparison.
pub(super) fn role_mark(item: &str) -> (&str, Option<Role>) {
    if !item.ends_with(punct::FW_RPAREN) {
        return (item, None);
    }
    for (mark, role) in [("（牵头）", Role::Lead), ("（配合）", Role::Support), ("（负责）", Role::Responsible)]
    {
        if let Some(name) = item.strip_suffix(mark) {
            return (name, Some(role));
        }
    }
    (item, None)
}

/// Whether a cell reads as a deadline (2025年底前, 2024年6月, 长期坚持).
pub(super) fn deadline_like(t: &str) -> bool {
    // (bounded in bytes: about 30 ideographs)
    if t.len() > 90 {
        return false;
    }
    // (each character classified without a branch: 1 a date's, 2 a key
    // word's, 0 neither)
    const CLASSES: crate::grammar::CharSet =
        crate::grammar::CharSet::map(&[('年', 1), ('月', 1), ('长', 2), ('持', 2), ('每', 2), ('季', 2), ('常', 2)]);
    let (mut digit, mut date, mut key) = (false, false, false);
    for c in t.chars() {
        let class = CLASSES.get(c).unwrap_or(0);
        digit |= c.is_ascii_digit();
        date |= class == 1;
        key |= class == 2;
    }
    (digit && date)
        || ((key || date) && ["长期", "持续", "每年", "年内", "年底", "季度", "常态"].iter().any(|w| holds(t, w)))
}

/// Verbs a task opens with (举办…运动会, 建设…公园, 新建…服务站), whose
/// text may end like a body's name.
const TASK_VERBS: [&str; 20] = [
    "举办", "建设", "新建", "改造", "推进", "开展", "实施", "完善", "建立", "加强", "推动", "组织", "培育", "打造",
    "提升", "落实", "创建", "增设", "新增", "扩建",
];

/// Whether a cell opens with a task's verb ([`TASK_VERBS`]): a task, even
/// when it ends like a body's name (`举办全民健身运动会`). A few prefix
/// compares.
pub(super) fn opens_a_task(t: &str) -> bool {
    TASK_VERBS.iter().any(|v| t.starts_with(v))
}

/// Whether a line ends in ， or 、, so the cell goes on on the next line
/// (a cell never ends so): one test of the last character.
pub(super) fn wrapped(t: &str) -> bool {
    t.ends_with(punct::FW_COMMA) || t.ends_with(punct::DUNHAO)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_of_bodies_with_brackets() {
        assert!(bodies_like("区科委、区委宣传部（区文明办、区政府新闻办、区委网信办）"));
        assert!(bodies_like("区民政局、区委宣传部（区文明办）、区妇联"));
        assert!(bodies_like("区委组织部（区公务员局）"));
        assert!(!bodies_like("参与全市《条例》宣传“五个一”工程。"));
        assert!(!bodies_like("组织开展宣传（进社区）"));
        let v: Vec<&str> = items("区科委、区委宣传部（区文明办、区政府新闻办）；区妇联").collect();
        assert_eq!(v, ["区科委", "区委宣传部（区文明办、区政府新闻办）", "区妇联"]);
        assert_eq!(items("").collect::<Vec<_>>(), [""]);
        assert_eq!(items("甲局、").collect::<Vec<_>>(), ["甲局", ""]);
    }

    /// [`bodies_like`] and [`items`] character by character, as they were
    /// written first.
    fn bodies_like_by_char(t: &str) -> bool {
        if t.is_empty() || t.len() > 600 || t.contains(punct::JUHAO) {
            return false;
        }
        let mut depth = 0usize;
        let mut last: Option<char> = None;
        let ends_ok = |last: Option<char>| last.is_none_or(|c| BODY_END_SET.contains(c));
        for c in t.chars() {
            if punct::is_lparen(c) {
                depth += 1;
            } else if punct::is_rparen(c) {
                depth = depth.saturating_sub(1);
            } else if depth == 0 {
                if c == punct::DUNHAO || punct::is_comma(c) || punct::is_semicolon(c) {
                    if !ends_ok(last) {
                        return false;
                    }
                    last = None;
                } else if !punct::is_space(c) {
                    last = Some(c);
                }
            }
        }
        ends_ok(last)
    }

    fn items_by_char(t: &str) -> Vec<&str> {
        let (mut depth, mut from, mut out) = (0usize, 0, Vec::new());
        for (k, c) in t.char_indices() {
            if punct::is_lparen(c) {
                depth += 1;
            } else if punct::is_rparen(c) {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && (c == punct::DUNHAO || punct::is_comma(c) || punct::is_semicolon(c)) {
                out.push(&t[from..k]);
                from = k + c.len_utf8();
            }
        }
        out.push(&t[from..]);
        out
    }

    #[test]
    fn item_marks_read_as_the_characters_do() {
        let parts = ["区水务局", "、", "，", ";", "（", ")", "(", "）", " ", "\u{3000}", "各街镇", "会", "。"];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = texts.iter().flat_map(|t| parts.iter().map(move |p| format!("{t}{p}"))).collect();
            for t in &texts {
                assert_eq!(bodies_like(t), bodies_like_by_char(t), "{t}");
                assert_eq!(items(t).collect::<Vec<_>>(), items_by_char(t), "{t}");
            }
        }
        let long = "区委宣传部（区文明办、区政府新闻办）、".repeat(12);
        assert_eq!(bodies_like(&long), bodies_like_by_char(&long));
        assert_eq!(items(&long).collect::<Vec<_>>(), items_by_char(&long));
    }

    #[test]
    fn cell_kinds() {
        assert!(bodies_like("区规划资源局、区建设管理委、各相关街镇"));
        assert!(bodies_like("区委组织部（区公务员局）"));
        assert!(!bodies_like("加快推进各类旧住房更新改造。"));
        assert!(!bodies_like("旧住房更新改造"));
        assert!(deadline_like("2025年底前"));
        assert!(deadline_like("长期坚持"));
        assert!(!deadline_like("推进走马塘片区规划研究"));
    }

    #[test]
    fn tasks_ending_like_bodies() {
        for t in ["举办全民健身运动会", "建设口袋公园", "新建社区卫生服务站"] {
            assert!(bodies_like(t) && opens_a_task(t), "{t}");
        }
        assert!(!opens_a_task("市体育局") && !opens_a_task("各区人民政府"));
    }

    #[test]
    fn names_spaced_in_an_item() {
        let names = |t| {
            let mut v = Vec::new();
            spaced_names(t, |n| v.push(n));
            v
        };
        assert_eq!(names("市自然资源局 市财政局"), ["市自然资源局", "市财政局"]);
        assert_eq!(names("市教育局\u{3000}市总工会  各区人民政府"), ["市教育局", "市总工会", "各区人民政府"]);
        assert_eq!(names("市发展改革委（牵头） 市财政局"), ["市发展改革委（牵头）", "市财政局"]);
        // a name with a space inside, or not all names: as it is
        assert_eq!(names("市政府 有关部门负责同志"), ["市政府 有关部门负责同志"]);
        assert_eq!(names("各区县（市）人民政府"), ["各区县（市）人民政府"]);
        assert_eq!(names(" 市财政局 "), [" 市财政局 "]);
    }

    #[test]
    fn role_marks_after_a_body() {
        assert_eq!(role_mark("市发展改革委（牵头）"), ("市发展改革委", Some(Role::Lead)));
        assert_eq!(role_mark("市财政局（配合）"), ("市财政局", Some(Role::Support)));
        assert_eq!(role_mark("区委宣传部（区文明办）"), ("区委宣传部（区文明办）", None));
        assert_eq!(role_mark("市财政局"), ("市财政局", None));
    }
}
