//! Shared helpers for the integration tests: the tree invariants every parse
//! must satisfy, and the bundled fixtures.
//!
//! Include with `mod common;` from any file under `tests/`.

#![allow(dead_code)]

use gongwen::{Agency, Block, Document, Paragraph, Span};

/// The text of the fixture whose file name starts with `prefix`
/// (`"142"`, `"12-jingan"`), in `fixtures/` or `fixtures/wide/`.
pub fn fixture_starting(prefix: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .chain(std::fs::read_dir(dir.join("wide")).unwrap())
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name().unwrap().to_string_lossy().starts_with(prefix) && p.extension().is_some_and(|e| e == "txt")
        })
        .unwrap_or_else(|| panic!("no fixture starts with {prefix:?}"));
    std::fs::read_to_string(path).unwrap()
}

/// Marker and title of each block, depth first, indented two spaces a
/// level; `between` goes between marker and title, `untitled` stands for
/// no title.
pub fn outline_lines(blocks: &[Block], between: &str, untitled: &str) -> Vec<String> {
    fn walk(b: &Block, between: &str, untitled: &str, out: &mut Vec<String>) {
        let indent = "  ".repeat(b.level as usize - 1);
        out.push(format!("{indent}{}{between}{}", b.marker, b.title.as_deref().unwrap_or(untitled)));
        for c in &b.children {
            walk(c, between, untitled, out);
        }
    }
    let mut out = Vec::new();
    for b in blocks {
        walk(b, between, untitled, &mut out);
    }
    out
}

/// The path of every `*.txt` in `fixtures/` and `fixtures/wide/`, sorted.
pub fn all_fixture_paths() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths: Vec<_> = [root.clone(), root.join("wide")]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).expect("fixtures"))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

/// Every `fixtures/*.txt` as `(file name, text)`, sorted by file name.
pub fn fixtures() -> Vec<(String, String)> {
    fixtures_in(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"))
}

/// Every `*.txt` of `dir` as `(file name, text)`, sorted by file name.
pub fn fixtures_in(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let name = p.file_name().expect("file name").to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            (name, text)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Check every structural invariant of `doc`, parsed from `input`. Returns a
/// description of the first violation found.
///
/// - every span is `start <= end <= input.len()` with both ends on UTF-8
///   character boundaries (also spans of fields added after this walk was
///   written: every `{"start", "end"}` object of the JSON is checked); the
///   document span is the whole input;
/// - a block's marker, title, paragraphs, clauses and children lie inside the
///   block; a clause's agencies lie inside the clause (inherited agencies
///   point at a standing note elsewhere: only their bounds are checked);
/// - siblings (sections, children, paragraphs, clauses, preamble paragraphs)
///   come in input order without overlap;
/// - the raw text under a marker, title or agency name is the node's text up
///   to residue (`@` and ASCII spaces); a paragraph's text (ignoring residue)
///   is a subsequence of its raw text (clauses may be cut out of it). Where
///   the raw text holds other residue (markdown, HTML) only the subsequence
///   is checked, and where it holds an HTML entity, no text at all;
/// - addressee groups are non-empty text with at least one item, and no
///   item is empty; a notice's date has a date span, and the span's raw
///   text looks like a date;
/// - levels count depth from 1; every number is positive; kinds and roles
///   serialise to their names; diagnostics have kebab-case codes, one-line
///   non-empty messages and come in input order.
pub fn check_invariants(input: &str, doc: &Document<'_>) -> Result<(), String> {
    Checker { input }.document(doc)
}

struct Checker<'i> {
    input: &'i str,
}

/// Drop the residue the cleaner may remove: every `@` and ASCII space.
fn strip_residue(s: &str) -> String {
    s.chars().filter(|&c| !is_residue_char(c)).collect()
}

/// The Unicode spaces other than U+0020, NBSP and U+3000 that cleaning
/// turns into an ASCII space (as README.md and `src/clean.rs` describe them;
/// written out here, not borrowed from the crate, so that the tests check
/// the parser against the documented rule).
pub fn is_other_space(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}')
}

/// The invisible characters cleaning removes wherever they stand: soft
/// hyphen, Arabic letter mark, zero-width characters, bidi marks,
/// embeddings, overrides and isolates, word joiner and invisible
/// operators, a BOM.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{61C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
}

/// CJK text: ideographs (extensions included), CJK symbols and
/// punctuation but U+3000, full-width punctuation.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3001..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0x20000..=0x2FA1F)
}

/// A character cleaning may remove or turn into an ASCII space: `@`, a
/// space (a no-break space too: cleaning removes it between ideographs),
/// another Unicode space (U+2000–U+200A …), an invisible character, a
/// control character (C0 but tab, line feed, carriage return and form
/// feed; DEL; C1).
fn is_residue_char(c: char) -> bool {
    c == '@'
        || c == ' '
        || c == '\u{a0}'
        || is_other_space(c)
        || is_invisible(c)
        || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
}

/// Whether `needle` (ignoring residue) is a subsequence of `hay`.
fn is_subsequence(needle: &str, hay: &str) -> bool {
    let mut hay = hay.chars();
    needle.chars().filter(|&c| !is_residue_char(c)).all(|n| hay.any(|h| h == n))
}

/// Whether `raw` may hold residue other than `@` runs and spaces: markdown
/// (`**`, `#`, `\` escapes, `>` quote marks), HTML tags and entities, line
/// breaks joined in hard-wrapped text. Such residue is removed too, so only a subsequence is expected.
fn has_other_residue(raw: &str) -> bool {
    raw.contains(['*', '#', '<', '&', '\n', '\\', '>'])
}

/// An HTML entity decodes to characters that need not occur in the raw text
/// (`&#20013;` → 中): no character-level check is possible there.
fn has_entity(raw: &str) -> bool {
    raw.contains('&')
}

fn show(s: Span) -> String {
    format!("{}..{}", s.start, s.end)
}

impl Checker<'_> {
    fn span(&self, at: &str, s: Span) -> Result<(), String> {
        let len = self.input.len();
        if s.start > s.end || s.end > len {
            return Err(format!("{at}: span {} out of bounds (input is {len} bytes)", show(s)));
        }
        for (end, off) in [("start", s.start), ("end", s.end)] {
            if !self.input.is_char_boundary(off) {
                return Err(format!("{at}: span {} {end} {off} is not on a char boundary", show(s)));
            }
        }
        Ok(())
    }

    fn raw(&self, s: Span) -> &str {
        &self.input[s.start..s.end]
    }

    fn inside(&self, at: &str, what: &str, parent: Span, child: Span) -> Result<(), String> {
        if parent.contains(&child) {
            Ok(())
        } else {
            Err(format!("{at}: {what} span {} is not inside the parent span {}", show(child), show(parent)))
        }
    }

    fn ordered(&self, at: &str, what: &str, spans: impl IntoIterator<Item = Span>) -> Result<(), String> {
        let mut prev: Option<Span> = None;
        for (i, s) in spans.into_iter().enumerate() {
            if let Some(p) = prev {
                if s.start < p.end {
                    return Err(format!(
                        "{at}: {what}[{i}] span {} starts before the end of {what}[{}] span {} (overlap or out of order)",
                        show(s),
                        i - 1,
                        show(p)
                    ));
                }
            }
            prev = Some(s);
        }
        Ok(())
    }

    /// Cleaned raw text equals cleaned node text.
    fn same_text(&self, at: &str, text: &str, s: Span) -> Result<(), String> {
        let raw = self.raw(s);
        let other = has_other_residue(raw) && (has_entity(raw) || is_subsequence(text, raw));
        if strip_residue(raw) == strip_residue(text) || other {
            Ok(())
        } else {
            Err(format!("{at}: text {text:?} does not match the raw text {raw:?} at {}", show(s)))
        }
    }

    fn paragraph(&self, at: &str, p: &Paragraph<'_>) -> Result<(), String> {
        self.span(at, p.span)?;
        let raw = self.raw(p.span);
        if !is_subsequence(&p.text, raw) && !has_entity(raw) {
            return Err(format!(
                "{at}: paragraph text {:?} is not a subsequence of the raw text {raw:?} at {}",
                p.text,
                show(p.span)
            ));
        }
        Ok(())
    }

    fn paragraphs(&self, at: &str, what: &str, ps: &[Paragraph<'_>]) -> Result<(), String> {
        for (i, p) in ps.iter().enumerate() {
            self.paragraph(&format!("{at}.{what}[{i}]"), p)?;
        }
        self.ordered(at, what, ps.iter().map(|p| p.span))
    }

    fn agency(&self, at: &str, a: &Agency<'_>) -> Result<(), String> {
        self.span(at, a.span)?;
        if a.name.is_empty() {
            return Err(format!("{at}: empty agency name"));
        }
        let role = serde_json::to_value(a.role).map_err(|e| format!("{at}: role does not serialise: {e}"))?;
        if role.as_str() != Some(a.role.as_str()) {
            return Err(format!("{at}: role serialises as {role}, expected {:?}", a.role.as_str()));
        }
        self.same_text(at, &a.name, a.span).or_else(|e| if self.expansion(&a.name, a.span) { Ok(()) } else { Err(e) })
    }

    /// A level that borrows the ending of the name after it
    /// (`各省、自治区、直辖市人民政府`: 各省 is 各省人民政府, 自治区 各自治区人民政府,
    /// and the last, 各直辖市人民政府, is given the 各): the name is the raw text
    /// (a 各 given to it or not) and an ending that is written so, whole, in
    /// the input — never one joined across removed text.
    fn expansion(&self, name: &str, s: Span) -> bool {
        let raw = strip_residue(self.raw(s));
        let given = !raw.starts_with('各') && name.starts_with('各');
        let name = if given { &name['各'.len_utf8()..] } else { name };
        name.strip_prefix(raw.as_str())
            .is_some_and(|ending| if ending.is_empty() { given } else { strip_residue(self.input).contains(ending) })
    }

    fn document(&self, doc: &Document<'_>) -> Result<(), String> {
        if doc.span != Span::new(0, self.input.len()) {
            return Err(format!("document span {} is not 0..{}", show(doc.span), self.input.len()));
        }
        if let Some(n) = &doc.notice {
            self.span("notice", n.span)?;
            for (i, g) in n.addressees.iter().enumerate() {
                let at = format!("notice.addressees[{i}]");
                self.span(&at, g.span)?;
                if g.text.is_empty() {
                    return Err(format!("{at}: empty group text"));
                }
                if g.items.is_empty() {
                    return Err(format!("{at}: group {:?} has no items", g.text));
                }
                if let Some(j) = g.items.iter().position(|t| t.is_empty()) {
                    return Err(format!("{at}.items[{j}]: empty item in group {:?}", g.text));
                }
            }
            self.ordered("notice", "addressees", n.addressees.iter().map(|g| g.span))?;
            self.paragraphs("notice", "body", &n.body)?;
            if let Some(j) = n.issuers.iter().position(|t| t.is_empty()) {
                return Err(format!("notice.issuers[{j}]: empty issuer"));
            }
            // a date is read from somewhere, and its span shows where
            if n.date.is_some() != n.date_span.is_some() {
                return Err(format!("notice: date {:?} with date_span {:?}", n.date, n.date_span));
            }
            if let Some(s) = n.date_span {
                let raw = self.input.get(s.start..s.end).unwrap_or("");
                if !raw.contains('年') && !raw.contains('-') && !raw.contains('/') && !raw.contains('.') {
                    return Err(format!("notice.date_span {s:?}: {raw:?} is no date"));
                }
            }
        }
        self.paragraphs("document", "preamble", &doc.preamble)?;
        for (i, b) in doc.sections.iter().enumerate() {
            self.block(&format!("sections[{i}]"), b, 1)?;
        }
        self.ordered("document", "sections", doc.sections.iter().map(|b| b.span))?;
        for (i, a) in doc.attachments.iter().enumerate() {
            let at = format!("attachments[{i}]");
            self.span(&at, a.span)?;
            if a.number == Some(0) {
                return Err(format!("{at}: attachment number 0"));
            }
            self.paragraphs(&at, "paragraphs", &a.paragraphs)?;
            for (j, b) in a.sections.iter().enumerate() {
                let bat = format!("{at}.sections[{j}]");
                self.block(&bat, b, 1)?;
                self.inside(&bat, "section", a.span, b.span)?;
            }
            self.ordered(&at, "sections", a.sections.iter().map(|b| b.span))?;
        }
        for (i, d) in doc.diagnostics.iter().enumerate() {
            let at = format!("diagnostics[{i}]");
            self.span(&at, d.span)?;
            let kebab =
                !d.code.is_empty() && d.code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !kebab {
                return Err(format!("{at}: code {:?} is not kebab-case", d.code));
            }
            if d.message.trim().is_empty() || d.message.contains(['\n', '\r']) {
                return Err(format!("{at}: message {:?} is empty or not one line", d.message));
            }
        }
        if let Some(w) = doc.diagnostics.windows(2).position(|w| w[1].span.start < w[0].span.start) {
            return Err(format!("diagnostics[{}]: not in input order", w + 1));
        }
        // any span the walk above does not know of (fields added later)
        let json = serde_json::to_value(doc).map_err(|e| format!("document does not serialise: {e}"))?;
        self.json_spans("$", &json)
    }

    /// Check the bounds of every `{"start": …, "end": …}` object in the JSON.
    fn json_spans(&self, at: &str, v: &serde_json::Value) -> Result<(), String> {
        use serde_json::Value;
        match v {
            Value::Object(map) => {
                if let (Some(Value::Number(s)), Some(Value::Number(e)), 2) =
                    (map.get("start"), map.get("end"), map.len())
                {
                    let (Some(s), Some(e)) = (s.as_u64(), e.as_u64()) else {
                        return Err(format!("{at}: span bounds are not offsets: {v}"));
                    };
                    return self.span(at, Span::new(s as usize, e as usize));
                }
                map.iter().try_for_each(|(k, v)| self.json_spans(&format!("{at}.{k}"), v))
            }
            Value::Array(items) => {
                items.iter().enumerate().try_for_each(|(i, v)| self.json_spans(&format!("{at}[{i}]"), v))
            }
            _ => Ok(()),
        }
    }

    fn block(&self, at: &str, b: &Block<'_>, level: u32) -> Result<(), String> {
        self.span(at, b.span)?;
        if u32::from(b.level) != level {
            return Err(format!("{at}: level {} where the depth is {level}", b.level));
        }
        if b.number == 0 {
            return Err(format!("{at}: number 0 (marker {:?})", b.marker));
        }
        let kind = serde_json::to_value(b.kind).map_err(|e| format!("{at}: kind does not serialise: {e}"))?;
        if kind.as_str() != Some(b.kind.as_str()) {
            return Err(format!("{at}: kind serialises as {kind}, expected {:?}", b.kind.as_str()));
        }

        let m = format!("{at}.marker");
        self.span(&m, b.marker_span)?;
        self.inside(&m, "marker", b.span, b.marker_span)?;
        // a task table's row has no marker when it has no 序号 cell of its
        // own (a table without that column): the marker is empty there, and
        // so is its span
        let unnumbered_row = b.kind == gongwen::BlockKind::Row && b.marker.is_empty() && b.marker_span.is_empty();
        if b.marker.is_empty() && !unnumbered_row {
            return Err(format!("{m}: empty marker"));
        }
        self.same_text(&m, &b.marker, b.marker_span)?;

        match (&b.title, b.title_span) {
            (Some(t), Some(s)) => {
                let at = format!("{at}.title");
                self.span(&at, s)?;
                self.inside(&at, "title", b.span, s)?;
                self.same_text(&at, t, s)?;
                if s.start < b.marker_span.end {
                    return Err(format!(
                        "{at}: title span {} starts inside the marker {}",
                        show(s),
                        show(b.marker_span)
                    ));
                }
            }
            (None, None) => {}
            (t, s) => return Err(format!("{at}: title {t:?} with title span {s:?}")),
        }

        for (i, p) in b.paragraphs.iter().enumerate() {
            let at = format!("{at}.paragraphs[{i}]");
            self.paragraph(&at, p)?;
            self.inside(&at, "paragraph", b.span, p.span)?;
        }
        self.ordered(at, "paragraphs", b.paragraphs.iter().map(|p| p.span))?;

        for (i, r) in b.responsibilities.iter().enumerate() {
            let at = format!("{at}.responsibilities[{i}]");
            self.span(&at, r.span)?;
            self.inside(&at, "responsibility", b.span, r.span)?;
            if r.agencies.is_empty() {
                return Err(format!("{at}: a clause without agencies"));
            }
            for (j, a) in r.agencies.iter().enumerate() {
                let at = format!("{at}.agencies[{j}]");
                self.agency(&at, a)?;
                self.inside(&at, "agency", r.span, a.span)?;
            }
        }
        self.ordered(at, "responsibilities", b.responsibilities.iter().map(|r| r.span))?;

        for (i, a) in b.inherited().iter().enumerate() {
            self.agency(&format!("{at}.inherited[{i}]"), a)?;
        }

        for (i, c) in b.children.iter().enumerate() {
            let cat = format!("{at}.children[{i}]");
            self.block(&cat, c, level + 1)?;
            self.inside(&cat, "child", b.span, c.span)?;
        }
        self.ordered(at, "children", b.children.iter().map(|c| c.span))?;
        Ok(())
    }
}

/// Nothing silently lost: every character of the input that carries text —
/// CJK ideographs and punctuation, ASCII letters and digits — lies inside a
/// leaf node of the tree (a marker, title, paragraph, clause, agency,
/// addressee group, notice field, signature, colophon, attachment entry) or
/// inside a diagnostic's span that says it was read, cleaned or skipped.
/// Container spans (the document, a block, the notice frame) do not count:
/// text inside a block that no leaf holds is lost.
///
/// Scrape residue removed by the cleaner (`@` runs, markdown `#`/`*`, HTML
/// tags and entities) is not text; it is recognised here by its shape.
#[allow(dead_code)]
pub fn check_coverage(input: &str, doc: &Document<'_>) -> Result<(), String> {
    let json = serde_json::to_value(doc).map_err(|e| e.to_string())?;
    let mut covered = vec![false; input.len() + 1];
    let mut mark = |s: &serde_json::Value| {
        let (Some(a), Some(b)) = (s.get("start").and_then(|v| v.as_u64()), s.get("end").and_then(|v| v.as_u64()))
        else {
            return;
        };
        for c in covered.iter_mut().take((b as usize).min(input.len())).skip(a as usize) {
            *c = true;
        }
    };
    // leaf spans: every "*_span" field, and the "span" of objects that are
    // not containers
    fn walk(v: &serde_json::Value, container: bool, mark: &mut dyn FnMut(&serde_json::Value)) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, x) in map {
                    if k.ends_with("_span") {
                        mark(x);
                    } else if k == "span" {
                        if !container {
                            mark(x);
                        }
                    } else {
                        // children of these keys are containers themselves
                        let child_container = matches!(k.as_str(), "notice" | "sections" | "children" | "attachments");
                        walk(x, child_container, mark);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|x| walk(x, container, mark)),
            _ => {}
        }
    }
    walk(&json, true, &mut mark);
    // attachment entries: the entry line and its label line carry no node of
    // their own beyond the title; the attachment's span holds them
    for a in &doc.attachments {
        for c in covered.iter_mut().take(a.span.end.min(input.len())).skip(a.span.start) {
            *c = true;
        }
    }
    // residue, by shape
    let mut residue = vec![false; input.len() + 1];
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let end = match bytes[i] {
            b'@' | b'#' | b'*' => i + 1,
            // a comment runs to the first "-->", whatever lies between
            b'<' if input[i..].starts_with("<!--") => input[i + 4..].find("-->").map_or(i + 1, |k| i + 4 + k + 3),
            b'<' => bytes[i..].iter().take(1024).position(|&b| b == b'>').map_or(i + 1, |k| i + k + 1),
            b'&' => bytes[i..].iter().take(12).position(|&b| b == b';').map_or(i + 1, |k| i + k + 1),
            _ => i + 1,
        };
        if matches!(bytes[i], b'@' | b'#' | b'*' | b'<' | b'&') {
            residue[i..end].iter_mut().for_each(|r| *r = true);
        }
        i = end;
    }
    // the 。 that ends a run-in title (or the colon after a body that titles
    // an item of a duty list, or the ；/： that ends a one-phrase heading line)
    // belongs to the title (the title's text
    // is the lead sentence without it), residue and white space between
    for b in doc.blocks().chain(doc.attachments.iter().flat_map(|a| a.sections.iter().flat_map(|s| s.walk()))) {
        if let Some(t) = b.title_span {
            let after = input[t.end..]
                .char_indices()
                .find(|&(k, c)| !(residue[t.end + k] || c.is_whitespace() || c == '\u{FEFF}'));
            if let Some((k, '。' | '：' | ':' | '；' | ';')) = after {
                covered[t.end + k] = true;
            }
            // an article's gist in brackets (第一条（目的和依据）): the
            // brackets around its title belong to the title
            if b.kind == gongwen::BlockKind::Article {
                let before = input[..t.start]
                    .char_indices()
                    .rev()
                    .find(|&(k, c)| !(residue[k] || c.is_whitespace() || c == '\u{FEFF}'));
                if let (Some((k, '（' | '(' | '【')), Some((j, '）' | ')' | '】'))) = (before, after) {
                    covered[k] = true;
                    covered[t.end + j] = true;
                }
            }
        }
    }
    // markdown links and images (`[text](address)`, `![alt](address)`):
    // their marks and addresses go, an image whole (see `grammar::link`); by
    // shape, a `[` before `](` on its line and an address of no white space
    // up to `)`
    for (at, _) in input.match_indices("](") {
        let line_start = input[..at].rfind('\n').map_or(0, |k| k + 1);
        let Some(open) = input[line_start..at].rfind('[').map(|k| line_start + k) else { continue };
        let Some(len) = input[at + 2..].find(|c: char| c == ')' || c.is_whitespace()) else { continue };
        if !input[at + 2 + len..].starts_with(')') {
            continue;
        }
        let close = at + 2 + len + 1;
        let image = open > 0 && bytes[open - 1] == b'!';
        if image {
            residue[open - 1..close].iter_mut().for_each(|r| *r = true);
        } else {
            residue[open] = true;
            residue[at..close].iter_mut().for_each(|r| *r = true);
        }
    }
    // invisible characters (zero-width, bidi marks, soft hyphen, a BOM)
    // and control characters are removed wherever they stand
    for (at, c) in input.char_indices() {
        if is_invisible(c) || c.is_control() {
            residue[at..at + c.len_utf8()].iter_mut().for_each(|r| *r = true);
        }
    }
    // an ordered list's number before a heading's marker that is not
    // arabic (`1. 一、…`, `2) （二）…`, `1. **一、…`): markdown residue the
    // layout pass cuts (see `grammar::bullet`), counted in the markdown
    // markers' diagnostic; by shape, one to three digits at a line's start
    // (residue and white space before them) with `.` or `)` and a space
    for (at, _) in input.match_indices(['.', ')']) {
        let digits = bytes[..at].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let start = at - digits;
        let line_start = input[..start]
            .char_indices()
            .rev()
            .find(|&(k, c)| !(residue[k] || c == ' ' || c == '\t' || c == '\u{3000}'))
            .is_none_or(|(_, c)| c == '\n' || c == '\r');
        let spaced = bytes.get(at + 1) == Some(&b' ');
        let next_digit = input[at + 1..].trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit());
        if (1..=3).contains(&digits) && line_start && spaced && !next_digit {
            residue[start..=at].iter_mut().for_each(|r| *r = true);
        }
    }
    for (at, c) in input.char_indices() {
        let carries_text = c.is_ascii_alphanumeric()
            || (!c.is_ascii() && !c.is_whitespace() && c != '\u{3000}' && c != '\u{FEFF}' && c != '\u{A0}');
        if carries_text && !covered[at] && !residue[at] {
            let from = input[..at].char_indices().rev().nth(20).map_or(0, |(k, _)| k);
            let to = input[at..].char_indices().nth(20).map_or(input.len(), |(k, _)| at + k);
            return Err(format!("byte {at} ({c:?}) is in no node nor diagnostic: …{}…", &input[from..to]));
        }
    }
    Ok(())
}
