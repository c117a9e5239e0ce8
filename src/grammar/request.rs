//! A request that names who acts, in notices and reply letters:
//! `请X牵头…` (X leads), `请X会同Y…研究办理` (X leads, Y supports),
//! `请X负责…` / `请X…办理` / `请X研究…` (X is responsible), and
//! `请X牵头，会同Y…` / `请X牵头，Y配合` (the groups after it support). 请 is
//! no part of X's name.
//!
//! X is a list (on 、 和 及) of bodies the body-name rules know
//! ([`prose::is_subject`]: 省商务厅, 县发展改革委; no pronoun, 你市, nor
//! collective, 各地), each ending where a verb, an adverb or another name
//! follows; a request to no body (`请于5月底前报送`, `请各地认真贯彻`) is none.
//!
//! A request may follow the matter it is about, after the paragraph's first
//! comma: `气象站网组建中的有关具体事宜，请X…协商办理`.
//!
//! Cost: asked only of a paragraph whose first character is 请, or whose
//! first prose mark is a comma with 请 after it (one three-byte compare
//! each in [`prose::prose`]).

use super::prose::{self, Assigned, Prose};
use crate::ast::Role;
use crate::punct;
use crate::span::offset_in;

/// Words after a body's name in a request that begin what it is asked to
/// do and are not [`prose`]'s predicates.
const FOLLOWS: [&str; 9] = ["牵头", "会同", "结合", "切实", "继续", "进一步", "依法", "将", "把"];

/// Words that join two bodies of the list.
const JOINS: [char; 3] = [punct::DUNHAO, '和', '及'];

/// Verbs that make a body asked to do something responsible for it.
const RESPONSIBLE_VERBS: [&str; 3] = ["负责", "办理", "研究"];

/// Most characters of a body's name.
const MAX_NAME: usize = 20;

/// Most bodies named in one request.
const MAX_BODIES: usize = 12;

/// The bodies a paragraph opening with 请 asks to act, with their roles.
pub(crate) fn request(text: &str) -> Option<Prose<'_>> {
    let asked = text.strip_prefix('请')?;
    let sentence = &asked[..punct::find_marks::<punct::SentenceEndOrColon>(asked).unwrap_or(asked.len())];
    let clause_end = punct::find_marks::<punct::CommaOrSemicolon>(sentence).unwrap_or(sentence.len());
    let clause = &sentence[..clause_end];
    let mut out: Assigned<'_> = Vec::new();
    let mut rest = clause;
    loop {
        let (name, after) = name_at(rest)?;
        out.push((name, Role::Responsible));
        match after.chars().next() {
            Some(c) if JOINS.contains(&c) && !prose::starts_predicate(after.as_bytes()) && out.len() < MAX_BODIES => {
                rest = &after[c.len_utf8()..];
            }
            _ => {
                rest = after;
                break;
            }
        }
    }
    let lead = |out: &mut Assigned<'_>| out.iter_mut().for_each(|(_, r)| *r = Role::Lead);
    if let Some(k) = rest.find("会同") {
        // 请X会同Y…: X leads, Y supports
        lead(&mut out);
        prose::partners_into(&rest[k + "会同".len()..], &mut out);
    } else if rest.contains("牵头") {
        // 请X牵头…, and 会同Y… / Y配合 after it: they support
        lead(&mut out);
        let after = &sentence[clause_end..];
        if let Some(c) = after.chars().next() {
            let mut groups = Vec::new();
            // (the groups read as partners: a first one stands in)
            groups.push(out[0]);
            if prose::role_groups_into(&after[c.len_utf8()..], &mut groups).is_some() {
                out.extend(groups.into_iter().skip(1));
            }
        }
    } else if !RESPONSIBLE_VERBS.iter().any(|v| sentence[names_end(sentence, &out)..].contains(v)) {
        return None;
    }
    let end = names_end(asked, &out);
    Some(Prose { sentence: punct::trim(&asked[..end]), agencies: out })
}

/// Where the last of `names` (sub-slices of `within`) ends in `within`.
fn names_end(within: &str, names: &Assigned<'_>) -> usize {
    names.iter().map(|(n, _)| offset_in(within, *n) + n.len()).max().unwrap_or(0).min(within.len())
}

/// The body whose name opens `s`, and what follows it: the shortest name
/// of [`prose::is_subject`] after which a verb, an adverb or another name
/// begins (`县发展改革委员会办理…`: not `县发展改革委`, which 员 follows).
pub(crate) fn name_at(s: &str) -> Option<(&str, &str)> {
    s.char_indices().skip(2).take(MAX_NAME - 1).map(|(j, _)| j).chain([s.len()]).find_map(|j| {
        let (name, after) = s.split_at(j);
        let b = after.as_bytes();
        let follows = after.is_empty()
            || prose::starts_predicate(b)
            || FOLLOWS.iter().any(|w| punct::has_prefix(b, w.as_bytes()))
            || after.starts_with(JOINS);
        (follows && prose::is_subject(name)).then_some((name, after))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Role::{Lead, Responsible, Support};

    fn roles(s: &str) -> Vec<(&str, Role)> {
        request(s).map(|p| p.agencies).unwrap_or_default()
    }

    #[test]
    fn the_verb_gives_the_role() {
        assert_eq!(roles("请县自然资源局牵头开展地质灾害隐患排查。"), [("县自然资源局", Lead)]);
        assert_eq!(
            roles("请县水利局会同县应急管理局研究制定防汛应急预案。"),
            [("县水利局", Lead), ("县应急管理局", Support)]
        );
        assert_eq!(roles("请县发展改革委办理防汛物资储备事宜。"), [("县发展改革委", Responsible)]);
        assert_eq!(roles("请省自然资源厅负责做好用地保障。"), [("省自然资源厅", Responsible)]);
        assert_eq!(roles("请市财政局抓紧研究办理。"), [("市财政局", Responsible)]);
        assert_eq!(roles("请县发展改革委员会按程序办理。"), [("县发展改革委员会", Responsible)]);
    }

    #[test]
    fn groups_after_a_lead_support() {
        assert_eq!(
            roles("请省商务厅牵头，会同省发展改革委、省财政厅等部门做好指导服务工作。"),
            [("省商务厅", Lead), ("省发展改革委", Support), ("省财政厅", Support)]
        );
        assert_eq!(
            roles("请市住房城乡建设委牵头，市规划资源局、市财政局配合，年底前完成。"),
            [("市住房城乡建设委", Lead), ("市规划资源局", Support), ("市财政局", Support)]
        );
    }

    #[test]
    fn several_bodies_asked() {
        assert_eq!(
            roles("请省发展改革委、省财政厅按职责分工研究办理。"),
            [("省发展改革委", Responsible), ("省财政厅", Responsible)]
        );
        assert_eq!(
            roles("请国家发展改革委和财政部会同有关部门研究提出意见。"),
            [("国家发展改革委", Lead), ("财政部", Lead), ("有关部门", Support)]
        );
    }

    /// A request after the matter it is about, the paragraph's first
    /// clause: the same roles; a request to no body none.
    #[test]
    fn a_request_after_its_matter() {
        let prose = |s| prose::prose_roles(s);
        assert_eq!(
            prose("水文站网组建中的有关具体事宜，请省水利厅按照有关规定与有关部门协商办理。"),
            [("省水利厅", Responsible)]
        );
        assert_eq!(
            prose("为做好防汛准备工作，请县水利局牵头，县应急管理局配合，6月底前完成。"),
            [("县水利局", Lead), ("县应急管理局", Support)]
        );
        for s in [
            "如有问题，请及时与省商务厅联系。",
            "经研究，请你市认真办理。",
            "有关事宜，请于5月底前报送。",
            "现将方案印发给你们，请认真贯彻执行。",
        ] {
            assert_eq!(prose(s), [], "{s}");
        }
    }

    #[test]
    fn no_body_asked_no_responsibility() {
        for s in [
            "请你市会同海关部门认真研究办理相关事项。",
            "请于5月底前报送。",
            "请各地认真贯彻执行。",
            "请示收悉。",
            "请各单位严格执行24小时值班制度。",
            // a body asked to do no duty of the class
            "请市教育局于6月底前报送工作总结。",
            "请认真研究办理。",
        ] {
            assert_eq!(request(s), None, "{s}");
        }
    }
}
