//! Gazetteer of Chinese national party and state bodies.
//!
//! The data lives in `data/agencies.tsv` (embedded at compile time) and covers
//! every State Council body as of the 2023 institutional reform, their
//! predecessors since the 2008 reform, the central party bodies that commonly
//! appear as responsible units, people's organisations, policy banks and a few
//! central enterprises.
//!
//! * [`lookup`] resolves a name as written (canonical, short form or alias) to
//!   an [`Entry`], using the document year to choose between bodies that shared
//!   a name at different times.
//! * [`current`] follows successor (or predecessor) links to the body that
//!   exists in a given year.
//! * [`classify`] additionally recognises local bodies (上海市水务局, 区建设管理委)
//!   and collective expressions (各有关部门, 地方各级人民政府).
//!
//! Year ranges are inclusive: a body with `to == Some(2018)` still exists in
//! 2018, as does its successor with `from == Some(2018)`. When both exist in
//! the requested year the newer one is preferred, since most reforms take
//! effect early in the year.

use serde::{Deserialize, Serialize};
use std::collections::{HashSet, VecDeque};
use std::sync::LazyLock;

const DATA: &str = include_str!("../data/agencies.tsv");

/// Category of a known national body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// 国务院组成部门 (ministries and commissions).
    ComponentDepartment,
    /// 国务院直属特设机构 (the State-owned Assets Supervision and Administration Commission).
    SpecialAgency,
    /// 国务院直属机构 (agencies directly under the State Council).
    DirectAgency,
    /// 国务院办事机构 (administrative offices of the State Council).
    AdministrativeOffice,
    /// 国务院直属事业单位 (public institutions directly under the State Council).
    PublicInstitution,
    /// 部委管理的国家局 (national bureaus administered by a ministry or commission).
    NationalBureau,
    /// 党中央机构 (central party bodies).
    PartyBody,
    /// 人民团体 (people's organisations).
    PeopleOrganisation,
    /// 金融机构 (policy banks and other national financial institutions).
    FinancialInstitution,
    /// 中央企业 (central state-owned enterprises).
    CentralEnterprise,
    /// 其他 (any other national body).
    Other,
}

impl Category {
    /// Every category, in the order used by the data file's documentation.
    pub const ALL: [Category; 11] = [
        Category::ComponentDepartment,
        Category::SpecialAgency,
        Category::DirectAgency,
        Category::AdministrativeOffice,
        Category::PublicInstitution,
        Category::NationalBureau,
        Category::PartyBody,
        Category::PeopleOrganisation,
        Category::FinancialInstitution,
        Category::CentralEnterprise,
        Category::Other,
    ];

    /// Kebab-case English name, e.g. `"component-department"`.
    #[must_use]
    pub fn as_str(&self) -> &'static str {
        match self {
            Category::ComponentDepartment => "component-department",
            Category::SpecialAgency => "special-agency",
            Category::DirectAgency => "direct-agency",
            Category::AdministrativeOffice => "administrative-office",
            Category::PublicInstitution => "public-institution",
            Category::NationalBureau => "national-bureau",
            Category::PartyBody => "party-body",
            Category::PeopleOrganisation => "people-organisation",
            Category::FinancialInstitution => "financial-institution",
            Category::CentralEnterprise => "central-enterprise",
            Category::Other => "other",
        }
    }

    /// Chinese label as used in the data file, e.g. `"组成部门"`.
    #[must_use]
    pub fn label_zh(&self) -> &'static str {
        match self {
            Category::ComponentDepartment => "组成部门",
            Category::SpecialAgency => "直属特设机构",
            Category::DirectAgency => "直属机构",
            Category::AdministrativeOffice => "办事机构",
            Category::PublicInstitution => "直属事业单位",
            Category::NationalBureau => "部委管理的国家局",
            Category::PartyBody => "党中央机构",
            Category::PeopleOrganisation => "人民团体",
            Category::FinancialInstitution => "金融机构",
            Category::CentralEnterprise => "中央企业",
            Category::Other => "其他",
        }
    }

    /// Parse either the Chinese label ([`Category::label_zh`]) or the
    /// kebab-case name ([`Category::as_str`]).
    #[must_use]
    pub fn from_label(label: &str) -> Option<Category> {
        let label = label.trim();
        Category::ALL.into_iter().find(|c| c.label_zh() == label || c.as_str() == label)
    }
}

/// One national body, as listed in `data/agencies.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Official full name (e.g. 国家发展和改革委员会); unique in the gazetteer.
    pub canonical: &'static str,
    /// Standard short name (e.g. 国家发展改革委); may equal `canonical`.
    pub short: &'static str,
    /// Other forms used in practice (e.g. 发改委, 国家发改委).
    pub aliases: Vec<&'static str>,
    /// Position in the state or party structure.
    pub category: Category,
    /// First year the body existed under this name, if recorded.
    pub from: Option<u16>,
    /// Last year the body existed under this name; `None` if it exists today.
    pub to: Option<u16>,
    /// Canonical names of the bodies this one replaced or absorbed.
    pub predecessors: Vec<&'static str>,
    /// Canonical names of the bodies that replaced this one, main successor first.
    pub successors: Vec<&'static str>,
}

impl Entry {
    /// Whether the body existed (under this name) at some point in `year`.
    /// Both ends are inclusive; a missing `from` means "since long ago".
    #[must_use]
    pub fn exists_in(&self, year: u16) -> bool {
        self.from.is_none_or(|f| f <= year) && self.to.is_none_or(|t| year <= t)
    }

    /// Whether the body exists today (`to` is empty).
    #[must_use]
    pub fn is_current(&self) -> bool {
        self.to.is_none()
    }

    /// Every name this entry answers to: canonical, short and aliases, without duplicates.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        // (a name is compared with the names before it: an entry has a few,
        // and no list of those seen is allocated)
        let name = |k: usize| match k {
            0 => self.canonical,
            1 => self.short,
            _ => self.aliases[k - 2],
        };
        (0..2 + self.aliases.len()).filter_map(move |k| {
            let n = name(k);
            (!n.is_empty() && !(0..k).any(|j| name(j) == n)).then_some(n)
        })
    }

    /// Free-text remark from the data file (uncertain years, retained nameplates, ...).
    #[must_use]
    pub fn note(&self) -> Option<&'static str> {
        let table = &*TABLE;
        let idx = table.index_of_canonical(self.canonical)?;
        let note = table.notes[idx];
        (!note.is_empty()).then_some(note)
    }
}

/// Parsed data file plus the name index.
struct Table {
    entries: Vec<Entry>,
    notes: Vec<&'static str>,
    /// foldhash: every body lookup probes it, and SipHash cost more than
    /// the probe
    index: foldhash::HashMap<&'static str, Ids>,
    /// Rows that could not be parsed (line number and reason). Always empty
    /// for the shipped data; checked by the unit tests.
    #[cfg_attr(not(test), allow(dead_code))]
    errors: Vec<String>,
}

impl Table {
    fn parse(src: &'static str) -> Table {
        // (parsed once per process, on the first body resolved: the lines
        // and fields are cut with `memchr`, and the lists are allocated at
        // their size — a parse of the whole file cost as much as a corpus
        // document's)
        let rows = memchr::memchr_iter(b'\n', src.as_bytes()).count() + 1;
        let mut entries = Vec::with_capacity(rows);
        let mut notes = Vec::with_capacity(rows);
        let mut errors = Vec::new();
        let mut seen_header = false;
        for (lineno, line) in split_bytes(src, b'\n').enumerate() {
            let lineno = lineno + 1;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if !seen_header {
                seen_header = true;
                if line.starts_with("canonical\t") {
                    continue;
                }
            }
            match parse_row(line) {
                Ok((entry, note)) => {
                    if entries.len() >= usize::from(u16::MAX) {
                        errors.push(format!("line {lineno}: too many rows"));
                        break;
                    }
                    entries.push(entry);
                    notes.push(note);
                }
                Err(e) => errors.push(format!("line {lineno}: {e}")),
            }
        }

        let names = entries.iter().map(|e| 2 + e.aliases.len()).sum();
        let mut index: foldhash::HashMap<&'static str, Ids> = foldhash::HashMap::default();
        index.reserve(names);
        for (i, entry) in entries.iter().enumerate() {
            // Bounded above by the row-count check.
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            for name in entry.names() {
                match index.entry(name) {
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert(Ids { first: i, more: Vec::new() });
                    }
                    std::collections::hash_map::Entry::Occupied(mut o) => {
                        let ids = o.get_mut();
                        if ids.first != i && !ids.more.contains(&i) {
                            ids.more.push(i);
                        }
                    }
                }
            }
        }
        Table { entries, notes, index, errors }
    }

    fn index_of_canonical(&self, canonical: &str) -> Option<usize> {
        self.index.get(canonical)?.iter().map(usize::from).find(|&i| self.entries[i].canonical == canonical)
    }

    fn by_canonical(&'static self, canonical: &str) -> Option<&'static Entry> {
        self.index_of_canonical(canonical).map(|i| &self.entries[i])
    }
}

/// The rows of the entries sharing a name: almost every name has one, kept
/// without a list (one allocation fewer per name).
#[derive(Debug)]
struct Ids {
    first: u16,
    more: Vec<u16>,
}

impl Ids {
    fn iter(&self) -> impl Iterator<Item = u16> + '_ {
        std::iter::once(self.first).chain(self.more.iter().copied())
    }
}

/// The pieces of `s` between the bytes `sep` (an ASCII byte), like
/// `s.split(sep)`, found with `memchr`.
fn split_bytes(s: &'static str, sep: u8) -> impl Iterator<Item = &'static str> {
    let mut at = 0;
    let mut seps = memchr::memchr_iter(sep, s.as_bytes());
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let start = at;
        match seps.next() {
            Some(k) => {
                at = k + 1;
                Some(&s[start..k])
            }
            None => {
                done = true;
                Some(&s[start..])
            }
        }
    })
}

fn split_list(field: &'static str) -> Vec<&'static str> {
    // (most fields are empty or hold one name: no list grown)
    let field = trim_field(field);
    if field.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'|', field.as_bytes()).count() + 1);
    out.extend(split_bytes(field, b'|').map(trim_field).filter(|s| !s.is_empty()));
    out
}

/// `field.trim()`, told without decoding a character when the field opens
/// and ends with a CJK ideograph (lead byte E4–E9, never white space), as
/// the file's names do.
fn trim_field(field: &str) -> &str {
    let b = field.as_bytes();
    let ideograph = |k: usize| b.get(k).is_some_and(|x| (0xE4..=0xE9).contains(x));
    if b.len() >= 3 && ideograph(0) && ideograph(b.len() - 3) { field } else { field.trim() }
}

fn parse_year(field: &str, what: &str) -> Result<Option<u16>, String> {
    let field = field.trim();
    if field.is_empty() {
        return Ok(None);
    }
    field.parse::<u16>().map(Some).map_err(|_| format!("invalid {what} year {field:?}"))
}

fn parse_row(line: &'static str) -> Result<(Entry, &'static str), String> {
    let mut cols = [""; 9];
    let mut found = 0;
    for col in split_bytes(line, b'\t') {
        if let Some(slot) = cols.get_mut(found) {
            *slot = col;
        }
        found += 1;
    }
    if found != 9 {
        return Err(format!("expected 9 columns, found {found}"));
    }
    let canonical = trim_field(cols[0]);
    if canonical.is_empty() {
        return Err("empty canonical name".to_owned());
    }
    let short = match trim_field(cols[1]) {
        "" => canonical,
        s => s,
    };
    let category = Category::from_label(cols[3]).ok_or_else(|| format!("unknown category {:?}", cols[3]))?;
    let from = parse_year(cols[4], "from")?;
    let to = parse_year(cols[5], "to")?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(format!("from {f} is after to {t}"));
        }
    }
    Ok((
        Entry {
            canonical,
            short,
            aliases: split_list(cols[2]),
            category,
            from,
            to,
            predecessors: split_list(cols[6]),
            successors: split_list(cols[7]),
        },
        cols[8].trim(),
    ))
}

static TABLE: LazyLock<Table> = LazyLock::new(|| Table::parse(DATA));

/// All entries, parsed once.
#[must_use]
pub fn entries() -> &'static [Entry] {
    &TABLE.entries
}

/// How far `year` lies outside the entry's range (0 if the entry exists then).
fn distance(entry: &Entry, year: u16) -> u16 {
    match (entry.from, entry.to) {
        (Some(f), _) if year < f => f - year,
        (_, Some(t)) if year > t => year - t,
        _ => 0,
    }
}

fn pick(table: &'static Table, ids: &Ids, year: Option<u16>) -> Option<&'static Entry> {
    let candidates = ids.iter().map(|i| &table.entries[usize::from(i)]);
    match year {
        // Closest in time; among equally close ones the newest.
        Some(y) => candidates.min_by_key(|e| (distance(e, y), std::cmp::Reverse(e.from))),
        // Current first, then the one that ended last, then the newest.
        None => candidates.max_by_key(|e| (e.to.is_none(), e.to, e.from)),
    }
}

/// Resolve a name as written (canonical, short, or alias; after trimming
/// whitespace) to an entry.
///
/// `year` is the document's year, if known; it picks among entries sharing
/// the name: the one existing in that year is preferred (the newer one in a
/// reform year), otherwise the one closest in time. Without a year the body
/// that exists today is preferred, else the one that ended most recently.
///
/// A leading `中华人民共和国` is ignored if the full form is not listed.
/// Lookup is a single hash-map probe (plus one retry for that prefix).
#[must_use]
pub fn lookup(name: &str, year: Option<u16>) -> Option<&'static Entry> {
    let table: &'static Table = &TABLE;
    let name = name.trim();
    let ids = match table.index.get(name) {
        Some(ids) => ids,
        None => table.index.get(name.strip_prefix("中华人民共和国")?.trim())?,
    };
    pick(table, ids, year)
}

/// Follow successors from an entry to the body that exists in `year` (or
/// today when `None`); e.g. 国土资源部 → 自然资源部.
///
/// If the entry itself exists then, it is returned. If `year` lies before the
/// entry came into existence, predecessors are followed instead (农业农村部 in
/// 2010 → 农业部). Links are searched breadth-first in the listed order, so the
/// main successor (listed first) wins. If no linked body exists in that year,
/// the entry itself is returned.
#[must_use]
pub fn current(entry: &'static Entry, year: Option<u16>) -> &'static Entry {
    let alive = |e: &Entry| match year {
        Some(y) => e.exists_in(y),
        None => e.is_current(),
    };
    if alive(entry) {
        return entry;
    }
    let backwards = matches!((year, entry.from), (Some(y), Some(f)) if y < f);
    let table: &'static Table = &TABLE;
    // most bodies are one link from the one alive (the first level of the
    // search below, in its order): found without allocating its queue
    let links = if backwards { &entry.predecessors } else { &entry.successors };
    if let Some(next) = links
        .iter()
        .filter(|&&name| name != entry.canonical)
        .find_map(|&name| table.by_canonical(name).filter(|&next| alive(next)))
    {
        return next;
    }
    let mut visited: HashSet<&str> = HashSet::from([entry.canonical]);
    let mut queue = VecDeque::from([entry]);
    while let Some(e) = queue.pop_front() {
        let links = if backwards { &e.predecessors } else { &e.successors };
        for &name in links {
            if !visited.insert(name) {
                continue;
            }
            if let Some(next) = table.by_canonical(name) {
                if alive(next) {
                    return next;
                }
                queue.push_back(next);
            }
        }
    }
    entry
}

/// Kind of a non-national / collective body name.
///
/// County-level units (县, 县级市 named as such, 旗) are reported as
/// [`LocalLevel::District`]; prefecture-level units (地级市, 自治州, 盟, 地区)
/// as [`LocalLevel::City`]; the four municipalities directly under the
/// central government (北京市, 天津市, 上海市, 重庆市), provinces, autonomous
/// regions and SARs as [`LocalLevel::Province`].
///
/// Serialises as `"province"`, `"city"`, `"district"` or `"township"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum LocalLevel {
    /// Province-level: 省, 自治区, 直辖市, 特别行政区.
    Province,
    /// Prefecture-level: 市 (other than the four 直辖市), 州, 盟, 地区.
    City,
    /// County-level: 区, 县, 旗.
    District,
    /// Township-level: 镇, 乡, 街道.
    Township,
}

impl LocalLevel {
    /// The name used in JSON: `"province"`, `"city"`, `"district"` or `"township"`.
    ///
    /// ```
    /// use gongwen::gazetteer::LocalLevel;
    /// assert_eq!(LocalLevel::District.as_str(), "district");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            LocalLevel::Province => "province",
            LocalLevel::City => "city",
            LocalLevel::District => "district",
            LocalLevel::Township => "township",
        }
    }
}

/// Classification of a body name found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyClass {
    /// A national body known to the gazetteer.
    National(&'static Entry),
    /// A local body (or a set of local bodies of one level, e.g. 各区政府).
    Local {
        /// Administrative level of the body.
        level: LocalLevel,
        /// The place the body belongs to (e.g. "嘉定区", "上海市"), either
        /// written in the name or inferred from the issuer; `None` when
        /// unknown or when the name covers several places (各区政府).
        jurisdiction: Option<String>,
    },
    /// A collective expression covering many bodies (各有关部门, 国务院有关部门,
    /// 地方各级人民政府, a list such as 省级人民政府、国务院有关部门).
    Collective,
    /// Anything else.
    Unknown,
}

/// Place-name suffixes, longest first where one is a prefix of another's tail.
const PLACE_SUFFIXES: [(&str, LocalLevel); 16] = [
    ("特别行政区", LocalLevel::Province),
    ("自治区", LocalLevel::Province),
    ("自治州", LocalLevel::City),
    ("自治县", LocalLevel::District),
    ("自治旗", LocalLevel::District),
    ("街道", LocalLevel::Township),
    ("地区", LocalLevel::City),
    ("省", LocalLevel::Province),
    ("市", LocalLevel::City),
    ("州", LocalLevel::City),
    ("盟", LocalLevel::City),
    ("区", LocalLevel::District),
    ("县", LocalLevel::District),
    ("旗", LocalLevel::District),
    ("镇", LocalLevel::Township),
    ("乡", LocalLevel::Township),
];

/// Municipalities directly under the central government (province level).
const MUNICIPALITIES: [&str; 4] = ["北京市", "天津市", "上海市", "重庆市"];

/// Two-character words ending in a place suffix that are not place names.
/// (山区 is not among them: 金山区, 宝山区, 中山区 are districts, and a
/// body's name does not start with a mountain area.)
const NOT_PLACE_ENDINGS: [&str; 21] = [
    "城市", "都市", "超市", "城乡", "城区", "市区", "郊区", "辖区", "片区", "牧区", "灾区", "社区", "园区", "景区",
    "小区", "特区", "城镇", "村镇", "集镇", "乡镇", "街区",
];

/// Suffix followed by these characters is part of an ordinary word (市场, 区域 ...).
const NOT_PLACE_FOLLOWERS: [(&str, &str); 11] = [
    ("市", "场"),
    ("市", "容"),
    ("市", "级"),
    ("区", "域"),
    ("区", "级"),
    ("县", "域"),
    ("县", "级"),
    ("乡", "村"),
    ("省", "级"),
    ("州", "市"),
    ("州", "区"),
];

/// Substrings that cannot occur inside a place-name stem.
const STEM_STOPWORDS: [&str; 13] =
    ["局", "厅", "委", "办", "政府", "人民", "管理", "中心", "公司", "集团", "服务", "部门", "各"];

/// Markers of collective expressions.
const COLLECTIVE_MARKERS: [&str; 19] = [
    "有关",
    "相关",
    "成员单位",
    "各级",
    "以上",
    "以下",
    "省级",
    "市级",
    "县级",
    "区级",
    "乡级",
    "中央和国家机关",
    "中央国家机关",
    "等部门",
    "等单位",
    // the pilot places of a programme (试点城市政府, 各试点城市人民政府, 试点地区政府)
    "试点城市",
    "试点地区",
    "试点省份",
    "试点县",
];

/// Units of a national body named after it (国家药监局医疗器械技术审评检查长三角分中心,
/// 中国人民银行上海总部): the endings a unit's name may have.
const UNIT_ENDINGS: [&str; 11] =
    ["中心", "总部", "分行", "局", "分署", "司", "办公室", "研究院", "研究所", "特派办", "处"];

/// Words that start a second body rather than a unit's name (国家发展改革委及国家粮食局).
const NOT_UNIT_STARTS: [&str; 6] = ["和", "及", "与", "或", "会同", "等"];

/// Local branches of vertically managed national bodies, named by their
/// seat (上海海关, 黄埔海关, 上海金融监管局, 深圳证监局): the ending and the
/// national body's canonical name.
const BRANCH_ENDINGS: [(&str, &str); 6] = [
    ("海关", "海关总署"),
    ("金融监管局", "国家金融监督管理总局"),
    ("银保监局", "中国银行保险监督管理委员会"),
    ("证监局", "中国证券监督管理委员会"),
    ("银监局", "中国银行业监督管理委员会"),
    ("保监局", "中国保险监督管理委员会"),
];

/// Endings of the name of a development zone, pilot free-trade zone or
/// park (临港新片区, 张江高新区, 虹桥商务区, 漕河泾开发区, 某某产业园).
const ZONE_ENDINGS: [char; 3] = ['区', '园', '城'];

/// A local branch of a vertically managed national body named by its seat
/// (上海海关, 上海金融监管局): the body's entry. Tried after the place rules, so
/// 上海市地方金融监管局 stays the city's.
fn national_branch(body: &str, year: Option<u16>) -> Option<&'static Entry> {
    BRANCH_ENDINGS.iter().find_map(|&(ending, parent)| {
        let stem = body.strip_suffix(ending)?;
        let chars = stem.chars().count();
        ((2..=6).contains(&chars)
            && !stem.starts_with("国家")
            && !stem.ends_with("地方")
            && !contains_any(stem, &STEM_STOPWORDS, &STEM_STOPWORD_FIRSTS))
        .then(|| lookup(parent, year))
        .flatten()
    })
}

/// A unit of a national body named after it (国家药监局…长三角分中心,
/// 中国人民银行上海总部, 财政部驻某省监管局): the longest known national name at
/// the start, then a unit's name of two characters or more with a unit's
/// ending. Tried before the place rules (财政部驻某省… is no province).
/// At most one lookup per character, for a name no earlier rule placed;
/// [`crate::agency`] caches the result per name.
fn national_unit(body: &str, year: Option<u16>) -> Option<&'static Entry> {
    if !UNIT_ENDINGS.iter().any(|e| body.ends_with(e)) {
        return None;
    }
    let first_end = body.char_indices().nth(2).map_or(body.len(), |(i, _)| i);
    body.char_indices().rev().map(|(i, _)| i).filter(|&i| i >= first_end).find_map(|end| {
        let rest = &body[end..];
        if rest.chars().count() < 2 || NOT_UNIT_STARTS.iter().any(|w| rest.starts_with(w)) {
            return None;
        }
        lookup(&body[..end], year)
    })
}

/// The zone of a zone's administrative committee (临港新片区管委会 → 临港新片区):
/// a name of at least two characters and a zone ending before 管委会 or
/// 管理委员会. 管委会 alone, or 园区管委会, names no zone.
fn zone_of_committee(body: &str) -> Option<&str> {
    let zone = body.strip_suffix("管委会").or_else(|| body.strip_suffix("管理委员会"))?;
    let last = zone.chars().next_back()?;
    let chars = zone.chars().count();
    (ZONE_ENDINGS.contains(&last)
        && chars >= 3
        && !NOT_PLACE_ENDINGS.contains(&zone)
        && !contains_any(zone, &STEM_STOPWORDS, &STEM_STOPWORD_FIRSTS)
        && !zone.starts_with("园区"))
    .then_some(zone)
}

/// A place name found at the start of a body name.
#[derive(Debug, Clone, Copy)]
struct Place<'a> {
    name: &'a str,
    level: LocalLevel,
}

fn level_of_place(name: &str, suffix_level: LocalLevel) -> LocalLevel {
    if MUNICIPALITIES.contains(&name) { LocalLevel::Province } else { suffix_level }
}

/// The first characters of [`PLACE_SUFFIXES`]: at any other character no
/// suffix starts, and the suffixes need not be tried (checked by a test).
const PLACE_SUFFIX_STARTS: [char; 13] = ['特', '自', '街', '地', '省', '市', '州', '盟', '区', '县', '旗', '镇', '乡'];
const PLACE_SUFFIX_STARTS_SET: crate::grammar::CharSet = crate::grammar::CharSet::new(&PLACE_SUFFIX_STARTS);

/// The suffixes of [`PLACE_SUFFIXES`] that start with `c`, in its order
/// (a test checks them against it): one or a few compared at a character
/// instead of all sixteen.
fn suffixes_starting(c: char) -> &'static [(&'static str, LocalLevel)] {
    let at = |from: usize, to: usize| &PLACE_SUFFIXES[from..to];
    match c {
        '特' => at(0, 1),
        '自' => at(1, 5),
        '街' => at(5, 6),
        '地' => at(6, 7),
        '省' => at(7, 8),
        '市' => at(8, 9),
        '州' => at(9, 10),
        '盟' => at(10, 11),
        '区' => at(11, 12),
        '县' => at(12, 13),
        '旗' => at(13, 14),
        '镇' => at(14, 15),
        '乡' => at(15, 16),
        _ => &[],
    }
}

/// Find one place name (stem + suffix) at the start of `s`.
fn leading_place(s: &str) -> Option<(Place<'_>, &str)> {
    const MAX_STEM_CHARS: usize = 8;
    let mut prev: Option<char> = None;
    for (chars_before, (i, c)) in s.char_indices().enumerate() {
        if chars_before > MAX_STEM_CHARS {
            break;
        }
        if !PLACE_SUFFIX_STARTS_SET.contains(c) {
            prev = Some(c);
            continue;
        }
        // (no place has an empty stem: a suffix at the name's start is
        // none)
        if chars_before == 0 {
            prev = Some(c);
            continue;
        }
        let stem = &s[..i];
        let tail = &s[i..];
        for &(suffix, level) in suffixes_starting(c) {
            if !crate::punct::has_prefix(tail.as_bytes(), suffix.as_bytes()) {
                continue;
            }
            let min_stem = if matches!(suffix, "县" | "旗") { 1 } else { 2 };
            if chars_before < min_stem {
                continue;
            }
            if contains_any(stem, &STEM_STOPWORDS, &STEM_STOPWORD_FIRSTS)
                || stem.ends_with("自治")
                || stem.ends_with("行政")
            {
                continue;
            }
            if suffix.chars().count() == 1 {
                // the character before and the suffix make a word (城市, 社区):
                // compared as bytes, the first character inline (most differ)
                let word = prev.map_or(&b""[..], |p| &s.as_bytes()[i - p.len_utf8()..i + suffix.len()]);
                if NOT_PLACE_ENDINGS
                    .iter()
                    .any(|w| w.len() == word.len() && crate::punct::has_prefix(word, w.as_bytes()))
                {
                    continue;
                }
                let after = &tail.as_bytes()[suffix.len()..];
                if NOT_PLACE_FOLLOWERS.iter().any(|&(sfx, next)| {
                    crate::punct::has_prefix(sfx.as_bytes(), suffix.as_bytes())
                        && sfx.len() == suffix.len()
                        && crate::punct::has_prefix(after, next.as_bytes())
                }) {
                    continue;
                }
            }
            let end = i + suffix.len();
            let name = &s[..end];
            return Some((Place { name, level: level_of_place(name, level) }, &s[end..]));
        }
        prev = Some(c);
    }
    None
}

/// All place names at the start of `s`, outermost first, and the remainder.
fn leading_places(mut s: &str) -> (Vec<Place<'_>>, &str) {
    let mut places = Vec::new();
    while let Some((place, rest)) = leading_place(s) {
        places.push(place);
        s = rest;
    }
    (places, s)
}

fn strip_party_prefix(s: &str) -> &str {
    s.strip_prefix("中国共产党").or_else(|| s.strip_prefix("中共")).unwrap_or(s)
}

/// Strip one trailing parenthetical annotation: 市场监管总局（国家标准委） → 市场监管总局.
fn strip_trailing_paren(s: &str) -> &str {
    for (open, close) in [("（", "）"), ("(", ")")] {
        if let Some(inner) = s.strip_suffix(close) {
            if let Some(pos) = inner.rfind(open) {
                return s[..pos].trim_end();
            }
        }
    }
    s
}

/// Whether `s` contains a list separator outside brackets (a list of bodies).
fn has_top_level_list(s: &str) -> bool {
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '（' | '(' | '〔' | '[' => depth += 1,
            '）' | ')' | '〕' | ']' => depth = depth.saturating_sub(1),
            '、' | '，' | ',' | '；' | ';' if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// The first character of each word (every one starts with a character of
/// three bytes, which this checks when it is evaluated), its bytes in a
/// `u32`: see [`contains_any`].
const fn first_characters<const N: usize>(words: &[&str; N]) -> [u32; N] {
    let mut out = [0; N];
    let mut k = 0;
    while k < N {
        let b = words[k].as_bytes();
        assert!(b.len() >= 3 && b[0] >= 0xE0 && b[0] < 0xF0, "a word must start with a character of three bytes");
        out[k] = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        k += 1;
    }
    out
}

const STEM_STOPWORD_FIRSTS: [u32; STEM_STOPWORDS.len()] = first_characters(&STEM_STOPWORDS);
const COLLECTIVE_MARKER_FIRSTS: [u32; COLLECTIVE_MARKERS.len()] = first_characters(&COLLECTIVE_MARKERS);

/// Whether `s` contains any of `words`, whose first characters are `firsts`
/// (see [`first_characters`]): one pass over the characters of three bytes
/// of `s`, each compared with all the first characters at once (no branch
/// per word), and the words compared only where one starts (names are
/// short; a substring search per word costs more in its set-up).
fn contains_any<const N: usize>(s: &str, words: &[&str; N], firsts: &[u32; N]) -> bool {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(2)).filter(|&i| (0xE0..0xF0).contains(&b[i])).any(|i| {
        let code = u32::from(b[i]) << 16 | u32::from(b[i + 1]) << 8 | u32::from(b[i + 2]);
        firsts.iter().fold(false, |hit, &f| hit | (f == code))
            && words.iter().zip(firsts).any(|(w, &f)| f == code && crate::punct::has_prefix(&b[i..], w.as_bytes()))
    })
}

fn is_collective(s: &str) -> bool {
    contains_any(s, &COLLECTIVE_MARKERS, &COLLECTIVE_MARKER_FIRSTS) || s.starts_with("地方") || has_top_level_list(s)
}

/// Level named right after 各 in a plural local form (各区政府, 各街镇, 各县（市、区）).
/// Province-level plurals (各省, 各自治区) are not local: they are national collectives.
fn plural_local_level(rest: &str) -> Option<LocalLevel> {
    const LEVELS: [(&str, LocalLevel); 9] = [
        ("街道", LocalLevel::Township),
        ("街镇", LocalLevel::Township),
        ("市", LocalLevel::City),
        ("州", LocalLevel::City),
        ("盟", LocalLevel::City),
        ("区", LocalLevel::District),
        ("县", LocalLevel::District),
        ("旗", LocalLevel::District),
        ("镇", LocalLevel::Township),
    ];
    if rest.starts_with("乡镇") || (rest.starts_with('乡') && !rest.starts_with("乡村")) {
        return Some(LocalLevel::Township);
    }
    if rest.starts_with("市场") || rest.starts_with("区域") {
        return None;
    }
    LEVELS.iter().find(|(prefix, _)| rest.starts_with(prefix)).map(|&(_, level)| level)
}

/// Level implied by a bare level prefix (市水务局, 区建设管理委, 街道办事处).
fn bare_prefix_level(s: &str) -> Option<LocalLevel> {
    const PREFIXES: [(&str, LocalLevel); 10] = [
        ("自治区", LocalLevel::Province),
        ("省", LocalLevel::Province),
        ("市", LocalLevel::City),
        ("州", LocalLevel::City),
        ("区", LocalLevel::District),
        ("县", LocalLevel::District),
        ("旗", LocalLevel::District),
        ("街道", LocalLevel::Township),
        // (街镇（园区）: a district's streets and towns, as 各街镇)
        ("街镇", LocalLevel::Township),
        ("镇", LocalLevel::Township),
    ];
    const NOT_BARE: [&str; 5] = ["市场", "区域", "县域", "州市", "乡村"];
    if NOT_BARE.iter().any(|w| s.starts_with(w)) {
        return None;
    }
    if s.starts_with('乡') {
        return Some(LocalLevel::Township);
    }
    PREFIXES.iter().find(|(prefix, _)| s.starts_with(prefix)).map(|&(_, level)| level)
}

/// Self-governing committees below the township level (村民委员会,
/// 居民委员会, 业主委员会 and their short names 村委会 居委会 业委会).
const GRASSROOTS_COMMITTEES: [&str; 8] =
    ["村民委员会", "居民委员会", "村（居）民委员会", "业主委员会", "村委会", "居委会", "村（居）委会", "业委会"];

/// Words that may stand before a grassroots committee's name without
/// naming one: where it is (社区居委会, 小区业主委员会).
const GRASSROOTS_STEMS: [&str; 4] = ["", "社区", "村", "小区"];

/// A name of the committees of villages, residents or home owners as a
/// class (`村道由村民委员会负责日常养护`, `社区居委会配合`): every such
/// committee concerned, none in particular — collective, as 有关单位 is. The
/// classifier has no level below the township for them; a committee named
/// with its place (`某某镇某某村村民委员会`) is the town's, by the place rule
/// before this one, and one named by its village alone stays unknown.
fn grassroots_committees(body: &str) -> bool {
    GRASSROOTS_COMMITTEES.iter().any(|c| body.strip_suffix(c).is_some_and(|stem| GRASSROOTS_STEMS.contains(&stem)))
}

/// Resolve a bare-prefix level against the issuer's places.
///
/// Rule for 直辖市: a bare 市 in a document issued by (a body within) a
/// municipality directly under the central government refers to that
/// municipality, so it is reported as [`LocalLevel::Province`] with the
/// municipality as jurisdiction — unless the issuer also names an ordinary
/// city. Otherwise the jurisdiction is the innermost issuer place of the same
/// level.
fn resolve_bare<'x>(level: LocalLevel, issuer_places: &[Place<'x>]) -> Classified<'x> {
    let mut level = level;
    if level == LocalLevel::City {
        let has_city = issuer_places.iter().any(|p| p.level == LocalLevel::City);
        let municipality = issuer_places.iter().any(|p| MUNICIPALITIES.contains(&p.name));
        if municipality && !has_city {
            level = LocalLevel::Province;
        }
    }
    let jurisdiction = issuer_places.iter().rev().find(|p| p.level == level).map(|p| p.name);
    Classified::Local { level, jurisdiction }
}

/// Classify a body name.
///
/// `issuer` is the document's issuing body if known (e.g. 上海市嘉定区人民政府)
/// and is used to infer the jurisdiction of a bare local name (区建设管理委 in a
/// 嘉定区 document → jurisdiction "嘉定区"; 市水务局 in a 上海市 document →
/// "上海市").
///
/// Rules, in order:
/// 1. a name known to the gazetteer ([`lookup`], also after removing a
///    trailing parenthetical such as `（国家标准委）`) → [`BodyClass::National`];
/// 2. collective markers — 有关/相关, 成员单位, 各级, 以上/以下, 省级/市级/县级/区级/乡级,
///    中央和国家机关, 等部门/等单位, a leading 地方, or a list joined by 、 — →
///    [`BodyClass::Collective`];
/// 3. a name containing 各: if 各 is followed by a sub-provincial level
///    (各市, 各区政府, 各县（市、区）, 各街镇, 各乡镇) → [`BodyClass::Local`] of that
///    level with no jurisdiction; otherwise (各省级人民政府, 各地区各部门,
///    国务院各部委) → [`BodyClass::Collective`];
/// 4. one or more place names at the start (上海市水务局, 上海市嘉定区人民政府,
///    中共上海市委) → [`BodyClass::Local`] at the level of the innermost place,
///    with that place as jurisdiction; 北京市/天津市/上海市/重庆市 are
///    province-level;
/// 5. a bare level prefix (市…, 区…, 县…, 镇…, 乡…, 街道…, 省…, 自治区…) →
///    [`BodyClass::Local`], jurisdiction taken from the issuer; a bare 市
///    in a 直辖市 document is province-level (see above);
/// 6. a generic plural noun phrase ending in 部门/单位/机构/机关, or the
///    committees of villages, residents or home owners as a class
///    (村民委员会, 社区居委会, 业主委员会) → [`BodyClass::Collective`];
/// 7. a unit or local branch of a national body → [`BodyClass::National`] of
///    that body (the name as written stays the agency's `name`): a known
///    national name followed by a unit's name ending in 中心/总部/分局/司/办公室…
///    (国家药监局医疗器械技术审评检查长三角分中心 → 国家药品监督管理局,
///    中国人民银行上海总部 → 中国人民银行; tried before rule 4), or a seat
///    followed by the branch ending of a vertically managed body (上海海关 →
///    海关总署, 上海金融监管局 → 国家金融监督管理总局; tried after rule 6);
/// 8. the 管委会 / 管理委员会 of a named zone (临港新片区管委会, 张江高新区管委会)
///    → [`BodyClass::Local`] at district level with the zone as jurisdiction
///    (such committees are agencies of the government that set the zone up,
///    usually of county rank or above);
/// 9. otherwise [`BodyClass::Unknown`].
#[must_use]
pub fn classify(name: &str, year: Option<u16>, issuer: Option<&str>) -> BodyClass {
    match classify_in(name, year, &Issuer::new(issuer)) {
        Classified::National(e) => BodyClass::National(e),
        Classified::Local { level, jurisdiction } => {
            BodyClass::Local { level, jurisdiction: jurisdiction.map(str::to_owned) }
        }
        Classified::Collective => BodyClass::Collective,
        Classified::Unknown => BodyClass::Unknown,
    }
}

/// [`BodyClass`] as [`classify_in`] gives it: the jurisdiction borrowed
/// from the name or the issuer's name, where it is written (the parse
/// copies it only when no agency can borrow it: `agency::Resolver`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Classified<'x> {
    National(&'static Entry),
    Local { level: LocalLevel, jurisdiction: Option<&'x str> },
    Collective,
    Unknown,
}

/// A document's issuer as [`classify_in`] reads it: the places its name
/// starts with, found once (at the first bare local name) for every name of
/// the document.
pub(crate) struct Issuer<'s> {
    name: &'s str,
    places: std::cell::OnceCell<Vec<Place<'s>>>,
}

impl<'s> Issuer<'s> {
    /// The issuer named `name`, if known.
    pub(crate) fn new(name: Option<&'s str>) -> Self {
        Issuer { name: name.unwrap_or(""), places: std::cell::OnceCell::new() }
    }

    fn places(&self) -> &[Place<'s>] {
        self.places.get_or_init(|| leading_places(strip_party_prefix(self.name.trim())).0)
    }
}

/// [`classify`] with the issuer read once for the document.
pub(crate) fn classify_in<'x>(name: &'x str, year: Option<u16>, issuer: &'x Issuer<'_>) -> Classified<'x> {
    let name = name.trim();
    if name.is_empty() {
        return Classified::Unknown;
    }
    if let Some(entry) = lookup(name, year) {
        return Classified::National(entry);
    }
    let core = strip_trailing_paren(name);
    if core != name && !core.is_empty() {
        if let Some(entry) = lookup(core, year) {
            return Classified::National(entry);
        }
    }
    if is_collective(name) {
        return Classified::Collective;
    }
    let body = strip_party_prefix(core);
    if let Some(pos) = body.find('各') {
        let rest = &body[pos + '各'.len_utf8()..];
        return match plural_local_level(rest) {
            Some(level) => Classified::Local { level, jurisdiction: None },
            None => Classified::Collective,
        };
    }
    if let Some(entry) = national_unit(body, year) {
        return Classified::National(entry);
    }
    // the innermost of the places the name starts with (walked, not
    // collected)
    let mut rest = body;
    let mut inner = None;
    while let Some((place, after)) = leading_place(rest) {
        inner = Some(place);
        rest = after;
    }
    if let Some(inner) = inner {
        return Classified::Local { level: inner.level, jurisdiction: Some(inner.name) };
    }
    if let Some(level) = bare_prefix_level(body) {
        return resolve_bare(level, issuer.places());
    }
    if ["部门", "单位", "机构", "机关"].iter().any(|s| body.ends_with(s)) || grassroots_committees(body) {
        return Classified::Collective;
    }
    if let Some(entry) = national_branch(body, year) {
        return Classified::National(entry);
    }
    if let Some(zone) = zone_of_committee(body) {
        return Classified::Local { level: LocalLevel::District, jurisdiction: Some(zone) };
    }
    Classified::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(name: &str, year: Option<u16>) -> &'static str {
        lookup(name, year).unwrap_or_else(|| panic!("{name} not found")).canonical
    }

    fn entry(canonical: &str) -> &'static Entry {
        let table: &'static Table = &TABLE;
        table.by_canonical(canonical).unwrap_or_else(|| panic!("{canonical} not found"))
    }

    fn local(level: LocalLevel, jurisdiction: Option<&str>) -> BodyClass {
        BodyClass::Local { level, jurisdiction: jurisdiction.map(str::to_owned) }
    }

    #[test]
    fn contains_any_agrees_with_substring_searches() {
        let names = [
            "市水务局",
            "各区政府",
            "有关部门",
            "国务院有关部门",
            "中央和国家机关",
            "市级机关",
            "成员单位",
            "以下单位",
            "相关方面",
            "等部门",
            "上海",
            "",
            "a",
            "é有关",
            "市住房城乡建设管理委",
            "区政府办公室",
            "有",
            "关有",
        ];
        type Search = fn(&str) -> bool;
        let sets: [(&[&str], Search); 2] = [
            (&COLLECTIVE_MARKERS, |s| contains_any(s, &COLLECTIVE_MARKERS, &COLLECTIVE_MARKER_FIRSTS)),
            (&STEM_STOPWORDS, |s| contains_any(s, &STEM_STOPWORDS, &STEM_STOPWORD_FIRSTS)),
        ];
        for n in names {
            // the name and every prefix of it
            for end in n.char_indices().map(|(i, _)| i).chain([n.len()]) {
                let p = &n[..end];
                for (words, found) in sets {
                    assert_eq!(found(p), words.iter().any(|w| p.contains(w)), "{p}");
                }
            }
        }
    }

    #[test]
    fn suffixes_by_first_character_are_the_table_in_its_order() {
        for c in PLACE_SUFFIX_STARTS {
            let expected: Vec<_> = PLACE_SUFFIXES.iter().filter(|(s, _)| s.starts_with(c)).copied().collect();
            assert_eq!(suffixes_starting(c), expected.as_slice(), "{c}");
        }
        assert!(suffixes_starting('部').is_empty());
    }

    #[test]
    fn place_suffix_starts_are_the_suffixes_first_characters() {
        let mut firsts: Vec<char> = PLACE_SUFFIXES.iter().filter_map(|(s, _)| s.chars().next()).collect();
        let mut listed = PLACE_SUFFIX_STARTS.to_vec();
        listed.sort_unstable();
        firsts.sort_unstable();
        firsts.dedup();
        assert_eq!(firsts, listed);
    }

    #[test]
    fn aliases_resolve_to_canonical() {
        let cases: &[(&str, Option<u16>, &str)] = &[
            ("发展改革委", None, "国家发展和改革委员会"),
            ("发改委", None, "国家发展和改革委员会"),
            ("国家发改委", None, "国家发展和改革委员会"),
            ("国家发展改革委", None, "国家发展和改革委员会"),
            ("人力资源社会保障部", None, "人力资源和社会保障部"),
            ("人社部", None, "人力资源和社会保障部"),
            ("卫生健康委", None, "国家卫生健康委员会"),
            ("国家卫健委", None, "国家卫生健康委员会"),
            ("国铁集团", None, "中国国家铁路集团有限公司"),
            ("开发银行", None, "国家开发银行"),
            ("国开行", None, "国家开发银行"),
            ("林草局", None, "国家林业和草原局"),
            ("国家林草局", None, "国家林业和草原局"),
            ("应急部", None, "应急管理部"),
            ("中央网信办", None, "中央网络安全和信息化委员会办公室"),
            ("网信办", None, "中央网络安全和信息化委员会办公室"),
            ("统计局", None, "国家统计局"),
            ("医保局", None, "国家医疗保障局"),
            ("能源局", None, "国家能源局"),
            ("文物局", None, "国家文物局"),
            ("乡村振兴局", Some(2022), "国家乡村振兴局"),
            ("住房城乡建设部", None, "住房和城乡建设部"),
            ("住建部", None, "住房和城乡建设部"),
            ("农业发展银行", None, "中国农业发展银行"),
            ("农发行", None, "中国农业发展银行"),
            ("人民银行", None, "中国人民银行"),
            ("央行", None, "中国人民银行"),
            ("人行", None, "中国人民银行"),
            ("国资委", None, "国务院国有资产监督管理委员会"),
            ("市场监管总局", None, "国家市场监督管理总局"),
            ("中央政法委", None, "中央政法委员会"),
            ("全国工商联", None, "中华全国工商业联合会"),
            ("工信部", None, "工业和信息化部"),
            ("中央农办", None, "中央农村工作领导小组办公室"),
            ("中共中央办公厅", None, "中央办公厅"),
            ("中宣部", None, "中央宣传部"),
            ("中央纪委国家监委", None, "中央纪律检查委员会"),
            ("国家监委", None, "国家监察委员会"),
            ("共青团中央", None, "中国共产主义青年团中央委员会"),
            ("全国妇联", None, "中华全国妇女联合会"),
            ("中国科协", None, "中国科学技术协会"),
            ("中国残联", None, "中国残疾人联合会"),
            ("全国总工会", None, "中华全国总工会"),
            ("进出口银行", None, "中国进出口银行"),
            ("国家电网", None, "国家电网有限公司"),
            ("金融监管总局", None, "国家金融监督管理总局"),
            ("证监会", None, "中国证券监督管理委员会"),
            ("药监局", None, "国家药品监督管理局"),
            ("疾控局", None, "国家疾病预防控制局"),
            ("数据局", None, "国家数据局"),
            ("消防救援局", None, "国家消防救援局"),
        ];
        for &(alias, year, expected) in cases {
            assert_eq!(canon(alias, year), expected, "alias {alias}");
        }
    }

    #[test]
    fn canonical_names_resolve_to_themselves() {
        for name in [
            "工业和信息化部",
            "自然资源部",
            "交通运输部",
            "水利部",
            "商务部",
            "民政部",
            "教育部",
            "财政部",
            "公安部",
            "生态环境部",
            "文化和旅游部",
            "农业农村部",
            "中央农村工作领导小组办公室",
            "国家知识产权局",
            "国家信访局",
            "国家中医药管理局",
            "国家移民管理局",
            "国家国防科技工业局",
            "国家烟草专卖局",
            "国家铁路局",
            "中国民用航空局",
            "国家邮政局",
            "国家外汇管理局",
            "国家粮食和物资储备局",
            "国家公务员局",
        ] {
            assert_eq!(canon(name, None), name);
            assert_eq!(canon(name, Some(2020)), name);
        }
    }

    #[test]
    fn lookup_trims_and_strips_state_prefix() {
        assert_eq!(canon("  发改委\u{3000}", None), "国家发展和改革委员会");
        assert_eq!(canon("中华人民共和国商务部", None), "商务部");
        assert_eq!(canon("中华人民共和国生态环境部", None), "生态环境部");
        assert!(lookup("不存在的机构", None).is_none());
        assert!(lookup("", None).is_none());
    }

    #[test]
    fn state_council_2023_is_complete() {
        let expected: &[(Category, usize)] = &[
            (Category::ComponentDepartment, 26),
            (Category::SpecialAgency, 1),
            (Category::DirectAgency, 14),
            (Category::AdministrativeOffice, 1),
            (Category::PublicInstitution, 7),
        ];
        for &(category, count) in expected {
            let current: Vec<_> =
                entries().iter().filter(|e| e.category == category && e.exists_in(2024)).map(|e| e.canonical).collect();
            assert_eq!(current.len(), count, "{category:?}: {current:?}");
        }
        let bureaus = entries().iter().filter(|e| e.category == Category::NationalBureau && e.exists_in(2024)).count();
        assert_eq!(bureaus, 17);
    }

    #[test]
    fn predecessor_successor_pairs() {
        let cases: &[(&str, Option<u16>, &str)] = &[
            ("国土资源部", Some(2020), "自然资源部"),
            ("国家卫生和计划生育委员会", Some(2019), "国家卫生健康委员会"),
            ("国家乡村振兴局", Some(2024), "农业农村部"),
            ("农业部", Some(2019), "农业农村部"),
            ("农业部", Some(2010), "农业部"),
            ("农业部", None, "农业农村部"),
            ("卫生部", Some(2015), "国家卫生和计划生育委员会"),
            ("卫生部", Some(2020), "国家卫生健康委员会"),
            ("卫生部", None, "国家卫生健康委员会"),
            ("国务院扶贫开发领导小组办公室", Some(2022), "国家乡村振兴局"),
            ("国务院扶贫开发领导小组办公室", Some(2024), "农业农村部"),
            ("环境保护部", Some(2020), "生态环境部"),
            ("国家环境保护总局", None, "生态环境部"),
            ("文化部", Some(2019), "文化和旅游部"),
            ("国家旅游局", Some(2019), "文化和旅游部"),
            ("国家林业局", None, "国家林业和草原局"),
            ("国家安全生产监督管理总局", None, "应急管理部"),
            ("国家工商行政管理总局", None, "国家市场监督管理总局"),
            ("国家质量监督检验检疫总局", None, "国家市场监督管理总局"),
            ("国家食品药品监督管理总局", None, "国家市场监督管理总局"),
            ("监察部", None, "国家监察委员会"),
            ("国家预防腐败局", None, "国家监察委员会"),
            ("中国银行业监督管理委员会", Some(2020), "中国银行保险监督管理委员会"),
            ("中国银行业监督管理委员会", Some(2024), "国家金融监督管理总局"),
            ("中国保险监督管理委员会", None, "国家金融监督管理总局"),
            ("中国银行保险监督管理委员会", Some(2024), "国家金融监督管理总局"),
            ("铁道部", Some(2020), "国家铁路局"),
            ("中国铁路总公司", Some(2020), "中国国家铁路集团有限公司"),
            ("国家新闻出版广播电影电视总局", None, "国家广播电视总局"),
            ("新闻出版总署", Some(2015), "国家新闻出版广播电影电视总局"),
            ("国家煤矿安全监察局", None, "国家矿山安全监察局"),
            ("国务院港澳事务办公室", None, "中央港澳工作办公室"),
            ("国家外国专家局", Some(2020), "科学技术部"),
            ("国家行政学院", None, "中央党校"),
            ("人事部", None, "人力资源和社会保障部"),
            ("信息产业部", None, "工业和信息化部"),
            ("建设部", None, "住房和城乡建设部"),
            ("交通部", None, "交通运输部"),
            ("中国民用航空总局", None, "中国民用航空局"),
            ("国务院法制办公室", None, "司法部"),
            ("国家电力监管委员会", None, "国家能源局"),
            // Backwards: a body looked up in a year before it existed.
            ("农业农村部", Some(2010), "农业部"),
            ("国家卫生健康委员会", Some(2015), "国家卫生和计划生育委员会"),
            ("国家卫生健康委员会", Some(2010), "卫生部"),
            ("自然资源部", Some(2012), "国土资源部"),
            // Existing bodies are returned unchanged.
            ("自然资源部", None, "自然资源部"),
            ("国家统计局", Some(1990), "国家统计局"),
        ];
        for &(from, year, expected) in cases {
            assert_eq!(current(entry(from), year).canonical, expected, "current({from}, {year:?})");
        }
    }

    #[test]
    fn offices_merged_into_ndrc() {
        // named in a 2004 reply letter (国办函〔2004〕71号)
        assert_eq!(canon("西部开发办", Some(2004)), "国务院西部地区开发领导小组办公室");
        assert_eq!(canon("振兴东北办", Some(2004)), "国务院振兴东北地区等老工业基地领导小组办公室");
        for name in ["西部开发办", "振兴东北办", "国家计委"] {
            assert_eq!(current(lookup(name, Some(2004)).unwrap(), None).canonical, "国家发展和改革委员会", "{name}");
        }
        // backwards, the main predecessor is the one listed first
        assert_eq!(current(entry("国家发展和改革委员会"), Some(2001)).canonical, "国家发展计划委员会");
    }

    #[test]
    fn local_levels_serialise_lowercase() {
        for level in [LocalLevel::Province, LocalLevel::City, LocalLevel::District, LocalLevel::Township] {
            assert_eq!(serde_json::to_value(level).unwrap(), level.as_str());
        }
    }

    #[test]
    fn date_dependent_lookups() {
        assert_eq!(canon("银保监会", Some(2019)), "中国银行保险监督管理委员会");
        assert_eq!(canon("金融监管总局", Some(2024)), "国家金融监督管理总局");
        let cbirc = lookup("银保监会", Some(2024)).unwrap();
        assert_eq!(current(cbirc, Some(2024)).canonical, "国家金融监督管理总局");
        assert_eq!(canon("卫生计生委", Some(2015)), "国家卫生和计划生育委员会");
        assert_eq!(canon("卫生健康委", Some(2019)), "国家卫生健康委员会");

        // One name, different bodies over time.
        assert_eq!(canon("广电总局", Some(2010)), "国家广播电影电视总局");
        assert_eq!(canon("广电总局", Some(2020)), "国家广播电视总局");
        assert_eq!(canon("广电总局", None), "国家广播电视总局");
        assert_eq!(canon("中央网信办", Some(2016)), "中央网络安全和信息化领导小组办公室");
        assert_eq!(canon("中央网信办", Some(2020)), "中央网络安全和信息化委员会办公室");
        assert_eq!(canon("中央财办", Some(2015)), "中央财经领导小组办公室");
        assert_eq!(canon("中央财办", None), "中央财经委员会办公室");
        assert_eq!(canon("中央改革办", Some(2016)), "中央全面深化改革领导小组办公室");
        assert_eq!(canon("国务院港澳办", Some(2020)), "国务院港澳事务办公室");
        assert_eq!(canon("国务院港澳办", Some(2024)), "中央港澳工作办公室");
        assert_eq!(canon("国务院港澳事务办公室", Some(2024)), "中央港澳工作办公室");
        assert_eq!(canon("国务院港澳事务办公室", Some(2015)), "国务院港澳事务办公室");
        // Reform year: both exist; the newer body wins.
        assert_eq!(canon("中央网信办", Some(2018)), "中央网络安全和信息化委员会办公室");
        // A year outside every range picks the closest body.
        assert_eq!(canon("中央网信办", Some(2012)), "中央网络安全和信息化领导小组办公室");
    }

    #[test]
    fn defunct_names_still_resolve() {
        for (alias, expected) in [
            ("质检总局", "国家质量监督检验检疫总局"),
            ("农业部", "农业部"),
            ("扶贫办", "国务院扶贫开发领导小组办公室"),
            ("安监总局", "国家安全生产监督管理总局"),
            ("食药监总局", "国家食品药品监督管理总局"),
            ("环保部", "环境保护部"),
            ("铁总", "中国铁路总公司"),
            ("国家标准委", "国家标准化管理委员会"),
        ] {
            let e = lookup(alias, Some(2024)).unwrap();
            assert_eq!(e.canonical, expected);
            assert!(!e.is_current());
        }
    }

    #[test]
    fn notes_and_categories() {
        assert_eq!(Category::ComponentDepartment.as_str(), "component-department");
        assert_eq!(Category::PeopleOrganisation.as_str(), "people-organisation");
        for c in Category::ALL {
            assert_eq!(Category::from_label(c.label_zh()), Some(c));
            assert_eq!(Category::from_label(c.as_str()), Some(c));
        }
        assert_eq!(Category::from_label("部门"), None);
        assert!(entry("国家乡村振兴局").note().unwrap().contains("农业农村部"));
        assert_eq!(entry("外交部").note(), None);
        assert_eq!(entry("国家开发银行").category, Category::FinancialInstitution);
        assert_eq!(entry("中央政法委员会").category, Category::PartyBody);
        // military headquarters named beside ministries in national plans
        for (name, canonical) in [
            ("总参作战部", "中国人民解放军总参谋部作战部"),
            ("总后基建营房部", "中国人民解放军总后勤部基建营房部"),
            ("武警总部", "中国人民武装警察部队总部"),
        ] {
            assert_eq!(lookup(name, Some(2014)).map(|e| e.canonical), Some(canonical), "{name}");
        }
    }

    /// Half-open overlap: a body ending in year Y and one starting in Y do not overlap.
    fn overlaps(a: &Entry, b: &Entry) -> bool {
        let a_from = a.from.map_or(i32::MIN, i32::from);
        let b_from = b.from.map_or(i32::MIN, i32::from);
        let a_to = a.to.map_or(i32::MAX, i32::from);
        let b_to = b.to.map_or(i32::MAX, i32::from);
        a_from < b_to && b_from < a_to
    }

    #[test]
    fn data_file_is_well_formed() {
        let table: &Table = &TABLE;
        assert!(table.errors.is_empty(), "{:#?}", table.errors);

        // Every non-comment row after the header has exactly 9 columns.
        let mut lines = DATA.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        let header = lines.next().unwrap();
        assert_eq!(header, "canonical\tshort\taliases\tcategory\tfrom\tto\tpredecessors\tsuccessors\tnote");
        let rows: Vec<&str> = lines.collect();
        for row in &rows {
            assert_eq!(row.split('\t').count(), 9, "bad row {row:?}");
            let category = row.split('\t').nth(3).unwrap();
            assert!(Category::from_label(category).is_some(), "{row:?}");
        }
        assert_eq!(rows.len(), entries().len());
        assert!(entries().len() >= 80);

        let mut canonicals = HashSet::new();
        for e in entries() {
            assert!(canonicals.insert(e.canonical), "duplicate {}", e.canonical);
            if let (Some(f), Some(t)) = (e.from, e.to) {
                assert!(f <= t, "{}", e.canonical);
            }
            for n in e.names() {
                assert_eq!(n.trim(), n, "untrimmed name in {}", e.canonical);
                assert!(!n.contains(['|', '\t']), "{}", e.canonical);
            }
        }
        for e in entries() {
            for p in e.predecessors.iter().chain(&e.successors) {
                assert!(canonicals.contains(p), "{} links to unknown {p}", e.canonical);
                assert_ne!(*p, e.canonical);
            }
            // Links are symmetric.
            for p in &e.predecessors {
                let pe = table.by_canonical(p).unwrap();
                assert!(pe.successors.contains(&e.canonical), "{p} should list {} as successor", e.canonical);
            }
            for s in &e.successors {
                let se = table.by_canonical(s).unwrap();
                assert!(se.predecessors.contains(&e.canonical), "{s} should list {} as predecessor", e.canonical);
            }
            // A body with successors has ended.
            if !e.successors.is_empty() {
                assert!(e.to.is_some(), "{} has successors but no end", e.canonical);
            }
        }
    }

    #[test]
    fn no_alias_is_ambiguous() {
        let table: &Table = &TABLE;
        for (name, ids) in &table.index {
            let ids: Vec<u16> = ids.iter().collect();
            for (k, &a) in ids.iter().enumerate() {
                for &b in &ids[k + 1..] {
                    let (ea, eb) = (&table.entries[a as usize], &table.entries[b as usize]);
                    assert!(
                        !overlaps(ea, eb),
                        "{name} names both {} and {} at the same time",
                        ea.canonical,
                        eb.canonical
                    );
                }
            }
        }
    }

    #[test]
    fn every_name_round_trips() {
        // Each entry is found by each of its names in a year it existed.
        for e in entries() {
            let year = e.from.or(e.to.map(|t| t - 1)).unwrap_or(2024);
            for n in e.names() {
                assert_eq!(lookup(n, Some(year)), Some(e), "{n} in {year}");
            }
        }
    }

    #[test]
    fn classify_national() {
        assert_eq!(classify("发改委", None, None), BodyClass::National(entry("国家发展和改革委员会")));
        assert_eq!(
            classify("市场监管总局（国家标准委）", Some(2020), None),
            BodyClass::National(entry("国家市场监督管理总局"))
        );
        assert_eq!(
            classify("统计局", Some(2021), Some("上海市嘉定区人民政府")),
            BodyClass::National(entry("国家统计局"))
        );
        match classify("卫生计生委", Some(2015), None) {
            BodyClass::National(e) => assert_eq!(e.canonical, "国家卫生和计划生育委员会"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn classify_collectives() {
        for name in [
            "各省级有关部门",
            "国务院有关部门",
            "各有关部门",
            "各地区各部门",
            "有关部门",
            "有关单位",
            "中央和国家机关有关部门",
            "各省级人民政府",
            "省级人民政府",
            "地方各级人民政府",
            "县级以上地方人民政府",
            "各省（区、市）人民政府",
            "国务院各部委",
            "领导小组成员单位",
            "省级人民政府、国务院有关部门",
            "地方人民政府",
            "行业主管部门",
            "各单位",
        ] {
            assert_eq!(classify(name, None, None), BodyClass::Collective, "{name}");
        }
    }

    /// The committees of villages, residents and home owners as a class
    /// are collective; one named by its village alone is unknown, one
    /// under its town's name the town's.
    #[test]
    fn classify_grassroots_committees() {
        for name in [
            "村民委员会",
            "居民委员会",
            "业主委员会",
            "村委会",
            "居委会",
            "业委会",
            "社区居委会",
            "社区居民委员会",
            "小区业主委员会",
            "村（居）民委员会",
            "各村民委员会",
        ] {
            assert_eq!(classify(name, None, Some("上海市闵行区古美路街道办事处")), BodyClass::Collective, "{name}");
        }
        assert_eq!(classify("青山村村民委员会", None, None), BodyClass::Unknown);
        assert_eq!(classify("居委会专兼职消防工作人员", None, None), BodyClass::Unknown);
        assert_eq!(classify("某某镇青山村村民委员会", None, None), local(LocalLevel::Township, Some("某某镇")));
    }

    #[test]
    fn classify_plural_local() {
        let shanghai = Some("上海市人民政府");
        assert_eq!(classify("各区政府", None, shanghai), local(LocalLevel::District, None));
        assert_eq!(classify("各区人民政府", None, None), local(LocalLevel::District, None));
        assert_eq!(classify("各街镇", None, Some("上海市嘉定区人民政府")), local(LocalLevel::Township, None));
        assert_eq!(classify("各镇（街道）", None, None), local(LocalLevel::Township, None));
        assert_eq!(classify("街镇（园区）", None, None), local(LocalLevel::Township, None));
        assert_eq!(classify("各乡镇人民政府", None, None), local(LocalLevel::Township, None));
        assert_eq!(classify("各县（市、区）人民政府", None, None), local(LocalLevel::District, None));
        assert_eq!(classify("各市人民政府", None, Some("江苏省人民政府")), local(LocalLevel::City, None));
        assert_eq!(classify("上海市各区人民政府", None, None), local(LocalLevel::District, None));
    }

    #[test]
    fn classify_explicit_places() {
        assert_eq!(classify("上海市水务局", None, None), local(LocalLevel::Province, Some("上海市")));
        assert_eq!(classify("北京市城市管理委员会", None, None), local(LocalLevel::Province, Some("北京市")));
        assert_eq!(classify("上海市住房和城乡建设管理委员会", None, None), local(LocalLevel::Province, Some("上海市")));
        assert_eq!(classify("上海市绿化和市容管理局", None, None), local(LocalLevel::Province, Some("上海市")));
        assert_eq!(classify("上海市嘉定区人民政府", None, None), local(LocalLevel::District, Some("嘉定区")));
        assert_eq!(classify("嘉定区建设和管理委员会", None, None), local(LocalLevel::District, Some("嘉定区")));
        assert_eq!(classify("北京市朝阳区市场监督管理局", None, None), local(LocalLevel::District, Some("朝阳区")));
        assert_eq!(classify("浦东新区人民政府", None, None), local(LocalLevel::District, Some("浦东新区")));
        assert_eq!(classify("江苏省发展和改革委员会", None, None), local(LocalLevel::Province, Some("江苏省")));
        assert_eq!(classify("广西壮族自治区人民政府", None, None), local(LocalLevel::Province, Some("广西壮族自治区")));
        assert_eq!(classify("内蒙古自治区", None, None), local(LocalLevel::Province, Some("内蒙古自治区")));
        assert_eq!(classify("广州市人民政府", None, None), local(LocalLevel::City, Some("广州市")));
        assert_eq!(classify("杭州市西湖区教育局", None, None), local(LocalLevel::District, Some("西湖区")));
        assert_eq!(classify("江苏省苏州市", None, None), local(LocalLevel::City, Some("苏州市")));
        assert_eq!(classify("沛县人民政府", None, None), local(LocalLevel::District, Some("沛县")));
        assert_eq!(classify("延边朝鲜族自治州人民政府", None, None), local(LocalLevel::City, Some("延边朝鲜族自治州")));
        assert_eq!(classify("嘉定区安亭镇人民政府", None, None), local(LocalLevel::Township, Some("安亭镇")));
        assert_eq!(classify("海淀区中关村街道办事处", None, None), local(LocalLevel::Township, Some("中关村街道")));
        assert_eq!(classify("中共上海市委宣传部", None, None), local(LocalLevel::Province, Some("上海市")));
        assert_eq!(classify("重庆市人民政府", None, None), local(LocalLevel::Province, Some("重庆市")));
    }

    #[test]
    fn classify_bare_prefixes_with_issuer() {
        let jiading = Some("上海市嘉定区人民政府");
        let shanghai = Some("上海市人民政府");
        let suzhou = Some("江苏省苏州市人民政府");
        assert_eq!(classify("区建设管理委", None, jiading), local(LocalLevel::District, Some("嘉定区")));
        assert_eq!(classify("区市场监管局", None, jiading), local(LocalLevel::District, Some("嘉定区")));
        // 直辖市 rule: a bare 市 in a municipality document is province-level.
        assert_eq!(classify("市水务局", None, shanghai), local(LocalLevel::Province, Some("上海市")));
        assert_eq!(classify("市水务局", None, jiading), local(LocalLevel::Province, Some("上海市")));
        assert_eq!(
            classify("市住房城乡建设委", None, Some("中共上海市委")),
            local(LocalLevel::Province, Some("上海市"))
        );
        assert_eq!(classify("市水务局", None, suzhou), local(LocalLevel::City, Some("苏州市")));
        assert_eq!(classify("市水务局", None, None), local(LocalLevel::City, None));
        assert_eq!(classify("市绿化市容局", None, None), local(LocalLevel::City, None));
        assert_eq!(classify("区建设管理委", None, shanghai), local(LocalLevel::District, None));
        assert_eq!(classify("县政府", None, Some("沛县人民政府")), local(LocalLevel::District, Some("沛县")));
        assert_eq!(
            classify("镇政府", None, Some("上海市嘉定区安亭镇人民政府")),
            local(LocalLevel::Township, Some("安亭镇"))
        );
        assert_eq!(classify("街道办事处", None, None), local(LocalLevel::Township, None));
        assert_eq!(classify("乡人民政府", None, None), local(LocalLevel::Township, None));
        assert_eq!(
            classify("省发展改革委", None, Some("江苏省人民政府办公厅")),
            local(LocalLevel::Province, Some("江苏省"))
        );
        assert_eq!(classify("自治区人民政府", None, None), local(LocalLevel::Province, None));
    }

    #[test]
    fn classify_unknown() {
        assert_eq!(classify("", None, None), BodyClass::Unknown);
        assert_eq!(classify("   ", None, None), BodyClass::Unknown);
        assert_eq!(classify("市场监管局", None, None), BodyClass::Unknown);
        assert_eq!(classify("某某研究会", None, None), BodyClass::Unknown);
        assert_eq!(classify("城市管理局", None, None), BodyClass::Unknown);
        assert_eq!(classify("住房和城乡建设委员会", None, None), BodyClass::Unknown);
    }

    #[test]
    fn units_and_branches_of_national_bodies() {
        let national = |name: &str| match classify(name, Some(2025), None) {
            BodyClass::National(e) => e.canonical,
            other => panic!("{name}: {other:?}"),
        };
        // a unit named after its body, whatever alias the body goes by
        assert_eq!(national("国家药监局医疗器械技术审评检查长三角分中心"), "国家药品监督管理局");
        assert_eq!(national("国家药品监督管理局医疗器械技术审评检查大湾区分中心"), "国家药品监督管理局");
        assert_eq!(national("中国人民银行上海总部"), "中国人民银行");
        assert_eq!(national("财政部驻某省监管局"), "财政部");
        assert_eq!(national("商务部外贸发展事务局"), "商务部");
        // a branch named by its seat
        assert_eq!(national("上海海关"), "海关总署");
        assert_eq!(national("黄埔海关"), "海关总署");
        assert_eq!(national("上海金融监管局"), "国家金融监督管理总局");
        assert_eq!(national("深圳证监局"), "中国证券监督管理委员会");
        // two bodies joined, not a unit; a seat too long, or a local body
        assert_eq!(classify("财政部和某某局", Some(2025), None), BodyClass::Unknown);
        assert_eq!(classify("国家发展改革委及某某管理局", Some(2025), None), BodyClass::Unknown);
        assert_eq!(classify("某某某某某某某海关", Some(2025), None), BodyClass::Unknown);
        assert_eq!(classify("海关", Some(2025), None), BodyClass::Unknown);
        assert_eq!(classify("上海市地方金融监管局", Some(2025), None), local(LocalLevel::Province, Some("上海市")));
        assert_eq!(classify("地方金融监管局", Some(2025), None), BodyClass::Collective);
        // a national name followed by no unit's ending
        assert_eq!(classify("财政部门户网站", Some(2025), None), BodyClass::Unknown);
    }

    #[test]
    fn zone_committees_are_local() {
        assert_eq!(classify("临港新片区管委会", None, None), local(LocalLevel::District, Some("临港新片区")));
        assert_eq!(classify("张江高新区管委会", None, None), local(LocalLevel::District, Some("张江高新区")));
        assert_eq!(
            classify("某某经济技术开发区管理委员会", None, None),
            local(LocalLevel::District, Some("某某经济技术开发区"))
        );
        assert_eq!(classify("某某产业园管委会", None, None), local(LocalLevel::District, Some("某某产业园")));
        // a place's committee stays the place's
        assert_eq!(classify("上海市临港新片区管委会", None, None), local(LocalLevel::Province, Some("上海市")));
        // no zone named
        for name in ["管委会", "园区管委会", "片区管委会", "管理委员会", "某某中心管委会"] {
            assert_eq!(classify(name, None, None), BodyClass::Unknown, "{name}");
        }
    }

    #[test]
    fn districts_ending_in_shan_qu_are_places() {
        assert_eq!(classify("金山区政府", None, None), local(LocalLevel::District, Some("金山区")));
        assert_eq!(classify("宝山区人民政府", None, None), local(LocalLevel::District, Some("宝山区")));
        assert_eq!(classify("上海市金山区人民政府", None, None), local(LocalLevel::District, Some("金山区")));
    }

    #[test]
    fn pilot_places_are_collective() {
        for name in ["试点城市政府", "各试点城市人民政府", "试点地区政府", "试点省份人民政府", "试点县政府"]
        {
            assert_eq!(classify(name, None, None), BodyClass::Collective, "{name}");
        }
        // a purchasing centre of a government is no government, nor a pilot
        assert_eq!(classify("政府采购中心", None, None), BodyClass::Unknown);
        assert_eq!(classify("试点工作办公室", None, None), BodyClass::Unknown);
    }

    #[test]
    fn new_national_rows_resolve() {
        assert_eq!(canon("北京冬奥组委", Some(2018)), "北京2022年冬奥会和冬残奥会组织委员会");
        assert_eq!(canon("空管委办公室", Some(2018)), "国务院、中央军委空中交通管制委员会办公室");
        assert_eq!(canon("铁路局", Some(2018)), "国家铁路局");
        assert_eq!(canon("国务院职能转变协调办", Some(2020)), "国务院推进政府职能转变和“放管服”改革协调小组办公室");
        assert_eq!(canon("国务院职能转变协调办", Some(2015)), "国务院推进职能转变协调小组办公室");
        // a railway bureau with a place is local
        assert_eq!(classify("上海市铁路局", None, None), local(LocalLevel::Province, Some("上海市")));
    }
}
