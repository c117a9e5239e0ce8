//! The notice frame: optional title lines, 发文字号 or a promulgation line
//! (…令第N号公布) at the head, the 主送机关 line, then — after the body — the
//! 发文机关署名 line(s), the 成文日期 line and 附注 lines such as
//! （此件公开发布）.
//!
//! This module only *locates* the frame's lines; [`super`] turns them into
//! AST nodes.

use super::adoption::{self, is_adoption_note};
use super::contents::is_contents_heading;
use super::date::{Date, date, date_line, numeric_date_line};
use super::doc_number::{doc_number, doc_number_line};
use super::marker::marker;
use crate::ast::BlockKind;
use crate::punct;
use crate::source::Line;
use std::borrow::Cow;
use std::ops::Range;

/// Most lines a title may be wrapped over.
const MAX_TITLE_LINES: usize = 4;
/// Longest title line, in characters.
pub(crate) const MAX_TITLE_CHARS: usize = 80;
/// Longest issuer line, in characters.
const MAX_ISSUER_CHARS: usize = 40;
/// Most issuer lines above a date (joint notices).
const MAX_ISSUERS: usize = 8;
/// Longest group of a 主送机关 line (a joint notice lists the bodies of
/// seven ministries in one group), in characters.
const MAX_ADDRESSEE_GROUP_CHARS: usize = 120;
/// Longest 附注 line such as （此件公开发布）, in characters.
const MAX_NOTE_CHARS: usize = 30;

/// Where the frame's parts are, as indices into the line list.
#[derive(Debug, Default)]
pub(crate) struct Frame<'c> {
    /// Title lines at the head, duplicates left out (also the document's
    /// own title when nothing is attached).
    pub(crate) head_title: Vec<usize>,
    /// Head lines that repeat the title line before them: the first few
    /// only (one more than the diagnostics kept of one code), the rest
    /// counted in `more_duplicates` (text of one short line repeated has a
    /// duplicate every few bytes).
    pub(crate) duplicates: Vec<usize>,
    /// Duplicates beyond those in `duplicates`.
    pub(crate) more_duplicates: usize,
    /// An order's mark line (`中华人民共和国国务院令`) above its number line:
    /// part of the 发文字号, not a title.
    pub(crate) order_mark: Option<usize>,
    /// The issuing body's mark printed over the 发文字号 of a red-headed
    /// document (`某某市人民政府办公室文件`, as PDF text keeps it; joint
    /// issuers' marks one a line): neither the title nor a part of the
    /// 发文字号.
    pub(crate) masthead: Option<Range<usize>>,
    /// The marks over it (份号, 密级, 紧急程度: see [`super::head_marks`]),
    /// and the 签发人 lines under the 发文字号: passed over.
    pub(crate) marks: Range<usize>,
    pub(crate) signers: Range<usize>,
    /// A standard's cover (see [`super::cover`]): whether the masthead is
    /// its class over its number, the classification codes above the class
    /// (`ICS 13.020`, `CCS Z 00`, `DB31`), the line naming the standard it
    /// replaces under its number, and the lines of the cover under its
    /// title (English title, dates, issuing body: preamble paragraphs).
    pub(crate) standard: bool,
    pub(crate) codes: Range<usize>,
    pub(crate) replaced: Option<usize>,
    pub(crate) under_title: Range<usize>,
    /// 发文字号 line and its normalised text (borrowed from the line when
    /// it is written so).
    pub(crate) doc_number: Option<(usize, Cow<'c, str>)>,
    /// Promulgation line (`2014年11月24日 国务院令第656号公布`), its date
    /// and normalised 文号.
    pub(crate) promulgation: Option<(usize, Date, Cow<'c, str>)>,
    /// Adoption notes under the title (the promulgation line among them),
    /// the lines of each.
    pub(crate) adopted: Vec<Range<usize>>,
    /// A 成文日期 in brackets under the title (`（2023年1月2日）`), as
    /// central documents print it.
    pub(crate) head_date: Option<(usize, Date)>,
    /// 主送机关 line (its last line when wrapped).
    pub(crate) addressee: Option<usize>,
    /// The first line of a 主送机关 wrapped over two lines, ending in a
    /// comma (`各乡镇人民政府，县政府各部门，` / `县属各国有企业：`).
    pub(crate) addressee_wrapped: Option<usize>,
    /// Lines of the notice's own body (covering notices only).
    pub(crate) body: Range<usize>,
    /// 发文机关署名 lines.
    pub(crate) issuers: Range<usize>,
    /// 成文日期 line and its value.
    pub(crate) date: Option<(usize, Date)>,
    /// 附注 lines after the date.
    pub(crate) notes: Range<usize>,
    /// Contact lines right before the signature (`联系人：…　电话：…`), also
    /// 附注: no line of the body or of the main text (see
    /// [`super::contact`]).
    pub(crate) contacts: Vec<usize>,
    /// Whether the notice covers (印发/转发) a main document that follows its
    /// signature, rather than framing the document directly.
    pub(crate) covering: bool,
    /// Lines of the main document, in order: two stretches when the frame's
    /// signature sits at the end (before and after it), else one and an
    /// empty one.
    pub(crate) main: [Range<usize>; 2],
}

impl Frame<'_> {
    /// Whether the text has any part of a notice frame.
    pub(crate) fn has_notice(&self) -> bool {
        self.doc_number.is_some()
            || self.addressee.is_some()
            || self.date.is_some()
            || self.promulgation.is_some()
            || self.head_date.is_some()
    }
}

/// Verbs of a headline that issues a document named in 《》 after them.
const ISSUING_VERBS: [&str; 4] = ["印发", "转发", "发布", "公布"];

/// The ending of a covering notice's title after the 《》 it issues.
const NOTICE_ENDING: &str = "的通知";

/// The document a headline issues, `X印发《Y》` or `关于印发《Y》的通知`: `Y`,
/// when the headline's first 《 follows an issuing verb and its partner 》
/// ends the headline (or is followed by 的通知 alone), with no other 《 in
/// `Y`. A page that prints such a headline over `Y`'s own text — no
/// covering notice, no title line of `Y` — is `Y` (上海市人民政府办公厅印发
/// 《关于…的若干意见》 over the 意见's 文号, 主送 and numbered text).
pub(crate) fn issued_title(headline: &str) -> Option<&str> {
    let open = headline.find(punct::BOOK_L)?;
    if !ISSUING_VERBS.iter().any(|v| headline[..open].ends_with(v)) {
        return None;
    }
    let inner = &headline[open + punct::BOOK_L.len_utf8()..];
    let close = inner.find(punct::BOOK_R)?;
    let (title, after) = (&inner[..close], &inner[close + punct::BOOK_R.len_utf8()..]);
    let ends = after.is_empty() || after == NOTICE_ENDING;
    (ends && !title.is_empty() && !title.contains(punct::BOOK_L)).then_some(title)
}

/// A short line without prose punctuation that is no marker, date or
/// 发文字号: a title line or a name.
pub(crate) fn is_title_like(text: &str, max_chars: usize) -> bool {
    // cheap checks first: a UTF-8 character takes at most 4 bytes
    text.len() <= max_chars * 4
        && punct::find_prose_punct(text).is_none()
        // (a row of a pipe or tab-separated table, 序号\t重点任务\t…, is
        // no line of a title)
        && !super::table::row_line(text)
        // (nor is a flattened table's 序号 header cell under it)
        && !text.starts_with("序号")
        && super::chars_in(text, 0, max_chars)
        && marker(text).is_none()
        && date_line(text).is_none()
        && doc_number_line(text).is_none()
        && promulgation_line(text).is_none()
        && super::attachment::attach_line(text).is_none()
}

/// Most characters inside a heading in lenticular brackets.
const MAX_LENTICULAR_HEADING: usize = 16;

/// A heading in lenticular brackets, alone on its line (`【总体要求】`,
/// `【重点任务】`), as some key points and WeChat-bred texts head their
/// parts: under a title, no line of it.
pub(crate) fn is_lenticular_heading(text: &str) -> bool {
    let Some(inside) = text.strip_prefix(punct::LENTICULAR_L).and_then(|r| r.strip_suffix(punct::LENTICULAR_R)) else {
        return false;
    };
    super::chars_in(inside, 2, MAX_LENTICULAR_HEADING) && !inside.contains([punct::LENTICULAR_L, punct::LENTICULAR_R])
}

/// A line that is no part of the title above it, though short and
/// unpunctuated: an adoption note or the 目录 heading.
pub(crate) fn ends_title(text: &str) -> bool {
    is_foreword(text)
        || is_adoption_note(text)
        || is_contents_heading(text)
        || bracketed_doc_number(text).is_some()
        || bracketed_date(text).is_some()
        || bracketed_signature(text)
        || is_issuers_line(text)
}

/// The heading of a foreword or introduction (`前言`, `前　　言`, `引言`,
/// `序言`) under a standard's or a plan's title: no line of the title. A
/// length test, then the characters other than spaces.
fn is_foreword(text: &str) -> bool {
    text.len() <= 18 && {
        let mut cs = text.chars().filter(|&c| !punct::is_space(c));
        matches!((cs.next(), cs.next(), cs.next()), (Some('前' | '引' | '序'), Some('言'), None))
    }
}

/// Most characters of the body that authored a transmitted document, on
/// the line under its title.
const MAX_AUTHOR_CHARS: usize = 20;

/// A body alone on the line under a complete title (`关于…的意见` /
/// `省发展改革委`): the author of a document a notice transmits (批转,
/// 转发), no line of its title.
pub(crate) fn author_under_title(title: &str, line: &str) -> bool {
    super::inline::ends_in_genre(title)
        && super::chars_in(line, 2, MAX_AUTHOR_CHARS)
        && super::all_ideographs(line)
        && is_body_name(line)
}

/// A name that reads as a body: in the gazetteer, or ending in an issuer
/// word (部, 委员会, 人民政府 …).
pub(crate) fn is_body_name(name: &str) -> bool {
    !name.is_empty()
        && (super::inline::ISSUER_ENDS.iter().any(|w| name.ends_with(w))
            || crate::gazetteer::lookup(name, None).is_some())
}

/// What a title opens with before the issuers' 关于 (`中共中央 国务院关于…`).
const ABOUT: &str = "关于";

/// The issuers a title names before 关于, one body or several separated by
/// white space (`中共中央 国务院关于做好…的意见` → 中共中央, 国务院): the
/// 发文机关 of a document dated in brackets under its title, which signs
/// nowhere. None when a part is no body's name.
pub(crate) fn title_issuers(title: &str) -> Option<impl Iterator<Item = &str>> {
    let at = title.find(ABOUT).filter(|&a| a > 0)?;
    let parts = || title[..at].split(punct::is_space).filter(|p| !p.is_empty());
    parts().all(|p| is_body_name(p) || super::prose::is_body(p) || is_party_centre(p)).then(parts)
}

/// The Party's central committee as an issuer: 中共中央 (its general office
/// is a body of [`is_body_name`], 中共中央办公厅).
const PARTY_CENTRE: &str = "中共中央";

fn is_party_centre(p: &str) -> bool {
    p == PARTY_CENTRE
}

/// A line of joint issuers separated by white space under a forwarded
/// document's title (`交通运输部　中央政法委　公安部`): its first two parts
/// are bodies (a title line that names two bodies goes on after the second:
/// `中共中央 国务院关于…`).
pub(crate) fn is_issuers_line(text: &str) -> bool {
    // (a line of two parts holds a space: most title lines hold none, and
    // are rejected by one test over their bytes)
    if !may_hold_space(text) {
        return false;
    }
    let mut parts = text.split(punct::is_space).filter(|p| !p.is_empty());
    matches!((parts.next(), parts.next()), (Some(a), Some(b)) if is_body_name(a) && is_body_name(b))
}

/// Whether `text` may hold a [`punct::is_space`] character: a byte at or
/// below the ASCII space (one fold over the bytes, without a branch a
/// byte: the compiler vectorises it), or NBSP (C2 A0), U+3000 (E3 80 80)
/// or the BOM (EF BB BF), looked for by `memchr` on their lead bytes —
/// ideographs start with E4–E9; the few full-width brackets and commas of
/// a title line (EF BC …, E3 80 8A …) are each one stop — instead of
/// decoding every character.
fn may_hold_space(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().fold(0u8, |acc, &x| acc | u8::from(x <= b' ')) != 0
        || memchr::memchr3_iter(0xC2, 0xE3, 0xEF, b).any(|i| {
            matches!((b[i], &b[i + 1..]), (0xC2, [0xA0, ..]) | (0xE3, [0x80, 0x80, ..]) | (0xEF, [0xBB, 0xBF, ..]))
        })
}

/// The inside of a line wholly in round brackets.
fn unbracket(text: &str) -> Option<&str> {
    let mut chars = text.chars();
    (chars.next().is_some_and(punct::is_lparen) && chars.next_back().is_some_and(punct::is_rparen))
        .then(|| punct::trim(chars.as_str()))
}

/// A 发文字号 in brackets on the line under a title: `（某价费〔2019〕12号）`.
pub(crate) fn bracketed_doc_number(text: &str) -> Option<Cow<'_, str>> {
    unbracket(text).and_then(doc_number_line)
}

/// A date in brackets on the line under a title: `（2023年1月2日）`.
pub(crate) fn bracketed_date(text: &str) -> Option<Date> {
    unbracket(text).and_then(date_line)
}

/// The date of a [`bracketed_date`] or [`bracketed_number_and_date`] line
/// as written (inside the brackets).
pub(crate) fn bracketed_date_text(text: &str) -> Option<&str> {
    let inside = unbracket(text)?;
    match number_and_date(inside) {
        Some((_, date)) => super::date::date_text(date),
        None => super::date::date_text(inside),
    }
}

/// `某政发〔2024〕3号　2024年3月1日` (or the date first): the two parts of a
/// promulgation note, split at the last run of spaces.
fn number_and_date(inside: &str) -> Option<(&str, &str)> {
    let cut = inside.rfind(punct::is_space)?;
    let (a, b) = (punct::trim(&inside[..cut]), punct::trim(&inside[cut..]));
    if doc_number_line(a).is_some() && date_line(b).is_some() {
        Some((a, b))
    } else if doc_number_line(b).is_some() && date_line(a).is_some() {
        Some((b, a))
    } else {
        None
    }
}

/// A 发文字号 and a 成文日期 in one pair of brackets under a title (the
/// promulgation note of a document printed in a gazette:
/// `（某政发〔2024〕3号　2024年3月1日）`).
pub(crate) fn bracketed_number_and_date(text: &str) -> Option<(Cow<'_, str>, Date)> {
    // (a line under a title: one bracket test, then the 号 and a space)
    let (number, date) = number_and_date(unbracket(text)?)?;
    Some((doc_number_line(number)?, date_line(date)?))
}

/// A body and a date in brackets under a title (`（民政部　1997年1月28日）`):
/// the signature of a transmitted document, no part of its title.
pub(crate) fn bracketed_signature(text: &str) -> bool {
    unbracket(text).is_some_and(|inside| {
        let mut parts = inside.rsplitn(2, char::is_whitespace);
        let (date, who) = (parts.next().unwrap_or(""), parts.next().map(punct::trim).unwrap_or(""));
        !who.is_empty() && super::chars_in(who, 0, MAX_ISSUER_CHARS) && date_line(date).is_some()
    })
}

/// 主送机关: comma groups of short names, ending in a colon.
pub(crate) fn is_addressee(text: &str) -> bool {
    text.strip_suffix(punct::is_colon).is_some_and(addressee_body)
}

/// The first line of a 主送机关 wrapped over two lines: groups of names like
/// the line's, ending in a comma or a 、 where it wraps, with `next` a
/// 主送机关 line.
pub(crate) fn is_wrapped_addressee(text: &str, next: &str) -> bool {
    text.strip_suffix(|c: char| punct::is_comma(c) || c == punct::DUNHAO).is_some_and(addressee_body)
        && is_addressee(next)
}

/// The names of a 主送机关 line before its colon.
fn addressee_body(body: &str) -> bool {
    !body.is_empty()
        && super::chars_in(body, 0, 400)
        && !is_lead_in(body)
        && !is_speaker(body)
        && punct::find_marks::<punct::AddresseeStop>(body).is_none()
        && marker(body).is_none()
        && super::attachment::attach_line(body).is_none()
        && punct::split_marks::<punct::Comma>(body).all(|g| {
            let g = punct::trim(g);
            !g.is_empty()
                && super::chars_in(g, 0, MAX_ADDRESSEE_GROUP_CHARS)
                && punct::split_marks::<punct::Dunhao>(g).all(|item| {
                    let item = punct::trim(item);
                    !item.is_empty() && super::chars_in(item, 0, 40)
                })
        })
}

/// Endings of the speakers of a transcript or an interview (主持人, 记者,
/// 某某日报记者, 省发展改革委副主任, 副厅长, 新闻发言人): a speaker and a
/// colon open a turn of speech, never a 主送机关.
const SPEAKER_ENDS: [&str; 4] = ["人", "者", "主任", "长"];

/// Whether the text before a line's colon names a speaker (see
/// [`SPEAKER_ENDS`]) or is 问 / 答 (a question and its answer): one name,
/// not a list, and not a group addressed as a whole (各单位负责人,
/// 各位代表). A few suffix compares on lines that end in a colon.
fn is_speaker(body: &str) -> bool {
    matches!(body, "问" | "答")
        || SPEAKER_ENDS.iter().any(|e| body.ends_with(e))
            && !body.starts_with('各')
            && punct::find_marks::<punct::DunhaoCommaSemicolon>(body).is_none()
}

/// Words that open the sentence leading into a document's provisions, never
/// a 主送机关 (`为了加强…，根据…，作如下决定：`).
const LEAD_INS: [&str; 6] = ["为了", "为进一步", "根据", "按照", "依照", "依据"];

/// The sentence that leads into a document's provisions and ends in a
/// colon (`为了…，结合本市实际，作如下决定：`, `现将有关事项通告如下：`),
/// which, in short comma-separated clauses, reads like a list of bodies.
fn is_lead_in(body: &str) -> bool {
    // (…工作的总体要求是：, 2025年全市…: a copula ends a sentence, a year
    // opens one; no body's name does either)
    LEAD_INS.iter().any(|w| body.starts_with(w))
        || body.ends_with("如下")
        || body.ends_with('是')
        || body.starts_with(|c: char| c.is_ascii_digit())
}

/// `DATE ISSUER令第N号(公布|发布)`: the promulgation line of a regulation.
pub(crate) fn promulgation_line(text: &str) -> Option<(Date, Cow<'_, str>)> {
    // it opens with a date, and a date with a digit
    if !text.starts_with(|c: char| super::numeral::is_digit(c) || super::numeral::is_cn_digit(c)) {
        return None;
    }
    let (rest, d) = date(text).ok()?;
    let (rest, number) = doc_number(punct::trim(rest)).ok()?;
    let rest = punct::trim(rest);
    // the revised text issued by the order (`…令第127号修订发布`), and the
    // amendment note the line goes on into, broken after its first word
    // (`…修订发布。根据` / `2020年7月20日 …令第159号《…决定》修正）`)
    let rest = rest.strip_suffix(NOTE_GOES_ON).and_then(|r| r.strip_suffix(punct::JUHAO)).unwrap_or(rest);
    let rest = ["修订发布", "修订公布"]
        .iter()
        .find(|v| rest.starts_with(*v))
        .map_or(rest, |v| &rest[v.len() - "发布".len()..]);
    let tail_ok = ["", "公布", "发布", "公布施行", "发布施行", "公布，自公布之日起施行"].contains(&rest);
    (tail_ok && number.contains('令')).then_some((d, number))
}

/// The first word of a note that a promulgation line goes on into.
const NOTE_GOES_ON: &str = "根据";

/// Most characters of a closing formula after 特此 (特此函复 / 特此报告).
const MAX_CLOSING_VERB: usize = 3;

/// The closing formula of a notice, a circular, a reply or an
/// announcement, on a line of its own: `特此通知。` `特此公告` `特此批复。`
/// `特此函复。`, or a reply's `此复。` / `此函。`.
pub(crate) fn is_closing(text: &str) -> bool {
    // (one first-character test rejects every other line)
    if !text.starts_with(['特', '此', '专', '妥', '当', '可', '以']) {
        return false;
    }
    let text = punct::trim(text).trim_end_matches([punct::JUHAO, '.', '!', '\u{FF01}']);
    if let Some(rest) = text.strip_prefix("以上") {
        return above_closing(rest);
    }
    match text.strip_prefix("特此").or_else(|| text.strip_prefix("专此")) {
        // (a request's 特此请示，请予批准)
        Some(verb) => {
            let (verb, asked) = match verb.find(punct::is_comma) {
                Some(at) => (&verb[..at], Some(punct::trim(verb[at..].trim_start_matches(punct::is_comma)))),
                None => (verb, None),
            };
            super::chars_in(verb, 2, MAX_CLOSING_VERB)
                && super::all_ideographs(verb)
                && asked.is_none_or(|a| a.strip_prefix('请').is_some_and(is_asking))
        }
        None => matches!(text, "此复" | "此函") || asking_approval(text),
    }
}

/// What a request or a report asks of the body above (批示, 批复, 审阅 …),
/// after its 请 (请予批准, 请审示).
fn is_asking(rest: &str) -> bool {
    let rest = rest.strip_prefix('予').unwrap_or(rest);
    ["批示", "批复", "批准", "审批", "审示", "审定", "审阅", "阅示", "指示", "核示", "核准", "示复"].contains(&rest)
}

/// A request's `妥否，请批示` (当否，请批复; 可否，请审批): the question, a
/// comma, then what it asks.
fn asking_approval(text: &str) -> bool {
    let Some(rest) = ["妥否", "当否", "可否", "是否妥当"].iter().find_map(|q| text.strip_prefix(q)) else {
        return false;
    };
    rest.strip_prefix(punct::is_comma).map(punct::trim).and_then(|r| r.strip_prefix('请')).is_some_and(is_asking)
}

/// Most characters of a report's closing after its 以上 (以上报告如无不妥，请批转
/// 各乡镇、各有关部门执行).
const MAX_ABOVE_CLOSING: usize = 60;

/// The closing sentence of a request or a report after its 以上:
/// `以上请示妥否，请批示`, `以上报告，请审阅`, `以上意见如无不妥，请批转各地执行`.
fn above_closing(rest: &str) -> bool {
    if !super::chars_in(rest, 4, MAX_ABOVE_CLOSING) {
        return false;
    }
    let rest =
        ["报告", "请示", "意见", "方案", "建议", "情况"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    if asking_approval(rest) {
        return true;
    }
    if let Some(asked) = rest.strip_prefix(punct::is_comma).map(punct::trim).and_then(|r| r.strip_prefix('请')) {
        return is_asking(asked);
    }
    // 如无不妥，请批转…执行
    let Some(rest) = ["如无不妥", "如无不当", "若无不妥", "如无异议"].iter().find_map(|w| rest.strip_prefix(w))
    else {
        return false;
    };
    rest.strip_prefix(punct::is_comma)
        .map(punct::trim)
        .is_some_and(|r| r.starts_with('请') && ["执行", "实施", "施行", "办理", "落实"].iter().any(|w| r.ends_with(w)))
}

/// A 附注 line: a short fully bracketed remark such as （此件公开发布）.
pub(crate) fn is_note(text: &str) -> bool {
    let mut chars = text.chars();
    let bracketed = chars.next().is_some_and(punct::is_lparen) && chars.next_back().is_some_and(punct::is_rparen);
    bracketed
        && super::chars_in(text, 0, MAX_NOTE_CHARS)
        && punct::find_prose_punct(text).is_none()
        && super::clause::parse_clause(chars.as_str()).is_none()
}

/// The bodies of one 署名 line: joint issuers printed on one line separated
/// by white space (`市教委　　市财政局`, `某省民政厅 某省财政厅`) are several
/// when every part ends as a body name; otherwise the line is one issuer.
/// (An iterator over the line, not a list: nothing is allocated.)
pub(crate) fn issuer_parts(text: &str) -> impl Iterator<Item = &str> {
    let parts = text.split(char::is_whitespace).filter(|p| !p.is_empty());
    let bodies = parts.clone().nth(1).is_some()
        && parts
            .clone()
            .all(|p| p.chars().count() >= 2 && p.chars().next_back().is_some_and(crate::clean::is_body_end));
    // (a line of white space alone names no issuer)
    let one = (!bodies)
        .then(|| text.trim_matches(|c: char| c.is_whitespace() || punct::is_space(c)))
        .filter(|one| !one.is_empty());
    parts.take(if bodies { usize::MAX } else { 0 }).chain(one)
}

pub(crate) fn is_issuer(text: &str) -> bool {
    (is_title_like(text, MAX_ISSUER_CHARS) && !text.bytes().any(|b| b.is_ascii_digit())) || is_signatory(text)
}

/// The head of a government who signs an order, with a colon before the
/// name (`市长：汤飞帆`, `省长:王浩`): an office of at most four characters
/// ending as heads' offices end (长 理 任 席), and a name of two to six
/// ideographs or `·`.
fn is_signatory(text: &str) -> bool {
    if !office_then_colon(text) {
        return false;
    }
    let Some(p) = text.find(|c: char| punct::is_colon(c)) else {
        return false;
    };
    let (office, name) = (punct::trim(&text[..p]), &text[p..]);
    let name = punct::trim(name.trim_start_matches(|c: char| punct::is_colon(c)));
    let office_n = office.chars().count();
    let name_n = name.chars().count();
    (2..=4).contains(&office_n)
        && office.ends_with(['长', '理', '任', '席'])
        && office.chars().all(punct::is_ideograph)
        && (2..=6).contains(&name_n)
        && name.chars().all(|c| punct::is_ideograph(c) || c == '\u{B7}')
}

/// Whether `text` opens with what [`is_signatory`] needs before its first
/// colon: white space, two to four ideographs, white space, then the
/// colon. Read up to there only, so that a long line (the frame tries the
/// lines before a date, prose among them) is not decoded to its first
/// colon, or to its end.
fn office_then_colon(text: &str) -> bool {
    let mut chars = punct::trim_start(text).chars();
    let mut ideographs = 0;
    let mut c = chars.next();
    while c.is_some_and(punct::is_ideograph) {
        ideographs += 1;
        if ideographs > 4 {
            return false;
        }
        c = chars.next();
    }
    while c.is_some_and(punct::is_space) {
        c = chars.next();
    }
    ideographs >= 2 && c.is_some_and(punct::is_colon)
}

/// A heading that opens a document's own structure (not a low-level item).
fn is_structural_heading(text: &str) -> bool {
    marker(text).is_some_and(|m| {
        matches!(m.kind, BlockKind::Section | BlockKind::Chapter | BlockKind::Article | BlockKind::Part)
    })
}

/// An order's (or announcement's) mark and number on the first two lines
/// (`中华人民共和国国务院令` / `第　559　号`, `国家税务总局公告` /
/// `2024年第3号`): its normalised 发文字号.
fn order_head(lines: &[Line<'_>]) -> Option<String> {
    let [mark, number, ..] = lines else { return None };
    if !super::doc_number::is_order_mark(mark.text) {
        return None;
    }
    // (the number may stand in brackets: `（第12号）`, `（2024年第3号）`)
    let (year, n, rest) = super::doc_number::order_number(unbracket(number.text).unwrap_or(number.text))?;
    if !punct::trim(rest).is_empty() {
        return None;
    }
    let mut out = String::with_capacity(mark.text.len() + 20);
    out.push_str(mark.text);
    if let Some(y) = year {
        super::doc_number::push_decimal(&mut out, y);
        out.push('年');
    }
    out.push('第');
    super::doc_number::push_decimal(&mut out, n);
    out.push('号');
    Some(out)
}

/// Whether line `i`, under a title of minutes (…纪要), is the minutes'
/// number (`〔2025〕第5号`, `第5期`).
fn minutes_under_title(lines: &[Line<'_>], i: usize) -> bool {
    i > 0
        && lines.get(i).is_some_and(|l| super::minutes::number(l.text).is_some())
        && super::minutes::is_minutes_title(lines[i - 1].text)
}

/// The issuing body's mark of a red-headed document (发文机关标志) over its
/// 发文字号 (`某某市人民政府办公室文件`, `中共某某县委办公室　某某县人民政府办公室文件`,
/// `某某省教育厅`): bodies alone on the line, `文件` after them allowed.
/// Read only on a document's first line, when a 发文字号 line follows it.
fn is_masthead(text: &str) -> bool {
    let stem = text.strip_suffix("文件").unwrap_or(text);
    is_title_like(stem, MAX_ISSUER_CHARS)
        && !stem.starts_with("关于")
        && !stem.bytes().any(|b| b.is_ascii_digit())
        && issuer_parts(stem).all(is_body_name)
}

/// Whether a line's last character may end an issuing body's mark
/// ([`is_masthead`]: 文件, or a body's name — 局 厅 委 部 办 府 院 会 室 署 央,
/// 中心, 小组, 银行, 合作社, 所, 站, 队, 处, 科): a cheap test before the
/// lines under a document's first are tried as more of its mark.
fn ends_as_mark(text: &str) -> bool {
    text.chars().next_back().is_some_and(|c| {
        crate::clean::is_body_end(c) || matches!(c, '件' | '心' | '组' | '行' | '社' | '所' | '站' | '队' | '处' | '科')
    })
}

/// The class of a standard printed over its number on its cover
/// (`中华人民共和国国家标准`, `某某省地方标准`, `农业行业标准`, `团体标准`):
/// a short line of ideographs ending in one of the classes.
fn is_standard_class(text: &str) -> bool {
    const CLASSES: [&str; 5] = ["国家标准", "行业标准", "地方标准", "团体标准", "企业标准"];
    CLASSES.iter().any(|c| text.ends_with(c)) && super::chars_in(text, 4, 20) && super::all_ideographs(text)
}

/// A standard's number alone on its line (`GB/T 1.1—2020`,
/// `DB00/T 1234—2024`, `T/CECS 123-2021`): Latin capitals first, then
/// only Latin letters, digits, `/` `.` and spaces up to a dash and a
/// four-digit year that end the line.
fn standard_number(text: &str) -> Option<Cow<'_, str>> {
    const MAX: usize = 40;
    let b = text.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase)
        || b.len() > MAX
        || b.len() < 8
        || !b[b.len() - 4..].iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    // (the last four bytes are ASCII: a character boundary)
    let head = &text[..text.len() - 4];
    let head = head.strip_suffix(|c: char| c == '-' || punct::is_range_mark(c))?;
    let ok = head.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | ' ') || c == '\u{3000}')
        && head.bytes().any(|c| c.is_ascii_digit());
    ok.then_some(Cow::Borrowed(text))
}

/// Joint issuers on the first line of the title, the rest of it under them
/// (`中共某某县委　某某县人民政府` / `关于表彰…的决定`): the title's first line,
/// not a line that ends a title above it.
fn issuers_over_title(lines: &[Line<'_>], i: usize, first: bool) -> bool {
    first && is_issuers_line(lines[i].text) && lines.get(i + 1).is_some_and(|l| l.text.starts_with("关于"))
}

/// Most body lines of a covering notice signed with no date.
const MAX_COVERING_BODY: usize = 6;

/// The signature line of a covering notice that has no date: within the
/// first few lines of the body, after a body that 印发/转发 a document and
/// ends a sentence, a line naming bodies and then the covered document's
/// title (`…现印发给你们，请按照执行。` / `某区人民政府办公室` / `关于…`).
fn undated_covering_signature(lines: &[Line<'_>], body_start: usize) -> Option<usize> {
    let end = lines.len().min(body_start + MAX_COVERING_BODY + 1);
    let s =
        (body_start + 1..end).find(|&s| is_issuer(lines[s].text) && issuer_parts(lines[s].text).all(is_body_name))?;
    let body = &lines[body_start..s];
    let covers = body.iter().any(|l| ["印发", "转发", "发给你们"].iter().any(|w| l.text.contains(w)));
    let ended = body.last().is_some_and(|l| l.text.ends_with(punct::JUHAO));
    let title_next = lines.get(s + 1).is_some_and(|l| is_title_like(l.text, MAX_TITLE_CHARS));
    (covers && ended && title_next).then_some(s)
}

/// Whether a 成文日期 written in numbers (`2023-05-10`, `2023.5.10`,
/// `2023/5/10`: [`numeric_date_line`]) on line `d` is read: only as a
/// signature's, as tables and prose hold such dates too: under an issuer
/// line that names
/// bodies, which follows a sentence's end, a closing formula, another
/// issuer line or the head; then the end of the text, a note, a contact,
/// a 附件 line or a title (a covered document's), no number alone (a
/// table's next row).
fn signed_numeric_date(lines: &[Line<'_>], body_start: usize, d: usize) -> bool {
    let Some(s) = d.checked_sub(1).filter(|&s| s >= body_start) else { return false };
    let issuer = lines[s].text;
    if !(is_issuer(issuer) && issuer_parts(issuer).all(is_body_name)) {
        return false;
    }
    let after_text = s == body_start || {
        let p = lines[s - 1].text;
        p.ends_with([punct::JUHAO, punct::FW_EXCLAMATION])
            || is_closing(p)
            || (is_issuer(p) && issuer_parts(p).all(is_body_name))
    };
    let then = lines.get(d + 1).is_none_or(|l| {
        is_note(l.text)
            || super::contact::is_contact(l.text)
            || super::attachment::attach_line(l.text).is_some()
            || (is_title_like(l.text, MAX_TITLE_CHARS) && !l.text.bytes().all(|b| b.is_ascii_digit()))
    });
    after_text && then
}

/// Locate the frame in `lines`.
pub(crate) fn frame<'c>(lines: &[Line<'c>]) -> Frame<'c> {
    let n = lines.len();
    let mut f = Frame::default();
    // the marks over the issuing body's mark (份号, 密级, 紧急程度), passed
    // over: the head is read under them
    let top = super::head_marks::leading(lines.iter().map(|l| l.text));
    f.marks = 0..top;
    let head = &lines[top..];
    let mut i = top;
    // (the 签发人 lines under a 发文字号 line, from line `k` of the head)
    let signers = |k: usize| super::head_marks::signers(head[k.min(head.len())..].iter().map(|l| l.text));
    // a 发文字号 printed above the title
    let number_first = head.first().and_then(|l| doc_number_line(l.text).or_else(|| bracketed_doc_number(l.text)));
    // (or under the issuing body's mark of a red-headed document)
    // (or a standard's number under its class, `某某省地方标准` /
    // `DB00/T 1234—2024`, on the cover of a standard)
    // (a standard's classification codes over its class: `ICS 13.020`,
    // `CCS Z 00`, `DB31`; tried on a first line that opens with a Latin
    // capital or 中国标准文献分类号 / 备案号)
    let codes = match head.first().map(|l| l.text.as_bytes()) {
        Some([b, ..]) if b.is_ascii_uppercase() || *b == 0xE4 || *b == 0xE5 => {
            super::cover::codes(head.iter().map(|l| l.text), is_standard_class)
        }
        _ => 0,
    };
    // the mark's lines (joint issuers' marks one a line, `中共某某县委员会` /
    // `某某县人民政府文件`), the 发文字号 under them, the 签发人 lines under
    // it and whether it is a standard's cover
    let under_masthead = || {
        let rest = &head[codes..];
        // (the number: the first of the next lines that ends in 号, a byte
        // compare, under marks on every line above it)
        let masthead = match codes {
            0 => (1..rest.len().min(MAX_ISSUERS + 1))
                .map(|k| (k, punct::trim(rest[k].text)))
                .take_while(|&(k, t)| k == 1 || ends_as_mark(punct::trim(rest[k - 1].text)) || t.ends_with('号'))
                .find(|(_, t)| t.ends_with('号'))
                .map(|(k, _)| k),
            _ => None,
        };
        let masthead = masthead.and_then(|k| {
            doc_number_line(rest[k].text).filter(|_| rest[..k].iter().all(|l| is_masthead(l.text))).map(|n| (k, n))
        });
        let (marks, num, standard) = match masthead {
            Some((k, num)) => (k, num, false),
            None => {
                let [mark, number, ..] = rest else { return None };
                (1, standard_number(number.text).filter(|_| is_standard_class(mark.text))?, true)
            }
        };
        let sig = if standard { 0 } else { signers(codes + marks + 1) };
        let next = rest.get(marks + 1 + sig)?;
        // (a standard's title under the number it replaces)
        let next = match standard && super::cover::is_replaced(next.text) {
            true => rest.get(marks + 2)?,
            false => next,
        };
        (is_title_like(next.text, MAX_TITLE_CHARS) && !is_addressee(next.text)).then_some((marks, num, standard, sig))
    };
    if let Some((num, sig)) = number_first
        .map(|num| (num, signers(1)))
        .filter(|&(_, sig)| head.get(1 + sig).is_some_and(|l| is_title_like(l.text, MAX_TITLE_CHARS)))
    {
        f.doc_number = Some((top, num));
        f.signers = top + 1..top + 1 + sig;
        i = top + 1 + sig;
    } else if let Some((marks, num, standard, sig)) = under_masthead() {
        let at = top + codes;
        f.masthead = Some(at..at + marks);
        f.doc_number = Some((at + marks, num));
        f.signers = at + marks + 1..at + marks + 1 + sig;
        f.codes = top..at;
        f.standard = standard;
        i = at + marks + 1 + sig;
        if standard && super::cover::is_replaced(lines[i].text) {
            f.replaced = Some(i);
            i += 1;
        }
    } else if let Some(num) = order_head(head) {
        // an order: its mark, then 第N号 on a line of its own
        f.order_mark = Some(top);
        f.doc_number = Some((top + 1, Cow::Owned(num)));
        i = top + 2;
    } else if let Some(num) =
        head.get(1..).and_then(order_head).filter(|_| is_title_like(head[0].text, MAX_TITLE_CHARS))
    {
        // a web page's title over the order it prints (the title of the
        // decision, then 中华人民共和国国务院令 / 第790号)
        f.head_title.push(top);
        f.order_mark = Some(top + 1);
        f.doc_number = Some((top + 2, Cow::Owned(num)));
        i = top + 3;
    }
    let head_start = i;
    while i < n
        && f.head_title.len() < MAX_TITLE_LINES
        && is_title_like(lines[i].text, MAX_TITLE_CHARS)
        && !is_addressee(lines[i].text)
        && (!ends_title(lines[i].text) || issuers_over_title(lines, i, f.head_title.is_empty()))
        && adoption::note_lines(lines[i..].iter().map(|l| l.text)) == 0
        && !(i > head_start && minutes_under_title(lines, i))
        // (the task cell that opens a table's header with no 序号, 工作任务,
        // under the title is no line of it)
        && !(i > head_start && super::table::unnumbered_start(lines[i].text))
        // (nor a part's heading in lenticular brackets, 【总体要求】)
        && !(i > head_start && is_lenticular_heading(lines[i].text))
        // (a standard's English title, dates and issuing body under its
        // title)
        && !(f.standard && i > head_start && super::cover::is_under_title(lines[i].text))
    {
        if f.head_title.last().is_some_and(|&p| lines[p].text == lines[i].text) {
            if f.duplicates.len() <= super::MAX_PER_CODE {
                f.duplicates.push(i);
            } else {
                f.more_duplicates += 1;
            }
        } else {
            f.head_title.push(i);
        }
        i += 1;
    }
    if f.standard {
        let end = (i..n).find(|&k| !super::cover::is_under_title(lines[k].text)).unwrap_or(n);
        f.under_title = i..end;
    }
    // an announcement's or 通告's mark with no title under its number
    // (`某某市指挥部通告` / `（第12号）` / `为…`) is its title too; an order's
    // mark never is
    if let Some(m) =
        f.order_mark.filter(|&m| f.head_title.is_empty() && i == head_start && !lines[m].text.ends_with('令'))
    {
        f.head_title.push(m);
        f.order_mark = None;
    }
    if f.doc_number.is_some() {
        // read above the title
    } else if i > head_start && minutes_under_title(lines, i) {
        // minutes: their number, then the office and date of the head
        f.doc_number = super::minutes::number(lines[i].text).map(|n| (i, n));
        i += 1;
        let dated = |k: usize| lines.get(k).and_then(|l| date_line(l.text));
        if let Some(d) = dated(i) {
            f.head_date = Some((i, d));
            i += 1;
        } else if let Some(d) = dated(i + 1).filter(|_| is_issuer(lines[i].text)) {
            f.issuers = i..i + 1;
            f.notes = i + 2..i + 2;
            f.head_date = Some((i + 1, d));
            i += 2;
        }
    } else if let Some(num) =
        lines.get(i).and_then(|l| doc_number_line(l.text).or_else(|| bracketed_doc_number(l.text)))
    {
        f.doc_number = Some((i, num));
        i += 1;
        // (the 签发人 of a request under a title printed over its number)
        let sig = signers(i - top);
        f.signers = i..i + sig;
        i += sig;
        // a 成文日期 in brackets under the 发文字号 (国发〔1990〕65号 /
        // （一九九〇年十二月五日）)
        if let Some(d) = lines.get(i).and_then(|l| bracketed_date(l.text)) {
            f.head_date = Some((i, d));
            i += 1;
        }
    } else if let Some(d) = lines.get(i).and_then(|l| bracketed_date(l.text)) {
        f.head_date = Some((i, d));
        i += 1;
    } else if let Some((num, d)) = lines.get(i).and_then(|l| bracketed_number_and_date(l.text)) {
        f.doc_number = Some((i, num));
        f.head_date = Some((i, d));
        i += 1;
    } else {
        // the promulgation line and adoption notes, in any order
        while let Some(l) = lines.get(i) {
            let k = match promulgation_line(l.text) {
                Some((d, num)) if f.promulgation.is_none() => {
                    f.promulgation = Some((i, d, num));
                    1
                }
                _ => adoption::note_lines(lines[i..].iter().map(|l| l.text)),
            };
            if k == 0 {
                break;
            }
            f.adopted.push(i..i + k);
            i += k;
        }
    }
    if lines.get(i).is_some_and(|l| is_addressee(l.text)) {
        f.addressee = Some(i);
        i += 1;
    } else if let [a, b, ..] = &lines[i.min(n)..] {
        if is_wrapped_addressee(a.text, b.text) {
            f.addressee_wrapped = Some(i);
            f.addressee = Some(i + 1);
            i += 2;
        }
    }
    let body_start = i;
    // the first date line after the head closes the signature (a date in
    // a cell of a task table flattened one cell per line is none; a date
    // written in numbers only as a signature's: see [`signed_numeric_date`])
    let mut table = None;
    let date = (body_start..n).find_map(|d| {
        let t = lines[d].text;
        let v = date_line(t).or_else(|| numeric_date_line(t).filter(|_| signed_numeric_date(lines, body_start, d)))?;
        let header = *table.get_or_insert_with(|| flattened_header(lines, body_start));
        (!header.is_some_and(|h| in_flattened_table(lines, h, d))).then_some((d, v))
    });
    let Some((d, value)) = date else {
        if let Some(s) = f.addressee.and_then(|_| undated_covering_signature(lines, body_start)) {
            f.covering = true;
            f.body = body_start..s;
            f.issuers = s..s + 1;
            f.notes = s + 1..s + 1;
            f.main = [s + 1..n, n..n];
            return f;
        }
        f.body = body_start..body_start;
        // dated under its title, a document is signed at its end with no
        // date: a last line that names a body is its signature
        let signed = f.head_date.is_some()
            && n > body_start + 1
            && is_issuer(lines[n - 1].text)
            && issuer_parts(lines[n - 1].text).all(is_body_name);
        let s = if signed { n - 1 } else { n };
        if signed || f.issuers.is_empty() {
            f.issuers = if signed { s..n } else { body_start..body_start };
            f.notes = n..n;
        }
        f.main = [body_start..s, n..n];
        return f;
    };
    let mut s = d;
    while s > body_start && d - s < MAX_ISSUERS && is_issuer(lines[s - 1].text) {
        s -= 1;
    }
    let mut e = d + 1;
    // (and the contact lines a request prints there: （联系人：赵某，电话：…）,
    // and 公开属性 lines: 公开方式：主动公开)
    while e < n
        && (is_note(lines[e].text)
            || super::contact::is_contact(lines[e].text)
            || super::publicity::is_publicity(lines[e].text))
    {
        e += 1;
    }
    f.date = Some((d, value));
    f.issuers = s..d;
    f.notes = d + 1..e;
    f.contacts = super::contact::before_signature(lines, body_start, s);
    let framed_structure = (body_start..s).any(|k| is_structural_heading(lines[k].text));
    // (nothing after the signature: a notice that issues a document printed
    // without it covers none the less, see [`issues_unprinted`])
    let follows = e < n || (!framed_structure && issues_unprinted(lines, &f.head_title, body_start..s));
    f.covering = !framed_structure && follows && (f.addressee.is_some() || f.doc_number.is_some() || s > body_start);
    if f.covering {
        f.body = body_start..s;
        f.main = [e..n, n..n];
    } else {
        f.body = body_start..body_start;
        f.main = [body_start..s, e..n];
    }
    f
}

/// Most lines of the body of a notice that issues a document printed
/// without it (`现予以印发，请认真按照执行。` / `特此通知。`).
const MAX_UNPRINTED_BODY: usize = 4;

/// Verbs by which a notice issues the document it covers, in its title and
/// in its body (发布, 公布 also publish what the notice itself holds: a 名单).
const COVERING_VERBS: [&str; 2] = ["印发", "转发"];

/// Whether a notice signed at the end of the text issues a document that is
/// not printed with it: its title issues one (`关于印发《某某方案》的通知`,
/// ending in 的通知), and its short body says so (`现予以印发` `现印发给你们`).
/// Its body is then the notice's and no main text: the document has no title
/// of its own.
fn issues_unprinted(lines: &[Line<'_>], title: &[usize], body: Range<usize>) -> bool {
    let issues = |t: &str| COVERING_VERBS.iter().any(|v| t.contains(v));
    !body.is_empty()
        && body.len() <= MAX_UNPRINTED_BODY
        && title.last().is_some_and(|&l| lines[l].text.ends_with(NOTICE_ENDING))
        && title.iter().any(|&l| issues(lines[l].text))
        && lines[body].iter().any(|l| issues(l.text))
}

/// Most columns of a table flattened one cell per line.
const MAX_FLAT_COLUMNS: usize = 12;

/// Whether a line is a row's number in a flattened table: one to three
/// digits alone (`1`, `12`).
fn is_row_number(text: &str) -> bool {
    (1..=3).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// The line of the first flattened table's 序号 header from `from` on, when
/// a row number follows its header within [`MAX_FLAT_COLUMNS`] lines, and
/// the number of its columns (the header's lines).
fn flattened_header(lines: &[Line<'_>], from: usize) -> Option<(usize, usize)> {
    let h = (from..lines.len()).find(|&k| matches!(lines[k].text, "序号" | "序 号" | "编号"))?;
    let width = lines[h..].iter().take(MAX_FLAT_COLUMNS + 1).position(|l| is_row_number(l.text))?;
    (width >= 2).then_some((h, width))
}

/// Whether line `d` is a cell of the flattened table whose header is at
/// `header` (its line and width): below the header, a row number at most
/// a row's width above it.
fn in_flattened_table(lines: &[Line<'_>], (h, width): (usize, usize), d: usize) -> bool {
    d > h + width && (d.saturating_sub(width - 1)..d).any(|k| is_row_number(lines[k].text))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::source::test_lines as lines;

    #[test]
    fn a_table_row_is_no_line_of_a_title() {
        assert!(is_title_like("某某县2025年度重点任务台账", MAX_TITLE_CHARS));
        assert!(!is_title_like("序号\t重点任务\t牵头单位", MAX_TITLE_CHARS));
        assert!(!is_title_like("| 序号 | 重点任务 |", MAX_TITLE_CHARS));
    }

    #[test]
    fn addressee_lines() {
        assert!(is_addressee("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："));
        assert!(is_addressee("四川省人民政府："));
        assert!(is_addressee(
            "中央和国家机关有关部门、有关直属机构,各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委,全国工商联:"
        ));
        assert!(!is_addressee("现提出如下意见。"));
        assert!(!is_addressee("第五条 下列不动产权利，依照本条例的规定办理登记："));
        assert!(!is_addressee("为贯彻落实《指导意见》等精神，现就本市系统化全域推进海绵城市建设提出实施意见如下："));
        assert!(!is_addressee("："));
        // the sentence leading into a decision's provisions
        assert!(!is_addressee(
            "为了加强生态环境保护，推进美丽成都建设，根据有关法律、法规，结合本市实际，作如下决定："
        ));
        assert!(!is_addressee("根据有关法律法规，结合本市实际，现通告如下："));
        assert!(!is_addressee("经市人民政府同意，现将有关事项公告如下："));
        assert!(!is_addressee("、："));
        assert!(!is_addressee("附件："));
        // the speakers of a transcript, a question and its answer
        for t in
            ["主持人：", "某某日报记者：", "省发展改革委副主任：", "市应急管理局局长：", "新闻发言人：", "问：", "答："]
        {
            assert!(!is_addressee(t), "{t}");
        }
        assert!(is_addressee("各单位负责人："));
        // a standard's cover and its foreword
        for t in ["GB/T 1.1—2020", "DB00/T 1234—2024", "T/CECS 123-2021", "GB 50180-2018"] {
            assert!(standard_number(t).is_some(), "{t}");
        }
        for t in ["2021—2035", "GB", "关于2024年", "DB00/T 1234—2024年", "V2.1-2024 版本"] {
            assert!(standard_number(t).is_none(), "{t}");
        }
        assert!(is_standard_class("某某省地方标准") && is_standard_class("中华人民共和国国家标准"));
        assert!(!is_standard_class("标准") && !is_standard_class("关于提高补助标准"));
        for t in ["前言", "前　　言", "引 言", "序言"] {
            assert!(is_foreword(t) && ends_title(t), "{t}");
        }
        assert!(!is_foreword("前言部分") && !is_foreword("言"));
        assert!(!is_addressee("2025年全市卫生健康工作的总体要求是："));
        assert!(!is_addressee("今年工作的总体思路是："));
        assert!(is_addressee("各区人民政府，市政府各部门："));
    }

    #[test]
    fn wrapped_addressee_lines() {
        assert!(is_wrapped_addressee("各乡镇人民政府、街道办事处，县政府各部门、各直属机构，", "县属各国有企业："));
        assert!(is_wrapped_addressee("各省、自治区、直辖市人民政府，国务院各部委、", "各直属机构："));
        // a sentence ending in a comma, or no addressee under it
        assert!(!is_wrapped_addressee(
            "为切实做好今年秋冬季大气污染防治工作，经县政府同意，",
            "现将有关事项通知如下："
        ));
        assert!(!is_wrapped_addressee("各乡镇人民政府，", "为做好工作，现通知如下。"));
        assert!(!is_wrapped_addressee("各乡镇人民政府", "县属各国有企业："));
        let ls = lines(
            "某县人民政府办公室关于做好工作的通知\n某政办发〔2025〕40号\n各乡镇人民政府，县政府各部门，\n县属各国有企业：\n正文。\n某县人民政府办公室\n2025年10月9日\n",
        );
        let f = frame(&ls);
        assert_eq!((f.addressee_wrapped, f.addressee), (Some(2), Some(3)));
    }

    #[test]
    fn signatories_of_orders() {
        assert!(is_signatory("市长：汤飞帆"));
        assert!(is_signatory("省长: 王浩"));
        assert!(is_signatory("州长：阿布·买买提"));
        assert!(!is_signatory("附件：名单"));
        assert!(!is_signatory("联系人：张三"));
        assert!(!is_signatory("市长：负责全市工作的统筹协调。"));
        // the office before the colon read first: white space around it,
        // two to four ideographs
        assert!(is_signatory("　市长　：　汤飞帆"));
        for s in ["长：汤飞帆", "自治区主席：王浩", "市 长：王浩", "市长，王浩：", "市长王浩"]
        {
            assert!(!office_then_colon(s) && !is_signatory(s), "{s}");
        }
        // the test is all is_signatory asks before its first colon
        for s in ["市长：汤飞帆", "省长: 王浩", "　市长　：　汤飞帆", "州长：阿布·买买提", "联系人：张三"]
        {
            assert!(office_then_colon(s), "{s}");
        }
        assert!(is_issuer("市长：汤飞帆"));
    }

    #[test]
    fn a_signature_s_date_in_numbers() {
        let f =
            frame(&lines("某市人民政府关于某某工作的通知\n各区人民政府：\n请做好某某工作。\n某市人民政府\n2023-05-10"));
        assert_eq!((f.issuers.clone(), f.date.map(|d| d.1.iso())), (3..4, Some("2023-05-10".to_string())));
        // over a covered document's title
        let f = frame(&lines(
            "关于印发某某方案的通知\n各区人民政府：\n现印发给你们。\n某市人民政府\n2023.5.10\n某某方案\n一、总体要求",
        ));
        assert_eq!((f.date.map(|d| d.0), f.covering), (Some(4), true));
        // a table's cells: a body, then a date, then the next row's number;
        // or no body above it; or prose that ends no sentence above the body
        for text in [
            "某某工作台账\n各区人民政府：\n请做好工作。\n市财政局\n2023-06-30\n2\n完成汇总。",
            "某某工作台账\n各区人民政府：\n请做好工作。\n2023-06-30",
            "某某工作台账\n各区人民政府：\n完成时限\n市财政局\n2023-06-30",
        ] {
            assert_eq!(frame(&lines(text)).date, None, "{text}");
        }
    }

    #[test]
    fn promulgation_and_notes() {
        let (d, n) = promulgation_line("2014年11月24日中华人民共和国国务院令第656号公布").unwrap();
        assert_eq!((d.iso().as_str(), n.as_ref()), ("2014-11-24", "中华人民共和国国务院令第656号"));
        assert!(promulgation_line("2014年11月24日国办发〔2014〕1号").is_none());
        // a revised text issued by the order, its amendment note going on
        // on the next line after its first word
        for text in ["2012年12月13日 某部令第127号修订发布。根据", "2012年12月13日 某部令第127号修订公布"]
        {
            let (d, n) = promulgation_line(text).unwrap();
            assert_eq!((d.iso().as_str(), n.as_ref()), ("2012-12-13", "某部令第127号"), "{text}");
        }
        // an amendment alone, or a sentence after the verb, is none
        for text in [
            "2019年4月3日 某国务院令第711号修订",
            "2012年12月13日 某部令第127号发布。根据需要修改",
            "2012年12月13日 某部令第127号修订发布根据",
        ] {
            assert!(promulgation_line(text).is_none(), "{text}");
        }
        assert!(is_note("（此件公开发布）") && is_note("(本文有删减)"));
        assert!(!is_note("（公安部、发展改革委等负责）") && !is_note("（一）指导思想"));
    }

    #[test]
    fn issued_titles() {
        assert_eq!(
            issued_title("某市人民政府办公厅印发《关于加快某某发展的若干意见》"),
            Some("关于加快某某发展的若干意见")
        );
        assert_eq!(issued_title("某区人民政府办公室印发《某某工作意见》的通知"), Some("某某工作意见"));
        assert_eq!(issued_title("关于转发《某某办法》的通知"), Some("某某办法"));
        // the 《》 cites, or more follows it, or two documents are issued
        assert_eq!(issued_title("关于贯彻落实《某某规划》的实施意见"), None);
        assert_eq!(issued_title("关于印发《某某方案》等文件的通知"), None);
        assert_eq!(issued_title("某某局印发《甲方案》《乙方案》"), None);
        assert_eq!(issued_title("关于印发某某方案的通知"), None);
        assert_eq!(issued_title("印发《》"), None);
        assert_eq!(issued_title("印发《某某方案"), None);
    }

    #[test]
    fn covering_notice_frame() {
        let text = "国家发展改革委关于印发《重点任务》的通知\n发改规划〔2022〕371号\n各省发展改革委：\n现将《重点任务》印发给你们。\n国家发展改革委\n2022年3月10日\n（此件公开发布）\n重点任务\n一、总体要求";
        let ls = lines(text);
        let f = frame(&ls);
        assert_eq!(f.head_title, [0]);
        assert_eq!(f.doc_number.as_ref().map(|d| d.1.as_ref()), Some("发改规划〔2022〕371号"));
        assert_eq!(f.addressee, Some(2));
        assert_eq!(f.body, 3..4);
        assert_eq!(f.issuers, 4..5);
        assert_eq!(f.date.map(|d| d.1.iso()).as_deref(), Some("2022-03-10"));
        assert_eq!(f.notes, 6..7);
        assert!(f.covering);
        assert_eq!(f.main, [7..9, 9..9]);
    }

    #[test]
    fn direct_frame_signs_at_the_end() {
        let text = "国务院办公厅关于推进\n政务新媒体健康有序发展的意见\n国办发〔2018〕123号\n各省人民政府：\n为推动发展，现提出如下意见。\n一、总体要求\n（一）指导思想。\n国务院办公厅\n2018年12月7日";
        let ls = lines(text);
        let f = frame(&ls);
        assert_eq!(f.head_title, [0, 1]);
        assert!(!f.covering);
        assert_eq!(f.issuers, 7..8);
        assert_eq!(f.main, [4..7, 9..9]);
    }

    #[test]
    fn repeated_title_and_no_frame() {
        let text = "关于印发方案的通知\n关于印发方案的通知\n各区规划资源局:\n现印发。\n上海市规划和自然资源局\n2026年3月12日\n方案";
        let f = frame(&lines(text));
        assert_eq!((f.head_title.as_slice(), f.duplicates.as_slice()), (&[0][..], &[1][..]));
        let text = "重点任务\n一、总体要求\n（一）指导思想。";
        let f = frame(&lines(text));
        assert!(!f.has_notice());
        assert_eq!(f.head_title, [0]);
        assert_eq!(f.main, [1..3, 3..3]);
    }

    #[test]
    fn joint_issuers_on_one_line() {
        assert_eq!(issuer_parts("市教委　　市财政局").collect::<Vec<_>>(), ["市教委", "市财政局"]);
        assert_eq!(issuer_parts("某省民政厅 某省财政厅").collect::<Vec<_>>(), ["某省民政厅", "某省财政厅"]);
        assert_eq!(issuer_parts("中共中央　国务院").collect::<Vec<_>>(), ["中共中央", "国务院"]);
        assert_eq!(issuer_parts("\u{2003}\u{2003}上海市人民政府办公厅").collect::<Vec<_>>(), ["上海市人民政府办公厅"]);
        // a signature with a person's name, or one spaced-out name, stays one
        assert_eq!(issuer_parts("总理　　李某某").collect::<Vec<_>>(), ["总理　　李某某"]);
        assert_eq!(issuer_parts("国务院").collect::<Vec<_>>(), ["国务院"]);
        assert!(issuer_parts("\u{2003}\u{2003}").next().is_none());
        let text =
            "关于做好某项工作的通知\n各区教育局：\n现印发给你们。\n市教委　　市财政局\n2020年3月1日\n（此件公开发布）";
        let f = frame(&lines(text));
        assert_eq!(f.issuers, 3..4);
    }

    #[test]
    fn bracketed_number_and_date_under_the_title() {
        let text =
            "某省发展改革委关于调整收费标准的通知\n（某价费〔2019〕12号）\n各市发展改革委：\n现将有关事项通知如下。";
        let f = frame(&lines(text));
        assert_eq!(f.head_title, [0]);
        assert_eq!(f.doc_number.as_ref().map(|d| d.1.as_ref()), Some("某价费〔2019〕12号"));
        assert_eq!(f.addressee, Some(2));
        let text = "中共中央 国务院关于做好某项重点工作的意见\n（2023年1月2日）\n做好工作，意义重大。";
        let f = frame(&lines(text));
        assert_eq!(f.head_title, [0]);
        assert_eq!(f.head_date.map(|d| d.1.iso()).as_deref(), Some("2023-01-02"));
        // a 发文字号 above the title
        let text = "某政办函[2013]89号\n某市人民政府办公室关于成立\n某某领导小组的通知\n组长：某某\n某市人民政府办公室\n2013年10月10日";
        let f = frame(&lines(text));
        assert_eq!(f.doc_number.as_ref().map(|d| d.1.as_ref()), Some("某政办函〔2013〕89号"));
        assert_eq!(f.head_title, [1, 2]);
        // a promulgation note: 发文字号 and 成文日期 in one pair of brackets
        let text = "某省人民政府关于同意设立某某区的批复\n（某政函〔2024〕15号　2024年3月1日）\n某市人民政府：\n你市请示收悉。";
        let f = frame(&lines(text));
        assert_eq!(f.head_title, [0]);
        assert_eq!(f.doc_number.as_ref().map(|d| (d.0, d.1.as_ref())), Some((1, "某政函〔2024〕15号")));
        assert_eq!(f.head_date.map(|d| (d.0, d.1.iso())), Some((1, "2024-03-01".to_string())));
        assert_eq!(f.addressee, Some(2));
        assert_eq!(bracketed_date_text("（某政函〔2024〕15号　2024年3月1日）"), Some("2024年3月1日"));
        let (num, d) = bracketed_number_and_date("(2024年3月1日 某政发[2024]3号)").unwrap();
        assert_eq!((num.as_ref(), d.iso().as_str()), ("某政发〔2024〕3号", "2024-03-01"));
        assert!(bracketed_number_and_date("（某政发〔2024〕3号）").is_none());
        assert!(bracketed_number_and_date("（民政部　1997年1月28日）").is_none());
        // a bracketed line that is neither stays in the title
        let text = "某市行动计划\n（2023—2025年）\n一、总体要求";
        let f = frame(&lines(text));
        assert_eq!(f.head_title, [0, 1]);
    }

    #[test]
    fn a_bracketed_date_under_the_doc_number_and_an_undated_signature() {
        let l = lines(
            "某省人民政府关于某某工作的决定\n某政发〔1990〕65号\n（一九九〇年十二月五日）\n一、严格执行某某\n某某。\n某省人民政府",
        );
        let f = frame(&l);
        assert_eq!(f.head_date.map(|d| d.1.iso()).as_deref(), Some("1990-12-05"));
        assert_eq!(f.issuers, 5..6);
        assert_eq!(f.main, [3..5, 6..6]);
        // no date under the title: a last short line is no signature
        let l = lines("某省人民政府关于某某工作的决定\n某政发〔1990〕65号\n一、严格执行某某\n某某。\n某省人民政府");
        assert!(frame(&l).issuers.is_empty());
        assert_eq!(frame(&l).main, [2..5, 5..5]);
        // a last line that names no body is no signature
        let l = lines("某省人民政府关于某某工作的决定\n（一九九〇年十二月五日）\n一、严格执行某某\n某某。\n严格执行");
        assert!(frame(&l).issuers.is_empty());
    }

    #[test]
    fn an_order_mark_and_number_are_its_doc_number() {
        let l = lines(
            "中华人民共和国国务院令\n第　559　号\n《某某条例》已经国务院常务会议通过，现予公布。\n总理　某某\n二○○九年八月十七日\n某某条例",
        );
        let f = frame(&l);
        assert!(f.head_title.is_empty());
        assert_eq!(f.order_mark, Some(0));
        assert_eq!(f.doc_number, Some((1, Cow::Borrowed("中华人民共和国国务院令第559号"))));
    }

    #[test]
    fn marks_numbered_by_year_in_brackets_or_under_a_page_title() {
        // an order numbered by year
        let l = lines(
            "某某部令\n2023年第12号\n《某某规定》已经部务会议通过，现予公布。\n部长　某某\n2023年11月2日\n某某规定",
        );
        let f = frame(&l);
        assert_eq!(f.order_mark, Some(0));
        assert_eq!(f.doc_number, Some((1, Cow::Borrowed("某某部令2023年第12号"))));
        // a page title over the order
        let l = lines(
            "国务院关于修改某某条例的决定\n中华人民共和国国务院令\n第790号\n现公布某某决定。\n总理　某某\n2024年6月20日\n国务院关于修改某某条例的决定",
        );
        let f = frame(&l);
        assert_eq!(f.head_title, [0]);
        assert_eq!(f.order_mark, Some(1));
        assert_eq!(f.doc_number, Some((2, Cow::Borrowed("中华人民共和国国务院令第790号"))));
        // a 通告 mark with no title under its bracketed number is its title
        let l = lines("某某指挥部通告\n（第12号）\n为做好某某工作，现通告如下：\n一、某某。\n某某指挥部\n2022年4月2日");
        let f = frame(&l);
        assert_eq!(f.head_title, [0]);
        assert_eq!(f.order_mark, None);
        assert_eq!(f.doc_number, Some((1, Cow::Borrowed("某某指挥部通告第12号"))));
        // an announcement's mark over its number and its own title
        let l = lines(
            "某某总局公告\n2024年第3号\n某某总局关于某某事项的公告\n现将有关事项公告如下：\n一、某某。\n某某总局\n2024年3月28日",
        );
        let f = frame(&l);
        assert_eq!(f.head_title, [2]);
        assert_eq!(f.order_mark, Some(0));
    }

    /// A red-headed document's mark (发文机关标志) over its 发文字号, the
    /// title broken over lines under them (PDF text).
    #[test]
    fn a_masthead_over_the_doc_number() {
        let text = "某某市人民政府办公室文件\n某政办发〔2025〕8号\n某某市人民政府办公室\n关于印发某某方案的通知\n各区人民政府：\n现将《某某方案》印发给你们。\n某某市人民政府办公室\n2025年4月10日\n某某方案\n一、总体要求";
        let f = frame(&lines(text));
        assert_eq!(f.masthead, Some(0..1));
        assert_eq!(f.doc_number.as_ref().map(|d| d.1.as_ref()), Some("某政办发〔2025〕8号"));
        assert_eq!(f.head_title, [2, 3]);
        assert_eq!(f.addressee, Some(4));
        assert!(f.covering);
        // joint issuers' mark, with no 文件
        let text = "中共某某县委办公室　某某县人民政府办公室\n某委办发〔2025〕3号\n关于某某工作的通知\n各乡镇党委、政府：\n请做好某某工作。\n某某县人民政府办公室\n2025年1月2日";
        let f = frame(&lines(text));
        assert_eq!((f.masthead, f.head_title.as_slice()), (Some(0..1), &[2][..]));
        // a title over a number is no masthead
        let text = "关于某某工作的通知\n某政办发〔2025〕8号\n各区人民政府：\n请做好某某工作。\n某某市人民政府办公室\n2025年4月10日";
        let f = frame(&lines(text));
        assert_eq!((f.masthead, f.head_title.as_slice()), (None, &[0][..]));
        assert!(is_masthead("某某市人民政府办公室文件") && !is_masthead("关于某某工作的通知"));
    }

    #[test]
    fn a_covering_notice_signed_with_no_date() {
        let text = "某区人民政府办公室印发关于某某工作的实施意见的通知\n区政府各部门、各街道办事处：\n《关于某某工作的实施意见》已经区政府同意，现印发给你们，请按照执行。\n某区人民政府办公室\n关于某某工作的\n实施意见\n一、某某。";
        let f = frame(&lines(text));
        assert!(f.covering);
        assert_eq!((f.body.clone(), f.issuers.clone(), f.main.clone()), (2..3, 3..4, [4..7, 7..7]));
        // no 印发/转发: the short line is no signature
        let text = "某区人民政府办公室关于某某工作的通知\n区政府各部门：\n请做好某某工作。\n某区人民政府办公室\n关于某某\n一、某某。";
        assert!(!frame(&lines(text)).covering);
    }

    #[test]
    fn a_notice_that_issues_a_document_not_printed_with_it() {
        // nothing after the signature: the body is the notice's, no main text
        let text = "关于印发《某某街道某某项目方案》的通知\n各科办、各居民区：\n《某某项目方案》已经行政办公会讨论通过，现予以印发，请认真按照执行。\n特此通知。\n某某街道办事处\n2024年6月15日";
        let f = frame(&lines(text));
        assert!(f.covering);
        assert_eq!((f.body.clone(), f.issuers.clone(), f.main.clone()), (2..4, 4..5, [6..6, 6..6]));
        // 转发, and no addressee
        let text = "某区人民政府办公室关于转发《某某办法》的通知\n现将《某某办法》转发给你们，请遵照执行。\n某区人民政府办公室\n2024年6月15日";
        assert!(frame(&lines(text)).covering);
        // a notice that issues nothing is the document itself
        let text = "关于做好某某工作的通知\n各居民区：\n请做好某某工作，按时报送。\n某某街道办事处\n2024年6月15日";
        let f = frame(&lines(text));
        assert!(!f.covering);
        assert_eq!(f.main, [2..3, 5..5]);
        // a title that issues, a body that does not say so (a 名单 it
        // publishes itself, or text the title only names)
        let text = "关于印发某某名单的通知\n各居民区：\n经评审，以下单位入选。\n某某街道办事处\n2024年6月15日";
        assert!(!frame(&lines(text)).covering);
        // a body too long to be a covering notice's
        let text = "关于印发《某某方案》的通知\n各居民区：\n现予以印发。\n一是加强领导。\n二是落实责任。\n三是强化保障。\n四是加强宣传。\n某某街道办事处\n2024年6月15日";
        assert!(!frame(&lines(text)).covering);
    }

    #[test]
    fn issuers_named_by_a_title() {
        let all = |t: &'static str| title_issuers(t).map(Iterator::collect::<Vec<_>>);
        assert_eq!(all("中共中央 国务院关于做好某某重点工作的意见"), Some(vec!["中共中央", "国务院"]));
        assert_eq!(
            all("中共中央办公厅\u{3000}国务院办公厅关于某某的意见"),
            Some(vec!["中共中央办公厅", "国务院办公厅"])
        );
        assert_eq!(all("国务院关于某某的决定"), Some(vec!["国务院"]));
        assert_eq!(all("关于做好某某工作的意见"), None);
        assert_eq!(all("进一步做好某某工作关于某某的意见"), None);
    }

    #[test]
    fn a_line_of_joint_issuers_ends_the_title() {
        assert!(is_issuers_line("交通运输部\u{3000}中央政法委\u{3000}公安部"));
        assert!(is_issuers_line("某省民政厅 某省财政厅"));
        assert!(!is_issuers_line("中共中央 国务院关于加强某某工作的意见"));
        assert!(!is_issuers_line("交通运输部"));
        assert!(!is_issuers_line("关于加强 某某工作的意见"));
    }

    #[test]
    fn adoption_notes_end_the_title() {
        let text = "某省某某条例\n（2019年5月30日某省第十三届人民代表大会常务委员会第十二次会议通过）\n第一章　总则\n第一条　为了规范管理，制定本条例。";
        let f = frame(&lines(text));
        assert_eq!(f.head_title, [0]);
        assert_eq!(f.adopted.len(), 1);
        assert_eq!(f.adopted[0], 1..2);
        assert!(!f.has_notice());
        assert_eq!(f.main, [2..4, 4..4]);
        let text = "某某办法\n2019年4月20日 某部令第7号公布\n2019年9月1日 施行\n第一条　为了规范管理，制定本办法。";
        let f = frame(&lines(text));
        assert_eq!((f.head_title.as_slice(), f.adopted.as_slice()), (&[0][..], &[1..2, 2..3][..]));
        assert_eq!(f.promulgation.as_ref().map(|p| p.2.as_ref()), Some("某部令第7号"));
        // a revised text issued by an order, the amendment note going on on
        // the next line: the frame's order, two notes
        let text = "某某程序规定
2012年12月13日 某部令第127号修订发布。根据
2020年07月20日 某部令第159号《某部关于修改〈某某程序规定〉的决定》修正）
第一章　总则
第一条　为了规范程序，制定本规定。";
        let f = frame(&lines(text));
        assert_eq!((f.head_title.as_slice(), f.adopted.len()), (&[0][..], 2));
        assert_eq!(f.promulgation.as_ref().map(|p| p.2.as_ref()), Some("某部令第127号"));
        // a note wrapped over two lines
        let text = "某某规则\n（2004年6月16日国务院\n第54次常务会议修订通过）\n第一章　总则";
        let f = frame(&lines(text));
        assert_eq!((f.head_title.as_slice(), f.adopted.len()), (&[0][..], 1));
        assert_eq!(f.adopted[0], 1..3);
        // a transmitted document's signature in brackets is no part of its title
        assert!(bracketed_signature("（民政部　1997年1月28日）"));
        assert!(!bracketed_signature("（2021—2025年）") && !bracketed_signature("（试行）"));
    }

    #[test]
    fn lenticular_headings() {
        assert!(is_lenticular_heading("【总体要求】") && is_lenticular_heading("【重点任务】"));
        assert!(!is_lenticular_heading("【】") && !is_lenticular_heading("【打印】【关闭】"));
        assert!(!is_lenticular_heading("【总体要求】坚持稳中求进。") && !is_lenticular_heading("某发【2026】3号"));
        let text = "某某县2026年工作要点\n【总体要求】\n坚持稳中求进。\n【重点任务】\n1.深化改革。";
        assert_eq!(frame(&lines(text)).head_title, [0]);
    }

    #[test]
    fn closing_formulas() {
        for c in [
            "特此通知。",
            "特此公告",
            "特此批复。",
            "特此函复。",
            "特此通报。",
            "此复。",
            "此函",
            "特此报告。",
            // requests and reports
            "妥否，请批示。",
            "当否，请批复。",
            "可否，请审批。",
            "以上请示妥否，请批示。",
            "以上报告，请审阅。",
            "特此请示，请予批准。",
            "专此报告。",
            "以上报告如无不妥，请批转各乡镇、各有关部门执行。",
            "以上意见如无不妥，请批转各地执行。",
        ] {
            assert!(is_closing(c), "{c}");
        }
        for c in [
            "特此通知如下：",
            "特此通知，请遵照执行。",
            "此项工作由市局负责。",
            "特别强调。",
            "特此。",
            "以上措施自2025年1月1日起施行。",
            "以上工作要于6月底前完成。",
            "当前，各地要加快工作进度。",
            "可否参照执行，由各地确定。",
            "妥善处置突发事件。",
            "以上报告如无不妥，请研究。",
        ] {
            assert!(!is_closing(c), "{c}");
        }
    }

    #[test]
    fn the_head_of_minutes() {
        // number, then office and date on lines of their own (the inline
        // pass cuts them apart when they share one)
        let text = "某区人民政府常务会议纪要\n〔2025〕第5号\n某区人民政府办公室\n2025年3月12日\n2025年3月10日，区长主持召开会议。\n一、关于某某工作\n会议议定：区住建局牵头。";
        let f = frame(&lines(text));
        assert_eq!(f.head_title, [0]);
        assert_eq!(f.doc_number.as_ref().map(|d| (d.0, d.1.as_ref())), Some((1, "〔2025〕第5号")));
        assert_eq!((f.issuers.clone(), f.head_date.map(|d| d.0)), (2..3, Some(3)));
        assert!(!f.covering);
        // a number alone, no office: the date under it
        let f = frame(&lines("某县专题会议纪要\n第3期\n2025年3月12日\n会议研究了某某工作。"));
        assert_eq!((f.head_title.as_slice(), f.head_date.map(|d| d.0)), (&[0][..], Some(2)));
        // under a title that is no minutes, the number is a title line
        let f = frame(&lines("某区人民政府工作简报\n第3期\n某某工作进展顺利。"));
        assert_eq!(f.head_title, [0, 1]);
    }

    #[test]
    fn the_author_under_a_transmitted_title() {
        assert!(author_under_title("关于2025年深化经济体制改革重点工作的意见", "省发展改革委"));
        assert!(author_under_title("某某工作实施方案", "市教育局"));
        // a title going on, or a line that is no body
        assert!(!author_under_title("关于加强某某工作的", "实施意见"));
        assert!(!author_under_title("某某市人民政府办公厅转发市发展改革委关于某某的意见", "的通知"));
        assert!(!author_under_title("关于某某的意见", "（省发展改革委）"));
    }
}
