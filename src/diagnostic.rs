//! Recoverable findings: what the parser noticed, where, and what it did.

use crate::render::Location;
use crate::span::{LineIndex, Position, Span};
use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something was cleaned or inferred; the result is as the author meant.
    Info,
    /// The text departs from the expected form; the parser recovered but the
    /// result may need a look.
    Warning,
    /// Part of the text could not be read as intended.
    Error,
}

impl Severity {
    /// `"info"`, `"warning"` or `"error"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The stable codes of every diagnostic gongwen emits. Scripts may match on
/// these strings; they never change meaning.
pub mod codes {
    /// Scrape residue (`@@` link artifacts, stray spaces inside CJK text) was
    /// removed from text fields. One diagnostic per kind of residue.
    pub const SCRAPE_ARTIFACT: &str = "scrape-artifact";
    /// A numbered block skips numbers (（三） after （一）).
    pub const NUMBERING_GAP: &str = "numbering-gap";
    /// A numbered block repeats the number of the block before it.
    pub const NUMBERING_DUPLICATE: &str = "numbering-duplicate";
    /// A numbered block goes backwards (（二） after （五）).
    pub const NUMBERING_ORDER: &str = "numbering-order";
    /// An opening bracket （ ( 《 with no closing partner on its line.
    pub const UNCLOSED_BRACKET: &str = "unclosed-bracket";
    /// A run of Latin letters that does not belong in the CJK sentence around
    /// it (injected spam such as `乐动安卓app`).
    pub const FOREIGN_INSERTION: &str = "foreign-insertion";
    /// A web-page metadata block (索引号 / 发文机关 / 成文日期 …) was read at
    /// the top; its values fill notice fields the text lacks.
    pub const METADATA_BLOCK: &str = "metadata-block";
    /// A line repeats the line before it (a title printed twice by a
    /// scraper) and was read once.
    pub const DUPLICATE_LINE: &str = "duplicate-line";
    /// An attachment's body is a table flattened one cell per line.
    pub const FLATTENED_TABLE: &str = "flattened-table";
    /// A further document attached to the same notice starts here; it is
    /// listed in `attachments` with its own blocks.
    pub const ATTACHED_DOCUMENT: &str = "attached-document";
    /// A 成文日期 with no 发文机关署名 above it.
    pub const MISSING_SIGNATURE: &str = "missing-signature";
    /// A 附件 is named but its body is not in the text.
    pub const ATTACHMENT_ABSENT: &str = "attachment-absent";
    /// Standing notes name more bodies than later blocks inherit.
    pub const TOO_MANY_STANDING: &str = "too-many-standing-notes";
    /// Bodies named in clauses that the gazetteer does not know (one
    /// diagnostic per document listing them).
    pub const UNKNOWN_AGENCY: &str = "unknown-agency";
    /// More diagnostics of one code than are listed; the first ones are.
    pub const DIAGNOSTICS_TRUNCATED: &str = "diagnostics-truncated";
    /// A table of contents (目录) was read before the body; it is kept in
    /// `contents`, not as blocks.
    pub const TABLE_OF_CONTENTS: &str = "table-of-contents";
    /// Web-page furniture (来源：, 字号：大 中 小, 打印本页, 关闭窗口, breadcrumbs,
    /// 分享到：) was dropped from the text.
    pub const PAGE_CHROME: &str = "page-chrome";
    /// A table row has fewer cells than the header has columns (a cell
    /// merged with the one above is inherited, others are left empty), or
    /// cells that fit no column.
    pub const TABLE_RAGGED: &str = "table-ragged";
    /// A table header with no row under it.
    pub const TABLE_EMPTY: &str = "table-empty";
    /// A table row has more cells than the header has columns; the extra
    /// cells are kept after the others.
    pub const TABLE_EXTRA_CELLS: &str = "table-extra-cells";
    /// A table's 序号 skips or repeats a number.
    pub const TABLE_NUMBERING: &str = "table-numbering";
    /// Control characters (C0 other than tab, line feed, carriage return
    /// and form feed; DEL; C1 U+0080–U+009F) were removed from the text,
    /// wherever they stood. One diagnostic for all of them, at the first.
    pub const CONTROL_CHARACTER: &str = "control-character";
    /// The text is damaged by a wrong decoding: replacement characters
    /// (U+FFFD, bytes lost when a GBK file was read as UTF-8), or mojibake
    /// (UTF-8 read as GBK, Latin-1/Windows-1252 or Mac Cyrillic). An error:
    /// the text is not what the author wrote. The message names the
    /// decoding that repairs it when the damage is reversible.
    pub const ENCODING_DAMAGE: &str = "encoding-damage";
    /// The text was mojibake — UTF-8 read in a legacy code page
    /// (Windows-1252, Mac Cyrillic, Windows-1251, KOI8-R, GBK) and saved
    /// again — and [`decode`](crate::decode) repaired it: the message names
    /// the code page and the characters that could not be recovered (each
    /// now U+FFFD). `info` when none was lost, else `warning`. Spans index
    /// the repaired text ([`Decoded::text`](crate::Decoded::text)).
    pub const MOJIBAKE_REPAIRED: &str = "mojibake-repaired";
    /// An HTML cell's `colspan` or `rowspan` reaches past the table (or is
    /// not a number a table can have); it is cut at the table's edge.
    pub const TABLE_SPAN: &str = "table-span-clamped";
    /// A line of a table that is an HTML tag cleaning could not read (one
    /// not closed, or broken by another tag inside it): markup, never cell
    /// text; dropped from the table.
    pub const TABLE_BROKEN_TAG: &str = "table-broken-tag";
    /// The text holds more numbered headings than
    /// [`Options::max_blocks`](crate::Options::max_blocks) allows (a
    /// resource limit: real documents hold a few hundred): the text from
    /// the span's line on is not parsed, and is kept as one paragraph of
    /// the last block.
    pub const BLOCK_LIMIT: &str = "block-limit";
    /// The text holds more lines than
    /// [`Options::max_lines`](crate::Options::max_lines) allows (a
    /// resource limit: real documents hold a few thousand): the text from
    /// the span's line on is not parsed, and is kept as it stands in the
    /// input, as one paragraph of the last block.
    pub const LINE_LIMIT: &str = "line-limit";
    /// A standard's cover under its title (the title's English
    /// equivalent, the dates it is issued and takes effect, the body that
    /// issues it): kept as preamble paragraphs, no part of the title.
    pub const STANDARD_COVER: &str = "standard-cover";
    /// 公开属性 lines printed after the covered document (`公开方式：主动公开`,
    /// `（此件公开发布）`, over the 版记 or ending the text): read as the
    /// notice's notes (which carry no span of their own), no text of the
    /// document's last block.
    pub const PUBLICITY_NOTE: &str = "publicity-note";
    /// Every code above, for matching.
    pub const ALL: &[&str] = &[
        SCRAPE_ARTIFACT,
        NUMBERING_GAP,
        NUMBERING_DUPLICATE,
        NUMBERING_ORDER,
        UNCLOSED_BRACKET,
        FOREIGN_INSERTION,
        METADATA_BLOCK,
        DUPLICATE_LINE,
        FLATTENED_TABLE,
        ATTACHED_DOCUMENT,
        MISSING_SIGNATURE,
        ATTACHMENT_ABSENT,
        TOO_MANY_STANDING,
        UNKNOWN_AGENCY,
        DIAGNOSTICS_TRUNCATED,
        SKIPPED_TEXT,
        TABLE_OF_CONTENTS,
        PAGE_CHROME,
        TABLE_RAGGED,
        TABLE_EMPTY,
        TABLE_EXTRA_CELLS,
        TABLE_NUMBERING,
        TABLE_SPAN,
        TABLE_BROKEN_TAG,
        NO_STRUCTURE,
        CONTROL_CHARACTER,
        ENCODING_DAMAGE,
        MOJIBAKE_REPAIRED,
        BLOCK_LIMIT,
        LINE_LIMIT,
        STANDARD_COVER,
        PUBLICITY_NOTE,
    ];
    /// Text that belongs to no node was skipped.
    pub const SKIPPED_TEXT: &str = "skipped-text";
    /// The text shows no notice, title or numbered heading; it is kept as
    /// preamble paragraphs (the parser never fails on such text).
    pub const NO_STRUCTURE: &str = "no-structure";
}

/// A recoverable finding with a stable `code`, a one-line English `message`
/// and the `span` of the raw input it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Stable kebab-case identifier; see [`codes`].
    pub code: String,
    /// One line, in English.
    pub message: String,
    /// Byte range of the original input.
    pub span: Span,
}

impl Diagnostic {
    /// A diagnostic whose message is one line whatever text it quotes: a
    /// line break or other control character quoted from the input (a lone
    /// `\r` inside a table cell) becomes a space.
    pub(crate) fn new(severity: Severity, code: &str, message: impl Into<String>, span: Span) -> Self {
        let mut message = message.into();
        if message.bytes().any(|b| b < 0x20 || b == 0x7F) {
            message = message.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        }
        Diagnostic { severity, code: code.to_owned(), message, span }
    }

    /// Line and column (in characters) of the start of the span within
    /// `input`, which must be the text that was parsed.
    pub fn position(&self, input: &str) -> Position {
        LineIndex::new(input).position(self.span.start)
    }

    /// Where the diagnostic is in `input` (the text that was parsed), ready
    /// to be shown.
    pub fn location(&self, input: &str) -> Location {
        Location::new(input, self.span)
    }

    /// Render as a compiler does: `severity[code]: message`, then
    /// `--> path:line:col`, the source line and a caret under the span
    /// (placed by display width, right under CJK text).
    ///
    /// ```
    /// let text = "一、总体要求\n（一）推进乐动安卓app 智慧化。\n";
    /// let doc = gongwen::parse(text).unwrap();
    /// let d = doc.diagnostics.iter().find(|d| d.code == "foreign-insertion").unwrap();
    /// let shown = d.render(text, Some("doc.txt"));
    /// assert!(shown.starts_with("warning[foreign-insertion]: "));
    /// assert!(shown.contains(" --> doc.txt:2:10"));
    /// // nine wide characters before the span: 18 columns
    /// assert!(shown.ends_with(&format!("| {}^^^^", " ".repeat(18))));
    /// ```
    pub fn render(&self, input: &str, path: Option<&str>) -> String {
        self.render_with(&LineIndex::new(input), input, path)
    }

    /// As [`Diagnostic::render`], reusing a [`LineIndex`] of `input` (for
    /// many diagnostics of one document).
    pub fn render_with(&self, index: &LineIndex<'_>, input: &str, path: Option<&str>) -> String {
        let loc = Location::with_index(index, input, self.span);
        format!("{}[{}]: {}\n{}", self.severity, self.code, self.message, loc.snippet(path))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]: {} (bytes {}..{})", self.severity, self.code, self.message, self.span.start, self.span.end)
    }
}
