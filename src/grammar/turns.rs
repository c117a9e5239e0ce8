//! The turns of a question-and-answer page (答记者问, 政策解读, 问答) run
//! together on one line: `…提问。问：…？答：…。问：…` — each `问：` and `答：`
//! (either colon) right after a sentence end (。？！, either width), white
//! space between allowed, starts a line of its own, as it does on the page.
//! Cleaning removes the single space a scraper leaves before a turn (`。 问：`
//! is a stray space between CJK characters), so the sentence end alone
//! says where a turn starts.
//!
//! Only a line that holds both a question and an answer after it is cut:
//! `答：` alone after a sentence is no turn of a Q&A.
//!
//! Cost: read only on the lines `grammar::inline` searches for headings
//! (run-on lines, a text's only line): one substring search for 答 and, if
//! there is one, one for 问; each hit costs a look at the bytes around it.

use crate::punct;
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// The ideograph of a question turn.
const WEN: &str = "问";
/// The ideograph of an answer turn.
const DA: &str = "答";

static WEN_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(WEN));
static DA_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(DA));

/// Whether a turn starts at `p` in `text` (the turn's ideograph there): a
/// colon follows it, and a sentence end precedes it, white space between
/// allowed, or nothing does (the line's start).
fn turn_at(text: &str, p: usize, word: &str) -> bool {
    let after = &text[p + word.len()..];
    if !after.starts_with(punct::is_colon) {
        return false;
    }
    let before = text[..p].trim_end_matches(punct::is_space);
    before.chars().next_back().is_none_or(punct::is_sentence_end)
}

/// The cuts of a line at the turns of a Q&A run together on it: before
/// each turn, when the line holds a question turn and an answer turn after
/// it (unsorted: questions, then answers).
#[inline(never)]
pub(crate) fn cuts(text: &str, cuts: &mut Vec<usize>) {
    let b = text.as_bytes();
    let Some(first_da) = DA_FINDER.find_iter(b).find(|&p| turn_at(text, p, DA)) else {
        return;
    };
    let Some(first_wen) = WEN_FINDER.find_iter(&b[..first_da]).find(|&p| turn_at(text, p, WEN)) else {
        return;
    };
    cuts.extend(WEN_FINDER.find_iter(&b[first_wen..]).map(|p| first_wen + p).filter(|&p| turn_at(text, p, WEN)));
    cuts.extend(DA_FINDER.find_iter(&b[first_da..]).map(|p| first_da + p).filter(|&p| turn_at(text, p, DA)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        let mut at = Vec::new();
        cuts(text, &mut at);
        at.sort_unstable();
        let mut out = Vec::new();
        let mut from = 0;
        for &c in at.iter().chain([&text.len()]) {
            out.push(punct::trim(&text[from..c]));
            from = c;
        }
        out
    }

    #[test]
    fn turns_after_sentence_ends_start_lines() {
        assert_eq!(
            pieces("有关情况如下。问：为什么修订？答：原规定已不适应。 问:有哪些变化？ 答:主要有三点。"),
            ["有关情况如下。", "问：为什么修订？", "答：原规定已不适应。", "问:有哪些变化？", "答:主要有三点。"]
        );
    }

    #[test]
    fn a_line_that_starts_with_a_question() {
        assert_eq!(pieces("问：为什么修订？答：原规定已不适应。"), ["", "问：为什么修订？", "答：原规定已不适应。"]);
    }

    #[test]
    fn no_qa_no_cut() {
        for text in [
            // an answer without a question, a question without an answer
            "记者就有关问题进行了采访。答：我们将认真落实。",
            "有关情况如下。问：为什么修订？",
            "问：为什么修订？",
            // 问/答 inside words or not after a sentence end
            "请回答：是否同意？有关问题：见附件。",
            "记者问：为什么修订？局长答：原规定已不适应。",
        ] {
            assert_eq!(pieces(text), [text], "{text}");
        }
    }
}
