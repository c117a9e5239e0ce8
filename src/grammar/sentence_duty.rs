//! Duties stated in a sentence inside a paragraph, where most documents
//! state them: `……。市发展改革委要会同市财政局制定实施细则，……。`,
//! `……，由市住房城乡建设委牵头，市规划资源局、各区政府配合。`,
//! `……。区执法局负责日常巡查，街道办事处配合。` — asked of a block's
//! paragraph when [`super::prose`]'s readers (its start, its last sentence,
//! a duty list's item) found none.
//!
//! The paragraph is searched once for the role words every form holds —
//! 负责, 牵头, 会同 — 64 bytes at a time through a filter on the last two
//! bytes of 负, 牵 and 同 (pairs that stand at under one byte position in a
//! thousand of CJK text), each candidate checked by its six bytes. Only
//! around a role word found is the text read:
//!
//! - its clause: from the last prose mark before the word (within
//!   [`MAX_SUBJECT`] bytes) to the next one;
//! - `X会同Y…`, `X要会同Y…`, `由X会同Y…`: X leads, Y supports (as
//!   [`super::prose::joint_into`] reads it at a paragraph's start);
//! - role groups, the word ending the clause: `X牵头，Y配合`, `由X负责`,
//!   `X、Y按职责分工负责`, `改造计划由X负责` (a topic before 由);
//! - `X牵头<work>`: X leads (a district named by its name, 杨浦区, a
//!   subject too), and the role groups right after it;
//! - `X牵头<work>，Y配合<work>`: the bodies of the next clause support;
//! - `由X负责<work>`: X is responsible (由 assigns it), and the groups
//!   after it; `X负责<work>` with a deadline or partners after it, with a
//!   word that assigns the work alone, or plain (`国家中医药局负责组织实施…
//!   工作。`, [`super::prose::charged`]): a body that 负责 a task is
//!   responsible for it — but not for its remit, `X负责本区…工作`, `X负责
//!   …的…工作` (a function a regulation or list states), nor in a block
//!   titled with a body, whose duty its title states.
//!
//! The subject must be a list of bodies by the rules of
//! [`super::prose::is_subject`]: a pronoun (该局), a collective (有关部门),
//! text inside 《》 or quotation marks (no ideographs only) are none; a
//! person (负责人, 主要负责同志), 负责任 and an attribute (`X牵头的联席会议`,
//! `X负责的项目`) are no role word. The first duty found is the paragraph's: the block
//! reads one in prose — unless the paragraph divides the work among its
//! bodies, clause after clause ([`division_of_work`]: `X负责…；Y负责…；Z负责…。`),
//! where every member is read, in order, each with its own sentence's
//! deadline.

use super::prose;
use crate::ast::{Responsibility, Role};
use crate::punct;
use crate::source::Source;
use crate::span::offset_in;

/// Where a plain `X负责<work>` (no deadline, no partner, no word that
/// assigns the work alone) is read in a paragraph: a body that 负责 a task
/// is responsible for it, but a paragraph that divides a field's duties
/// among several bodies (`区消防救援局负责…。区财政局、区发改委负责…。各属地街道负责…`),
/// a regulation's articles and the paragraphs of a list of members' duties
/// state their standing functions, which the corpus's facts read as no
/// block's task. So it is read only in a block's first paragraph, opening
/// it, or — under a title that names duties (`明确部门职责分工`) — as the
/// paragraph's one 负责.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Plain {
    /// Nowhere: a regulation's article, a block titled with a body (whose
    /// duty its title states, see `duty`), a block's later paragraph.
    No,
    /// Opening the paragraph: its first clause.
    Opening,
    /// Opening the paragraph, or anywhere in it when it holds no other 负责.
    OpeningOrSole,
    /// Opening a member of a division of work (see [`division_of_work`]):
    /// its clause opens with the bodies.
    Member,
}

/// A role word found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    /// 负责.
    Charge,
    /// 牵头.
    Lead,
    /// 会同.
    Joint,
}

/// The role words, in the order of [`Word`].
const CHARGE: &str = "负责";
const LEAD: &str = "牵头";
const JOINT: &str = "会同";

/// Bytes of a role word (two ideographs of three bytes).
const WORD_LEN: usize = 6;

/// The characters whose last two bytes the filter looks for: 负 (负责), 牵
/// (牵头) and 同 (会同; 会 ends in a byte pair far more common).
const FU: [u8; 3] = punct::utf8_3('负');
const QIAN: [u8; 3] = punct::utf8_3('牵');
const TONG: [u8; 3] = punct::utf8_3('同');

/// Bytes tested at a time by [`next_word`].
const WINDOW: usize = 64;

/// Characters that may stand right before a role word other than the last
/// of a body's name ([`prose::BODY_LAST`]): the last of a district (区, 县),
/// a department (门), a group (组), a class of bodies (业, 构, 校), a
/// bracket (`各村（社区）`), an adverb or modal (要, 应, 须, 应当, 已, 将, 并,
/// 另, 均, 也), or a word before 负责 (按职责分工, 共同, 分别, 具体, 牵头).
const BEFORE_WORD: super::CharSet = super::CharSet::new(&[
    '区', '县', '门', '组', '业', '构', '校', '）', ')', '要', '应', '须', '当', '已', '将', '并', '另', '均', '也',
    '工', '同', '别', '体', '头', '能',
]);

/// Most role words looked at in one paragraph (a paragraph of hundreds
/// costs no more than one of a few).
const MAX_WORDS: usize = 16;

/// Most bytes of a clause before its role word (60 ideographs: a list of
/// bodies, 由, a topic before it).
const MAX_SUBJECT: usize = 180;

/// Bit `k` set where `w[k]` and `w[k + 1]` are the last two bytes of 负, 牵
/// or 同: two compares of each pair, branch-free, so that the loop over the
/// window vectorises; one OR over the flags rejects most windows.
#[inline(always)]
fn candidates(w: &[u8; WINDOW + 1]) -> u64 {
    let mut flags = [0u8; WINDOW];
    for (k, f) in flags.iter_mut().enumerate() {
        let (a, b) = (w[k], w[k + 1]);
        let hit = ((a == FU[1]) & (b == FU[2])) | ((a == QIAN[1]) & (b == QIAN[2])) | ((a == TONG[1]) & (b == TONG[2]));
        *f = u8::from(hit);
    }
    if flags.iter().fold(0, |any, &f| any | f) == 0 {
        return 0;
    }
    let mut mask = 0;
    for (n, lanes) in flags.chunks_exact(16).enumerate() {
        mask |= u64::from(punct::lane_mask(lanes.try_into().unwrap_or(&[0; 16]))) << (n * 16);
    }
    mask
}

/// The role word whose character's last two bytes start at byte `i` of `b`
/// (a candidate of [`candidates`]), and where the word starts.
fn word_at(b: &[u8], i: usize) -> Option<(usize, Word)> {
    let at = i.checked_sub(1)?;
    let rest = &b[at..];
    if punct::has_prefix(rest, CHARGE.as_bytes()) {
        return Some((at, Word::Charge));
    }
    if punct::has_prefix(rest, LEAD.as_bytes()) {
        return Some((at, Word::Lead));
    }
    let start = at.checked_sub(3)?;
    punct::has_prefix(&b[start..], JOINT.as_bytes()).then_some((start, Word::Joint))
}

/// The first role word of `b` that starts at or after byte `from`. (The
/// text index's pass could list the role words of the whole text instead,
/// but its filter's pair tests cost it more than this filter over the
/// paragraphs asked: figures at `punct::bracket_candidates`.)
fn next_word(b: &[u8], from: usize) -> Option<(usize, Word)> {
    let mut i = from;
    loop {
        let mask = match b.get(i..).and_then(<[u8]>::first_chunk::<{ WINDOW + 1 }>) {
            Some(w) => candidates(w),
            None => {
                // the last bytes, zero-padded: zero bytes match no pair
                let rest = b.get(i..).filter(|r| r.len() > 1)?;
                let mut w = [0u8; WINDOW + 1];
                w[..rest.len()].copy_from_slice(rest);
                candidates(&w)
            }
        };
        let mut m = mask;
        while m != 0 {
            let k = m.trailing_zeros() as usize;
            m &= m - 1;
            if let Some(found) = word_at(b, i + k).filter(|&(at, _)| at >= from) {
                return Some(found);
            }
        }
        i += WINDOW;
    }
}

/// The responsibility stated in a sentence of `paragraph` (a sub-slice of
/// the cleaned text), if any: the first role word around which one of the
/// forms of the module documentation is read, from the first of `words`
/// (see [`role_words`]: found after the first clause, which
/// [`prose::responsibility_clear`] read). A plain `X负责<work>` is read
/// where `plain` allows it.
pub(crate) fn sentence_duty<'a>(
    src: &Source<'a>,
    paragraph: &str,
    words: RoleWords,
    plain: Plain,
) -> Option<Responsibility<'a>> {
    let body = punct::trim(paragraph);
    let b = body.as_bytes();
    let (mut k, mut word) = words.first?;
    for _ in 0..MAX_WORDS {
        if let Some(r) = at_word(src, paragraph, body, k, word, plain, b.len()) {
            return Some(r);
        }
        (k, word) = next_word(b, k + WORD_LEN)?;
    }
    None
}

/// The first two role words of a paragraph (of its trimmed text, after its
/// first `clear` bytes), found once for both the readers that need them:
/// [`sentence_duty`] starts from the first, [`division_of_work`] needs
/// two.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RoleWords {
    first: Option<(usize, Word)>,
    second: bool,
}

/// The [`RoleWords`] of `paragraph` after its first `clear` bytes (one
/// search, up to the second role word).
pub(crate) fn role_words(paragraph: &str, clear: usize) -> RoleWords {
    let b = punct::trim(paragraph).as_bytes();
    let first = next_word(b, clear.min(b.len()));
    let second = first.is_some_and(|(k, _)| next_word(b, k + WORD_LEN).is_some());
    RoleWords { first, second }
}

impl RoleWords {
    /// Whether the paragraph holds two role words or more: whether it may
    /// divide the work (see [`division_of_work`]).
    pub(crate) fn two(self) -> bool {
        self.second
    }
}

/// The duty read around the role word `word` at byte `k` of `body` (the
/// trimmed `paragraph`), its sentence ending at `limit` at the latest (the
/// next member's clause in a division of work, see [`division_of_work`]).
fn at_word<'a>(
    src: &Source<'a>,
    paragraph: &str,
    body: &str,
    k: usize,
    word: Word,
    plain: Plain,
    limit: usize,
) -> Option<Responsibility<'a>> {
    // (most role words follow no name of a body: the character before the
    // word is looked at before any search; a member of a division of work
    // was found opening with its bodies, 各街道 各乡镇 among them)
    let prev = body[..k].chars().next_back()?;
    if plain != Plain::Member && !(prose::BODY_LAST.contains(prev) || BEFORE_WORD.contains(prev)) {
        return None;
    }
    let after = &body[k + WORD_LEN..];
    // a person (负责人, 负责同志) and 负责任 are no role; nor a lead named
    // as an attribute (X牵头的联席会议)
    match word {
        Word::Charge if after.starts_with(['人', '任', '的']) || after.starts_with("同志") => return None,
        Word::Lead if after.starts_with('的') => return None,
        _ => {}
    }
    let start = clause_start(body, k)?;
    // (after a leading condition or a topic — 预案实施后，X要会同Y…,
    // 对…的贷款，由X会同Y… —, or a topic with 的 before 由 in the clause —
    // 会议的组织工作由X负责 —, the sentence states a standing procedure:
    // who handles something, not a task's bodies)
    let head = &body[..start];
    if head.strip_suffix(|c: char| punct::is_comma(c)).is_some_and(|h| h.ends_with(['后', '时', '的'])) {
        return None;
    }
    let clause_end = k + WORD_LEN + punct::find_marks::<punct::Prose>(after).unwrap_or(after.len());
    let clause = punct::trim(&body[start..clause_end]);
    // (经X会同Y…评审: the bodies of a passive, 经 no part of a name)
    if clause.starts_with('经') || clause.rfind('由').is_some_and(|at| clause[..at].contains('的')) {
        return None;
    }
    // (a 由 clause after a topic or a condition with 的 in its sentence:
    // 确需动用中央储备粮的，由X提出申请，由Y会同Z提出动用方案)
    if clause.starts_with('由') && topic_before(body, start) {
        return None;
    }
    let sentence_end =
        (k + WORD_LEN + punct::find_marks::<punct::SentenceEndOrColon>(after).unwrap_or(after.len())).min(limit);
    // (the implementation of the document itself, 对本意见执行情况进行督促检查,
    // is the whole document's, no block's task)
    if names_the_document(&body[start..sentence_end]) {
        return None;
    }
    let mut agencies = Vec::new();
    // (the role word ends its clause: role groups)
    let ends_clause = punct::trim(&body[k..clause_end]).len() == WORD_LEN;
    let named = match word {
        Word::Joint => {
            prose::joint_into(clause, &mut agencies)?;
            clause
        }
        _ if ends_clause => {
            let sentence = &body[start..sentence_end];
            let end = prose::role_groups_into(sentence, &mut agencies)?;
            punct::trim(&sentence[..end])
        }
        Word::Lead => {
            // (a lead as an attribute of a system: X牵头调查机制)
            if SYSTEMS.iter().any(|w| clause.ends_with(w)) && !prose::starts_predicate(after.as_bytes()) {
                return None;
            }
            let names = subject_of(&body[start..k])?;
            prose::lead_subjects_into(names, Role::Lead, &mut agencies)?;
            // (a body's name is short: a longer run ending in 政府 is a
            // clause's text, 建立…事故区政府)
            if agencies.iter().any(|(n, _)| !super::chars_in(n, 2, MAX_LEAD_NAME)) {
                return None;
            }
            with_groups(body, clause, clause_end, sentence_end, &mut agencies)
        }
        Word::Charge => {
            // 由X负责<work>: 由 assigns it
            if let Some(c) = clause.strip_prefix('由').filter(|c| !c.contains('由')) {
                let c_start = offset_in(body, c);
                let names = punct::trim(body.get(c_start..k)?);
                prose::subjects_into(names, Role::Responsible, &mut agencies)?;
                with_groups(body, clause, clause_end, sentence_end, &mut agencies)
            } else {
                // X负责<work>: with a deadline or partners after it
                let next = body[clause_end..].chars().next().map(|m| {
                    let a = &body[clause_end + m.len_utf8()..sentence_end.max(clause_end + m.len_utf8())];
                    &a[..punct::find_marks::<punct::CommaOrSemicolon>(a).unwrap_or(a.len())]
                });
                let to = src.offset(body) + sentence_end - src.offset(paragraph);
                let c = clause.strip_prefix('由').unwrap_or(clause);
                // (or a plain X负责<work>: X is responsible for the work)
                let plain = match plain {
                    Plain::No => false,
                    Plain::Member => true,
                    Plain::Opening => start == 0,
                    Plain::OpeningOrSole => start == 0 || body.matches(CHARGE).nth(1).is_none(),
                };
                return prose::charged(src, paragraph, clause, c, next, to, plain);
            }
        }
    };
    let base = src.offset(paragraph);
    let (from, end) = (src.offset(named) - base, src.offset(named) + named.len() - base);
    let stop = src.offset(body) + sentence_end - base;
    let deadline = super::deadline::of_clause(src, paragraph, from, end, &[])
        .or_else(|| super::deadline::of_clause(src, paragraph, end, stop, &[]));
    Some(prose::node(src, named, &agencies, deadline))
}

/// Where the clause of the role word at byte `k` of `body` starts: after
/// the last prose mark before the word (a subject is short: a clause that
/// starts further back, [`MAX_SUBJECT`] bytes, names no body first).
fn clause_start(body: &str, k: usize) -> Option<usize> {
    let mut win = k.saturating_sub(MAX_SUBJECT);
    while !body.is_char_boundary(win) {
        win += 1;
    }
    // (walked back character by character: the mark is a few characters
    // away)
    let before = &body[win..k];
    match before.char_indices().rev().find(|&(_, c)| punct::is_prose_punct(c)) {
        Some((m, c)) => Some(win + m + c.len_utf8()),
        None if win == 0 => Some(0),
        None => None,
    }
}

/// A member of a division of work found: its role word (at `k`) and where
/// its clause starts.
#[derive(Debug, Clone, Copy)]
struct Member {
    k: usize,
    word: Word,
    start: usize,
}

/// Most members of a division of work read in one paragraph.
const MAX_MEMBERS: usize = 8;

/// The duties of a paragraph that divides the work among its bodies,
/// clause after clause — `市发展改革委负责统筹协调；市财政局负责资金保障；
/// 各区政府负责具体实施。`, `由X牵头，Y配合，…；Z负责…。`, `X负责…，Y、Z按职责分工
/// 负责…。` — in order: two members or more, each a clause that opens with
/// its bodies (after 由 perhaps) right before its role word (负责, 牵头,
/// 会同; an adverb or 按职责分工 between), after 。 ； ！ ？ ： or the
/// paragraph's start — or after a comma when the member before it goes on
/// past its role word (`X牵头，Y配合` is one member, read as role groups).
/// Each member is read as [`sentence_duty`] reads a duty, a plain `X负责
/// <work>` included (the clause opening with its bodies is what makes it
/// one), its guards kept: a body's remit (`X负责本区…`, `…的…工作`), `对…负责`,
/// `X负责的…`, a topic or condition before it; its sentence, deadline
/// included, ends where the next member's clause starts. Empty when fewer
/// than two members are read: a paragraph of one duty is
/// [`sentence_duty`]'s. `words` are the paragraph's (see [`role_words`]).
pub(crate) fn division_of_work<'a>(src: &Source<'a>, paragraph: &str, words: RoleWords) -> Vec<Responsibility<'a>> {
    let body = punct::trim(paragraph);
    let b = body.as_bytes();
    // (a paragraph with fewer than two role words divides nothing)
    let Some(first) = words.first.filter(|_| words.second) else { return Vec::new() };
    let mut members: Vec<Member> = Vec::new();
    let mut from = first.0;
    // (whether the last clause with a role word ended with it: a role group)
    let mut last_ends = false;
    let mut last_start = usize::MAX;
    for _ in 0..MAX_WORDS {
        let Some((k, word)) = next_word(b, from) else { break };
        from = k + WORD_LEN;
        let Some(start) = clause_start(body, k) else { continue };
        // (one member a clause: its first role word)
        if start == last_start {
            continue;
        }
        last_start = start;
        let after = &body[k + WORD_LEN..];
        let ends = after.is_empty() || after.starts_with(punct::is_prose_punct);
        let comma = body[..start].ends_with(punct::is_comma);
        let grouped = comma && last_ends;
        last_ends = ends;
        if grouped || !opens_with_bodies(&body[start..k], word) || names_a_document(after) {
            continue;
        }
        members.push(Member { k, word, start });
        if members.len() == MAX_MEMBERS {
            break;
        }
    }
    if members.len() < 2 {
        return Vec::new();
    }
    let mut read = Vec::new();
    for (i, m) in members.iter().enumerate() {
        // (the next member's clause ends this one's sentence, at its mark;
        // members a comma parts share their sentence, a deadline at its end
        // included)
        let limit = members.get(i + 1).map_or(b.len(), |n| match body[..n.start].char_indices().next_back() {
            Some((_, c)) if punct::is_comma(c) => b.len(),
            Some((at, _)) => at,
            None => n.start,
        });
        if let Some(r) = at_word(src, paragraph, body, m.k, m.word, Plain::Member, limit) {
            read.push(r);
        }
    }
    if read.len() < 2 {
        read.clear();
    }
    read
}

/// Put the `members` of a division of work among the duties a paragraph
/// gave before them (`duties[since..]`: the one its first readers found), in
/// the order of the text. A member whose span overlaps a duty already read
/// is that duty: the first reading stands — a reading of role groups that
/// spans several members (`X负责落实，Y负责指导`) always; one of a single
/// member unless its deadline is another member's, standing after the next
/// member's bodies or before this member's with a member before it (the
/// last sentence's reader takes the nearest deadline before it: `X负责…，
/// 6月底前完成。Y负责…。`), where the member, bounded by its own sentence,
/// takes its place.
pub(crate) fn merge_members<'a>(duties: &mut Vec<Responsibility<'a>>, since: usize, members: Vec<Responsibility<'a>>) {
    if members.is_empty() {
        return;
    }
    let overlaps =
        |a: &Responsibility<'_>, b: &Responsibility<'_>| a.span.start < b.span.end && b.span.start < a.span.end;
    let spans: Vec<crate::span::Span> = members.iter().map(|m| m.span).collect();
    for (i, m) in members.into_iter().enumerate() {
        let Some(at) = duties[since..].iter().position(|d| overlaps(d, &m)) else {
            let at = since + duties[since..].partition_point(|d| d.span.start < m.span.start);
            duties.insert(at, m);
            continue;
        };
        let d = &duties[since + at];
        let next = spans.get(i + 1).map_or(usize::MAX, |n| n.start);
        // (how many members the duty read spans)
        let spanned = spans.iter().filter(|s| s.start < d.span.end && d.span.start < s.end).count();
        let foreign = spanned == 1
            && d.deadline.as_ref().is_some_and(|dl| {
                (dl.span.start >= next || (i > 0 && dl.span.start < m.span.start))
                    && m.deadline.as_ref().is_none_or(|own| own.span != dl.span)
            });
        if foreign {
            duties[since + at] = m;
        }
    }
}

/// Whether the clause after a role word (`after`, to the paragraph's end)
/// makes its bodies an attribute of a document, `X会同Y上报的《…》已经国务院
/// 批准`: the document is the subject, no work is divided.
fn names_a_document(after: &str) -> bool {
    let clause = &after[..punct::find_marks::<punct::Prose>(after).unwrap_or(after.len())];
    clause.contains("的《")
}

/// Whether `names` (a clause's text before its role word `word`) is a list
/// of bodies and nothing else: after 由 perhaps, before an adverb or a word
/// that assigns the work alone (`按职责分工负责`: [`prose::strip_duty_head`]).
fn opens_with_bodies(names: &str, word: Word) -> bool {
    let names = punct::trim(names);
    let names = names.strip_prefix('由').unwrap_or(names);
    let names = match word {
        Word::Charge => prose::strip_duty_head(names),
        _ => names,
    };
    // (a topic before 由, `救援队伍建设由X负责`: the clause opens with its
    // work, not its bodies)
    if names.is_empty() || names.contains('由') {
        return false;
    }
    let mut found = Vec::new();
    match word {
        Word::Lead => prose::lead_subjects_into(names, Role::Lead, &mut found).is_some(),
        _ => prose::subjects_into(names, Role::Responsible, &mut found).is_some(),
    }
}

/// Most bytes of a sentence looked at before a clause (see [`topic_before`]).
const MAX_TOPIC: usize = 300;

/// Whether the text of the sentence before byte `start` of `body` (its
/// last [`MAX_TOPIC`] bytes) holds 的: a topic or a condition. (A
/// semicolon ends no sentence here.)
fn topic_before(body: &str, start: usize) -> bool {
    let mut win = start.saturating_sub(MAX_TOPIC);
    while !body.is_char_boundary(win) {
        win += 1;
    }
    // (walked back to the sentence's start)
    body[win..start].chars().rev().take_while(|&c| !punct::is_sentence_end(c) && !punct::is_colon(c)).any(|c| c == '的')
}

/// Words that end a clause naming a system, not work, when no verb follows
/// the role word (`X牵头调查机制`; not `X牵头建立…机制`).
const SYSTEMS: [&str; 4] = ["机制", "制度", "体系", "模式"];

/// Most characters of a body's name before `牵头<work>`.
const MAX_LEAD_NAME: usize = 12;

/// The kinds of document a text names itself by (本意见, 本方案 …).
/// (`本通则由X负责解释`: who interprets the document, no task of a block)
const DOCUMENTS: [&str; 15] = [
    "意见", "决定", "通知", "方案", "办法", "规定", "预案", "计划", "条例", "细则", "纲要", "规划", "通则", "规则",
    "指南",
];

/// Whether `s` names the document itself (本意见, 本决定 …): one search for
/// 本, rare in a sentence.
fn names_the_document(s: &str) -> bool {
    s.match_indices('本').any(|(i, b)| DOCUMENTS.iter().any(|d| s[i + b.len()..].starts_with(d)))
}

/// The subject list before a role word, `names` the clause's text before
/// it: after 由 (a topic before it, `改造计划由X牵头`, left out), trimmed.
fn subject_of(names: &str) -> Option<&str> {
    let names = punct::trim(names);
    let names = match names.rfind('由') {
        Some(at) if !names[..at].ends_with('自') => &names[at + '由'.len_utf8()..],
        _ => names,
    };
    // (a clause that opens with a modal names no subject: 要切实履行牵头…)
    (!names.is_empty() && !names.starts_with(['要', '应', '须', '并', '也', '还'])).then_some(names)
}

/// The text naming the bodies of `clause` (from its start to its end at
/// `clause_end` in `body`) and of the role groups right after it in its
/// sentence (`X牵头建立…，Y配合`), whose bodies are appended to `agencies`.
fn with_groups<'s>(
    body: &'s str,
    clause: &'s str,
    clause_end: usize,
    sentence_end: usize,
    agencies: &mut prose::Assigned<'s>,
) -> &'s str {
    let rest = &body[clause_end..sentence_end];
    let Some(mark) = rest.chars().next().filter(|&c| punct::is_comma(c) || punct::is_semicolon(c)) else {
        return clause;
    };
    let groups = &rest[mark.len_utf8()..];
    let before = agencies.len();
    let from = offset_in(body, clause);
    match prose::role_groups_into(groups, agencies) {
        Some(end) if agencies.len() > before && end > 0 => {
            let stop = offset_in(body, groups) + end;
            &body[from..stop]
        }
        _ => {
            agencies.truncate(before);
            // (or the next clause names the bodies that support and their
            // work: X牵头编制…，Y配合落实…)
            let next = &groups[..punct::find_marks::<punct::CommaOrSemicolon>(groups).unwrap_or(groups.len())];
            match prose::support_clause_into(next, agencies) {
                Some(named) => &body[from..offset_in(body, named) + named.len()],
                None => clause,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Role::{Lead, Responsible, Support};

    /// The bodies and roles read in `t`.
    fn read(t: &str) -> Option<Vec<(String, Role)>> {
        let src = Source::new(t);
        sentence_duty(&src, &src.clean.text, role_words(&src.clean.text, 0), Plain::Opening)
            .map(|r| r.agencies.iter().map(|a| (a.name.to_string(), a.role)).collect())
    }

    fn named(v: &[(&str, Role)]) -> Vec<(String, Role)> {
        v.iter().map(|&(n, r)| (n.to_string(), r)).collect()
    }

    #[test]
    fn role_words_are_found_once_each() {
        let t = "甲乙丙丁负责。牵头会同，负担，会议同意，同志。负责";
        let b = t.as_bytes();
        let mut found = Vec::new();
        let mut from = 0;
        while let Some((k, w)) = next_word(b, from) {
            found.push((k, w));
            from = k + WORD_LEN;
        }
        let want: Vec<(usize, Word)> = vec![
            (t.find("负责").unwrap(), Word::Charge),
            (t.find("牵头").unwrap(), Word::Lead),
            (t.find("会同").unwrap(), Word::Joint),
            (t.rfind("负责").unwrap(), Word::Charge),
        ];
        assert_eq!(found, want);
        // at every offset of a long text, as a substring search finds them
        let long = format!(
            "{}市发展改革委会同市财政局制定细则，{}区执法局负责巡查。{}",
            "加".repeat(70),
            "快".repeat(23),
            "牵头"
        );
        let b = long.as_bytes();
        for from in 0..b.len() {
            let want = ["负责", "牵头", "会同"]
                .iter()
                .filter_map(|w| long[..].match_indices(w).map(|(k, _)| k).find(|&k| k >= from))
                .min();
            assert_eq!(next_word(b, from).map(|(k, _)| k), want, "{from}");
        }
        assert_eq!(next_word(b"", 0), None);
        assert_eq!(next_word("负".as_bytes(), 0), None);
    }

    #[test]
    fn joint_form_in_the_middle() {
        assert_eq!(
            read("完善制度。市发展改革委要会同市财政局制定实施细则，年底前出台。鼓励社会参与。"),
            Some(named(&[("市发展改革委", Lead), ("市财政局", Support)]))
        );
        assert_eq!(
            read("建立低效用地认定标准，由市自然资源和规划局会同市发展改革委制定具体办法，于2025年12月31日前出台。"),
            Some(named(&[("市自然资源和规划局", Lead), ("市发展改革委", Support)]))
        );
        assert_eq!(
            read("加强监管。发展改革委、财政部要会同环境保护部、住房城乡建设部等部门，密切跟踪改革进展。"),
            Some(named(&[
                ("发展改革委", Lead),
                ("财政部", Lead),
                ("环境保护部", Support),
                ("住房城乡建设部", Support)
            ]))
        );
    }

    #[test]
    fn role_groups_in_the_middle() {
        assert_eq!(
            read("排查老旧管网。由市住房城乡建设委牵头，市规划资源局、各区政府配合。同步推进改造。"),
            Some(named(&[("市住房城乡建设委", Lead), ("市规划资源局", Support), ("各区政府", Support)]))
        );
        assert_eq!(
            read("加强巡查。区执法局负责日常巡查，街道办事处配合。"),
            Some(named(&[("区执法局", Responsible), ("街道办事处", Support)]))
        );
        assert_eq!(
            read("各区要加强统筹，市教委负责统筹协调，2025年底前完成。"),
            Some(named(&[("市教委", Responsible)]))
        );
        assert_eq!(
            read("建立制度。改造计划由市住房城乡建设局负责，每年编制一次。各区要加强配合。"),
            Some(named(&[("市住房城乡建设局", Responsible)]))
        );
        assert_eq!(
            read("完善抽检制度，加强监管。市场监管局负责抽检；卫生健康委配合。鼓励企业自查自纠。"),
            Some(named(&[("市场监管局", Responsible), ("卫生健康委", Support)]))
        );
        assert_eq!(
            read("新增千兆端口10万个。市通信管理局会同市住房城乡建设委负责，9月底前完成。鼓励社会资本参与。"),
            Some(named(&[("市通信管理局", Lead), ("市住房城乡建设委", Support)]))
        );
        assert_eq!(
            read("推行综合查一次，由区司法局负责统筹，每半年评估一次。"),
            Some(named(&[("区司法局", Responsible)]))
        );
    }

    #[test]
    fn a_plain_duty_names_its_body_responsible() {
        // a body that 负责 a task is responsible for it, with no deadline or
        // partner after it: opening the paragraph
        assert_eq!(read("区执法局负责制定年度执法计划。"), Some(named(&[("区执法局", Responsible)])));
        assert_eq!(
            read("县委宣传部、县融媒体中心负责做好宣传报道，营造良好氛围。"),
            Some(named(&[("县委宣传部", Responsible), ("县融媒体中心", Responsible)]))
        );
        // under a title that names duties, the paragraph's one 负责 (the raw
        // text: the bodies and the word)
        let read_in = |t: &str, plain: Plain| {
            let src = Source::new(t);
            sentence_duty(&src, &src.clean.text, role_words(&src.clean.text, 0), plain).map(|r| r.raw.to_string())
        };
        let t = "调整完善医保政策。国家中医药局负责组织实施中医医院绩效考核工作。";
        assert_eq!(read_in(t, Plain::OpeningOrSole).as_deref(), Some("国家中医药局负责"));
        // not: its remit (its own area, a noun phrase of a field's work), a
        // later sentence, a paragraph that divides duties among several
        // bodies, where the block allows none
        for t in [
            "区规划资源局负责本区规划管理工作。",
            "区绿化市容局负责全区绿化管理。",
            "村道由村民委员会负责日常养护。",
            "街道办事处负责风貌区建筑的防灾和风险排查工作。",
            "建立制度。市财政局负责资金保障，确保资金到位。",
            "你市要加强组织领导，市发展改革委负责做好规划衔接。",
        ] {
            assert_eq!(read_in(t, Plain::Opening), None, "{t}");
        }
        let t = "项目由区应急局建设。区消防救援局负责协调项目推进。区财政局负责落实经费。";
        assert_eq!(read_in(t, Plain::OpeningOrSole), None);
        assert_eq!(read_in("区执法局负责制定年度执法计划。", Plain::No), None);
    }

    #[test]
    fn a_lead_and_the_bodies_that_support_each_with_its_work() {
        // X牵头<work>，Y配合<work>: Y supports
        assert_eq!(
            read("县发改局牵头编制创建方案，县财政局、县自然资源局配合落实资金和用地保障。"),
            Some(named(&[("县发改局", Lead), ("县财政局", Support), ("县自然资源局", Support)]))
        );
        let t = "做好衔接。市科委牵头编制方案，市财政局协同做好资金保障，年内完成。";
        let src = Source::new(t);
        let r = sentence_duty(&src, &src.clean.text, role_words(&src.clean.text, 0), Plain::Opening).expect("a duty");
        assert_eq!(r.raw, "市科委牵头编制方案，市财政局协同");
        // (no body before the word: the lead alone)
        assert_eq!(read("市科委牵头编制方案，企业配合做好申报。"), Some(named(&[("市科委", Lead)])));
        assert_eq!(read("市科委牵头编制方案，积极配合做好申报。"), Some(named(&[("市科委", Lead)])));
    }

    #[test]
    fn a_lead_before_the_work_and_a_named_district() {
        assert_eq!(
            read("市科委、杨浦区牵头建立市区联动工作机制，细化年度任务。"),
            Some(named(&[("市科委", Lead), ("杨浦区", Lead)]))
        );
        assert_eq!(
            read("做好衔接。浦东新区牵头编制方案，区发展改革委配合，年内完成。"),
            Some(named(&[("浦东新区", Lead), ("区发展改革委", Support)]))
        );
        for n in ["杨浦区", "浦东新区", "长兴县", "九龙坡区"] {
            assert!(prose::is_named_district(n), "{n}");
        }
        for n in
            ["社区", "各区", "本区", "开发区", "示范区", "老城区", "全区", "各县", "该区", "区", "a区", "自贸试验区"]
        {
            assert!(!prose::is_named_district(n), "{n}");
        }
    }

    #[test]
    fn a_deadline_of_the_sentence() {
        let t = "全面摸清2000年底前建成小区底数。省农业农村厅负责跟踪调度播种进度，4月底前报送省政府。";
        let src = Source::new(t);
        let r = sentence_duty(&src, &src.clean.text, role_words(&src.clean.text, 0), Plain::Opening).expect("a duty");
        assert_eq!(r.deadline.as_ref().map(|d| d.text.as_ref()), Some("4月底前"));
        assert_eq!(&t[r.span.start..r.span.end], r.raw.as_ref());
        let t = "加强指导。省农业农村厅牵头，省农业科学院配合，3月底前完成技术培训。";
        let src = Source::new(t);
        let r = sentence_duty(&src, &src.clean.text, role_words(&src.clean.text, 0), Plain::Opening).expect("a duty");
        assert_eq!(r.raw, "省农业农村厅牵头，省农业科学院配合");
        assert_eq!(r.deadline.as_ref().map(|d| d.text.as_ref()), Some("3月底前"));
    }

    #[test]
    fn no_duty_in_these() {
        for t in [
            // a body as the object or the beneficiary
            "支持市属国企参与城市更新项目，鼓励区属平台公司向市财政局申请专项债券额度。",
            "项目建成后报市发展改革委备案，由企业负责运营。",
            // a person, 负责任, a duty taken on by nobody named
            "企业负责人要亲自抓。主要负责同志负总责。",
            "各地要切实负起责任。要以负责任的态度做好工作。",
            // a topic with no role word, a pronoun, a collective
            "经费由财政负担。该局负责日常管理，年底前完成。有关部门负责配合，年底前完成。",
            // inside 《》 and quotation marks
            "依据《某某市市场监管局负责事项清单》执行。推行“区执法局负责到底”机制。",
            // a plain X负责 whose work is none, an accountability phrase,
            // an attribute naming another body, a bare kind, the document's
            // interpretation
            "坚持完善政府负责、部门统一监管的体制。",
            "将安置工作完成情况纳入对本级人民政府负责退役军人工作部门的考核。",
            "各级人民政府对本地区安全生产工作负责。",
            "省人民政府负责综合行政执法指导的机构（以下称指导机构），应当加强指导。",
            "办公室负责督促落实议定事项。",
            "市财政局负责的项目要加快实施。",
            "本通则由市场监管总局负责解释。",
            // a lead as an attribute, an office that is a lead's
            "建立由市发展改革委牵头的联席会议制度。市住房城乡建设局要发挥牵头作用，定期调度。",
            "领导小组办公室设在市发展改革委，负责日常工作，年底前完成。",
            // a leading condition, a topic with 的, the whole document's
            "预案实施后，环境保护部要会同有关部门组织预案宣传。",
            "对应急动用的储备粮贷款，由中国农业发展银行会同中国储备粮管理总公司清算。",
            "会议的组织工作由国务院办公厅负责，文件于会前送达。",
            "确需动用的，由省级人民政府提出申请，由国家发展改革委会同财政部提出方案。",
            "跨区域的应对工作，由各区人民政府共同负责。",
            "实施方案报送生态环境部，经生态环境部会同有关部门组织专家评审通过后实施。",
            "财政部要会同发展改革委等部门，对本意见执行情况进行督促检查。",
            // a lead of a system, a name too long, a modal, a local body
            "建立亡人火灾和较大以上火灾事故区政府牵头调查机制。",
            "区林业部门作为统筹主体，要切实履行牵头抓总职责。",
            "筹备消防站建设，由属地政府负责站点建设，区消防救援支队进驻。",
        ] {
            assert_eq!(read(t), None, "{t}");
        }
    }

    #[test]
    fn spans_are_the_inputs() {
        for t in [
            "甲。\u{3000}区执法局负责日常巡查，街道办事处配合。",
            "<p>排查管网。由市水务局牵头，市财政局配合。</p>",
            "排查管网。由市水务局会同市财政局制定方案，\r\n年底前完成。",
        ] {
            let src = Source::new(t);
            if let Some(r) = sentence_duty(&src, &src.clean.text, role_words(&src.clean.text, 0), Plain::Opening) {
                assert_eq!(&t[r.span.start..r.span.end], r.raw.as_ref(), "{t}");
                for a in &r.agencies {
                    assert_eq!(&t[a.span.start..a.span.end], a.name.as_ref(), "{t}");
                }
            }
        }
    }
}

#[cfg(test)]
mod division_tests {
    use super::*;

    /// The bodies of each member read in `t`.
    fn members(t: &str) -> Vec<Vec<String>> {
        let src = Source::new(t);
        division_of_work(&src, &src.clean.text, role_words(&src.clean.text, 0))
            .iter()
            .map(|r| r.agencies.iter().map(|a| a.name.to_string()).collect())
            .collect()
    }

    #[test]
    fn members_in_order() {
        let v =
            |a: &[&[&str]]| a.iter().map(|m| m.iter().map(|n| n.to_string()).collect()).collect::<Vec<Vec<String>>>();
        assert_eq!(
            members("区绿化市容局负责分类收运体系建设；区商务委负责再生资源回收；各街道负责宣传动员。"),
            v(&[&["区绿化市容局"], &["区商务委"], &["各街道"]])
        );
        assert_eq!(
            members("县农业农村局负责统筹；县财政局负责资金保障；各乡镇负责组织实施。"),
            v(&[&["县农业农村局"], &["县财政局"], &["各乡镇"]])
        );
        // a role group is one member; 由 before the bodies; a comma after a
        // member that goes on past its word
        assert_eq!(
            members("由市住房城乡建设局牵头，市自然资源局配合，制定计划；市城管局负责日常巡查。"),
            v(&[&["市住房城乡建设局", "市自然资源局"], &["市城管局"]])
        );
        assert_eq!(
            members("省气象局负责发布预警信息，省应急管理厅、省水利厅按职责分工负责抗旱工作。"),
            v(&[&["省气象局"], &["省应急管理厅", "省水利厅"]])
        );
    }

    #[test]
    fn fewer_than_two_members_is_no_division() {
        for t in [
            // one role word; one member (the other a remit, an attribute,
            // accountability, a topic before 由, a person)
            "市发展改革委负责统筹协调。",
            "市民政局负责本市社会救助工作。市财政局负责落实救助资金。",
            "市应急局负责组织督查；市财政局负责的项目要加快实施。",
            "各级人民政府对本地区安全生产工作负责。市应急局负责组织督查。",
            "救援队伍建设由市应急局负责；市财政局负责资金保障。",
            "市财政局负责资金保障；主要负责同志要亲自抓。",
            // a document as the subject, a topic with 的
            "市发展改革委会同市财政局上报的《实施意见》已经批准；市财政局负责资金保障。",
            "对应急动用的储备粮，由市粮食局会同市财政局清算；市财政局负责资金保障。",
            // members a comma parts after a role group: one
            "市科委牵头，市财政局负责，年内完成。",
        ] {
            assert_eq!(members(t), Vec::<Vec<String>>::new(), "{t}");
        }
    }

    #[test]
    fn each_member_has_the_deadline_of_its_own_sentence() {
        let t = "市住房城乡建设局负责编制年度计划，2025年6月底前完成；市财政局负责落实补助资金。各区政府负责组织实施，年底前完成。";
        let src = Source::new(t);
        let d: Vec<Option<String>> = division_of_work(&src, &src.clean.text, role_words(&src.clean.text, 0))
            .iter()
            .map(|r| r.deadline.as_ref().map(|d| d.text.to_string()))
            .collect();
        assert_eq!(d, [Some("2025年6月底前".to_string()), None, Some("年底前".to_string())]);
    }
}
