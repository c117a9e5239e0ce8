//! Lists of bodies whose items share the last one's ending:
//! `各市、县（市、区）人民政府` (各市人民政府 and 各县（市、区）人民政府),
//! `省、市、县三级人民政府`, `市、区两级财政部门`. An item that is only a level
//! of government (省, 各市, 自治区) borrows the ending of the first full
//! name after it; a count of levels (三级) is dropped and a 各 before the
//! first item is given to the last.

use crate::ast::{Agency, Role};
use crate::source::Source;
use std::borrow::Cow;

/// Words of a level of government, longest first.
const HEADS: [&str; 13] =
    ["自治区", "自治州", "自治县", "直辖市", "省", "市", "县", "区", "乡", "镇", "州", "盟", "旗"];

/// Words that join a level to another place (直辖市及计划单列市).
const CONJUNCTIONS: [char; 5] = ['和', '及', '与', '或', '并'];

/// Counts of levels between the last head and the shared ending.
const COUNTS: [&str; 4] = ["两级", "三级", "四级", "五级"];

/// The head word at the start of `s`, if any.
fn head(s: &str) -> Option<&'static str> {
    // most names start with no head's first character: one table load
    // rejects them before the 13 heads are compared
    if !s.chars().next().is_some_and(|c| HEAD_FIRSTS.contains(c)) {
        return None;
    }
    HEADS.iter().copied().find(|h| s.starts_with(h))
}

/// The first characters of [`HEADS`] (a test checks each).
const HEAD_FIRSTS: super::CharSet =
    super::CharSet::new(&['自', '直', '省', '市', '县', '区', '乡', '镇', '州', '盟', '旗']);

/// Whether `s` is only a level of government (省, 各市, 县（市、区）):
/// cheap, as an item longer than a few characters is rejected by length.
pub(crate) fn is_bare(s: &str) -> bool {
    if s.is_empty() || s.len() > 3 * 12 {
        return false;
    }
    // a level ends in its head word or in the bracket after it: most
    // names (发展改革委, 市水务局) end otherwise and are rejected by one load
    if !s.chars().next_back().is_some_and(|c| BARE_LASTS.contains(c)) {
        return false;
    }
    let s = s.strip_prefix('各').unwrap_or(s);
    let Some(h) = head(s) else { return false };
    let rest = &s[h.len()..];
    rest.is_empty() || bracket_len(rest) == rest.len()
}

/// The last characters of [`HEADS`] and the closing brackets: every level
/// [`is_bare`] accepts ends in one (a test checks each head).
const BARE_LASTS: super::CharSet =
    super::CharSet::new(&['区', '州', '县', '市', '省', '乡', '镇', '盟', '旗', ')', '\u{FF09}']);

/// Bytes of a bracket of levels at the start of `s` (（市、区）), 0 if none.
fn bracket_len(s: &str) -> usize {
    let Some(open) = s.chars().next().filter(|&c| crate::punct::is_lparen(c)) else { return 0 };
    let inner = &s[open.len_utf8()..];
    let Some(close) = inner.find(crate::punct::is_rparen) else { return 0 };
    let levels = &inner[..close];
    let ok = !levels.is_empty()
        && levels.split(crate::punct::DUNHAO).all(|l| HEADS.contains(&l) || l == "地" || l == "市辖区");
    if ok {
        let after = inner[close..].chars().next().map_or(0, char::len_utf8);
        open.len_utf8() + close + after
    } else {
        0
    }
}

/// A name that lends its ending: (its 各, head and bracket as written, the
/// shared ending, whether a count stood before the ending).
fn donor(s: &str) -> Option<(&str, &str, bool)> {
    let body = s.strip_prefix('各').unwrap_or(s);
    let h = head(body)?;
    let after_head = s.len() - body.len() + h.len();
    let at = after_head + bracket_len(&s[after_head..]);
    let (rest, counted) = match COUNTS.iter().find_map(|c| s[at..].strip_prefix(c)) {
        Some(r) => (r, true),
        None => (&s[at..], false),
    };
    // (no conjunction after the level: 直辖市及计划单列市发展改革委 names two
    // kinds of place, and lends no ending to a level before it)
    let ending = !rest.starts_with(CONJUNCTIONS)
        && (super::prose::is_body(rest) || rest.ends_with("部门") || LENT_ENDINGS.contains(&rest));
    ending.then_some((&s[..at], rest, counted))
}

/// Endings a level lends that name no body alone: 政府 of 各区、县政府,
/// 党委和政府 of 各县（市、区）党委和政府.
const LENT_ENDINGS: [&str; 4] = ["政府", "党委", "党委和政府", "党委政府"];

/// Most characters of the item that opens a run of levels sharing its 各
/// (各区, 各街道, 各乡镇).
const MAX_OPENING: usize = 5;

/// Whether the bare level at `i` takes the 各 of the item that opens its
/// run, no full name after it lending an ending: 县 of `各区、县`, 镇 of
/// `各街道、镇` (each 区 and each 县). Only a level written without 各, after
/// levels like it, after a short 各 item of the same role, in a run of levels
/// that no name of the same role follows.
fn distributed(names: &[(&str, Role)], i: usize) -> bool {
    let (name, role) = names[i];
    let level = |n: &str| is_bare(n) || GRASSROOTS.contains(&n);
    if i == 0 || name.starts_with('各') || !level(name) {
        return false;
    }
    // (the run of levels ends the list, or a name of another role follows:
    // before a full name of the same role the levels are that name's, as
    // written when it lends no ending: 各省、自治区、直辖市及计划单列市发展改革委)
    if names[i + 1..].iter().find(|&&(n, _)| !level(n)).is_some_and(|&(_, r)| r == role) {
        return false;
    }
    for &(n, r) in names[..i].iter().rev() {
        if r != role {
            return false;
        }
        if let Some(level) = n.strip_prefix('各') {
            return super::chars_in(level, 1, MAX_OPENING - 1) && super::all_ideographs(level);
        }
        if !level(n) {
            return false;
        }
    }
    false
}

/// Grassroots units that share a 各 as levels do (各乡镇、街道: each 街道).
const GRASSROOTS: [&str; 5] = ["街道", "乡镇", "街镇", "社区", "村"];

/// Whether the item at `i` of `names` is a bare level that a later full
/// name lends its ending to (all items between being bare levels too).
pub(crate) fn lent(names: &[(&str, Role)], i: usize) -> bool {
    is_bare(names[i].0) && (donor_after(names, i).is_some() || distributed(names, i))
}

/// Whether the item at `j` of `names` is the full name whose ending the
/// bare levels right before it share (`市、区两级财政部门`: 区两级财政部门).
pub(crate) fn lends(names: &[(&str, Role)], j: usize) -> bool {
    j > 0 && is_bare(names[j - 1].0) && donor_after(names, j - 1) == Some(j)
}

/// The index of the name that lends its ending to the bare level at `i`.
fn donor_after(names: &[(&str, Role)], i: usize) -> Option<usize> {
    let role = names[i].1;
    let j = (i + 1..names.len()).find(|&j| !is_bare(names[j].0) || names[j].1 != role)?;
    (names[j].1 == role && donor(names[j].0).is_some()).then_some(j)
}

/// Give the bare levels among `names` (the names `agencies` were made of,
/// in order) the ending of the full name after them, when only a 、 stands
/// between each two in the text.
pub(crate) fn expand<'a>(src: &Source<'a>, names: &[(&str, Role)], agencies: &mut [Agency<'a>]) {
    if names.len() == agencies.len() {
        complete(src, names, |k, name| agencies[k].name = Cow::Owned(name));
    }
}

/// The items of a 主送 group (split on 、, as written) as full names: a
/// bare level before a full name takes its ending (`各市、县（市、区）人民政府`
/// → 各市人民政府, 各县（市、区）人民政府; `各省、自治区、直辖市人民政府` →
/// 各省人民政府, 各自治区人民政府, 各直辖市人民政府): `set(k, full name)` for
/// each item `k` that does not stay as written (nothing is allocated for a
/// group without a bare level, as most are).
pub(crate) fn addressees(src: &Source<'_>, items: &[&str], set: impl FnMut(usize, String)) {
    // (one short test per item: most groups hold no bare level)
    if items.len() >= 2 && items.iter().any(|n| is_bare(n)) {
        let names: Vec<(&str, Role)> = items.iter().map(|&n| (n, Role::Responsible)).collect();
        complete(src, &names, set);
    }
}

/// Give each bare level among `names` the ending of the full name after it
/// (`set(k, full name)`, also for the full name when it gains the list's 各
/// or loses its count), when only a 、 stands between each two in the text.
fn complete(src: &Source<'_>, names: &[(&str, Role)], mut set: impl FnMut(usize, String)) {
    // (one short test per name: most lists hold no bare level)
    if names.len() < 2 || !names.iter().any(|(n, _)| is_bare(n) || GRASSROOTS.contains(n)) {
        return;
    }
    let mut i = 0;
    while i < names.len() {
        let Some(j) = is_bare(names[i].0).then(|| donor_after(names, i)).flatten() else {
            if distributed(names, i)
                && src.between(names[i - 1].0, names[i].0).is_some_and(|g| crate::punct::trim(g) == "、")
            {
                set(i, ["各", names[i].0].concat());
            }
            i += 1;
            continue;
        };
        let adjacent =
            (i..j).all(|k| src.between(names[k].0, names[k + 1].0).is_some_and(|g| crate::punct::trim(g) == "、"));
        // (each name built at its length: `format!` grows its string)
        let donated = donor(names[j].0).filter(|&(_, ending, _)| written(src, ending));
        if let (true, Some((lead, ending, counted))) = (adjacent, donated) {
            // a 各 before the first level is every level's (各省、自治区、
            // 直辖市人民政府: 各自治区人民政府 too)
            let every = names[i].0.starts_with('各');
            let each = |n: &str| if every && !n.starts_with('各') { "各" } else { "" };
            for (k, (name, _)) in names.iter().enumerate().take(j).skip(i) {
                set(k, [each(name), *name, ending].concat());
            }
            let share = !each(lead).is_empty();
            if share || counted {
                set(j, [each(lead), lead, ending].concat());
            }
        }
        i = j + 1;
    }
}

/// Whether `ending` (a cleaned sub-slice) is written so in the input, up
/// to residue that stands for nothing (`@` runs, spaces, invisible
/// characters): an ending joined across removed text (`直辖市人<!--…-->住房和
/// 城乡建设部`, `人住房和城乡建设部`) is lent to no level.
fn written(src: &Source<'_>, ending: &str) -> bool {
    let span = src.span_of(ending);
    let raw = &src.raw[span.start..span.end];
    // (most endings are verbatim)
    raw == ending || {
        let nothing =
            |c: &char| matches!(c, '@' | ' ' | '\u{A0}' | '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}');
        raw.chars().filter(|c| !nothing(c)).eq(ending.chars())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_levels() {
        for s in ["省", "各市", "县（市、区）", "自治区", "各县（市）"] {
            assert!(is_bare(s), "{s}");
        }
        for s in ["市发展改革委", "各市人民政府", "规划局", "", "市场", "县（市、区）人民政府"]
        {
            assert!(!is_bare(s), "{s}");
        }
    }

    #[test]
    fn donors() {
        assert_eq!(donor("县（市、区）人民政府"), Some(("县（市、区）", "人民政府", false)));
        assert_eq!(donor("县三级人民政府"), Some(("县", "人民政府", true)));
        assert_eq!(donor("区两级财政部门"), Some(("区", "财政部门", true)));
        assert_eq!(donor("规划局"), None);
        assert_eq!(donor("市"), None);
    }

    #[test]
    fn every_head_starts_with_a_head_first() {
        for h in HEADS {
            assert!(h.chars().next().is_some_and(|c| HEAD_FIRSTS.contains(c)), "{h}");
            assert!(h.chars().next_back().is_some_and(|c| BARE_LASTS.contains(c)), "{h}");
            assert!(is_bare(h) && is_bare(&format!("各{h}")), "{h}");
        }
    }

    #[test]
    fn the_name_that_lends() {
        let r = Role::Responsible;
        let names = [("市", r), ("区两级财政部门", r)];
        assert!(lends(&names, 1) && !lends(&names, 0));
        let names = [("县", r), ("乡两级政府", r)];
        assert!(lends(&names, 1) && lent(&names, 0));
        // 政府 alone is an ending too (各区、县政府: 各区政府, 各县政府); a
        // name after a full one, or of another role, lends nothing
        assert!(lends(&[("县", r), ("乡政府", r)], 1));
        assert!(!lends(&[("市财政局", r), ("区两级财政部门", r)], 1));
        assert!(!lends(&[("市", r), ("区两级财政部门", Role::Support)], 1));
    }

    #[test]
    fn a_shared_ge_only_for_a_run_no_name_of_its_role_follows() {
        let (r, s) = (Role::Responsible, Role::Support);
        assert!(distributed(&[("各区", r), ("县", r)], 1));
        assert!(distributed(&[("各街道", r), ("镇", r), ("市财政局", s)], 1));
        // the levels of a name that lends no ending stay as written
        assert!(!distributed(&[("各省", r), ("自治区", r), ("直辖市及计划单列市发展改革委", r)], 1));
        assert!(!distributed(&[("各区", r), ("县", r), ("市财政局", r)], 1));
    }

    #[test]
    fn no_ending_after_a_conjunction() {
        assert_eq!(donor("直辖市及计划单列市发展改革委"), None);
        assert_eq!(donor("市和县人民政府"), None);
        assert_eq!(donor("直辖市通信管理局"), Some(("直辖市", "通信管理局", false)));
    }

    /// [`addressees`] as a list: `None` for an item that stays as written.
    fn addressees(src: &Source<'_>, items: &[&str]) -> Vec<Option<String>> {
        let mut out = vec![None; items.len()];
        super::addressees(src, items, |k, name| out[k] = Some(name));
        out
    }

    #[test]
    fn addressee_items() {
        let line = "各省、自治区、直辖市人民政府";
        let src = Source::new(line);
        let items: Vec<&str> = line.split('、').collect();
        assert_eq!(
            addressees(&src, &items),
            [Some("各省人民政府".into()), Some("各自治区人民政府".into()), Some("各直辖市人民政府".into())]
        );
        let line = "市、县（市、区）人民政府";
        let src = Source::new(line);
        let items = [&line[..3], &line[6..]];
        assert_eq!(addressees(&src, &items), [Some("市人民政府".into()), None]);
        // nothing bare, or a bare level with no full name after it
        for line in ["国务院各部委、各直属机构", "各街道、华泾镇", "各市、规划局"] {
            let src = Source::new(line);
            let items: Vec<&str> = line.split('、').collect();
            assert!(addressees(&src, &items).iter().all(Option::is_none), "{line}");
        }
    }

    #[test]
    fn lent_only_before_a_donor() {
        let r = Role::Responsible;
        assert!(lent(&[("各市", r), ("县（市、区）人民政府", r)], 0));
        assert!(lent(&[("省", r), ("市", r), ("县三级人民政府", r)], 0));
        assert!(!lent(&[("各市", r), ("规划局", r)], 0));
        assert!(!lent(&[("各市", r)], 0));
        assert!(!lent(&[("各市", r), ("县人民政府", Role::Lead)], 0));
    }

    #[test]
    fn levels_after_a_distributing_item() {
        let r = Role::Responsible;
        assert!(lent(&[("各区", r), ("县", r)], 1));
        assert!(lent(&[("各街道", r), ("镇", r)], 1));
        assert!(lent(&[("各区", r), ("县", r), ("乡", r)], 2));
        assert!(distributed(&[("各乡镇", r), ("街道", r)], 1));
        assert!(!distributed(&[("县城管局", r), ("街道", r)], 1));
        // no 各 to share, another role, a long item, or a 各 of its own
        assert!(!lent(&[("区", r), ("县", r)], 1));
        assert!(!lent(&[("各街道", Role::Lead), ("镇", r)], 1));
        assert!(!lent(&[("各有关部门和单位", r), ("县", r)], 1));
        assert!(!lent(&[("市财政局", r), ("县", r)], 1));
        assert!(!distributed(&[("各区", r), ("各县", r)], 1));
        // 政府 is lent, though no body alone
        assert_eq!(donor("县政府"), Some(("县", "政府", false)));
        assert!(lent(&[("各区", r), ("县政府", r)], 0));
    }
}
