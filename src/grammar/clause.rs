//! Responsibility clauses: a bracketed group at the end of a paragraph, or
//! right after a sentence's 。 inside it, that names bodies with a role:
//!
//! - suffix form: `（公安部、发展改革委等负责）`, `(中央农办牵头,农业部等参与)`,
//!   `（各区政府按职责分工负责）`;
//! - labelled form: `（责任单位：市水务局，各区政府）`,
//!   `（牵头单位：市住房城乡建设管理委；配合单位：市水务局）`.
//!
//! Bodies are split on 、, and on 和/及/与 only where both sides are
//! whole bodies (`财政部等和各省级人民政府`, `国务院相关部门及各地区`; never
//! inside a name such as 住房和城乡建设部); role groups on ，/, and ；/;.
//! `X会同Y负责` makes X lead and Y support. Other sentences in the clause
//! are kept as notes; a standing note such as
//! 以下任务均需各省级有关部门落实,不再列出 also yields the bodies it names,
//! and 列第一位者为牵头单位 (the first body named leads) is flagged for the
//! block builder to carry forward.

use crate::ast::Role;
use crate::punct::{self, Bracket, BracketAt, JUHAO};
use crate::span::offset_in;
use memchr::memmem::Finder;
use nom::{IResult, Parser, branch::alt, bytes::complete::tag, combinator::value};
use std::sync::LazyLock;

/// Bodies with their roles, borrowed from the clause text.
type Assigned<'s> = Vec<(&'s str, Role)>;

/// A clause's content split into its parts; all slices borrow from the
/// content passed to [`parse_clause`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Clause<'s> {
    pub(crate) agencies: Assigned<'s>,
    pub(crate) notes: Vec<&'s str>,
    /// Bodies named by a standing note (以下…均需X落实), role responsible.
    pub(crate) standing: Vec<&'s str>,
    /// Whether a note says that the first body of each clause leads
    /// (列第一位者为牵头单位, 排在第一位的为牵头单位, 第一个单位为牵头单位).
    pub(crate) first_leads: bool,
}

/// Labels of the labelled form, longest first where one is a prefix.
fn label(i: &str) -> IResult<&str, Role> {
    // the first character rejects most texts before the 20 tags are tried
    if !starts_like_label(i) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)));
    }
    alt((
        // (处室, 科室: the divisions of a department, in its own key points)
        value(
            Role::Lead,
            alt((tag("牵头单位"), tag("牵头部门"), tag("牵头处室"), tag("牵头科室"), tag("主办单位"), tag("牵头"))),
        ),
        value(
            Role::Responsible,
            alt((
                tag("责任单位"),
                tag("责任部门"),
                tag("责任处室"),
                tag("责任科室"),
                tag("主责单位"),
                tag("实施单位"),
                tag("负责单位"),
                tag("负责部门"),
                tag("主责部门"),
            )),
        ),
        value(
            Role::Support,
            alt((
                tag("配合单位"),
                tag("配合部门"),
                tag("参与单位"),
                tag("参与部门"),
                tag("参加单位"),
                tag("参加部门"),
                tag("协办单位"),
                tag("协办部门"),
                tag("协同单位"),
                tag("协同部门"),
                tag("协助单位"),
                tag("协助部门"),
                tag("配合处室"),
                tag("配合科室"),
                tag("配合"),
            )),
        ),
    ))
    .parse(i)
}

/// Whether `i` starts with the first character of a label of [`label`]
/// (a test checks each).
fn starts_like_label(i: &str) -> bool {
    const FIRSTS: super::CharSet = super::CharSet::new(&['牵', '主', '责', '实', '负', '配', '参', '协']);
    i.chars().next().is_some_and(|c| FIRSTS.contains(c))
}

/// `label：` with either colon, or `label为` (牵头单位为市水务局).
fn labelled_head(i: &str) -> IResult<&str, Role> {
    let (i, role) = label(i)?;
    let (i, _) =
        alt((nom::character::complete::satisfy(punct::is_colon), nom::character::complete::char('为'))).parse(i)?;
    Ok((i, role))
}

/// `X为牵头单位` (the label last): the names and the role.
pub(crate) fn label_last(sentence: &str) -> Option<(&str, Role)> {
    // every label ends in one of these words: most sentences end in none,
    // and are rejected before a backward search for 为
    if !may_end_label(sentence) {
        return None;
    }
    let (names, tail) = sentence.rsplit_once('为')?;
    let (rest, role) = label(tail).ok()?;
    (rest.is_empty() && !names.is_empty()).then_some((names, role))
}

/// Whether `s` ends like a label of [`label`] (`…为责任单位`): a cheap
/// necessary condition before [`label_last`].
pub(crate) fn may_end_label(s: &str) -> bool {
    LABEL_ENDS.iter().any(|e| punct::has_suffix(s.as_bytes(), e.as_bytes()))
}

/// The last words of the labels of [`label`] (a test checks each).
const LABEL_ENDS: [&str; 4] = ["单位", "部门", "牵头", "配合"];

/// Whether `s` starts with a label of another kind (`适用范围：…`): a few
/// ideographs and a colon.
fn other_label(s: &str) -> bool {
    s.char_indices()
        .take(MAX_OTHER_LABEL + 1)
        .find(|&(_, c)| !punct::is_ideograph(c))
        .is_some_and(|(i, c)| i > 0 && punct::is_colon(c))
}

/// Whether `s`, after a separator in a label run, opens with a deadline
/// phrase instead of a body: `（责任单位：市政府办公室，下半年完成）`,
/// `（责任单位：各部门，持续推进）`. The phrase and what follows are a note
/// (the clause's deadline is read from its notes). A body's name opens
/// with no digit and none of the first characters of a phrase that is not
/// a date (年 月 季 上 下 前 第 今 本 每 长 持 常 一 二 三 四 …): the
/// production runs only on those, once per separator of a label run.
fn opens_deadline(s: &str) -> bool {
    let Some(c) = s.chars().next() else { return false };
    if !(c.is_ascii_digit() || super::numeral::is_digit(c) || DEADLINE_FIRSTS.contains(c)) {
        return false;
    }
    super::deadline::phrase(s).is_ok_and(|(_, p)| p.when != super::deadline::When::Start)
}

/// First characters of deadline phrases without a year (上半年, 三季度,
/// 年底前, 持续推进, 长期坚持, 每季度, 今年底, 本年度内, 第三季度, 年内,
/// 二〇二五年).
const DEADLINE_FIRSTS: &str = "年月季上下前第今本每长持常一二三四〇零";

/// Most characters of a label of another kind inside a clause.
const MAX_OTHER_LABEL: usize = 6;

/// Role words that end a group of the suffix form, longest first.
const ROLE_SUFFIXES: &[(&str, Role)] = &[
    ("按照职责分工负责", Role::Responsible),
    ("按职责分工负责", Role::Responsible),
    // (X、Y等部门要按照职责分工，加强指导: the duty follows the comma)
    ("要按照职责分工", Role::Responsible),
    ("按照职责分工", Role::Responsible),
    ("按职责分工落实", Role::Responsible),
    // (X、Y按职责负责 / 按照职责负责 / 各负其责: each for its own part)
    ("按照职责负责", Role::Responsible),
    ("按职责负责", Role::Responsible),
    ("按职责落实", Role::Responsible),
    ("各负其责", Role::Responsible),
    ("按职能分工负责", Role::Responsible),
    ("分别负责", Role::Responsible),
    ("共同负责", Role::Responsible),
    ("负责落实", Role::Responsible),
    ("具体负责", Role::Responsible),
    ("牵头负责", Role::Lead),
    ("牵头落实", Role::Lead),
    // (X负责组织实施 / X组织实施: the body that carries the work out)
    ("负责组织实施", Role::Responsible),
    ("组织实施", Role::Responsible),
    // (X负责指导，Y具体实施: the body that carries out what another steers)
    ("具体实施", Role::Responsible),
    ("负责实施", Role::Responsible),
    // (X负总责 / X承担主体责任: the body accountable for the work as a
    // whole; of the three roles, responsible)
    ("负总责", Role::Responsible),
    ("承担主体责任", Role::Responsible),
    ("负主体责任", Role::Responsible),
    ("负责", Role::Responsible),
    // (X负责牵头, as 牵头负责)
    ("负责牵头", Role::Lead),
    ("牵头", Role::Lead),
    ("参与", Role::Support),
    ("参加", Role::Support),
    // (Y配合落实: supports the work another leads)
    ("配合落实", Role::Support),
    ("配合", Role::Support),
    ("协助", Role::Support),
    ("协办", Role::Support),
    ("协同", Role::Support),
    // (X主责: the body primarily responsible, as a 主责单位)
    ("主责", Role::Responsible),
    // (X具体承办 / X承办: the body that does the work a leading body
    // steers or hosts)
    ("具体承办", Role::Responsible),
    ("承办", Role::Responsible),
    // (考核工作由X统一领导，Y具体负责，Z参加: the body that leads the work
    // as a whole steers it, as 指导 does: see [`STEER_SUFFIXES`])
    ("统一领导", Role::Lead),
];

/// Role words of the bodies that steer or oversee a task others carry out
/// (生态环境部指导，试点城市政府负责落实; 各区负责，市市场监管局监督): of the
/// three roles (closed: docs/json.md), lead, as 统一领导. Longest first
/// where one ends another. Read only after a name that ends like a body's
/// (see [`steered_by_body`]): 加强业务指导, 接受社会监督 name none.
const STEER_SUFFIXES: [&str; 10] =
    ["负责指导", "统筹指导", "指导监督", "监督指导", "指导督促", "督促指导", "指导", "督促", "督导", "监督"];

/// Whether the names before a steering word end with a body's name (the
/// last item of the list: 市卫生健康委, 财政部、税务总局, 各区) that the
/// gazetteer knows as a national, local or collective body: the sentences
/// of a regulation say who oversees what in the same words
/// (审计机关按照规定对重大行政决策进行监督, 加强行政系统内部监督), and
/// 接受社会监督, 加强业务指导 name none.
fn steered_by_body(names: &str) -> bool {
    let last = names.rsplit(punct::DUNHAO).next().map_or(names, clean_name);
    (super::prose::is_subject(last) || super::prose::is_partner(last) || super::shared::is_bare(last))
        && !matches!(crate::gazetteer::classify(last, None, None), crate::gazetteer::BodyClass::Unknown)
}

/// Tails that are not part of a body's name, longest first.
const NAME_TAILS: &[&str] = &["等有关单位", "等有关部门", "等相关部门", "等单位", "等部门", "等"];

/// The names before a role word ending `group`, and the role.
pub(crate) fn strip_role(group: &str) -> Option<(&str, Role)> {
    // most groups end in no role word: their last character shows it, and
    // picks the few words that end in it
    let last = ROLE_LAST_SET.get(group.chars().next_back()?)?;
    let (names, role, steer) = ROLE_BY_LAST[usize::from(last)]
        .iter()
        .find_map(|&(suffix, role, steer)| punct::strip_suffix(group, suffix).map(|names| (names, role, steer)))?;
    (!steer || steered_by_body(names)).then_some((names, role))
}

/// A role word, its role, and whether it steers (see [`STEER_SUFFIXES`]).
type RoleWord = (&'static str, Role, bool);

/// [`ROLE_SUFFIXES`], then [`STEER_SUFFIXES`] (lead, `true`), by the slot
/// of their last character in [`ROLE_LAST`], each list in table order.
static ROLE_BY_LAST: LazyLock<[Vec<RoleWord>; ROLE_LAST.len()]> = LazyLock::new(|| {
    let mut by: [Vec<RoleWord>; ROLE_LAST.len()] = Default::default();
    let words =
        ROLE_SUFFIXES.iter().map(|&(w, r)| (w, r, false)).chain(STEER_SUFFIXES.iter().map(|&w| (w, Role::Lead, true)));
    for (w, r, steer) in words {
        let last = w.chars().next_back().and_then(|c| ROLE_LAST.iter().position(|&l| l == c));
        if let Some(k) = last {
            by[k].push((w, r, steer));
        }
    }
    by
});

/// The last characters of [`ROLE_SUFFIXES`] and [`STEER_SUFFIXES`]
/// (checked by a test).
const ROLE_LAST: [char; 15] =
    ['责', '实', '头', '与', '合', '助', '加', '办', '导', '工', '施', '任', '督', '促', '同'];
/// [`ROLE_LAST`] as a set, each character with its index there.
const ROLE_LAST_SET: super::CharSet = super::CharSet::map(&{
    let mut pairs = [('\0', 0u8); ROLE_LAST.len()];
    let mut k = 0;
    while k < ROLE_LAST.len() {
        pairs[k] = (ROLE_LAST[k], k as u8);
        k += 1;
    }
    pairs
});

/// Whether `c` can end a role word (牵头, 负责, 配合 …): a cheap necessary
/// condition before [`strip_role`] or a search for role groups.
pub(crate) fn may_end_role(c: char) -> bool {
    ROLE_LAST_SET.contains(c)
}

/// Clean one name: trim, drop a leading 由 and 等… tails (等, 等部门,
/// 等国务院相关部门, 等有关部门和单位 …).
pub(crate) fn clean_name(name: &str) -> &str {
    let mut n = punct::trim(name);
    n = n.strip_prefix('由').unwrap_or(n);
    // every tail and collective ending ends in 等, 位, 门, 构 or 面 (a
    // test checks each): most names end otherwise, and only trimming is left
    if !TAIL_LAST.iter().any(|l| punct::has_suffix(n.as_bytes(), l.as_bytes())) {
        return punct::trim(n);
    }
    for tail in NAME_TAILS {
        if let Some(s) = punct::strip_suffix(n, tail) {
            return punct::trim(s);
        }
    }
    // a collective tail ends the name (see [`collective_tail`]): only then
    // is a 等 looked for
    if COLLECTIVE_ENDS.iter().any(|e| punct::has_suffix(n.as_bytes(), e.as_bytes())) {
        if let Some(at) = n.rfind('等').filter(|&at| collective_tail(&n[at + '等'.len_utf8()..])) {
            n = &n[..at];
        }
    }
    punct::trim(n)
}

/// The last characters of [`NAME_TAILS`] and [`COLLECTIVE_ENDS`].
const TAIL_LAST: [&str; 5] = ["等", "位", "门", "构", "面"];

/// Endings of a collective after 等.
const COLLECTIVE_ENDS: [&str; 4] = ["部门", "单位", "机构", "方面"];

/// Whether the words after a 等 are a collective that only says "and the
/// others" (国务院相关部门, 有关部门和单位, 相关单位).
fn collective_tail(t: &str) -> bool {
    super::chars_in(t, 0, 12)
        && COLLECTIVE_ENDS.iter().any(|e| t.ends_with(e))
        && ["有关", "相关", "其他"].iter().any(|w| t.contains(w))
}

/// Endings of a whole body or collective, for splitting on 和/及/与.
const GROUP_ENDS: &[&str] = &[
    "部门", "单位", "地区", "机构", "政府", "街镇", "乡镇", "集团", "公司", "中心", "银行", "部", "委", "局", "办",
    "署", "会", "院", "厅", "室", "联",
];

/// Whether `s` (cleaned) reads as a whole body or collective.
fn whole_body(s: &str) -> bool {
    super::chars_in(s, 2, 30) && GROUP_ENDS.iter().any(|e| s.len() > e.len() && s.ends_with(e))
}

/// Most 和/及/与 in one item that splitting considers.
const MAX_JOINS: usize = 8;

/// Most bytes of one name ([`is_name`]: 40 characters of at most 4 bytes).
const MAX_NAME_BYTES: usize = 40 * 4;

/// Whether a part of an item split on 和/及/与 is a whole body (and not
/// the generic rest of 部门和单位).
fn whole_part(part: &str) -> bool {
    let part = part.strip_suffix('以').unwrap_or(part);
    !["单位", "部门", "机构"].iter().any(|g| part.starts_with(g)) && whole_body(clean_name(part))
}

/// Split one item of a list on 和/及/与 where the parts on both sides are
/// whole bodies (`财政部等和各省级人民政府`, `国务院相关部门和单位及各地区`,
/// `住房和城乡建设部与文化和旅游部`), never inside a name
/// (住房和城乡建设部, 各省及计划单列市发展改革委): of the ways to split
/// it into whole bodies, the one with the most parts.
pub(crate) fn split_joined<'s>(item: &'s str, mut each: impl FnMut(&'s str)) {
    let conj = |c: char| matches!(c, '和' | '及' | '与');
    // (16 bytes at a time: most items hold none)
    if !punct::has_marks::<punct::Joins>(item) {
        each(item);
        return;
    }
    // a part longer than a name is refused later anyway: no search
    if item.len() > (MAX_JOINS + 1) * MAX_NAME_BYTES {
        each(item);
        return;
    }
    let joins: Vec<usize> = item.char_indices().filter(|&(_, c)| conj(c)).map(|(i, _)| i).take(MAX_JOINS + 1).collect();
    if joins.len() > MAX_JOINS {
        each(item);
        return;
    }
    // nodes: 0 is the item's start, j + 1 the text after join j; the end
    // of the item is the last node
    let after = |j: usize| joins[j] + '和'.len_utf8();
    let n = joins.len() + 2;
    let start_of = |node: usize| if node == 0 { 0 } else { after(node - 1) };
    let end_of = |node: usize| if node == n - 1 { item.len() } else { joins[node - 1] };
    // best[node]: most parts reaching it, and the node the last part began at
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n];
    best[0] = Some((0, 0));
    for to in 1..n {
        for from in 0..to {
            let Some((parts, _)) = best[from] else { continue };
            let (a, b) = (start_of(from), end_of(to));
            if a < b && whole_part(&item[a..b]) && best[to].is_none_or(|(p, _)| parts + 1 > p) {
                best[to] = Some((parts + 1, from));
            }
        }
    }
    if best[n - 1].is_none_or(|(p, _)| p < 2) {
        each(item);
        return;
    }
    let mut bounds = Vec::new();
    let mut node = n - 1;
    while node > 0 {
        let from = best[node].map_or(0, |(_, f)| f);
        let part = &item[start_of(from)..end_of(node)];
        bounds.push(part.strip_suffix('以').unwrap_or(part));
        node = from;
    }
    bounds.into_iter().rev().for_each(each);
}

/// The pieces of a split of `list` on marks (each a sub-slice of `list`,
/// in order), those a bracket runs across joined again: `各县（市、区）人民政府`
/// is one item of `市农业农村局、各县（市、区）人民政府`, not two.
pub(crate) fn unbroken<'s>(
    list: &'s str,
    pieces: impl Iterator<Item = &'s str> + Clone,
) -> impl Iterator<Item = &'s str> + Clone {
    // (most lists hold no bracket: one test of the list, then the pieces
    // pass through)
    unbroken_if(punct::find_marks::<punct::RoundBrackets>(list).is_some(), list, pieces)
}

/// [`unbroken`] of a list known to hold a round bracket (`bracketed`) or
/// none.
fn unbroken_if<'s>(
    bracketed: bool,
    list: &'s str,
    mut pieces: impl Iterator<Item = &'s str> + Clone,
) -> impl Iterator<Item = &'s str> + Clone {
    // (a closing bracket alone joins nothing: its depth is below zero)
    std::iter::from_fn(move || {
        let first = pieces.next()?;
        if !bracketed {
            return Some(first);
        }
        let offset = |p: &str| offset_in(list, p);
        let (start, mut end) = (offset(first), offset(first) + first.len());
        let mut depth = bracket_depth(first);
        while depth > 0 {
            let Some(next) = pieces.next() else { break };
            end = offset(next) + next.len();
            depth += bracket_depth(next);
        }
        Some(&list[start..end])
    })
}

/// Opening round brackets less closing ones in `s`.
fn bracket_depth(s: &str) -> i32 {
    s.chars().map(|c| i32::from(punct::is_lparen(c)) - i32::from(punct::is_rparen(c))).sum()
}

/// Whether `s` reads like the name of a body (or a list of them).
fn is_name(s: &str) -> bool {
    super::chars_in(s, 2, 40) && punct::find_marks::<punct::NotInName>(s).is_none() && !s.starts_with("以下")
}

/// Append the names of a list (split on 、, and in labelled lists also on
/// ，/；), cleaned, with `role`. False (nothing kept) when an item is no
/// name or there is none.
fn names<'s>(list: &'s str, also_commas: bool, role: Role, out: &mut Assigned<'s>) -> bool {
    // most lists join no two bodies with 和, 及 or 与: one search of the
    // whole list then spares one of each item (see [`split_joined`])
    let joins = punct::has_marks::<punct::Joins>(list);
    if also_commas {
        // (the list searched once for brackets, for each split of it)
        let bracketed = punct::find_marks::<punct::RoundBrackets>(list).is_some();
        // a group after a comma may state its own role (`责任单位：A，B配合`,
        // `责任单位：A、B，C牵头`): its bodies take that role. (One test of
        // the last character of each group; the list is read as one when
        // none ends like a role word.)
        let groups = || unbroken_if(bracketed, list, punct::split_marks::<punct::CommaOrSemicolon>(list));
        if !groups().any(|g| g.chars().next_back().is_some_and(|c| ROLE_LAST_SET.contains(c))) {
            let items = unbroken_if(bracketed, list, punct::split_marks::<punct::DunhaoCommaSemicolon>(list));
            return names_of(items, joins, role, out);
        }
        let before = out.len();
        for group in groups() {
            let (group, role) = strip_role(group).filter(|(n, _)| !n.is_empty()).unwrap_or((group, role));
            // (a group of a list without brackets holds none)
            let group_bracketed = bracketed && punct::find_marks::<punct::RoundBrackets>(group).is_some();
            let items = unbroken_if(group_bracketed, group, punct::split_marks::<punct::Dunhao>(group));
            if !names_of(items, joins, role, out) && !group.is_empty() {
                out.truncate(before);
                return false;
            }
        }
        out.len() > before
    } else {
        names_of(unbroken(list, punct::split_marks::<punct::Dunhao>(list)), joins, role, out)
    }
}

/// [`names`] of the items of a list; `joins` says whether the list holds
/// a 和, 及 or 与 (the items are split on them only then).
fn names_of<'s>(items: impl Iterator<Item = &'s str>, joins: bool, role: Role, out: &mut Assigned<'s>) -> bool {
    let before = out.len();
    let mut ok = true;
    // whether a bare level that is no name was kept (only then are the
    // names checked again below)
    let mut bare = false;
    for raw in items {
        let mut each = |part| {
            let n = clean_name(part);
            if n.is_empty() || !ok {
                return;
            }
            // (a body with its own role in brackets after it:
            // 责任单位：县行政审批局（牵头），县自然资源局)
            // (the last byte of ) or ） first: most names end otherwise)
            let (n, role) = match n.as_bytes().last() {
                Some(b')' | 0x89) => own_role(n).unwrap_or((n, role)),
                _ => (n, role),
            };
            // (a one-character level, 省 of 省、市、县三级人民政府, only
            // before the name that lends it its ending: checked below)
            if is_name(n) {
                out.push((n, role));
            } else if super::shared::is_bare(n) {
                bare = true;
                out.push((n, role));
            } else {
                ok = false;
            }
        };
        if joins {
            split_joined(raw, &mut each);
        } else {
            each(raw);
        }
        if !ok {
            out.truncate(before);
            return false;
        }
    }
    let mine = &out[before..];
    if bare && (0..mine.len()).any(|i| !is_name(mine[i].0) && !super::shared::lent(mine, i)) {
        out.truncate(before);
        return false;
    }
    out.len() > before
}

/// A name with its role in brackets after it, `县行政审批局（牵头）`,
/// `市财政局(配合)`: the name and that role. One test of the last
/// character rejects other names.
fn own_role(n: &str) -> Option<(&str, Role)> {
    let close = n.chars().next_back().filter(|&c| punct::is_rparen(c))?;
    let inner = &n[..n.len() - close.len_utf8()];
    let open = inner.char_indices().next_back().and_then(|_| inner.rfind(punct::is_lparen))?;
    let word = &inner[open..];
    let word = &word[word.chars().next()?.len_utf8()..];
    let role = match word {
        "牵头" | "牵头单位" => Role::Lead,
        "配合" | "参与" | "协同" => Role::Support,
        _ => return None,
    };
    let name = punct::trim(&n[..open]);
    (!name.is_empty()).then_some((name, role))
}

/// `list` split around its first 会同, by a walk over its bytes (a list of
/// names is short: `str::split_once` prepares a searcher on every call);
/// the three bytes of 会 are compared inline, the rest only after them (a
/// call to compare at every lead byte E4 costs more than the walk).
fn split_joint(list: &str) -> Option<(&str, &str)> {
    const JOINT: &[u8; 6] = "会同".as_bytes().first_chunk::<6>().unwrap();
    let at = list
        .as_bytes()
        .windows(JOINT.len())
        .position(|w| w[0] == JOINT[0] && w[1] == JOINT[1] && w[2] == JOINT[2] && w[3..] == JOINT[3..])?;
    Some((&list[..at], &list[at + JOINT.len()..]))
}

/// A group's names with its role: `X会同Y` makes X lead and Y support.
fn group_names<'s>(list: &'s str, role: Role, out: &mut Assigned<'s>) -> bool {
    if let Some((lead, with)) = split_joint(list) {
        let before = out.len();
        if names(lead, false, Role::Lead, out) && names(with, false, Role::Support, out) {
            return true;
        }
        out.truncate(before);
        return false;
    }
    names(list, false, role, out)
}

/// The labelled form: `责任单位：A、B，C；配合单位：D`, `牵头单位为A`, or
/// `A为牵头单位`, appended to `out`; what follows a label of another kind
/// (`，适用范围：…`) goes to `notes`.
fn labelled<'s>(sentence: &'s str, out: &mut Assigned<'s>, notes: &mut Vec<&'s str>) -> bool {
    let Ok((mut rest, mut role)) = labelled_head(sentence) else {
        // a label of another kind first (`完成时限：2024年底前；责任单位：A`,
        // `牵头市领导：王某；牵头单位：A`): a note, and the labels after it
        if other_label(sentence) {
            if let Some((end, from)) = next_labelled(sentence) {
                let n = notes.len();
                if labelled(&sentence[from..], out, notes) {
                    notes.insert(n, punct::trim(&sentence[..end]));
                    return true;
                }
            }
        }
        return label_last(sentence).is_some_and(|(list, role)| names(list, false, role, out));
    };
    let before = out.len();
    loop {
        // the list runs to the next separator that is followed by a label
        let mut end = rest.len();
        let mut next = None;
        let mut note = None;
        // (the separators found by a search, not by decoding each character)
        let mut from = 0;
        // (a space separates too, only before a label: `A　配合单位：B`)
        while let Some(k) = punct::find_marks::<punct::CommaSemicolonOrSpace>(&rest[from..]) {
            let i = from + k;
            from = i + punct::len_at(rest, i);
            let after = punct::trim(&rest[from..]);
            if let Ok((r, role2)) = labelled_head(after) {
                end = i;
                next = Some((r, role2));
                break;
            }
            if other_label(after) || opens_deadline(after) {
                end = i;
                note = Some(after);
                break;
            }
        }
        if !names(&rest[..end], true, role, out) {
            out.truncate(before);
            return false;
        }
        match next {
            Some((r, role2)) => {
                rest = r;
                role = role2;
            }
            None => {
                notes.extend(note);
                return true;
            }
        }
    }
}

/// The first separator of `sentence` (a comma, a semicolon or white
/// space) that a label of [`label`] follows, and where that label starts
/// (`完成时限：2024年底前；责任单位：A` → the offsets of ； and 责任单位).
fn next_labelled(sentence: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(k) = punct::find_marks::<punct::CommaSemicolonOrSpace>(&sentence[from..]) {
        let at = from + k;
        from = at + punct::len_at(sentence, at);
        let after = punct::trim_start(&sentence[from..]);
        if labelled_head(after).is_ok() {
            return Some((at, sentence.len() - after.len()));
        }
    }
    None
}

/// The suffix form: groups `A、B等负责`, `C牵头`, … separated by ，/；,
/// appended to `out`; groups after the last role word go to `notes`.
fn suffixed<'s>(sentence: &'s str, out: &mut Assigned<'s>, notes: &mut Vec<&'s str>) -> bool {
    // each group split off and its role word stripped once (a usual
    // clause's groups on the stack)
    const ON_STACK: usize = 16;
    let mut stack: [Group<'s>; ON_STACK] = [("", None); ON_STACK];
    let mut heap: Vec<Group<'s>> = Vec::new();
    let mut n = 0;
    for g in punct::split_marks::<punct::CommaOrSemicolon>(sentence).map(punct::trim) {
        let group = (g, strip_role(g));
        if n < ON_STACK {
            stack[n] = group;
        } else {
            if n == ON_STACK {
                heap.extend_from_slice(&stack);
            }
            heap.push(group);
        }
        n += 1;
    }
    let groups = if n <= ON_STACK { &stack[..n] } else { &heap[..] };
    suffixed_groups(groups, out, notes)
}

/// A group of the suffix form and its names and role, when it ends with a
/// role word.
type Group<'s> = (&'s str, Option<(&'s str, Role)>);

/// [`suffixed`] of the groups of a sentence.
fn suffixed_groups<'s>(groups: &[Group<'s>], out: &mut Assigned<'s>, notes: &mut Vec<&'s str>) -> bool {
    let Some(last_role) = groups.iter().rposition(|(_, r)| r.is_some()) else {
        return false;
    };
    let (before, notes_before) = (out.len(), notes.len());
    // the next group with a role word, for groups without one before it
    // (（A，B等负责）): found by a cursor that only moves forward
    let mut next = 0;
    for (i, &(g, stripped)) in groups.iter().enumerate() {
        if g.is_empty() {
            continue;
        }
        let (list, role) = match stripped {
            Some(r) => r,
            None if i < last_role => {
                while next < groups.len() && (next <= i || groups[next].1.is_none()) {
                    next += 1;
                }
                match groups.get(next).and_then(|(_, r)| *r) {
                    Some((_, role)) => (g, role),
                    None => return false,
                }
            }
            None => {
                notes.push(g);
                continue;
            }
        };
        if !group_names(list, role, out) {
            out.truncate(before);
            notes.truncate(notes_before);
            return false;
        }
    }
    true
}

/// A standing note: 以下任务均需X落实(,不再列出) → the names in X.
fn standing(sentence: &str) -> Option<Vec<&str>> {
    let s = sentence.strip_prefix("以下")?;
    let start = ["均需", "均由", "均请", "需"].iter().find_map(|k| s.find(k).map(|i| i + k.len()))?;
    let tail = &s[start..];
    let end = ["落实", "负责", "承担"].iter().filter_map(|k| tail.find(k)).min()?;
    let mut out = Vec::new();
    names(&tail[..end], false, Role::Responsible, &mut out).then(|| out.into_iter().map(|(n, _)| n).collect())
}

/// Read the content of a bracketed group (without its brackets) as a
/// clause. `None` when it names no body with a role.
pub(crate) fn parse_clause(content: &str) -> Option<Clause<'_>> {
    let mut clause = Clause::default();
    parse_clause_into(content, &mut clause).then_some(clause)
}

/// [`parse_clause`] into `clause`, whose buffers are cleared and reused:
/// whether the content names a body with a role.
fn parse_clause_into<'s>(content: &'s str, clause: &mut Clause<'s>) -> bool {
    clause.agencies.clear();
    clause.notes.clear();
    clause.standing.clear();
    clause.first_leads = false;
    for sentence in punct::split_marks::<punct::Juhao>(content).map(punct::trim).filter(|s| !s.is_empty()) {
        // 列第一位者为牵头单位 names no body (not 'X为牵头单位')
        if first_leads(sentence) {
            clause.first_leads = true;
            clause.notes.push(sentence);
            continue;
        }
        if !labelled(sentence, &mut clause.agencies, &mut clause.notes)
            && !suffixed(sentence, &mut clause.agencies, &mut clause.notes)
            && !marked_list(sentence, &mut clause.agencies)
        {
            if let Some(list) = standing(sentence) {
                clause.standing.extend(list);
            }
            clause.notes.push(sentence);
        }
    }
    !clause.agencies.is_empty()
}

/// A list of bodies with no label and no role word after it, one of them
/// marked with its role in brackets (`市发展改革委（牵头），市财政局、市商务委`):
/// the marked bodies take their role, the others are responsible (as in a
/// 责任单位 list). Every item must read as a body. Only a sentence with a
/// bracket inside is read (most hold none).
fn marked_list<'s>(sentence: &'s str, out: &mut Assigned<'s>) -> bool {
    if punct::find_marks::<punct::RoundBrackets>(sentence).is_none() {
        return false;
    }
    let before = out.len();
    let mut marked = false;
    for item in unbroken(sentence, punct::split_marks::<punct::DunhaoCommaSemicolon>(sentence)) {
        let item = clean_name(item);
        let (name, role) = match own_role(item) {
            Some(r) => {
                marked = true;
                r
            }
            None => (item, Role::Responsible),
        };
        if !(super::prose::is_partner(name) || super::prose::is_body(name)) {
            out.truncate(before);
            return false;
        }
        out.push((name, role));
    }
    if !marked {
        out.truncate(before);
    }
    marked
}

/// Most bodies of a bracket that names bodies with no role word.
const MAX_BARE_BODIES: usize = 8;

/// A bracket of bodies alone, with no role word, closing a paragraph after
/// its last sentence (`…形成工作机制。（各有关单位）`): the bodies that carry
/// out the task, responsible. Every item (split on 、) must read as a body
/// or a collective (有关单位), so a note or an abbreviation stays a note.
fn bare_bodies<'s>(content: &'s str, clause: &mut Clause<'s>) -> bool {
    let content = punct::trim(content);
    if content.is_empty() || content.chars().any(|c| punct::is_prose_punct(c) && c != punct::DUNHAO) {
        return false;
    }
    let items = || unbroken(content, punct::split_marks::<punct::Dunhao>(content)).map(punct::trim);
    if items().count() > MAX_BARE_BODIES || !items().all(|b| super::prose::is_partner(b) || super::prose::is_body(b)) {
        return false;
    }
    clause.agencies.clear();
    clause.agencies.extend(items().map(|b| (b, Role::Responsible)));
    true
}

/// Searcher for 牵头, built once (`str::find` builds one on every call).
static QIAN_TOU: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("牵头"));

/// A note that the first body named leads: 列第一位者为牵头单位(，下同),
/// 排在第一位的为牵头单位, 第一个单位为牵头单位, 列首位的为牵头部门.
pub(crate) fn first_leads(note: &str) -> bool {
    let Some(at) = QIAN_TOU.find(note.as_bytes()) else { return false };
    let before = &note[..at];
    let says_who = ["为", "的", "的部门", "的单位"].iter().any(|e| before.ends_with(e));
    says_who && (before.contains("第一") || before.contains("首位")) && super::chars_in(before, 0, 16)
}

/// The clauses of a line, in buffers kept from line to line (a clause's
/// lists are reused by the next line's clauses).
#[derive(Debug, Default)]
pub(crate) struct Found<'l> {
    /// Byte ranges (within the line) of the clauses, brackets included.
    ranges: Vec<(usize, usize)>,
    /// Their contents: the first `ranges.len()` are this line's.
    clauses: Vec<Clause<'l>>,
    /// Whether a bracketed note of the line that names no body says that
    /// the first body of each clause leads (（各项任务列第一位者为牵头单位）).
    pub(crate) first_leads_note: bool,
}

impl<'l> Found<'l> {
    /// Whether the line holds no clause.
    pub(crate) fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// Each clause's byte range and content, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, usize, &Clause<'l>)> {
        self.ranges.iter().zip(&self.clauses).map(|(&(s, e), c)| (s, e, c))
    }
}

/// Find the bracketed groups of `line` that are clauses, into `found`
/// (replacing what it held): their byte ranges within `line`, brackets
/// included, and their parsed content. `events` are the brackets of `line`
/// (see [`punct::brackets`]) at offsets counted from `base`. `pairing` holds
/// buffers kept from line to line.
/// `colons` are the colons of `line` that end a responsibility label (see
/// [`label_colons`]), counted from `base` too.
pub(crate) fn find_clauses<'l>(
    line: &'l str,
    events: &[BracketAt],
    colons: &[usize],
    base: usize,
    pairing: &mut Pairing,
    found: &mut Found<'l>,
) {
    found.ranges.clear();
    found.first_leads_note = false;
    bracketed(line, events, base, pairing, found);
    // label runs after the last bracketed clause (ranges stay in order)
    if !colons.is_empty() {
        let from = found.ranges.last().map_or(0, |r| r.1);
        label_runs(line, from, colons, base, found);
    }
}

/// The bracketed clauses of [`find_clauses`].
fn bracketed<'l>(line: &'l str, events: &[BracketAt], base: usize, pairing: &mut Pairing, found: &mut Found<'l>) {
    // a line with no pair of round brackets holds no clause (a flood of
    // unclosed `((((` needs no pairing buffers either)
    // (the kinds seen, as bits, without a branch per event)
    let seen = events.iter().fold(0u8, |seen, e| seen | 1 << (e.kind() as u8));
    let both = 1 << (Bracket::Open as u8) | 1 << (Bracket::Close as u8);
    if seen & both != both {
        return;
    }
    // a clause's opening bracket starts a sentence, or its closing bracket
    // ends the line or stands before 。 or a semicolon (see below): a line
    // with no bracket of either (most brackets stand inside a sentence)
    // holds no clause, and its brackets are not paired. (From the line's
    // end: a clause's closing bracket ends most lines that hold one.)
    let candidate = events.iter().rev().any(|e| {
        let i = e.at() - base;
        match e.kind() {
            Bracket::Open => {
                line[..i].chars().next_back().is_none_or(|p| punct::is_sentence_end(p) || punct::is_semicolon(p))
            }
            Bracket::Close => {
                let end = i + line[i..].chars().next().map_or(1, char::len_utf8);
                line[end..].chars().next().is_none_or(|a| a == JUHAO || punct::is_semicolon(a))
                    || punct::trim(&line[end..]).is_empty()
            }
            Bracket::BookOpen | Bracket::BookClose => false,
        }
    });
    if !candidate {
        return;
    }

    pairing.pair(events);
    let partner = &pairing.partner;
    let mut book = 0usize;
    let mut k = 0;
    while k < events.len() {
        let (i, kind) = (events[k].at(), events[k].kind());
        let i = i - base;
        k += 1;
        match kind {
            Bracket::BookOpen => book += 1,
            Bracket::BookClose => book = book.saturating_sub(1),
            Bracket::Close => {}
            Bracket::Open if book > 0 => {}
            Bracket::Open => {
                let Some(close) =
                    partner.get(k - 1).filter(|&&c| c != UNPAIRED).map(|&c| events[c as usize].at() - base)
                else {
                    continue;
                };
                let end = close + line[close..].chars().next().map_or(1, char::len_utf8);
                let open_len = line[i..].chars().next().map_or(1, char::len_utf8);
                let close_len = end - close;
                let prev = line[..i].chars().next_back();
                let after = line[end..].chars().next();
                let starts_sentence = prev.is_none_or(|p| punct::is_sentence_end(p) || punct::is_semicolon(p));
                let ends_line =
                    punct::trim(&line[end..]).is_empty() || after.is_some_and(|a| a == JUHAO || punct::is_semicolon(a));
                if starts_sentence || ends_line {
                    let n = found.ranges.len();
                    if n == found.clauses.len() {
                        found.clauses.push(Clause::default());
                    }
                    let content = &line[i + open_len..end - close_len];
                    let is_clause = parse_clause_into(content, &mut found.clauses[n])
                        || (prev == Some(JUHAO)
                            && punct::trim(&line[end..]).is_empty()
                            && bare_bodies(content, &mut found.clauses[n]));
                    found.first_leads_note |= !is_clause && found.clauses[n].first_leads;
                    if is_clause {
                        found.ranges.push((i, end));
                        // continue after the clause
                        while k < events.len() && events[k].at() - base < end {
                            k += 1;
                        }
                    }
                }
            }
        }
    }
}

/// Labels that state a deadline after the bodies of a label run
/// (`责任单位：A，完成时限：2025年6月底前`).
const DEADLINE_LABELS: [&str; 6] = ["完成时限", "完成时间", "完成期限", "时间节点", "时限要求", "时间要求"];

/// The start of a responsibility label of [`label`] (two or four
/// ideographs) that ends at `colon`, a colon of `line`.
fn label_before(line: &str, colon: usize) -> Option<usize> {
    [4 * 3, 2 * 3].into_iter().find_map(|len| {
        let s = colon.checked_sub(len).filter(|&s| line.is_char_boundary(s))?;
        label(&line[s..colon]).ok().filter(|(rest, _)| rest.is_empty()).map(|_| s)
    })
}

/// Whether `s` starts with a responsibility label and its colon, or a
/// deadline label of [`DEADLINE_LABELS`] and its colon.
fn starts_with_label(s: &str) -> bool {
    labelled_head(s).is_ok()
        || DEADLINE_LABELS
            .iter()
            .any(|l| s.strip_prefix(l).is_some_and(|r| r.chars().next().is_some_and(punct::is_colon)))
}

/// The full-width colon, searched for as a whole character.
static FW_COLON: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("\u{FF1A}"));

/// Offsets in `text` of the colons (`：` or `:`) that end a responsibility
/// label (see [`label_before`]), in order, appended to `out`: the only
/// colons [`label_runs`] starts at. Found once for a whole text (two SIMD
/// searches, a label tested at each colon) instead of searching every line
/// for its colons: most lines hold none, most colons follow no label.
pub(crate) fn label_colons(text: &str, out: &mut Vec<usize>) {
    let b = text.as_bytes();
    let start = out.len();
    out.extend(FW_COLON.find_iter(b).filter(|&c| label_before(text, c).is_some()));
    let wide = out.len();
    out.extend(memchr::memchr_iter(b':', b).filter(|&c| label_before(text, c).is_some()));
    // (both lists are sorted; ASCII colons after labels are rare)
    if wide > start && out.len() > wide {
        out[start..].sort_unstable();
    }
}

/// Unbracketed label runs of `line[from..]`, appended to `found`: a
/// responsibility label and its colon (`责任单位：`, `牵头单位：`, `配合：` …)
/// at the start of the line or after a sentence end, semicolon, comma or
/// white space, with the labels and deadline labels that follow it, to
/// the end of the line or to a `。` followed by other text:
/// `牵头单位：省大数据局`, `…范围。责任单位：市发展改革委、市财政局，完成时限：2025年6月前。`,
/// `牵头单位：A　配合单位：B　完成时间：2025年11月`. A deadline label
/// and what follows it is a note of the clause (also when nothing
/// separates it from the last body: `责任单位：A完成时限：…`). Only the
/// colons that end a label are looked at.
///
/// `colons` are the colons of [`label_colons`] at or after the line's start,
/// counted from `base` (the line's offset).
fn label_runs<'l>(line: &'l str, mut from: usize, colons: &[usize], base: usize, found: &mut Found<'l>) {
    for colon in colons.iter().map(|&c| c - base).take_while(|&c| c < line.len()) {
        if colon < from {
            continue;
        }
        // (the label must also lie within the line)
        let Some(start) = label_before(line, colon) else { continue };
        let prev = line[..start].chars().next_back();
        if !prev.is_none_or(|p| {
            punct::is_sentence_end(p) || punct::is_semicolon(p) || punct::is_comma(p) || punct::is_space(p)
        }) {
            continue;
        }
        // the run ends at the line's end, or at a 。 followed by other text
        let mut end = line.len();
        let mut at = colon;
        while let Some(j) = punct::find_marks::<punct::Juhao>(&line[at..]) {
            let after_mark = at + j + JUHAO.len_utf8();
            let after = punct::trim(&line[after_mark..]);
            if !after.is_empty() && !starts_with_label(after) {
                end = after_mark;
                break;
            }
            at = after_mark;
        }
        let run = &line[start..end];
        let content = run.trim_end_matches(|c| punct::is_sentence_end(c) || punct::is_semicolon(c));
        // a deadline label ends the bodies
        let cut = DEADLINE_LABELS
            .iter()
            .filter_map(|l| {
                let q = content.find(l)?;
                content[q + l.len()..].chars().next().is_some_and(punct::is_colon).then_some(q)
            })
            .min();
        let (labels, note) = match cut {
            Some(q) => (&content[..q], Some(punct::trim(&content[q..]))),
            None => (content, None),
        };
        let labels = labels.trim_end_matches(|c| punct::is_comma(c) || punct::is_semicolon(c) || punct::is_space(c));
        let n = found.ranges.len();
        if n == found.clauses.len() {
            found.clauses.push(Clause::default());
        }
        // (without brackets around it, every name must end like a body's:
        // 责任单位：指导思想是… is a sentence)
        if parse_clause_into(labels, &mut found.clauses[n])
            && found.clauses[n].agencies.iter().all(|(name, _)| super::table::ends_like_body(name))
        {
            found.clauses[n].notes.extend(note);
            found.ranges.push((start, end));
            from = end;
        }
    }
}

/// [`Pairing::partner`] of a bracket that is no closed opening bracket.
const UNPAIRED: u32 = u32::MAX;

/// Buffers for pairing brackets, reused from line to line. Event indexes
/// are `u32` (4 bytes a bracket, for memory on bracket floods; a text
/// holds fewer than 2³² bytes: see `Options::max_bytes`).
#[derive(Default)]
pub(crate) struct Pairing {
    /// For each event, the index of the event that closes it when it is an
    /// opening round bracket (either width) that is closed, else
    /// [`UNPAIRED`].
    partner: Vec<u32>,
    /// The stack of open brackets.
    open: Vec<u32>,
}

impl Pairing {
    /// Pair `events` in one pass with a stack, so that unclosed brackets
    /// cost nothing more (`((((…`).
    fn pair(&mut self, events: &[BracketAt]) {
        self.partner.clear();
        self.partner.resize(events.len(), UNPAIRED);
        self.open.clear();
        for (k, e) in events.iter().enumerate() {
            match e.kind() {
                Bracket::Open => self.open.push(k as u32),
                Bracket::Close => {
                    if let Some(o) = self.open.pop() {
                        self.partner[o as usize] = k as u32;
                    }
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`suffixed`] as it was first written: the groups split off and their
    /// role words stripped again on each pass.
    fn suffixed_by_passes<'s>(sentence: &'s str, out: &mut Assigned<'s>, notes: &mut Vec<&'s str>) -> bool {
        let groups = || punct::split_marks::<punct::CommaOrSemicolon>(sentence).map(punct::trim);
        let Some(last_role) = groups().enumerate().filter(|(_, g)| strip_role(g).is_some()).map(|(i, _)| i).last()
        else {
            return false;
        };
        let (before, notes_before) = (out.len(), notes.len());
        let mut next_role: Vec<Option<Role>> = Vec::new();
        if groups().take(last_role).any(|g| !g.is_empty() && strip_role(g).is_none()) {
            let roles: Vec<Option<Role>> = groups().map(|g| strip_role(g).map(|r| r.1)).collect();
            next_role = vec![None; roles.len()];
            let mut next = None;
            for k in (0..roles.len()).rev() {
                next_role[k] = next;
                next = roles[k].or(next);
            }
        }
        for (i, g) in groups().enumerate() {
            if g.is_empty() {
                continue;
            }
            let (list, role) = match strip_role(g) {
                Some(r) => r,
                None if i < last_role => match next_role.get(i).copied().flatten() {
                    Some(role) => (g, role),
                    None => return false,
                },
                None => {
                    notes.push(g);
                    continue;
                }
            };
            if !group_names(list, role, out) {
                out.truncate(before);
                notes.truncate(notes_before);
                return false;
            }
        }
        true
    }

    #[test]
    fn suffixed_groups_read_once_as_by_passes() {
        let groups = ["市水务局", "区财政局等负责", "各区政府牵头", "加强管理", "", "市局会同区局配合", "加强管理负责"];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = texts
                .iter()
                .flat_map(|t| groups.iter().flat_map(move |g| ["，", ";"].map(|m| format!("{t}{m}{g}"))))
                .collect();
            for t in &texts {
                for t in [t.as_str(), &t[t.chars().next().map_or(0, char::len_utf8)..]] {
                    let (mut a, mut na, mut b, mut nb) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
                    assert_eq!(suffixed(t, &mut a, &mut na), suffixed_by_passes(t, &mut b, &mut nb), "{t}");
                    assert_eq!((a, na), (b, nb), "{t}");
                }
            }
        }
        // more groups than the stack holds
        let long = format!("{}区财政局负责，加强管理", "市水务局，".repeat(20));
        let (mut a, mut na, mut b, mut nb) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        assert_eq!(suffixed(&long, &mut a, &mut na), suffixed_by_passes(&long, &mut b, &mut nb));
        assert_eq!((a.len(), na), (b.len(), nb));
        assert_eq!(a.len(), 21);
    }

    /// [`label_colons`] of one line, as the block builder gets them from
    /// the whole text.
    fn colons_of(line: &str) -> Vec<usize> {
        let mut out = Vec::new();
        label_colons(line, &mut out);
        out
    }

    #[test]
    fn label_colons_are_the_colons_after_a_label() {
        let text = "责任单位：市水务局。牵头:A，配合单位：B\n通知如下：一、x:y（牵头部门：C）参与：";
        let every: Vec<usize> = text.char_indices().filter(|&(_, c)| punct::is_colon(c)).map(|(i, _)| i).collect();
        let labelled: Vec<usize> = every.iter().copied().filter(|&c| label_before(text, c).is_some()).collect();
        assert_eq!(colons_of(text), labelled);
        assert_eq!(labelled.len(), 4);
        assert!(colons_of("通知如下：").is_empty() && colons_of("").is_empty() && colons_of("：:").is_empty());
        // a label cut by the line's start is none of the line's
        let text = "牵头单位：市水务局";
        let base = "牵头".len();
        let mut found = Found::default();
        find_clauses(&text[base..], &[], &colons_of(text), base, &mut Pairing::default(), &mut found);
        assert!(found.is_empty());
        find_clauses(text, &[], &colons_of(text), 0, &mut Pairing::default(), &mut found);
        assert!(!found.is_empty());
    }
    use Role::*;

    #[test]
    fn every_tail_ends_in_a_tail_last_character() {
        for t in NAME_TAILS.iter().chain(COLLECTIVE_ENDS.iter()) {
            assert!(TAIL_LAST.iter().any(|l| t.ends_with(l)), "{t}");
        }
    }

    /// Items of a list without 和/及/与 are taken whole: splitting them
    /// on joins first gives the same names.
    #[test]
    fn names_without_joins_skip_the_split() {
        for list in ["市水务局、市财政局", "区发展改革委、规划局，财政局", "各区政府", "市水务局、", "以下单位、市局"]
        {
            assert!(!punct::has_marks::<punct::Joins>(list));
            let items = || punct::split_marks::<punct::DunhaoCommaSemicolon>(list);
            let (mut split, mut whole) = (Vec::new(), Vec::new());
            let a = names_of(items(), true, Role::Lead, &mut split);
            let b = names_of(items(), false, Role::Lead, &mut whole);
            assert_eq!((a, split), (b, whole), "{list}");
        }
    }

    #[test]
    fn split_joint_is_split_once() {
        for list in [
            "",
            "会",
            "会同",
            "市水务局会同市财政局",
            "a会同b会同c",
            "会同x",
            "x会同",
            "同会",
            "市会议",
            "市社会组织管理局、市体育总会会同市财政局、市水务局",
            "市住房城乡建设管理委、市规划资源局、市交通委会同",
        ] {
            assert_eq!(split_joint(list), list.split_once("会同"), "{list}");
        }
    }

    #[test]
    fn every_label_starts_like_a_label() {
        for l in [
            "牵头单位",
            "牵头部门",
            "主办单位",
            "牵头",
            "责任单位",
            "责任部门",
            "主责单位",
            "实施单位",
            "负责单位",
            "负责部门",
            "配合单位",
            "配合部门",
            "参与单位",
            "参与部门",
            "参加单位",
            "参加部门",
            "协办单位",
            "协同单位",
            "协助单位",
            "配合",
        ] {
            assert!(starts_like_label(l) && label(l).is_ok(), "{l}");
            assert!(LABEL_ENDS.iter().any(|e| l.ends_with(e)), "{l}");
        }
        assert!(!starts_like_label("适用范围") && label("适用范围").is_err() && label("").is_err());
    }

    fn agencies(content: &str) -> Vec<(&str, Role)> {
        parse_clause(content).map(|c| c.agencies).unwrap_or_default()
    }

    #[test]
    fn a_bracket_of_bodies_alone_after_the_last_sentence() {
        fn bodies(line: &str) -> Vec<(String, Role)> {
            let (mut events, mut newlines) = (Vec::new(), Vec::new());
            punct::brackets(line, &mut events, &mut newlines, &mut Vec::new());
            let (mut pairing, mut found) = (Pairing::default(), Found::default());
            find_clauses(line, &events, &colons_of(line), 0, &mut pairing, &mut found);
            found.iter().flat_map(|(_, _, c)| c.agencies.iter().map(|(b, r)| (b.to_string(), *r))).collect()
        }
        let r = Role::Responsible;
        assert_eq!(bodies("形成分工协作的工作机制。（各有关单位）"), [("各有关单位".to_string(), r)]);
        assert_eq!(
            bodies("加快推进某某建设。（市发展改革委、市财政局）"),
            [("市发展改革委".to_string(), r), ("市财政局".to_string(), r)]
        );
        // the districts a task falls to, named by their level; an
        // association (科协) among the bodies
        let names = |line: &str| bodies(line).into_iter().map(|(b, _)| b).collect::<Vec<_>>();
        assert_eq!(names("打造产业集聚区。（市经济信息化委、市科委、相关区）"), ["市经济信息化委", "市科委", "相关区"]);
        assert_eq!(names("建设一批园区。（市经济信息化委、各区）"), ["市经济信息化委", "各区"]);
        assert_eq!(names("建设一批园区。（市农业农村委、有关区县）"), ["市农业农村委", "有关区县"]);
        assert_eq!(
            names("提高公众接受度。（市委网信办、市科协、市卫生健康委）"),
            ["市委网信办", "市科协", "市卫生健康委"]
        );
        assert!(bodies("建设一批园区。（市科委、园区）").is_empty());
        assert!(bodies("建设一批园区。（市科委、科协）").is_empty());
        // not after a sentence end, not at the end, or not bodies alone
        assert!(bodies("由市发展改革委（以下简称发改委）负责。").is_empty());
        assert!(bodies("加快推进某某建设（市发展改革委）").is_empty());
        assert!(bodies("加快推进某某建设。（市发展改革委）其他。").is_empty());
        assert!(bodies("加快推进某某建设。（2020年底前完成）").is_empty());
        assert!(bodies("加快推进某某建设。（此件公开发布）").is_empty());
    }

    #[test]
    fn bodies_that_steer_or_oversee_lead() {
        assert_eq!(agencies("市卫生健康委督促，各区负责"), [("市卫生健康委", Lead), ("各区", Responsible)]);
        assert_eq!(agencies("各市教育局负责，省教育厅督导"), [("各市教育局", Responsible), ("省教育厅", Lead)]);
        assert_eq!(agencies("各区政府负责，市市场监管局监督"), [("各区政府", Responsible), ("市市场监管局", Lead)]);
        assert_eq!(agencies("省教育厅负责指导，各市教育局具体实施"), [("省教育厅", Lead), ("各市教育局", Responsible)]);
        assert_eq!(agencies("财政部、税务总局指导监督"), [("财政部", Lead), ("税务总局", Lead)]);
        // no body before the word: a kind of work, society
        for s in ["接受社会监督", "主动接受社会监督", "加强业务指导", "强化督促", "加强日常监督", "监督"]
        {
            assert!(parse_clause(s).is_none(), "{s}");
        }
    }

    #[test]
    fn each_body_for_its_part() {
        for s in ["市财政局、市民政局按职责负责", "市财政局、市民政局按照职责负责", "市财政局、市民政局各负其责"]
        {
            assert_eq!(agencies(s), [("市财政局", Responsible), ("市民政局", Responsible)], "{s}");
        }
    }

    /// `strip_role` picks the words by the last character: the same answer
    /// as the walk over both tables in order.
    #[test]
    fn role_words_by_their_last_character() {
        let linear = |g: &'static str| {
            ROLE_SUFFIXES.iter().find_map(|&(w, r)| punct::strip_suffix(g, w).map(|n| (n, r))).or_else(|| {
                let n = STEER_SUFFIXES.iter().find_map(|w| punct::strip_suffix(g, w))?;
                steered_by_body(n).then_some((n, Role::Lead))
            })
        };
        let words = ROLE_SUFFIXES.iter().map(|(w, _)| *w).chain(STEER_SUFFIXES);
        for w in words {
            for head in ["", "市财政局", "加强", "市财政局负责", "各区", "接受社会"] {
                let g: &'static str = Box::leak(format!("{head}{w}").into_boxed_str());
                assert_eq!(strip_role(g), linear(g), "{g}");
            }
        }
    }

    #[test]
    fn role_last_characters_are_those_of_the_role_words() {
        let mut lasts: Vec<char> =
            ROLE_SUFFIXES.iter().map(|(s, _)| s).chain(&STEER_SUFFIXES).filter_map(|s| s.chars().next_back()).collect();
        lasts.sort_unstable();
        lasts.dedup();
        let mut listed = ROLE_LAST.to_vec();
        listed.sort_unstable();
        assert_eq!(lasts, listed);
    }

    #[test]
    fn suffix_forms() {
        assert_eq!(
            agencies("公安部、发展改革委、各省级有关部门等负责"),
            [("公安部", Responsible), ("发展改革委", Responsible), ("各省级有关部门", Responsible)]
        );
        assert_eq!(agencies("人力资源社会保障部等负责"), [("人力资源社会保障部", Responsible)]);
        assert_eq!(agencies("中央农办牵头,农业部等参与"), [("中央农办", Lead), ("农业部", Support)]);
        assert_eq!(agencies("市发展改革委牵头，市财政局配合"), [("市发展改革委", Lead), ("市财政局", Support)]);
        assert_eq!(agencies("各区政府按职责分工负责"), [("各区政府", Responsible)]);
        assert_eq!(
            agencies("市水务局、市绿化市容局分别负责"),
            [("市水务局", Responsible), ("市绿化市容局", Responsible)]
        );
        assert_eq!(agencies("发展改革委等部门负责"), [("发展改革委", Responsible)]);
        assert_eq!(agencies("住房城乡建设部等有关部门负责"), [("住房城乡建设部", Responsible)]);
        assert_eq!(agencies("由市水务局牵头"), [("市水务局", Lead)]);
    }

    #[test]
    fn names_are_never_split_on_he_or_ji() {
        assert_eq!(
            agencies("住房和城乡建设部、文化和旅游部、工业和信息化部等负责"),
            [("住房和城乡建设部", Responsible), ("文化和旅游部", Responsible), ("工业和信息化部", Responsible)]
        );
        assert_eq!(agencies("各省及计划单列市发展改革委负责"), [("各省及计划单列市发展改革委", Responsible)]);
    }

    #[test]
    fn labelled_forms() {
        assert_eq!(
            agencies("责任单位：市规划资源局、市水务局，各区政府"),
            [("市规划资源局", Responsible), ("市水务局", Responsible), ("各区政府", Responsible)]
        );
        assert_eq!(
            agencies("责任单位:市规划资源局,各区政府"),
            [("市规划资源局", Responsible), ("各区政府", Responsible)]
        );
        assert_eq!(
            agencies("牵头单位：市住房城乡建设管理委，配合单位：市水务局、各区政府"),
            [("市住房城乡建设管理委", Lead), ("市水务局", Support), ("各区政府", Support)]
        );
        assert_eq!(agencies("牵头单位：区建设管理委；配合单位：各街镇"), [("区建设管理委", Lead), ("各街镇", Support)]);
    }

    #[test]
    fn a_label_of_another_kind_before_the_bodies_is_a_note() {
        // a deadline, a leader (a person, no body) or a contact first
        for (content, first) in [
            ("完成时限：2024年底前；责任单位：市司法局", "完成时限：2024年底前"),
            ("时间节点：2024年6月，牵头单位：市司法局", "时间节点：2024年6月"),
            ("牵头领导：王某某；牵头单位：市司法局", "牵头领导：王某某"),
            ("分管市领导：王某某　牵头单位：市司法局", "分管市领导：王某某"),
        ] {
            let c = parse_clause(content).unwrap();
            assert_eq!(c.agencies.first().map(|a| a.0), Some("市司法局"), "{content}");
            assert_eq!(c.notes.first().copied(), Some(first), "{content}");
        }
        assert_eq!(
            agencies("责任领导：王某；牵头单位：市司法局；配合单位：市公安局"),
            [("市司法局", Lead), ("市公安局", Support)]
        );
        // no body label after it: no clause
        for content in ["市领导：王某；联系人：李某，电话：12345678", "完成时限：2024年底前", "牵头领导：王某某"]
        {
            assert!(parse_clause(content).is_none(), "{content}");
        }
    }

    #[test]
    fn a_list_with_one_body_marked_by_its_role() {
        assert_eq!(
            agencies("市发展改革委（牵头），市财政局、市商务委"),
            [("市发展改革委", Lead), ("市财政局", Responsible), ("市商务委", Responsible)]
        );
        assert_eq!(
            agencies("市教委、市财政局（配合）；各区政府"),
            [("市教委", Responsible), ("市财政局", Support), ("各区政府", Responsible)]
        );
        // no mark, or an item that is no body: no clause
        for content in ["市发展改革委，市财政局、市商务委", "市发展改革委（牵头），加强统筹", "详见附件（表1）"]
        {
            assert!(parse_clause(content).is_none(), "{content}");
        }
    }

    #[test]
    fn zhuze_and_xietong() {
        assert_eq!(agencies("市发展改革委主责，市财政局协同"), [("市发展改革委", Responsible), ("市财政局", Support)]);
        assert_eq!(
            agencies("主责部门：市发展改革委；协同部门：市财政局、市商务委"),
            [("市发展改革委", Responsible), ("市财政局", Support), ("市商务委", Support)]
        );
        assert_eq!(agencies("责任单位：市教委；协助部门：市财政局"), [("市教委", Responsible), ("市财政局", Support)]);
        assert_eq!(agencies("协办部门：市公安局"), [("市公安局", Support)]);
    }

    #[test]
    fn a_departments_divisions_are_labelled_too() {
        assert_eq!(agencies("牵头处室：体制改革处"), [("体制改革处", Lead)]);
        assert_eq!(
            agencies("责任处室：医政医管处；配合处室：规划财务处"),
            [("医政医管处", Responsible), ("规划财务处", Support)]
        );
        assert_eq!(agencies("责任科室：办公室"), [("办公室", Responsible)]);
        let r = runs("深化公立医院改革。牵头处室：医政医管处");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].1, [("医政医管处", Lead)]);
    }

    #[test]
    fn a_group_of_a_label_run_with_its_own_role_word() {
        assert_eq!(
            agencies("责任单位：县农业农村局，县财政局配合"),
            [("县农业农村局", Responsible), ("县财政局", Support)]
        );
        assert_eq!(
            agencies("责任单位：市发展改革委、市财政局，市统计局等参与；各区政府"),
            [
                ("市发展改革委", Responsible),
                ("市财政局", Responsible),
                ("市统计局", Support),
                ("各区政府", Responsible)
            ]
        );
        let c = parse_clause("责任单位：县农业农村局，县财政局配合，第三季度完成").unwrap();
        assert_eq!(c.agencies, [("县农业农村局", Responsible), ("县财政局", Support)]);
        assert_eq!(c.notes, ["第三季度完成"]);
    }

    #[test]
    fn a_deadline_after_the_bodies_of_a_label_is_a_note() {
        for (content, bodies, note) in [
            ("责任单位：市政府办公室，下半年完成", vec!["市政府办公室"], "下半年完成"),
            ("责任单位：市政府各部门，持续推进", vec!["市政府各部门"], "持续推进"),
            ("责任单位：市财政局、市税务局；三季度完成", vec!["市财政局", "市税务局"], "三季度完成"),
            ("牵头单位：市司法局，2025年6月底前", vec!["市司法局"], "2025年6月底前"),
            ("责任单位：区民政局，每季度", vec!["区民政局"], "每季度"),
            ("责任单位：各区政府，年底前完成", vec!["各区政府"], "年底前完成"),
        ] {
            let c = parse_clause(content).unwrap();
            assert_eq!(c.agencies.iter().map(|a| a.0).collect::<Vec<_>>(), bodies, "{content}");
            assert_eq!(c.notes, [note], "{content}");
        }
        // bodies whose first character opens a phrase too stay bodies
        assert_eq!(
            agencies("责任单位：市财政局，上海市税务局，长江办，本级财政部门，一汽集团"),
            [
                ("市财政局", Responsible),
                ("上海市税务局", Responsible),
                ("长江办", Responsible),
                ("本级财政部门", Responsible),
                ("一汽集团", Responsible)
            ]
        );
    }

    #[test]
    fn notes_and_standing_notes() {
        let c =
            parse_clause("公安部、发展改革委、各省级有关部门等负责。以下任务均需各省级有关部门落实,不再列出").unwrap();
        assert_eq!(c.notes, ["以下任务均需各省级有关部门落实,不再列出"]);
        assert_eq!(c.standing, ["各省级有关部门"]);
        let c = parse_clause("市水务局负责，2025年底前完成").unwrap();
        assert_eq!(c.agencies, [("市水务局", Responsible)]);
        assert_eq!(c.notes, ["2025年底前完成"]);
    }

    #[test]
    fn inline_brackets_are_not_clauses() {
        for s in [
            "市",
            "郊",
            "信包箱",
            "户",
            "2021—2035年",
            "国发〔2004〕20号，以下简称《决定》",
            "以下简称“决定”",
            "含负责人",
        ] {
            assert_eq!(parse_clause(s), None, "{s}");
        }
    }

    /// The clauses of `line` as (text of the range, bodies, notes).
    fn runs(line: &str) -> Vec<(&str, Assigned<'_>, Vec<&str>)> {
        let mut events = Vec::new();
        punct::brackets(line, &mut events, &mut Vec::new(), &mut Vec::new());
        let mut found = Found::default();
        find_clauses(line, &events, &colons_of(line), 0, &mut Pairing::default(), &mut found);
        found.iter().map(|(s, e, c)| (&line[s..e], c.agencies.clone(), c.notes.clone())).collect()
    }

    #[test]
    fn label_runs_without_brackets() {
        // a line of its own
        assert_eq!(runs("牵头单位：省大数据局"), [("牵头单位：省大数据局", vec![("省大数据局", Lead)], vec![])]);
        assert_eq!(
            runs("牵头单位：省大数据局；配合单位：省直各部门"),
            [(
                "牵头单位：省大数据局；配合单位：省直各部门",
                vec![("省大数据局", Lead), ("省直各部门", Support)],
                vec![]
            )]
        );
        // run on after the task, a deadline label after the bodies
        let line = "扩大政策覆盖范围。责任单位：市发展改革委、市财政局，完成时限：2025年6月前。";
        assert_eq!(
            runs(line),
            [(
                "责任单位：市发展改革委、市财政局，完成时限：2025年6月前。",
                vec![("市发展改革委", Responsible), ("市财政局", Responsible)],
                vec!["完成时限：2025年6月前"]
            )]
        );
        // nothing between the last body and the deadline label
        assert_eq!(
            runs("压缩开办时间。责任单位：市市场监管局完成时限：2025年9月底前"),
            [(
                "责任单位：市市场监管局完成时限：2025年9月底前",
                vec![("市市场监管局", Responsible)],
                vec!["完成时限：2025年9月底前"]
            )]
        );
        // labels separated by U+3000 or a space
        assert_eq!(
            runs("创建节水型单位。牵头单位：区水务局\u{3000}配合单位：区教育局\u{3000}完成时间：2025年11月")[0].1,
            [("区水务局", Lead), ("区教育局", Support)]
        );
        assert_eq!(
            runs("开展巡查 责任部门：党群办、各居委会")[0].1,
            [("党群办", Responsible), ("各居委会", Responsible)]
        );
        // the run ends at a 。 followed by other text
        assert_eq!(runs("推进改革。配合：市财政局。各区要抓好落实。")[0].0, "配合：市财政局。");
        // after a bracketed clause of the same line
        let r = runs("推进改革（市水务局负责）。责任单位：各区政府");
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].1, [("各区政府", Responsible)]);
    }

    #[test]
    fn what_is_no_label_run() {
        for line in [
            "各单位要积极配合：做好衔接。",
            "明确责任单位和完成时限。",
            "推进改革。责任单位：",
            "牵头单位要加强统筹。",
            "（牵头单位：市水务局",
            "主要任务：推进改革",
            "责任单位：指导思想是推进改革。",
            "",
            ":",
            "：",
        ] {
            assert!(runs(line).is_empty(), "{line}");
        }
    }

    #[test]
    fn duty_role_words_in_brackets() {
        assert_eq!(
            agencies("市通信管理局负责牵头，市工业和信息化局配合"),
            [("市通信管理局", Lead), ("市工业和信息化局", Support)]
        );
        assert_eq!(agencies("市大数据局负责组织实施"), [("市大数据局", Responsible)]);
        assert_eq!(agencies("市委办公室统一领导，市商务局具体承办"), [("市委办公室", Lead), ("市商务局", Responsible)]);
        assert_eq!(agencies("各区政府负总责"), [("各区政府", Responsible)]);
        assert_eq!(agencies("各区政府承担主体责任"), [("各区政府", Responsible)]);
        assert_eq!(
            agencies("市水务局、市财政局按照职责分工负责"),
            [("市水务局", Responsible), ("市财政局", Responsible)]
        );
        assert_eq!(strip_role("各单位负责同志"), None);
    }

    #[test]
    fn responsible_by_division_of_duties() {
        assert_eq!(
            agencies("省科技厅、省发展改革委等部门要按照职责分工"),
            [("省科技厅", Responsible), ("省发展改革委", Responsible)]
        );
        assert_eq!(agencies("市水务局、市财政局按照职责分工"), [("市水务局", Responsible), ("市财政局", Responsible)]);
    }

    #[test]
    fn groups_joined_by_he_ji_deng_he() {
        assert_eq!(
            agencies("民政部、财政部等和各省级人民政府负责"),
            [("民政部", Responsible), ("财政部", Responsible), ("各省级人民政府", Responsible)]
        );
        assert_eq!(
            agencies("财政部牵头，国务院相关部门及各地区按职责分工负责"),
            [("财政部", Lead), ("国务院相关部门", Responsible), ("各地区", Responsible)]
        );
        assert_eq!(
            agencies("商务部、海关总署等国务院相关部门及各地区按职责分工负责"),
            [("商务部", Responsible), ("海关总署", Responsible), ("各地区", Responsible)]
        );
        assert_eq!(agencies("银保监会及各地区按职责分工负责"), [("银保监会", Responsible), ("各地区", Responsible)]);
        assert_eq!(
            agencies("国务院办公厅牵头，国务院相关部门和单位及各地区按职责分工负责"),
            [("国务院办公厅", Lead), ("国务院相关部门和单位", Responsible), ("各地区", Responsible)]
        );
        assert_eq!(agencies("市公安局和市交通委负责"), [("市公安局", Responsible), ("市交通委", Responsible)]);
        // 等 + a collective says "and the others"
        assert_eq!(
            agencies("人力资源社会保障部、教育部等有关部门和单位负责"),
            [("人力资源社会保障部", Responsible), ("教育部", Responsible)]
        );
        assert_eq!(agencies("中国残联等相关单位负责"), [("中国残联", Responsible)]);
        assert_eq!(agencies("中国残联等相关单位及各地区负责"), [("中国残联", Responsible), ("各地区", Responsible)]);
        // never inside a name
        assert_eq!(
            agencies("住房和城乡建设部与文化和旅游部负责"),
            [("住房和城乡建设部", Responsible), ("文化和旅游部", Responsible)]
        );
        assert_eq!(agencies("自然资源和规划局负责"), [("自然资源和规划局", Responsible)]);
        assert_eq!(agencies("浦东新区等相关区政府负责"), [("浦东新区等相关区政府", Responsible)]);
    }

    #[test]
    fn huitong_leads_and_support_words() {
        assert_eq!(agencies("省发展改革委会同有关部门负责"), [("省发展改革委", Lead), ("有关部门", Support)]);
        assert_eq!(
            agencies("财政部会同人力资源社会保障部、税务总局负责"),
            [("财政部", Lead), ("人力资源社会保障部", Support), ("税务总局", Support)]
        );
        assert_eq!(agencies("市民政局牵头，市财政局参加"), [("市民政局", Lead), ("市财政局", Support)]);
        assert_eq!(agencies("区应急局牵头，各街镇协办"), [("区应急局", Lead), ("各街镇", Support)]);
        assert_eq!(
            agencies("生态环境部指导，试点城市政府负责落实"),
            [("生态环境部", Lead), ("试点城市政府", Responsible)]
        );
        assert_eq!(agencies("财政部、税务总局指导"), [("财政部", Lead), ("税务总局", Lead)]);
        assert_eq!(
            agencies("牵头单位：市水务局；参加单位：市财政局、各区政府"),
            [("市水务局", Lead), ("市财政局", Support), ("各区政府", Support)]
        );
        assert_eq!(agencies("协办单位：区民政局"), [("区民政局", Support)]);
        assert_eq!(agencies("协助单位：区民政局"), [("区民政局", Support)]);
        assert_eq!(agencies("牵头单位为市水务局"), [("市水务局", Lead)]);
        assert_eq!(agencies("市水务局为牵头单位"), [("市水务局", Lead)]);
        assert_eq!(agencies("负责部门：商务部、海关总署"), [("商务部", Responsible), ("海关总署", Responsible)]);
        // a label of another kind ends the list and is kept as a note
        let c = parse_clause("负责部门：民航局，适用范围：陕西自贸试验区").unwrap();
        assert_eq!(c.agencies, [("民航局", Responsible)]);
        assert_eq!(c.notes, ["适用范围：陕西自贸试验区"]);
    }

    #[test]
    fn first_leads_notes() {
        let c = parse_clause("人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同").unwrap();
        assert!(c.first_leads);
        assert_eq!(c.agencies, [("人力资源社会保障部", Responsible), ("财政部", Responsible)]);
        for note in ["排在第一位的为牵头单位", "第一个单位为牵头单位", "列首位的为牵头部门", "排名第一的部门牵头"]
        {
            assert!(first_leads(note), "{note}");
        }
        for note in ["市水务局牵头", "第一批试点由市水务局负责", "第一批试点由市水务局牵头", "牵头单位为第一责任人"]
        {
            assert!(!first_leads(note), "{note}");
        }
        assert!(!parse_clause("市水务局负责").unwrap().first_leads);
    }

    #[test]
    fn bodies_without_a_role_are_no_clause() {
        for s in ["负责同志", "民政部、财政部", "市水务局、市财政局，各区政府", "市", "含协办", "指导", "参加"]
        {
            assert_eq!(parse_clause(s), None, "{s}");
        }
    }

    fn find(line: &str) -> Vec<(usize, usize, Clause<'_>)> {
        let mut events = Vec::new();
        punct::brackets(line, &mut events, &mut Vec::new(), &mut Vec::new());
        let mut found = Found::default();
        find_clauses(line, &events, &colons_of(line), 0, &mut Pairing::default(), &mut found);
        found.iter().map(|(s, e, c)| (s, e, c.clone())).collect()
    }

    #[test]
    fn clause_positions() {
        let line = "慎重从严把握撤县(市)改区,严控规模。(民政部、发展改革委等负责)";
        let found = find(line);
        assert_eq!(found.len(), 1);
        assert_eq!(&line[found[0].0..found[0].1], "(民政部、发展改革委等负责)");
        // a clause after a 。 inside the paragraph
        let line = "完善机制。（市水务局负责）加强管理。";
        assert_eq!(find(line).len(), 1);
        // a bracket mid-sentence is no clause even if it names a role
        assert!(find("由市政府（市水务局负责）统筹推进工作").is_empty());
        // inside a book title
        assert!(find("贯彻《规划（发展改革委负责）》要求").is_empty());
        assert!(find("《国家新型城镇化规划(2021—2035年)》").is_empty());
        assert!(find("建设智能快件箱(信包箱)").is_empty());
        assert!(find("推动县乡村(户)道路联通").is_empty());
        // a note alone is no clause, but it is remembered
        let line = "各项任务如下。（各项任务中列第一位的为牵头单位）";
        let mut events = Vec::new();
        punct::brackets(line, &mut events, &mut Vec::new(), &mut Vec::new());
        let mut found = Found::default();
        find_clauses(line, &events, &colons_of(line), 0, &mut Pairing::default(), &mut found);
        assert!(found.is_empty() && found.first_leads_note);
    }

    #[test]
    fn a_bracket_keeps_its_dunhao() {
        let list = "市农业农村局、各县（市、区）人民政府、市财政局";
        let items: Vec<&str> = unbroken(list, punct::split_marks::<punct::Dunhao>(list)).collect();
        assert_eq!(items, ["市农业农村局", "各县（市、区）人民政府", "市财政局"]);
        // unclosed: the rest of the list is one item
        let list = "甲局、乙（丙、丁";
        let items: Vec<&str> = unbroken(list, punct::split_marks::<punct::Dunhao>(list)).collect();
        assert_eq!(items, ["甲局", "乙（丙、丁"]);
        let list = "甲局、乙局";
        assert_eq!(unbroken(list, punct::split_marks::<punct::Dunhao>(list)).count(), 2);
    }
}
