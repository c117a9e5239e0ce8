//! # gongwen — Chinese policy documents (公文) as data
//!
//! `gongwen` turns the raw text of a Chinese government policy document —
//! scraped web pages with `@@` link artifacts, half-width or full-width
//! punctuation, any indentation — into a typed, span-accurate [`Document`]:
//! the covering notice (发文字号, 主送机关, 发文机关署名, 成文日期), the title,
//! numbered blocks at every depth with their run-in titles, and the
//! responsibility clauses that say which body does what.
//!
//! ```
//! let text = "各省发展改革委:\n\
//!             现将《重点任务》印发给你们,请认真贯彻执行。\n\
//!             国家发展改革委\n\
//!             2022年3月10日\n\
//!             重点任务\n\
//!             一、提高质量\n\
//!             (一)深化户籍制度改革。放开落户限制。(公安部、发展改革委等负责)\n";
//! let doc = gongwen::parse(text)?;
//! let notice = doc.notice.as_ref().unwrap();
//! assert_eq!(notice.issuers, ["国家发展改革委"]);
//! assert_eq!(notice.date.as_deref(), Some("2022-03-10"));
//! assert_eq!(doc.title.as_deref(), Some("重点任务"));
//! let task = &doc.sections[0].children[0];
//! assert_eq!(task.title.as_deref(), Some("深化户籍制度改革"));
//! let bodies: Vec<_> = task.agencies().map(|a| a.name.as_ref()).collect();
//! assert_eq!(bodies, ["公安部", "发展改革委"]);
//! // every span points into the original text
//! assert_eq!(&text[task.marker_span.start..task.marker_span.end], "(一)");
//! # Ok::<(), gongwen::Error>(())
//! ```
//!
//! The tree serialises (serde) to the JSON contract; see
//! [`Document::to_json_pretty`]. Every body named gets its canonical name
//! for the document's year ([`Agency::canonical`], [`gazetteer`]);
//! [`Document::assignments`] and [`Document::by_body`] answer who does what.
//! Recoverable findings are [`Diagnostic`]s with stable [`codes`];
//! [`Error`] is for input that cannot be parsed at all, and both render the
//! source line with a caret ([`Location`]). [`audit`] flags parses that
//! look wrong (headings and clauses seen in the text but not in the tree,
//! empty chapters, long titles …) without hand-written facts.
//!
//! Bytes in another encoding than UTF-8 (GBK / GB18030, UTF-16) are read
//! by [`decode`], which detects the encoding ([`Encoding::Auto`]) or obeys
//! the one given, and repairs mojibake (UTF-8 text once read as
//! Windows-1252, Mac Cyrillic, Windows-1251, KOI8-R or GBK and saved again:
//! [`repair_mojibake`]); spans of the parse then index the decoded text.
//! [`parse`] takes its text as it is: mojibake there is an
//! `encoding-damage` error that points to [`decode`].
//!
//! Layout: input cleaning (residue removed, an offset map back to the raw
//! bytes) → the grammar (a layout pass, then one module per production)
//! builds the typed AST → body resolution → consumers (JSON, queries, the
//! `gongwen` command-line tool behind the `cli` feature). See
//! `ARCHITECTURE.md`.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod agency;
mod ast;
pub mod audit;
mod clean;
mod damage;
mod decode;
mod diagnostic;
mod error;
pub mod gazetteer;
mod grammar;
pub mod json;
mod mojibake;
mod punct;
mod query;
mod render;
mod source;
mod span;

pub use agency::AgencyKind;
pub use ast::{
    AddresseeGroup, Agency, Attachment, Block, BlockKind, Cell, Column, ColumnRole, Contents, Deadline, Document,
    Effective, Heading, Notice, Paragraph, ParseNameError, Period, Reference, ReferenceKind, Responsibility, Role, Row,
    Table, TableForm, Text,
};
pub use decode::{DecodeOptions, Decoded, Encoding, UnknownEncoding, decode, decode_vec, decode_vec_with, decode_with};
pub use diagnostic::{Diagnostic, Severity, codes};
pub use error::Error;
pub use gazetteer::LocalLevel;
pub use mojibake::{CodePage, Repair, repair_mojibake};
pub use query::{Assignment, BodySummary, Citation, RoleCounts};
pub use render::{Location, display_width};
pub use span::{LineIndex, Position, Span};

/// The JSON Schema (draft 2020-12) of the JSON a [`Document`] serialises
/// to, generated from the types: their doc comments are its descriptions,
/// and every field is required (absent values are `null`, never missing
/// keys). `docs/gongwen.schema.json` is this value, pretty-printed, and
/// `docs/json.md` explains it. Behind the `schema` feature.
///
/// ```
/// let schema = gongwen::json_schema();
/// assert_eq!(schema["title"], "Document");
/// assert!(schema["$defs"]["Block"]["properties"]["marker_span"].is_object());
/// ```
#[cfg(feature = "schema")]
pub fn json_schema() -> serde_json::Value {
    schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<Document<'static>>()
        .to_value()
}

/// The README's examples, run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// Parse settings.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Largest input accepted, in bytes; larger input is rejected with
    /// [`Error::TooLarge`] before any work. Default: 64 MiB (at most
    /// 4 GiB − 2 is accepted, whatever is set: the offsets of the map from
    /// cleaned text back to the input are 32-bit).
    ///
    /// It also bounds memory. A parse allocates at its peak at most about
    /// 10 × the input + 20 MB, whatever the shape of the input (measured
    /// with a counting allocator by `tests/memory.rs`, at 4 and 16 MiB):
    /// real documents a few times their size (at most 10 × on the
    /// fixtures), and the hostile shapes of issue 16 — floods of brackets,
    /// markers run together, one long line, residue every few bytes (12
    /// bytes of the offset map a run), text of nothing but short headings
    /// (each would become a 192-byte [`Block`]: past
    /// [`Options::max_blocks`] headings the rest is kept as one paragraph),
    /// text of very short lines (past [`Options::max_lines`] lines the rest
    /// is kept as it stands) — 1 × to 9.1 ×. Running N parses at once (the
    /// CLI's `--jobs N`) multiplies the peak by N: with the default limit,
    /// at most about N × 700 MB for text of the largest size accepted;
    /// lower `max_bytes` (or N) where memory is short.
    pub max_bytes: usize,
    /// Deepest nesting of numbered blocks accepted; deeper input is
    /// rejected with [`Error::TooDeep`]. Default: 16 (the numbering styles
    /// nest at most 11 deep).
    pub max_depth: usize,
    /// Most numbered headings read as blocks: a resource limit, for text
    /// made of nothing but short headings, whose every few bytes would
    /// become a [`Block`]. Default: 25,000 (the largest real document of
    /// the test corpus holds 663 blocks). Past it, the text from the line
    /// of the next heading on is not parsed: it is kept, line breaks
    /// included, as one paragraph of the last block, and a `block-limit`
    /// warning ([`codes::BLOCK_LIMIT`]) marks where reading stopped.
    /// Headings are counted as the lines that start with a numbering mark;
    /// blocks that are not headings (table rows, 专栏 boxes) are not
    /// counted.
    pub max_blocks: usize,
    /// Most lines read: a resource limit, for text of very many short
    /// lines (`a⏎` or `。⏎` all through, `<p>甲<br>` repeated), whose every
    /// few bytes would cost the tables kept per line. Default: 100,000
    /// (the longest real document of the test corpus has some 1,900
    /// lines). Lines are those of the cleaned text, blank lines included
    /// (so the line breaks HTML tags such as `<br>` and `<p>` make count
    /// too). Past the limit, the text from the next line on is not parsed,
    /// not even cleaned: it is kept as it stands in
    /// the input, as one paragraph of the last block, and a `line-limit`
    /// warning ([`codes::LINE_LIMIT`]) marks where reading stopped.
    pub max_lines: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { max_bytes: 64 << 20, max_depth: 16, max_blocks: 25_000, max_lines: 100_000 }
    }
}

impl Options {
    /// Set [`Options::max_depth`].
    pub fn max_depth(mut self, limit: usize) -> Self {
        self.max_depth = limit;
        self
    }

    /// Set [`Options::max_blocks`].
    ///
    /// ```
    /// let text = "标题\n一、甲\n二、乙\n三、丙\n";
    /// let doc = gongwen::parse_with(text, &gongwen::Options::default().max_blocks(2)).unwrap();
    /// assert_eq!(doc.blocks().count(), 2);
    /// // nothing is dropped: the rest is the last block's paragraph
    /// assert_eq!(doc.sections[1].paragraphs[0].text, "三、丙");
    /// assert!(doc.diagnostics.iter().any(|d| d.code == gongwen::codes::BLOCK_LIMIT));
    /// ```
    pub fn max_blocks(mut self, limit: usize) -> Self {
        self.max_blocks = limit;
        self
    }

    /// Set [`Options::max_lines`].
    ///
    /// ```
    /// let text = "标题\n一、甲\n二、乙\n<b>三</b>、丙\n";
    /// let doc = gongwen::parse_with(text, &gongwen::Options::default().max_lines(3)).unwrap();
    /// assert_eq!(doc.blocks().count(), 2);
    /// // nothing is dropped: the rest is the last block's paragraph, as it
    /// // stands in the input
    /// assert_eq!(doc.sections[1].paragraphs[0].text, "<b>三</b>、丙");
    /// assert!(doc.diagnostics.iter().any(|d| d.code == gongwen::codes::LINE_LIMIT));
    /// ```
    pub fn max_lines(mut self, limit: usize) -> Self {
        self.max_lines = limit;
        self
    }

    /// Set [`Options::max_bytes`].
    pub fn max_bytes(mut self, limit: usize) -> Self {
        self.max_bytes = limit;
        self
    }
}

/// Parse a document with default [`Options`].
///
/// Errors only when the text cannot be parsed at all (empty, too large, no
/// recognisable structure); everything recoverable is reported in
/// [`Document::diagnostics`].
pub fn parse(text: &str) -> Result<Document<'_>, Error> {
    parse_with(text, &Options::default())
}

/// Parse a document with the given [`Options`].
pub fn parse_with<'a>(text: &'a str, options: &Options) -> Result<Document<'a>, Error> {
    let limit = options.max_bytes.min(clean::MAX_TEXT);
    if text.len() > limit {
        return Err(Error::TooLarge { size: text.len(), limit });
    }
    if text.chars().all(punct::is_space) {
        return Err(Error::Empty);
    }
    let mut doc = grammar::document(text, options)?;
    damage::check(text, &mut doc.diagnostics);
    agency::resolve(&mut doc);
    grammar::deadline::resolve(&mut doc);
    Ok(doc)
}

/// The parser's work units for `text` with default [`Options`]: the bytes
/// and items each pass visits, counted as it runs. They grow linearly with
/// the size of the input, whatever its shape; the test suite checks that on
/// adversarial inputs without timing anything.
///
/// ```
/// let one = gongwen::work_units(&"一、总则\n".repeat(1000));
/// let two = gongwen::work_units(&"一、总则\n".repeat(2000));
/// assert!(two <= one * 2 + one / 10);
/// ```
pub fn work_units(text: &str) -> u64 {
    let options = Options::default();
    if text.len() > options.max_bytes || text.chars().all(punct::is_space) {
        return text.len() as u64;
    }
    grammar::document_counted(text, &options).1
}

/// The text the grammar reads: `text` with its scrape residue removed (`@`
/// runs, stray spaces inside CJK text, markdown and HTML residue, a BOM) and
/// the line breaks inside hard-wrapped paragraphs joined (a heading whose 。
/// stands on the next line keeps its line break). Parsing it gives the same
/// facts as parsing `text` (only the spans differ). A text longer than any
/// parse accepts (4 GiB − 2 bytes: see [`Options::max_bytes`]) has no
/// residue removed.
///
/// ```
/// assert_eq!(gongwen::cleaned("(二@@十@@@@三@@@@)推进@@。"), "(二十三)推进。");
/// ```
pub fn cleaned(text: &str) -> String {
    grammar::cleaned(text)
}

/// Parse raw bytes, which must be UTF-8, as they are: spans index them.
/// For text that may be GBK / GB18030 or UTF-16, or mojibake to repair,
/// [`decode`] it first (its spans then index the decoded text); mojibake
/// parsed here is reported as `encoding-damage`.
///
/// ```
/// let err = gongwen::parse_bytes(b"\xE4\xB8\x80\xFF").unwrap_err();
/// assert!(matches!(err, gongwen::Error::InvalidUtf8 { offset: 3, .. }));
/// assert_eq!(err.summary(), "invalid UTF-8 at byte 3 (line 1, column 2); nothing was parsed");
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Document<'_>, Error> {
    parse_bytes_with(bytes, &Options::default())
}

/// Parse raw bytes with the given [`Options`].
pub fn parse_bytes_with<'a>(bytes: &'a [u8], options: &Options) -> Result<Document<'a>, Error> {
    let limit = options.max_bytes.min(clean::MAX_TEXT);
    if bytes.len() > limit {
        return Err(Error::TooLarge { size: bytes.len(), limit });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        // the valid text before the bad byte locates it
        let valid = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
        Error::InvalidUtf8 { offset, location: Location::new(valid, Span::new(offset, offset)) }
    })?;
    parse_with(text, options)
}
