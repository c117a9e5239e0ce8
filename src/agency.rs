//! Resolution of the bodies named in responsibility clauses against the
//! [`gazetteer`](crate::gazetteer): after the grammar has built the tree,
//! every [`Agency`] (in [`Block::responsibilities`] and [`Block::inherited`],
//! in the main document and in attached ones) gets its
//! [`kind`](Agency::kind), its [`canonical`](Agency::canonical) name and,
//! for a body abolished since, the [`current`](Agency::current) one; local
//! bodies get their [`level`](Agency::level) and
//! [`jurisdiction`](Agency::jurisdiction).
//!
//! The document's year (from [`Notice::date`](crate::Notice::date), else the
//! 〔YYYY〕 of a 发文字号) picks between bodies that shared a name at
//! different times; the issuer (the first of [`Notice::issuers`](crate::Notice::issuers),
//! else the body that leads the notice's title before 关于) places bare
//! local names such as 区建设管理委.
//!
//! Names that resolve to nothing are listed in one `unknown-agency` info
//! diagnostic per document.

use crate::ast::{Agency, Block, Document, Role, Text};
use crate::diagnostic::{Diagnostic, Severity};
use crate::gazetteer::{self, Classified};
use crate::span::{Span, offset_in};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
// foldhash: keys are names from the input, so a seeded hasher (not a fixed
// one) keeps crafted collisions out; SipHash cost more than the lookups
use foldhash::{HashMap, HashMapExt};

use crate::diagnostic::codes::UNKNOWN_AGENCY;

/// Most distinct unknown names listed in the diagnostic's message.
const MAX_LISTED: usize = 10;

/// What kind of body an [`Agency`] is, as far as the gazetteer can tell.
///
/// Serialises as `"national"`, `"local"`, `"collective"` or `"unknown"`.
///
/// ```
/// use gongwen::AgencyKind;
/// let text = "标题\n一、任务\n（一）推进改革。（发展改革委、各区政府、有关部门、某某研究会负责）\n";
/// let doc = gongwen::parse(text)?;
/// let kinds: Vec<AgencyKind> = doc.blocks().flat_map(|b| b.agencies()).map(|a| a.kind).collect();
/// assert_eq!(kinds, [AgencyKind::National, AgencyKind::Local, AgencyKind::Collective, AgencyKind::Unknown]);
/// assert_eq!(serde_json::to_string(&AgencyKind::Local).unwrap(), "\"local\"");
/// # Ok::<(), gongwen::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum AgencyKind {
    /// A national party or state body known to the gazetteer (发展改革委,
    /// 中央网信办, 国家开发银行); its canonical name is filled in.
    National,
    /// A local body: 市水务局, 区建设管理委, 上海市嘉定区人民政府, or a set
    /// of local bodies of one level (各区政府).
    Local,
    /// A collective expression covering many bodies: 各省级有关部门,
    /// 有关部门, 地方各级人民政府.
    Collective,
    /// None of the above (also the value before resolution).
    #[default]
    Unknown,
}

impl AgencyKind {
    /// `"national"`, `"local"`, `"collective"` or `"unknown"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            AgencyKind::National => "national",
            AgencyKind::Local => "local",
            AgencyKind::Collective => "collective",
            AgencyKind::Unknown => "unknown",
        }
    }
}

impl<'a> Agency<'a> {
    /// A body as the grammar finds it, before resolution.
    pub(crate) fn unresolved(name: Text<'a>, role: Role, span: Span) -> Self {
        Agency {
            name,
            canonical: None,
            role,
            kind: AgencyKind::Unknown,
            level: None,
            jurisdiction: None,
            current: None,
            span,
        }
    }
}

/// The document's year: the 成文日期's, else the 〔YYYY〕 of the notice's or
/// the main document's 发文字号.
pub(crate) fn document_year(doc: &Document<'_>) -> Option<u16> {
    let notice = doc.notice.as_ref();
    let from_date = notice.and_then(|n| n.date.as_deref()).and_then(|d| d.get(..4)).and_then(|y| y.parse().ok());
    from_date.or_else(|| {
        let number = notice.and_then(|n| n.doc_number.as_deref()).or(doc.doc_number.as_deref())?;
        let (_, after) = number.split_once('〔')?;
        after.get(..4)?.parse().ok()
    })
}

/// The document's issuing body: the first 发文机关署名, else the body
/// that leads the notice's title before 关于 (上海市崇明区人民政府办公室关于印发…).
pub(crate) fn document_issuer<'a>(doc: &Document<'a>) -> Option<Cow<'a, str>> {
    let notice = doc.notice.as_ref()?;
    if let Some(first) = notice.issuers.first() {
        return Some(first.clone());
    }
    let title = notice.title.as_ref()?;
    let (head, _) = title.split_once("关于")?;
    let head = head.trim();
    (!head.is_empty() && head.chars().count() <= 30).then(|| part_of(title, head))
}

/// `part` (a sub-slice of `text`) with `text`'s lifetime when `text` is
/// borrowed, else copied.
fn part_of<'a>(text: &Text<'a>, part: &str) -> Cow<'a, str> {
    match text {
        Cow::Borrowed(whole) => {
            let at = offset_in(*whole, part);
            Cow::Borrowed(&whole[at..at + part.len()])
        }
        Cow::Owned(_) => Cow::Owned(part.to_owned()),
    }
}

/// The first occurrence of `needle` in `text`, with `text`'s lifetime when
/// `text` is borrowed.
fn borrowed_find<'a>(text: &Text<'a>, needle: &str) -> Option<&'a str> {
    match text {
        // (a place most often opens the name: no searcher is built then)
        Cow::Borrowed(whole) if whole.starts_with(needle) => Some(&whole[..needle.len()]),
        Cow::Borrowed(whole) => find_short(whole, needle).map(|at| &whole[at..at + needle.len()]),
        Cow::Owned(_) => None,
    }
}

/// Where `needle` first occurs in `hay`, as `str::find` says, by a walk
/// that compares the rest of the needle only where its first byte stands:
/// names are short, and `str::find` prepares a searcher on every call,
/// which costs more than the walk. (A match of a whole UTF-8 needle starts
/// on a character boundary.)
fn find_short(hay: &str, needle: &str) -> Option<usize> {
    let (h, w) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = w.split_first() else { return Some(0) };
    (0..(h.len() + 1).checked_sub(w.len())?).find(|&i| h[i] == first && h[i + 1..i + w.len()] == *rest)
}

/// What the gazetteer says about one name, ready to be copied into agencies
/// (the jurisdiction borrowed from the name or the issuer's name: the
/// cache keeps it as agencies take it, see [`Cached`]).
struct Resolved<'j> {
    kind: AgencyKind,
    canonical: Option<&'static str>,
    current: Option<&'static str>,
    level: Option<gazetteer::LocalLevel>,
    jurisdiction: Option<&'j str>,
}

fn resolve_name<'j>(name: &'j str, year: Option<u16>, issuer: &'j gazetteer::Issuer<'_>) -> Resolved<'j> {
    let none = |kind| Resolved { kind, canonical: None, current: None, level: None, jurisdiction: None };
    match gazetteer::classify_in(name, year, issuer) {
        Classified::National(entry) => {
            // a body abolished since: the one that carries its work today
            let today = gazetteer::current(entry, None);
            let current = (!entry.is_current() && today.canonical != entry.canonical).then_some(today.canonical);
            Resolved {
                kind: AgencyKind::National,
                canonical: Some(entry.canonical),
                current,
                level: None,
                jurisdiction: None,
            }
        }
        Classified::Local { level, jurisdiction } => {
            Resolved { kind: AgencyKind::Local, canonical: None, current: None, level: Some(level), jurisdiction }
        }
        Classified::Collective => none(AgencyKind::Collective),
        Classified::Unknown => none(AgencyKind::Unknown),
    }
}

/// A name's resolution, the jurisdiction agencies take, and whether the
/// name was listed as unknown.
type Cached<'a> = (Resolved<'static>, Option<Cow<'a, str>>, bool);

/// Resolves names, remembering each distinct one (documents name a few
/// dozen bodies many times over).
struct Resolver<'a, 'r> {
    year: Option<u16>,
    issuer: Option<Cow<'a, str>>,
    /// The issuer as the gazetteer reads it (its places found once).
    places: &'r gazetteer::Issuer<'r>,
    /// Keyed by the names as the document holds them (borrowed from the
    /// input when verbatim), with the jurisdiction as agencies take it and
    /// whether the name was listed as unknown.
    cache: HashMap<Cow<'a, str>, Cached<'a>>,
    /// Distinct unknown names, in order of first appearance, and the
    /// earliest span of any of them.
    unknown: Vec<String>,
    first_unknown: Option<Span>,
}

impl<'a> Resolver<'a, '_> {
    /// Resolve `a`; `after` is the local body named before it in the same
    /// list, which an abbreviated name that resolves to nothing belongs to
    /// (市发展改革委、规划局、财政局: 规划局 is the same city's).
    fn agency(&mut self, a: &mut Agency<'a>, after: Option<&Agency<'a>>) {
        let (r, jurisdiction, listed) = match self.cache.get_mut(a.name.as_ref()) {
            Some(r) => r,
            None => {
                // room for the names at once when the first one is met (a
                // document names a few dozen bodies, many times over): the
                // cache grows by rehashing otherwise, and a tree walk to
                // count them costs more than the room
                if self.cache.capacity() == 0 {
                    self.cache.reserve(MAX_CACHE_HINT);
                }
                let r = resolve_name(&a.name, self.year, self.places);
                // a place named in the body's own name or in the issuer's is
                // borrowed from there, not copied for every agency
                let jurisdiction = r.jurisdiction.map(|j| {
                    borrowed_find(&a.name, j)
                        .or_else(|| self.issuer.as_ref().and_then(|i| borrowed_find(i, j)))
                        .map_or_else(|| Cow::Owned(j.to_owned()), Cow::Borrowed)
                });
                let r = Resolved {
                    kind: r.kind,
                    canonical: r.canonical,
                    current: r.current,
                    level: r.level,
                    jurisdiction: None,
                };
                self.cache.entry(a.name.clone()).or_insert((r, jurisdiction, false))
            }
        };
        a.kind = r.kind;
        a.canonical = r.canonical.map(Cow::Borrowed);
        a.current = r.current.map(Cow::Borrowed);
        a.level = r.level;
        a.jurisdiction = jurisdiction.clone();
        // a national body's short name after a local body in the same list
        // (区市场监管局、发改委、财政局; 县发改局、统计局、林业局) is that place's
        // office of the same name, as a local document abbreviates them
        // (the body before it is looked at first: most national bodies follow
        // none or another national one, and their names are not read again)
        let local_before = after.filter(|l| l.kind == AgencyKind::Local && l.level.is_some());
        if a.kind == AgencyKind::National && local_before.is_some() && is_bare_office(&a.name) {
            // (a national body's office there names its place: 上海金融监管局
            // after 市委金融办 of 上海市 stays national)
            let names_place = |l: &Agency<'_>| {
                l.jurisdiction.as_deref().is_some_and(|j| {
                    let stem = j.trim_end_matches(['省', '市', '区', '县']);
                    !stem.is_empty() && a.name.contains(stem)
                })
            };
            if let Some(local) = local_before.filter(|l| !names_place(l)) {
                a.kind = AgencyKind::Local;
                a.canonical = None;
                a.current = None;
                a.level = local.level;
                a.jurisdiction = local.jurisdiction.clone();
                return;
            }
        }
        if a.kind == AgencyKind::Unknown {
            if let Some(local) = after.filter(|l| l.kind == AgencyKind::Local && l.level.is_some()) {
                if is_office(&a.name) {
                    a.kind = AgencyKind::Local;
                    a.level = local.level;
                    a.jurisdiction = local.jurisdiction.clone();
                    return;
                }
            }
            // each distinct unknown name is listed once
            if !*listed {
                *listed = true;
                self.unknown.push(a.name.to_string());
            }
            if self.first_unknown.is_none_or(|s| a.span.start < s.start) {
                self.first_unknown = Some(a.span);
            }
        }
    }

    /// Resolve a list of bodies named together, in order.
    fn list(&mut self, agencies: &mut [Agency<'a>]) {
        for i in 0..agencies.len() {
            let (before, rest) = agencies.split_at_mut(i);
            self.agency(&mut rest[0], before.last());
        }
    }

    fn blocks(&mut self, blocks: &mut [Block<'a>]) {
        for b in blocks {
            for r in &mut b.responsibilities {
                self.list(&mut r.agencies);
            }
            if !b.inherited().is_empty() {
                self.list(b.inherited_mut());
            }
            self.blocks(&mut b.children);
        }
    }
}

/// Endings of a government office's name (not a company's, a bank's or a
/// centre's), for an abbreviated name after a local body.
const OFFICE_ENDS: [&str; 8] = ["局", "委", "办", "厅", "署", "处", "委员会", "办公室"];

/// Whether `name` is shaped like an abbreviated local office: 规划局, 财政局.
fn is_office(name: &str) -> bool {
    OFFICE_ENDS.iter().any(|e| name.ends_with(e)) && crate::grammar::prose::is_body(name)
}

/// Words that mark a name as a national body's however it is listed
/// (国家能源局, 市场监管总局, 中央网信办, 海关总署).
const NATIONAL_MARKS: [&str; 7] = ["国家", "国务院", "中央", "中国", "全国", "总局", "总署"];

/// Whether `name` is an office's short name with nothing in it that makes
/// it national (发改委, 统计局, 林业局; not 国家统计局, 市场监管总局, 财政部).
fn is_bare_office(name: &str) -> bool {
    crate::grammar::chars_in(name, 2, MAX_BARE_OFFICE)
        && is_office(name)
        && !NATIONAL_MARKS.iter().any(|m| name.contains(m))
}

/// Most characters of a national body's short name read as a local
/// office's (知识产权局, 发展改革委).
const MAX_BARE_OFFICE: usize = 6;

/// Resolve every agency of the document (main blocks and attached
/// documents' blocks) and add the `unknown-agency` diagnostic, keeping the
/// diagnostics in input order.
pub(crate) fn resolve<'a>(doc: &mut Document<'a>) {
    let year = document_year(doc);
    let issuer = document_issuer(doc);
    let places = gazetteer::Issuer::new(issuer.as_deref());
    let mut r = Resolver {
        year,
        issuer: issuer.clone(),
        places: &places,
        cache: HashMap::new(),
        unknown: Vec::new(),
        first_unknown: None,
    };
    r.blocks(&mut doc.sections);
    for a in &mut doc.attachments {
        r.blocks(&mut a.sections);
    }
    if let Some(span) = r.first_unknown {
        let d = Diagnostic::new(Severity::Info, UNKNOWN_AGENCY, unknown_message(&r.unknown), span);
        let at = doc.diagnostics.partition_point(|x| (x.span.start, x.span.end) <= (span.start, span.end));
        doc.diagnostics.insert(at, d);
    }
}

/// Distinct names the resolver's cache makes room for when it meets the
/// first one.
const MAX_CACHE_HINT: usize = 64;

/// `2 bodies named are unknown to the gazetteer (canonical left null): 甲, 乙`.
fn unknown_message(names: &[String]) -> String {
    let n = names.len();
    let what = if n == 1 { "body named is" } else { "bodies named are" };
    let mut listed = names.iter().take(MAX_LISTED).map(String::as_str).collect::<Vec<_>>().join(", ");
    if n > MAX_LISTED {
        listed.push_str(&format!(" and {} more", n - MAX_LISTED));
    }
    format!("{n} {what} neither a known national body nor a local or collective one (canonical left null): {listed}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_short_is_str_find() {
        let hays = ["", "上海市", "上海市浦东新区人民政府", "市上海市", "a上海", "上海上海市"];
        let needles = ["", "上海市", "上海", "市", "浦东新区", "政府办", "a", "上海市浦东新区人民政府办公厅"];
        for h in hays {
            for n in needles {
                assert_eq!(find_short(h, n), h.find(n), "{h} {n}");
            }
        }
    }

    #[test]
    fn message_lists_at_most_ten() {
        let names: Vec<String> = (1..=13).map(|i| format!("机构{i}")).collect();
        let m = unknown_message(&names);
        assert!(m.starts_with("13 bodies named are "), "{m}");
        assert!(m.ends_with("机构9, 机构10 and 3 more"), "{m}");
        assert_eq!(unknown_message(&names[..1]).split(": ").nth(1), Some("机构1"));
        assert!(unknown_message(&names[..1]).starts_with("1 body named is "));
    }

    #[test]
    fn national_bodies_and_their_successors() {
        let issuer = gazetteer::Issuer::new(None);
        let r = resolve_name("国土资源部", Some(2016), &issuer);
        assert_eq!((r.kind, r.canonical, r.current), (AgencyKind::National, Some("国土资源部"), Some("自然资源部")));
        let issuer = gazetteer::Issuer::new(None);
        let r = resolve_name("发展改革委", Some(2022), &issuer);
        assert_eq!((r.canonical, r.current), (Some("国家发展和改革委员会"), None));
        let issuer = gazetteer::Issuer::new(None);
        let r = resolve_name("西部开发办", Some(2004), &issuer);
        assert_eq!((r.canonical, r.current), (Some("国务院西部地区开发领导小组办公室"), Some("国家发展和改革委员会")));
    }

    fn resolved(
        names: &[&'static str],
        issuer: Option<&'static str>,
    ) -> Vec<(AgencyKind, Option<gazetteer::LocalLevel>, Option<String>)> {
        let places = gazetteer::Issuer::new(issuer);
        let mut r = Resolver {
            year: Some(2020),
            issuer: issuer.map(Cow::Borrowed),
            places: &places,
            cache: HashMap::new(),
            unknown: Vec::new(),
            first_unknown: None,
        };
        let mut agencies: Vec<Agency<'static>> =
            names.iter().map(|n| Agency::unresolved(Cow::Borrowed(n), Role::Responsible, Span::default())).collect();
        r.list(&mut agencies);
        agencies.into_iter().map(|a| (a.kind, a.level, a.jurisdiction.map(|j| j.into_owned()))).collect()
    }

    #[test]
    fn abbreviated_offices_after_a_local_body_are_its_places() {
        use gazetteer::LocalLevel::{City, District};
        let city = (AgencyKind::Local, Some(City), Some("杭州市".to_string()));
        assert_eq!(resolved(&["杭州市发展改革委", "规划局", "财政局"], None), [city.clone(), city.clone(), city]);
        let district = (AgencyKind::Local, Some(District), Some("嘉定区".to_string()));
        assert_eq!(resolved(&["区建设管理委", "规划局"], Some("上海市嘉定区人民政府")), [district.clone(), district]);
        // not after a national body, and not a company
        let unknown = (AgencyKind::Unknown, None, None);
        assert_eq!(resolved(&["发展改革委", "规划局"], None)[1], unknown);
        assert_eq!(resolved(&["区绿化市容局", "新城公司"], Some("上海市奉贤区人民政府"))[1], unknown);
        assert_eq!(resolved(&["规划局", "杭州市财政局"], None)[0], unknown);
    }

    #[test]
    fn national_short_names_after_a_local_body_are_its_places() {
        use gazetteer::LocalLevel::District;
        let district = (AgencyKind::Local, Some(District), Some("某某区".to_string()));
        assert_eq!(
            resolved(&["区市场监管局", "发改委", "财政局"], Some("某某市某某区人民政府办公室")),
            [district.clone(), district.clone(), district]
        );
        let county = (AgencyKind::Local, Some(District), Some("某某县".to_string()));
        assert_eq!(
            resolved(&["县发改局", "统计局", "林业局"], Some("某某县人民政府")),
            [county.clone(), county.clone(), county]
        );
        // first in the list, or after a national body: national
        assert_eq!(resolved(&["统计局", "县发改局"], Some("某某县人民政府"))[0].0, AgencyKind::National);
        assert_eq!(resolved(&["财政部", "统计局"], None)[1].0, AgencyKind::National);
        // a name that says it is national stays so
        assert_eq!(
            resolved(&["市委金融办", "上海金融监管局"], Some("上海市人民政府办公厅"))[1].0,
            AgencyKind::National
        );
        for name in ["国家能源局", "市场监管总局", "海关总署", "中央网信办", "财政部"] {
            assert_eq!(resolved(&["市发展改革委", name], Some("某某市人民政府"))[1].0, AgencyKind::National, "{name}");
        }
    }

    #[test]
    fn local_bodies_take_the_issuers_place() {
        let issuer = gazetteer::Issuer::new(Some("上海市嘉定区人民政府"));
        let r = resolve_name("区建设管理委", Some(2023), &issuer);
        assert_eq!(
            (r.kind, r.level, r.jurisdiction),
            (AgencyKind::Local, Some(gazetteer::LocalLevel::District), Some("嘉定区"))
        );
        let issuer = gazetteer::Issuer::new(Some("上海市人民政府办公厅"));
        let r = resolve_name("各区政府", Some(2024), &issuer);
        assert_eq!((r.kind, r.jurisdiction), (AgencyKind::Local, None));
    }
}
