//! An audit of a parse, without hand-written facts: it reads the input and
//! the [`Document`] built from it, and flags what looks lost or misread.
//!
//! The audit is a consumer: the grammar never calls it and it never runs
//! during [`parse`](crate::parse). Its rules are deliberately simple, so that
//! a flag can be explained in one sentence:
//!
//! - **headings seen**: in the cleaned text (the same residue removal the
//!   parser uses: HTML tags, `@` runs, markdown), a numbering marker of any
//!   style (`一、` `（一）` `1.` `（1）` `1）` `①` `第X编/部分/篇/章/节/条`, the
//!   enclosed forms `㈠` `⒈` `⑴`, a roman numeral with a mark `Ⅰ．`) at a line start —
//!   after any white space, em-space, no-break space or zero-width character
//!   — or right after `。；：！？`, a closing bracket, or an indent run of two
//!   spaces inside a line (a lost line break). Cross-references (`第三条规定`,
//!   `第五章的`) and quantities (`1.5亿元`, `一、二级`) are not markers. A
//!   heading is **built** when some block's `marker_span` covers it. A
//!   marker inside the document's [`contents`](Document::contents), or on a
//!   short line that a later built block repeats (same style, number and
//!   title), is a **contents** entry (目录) and counted apart; a marker in
//!   a table cell, or one in the text of a 专栏 box that starts no list
//!   there (`6.` with no `5.` before it: a cell of the box's flattened
//!   table), is not counted;
//! - **clauses seen**: a bracket group （…） holding a role word (牵头 负责
//!   配合 参与 参加 协助 协办 责任单位 责任部门 牵头单位; not 负责人 or 负责同志)
//!   outside its inner groups; **built** when a [`Responsibility`](crate::Responsibility) span or
//!   an inherited body's span lies in it;
//! - diagnostics: `numbering-*` and `unknown-agency` become flags;
//! - the tree: a chapter, part or division with no paragraph and no child;
//!   a title holding `。` or longer than [`MAX_TITLE_CHARS`] characters.
//!
//! ```
//! use gongwen::audit::{audit, Code};
//!
//! // the parser builds both headings and the clause: nothing to flag
//! let good = audit("某某方案\n一、总体要求\n（一）指导思想。坚持稳中求进。（省发展改革委牵头）\n");
//! assert!(good.is_clean(), "{:?}", good.flags);
//! assert_eq!((good.headings_seen, good.headings_built), (2, 2));
//! assert_eq!((good.clauses_seen, good.clauses_built), (1, 1));
//!
//! // a numbering gap is flagged, with the span of the marker
//! let text = "某某方案\n一、总体要求\n（一）指导思想。\n（三）基本原则。\n";
//! let gap = audit(text);
//! assert_eq!(gap.flags[0].code, Code::Numbering);
//! assert_eq!(&text[gap.flags[0].span.start..gap.flags[0].span.end], "（三）");
//! assert!(!gap.is_clean());
//! ```

use crate::ast::{Block, BlockKind, Document, Paragraph};
use crate::clean::Cleaned;
use crate::diagnostic::codes;
use crate::error::Error;
use crate::span::{LineIndex, Position, Span};
use serde::Serialize;
use std::fmt;

/// Longest block or document title, in characters, that is not flagged.
pub const MAX_TITLE_CHARS: usize = 60;

/// Longest bracket group, in characters, read as a clause.
const MAX_CLAUSE_CHARS: usize = 300;

/// The kind of a [`Flag`]: a stable kebab-case code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// The text could not be parsed at all.
    ParseFailed,
    /// A heading marker in the text that no block's marker covers (it was
    /// read as part of a title, a sentence, or skipped).
    MissedHeading,
    /// A bracket group with a role word that no responsibility clause covers.
    MissedClause,
    /// A `numbering-*` diagnostic (gap, duplicate, order).
    Numbering,
    /// A 编/章/节 block with no paragraph and no child.
    EmptyChapter,
    /// An `unknown-agency` diagnostic: bodies the gazetteer does not know.
    UnknownBody,
    /// A block, document or notice title holding `。` or longer than
    /// [`MAX_TITLE_CHARS`].
    LongTitle,
    /// A paragraph that starts with a heading marker (a missed heading that
    /// became running text).
    HeadingLikeParagraph,
}

impl Code {
    /// Every code, in the order reports list them.
    pub const ALL: [Code; 8] = [
        Code::ParseFailed,
        Code::MissedHeading,
        Code::MissedClause,
        Code::Numbering,
        Code::EmptyChapter,
        Code::UnknownBody,
        Code::LongTitle,
        Code::HeadingLikeParagraph,
    ];

    /// The stable code: `"missed-heading"`, …
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::ParseFailed => "parse-failed",
            Code::MissedHeading => "missed-heading",
            Code::MissedClause => "missed-clause",
            Code::Numbering => "numbering",
            Code::EmptyChapter => "empty-chapter",
            Code::UnknownBody => "unknown-body",
            Code::LongTitle => "long-title",
            Code::HeadingLikeParagraph => "heading-like-paragraph",
        }
    }

    /// The code named by `s`, if any.
    pub fn parse(s: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Whether a flag of this kind makes a document not clean. Every kind
    /// does today; a flag a person has read and found right is listed as
    /// expected instead (see `gongwen audit --expected`).
    pub const fn suspicious(self) -> bool {
        true
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding of the audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// What kind of finding.
    pub code: Code,
    /// Raw bytes of the input it is about.
    pub span: Span,
    /// One line, in English, saying what was seen and where it went.
    pub message: String,
}

/// A [`Flag`] placed in its text: line and column, and whether a reviewer
/// expects it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Located<'r, 'e> {
    /// The flag.
    pub flag: &'r Flag,
    /// Line and column (in characters) of its start.
    pub position: Position,
    /// The reviewer's reason, when the flag is expected.
    pub expected: Option<&'e str>,
}

/// What the audit found in one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Every flag, in input order.
    pub flags: Vec<Flag>,
    /// The document could not be parsed.
    pub failed: bool,
    /// Heading markers seen in the text (contents entries not included).
    pub headings_seen: usize,
    /// Of those, how many a block's marker covers.
    pub headings_built: usize,
    /// Heading markers of a contents list (目录), not counted as seen.
    pub contents_headings: usize,
    /// Bracket groups with a role word seen in the text.
    pub clauses_seen: usize,
    /// Of those, how many a responsibility clause covers.
    pub clauses_built: usize,
}

impl Report {
    /// The report of `text` when it could not be parsed: one `parse-failed`
    /// flag, and the headings and clauses seen in the text, none built.
    pub fn failure(text: &str, span: Span, message: impl Into<String>) -> Report {
        let mut seen = Report::default();
        if !text.is_empty() {
            let clean = Cleaned::new(text);
            let tree = Tree::default();
            headings(text, &clean, &tree, &mut seen);
            clauses(&clean, &tree, &mut seen);
        }
        Report {
            flags: vec![Flag { code: Code::ParseFailed, span, message: message.into() }],
            failed: true,
            headings_seen: seen.headings_seen,
            clauses_seen: seen.clauses_seen,
            ..Report::default()
        }
    }

    /// The report of `text` when parsing it gave `error`.
    pub fn from_error(text: &str, error: &Error) -> Report {
        let span = error.location().map_or(Span::default(), |l| l.span);
        Report::failure(text, span, error.summary())
    }

    /// Whether no flag is suspicious.
    pub fn is_clean(&self) -> bool {
        !self.flags.iter().any(|f| f.code.suspicious())
    }

    /// Each flag with its position in `text` (the input this report is
    /// about) and, when `expected` lists it for the document at `path`, the
    /// reviewer's reason.
    pub fn located<'r, 'e>(&'r self, path: &str, text: &str, expected: &'e Expected) -> Vec<Located<'r, 'e>> {
        let index = LineIndex::new(text);
        self.flags
            .iter()
            .map(|flag| {
                let position = index.position(flag.span.start.min(text.len()));
                Located { flag, position, expected: expected.reason(path, flag.code, position.line) }
            })
            .collect()
    }

    /// Whether every suspicious flag is expected.
    pub fn is_clean_given(located: &[Located<'_, '_>]) -> bool {
        located.iter().all(|l| !l.flag.code.suspicious() || l.expected.is_some())
    }

    /// How many flags of `code`.
    pub fn count(&self, code: Code) -> usize {
        self.flags.iter().filter(|f| f.code == code).count()
    }
}

/// Parse `text` and audit the result.
pub fn audit(text: &str) -> Report {
    match crate::parse(text) {
        Ok(doc) => audit_document(text, &doc),
        Err(e) => Report::from_error(text, &e),
    }
}

/// Audit `doc`, the document parsed from `text`.
pub fn audit_document(text: &str, doc: &Document<'_>) -> Report {
    let clean = Cleaned::new(text);
    let tree = Tree::new(doc);
    let mut report = Report::default();
    headings(text, &clean, &tree, &mut report);
    clauses(&clean, &tree, &mut report);
    from_diagnostics(doc, &mut report);
    from_tree(doc, &mut report);
    report.flags.sort_by_key(|f| (f.span.start, f.code));
    report
}

// ---------------------------------------------------------------- expected flags and totals

/// Flags a person has read and found right, from a TSV file: one per line,
/// `file<TAB>code<TAB>reason`, and optionally `<TAB>line` to match only the
/// flags on that line; blank lines and lines starting with `#` are skipped.
/// `file` matches a document whose path ends with it (`a.txt` matches
/// `fixtures/wide/a.txt`); without a line, the entry covers every flag of
/// that code in the file.
///
/// ```
/// use gongwen::audit::{Code, Expected};
/// let e = Expected::parse("# file\tcode\treason\na.txt\tnumbering\tthe text skips （三）\n").unwrap();
/// assert_eq!(e.reason("fixtures/wide/a.txt", Code::Numbering, 7), Some("the text skips （三）"));
/// assert_eq!(e.reason("b.txt", Code::Numbering, 7), None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expected {
    entries: Vec<ExpectedFlag>,
}

/// One line of an [`Expected`] file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedFlag {
    /// The document's file name or the end of its path.
    pub file: String,
    /// The flag's code.
    pub code: Code,
    /// Why the flag is right, as the reviewer wrote it.
    pub reason: String,
    /// Only the flags on this 1-based line, when given.
    pub line: Option<usize>,
}

impl Expected {
    /// Read the TSV; the error names the first bad line.
    pub fn parse(tsv: &str) -> Result<Expected, String> {
        let mut entries = Vec::new();
        for (i, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let bad = |why: &str| format!("line {}: {why}: {line}", i + 1);
            if cols.len() < 3 || cols.len() > 4 {
                return Err(bad("expected file<TAB>code<TAB>reason[<TAB>line]"));
            }
            let code = Code::parse(cols[1].trim()).ok_or_else(|| bad("unknown flag code"))?;
            let at = match cols.get(3).map(|c| c.trim()).filter(|c| !c.is_empty()) {
                Some(n) => Some(n.parse().map_err(|_| bad("the line column is not a number"))?),
                None => None,
            };
            entries.push(ExpectedFlag {
                file: cols[0].trim().to_owned(),
                code,
                reason: cols[2].trim().to_owned(),
                line: at,
            });
        }
        Ok(Expected { entries })
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[ExpectedFlag] {
        &self.entries
    }

    /// Why a flag of `code` on `line` of the document at `path` is right, if
    /// a reviewer said so.
    pub fn reason(&self, path: &str, code: Code, line: usize) -> Option<&str> {
        let path = std::path::Path::new(path);
        self.entries
            .iter()
            .find(|e| e.code == code && e.line.is_none_or(|l| l == line) && path.ends_with(&e.file))
            .map(|e| e.reason.as_str())
    }
}

/// Figures over many documents, for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Documents audited.
    pub documents: usize,
    /// Documents with no suspicious flag that is not expected.
    pub clean: usize,
    /// Documents that could not be parsed.
    pub failed: usize,
    /// Sums of the reports' counts.
    pub headings_seen: usize,
    /// See [`Report::headings_built`].
    pub headings_built: usize,
    /// See [`Report::clauses_seen`].
    pub clauses_seen: usize,
    /// See [`Report::clauses_built`].
    pub clauses_built: usize,
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 { 100.0 } else { 100.0 * part as f64 / whole as f64 }
}

impl Totals {
    /// Add one document's report; `clean` says whether it counts as clean
    /// (no suspicious flag, or only expected ones).
    pub fn add(&mut self, report: &Report, clean: bool) {
        self.documents += 1;
        self.clean += usize::from(clean);
        self.failed += usize::from(report.failed);
        self.headings_seen += report.headings_seen;
        self.headings_built += report.headings_built;
        self.clauses_seen += report.clauses_seen;
        self.clauses_built += report.clauses_built;
    }

    /// Clean documents, in percent of all (100 when there are none).
    pub fn clean_percent(&self) -> f64 {
        percent(self.clean, self.documents)
    }

    /// Headings built, in percent of those seen.
    pub fn headings_percent(&self) -> f64 {
        percent(self.headings_built, self.headings_seen)
    }

    /// Clauses built, in percent of those seen.
    pub fn clauses_percent(&self) -> f64 {
        percent(self.clauses_built, self.clauses_seen)
    }
}

/// The summary line:
/// `clean: 120/124 documents (96.8%); headings 97.5% of those seen; clauses 98.0% of those seen; failed: 0`.
impl fmt::Display for Totals {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "clean: {}/{} documents ({:.1}%); headings {:.1}% of those seen; clauses {:.1}% of those seen; failed: {}",
            self.clean,
            self.documents,
            self.clean_percent(),
            self.headings_percent(),
            self.clauses_percent(),
            self.failed
        )
    }
}

// ---------------------------------------------------------------- markers

/// White space and invisible characters skipped before a marker.
fn is_gap(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn is_cn_digit(c: char) -> bool {
    matches!(c, '零' | '〇' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百')
}

/// Value of a Chinese numeral (一 … 九百九十九).
fn cn_value(s: &str) -> u32 {
    let (mut total, mut digit) = (0, 0);
    for c in s.chars() {
        match c {
            '十' => {
                total += digit.max(1) * 10;
                digit = 0;
            }
            '百' => {
                total += digit.max(1) * 100;
                digit = 0;
            }
            _ => {
                digit =
                    "零一二三四五六七八九".chars().position(|d| d == c).unwrap_or(if c == '两' { 2 } else { 0 }) as u32
            }
        }
    }
    total + digit
}

fn ascii_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Leading run of `pred` characters: (byte length, char count).
fn run(s: &str, pred: impl Fn(char) -> bool) -> (usize, usize) {
    let mut n = 0;
    let mut len = 0;
    for c in s.chars() {
        if !pred(c) {
            break;
        }
        n += 1;
        len += c.len_utf8();
    }
    (len, n)
}

/// Characters after 第X章/条 that show a cross-reference, not a heading
/// (第三条规定, 第五章所列, 第二条至第五条, 第一条、第二条).
const REFERENCE_NEXT: &str = "规所的至到、，,和与及或中第之款项以有明关确要同前后";

/// A heading marker at the start of `s`: its style, its number and its
/// length in bytes.
fn marker_at(s: &str) -> Option<(BlockKind, u32, usize)> {
    let first = s.chars().next()?;
    let next_after = |len: usize| s[len..].chars().next();
    match first {
        '第' => {
            let rest = &s['第'.len_utf8()..];
            let (len, n) = run(rest, |c| is_cn_digit(c) || ascii_digit(c).is_some());
            if n == 0 || n > 5 {
                return None;
            }
            let unit = rest[len..].chars().next()?;
            let kind = match unit {
                '编' | '篇' => BlockKind::Part,
                '部' if rest[len..].starts_with("部分") => BlockKind::Part,
                '分' if rest[len..].starts_with("分编") => BlockKind::Subpart,
                '章' => BlockKind::Chapter,
                '节' => BlockKind::Division,
                '条' => BlockKind::Article,
                _ => return None,
            };
            let unit_len = match unit {
                '部' => "部分".len(),
                '分' => "分编".len(),
                _ => unit.len_utf8(),
            };
            let total = '第'.len_utf8() + len + unit_len;
            if next_after(total).is_some_and(|c| REFERENCE_NEXT.contains(c)) {
                return None;
            }
            let digits = &rest[..len];
            let number = if digits.starts_with(|c: char| c.is_ascii_digit()) {
                digits.parse().unwrap_or(0)
            } else {
                cn_value(digits)
            };
            Some((kind, number, total))
        }
        '（' | '(' => {
            let rest = &s[first.len_utf8()..];
            // （a） (a): a letter list's item
            if let Some(l) = rest.bytes().next().filter(u8::is_ascii_lowercase) {
                let close = rest[1..].chars().next()?;
                if !crate::punct::is_rparen(close) {
                    return None;
                }
                return Some((BlockKind::Letter, u32::from(l - b'a' + 1), first.len_utf8() + 1 + close.len_utf8()));
            }
            let (cn, cn_n) = run(rest, is_cn_digit);
            let (ar, ar_n) = run(rest, |c| ascii_digit(c).is_some());
            let (kind, len, number) = if (1..=4).contains(&cn_n) {
                (BlockKind::Subsection, cn, cn_value(&rest[..cn]))
            } else if (1..=3).contains(&ar_n) {
                (BlockKind::Subitem, ar, rest[..ar].chars().filter_map(ascii_digit).fold(0, |a, d| a * 10 + d))
            } else {
                return None;
            };
            let close = rest[len..].chars().next()?;
            if !crate::punct::is_rparen(close) {
                return None;
            }
            let total = first.len_utf8() + len + close.len_utf8();
            // 第（一）至（五）项: items cited, not headings
            if next_after(total).is_some_and(|c| REFERENCE_NEXT.contains(c)) {
                return None;
            }
            Some((kind, number, total))
        }
        c if is_cn_digit(c) => {
            let (len, n) = run(s, is_cn_digit);
            // 一、, or a dot typed for the 顿号 (一． 一.)
            let mark = s[len..].chars().next()?;
            if n > 4 || !matches!(mark, '、' | '．' | '.') {
                return None;
            }
            let total = len + mark.len_utf8();
            // 一、二级 / 一、二类: numbers listed, not a heading
            if next_after(total).is_some_and(is_cn_digit) {
                return None;
            }
            Some((BlockKind::Section, cn_value(&s[..len]), total))
        }
        c if ascii_digit(c).is_some() => {
            if let Some(found) = decimal_at(s) {
                return Some(found);
            }
            let (len, n) = run(s, |c| ascii_digit(c).is_some());
            let dot = s[len..].chars().next()?;
            // 1） 1): two digits at most, closed by a bracket alone
            if matches!(dot, '）' | ')') {
                let total = len + dot.len_utf8();
                if n > 2 || next_after(total).is_some_and(|c| ascii_digit(c).is_some() || c == '%' || c == '％') {
                    return None;
                }
                let number = s[..len].chars().filter_map(ascii_digit).fold(0, |a, d| a * 10 + d);
                return (number > 0).then_some((BlockKind::ParenItem, number, total));
            }
            if n > 3 || !matches!(dot, '.' | '．' | '、') {
                return None;
            }
            let total = len + dot.len_utf8();
            // 1.5亿元, 2019.12: a number, not a heading
            if next_after(total).is_none_or(|c| ascii_digit(c).is_some() || is_gap(c) && dot == '.') {
                return None;
            }
            let number = s[..len].chars().filter_map(ascii_digit).fold(0, |a, d| a * 10 + d);
            (number > 0).then_some((BlockKind::Item, number, total))
        }
        '\u{2460}'..='\u{2473}' => Some((BlockKind::Circled, first as u32 - 0x245F, first.len_utf8())),
        // the enclosed forms of Word exports: ⑴ as （1）, ⒈ as 1., ㈠ as （一）
        '\u{2474}'..='\u{2487}' => Some((BlockKind::Subitem, first as u32 - 0x2473, first.len_utf8())),
        '\u{2488}'..='\u{249B}' => Some((BlockKind::Item, first as u32 - 0x2487, first.len_utf8())),
        '\u{3220}'..='\u{3229}' => Some((BlockKind::Subsection, first as u32 - 0x321F, first.len_utf8())),
        // circled ideographs ㊀ … ㊉, another print of （一） … （十）
        '\u{3280}'..='\u{3289}' => Some((BlockKind::Subsection, first as u32 - 0x327F, first.len_utf8())),
        // a) a） a. a．: a letter list's item (GB/T 1.1); not e.g., a.2
        // (ii. iv): a lowercase roman numeral, read as letters are)
        'a'..='z' => {
            let (len, n) = run(s, |c| c.is_ascii_lowercase());
            let mark = next_after(len)?;
            let total = len + mark.len_utf8();
            if !matches!(mark, '）' | ')' | '.' | '．' | '、')
                || next_after(total).is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || ascii_digit(c).is_some())
            {
                return None;
            }
            let number =
                if n == 1 { first as u32 - 'a' as u32 + 1 } else { roman_number(&s[..len].to_ascii_uppercase())? };
            Some((BlockKind::Letter, number, total))
        }
        // I. II． IV、: a roman numeral in latin capitals, a part
        'I' | 'V' | 'X' => {
            let (len, n) = run(s, |c| matches!(c, 'I' | 'V' | 'X'));
            let mark = next_after(len)?;
            let total = len + mark.len_utf8();
            let spaced = s[total..].trim_start_matches(is_gap);
            if n > 4
                || !matches!(mark, '、' | '．' | '.')
                || next_after(total) == Some('.')
                || spaced.starts_with(|c: char| c.is_ascii_alphabetic())
                || spaced.starts_with(|c: char| ascii_digit(c).is_some())
                    && !(spaced.bytes().take_while(u8::is_ascii_digit).count() == 4 && spaced[4..].starts_with('年'))
            {
                return None;
            }
            roman_number(&s[..len]).map(|n| (BlockKind::Part, n, total))
        }
        // a roman numeral and a 顿号 or dot (Ⅰ． Ⅱ、): a part; not Ⅰ、Ⅱ类,
        // nor Ⅳ.5 (a digit but a year's after it)
        '\u{2160}'..='\u{216B}' => {
            let mark = next_after(first.len_utf8())?;
            let total = first.len_utf8() + mark.len_utf8();
            if !matches!(mark, '、' | '．' | '.')
                || next_after(total).is_some_and(|c| ('\u{2160}'..='\u{216F}').contains(&c))
                || next_after(total).is_some_and(|c| ascii_digit(c).is_some())
                    && !(s[total..].bytes().take_while(u8::is_ascii_digit).count() == 4
                        && s[total + 4..].starts_with('年'))
            {
                return None;
            }
            Some((BlockKind::Part, first as u32 - 0x215F, total))
        }
        '\u{3251}'..='\u{325F}' => Some((BlockKind::Circled, first as u32 - 0x3251 + 21, first.len_utf8())),
        '\u{32B1}'..='\u{32BF}' => Some((BlockKind::Circled, first as u32 - 0x32B1 + 36, first.len_utf8())),
        _ => None,
    }
}

/// The value of a roman numeral in latin capitals I, V, X (one to four).
fn roman_number(s: &str) -> Option<u32> {
    let value = |c: u8| match c {
        b'I' => Some(1i64),
        b'V' => Some(5),
        b'X' => Some(10),
        _ => None,
    };
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 4 {
        return None;
    }
    let mut total = 0;
    for (k, &c) in b.iter().enumerate() {
        let v = value(c)?;
        total += if b.get(k + 1).and_then(|&d| value(d)).is_some_and(|d| d > v) { -v } else { v };
    }
    u32::try_from(total).ok().filter(|&n| n > 0)
}

/// A decimal outline number of two to four components (`1.1`, `4.2.3`,
/// dots `.` or `．`) followed by white space and then by no digit: a
/// section heading of an emergency or technical plan (`1.1　编制目的`).
/// `1.5亿元`, `2.1万人`, `2019.12` have no white space after them. (A bare
/// `1　总则` is left uncounted: alone it is no sure heading.)
fn decimal_at(s: &str) -> Option<(BlockKind, u32, usize)> {
    let mut parts = 0;
    let mut at = 0;
    let mut number: u32;
    loop {
        let (len, n) = run(&s[at..], |c| c.is_ascii_digit());
        if n == 0 || n > 3 {
            return None;
        }
        number = s[at..at + len].chars().filter_map(ascii_digit).fold(0, |a, d| a * 10 + d);
        parts += 1;
        at += len;
        match s[at..].chars().next() {
            Some(c @ ('.' | '．')) if parts < 4 => at += c.len_utf8(),
            _ => break,
        }
    }
    let rest = &s[at..];
    let title = rest.trim_start_matches(|c: char| c != '\n' && is_gap(c));
    let spaced = title.len() < rest.len();
    let text = title.chars().next().is_some_and(|c| !c.is_ascii_digit() && !c.is_ascii_punctuation() && !is_gap(c));
    (parts >= 2 && spaced && text && number > 0).then_some((BlockKind::Decimal, number, at))
}

/// A marker seen in the cleaned text.
#[derive(Debug, Clone, Copy)]
struct Seen {
    kind: BlockKind,
    number: u32,
    /// Cleaned offsets of the marker.
    start: usize,
    end: usize,
    /// Cleaned offset of the end of its line.
    line_end: usize,
}

/// Where a marker may start a heading inside a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum After {
    /// Not a heading position.
    No,
    /// After `。！？`, a closing bracket or an indent run: any style.
    Sentence,
    /// After `：；`: only the styles that are not used for in-line lists
    /// (编 章 节 条 一、); `包括：（1）…；（2）…` is a list inside a sentence.
    Colon,
}

fn after(c: char) -> After {
    match c {
        '。' | '！' | '？' | '!' | '?' | '）' | ')' | '】' | '〕' => After::Sentence,
        '；' | '：' | ';' | ':' => After::Colon,
        _ => After::No,
    }
}

/// Whether a marker of `kind` starts a heading at an in-line position.
fn heads(kind: BlockKind, position: After) -> bool {
    match position {
        After::No => false,
        After::Sentence => true,
        After::Colon => {
            matches!(
                kind,
                BlockKind::Part
                    | BlockKind::Subpart
                    | BlockKind::Chapter
                    | BlockKind::Division
                    | BlockKind::Article
                    | BlockKind::Section
            )
        }
    }
}

/// Every heading marker of the cleaned text, in order.
fn seen_markers(text: &str) -> Vec<Seen> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.trim_end_matches(['\n', '\r']).len();
        let body = &text[line_start..line_end];
        let try_at = |at: usize, position: Option<After>, out: &mut Vec<Seen>| {
            let rest = &body[at..];
            let skipped = rest.len() - rest.trim_start_matches(is_gap).len();
            let start = at + skipped;
            if let Some((kind, number, len)) =
                marker_at(&body[start..]).filter(|&(k, ..)| position.is_none_or(|p| heads(k, p)))
            {
                out.push(Seen { kind, number, start: line_start + start, end: line_start + start + len, line_end });
                return start + len;
            }
            start
        };
        // in-line positions: after an opening mark or an indent run
        let mut i = try_at(0, None, &mut out);
        let mut gaps = 0;
        while let Some(c) = body[i..].chars().next() {
            let next = i + c.len_utf8();
            let position = after(c);
            if position != After::No {
                i = try_at(next, Some(position), &mut out).max(next);
                gaps = 0;
            } else if gaps >= 2 && !is_gap(c) {
                i = try_at(i, Some(After::Sentence), &mut out).max(next);
                gaps = 0;
            } else {
                gaps = if is_gap(c) { gaps + 1 } else { 0 };
                i = next;
            }
        }
        line_start += line.len();
    }
    out
}

// ---------------------------------------------------------------- the tree

/// A node of the tree that text can end up in, for saying where a missed
/// marker went.
struct Place {
    span: Span,
    what: String,
    /// Whether it is a paragraph (a marker at its start makes it look like a
    /// heading).
    paragraph: bool,
}

/// The spans of the tree the audit compares against, sorted.
#[derive(Default)]
struct Tree {
    markers: Vec<Span>,
    /// Clause spans and inherited bodies' spans.
    clauses: Vec<Span>,
    places: Vec<Place>,
    /// The contents list (目录) the parser found.
    contents: Option<Span>,
    /// From an attachment entry's start to its title: the entry's number
    /// (`附件：1.`), which is no heading.
    entry_numbers: Vec<Span>,
    /// The spans of the tables the parser built: a number in a cell (`1.`,
    /// a row's 序号) is no heading.
    tables: Vec<Span>,
    /// The paragraphs of 专栏 boxes (the box's text before its items: a
    /// flattened indicator table, notes), sorted.
    box_text: Vec<Span>,
    /// (kind, number, title without white space) of every block, for
    /// recognising contents entries.
    headings: std::collections::HashMap<(BlockKind, u32), Vec<(String, usize)>>,
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|&c| !is_gap(c)).collect()
}

impl Tree {
    fn new(doc: &Document<'_>) -> Tree {
        let mut t = Tree::default();
        let para = |t: &mut Tree, p: &Paragraph<'_>, what: &dyn Fn() -> String| {
            t.places.push(Place { span: p.span, what: what(), paragraph: true });
        };
        if let Some(n) = &doc.notice {
            if let Some(s) = n.title_span {
                t.places.push(Place { span: s, what: "the notice title".into(), paragraph: false });
            }
            for p in &n.body {
                para(&mut t, p, &|| "a paragraph of the notice".into());
            }
        }
        if let Some(s) = doc.title_span {
            t.places.push(Place { span: s, what: "the document title".into(), paragraph: false });
        }
        for p in &doc.adopted {
            para(&mut t, p, &|| "an adoption note".into());
        }
        if let Some(c) = &doc.contents {
            t.contents = Some(c.span);
            t.places.push(Place { span: c.span, what: "the contents list".into(), paragraph: false });
        }
        for p in &doc.preamble {
            para(&mut t, p, &|| "a preamble paragraph".into());
        }
        let blocks = |t: &mut Tree, sections: &[Block<'_>]| {
            for b in sections.iter().flat_map(|s| s.walk()) {
                t.markers.push(b.marker_span);
                let title = squeeze(b.title.as_deref().unwrap_or(""));
                t.headings.entry((b.kind, b.number)).or_default().push((title, b.marker_span.start));
                if let Some(s) = b.title_span {
                    t.places.push(Place {
                        span: s,
                        what: format!("the title of block {}", b.marker),
                        paragraph: false,
                    });
                }
                for p in &b.paragraphs {
                    para(t, p, &|| format!("a paragraph of block {}", b.marker));
                }
                if b.kind == BlockKind::Box {
                    t.box_text.extend(b.paragraphs.iter().map(|p| p.span));
                }
                t.clauses.extend(b.responsibilities.iter().map(|r| r.span));
                t.clauses.extend(b.inherited().iter().map(|a| a.span));
                t.tables.extend(b.tables().iter().map(|x| x.span));
            }
        };
        blocks(&mut t, &doc.sections);
        for a in &doc.attachments {
            if let Some(s) = a.title_span {
                t.places.push(Place { span: s, what: "an attachment title".into(), paragraph: false });
                t.entry_numbers.push(Span::new(a.span.start, s.start.max(a.span.start)));
            }
            for p in &a.paragraphs {
                para(&mut t, p, &|| "a paragraph of an attachment".into());
            }
            t.tables.extend(a.tables.iter().map(|x| x.span));
            blocks(&mut t, &a.sections);
        }
        t.markers.sort_unstable();
        t.tables.sort_unstable();
        t.box_text.sort_unstable();
        t.entry_numbers.sort_unstable();
        t.clauses.sort_unstable();
        t.places.sort_by_key(|p| (p.span.start, std::cmp::Reverse(p.span.end)));
        t
    }
}

/// Whether any of `spans` (sorted by start, not overlapping much) overlaps
/// `s`.
fn overlaps(spans: &[Span], s: Span) -> bool {
    // the spans starting before `s` ends; the last few of them may reach in
    let i = spans.partition_point(|x| x.start < s.end.max(s.start + 1));
    spans[..i].iter().rev().take(8).any(|x| x.end > s.start)
}

/// The innermost place holding raw offset `at`.
fn place_of(places: &[Place], at: usize) -> Option<usize> {
    let i = places.partition_point(|p| p.span.start <= at);
    (0..i).rev().take(16).find(|&k| places[k].span.end > at)
}

fn headings(raw: &str, clean: &Cleaned, tree: &Tree, report: &mut Report) {
    let text = &clean.text;
    let seen = seen_markers(text);
    let mut box_last: std::collections::HashMap<(usize, BlockKind), u32> = std::collections::HashMap::new();
    for (k, m) in seen.iter().enumerate() {
        // the entry's text runs to the next marker or the end of the line
        let next = seen.get(k + 1).map_or(m.line_end, |n| n.start.min(m.line_end)).max(m.end);
        let (start, end, _) = clean.map(m.start, m.end);
        let span = Span::new(start, end);
        if overlaps(&tree.entry_numbers, span) {
            continue;
        }
        if tree.contents.is_some_and(|c| c.contains(&span)) {
            report.contents_headings += 1;
            continue;
        }
        if overlaps(&tree.markers, span) {
            report.headings_seen += 1;
            report.headings_built += 1;
            continue;
        }
        if is_contents_entry(&text[m.end..next], m, span, tree) {
            report.contents_headings += 1;
            continue;
        }
        // a cell of a table the parser built
        if overlaps(&tree.tables, span) {
            continue;
        }
        // in the text of a 专栏 box, a number that starts no list there (6.
        // with no 5. before it in that text) is a cell of the box's
        // flattened table, not a heading
        let in_box = tree.box_text.partition_point(|b| b.start <= span.start);
        if let Some(b) = in_box.checked_sub(1).map(|k| tree.box_text[k]).filter(|b| b.end >= span.end) {
            let key = (b.start, m.kind);
            let prev = box_last.get(&key).copied().unwrap_or(0);
            box_last.insert(key, m.number);
            if m.number != 1 && m.number != prev + 1 {
                continue;
            }
        }
        report.headings_seen += 1;
        let marker = &text[m.start..m.end];
        let place = place_of(&tree.places, start);
        let (code, message) = match place.map(|k| &tree.places[k]) {
            Some(p) if p.paragraph && raw.get(p.span.start..start).is_some_and(residue_only) => {
                (Code::HeadingLikeParagraph, format!("{} heading {marker} was read as {}", m.kind.as_str(), p.what))
            }
            Some(p) => (Code::MissedHeading, format!("{} heading {marker} is inside {}", m.kind.as_str(), p.what)),
            None => (Code::MissedHeading, format!("{} heading {marker} is in no node of the tree", m.kind.as_str())),
        };
        report.flags.push(Flag { code, span, message });
    }
}

/// Whether raw text before a marker holds nothing but white space and
/// markup (`**`, `#`, HTML tags: ASCII), so the marker starts its paragraph.
fn residue_only(s: &str) -> bool {
    s.chars().all(|c| is_gap(c) || c.is_ascii())
}

/// A marker, not built, whose entry (`line`: its text up to the next marker
/// or the end of its line) is short and that a later block repeats with the
/// same style, number and title: an entry of a contents list (目录), on a
/// line of its own or run together with the others on one line.
fn is_contents_entry(line: &str, m: &Seen, span: Span, tree: &Tree) -> bool {
    if line.chars().count() > 50 || line.contains('。') {
        return false;
    }
    // the title without white space, dot leaders and a page number
    let title = squeeze(line);
    let title = title.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '…' | '·' | '-' | '—' | '．'));
    // a contents list names each heading once or twice: few candidates
    tree.headings.get(&(m.kind, m.number)).is_some_and(|later| {
        later.iter().any(|(t, at)| *at > span.start && (t.starts_with(title) || title.starts_with(t.as_str())))
    })
}

// ---------------------------------------------------------------- clauses

/// Words that give a bracket group a role.
const ROLE_WORDS: [&str; 10] =
    ["牵头", "负责", "配合", "参与", "参加", "协助", "协办", "责任单位", "责任部门", "牵头单位"];

/// Whether `s` holds a role word (负责人 and 负责同志 are people, not roles).
fn has_role_word(s: &str) -> bool {
    ROLE_WORDS.iter().any(|w| {
        s.match_indices(w).any(|(i, _)| {
            let after = &s[i + w.len()..];
            !(*w == "负责" && (after.starts_with('人') || after.starts_with("同志")))
        })
    })
}

fn clauses(clean: &Cleaned, tree: &Tree, report: &mut Report) {
    let text = &clean.text;
    // open brackets of the current line: (offset, text of the group so far
    // outside inner groups)
    let mut stack: Vec<(usize, String)> = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '\n' => stack.clear(),
            '（' | '(' => stack.push((i, String::new())),
            '）' | ')' => {
                let Some((open, own)) = stack.pop() else { continue };
                let chars = own.chars().count();
                // （以下简称责任部门）: a name defined, not a clause
                let definition = own.starts_with("以下简称") || own.starts_with("简称");
                if !(2..=MAX_CLAUSE_CHARS).contains(&chars) || definition || !has_role_word(&own) {
                    continue;
                }
                let (start, end, _) = clean.map(open, i + c.len_utf8());
                let span = Span::new(start, end);
                report.clauses_seen += 1;
                if overlaps(&tree.clauses, span) {
                    report.clauses_built += 1;
                } else {
                    let shown: String = own.chars().take(40).collect();
                    let more = if chars > 40 { "…" } else { "" };
                    report.flags.push(Flag {
                        code: Code::MissedClause,
                        span,
                        message: format!(
                            "bracket group （{shown}{more}） names a role but is no responsibility clause"
                        ),
                    });
                }
            }
            _ => {
                if let Some((_, own)) = stack.last_mut() {
                    own.push(c);
                }
            }
        }
    }
}

// ---------------------------------------------------------------- diagnostics and tree

fn from_diagnostics(doc: &Document<'_>, report: &mut Report) {
    for d in &doc.diagnostics {
        let code = if d.code.starts_with("numbering-") {
            Code::Numbering
        } else if d.code == codes::UNKNOWN_AGENCY {
            Code::UnknownBody
        } else {
            continue;
        };
        report.flags.push(Flag { code, span: d.span, message: format!("{}: {}", d.code, d.message) });
    }
}

fn long_title(title: &str) -> Option<String> {
    let n = title.chars().count();
    if title.contains('。') {
        Some("holds a sentence end 。".into())
    } else if n > MAX_TITLE_CHARS {
        Some(format!("is {n} characters long"))
    } else {
        None
    }
}

/// `s` without its 《…》 groups.
fn without_quoted(s: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '《' => depth += 1,
            '》' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(30).collect();
    if s.chars().nth(30).is_some() {
        out.push('…');
    }
    out
}

fn from_tree(doc: &Document<'_>, report: &mut Report) {
    let titled = |what: &str, title: Option<&str>, span: Option<Span>, fallback: Span, report: &mut Report| {
        if let Some((t, why)) = title.and_then(|t| long_title(t).map(|why| (t, why))) {
            report.flags.push(Flag {
                code: Code::LongTitle,
                span: span.unwrap_or(fallback),
                message: format!("{what} {} {why}", shorten(t)),
            });
        }
    };
    if let Some(n) = &doc.notice {
        // a notice that transmits a document names it in 《》: its length is
        // that document's title's, checked as the document title
        let own = n.title.as_deref().map(without_quoted);
        if own.as_deref().and_then(long_title).is_some() {
            titled("the notice title", n.title.as_deref(), n.title_span, n.span, report);
        }
    }
    titled("the document title", doc.title.as_deref(), doc.title_span, doc.span, report);
    for b in doc.all_blocks() {
        // a task-table row's title is its task cell, often a long sentence
        // of its own: only a sentence end inside it is suspicious
        let title = b.title.as_deref().filter(|t| b.kind != BlockKind::Row || t.contains('。'));
        titled(&format!("the title of block {}", b.marker), title, b.title_span, b.marker_span, report);
        let chapter = matches!(b.kind, BlockKind::Part | BlockKind::Subpart | BlockKind::Chapter | BlockKind::Division);
        if chapter && b.paragraphs.is_empty() && b.children.is_empty() {
            report.flags.push(Flag {
                code: Code::EmptyChapter,
                span: b.marker_span,
                message: format!(
                    "{} {}{} has no paragraph and no child",
                    b.kind.as_str(),
                    b.marker,
                    b.title.as_deref().map(|t| format!(" {}", shorten(t))).unwrap_or_default()
                ),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes_of(r: &Report) -> Vec<Code> {
        r.flags.iter().map(|f| f.code).collect()
    }

    #[test]
    fn markers_of_every_style() {
        let cases = [
            ("一、总体要求", Some((BlockKind::Section, 1))),
            ("二十三、其他", Some((BlockKind::Section, 23))),
            ("（一）指导思想", Some((BlockKind::Subsection, 1))),
            ("(十二)保障", Some((BlockKind::Subsection, 12))),
            ("1.加强领导", Some((BlockKind::Item, 1))),
            ("12．推进", Some((BlockKind::Item, 12))),
            ("3、落实", Some((BlockKind::Item, 3))),
            ("（2）完善", Some((BlockKind::Subitem, 2))),
            ("③健全", Some((BlockKind::Circled, 3))),
            ("第一章　总则", Some((BlockKind::Chapter, 1))),
            ("第二十五条 本条例", Some((BlockKind::Article, 25))),
            ("第12条本办法", Some((BlockKind::Article, 12))),
            ("第二节 监督", Some((BlockKind::Division, 2))),
            ("第一分编　通则", Some((BlockKind::Subpart, 1))),
            ("第三编", Some((BlockKind::Part, 3))),
            ("第二部分　发展目标", Some((BlockKind::Part, 2))),
            ("第四篇 产业", Some((BlockKind::Part, 4))),
            ("1.1　编制目的", Some((BlockKind::Decimal, 1))),
            ("4.2.3 省级指挥部接到通知后", Some((BlockKind::Decimal, 3))),
            ("2．12　应急报告", Some((BlockKind::Decimal, 12))),
            ("㈠总体目标", Some((BlockKind::Subsection, 1))),
            ("㈩其他", Some((BlockKind::Subsection, 10))),
            ("⑴加强领导", Some((BlockKind::Subitem, 1))),
            ("⒇其他", Some((BlockKind::Subitem, 20))),
            ("⒈明确责任", Some((BlockKind::Item, 1))),
            ("⒛其他", Some((BlockKind::Item, 20))),
            ("1）校长负责", Some((BlockKind::ParenItem, 1))),
            ("12)家长", Some((BlockKind::ParenItem, 12))),
            ("Ⅰ．总体情况", Some((BlockKind::Part, 1))),
            ("Ⅱ、2025年工作计划", Some((BlockKind::Part, 2))),
            ("Ⅻ.附则", Some((BlockKind::Part, 12))),
            ("㊀产业振兴", Some((BlockKind::Subsection, 1))),
            ("㊉其他", Some((BlockKind::Subsection, 10))),
            ("a) 数据分类", Some((BlockKind::Letter, 1))),
            ("c）安全可控；", Some((BlockKind::Letter, 3))),
            ("b.建立台账", Some((BlockKind::Letter, 2))),
            ("（d）组织共享", Some((BlockKind::Letter, 4))),
            ("(b)组织共享", Some((BlockKind::Letter, 2))),
            ("ii. 加强督导考核", Some((BlockKind::Letter, 2))),
            ("iv）其他", Some((BlockKind::Letter, 4))),
            ("I. 2024年工作回顾", Some((BlockKind::Part, 1))),
            ("II．2025年工作安排", Some((BlockKind::Part, 2))),
            ("IV．附则", Some((BlockKind::Part, 4))),
            ("XII、其他", Some((BlockKind::Part, 12))),
        ];
        for (s, want) in cases {
            assert_eq!(marker_at(s).map(|(k, n, _)| (k, n)), want, "{s}");
        }
    }

    #[test]
    fn references_and_quantities_are_no_markers() {
        for s in [
            "第三条规定的情形",
            "第五章所列",
            "第二条至第五条",
            "第一条、第二条",
            "1.5亿元",
            "2019.12",
            "一、二级医院",
            "（省发展改革委牵头）",
            "（2020年）",
            "1. ",
            "第一百二十三四五六条",
            "2.1万人",
            "2019.12 起",
            "1.2.3.4.5 标题",
            "1.1",
            "Ⅰ、Ⅱ类放射源",
            "Ⅰ级响应",
            "Ⅳ.5",
            "100）",
            "3)%",
            "e.g. 示例",
            "a.2 条",
            "ab) 项",
            "www.gov.cn",
            "I.2",
            "V.S. 对比",
            "II. Overview",
            "X光检查",
        ] {
            assert_eq!(marker_at(s), None, "{s}");
        }
    }

    #[test]
    fn positions_line_start_sentence_end_bracket_and_indent() {
        let text = "\u{2003}\u{2003}一、总体要求\n意见。（一）指导思想。坚持。1.加强（省财政厅负责）2.完善\n要求　　（二）原则\n共计1.5亿元，第三条规定\n如下意见：二、任务\n条件：（一）守法；（二）胜任；①略\n第（一）至（五）项\n";
        let seen: Vec<_> = seen_markers(text).iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(seen, ["一、", "（一）", "1.", "2.", "（二）", "二、"]);
        // the enclosed forms, after a sentence end or an indentation
        let text = "某某方案\n㈠目标。⑴加强。⒉推进　　1）校长\n";
        let seen: Vec<_> = seen_markers(text).iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(seen, ["㈠", "⑴", "⒉", "1）"]);
    }

    /// The enclosed forms count as headings: built when the parser reads
    /// them, flagged where a paragraph starts with one (`⑵` in a table
    /// cell's text is left out as any marker there is).
    #[test]
    fn enclosed_markers_count_as_headings() {
        let text = "某某工作方案\n一、总体要求\n㈠目标。\n⑴加强。\n";
        let report = audit(text);
        assert!(report.is_clean(), "{report:?}");
        assert_eq!((report.headings_seen, report.headings_built), (3, 3));
    }

    #[test]
    fn a_correct_parse_is_clean() {
        let text = "某省人民政府办公厅关于印发某某方案的通知\n各市人民政府：\n现将《某某方案》印发给你们，请认真贯彻执行。\n某省人民政府办公厅\n2020年11月1日\n某某方案\n一、总体要求\n（一）指导思想。坚持稳中求进。（省发展改革委牵头，省财政厅配合）\n（二）基本原则。统筹推进。\n二、保障措施\n1.加强领导。各地要落实。（各市人民政府负责）\n";
        let r = audit(text);
        assert!(r.is_clean(), "{:#?}", r.flags);
        assert_eq!((r.headings_seen, r.headings_built), (5, 5));
        assert_eq!((r.clauses_seen, r.clauses_built), (2, 2));
    }

    /// Audit `text` against the tree parsed from `disguised`: the same text
    /// with some markers made unrecognisable by a character of the same byte
    /// length (`第` → `甲`), so the tree is the one a parser that missed them
    /// would build, whatever the parser of the day does.
    fn audit_against(text: &str, disguised: &str) -> Report {
        assert_eq!(text.len(), disguised.len());
        audit_document(text, &crate::parse(disguised).unwrap())
    }

    /// A decimal outline the parser misses (here: disguised, `1.1` →
    /// `1_1`, as a parser without the class would read it) is flagged as
    /// headings read as paragraphs; the one it builds is clean.
    #[test]
    fn decimal_outline_headings_are_counted() {
        let text =
            "某某应急预案\n1　总则\n1.1　编制目的\n为了做好工作，制定本预案。\n1.2　适用范围\n本预案适用于全市。\n";
        let r = audit(text);
        assert!(r.is_clean(), "{:#?}", r.flags);
        assert_eq!((r.headings_seen, r.headings_built), (2, 2));
        let missed =
            "某某应急预案\n1　总则\n1_1　编制目的\n为了做好工作，制定本预案。\n1_2　适用范围\n本预案适用于全市。\n";
        let r = audit_against(text, missed);
        assert_eq!((r.headings_seen, r.headings_built), (2, 0), "{r:#?}");
        assert_eq!(codes_of(&r), [Code::HeadingLikeParagraph, Code::HeadingLikeParagraph], "{r:#?}");
        assert!(!r.is_clean());
    }

    #[test]
    fn a_contents_list_is_counted_apart() {
        let text = "某某条例\n目录\n第一章　总则\n第二章　附则\n第一章　总则\n第一条　为了规范管理，制定本条例。\n第二章　附则\n第二条　本条例自公布之日起施行。\n";
        let toc = "某某条例\n目录\n甲一章　总则\n甲二章　附则\n第一章　总则\n第一条　为了规范管理，制定本条例。\n第二章　附则\n第二条　本条例自公布之日起施行。\n";
        let r = audit_against(text, toc);
        assert_eq!(r.contents_headings, 2, "{r:#?}");
        assert!(r.is_clean(), "{r:#?}");
        assert_eq!((r.headings_seen, r.headings_built), (4, 4));
        // the entries run together on one line, separated by indent runs
        let text =
            "某某规划\n目录　　第一节　现状　　第二节　目标\n第一节　现状\n基础较好。\n第二节　目标\n到2025年。\n";
        let toc =
            "某某规划\n目录　　甲一节　现状　　甲二节　目标\n第一节　现状\n基础较好。\n第二节　目标\n到2025年。\n";
        let r = audit_against(text, toc);
        assert_eq!((r.contents_headings, r.headings_seen, r.headings_built), (2, 2, 2), "{r:#?}");
    }

    #[test]
    fn the_contents_field_holds_contents_entries() {
        // entries that differ from the headings (no later block repeats
        // them): only the parser's contents list tells what they are
        let text = "某某条例\n目录\n第一章　一般规定\n第二章　其他\n第一章　总则\n第一条　为了规范管理，制定本条例。\n第二章　附则\n第二条　本条例自公布之日起施行。\n";
        let toc = "某某条例\n目录\n甲一章　一般规定\n甲二章　其他\n第一章　总则\n第一条　为了规范管理，制定本条例。\n第二章　附则\n第二条　本条例自公布之日起施行。\n";
        let mut doc = crate::parse(toc).unwrap();
        doc.contents = None;
        let r = audit_document(text, &doc);
        assert_eq!((r.contents_headings, r.headings_seen), (0, 6), "{r:#?}");
        let start = text.find("目录").unwrap();
        let end = text.find("第一章　总则").unwrap();
        doc.contents = Some(crate::ast::Contents { entries: Vec::new(), span: Span::new(start, end) });
        let r = audit_document(text, &doc);
        assert_eq!((r.contents_headings, r.headings_seen, r.headings_built), (2, 4, 4), "{r:#?}");
        assert!(r.is_clean(), "{r:#?}");
    }

    #[test]
    fn a_missed_heading_is_flagged_with_where_it_went() {
        let text = "某某方案\n一、总体要求\n（一）指导思想。坚持稳中求进。二、保障措施要落实。\n";
        let r = audit_against(text, &text.replace("。二、", "。甲、"));
        assert_eq!(codes_of(&r), [Code::MissedHeading], "{r:#?}");
        assert!(r.flags[0].message.contains("inside"), "{}", r.flags[0].message);
        assert_eq!(&text[r.flags[0].span.start..r.flags[0].span.end], "二、");
        assert_eq!((r.headings_seen, r.headings_built), (3, 2));
    }

    #[test]
    fn a_heading_read_as_a_paragraph_is_flagged() {
        let text = "某某方案\n一、总体要求\n坚持稳中求进。\n二、保障措施\n";
        let r = audit_against(text, &text.replace("二、", "甲、"));
        assert_eq!(codes_of(&r), [Code::HeadingLikeParagraph], "{r:#?}");
        assert_eq!(&text[r.flags[0].span.start..r.flags[0].span.end], "二、");
        assert_eq!((r.headings_seen, r.headings_built), (2, 1));
    }

    #[test]
    fn a_missed_clause_is_flagged() {
        let text = "某某方案\n一、总体要求\n坚持稳中求进。（省发展改革委牵头）\n";
        let mut doc = crate::parse(text).unwrap().into_owned();
        for b in &mut doc.sections {
            b.responsibilities.clear();
            b.inherited_mut().clear();
            for c in &mut b.children {
                c.responsibilities.clear();
            }
        }
        let r = audit_document(text, &doc);
        assert_eq!(codes_of(&r), [Code::MissedClause], "{:#?}", r);
        assert_eq!((r.clauses_seen, r.clauses_built), (1, 0));
        // a person in charge is no role
        let r = audit("某某方案\n一、总体要求\n会议由主要负责人（分管负责同志）主持。\n");
        assert_eq!(r.clauses_seen, 0);
    }

    #[test]
    fn empty_chapter_and_long_titles() {
        let text = "某某条例\n第一章　总则\n第二章　附则\n第一条　本条例自公布之日起施行。\n";
        let mut doc = crate::parse(text).unwrap().into_owned();
        // whatever the parser made of it, a chapter without content is flagged
        doc.sections[0].children.clear();
        doc.sections[0].paragraphs.clear();
        doc.sections[0].title = Some("总则。本条例适用于全省范围内的一切活动".into());
        let r = audit_document(text, &doc);
        assert!(r.flags.iter().any(|f| f.code == Code::EmptyChapter), "{:#?}", r);
        assert!(r.flags.iter().any(|f| f.code == Code::LongTitle), "{:#?}", r);
        assert_eq!(long_title(&"字".repeat(MAX_TITLE_CHARS)), None);
        // a notice title is measured without the title it quotes
        assert_eq!(without_quoted("关于印发《某某方案》的通知"), "关于印发的通知");
        assert!(long_title(&"字".repeat(MAX_TITLE_CHARS + 1)).is_some());
    }

    #[test]
    fn a_task_row_title_is_measured_by_its_sentence_ends_only() {
        let task = "组织开展生活垃圾立法宣传进社区、进学校、进医院、进机关、进企业、进公园系列活动，普及垃圾分类及立法知识，采取分类分级培训和送教上门相结合的方式";
        assert!(task.chars().count() > MAX_TITLE_CHARS);
        let text = "某某方案\n一、总体要求\n（一）指导思想。\n";
        let mut doc = crate::parse(text).unwrap().into_owned();
        let mut row = doc.sections[0].children[0].clone();
        row.kind = BlockKind::Row;
        row.title = Some(task.into());
        doc.sections[0].children.push(row.clone());
        assert_eq!(codes_of(&audit_document(text, &doc)), Vec::<Code>::new());
        // a heading with the same title is still flagged
        doc.sections[0].children[0].title = Some(task.into());
        assert_eq!(codes_of(&audit_document(text, &doc)), [Code::LongTitle]);
        // and a row whose title runs over a sentence end (cells read together)
        doc.sections[0].children[0].title = Some("指导思想".into());
        doc.sections[0].children[1].title = Some(format!("{task}。区绿化市容局").into());
        assert_eq!(codes_of(&audit_document(text, &doc)), [Code::LongTitle]);
    }

    #[test]
    fn numbering_diagnostics_are_flags() {
        let r = audit("某某方案\n一、总体要求\n（一）指导思想。\n（三）基本原则。\n");
        assert_eq!(codes_of(&r), [Code::Numbering], "{:#?}", r);
        assert!(r.flags[0].message.starts_with("numbering-gap"));
    }

    #[test]
    fn a_failure_is_one_flag() {
        let r = audit(" \n\n");
        assert!(r.failed);
        assert_eq!(codes_of(&r), [Code::ParseFailed]);
        // what a failed document holds still counts as seen
        let r = Report::failure("一、总体要求\n（一）指导思想。（省财政厅负责）\n", Span::default(), "failed");
        assert_eq!((r.headings_seen, r.headings_built, r.clauses_seen, r.clauses_built), (2, 0, 1, 0));
        assert!(!r.is_clean());
    }

    #[test]
    fn expected_entries_and_totals() {
        let e = Expected::parse("a.txt\tmissed-heading\tquoted text\t3\n\nb.txt\tlong-title\ttitle is long\n").unwrap();
        assert_eq!(e.reason("x/a.txt", Code::MissedHeading, 3), Some("quoted text"));
        assert_eq!(e.reason("x/a.txt", Code::MissedHeading, 4), None);
        assert_eq!(e.reason("x/ba.txt", Code::LongTitle, 1), None, "whole path components only");
        assert!(Expected::parse("a.txt\tno-such-code\twhy\n").unwrap_err().starts_with("line 1"));
        assert!(Expected::parse("a.txt\tnumbering\n").is_err());
        let mut t = Totals::default();
        t.add(
            &Report { headings_seen: 4, headings_built: 3, clauses_seen: 2, clauses_built: 2, ..Report::default() },
            true,
        );
        t.add(&Report::failure("", Span::default(), "no structure"), false);
        assert_eq!(
            t.to_string(),
            "clean: 1/2 documents (50.0%); headings 75.0% of those seen; clauses 100.0% of those seen; failed: 1"
        );
    }

    #[test]
    fn hostile_inputs_give_spans_inside_the_input() {
        let inputs = [
            "（（（（牵头）\n）））负责）".to_owned(),
            "一、".repeat(200),
            "。（一）".repeat(100),
            "\u{FEFF}<p>第一章</p><p>第一条　（省财政厅@@负责）</p>\r\n①②③".to_owned(),
            "第一二三四五六七八九十章 （1）(2)1.2.3.".to_owned(),
            "目录　　第一章　总则\n第一章　总则\n第一条　略。".to_owned(),
        ];
        for text in &inputs {
            let r = audit(text);
            assert!(r.headings_built <= r.headings_seen && r.clauses_built <= r.clauses_seen, "{text}");
            for f in &r.flags {
                assert!(f.span.start <= f.span.end && f.span.end <= text.len(), "{text}: {f:?}");
                assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end), "{text}: {f:?}");
            }
        }
    }

    #[test]
    fn codes_round_trip() {
        for c in Code::ALL {
            assert_eq!(Code::parse(c.as_str()), Some(c));
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
        }
    }
}
