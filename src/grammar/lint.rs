//! Findings over the cleaned lines that do not change the tree: unclosed
//! brackets and foreign insertions.

use super::Capped;
use crate::diagnostic::{Diagnostic, Severity, codes};
use crate::punct::{self, Bracket, BracketAt};
use crate::source::{Line, Source};
use crate::span::Span;

/// Run every check over every line (of a source whose brackets are
/// indexed); the diagnostics of each code past one more than are listed
/// are counted, not made ([`Capped`]), and their counts returned. `titles`
/// (raw spans, in order) are the titles read over several lines: their
/// lines are checked for brackets as one (a 《 closed on the title's next
/// line is closed).
pub(crate) fn lint(
    src: &Source<'_>,
    lines: &[Line<'_>],
    titles: &[Span],
    diags: &mut Vec<Diagnostic>,
) -> [(&'static str, usize); 2] {
    // (a line's diagnostics are made, then those past the first few
    // dropped and counted)
    let (mut unclosed, mut foreign) = (Capped::default(), Capped::default());
    // the next lower-case letter of the text: only a line that holds one is
    // looked at for Latin words (the text is searched once, from line to
    // line, 64 bytes per test)
    let text = src.clean.text.as_bytes();
    let lower_from = |at: usize| find_lowercase(&text[at..]).map(|k| at + k);
    let mut lower = lower_from(0);
    // the lines and the brackets are both in text order: one walk over the
    // two gives each line its brackets
    let brackets = src.brackets();
    let mut next = 0;
    // the next title that may hold a line, and the brackets of the lines of
    // the title read so far, with its raw end
    let mut title = 0;
    let mut open_title: Option<(Stacks, usize)> = None;
    for line in lines {
        src.work(line.text.len());
        while brackets.get(next).is_some_and(|e| e.at() < line.start) {
            next += 1;
        }
        let from = next;
        while brackets.get(next).is_some_and(|e| e.at() < line.end()) {
            next += 1;
        }
        // (asked only of lines with brackets, or inside a title, while a
        // title lies ahead: one search of the offset map)
        let title_end = if title < titles.len() && (from < next || open_title.is_some()) {
            let at = src.clean.raw_start(line.start);
            while titles.get(title).is_some_and(|t| t.end <= at) {
                title += 1;
            }
            titles.get(title).filter(|t| t.start <= at).map(|t| t.end)
        } else {
            None
        };
        if let Some((stacks, _)) = open_title.take_if(|&mut (_, end)| title_end != Some(end)) {
            let before = diags.len();
            unclosed_brackets(src, &stacks, diags);
            unclosed.keep(diags, before);
        }
        if from < next || open_title.is_some() {
            let mut stacks = open_title.take().map_or_else(Stacks::default, |(s, _)| s);
            see(&mut stacks, &brackets[from..next]);
            match title_end {
                Some(end) if src.clean.raw_end(line.end()) < end => open_title = Some((stacks, end)),
                _ => {
                    let before = diags.len();
                    unclosed_brackets(src, &stacks, diags);
                    unclosed.keep(diags, before);
                }
            }
        }
        if lower.is_some_and(|p| p < line.start) {
            lower = lower_from(line.start);
        }
        if lower.is_some_and(|p| p < line.end()) {
            let before = diags.len();
            foreign_insertions(src, line, diags);
            foreign.keep(diags, before);
            lower = lower_from(line.end());
        }
    }
    if let Some((stacks, _)) = open_title {
        let before = diags.len();
        unclosed_brackets(src, &stacks, diags);
        unclosed.keep(diags, before);
    }
    src.work(brackets.len());
    [(codes::UNCLOSED_BRACKET, unclosed.more), (codes::FOREIGN_INSERTION, foreign.more)]
}

/// The round brackets' stack and the book-title brackets' of a line (or
/// of the lines of a title).
type Stacks = [Unclosed; 2];

/// Read a line's brackets, `events` (by cleaned offset), onto `stacks`.
fn see(stacks: &mut Stacks, events: &[BracketAt]) {
    // an opening bracket stays unclosed when the stack never empties after
    // it: the first one unclosed is the bottom of the stack at the end, so
    // depths and bottoms are all the pass needs
    // (each event read without a branch on its kind, which varies from
    // event to event)
    for (i, kind) in events.iter().map(|e| (e.at(), e.kind())) {
        let book = matches!(kind, Bracket::BookOpen | Bracket::BookClose);
        let opens = matches!(kind, Bracket::Open | Bracket::BookOpen);
        stacks[usize::from(book)].see(i, opens);
    }
}

/// Report an opening （ ( or 《 with no partner on its line (or in its
/// title), from the `stacks` of its brackets.
fn unclosed_brackets(src: &Source<'_>, stacks: &Stacks, diags: &mut Vec<Diagnostic>) {
    let [parens, books] = stacks;
    if let Some(i) = parens.first().into_iter().chain(books.first()).min() {
        let open = &src.clean.text[i..];
        let c = open.chars().next().unwrap_or('(');
        diags.push(Diagnostic::new(
            Severity::Warning,
            codes::UNCLOSED_BRACKET,
            format!("'{c}' is not closed on its line; read as plain text"),
            src.span_of(&open[..c.len_utf8()]),
        ));
    }
}

/// A bracket stack that keeps only its depth and its bottom.
#[derive(Default)]
struct Unclosed {
    depth: usize,
    bottom: usize,
}

impl Unclosed {
    /// An opening bracket at `at` (`opens`) or a closing one.
    #[inline]
    fn see(&mut self, at: usize, opens: bool) {
        if opens && self.depth == 0 {
            self.bottom = at;
        }
        self.depth = if opens { self.depth + 1 } else { self.depth.saturating_sub(1) };
    }

    /// The first bracket left open, if any.
    fn first(&self) -> Option<usize> {
        (self.depth > 0).then_some(self.bottom)
    }
}

/// Offset of the first ASCII lower-case letter in `s`: branch-free over
/// chunks of a size known at compile time, which the compiler vectorises,
/// with one test per chunk for a byte of 60–7F (the letters and five other
/// characters of ASCII, rare in CJK text), and a search for the letter in a
/// chunk that has one. (The same test in the filter of the text index's
/// pass, `punct::brackets_and_newlines`, would cost more than this search,
/// which stops at the first letter: figures at its `bracket_candidates`.)
fn find_lowercase(s: &[u8]) -> Option<usize> {
    let lower = |b: u8| b.wrapping_sub(b'a') < 26;
    let mut chunks = s.chunks_exact(128);
    let mut at = 0;
    for c in &mut chunks {
        if c.iter().fold(0u8, |acc, &b| acc | u8::from(b & 0xE0 == 0x60)) != 0 {
            if let Some(k) = c.iter().position(|&b| lower(b)) {
                return Some(at + k);
            }
        }
        at += c.len();
    }
    chunks.remainder().iter().position(|&b| lower(b)).map(|k| at + k)
}

/// Report runs of Latin letters that do not belong in the CJK sentence
/// around them: a lower-case word (`app`) set between CJK characters, where
/// official text would use CJK or an upper-case acronym (GDP, 5G, IPv6).
fn foreign_insertions(src: &Source<'_>, line: &Line<'_>, diags: &mut Vec<Diagnostic>) {
    let text = line.text;
    let bytes = text.as_bytes();
    if find_lowercase(bytes).is_none() {
        return;
    }
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_lowercase() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let end = i + bytes[i..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let before = text[..i].trim_end_matches(' ').chars().next_back();
        let after = text[end..].trim_start_matches(' ').chars().next();
        let is_word = end - i >= 2 && bytes[i..end].iter().all(|b| !b.is_ascii_uppercase());
        if is_word
            && before.is_some_and(punct::is_ideograph)
            && after.is_some_and(punct::is_ideograph)
            && !term_equivalent(text, i)
        {
            let trailing = text[end..].len() - text[end..].trim_start_matches(' ').len();
            let run = &text[i..end + trailing];
            diags.push(Diagnostic::new(
                Severity::Warning,
                codes::FOREIGN_INSERTION,
                format!(
                    "Latin run '{}' inside CJK text looks inserted (spam or scrape residue); kept in text",
                    &text[i..end]
                ),
                src.span_of(run),
            ));
        }
        i = end;
    }
}

/// Most characters of a term before its English equivalent.
const MAX_TERM: usize = 20;

/// Whether the Latin word at `at` is the English equivalent of a term in a
/// standard's terms and definitions: the line opens with a decimal outline
/// number, the term (ideographs only) and a space, then the word
/// (`3.2 开放 opening 向社会提供…`). Asked only of a word that would be
/// reported.
fn term_equivalent(text: &str, at: usize) -> bool {
    let Some(m) = super::marker::marker(text).filter(|m| m.kind == crate::ast::BlockKind::Decimal) else {
        return false;
    };
    let Some(term) = text.get(text.len() - m.rest.len()..at) else { return false };
    term.ends_with(punct::is_inline_space)
        && term.trim_end_matches(punct::is_inline_space).chars().all(punct::is_ideograph)
        && super::chars_in(term.trim_end_matches(punct::is_inline_space), 1, MAX_TERM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_letters_anywhere() {
        // every position around the 128-byte chunks
        let base = "甲（乙）丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
        let base = base.repeat(4);
        for (at, _) in base.char_indices().chain([(base.len(), ' ')]) {
            for c in ['a', 'm', 'z'] {
                let s = format!("{}{c}{}", &base[..at], &base[at..]);
                assert_eq!(find_lowercase(s.as_bytes()), Some(at), "{s}");
                let s = format!("{}{c}{}x", &base[..at], &base[at..]);
                assert_eq!(find_lowercase(s.as_bytes()), Some(at), "{s}");
            }
            for c in ['A', 'Z', '`', '{', '1', 'é'] {
                assert_eq!(find_lowercase(format!("{}{c}{}", &base[..at], &base[at..]).as_bytes()), None);
            }
        }
    }

    /// The Latin runs reported as foreign insertions in a one-line text.
    fn foreign(text: &str) -> Vec<String> {
        let mut src = Source::new(text);
        src.index_text();
        let lines = src.lines();
        let mut diags = Vec::new();
        lint(&src, &lines, &[], &mut diags);
        diags
            .iter()
            .filter(|d| d.code == codes::FOREIGN_INSERTION)
            .map(|d| text[d.span.start..d.span.end].to_string())
            .collect()
    }

    #[test]
    fn a_terms_english_equivalent_is_no_insertion() {
        assert!(foreign("3.2 开放 opening 向社会提供可机器读取的公共数据的公共服务。").is_empty());
        assert!(foreign("3.2\u{3000}共享\u{3000}sharing\u{3000}政务部门之间提供数据的行为。").is_empty());
        // elsewhere a word between ideographs still is
        assert_eq!(foreign("扫码下载 app 即可办理。"), ["app "]);
        assert_eq!(foreign("3.2 开放，工作 opening 向社会提供。"), ["opening "]);
    }

    /// The spans of the unclosed-bracket findings of a one-line text.
    fn unclosed(text: &str) -> Vec<&str> {
        unclosed_titled(text, &[])
    }

    /// The same, `titles` the texts of the titles read over several lines.
    fn unclosed_titled<'t>(text: &'t str, titles: &[&str]) -> Vec<&'t str> {
        let mut src = Source::new(text);
        src.index_text();
        let lines = src.lines();
        let titles: Vec<Span> = titles
            .iter()
            .map(|t| {
                let at = text.find(t).expect("a title of the text");
                Span::new(at, at + t.len())
            })
            .collect();
        let mut diags = Vec::new();
        lint(&src, &lines, &titles, &mut diags);
        diags.iter().filter(|d| d.code == codes::UNCLOSED_BRACKET).map(|d| &text[d.span.start..d.span.end]).collect()
    }

    /// A title read over several lines is checked as one line: a 《 closed on
    /// its next line is closed; one left open in it is found once; the lines
    /// around it are checked on their own.
    #[test]
    fn a_title_over_several_lines_is_one_line() {
        let title = "关于印发《上海市某某工作\n实施方案》的通知";
        let text = format!("{title}\n各区人民政府：\n现将《方案》印发给你们。\n");
        assert!(unclosed_titled(&text, &[title]).is_empty());
        // (read line by line, as before)
        assert_eq!(unclosed_titled(&text, &[]), ["《"]);
        // over three lines, the middle one with no bracket
        let title = "关于印发《上海市\n某某工作\n实施方案》的通知";
        let text = format!("{title}\n正文（甲\n");
        assert_eq!(unclosed_titled(&text, &[title]), ["（"]);
        // a bracket the title leaves open is found, once; so is one on the
        // line after it, and one before it
        let title = "关于《甲（乙\n丙》的通知";
        let text = format!("前言《丁\n{title}\n正文（戊\n");
        assert_eq!(unclosed_titled(&text, &[title]), ["《", "（", "（"]);
        let spans = unclosed_titled(&text, &[title]);
        assert_eq!(spans[1].as_ptr(), text[text.find("（乙").unwrap()..].as_ptr());
        // a title on one line of its own, among others
        let text = "《甲\n乙》\n《丙\n丁》\n";
        assert_eq!(unclosed_titled(text, &["《丙\n丁》"]), ["《"]);
    }

    #[test]
    fn first_unclosed_bracket_of_a_line() {
        assert!(unclosed("甲（乙）丙《丁》").is_empty());
        assert!(unclosed("甲（乙（丙）丁）").is_empty());
        assert_eq!(unclosed("甲（乙"), ["（"]);
        // the earliest bracket left open, not the innermost
        let text = "甲（乙(丙（丁）";
        assert_eq!(unclosed(text), ["（"]);
        assert_eq!(unclosed("甲（乙）丙(丁"), ["("]);
        // a stray close does not hide a later open
        assert_eq!(unclosed("甲）乙《丙"), ["《"]);
        // round and book brackets are counted apart; the earlier wins
        assert_eq!(unclosed("《甲（乙）"), ["《"]);
        assert_eq!(unclosed("甲（乙《丙》"), ["（"]);
        // one finding per line
        assert_eq!(unclosed("（甲\n（乙）\n《丙"), ["（", "《"]);
    }
}
