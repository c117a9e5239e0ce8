//! The standard section titles of 公文 (总体要求, 指导思想, 保障措施 …), read
//! where a heading's title runs on into its text with no mark between
//! (`一、总体要求以习近平新时代…`): the lexicon word is the title, the rest the
//! text. The list is data, gathered from the headings of the corpus.
//!
//! Cost: called once per heading; a first-character compare rejects most
//! texts before any prefix compare.

use crate::punct;

/// Section titles that open a heading's text in 公文 (from the 一、 and （一）
/// headings seen across the corpus and the wide corpus), those with the
/// same first character together (see [`FIRSTS`]).
const TITLES: &[&str] = &[
    "总体要求",
    "总体目标",
    "总体思路",
    "指导思想",
    "基本原则",
    "基本情况",
    "工作原则",
    "工作目标",
    "工作任务",
    "工作要求",
    "工作措施",
    "工作步骤",
    "工作职责",
    "工作规则",
    "主要目标",
    "主要任务",
    "主要职能",
    "发展目标",
    "重点任务",
    "重点工作",
    "保障措施",
    "组织保障",
    "组织实施",
    "组织领导",
    "实施步骤",
    "实施范围",
    "进度安排",
    "职责分工",
    "适用范围",
    "政策措施",
    "支持政策",
    "监督检查",
];

/// Whether `words` are a section title of the lexicon, whole (`保障措施`).
pub(crate) fn is_section_title(words: &str) -> bool {
    TITLES.contains(&words)
}

/// Characters that, right after a lexicon word, show a sentence that goes
/// on with the word as its subject or object (`总体要求是…`, `保障措施要到位`,
/// `组织实施由…负责`), not a title followed by its text.
const GOES_ON: &[char] = &[
    '是', '的', '和', '与', '及', '为', '如', '由', '要', '应', '须', '需', '有', '在', '中', '上', '等', '已', '均',
    '都', '也', '还', '即', '包', '具', '了', '着', '方', '不', '落', '到', '见', '或', '之', '所', '并',
];

/// The first characters of the words of [`TITLES`], each with the index of
/// the first word it starts (built from the list at compile time; a test
/// checks that each word is found).
const FIRSTS: super::CharSet = {
    let mut pairs = [('\0', 0u8); TITLES.len()];
    let (mut n, mut k) = (0, 0);
    while k < TITLES.len() {
        // (every word is of three-byte characters)
        let b = TITLES[k].as_bytes();
        let c = ((b[0] as u32 & 0x0F) << 12) | ((b[1] as u32 & 0x3F) << 6) | (b[2] as u32 & 0x3F);
        let Some(c) = char::from_u32(c) else { panic!("a word of three-byte characters") };
        if n == 0 || pairs[n - 1].0 != c {
            pairs[n] = (c, k as u8);
            n += 1;
        }
        k += 1;
    }
    super::CharSet::build(&pairs, n)
};

/// `总体要求以…` → (`总体要求`, `以…`): a standard section title directly
/// followed by text that starts a new sentence (an ideograph that does not
/// continue the title's sentence, or an opening quote or 《).
pub(crate) fn run_on_title(text: &str) -> Option<(&str, &str)> {
    let first = text.chars().next()?;
    // the first characters of the lexicon's words: most headings are
    // rejected here, before any prefix compare
    // (and where their words start in the list: only the words of that
    // first character are compared)
    let from = usize::from(FIRSTS.get(first)?);
    let b = text.as_bytes();
    let lead = b.get(..first.len_utf8())?;
    let word = TITLES[from..]
        .iter()
        .take_while(|w| w.as_bytes().starts_with(lead))
        .find(|w| punct::has_prefix(b, w.as_bytes()))?;
    let rest = &text[word.len()..];
    let next = rest.chars().next()?;
    let starts_text =
        (punct::is_ideograph(next) && !GOES_ON.contains(&next)) || next == punct::QUOTE_L || next == punct::BOOK_L;
    starts_text.then_some((&text[..word.len()], rest))
}

/// How the heading of a matter opens, and how it ends: `关于…问题`.
pub(crate) const MATTER_OPENS: &str = "关于";
const MATTER_ENDS: &str = "问题";

/// Searcher for [`MATTER_ENDS`], built once (`str::find` builds one on every call).
static MATTER_FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(MATTER_ENDS));

/// Most characters between [`MATTER_OPENS`] and [`MATTER_ENDS`].
const MAX_MATTER: usize = 30;

/// `关于水利建设要大小并举问题进一步加大对…的支持。` → (`关于水利建设要大小并举问题`,
/// `进一步加大…`): the heading of a letter that answers matter by matter
/// (关于…问题) run on into its text, which goes on to a sentence with no
/// mark between. The title is up to its first 问题, at least two characters
/// after 关于, no prose mark before it; the text after it starts a sentence
/// (an ideograph that does not go on with 问题 as a word of the title's
/// sentence: not `关于存在问题的整改情况`) and holds a prose mark (a heading
/// that fills its line, `关于问题整改`, is left whole).
pub(crate) fn matter_run_on_title(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix(MATTER_OPENS)?;
    // (every character of the matter's name takes three bytes at most)
    let at = MATTER_FINDER.find(punct::head(rest, (MAX_MATTER + 2) * 3).as_bytes())?;
    let matter = &rest[..at];
    if !super::chars_in(matter, 2, MAX_MATTER) || punct::find_prose_punct(matter).is_some() {
        return None;
    }
    let end = MATTER_OPENS.len() + at + MATTER_ENDS.len();
    let after = &text[end..];
    let next = after.chars().next()?;
    let starts_text = punct::is_ideograph(next) && !GOES_ON.contains(&next);
    (starts_text && punct::find_prose_punct(after).is_some()).then_some((&text[..end], after))
}

/// The section titles a standard's decimal outline opens with (GB/T 1.1:
/// `1　范围`, `2　规范性引用文件`, `3　术语和定义`), and its general ones.
const STANDARD_TITLES: &[&str] =
    &["范围", "规范性引用文件", "术语和定义", "符号和缩略语", "总则", "基本要求", "一般要求"];

/// How the text of a standard's clause opens: `本文件规定了…`, `本指南适用于…`,
/// `下列术语和定义适用于本文件。`
const STANDARD_OPENINGS: &[&str] = &["本", "下列"];

/// `范围本指南规定了…` → (`范围`, `本指南规定了…`): a standard's section title
/// ([`STANDARD_TITLES`]) run on into its text, which opens as a standard's
/// clause does ([`STANDARD_OPENINGS`]). Only for a decimal outline heading
/// (`1 范围`): `范围` opens many a sentence elsewhere (`范围广，…`).
pub(crate) fn standard_run_on_title(text: &str) -> Option<(&str, &str)> {
    let b = text.as_bytes();
    let word = STANDARD_TITLES.iter().find(|w| punct::has_prefix(b, w.as_bytes()))?;
    // (white space between, where cleaning kept it: `范围　　本文件…`)
    let rest = punct::trim_start(&text[word.len()..]);
    STANDARD_OPENINGS.iter().any(|o| rest.starts_with(o)).then_some((&text[..word.len()], rest))
}

/// Most characters of an article's gist in brackets (`（目的和依据）`).
const MAX_GIST: usize = 16;

/// An article's gist (条旨) in brackets before its provision, as local
/// regulations and annotated editions print it: `第一条（目的和依据）为了…`,
/// `第二条　【适用范围】本办法…`. Returns the gist (inside its brackets) and
/// the provision after it. The gist is two to [`MAX_GIST`] ideographs, 、
/// and white space, and no numeral alone (`（一）` opens an item). Cost: a
/// first-character test rejects any other article.
pub(crate) fn article_gist(text: &str) -> Option<(&str, &str)> {
    let open = text.chars().next()?;
    let round = punct::is_lparen(open);
    if !round && open != punct::LENTICULAR_L {
        return None;
    }
    let inner = &text[open.len_utf8()..];
    let mut n = 0;
    for (at, c) in inner.char_indices() {
        let closes = if round { punct::is_rparen(c) } else { c == punct::LENTICULAR_R };
        if closes {
            let gist = punct::trim(&inner[..at]);
            let numeral = gist.chars().all(|c| super::numeral::is_cn_digit(c) || super::numeral::is_digit(c));
            return (n >= 2 && !numeral).then(|| (gist, punct::trim_start(&inner[at + c.len_utf8()..])));
        }
        n += 1;
        if n > MAX_GIST || !(punct::is_ideograph(c) || c == punct::DUNHAO || punct::is_space(c)) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matter_titles_run_on_into_their_text() {
        assert_eq!(
            matter_run_on_title("关于水利建设要大小并举问题进一步加大对某省水利建设的支持。一是…"),
            Some(("关于水利建设要大小并举问题", "进一步加大对某省水利建设的支持。一是…"))
        );
        assert_eq!(
            matter_run_on_title("关于加大“西电东送”规模问题争取多安排一些资金，继续加强…。"),
            Some(("关于加大“西电东送”规模问题", "争取多安排一些资金，继续加强…。"))
        );
        assert_eq!(
            matter_run_on_title("关于实施“科技兴黔”问题一是在安排投资时，将继续给予支持。"),
            Some(("关于实施“科技兴黔”问题", "一是在安排投资时，将继续给予支持。"))
        );
        for t in [
            // the heading alone, or 问题 a word of its sentence
            "关于水利建设要大小并举问题",
            "关于存在问题的整改情况",
            "关于存在问题的整改情况。经查，已整改。",
            "关于问题整改",
            "关于问题整改。已整改。",
            // a mark before 问题, a 。 right after it, too far
            "关于水利建设，要解决问题进一步加大支持。",
            "关于水利建设问题。进一步加大支持。",
            "关于某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某问题进一步加大支持。",
            "加大支持，解决问题。",
        ] {
            assert_eq!(matter_run_on_title(t), None, "{t}");
        }
    }

    #[test]
    fn article_gists() {
        assert_eq!(article_gist("（目的和依据）为了加强"), Some(("目的和依据", "为了加强")));
        assert_eq!(article_gist("【适用范围】　本办法适用于"), Some(("适用范围", "本办法适用于")));
        assert_eq!(article_gist("(定义、范围) 本条例所称"), Some(("定义、范围", "本条例所称")));
        assert_eq!(article_gist("（施行日期）"), Some(("施行日期", "")));
        for t in [
            "（一）落实责任",
            "（3）加强",
            "（二十）",
            "（2024年）",
            "【】本办法",
            "（法）",
            "为了（目的）",
            "（目的和依据",
        ] {
            assert_eq!(article_gist(t), None, "{t}");
        }
    }

    #[test]
    fn a_title_run_on_into_its_text_is_split() {
        assert_eq!(
            run_on_title("总体要求以习近平新时代中国特色社会主义思想为指导，"),
            Some(("总体要求", "以习近平新时代中国特色社会主义思想为指导，"))
        );
        assert_eq!(
            run_on_title("工作要求各地区、各部门要坚决贯彻落实"),
            Some(("工作要求", "各地区、各部门要坚决贯彻落实"))
        );
        assert_eq!(run_on_title("保障措施加强组织领导。"), Some(("保障措施", "加强组织领导。")));
        assert_eq!(run_on_title("主要目标“十四五”时期"), Some(("主要目标", "“十四五”时期")));
    }

    #[test]
    fn the_first_character_test_covers_the_lexicon() {
        for w in TITLES {
            assert_eq!(run_on_title(&format!("{w}以某某为指导")).map(|t| t.0), Some(*w), "{w}");
        }
    }

    #[test]
    fn a_sentence_or_a_bare_title_is_not() {
        for s in [
            "总体要求是坚持稳中求进", // the word is the subject of a sentence
            "保障措施要落实到位",
            "组织实施由省发展改革委负责",
            "工作目标的实现",
            "总体要求",      // nothing after it: the whole-line rule reads it
            "总体要求。以…", // a mark after it: the 。 rule reads it
            "总体要求：",
            "加强组织领导，压实责任", // no lexicon word
            "重点任务1.",
            "",
        ] {
            assert_eq!(run_on_title(s), None, "{s}");
        }
    }
}
