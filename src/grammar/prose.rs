//! Responsibility stated in prose at the start of a block's text, where a
//! reply letter or a plan names the bodies without brackets:
//!
//! - joint form: `发展改革委会同水利部研究提出了办理意见：`,
//!   `发展改革委、农业部会同财政部等有关部门研究提出了办理意见：`,
//!   `由中央宣传部会同财政部、税务总局确定…`, `扶贫办已会同交通部、水利部等部门赴…`
//!   — the bodies before 会同 lead, those after it support;
//! - `发展改革委研究提出了办理意见：` — the body is responsible;
//! - role groups written as the sentence itself, as inside a bracketed
//!   clause: `市住房城乡建设管理委牵头，市水务局、各区政府配合。`,
//!   `由市水务局负责。` — each group is a list of bodies ending in a role word
//!   (牵头, 负责, 按职责分工负责, 参与, 配合 …); a group `会同Y…` after them adds
//!   Y as support.
//!
//! The recogniser is conservative: the subject must be a list (on 、) of
//! body-like names — 2 to 20 ideographs, ending in 部 / 委 / 局 / 办 / 署 /
//! 行 / 会 / 院 / 厅 / 室 / 政府 / 集团 / 公司 / 中心 …, not a pronoun (该委)
//! nor a collective (各地区, 有关部门) — and a role group must end with its
//! role word (`区规划资源局负责本区…工作` states a standing duty, not an
//! assignment, and is left alone). Collectives (有关部门, 相关单位) are only
//! accepted after 会同 or in a later role group.

use crate::ast::{Agency, Responsibility, Role};
use crate::grammar::clause::clean_name;
use crate::punct;
use crate::source::Source;
use crate::span::offset_in;
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Bodies with their roles, borrowed from the paragraph.
pub(crate) type Assigned<'s> = Vec<(&'s str, Role)>;

/// A responsibility found in prose.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Prose<'s> {
    /// The part of the sentence that names the bodies, without the mark
    /// that ends it: the sentence up to its first ：，；。 (joint form), or
    /// its leading role groups.
    pub(crate) sentence: &'s str,
    /// The bodies, in order, with their roles.
    pub(crate) agencies: Assigned<'s>,
}

/// Most characters of one body's name.
const MAX_NAME: usize = 20;
/// Most bodies on one side of 会同, or in one role group.
const MAX_LIST: usize = 12;

/// Endings of a body's name, longest first where one ends another.
const BODY_SUFFIXES: &[&str] = &[
    "委员会",
    "办公室",
    "办公厅",
    "办事处",
    "总局",
    "政府",
    "集团",
    "公司",
    "中心",
    "银行",
    "团中央",
    "总台",
    "支队",
    "大队",
    "总队",
    // (执法队, 消防队, 驻村工作队)
    "队",
    "部",
    "委",
    "局",
    "办",
    "署",
    "行",
    "会",
    "院",
    "厅",
    "室",
    "联",
    "所",
    // (a township's 林业站, 农技站, 水利站)
    "站",
    // (a ministry's 司: 应急救援司, 规划科技司; after 公司)
    "司",
    // (供销合作社, 新华社)
    "社",
    // (a street office's 城管科, 民政科)
    "科",
    // (科学技术协会, 政治协商会议: 市科协, 全国政协)
    "科协",
    "政协",
];

/// Starts of names that refer back or cover many bodies: no subject.
// (属地政府, 事发地人民政府: whichever body a place has, no body named)
const NOT_SUBJECT_STARTS: &[&str] =
    &["该", "本", "我", "你", "其", "此", "这", "那", "上述", "有关", "相关", "各地", "属地", "事发地"];

/// Words between a subject and 会同 / 研究提出.
const ADVERBS: &[&str] = &["已经", "已", "将", "正在", "正", "拟", "应当", "应", "要", "另"];

/// Words that may follow the last body after 会同 (the predicate begins).
const PREDICATES: &[&str] = &[
    "研究", "提出", "制定", "制订", "拟定", "确定", "赴", "进行", "组织", "共同", "联合", "开展", "做好", "办理",
    "负责", "抓紧", "加快", "推进", "落实", "编制", "起草", "审核", "审定", "实施", "建立", "完善", "发布", "出台",
    "上报", "报请", "报送", "对", "就", "按", "根据", "依据", "在", "于", "向", "与", "并", "及时", "认真", "积极",
    "尽快", "指导", "督促", "协调", "统筹", "作出", "做出", "形成", "印发", "修订", "评估", "予以", "给予", "安排",
    "分别", "另行", "参照",
];

/// [`PREDICATES`] by the bytes of their first character (every one of
/// three bytes, which a test checks), sorted: a position is compared with
/// the few words that start with its character, not with all of them.
static PREDICATES_BY_FIRST: LazyLock<Vec<([u8; 3], &'static str)>> = LazyLock::new(|| {
    let mut v: Vec<([u8; 3], &'static str)> =
        PREDICATES.iter().filter_map(|p| Some((*p.as_bytes().first_chunk::<3>()?, *p))).collect();
    v.sort_unstable();
    v
});

/// Whether `rest` starts with a word of [`PREDICATES`].
pub(crate) fn starts_predicate(rest: &[u8]) -> bool {
    let Some(first) = rest.first_chunk::<3>() else { return false };
    let table = &*PREDICATES_BY_FIRST;
    let from = table.partition_point(|(f, _)| f < first);
    table[from..].iter().take_while(|(f, _)| f == first).any(|(_, w)| punct::has_prefix(rest, w.as_bytes()))
}

/// Whether `n` reads as the name of one body.
pub(crate) fn is_body(n: &str) -> bool {
    // the ending first: it rejects most candidates without decoding them.
    // A last character that is a suffix alone (局, 委) needs no suffix
    // compare: the two characters `chars_in` asks for make the name longer
    // than it; the others (府, 司, 心) end only longer suffixes (政府, 公司)
    let Some(last) = n.chars().next_back() else { return false };
    // (a ministry's 司 has a name of two characters or more before it: 人事司,
    // not 警司, 上司)
    if last == '司' && !super::chars_in(n, 3, MAX_NAME) {
        return false;
    }
    // (a bank's 行: 人民银行, 某某分行 — not 履行, 执行, 推行)
    if last == '行' && !["银行", "分行", "支行", "总行"].iter().any(|s| punct::has_suffix(n.as_bytes(), s.as_bytes()))
    {
        return false;
    }
    BODY_LAST.contains(last)
        && (BODY_ALONE.contains(last)
            || BODY_SUFFIXES.iter().any(|s| punct::has_suffix(n.as_bytes(), s.as_bytes()) && n.len() > s.len()))
        && super::chars_in(n, 2, MAX_NAME)
        && (super::all_ideographs(n) || qualified_mid_name(n))
}

/// Most characters of a qualifier in brackets inside a body's name.
const MAX_QUALIFIER: usize = 8;

/// A name of ideographs with a bracketed qualifier inside it, ideographs
/// on both sides: `各县（市、区）人民政府`, `各乡（镇）人民政府`. (A name that
/// ends with its bracket, `市场监管总局（国家标准委）`, is a name with its other
/// name, read as one only inside a bracketed clause.)
fn qualified_mid_name(n: &str) -> bool {
    let Some(open) = n.find(punct::is_lparen) else { return false };
    let after_open = &n[open..];
    let open_len = after_open.chars().next().map_or(1, char::len_utf8);
    let Some(close) = after_open.find(punct::is_rparen) else { return false };
    let inside = &after_open[open_len..close];
    let close_len = after_open[close..].chars().next().map_or(1, char::len_utf8);
    let (before, after) = (&n[..open], &after_open[close + close_len..]);
    !before.is_empty()
        && !after.is_empty()
        && super::all_ideographs(before)
        && super::all_ideographs(after)
        && super::chars_in(inside, 1, MAX_QUALIFIER)
        && inside.split(punct::DUNHAO).all(|p| !p.is_empty() && super::all_ideographs(p))
}

/// Whether `n` ends with the last character of one of [`BODY_SUFFIXES`]
/// (a test checks each): one match on the last character rejects most
/// names (指导思想, 总体要求) before the suffixes are compared.
#[inline]
pub(crate) fn ends_like_body(n: &str) -> bool {
    n.chars().next_back().is_some_and(|c| BODY_LAST.contains(c))
}

/// The last characters of [`BODY_SUFFIXES`] (see [`ends_like_body`]).
pub(crate) const BODY_LAST: super::CharSet = super::CharSet::new(&[
    '会', '室', '厅', '处', '局', '府', '团', '司', '心', '行', '央', '台', '队', '部', '委', '办', '署', '院', '联',
    '所', '站', '社', '科', '协',
]);

/// The characters of [`BODY_LAST`] that are a suffix of [`BODY_SUFFIXES`]
/// alone (a test checks each): a name ending in one ends like a body.
const BODY_ALONE: super::CharSet = super::CharSet::new(&[
    '队', '部', '委', '局', '办', '署', '行', '会', '院', '厅', '室', '联', '所', '站', '司', '社', '科',
]);

/// Whether `n` may be the subject of the sentence: a body, not a pronoun
/// or a collective.
pub(crate) fn is_subject(n: &str) -> bool {
    (is_body(n) && !NOT_SUBJECT_STARTS.iter().any(|s| n.starts_with(s)))
        || is_level_department(n)
        || is_grassroots_qualified(n)
        || is_leading_group(n)
        || is_class_of_bodies(n)
}

/// The levels of [`is_level_department`].
const LEVELS: [&str; 6] = ["省级", "市级", "区级", "县级", "镇级", "乡级"];

/// A department named by its level and field, the one body of that field
/// at a district's or county's level: `区级林业部门`, `县级林业主管部门`,
/// `市级财政部门` — a level of [`LEVELS`], a field, 部门; ideographs. One
/// compare of the last bytes rejects most names.
fn is_level_department(n: &str) -> bool {
    punct::has_suffix(n.as_bytes(), "部门".as_bytes())
        && LEVELS.iter().any(|l| n.starts_with(l))
        && super::chars_in(n, 5, 12)
        && super::all_ideographs(n)
        // (区级有关部门: the departments concerned, a collective)
        && !["有关", "相关", "各"].iter().any(|c| n.contains(c))
}

/// Endings of a class of bodies that are no party or state body
/// (enterprises, schools, institutions), after 各: `各基础电信企业`,
/// `各高校`, `各医疗机构`, and whether the ending may stand alone after 各
/// (各高校; not 各企业, 各机构: of no kind). (A class whose ending is a
/// body's, 各商业银行, 各行业协会, 各医院, is a body of [`is_body`].)
const CLASS_ENDS: [(&str, bool); 5] =
    [("企业", false), ("机构", false), ("高校", true), ("学校", true), ("院校", true)];

/// Every body of a class, which each must act (`（各高校负责）`,
/// `各基础电信企业负责…，年底前完成`): 各, a kind (none of 有关/相关: 各有关企业 is
/// a collective, [`is_collective`]), and one of [`CLASS_ENDS`];
/// ideographs. One first-character test rejects other names. (`企业` alone,
/// or `有关企业` in a sentence about them, is no body.)
fn is_class_of_bodies(n: &str) -> bool {
    let Some(rest) = n.strip_prefix('各') else { return false };
    CLASS_ENDS
        .iter()
        .any(|&(e, alone)| punct::has_suffix(rest.as_bytes(), e.as_bytes()) && (alone || rest.len() > e.len()))
        && super::chars_in(rest, 2, MAX_NAME)
        && super::all_ideographs(rest)
        && !["有关", "相关"].iter().any(|c| rest.starts_with(c))
}

/// A leading group that opens a sentence as its subject
/// (`考核工作由市委农村工作领导小组统一领导，…`): a name of ideographs ending
/// in 领导小组, with at least a level or a field before it. Not a body of
/// [`is_body`]: elsewhere a 领导小组 is more often what a text sets up or
/// reports to than who does a task.
fn is_leading_group(n: &str) -> bool {
    punct::has_suffix(n.as_bytes(), LEADING_GROUP.as_bytes())
        && super::chars_in(n, 5, MAX_NAME)
        && super::all_ideographs(n)
        && !NOT_SUBJECT_STARTS.iter().any(|s| n.starts_with(s))
        // (各级领导小组: every level's, no one body)
        && !n.starts_with('各')
}

/// The ending of [`is_leading_group`].
const LEADING_GROUP: &str = "领导小组";

/// Grassroots units, each alone or in the bracket after another (街镇: the
/// streets and towns of a district, one kind in a city's plans).
const GRASSROOTS_UNITS: [&str; 8] = ["村", "社区", "居", "乡", "镇", "街道", "乡镇", "街镇"];

/// Areas a district's plan names in the bracket after its streets and
/// towns, as units of the same rank: `街镇（园区）`, `各街镇（经开区）`.
const AREA_UNITS: [&str; 5] = ["园区", "经开区", "工业区", "开发区", "高新区"];

/// Every grassroots unit of a kind, the other kind in brackets after it:
/// `各村（社区）`, `各乡（镇）`, `各镇（街道）`, `各街镇（经开区）` — a body that
/// ends with its bracket, which [`is_body`] does not read; 街镇 and 乡镇,
/// plural already, need no 各 before them (`由街镇（园区）牵头`). One
/// first-character test rejects other names.
fn is_grassroots_qualified(n: &str) -> bool {
    let rest = match n.strip_prefix('各') {
        Some(rest) => rest,
        None if n.starts_with(['街', '乡']) => n,
        None => return false,
    };
    // (or alone: 各街道, 各乡镇, 各社区 — every unit of a kind, as a
    // district's or county's plan names them)
    let Some(open) = rest.find(punct::is_lparen) else {
        return rest.len() < n.len() && ["街道", "乡镇", "社区"].contains(&rest);
    };
    let (unit, bracket) = (&rest[..open], &rest[open..]);
    let mut chars = bracket.chars();
    chars.next();
    chars.next_back().is_some_and(punct::is_rparen)
        && GRASSROOTS_UNITS.contains(&unit)
        && (rest.len() < n.len() || ["街镇", "乡镇"].contains(&unit))
        && chars.as_str().split(punct::DUNHAO).all(|u| GRASSROOTS_UNITS.contains(&u) || AREA_UNITS.contains(&u))
}

/// A collective such as 有关部门, 相关单位, 国务院有关部门.
fn is_collective(n: &str) -> bool {
    // the ending first: it rejects most names without a search
    // (有关企业, 各相关企业: the enterprises concerned, a collective)
    ["部门", "单位", "方面", "机构", "机关", "企业"].iter().any(|s| punct::has_suffix(n.as_bytes(), s.as_bytes()))
        && super::chars_in(n, 0, MAX_NAME)
        && super::all_ideographs(n)
        && n.as_bytes().windows("有关".len()).any(|w| w == "有关".as_bytes() || w == "相关".as_bytes())
}

/// A body after 会同 or in a later role group: a body or a collective.
/// A collective never starts a longer name (有关部门组建协调小组和专家委员会
/// is a collective and what it does).
pub(crate) fn is_partner(n: &str) -> bool {
    is_collective(n)
        || (is_body(n) && !["有关", "相关"].iter().any(|c| n.starts_with(c)))
        || is_grassroots_qualified(n)
        || collective_or_other(n)
        || is_class_of_bodies(n)
        || is_districts(n)
}

/// What may stand before a level in [`is_districts`], longest first.
const DISTRICTS_BEFORE: [&str; 5] = ["各有关", "各相关", "有关", "相关", "各"];

/// The levels of [`is_districts`].
const DISTRICT_LEVELS: [&str; 5] = ["区", "县", "区县", "县区", "街镇"];

/// The districts (counties) of a city that a task falls to, named by their
/// level alone: `各区`, `相关区`, `有关区县`, `各街镇` (`（市经济信息化委、市科委、
/// 相关区）`). One compare of the last byte rejects most names.
fn is_districts(n: &str) -> bool {
    // (区, 县 and 镇 each end in a different byte: compared before any prefix)
    if !matches!(n.as_bytes().last(), Some(0xBA | 0xBF | 0x87)) {
        return false;
    }
    DISTRICTS_BEFORE.iter().find_map(|p| n.strip_prefix(p)).is_some_and(|level| DISTRICT_LEVELS.contains(&level))
}

/// Kinds written in brackets after a collective as its other name:
/// `国务院有关部门（单位）`, `有关单位（部门）`.
const OTHER_KINDS: [&str; 3] = ["单位", "部门", "机构"];

/// A collective with another kind in brackets after it
/// (`国务院有关部门（单位）`: the departments or units concerned). One test
/// of the last character rejects other names.
fn collective_or_other(n: &str) -> bool {
    let Some(inner) = n.strip_suffix(|c: char| punct::is_rparen(c)) else { return false };
    let Some(open) = inner.rfind(punct::is_lparen) else { return false };
    let kind = &inner[open..];
    let kind = &kind[kind.chars().next().map_or(0, char::len_utf8)..];
    OTHER_KINDS.contains(&kind) && is_collective(&inner[..open])
}

/// The items of a list split on 、 and, between two whole bodies, on
/// 和/及/与 (国家发展改革委及国家粮食局会同…: two subjects), cleaned, each
/// with `role`, appended to `out` (the bodies of a sentence go to one
/// list: none is collected on its own first).
fn joined_into<'s>(list: &'s str, role: Role, out: &mut Assigned<'s>) {
    for item in super::clause::unbroken(list, punct::split_marks::<punct::Dunhao>(list)) {
        super::clause::split_joined(item, |part| out.push((clean_name(part), role)));
    }
}

/// The subject list before 会同 / 研究提出, every item a subject, appended
/// to `out` with `role` (`out` as it was when it is none).
pub(crate) fn subjects_into<'s>(list: &'s str, role: Role, out: &mut Assigned<'s>) -> Option<()> {
    let mut list = list;
    for adv in ADVERBS {
        if let Some(s) = punct::strip_suffix(list, adv) {
            list = s;
            break;
        }
    }
    let start = out.len();
    joined_into(list, role, out);
    let items = &out[start..];
    if items.len() <= MAX_LIST
        && items.iter().enumerate().all(|(i, (n, _))| is_subject(n) || super::shared::lent(items, i))
    {
        Some(())
    } else {
        out.truncate(start);
        None
    }
}

/// The subject list of `X牵头<work>` (see `sentence_duty`): as
/// [`subjects_into`], a district named by its name (杨浦区) a subject too.
pub(crate) fn lead_subjects_into<'s>(list: &'s str, role: Role, out: &mut Assigned<'s>) -> Option<()> {
    let start = out.len();
    joined_into(list, role, out);
    let items = &out[start..];
    if items.len() <= MAX_LIST
        && items
            .iter()
            .enumerate()
            .all(|(i, (n, _))| is_subject(n) || is_named_district(n) || super::shared::lent(items, i))
    {
        Some(())
    } else {
        out.truncate(start);
        None
    }
}

/// Characters before the last 区 of a name that make it a kind of area,
/// not a district's name: 社区, 园区, 景区, 辖区, 城区, 市区, 郊区, 片区, 小区,
/// 街区, 开发区, 示范区, 试验区, 保护区, 功能区, 自贸区, 地区 ….
const AREA_BEFORE_QU: super::CharSet<256> = super::CharSet::new(&[
    '社', '园', '景', '辖', '城', '市', '郊', '片', '库', '山', '矿', '校', '小', '街', '发', '范', '验', '护', '能',
    '贸', '地', '灾', '疫', '林', '牧', '垦', '湾', '边', '港', '商', '业', '产', '住', '旧', '老', '营', '军', '分',
    '学', '镇', '乡', '村', '试', '居', '工',
]);

/// A district or county named by its name, `杨浦区`, `浦东新区`, `长兴县`: two
/// to four ideographs before 区 or 县, none a word of an area (社区, 开发区:
/// [`AREA_BEFORE_QU`]) nor a pronoun or collective (本区, 各县). A subject
/// only before 牵头 or 负责, or beside other bodies (see
/// [`lead_subjects_into`]): elsewhere a district is more often where a task
/// is done than who does it.
pub(crate) fn is_named_district(n: &str) -> bool {
    let Some(rest) = n.strip_suffix(['区', '县']) else { return false };
    let Some(before) = rest.chars().next_back() else { return false };
    super::chars_in(rest, 2, 4)
        && super::all_ideographs(rest)
        && !AREA_BEFORE_QU.contains(before)
        && !rest.starts_with(['各', '全', '每', '两', '三', '多'])
        && !NOT_SUBJECT_STARTS.iter().any(|s| n.starts_with(s))
}

/// The body at the start of `part` after which the predicate begins (or
/// 等…): `水利部研究提出…` → 水利部, `农业部等有关部门研究…` → 农业部.
fn cut_partner(part: &str) -> Option<&str> {
    part.char_indices().skip(2).take(MAX_NAME).find_map(|(j, c)| {
        // (one table load rejects most characters: neither 等 nor the
        // first of a predicate)
        if !FOLLOWS_FIRST.contains(c) {
            return None;
        }
        let (name, rest) = part.split_at(j);
        let follows = c == '等' || starts_predicate(rest.as_bytes());
        (follows && is_partner(name)).then_some(name)
    })
}

/// 等 and the first characters of [`PREDICATES`] (a test checks each):
/// where a body after 会同 may end.
const FOLLOWS_FIRST: super::CharSet<512> = super::CharSet::new(&[
    '等', '研', '提', '制', '拟', '确', '赴', '进', '组', '共', '联', '开', '做', '办', '负', '抓', '加', '推', '落',
    '编', '起', '审', '实', '建', '完', '发', '出', '上', '报', '对', '就', '按', '根', '依', '在', '于', '向', '与',
    '并', '及', '认', '积', '尽', '指', '督', '协', '统', '作', '形', '印', '修', '评', '予', '给', '安', '分', '另',
    '参',
]);

/// The list after 会同, up to where the predicate begins, appended to `out`
/// as supporting bodies (`out` as it was when there is none).
pub(crate) fn partners_into<'s>(rest: &'s str, out: &mut Assigned<'s>) -> Option<()> {
    let start = out.len();
    let found = partners_from(rest, start, out);
    if found.is_none() {
        out.truncate(start);
    }
    found
}

fn partners_from<'s>(rest: &'s str, start: usize, out: &mut Assigned<'s>) -> Option<()> {
    for part in super::clause::unbroken(rest, punct::split_marks::<punct::Dunhao>(rest)) {
        if out.len() - start >= MAX_LIST {
            return None;
        }
        let whole = clean_name(part);
        if is_partner(whole) {
            out.push((whole, Role::Support));
            continue;
        }
        out.push((cut_partner(punct::trim(part))?, Role::Support));
        return Some(());
    }
    // the clause ended with the list (X会同Y)
    (out.len() > start).then_some(())
}

/// The joint form in one clause (no ，；：。 inside): `X会同Y…` or
/// `X研究提出…`, its bodies appended to `out` (`out` as it was when the
/// clause has not the form).
pub(crate) fn joint_into<'s>(clause: &'s str, out: &mut Assigned<'s>) -> Option<()> {
    let body = after_by(clause);
    let with = JOINT.find(body.as_bytes());
    let study = STUDY.find(body.as_bytes());
    let (at, together) = match (with, study) {
        (Some(w), Some(s)) if s < w => (s, false),
        (Some(w), _) => (w, true),
        (None, Some(s)) => (s, false),
        (None, None) => return None,
    };
    // a topic before 由 (实施细则由X会同Y制定): the bodies follow 由
    let head = &body[..at];
    let head = head.rfind('由').map_or(head, |i| &head[i + '由'.len_utf8()..]);
    let start = out.len();
    subjects_into(head, if together { Role::Lead } else { Role::Responsible }, out)?;
    if together && partners_into(&body[at + "会同".len()..], out).is_none() {
        out.truncate(start);
        return None;
    }
    Some(())
}

/// What follows a clause's opening 由, or 由 after a conjunction (`或由X负责`,
/// `并由X牵头`): no part of a body's name; the clause itself when it opens
/// with neither.
fn after_by(clause: &str) -> &str {
    let by = clause.strip_prefix(['或', '并', '再', '亦', '也']).filter(|c| c.starts_with('由')).unwrap_or(clause);
    by.strip_prefix('由').unwrap_or(clause)
}

/// One role group `A、B等牵头`, appended to `out` (`out` as it was when it
/// is none); the first group's bodies must be subjects.
fn role_group_into<'s>(group: &'s str, first: bool, out: &mut Assigned<'s>) -> Option<()> {
    // a topic before 由 in the first group (滞后项目由X牵头): the bodies
    // follow 由
    // (not the 由 of 自由, as in 自由贸易试验区管委会)
    // (in a later group too, a topic with no 的: 其余单位…推进由X牵头)
    let topic_end = group.rfind('由').filter(|&at| at > 0 && !group[..at].ends_with('自'));
    let (group, by) = match topic_end {
        Some(at) if first || !group[..at].contains('的') => (&group[at + '由'.len_utf8()..], true),
        _ => {
            let g = after_by(group);
            (g, g.len() < group.len())
        }
    };
    let (names, role) = group_role(group).or_else(|| by_role(group, by))?;
    let start = out.len();
    // (a district named by its name, 杨浦区, is a subject before 牵头 or
    // 负责: `市科委、杨浦区牵头，…`)
    let district = |n: &str| first && matches!(role, Role::Lead | Role::Responsible) && is_named_district(n);
    let ok = |n: &str| if first { is_subject(n) || district(n) } else { is_partner(n) };
    // X会同Y负责 (after a comma: 建立长效机制，由X会同Y负责): X leads, Y
    // supports, as in a bracketed clause
    if let Some(k) = JOINT.find(names.as_bytes()) {
        joined_into(&names[..k], Role::Lead, out);
        let leads = out.len();
        joined_into(&names[k + "会同".len()..], Role::Support, out);
        let fits = leads > start
            && out.len() > leads
            && out.len() - start <= MAX_LIST
            && out[start..leads].iter().all(|(n, _)| ok(n))
            && out[leads..].iter().all(|(n, _)| is_partner(n));
        if !fits {
            out.truncate(start);
            return None;
        }
        return Some(());
    }
    joined_into(names, role, out);
    let items = &out[start..];
    // a list of levels sharing an ending is a subject as a whole, its full
    // name too when no body's ending shows it (市、区两级财政部门负责, 县、乡两级
    // 政府负责): the role word ends the group, so the bodies are all it holds
    let shared = |i: usize| super::shared::lent(items, i) || super::shared::lends(items, i);
    if items.len() <= MAX_LIST && items.iter().enumerate().all(|(i, (n, _))| ok(n) || shared(i)) {
        Some(())
    } else {
        out.truncate(start);
        None
    }
}

/// `由X落实` (after 由, `by`): 由 assigns the work, and 落实 names no other
/// role: X is responsible (`…推进由区机管局与区绿化市容局落实`).
fn by_role(group: &str, by: bool) -> Option<(&str, Role)> {
    if !by {
        return None;
    }
    punct::strip_suffix(group, "落实").filter(|n| !n.is_empty()).map(|n| (n, Role::Responsible))
}

/// The names of a role group and its role: a role word ends the group
/// (`X牵头`), or a label after 为 does (`X为责任单位`, `Y为配合单位`).
fn group_role(group: &str) -> Option<(&str, Role)> {
    super::clause::strip_role(group).or_else(|| super::clause::label_last(group))
}

/// Leading role groups of a sentence, separated by ，/；, appended to `out`
/// (empty): the end (in `sentence`) of the last group used.
pub(crate) fn role_groups_into<'s>(sentence: &'s str, out: &mut Assigned<'s>) -> Option<usize> {
    let end_of = |s: &str| offset_in(sentence, s) + s.len();
    let mut end = 0;
    for group in punct::split_marks::<punct::CommaOrSemicolon>(sentence).map(punct::trim) {
        if role_group_into(group, out.is_empty(), out).is_some() {
            end = end_of(group);
            continue;
        }
        // 会同Y… after a role group: Y supports
        if let Some(rest) = group.strip_prefix("会同").filter(|_| !out.is_empty()) {
            if partners_into(rest, out).is_some() {
                end = out.last().map_or(end, |&(n, _)| end_of(n));
            }
        }
        break;
    }
    (!out.is_empty()).then_some(end)
}

/// Searchers for the trigger words, built once: `str::contains` prepares its
/// searcher anew on every call, which costs more than the search in a short
/// clause.
static JOINT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("会同"));
static STUDY: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("研究提出"));

/// The responsibility stated at the start of `paragraph`, if any.
pub(crate) fn prose(paragraph: &str) -> Option<Prose<'_>> {
    prose_in(paragraph, &mut 0)
}

/// [`prose`], which also sets `clear` to the bytes at the start of the
/// trimmed `paragraph` in which no role word of `sentence_duty` (负责,
/// 牵头, 会同) starts, as its scan of the first clause shows (0 when it
/// shows none): `sentence_duty` need not read them again.
fn prose_in<'p>(paragraph: &'p str, clear: &mut usize) -> Option<Prose<'p>> {
    let trimmed = punct::trim(paragraph);
    let text = meeting_lead_in(trimmed);
    // a request: 请X牵头… (请 is no part of a name)
    if text.starts_with('请') {
        return super::request::request(text);
    }
    // (a decision of minutes: its role groups may follow what was agreed,
    // 会议议定：原则同意改造计划，X牵头，Y配合)
    let decision = text.len() < trimmed.len();
    // most paragraphs name no body at their start: look for the words every
    // pattern needs within the first few dozen characters before any work
    let head = punct::head(text, HEAD_BYTES);
    // every pattern has 会同 or 研究提出 in its first clause, or a first
    // clause that ends with a role word (X牵头，… / 由X负责)
    // (one pass: the first prose mark ends the first clause, and a 会 or 研
    // before it may start the words)
    // (and where the first 负责 of the first clause is: `X共同负责…`)
    // (and whether 会同 or 牵头 stands in it, for `clear`)
    let (mut first_end, mut trigger, mut duty, mut role_word) = (head.len(), false, None, false);
    for at in punct::window_positions::<HeadFilter>(head.as_bytes()) {
        let rest = &head.as_bytes()[at..];
        if punct::has_prefix(rest, "会".as_bytes()) {
            let joint = punct::has_prefix(rest, "会同".as_bytes());
            trigger |= joint;
            role_word |= joint;
        } else if punct::has_prefix(rest, "研".as_bytes()) {
            trigger |= punct::has_prefix(rest, "研究提出".as_bytes());
        } else if punct::has_prefix(rest, "负".as_bytes()) {
            if duty.is_none() && punct::has_prefix(rest, "负责".as_bytes()) {
                duty = Some(at);
            }
        } else if punct::has_prefix(rest, "牵".as_bytes()) {
            role_word |= punct::has_prefix(rest, "牵头".as_bytes());
        } else if prose_mark_at(rest) {
            first_end = at;
            break;
        }
    }
    // (a role word before the mark ends before it: the first clause was
    // read whole; not after a minutes' lead-in, which was not)
    if first_end < head.len() && !role_word && duty.is_none() && !decision {
        *clear = first_end;
    }
    let first_clause = &head[..first_end];
    let grouped = |c: &str| {
        let c = punct::trim(c);
        // (or 由X落实, see [`by_role`])
        group_role(c).is_some()
            || (c.ends_with("落实")
                && c.rfind('由').is_some_and(|at| by_role(&c[at + '由'.len_utf8()..], true).is_some()))
    };
    if !trigger && !grouped(first_clause) {
        // a body that 共同负责 / 牵头负责 / 负责牵头 some work, or each of
        // a class of bodies that 负责本辖区… (see [`duty_word`])
        if let Some(p) = duty.and_then(|k| stated_duty(text, first_end, k)) {
            return Some(p);
        }
        // a 由 after a comma of the first sentence: the first prose mark is
        // a comma or a semicolon (a sentence end or colon ends the sentence
        // before any comma)
        let rest = &head.as_bytes()[first_end..];
        // (a colon ends a reply letter's lead-in to a body's opinion:
        // 发展改革委提出了以下意见：…)
        if rest.first() == Some(&b':') || punct::has_prefix(rest, punct::FW_COLON_BYTES) {
            return opinion_lead_in(punct::trim(first_clause));
        }
        let comma_first = matches!(rest.first(), Some(b',' | b';'))
            || punct::has_prefix(rest, punct::FW_COMMA_BYTES)
            || punct::has_prefix(rest, punct::FW_SEMICOLON_BYTES);
        if !comma_first {
            return None;
        }
        // a request after the matter it is about (有关具体事宜，请X…办理):
        // 请 right after the first comma
        let comma = if rest[0] == b',' || rest[0] == b';' { 1 } else { 3 };
        if punct::has_prefix(&rest[comma..], "请".as_bytes()) {
            return super::request::request(&text[first_end + comma..]);
        }
        return by_you(text, head).or_else(|| if decision { after_agreed(text, first_end) } else { None });
    }
    // the sentence, and its first clause
    let sentence_end = punct::find_marks::<punct::SentenceEndOrColon>(text).unwrap_or(text.len());
    let sentence = &text[..sentence_end];
    let clause_end = punct::find_marks::<punct::CommaOrSemicolon>(sentence).unwrap_or(sentence.len());
    let clause = punct::trim(&sentence[..clause_end]);
    // (one list for the bodies, whichever form names them)
    let mut agencies = Vec::new();
    if joint_into(clause, &mut agencies).is_some() {
        return Some(Prose { sentence: clause, agencies });
    }
    let end = role_groups_into(sentence, &mut agencies)?;
    Some(Prose { sentence: punct::trim(&sentence[..end]), agencies })
}

/// Bytes tested at a time by [`HeadFilter`].
const HEAD_LANES: usize = punct::LANES;

/// The wide prose marks (see [`punct::is_prose_punct`]): 。, and the
/// full-width ones after EF BC.
const JUHAO_BYTES: [u8; 3] = punct::utf8_3(punct::JUHAO);
const FW_PROSE_LAST: [u8; 5] = [
    punct::utf8_3(punct::FW_EXCLAMATION)[2],
    punct::utf8_3(punct::FW_QUESTION)[2],
    punct::utf8_3(punct::FW_COMMA)[2],
    punct::utf8_3(punct::FW_SEMICOLON)[2],
    punct::utf8_3(punct::FW_COLON)[2],
];

/// Whether a prose mark (see [`punct::is_prose_punct`]) starts `rest`.
#[inline]
fn prose_mark_at(rest: &[u8]) -> bool {
    match rest {
        [b'!' | b'?' | b',' | b';' | b':', ..] => true,
        [a, b, c, ..] if [*a, *b, *c] == JUHAO_BYTES => true,
        [0xEF, 0xBC, c, ..] => FW_PROSE_LAST.contains(c),
        _ => false,
    }
}

/// The last two bytes of 会 (会同), 研 (研究提出), 负 (负责) and 牵 (牵头).
const HUI: [u8; 3] = punct::utf8_3('会');
const YAN: [u8; 3] = punct::utf8_3('研');
const FU: [u8; 3] = punct::utf8_3('负');
const QIAN: [u8; 3] = punct::utf8_3('牵');

/// Bit `k` set where a prose mark or 会, 研, 负, 牵 may start at `w[k]`: an
/// ASCII prose mark, 。 by its first and last bytes, EF (the lead byte of
/// the full-width marks, and of （） and full-width digits too, which the
/// caller tells apart), or the last two bytes of 会, 研, 负 or 牵 after any
/// byte. A superset that needs a few compares a byte, where testing every
/// mark and word whole needs about twice as many; each candidate is
/// checked whole by the caller ([`prose_mark_at`], and the words'
/// prefixes).
#[inline(always)]
fn head_mask(w: &[u8; HEAD_LANES + 2]) -> u32 {
    let mut flags = [0u8; HEAD_LANES];
    for (k, f) in flags.iter_mut().enumerate() {
        let (a, b, c) = (w[k], w[k + 1], w[k + 2]);
        let ascii = (a == b'!') | (a == b'?') | (a == b',') | ((a | 1) == b';');
        let lead = ((a == JUHAO_BYTES[0]) & (c == JUHAO_BYTES[2])) | (a == 0xEF);
        let word = ((b == HUI[1]) & (c == HUI[2]))
            | ((b == YAN[1]) & (c == YAN[2]))
            | ((b == FU[1]) & (c == FU[2]))
            | ((b == QIAN[1]) & (c == QIAN[2]));
        *f = u8::from(ascii | lead | word);
    }
    if flags == [0; HEAD_LANES] { 0 } else { punct::lane_mask(&flags) }
}

/// The candidates of [`head_mask`] in a paragraph's head, in order (see
/// [`punct::window_positions`]): every position where a prose mark, 会,
/// 研, 负 or 牵 starts is among them.
struct HeadFilter;

impl punct::WindowFilter for HeadFilter {
    #[inline(always)]
    fn mask(w: &[u8; HEAD_LANES + 2]) -> u32 {
        head_mask(w)
    }
}

/// Endings of a reply letter's lead-in to what bodies said of a request
/// (the text after its colon): `发展改革委提出了以下意见：`, `发展改革委意见：`,
/// `发展改革委提出：` — the form of `X研究提出了办理意见：`, whose bodies are
/// responsible. Longest first where one ends another.
const OPINION_ENDINGS: [&str; 9] = [
    "提出了以下意见",
    "提出了如下意见",
    "提出了办理意见",
    "提出以下意见",
    "提出如下意见",
    "提出办理意见",
    "的意见",
    "意见",
    "提出",
];

/// The bodies of a lead-in `X、Y提出了以下意见` (the first clause of a
/// paragraph, before its colon), each a subject, responsible.
fn opinion_lead_in(clause: &str) -> Option<Prose<'_>> {
    let list = OPINION_ENDINGS.iter().find_map(|e| clause.strip_suffix(e))?;
    let mut agencies = Vec::new();
    subjects_into(list, Role::Responsible, &mut agencies)?;
    Some(Prose { sentence: clause, agencies })
}

/// Words that end the lead-in of a decision of minutes (会议议定：).
const MEETING_VERBS: [&str; 8] = ["议定", "明确", "决定", "要求", "同意", "指出", "强调", "商定"];

/// Most bytes of a lead-in of minutes (会议研究决定：, ten ideographs).
const MAX_LEAD_IN: usize = 30;

/// `text` after the lead-in of a decision of minutes (会议议定：, 会议明确，,
/// 会议研究决定：) when it opens with one: the bodies follow it.
fn meeting_lead_in(text: &str) -> &str {
    if !text.starts_with("会议") {
        return text;
    }
    let Some(at) = punct::find_marks::<punct::Prose>(punct::head(text, MAX_LEAD_IN + 3)) else {
        return text;
    };
    let (lead, rest) = text.split_at(at);
    let mark = rest.chars().next().filter(|&c| punct::is_colon(c) || punct::is_comma(c));
    match mark {
        Some(m) if MEETING_VERBS.iter().any(|v| lead.ends_with(v)) => punct::trim(&rest[m.len_utf8()..]),
        _ => text,
    }
}

/// Role groups after the first clause of a decision of minutes
/// (`原则同意改造计划，区住建局牵头，区财政局配合，10月底前完成。`): the
/// clause says what was agreed, the groups who carries it out. `comma` is
/// where the first clause ends (at a comma or semicolon).
fn after_agreed(text: &str, comma: usize) -> Option<Prose<'_>> {
    let rest = &text[comma..];
    let rest = &rest[rest.chars().next()?.len_utf8()..];
    let sentence = &rest[..punct::find_marks::<punct::SentenceEndOrColon>(rest).unwrap_or(rest.len())];
    let mut agencies = Vec::new();
    let end = role_groups_into(sentence, &mut agencies)?;
    Some(Prose { sentence: punct::trim(&sentence[..end]), agencies })
}

/// Role groups that open with 由 after a comma of the first sentence
/// (将消火栓建设列为实事项目，由区交通委牵头，区发改委、区水务局配合。):
/// 由 after a comma introduces who does it.
fn by_you<'s>(text: &'s str, head: &str) -> Option<Prose<'s>> {
    // the first 由 right after a comma of either width (one search for
    // 由, whose hits are few, instead of one for each comma)
    let b = head.as_bytes();
    let at = first_by_after_comma(b)?;
    // within the first sentence
    if punct::find_marks::<punct::SentenceEndOrColon>(&head[..at]).is_some() {
        return None;
    }
    let rest = &text[at..];
    let sentence = &rest[..punct::find_marks::<punct::SentenceEndOrColon>(rest).unwrap_or(rest.len())];
    let mut agencies = Vec::new();
    let end = role_groups_into(sentence, &mut agencies)?;
    Some(Prose { sentence: punct::trim(&sentence[..end]), agencies })
}

/// Where the first 由 right after a comma (，由 or ,由) starts in `b`:
/// each 由 found by the prebuilt searcher's `find` (its `find_iter` copied
/// the searcher on every call), most heads holding none.
fn first_by_after_comma(b: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = BY.find(&b[from..]) {
        let y = from + i;
        if b[..y].ends_with(b",") || punct::has_suffix(&b[..y], punct::FW_COMMA_BYTES) {
            return Some(y);
        }
        from = y + "由".len();
    }
    None
}

/// Searcher for 由 (see [`by_you`]).
static BY: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("由"));

/// Bytes at the start of a paragraph searched for the words that prose
/// responsibility needs (about 80 CJK characters).
const HEAD_BYTES: usize = 240;

/// The bodies and roles of the responsibility stated at the start of
/// `paragraph` (empty when there is none); see the module documentation.
/// The grammar uses [`prose`], which also gives the sentence; the unit tests
/// read the roles through this.
#[cfg(test)]
pub(crate) fn prose_roles(paragraph: &str) -> Vec<(&str, Role)> {
    prose(paragraph).map(|p| p.agencies).unwrap_or_default()
}

/// The AST node of the responsibility stated at the start of `paragraph`
/// (a sub-slice of the cleaned text): `raw` and `span` are those of the
/// part of the sentence that names the bodies; no notes.
pub(crate) fn responsibility<'a>(src: &Source<'a>, paragraph: &str) -> Option<Responsibility<'a>> {
    prose(paragraph).map(|p| responsibility_of(src, paragraph, p))
}

/// [`responsibility`], which also sets `clear` (see [`prose_in`]) for
/// `sentence_duty`'s search of the same paragraph.
pub(crate) fn responsibility_clear<'a>(
    src: &Source<'a>,
    paragraph: &str,
    clear: &mut usize,
) -> Option<Responsibility<'a>> {
    prose_in(paragraph, clear).map(|p| responsibility_of(src, paragraph, p))
}

/// Endings of a heading over a duty list: `…成员单位职责`, `职责分工`,
/// `任务分工`.
const DUTY_HEADINGS: [&str; 2] = ["职责", "分工"];

/// Whether a block titled `title` holds a duty list: its title names
/// duties (see [`DUTY_HEADINGS`]). One compare of the last bytes.
pub(crate) fn names_duties(title: &str) -> bool {
    DUTY_HEADINGS.iter().any(|h| punct::has_suffix(title.as_bytes(), h.as_bytes()))
}

/// Words between the bodies of a duty list's item and its 负责, as
/// emergency plans write them: `X、Y按照各自职能分工，负责…`.
const SHARE_WORDS: [&str; 5] = ["按照各自职能分工", "按照各自职责分工", "按照各自职责", "按各自职责", "按照职能分工"];

/// The responsibility of an item of a duty list (a block under a heading
/// that names duties, see [`names_duties`]) that opens with its bodies and
/// 负责 — `公安部负责维护…`, `国家发展改革委及国家粮食局负责…`,
/// `X及Y、Z按照各自职能分工，负责…` — when [`prose`] reads none: the bodies
/// are responsible. Outside such a list the plain `X负责<work>` states a
/// standing duty as often as it assigns a task, and is not read (see
/// [`duty_word`]).
#[inline(never)]
pub(crate) fn listed_duty<'a>(src: &Source<'a>, paragraph: &str) -> Option<Responsibility<'a>> {
    let text = punct::trim(paragraph);
    // the first clause: the bodies and 负责 in it, or the bodies and a
    // word of SHARE_WORDS ending it, 负责 opening the next (one search for
    // the first mark, one for 负责 in the clause)
    let head = punct::head(text, HEAD_BYTES);
    let clause_end = punct::find_prose_punct(head).unwrap_or(head.len());
    let clause = &text[..clause_end];
    let (names, k) = match DUTY.find(clause.as_bytes()) {
        Some(k) => (&clause[..k], k),
        None => {
            let names = SHARE_WORDS.iter().find_map(|w| clause.strip_suffix(w))?;
            let next = &text[clause_end..];
            let comma = next.chars().next().filter(|&c| punct::is_comma(c))?;
            let k = clause_end + comma.len_utf8();
            if !text[k..].starts_with("负责") {
                return None;
            }
            (names, k)
        }
    };
    let names = names.strip_suffix(|c: char| punct::is_space(c)).unwrap_or(names);
    if names.is_empty() {
        return None;
    }
    let mut agencies = Vec::new();
    subjects_into(names, Role::Responsible, &mut agencies)?;
    let sentence = &text[..k + "负责".len()];
    Some(responsibility_of(src, paragraph, Prose { sentence, agencies }))
}

/// Searcher for 负责 (see [`listed_duty`]).
static DUTY: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("负责"));

/// The AST node of the responsibility `p` read at the start of
/// `paragraph`, with its deadline.
fn responsibility_of<'a>(src: &Source<'a>, paragraph: &str, p: Prose<'_>) -> Responsibility<'a> {
    let mut agencies: Vec<Agency<'a>> = p
        .agencies
        .iter()
        .map(|&(name, role)| {
            let (name, span) = src.node(name);
            Agency::unresolved(name, role, span)
        })
        .collect();
    super::shared::expand(src, &p.agencies, &mut agencies);
    // a deadline in the sentence up to the bodies' end (2019年3月底前，X负责…),
    // else in the rest of that sentence (X牵头，Y配合，4月底前提出方案。 /
    // X负责，持续实施。)
    let end = src.offset(p.sentence) + p.sentence.len() - src.offset(paragraph);
    let deadline = super::deadline::of_clause(src, paragraph, 0, end, &[]).or_else(|| {
        let stop = punct::find_marks::<punct::Juhao>(&paragraph[end..]).map_or(paragraph.len(), |k| end + k);
        super::deadline::of_clause(src, paragraph, end, stop, &[])
    });
    Responsibility { raw: src.text(p.sentence), agencies, notes: Vec::new(), span: src.span_of(p.sentence), deadline }
}

/// Longest closing role sentence looked for, in bytes (160 ideographs:
/// `市发展改革委牵头，市财政局、…、各区人民政府配合，2025年底前完成。` with a
/// dozen bodies).
const MAX_CLOSING_SENTENCE: usize = 480;

/// The responsibility stated in the last sentence of `paragraph` (a
/// sub-slice of the cleaned text), when it has more than one: a task's text
/// and then who does it (`…完成改厕2000户。市农业农村局牵头，各县（市、区）人民政府配合。`).
/// Its deadline: in that sentence, else the nearest before it in the task's
/// text. One backward search for the sentence end before the last.
pub(crate) fn closing_responsibility<'a>(src: &Source<'a>, paragraph: &str) -> Option<Responsibility<'a>> {
    let body = punct::trim(paragraph);
    let body = body.strip_suffix(punct::JUHAO)?;
    // a closing role sentence ends in a role word (…配合。) or a deadline
    // (…，10月底前完成。 / …年底前。 / …年内。 / 长期坚持。 / 第三季度。 /
    // 2025年6月30日。 / 2024年6月出台。, the deadline grammar's endings):
    // most paragraphs end otherwise
    let last = body.chars().next_back()?;
    if !super::clause::may_end_role(last) && !super::deadline::may_end(last) && !super::clause::may_end_label(body) {
        return None;
    }
    // a closing role sentence is short (bodies and roles, perhaps a
    // deadline): the sentence end before it is looked for in the last
    // [`MAX_CLOSING_SENTENCE`] bytes only, so that a long paragraph costs no
    // more than a short one
    let window = punct::tail(body, MAX_CLOSING_SENTENCE);
    let start = match punct::rfind_juhao(window) {
        Some(k) => body.len() - window.len() + k + punct::JUHAO.len_utf8(),
        // a paragraph of one sentence (its first clause read from its
        // start by [`prose`]): its later clauses, as a last sentence's
        // (建立健全长效机制，市住房城乡建设管理委负责。)
        // (only when one of its last two clauses is a role group: most
        // paragraphs of one sentence name no body)
        None if window.len() == body.len() && role_near_end(body) => 0,
        None => return None,
    };
    let sentence = &body[start..];
    // role groups opening the last sentence
    if start > 0 {
        if let Some(r) = last_sentence(src, paragraph, sentence) {
            return Some(r);
        }
    }
    // the other clauses of the last sentence, in its last
    // [`MAX_INNER_TAIL`] bytes (from a clause's start)
    let tail = punct::tail(sentence, MAX_INNER_TAIL);
    let from = if tail.len() == sentence.len() {
        0
    } else {
        let k = punct::find_marks::<punct::CommaOrSemicolon>(tail)?;
        sentence.len() - tail.len() + k + punct::len_at(tail, k)
    };
    inner_responsibility(src, paragraph, sentence, from)
}

/// Whether one of the last two clauses of `sentence` (split on ，；) is
/// a role group (`…，X负责`, `…，X牵头，Y配合，9月底前完成`, `X会同Y负责，年底前完成`):
/// the gate of a sentence read clause by clause that is not a paragraph's
/// last (one backward search for each of the two marks).
fn role_near_end(sentence: &str) -> bool {
    let ends_role = |c: &str| {
        let c = punct::trim(c);
        c.chars().next_back().is_some_and(super::clause::may_end_role) && super::clause::strip_role(c).is_some()
    };
    // (the last clause of a sentence that names bodies is short: the
    // marks are looked for in its last [`MAX_INNER_TAIL`] bytes only)
    let tail = punct::tail(sentence, MAX_INNER_TAIL);
    let base = sentence.len() - tail.len();
    let Some((k, n)) = last_comma(tail) else { return false };
    if ends_role(&tail[k + n..]) {
        return true;
    }
    let from = last_comma(&tail[..k]).map_or(0, |(j, m)| j + m);
    // (a clause that starts before the tail is too long to be a group)
    (from > 0 || base == 0) && ends_role(&tail[from..k])
}

/// Where the last comma or semicolon of either width in `s` starts, and its
/// bytes: one backward `memchr` for their first bytes (full-width forms
/// start with EF).
fn last_comma(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    memchr::memrchr3_iter(0xEF, b',', b';', b).find_map(|k| match b[k] {
        b',' | b';' => Some((k, 1)),
        _ => (punct::has_prefix(&b[k..], punct::FW_COMMA_BYTES)
            || punct::has_prefix(&b[k..], punct::FW_SEMICOLON_BYTES))
        .then_some((k, 3)),
    })
}

/// Bytes at the end of a last sentence read clause by clause (50
/// ideographs: the bodies and the deadline follow the task there).
const MAX_INNER_TAIL: usize = 150;

/// Role groups opening the last sentence of `paragraph` (see
/// [`closing_responsibility`]).
fn last_sentence<'a>(src: &Source<'a>, paragraph: &str, sentence: &str) -> Option<Responsibility<'a>> {
    // only role groups (X牵头，Y配合。 / X负责。): a closing X会同Y做好… is a
    // standing duty more often than a task's assignment
    let first_clause = &sentence[..punct::find_marks::<punct::CommaOrSemicolon>(sentence).unwrap_or(sentence.len())];
    // (and the bodies open it: a topic before 由 — 会议的组织工作由X负责 —
    // in a closing sentence states who handles something, a standing rule)
    let first_clause = punct::trim(first_clause);
    let by = first_clause.strip_prefix('由');
    let mut first_clause = by.unwrap_or(first_clause);
    // (a decision of minutes, 会议议定：…, is read as at a paragraph's start)
    if meeting_lead_in(sentence).len() == sentence.len() {
        // (a topic with no 的 before 由 names what the bodies after it do:
        // …分类推进由X与Y落实，…由Z牵头，W配合落实)
        let topic = first_clause.rfind('由').filter(|&at| !first_clause[..at].ends_with('自'));
        if let Some(at) = topic {
            if first_clause[..at].contains('的') {
                return None;
            }
            first_clause = &first_clause[at + '由'.len_utf8()..];
        }
        group_role(first_clause).or_else(|| by_role(first_clause, by.is_some() || topic.is_some()))?;
    }
    let mut r = responsibility(src, sentence)?;
    if r.deadline.is_none() {
        let at = src.offset(sentence) - src.offset(paragraph);
        r.deadline = super::deadline::of_clause(src, paragraph, 0, at, &[]);
    }
    Some(r)
}

/// Searcher for 负责 (see [`charged`]), built once.
static RESPONSIBLE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("负责"));

/// Most clauses of a last sentence tried (a sentence of hundreds of
/// clauses costs no more than one of a few dozen).
const MAX_INNER_CLAUSES: usize = 48;

/// The clauses of `body`, the last sentence of `paragraph` (a sub-slice of
/// the cleaned text) that ends like a task (see [`closing_responsibility`]),
/// from byte `from` (a clause's start) on, other than its first role groups: role groups that open a later clause
/// (`建立政策兑现平台，区发展改革局、区财政局按职责分工负责，长期坚持。`), `由X会同Y…`
/// opening it (`由市自然资源和规划局会同市发展改革委制定具体办法，于2025年12月31日前出台。`),
/// or a body charged with some work (see [`charged`]) — the bodies open the
/// clause, or 由 does (a topic before 由, `改造计划由X负责`, states who
/// handles something). Its deadline: in the rest of that sentence, else
/// before the bodies in it. The first of them is taken. One pass over the
/// sentence's prose marks; each clause is told by a character at its ends
/// before any search. (A sentence in the middle of a paragraph is read by
/// `sentence_duty`, from its role words.)
fn inner_responsibility<'a>(src: &Source<'a>, paragraph: &str, body: &str, from: usize) -> Option<Responsibility<'a>> {
    let b = body.as_bytes();
    let base = src.offset(paragraph);
    // one pass over the prose marks: each clause ends at one, a sentence at
    // 。！？ or a colon
    let mut marks = punct::mark_positions::<punct::Prose>(&body[from..]).map(|m| from + m);
    // (a clause from `from` on is not the sentence's first when `from` is
    // past its start; its sentence starts after the last sentence end or
    // colon before `from`: `body` is cut at 。 only)
    let sentence_start = punct::mark_positions::<punct::SentenceEndOrColon>(&body[..from])
        .last()
        .map_or(0, |m| m + punct::len_at(body, m));
    let (mut start, mut sentence_start, mut clauses) = (from, sentence_start, usize::from(from > 0));
    // the clause before, in this sentence
    let mut prev: Option<&str> = None;
    loop {
        let mark = marks.next();
        let end = mark.unwrap_or(b.len());
        let clause = &body[start..end];
        let next_start = mark.map(|m| m + punct::len_at(body, m));
        clauses += 1;
        if clauses > MAX_INNER_CLAUSES {
            return None;
        }
        if let Some(r) = inner_clause(src, paragraph, base, &body[sentence_start..], clause, prev, clauses) {
            return Some(r);
        }
        let next = next_start?;
        // (a comma or semicolon continues the sentence)
        let continues = body[end..].starts_with(|c| punct::is_comma(c) || punct::is_semicolon(c));
        prev = continues.then_some(clause);
        if !continues {
            sentence_start = next;
        }
        start = next;
    }
}

/// One clause of [`inner_responsibility`]: `rest` is the text from the
/// clause's sentence start to the paragraph's end, `prev` the clause before
/// in the sentence, `n` the clause's count in the paragraph.
fn inner_clause<'a>(
    src: &Source<'a>,
    paragraph: &str,
    base: usize,
    rest: &str,
    clause: &str,
    prev: Option<&str>,
    n: usize,
) -> Option<Responsibility<'a>> {
    // every form is told by a character at the clause's ends before any
    // search: a role word ends it, 由 opens it, or a body's first character
    // does (a clause starts right after its mark: no space to trim first in
    // most text)
    let first = clause.chars().next()?;
    let by = first == '由';
    let role_end = n > 1 && clause.chars().next_back().is_some_and(super::clause::may_end_role);
    let charged_start = by || CHARGED_FIRST.contains(first);
    if !(role_end || charged_start || punct::is_space(first)) {
        return None;
    }
    let whole = punct::trim(clause);
    let first = whole.chars().next()?;
    let by = first == '由';
    let role_end = n > 1 && whole.chars().next_back().is_some_and(super::clause::may_end_role);
    let charged_start = by || CHARGED_FIRST.contains(first);
    if !(role_end || charged_start) {
        return None;
    }
    // (a run of role groups is read from its first group only: its later
    // groups follow a role word)
    if prev.is_some_and(|p| punct::trim(p).chars().next_back().is_some_and(super::clause::may_end_role)) {
        return None;
    }
    // (a topic before 由 states who handles something: 改造计划由X负责,
    // 跨行政区域的应对工作，由X负责)
    let c = whole.strip_prefix('由').unwrap_or(whole);
    if c.contains('由') || (by && prev.is_some_and(|p| p.contains('的'))) {
        return None;
    }
    // the sentence (found only now: most clauses are none of the forms)
    let sentence = &rest[..punct::find_marks::<punct::SentenceEndOrColon>(rest).unwrap_or(rest.len())];
    // (the clause lies in its sentence: `rest` starts at the sentence's
    // start; a clause past a mark the caller did not see is not read)
    let at = src.offset(clause).checked_sub(src.offset(sentence)).filter(|&at| at <= sentence.len())?;
    // where the clause starts and the sentence ends, in `paragraph`
    let (from, to) = (src.offset(clause) - base, src.offset(sentence) + sentence.len() - base);
    let before = || super::deadline::of_clause(src, paragraph, src.offset(sentence) - base, from, &[]);
    // role groups (the paragraph's first clause is read by [`prose`])
    if role_end && super::clause::strip_role(c).is_some() {
        let mut r = responsibility(src, &sentence[at..])?;
        if r.deadline.is_none() {
            r.deadline = before();
        }
        return Some(r);
    }
    // 由X会同Y制定… opening a sentence: the bodies before 会同 lead, those
    // after it support (after a topic, 企业的认定，由X会同Y确定, it states who
    // handles something)
    if by && prev.is_none() && JOINT.find(c.as_bytes()).is_some() {
        let mut agencies = Vec::new();
        joint_into(c, &mut agencies)?;
        let deadline = super::deadline::of_clause(src, paragraph, from, to, &[]).or_else(before);
        return Some(node(src, whole, &agencies, deadline));
    }
    // X负责编制…，2025年6月底前完成 / X负责…，Y配合…
    if !charged_start {
        return None;
    }
    let after = &sentence[(at + clause.len()).min(sentence.len())..];
    // (the next clause: after the mark that ends this one)
    let next = after.chars().next().map(|m| {
        let a = &after[m.len_utf8()..];
        &a[..punct::find_marks::<punct::CommaOrSemicolon>(a).unwrap_or(a.len())]
    });
    charged(src, paragraph, whole, c, next, to, false)
}

/// First characters of the bodies [`charged`] reads (a level: 省, 市, 区,
/// 县, 镇 …; 国家, 中央; 各): a clause that opens otherwise is not searched
/// for 负责.
const CHARGED_FIRST: super::CharSet =
    super::CharSet::new(&['省', '市', '区', '县', '镇', '乡', '街', '村', '国', '中', '各', '自', '州', '盟', '旗']);

/// Most bytes of a clause searched for 负责 after the bodies that open it
/// (a list of two or three names).
const MAX_CHARGED_HEAD: usize = 90;

/// A clause `X负责<what>` (`c`, without a leading 由; `whole` with it) whose
/// sentence states a deadline after it (`省农业农村厅负责跟踪调度播种进度，4月底前报送`)
/// or whose next clause names the bodies that support
/// (`镇应急办负责汛期值班值守，镇水利站配合做好水库巡查`): X is responsible. A
/// list that 按职责分工负责 some work is responsible whatever follows. A
/// body that 负责 some work with neither is read only when `plain` (asked
/// by `sentence_duty`, the last reader of a paragraph), and then only for a
/// task, not its remit (see [`plain_duty`]). `to` is where the sentence
/// ends in `paragraph`.
pub(crate) fn charged<'a>(
    src: &Source<'a>,
    paragraph: &str,
    whole: &str,
    c: &str,
    next: Option<&str>,
    to: usize,
    plain: bool,
) -> Option<Responsibility<'a>> {
    // (按职责分工负责 assigns the work that follows it whatever else the
    // sentence says)
    let k = RESPONSIBLE.find(punct::head(c, MAX_CHARGED_HEAD).as_bytes())?;
    let (at, word_end, role, alone) = duty_word(c, k);
    let (names, what) = (&c[..at], &c[word_end..]);
    if what.is_empty() || names.is_empty() {
        return None;
    }
    // (a plain X负责<work> names its work right after the word, and its
    // subject alone: see [`plain_duty`])
    let names = if plain && !alone { plain_duty(names, what)? } else { names };
    let mut agencies = Vec::new();
    subjects_into(names, role, &mut agencies)?;
    let base = src.offset(paragraph);
    let named_end = src.offset(c) + word_end - base;
    // the next clause: Y配合做好… / Y协同… / Y参与…
    let partners = next.and_then(|n| support_clause_into(n, &mut agencies));
    let deadline = super::deadline::of_clause(src, paragraph, named_end, to, &[]);
    if !alone && !plain && partners.is_none() && deadline.is_none() {
        return None;
    }
    // the raw text: the bodies and 负责, up to the partners' role word
    let raw_end = partners.map_or(named_end, |p| src.offset(p) + p.len() - base);
    let raw = &paragraph[src.offset(whole) - base..raw_end];
    Some(node(src, raw, &agencies, deadline))
}

/// The subject of a plain `X负责<work>` (`names` before 负责, `what` after
/// it, to the clause's end), if the clause reads as one: a body that 负责 a
/// piece of work is responsible for it, a standing duty or a task alike
/// (`区规划资源局负责本区规划管理工作`, `国家中医药局负责组织实施…考核工作`). Not:
/// - work that is no ideograph's (`完善政府负责、环保部门统一监督管理`: a list
///   of principles, 负责 a noun in it);
/// - an accountability phrase, `对…负责` / `向…负责` (`将…纳入对本级人民政府负责…`):
///   who answers to whom, no work assigned;
/// - an attribute naming another body, `X负责…的机构` (`省人民政府负责综合行政
///   执法指导的机构`);
/// - a body named by a bare kind (`办公室负责…`: the office of a body the text
///   named before, none of its own name);
/// - a topic before 由 (`村道由村民委员会负责日常养护`, `业主大会会议由业主委员会
///   负责召集`): who handles something, a standing procedure, as a closing
///   `改造计划由X负责` is read (see [`inner_clause`]).
fn plain_duty<'s>(names: &'s str, what: &str) -> Option<&'s str> {
    if !what.chars().next().is_some_and(punct::is_ideograph)
        || names.contains(['对', '向'])
        || names.match_indices('由').any(|(at, _)| !names[..at].ends_with('自'))
        || is_remit(what)
    {
        return None;
    }
    // (the attribute's other name in brackets after it: `…的机构（以下称…）`)
    let what = match what.strip_suffix(punct::is_rparen) {
        Some(w) => w.rfind(punct::is_lparen).map_or(what, |open| &w[..open]),
        None => what,
    };
    if let Some(at) = what.rfind('的') {
        let noun = &what[at + '的'.len_utf8()..];
        if ATTRIBUTE_KINDS.iter().any(|k| noun.ends_with(k)) {
            return None;
        }
    }
    (!BODY_SUFFIXES.contains(&names)).then_some(names)
}

/// Whether the work of a plain `X负责<work>` (`what`, to its clause's end)
/// is the body's remit rather than a task: its own area, `本区…` `本辖区…`
/// `全市…`, or a noun phrase of some field's work, `…建筑的防灾和风险排查工作`
/// — what a regulation or a list of functions says a body is in charge of,
/// which the facts of the corpus read as no task's (`区绿化市容局负责本区装修
/// 垃圾处理的全面管理和指导工作`); a task opens with what is to be done
/// (`负责制定年度执法计划`, `负责组织实施…考核工作`).
fn is_remit(what: &str) -> bool {
    what.starts_with(['本', '全']) || (what.ends_with("工作") && what.contains('的'))
}

/// Kinds of body that end an attribute `…负责…的<kind>` (see [`plain_duty`]).
const ATTRIBUTE_KINDS: [&str; 5] = ["机构", "部门", "单位", "机关", "人员"];

/// Words right before 负责 that make it assign the work whatever follows
/// (`X、Y按职责分工负责…`, `X与Y共同负责…`, `X牵头负责…`), with the role
/// they give, longest first where one ends another.
const DUTY_HEADS: [(&str, Role); 7] = [
    ("按照职责分工", Role::Responsible),
    ("按职责分工", Role::Responsible),
    ("按职能分工", Role::Responsible),
    ("共同", Role::Responsible),
    ("分别", Role::Responsible),
    ("具体", Role::Responsible),
    ("牵头", Role::Lead),
];

/// `names` without a word of [`DUTY_HEADS`] at its end (`X按职责分工`: X).
pub(crate) fn strip_duty_head(names: &str) -> &str {
    DUTY_HEADS.iter().find_map(|(h, _)| punct::strip_suffix(names, h)).unwrap_or(names)
}

/// The duty word around the 负责 at byte `k` of `c` (a clause that opens
/// with the bodies, perhaps after 由): where the names end, where the word
/// ends, the role, and whether the word assigns the work alone — a word of
/// [`DUTY_HEADS`] before it, 牵头 after it (`X负责牵头…`: lead), or each of
/// a class of bodies charged with its own area (`各区人民政府负责本辖区…`,
/// `各县（市、区）负责本地区…`). A plain `X负责<work>` states a standing
/// duty as often as it assigns a task: it is read only with a deadline or
/// partners after it (see [`charged`]).
fn duty_word(c: &str, k: usize) -> (usize, usize, Role, bool) {
    let word_end = k + "负责".len();
    let before = &c[..k];
    if let Some(&(h, role)) = DUTY_HEADS.iter().find(|(h, _)| punct::has_suffix(before.as_bytes(), h.as_bytes())) {
        return (k - h.len(), word_end, role, true);
    }
    let after = &c[word_end..];
    if after.starts_with("牵头") {
        return (k, word_end + "牵头".len(), Role::Lead, true);
    }
    let own_area = before.strip_prefix('由').unwrap_or(before).starts_with('各') && after.starts_with('本');
    (k, word_end, Role::Responsible, own_area)
}

/// A first clause `X<duty word><work>` of `text` (see [`duty_word`]) whose
/// 负责 is at byte `k`: X with the word's role, and the role groups of the
/// clauses right after it in its sentence (`X负责牵头编制规划，Y配合。`).
/// (A first clause that ends with its role word is a role group, read by
/// [`role_groups_into`].)
fn stated_duty(text: &str, clause_end: usize, k: usize) -> Option<Prose<'_>> {
    let clause = &text[..clause_end];
    let (names_end, word_end, role, alone) = duty_word(clause, k);
    if !alone || punct::trim(&clause[word_end..]).is_empty() {
        return None;
    }
    let names = &clause[..names_end];
    let names = names.strip_prefix('由').unwrap_or(names);
    let mut agencies = Vec::new();
    subjects_into(names, role, &mut agencies)?;
    let mut end = word_end;
    // (the clauses after it, up to the sentence's end, while each is a
    // role group)
    let rest = &text[clause_end..];
    if rest.starts_with(|c| punct::is_comma(c) || punct::is_semicolon(c)) {
        let sentence = &rest[..punct::find_marks::<punct::SentenceEndOrColon>(rest).unwrap_or(rest.len())];
        for group in punct::split_marks::<punct::CommaOrSemicolon>(sentence).map(punct::trim) {
            if group.is_empty() {
                continue;
            }
            if role_group_into(group, false, &mut agencies).is_none() {
                break;
            }
            end = offset_in(text, group) + group.len();
        }
    }
    Some(Prose { sentence: &text[..end], agencies })
}

/// A clause that names the bodies that support and their work, `Y配合做好…`
/// / `Y协同…` / `Y参与…` (the first word of [`SUPPORT_WORDS`] in it), its
/// bodies appended to `out` as partners: the clause's text up to the role
/// word (`out` as it was, and none, when it is no such clause).
pub(crate) fn support_clause_into<'s>(clause: &'s str, out: &mut Assigned<'s>) -> Option<&'s str> {
    let n = punct::trim(clause);
    let (k, _) = SUPPORT_WORDS.iter().filter_map(|w| n.find(w).map(|k| (k, w))).min()?;
    let start = out.len();
    joined_into(&n[..k], Role::Support, out);
    if out.len() > start && out[start..].iter().all(|(p, _)| is_partner(p)) {
        Some(&n[..k + SUPPORT_WORDS[0].len()])
    } else {
        out.truncate(start);
        None
    }
}

/// Role words of bodies that support, all of two characters.
const SUPPORT_WORDS: [&str; 3] = ["配合", "协同", "参与"];

/// The AST node of a responsibility: `raw` names the bodies, `agencies`
/// are borrowed from the cleaned text.
pub(crate) fn node<'a>(
    src: &Source<'a>,
    raw: &str,
    assigned: &Assigned<'_>,
    deadline: Option<Box<crate::ast::Deadline<'a>>>,
) -> Responsibility<'a> {
    let mut agencies: Vec<Agency<'a>> = assigned
        .iter()
        .map(|&(name, role)| {
            let (name, span) = src.node(name);
            Agency::unresolved(name, role, span)
        })
        .collect();
    super::shared::expand(src, assigned, &mut agencies);
    Responsibility { raw: src.text(raw), agencies, notes: Vec::new(), span: src.span_of(raw), deadline }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Role::{Lead, Responsible, Support};

    const LETTER: &str = include_str!("../../fixtures/07-guobanhan-2004-71-sichuan-reply-letter.txt");

    #[test]
    fn grassroots_units_with_a_bracket() {
        for n in ["各村（社区）", "各乡（镇）", "各镇（街道）", "各村(居)", "各乡镇（街道、社区）"]
        {
            assert!(is_partner(n) && is_subject(n), "{n}");
        }
        for n in ["街道", "乡镇", "各街道办", "各镇街"] {
            assert!(!is_grassroots_qualified(n), "{n}");
        }
        assert!(is_grassroots_qualified("各街道") && is_grassroots_qualified("各乡镇"));
        for n in ["各村（社区", "村（社区）", "各村（企业）", "各公司（社区）", "各村"] {
            assert!(!is_grassroots_qualified(n), "{n}");
        }
        let p = prose("镇应急办牵头，镇林业站、各村（社区）配合，4月底前完成隐患排查。").expect("a clause");
        assert_eq!(p.agencies, [("镇应急办", Lead), ("镇林业站", Support), ("各村（社区）", Support)]);
    }

    /// The head filter finds every position where a prose mark, 会, 研 or
    /// 负 starts (as the exact mark search finds them), and the checks
    /// of the caller tell those apart from the other candidates.
    #[test]
    fn head_candidates_hold_every_mark_and_word() {
        let crafted = [
            "市发展改革委、市财政局会同《某某办法》（试行）研究提出企业伟大弟弛：负责。",
            "a,b;c:d!e?f。g！h？i，j；k：l会m研n负o牵p",
            "２０２５年（一）【注】「引」“号”—…·〇",
        ];
        let texts = LETTER.lines().chain(crafted);
        for t in texts {
            for from in t.char_indices().map(|(i, _)| i) {
                let head = punct::head(&t[from..], HEAD_BYTES);
                let exact: Vec<usize> = punct::mark_positions::<punct::ProseOrTrigger>(head).collect();
                let b = head.as_bytes();
                let kept: Vec<usize> = punct::window_positions::<HeadFilter>(b)
                    .filter(|&at| {
                        let rest = &b[at..];
                        ["会", "研", "负"].iter().any(|w| punct::has_prefix(rest, w.as_bytes())) || prose_mark_at(rest)
                    })
                    .collect();
                assert_eq!(kept, exact, "{head}");
                let all: Vec<usize> = punct::window_positions::<HeadFilter>(b).collect();
                assert!(head.match_indices('牵').all(|(k, _)| all.contains(&k)), "{head}");
            }
        }
    }

    #[test]
    fn every_body_suffix_ends_like_a_body() {
        for s in BODY_SUFFIXES {
            assert!(ends_like_body(s), "{s}");
        }
        assert!(!ends_like_body("指导思想"));
        assert!(!ends_like_body(""));
    }

    /// `BODY_ALONE` holds exactly the one-character suffixes, so the gate
    /// in `is_body` answers as the compare with every suffix does, for names
    /// of every length ending in every last character.
    #[test]
    fn body_alone_is_the_one_character_suffixes() {
        for s in BODY_SUFFIXES {
            let c = s.chars().next_back().expect("a suffix");
            assert_eq!(BODY_ALONE.contains(c), BODY_SUFFIXES.contains(&c.to_string().as_str()), "{s}");
        }
        let full = |n: &str| {
            ends_like_body(n)
                && BODY_SUFFIXES.iter().any(|s| punct::has_suffix(n.as_bytes(), s.as_bytes()) && n.len() > s.len())
                && super::super::chars_in(n, 2, MAX_NAME)
                && (super::super::all_ideographs(n) || qualified_mid_name(n))
                && (!n.ends_with('司') || super::super::chars_in(n, 3, MAX_NAME))
                && (!n.ends_with('行') || ["银行", "分行", "支行", "总行"].iter().any(|s| n.ends_with(s)))
        };
        let heads = ["", "市", "国家", "各县（市、区）人民", "a", "该", "有关"];
        for s in BODY_SUFFIXES.iter().chain(&["指导思想", "员会", "团", "中央", "事处"]) {
            for h in heads {
                let n = format!("{h}{s}");
                assert_eq!(is_body(&n), full(&n), "{n}");
            }
        }
    }

    /// The line of the 07 letter that starts with `start` (after an item's
    /// run-in title when it has one).
    fn line(start: &str) -> &'static str {
        LETTER
            .lines()
            .find_map(|l| {
                let l = l.trim();
                let body =
                    l.find('。').filter(|_| l.starts_with(char::is_numeric)).map_or(l, |p| &l[p + '。'.len_utf8()..]);
                body.starts_with(start).then_some(body)
            })
            .unwrap_or_else(|| panic!("no line starts with {start}"))
    }

    #[test]
    fn predicates_are_found_by_their_first_character() {
        assert!(PREDICATES.iter().all(|p| p.chars().next().is_some_and(|c| c.len_utf8() == 3)));
        assert_eq!(PREDICATES_BY_FIRST.len(), PREDICATES.len());
        assert!(PREDICATES.iter().all(|p| p.chars().next().is_some_and(|c| FOLLOWS_FIRST.contains(c))));
        assert!(FOLLOWS_FIRST.contains('等') && !FOLLOWS_FIRST.contains('局'));
        // at every character of the letter, as the linear search finds them
        for (at, _) in LETTER.char_indices() {
            let rest = &LETTER.as_bytes()[at..];
            let linear = PREDICATES.iter().any(|p| punct::has_prefix(rest, p.as_bytes()));
            assert_eq!(starts_predicate(rest), linear, "{}", LETTER[at..].chars().take(4).collect::<String>());
        }
        for p in PREDICATES {
            assert!(starts_predicate(format!("{p}工作").as_bytes()), "{p}");
        }
    }

    #[test]
    fn reply_letter_07() {
        // (start of the line, the sentence found, the bodies)
        type Case = (&'static str, &'static str, &'static [(&'static str, Role)]);
        let cases: &[Case] = &[
            ("发展改革委研究提出", "发展改革委研究提出了办理意见", &[("发展改革委", Responsible)]),
            (
                "发展改革委会同水利部",
                "发展改革委会同水利部研究提出了办理意见",
                &[("发展改革委", Lead), ("水利部", Support)],
            ),
            (
                "财政部会同农业部",
                "财政部会同农业部等有关部门研究提出了办理意见",
                &[("财政部", Lead), ("农业部", Support)],
            ),
            (
                "发展改革委、农业部会同财政部",
                "发展改革委、农业部会同财政部等有关部门研究提出了办理意见",
                &[("发展改革委", Lead), ("农业部", Lead), ("财政部", Support)],
            ),
            (
                "发展改革委会同有关部门",
                "发展改革委会同有关部门研究提出了办理意见",
                &[("发展改革委", Lead), ("有关部门", Support)],
            ),
            (
                "振兴东北办会同国资委",
                "振兴东北办会同国资委等有关部门研究提出了办理意见",
                &[("振兴东北办", Lead), ("国资委", Support)],
            ),
            (
                "国土资源部会同民政部",
                "国土资源部会同民政部、财政部、水利部研究提出了办理意见",
                &[("国土资源部", Lead), ("民政部", Support), ("财政部", Support), ("水利部", Support)],
            ),
            (
                "发展改革委会同西部开发办研究",
                "发展改革委会同西部开发办研究提出了办理意见",
                &[("发展改革委", Lead), ("西部开发办", Support)],
            ),
            (
                "环保总局会同",
                "环保总局会同发展改革委、水利部、建设部、交通部等部门研究提出了办理意见",
                &[
                    ("环保总局", Lead),
                    ("发展改革委", Support),
                    ("水利部", Support),
                    ("建设部", Support),
                    ("交通部", Support),
                ],
            ),
            (
                "发展改革委会同西部开发办、",
                "发展改革委会同西部开发办、财政部、林业局等部门研究提出了办理意见",
                &[("发展改革委", Lead), ("西部开发办", Support), ("财政部", Support), ("林业局", Support)],
            ),
            (
                "西部开发办会同",
                "西部开发办会同有关部门研究提出了办理意见",
                &[("西部开发办", Lead), ("有关部门", Support)],
            ),
            (
                "财政部会同林业局",
                "财政部会同林业局等有关部门研究提出了办理意见",
                &[("财政部", Lead), ("林业局", Support)],
            ),
            (
                "扶贫办已会同",
                "扶贫办已会同交通部、水利部、林业局等部门赴广安市水淹区进行了实地调查",
                &[("扶贫办", Lead), ("交通部", Support), ("水利部", Support), ("林业局", Support)],
            ),
        ];
        for &(start, sentence, want) in cases {
            let text = line(start);
            let p = prose(text).unwrap_or_else(|| panic!("no responsibility in {text}"));
            assert_eq!(p.sentence, sentence);
            assert_eq!(p.agencies, want, "{text}");
            assert_eq!(prose_roles(text), want);
        }
        // every block of the letter that reports a 办理意见 names its bodies
        let with_opinion = LETTER.lines().filter(|l| l.contains("研究提出了办理意见")).count();
        let found = LETTER.lines().filter(|l| !prose_roles(line_body(l)).is_empty()).count();
        assert_eq!((with_opinion, found), (13, 14));
    }

    /// A line of the letter without its item marker and run-in title.
    fn line_body(l: &str) -> &str {
        let l = l.trim();
        l.find('。').filter(|_| l.starts_with(char::is_numeric)).map_or(l, |p| &l[p + '。'.len_utf8()..])
    }

    #[test]
    fn other_lines_of_the_letter_are_not_responsibility() {
        for l in LETTER.lines().map(line_body) {
            let has = !prose_roles(l).is_empty();
            let expected = l.contains("研究提出了办理意见") || l.starts_with("扶贫办已会同");
            assert_eq!(has, expected, "{l}");
        }
    }

    #[test]
    fn opinion_lead_ins_of_a_reply_letter() {
        for (text, want) in [
            ("发展改革委提出了以下意见：", &[("发展改革委", Responsible)][..]),
            ("发展改革委意见：目前该产品全部依赖进口。", &[("发展改革委", Responsible)]),
            ("证监会、发展改革委提出了以下意见：", &[("证监会", Responsible), ("发展改革委", Responsible)]),
            ("发展改革委提出：根据有关文件精神，予以支持。", &[("发展改革委", Responsible)]),
            ("财政部的意见：", &[("财政部", Responsible)]),
        ] {
            assert_eq!(prose_roles(text), want, "{text}");
        }
        // no body, a collective, a pronoun, no colon, or more than a lead-in
        for text in [
            "专家意见：可行。",
            "有关部门意见：同意。",
            "该委提出：同意。",
            "发展改革委提出了以下意见。",
            "发展改革委提出，该项目可行：",
            "大连市请求，建设项目：",
            "发展改革委对此提出了意见：",
        ] {
            assert_eq!(prose_roles(text), [], "{text}");
        }
    }

    #[test]
    fn decisions_of_minutes() {
        assert_eq!(
            prose_roles("会议议定：市应急管理局负责，市林业局配合，即日起开展检查。"),
            [("市应急管理局", Responsible), ("市林业局", Support)]
        );
        assert_eq!(prose_roles("会议明确，由市财政局牵头，研究设立基金。"), [("市财政局", Lead)]);
        assert_eq!(prose_roles("会议研究决定：市水务局负责。"), [("市水务局", Responsible)]);
        // a lead-in that decides nothing, or too long
        assert!(prose_roles("会议听取了市水务局负责的汇报：").is_empty());
        assert!(prose_roles("会议认为：市水务局负责。").is_empty());
        assert!(prose_roles("会议议定").is_empty());
        assert_eq!(meeting_lead_in("会议"), "会议");
        assert_eq!(meeting_lead_in("会议议定：中"), "中");
    }

    #[test]
    fn bodies_that_end_in_dui() {
        assert_eq!(
            prose_roles("街道综合行政执法队负责，自治办配合，常态化开展。"),
            [("街道综合行政执法队", Responsible), ("自治办", Support)]
        );
    }

    #[test]
    fn role_groups_as_a_sentence() {
        assert_eq!(prose_roles("由市水务局负责。"), [("市水务局", Responsible)]);
        assert_eq!(
            prose_roles("市住房城乡建设管理委牵头，市水务局、各区政府配合。"),
            [("市住房城乡建设管理委", Lead), ("市水务局", Support), ("各区政府", Support)]
        );
        assert_eq!(
            prose_roles("中央农办牵头，农业部等参与；有关部门按职责分工负责。其他"),
            [("中央农办", Lead), ("农业部", Support), ("有关部门", Responsible)]
        );
        let p = prose("市规划资源局牵头，市水务局配合，制定实施方案。").unwrap();
        assert_eq!(p.sentence, "市规划资源局牵头，市水务局配合");
        assert_eq!(p.agencies, [("市规划资源局", Lead), ("市水务局", Support)]);
        let p = prose("市规划资源局牵头，会同市水务局等部门制定实施方案。").unwrap();
        assert_eq!(p.sentence, "市规划资源局牵头，会同市水务局");
        assert_eq!(p.agencies, [("市规划资源局", Lead), ("市水务局", Support)]);
        let p = prose("由中央宣传部会同财政部、税务总局确定并发布名单；地方…").unwrap();
        assert_eq!(p.agencies, [("中央宣传部", Lead), ("财政部", Support), ("税务总局", Support)]);
        assert_eq!(p.sentence, "由中央宣传部会同财政部、税务总局确定并发布名单");
        let p = prose("受益所有人信息管理制度由中国人民银行会同国家市场监督管理总局另行制定。").unwrap();
        assert_eq!(p.agencies, [("中国人民银行", Lead), ("国家市场监督管理总局", Support)]);
        // 由 after a comma of the first sentence
        let p = prose("将市政消火栓建设列为区政府实事项目，由区交通委牵头，区发改委、区消防救援支队配合。属地政府要…")
            .unwrap();
        assert_eq!(p.sentence, "由区交通委牵头，区发改委、区消防救援支队配合");
        assert_eq!(p.agencies, [("区交通委", Lead), ("区发改委", Support), ("区消防救援支队", Support)]);
        assert_eq!(
            prose_roles("由卫生计生委牵头，环境保护部、食品药品监管总局等参加。"),
            [("卫生计生委", Lead), ("环境保护部", Support), ("食品药品监管总局", Support)]
        );
        // not after the first sentence, and not a topic (由此可见)
        assert_eq!(prose("完善机制。将其列为实事项目，由区交通委牵头。"), None);
        assert_eq!(prose("加强管理，由此可见成效。"), None);
        // half-width punctuation
        assert_eq!(prose_roles("公安部牵头,民政部配合"), [("公安部", Lead), ("民政部", Support)]);
        // two subjects joined by 及/和, never a name with 和 inside split
        assert_eq!(
            prose_roles("国家发展改革委及国家粮食局会同有关部门负责建立监测系统。"),
            [("国家发展改革委", Lead), ("国家粮食局", Lead), ("有关部门", Support)]
        );
        assert_eq!(
            prose_roles("某某委和某某局牵头，某某厅配合。"),
            [("某某委", Lead), ("某某局", Lead), ("某某厅", Support)]
        );
        assert_eq!(
            prose_roles("住房和城乡建设部会同财政部制定办法。"),
            [("住房和城乡建设部", Lead), ("财政部", Support)]
        );
    }

    #[test]
    fn prose_of_the_other_fixtures_is_left_alone() {
        for text in [
            // 03: standing duties (主要职责), not assignments
            "区城市更新领导小组负责统筹、协调全区城市更新工作，研究、审议城市更新相关重大事项。",
            "区更新办由区建设管理委、区住房保障房屋管理局、区规划资源局三家副主任单位协同开展工作，负责城市更新日常工作。",
            "区规划资源局负责本区城市更新规划土地管理工作，包括参与上报更新行动计划。",
            "区建设管理委负责推动本区城市管理精细化,开展区级城市体检。",
            "区发展改革、财政、税务、国资等有关部门在各自职责范围内，制定落实相关政策措施。",
            "街道办事处、镇人民政府按照职责分工充分发挥属地职能，梳理辖区资源。",
            "区更新办牵头区城市更新领导小组各成员单位，对标对表市、区城市更新部署要求。",
            // 04
            "各地区、各部门要充分认识移动互联网环境下做好政务新媒体工作的重大意义。",
            "国务院办公厅是全国政务新媒体工作的主管单位，地方各级人民政府办公厅（室）是本地区政务新媒体工作的主管单位。",
            // 05
            "中央所属转制文化企业的认定，由中央宣传部会同财政部、税务总局确定并发布名单。",
            // 09
            "国务院国土资源主管部门负责指导、监督全国不动产登记工作。",
            "国务院国土资源主管部门应当会同有关部门建立统一的不动产登记信息管理基础平台。",
            "本条例实施细则由国务院国土资源主管部门会同有关部门制定。",
            "县级以上地方人民政府应当确定一个部门为本行政区域的不动产登记机构，负责不动产登记工作。",
            // 17
            "区政府是推进本区城市体检工作的责任主体，由分管副区长牵头统筹协调城市体检工作中的重大事项。",
            // 07, not at the start / pronoun subjects
            "你省请求，国家尽快审核60万吨乙烯项目的可行性研究报告。",
            "发展改革委已向国务院上报了我国乙烯工业中长期发展规划，待国务院批准后，该委将按照精神组织专家。",
            "水利部也表示将积极配合发展改革委等有关部门做好该项目的立项工作。",
            "发展改革委将继续加强协调，会同你省积极推进该项目前期工作。",
            "该委会同水利部研究提出了办理意见：",
            // a collective and what it sets up is no body
            "生态环境部会同有关部门组建协调小组和专家委员会，建立工作协调机制。",
            "有关部门研究提出了办理意见：",
            // a role word inside a longer group
            "市水务局负责全市海绵城市建设的统筹协调。",
            "",
            "负责。",
            "牵头",
        ] {
            assert_eq!(prose(text), None, "{text}");
        }
    }

    #[test]
    fn body_like_names() {
        for n in
            ["发展改革委", "国务院办公厅", "开发银行", "国铁集团", "各区政府", "全国工商联", "街道办事处", "市水务局"]
        {
            assert!(is_body(n), "{n}");
        }
        for n in
            ["各地区", "有关部门", "你省", "区城市更新领导小组", "国土资源主管部门", "部", "市场监管总局（国家标准委）"]
        {
            assert!(!is_body(n), "{n}");
        }
        assert!(is_collective("有关部门") && is_collective("国务院有关部门") && !is_collective("各地区"));
    }

    /// `prose` asks `by_you` only when the first prose mark is a comma or a
    /// semicolon: the same answer as asking it always.
    #[test]
    fn by_you_is_asked_only_after_a_comma_first() {
        let parts = ["，", ",", "；", ";", "。", "：", "!", "由", "会同", "研", "区交通委牵头", "区水务局配合", "建设"];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = texts.iter().flat_map(|t| parts.iter().map(move |p| format!("{t}{p}"))).collect();
            for t in &texts {
                let text = format!("将消火栓建设{t}");
                let first = punct::find_marks::<punct::Prose>(&text).unwrap_or(text.len());
                let first_clause = punct::trim(&text[..first]);
                let triggered = first_clause.contains("会同")
                    || first_clause.contains("研究提出")
                    || super::super::clause::strip_role(first_clause).is_some();
                if !triggered {
                    assert_eq!(prose(&text), by_you(&text, &text), "{text}");
                }
            }
        }
    }

    /// `first_by_after_comma` finds what a walk over every 由 finds: the
    /// first one right after a comma of either width.
    #[test]
    fn first_by_after_comma_is_the_first_by_after_a_comma() {
        let oracle = |b: &[u8]| {
            let by = "由".as_bytes();
            (0..b.len()).find(|&y| {
                b[y..].starts_with(by) && (b[..y].ends_with(b",") || punct::has_suffix(&b[..y], punct::FW_COMMA_BYTES))
            })
        };
        let parts = ["，", ",", "由", "，由", ",由", "自由", "甲", "。"];
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            texts = texts.iter().flat_map(|t| parts.iter().map(move |p| format!("{t}{p}"))).collect();
            for t in &texts {
                assert_eq!(first_by_after_comma(t.as_bytes()), oracle(t.as_bytes()), "{t}");
            }
        }
    }

    #[test]
    fn a_bracketed_qualifier_inside_a_name() {
        assert_eq!(
            prose_roles("市农业农村局牵头，各县（市、区）人民政府配合。"),
            [("市农业农村局", Lead), ("各县（市、区）人民政府", Support)]
        );
        assert_eq!(prose_roles("各乡（镇）人民政府负责，持续推进。"), [("各乡（镇）人民政府", Responsible)]);
        assert!(is_body("各县（市、区）人民政府") && is_body("某县（区）民政局"));
        // a name ending in its other name, or a bracket of prose, is none
        assert!(!is_body("市场监管总局（国家标准委）") && !is_body("各县（市、区，含开发区）人民政府"));
        assert!(!is_body("（市、区）人民政府") && !is_body("各县（）人民政府"));
    }

    #[test]
    fn role_groups_after_what_the_meeting_agreed() {
        assert_eq!(
            prose_roles(
                "会议议定：原则同意改造计划，区住房城乡建设局牵头，区财政局、各街道办事处配合，2025年10月底前完成。"
            ),
            [("区住房城乡建设局", Lead), ("区财政局", Support), ("各街道办事处", Support)]
        );
        // outside minutes the first clause must name the bodies
        assert!(prose_roles("原则同意改造计划，区住房城乡建设局牵头，区财政局配合。").is_empty());
        assert!(prose_roles("会议议定：原则同意改造计划，请区住房城乡建设局抓紧实施。").is_empty());
    }

    /// A list of levels sharing an ending, then the role word: the
    /// sentence's bodies (`市、区两级财政部门负责。`); the list in any other
    /// sentence is none.
    #[test]
    fn levels_sharing_an_ending_before_a_role_word() {
        assert_eq!(prose_roles("市、区两级财政部门负责。"), [("市", Responsible), ("区两级财政部门", Responsible)]);
        assert_eq!(prose_roles("县、乡两级政府负责。"), [("县", Responsible), ("乡两级政府", Responsible)]);
        assert_eq!(
            prose_roles("省、市、县三级人民政府负责，2025年底前完成。"),
            [("省", Responsible), ("市", Responsible), ("县三级人民政府", Responsible)]
        );
        assert_eq!(
            prose_roles("市、区两级财政部门牵头，市发展改革委配合。"),
            [("市", Lead), ("区两级财政部门", Lead), ("市发展改革委", Support)]
        );
        for t in [
            "市、区两级财政部门要加强资金监管。",
            "市、区两级财政部门负责资金保障工作。",
            "省、市、县三级联动，形成工作合力。",
            "各市、县（市、区）要高度重视。",
            "市、区两级负责。",
            "市财政局、区两级财政部门负责。",
            "两级财政部门负责。",
        ] {
            assert!(prose_roles(t).is_empty(), "{t}: {:?}", prose_roles(t));
        }
    }

    #[test]
    fn a_topic_before_you() {
        assert_eq!(
            prose_roles("滞后项目由县发展改革局牵头，各乡（镇）人民政府配合，于2025年5月底前完成整改。"),
            [("县发展改革局", Lead), ("各乡（镇）人民政府", Support)]
        );
        assert_eq!(prose_roles("市自由贸易试验区管委会牵头，市商务局配合。")[0], ("市自由贸易试验区管委会", Lead));
    }

    #[test]
    fn a_conjunction_before_you_is_no_part_of_a_name() {
        // a later group opening with 或由 / 并由: the bodies follow 由
        assert_eq!(
            prose_roles("跨行政区域的，由各有关行政区域人民政府共同负责，或由其共同的上一级人民政府负责。"),
            [("各有关行政区域人民政府", Responsible), ("其共同的上一级人民政府", Responsible)]
        );
        assert_eq!(
            prose_roles("由市发展改革委牵头，并由市财政局配合。"),
            [("市发展改革委", Lead), ("市财政局", Support)]
        );
        assert_eq!(after_by("或由市水务局负责"), "市水务局负责");
        assert_eq!(after_by("由市水务局负责"), "市水务局负责");
        // a body whose name opens with one of those characters keeps it
        assert_eq!(after_by("并购重组工作组负责"), "并购重组工作组负责");
        assert_eq!(after_by("再生资源办负责"), "再生资源办负责");
    }

    /// The bodies, roles, raw text and deadline (`by`, else its text) of
    /// the responsibility [`closing_responsibility`] reads in `t`.
    /// Bodies with roles, the raw text, the deadline.
    type Read = (Vec<(String, Role)>, String, Option<String>);

    fn inner(t: &str) -> Option<Read> {
        let src = Source::new(t);
        let r = closing_responsibility(&src, &src.clean.text)?;
        let names = r.agencies.iter().map(|a| (a.name.to_string(), a.role)).collect();
        let deadline = r.deadline.map(|d| d.by.clone().unwrap_or_else(|| d.text.to_string()));
        Some((names, r.raw.to_string(), deadline))
    }

    fn named(v: &[(&str, Role)]) -> Vec<(String, Role)> {
        v.iter().map(|&(n, r)| (n.to_owned(), r)).collect()
    }

    #[test]
    fn role_groups_inside_a_paragraph() {
        // a last sentence of role groups that ends with the task
        let (names, raw, by) =
            inner("排查老旧燃气管网。由市城市管理局牵头，市发展改革委、市财政局配合，2025年6月底前完成。").unwrap();
        assert_eq!(names, named(&[("市城市管理局", Lead), ("市发展改革委", Support), ("市财政局", Support)]));
        assert_eq!(raw, "由市城市管理局牵头，市发展改革委、市财政局配合");
        assert_eq!(by.as_deref(), Some("2025-06-30"));
        // (a sentence in the middle of a paragraph is not read here, see
        // `sentence_duty`, nor a last sentence that does not end
        // like a task)
        assert_eq!(
            inner("排查管网。由市城市管理局牵头，市财政局配合，2025年6月底前完成排查。同步推进雨污分流改造。"),
            None
        );
        // after a task's clause in the same sentence
        let (names, _, by) =
            inner("优化服务。建立政策兑现平台，区发展改革局、区财政局按职责分工负责，长期坚持。").unwrap();
        assert_eq!(names, named(&[("区发展改革局", Responsible), ("区财政局", Responsible)]));
        assert_eq!(by.as_deref(), Some("长期坚持"));
        // a last sentence whose first clause is the task
        let (names, _, by) =
            inner("依托消防救援队伍建设。出台指导意见，应急管理部、国家消防救援局负责，2025年底前完成。").unwrap();
        assert_eq!(names, named(&[("应急管理部", Responsible), ("国家消防救援局", Responsible)]));
        assert_eq!(by.as_deref(), Some("2025-12-31"));
        // a ministry's 司, a street office's 科
        let (names, _, _) = inner("推进演练。修订预案。应急救援司牵头，规划科技司配合。").unwrap();
        assert_eq!(names, named(&[("应急救援司", Lead), ("规划科技司", Support)]));
        // 由X会同Y…: X leads, Y supports; the deadline after it
        let (names, _, by) =
            inner("建立认定标准。由市自然资源和规划局会同市发展改革委制定具体办法，于2025年12月31日前出台。").unwrap();
        assert_eq!(names, named(&[("市自然资源和规划局", Lead), ("市发展改革委", Support)]));
        assert_eq!(by.as_deref(), Some("2025-12-31"));
    }

    #[test]
    fn charged_with_work_and_a_deadline_or_partners() {
        // X负责 some work, a deadline in the sentence
        let (names, raw, by) = inner("各市要分解任务。省农业农村厅负责跟踪调度播种进度，4月底前完成。").unwrap();
        assert_eq!(names, named(&[("省农业农村厅", Responsible)]));
        assert_eq!(raw, "省农业农村厅负责");
        assert_eq!(by.as_deref(), Some("4月底前"));
        // X负责…，Y配合…: Y supports
        let (names, raw, _) =
            inner("各村要排查隐患。镇应急办负责汛期值班值守，镇水利站配合做好水库巡查，汛前完成。").unwrap();
        assert_eq!(names, named(&[("镇应急办", Responsible), ("镇水利站", Support)]));
        assert_eq!(raw, "镇应急办负责汛期值班值守，镇水利站配合");
        let (names, _, _) =
            inner("加强服务管理。街道派出所负责日常走访，综治中心、民政科协同做好帮扶，长期坚持。").unwrap();
        assert_eq!(names, named(&[("街道派出所", Responsible), ("综治中心", Support), ("民政科", Support)]));
        // X、Y按职责分工负责 some work
        let (names, _, _) =
            inner("制定计划。省公安厅、省交通运输厅按职责分工负责执法信息化建设，年底前完成。").unwrap();
        assert_eq!(names, named(&[("省公安厅", Responsible), ("省交通运输厅", Responsible)]));
        // (a body whose name opens without a level, 派出所负责…, is not
        // searched for 负责: the cost of a search in every clause)
        assert_eq!(inner("加强服务管理。派出所负责日常走访，综治中心、民政科协同做好帮扶，长期坚持。"), None);
    }

    #[test]
    fn no_responsibility_inside_a_paragraph() {
        for t in [
            // a standing duty: 负责 some work, no deadline, no partner
            "加强协调。市财政局负责资金保障，确保资金到位。",
            // a topic before 由: who handles something
            "全面摸清底数。改造计划由市住房城乡建设局负责，每年编制一次。",
            "项目资金由镇财政所负责保障，10月底前拨付。",
            // a body as the object or the beneficiary
            "支持市属国企参与城市更新项目，鼓励区属平台公司向市财政局申请专项债券额度。",
            "各区财政局审核后向市财政局申请资金拨付，2025年6月底前完成。",
            // a person's title
            "参照办法组织培训。局办公室主任张某某同志负责统筹协调相关会议安排。",
            // a joint form without 由 inside a paragraph: often a standing duty
            "加强协调。外交部会同有关部门做好协调工作，每年报告一次。",
            // 由X负责 after a topic: who handles something
            "明确机构。跨行政区域的应对工作，由各有关行政区域人民政府共同负责。",
            // 由X会同Y after a topic: who handles something
            "加强管理。企业的认定，由中央宣传部会同财政部、税务总局确定并发布名单。",
            // the second group of a run whose first is no role group
            "市农业农村局牵头，各县人民政府配合。",
            // a 司 of two characters is no body
            "打击犯罪。警司负责巡逻，2025年底前完成。",
        ] {
            assert_eq!(inner(t), None, "{t}");
        }
    }

    /// A last sentence (after the last 。) with a colon or a question mark
    /// before the tail that is read: the clause's sentence starts after that
    /// mark, never before the clause (the fuzz seeds' structured documents
    /// found a slice out of bounds there).
    #[test]
    fn a_colon_before_the_tail_read_starts_the_clause_sentence() {
        for mark in ["：", ":", "？", "?", "！"] {
            let text = format!(
                "加强管理。各地要开展以下工作{mark}{}市发展改革委负责统筹推进，市财政局配合。",
                "推进某某事项建设，".repeat(12)
            );
            let src = Source::new(&text);
            let r = closing_responsibility(&src, &src.clean.text).unwrap_or_else(|| panic!("{text}"));
            let names: Vec<(&str, Role)> = r.agencies.iter().map(|a| (a.name.as_ref(), a.role)).collect();
            assert_eq!(names, [("市发展改革委", Responsible), ("市财政局", Support)], "{text}");
        }
    }

    #[test]
    fn role_groups_closing_a_paragraph() {
        let src = Source::new(
            "因地制宜选择改厕模式，2025年底前完成改厕2000户。市农业农村局牵头，各县（市、区）人民政府配合。",
        );
        let r = closing_responsibility(&src, &src.clean.text).unwrap();
        let names: Vec<(&str, Role)> = r.agencies.iter().map(|a| (a.name.as_ref(), a.role)).collect();
        assert_eq!(names, [("市农业农村局", Lead), ("各县（市、区）人民政府", Support)]);
        assert_eq!(r.deadline.and_then(|d| d.by.clone()).as_deref(), Some("2025-12-31"));
        // a long task text before it: only the last sentence is looked at,
        // wherever the search window starts (inside a character or not)
        for pad in ["", "a", "ab"] {
            let text =
                format!("{pad}{}2025年底前完成。市农业农村局牵头，各县人民政府配合。", "推进农村改厕工作，".repeat(80));
            let src = Source::new(&text);
            let r = closing_responsibility(&src, &src.clean.text).unwrap();
            assert_eq!(
                r.agencies.iter().map(|a| a.name.as_ref()).collect::<Vec<_>>(),
                ["市农业农村局", "各县人民政府"]
            );
        }
        // a sentence that ends in its deadline rather than a role word
        for tail in [
            "长期坚持",
            "持续推进",
            "2025年6月30日",
            "年内",
            "第三季度",
            "6月中旬",
            "2024年6月出台",
            "上半年",
            "每年6月底前",
            "2025年12月31号",
            "常态化",
            "2023—2025年",
        ] {
            let text = format!("每季度组织一次集中整治。市城市管理局牵头，各区人民政府配合，{tail}。");
            let src = Source::new(&text);
            let r = closing_responsibility(&src, &src.clean.text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(r.agencies.len(), 2, "{text}");
        }
        // a decision of minutes after what the meeting heard
        let src = Source::new(
            "会议听取了区住建局的汇报。会议议定：原则同意改造计划，区住建局牵头，区财政局配合，10月底前完成。",
        );
        let r = closing_responsibility(&src, &src.clean.text).unwrap();
        assert_eq!(r.agencies.iter().map(|a| a.name.as_ref()).collect::<Vec<_>>(), ["区住建局", "区财政局"]);
        // a closing joint form is a standing duty; one sentence is read from
        // its start by `prose`, not here; a sentence with no role word is none
        for t in [
            "加强协调工作。外交部会同有关部门做好协调工作。",
            "市农业农村局牵头，各县人民政府配合。",
            "加强协调工作。市财政局负责资金保障。",
            "会议文件由总理批印。会议的组织工作由国务院办公厅负责，文件于会前送达。",
            "会议听取了汇报。会议强调，要抓好落实。",
        ] {
            let src = Source::new(t);
            assert!(closing_responsibility(&src, &src.clean.text).is_none(), "{t}");
        }
    }

    /// Role words that end a group at a paragraph's start, added for the
    /// duty forms of plans and regulations (each read nothing before).
    #[test]
    fn duty_forms_as_role_groups() {
        let cases: &[(&str, &[(&str, Role)])] = &[
            (
                "考核工作由市委农村工作领导小组统一领导，市委农办具体负责，市统计局、市财政局参加。",
                &[
                    ("市委农村工作领导小组", Lead),
                    ("市委农办", Responsible),
                    ("市统计局", Support),
                    ("市财政局", Support),
                ],
            ),
            ("市发展改革委负责牵头，市大数据局配合。", &[("市发展改革委", Lead), ("市大数据局", Support)]),
            ("市大数据局负责组织实施。", &[("市大数据局", Responsible)]),
            ("市商务局具体承办。", &[("市商务局", Responsible)]),
            ("市大数据局为责任单位。", &[("市大数据局", Responsible)]),
            ("市住房城乡建设委为牵头单位，市财政局为配合单位。", &[("市住房城乡建设委", Lead), ("市财政局", Support)]),
            (
                "市发展改革委、市供电公司按照职责分工负责。",
                &[("市发展改革委", Responsible), ("市供电公司", Responsible)],
            ),
            ("各区人民政府负总责。", &[("各区人民政府", Responsible)]),
            ("各区人民政府承担主体责任。", &[("各区人民政府", Responsible)]),
        ];
        for (text, expected) in cases {
            assert_eq!(prose_roles(text), *expected, "{text}");
        }
    }

    /// A first clause `X<duty word><work>` (see `duty_word`): the work
    /// follows the role word, which assigns it alone.
    #[test]
    fn duty_words_before_the_work() {
        // (the text, the sentence found, the bodies)
        type Case = (&'static str, &'static str, &'static [(&'static str, Role)]);
        let cases: &[Case] = &[
            (
                "市委网信办与市公安局共同负责网络安全监管。",
                "市委网信办与市公安局共同负责",
                &[("市委网信办", Responsible), ("市公安局", Responsible)],
            ),
            (
                "市住房城乡建设管理委牵头负责统筹协调本市海绵城市建设。",
                "市住房城乡建设管理委牵头负责",
                &[("市住房城乡建设管理委", Lead)],
            ),
            ("市发展改革委负责牵头制定实施细则。", "市发展改革委负责牵头", &[("市发展改革委", Lead)]),
            (
                "市市场监管局和市通信管理局分别负责本系统检查。",
                "市市场监管局和市通信管理局分别负责",
                &[("市市场监管局", Responsible), ("市通信管理局", Responsible)],
            ),
            (
                "市水务局、市财政局按照职责分工负责资金监管，确保专款专用。",
                "市水务局、市财政局按照职责分工负责",
                &[("市水务局", Responsible), ("市财政局", Responsible)],
            ),
            ("各区人民政府负责本辖区基站站址规划落地。", "各区人民政府负责", &[("各区人民政府", Responsible)]),
            (
                "由各县（市、区）人民政府负责本地区农村改厕。",
                "由各县（市、区）人民政府负责",
                &[("各县（市、区）人民政府", Responsible)],
            ),
        ];
        for (text, sentence, expected) in cases {
            let p = prose(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((p.sentence, p.agencies.as_slice()), (*sentence, *expected), "{text}");
        }
    }

    /// What the duty forms leave alone: a plain standing duty, a role word
    /// inside a person's title or a phrase, a person, no role word.
    #[test]
    fn what_no_duty_form_reads() {
        for text in [
            "各地要加强领导，压实责任。",
            "各单位负责同志要亲自抓、负总责。",
            "各单位主要负责人为第一责任人。",
            "相关材料由申请人负责提供。",
            "要以负责任的态度做好各项工作。",
            "市水务局负责全市海绵城市建设的统筹协调。",
            // 各 + 本 but no body
            "各地负责本辖区的排查。",
            "有关部门共同负责监督。",
            "各级领导小组统一领导。",
        ] {
            assert_eq!(prose(text), None, "{text}");
        }
    }

    #[test]
    fn districts_named_by_their_level_are_partners() {
        for n in ["各区", "相关区", "有关区", "各相关区", "各有关区", "有关区县", "各县", "各街镇"]
        {
            assert!(is_districts(n) && is_partner(n), "{n}");
            // a subject of its own names its districts: 杨浦区, not 各区
            assert!(!is_subject(n), "{n}");
        }
        for n in ["区", "园区", "开发区", "各园区", "相关地区", "有关市", "各镇区", "社区"] {
            assert!(!is_districts(n), "{n}");
        }
        // an association ends like a body
        for n in ["市科协", "全国政协", "区科协"] {
            assert!(is_body(n) && is_partner(n), "{n}");
        }
        assert!(!is_body("科协") && !is_body("协"));
        assert_eq!(prose_roles("市科委牵头，相关区配合。"), [("市科委", Lead), ("相关区", Support)]);
    }

    #[test]
    fn classes_of_bodies_that_are_no_state_body() {
        for n in ["各基础电信企业", "各高校", "各医疗机构", "各保险机构", "各中小学校", "各职业院校"]
        {
            assert!(is_subject(n) && is_partner(n), "{n}");
        }
        // no kind, not 各, a collective, not ideographs
        for n in ["各企业", "各机构", "企业", "基础电信企业", "各有关企业", "各相关机构", "各A企业"]
        {
            assert!(!is_class_of_bodies(n), "{n}");
        }
        assert!(is_partner("各有关企业") && is_partner("有关企业") && !is_subject("有关企业"));
        assert_eq!(
            prose_roles("各基础电信企业牵头，市通信管理局配合，2025年底前完成。"),
            [("各基础电信企业", Lead), ("市通信管理局", Support)]
        );
        assert_eq!(
            prose_roles("中国铁塔公司牵头，各基础电信企业配合。"),
            [("中国铁塔公司", Lead), ("各基础电信企业", Support)]
        );
        for t in ["企业负责自主经营。", "有关企业负责。", "各行业协会要加强行业自律。", "各企业负责。"]
        {
            assert!(prose_roles(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_joint_group_after_a_comma() {
        assert_eq!(
            prose_roles("稳妥推进城中村改造，由市住房城乡建设管理委会同市规划资源局负责。"),
            [("市住房城乡建设管理委", Lead), ("市规划资源局", Support)]
        );
        // (a partner that is no body: none)
        assert!(prose_roles("稳妥推进城中村改造，由市住房城乡建设管理委会同群众负责。").is_empty());
    }

    #[test]
    fn role_words_closing_a_paragraph_of_one_sentence() {
        for (t, n) in [
            ("加快保障性租赁住房建设，建立健全长效机制，市住房城乡建设管理委负责。", 1),
            ("支持将存量商品住房用作保障性住房，市房管局牵头，各区人民政府配合。", 2),
            ("每季度组织一次集中整治，县农业农村局牵头，各乡镇人民政府按职责分工负责。", 2),
            ("推进光纤改造，市通信管理局会同市住房城乡建设委负责，9月底前完成。", 2),
        ] {
            let src = Source::new(t);
            let r = closing_responsibility(&src, &src.clean.text).unwrap_or_else(|| panic!("{t}"));
            assert_eq!(r.agencies.len(), n, "{t}");
        }
        // no role group among its last two clauses
        for t in [
            "加强资金保障，市财政局负责资金保障，确保资金到位。",
            "市农业农村局牵头，各县人民政府配合，加强督促检查，确保按期完成。",
            "加强统筹协调，形成工作合力。",
        ] {
            let src = Source::new(t);
            assert!(closing_responsibility(&src, &src.clean.text).is_none(), "{t}");
        }
        assert!(role_near_end("建立健全长效机制，市住房城乡建设管理委负责"));
        assert!(role_near_end("新增端口，X局牵头，Y局配合，9月底前完成"));
        assert!(!role_near_end("市住房城乡建设管理委负责"));
        assert!(!role_near_end("建立健全长效机制，加强管理，确保完成"));
        assert_eq!(last_comma("甲，乙;丙"), Some(("甲，乙".len(), 1)));
        assert_eq!(last_comma("甲；乙"), Some(("甲".len(), 3)));
        assert_eq!(last_comma("甲、乙"), None);
    }

    #[test]
    fn banks_and_departments_named_by_their_level() {
        for n in ["人民银行", "某某省分行", "国家开发银行", "区级林业部门", "县级林业主管部门", "市级财政部门"]
        {
            assert!(is_subject(n), "{n}");
        }
        for n in ["要切实履行", "认真执行", "全面推行", "区级部门", "区级有关部门", "属地政府", "事发地省级人民政府"]
        {
            assert!(!is_subject(n), "{n}");
        }
    }

    #[test]
    fn leading_groups_are_subjects_not_bodies() {
        assert!(is_subject("市委农村工作领导小组") && is_subject("区城市更新领导小组"));
        assert!(!is_body("市委农村工作领导小组"));
        for n in ["领导小组", "该领导小组", "有关领导小组", "工作小组"] {
            assert!(!is_subject(n), "{n}");
        }
    }

    /// The duty words in a closing sentence: as its role groups, or
    /// before the work with a deadline after it. (A closing sentence that
    /// ends with the work and no deadline, `…。X与Y共同负责网络安全监管。`, is
    /// not read: its last character is no role word's.)
    #[test]
    fn duty_words_closing_a_paragraph() {
        for (t, n) in [
            ("加强网络安全监管。市委网信办与市公安局共同负责。", 2),
            ("加强网络安全监管。市委网信办与市公安局共同负责网络安全监管，年内完成。", 2),
            ("编制布局规划。市发展改革委负责牵头编制规划，2025年底前完成。", 1),
            ("开展专项检查。市市场监管局和市通信管理局分别负责。", 2),
            ("建设政务云。市大数据局为责任单位。", 1),
            ("压实各方责任。各区人民政府负总责。", 1),
            ("做好站址落地。各区人民政府负责本辖区站址规划落地，年底前完成。", 1),
        ] {
            let src = Source::new(t);
            let r = closing_responsibility(&src, &src.clean.text).unwrap_or_else(|| panic!("{t}"));
            assert_eq!(r.agencies.len(), n, "{t}");
        }
    }

    #[test]
    fn a_collective_with_another_kind_in_brackets_is_a_partner() {
        assert_eq!(
            prose_roles("财政部会同国务院有关部门（单位），对动用储备发生的费用进行审核。"),
            [("财政部", Lead), ("国务院有关部门（单位）", Support)]
        );
        assert!(collective_or_other("有关单位（部门）") && collective_or_other("相关部门(机构)"));
        // a bracket of anything else, or after no collective, is none
        for n in ["有关部门（含直属单位）", "市财政局（单位）", "有关部门（", "（单位）", "有关部门"]
        {
            assert!(!collective_or_other(n), "{n}");
        }
    }

    #[test]
    fn zhiding_written_zhiding_is_a_predicate() {
        // 制订, as 制定: where the partners after 会同 end
        assert_eq!(
            prose_roles("市新闻办会同市发展改革委制订新闻发布预案，负责组织发布相关新闻。"),
            [("市新闻办", Lead), ("市发展改革委", Support)]
        );
    }

    #[test]
    fn units_with_an_area_of_their_rank_in_brackets() {
        for n in ["各街镇（经开区）", "街镇（园区）", "各街镇（工业区）", "乡镇（街道）", "各村（社区）", "各乡（镇）"]
        {
            assert!(is_grassroots_qualified(n), "{n}");
            assert!(is_subject(n) && is_partner(n), "{n}");
        }
        // (a unit of one place needs 各; a bracket of no unit's kind; no bracket)
        for n in [
            "街道（社区）",
            "镇（乡）",
            "村（居）",
            "各街镇（某某公司）",
            "街镇（园区",
            "街镇",
            "园区（街镇）",
            "各街镇（）",
        ] {
            assert!(!is_grassroots_qualified(n), "{n}");
        }
        assert_eq!(
            prose_roles("区级林业部门会同各街镇（经开区）制定公益林抚育年度计划，启动上报。"),
            [("区级林业部门", Role::Lead), ("各街镇（经开区）", Role::Support)]
        );
    }

    #[test]
    fn by_bodies_that_carry_the_work_out() {
        // 由X与Y落实 after a topic: responsible; 配合落实 ends a support group
        let t = "做到全覆盖。公共机构分类推进由区机管局与区绿化市容局落实，其余单位分类推进由街镇（园区）牵头，区绿化市容局配合落实。";
        let src = Source::new(t);
        let r = closing_responsibility(&src, &src.clean.text).expect("a duty");
        let got: Vec<(&str, Role)> = r.agencies.iter().map(|a| (a.name.as_ref(), a.role)).collect();
        assert_eq!(
            got,
            [
                ("区机管局", Role::Responsible),
                ("区绿化市容局", Role::Responsible),
                ("街镇（园区）", Role::Lead),
                ("区绿化市容局", Role::Support)
            ]
        );
        for t in [
            // no body after 由; a topic with 的; 落实 with no 由 before it
            "做到全覆盖。垃圾清运由企业落实。",
            "做到全覆盖。会议的组织工作由区政府办公室落实。",
            "做到全覆盖。区政府办公室抓好落实。",
        ] {
            let src = Source::new(t);
            assert!(closing_responsibility(&src, &src.clean.text).is_none(), "{t}");
        }
    }

    #[test]
    fn headings_that_name_duties() {
        for t in ["国家粮食应急工作指挥部成员单位职责", "职责分工", "部门任务分工", "主要职责"]
        {
            assert!(names_duties(t), "{t}");
        }
        for t in ["工作职责明确", "分工协作机制", "保障措施", "总体要求"] {
            assert!(!names_duties(t), "{t}");
        }
    }
}
