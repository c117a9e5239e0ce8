//! A small model of a policy document that `arbitrary` fills in and that
//! renders to policy-like text: a metadata block, a covering notice, a title,
//! numbered blocks with run-in titles and responsibility clauses, 附件, a
//! 版记 — every piece optionally dirtied with scrape residue, odd brackets,
//! odd indentation and line endings.

use arbitrary::Arbitrary;
use std::fmt::Write;

/// A whole document.
#[derive(Arbitrary, Debug)]
pub struct Doc {
    bom: bool,
    eol: Eol,
    meta: Vec<MetaLine>,
    notice: Option<Frame>,
    title: Option<Line>,
    body: Vec<Line>,
    attachments: Vec<AttachPart>,
    colophon: Vec<Line>,
    /// Free lines at the very end (any kind).
    trailer: Vec<Line>,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Eol {
    Lf,
    CrLf,
    Cr,
    /// Per line, from a bit of the line index.
    Mixed(u8),
}

/// The covering notice: title, 发文字号, 主送, body, 署名, 日期, 附注.
#[derive(Arbitrary, Debug)]
struct Frame {
    title: Option<TitleLit>,
    number: Option<DocNo>,
    addressees: Vec<Vec<Agency>>,
    addressee_colon: Colon,
    body: Vec<Line>,
    issuers: Vec<Agency>,
    date: Option<DateLit>,
    note: Option<Note>,
}

#[derive(Arbitrary, Debug)]
struct MetaLine {
    pairs: Vec<(MetaKey, Vec<Seg>)>,
    /// Key on one line, value on the next.
    split: bool,
    colon: Colon,
}

#[derive(Arbitrary, Debug)]
enum MetaKey {
    Index,
    Topic,
    Issuer,
    Date,
    Title,
    Number,
    Published,
    Other(u8),
}

#[derive(Arbitrary, Debug)]
struct AttachPart {
    entry: AttachEntry,
    body: Vec<Line>,
}

#[derive(Arbitrary, Debug)]
enum AttachEntry {
    /// 附件：1. TITLE (and further numbered lines).
    List(Vec<TitleLit>),
    /// 附件N：TITLE
    Numbered(u8, TitleLit),
    /// 附件 / 附件N alone on its line, the title on the next.
    Label(Option<u8>, Option<TitleLit>),
}

/// One line of text.
#[derive(Arbitrary, Debug)]
struct Line {
    indent: Indent,
    kind: LineKind,
    /// Residue inserted at character positions of the rendered line.
    inject: Vec<(u8, Residue)>,
    /// Blank lines after it (0..=2, some with white space).
    blank: u8,
}

#[derive(Arbitrary, Debug)]
enum LineKind {
    Heading {
        marker: MarkerLit,
        run_in: Option<Vec<Seg>>,
        text: Vec<Seg>,
    },
    Text(Vec<Seg>),
    Addressee(Vec<Vec<Agency>>, Colon),
    DocNumber(DocNo),
    Issuer(Agency),
    Date(DateLit),
    Title(TitleLit),
    Attachment(AttachEntry),
    Note(Note),
    Cc(Vec<Agency>),
    Printed(Agency, DateLit),
    Meta(MetaKey, Vec<Seg>),
    Raw(String),
    /// A whole well-numbered tree of blocks in one go.
    Outline(Outline),
}

/// Nested numbered blocks, numbered 1, 2, 3… at each level: the styles from
/// the top level down, how many blocks each level holds, what each says.
#[derive(Arbitrary, Debug)]
struct Outline {
    styles: Vec<MarkerStyle>,
    fanout: Vec<u8>,
    cn: CnStyle,
    run_in: Vec<u8>,
    text: Vec<Seg>,
    clause: Option<Clause>,
    /// Start numbering here instead of at 1 (gaps, duplicates).
    skew: u8,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Indent {
    None,
    Spaces(u8),
    Ideographic(u8),
    Tab,
    Mixed,
    Nbsp,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Colon {
    Full,
    Half,
    None,
}

/// A numbering marker.
#[derive(Arbitrary, Debug)]
struct MarkerLit {
    style: MarkerStyle,
    n: Num,
    cn: CnStyle,
    /// White space between the marker and the text.
    space: bool,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum MarkerStyle {
    Section,
    SubsectionFw,
    SubsectionHw,
    SubsectionMixed,
    ItemDot,
    ItemFwDot,
    ItemDunhao,
    ItemFwDigits,
    SubitemFw,
    SubitemHw,
    Circled,
    Part,
    Chapter,
    Division,
    Article,
    ArticleArabic,
    Action,
    ActionCn,
    Task,
    DashTask,
    HyphenTask,
}

/// A number: mostly small, sometimes anything.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Num {
    Small(u8),
    Any(u16),
    Huge(u32),
    Zero,
}

impl Num {
    fn value(self) -> u32 {
        match self {
            Num::Small(n) => u32::from(n % 24) + 1,
            Num::Any(n) => u32::from(n),
            Num::Huge(n) => n,
            Num::Zero => 0,
        }
    }
}

/// How a Chinese numeral is written.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum CnStyle {
    Standard,
    /// 一十一 rather than 十一.
    LeadingOne,
    /// 两 for a leading 2.
    Liang,
    /// 二〇二二.
    Positional,
    /// Digits with 零 / ○.
    OddZero,
    /// A malformed run such as 十十 or 二二十.
    Malformed(u8),
}

/// A responsibility clause.
#[derive(Arbitrary, Debug)]
struct Clause {
    fw: bool,
    form: ClauseForm,
    /// Drop the closing bracket.
    unclosed: bool,
}

#[derive(Arbitrary, Debug)]
enum ClauseForm {
    /// （公安部、发展改革委等负责）, (中央农办牵头,农业部等参与)
    Suffix { groups: Vec<(Vec<Agency>, RoleWord, Tail)>, fw_comma: bool, tail: Option<Vec<Seg>> },
    /// （责任单位：市水务局，各区政府） （牵头单位：A；配合单位：B、C）
    Labelled { groups: Vec<(Label, Vec<Agency>, bool)>, colon: Colon, fw_semi: bool },
    /// 以下任务均需各省级有关部门落实,不再列出
    Standing { lead: Option<(Vec<Agency>, RoleWord)>, who: Agency, variant: u8 },
    /// （2022年底前完成） and other non-clauses in brackets.
    Other(Vec<Seg>),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum RoleWord {
    Fuze,
    Qiantou,
    Canyu,
    Peihe,
    Xiezhu,
    AnZhize,
    Fenbie,
    Gongtong,
    FuzeLuoshi,
    QiantouFuze,
    None,
}

/// The 等 tail after a list of bodies: 等 / 等部门 / 等有关部门.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Tail {
    None,
    Deng,
    DengBumen,
    DengYouguan,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Label {
    Lead,
    LeadDept,
    Responsible,
    ResponsibleDept,
    Support,
    SupportDept,
    Participate,
    Other(u8),
}

/// A body.
#[derive(Arbitrary, Debug)]
enum Agency {
    Known(u8),
    /// With 由 in front.
    You(u8),
    /// With residue inside: 发展改革@@委
    Dirty(u8, u8),
    Custom(Vec<u8>),
}

/// A piece of running text.
#[derive(Arbitrary, Debug)]
enum Seg {
    Cjk(Vec<u8>),
    Punct(u8),
    Clause(Clause),
    Book {
        words: Vec<u8>,
        years: Option<(u16, u16, bool)>,
        unclosed: bool,
    },
    Unclosed(u8),
    Residue(Residue),
    Number(NumLit),
    Latin(u8),
    Agency(Agency),
    Space(u8),
    Date(DateLit),
    /// A marker in the middle of the text (after a hard wrap it starts a line).
    Marker(MarkerLit),
    /// A hard wrap inside the paragraph.
    Wrap,
    Char(char),
    Quote(Vec<u8>),
}

#[derive(Arbitrary, Debug)]
enum NumLit {
    Digits(u32),
    FwDigits(u16),
    Decimal(u16, u8),
    Percent(u8, bool),
    Cn(u16, CnStyle),
    Year(u16),
}

/// Scrape residue.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Residue {
    At(u8),
    Stars,
    Hash,
    Br,
    BrSlash,
    P,
    PClose,
    Comment(u8),
    Nbsp,
    Amp,
    NumEntity(u16),
    HexEntity(u16),
    BadEntity,
    Space,
    Ideographic,
    NbspChar,
    ZeroWidth,
    Tab,
    Bom,
    Lt,
}

#[derive(Arbitrary, Debug)]
struct DocNo {
    code: u8,
    bracket: u8,
    year: u16,
    number: u16,
    /// 令 form: 中华人民共和国国务院令第656号
    ling: bool,
}

#[derive(Arbitrary, Debug)]
struct DateLit {
    style: DateStyle,
    year: u16,
    month: u8,
    day: u8,
    suffix: u8,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum DateStyle {
    Arabic,
    Padded,
    Cn,
    Fullwidth,
    Spaced,
    Wild,
}

#[derive(Arbitrary, Debug)]
struct TitleLit {
    kind: u8,
    words: Vec<u8>,
    book: Option<Vec<u8>>,
}

#[derive(Arbitrary, Debug)]
enum Note {
    Public(bool),
    Contact(u32),
    Other(Vec<Seg>),
}

const CJK: &[char] = &[
    '推', '进', '城', '镇', '化', '建', '设', '管', '理', '服', '务', '发', '展', '改', '革', '委', '市', '区', '县',
    '政', '府', '工', '作', '计', '划', '实', '施', '方', '案', '体', '制', '机', '制', '度', '加', '强', '完', '善',
    '规', '范', '健', '全', '落', '实', '责', '任', '部', '门', '单', '位', '通', '知', '关', '于', '印', '行', '动',
    '任', '第', '章', '条', '节', '编', '一', '二', '十', '附', '件', '等', '牵', '头', '配', '合', '以', '下', '均',
    '需', '不', '再', '列', '出', '年', '月', '日', '号', '抄', '送', '索', '引', '标', '题', '此', '公', '开', '布',
];

const PUNCT: &[&str] = &[
    "，", "。", "；", "：", "、", "（", "）", "(", ")", "《", "》", "“", "”", ",", ".", ";", ":", "！", "？", "—",
    "——", "…", "〔", "〕", "[", "]", "【", "】", "-", "/", "%", "　", "．",
];

const AGENCIES: &[&str] = &[
    "公安部",
    "发展改革委",
    "各省级有关部门",
    "中央农办",
    "农业部",
    "市水务局",
    "各区政府",
    "市住房城乡建设管理委",
    "教育部",
    "财政部",
    "住房和城乡建设部",
    "人民银行",
    "国家发展改革委",
    "国务院办公厅",
    "市规划资源局",
    "区政府",
    "各省、自治区、直辖市人民政府",
    "国务院各部委",
    "各直属机构",
    "新疆生产建设兵团",
    "市委宣传部",
    "区发展改革委",
    "国铁集团",
    "中国人民银行",
    "自然资源部",
    "生态环境部",
    "卫生健康委",
    "各有关部门",
    "各街道办事处、镇政府",
    "国务院",
];

const ISSUER_CODES: &[&str] =
    &["国办发", "国办函", "沪府办发", "发改规划", "嘉府发", "国发", "静府办发", "杨府发", "崇府办"];

const BRACKETS: &[(&str, &str)] = &[
    ("〔", "〕"),
    ("[", "]"),
    ("（", "）"),
    ("(", ")"),
    ("［", "］"),
    ("【", "】"),
    ("〔", ""),
    ("(", "〕"),
    ("", ""),
];

const META_KEYS: &[&str] = &[
    "索引号",
    "主题分类",
    "发文机关",
    "成文日期",
    "标题",
    "发文字号",
    "发布日期",
    "主题词",
    "公文种类",
    "文号",
    "发布机构",
    "生效日期",
    "有效性",
    "体裁分类",
    "组配分类",
];

const LABELS: &[&str] = &[
    "牵头单位",
    "牵头部门",
    "主办单位",
    "责任单位",
    "责任部门",
    "主责单位",
    "实施单位",
    "配合单位",
    "配合部门",
    "参与单位",
    "参与部门",
    "协办单位",
    "协同单位",
];

const CN_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Chinese numeral for `n`.
fn cn(n: u32, style: CnStyle) -> String {
    match style {
        CnStyle::Positional => return n.to_string().chars().map(|c| CN_DIGITS[(c as u8 - b'0') as usize]).collect(),
        CnStyle::OddZero => {
            return n
                .to_string()
                .chars()
                .map(|c| if c == '0' { '○' } else { CN_DIGITS[(c as u8 - b'0') as usize] })
                .collect();
        }
        CnStyle::Malformed(k) => {
            return ["十十", "二二十", "百十", "十零零一", "零", "〇", "两两", "九千九百九十九十", "千千千"]
                [k as usize % 9]
                .to_owned();
        }
        _ => {}
    }
    if n == 0 {
        return "零".into();
    }
    if n >= 10_000 {
        // beyond the grammar's range: the positional form
        return cn(n, CnStyle::Positional);
    }
    let digits = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let units = ["千", "百", "十", ""];
    let mut out = String::new();
    let mut zero = false;
    for (i, &d) in digits.iter().enumerate() {
        if d == 0 {
            if !out.is_empty() {
                zero = true;
            }
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        let first = out.is_empty();
        let skip_one = i == 2 && d == 1 && first && !matches!(style, CnStyle::LeadingOne);
        if !skip_one {
            if d == 2 && first && i < 2 && matches!(style, CnStyle::Liang) {
                out.push('两');
            } else {
                out.push(CN_DIGITS[d as usize]);
            }
        }
        out.push_str(units[i]);
    }
    out
}

fn circled(n: u32) -> String {
    let c = match n {
        1..=20 => char::from_u32(0x2460 + n - 1),
        21..=35 => char::from_u32(0x3251 + n - 21),
        36..=50 => char::from_u32(0x32B1 + n - 36),
        0 => Some('⓪'),
        _ => Some('㊿'),
    };
    c.unwrap_or('①').to_string()
}

fn fw_digits(n: u32) -> String {
    n.to_string().chars().map(|c| char::from_u32('０' as u32 + (c as u32 - '0' as u32)).unwrap_or('０')).collect()
}

/// The rendering state: the output and the line ending in use.
struct Out {
    s: String,
    eol: Eol,
    lines: usize,
}

impl Out {
    fn eol(&mut self) {
        let crlf = match self.eol {
            Eol::Lf => false,
            Eol::CrLf => true,
            Eol::Cr => {
                self.s.push('\r');
                self.lines += 1;
                return;
            }
            Eol::Mixed(bits) => (bits >> (self.lines % 8)) & 1 == 1,
        };
        self.s.push_str(if crlf { "\r\n" } else { "\n" });
        self.lines += 1;
    }
}

impl Doc {
    /// The text of the document.
    pub fn render(&self) -> String {
        let mut o = Out { s: String::new(), eol: self.eol, lines: 0 };
        if self.bom {
            o.s.push('\u{FEFF}');
        }
        for m in &self.meta {
            m.render(&mut o);
        }
        if let Some(f) = &self.notice {
            f.render(&mut o);
        }
        if let Some(t) = &self.title {
            t.render(&mut o);
        }
        for l in &self.body {
            l.render(&mut o);
        }
        for a in &self.attachments {
            let mut s = String::new();
            a.entry.render(&mut s);
            for (i, line) in s.split('\n').enumerate() {
                if i > 0 {
                    o.eol();
                }
                o.s.push_str(line);
            }
            o.eol();
            for l in &a.body {
                l.render(&mut o);
            }
        }
        for l in self.colophon.iter().chain(&self.trailer) {
            l.render(&mut o);
        }
        o.s
    }
}

impl Frame {
    fn render(&self, o: &mut Out) {
        let line = |o: &mut Out, s: &str| {
            o.s.push_str(s);
            o.eol();
        };
        if let Some(t) = &self.title {
            let mut s = String::new();
            t.render(&mut s);
            line(o, &s);
        }
        if let Some(n) = &self.number {
            let mut s = String::new();
            n.render(&mut s);
            line(o, &s);
        }
        if !self.addressees.is_empty() {
            let mut s = String::new();
            addressees(&mut s, &self.addressees, self.addressee_colon);
            line(o, &s);
        }
        for l in &self.body {
            l.render(o);
        }
        for a in &self.issuers {
            let mut s = String::from("    ");
            a.render(&mut s);
            line(o, &s);
        }
        if let Some(d) = &self.date {
            let mut s = String::from("    ");
            d.render(&mut s);
            line(o, &s);
        }
        if let Some(n) = &self.note {
            let mut s = String::new();
            n.render(&mut s);
            line(o, &s);
        }
    }
}

fn addressees(s: &mut String, groups: &[Vec<Agency>], colon: Colon) {
    for (i, g) in groups.iter().enumerate() {
        if i > 0 {
            s.push(if i % 3 == 0 { ',' } else { '，' });
        }
        for (j, a) in g.iter().enumerate() {
            if j > 0 {
                s.push('、');
            }
            a.render(s);
        }
    }
    colon.render(s);
}

impl Colon {
    fn render(self, s: &mut String) {
        match self {
            Colon::Full => s.push('：'),
            Colon::Half => s.push(':'),
            Colon::None => {}
        }
    }
}

impl MetaLine {
    fn render(&self, o: &mut Out) {
        for (i, (k, v)) in self.pairs.iter().enumerate() {
            if i > 0 && !self.split {
                o.s.push_str(if i % 2 == 0 { "  " } else { "\t" });
            }
            k.render(&mut o.s);
            self.colon.render(&mut o.s);
            if self.split {
                o.eol();
            }
            for seg in v {
                seg.render(&mut o.s);
            }
            if self.split {
                o.eol();
            }
        }
        if !self.split {
            o.eol();
        }
    }
}

impl MetaKey {
    fn render(&self, s: &mut String) {
        let k = match self {
            MetaKey::Index => "索引号",
            MetaKey::Topic => "主题分类",
            MetaKey::Issuer => "发文机关",
            MetaKey::Date => "成文日期",
            MetaKey::Title => "标题",
            MetaKey::Number => "发文字号",
            MetaKey::Published => "发布日期",
            MetaKey::Other(k) => META_KEYS[*k as usize % META_KEYS.len()],
        };
        s.push_str(k);
    }
}

impl AttachEntry {
    /// Render; lines separated by `\n` (the caller applies the line ending).
    fn render(&self, s: &mut String) {
        match self {
            AttachEntry::List(titles) => {
                s.push_str("附件：");
                for (i, t) in titles.iter().enumerate() {
                    if i > 0 {
                        s.push_str("\n      ");
                    }
                    if titles.len() > 1 {
                        let _ = write!(s, "{}.", i + 1);
                    }
                    t.render(s);
                }
            }
            AttachEntry::Numbered(n, t) => {
                let _ = write!(s, "附件{}：", n % 12);
                t.render(s);
            }
            AttachEntry::Label(n, t) => {
                s.push_str("附件");
                if let Some(n) = n {
                    if n % 2 == 0 {
                        let _ = write!(s, "{}", n % 12);
                    } else {
                        s.push_str(&cn(u32::from(n % 12), CnStyle::Standard));
                    }
                }
                if let Some(t) = t {
                    s.push('\n');
                    t.render(s);
                }
            }
        }
    }
}

impl Line {
    fn render(&self, o: &mut Out) {
        let mut s = String::new();
        self.indent.render(&mut s);
        self.kind.render(&mut s);
        for (pos, r) in &self.inject {
            let n = s.chars().count();
            let at = s.char_indices().nth(*pos as usize % (n + 1)).map_or(s.len(), |(i, _)| i);
            let mut piece = String::new();
            r.render(&mut piece);
            s.insert_str(at, &piece);
        }
        for (i, line) in s.split('\n').enumerate() {
            if i > 0 {
                o.eol();
            }
            o.s.push_str(line);
        }
        o.eol();
        for i in 0..self.blank % 3 {
            if self.blank & 0x80 != 0 && i == 0 {
                o.s.push_str(" \u{3000}\t");
            }
            o.eol();
        }
    }
}

impl Indent {
    fn render(self, s: &mut String) {
        match self {
            Indent::None => {}
            Indent::Spaces(n) => s.extend(std::iter::repeat_n(' ', usize::from(n % 6))),
            Indent::Ideographic(n) => s.extend(std::iter::repeat_n('\u{3000}', usize::from(n % 3) + 1)),
            Indent::Tab => s.push('\t'),
            Indent::Mixed => s.push_str(" \u{3000}\t "),
            Indent::Nbsp => s.push_str("\u{A0}\u{A0}"),
        }
    }
}

impl LineKind {
    fn render(&self, s: &mut String) {
        match self {
            LineKind::Heading { marker, run_in, text } => {
                marker.render(s);
                if let Some(r) = run_in {
                    for seg in r {
                        seg.render(s);
                    }
                    s.push('。');
                }
                for seg in text {
                    seg.render(s);
                }
            }
            LineKind::Text(segs) => segs.iter().for_each(|seg| seg.render(s)),
            LineKind::Addressee(groups, colon) => addressees(s, groups, *colon),
            LineKind::DocNumber(n) => n.render(s),
            LineKind::Issuer(a) => a.render(s),
            LineKind::Date(d) => d.render(s),
            LineKind::Title(t) => t.render(s),
            LineKind::Attachment(a) => a.render(s),
            LineKind::Note(n) => n.render(s),
            LineKind::Cc(list) => {
                s.push_str("抄送：");
                for (i, a) in list.iter().enumerate() {
                    if i > 0 {
                        s.push_str(if i % 2 == 0 { "、" } else { "，" });
                    }
                    a.render(s);
                }
                s.push('。');
            }
            LineKind::Printed(a, d) => {
                a.render(s);
                s.push_str("  ");
                d.render(s);
                s.push_str("印发");
            }
            LineKind::Meta(k, v) => {
                k.render(s);
                s.push('：');
                v.iter().for_each(|seg| seg.render(s));
            }
            LineKind::Raw(r) => s.extend(r.chars().take(64)),
            LineKind::Outline(o) => {
                let mut budget = 100;
                o.render(s, 0, &mut budget);
            }
        }
    }
}

impl Outline {
    /// Level `depth` of the tree; `budget` bounds the number of blocks.
    fn render(&self, s: &mut String, depth: usize, budget: &mut usize) {
        let Some(&style) = self.styles.get(depth).filter(|_| depth < 8) else {
            return;
        };
        let count = self.fanout.get(depth).map_or(2, |&f| u32::from(f % 5) + 1);
        for i in 0..count {
            if *budget == 0 {
                return;
            }
            *budget -= 1;
            let n = if self.skew & 0x80 != 0 && i == count - 1 { u32::from(self.skew & 0x7F) } else { i + 1 };
            if !s.is_empty() && !s.ends_with('\n') {
                s.push('\n');
            }
            MarkerLit { style, n: Num::Any(n as u16), cn: self.cn, space: false }.render(s);
            cjk(s, &self.run_in);
            s.push_str(["工作", "建设", "机制"][(i as usize + depth) % 3]);
            s.push('。');
            self.text.iter().for_each(|seg| seg.render(s));
            if let Some(c) = &self.clause {
                c.render(s);
            }
            self.render(s, depth + 1, budget);
        }
    }
}

impl MarkerLit {
    fn render(&self, s: &mut String) {
        let n = self.n.value();
        let c = cn(n, self.cn);
        let _ = match self.style {
            MarkerStyle::Section => write!(s, "{c}、"),
            MarkerStyle::SubsectionFw => write!(s, "（{c}）"),
            MarkerStyle::SubsectionHw => write!(s, "({c})"),
            MarkerStyle::SubsectionMixed => write!(s, "（{c})"),
            MarkerStyle::ItemDot => write!(s, "{n}."),
            MarkerStyle::ItemFwDot => write!(s, "{n}．"),
            MarkerStyle::ItemDunhao => write!(s, "{n}、"),
            MarkerStyle::ItemFwDigits => write!(s, "{}．", fw_digits(n)),
            MarkerStyle::SubitemFw => write!(s, "（{n}）"),
            MarkerStyle::SubitemHw => write!(s, "({n})"),
            MarkerStyle::Circled => write!(s, "{}", circled(n)),
            MarkerStyle::Part => write!(s, "第{c}编"),
            MarkerStyle::Chapter => write!(s, "第{c}章"),
            MarkerStyle::Division => write!(s, "第{c}节"),
            MarkerStyle::Article => write!(s, "第{c}条"),
            MarkerStyle::ArticleArabic => write!(s, "第{n}条"),
            MarkerStyle::Action => write!(s, "行动{n}："),
            MarkerStyle::ActionCn => write!(s, "行动{c}:"),
            MarkerStyle::Task => write!(s, "任务{n}："),
            MarkerStyle::DashTask => write!(s, "——任务{n}："),
            MarkerStyle::HyphenTask => write!(s, "--任务{c}、"),
        };
        if self.space {
            s.push(if n.is_multiple_of(2) { ' ' } else { '\u{3000}' });
        }
    }
}

impl Agency {
    fn render(&self, s: &mut String) {
        match self {
            Agency::Known(k) => s.push_str(AGENCIES[*k as usize % AGENCIES.len()]),
            Agency::You(k) => {
                s.push('由');
                s.push_str(AGENCIES[*k as usize % AGENCIES.len()]);
            }
            Agency::Dirty(k, at) => {
                let name = AGENCIES[*k as usize % AGENCIES.len()];
                let n = name.chars().count();
                let cut = name.char_indices().nth(*at as usize % (n + 1)).map_or(name.len(), |(i, _)| i);
                s.push_str(&name[..cut]);
                s.push_str(if at & 0x80 != 0 { "@@@@" } else { "@@" });
                s.push_str(&name[cut..]);
            }
            Agency::Custom(chars) => {
                cjk(s, chars);
                s.push_str(["局", "委", "部", "办", "厅", "政府", "中心"][chars.len() % 7]);
            }
        }
    }
}

fn cjk(s: &mut String, chars: &[u8]) {
    s.extend(chars.iter().take(40).map(|&b| CJK[b as usize % CJK.len()]));
}

impl Clause {
    fn render(&self, s: &mut String) {
        let (l, r) = if self.fw { ('（', '）') } else { ('(', ')') };
        s.push(l);
        match &self.form {
            ClauseForm::Suffix { groups, fw_comma, tail } => {
                for (i, (names, role, deng)) in groups.iter().enumerate() {
                    if i > 0 {
                        s.push(if *fw_comma { '，' } else { ',' });
                    }
                    for (j, a) in names.iter().enumerate() {
                        if j > 0 {
                            s.push('、');
                        }
                        a.render(s);
                    }
                    deng.render(s);
                    role.render(s);
                }
                if let Some(t) = tail {
                    s.push('。');
                    t.iter().for_each(|seg| seg.render(s));
                }
            }
            ClauseForm::Labelled { groups, colon, fw_semi } => {
                for (i, (label, names, comma)) in groups.iter().enumerate() {
                    if i > 0 {
                        s.push(if *fw_semi { '；' } else { ';' });
                    }
                    label.render(s);
                    colon.render(s);
                    for (j, a) in names.iter().enumerate() {
                        if j > 0 {
                            s.push(if *comma { '，' } else { '、' });
                        }
                        a.render(s);
                    }
                }
            }
            ClauseForm::Standing { lead, who, variant } => {
                if let Some((names, role)) = lead {
                    for (j, a) in names.iter().enumerate() {
                        if j > 0 {
                            s.push('、');
                        }
                        a.render(s);
                    }
                    s.push('等');
                    role.render(s);
                    s.push('。');
                }
                s.push_str(["以下任务均需", "以下各项任务均需", "以下均需", "下同，均需"][*variant as usize % 4]);
                who.render(s);
                s.push_str(if variant & 0x10 != 0 { "落实,不再列出" } else { "落实，不再列出" });
            }
            ClauseForm::Other(segs) => segs.iter().for_each(|seg| seg.render(s)),
        }
        if !self.unclosed {
            s.push(r);
        }
    }
}

impl RoleWord {
    fn render(self, s: &mut String) {
        s.push_str(match self {
            RoleWord::Fuze => "负责",
            RoleWord::Qiantou => "牵头",
            RoleWord::Canyu => "参与",
            RoleWord::Peihe => "配合",
            RoleWord::Xiezhu => "协助",
            RoleWord::AnZhize => "按职责分工负责",
            RoleWord::Fenbie => "分别负责",
            RoleWord::Gongtong => "共同负责",
            RoleWord::FuzeLuoshi => "负责落实",
            RoleWord::QiantouFuze => "牵头负责",
            RoleWord::None => "",
        });
    }
}

impl Tail {
    fn render(self, s: &mut String) {
        s.push_str(match self {
            Tail::None => "",
            Tail::Deng => "等",
            Tail::DengBumen => "等部门",
            Tail::DengYouguan => "等有关部门",
        });
    }
}

impl Label {
    fn render(self, s: &mut String) {
        s.push_str(match self {
            Label::Lead => "牵头单位",
            Label::LeadDept => "牵头部门",
            Label::Responsible => "责任单位",
            Label::ResponsibleDept => "责任部门",
            Label::Support => "配合单位",
            Label::SupportDept => "配合部门",
            Label::Participate => "参与单位",
            Label::Other(k) => LABELS[k as usize % LABELS.len()],
        });
    }
}

impl Seg {
    fn render(&self, s: &mut String) {
        match self {
            Seg::Cjk(chars) => cjk(s, chars),
            Seg::Punct(k) => s.push_str(PUNCT[*k as usize % PUNCT.len()]),
            Seg::Clause(c) => c.render(s),
            Seg::Book { words, years, unclosed } => {
                s.push('《');
                cjk(s, words);
                if let Some((a, b, fw)) = years {
                    let (l, r) = if *fw { ('（', '）') } else { ('(', ')') };
                    let _ = write!(s, "{l}{}—{}年{r}", 1949 + a % 100, 1949 + b % 100);
                }
                if !unclosed {
                    s.push('》');
                }
            }
            Seg::Unclosed(k) => s.push(['（', '(', '《', '“', '〔', '['][*k as usize % 6]),
            Seg::Residue(r) => r.render(s),
            Seg::Number(n) => n.render(s),
            Seg::Latin(k) => s.push_str(
                ["app", "乐动安卓app", "APP", "5G", "Wi-Fi", "PM2.5", "abc def", "http://x.cn/a"][*k as usize % 8],
            ),
            Seg::Agency(a) => a.render(s),
            Seg::Space(k) => s.push([' ', '\u{3000}', '\t', '\u{A0}'][*k as usize % 4]),
            Seg::Date(d) => d.render(s),
            Seg::Marker(m) => m.render(s),
            Seg::Wrap => s.push('\n'),
            Seg::Char(c) => {
                if *c != '\n' && *c != '\r' {
                    s.push(*c);
                }
            }
            Seg::Quote(chars) => {
                s.push('“');
                cjk(s, chars);
                s.push('”');
            }
        }
    }
}

impl NumLit {
    fn render(&self, s: &mut String) {
        let _ = match self {
            NumLit::Digits(n) => write!(s, "{n}"),
            NumLit::FwDigits(n) => write!(s, "{}", fw_digits(u32::from(*n))),
            NumLit::Decimal(a, b) => write!(s, "{a}.{b}亿元"),
            NumLit::Percent(a, fw) => write!(s, "{a}{}", if *fw { "％" } else { "%" }),
            NumLit::Cn(n, style) => write!(s, "{}", cn(u32::from(*n), *style)),
            NumLit::Year(y) => write!(s, "{}年", 1949 + y % 100),
        };
    }
}

impl Residue {
    fn render(self, s: &mut String) {
        match self {
            Residue::At(n) => s.extend(std::iter::repeat_n('@', usize::from(n % 6) + 1)),
            Residue::Stars => s.push_str("**"),
            Residue::Hash => s.push_str("# "),
            Residue::Br => s.push_str("<br>"),
            Residue::BrSlash => s.push_str("<br/>"),
            Residue::P => s.push_str("<p>"),
            Residue::PClose => s.push_str("</p>"),
            Residue::Comment(k) => {
                s.push_str(["<!-- x -->", "<!--", "<!-- 注释 -->", "<!---->"][k as usize % 4]);
            }
            Residue::Nbsp => s.push_str("&nbsp;"),
            Residue::Amp => s.push_str("&amp;"),
            Residue::NumEntity(n) => {
                let _ = write!(s, "&#{};", if n % 4 == 0 { u32::from(n) } else { 20013 });
            }
            Residue::HexEntity(n) => {
                let _ = write!(s, "&#x{:X};", if n % 4 == 0 { u32::from(n) } else { 0x4E2D });
            }
            Residue::BadEntity => s.push_str("&foo"),
            Residue::Space => s.push(' '),
            Residue::Ideographic => s.push('\u{3000}'),
            Residue::NbspChar => s.push('\u{A0}'),
            Residue::ZeroWidth => s.push('\u{200B}'),
            Residue::Tab => s.push('\t'),
            Residue::Bom => s.push('\u{FEFF}'),
            Residue::Lt => s.push('<'),
        }
    }
}

impl DocNo {
    fn render(&self, s: &mut String) {
        if self.ling {
            let _ = write!(s, "中华人民共和国国务院令第{}号", self.number);
            return;
        }
        let code = ISSUER_CODES[self.code as usize % ISSUER_CODES.len()];
        let (l, r) = BRACKETS[self.bracket as usize % BRACKETS.len()];
        let year =
            if self.year & 0x8000 != 0 { u32::from(self.year & 0x7FFF) } else { 1990 + u32::from(self.year % 40) };
        let _ = write!(s, "{code}{l}{year}{r}{}号", self.number);
    }
}

impl DateLit {
    fn render(&self, s: &mut String) {
        let wild = matches!(self.style, DateStyle::Wild);
        let y = if wild { u32::from(self.year) } else { 1990 + u32::from(self.year % 40) };
        let m = if wild { u32::from(self.month) } else { u32::from(self.month % 13) + 1 };
        let d = if wild { u32::from(self.day) } else { u32::from(self.day % 32) + 1 };
        let _ = match self.style {
            DateStyle::Arabic | DateStyle::Wild => write!(s, "{y}年{m}月{d}日"),
            DateStyle::Padded => write!(s, "{y}年{m:02}月{d:02}日"),
            DateStyle::Cn => write!(
                s,
                "{}年{}月{}日",
                cn(y, CnStyle::Positional),
                cn(m, CnStyle::Standard),
                cn(d, CnStyle::Standard)
            ),
            DateStyle::Fullwidth => write!(s, "{}年{}月{}日", fw_digits(y), fw_digits(m), fw_digits(d)),
            DateStyle::Spaced => write!(s, "{y} 年 {m} 月 {d} 日"),
        };
        s.push_str(["", "", "印发", "起施行", "公布"][self.suffix as usize % 5]);
    }
}

impl TitleLit {
    fn render(&self, s: &mut String) {
        let book = |s: &mut String| {
            if let Some(b) = &self.book {
                s.push('《');
                cjk(s, b);
                s.push('》');
            }
        };
        match self.kind % 6 {
            0 => {
                s.push_str("关于印发");
                book(s);
                s.push_str("的通知");
            }
            1 => {
                s.push_str("关于");
                cjk(s, &self.words);
                s.push_str("的通知");
            }
            2 => {
                cjk(s, &self.words);
                s.push_str("实施方案");
            }
            3 => {
                cjk(s, &self.words);
                s.push_str("条例");
            }
            4 => {
                s.push_str("国务院办公厅关于转发");
                book(s);
                cjk(s, &self.words);
                s.push_str("的通知");
            }
            _ => {
                cjk(s, &self.words);
                book(s);
            }
        }
    }
}

impl Note {
    fn render(&self, s: &mut String) {
        match self {
            Note::Public(true) => s.push_str("（此件公开发布）"),
            Note::Public(false) => s.push_str("(此件主动公开)"),
            Note::Contact(n) => {
                let _ = write!(s, "（联系人：张三，电话：{n}）");
            }
            Note::Other(segs) => {
                s.push('（');
                segs.iter().for_each(|seg| seg.render(s));
                s.push('）');
            }
        }
    }
}
