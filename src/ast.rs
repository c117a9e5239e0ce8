//! The typed syntax tree. Field names and meanings follow the JSON contract
//! (`docs/json.md`, `docs/gongwen.schema.json`): absent values serialise as `null`,
//! empty lists as `[]`.
//!
//! Text fields hold cleaned text as [`Cow`]: borrowed straight from the input
//! when the node's raw bytes needed no cleaning, owned otherwise. Call
//! [`Document::into_owned`] to detach a tree from its input.

use crate::agency::AgencyKind;
use crate::diagnostic::Diagnostic;
use crate::gazetteer::LocalLevel;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Cleaned text of a node: borrowed from the input where possible.
pub type Text<'a> = Cow<'a, str>;

/// A parsed policy document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Document<'a> {
    /// The official frame: covering notice (通知 that 印发/转发 the main
    /// document) or the document's own 版头/主送/落款. `None` when the text has
    /// no 发文字号, addressees, signature or date.
    pub notice: Option<Notice<'a>>,
    /// Title of the main document: the document a notice 印发/转发, or the
    /// document's own title when it covers none (then the same as the
    /// notice's: a 决定 or 批复 whose 附件 it does not issue too).
    pub title: Option<Text<'a>>,
    /// Raw bytes of the title (all its lines when it is wrapped).
    pub title_span: Option<Span>,
    /// 发文字号 of the main document when it has one of its own.
    pub doc_number: Option<Text<'a>>,
    /// Raw bytes of the 发文字号 line.
    pub doc_number_span: Option<Span>,
    /// Adoption, approval, promulgation and amendment notes printed under
    /// the title (（2019年5月30日…会议通过）, `2019年9月1日 施行`), one per
    /// line as written, brackets kept; never part of `title`.
    #[serde(default)]
    pub adopted: Vec<Paragraph<'a>>,
    /// When the document takes effect, as its text states it (`本办法自
    /// 2024年1月1日起施行`, `自发布之日起施行`): in its last lines, else in
    /// the covering notice's body, else in an adoption note (`2019年9月1日
    /// 施行`); `None` when it states none.
    #[serde(default)]
    pub effective: Option<Effective<'a>>,
    /// The table of contents (目录) printed before the body, when there is
    /// one; its headings are not blocks.
    #[serde(default)]
    pub contents: Option<Contents<'a>>,
    /// Paragraphs of the main document before its first numbered heading
    /// (and before its first heading with no number: [`Document::headings`]).
    pub preamble: Vec<Paragraph<'a>>,
    /// Top-level numbered blocks.
    pub sections: Vec<Block<'a>>,
    /// Headings with no number that divide the main document into parts
    /// (`【总体要求】` `【保障措施】` alone on their line, a markdown
    /// `## 保障措施`): no blocks, outside the numbering, each closing the
    /// blocks open before it, so that the text under it is no paragraph of
    /// the last numbered block. In input order; empty when the document has
    /// none.
    #[serde(default)]
    pub headings: Vec<Heading<'a>>,
    /// The closing formula that ends the main document's text before its
    /// signature (特此通知。 特此批复。 此复。), no part of its last block:
    /// one paragraph, or none.
    #[serde(default)]
    pub closing: Vec<Paragraph<'a>>,
    /// Tables of the main document's text when it has no numbered heading
    /// (a 任务台账 or 责任清单 that is a title and a table); each task row
    /// is also a block of kind `row` in `sections`. A table printed under a
    /// heading belongs to that block ([`Block::tables`]).
    #[serde(default)]
    pub tables: Vec<Table<'a>>,
    /// 附件 named or attached after the body.
    pub attachments: Vec<Attachment<'a>>,
    /// Every citation of another document, in input order: the notice
    /// body, preamble, blocks and attachments included; the document's own
    /// title and 发文字号 excluded.
    #[serde(default)]
    pub references: Vec<Reference<'a>>,
    /// Everything the parser noticed and recovered from, in input order.
    pub diagnostics: Vec<Diagnostic>,
    /// The whole input.
    pub span: Span,
}

/// What a cited document is, read off the ending of its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ReferenceKind {
    /// A law: …法 (not 办法, 方法).
    Law,
    /// A regulation or rules: …条例, 规定, 办法, 细则, 规则, 准则; a 令 number.
    Regulation,
    /// A policy document: …通知, 意见, 方案, 规划, 决定, 纲要, 计划, …; a 文号
    /// without a title.
    Document,
    /// Anything else in book-title brackets (a newspaper, a book).
    Other,
}

impl ReferenceKind {
    /// `"law"`, `"regulation"`, `"document"` or `"other"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ReferenceKind::Law => "law",
            ReferenceKind::Regulation => "regulation",
            ReferenceKind::Document => "document",
            ReferenceKind::Other => "other",
        }
    }
}

/// A citation of another document: `《国务院关于…的通知》（国发〔2014〕25号）`,
/// `《中华人民共和国…法》`, or a 文号 alone (`国办发〔2019〕4号`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Reference<'a> {
    /// The cited title, without its 《》, as written (a version bracket
    /// inside kept); `None` for a 文号 alone.
    pub title: Option<Text<'a>>,
    /// The cited 发文字号, normalised: 〔〕 around the year, ASCII digits.
    pub doc_number: Option<Text<'a>>,
    /// Law, regulation, document or other.
    pub kind: ReferenceKind,
    /// Raw bytes of the citation: from 《 to 》, or to the bracket closing
    /// the 文号 after it; or the 文号 alone.
    pub span: Span,
}

impl Reference<'_> {
    /// Detach from the input.
    pub fn into_owned(self) -> Reference<'static> {
        Reference { title: own_opt(self.title), doc_number: own_opt(self.doc_number), kind: self.kind, span: self.span }
    }
}

/// When a document takes effect, as it states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Effective<'a> {
    /// As written, cleaned, from 自 to the verb: `自2024年1月1日起施行`,
    /// `自印发之日起施行`; the whole note for an adoption note.
    pub text: Text<'a>,
    /// The day it takes effect, ISO 8601: the date named, or for the day of
    /// its issue (发布之日, 印发之日, 公布之日 …) the document's issue date
    /// (the notice's `date`) when known; `None` otherwise.
    #[serde(default)]
    pub date: Option<String>,
    /// Raw bytes of it.
    pub span: Span,
}

/// A table of contents (目录): the 目录 heading, when printed, and one entry
/// per heading it lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Contents<'a> {
    /// One entry per listed heading (第一章　总则), as written, cleaned.
    pub entries: Vec<Paragraph<'a>>,
    /// Raw bytes of the whole list, its 目录 heading included.
    pub span: Span,
}

/// The notice frame: 标题, 发文字号, 主送机关, 正文, 发文机关署名, 成文日期.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Notice<'a> {
    /// e.g. 国务院办公厅关于印发…的通知; `None` when the text has none.
    pub title: Option<Text<'a>>,
    /// Raw bytes of the title (all its lines when it is wrapped).
    pub title_span: Option<Span>,
    /// 发文字号 with its year brackets normalised to 〔〕.
    pub doc_number: Option<Text<'a>>,
    /// Raw bytes of the 发文字号 (or promulgation) line.
    pub doc_number_span: Option<Span>,
    /// 主送机关 as written: groups split on ，/, and items on 、.
    pub addressees: Vec<AddresseeGroup<'a>>,
    /// Raw bytes of the whole 主送机关 line, separators and colon included.
    pub addressee_span: Option<Span>,
    /// The notice's own text between the addressees and the signature.
    pub body: Vec<Paragraph<'a>>,
    /// 发文机关署名, one per issuing body.
    pub issuers: Vec<Text<'a>>,
    /// 成文日期 as ISO 8601 (`2022-03-10`).
    pub date: Option<String>,
    /// Raw bytes of the 成文日期 as written (`2022年3月10日`, `二〇二二年三月十日`):
    /// on the signature's date line, in the brackets under the title, at the
    /// start of a promulgation line, or in a web page's metadata header.
    /// `None` when there is no date.
    #[serde(default)]
    pub date_span: Option<Span>,
    /// 附注 after the date, e.g. （此件公开发布）, brackets kept; also the
    /// 出席/列席/请假/缺席 lines that end minutes (出席：张三、李四), and the
    /// contact lines before the signature or after the date (联系人：张某　电话：…).
    pub notes: Vec<Text<'a>>,
    /// 抄送 bodies of the 版记 (colophon), when present (an 抄报 line's
    /// first, and the 分送 of minutes).
    pub cc: Vec<Text<'a>>,
    /// 印发机关 of the 版记, when present.
    pub printed_by: Option<Text<'a>>,
    /// 印发日期 of the 版记 as ISO 8601, when present.
    pub printed_date: Option<String>,
    /// Raw bytes of the signature: 署名, 成文日期 and 附注 lines, when present.
    pub signature_span: Option<Span>,
    /// Raw bytes of the 版记, when present.
    pub colophon_span: Option<Span>,
    /// From the first to the last line of the frame's head and signature
    /// (for a document that signs at its end: the head only, or the
    /// signature only when there is no head).
    pub span: Span,
}

/// One comma-separated group of the addressee line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct AddresseeGroup<'a> {
    /// The group as written.
    pub text: Text<'a>,
    /// The group split on 、, as written.
    pub items: Vec<Text<'a>>,
    /// Raw bytes of the group.
    pub span: Span,
    /// The full name of each item: a bare level of government before a full
    /// name takes its ending (`各市、县（市、区）人民政府` → 各市人民政府,
    /// 各县（市、区）人民政府), as in responsibility clauses; the item as
    /// written otherwise.
    #[serde(default)]
    pub names: Vec<Text<'a>>,
    /// Raw bytes of each item as written, as an agency's `span` is its
    /// name's.
    #[serde(default)]
    pub item_spans: Vec<Span>,
}

/// A heading with no number (`【保障措施】`, `## 保障措施`) in the main
/// document: see [`Document::headings`]. It is no [`Block`] and no level of
/// the outline: the numbered blocks after it stay top-level
/// [`sections`](Document::sections) — its part is those whose spans start
/// after its span and before the next heading's —, their numbering checked
/// per part (a part may number its blocks from 1 again, or go on).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Heading<'a> {
    /// The heading's words, without its brackets or markdown marks: `保障措施`.
    pub title: Text<'a>,
    /// The text under the heading before the next numbered block or
    /// heading (no paragraph of the preamble nor of a block).
    pub paragraphs: Vec<Paragraph<'a>>,
    /// Raw bytes of the heading's line, its brackets included.
    pub span: Span,
}

/// A paragraph of running text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Paragraph<'a> {
    /// Cleaned text (responsibility clauses removed when inside a block).
    pub text: Text<'a>,
    /// Raw bytes of the paragraph.
    pub span: Span,
}

/// What numbering a [`Block`] carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum BlockKind {
    /// 第一编, 第一部分, 第一篇; a roman numeral with a mark after it
    /// (`Ⅰ．` `Ⅱ、` `Ⅲ.`, U+2160…, or in latin capitals `I.` `II．` `IV、`),
    /// which some reports and plans print for their top-level parts.
    Part,
    /// 第一章.
    Chapter,
    /// 第一节.
    Division,
    /// 第一条.
    Article,
    /// 一、
    Section,
    /// 行动1： 行动一： — an action heading of an action plan.
    Action,
    /// 任务1： ——任务1： — a task heading of an action plan.
    Task,
    /// （一） or (一); also the parenthesized ideograph `㈠` … `㈩`
    /// (U+3220…) of Word exports and the circled ideograph `㊀` … `㊉`
    /// (U+3280…), the same style.
    Subsection,
    /// 1. 1． 1、; also the digit with a full stop `⒈` … `⒛` (U+2488…).
    Item,
    /// （1） or (1); also the parenthesized number `⑴` … `⒇` (U+2474…).
    Subitem,
    /// ① … ㊿.
    Circled,
    /// A row of a task table (序号 1, 2, …): see [`Table`].
    Row,
    /// A 专栏 box of a plan (专栏1　重点工程): a numbered panel printed
    /// beside the text, outside its numbering; its own items are its
    /// children.
    Box,
    /// A decimal outline heading of an emergency or technical plan: `1　总则`,
    /// `1.1　编制目的`, `4.2.3　…` (dots `.` or `．`); nested by its depth
    /// (1 → 1.1 → 1.1.1), its full number in [`Block::outline`], its last
    /// component in [`Block::number`].
    Decimal,
    /// `1）` `1)`: a number closed by a bracket alone, the level below
    /// （1） and below a [`Letter`](BlockKind::Letter) item (GB/T 1.1 nests
    /// `1)` under `a)`), above ①; where a document prints no （1）, it
    /// stands in their place (under 1.).
    #[serde(rename = "paren-item")]
    ParenItem,
    /// `a)` `a）` `（a）` `(a)` `a.` `a．`: a lowercase latin letter, the list
    /// items of standards (GB/T 1.1 writes `a)` under a clause) and of some
    /// 办法; ranked below （1） and above `1)`, which GB/T 1.1 nests under
    /// it. Its number is the letter's place in the alphabet (`c)` → 3).
    Letter,
    /// 第一分编: a sub-part of a 编, above its chapters (the 分编 of a code:
    /// 第三编　合同 / 第一分编　通则 / 第一章　一般规定).
    Subpart,
}

impl BlockKind {
    /// The name used in JSON: `"section"`, `"subsection"`, …
    pub const fn as_str(self) -> &'static str {
        match self {
            BlockKind::Part => "part",
            BlockKind::Chapter => "chapter",
            BlockKind::Division => "division",
            BlockKind::Article => "article",
            BlockKind::Section => "section",
            BlockKind::Action => "action",
            BlockKind::Task => "task",
            BlockKind::Subsection => "subsection",
            BlockKind::Item => "item",
            BlockKind::Subitem => "subitem",
            BlockKind::Circled => "circled",
            BlockKind::Row => "row",
            BlockKind::Box => "box",
            BlockKind::Decimal => "decimal",
            BlockKind::ParenItem => "paren-item",
            BlockKind::Letter => "letter",
            BlockKind::Subpart => "subpart",
        }
    }
}

/// One numbered unit at any depth.
///
/// Its fields that most blocks leave empty — [`outline`](Block::outline),
/// [`inherited`](Block::inherited), [`references`](Block::references),
/// [`tables`](Block::tables) and [`deadline`](Block::deadline) — are kept
/// together in one boxed part that only a block holding one of them
/// allocates, and are read and written through the methods of those names
/// (and their `_mut` forms): a document of many short headings builds one
/// `Block` per few bytes of input, so its size bounds the parse's memory
/// ([`Block::SIZE_BOUND`]). The JSON is the same as if they were fields.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "BlockFields<'a>")]
#[non_exhaustive]
pub struct Block<'a> {
    /// The numbering style.
    pub kind: BlockKind,
    /// Depth in this document's tree, 1 = top.
    pub level: u16,
    /// The numbering as written, cleaned: `二、`, `(二十三)`, `第五条`.
    pub marker: Text<'a>,
    /// Raw bytes of the marker.
    pub marker_span: Span,
    /// Its value: 二十三 → 23, ⑤ → 5, 12. → 12; for a decimal outline
    /// number its last component (`2.1.3` → 3).
    pub number: u32,
    /// Heading text; for run-in headings the lead sentence without its 。.
    pub title: Option<Text<'a>>,
    /// Raw bytes of the title, when there is one.
    pub title_span: Option<Span>,
    /// The block's own text after the title, responsibility clauses removed.
    pub paragraphs: Vec<Paragraph<'a>>,
    /// The clauses attached to this block, in order.
    pub responsibilities: Vec<Responsibility<'a>>,
    /// Nested blocks.
    pub children: Vec<Block<'a>>,
    /// The fields most blocks leave empty; `None` when all are.
    pub(crate) rare: Option<Box<Rare<'a>>>,
    /// From the marker to the end of the block's last line.
    pub span: Span,
}

/// The fields of a [`Block`] that most blocks leave empty (see its
/// accessors for their meaning).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Rare<'a> {
    outline: Option<Box<[u32]>>,
    inherited: Vec<Agency<'a>>,
    references: Vec<Reference<'a>>,
    tables: Vec<Table<'a>>,
    deadline: Option<Deadline<'a>>,
}

impl Rare<'_> {
    fn is_empty(&self) -> bool {
        self.outline.is_none()
            && self.inherited.is_empty()
            && self.references.is_empty()
            && self.tables.is_empty()
            && self.deadline.is_none()
    }
}

// A [`Block`] as the JSON has it, every field in its place: what it is
// read from (the JSON it is written as, by `Block`'s `Serialize`, is the
// same), and its JSON schema. The doc comments are the JSON's.
/// One numbered unit at any depth.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "Block"))]
struct BlockFields<'a> {
    /// The numbering style.
    kind: BlockKind,
    /// Depth in this document's tree, 1 = top.
    // (a u16 in Rust; the schema keeps the JSON's wider type)
    #[cfg_attr(feature = "schema", schemars(with = "u32"))]
    level: u16,
    /// The numbering as written, cleaned: `二、`, `(二十三)`, `第五条`.
    marker: Text<'a>,
    /// Raw bytes of the marker.
    marker_span: Span,
    /// Its value: 二十三 → 23, ⑤ → 5, 12. → 12; for a decimal outline
    /// number its last component (`2.1.3` → 3).
    number: u32,
    /// For a `decimal` block: every component of its number (`2.1.3` →
    /// `[2, 1, 3]`), whose count is its depth in the outline; `null` for the
    /// other kinds.
    #[serde(default)]
    outline: Option<Box<[u32]>>,
    /// Heading text; for run-in headings the lead sentence without its 。.
    title: Option<Text<'a>>,
    /// Raw bytes of the title, when there is one.
    title_span: Option<Span>,
    /// The block's own text after the title, responsibility clauses removed.
    paragraphs: Vec<Paragraph<'a>>,
    /// The clauses attached to this block, in order.
    responsibilities: Vec<Responsibility<'a>>,
    /// Bodies that apply from an earlier standing note.
    inherited: Vec<Agency<'a>>,
    /// Citations of other documents in the block's own text (marker, title
    /// and paragraphs; not its children's), in order.
    #[serde(default)]
    references: Vec<Reference<'a>>,
    /// Nested blocks.
    children: Vec<Block<'a>>,
    /// Tables printed inside this block (a task table under its heading, a
    /// 专栏 box's table); each task row is also a child block of kind `row`.
    #[serde(default)]
    tables: Vec<Table<'a>>,
    /// For a `row` block: its 完成时限 cell, when the table has one; for
    /// another block: a line of its own text that states its deadline
    /// (`完成时限：2024年底前`), which applies to its clauses that state none.
    #[serde(default)]
    /// (Boxed: most blocks have none, and blocks are moved often.)
    deadline: Option<Box<Deadline<'a>>>,
    /// From the marker to the end of the block's last line.
    span: Span,
}

/// The schema of a [`Block`] is the JSON's: every field in its place.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Block<'_> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <BlockFields<'_> as schemars::JsonSchema>::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <BlockFields<'_> as schemars::JsonSchema>::json_schema(generator)
    }
}

impl<'a> From<BlockFields<'a>> for Block<'a> {
    fn from(f: BlockFields<'a>) -> Self {
        let rare = Rare {
            outline: f.outline,
            inherited: f.inherited,
            references: f.references,
            tables: f.tables,
            deadline: f.deadline.map(|d| *d),
        };
        Block {
            kind: f.kind,
            level: f.level,
            marker: f.marker,
            marker_span: f.marker_span,
            number: f.number,
            title: f.title,
            title_span: f.title_span,
            paragraphs: f.paragraphs,
            responsibilities: f.responsibilities,
            children: f.children,
            rare: (!rare.is_empty()).then(|| Box::new(rare)),
            span: f.span,
        }
    }
}

impl Serialize for Block<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        // the fields of the JSON contract, in their order
        let mut st = s.serialize_struct("Block", 16)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("level", &self.level)?;
        st.serialize_field("marker", &self.marker)?;
        st.serialize_field("marker_span", &self.marker_span)?;
        st.serialize_field("number", &self.number)?;
        st.serialize_field("outline", &self.outline())?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("title_span", &self.title_span)?;
        st.serialize_field("paragraphs", &self.paragraphs)?;
        st.serialize_field("responsibilities", &self.responsibilities)?;
        st.serialize_field("inherited", self.inherited())?;
        st.serialize_field("references", self.references())?;
        st.serialize_field("children", &self.children)?;
        st.serialize_field("tables", self.tables())?;
        st.serialize_field("deadline", &self.deadline())?;
        st.serialize_field("span", &self.span)?;
        st.end()
    }
}

impl<'a> Block<'a> {
    /// Most bytes a `Block` takes before its contents (on 64-bit targets):
    /// a document of nothing but short headings costs about this much per
    /// heading (checked by a test).
    pub const SIZE_BOUND: usize = 192;

    /// A block with its marker and span, nothing else yet: no title, text,
    /// clauses or children.
    pub fn new(kind: BlockKind, level: u16, marker: Text<'a>, marker_span: Span, number: u32, span: Span) -> Self {
        Block {
            kind,
            level,
            marker,
            marker_span,
            number,
            title: None,
            title_span: None,
            paragraphs: Vec::new(),
            responsibilities: Vec::new(),
            children: Vec::new(),
            rare: None,
            span,
        }
    }

    /// The rare part, made when first written to.
    fn rare_mut(&mut self) -> &mut Rare<'a> {
        self.rare.get_or_insert_with(Box::default)
    }

    /// For a `decimal` block: every component of its number (`2.1.3` →
    /// `[2, 1, 3]`), whose count is its depth in the outline; `None` (JSON
    /// `null`) for the other kinds.
    pub fn outline(&self) -> Option<&[u32]> {
        self.rare.as_ref().and_then(|r| r.outline.as_deref())
    }

    /// Set [`Block::outline`].
    pub fn set_outline(&mut self, outline: Option<Box<[u32]>>) {
        if outline.is_some() || self.rare.is_some() {
            self.rare_mut().outline = outline;
        }
    }

    /// Bodies that apply from an earlier standing note.
    pub fn inherited(&self) -> &[Agency<'a>] {
        self.rare.as_ref().map_or(&[], |r| &r.inherited)
    }

    /// [`Block::inherited`], to change.
    pub fn inherited_mut(&mut self) -> &mut Vec<Agency<'a>> {
        &mut self.rare_mut().inherited
    }

    /// Citations of other documents in the block's own text (marker, title
    /// and paragraphs; not its children's), in order.
    pub fn references(&self) -> &[Reference<'a>] {
        self.rare.as_ref().map_or(&[], |r| &r.references)
    }

    /// [`Block::references`], to change.
    pub fn references_mut(&mut self) -> &mut Vec<Reference<'a>> {
        &mut self.rare_mut().references
    }

    /// Tables printed inside this block (a task table under its heading, a
    /// 专栏 box's table); each task row is also a child block of kind `row`.
    pub fn tables(&self) -> &[Table<'a>] {
        self.rare.as_ref().map_or(&[], |r| &r.tables)
    }

    /// [`Block::tables`], to change.
    pub fn tables_mut(&mut self) -> &mut Vec<Table<'a>> {
        &mut self.rare_mut().tables
    }

    /// For a `row` block: its 完成时限 cell, when the table has one; for
    /// another block: a line of its own text that states its deadline
    /// (`完成时限：2024年底前`), which applies to its clauses that state none.
    pub fn deadline(&self) -> Option<&Deadline<'a>> {
        self.rare.as_ref().and_then(|r| r.deadline.as_ref())
    }

    /// [`Block::deadline`], to change.
    pub fn deadline_mut(&mut self) -> Option<&mut Deadline<'a>> {
        self.rare.as_mut().and_then(|r| r.deadline.as_mut())
    }

    /// Set [`Block::deadline`].
    pub fn set_deadline(&mut self, deadline: Option<Deadline<'a>>) {
        if deadline.is_some() || self.rare.is_some() {
            self.rare_mut().deadline = deadline;
        }
    }
}

/// A responsibility clause, e.g. （公安部、发展改革委等负责） or
/// （责任单位：市水务局，各区政府）.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Responsibility<'a> {
    /// The clause without its brackets, cleaned.
    pub raw: Text<'a>,
    /// Every body named, in order.
    pub agencies: Vec<Agency<'a>>,
    /// Other sentences inside the clause (standing notes, deadlines).
    pub notes: Vec<Text<'a>>,
    /// Raw bytes of the clause, brackets included.
    pub span: Span,
    /// The deadline of the task the clause assigns: a deadline phrase
    /// inside its brackets (`（市发展改革委牵头，2024年底前完成）`), else the
    /// nearest one in the task text before it on its line
    /// (`2020年底前制定出台…。（司法部牵头）`); `None` when neither states one.
    /// (Boxed: most clauses have none.)
    #[serde(default)]
    pub deadline: Option<Box<Deadline<'a>>>,
}

/// What a body does for a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
// Not `#[non_exhaustive]`: the three roles are the contract's closed set
// (RoleCounts and the CLI's tables have one column each); a fourth would
// be a breaking change, made in a new major version.
pub enum Role {
    /// 牵头, 牵头单位.
    Lead,
    /// 负责, 等负责, 按职责分工负责, 分别负责, 责任单位.
    Responsible,
    /// 参与, 配合, 配合单位.
    Support,
}

impl Role {
    /// `"lead"`, `"responsible"` or `"support"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Responsible => "responsible",
            Role::Support => "support",
        }
    }
}

/// A body named in a clause or a standing note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Agency<'a> {
    /// As written, cleaned, without 等 / 等部门 / 等有关部门 tails.
    pub name: Text<'a>,
    /// Official full name when known: the gazetteer's canonical name of the
    /// national body the name stood for in the document's year
    /// (发展改革委 → 国家发展和改革委员会); `None` for local, collective and
    /// unknown bodies.
    pub canonical: Option<Text<'a>>,
    /// Its role.
    pub role: Role,
    /// National, local, collective or unknown.
    #[serde(default)]
    pub kind: AgencyKind,
    /// For a local body: its administrative level.
    #[serde(default)]
    pub level: Option<LocalLevel>,
    /// For a local body: the place it belongs to (嘉定区, 上海市), written in
    /// its name or, for a bare 区建设管理委 / 市水务局, the issuer's; `None` when
    /// unknown or when the name covers several places (各区政府).
    #[serde(default)]
    pub jurisdiction: Option<Text<'a>>,
    /// For a national body abolished since: the canonical name of the body
    /// that carries its work today (国家乡村振兴局 → 农业农村部); `None` when
    /// the body still exists.
    #[serde(default)]
    pub current: Option<Text<'a>>,
    /// Raw bytes of the name as written (for inherited agencies: in the
    /// standing note).
    pub span: Span,
}

/// A 附件 named or attached after the body, or a further document attached
/// to a notice that transmits several (the first one is the main document).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Attachment<'a> {
    /// Its number in the 附件 list, if numbered.
    pub number: Option<u32>,
    /// Its title.
    pub title: Text<'a>,
    /// Raw bytes of the title, when the text has one.
    pub title_span: Option<Span>,
    /// Unnumbered text of the attachment when its body is in the input
    /// (for a flattened table: one paragraph per cell).
    pub paragraphs: Vec<Paragraph<'a>>,
    /// Numbered blocks of the attachment when its body is in the input;
    /// for a body that is a task table, one block of kind `row` per row
    /// of the table (in order, after the blocks of any numbered text).
    pub sections: Vec<Block<'a>>,
    /// Tables of the attachment body, rows and columns rebuilt.
    #[serde(default)]
    pub tables: Vec<Table<'a>>,
    /// Raw bytes of the entry and, when present, of its body.
    pub span: Span,
}

/// A table rebuilt from a flattened, pipe, HTML or tab-separated form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Table<'a> {
    /// How the table was written.
    pub form: TableForm,
    /// The header cells, in order.
    pub columns: Vec<Column<'a>>,
    /// The rows below the header, in order.
    pub rows: Vec<Row<'a>>,
    /// From the header's first cell to the last row's last cell.
    pub span: Span,
}

/// How a [`Table`] was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum TableForm {
    /// One cell per line.
    Flattened,
    /// A markdown pipe table.
    Pipe,
    /// An HTML `<table>`.
    Html,
    /// Tab-separated lines.
    Tsv,
    /// Cells run together on a line with no separator (`序号改革举措主要内容一、…1企业投资…`),
    /// as a scrape that joined a table's `<p>` texts writes it.
    #[serde(rename = "run-on")]
    RunOn,
}

/// One header cell of a [`Table`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Column<'a> {
    /// The header text, cleaned.
    pub name: Text<'a>,
    /// What the column holds, read from its name.
    pub role: ColumnRole,
    /// Raw bytes of the header cell.
    pub span: Span,
}

/// What a table column holds, read from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ColumnRole {
    /// 序号.
    Number,
    /// 任务类型, 类别, 领域, 任务名称: a heading shared by several rows.
    Category,
    /// 任务, 工作任务, 重点任务, 具体措施, 主要内容, 改革举措.
    Task,
    /// 牵头单位.
    Lead,
    /// 责任单位, 责任部门, 推进单位, 实施主体.
    Responsible,
    /// 配合单位, 参与单位, 协办单位.
    Support,
    /// 完成时限, 时间节点, 完成时间.
    Deadline,
    /// Anything else (备注, 位置, …).
    Other,
}

impl ColumnRole {
    /// The role of the bodies a column names, when it names bodies.
    pub const fn body_role(self) -> Option<Role> {
        match self {
            ColumnRole::Lead => Some(Role::Lead),
            ColumnRole::Responsible => Some(Role::Responsible),
            ColumnRole::Support => Some(Role::Support),
            _ => None,
        }
    }
}

/// One row of a [`Table`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Row<'a> {
    /// One cell per column (a heading row: one cell).
    pub cells: Vec<Cell<'a>>,
    /// A heading row spanning the whole table (行动一：…, 一、…) that
    /// groups the rows below it.
    #[serde(default)]
    pub heading: bool,
    /// Raw bytes of the row's own cells.
    pub span: Span,
}

/// One cell of a [`Row`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Cell<'a> {
    /// Cleaned text; the lines of a multi-line cell joined.
    pub text: Text<'a>,
    /// Raw bytes of the cell; of the cell it repeats when inherited; empty
    /// at the row's start when the cell is empty.
    pub span: Span,
    /// Missing from this row (a merged cell): the text is the one above.
    pub inherited: bool,
}

/// How often recurring work recurs (每年, 每半年, 每季度, 每月).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Period {
    /// 每年, 每年度.
    Year,
    /// 每半年.
    HalfYear,
    /// 每季度, 每季.
    Quarter,
    /// 每月.
    Month,
}

impl Period {
    /// `"year"`, `"half_year"`, `"quarter"` or `"month"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Period::Year => "year",
            Period::HalfYear => "half_year",
            Period::Quarter => "quarter",
            Period::Month => "month",
        }
    }
}

/// A deadline (a 完成时限 cell or line, or a phrase in or before a
/// clause): as written, and the last day it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Deadline<'a> {
    /// As written, cleaned.
    pub text: Text<'a>,
    /// The last day meant, ISO 8601: 2025年底前 → `2025-12-31`, 2024年6月底前
    /// → `2024-06-30`, 2023年第三季度 → `2023-09-30`, 年内 → the end of the
    /// document's year; `None` for ongoing work or an unreadable phrase.
    #[serde(default)]
    pub by: Option<String>,
    /// Work with no end: 长期坚持, 持续推进, 常态化, and recurring work
    /// (每年).
    #[serde(default)]
    pub ongoing: bool,
    /// For recurring work (每年, 每年6月底前, 每季度): how often it recurs;
    /// `ongoing` is then true and `by` `None`.
    #[serde(default)]
    pub every: Option<Period>,
    /// Raw bytes of it.
    pub span: Span,
}

impl Deadline<'_> {
    /// Detach from the input.
    pub fn into_owned(self) -> Deadline<'static> {
        Deadline { text: own(self.text), by: self.by, ongoing: self.ongoing, every: self.every, span: self.span }
    }
}

impl Table<'_> {
    /// Detach from the input.
    pub fn into_owned(self) -> Table<'static> {
        Table {
            form: self.form,
            columns: self
                .columns
                .into_iter()
                .map(|c| Column { name: own(c.name), role: c.role, span: c.span })
                .collect(),
            rows: self
                .rows
                .into_iter()
                .map(|r| Row {
                    cells: r
                        .cells
                        .into_iter()
                        .map(|c| Cell { text: own(c.text), span: c.span, inherited: c.inherited })
                        .collect(),
                    heading: r.heading,
                    span: r.span,
                })
                .collect(),
            span: self.span,
        }
    }
}

fn own(t: Text<'_>) -> Text<'static> {
    Cow::Owned(t.into_owned())
}

fn own_opt(t: Option<Text<'_>>) -> Option<Text<'static>> {
    t.map(own)
}

fn own_paras(v: Vec<Paragraph<'_>>) -> Vec<Paragraph<'static>> {
    v.into_iter().map(|p| Paragraph { text: own(p.text), span: p.span }).collect()
}

fn own_agencies(v: Vec<Agency<'_>>) -> Vec<Agency<'static>> {
    v.into_iter()
        .map(|a| Agency {
            name: own(a.name),
            canonical: own_opt(a.canonical),
            role: a.role,
            kind: a.kind,
            level: a.level,
            jurisdiction: own_opt(a.jurisdiction),
            current: own_opt(a.current),
            span: a.span,
        })
        .collect()
}

impl Block<'_> {
    /// Detach from the input.
    pub fn into_owned(self) -> Block<'static> {
        Block {
            kind: self.kind,
            level: self.level,
            marker: own(self.marker),
            marker_span: self.marker_span,
            number: self.number,
            title: own_opt(self.title),
            title_span: self.title_span,
            paragraphs: own_paras(self.paragraphs),
            responsibilities: self
                .responsibilities
                .into_iter()
                .map(|r| Responsibility {
                    raw: own(r.raw),
                    agencies: own_agencies(r.agencies),
                    notes: r.notes.into_iter().map(own).collect(),
                    span: r.span,
                    deadline: r.deadline.map(|d| Box::new(d.into_owned())),
                })
                .collect(),
            children: self.children.into_iter().map(Block::into_owned).collect(),
            rare: self.rare.map(|r| {
                Box::new(Rare {
                    outline: r.outline,
                    inherited: own_agencies(r.inherited),
                    references: r.references.into_iter().map(Reference::into_owned).collect(),
                    tables: r.tables.into_iter().map(Table::into_owned).collect(),
                    deadline: r.deadline.map(Deadline::into_owned),
                })
            }),
            span: self.span,
        }
    }

    /// This block and all its descendants, depth first, in document order.
    pub fn walk(&self) -> impl Iterator<Item = &Block<'_>> {
        let mut stack = vec![self];
        std::iter::from_fn(move || {
            let b = stack.pop()?;
            stack.extend(b.children.iter().rev());
            Some(b)
        })
    }

    /// Every body named in this block's own clauses ([`Block::responsibilities`]),
    /// in order. Bodies it inherits from an earlier standing note
    /// ([`Block::inherited`]) are NOT included: [`Block::all_agencies`]
    /// gives both. Children's clauses are not included either (see
    /// [`Block::walk`]).
    pub fn agencies(&self) -> impl Iterator<Item = &Agency<'_>> {
        self.responsibilities.iter().flat_map(|r| r.agencies.iter())
    }

    /// Every body that applies to this block: those of its own clauses
    /// ([`Block::agencies`]), then those it inherits from a standing note
    /// ([`Block::inherited`]: after （…以下任务均需各省级有关部门落实，不再列出）,
    /// 各省级有关部门).
    ///
    /// ```
    /// let text = "方案\n一、总体要求\n\
    ///             （一）推进改革。（公安部负责。以下任务均需各省级有关部门落实，不再列出）\n\
    ///             （二）加强保障。（财政部负责）\n";
    /// let doc = gongwen::parse(text).unwrap();
    /// let task = &doc.sections[0].children[1];
    /// let own: Vec<_> = task.agencies().map(|a| a.name.as_ref()).collect();
    /// let all: Vec<_> = task.all_agencies().map(|a| a.name.as_ref()).collect();
    /// assert_eq!(own, ["财政部"]);
    /// assert_eq!(all, ["财政部", "各省级有关部门"]);
    /// ```
    pub fn all_agencies(&self) -> impl Iterator<Item = &Agency<'_>> {
        self.agencies().chain(self.inherited().iter())
    }
}

impl Document<'_> {
    /// Detach the tree from the input it borrows from.
    pub fn into_owned(self) -> Document<'static> {
        Document {
            notice: self.notice.map(|n| Notice {
                title: own_opt(n.title),
                title_span: n.title_span,
                doc_number: own_opt(n.doc_number),
                doc_number_span: n.doc_number_span,
                addressees: n
                    .addressees
                    .into_iter()
                    .map(|g| AddresseeGroup {
                        text: own(g.text),
                        items: g.items.into_iter().map(own).collect(),
                        span: g.span,
                        names: g.names.into_iter().map(own).collect(),
                        item_spans: g.item_spans,
                    })
                    .collect(),
                addressee_span: n.addressee_span,
                body: own_paras(n.body),
                issuers: n.issuers.into_iter().map(own).collect(),
                date: n.date,
                date_span: n.date_span,
                notes: n.notes.into_iter().map(own).collect(),
                cc: n.cc.into_iter().map(own).collect(),
                printed_by: own_opt(n.printed_by),
                printed_date: n.printed_date,
                signature_span: n.signature_span,
                colophon_span: n.colophon_span,
                span: n.span,
            }),
            title: own_opt(self.title),
            title_span: self.title_span,
            doc_number: own_opt(self.doc_number),
            doc_number_span: self.doc_number_span,
            adopted: own_paras(self.adopted),
            effective: self.effective.map(|e| Effective { text: own(e.text), date: e.date, span: e.span }),
            contents: self.contents.map(|c| Contents { entries: own_paras(c.entries), span: c.span }),
            preamble: own_paras(self.preamble),
            sections: self.sections.into_iter().map(Block::into_owned).collect(),
            headings: self
                .headings
                .into_iter()
                .map(|h| Heading { title: own(h.title), paragraphs: own_paras(h.paragraphs), span: h.span })
                .collect(),
            closing: own_paras(self.closing),
            tables: self.tables.into_iter().map(Table::into_owned).collect(),
            attachments: self
                .attachments
                .into_iter()
                .map(|a| Attachment {
                    number: a.number,
                    title: own(a.title),
                    title_span: a.title_span,
                    paragraphs: own_paras(a.paragraphs),
                    sections: a.sections.into_iter().map(Block::into_owned).collect(),
                    tables: a.tables.into_iter().map(Table::into_owned).collect(),
                    span: a.span,
                })
                .collect(),
            references: self.references.into_iter().map(Reference::into_owned).collect(),
            diagnostics: self.diagnostics,
            span: self.span,
        }
    }

    /// Every block at every depth of the MAIN document ([`Document::sections`]),
    /// depth first, in document order. Blocks of attachments and of further
    /// documents a notice transmits ([`Attachment::sections`]) are not
    /// included: [`Document::all_blocks`] gives those too.
    ///
    /// ```
    /// let doc = gongwen::parse("标题\n一、总体要求\n（一）指导思想。\n（二）基本原则。\n").unwrap();
    /// let markers: Vec<_> = doc.blocks().map(|b| b.marker.as_ref()).collect();
    /// assert_eq!(markers, ["一、", "（一）", "（二）"]);
    /// ```
    pub fn blocks(&self) -> impl Iterator<Item = &Block<'_>> {
        self.sections.iter().flat_map(|s| s.walk())
    }

    /// Every block at every depth of the whole input: the main document's
    /// ([`Document::blocks`]), then each attachment's in turn (a task table
    /// of a 附件, a further document a notice transmits), depth first — the
    /// order in which [`Document::assignments`] numbers them.
    ///
    /// ```
    /// let text = "关于印发方案的通知\n各区政府：\n现将方案印发给你们。\n上海市人民政府\n2024年1月5日\n\
    ///             附件：工作方案\n附件\n工作方案\n一、总体要求\n（一）目标。\n";
    /// let doc = gongwen::parse(text).unwrap();
    /// let main = doc.blocks().count();
    /// let all = doc.all_blocks().count();
    /// let attached: usize = doc.attachments.iter().flat_map(|a| &a.sections).map(|s| s.walk().count()).sum();
    /// assert!(attached > 0);
    /// assert_eq!(all, main + attached);
    /// ```
    pub fn all_blocks(&self) -> impl Iterator<Item = &Block<'_>> {
        self.blocks().chain(self.attachments.iter().flat_map(|a| a.sections.iter().flat_map(|s| s.walk())))
    }

    /// Bytes to reserve for the compact JSON: 1.6 to 4 times the input's
    /// bytes on the corpus, so that the buffer seldom grows.
    fn json_capacity(&self) -> usize {
        3 * self.span.len()
    }

    /// The JSON of the contract, compact: the bytes of
    /// `serde_json::to_string(&doc)`, written by [`crate::json::write`].
    pub fn to_json(&self) -> String {
        crate::json::to_string(self, crate::json::Layout::Compact, self.json_capacity())
            .expect("a Document always serialises")
    }

    /// The JSON of the contract, indented: serde_json's pretty printer (two
    /// spaces per level, every member on its own line). The command-line
    /// tool's `--format json` prints the same JSON with small containers of
    /// scalars (spans, short lists) on one line.
    pub fn to_json_pretty(&self) -> String {
        crate::json::to_string(self, crate::json::Layout::Pretty, 2 * self.json_capacity())
            .expect("a Document always serialises")
    }
}

/// The error of parsing a [`BlockKind`], [`Role`], [`ReferenceKind`] or
/// [`Period`] from a name that is not one of its JSON names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseNameError {
    what: &'static str,
    detail: String,
}

impl std::fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid {}: {}", self.what, self.detail)
    }
}

impl std::error::Error for ParseNameError {}

/// `Display` as the JSON name (`as_str`), `FromStr` from it: the serde
/// names are the single source, so the three never disagree.
macro_rules! json_names {
    ($($ty:ident: $what:literal),* $(,)?) => {$(
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = ParseNameError;

            /// From the JSON name (`"section"`, `"lead"`, …), exactly.
            fn from_str(s: &str) -> Result<Self, ParseNameError> {
                use serde::de::IntoDeserializer;
                let de: serde::de::value::StrDeserializer<'_, serde::de::value::Error> = s.into_deserializer();
                $ty::deserialize(de).map_err(|e| ParseNameError { what: $what, detail: e.to_string() })
            }
        }
    )*};
}

json_names!(BlockKind: "block kind", Role: "role", ReferenceKind: "reference kind", Period: "period");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_is_small() {
        // 272 bytes when the rare fields were fields of their own
        assert!(size_of::<Block<'_>>() <= Block::SIZE_BOUND, "{}", size_of::<Block<'_>>());
    }

    #[test]
    fn the_rare_fields_read_and_write_as_fields_of_the_json() {
        let text = "标题\n1.1　范围\n一、依据《甲法》\n完成时限：2024年底前\n";
        let doc = crate::parse(text).unwrap();
        let json = doc.to_json();
        let back: Document<'_> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, doc);
        assert_eq!(back.to_json(), json);
        // a block without any of them allocates no rare part
        let plain = crate::parse("标题\n一、总则\n").unwrap();
        assert!(plain.sections[0].rare.is_none());
        let v: serde_json::Value = serde_json::from_str(&plain.to_json()).unwrap();
        let keys: Vec<&str> = v["sections"][0].as_object().unwrap().keys().map(String::as_str).collect();
        assert!(["outline", "inherited", "references", "tables", "deadline"].iter().all(|k| keys.contains(k)));
    }

    #[test]
    fn writing_nothing_allocates_no_rare_part() {
        let mut b = Block::new(BlockKind::Section, 1, Cow::Borrowed("一、"), Span::new(0, 6), 1, Span::new(0, 6));
        b.set_outline(None);
        b.set_deadline(None);
        assert!(b.rare.is_none());
        b.inherited_mut().push(Agency::unresolved(Cow::Borrowed("某局"), Role::Lead, Span::new(0, 6)));
        assert_eq!(b.inherited().len(), 1);
        assert!(b.references().is_empty() && b.tables().is_empty() && b.deadline().is_none());
    }

    /// Every variant, checked complete by an exhaustive match (a new
    /// variant fails to compile here until it is listed).
    const KINDS: [BlockKind; 17] = [
        BlockKind::Part,
        BlockKind::Chapter,
        BlockKind::Division,
        BlockKind::Article,
        BlockKind::Section,
        BlockKind::Action,
        BlockKind::Task,
        BlockKind::Subsection,
        BlockKind::Item,
        BlockKind::Subitem,
        BlockKind::Circled,
        BlockKind::Row,
        BlockKind::Box,
        BlockKind::Decimal,
        BlockKind::ParenItem,
        BlockKind::Letter,
        BlockKind::Subpart,
    ];

    fn listed(k: BlockKind) -> bool {
        match k {
            BlockKind::Part
            | BlockKind::Chapter
            | BlockKind::Division
            | BlockKind::Article
            | BlockKind::Section
            | BlockKind::Action
            | BlockKind::Task
            | BlockKind::Subsection
            | BlockKind::Item
            | BlockKind::Subitem
            | BlockKind::Circled
            | BlockKind::Row
            | BlockKind::Box
            | BlockKind::Decimal
            | BlockKind::ParenItem
            | BlockKind::Letter
            | BlockKind::Subpart => KINDS.contains(&k),
        }
    }

    #[test]
    fn every_name_round_trips_through_display_fromstr_and_serde() {
        for k in KINDS {
            assert!(listed(k));
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{k}\""));
            assert_eq!(k.to_string().parse::<BlockKind>(), Ok(k));
        }
        for r in [Role::Lead, Role::Responsible, Role::Support] {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{r}\""));
            assert_eq!(r.to_string().parse::<Role>(), Ok(r));
            match r {
                Role::Lead | Role::Responsible | Role::Support => {}
            }
        }
        for p in [Period::Year, Period::HalfYear, Period::Quarter, Period::Month] {
            assert_eq!(serde_json::to_string(&p).unwrap(), format!("\"{p}\""));
            assert_eq!(p.to_string().parse::<Period>(), Ok(p));
        }
        for r in [ReferenceKind::Law, ReferenceKind::Regulation, ReferenceKind::Document, ReferenceKind::Other] {
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{r}\""));
            assert_eq!(r.to_string().parse::<ReferenceKind>(), Ok(r));
        }
    }

    #[test]
    fn unknown_names_are_errors_that_list_the_names() {
        let e = "Section".parse::<BlockKind>().unwrap_err();
        let shown = e.to_string();
        assert!(shown.starts_with("invalid block kind: "), "{shown}");
        assert!(shown.contains("`section`") && shown.contains("`decimal`"), "{shown}");
        assert!("".parse::<Role>().is_err());
        assert!(" lead".parse::<Role>().is_err());
    }
}
