//! Duty lists: blocks whose title is a body and whose text states what it
//! does, as emergency plans and opinions list them —
//! `（一）区房管局。负责…`, `1.街道办事处。牵头…`, `(二)区规划资源局：明确…`,
//! `（1）指挥部办公室：…` — and paragraphs that open with a body and a
//! colon, `市公安局：负责…`. Each is a responsibility of that body: it
//! leads when the text starts with 牵头, supports when it starts with
//! 配合 / 协助 / 参与 / 协办, and is responsible otherwise.
//!
//! A title counts as a body when it has a body's shape (see
//! [`prose::is_subject`], or ends in 指挥部 / 小组 / 支队 / 大队 …) and does
//! not open with a verb (成立领导小组, 建立工作专班办公室). A block with
//! such a title is a duty when its text opens with a duty word (负责, 牵头,
//! 配合 …), or when it stands in a list where most siblings are titled
//! with bodies (`（二）区规划资源局：明确绿线控制范围`).
//!
//! A title may name several bodies before its colon, joined by 、
//! (`(十八)各镇、街道、开发区：…`, `区发展改革委、区财政局：…`, see
//! [`body_group`]): each is a body of the duty. Such a title is read as a
//! duty's only in a list whose items mostly name one body each (one search
//! for a 、 in those items' titles, none elsewhere), or in a paragraph that
//! opens with the group and a duty word.

use super::prose;
use crate::ast::{Agency, Block, BlockKind, Responsibility, Role};
use crate::punct;
use crate::source::Source;
use std::borrow::Cow;

/// Endings of bodies that [`prose::is_body`] does not know.
/// (司: a ministry's department in its duty list, 人事司：负责…, three
/// characters or more: 警司, a police rank, is none.)
const MORE_SUFFIXES: &[&str] = &["小组", "专班", "街道", "街镇", "乡镇", "司"];

/// What a title ending in 单位 names (各建设单位, 施工单位): a kind of unit
/// before it, not a role (责任单位, 牵头单位 are column names; 成员单位 names
/// the members of a group as a whole, not one body), nor a word
/// that refers back or covers any unit (有关单位, 相关单位, 本单位).
const UNIT: &str = "单位";
const NOT_UNIT_KINDS: &[&str] = &[
    "责任", "牵头", "配合", "协办", "主办", "承办", "参与", "实施", "完成", "承担", "主管", "归口", "联系", "申报",
    "试点", "示范", "对口", "挂钩", "成员", "有关", "相关",
];
const NOT_UNIT_STARTS: &[&str] = &["有关", "相关", "该", "本", "其", "上述", "其他", "其它"];

/// Whether `title` is a kind of unit named as a body: `各建设单位`,
/// `施工单位` (see [`UNIT`]).
fn is_unit_title(title: &str) -> bool {
    let Some(kind) = title.strip_suffix(UNIT) else { return false };
    if NOT_UNIT_STARTS.iter().any(|s| title.starts_with(s)) {
        return false;
    }
    let kind = kind.strip_prefix('各').unwrap_or(kind);
    super::chars_in(kind, 2, MAX_BODY) && super::all_ideographs(kind) && !NOT_UNIT_KINDS.contains(&kind)
}

/// Fewest bytes of a title ending in 司 (three ideographs).
const MIN_SI: usize = 9;

/// Whether `title` ends with the last character of one of
/// [`MORE_SUFFIXES`] (a test checks each).
fn ends_like_more(title: &str) -> bool {
    matches!(title.chars().next_back(), Some('组' | '班' | '道' | '镇' | '司' | '位'))
}

/// Verbs that open a title naming a body to be set up, not a body.
const SETUP_VERBS: &[&str] = &[
    "成立", "建立", "设立", "组建", "健全", "完善", "加强", "强化", "组织", "设置", "明确", "发挥", "充实", "落实",
    "依托", "推进", "推动", "支持", "培育", "打造", "建设",
];

/// Most characters of a body used as a title.
const MAX_BODY: usize = 24;

/// Bytes at the start of a line searched for a colon: [`MAX_BODY`]
/// ideographs and the colon.
const HEAD_BYTES: usize = (MAX_BODY + 1) * 3;

/// Words that open the text of a duty.
const DUTY_WORDS: &[(&str, Role)] = &[
    ("牵头", Role::Lead),
    ("配合", Role::Support),
    ("协助", Role::Support),
    ("参与", Role::Support),
    ("参加", Role::Support),
    ("协办", Role::Support),
    ("负责", Role::Responsible),
    ("主要负责", Role::Responsible),
    ("具体负责", Role::Responsible),
    ("承担", Role::Responsible),
    ("主要职责", Role::Responsible),
    ("职责", Role::Responsible),
];

/// Whether `title` is the name of one body.
pub(crate) fn is_body_title(title: &str) -> bool {
    // the last character first: most titles (指导思想, 总体要求) end with
    // no body's, and are rejected before they are decoded or compared
    if !prose::ends_like_body(title) && !ends_like_more(title) {
        return false;
    }
    if !super::chars_in(title, 2, MAX_BODY) || SETUP_VERBS.iter().any(|v| title.starts_with(v)) {
        return false;
    }
    prose::is_subject(title)
        || is_unit_title(title)
        || (MORE_SUFFIXES.iter().any(|s| title.len() > s.len() && title.ends_with(s))
            && (title.len() >= MIN_SI || !title.ends_with('司'))
            && super::all_ideographs(title))
}

/// Whether `title` names a group of bodies (see [`body_group`]): one
/// search for a 、 first, which most titles lack.
fn titles_group(title: &str) -> bool {
    punct::find_marks::<punct::Dunhao>(title).is_some() && body_group(title).is_some()
}

/// The word that ends a title naming a body's duties.
const DUTIES: &str = "职责";

/// Words between a body and [`DUTIES`] (`指挥部办公室及其职责`,
/// `区应急管理局主要职责`), longest first where one ends another.
const BEFORE_DUTIES: &[&str] = &["及其主要", "及其", "主要", "工作", "的"];

/// The body of a title that names its duties, `（一）街道消防委职责` →
/// 街道消防委: a body's name (see [`is_body_title`]) before [`DUTIES`],
/// perhaps with a word of [`BEFORE_DUTIES`] between. The members of a
/// group as a whole (成员单位职责) are no body. One compare of the last
/// byte rejects most other titles.
#[inline]
pub(crate) fn duties_title(title: &str) -> Option<&str> {
    // (the last byte of 责 first: most titles end otherwise)
    if title.as_bytes().last() != DUTIES.as_bytes().last() {
        return None;
    }
    let stem = title.strip_suffix(DUTIES)?;
    let body = BEFORE_DUTIES.iter().find_map(|w| stem.strip_suffix(w)).unwrap_or(stem);
    (!body.ends_with("成员单位") && is_body_title(body)).then_some(body)
}

/// The role that the text of a duty states by its first word, if it opens
/// with one.
pub(crate) fn stated_role(text: &str) -> Option<Role> {
    let text = punct::trim(text);
    DUTY_WORDS.iter().find(|(w, _)| text.starts_with(w)).map(|&(_, r)| r)
}

/// Whether a colon of either width (whole) in `head` comes before any
/// character of EF… that is no ideograph (full-width marks, letters and
/// digits): `memchr2` on `:` and on EF, the full-width colon's lead byte
/// (which the full-width marks start with, and no ideograph but the
/// compatibility ones, EF A4–AB); each hit is checked (no searcher is built
/// per call, as `memmem::find` does). A full-width mark first (most lines
/// have a comma or a bracket near their start) ends the search: no body
/// stands before a colon then, since a body is all ideographs.
fn colon_first(head: &[u8]) -> bool {
    let mut from = 0;
    while let Some(k) = memchr::memchr2(b':', punct::FW_COLON_BYTES[0], &head[from..]) {
        let i = from + k;
        if head[i] == b':' || head[i..].starts_with(punct::FW_COLON_BYTES) {
            return true;
        }
        // (a compatibility ideograph: on to the next hit)
        if !head.get(i + 1).is_some_and(|b| (0xA4..=0xAB).contains(b)) {
            return false;
        }
        from = i + 1;
    }
    false
}

/// `区发展改革委：负责…` → the body and what follows the colon, when the
/// text before the first colon (within [`MAX_BODY`] characters) is a body,
/// or a group of them (`各镇、街道、开发区：…`, see [`body_group`]).
pub(crate) fn body_colon(text: &str) -> Option<(&str, &str)> {
    let (head, rest) = colon_head(text)?;
    is_body_head(head).then_some((head, rest))
}

/// Whether the ideographs before a colon (see [`colon_head`]) name a body
/// or a group of bodies.
fn is_body_head(head: &str) -> bool {
    if head.contains(punct::DUNHAO) { body_group(head).is_some() } else { is_body_title(head) }
}

/// The ideographs before the first colon of `text` (within [`MAX_BODY`]
/// characters, or [`MAX_GROUP`] with a 、 among them) and what follows the
/// colon, trimmed: where a body's name, a group or a label may stand.
pub(crate) fn colon_head(text: &str) -> Option<(&str, &str)> {
    // most lines have no colon near their start: one short byte search
    // rejects them before any character is decoded
    let head = &text.as_bytes()[..text.len().min(HEAD_BYTES)];
    if !colon_first(head) {
        return None;
    }
    let (mut at, mut c) = text.char_indices().take(MAX_BODY + 1).find(|&(_, c)| !punct::is_ideograph(c))?;
    if c == punct::DUNHAO {
        // a group: ideographs and 、 up to the colon, within the head
        (at, c) = text.char_indices().take(MAX_GROUP + 1).find(|&(_, c)| !is_group_char(c))?;
    }
    if !punct::is_colon(c) {
        return None;
    }
    Some((&text[..at], punct::trim(&text[at + c.len_utf8()..])))
}

/// Most characters of a group of bodies used as a title, its 、 counted.
const MAX_GROUP: usize = 40;

/// Most bodies of a group.
const MAX_GROUP_BODIES: usize = 8;

/// A character of a group of bodies' names: an ideograph or 、.
fn is_group_char(c: char) -> bool {
    c == punct::DUNHAO || punct::is_ideograph(c)
}

/// The kinds of unit that a group opening with 各 names each alone after
/// the first (`各镇、街道、开发区`: every town, street office and development
/// zone): grassroots units and the zones a district's plan lists beside
/// them. (Alone, outside such a group, none is a body.)
const GROUP_UNITS: [&str; 11] = ["镇", "乡", "乡镇", "街镇", "街道", "村", "社区", "居委", "开发区", "园区", "工业区"];

/// The bodies of a title that names several, joined by 、 (a duty list's
/// `(十八)各镇、街道、开发区：…`, `（二）区发展改革委、区财政局：…`): two to
/// [`MAX_GROUP_BODIES`] names of ideographs, each a body's title (see
/// [`is_body_title`]), or, when the first opens with 各 (which every name
/// of the list shares), a kind of unit of [`GROUP_UNITS`]. The names as
/// written, 各 kept on the first.
pub(crate) fn body_group(title: &str) -> Option<impl Iterator<Item = &str>> {
    if !super::chars_in(title, 5, MAX_GROUP) || !title.chars().all(is_group_char) {
        return None;
    }
    let every = title.starts_with('各');
    let mut n = 0;
    for part in title.split(punct::DUNHAO) {
        n += 1;
        let kind = if n == 1 { part.strip_prefix('各').unwrap_or(part) } else { part };
        let ok = is_body_title(part) || (every && GROUP_UNITS.contains(&kind));
        if !ok || n > MAX_GROUP_BODIES {
            return None;
        }
    }
    (n >= 2).then(|| title.split(punct::DUNHAO))
}

/// A paragraph `市公安局：负责…`: the body and its role, when the text after
/// the colon opens with a duty word; or a paragraph that opens with a
/// subject label, `排查主体：原则上由X…`: X, responsible (see
/// [`super::subject`]).
pub(crate) fn colon_duty(text: &str) -> Option<(&str, Role)> {
    let (head, rest) = colon_head(punct::trim(text))?;
    if is_body_head(head) {
        return Some((head, stated_role(rest)?));
    }
    super::subject::subject_of(head, rest).map(|name| (name, Role::Responsible))
}

/// The responsibility node of a duty: `name` (a sub-slice of the cleaned
/// text) with `role`.
/// A group of bodies (`市公安局、市交通委：负责…`, see [`body_group`]) is
/// one agency a body.
pub(crate) fn node<'a>(src: &Source<'a>, name: &str, role: Role) -> Responsibility<'a> {
    let (text, span) = src.node(name);
    let agencies = match body_group(name) {
        Some(parts) => parts
            .map(|part| {
                let (t, s) = src.node(part);
                Agency::unresolved(t, role, s)
            })
            .collect(),
        None => vec![Agency::unresolved(text.clone(), role, span)],
    };
    Responsibility { raw: text, agencies, notes: Vec::new(), span, deadline: None }
}

/// The responsibility of a finished block titled with a body, read off its
/// title and text: `in_list` says that most of its siblings are titled with
/// bodies too.
/// `body_titled` says whether its title is a body's (see [`is_body_title`])
/// or names a body's duties (see [`duties_title`]): such a block is a
/// duty by its title, the body responsible for what it holds.
fn duty_of<'a>(src: &Source<'a>, b: &Block<'a>, in_list: bool, body_titled: bool) -> Option<Responsibility<'a>> {
    // the parts, chapters, sections and articles of a regulation are no
    // duty list (第二节 业主大会)
    if matches!(
        b.kind,
        BlockKind::Part | BlockKind::Subpart | BlockKind::Chapter | BlockKind::Division | BlockKind::Article
    ) {
        return None;
    }
    let title = b.title.as_ref()?;
    let span = b.title_span?;
    // (a group of bodies, 各镇、街道、开发区, is asked of a list's items
    // only: the list shows what its titles name)
    if !(body_titled || (in_list && titles_group(title))) {
        return None;
    }
    let held = !(b.paragraphs.is_empty() && b.children.is_empty());
    // (`X职责`: the body before the ending, its name's own bytes when the
    // title is the raw input's, as written)
    let single = is_body_title(title);
    let named = if single { None } else { duties_title(title) };
    let is_group = !single && named.is_none();
    let first = b.paragraphs.first().map_or("", |p| p.text.as_ref());
    let role = match stated_role(first) {
        Some(r) => r,
        // (a block with no text of its own is a name in a list, as a 名单
        // numbers the units it commends: no duty)
        None if (in_list || named.is_some()) && held => Role::Responsible,
        None => return None,
    };
    // (a group: each body of it, named as written)
    if is_group {
        let agencies = match title {
            Cow::Borrowed(t) => body_group(t)?
                .map(|part| Agency::unresolved(Cow::Borrowed(part), role, src.raw_span_of(part).unwrap_or(span)))
                .collect(),
            Cow::Owned(t) => {
                body_group(t)?.map(|part| Agency::unresolved(Cow::Owned(part.to_owned()), role, span)).collect()
            }
        };
        return Some(Responsibility { raw: title.clone(), agencies, notes: Vec::new(), span, deadline: None });
    }
    let (name, name_span) = match (named, title) {
        (None, _) => (title.clone(), span),
        (Some(body), Cow::Borrowed(t)) => {
            // (`body` is a prefix of the borrowed title)
            let body = &t[..body.len()];
            (Cow::Borrowed(body), src.raw_span_of(body).unwrap_or(span))
        }
        (Some(body), Cow::Owned(_)) => (Cow::Owned(body.to_owned()), span),
    };
    Some(Responsibility {
        raw: title.clone(),
        agencies: vec![Agency::unresolved(name, role, name_span)],
        notes: Vec::new(),
        span,
        deadline: None,
    })
}

/// Give every block of the tree that is a duty its responsibility (first,
/// before those of its clauses); returns the blocks visited.
pub(crate) fn duties<'a>(src: &Source<'a>, blocks: &mut [Block<'a>]) -> usize {
    let mut work = blocks.len();
    let body_titled = |b: &Block<'_>| b.title.as_deref().is_some_and(|t| is_body_title(t) || duties_title(t).is_some());
    // each title is read once: the answers of the first 64 blocks are kept
    let (mut titled, mut kept) = (0, 0u64);
    for (k, b) in blocks.iter().enumerate() {
        if body_titled(b) {
            titled += 1;
            if k < 64 {
                kept |= 1 << k;
            }
        }
    }
    let in_list = titled >= 2 && titled * 2 >= blocks.len();
    for (k, b) in blocks.iter_mut().enumerate() {
        let titled = if k < 64 { kept & (1 << k) != 0 } else { body_titled(b) };
        if let Some(r) = duty_of(src, b, in_list, titled) {
            b.responsibilities.insert(0, r);
        }
        work += duties(src, &mut b.children);
    }
    work
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every body of the parsed text's responsibilities: (name, role, the
    /// raw text of its span).
    fn named_bodies(text: &str) -> Vec<(String, Role, &str)> {
        let doc = crate::parse(text).expect("parses");
        doc.blocks()
            .flat_map(|b| b.responsibilities.iter().flat_map(|r| r.agencies.iter()))
            .map(|a| (a.name.to_string(), a.role, &text[a.span.start..a.span.end]))
            .collect()
    }

    #[test]
    fn every_more_suffix_ends_like_more() {
        for s in MORE_SUFFIXES {
            assert!(ends_like_more(s), "{s}");
        }
        assert!(!ends_like_more("工作机制"));
        assert!(ends_like_more(UNIT));
    }

    #[test]
    fn unit_titles() {
        // a kind of unit, with 各 or without, is a body in a duty list
        for t in ["各建设单位", "施工单位", "各物业服务单位", "各参建单位"] {
            assert!(is_body_title(t), "{t}");
        }
        // a role, a collective or a word that refers back is none
        for t in [
            "责任单位",
            "牵头单位",
            "各有关单位",
            "有关单位",
            "相关单位",
            "本单位",
            "单位",
            "各单位",
            "其他单位",
            "实施单位",
        ] {
            assert!(!is_body_title(t), "{t}");
        }
    }

    #[test]
    fn body_titles() {
        for t in [
            "区房管局",
            "街道办事处",
            "各街道办事处",
            "公安消防支队",
            "指挥部办公室",
            "市公安局",
            "国家粮食局",
            "区房屋急修中心",
            "新城公司",
            "街道消防安全委员会",
            "派出所",
            "人事司",
            "安全监管司",
        ] {
            assert!(is_body_title(t), "{t}");
        }
        // a rank or a word ending in 司 is none
        for t in ["警司", "公司", "上司"] {
            assert!(!is_body_title(t), "{t}");
        }
        assert_eq!(colon_duty("安全监管司：负责组织事故应急处置"), Some(("安全监管司", Role::Responsible)));
        assert_eq!(colon_duty("人事司：配合做好应急队伍建设工作"), Some(("人事司", Role::Support)));
        assert_eq!(colon_duty("警司：一级、二级、三级；"), None);
        for t in [
            "成立领导小组",
            "建立工作专班",
            "加强组织领导",
            "学前教育",
            "有关部门",
            "该局",
            "城乡建设用地",
            "指导思想",
            "部",
        ] {
            assert!(!is_body_title(t), "{t}");
        }
    }

    #[test]
    fn duties_titles() {
        assert_eq!(duties_title("街道消防委职责"), Some("街道消防委"));
        assert_eq!(duties_title("消防安全管理办公室职责"), Some("消防安全管理办公室"));
        assert_eq!(duties_title("国家粮食应急工作指挥部办公室及其职责"), Some("国家粮食应急工作指挥部办公室"));
        assert_eq!(duties_title("区应急管理局主要职责"), Some("区应急管理局"));
        assert_eq!(duties_title("领导小组的职责"), Some("领导小组"));
        // no body before the ending, the members as a whole, no ending
        for t in [
            "工作职责",
            "职责",
            "部门职责",
            "指挥部成员单位职责",
            "成员单位职责",
            "明确职责",
            "区应急管理局",
            "压实责任",
        ] {
            assert_eq!(duties_title(t), None, "{t}");
        }
    }

    /// A block titled `X职责` is X's duty list: X responsible, named
    /// without the ending, its span its name's bytes; alone or beside
    /// others, its duties as numbered items or as text.
    #[test]
    fn a_duties_title_names_its_body() {
        let text = "某区消防工作实施意见\n一、工作职责\n（一）街道消防委职责\n1.宣贯消防法律法规。\n2.统筹经费保障。\n（二）消防安全管理办公室职责\n1.报告有关规定。\n二、保障措施\n（一）区应急管理局主要职责\n统筹协调全区应急工作。\n（二）加强宣传\n开展宣传活动。\n";
        let named = named_bodies(text);
        assert_eq!(
            named,
            [
                ("街道消防委".to_string(), Role::Responsible, "街道消防委"),
                ("消防安全管理办公室".to_string(), Role::Responsible, "消防安全管理办公室"),
                ("区应急管理局".to_string(), Role::Responsible, "区应急管理局"),
            ]
        );
    }

    #[test]
    fn body_groups() {
        fn group(t: &str) -> Option<Vec<&str>> {
            body_group(t).map(Iterator::collect)
        }
        // a kind of unit after 各, and the kinds after it
        assert_eq!(group("各镇、街道、开发区"), Some(vec!["各镇", "街道", "开发区"]));
        assert_eq!(group("各乡镇、园区"), Some(vec!["各乡镇", "园区"]));
        // bodies, each a body's title
        assert_eq!(group("区发展改革委、区财政局"), Some(vec!["区发展改革委", "区财政局"]));
        assert_eq!(group("市公安局、市交通委、市应急局"), Some(vec!["市公安局", "市交通委", "市应急局"]));
        for t in [
            // one body, or a unit alone
            "区发展改革委",
            "各镇",
            // kinds of unit without 各: no body named
            "镇、街道、开发区",
            // topics, words, a body among words
            "目标、原则",
            "指导思想、基本原则",
            "区财政局、资金",
            "各镇、资金保障",
            // an empty name
            "各镇、、街道",
            "区财政局、",
        ] {
            assert_eq!(group(t), None, "{t}");
        }
        // before a colon: the group and what follows
        assert_eq!(
            body_colon("各镇、街道、开发区：按照本辖区规划要求推进"),
            Some(("各镇、街道、开发区", "按照本辖区规划要求推进"))
        );
        assert_eq!(body_colon("区发展改革委、区财政局:负责资金保障"), Some(("区发展改革委、区财政局", "负责资金保障")));
        assert_eq!(body_colon("目标、原则：明确"), None);
        assert_eq!(body_colon("各镇、街道、开发区，按照"), None);
        assert_eq!(
            colon_duty("市公安局、市交通委：负责维护现场秩序。"),
            Some(("市公安局、市交通委", Role::Responsible))
        );
    }

    /// A duty list's item titled with a group of bodies: each body of the
    /// group responsible, its span its own name's bytes; a paragraph that
    /// opens with a group and its duty names each.
    #[test]
    fn a_group_of_bodies_is_each_responsible() {
        let text = "某区绿化建设实施意见\n一、工作职责\n（一）区房管局：加强小区绿化养护。\n（二）区财政局：落实所需资金。\n（三）各镇、街道、开发区：加快推进本地区绿地建设。\n二、保障措施\n区公安局、区交通委：负责维护交通秩序。\n";
        let named = named_bodies(text);
        let want = [
            ("区房管局", Role::Responsible),
            ("区财政局", Role::Responsible),
            ("各镇", Role::Responsible),
            ("街道", Role::Responsible),
            ("开发区", Role::Responsible),
            ("区公安局", Role::Responsible),
            ("区交通委", Role::Responsible),
        ];
        assert_eq!(named, want.map(|(n, r)| (n.to_string(), r, n)));
        // a list of topics before a colon is no duty
        let text = "某区绿化建设实施意见\n一、工作要求\n（一）目标、原则：明确工作目标。\n（二）区财政局：落实所需资金。\n（三）区房管局：加强小区绿化养护。\n";
        let doc = crate::parse(text).expect("parses");
        let names: Vec<String> = doc.blocks().flat_map(|b| b.agencies()).map(|a| a.name.to_string()).collect();
        assert_eq!(names, ["区财政局", "区房管局"]);
    }

    #[test]
    fn stated_roles() {
        assert_eq!(stated_role("牵头开展独居老人消防安全关爱"), Some(Role::Lead));
        assert_eq!(stated_role("配合开展排查"), Some(Role::Support));
        assert_eq!(stated_role("负责定期召开联席会议"), Some(Role::Responsible));
        assert_eq!(stated_role("根据区网格中心要求，推动处置"), None);
    }

    #[test]
    fn colon_bytes_are_the_full_width_colon() {
        assert_eq!(punct::FW_COLON_BYTES, punct::FW_COLON.encode_utf8(&mut [0; 4]).as_bytes());
        // a colon past the head is not searched for
        assert_eq!(body_colon(&format!("{}局：负责", "区".repeat(MAX_BODY + 1))), None);
        assert!(colon_first("区局：".as_bytes()) && colon_first(b"a:") && !colon_first("（区局）".as_bytes()));
        // a full-width mark before the colon ends the search; a
        // compatibility ideograph does not
        assert!(!colon_first("区局，处：".as_bytes()) && colon_first("區\u{F900}局：".as_bytes()));
        // a colon cut by the end of the head is none
        assert!(!colon_first(&"区局：".as_bytes()[..8]));
    }

    /// `body_colon` as it read when every colon of the head was searched
    /// for, whatever came before it.
    fn body_colon_reference(text: &str) -> Option<(&str, &str)> {
        let head = &text.as_bytes()[..text.len().min(HEAD_BYTES)];
        if !(head.contains(&b':') || head.windows(3).any(|w| w == punct::FW_COLON_BYTES)) {
            return None;
        }
        let (at, c) = text.char_indices().take(MAX_BODY + 1).find(|&(_, c)| !punct::is_ideograph(c))?;
        if !punct::is_colon(c) {
            return None;
        }
        let head = &text[..at];
        let rest = punct::trim(&text[at + c.len_utf8()..]);
        is_body_title(head).then_some((head, rest))
    }

    #[test]
    fn body_colon_agrees_with_searching_every_colon() {
        let parts = ["区", "局", "市水务局", "：", ":", "，", "（", "）", "\u{F900}", "\u{FF21}", "1", "a", "负责"];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = texts.iter().flat_map(|t| parts.iter().map(move |p| format!("{t}{p}"))).collect();
            for t in &texts {
                for text in [t.clone(), format!("{}{t}", "区".repeat(MAX_BODY - 4))] {
                    assert_eq!(body_colon(&text), body_colon_reference(&text), "{text}");
                }
            }
        }
    }

    #[test]
    fn colon_duties() {
        assert_eq!(colon_duty("市公安局：负责维护现场秩序。"), Some(("市公安局", Role::Responsible)));
        assert_eq!(colon_duty("区民政局:配合做好安置。"), Some(("区民政局", Role::Support)));
        assert_eq!(body_colon("区规划资源局：明确绿线控制范围"), Some(("区规划资源局", "明确绿线控制范围")));
        // an addressee, a label, a sentence: no duty
        assert_eq!(colon_duty("交通运输部：你部关于建立联席会议制度的请示收悉。"), None);
        assert_eq!(colon_duty("责任单位：市水务局"), None);
        assert_eq!(body_colon("工作目标：到2025年"), None);
        assert_eq!(colon_duty("市公安局负责维护现场秩序：一是"), None);
    }
}
