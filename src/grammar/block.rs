//! Numbered blocks at every depth: the tree of 一、 / （一） / 1. / （1） / ①
//! and 第X编 / 第X章 / 第X节 / 第X条, their run-in titles, paragraphs and
//! responsibility clauses; then the passes over the finished tree that
//! check numbering and hand standing notes down to later blocks.

use super::clause::{Clause, Found, Pairing, find_clauses};
use super::marker::Marker;
use crate::ast::{Agency, Block, BlockKind, Heading, Paragraph, Responsibility, Role};
use crate::diagnostic::{Diagnostic, Severity, codes};
use crate::punct::{self, FW_SEMICOLON, JUHAO};
use crate::source::{Line, MappedLine, Source};
use crate::span::offset_in;
use std::borrow::Cow;

/// Longest run-in title (the lead sentence before 。), in characters.
const MAX_RUN_IN_TITLE: usize = 40;
/// Longest heading that fills its line without punctuation, in characters.
const MAX_LINE_TITLE: usize = 60;

/// Number of block kinds (size of per-kind tables).
pub(crate) const KINDS: usize = 15;

/// Nesting rank: a block nests under the nearest open block of lower rank
/// (decimal outline numbers, which share one rank, by their depth: see
/// [`order`]).
pub(crate) fn rank(kind: BlockKind) -> u8 {
    // (a table, not a match: the match compiles to a jump table whose
    // indirect jump is mispredicted from heading to heading)
    RANKS[kind as usize]
}

/// [`rank`] of each kind, in the order of [`BlockKind`]'s variants
/// (checked by a test).
const RANKS: [u8; 17] = [0, 2, 3, 4, 6, 7, 8, 9, 10, 11, 14, 14, 14, 5, 13, 12, 1];

/// Nesting order of a heading: its kind's rank, then its depth in a
/// decimal outline (`1` above `1.1` above `1.1.1`; 0 for other kinds). A
/// heading closes every open block of the same or a greater order.
pub(crate) fn order(m: &Marker<'_>) -> u16 {
    u16::from(rank(m.kind)) << 3 | u16::from(super::marker::depth(m))
}

/// [`order`] of a built block.
fn block_order(b: &Block<'_>) -> u16 {
    let depth = b.outline().map_or(0, |o| o.len().min(7) as u16);
    u16::from(rank(b.kind)) << 3 | depth
}

/// What a heading's block is expected to hold: capacity hints (see
/// [`capacity_hints`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Hint {
    /// Blocks it will hold directly.
    pub(crate) children: usize,
    /// Paragraphs it may hold: its heading line's own text and the lines
    /// up to the next heading.
    pub(crate) paragraphs: usize,
}

/// For each line, what its heading's block is expected to hold, and how
/// many top-level blocks there will be, by nesting the markers as the
/// builder does (nearest open block of lower rank): capacity hints, so that
/// each block's children and paragraphs are allocated once, at their size,
/// instead of by doublings that copy them, and so that the many small
/// allocations of a document fall in size classes that the allocator
/// serves fast (the builder may still nest a little differently, as when
/// it refuses a block deeper than `max_depth`).
pub(crate) fn capacity_hints(marks: &[Option<Marker<'_>>]) -> (Vec<Hint>, usize) {
    let mut hints = vec![Hint::default(); marks.len()];
    let mut top = 0;
    let mut open: Vec<(u16, usize)> = Vec::new();
    let mut last_heading: Option<usize> = None;
    for (i, m) in marks.iter().enumerate() {
        let Some(m) = m else {
            if let Some(h) = last_heading {
                hints[h].paragraphs += 1;
            }
            continue;
        };
        let r = order(m);
        while open.last().is_some_and(|&(o, _)| o >= r) {
            open.pop();
        }
        match open.last() {
            Some(&(_, parent)) => hints[parent].children += 1,
            None => top += 1,
        }
        open.push((r, i));
        hints[i].paragraphs = 1;
        last_heading = Some(i);
    }
    (hints, top)
}

/// What the builder keeps for an open block.
struct Open {
    /// The cleaned end of the last text the block took after its heading
    /// line (0: none): its span is extended to there when it closes (one
    /// mapping per block, not one per line; none for a block that is its
    /// heading line alone, whose span ends with the line).
    text_end: usize,
    /// How many paragraphs it may hold (see [`Hint`]).
    paragraphs: usize,
    /// Its pre-order index.
    seq: usize,
}

/// A standing note found in a clause: applies to later blocks of `kind`.
struct Standing<'a> {
    after: usize,
    kind: BlockKind,
    agencies: Vec<Agency<'a>>,
}

/// Builds the block tree from the main document's lines.
pub(crate) struct Builder<'s, 'a> {
    src: &'s Source<'a>,
    /// Paragraphs before the first heading.
    pub(crate) preamble: Vec<Paragraph<'a>>,
    /// Finished top-level blocks.
    pub(crate) sections: Vec<Block<'a>>,
    /// Headings with no number (see [`Builder::heading`]), each with the
    /// text under it; `None` when they are not read (an attachment's text).
    headings: Option<Vec<Heading<'a>>>,
    /// For each heading with no number, how many top-level blocks stood
    /// before it: where its part starts in `sections`.
    parts: Vec<usize>,
    /// Open blocks, outermost first.
    stack: Vec<Block<'a>>,
    /// What the builder keeps for each open block (beside `stack`).
    open: Vec<Open>,
    /// Blocks opened so far (the next block's pre-order index).
    opened: usize,
    standing: Vec<Standing<'a>>,
    /// Whether a clause said that the first body of each clause leads
    /// (列第一位者为牵头单位，下同): from that clause on, a clause that names
    /// no lead has its first body lead.
    first_leads: bool,
    /// Per block (pre-order index): when its title is a run-in lead
    /// sentence, the whole first piece it came from, so that the title can
    /// be given back to the text (items of an enumeration, provisions).
    run_in: Vec<Option<RunIn<'s>>>,
    /// Per block (pre-order index): when its heading line is one phrase
    /// ending in ；/。/： and untitled (（一）学前教育； / 三、下列情形不予受理：),
    /// the phrase without its mark: it becomes the title if the block turns
    /// out to hold blocks (see [`phrase_titles`]). While the block is open,
    /// the text of its untitled heading line: read as a phrase when the
    /// block closes, and only if it holds blocks.
    phrases: Vec<Option<&'s str>>,
    /// Scratch buffer for the pieces of a line around its clauses.
    pieces: Vec<&'s str>,
    /// Scratch buffers for pairing a line's brackets.
    pairing: Pairing,
    /// Scratch buffers for the clauses of a line.
    found: Found<'s>,
    /// Blocks of each kind (by rank), and those with a title: what
    /// [`provisions`] decides on, counted as the blocks are built.
    total: [usize; KINDS],
    titled: [usize; KINDS],
    /// Deepest nesting accepted.
    max_depth: usize,
    /// The first heading that went deeper, and how deep.
    too_deep: Option<(usize, crate::span::Span)>,
}

impl<'s, 'a> Builder<'s, 'a> {
    /// `sections` is how many top-level blocks to expect and `headings` how
    /// many blocks in all (capacity hints).
    pub(crate) fn new(src: &'s Source<'a>, max_depth: usize, sections: usize, headings: usize) -> Self {
        Builder {
            src,
            preamble: Vec::new(),
            sections: Vec::with_capacity(sections),
            headings: None,
            parts: Vec::new(),
            stack: Vec::new(),
            open: Vec::new(),
            opened: 0,
            standing: Vec::new(),
            first_leads: false,
            run_in: Vec::with_capacity(headings),
            phrases: Vec::with_capacity(headings),
            pieces: Vec::new(),
            pairing: Pairing::default(),
            found: Found::default(),
            total: [0; KINDS],
            titled: [0; KINDS],
            max_depth,
            too_deep: None,
        }
    }

    /// Read headings with no number ([`super::unnumbered`]): the main
    /// document's text.
    pub(crate) fn read_headings(&mut self) {
        self.headings = Some(Vec::new());
    }

    /// Whether headings with no number are read.
    pub(crate) fn reads_headings(&self) -> bool {
        self.headings.is_some()
    }

    /// A heading with no number on `line`, its words `title`
    /// ([`super::unnumbered`]): it closes every open block (the text under
    /// it is no paragraph of the last numbered block, and a numbered block
    /// after it is a top-level one), and the text up to the next numbered
    /// block is its own.
    pub(crate) fn heading(&mut self, line: &Line<'s>, title: &'s str) {
        while !self.stack.is_empty() {
            self.close();
        }
        let span = self.src.span_of(line.text);
        if let Some(headings) = self.headings.as_mut() {
            headings.push(Heading { title: self.src.text(title), paragraphs: Vec::new(), span });
            self.parts.push(self.sections.len());
        }
    }

    /// Feed one line whose marker (if any) is `m`, as [`marker`] reads it;
    /// a heading's block is expected to hold what `hint` says (see
    /// [`capacity_hints`]).
    pub(crate) fn line(&mut self, line: &Line<'s>, m: Option<Marker<'s>>, hint: Hint) {
        let Some(m) = m else {
            self.content(line.text, None, None);
            return;
        };
        let o = order(&m);
        while self.stack.last().is_some_and(|b| block_order(b) >= o) {
            self.close();
        }
        // (the first block of a chapter: its title may have gone on on a
        // line of its own)
        if matches!(m.kind, BlockKind::Article | BlockKind::Division | BlockKind::Chapter) {
            if let Some(parent) = self.stack.last_mut() {
                title_rest_under(parent);
            }
        }
        let r = rank(m.kind);
        // (a heading line gives several nodes: mapped once)
        let mapped = self.src.map_line(line.text);
        let span = mapped.span();
        if self.stack.len() >= self.max_depth {
            self.too_deep.get_or_insert((self.stack.len() + 1, span));
            return;
        }
        let (mut marker, mut marker_span) = mapped.node(self.src, m.text);
        // the 、 that cleaning wrote after a bare number for the white space
        // before its title (`## 三` then `总体要求`) is no mark of the input:
        // the marker is the number as written (text and span agree)
        if let (Cow::Owned(_), Some(number)) = (&marker, m.text.strip_suffix(punct::DUNHAO)) {
            if !self.src.raw[marker_span.start..marker_span.end].ends_with(punct::DUNHAO) {
                (marker, marker_span) = mapped.node(self.src, number);
            }
        }
        let level = u16::try_from(self.stack.len() + 1).unwrap_or(u16::MAX);
        let mut block = Block::new(m.kind, level, marker, marker_span, m.number, span);
        block.children = Vec::with_capacity(hint.children);
        if m.kind == BlockKind::Decimal {
            block.set_outline(Some(super::marker::outline(m.text).into_boxed_slice()));
        }
        self.stack.push(block);
        self.open.push(Open { text_end: 0, paragraphs: hint.paragraphs, seq: self.opened });
        self.total[usize::from(r)] += 1;
        self.opened += 1;
        self.run_in.push(None);
        self.phrases.push(None);
        self.content(m.rest, Some(m.kind), Some(&mapped));
    }

    /// The first heading that nested deeper than allowed, if any.
    pub(crate) fn too_deep(&self) -> Option<(usize, crate::span::Span)> {
        self.too_deep
    }

    /// Whether the innermost open block is the last item of an enumeration
    /// (items ending in ；, the last in 。; in an article, each in 。 or
    /// ；), so that a paragraph after it
    /// belongs to the block that holds the list (第十六条 … （六）…材料。 /
    /// 不动产登记机构应当…).
    fn closes_enumeration(&self) -> bool {
        let [.., parent, item] = self.stack.as_slice() else { return false };
        let Some(prev) = parent.children.last() else { return false };
        let ends = |t: &str, c: char| t.trim_end().ends_with(c);
        let ends_semicolon = |b: &Block<'_>| {
            b.title.is_none() && b.paragraphs.last().is_some_and(|p| ends(&p.text, FW_SEMICOLON) || ends(&p.text, ';'))
        };
        // the item said one sentence: as its only paragraph, or as a title
        // that will go back to the text (a run-in title with nothing after)
        let one_sentence = match (&item.title, item.paragraphs.as_slice()) {
            (None, [p]) => ends(&p.text, JUHAO),
            (Some(_), []) => self.run_in.last().is_some_and(|r| r.as_ref().is_some_and(|r| r.sole)),
            _ => false,
        };
        // (in an article, whose list enumerates its provision, items may
        // each end in 。 too — `（八）…相关信息。` / `（九）…其他事项。` /
        // `上述备案事项由…采集。`, the article's next paragraph —: the item
        // before said one sentence, as its only paragraph or as a title)
        let said_one = |b: &Block<'_>| {
            b.children.is_empty()
                && match (&b.title, b.paragraphs.as_slice()) {
                    (None, [p]) => ends(&p.text, JUHAO),
                    (Some(_), []) => true,
                    _ => false,
                }
        };
        matches!(
            item.kind,
            BlockKind::Subsection
                | BlockKind::Item
                | BlockKind::Subitem
                | BlockKind::Letter
                | BlockKind::ParenItem
                | BlockKind::Circled
        ) && item.children.is_empty()
            && item.responsibilities.is_empty()
            && prev.kind == item.kind
            && one_sentence
            && (ends_semicolon(prev) || (parent.kind == BlockKind::Article && said_one(prev)))
    }

    /// Close the innermost open block.
    fn close(&mut self) {
        let Some(mut block) = self.stack.pop() else { return };
        let Some(open) = self.open.pop() else { return };
        if open.text_end > 0 {
            block.span.end = block.span.end.max(self.src.clean.raw_end(open.text_end));
        }
        // (its heading line is read as a phrase only now that the block is
        // known to hold blocks, the only case where the phrase is used)
        if let Some(slot) = self.phrases.get_mut(open.seq).filter(|s| s.is_some()) {
            *slot = slot.filter(|_| !block.children.is_empty()).and_then(one_phrase);
        }
        match self.stack.last_mut() {
            Some(parent) => {
                parent.span = parent.span.cover(&block.span);
                parent.children.push(block);
            }
            None => self.sections.push(block),
        }
    }

    /// Text of a line (after the marker, when `heading` names its kind;
    /// `mapped`: the line mapped to the raw input, when it is).
    fn content(&mut self, text: &'s str, heading: Option<BlockKind>, mapped: Option<&MappedLine<'s, 'a>>) {
        let src = self.src;
        let node = |s: &str| mapped.map_or_else(|| src.node(s), |m| m.node(src, s));
        if heading.is_none() && self.closes_enumeration() {
            self.close();
        }
        // (a heading line's text ends within the span the block opened with)
        if let Some(open) = self.open.last_mut().filter(|_| !text.is_empty() && heading.is_none()) {
            open.text_end = src.offset(text) + text.len();
        }
        let (events, base) = src.brackets_in(text);
        // (the scratch buffers are borrowed field by field, not taken out
        // and put back)
        let clauses = &mut self.found;
        let colons = src.label_colons_in(text, super::clause::label_colons);
        find_clauses(text, events, colons, base, &mut self.pairing, clauses);
        let clauses = &*clauses;
        self.first_leads |= clauses.first_leads_note;
        // the line's text is trimmed, searched for a title and split around
        // its clauses; the events are paired and visited; each clause's
        // content is parsed
        src.work(2 * text.len() + 2 * events.len() + clauses.iter().map(|c| c.1 - c.0).sum::<usize>());
        // the text around the clauses, trimmed, empty pieces left out (in a
        // buffer kept across lines)
        let pieces = &mut self.pieces;
        pieces.clear();
        let mut push = |p: &'s str| {
            if !p.is_empty() {
                pieces.push(p);
            }
        };
        let mut at = 0;
        for (s, e, _) in clauses.iter() {
            push(punct::trim(&text[at..s]));
            at = e;
        }
        push(punct::trim(&text[at..]));

        let Some((block, above)) = self.stack.split_last_mut() else {
            // before the first heading there is no block to hold a clause:
            // the preamble keeps the whole text, clause included
            // (or the heading with no number above it, when there is one)
            let whole = punct::trim(text);
            if !whole.is_empty() {
                let paragraph = src.paragraph(whole);
                match self.headings.as_mut().and_then(|h| h.last_mut()) {
                    Some(h) => h.paragraphs.push(paragraph),
                    None => self.preamble.push(paragraph),
                }
            }
            return;
        };
        // a chapter's title on the line under its marker (`第一章` / `总则`,
        // as PDF text and some pages print it)
        if heading.is_none()
            && clauses.is_empty()
            && block.title.is_none()
            && block.paragraphs.is_empty()
            && block.children.is_empty()
            && matches!(block.kind, BlockKind::Part | BlockKind::Subpart | BlockKind::Chapter | BlockKind::Division)
        {
            if let Some(t) = pieces.first().copied().filter(|t| pieces.len() == 1 && is_title_under(t)) {
                let (title, span) = node(t);
                block.title = Some(letter_spaced(t).map_or(title, std::borrow::Cow::Owned));
                block.title_span = Some(span);
                self.titled[usize::from(rank(block.kind))] += 1;
                return;
            }
        }
        // (the whole first text, a run-in title included: a duty list's item
        // of one sentence is read as a title first, and given back later)
        let opening = pieces.first().copied().filter(|_| heading.is_some());
        if let (Some(kind), Some(first)) = (heading, pieces.first().copied()) {
            let line = mapped.map_or_else(|| src.span_of(first), MappedLine::span);
            let by_line = src.heading_break_in(first, line).and_then(|p| heading_line_title(first, p)).or_else(|| {
                // (a standard's clause on one line: `5.2 技术要求 应采用…`)
                (kind == BlockKind::Decimal)
                    .then(|| super::decimal::spaced_title(src, first))
                    .flatten()
                    .map(|(t, rest)| (Some(t), Some(rest)))
            });
            let forced = by_line.is_some();
            let ((title, rest), stop) = by_line.map_or_else(|| split_title_at(kind, first), |t| (t, None));
            if let Some(t) = title {
                let (title, span) = node(t);
                // (letter spacing is set on the titles of chapters and the like)
                let spaced =
                    matches!(kind, BlockKind::Part | BlockKind::Subpart | BlockKind::Chapter | BlockKind::Division)
                        .then(|| letter_spaced(t))
                        .flatten();
                block.title = Some(spaced.map_or(title, std::borrow::Cow::Owned));
                block.title_span = Some(span);
                self.titled[usize::from(rank(kind))] += 1;
                // (an article's gist stands whatever its siblings' titles)
                if t.len() < first.len() && !forced && kind != BlockKind::Article {
                    if let Some(slot) = self.run_in.last_mut() {
                        let said_all = rest.is_none() && pieces.len() == 1;
                        let sole = said_all && clauses.is_empty();
                        // a run-in title: its 。 follows it (white space between;
                        // where split_title found it, not searched again)
                        let head = match stop {
                            Some(p) => &first[..p + JUHAO.len_utf8()],
                            None => {
                                let t_end = src.offset(t) + t.len() - src.offset(first);
                                punct::find_marks::<punct::Juhao>(&first[t_end..])
                                    .map_or(first, |p| &first[..t_end + p + JUHAO.len_utf8()])
                            }
                        };
                        *slot = Some(RunIn { head, had_rest: rest.is_some(), sole, item: said_all });
                    }
                }
            }
            // (an article opens with its provision, never a title)
            // (read as a phrase when the block closes: see `phrases`)
            if title.is_none() && kind != BlockKind::Article && pieces.len() == 1 && clauses.is_empty() {
                if let Some(slot) = self.phrases.last_mut() {
                    *slot = Some(first);
                }
            }
            match rest {
                Some(r) => pieces[0] = r,
                None => {
                    pieces.remove(0);
                }
            }
        }
        // a block without clauses may state its bodies in prose at the start
        // of its own text (发展改革委会同水利部研究提出了办理意见：…); the
        // sentence stays in the paragraph
        // (the bytes of its first clause that hold no role word, which
        // the search for a duty inside it need not read again)
        let mut clear = 0;
        // (its role words after them, searched once for the two readers
        // that need them)
        let mut words = None;
        // (where this paragraph's duties start among the block's)
        let since = block.responsibilities.len();
        if clauses.is_empty() && block.responsibilities.is_empty() && block.children.is_empty() {
            // (or in its last sentence: …完成改厕2000户。市农业农村局牵头，…配合。)
            let found = pieces
                .first()
                .and_then(|first| super::prose::responsibility_clear(src, first, &mut clear))
                .or_else(|| {
                    // an item of a list under a heading that names duties
                    // (…成员单位职责 / （3）公安部负责…): a plain X负责… is its
                    // duty (asked only of an item's first text that states
                    // no other)
                    let listed = opening.filter(|_| is_duty_item(above, block))?;
                    super::prose::listed_duty(src, listed)
                })
                .or_else(|| pieces.first().and_then(|first| super::prose::closing_responsibility(src, first)))
                // (or in a sentence in its middle: …加强监管。市场监管局负责抽检；
                // 卫生健康委配合。鼓励…, found from its role word)
                .or_else(|| {
                    let first = pieces.first()?;
                    let w = *words.get_or_insert_with(|| super::sentence_duty::role_words(first, clear));
                    super::sentence_duty::sentence_duty(src, first, w, plain_duty(block))
                });
            if let Some(r) = found {
                block.responsibilities.push(r);
            }
        }
        // a paragraph that divides the work among its bodies, clause after
        // clause (市发展改革委负责统筹协调；市财政局负责资金保障；…): every
        // member, the duty read above kept (any paragraph of the block)
        if let Some(first) = pieces.first().filter(|_| clauses.is_empty() && block.children.is_empty()) {
            // (two role words at least: the search is the one above when it
            // ran, and most paragraphs hold none)
            let w = words.unwrap_or_else(|| super::sentence_duty::role_words(first, clear));
            if w.two() && divides_work(above, block) {
                let members = super::sentence_duty::division_of_work(src, first, w);
                super::sentence_duty::merge_members(&mut block.responsibilities, since, members);
            }
        }
        // a paragraph that opens with a body and its duty (市公安局：负责…),
        // or with a subject label (排查主体：原则上由X…)
        if heading.is_none() {
            if let Some((body, role)) = pieces.first().and_then(|p| super::duty::colon_duty(p)) {
                block.responsibilities.push(super::duty::node(src, body, role));
            }
        }
        if let Some(p) = paragraph(src, text, pieces, node) {
            // (allocated directly at its size: reserve_exact on an empty
            // vector takes the path that grows one)
            if block.paragraphs.capacity() == 0 {
                block.paragraphs = Vec::with_capacity(self.open.last().map_or(1, |o| o.paragraphs.max(1)));
            }
            block.paragraphs.push(p);
        }
        // a line of the block's own text that states its deadline
        // (完成时限：2024年底前)
        if heading.is_none() && block.deadline().is_none() {
            block.set_deadline(super::deadline::line_deadline(src, text).map(|d| *d));
        }
        let seq = self.opened - 1;
        // the task text before each clause starts after the previous one
        let mut task_from = 0;
        for (s, e, clause) in clauses.iter() {
            let (mut resp, standing) = responsibility(src, &text[s..e], clause);
            resp.deadline = super::deadline::of_clause(src, text, task_from, s, &clause.notes);
            task_from = e;
            self.first_leads |= clause.first_leads;
            if self.first_leads {
                first_body_leads(&mut resp);
            }
            if !standing.is_empty() {
                self.standing.push(Standing { after: seq, kind: block.kind, agencies: standing });
            }
            // most blocks hold one clause: room for one at first, not for
            // four (later pushes grow the usual way)
            if block.responsibilities.capacity() == 0 {
                block.responsibilities = Vec::with_capacity(1);
            }
            block.responsibilities.push(resp);
        }
    }

    /// Hand the bodies of standing notes down to the later blocks of their
    /// kind ([`Block::inherited`]).
    fn inherit_standing(&mut self, diags: &mut Vec<Diagnostic>) {
        let mut seq = 0;
        let mut state = Inheritance {
            notes: &self.standing,
            next: 0,
            active: std::array::from_fn(|_| Vec::new()),
            capped: false,
            work: 0,
        };
        inherit(&mut self.sections, &mut state, &mut seq);
        self.src.work(state.work);
        if state.capped {
            if let Some(first) = self.standing.first() {
                diags.push(Diagnostic::new(
                    Severity::Warning,
                    codes::TOO_MANY_STANDING,
                    format!("standing notes name more than {MAX_INHERITED} bodies; later blocks inherit the first {MAX_INHERITED}"),
                    first.agencies.first().map_or_else(Default::default, |a| a.span),
                ));
            }
        }
    }

    /// Close every open block and run the passes over the finished tree.
    /// The finished tree: the paragraphs before the first heading, the
    /// top-level blocks, the headings with no number (empty when none were
    /// read).
    pub(crate) fn finish(
        mut self,
        diags: &mut Vec<Diagnostic>,
    ) -> (Vec<Paragraph<'a>>, Vec<Block<'a>>, Vec<Heading<'a>>) {
        while !self.stack.is_empty() {
            self.close();
        }
        // the passes below visit each block a bounded number of times
        self.src.work(8 * self.opened);
        // a text without standing notes (most) hands nothing down: no walk
        // (the one of inherit_standing visits each block once)
        if self.standing.is_empty() {
            self.src.work(self.opened);
        } else {
            self.inherit_standing(diags);
        }
        provisions(self.src, &mut self.sections, &mut self.run_in, &self.total, &self.titled);
        // only a title that was all its block said (its clauses aside) can
        // go back as an item of an enumeration
        if self.run_in.iter().any(|r| r.as_ref().is_some_and(|r| r.item)) {
            let mut seq = 0;
            enumerations(self.src, &mut self.sections, &mut self.run_in, &mut seq, &mut [None; KINDS]);
        }
        // an untitled item whose line is one phrase and that holds blocks
        // (三、下列情形不予受理： / （一）…) is titled with the phrase
        if self.phrases.iter().any(Option::is_some) {
            let mut seq = 0;
            phrase_titles(self.src, &mut self.sections, &self.phrases, &mut seq);
        }
        // blocks titled with a body that state its duty (（一）区房管局。负责…)
        let visited = super::duty::duties(self.src, &mut self.sections);
        self.src.work(visited);
        let mut last = [0u32; KINDS];
        let headings = self.headings.unwrap_or_default();
        // (each part under a heading with no number is checked apart: it
        // may number its blocks from 1 again, or go on from the last part)
        let mut at = 0;
        for &end in self.parts.iter().chain([&self.sections.len()]) {
            check_numbering(&self.sections[at..end], &mut last, diags);
            at = end;
        }
        (self.preamble, self.sections, headings)
    }
}

/// Most characters of a letter-spaced title (`总　　则`, `附 则`).
const MAX_LETTER_SPACED: usize = 6;

/// A title whose characters are spaced out (`总　　则`, `职 \u{A0}责`: two to
/// six ideographs, each standing alone between white space) without the
/// spaces; typesetting, not words that separate. Asked of the titles of
/// parts, chapters and divisions, and of the issuers of a signature
/// (`国　务　院`).
pub(crate) fn letter_spaced(title: &str) -> Option<String> {
    if title.len() > MAX_LETTER_SPACED * 3 * 4 || !title.contains(punct::is_space) {
        return None;
    }
    let mut out = String::with_capacity(title.len());
    let mut prev_ideograph = false;
    for c in title.chars() {
        if punct::is_space(c) {
            prev_ideograph = false;
        } else if punct::is_ideograph(c) && !prev_ideograph {
            out.push(c);
            prev_ideograph = true;
        } else {
            return None;
        }
    }
    (2..=MAX_LETTER_SPACED).contains(&out.chars().count()).then_some(out)
}

/// Most characters of a chapter's title on the line under its marker.
const MAX_TITLE_UNDER: usize = 20;

/// A line that can be the title of the chapter marker above it: short, no
/// prose punctuation, no marker, no date (`总则`, `总　　则`, `法律责任`).
fn is_title_under(text: &str) -> bool {
    text.len() <= MAX_TITLE_UNDER * 4
        && text.chars().count() <= MAX_TITLE_UNDER
        && punct::find_prose_punct(text).is_none()
        && super::marker::marker(text).is_none()
        && super::date::date_line(text).is_none()
}

/// Whether `item`, under the blocks `above` it, is an item of a duty list:
/// a numbered item (no part, chapter or article) under a heading that names
/// duties (see [`super::prose::names_duties`]).
fn is_duty_item(above: &[Block<'_>], item: &Block<'_>) -> bool {
    !matches!(
        item.kind,
        BlockKind::Part | BlockKind::Subpart | BlockKind::Chapter | BlockKind::Division | BlockKind::Article
    ) && above.last().and_then(|p| p.title.as_deref()).is_some_and(super::prose::names_duties)
}

/// Most characters of a chapter's title with its rest joined to it.
const MAX_JOINED_TITLE: usize = 40;

/// A part's, chapter's or division's title cut by a line break, blank
/// lines after it (scraped and PDF text): its rest stands alone as all the
/// block says before its first block (`第二章　防治船舶及其有关作业活动污染` /
/// `海洋环境的一般规定` / `第十条　…`), a line that can be a title (see
/// [`is_title_under`]); it goes back to the title, its span covering both.
/// Asked when the block's first child opens, so a line of text that other
/// text follows is never taken.
fn title_rest_under(b: &mut Block<'_>) {
    if !matches!(b.kind, BlockKind::Part | BlockKind::Subpart | BlockKind::Chapter | BlockKind::Division)
        || !b.children.is_empty()
        || !b.responsibilities.is_empty()
    {
        return;
    }
    let ([p], Some(title), Some(span)) = (b.paragraphs.as_slice(), b.title.as_deref(), b.title_span) else {
        return;
    };
    if !is_title_under(&p.text) || title.chars().count() + p.text.chars().count() > MAX_JOINED_TITLE {
        return;
    }
    let joined = format!("{title}{}", p.text);
    b.title_span = Some(span.cover(&p.span));
    b.title = Some(Cow::Owned(joined));
    b.paragraphs.clear();
}

/// Split the first text of a heading line into its title and the rest.
#[cfg(test)]
fn split_title(kind: BlockKind, text: &str) -> (Option<&str>, Option<&str>) {
    split_title_at(kind, text).0
}

/// [`split_title`], and where the 。 that ends a run-in title is in `text`
/// when a 。 ended it (the first 。 of the text).
fn split_title_at(kind: BlockKind, text: &str) -> ((Option<&str>, Option<&str>), Option<usize>) {
    let mut stop = None;
    let split = split_title_stop(kind, text, &mut stop);
    (split, stop)
}

/// [`split_title_at`], the 。 written to `juhao_at`.
fn split_title_stop<'t>(
    kind: BlockKind,
    text: &'t str,
    juhao_at: &mut Option<usize>,
) -> (Option<&'t str>, Option<&'t str>) {
    match kind {
        BlockKind::Part | BlockKind::Subpart | BlockKind::Chapter | BlockKind::Division => (Some(text), None),
        // an article opens with its provision, or with its gist in
        // brackets (第一条（目的和依据）为了…)
        BlockKind::Article => match super::section_title::article_gist(text) {
            Some((gist, rest)) => (Some(gist), (!rest.is_empty()).then_some(rest)),
            None => (None, Some(text)),
        },
        _ => {
            // a body and a colon (区发展改革委：负责…): the body is the title
            // of a duty list's item
            if let Some((body, rest)) = super::duty::body_colon(text) {
                return (Some(body), (!rest.is_empty()).then_some(rest));
            }
            // a standard section title run on into its text (总体要求以…;
            // a standard's `1 范围本指南…`)
            let run_on = super::section_title::run_on_title(text)
                .or_else(|| {
                    (kind == BlockKind::Decimal).then(|| super::section_title::standard_run_on_title(text)).flatten()
                })
                // (a reply letter's 关于…问题 heading run on into its text;
                // its first character compared here, most headings open otherwise)
                .or_else(|| {
                    punct::has_prefix(text.as_bytes(), super::section_title::MATTER_OPENS.as_bytes())
                        .then(|| super::section_title::matter_run_on_title(text))
                        .flatten()
                });
            if let Some((title, rest)) = run_on {
                return (Some(title), Some(punct::trim(rest)));
            }
            // a request that names who acts (请省自然资源厅负责做好用地保障。)
            // is a sentence, never a title
            if text.starts_with('请') && super::request::request(text).is_some() {
                return (None, Some(text));
            }
            // a run-in title ends at a 。 within its first MAX_RUN_IN_TITLE
            // characters (at most 4 bytes each): search no further
            let head = punct::head(text, MAX_RUN_IN_TITLE * 4 + JUHAO.len_utf8());
            // (or at a half-width `.` ending a sentence of CJK text:
            // `(一)主体资质.检查…`, searched only when there is no 。)
            let juhao = punct::find_marks::<punct::Juhao>(head);
            // (the search for `.` in the head answers for the whole text
            // when the head is all of it)
            let mut cjk_period = None;
            let stop = juhao.map(|p| (p, JUHAO.len_utf8())).or_else(|| {
                let found = punct::find_cjk_period(head);
                if head.len() == text.len() {
                    cjk_period = Some(found);
                }
                found.map(|p| (p, 1))
            });
            if let Some((p, len)) = stop {
                let lead = punct::trim(&text[..p]);
                // a title run on into its points before the stop
                // (强化统筹一是建立…；二是…。): only a lead long enough to
                // hold a title and two points, with a comma or semicolon
                if lead.len() >= super::enumeration::MIN_BYTES
                    && punct::find_marks::<punct::CommaOrSemicolon>(lead).is_some()
                {
                    if let Some((title, _)) = super::enumeration::run_on_points(lead) {
                        let at = offset_in(text, title) + title.len();
                        let rest = punct::trim(&text[at..]);
                        let rest = rest.trim_start_matches(|c: char| punct::is_comma(c) || punct::is_colon(c));
                        return (Some(title), Some(punct::trim(rest)));
                    }
                }
                if is_run_in_title(lead) && !(kind == BlockKind::Decimal && super::decimal::recommends(lead)) {
                    if len == JUHAO.len_utf8() {
                        *juhao_at = Some(p);
                    }
                    let rest = punct::trim(&text[p + len..]);
                    return (Some(lead), (!rest.is_empty()).then_some(rest));
                }
            }
            // a heading that fills its line: no sentence end anywhere, and
            // commas only in a short one (行动6：创新机制，深入推进建设)
            // (a 。 found above is a sentence end: no heading either)
            if text.len() > MAX_LINE_TITLE * 4 || juhao.is_some() {
                return (None, Some(text));
            }
            // every sentence end or semicolon is a prose mark: search for
            // them only from the first prose mark on
            let first_mark = punct::find_prose_punct(text);
            let commas = first_mark.is_some();
            let sentence = first_mark
                .is_some_and(|p| punct::find_marks::<punct::SentenceEndOrSemicolon>(&text[p..]).is_some())
                || cjk_period.unwrap_or_else(|| punct::find_cjk_period(text)).is_some();
            let ends_open = text.chars().next_back().is_some_and(|c| punct::is_comma(c) || punct::is_colon(c));
            // at most `max` characters (counted only when the bytes do not
            // already show it)
            let short = |max: usize| super::chars_in(text, 0, max);
            let is_heading =
                !sentence && !ends_open && if commas { short(MAX_RUN_IN_TITLE) } else { short(MAX_LINE_TITLE) };
            if is_heading { (Some(text), None) } else { (None, Some(text)) }
        }
    }
}

/// The title of a heading that stood on its own line before its 。 was
/// joined to it (`——任务20：运用…政策，积极主动保障…权益` / `。按照…`): the
/// text before that 。, whatever its commas, if it is heading-sized.
fn heading_line_title(text: &str, juhao: usize) -> Option<(Option<&str>, Option<&str>)> {
    let lead = punct::trim(&text[..juhao]);
    let rest = punct::trim(&text[juhao + JUHAO.len_utf8()..]);
    (!lead.is_empty() && super::chars_in(lead, 0, MAX_LINE_TITLE))
        .then_some((Some(lead), (!rest.is_empty()).then_some(rest)))
}

/// Most characters of one comma-separated part of a run-in title
/// (推进政务公开，强化解读回应).
const MAX_TITLE_PART: usize = 18;

/// Words with 应, 可 or 要 that are not modal verbs (all of three-byte
/// characters, which `not_modal_at` relies on; checked by a test): the
/// 要 of 重要 主要 要求 …, not of `…部门要明确…` `…的建设要尽量避开…`.
const NOT_MODAL: &[&str] = &[
    "应急",
    "适应",
    "响应",
    "供应",
    "对应",
    "相应",
    "反应",
    "效应",
    "呼应",
    "顺应",
    "感应",
    "回应",
    "应用",
    "可持续",
    "许可",
    "认可",
    "可靠",
    "可视",
    "可信",
    "可控",
    "可及",
    "重要",
    "主要",
    "需要",
    "必要",
    "纲要",
    "首要",
    "摘要",
    "简要",
    "紧要",
    "次要",
    "只要",
    "扼要",
    "提要",
    "机要",
    "险要",
    "显要",
    "政要",
    "要求",
    "要素",
    "要点",
    "要害",
    "要件",
    "要务",
    "要闻",
    "要地",
    "要道",
    "要领",
    "要旨",
    "要案",
    "要职",
    "要塞",
];

/// Whether the 应, 可 or 要 at byte `i` of `s` is part of a word of
/// [`NOT_MODAL`] (应急, 可持续, 重要 …) rather than a modal verb.
fn not_modal_at(s: &str, i: usize) -> bool {
    let (b, c) = (s.as_bytes(), s[i..].chars().next().map_or(0, char::len_utf8));
    let here = &b[i..i + c];
    NOT_MODAL.iter().zip(MODAL_AT).any(|(w, o)| {
        // the word's 应 or 可 is the character at i: the word must then
        // start that far before i
        let w = w.as_bytes();
        &w[o..o + 3] == here && i >= o && punct::has_prefix(&b[i - o..], w) && s.is_char_boundary(i - o)
    })
}

/// Byte offset of the 应, 可 or 要 within each word of [`NOT_MODAL`] (each
/// holds one: checked by a test), found once at compile time instead of
/// at every offset of every word on each call.
const MODAL_AT: [usize; NOT_MODAL.len()] = {
    let (ying, ke, yao) = ("应".as_bytes(), "可".as_bytes(), "要".as_bytes());
    let mut out = [0; NOT_MODAL.len()];
    let mut k = 0;
    while k < NOT_MODAL.len() {
        let w = NOT_MODAL[k].as_bytes();
        let mut o = 0;
        while o + 3 <= w.len() {
            let (x, y, z) = (w[o], w[o + 1], w[o + 2]);
            if (x == ying[0] && y == ying[1] && z == ying[2])
                || (x == ke[0] && y == ke[1] && z == ke[2])
                || (x == yao[0] && y == yao[1] && z == yao[2])
            {
                out[k] = o;
            }
            o += 3;
        }
        k += 1;
    }
    out
};

/// Whether the lead sentence of a block (before its 。) reads as a run-in
/// heading rather than as the first sentence of a provision: short, no
/// obligation or permission (应当, 应, 须, 不得, 可, 要), no long clauses joined
/// by commas, no subordinate clause of time before a comma ("转制后，",
/// "转制时，"), no label and its statement ("春节：2月4日至10日放假调休，共7天",
/// or `春节:` in half-width marks, an item of a list of labels, as its
/// siblings too long to be titles are).
/// One pass over the characters checks it all.
// (out of line: inlined, its search loop crowds the instruction cache
// for the rest of Builder::content)
#[inline(never)]
fn is_run_in_title(lead: &str) -> bool {
    if lead.is_empty() || lead.len() > MAX_RUN_IN_TITLE * 4 {
        return false;
    }
    // only the characters of TitleStops are looked at, where a search
    // (16 bytes at a time) finds them: most titles hold none, and then
    // only their length counts; the parts between separators are counted
    // without a branch per character
    let b = lead.as_bytes();
    let mut separated = false;
    // characters of the longest part before the last separator, and where
    // the current part starts
    let (mut longest, mut part_start) = (0, 0);
    for i in punct::mark_positions::<punct::TitleStops>(lead) {
        let (before, at) = (&b[..i], &b[i..]);
        if punct::has_prefix(at, "须".as_bytes()) || punct::has_prefix(at, punct::FW_COLON_BYTES) {
            return false;
        } else if at[0] == b':' {
            // a label's colon in half-width marks, not a time's (`9:30`)
            if !(before.last().is_some_and(u8::is_ascii_digit) && at.get(1).is_some_and(u8::is_ascii_digit)) {
                return false;
            }
        } else if punct::has_prefix(at, "得".as_bytes()) {
            if punct::has_suffix(before, "不".as_bytes()) {
                return false;
            }
        } else if punct::has_prefix(at, "应".as_bytes())
            || punct::has_prefix(at, "可".as_bytes())
            || punct::has_prefix(at, "要".as_bytes())
        {
            if !not_modal_at(lead, i) {
                return false;
            }
        } else {
            // a comma or a semicolon, either width
            let ascii = at[0].is_ascii();
            let comma = at[0] == b',' || punct::has_prefix(at, punct::FW_COMMA_BYTES);
            if comma && (punct::has_suffix(before, "后".as_bytes()) || punct::has_suffix(before, "时".as_bytes())) {
                return false;
            }
            separated = true;
            // the separator is no character of either part
            longest = longest.max(lead[part_start..i].chars().count());
            part_start = i + if ascii { 1 } else { 3 };
        }
    }
    super::chars_in(lead, 0, MAX_RUN_IN_TITLE)
        && (!separated || longest.max(lead[part_start..].chars().count()) <= MAX_TITLE_PART)
        && !defines(lead)
}

/// Whether a lead sentence states what a thing is or takes in (a
/// definition or a scope: `深圳湾口岸港方口岸区范围包括港方查验区和…桥面。`,
/// `红线是指…边界`) — a statement a reply or a rule opens with, never a
/// heading, which names a task or a topic. (包括 of a title's `…包括…在内的…`
/// qualifies a noun: not counted.) Asked only of a lead that passed every
/// other test: a short text, searched once with `memchr` for the middle
/// byte 包 and 指 share (0x8C), each hit checked by its neighbours (a
/// substring search per word cost 1 % of a parse in setting up).
fn defines(lead: &str) -> bool {
    let b = lead.as_bytes();
    memchr::memchr_iter(0x8C, b).any(|p| {
        // (0x8C is a continuation byte: p ≥ 1; the character's lead and
        // last byte tell 包 from 指 and from the others)
        let (at, next) = (&b[p - 1..], b.get(p + 1));
        if punct::has_prefix(at, "包括".as_bytes()) {
            // (包括…在内 asked only here, once)
            !lead.contains("在内")
        } else if next == Some(&"指".as_bytes()[2]) && b[p - 1] == "指".as_bytes()[0] {
            let before = &b[..p - 1];
            punct::has_suffix(before, "是".as_bytes()) || punct::has_suffix(before, "系".as_bytes())
        } else {
            false
        }
    })
}

/// Where `sentence_duty` reads a plain `X负责<work>` in the paragraph of
/// `block` being read (see [`super::sentence_duty::Plain`]).
fn plain_duty(block: &Block<'_>) -> super::sentence_duty::Plain {
    use super::sentence_duty::Plain;
    let titled_with_a_body = |t: &str| super::duty::is_body_title(t) || super::duty::duties_title(t).is_some();
    if block.kind == BlockKind::Article
        || !block.paragraphs.is_empty()
        || block.title.as_deref().is_some_and(titled_with_a_body)
    {
        return Plain::No;
    }
    if block.title.as_deref().is_some_and(super::prose::names_duties) { Plain::OpeningOrSole } else { Plain::Opening }
}

/// Whether a paragraph of `block` (under the blocks `above`) may divide
/// the work among bodies (see `sentence_duty::division_of_work`): not a
/// regulation's article, nor a block titled with a body or its duties
/// (see `duty`), nor one titled with the duties of several (`职责分工`,
/// `成员单位职责`) or an item of a list under such a title — whose
/// paragraphs state standing functions, which the corpus's facts read as
/// no task (181's 三、职责分工 `区消防救援局负责…。区财政局、区发改委负责…。`, 116's
/// 2.1.3 （1） `…。国家发展改革委负责加强…`): the first duty read there stands
/// alone, as before.
fn divides_work(above: &[Block<'_>], block: &Block<'_>) -> bool {
    block.kind != BlockKind::Article
        && !block.title.as_deref().is_some_and(|t| {
            super::duty::is_body_title(t) || super::duty::duties_title(t).is_some() || super::prose::names_duties(t)
        })
        && !is_duty_item(above, block)
}

/// A paragraph from the pieces of `line` left between its clauses.
fn paragraph<'a>(
    src: &Source<'a>,
    line: &str,
    pieces: &[&str],
    node: impl Fn(&str) -> (crate::ast::Text<'a>, crate::span::Span),
) -> Option<Paragraph<'a>> {
    match pieces {
        [] => None,
        [one] => {
            let (text, span) = node(one);
            Some(Paragraph { text, span })
        }
        [first, .., last] => {
            let start = src.offset(first);
            let end = src.offset(last) + last.len();
            debug_assert!(start >= src.offset(line));
            Some(Paragraph { text: Cow::Owned(pieces.concat()), span: src.span(start, end) })
        }
    }
}

/// Under a note that the first body named leads (列第一位者为牵头单位), the
/// first body of a clause that names no lead leads — whoever it is, even
/// alone or a collective, as the note says; the others keep their roles.
fn first_body_leads(resp: &mut Responsibility<'_>) {
    if resp.agencies.iter().all(|a| a.role != Role::Lead) {
        if let Some(first) = resp.agencies.first_mut().filter(|a| a.role == Role::Responsible) {
            first.role = Role::Lead;
        }
    }
}

/// The AST node of a clause, and the bodies of its standing notes.
fn responsibility<'a>(src: &Source<'a>, bracketed: &str, clause: &Clause<'_>) -> (Responsibility<'a>, Vec<Agency<'a>>) {
    // (an unbracketed label run, 责任单位：…, keeps its text without the
    // mark that ends it)
    let inner = if bracketed.starts_with(punct::is_lparen) {
        let open = bracketed.chars().next().map_or(0, char::len_utf8);
        let close = bracketed.chars().next_back().map_or(0, char::len_utf8);
        &bracketed[open..bracketed.len() - close]
    } else {
        bracketed.trim_end_matches(|c| punct::is_sentence_end(c) || punct::is_semicolon(c))
    };
    let agency = |name: &str, role| {
        let (name, span) = src.node(name);
        Agency::unresolved(name, role, span)
    };
    let mut agencies: Vec<Agency<'a>> = clause.agencies.iter().map(|&(n, r)| agency(n, r)).collect();
    super::shared::expand(src, &clause.agencies, &mut agencies);
    let resp = Responsibility {
        raw: src.text(inner),
        agencies,
        notes: clause.notes.iter().map(|n| src.text(n)).collect(),
        span: src.span_of(bracketed),
        deadline: None,
    };
    let standing = clause.standing.iter().map(|n| agency(n, Role::Responsible)).collect();
    (resp, standing)
}

/// An item whose whole text is one sentence, after an untitled sibling of
/// the same kind, is an item of an enumeration (（九）抵押权； （十）其他情形。),
/// not a heading: its sentence goes back to its paragraphs. So is one whose
/// sentence only a responsibility clause follows, a measure of a list of
/// measures (`（十三）支持在试验区设置商标受理窗口。（负责部门：知识产权局）`
/// after `（十二）…` too long to be a title).
///
/// A list numbered on across the sections (（十六） the last of 一、, （十七）
/// the first of 二、) is one list: the first item of a section follows the
/// last block of its kind before it when it is numbered next.
fn enumerations<'a>(
    src: &Source<'a>,
    blocks: &mut [Block<'a>],
    run_in: &mut [Option<RunIn<'_>>],
    seq: &mut usize,
    last: &mut [Option<(u32, bool)>; KINDS],
) {
    let mut prev: Option<(BlockKind, bool)> = None;
    for b in blocks.iter_mut() {
        let me = *seq;
        *seq += 1;
        let k = usize::from(rank(b.kind));
        let after_untitled = match prev {
            Some((kind, titled)) => kind == b.kind && !titled,
            None => last[k].is_some_and(|(n, titled)| !titled && n.checked_add(1) == Some(b.number)),
        };
        if after_untitled && b.paragraphs.is_empty() && b.children.is_empty() {
            if let Some(r) = run_in.get_mut(me).filter(|r| r.as_ref().is_some_and(|r| r.item)).and_then(Option::take) {
                b.title = None;
                b.title_span = None;
                b.paragraphs.push(src.paragraph(r.head));
            }
        }
        prev = Some((b.kind, b.title.is_some()));
        last[k] = Some((b.number, b.title.is_some()));
        enumerations(src, &mut b.children, run_in, seq, last);
    }
}

/// The phrase of a heading line that is one phrase ending in ；/。/：
/// (学前教育； / 下列情形不予受理：), without its mark: at most
/// [`MAX_RUN_IN_TITLE`] characters and no other sentence mark or comma; a
/// line that introduces a list with ： may have commas and
/// [`MAX_LINE_TITLE`] characters (各单位按以下分工开展排查，每年不少于2次：).
fn one_phrase(text: &str) -> Option<&str> {
    let last = text.chars().next_back()?;
    let colon = punct::is_colon(last);
    if !(last == JUHAO || punct::is_semicolon(last) || colon) {
        return None;
    }
    let phrase = punct::trim(&text[..text.len() - last.len_utf8()]);
    let max = if colon { MAX_LINE_TITLE } else { MAX_RUN_IN_TITLE };
    if phrase.is_empty() || !super::chars_in(phrase, 0, max) {
        return None;
    }
    let clean = match punct::find_prose_punct(phrase) {
        None => true,
        Some(p) => {
            colon
                && punct::find_marks::<punct::SentenceEndOrSemicolon>(&phrase[p..]).is_none()
                && punct::find_marks::<punct::SentenceEndOrColon>(&phrase[p..]).is_none()
        }
    };
    clean.then_some(phrase)
}

/// Give an untitled block that holds blocks, and whose heading line was one
/// phrase, that phrase as its title (its paragraph goes).
fn phrase_titles<'a>(src: &Source<'a>, blocks: &mut [Block<'a>], phrases: &[Option<&str>], seq: &mut usize) {
    for b in blocks {
        let me = *seq;
        *seq += 1;
        if let Some(p) = phrases.get(me).copied().flatten() {
            let starts_with_it = b.paragraphs.first().is_some_and(|f| f.span.start == src.span_of(p).start);
            if b.title.is_none() && !b.children.is_empty() && starts_with_it {
                let (title, span) = src.node(p);
                b.title = Some(title);
                b.title_span = Some(span);
                b.paragraphs.remove(0);
            }
        }
        phrase_titles(src, &mut b.children, phrases, seq);
    }
}

/// A run-in title taken from a block's first piece.
struct RunIn<'s> {
    /// The title sentence with its 。 (cleaned text): made a paragraph
    /// only in the rare case that it goes back to the text.
    head: &'s str,
    /// Whether text followed the title (then it is the first paragraph).
    had_rest: bool,
    /// Whether the title sentence was all the block said.
    sole: bool,
    /// Whether the title sentence was all the block said but for its
    /// responsibility clauses (`（三）将…下放至试验区。（负责部门：住房城乡建设部）`):
    /// an item of an enumeration as well, after an untitled sibling.
    item: bool,
}

/// Fewest blocks of a kind for the provision rule below to apply (four: a
/// reply letter's 一、…四、 answer in sentences, and the one short answer
/// among them that passed for a run-in title is one too).
const MIN_PROVISIONS: usize = 4;

/// In a document whose blocks of one kind mostly open with a plain
/// sentence (provisions, as in a 规定), the few lead sentences that passed
/// for run-in titles are provisions too: when fewer than a third of at
/// least [`MIN_PROVISIONS`] blocks of a kind have any title, their run-in
/// titles go back to the text — but for a group of siblings titled as a
/// list of headings (two of three and the like), decided per group.
fn provisions<'a>(
    src: &Source<'a>,
    blocks: &mut [Block<'a>],
    run_in: &mut [Option<RunIn<'_>>],
    total: &[usize; KINDS],
    titled: &[usize; KINDS],
) {
    let demote: [bool; KINDS] = std::array::from_fn(|k| total[k] >= MIN_PROVISIONS && titled[k] * 3 < total[k]);
    if demote.iter().any(|&d| d) {
        let mut seq = 0;
        give_back(src, blocks, run_in, &mut seq, &demote);
    }
}

/// Per kind, whether a group of siblings is titled as a list of headings
/// and keeps its titles whatever the rest of the document does: two or
/// more of its blocks of the kind titled, a third of them at least, each
/// title a short phrase (no comma, at most [`MAX_TITLE_PART`] characters:
/// `（一）加强政府的责任。…` `（二）加强援藏办学工作的领导。…` `（三）各省…要…。`); a
/// 规定's lead sentences that passed for titles are longer, or joined by
/// commas (`秘书长在总理领导下，负责处理国务院的日常工作。`).
fn titled_group(blocks: &[Block<'_>]) -> [bool; KINDS] {
    let (mut here, mut titled, mut phrases) = ([0usize; KINDS], [0usize; KINDS], [true; KINDS]);
    for b in blocks {
        let k = rank(b.kind) as usize;
        here[k] += 1;
        if let Some(t) = b.title.as_deref() {
            titled[k] += 1;
            phrases[k] &=
                super::chars_in(t, 0, MAX_TITLE_PART) && punct::find_marks::<punct::CommaOrSemicolon>(t).is_none();
        }
    }
    std::array::from_fn(|k| phrases[k] && titled[k] >= 2 && titled[k] * 3 >= here[k])
}

fn give_back<'a>(
    src: &Source<'a>,
    blocks: &mut [Block<'a>],
    run_in: &mut [Option<RunIn<'_>>],
    seq: &mut usize,
    demote: &[bool],
) {
    // (asked of a group only when one of its blocks would give a title
    // back: most groups of a document of provisions have none)
    let mut keeps: Option<[bool; KINDS]> = None;
    for i in 0..blocks.len() {
        let me = *seq;
        *seq += 1;
        let k = rank(blocks[i].kind) as usize;
        if demote[k]
            && run_in.get(me).is_some_and(Option::is_some)
            && !keeps.get_or_insert_with(|| titled_group(blocks))[k]
        {
            if let Some(r) = run_in.get_mut(me).and_then(Option::take) {
                let b = &mut blocks[i];
                let head = src.paragraph(r.head);
                b.title = None;
                b.title_span = None;
                match b.paragraphs.first_mut() {
                    // the sentence goes back in front of the text it led
                    Some(p) if r.had_rest => {
                        // (allocated at its length: `format!` grows it)
                        let mut text = String::with_capacity(head.text.len() + p.text.len());
                        text.push_str(&head.text);
                        text.push_str(&p.text);
                        p.text = Cow::Owned(text);
                        p.span = head.span.cover(&p.span);
                    }
                    _ => b.paragraphs.insert(0, head),
                }
            }
        }
        let b = &mut blocks[i];
        give_back(src, &mut b.children, run_in, seq, demote);
    }
}

/// Hand standing notes down to every later block of the same kind.
/// Most bodies a block inherits from standing notes (real documents have
/// one or two notes; the cap keeps the output linear in the input).
const MAX_INHERITED: usize = 32;

/// The bodies in force for each kind, as the pre-order walk meets notes.
struct Inheritance<'s, 'a> {
    notes: &'s [Standing<'a>],
    next: usize,
    active: [Vec<Agency<'a>>; KINDS],
    capped: bool,
    /// Bodies copied and notes visited (work units).
    work: usize,
}

fn inherit<'a>(blocks: &mut [Block<'a>], state: &mut Inheritance<'_, 'a>, seq: &mut usize) {
    for b in blocks {
        let me = *seq;
        *seq += 1;
        let active = &state.active[rank(b.kind) as usize];
        if !active.is_empty() {
            b.inherited_mut().extend(active.iter().cloned());
        }
        state.work += 1 + b.inherited().len();
        // notes of this block apply from the next block on (notes are in
        // pre-order, the order of this walk)
        while let Some(s) = state.notes.get(state.next).filter(|s| s.after <= me) {
            let active = &mut state.active[rank(s.kind) as usize];
            let room = MAX_INHERITED.saturating_sub(active.len());
            state.capped |= s.agencies.len() > room;
            active.extend(s.agencies.iter().take(room).cloned());
            state.next += 1;
            state.work += 1 + s.agencies.len();
        }
        inherit(&mut b.children, state, seq);
    }
}

/// Check each parent's children for gaps, repeats and backward steps.
/// Numbering may run on across parents (（五） opening section 二 after
/// （四） closed section 一), so the first child of a kind may be 1 or the
/// last number of that kind anywhere plus one. A list may also restart at 1
/// after a decimal outline heading (`2.1.2　职责`, kept among the paragraphs
/// of the block before it): plans numbered that way restart their lists in
/// each outline section.
fn check_numbering(blocks: &[Block<'_>], last_any: &mut [u32; KINDS], diags: &mut Vec<Diagnostic>) {
    let mut last_here = [0u32; KINDS];
    // the block before (its paragraphs are searched for a decimal outline
    // heading only when a block numbered 1 follows it)
    let mut before: Option<&Block<'_>> = None;
    // the number above the last decimal block (`2` for `2.3`): a decimal
    // numbered under another one starts afresh (`2.1` after `1.4`, their
    // parents lost)
    let mut decimal_prefix: Option<&[u32]> = None;
    for b in blocks {
        if b.number == 1 && before.is_some_and(outline_within) {
            last_here[rank(b.kind) as usize] = 0;
        }
        let outline = b.outline();
        if let Some(o) = outline {
            let prefix = &o[..o.len().saturating_sub(1)];
            if decimal_prefix.is_some_and(|p| p != prefix) {
                last_here[rank(b.kind) as usize] = 0;
            }
            decimal_prefix = Some(prefix);
        }
        before = Some(b);
        let k = rank(b.kind) as usize;
        let n = b.number;
        let prev = last_here[k];
        // (a decimal outline numbers each parent's children from 1)
        let runs_on = outline.is_none() && u64::from(n) == u64::from(last_any[k]) + 1;
        let (code, what) = if prev == 0 {
            if n == 1 || runs_on { (None, "") } else { (Some(codes::NUMBERING_GAP), "starts at") }
        } else if u64::from(n) == u64::from(prev) + 1 {
            (None, "")
        } else if n == prev && super::marker::inserted(&b.marker) > 0 {
            // an article inserted by an amendment (第二条之一 after 第二条)
            (None, "")
        } else if n == prev {
            (Some(codes::NUMBERING_DUPLICATE), "repeats")
        } else if n < prev {
            (Some(codes::NUMBERING_ORDER), "goes back to")
        } else {
            (Some(codes::NUMBERING_GAP), "skips to")
        };
        if let Some(code) = code {
            let expected = if prev == 0 && (outline.is_some() || last_any[k] == 0) {
                "1".to_owned()
            } else if prev == 0 {
                // a numbering that restarts (under a new parent) or carries
                // on from the last block of its style elsewhere
                format!("1 or {}", u64::from(last_any[k]) + 1)
            } else {
                (u64::from(prev) + 1).to_string()
            };
            diags.push(Diagnostic::new(
                Severity::Warning,
                code,
                format!("{} numbering {what} {n} (expected {expected}); kept in place", b.kind.as_str()),
                b.marker_span,
            ));
        }
        last_here[k] = n;
        last_any[k] = n;
        check_outline(b, diags);
        // (a block without children has nothing to check: no call)
        if !b.children.is_empty() {
            check_numbering(&b.children, last_any, diags);
        }
    }
}

/// Whether a block's paragraphs hold a decimal outline heading (`2.1.2　职责`).
fn outline_within(b: &Block<'_>) -> bool {
    b.paragraphs.iter().any(|p| super::marker::decimal_outline(p.text.as_ref()).is_some())
}

/// A decimal outline heading's children numbered under another number
/// (`3.2` under `2`): the source lost a heading or misnumbered one.
fn check_outline(b: &Block<'_>, diags: &mut Vec<Diagnostic>) {
    let Some(parent) = b.outline() else { return };
    for c in &b.children {
        if let Some(o) = c.outline().filter(|o| !o.starts_with(parent)) {
            let show = |o: &[u32]| o.iter().map(u32::to_string).collect::<Vec<_>>().join(".");
            diags.push(Diagnostic::new(
                Severity::Warning,
                codes::NUMBERING_ORDER,
                format!("decimal numbering {} stands under {}; kept in place", show(o), show(parent)),
                c.marker_span,
            ));
        }
    }
}

/// Attach a table printed inside the block tree to the last block that
/// starts before it, at the deepest level: the table in its `tables`, its
/// row blocks among its children after those that start before the table,
/// its span (and its ancestors') extended over the table. Gives the table
/// back when no block starts before it.
pub(crate) fn attach_table<'a>(
    blocks: &mut [Block<'a>],
    table: crate::ast::Table<'a>,
    rows: Vec<Block<'a>>,
) -> Result<(), (crate::ast::Table<'a>, Vec<Block<'a>>)> {
    match blocks.iter().rposition(|b| b.marker_span.start <= table.span.start) {
        Some(k) => {
            attach_into(&mut blocks[k], table, rows);
            Ok(())
        }
        None => Err((table, rows)),
    }
}

fn attach_into<'a>(b: &mut Block<'a>, table: crate::ast::Table<'a>, rows: Vec<Block<'a>>) {
    let at = table.span.start;
    b.span = b.span.cover(&table.span);
    let before = b.children.partition_point(|c| c.marker_span.start <= at);
    if before > 0 {
        // the child open where the table is printed (its lines were kept
        // out of the tree, so its span may end before the table)
        return attach_into(&mut b.children[before - 1], table, rows);
    }
    let level = b.level.saturating_add(1);
    b.children.splice(
        before..before,
        rows.into_iter().map(|mut r| {
            r.level = level;
            r
        }),
    );
    b.tables_mut().push(table);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_hints_nest_as_the_builder_does() {
        let texts = [
            "一、总则",
            "（一）甲",
            "正文",
            "1.子项",
            "2.子项",
            "续",
            "续",
            "（二）乙",
            "二、目标",
            "（一）丙",
            "第一条 条文",
        ];
        let marks: Vec<_> = texts.iter().map(|t| super::super::marker::marker(t)).collect();
        let (hints, top) = capacity_hints(&marks);
        let children: Vec<usize> = hints.iter().map(|h| h.children).collect();
        let paragraphs: Vec<usize> = hints.iter().map(|h| h.paragraphs).collect();
        // 第一条 ranks above 一、: it closes every open block and is top-level
        assert_eq!((children, top), (vec![2, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0], 3));
        // a heading's own line, and the lines before the next heading
        assert_eq!(paragraphs, [1, 2, 0, 1, 3, 0, 0, 1, 1, 1, 1]);
    }

    #[test]
    fn ranks_by_kind() {
        use BlockKind::*;
        let ranks = [
            (Part, 0),
            (Subpart, 1),
            (Chapter, 2),
            (Division, 3),
            (Article, 4),
            (Decimal, 5),
            (Section, 6),
            (Action, 7),
            (Task, 8),
            (Subsection, 9),
            (Item, 10),
            (Subitem, 11),
            (Letter, 12),
            (ParenItem, 13),
            (Circled, 14),
            (Row, 14),
            (Box, 14),
        ];
        assert_eq!(ranks.len(), RANKS.len());
        for (kind, r) in ranks {
            assert_eq!(rank(kind), r, "{kind:?}");
        }
    }

    #[test]
    fn a_standards_section_title_run_on_into_its_text() {
        // `1 范围本文件…`: the space between gone with cleaning, or kept
        for text in
            ["范围本指南规定了编制的原则、方法和程序。本指南适用于各级公共机构。", "范围  本指南规定了编制的原则。"]
        {
            let (title, rest) = split_title(BlockKind::Decimal, text);
            assert_eq!(title, Some("范围"), "{text}");
            assert!(rest.is_some_and(|r| r.starts_with("本指南")), "{text}");
        }
    }

    /// A lead sentence that states what a thing is or takes in (X包括Y,
    /// X是指Y) is a statement, never a run-in title; 包括…在内的 of a
    /// title qualifies its noun.
    #[test]
    fn a_definition_or_scope_is_no_title() {
        for t in [
            "深圳湾口岸港方口岸区范围包括港方查验区和与之相连接的深圳湾公路大桥部分桥面",
            "红线是指口岸区边界",
            "服务对象包括本市户籍老年人和持有居住证的老年人",
            "本办法所称公共机构系指全部或者部分使用财政性资金的机关",
        ] {
            assert!(!is_run_in_title(t), "{t}");
        }
        assert!(is_run_in_title("构建包括企业和社会组织在内的多元共治体系"));
        let (title, rest) = split_title(BlockKind::Section, "服务对象包括本市户籍老年人。具体名单由各区确定。");
        assert_eq!((title, rest.is_some()), (None, true));
    }

    /// Run-in titles go back to the text as provisions when few blocks of
    /// their kind are titled in the whole document, but a group of
    /// siblings titled as a list of headings (two of three, each a short
    /// phrase) keeps its titles; a group whose lead sentences joined by
    /// commas passed for titles does not.
    #[test]
    fn a_titled_group_among_provisions_keeps_its_titles() {
        let provisions = "一、关于招生\n（一）招生计划应由各省按照生源情况研究确定，报教育部备案。\n\
                          （二）招生工作应由各省教育主管部门组织实施，各学校配合做好录取工作。\n\
                          （三）招生范围应为全省应届初中毕业生，具体办法另行制定。\n\
                          二、关于经费\n（四）办学经费应由各省财政统筹安排，中央财政给予适当补助。\n\
                          （五）各学校要按照有关规定管理和使用经费，接受审计监督。\n\
                          （六）学生的生活补助标准应由各省根据当地物价水平研究确定。\n";
        let titles = |third: &str| -> Vec<Option<String>> {
            let text = format!("某某办法\n{provisions}三、关于管理\n{third}");
            let doc = crate::parse(&text).expect("parses");
            doc.sections[2].children.iter().map(|b| b.title.as_deref().map(str::to_owned)).collect()
        };
        let headed = "（一）加强政府的责任。各省人民政府把办学列入重要议事日程。\n\
                      （二）加强办学工作的领导。建立制度，理顺关系。\n\
                      （三）各有关省教育主管部门要明确专人负责此项工作。\n";
        assert_eq!(titles(headed), [Some("加强政府的责任".into()), Some("加强办学工作的领导".into()), None]);
        let sentences = "（一）秘书长在总理领导下，负责处理日常工作。各部门予以配合。\n\
                         （二）总理出国访问期间，由副总理代行职务。有关部门做好衔接。\n\
                         （三）各有关省教育主管部门要明确专人负责此项工作。\n";
        assert_eq!(titles(sentences), [None, None, None]);
        // the provisions of 一、 and 二、 stay untitled
        let text = format!("某某办法\n{provisions}三、关于管理\n{headed}");
        let doc = crate::parse(&text).expect("parses");
        assert!(doc.sections[..2].iter().flat_map(|s| &s.children).all(|b| b.title.is_none()));
    }

    #[test]
    fn run_in_titles() {
        for t in [
            "持续深化户籍制度改革",
            "推进以县城为重要载体的城镇化建设",
            "推进政务公开，强化解读回应",
            "加强应急保障",
            "以开展第四次全国文物普查为基础，构建精准保护标准化体系",
        ] {
            assert!(is_run_in_title(t), "{t}");
        }
        for t in [
            "财税部门应认真落实适用于转制企业的现行财税优惠政策",
            "转制后的企业名称，应当符合企业名称登记管理的规定",
            "转制后须核销事业编制，注销事业单位法人，并依法办理企业登记注册",
            "经营性文化事业单位转制为企业后，五年内免征企业所得税",
            "转制时，要按照国家相关法律规定，自企业登记注册之日起与在职职工全部签订劳动合同",
            "通过公司制改建实现投资主体多元化的文化企业，符合条件的可申请上市",
            // a label and its statement: an item of a list of labels
            "春节：2月4日至10日放假调休，共7天",
            "劳动节：5月1日放假",
            "低风险类：对身体健康的独居老人",
            "",
        ] {
            assert!(!is_run_in_title(t), "{t}");
        }
    }

    /// [`is_run_in_title`] of a lead of at most `MAX_RUN_IN_TITLE * 4`
    /// bytes, in one pass over its characters: what the search over the
    /// marks must answer.
    fn run_in_title_pass(lead: &str) -> bool {
        let mut count = 0;
        let mut separated = false;
        // characters of the current comma-separated part, and of the longest
        let (mut part, mut longest) = (0, 0);
        let mut prev = None;
        for (i, c) in lead.char_indices() {
            count += 1;
            part += 1;
            match c {
                '须' | punct::FW_COLON => return false,
                ':' if !(prev.is_some_and(|p: char| p.is_ascii_digit())
                    && lead[i + 1..].starts_with(|n: char| n.is_ascii_digit())) =>
                {
                    return false;
                }
                '得' if prev == Some('不') => return false,
                '应' | '可' | '要' if !not_modal_at(lead, i) => return false,
                c if punct::is_comma(c) || punct::is_semicolon(c) => {
                    if punct::is_comma(c) && matches!(prev, Some('后' | '时')) {
                        return false;
                    }
                    separated = true;
                    // the separator is no character of either part
                    longest = longest.max(part - 1);
                    part = 0;
                }
                _ => {}
            }
            prev = Some(c);
        }
        // (defines, by substring searches)
        let defines =
            (lead.contains("包括") && !lead.contains("在内")) || lead.contains("是指") || lead.contains("系指");
        count <= MAX_RUN_IN_TITLE && (!separated || longest.max(part) <= MAX_TITLE_PART) && !defines
    }

    #[test]
    fn run_in_title_shortcut_agrees_with_the_pass() {
        // every lead of a heading in the corpus, every prefix of it, and
        // leads with each character the shortcut looks for
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut leads: Vec<String> = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    let line = line.trim();
                    let lead = line.split('。').next().unwrap_or("");
                    for (end, _) in lead.char_indices().skip(1) {
                        leads.push(lead[..end].to_string());
                    }
                    leads.push(lead.to_string());
                }
            }
        }
        let half_width_colons = [":", "9:30"];
        for c in [
            "，",
            ",",
            "；",
            ";",
            "：",
            "须",
            "得",
            "不得",
            "应",
            "应急",
            "可",
            "可持续",
            "要",
            "重要",
            "后，",
            "时,",
            "包括",
            "是指",
            "系指",
            "指",
            "包",
            "括",
            "在内",
            "是",
            "系",
            "指导",
        ]
        .into_iter()
        .chain(half_width_colons)
        {
            for n in [0, 3, 8, 17, 30] {
                leads.push(format!("{}{c}{}", "推进".repeat(n / 2), "建设".repeat(n % 7)));
            }
        }
        for lead in &leads {
            if !lead.is_empty() && lead.len() <= MAX_RUN_IN_TITLE * 4 {
                assert_eq!(is_run_in_title(lead), run_in_title_pass(lead), "{lead}");
            }
        }
    }

    #[test]
    fn not_modal_words_are_of_three_byte_characters() {
        for (w, o) in NOT_MODAL.iter().zip(MODAL_AT) {
            assert!(w.chars().all(|c| c.len_utf8() == 3), "{w}");
            // one 应, 可 or 要 each, where MODAL_AT says
            assert_eq!(w.matches(['应', '可', '要']).count(), 1, "{w}");
            assert!(w[o..].starts_with(['应', '可', '要']), "{w}");
        }
    }

    /// `not_modal_at` as it read before [`MODAL_AT`]: every offset of every
    /// word tried.
    fn not_modal_at_reference(s: &str, i: usize) -> bool {
        let (b, c) = (s.as_bytes(), s[i..].chars().next().map_or(0, char::len_utf8));
        let here = &b[i..i + c];
        NOT_MODAL.iter().any(|w| {
            let w = w.as_bytes();
            (0..w.len()).step_by(3).any(|o| {
                punct::has_prefix(&w[o..], here)
                    && i >= o
                    && punct::has_prefix(&b[i - o..], w)
                    && s.is_char_boundary(i - o)
            })
        })
    }

    #[test]
    fn not_modal_at_agrees_with_trying_every_offset() {
        // every word, with a character before and after, at every 应 and 可
        let around = ["", "加", "应", "可", "要", "a"];
        for w in NOT_MODAL.iter().chain(&["应当", "可以", "不应", "应可", "要以", "重要求"]) {
            for (x, y) in around.iter().flat_map(|x| around.iter().map(move |y| (x, y))) {
                let s = format!("{x}{w}{y}");
                for (i, _) in s.match_indices(['应', '可', '要']) {
                    assert_eq!(not_modal_at(&s, i), not_modal_at_reference(&s, i), "{s} at {i}");
                }
            }
        }
    }

    #[test]
    fn modal_words_and_subordinate_clauses() {
        // short leads that differ only in a modal verb or a clause of time
        for (t, title) in [
            ("加强应急保障", true),
            ("适应需求、响应诉求", true),
            ("推进可持续发展", true),
            ("加强对应急物资的供应可视化", true),
            ("应当符合规定", false),
            ("适应需求，可申请补助", false),
            ("不得擅自改建", false),
            ("不断取得成效", true),
            ("须核销编制", false),
            ("转制后，核销编制", false),
            ("转制时,签订合同", false),
            ("之后的安排", true),
            ("把握时间，推进工作", true),
            // a part of 18 characters is short enough, one of 19 is not
            ("推进工作，一二三四五六七八九十一二三四五六七八", true),
            ("推进工作，一二三四五六七八九十一二三四五六七八九", false),
            ("一二三四五六七八九十一二三四五六七八九；推进工作", false),
            // 要 of obligation, after its subject; 要 of 重要 主要 要求 …
            ("各有关部门要明确一位负责同志分管有关工作", false),
            ("自动气象站的建设要尽量避开军事设施", false),
            ("加强重要农产品供给", true),
            ("落实主要任务要求", true),
            ("满足群众需要", true),
        ] {
            assert_eq!(is_run_in_title(t), title, "{t}");
        }
    }

    #[test]
    fn one_phrase_lines() {
        assert_eq!(one_phrase("学前教育；"), Some("学前教育"));
        assert_eq!(one_phrase("下列情形不予受理："), Some("下列情形不予受理"));
        assert_eq!(one_phrase("城乡建设用地。"), Some("城乡建设用地"));
        assert_eq!(one_phrase("法律、行政法规规定的其他事项;"), Some("法律、行政法规规定的其他事项"));
        assert_eq!(one_phrase("加强管理，完善机制。"), None);
        assert_eq!(
            one_phrase("各单位按以下分工开展排查，每年不少于2次："),
            Some("各单位按以下分工开展排查，每年不少于2次")
        );
        assert_eq!(one_phrase("加强管理。完善机制："), None);
        assert_eq!(one_phrase("学前教育"), None);
        assert_eq!(one_phrase("。"), None);
        assert_eq!(one_phrase(&format!("{}；", "教育".repeat(21))), None);
    }

    #[test]
    fn letter_spaced_titles_close_up() {
        assert_eq!(letter_spaced("总\u{3000}\u{3000}则").as_deref(), Some("总则"));
        assert_eq!(letter_spaced("职 \u{A0}责").as_deref(), Some("职责"));
        assert_eq!(letter_spaced("附 则").as_deref(), Some("附则"));
        for t in
            ["总则", "设立、变更 和终止", "市教委 市财政局", "总 则 2", "甲", "运行 与管理", "一 二 三 四 五 六 七"]
        {
            assert_eq!(letter_spaced(t), None, "{t}");
        }
    }

    #[test]
    fn titles_by_kind() {
        assert_eq!(split_title(BlockKind::Chapter, "总则"), (Some("总则"), None));
        assert_eq!(split_title(BlockKind::Article, "为整合不动产登记职责。"), (None, Some("为整合不动产登记职责。")));
        assert_eq!(split_title(BlockKind::Subsection, "指导思想。以习近平"), (Some("指导思想"), Some("以习近平")));
        assert_eq!(split_title(BlockKind::Section, "总体要求"), (Some("总体要求"), None));
        assert_eq!(split_title(BlockKind::Subsection, "集体土地所有权；"), (None, Some("集体土地所有权；")));
        assert_eq!(
            split_title(BlockKind::Action, "创新规划管理机制，深入推进建设"),
            (Some("创新规划管理机制，深入推进建设"), None)
        );
    }

    /// Where a 。 ended a run-in title, split_title_at says so (the builder
    /// takes the title's sentence from there instead of searching again):
    /// the text's first 。, and only when a 。 (not a `.`) ended it.
    #[test]
    fn run_in_stop_is_the_first_juhao() {
        for (kind, text) in [
            (BlockKind::Subsection, "指导思想。以习近平"),
            (BlockKind::Item, "加强组织领导。各区要亲自部署。按时完成。"),
            (BlockKind::Subsection, "主体资质.检查许可证。"),
            (BlockKind::Subsection, "区发展改革委：负责。"),
            (BlockKind::Section, "总体要求"),
            (BlockKind::Subsection, "财税部门应认真落实政策。"),
        ] {
            let ((title, _), stop) = split_title_at(kind, text);
            let expected = title.filter(|t| text[t.len()..].trim_start().starts_with(JUHAO)).and(text.find(JUHAO));
            assert_eq!(stop, expected, "{text}");
            if let Some(p) = stop {
                assert_eq!(punct::find_marks::<punct::Juhao>(text), Some(p), "{text}");
            }
        }
    }

    /// Text typed with half-width marks: a `.` after an ideograph ends a
    /// run-in title, or a sentence (no title); one inside a number does not.
    #[test]
    fn a_half_width_period_ends_a_sentence_of_cjk_text() {
        assert_eq!(split_title(BlockKind::Subsection, "主体资质.检查许可证."), (Some("主体资质"), Some("检查许可证.")));
        // read as its full-width twin reads
        for text in ["查验产品合格证明.", "从业人员健康管理.", "加强组织领导.各区局要亲自部署,按时完成."]
        {
            let full = text.replace('.', "。").replace(',', "，");
            let (a, b) = (split_title(BlockKind::Item, text), split_title(BlockKind::Item, &full));
            assert_eq!(a.0, b.0, "{text}");
            assert_eq!(a.1.map(|t| t.replace('.', "。").replace(',', "，")), b.1.map(str::to_owned), "{text}");
        }
        assert_eq!(split_title(BlockKind::Item, "增长1.5个百分点"), (Some("增长1.5个百分点"), None));
        assert_eq!(split_title(BlockKind::Item, "登录www.gov.cn查询"), (Some("登录www.gov.cn查询"), None));
    }

    /// A plan numbered by decimal outlines (`2.1　…`) restarts its （1）
    /// lists in each outline section: each list is the children of its
    /// outline heading, no attached document starts at the heading, and no
    /// numbering warning; without the outline line the same restart is
    /// still reported.
    #[test]
    fn lists_restart_after_decimal_outline_headings() {
        let plan = "某某应急预案\n1.1\u{3000}工作原则\n（1）统一领导。\n（2）分级负责。\n\
                    2.1\u{3000}指挥部职责\n（1）掌握形势。\n（2）督查指导。\n（3）报告情况。\n\
                    2.2\u{3000}办公室职责\n办公室设在某局。\n（1）起草文件。\n（2）核定费用。\n";
        let doc = crate::parse(plan).expect("parses");
        assert!(doc.attachments.is_empty(), "{:?}", doc.attachments);
        let kinds: Vec<_> = doc.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert!(!kinds.iter().any(|k| k.starts_with("numbering")), "{kinds:?}");
        let lists: Vec<_> = doc.sections.iter().map(|b| (b.kind, b.children.len())).collect();
        assert_eq!(lists, [(BlockKind::Decimal, 2), (BlockKind::Decimal, 3), (BlockKind::Decimal, 2)]);

        // amounts are no outline heading: the restart stays a warning
        let prose = "某某方案\n（1）统一领导。\n（2）分级负责。\n1.5亿元用于补助。\n（1）掌握形势。\n";
        let doc = crate::parse(prose).expect("parses");
        assert!(doc.diagnostics.iter().any(|d| d.code == codes::NUMBERING_ORDER), "{:?}", doc.diagnostics);
    }

    /// A chapter's title cut by a line break, blank lines after it, goes on
    /// on the line before its first article (or 节): joined, its span over
    /// both; a chapter's line of text, or one that other text follows, or a
    /// title with its rest past the longest, stays as it is.
    #[test]
    fn a_chapters_title_goes_on_before_its_first_article() {
        let reg = "某某管理条例\n第一章　总则\n第一条　为了规范管理，制定本条例。\n\
                   第二章　船舶及其有关作业活动\n\n\n污染的一般规定\n第二条　船舶应当遵守本条例。\n\
                   第三章　法律责任\n第一节　一般\n\n规定\n第三条　违反本条例的，依法处理。\n";
        let doc = crate::parse(reg).expect("parses");
        let titles: Vec<_> = doc.sections.iter().map(|b| b.title.as_deref()).collect();
        assert_eq!(titles, [Some("总则"), Some("船舶及其有关作业活动污染的一般规定"), Some("法律责任")]);
        let second = &doc.sections[1];
        assert!(second.paragraphs.is_empty(), "{:?}", second.paragraphs);
        let span = second.title_span.expect("title span");
        assert_eq!(&reg[span.start..span.end], "船舶及其有关作业活动\n\n\n污染的一般规定");
        let division = &doc.sections[2].children[0];
        assert_eq!((division.kind, division.title.as_deref()), (BlockKind::Division, Some("一般规定")));

        // a sentence, or a line with text after it, is the chapter's text
        for (text, kept) in [
            ("某某条例\n第一章　总则\n本章适用于全市。\n第一条　为了规范管理，制定本条例。\n", "本章适用于全市。"),
            ("某某条例\n第一章　总则\n适用范围\n另见附录\n第一条　为了规范管理，制定本条例。\n", "适用范围"),
        ] {
            let doc = crate::parse(text).expect("parses");
            let first = &doc.sections[0];
            assert_eq!(first.title.as_deref(), Some("总则"), "{text}");
            assert_eq!(first.paragraphs.first().map(|p| p.text.as_ref()), Some(kept), "{text}");
        }
        // too long to be one title
        let long =
            format!("某某条例\n第一章　{}\n{}\n第一条　为了规范管理，制定本条例。\n", "甲".repeat(24), "乙".repeat(20));
        let doc = crate::parse(&long).expect("parses");
        assert_eq!(doc.sections[0].paragraphs.len(), 1);
    }

    /// The items of a list under a heading that names duties, each opening
    /// with its bodies and 负责, are their duties (responsible); the same
    /// items under another heading state standing duties, and are not read.
    #[test]
    fn a_duty_list_under_a_heading_that_names_duties() {
        let items = "（1）市发展改革委及市粮食局负责综合协调；做好市场调控工作。\n\
                     （2）市发展改革委及市粮食局、市商务委按照各自职能分工，负责应急供应工作。\n\
                     （3）市统计局负责统计监测粮食生产和消费。\n\
                     （4）根据指挥部的安排，市储备粮公司负责动用计划的执行。\n\
                     （5）其他有关部门在指挥部的统一领导下，做好相关配合工作。\n";
        let bodies = |doc: &crate::Document<'_>| -> Vec<(u32, String, Role)> {
            doc.blocks()
                .filter(|b| b.kind == BlockKind::ParenItem || b.kind == BlockKind::Subitem)
                .flat_map(|b| b.agencies().map(move |a| (b.number, a.name.to_string(), a.role)))
                .collect()
        };
        let plan =
            format!("某某应急预案\n2.1\u{3000}指挥部组成\n2.1.1\u{3000}指挥部成员单位职责\n{items}2.2\u{3000}其他\n");
        let doc = crate::parse(&plan).expect("parses");
        let r = Role::Responsible;
        assert_eq!(
            bodies(&doc),
            [
                (1, "市发展改革委".to_string(), r),
                (1, "市粮食局".to_string(), r),
                (2, "市发展改革委".to_string(), r),
                (2, "市粮食局".to_string(), r),
                (2, "市商务委".to_string(), r),
                (3, "市统计局".to_string(), r),
            ]
        );
        let plan = format!("某某应急预案\n2.1\u{3000}指挥部组成\n2.1.1\u{3000}应急保障措施\n{items}2.2\u{3000}其他\n");
        let doc = crate::parse(&plan).expect("parses");
        assert_eq!(bodies(&doc), []);
    }

    /// A paragraph after the last item of an article's list, every item one
    /// sentence ending in 。, is the article's next paragraph (款), as after
    /// items ending in ；; under a plan's heading such a line stays the
    /// item's text.
    #[test]
    fn a_paragraph_after_an_articles_list_of_sentences_is_the_articles() {
        for items in [
            "（一）公司：章程、经营期限。\n（二）分支机构：登记联络员。\n（三）法律、行政法规规定的其他事项。\n",
            "（一）公司章程、经营期限。\n（二）分支机构登记联络员。\n（三）法律、行政法规规定的其他事项。\n",
            "（一）公司章程、经营期限；\n（二）分支机构登记联络员；\n（三）法律、行政法规规定的其他事项。\n",
        ] {
            let reg = format!(
                "某某细则\n第一条　为了规范管理，制定本细则。\n第二条　市场主体应当依法备案下列事项：\n{items}\
                 上述备案事项由登记机关一并采集。\n第三条　本细则自2023年1月1日起施行。\n"
            );
            let doc = crate::parse(&reg).expect("parses");
            let article = &doc.sections[1];
            let texts: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_ref()).collect();
            assert_eq!(texts, ["市场主体应当依法备案下列事项：", "上述备案事项由登记机关一并采集。"], "{items}");
            assert_eq!(article.children.len(), 3);
            assert!(article.children.iter().all(|c| c.paragraphs.len() <= 1), "{items}");
        }
        // a section's items with a text under the last: the item's
        let plan = "某某方案\n一、主要任务\n（一）加强领导。\n（二）完善机制。\n（三）强化保障。\n各区要落实经费。\n";
        let doc = crate::parse(plan).expect("parses");
        assert!(doc.sections[0].paragraphs.is_empty(), "{:?}", doc.sections[0].paragraphs);
    }

    /// A list of labels (`一、元旦：…`) is read as one: no item is titled
    /// with its label and first sentence, however short.
    #[test]
    fn a_label_and_its_statement_is_no_title() {
        let text = "某某通知\n一、元旦：12月30日至1月1日放假调休，共3天。12月29日上班。\n\
                    二、春节：2月4日至10日放假调休，共7天。2月2日上班。\n三、劳动节：5月1日放假。\n";
        let doc = crate::parse(text).expect("parses");
        let titles: Vec<_> = doc.sections.iter().map(|b| b.title.as_deref()).collect();
        assert_eq!(titles, [None, None, None]);
        assert_eq!(doc.sections[2].paragraphs[0].text, "劳动节：5月1日放假。");
    }

    /// A reply letter whose items answer in sentences: the one short
    /// answer that would pass for a run-in title (no comma, no 应) before
    /// more sentences is a sentence as its siblings are, from four items on
    /// (an answer of one sentence after an untitled one is an item's text
    /// already); items that are
    /// titled, two of four, keep their titles, and three items are too few
    /// to tell.
    #[test]
    fn a_reply_letters_short_answer_is_no_title() {
        const SHORT: &str = "自动水文站的建设要尽量避开自然保护区。";
        let items = "一、同意甲省水文局与乙市水务署合建三个自动水文站，所需经费由双方按比例分担。\n\
                     二、水文站网组建中的有关具体事宜，按照国家有关规定精神与有关部门协商办理。\n\
                     三、合建的水文专用网，应按有关通信管理的规定办理审批手续。\n";
        let titles = |text: &str| -> Vec<Option<String>> {
            let doc = crate::parse(text).expect("parses");
            doc.sections.iter().map(|b| b.title.as_deref().map(str::to_owned)).collect()
        };
        let letter = |items: &str| {
            format!(
                "某某办公厅关于合建气象站的复函\n某某局：\n你局请示收悉。现答复如下：\n{items}某某办公厅\n1996年2月6日\n"
            )
        };
        let four = letter(&format!("{items}四、{SHORT}勘察定点要征求有关部门的意见。\n"));
        assert_eq!(titles(&four), [None, None, None, None]);
        let doc = crate::parse(&four).expect("parses");
        assert_eq!(doc.sections[3].paragraphs[0].text, format!("{SHORT}勘察定点要征求有关部门的意见。"));
        let titled = letter(
            "一、加强组织领导。各地要建立工作机制。\n二、完善工作机制。各地要完善机制。\n\
             三、各地要按照国家和本省有关气象设施管理规定的精神，认真做好各项准备工作。\n\
             四、各地要进一步加强对合建气象站网工作的宣传引导，营造良好氛围。\n",
        );
        assert_eq!(titles(&titled), [Some("加强组织领导".into()), Some("完善工作机制".into()), None, None]);
        // with three blocks of the kind, the provision rule does not apply:
        // a short first sentence with no word of obligation stays a title,
        // one with 要 (a requirement) is none by the run-in test itself
        let three_with = |first: &str| {
            let three = letter(&format!("{}四、", &items[..items.find("三、").unwrap_or(0)]));
            three.replace("四、", &format!("三、{first}勘察定点要征求有关部门的意见。\n"))
        };
        assert_eq!(
            titles(&three_with("自动水文站选址避开自然保护区。")),
            [None, None, Some("自动水文站选址避开自然保护区".into())]
        );
        assert_eq!(titles(&three_with(SHORT)), [None, None, None]);
    }

    /// A list of measures without titles, each closing with its
    /// responsibility clause: a measure of one sentence is an item as its
    /// longer siblings are, also the first of a section when the numbering
    /// runs on from the section before; its clause is read all the same.
    /// A list whose first item is titled keeps its titles.
    #[test]
    fn a_measure_of_one_sentence_and_its_clause_is_an_item() {
        let long = "在满足有关规定、符合监管要求和行业标准的前提下，放宽外商投资建设工程设计企业外籍技术人员的比例要求";
        let text = format!(
            "某某若干措施\n一、营造环境\n（一）{long}。（负责部门：商务部）\n\
             （二）支持在试验区设置受理窗口。（负责部门：知识产权局）\n\
             二、便利贸易\n（三）支持试验区开展保险试点。（负责部门：海关总署、银保监会）\n\
             三、组织实施\n（一）加强组织领导。（负责部门：商务部）\n（二）强化督促检查。（负责部门：商务部）\n"
        );
        let doc = crate::parse(&text).expect("parses");
        let items: Vec<_> = doc
            .sections
            .iter()
            .flat_map(|s| &s.children)
            .map(|b| (b.number, b.title.as_deref(), b.agencies().count()))
            .collect();
        assert_eq!(
            items,
            [(1, None, 1), (2, None, 1), (3, None, 2), (1, Some("加强组织领导"), 1), (2, Some("强化督促检查"), 1)]
        );
        let second = &doc.sections[0].children[1];
        assert_eq!(second.paragraphs[0].text, "支持在试验区设置受理窗口。");
    }
}
