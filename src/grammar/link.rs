//! Markdown links and images in scraped text: `[《某某办法》](http://…)`,
//! `[附件1：…](…/P020….pdf)`, `![](….png)`. A link's text stays (its span
//! into the raw input, through the offset map), its marks and address go;
//! an image goes whole. What the link said is then read as any text is: a
//! citation in its 《》, an attachment's line.
//!
//! Found from the text index: a link's `(` is an ASCII round bracket right
//! after `]`, so the brackets already listed are looked at, never the
//! text; the `[` is the nearest one before the `]` on its line, the `)` the
//! first after the `(`, the address between them written without white
//! space. The layout pass cuts them (`Source::remove_and_reindex`), as it
//! cuts page numbers, before it reads any line.

use crate::clean::Residue;
use crate::punct::Bracket;
use crate::source::Source;

/// Longest link text looked back over for its `[`, in bytes.
const MAX_TEXT: usize = 600;

/// Longest address looked through for its `)`, in bytes.
const MAX_URL: usize = 2048;

/// The cuts of the links and images of `src`'s cleaned text (sorted,
/// disjoint), appended to `cuts`.
pub(crate) fn cuts(src: &Source<'_>, cuts: &mut Vec<(usize, usize, Option<Residue>)>) {
    let b = src.clean.text.as_bytes();
    // (the end of the last cut: a link inside another's address is none)
    let mut done = 0;
    for br in src.brackets() {
        let at = br.at();
        // (one load and compare for every bracket: a link's `(` is ASCII
        // right after `]`)
        if b[at] != b'(' || at == 0 || b[at - 1] != b']' || br.kind() != Bracket::Open || at <= done {
            continue;
        }
        let Some((open, close)) = link_at(b, at, done) else { continue };
        if open > done && b[open - 1] == b'!' {
            // an image: all of it
            cuts.push((open - 1, close + 1, Some(Residue::Markdown)));
        } else if open + 1 == at - 1 {
            // a link with no text: all of it
            cuts.push((open, close + 1, Some(Residue::Markdown)));
        } else {
            cuts.push((open, open + 1, Some(Residue::Markdown)));
            cuts.push((at - 1, close + 1, Some(Residue::Markdown)));
        }
        done = close + 1;
    }
}

/// The `[` and `)` of the link whose `(` is at `at` (`]` before it), the
/// `[` at or after `from`: `[` the nearest before the `]` on its line, `)`
/// the first after the `(`, the address non-empty and without white space.
fn link_at(b: &[u8], at: usize, from: usize) -> Option<(usize, usize)> {
    let lo = at.saturating_sub(MAX_TEXT).max(from);
    let text = &b[lo..at - 1];
    let open = lo + memchr::memrchr2(b'[', b'\n', text).filter(|&k| text[k] == b'[')?;
    let hi = (at + 1 + MAX_URL).min(b.len());
    let url = &b[at + 1..hi];
    let end = url.iter().position(|&c| c == b')' || c.is_ascii_whitespace())?;
    if url[end] != b')' {
        return None;
    }
    // (an address has a path or a domain: `(注释)` `(2)` are no address)
    let url = &url[..end];
    (!url.is_empty() && url.iter().any(|&c| c == b'/' || c == b'.')).then_some((open, at + 1 + end))
}

#[cfg(test)]
mod tests {
    use crate::source::Source;

    /// The cleaned text of `raw` with its links cut.
    fn cut(raw: &str) -> String {
        let mut src = Source::new(raw);
        src.index_text();
        let mut cuts = Vec::new();
        super::cuts(&src, &mut cuts);
        src.remove_and_reindex(&cuts);
        src.clean.text.into_owned()
    }

    #[test]
    fn a_link_keeps_its_text() {
        assert_eq!(cut("参照[《某某办法》](http://www.example.gov.cn/a/t1.html)执行。"), "参照《某某办法》执行。");
        assert_eq!(cut("[附件1：某某清单](http://www.example.gov.cn/P020250301.pdf)\n"), "附件1：某某清单\n");
        assert_eq!(cut("- [图.pdf](./某某图.pdf) (pdf)"), "- 图.pdf (pdf)");
    }

    #[test]
    fn an_image_goes_whole() {
        assert_eq!(cut("前文\n![](http://www.example.gov.cn/logo.png)\n后文"), "前文\n\n后文");
        assert_eq!(cut("![图片](a.png)正文"), "正文");
        assert_eq!(cut("[](http://x.cn/a)正文"), "正文");
    }

    #[test]
    fn what_is_no_link_stays() {
        for s in [
            "见[1](注释)",
            "［一］（二）",
            "[注] (见下)",
            "数组a[1](2)",
            "]( 空格 )",
            "(http://x.cn)",
            "[跨\n行](http://x.cn)",
            "[文本](http://x.cn 未闭合",
        ] {
            assert_eq!(cut(s), s, "{s}");
        }
    }
}
