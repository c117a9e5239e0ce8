//! A heading's title run on into the first point of an enumeration of its
//! text, with no full stop between: `（二）强化统筹一是建立联席会议制度；二是完善…`
//! — the title is `强化统筹`, the points `一是…；二是…` its text. (With a full
//! stop, `（二）强化统筹协调。一是建立…`, the run-in title ends at the stop,
//! as any run-in title does.)
//!
//! The points are `一是` … `二是` (the second confirms the first: `统一是关键`
//! holds an `一是` that opens no list). The title is what stands before `一是`
//! (a comma or colon after it aside: `强化统筹协调：一是…`): two to
//! [`MAX_TITLE`] ideographs, no mark of prose among them.
//!
//! Cost: asked (by `block`) only of the text before a heading's first 。
//! when it is long enough and holds a comma or a semicolon: one substring
//! search for `一是` in it, a second for `二是` only after a first point. (A
//! text whose first 。 is past a run-in title's reach is not asked.)

use crate::punct;
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Most characters of a title run on into its first point (the run-in
/// title's bound of `block`).
const MAX_TITLE: usize = 40;

/// The first point's and the second's words.
static FIRST: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("一是"));
static SECOND: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("二是"));

/// Fewest bytes of a text that holds a title and two points (强化一是甲，二是乙:
/// nine characters).
pub(crate) const MIN_BYTES: usize = 9 * 3;

/// Characters that make a word with the 一 of 一是 (第一, 统一, 唯一, 同一,
/// 之一, 万一): no point.
const NOT_POINT_BEFORE: [char; 6] = ['第', '统', '唯', '同', '之', '万'];

/// The title and the text of a heading's `text` whose title runs on into
/// the first point of an enumeration (`强化统筹一是建立…；二是完善…` →
/// `强化统筹`, `一是建立…；二是完善…`).
pub(crate) fn run_on_points(text: &str) -> Option<(&str, &str)> {
    // the first point within the title's reach (three bytes a character,
    // the two of 一是 after it)
    let head = punct::head(text, MAX_TITLE * 3 + "一是".len());
    let at = FIRST.find(head.as_bytes())?;
    // (a comma or a colon may end the title: 强化统筹协调：一是…)
    let title = punct::trim(&text[..at]);
    let title = punct::trim(title.strip_suffix(|c: char| punct::is_comma(c) || punct::is_colon(c)).unwrap_or(title));
    // the title: ideographs only, so no sentence, clause or list (no prose
    // mark) and no number (第一是…: 第 is the number's)
    if !super::chars_in(title, 2, MAX_TITLE) || !super::all_ideographs(title) || title.ends_with(NOT_POINT_BEFORE) {
        return None;
    }
    let rest = &text[at..];
    // a second point confirms the list
    SECOND.find(rest.as_bytes())?;
    Some((title, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_run_on_into_its_points() {
        assert_eq!(
            run_on_points("强化统筹一是建立联席会议制度；二是完善协同机制。"),
            Some(("强化统筹", "一是建立联席会议制度；二是完善协同机制。"))
        );
        assert_eq!(
            run_on_points("强化统筹协调：一是建立制度；二是完善机制。"),
            Some(("强化统筹协调", "一是建立制度；二是完善机制。"))
        );
        assert_eq!(
            run_on_points("加强队伍建设，一是充实力量，二是加强培训。"),
            Some(("加强队伍建设", "一是充实力量，二是加强培训。"))
        );
        assert_eq!(
            run_on_points("加大资金支持力度一是设立专项资金，二是引导社会资本。"),
            Some(("加大资金支持力度", "一是设立专项资金，二是引导社会资本。"))
        );
    }

    #[test]
    fn no_title_without_a_list_or_before_a_mark() {
        // one point alone: no list
        assert_eq!(run_on_points("强化统筹一是关键。"), None);
        // a stop before the points: the run-in title ends there
        assert_eq!(run_on_points("强化统筹协调。一是建立制度；二是完善机制。"), None);
        // 统一是 / 唯一是 / 第一是: no point
        assert_eq!(run_on_points("标准统一是前提，二是保障。"), None);
        assert_eq!(run_on_points("第一是建立制度；第二是完善机制。"), None);
        // a title too short or too long
        assert_eq!(run_on_points("强一是建立；二是完善。"), None);
        let long = "强".repeat(45) + "一是建立；二是完善。";
        assert_eq!(run_on_points(&long), None);
        // the points opening the text: no title
        assert_eq!(run_on_points("一是建立制度；二是完善机制。"), None);
    }
}
