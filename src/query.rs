//! Who does what: every assignment of a body to a block as a flat row
//! ([`Document::assignments`]), and per body the blocks it leads, is
//! responsible for and supports ([`Document::by_body`]). Both serialise
//! (serde) for scripts and the command line.
//!
//! A block is identified by its *path*: the numbers of the blocks from the
//! top level down to it (`[3, 11]` for （十一） under 三、), shown as a
//! *label* of the markers as written without punctuation joined by `/`
//! (`三/十一`); blocks of attached documents are labelled after their 附件
//! (`附件1/一/2`).

use crate::agency::AgencyKind;
use crate::ast::{Block, Deadline, Document, Reference, Role};
use crate::span::Span;
use serde::Serialize;
use std::collections::HashMap;

/// One body assigned to one block: a row of [`Document::assignments`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Assignment<'d> {
    /// Position of the block in the pre-order walk of all blocks, the main
    /// document's first, then each attached document's: unique per block.
    pub block: usize,
    /// Position in [`Document::attachments`] of the attached document the
    /// block belongs to; `None` for the main document.
    pub attachment: Option<usize>,
    /// Numbers of the blocks from the top level down to this one: `[3, 11]`.
    pub path: Vec<u32>,
    /// The path as written: markers without punctuation joined by `/`
    /// (`三/十一`, `第二章/第五条`, `行动1/任务2`); for an attached
    /// document prefixed by `附件N/`, N being its 附件 number or, when it has
    /// none, its position in [`Document::attachments`] from 1.
    pub label: String,
    /// The block's marker as written, cleaned: `(十一)`.
    pub marker: &'d str,
    /// The block's title, if any.
    pub title: Option<&'d str>,
    /// The body as written.
    pub name: &'d str,
    /// Its canonical name, for a national body ([`Agency::canonical`](crate::Agency::canonical)).
    pub canonical: Option<&'d str>,
    /// The body that carries its work today, for one abolished since
    /// ([`Agency::current`](crate::Agency::current)).
    pub current: Option<&'d str>,
    /// National, local, collective or unknown.
    pub kind: AgencyKind,
    /// Its role for this block.
    pub role: Role,
    /// Whether the body applies from an earlier standing note
    /// ([`Block::inherited`]) rather than from a clause of this block.
    pub inherited: bool,
    /// Raw bytes of the name as written (for an inherited body: in the
    /// standing note).
    pub span: Span,
    /// The deadline of the task for this body: its clause's
    /// ([`Responsibility::deadline`](crate::Responsibility::deadline)), else
    /// the block's ([`Block::deadline`]: a table row's 完成时限 cell, a
    /// `完成时限：` line).
    pub deadline: Option<&'d Deadline<'d>>,
}

impl Assignment<'_> {
    /// The key [`Document::by_body`] groups by: the canonical name when
    /// known, else the name as written.
    pub fn body(&self) -> &str {
        self.canonical.unwrap_or(self.name)
    }
}

/// How many blocks a body has each role in ([`BodySummary::counts`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct RoleCounts {
    /// Blocks it leads.
    pub lead: usize,
    /// Blocks it is responsible for.
    pub responsible: usize,
    /// Blocks it supports.
    pub support: usize,
    /// Of the above, those it has only from a standing note.
    pub inherited: usize,
}

impl RoleCounts {
    /// The count for one role.
    pub fn get(&self, role: Role) -> usize {
        match role {
            Role::Lead => self.lead,
            Role::Responsible => self.responsible,
            Role::Support => self.support,
        }
    }

    /// `lead + responsible + support`.
    pub fn total(&self) -> usize {
        self.lead + self.responsible + self.support
    }
}

/// What one body does across a document: an item of [`Document::by_body`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct BodySummary<'d> {
    /// The key: the canonical name when known, else the name as written.
    pub body: &'d str,
    /// The canonical name, for a national body.
    pub canonical: Option<&'d str>,
    /// The body that carries its work today, for one abolished since.
    pub current: Option<&'d str>,
    /// National, local, collective or unknown.
    pub kind: AgencyKind,
    /// Every form the document writes it in, in order of first appearance
    /// (发展改革委, 国家发展改革委).
    pub names: Vec<&'d str>,
    /// Labels of the blocks it leads, in document order, each once.
    pub lead: Vec<String>,
    /// Labels of the blocks it is responsible for.
    pub responsible: Vec<String>,
    /// Labels of the blocks it supports.
    pub support: Vec<String>,
    /// The number of blocks per role.
    pub counts: RoleCounts,
}

/// A marker without its punctuation: `(十一)` → `十一`, `1.` → `1`,
/// `——任务1：` → `任务1`.
fn marker_label(marker: &str) -> String {
    marker.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Collects the rows of a block tree.
struct Walk<'d, 'o> {
    out: &'o mut Vec<Assignment<'d>>,
    seq: usize,
    path: Vec<u32>,
    labels: Vec<String>,
}

impl<'d> Walk<'d, '_> {
    fn blocks(&mut self, blocks: &'d [Block<'_>], attachment: Option<usize>) {
        for b in blocks {
            let block = self.seq;
            self.seq += 1;
            self.path.push(b.number);
            self.labels.push(marker_label(&b.marker));
            let own = b.deadline();
            let rows = b
                .responsibilities
                .iter()
                .flat_map(|r| r.agencies.iter().map(move |a| (a, false, r.deadline.as_deref().or(own))))
                .chain(b.inherited().iter().map(|a| (a, true, own)));
            for (a, inherited, deadline) in rows {
                self.out.push(Assignment {
                    block,
                    attachment,
                    path: self.path.clone(),
                    label: self.labels.join("/"),
                    marker: &b.marker,
                    title: b.title.as_deref(),
                    name: &a.name,
                    canonical: a.canonical.as_deref(),
                    current: a.current.as_deref(),
                    kind: a.kind,
                    role: a.role,
                    inherited,
                    span: a.span,
                    deadline,
                });
            }
            self.blocks(&b.children, attachment);
            self.path.pop();
            self.labels.pop();
        }
    }
}

impl Document<'_> {
    /// Every assignment of a body to a block, one row per body named in a
    /// block's clauses and per body it inherits from a standing note, in
    /// document order: the main document's blocks, then each attached
    /// document's.
    ///
    /// ```
    /// use gongwen::Role;
    /// let text = "标题\n一、任务\n（一）推进改革。（中央农办牵头，农业部等参与）\n（二）加强保障。（发展改革委负责）\n";
    /// let doc = gongwen::parse(text)?;
    /// let rows: Vec<_> = doc.assignments().into_iter().map(|r| (r.body().to_owned(), r.label, r.role)).collect();
    /// assert_eq!(
    ///     rows,
    ///     [
    ///         ("中央农村工作领导小组办公室".to_owned(), "一/一".to_owned(), Role::Lead),
    ///         ("农业部".to_owned(), "一/一".to_owned(), Role::Support),
    ///         ("国家发展和改革委员会".to_owned(), "一/二".to_owned(), Role::Responsible),
    ///     ]
    /// );
    /// // 农业部 was abolished in 2018: its work is 农业农村部's today
    /// assert_eq!(doc.assignments()[1].current, Some("农业农村部"));
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    pub fn assignments(&self) -> Vec<Assignment<'_>> {
        let mut out = Vec::new();
        let mut walk = Walk { out: &mut out, seq: 0, path: Vec::new(), labels: Vec::new() };
        walk.blocks(&self.sections, None);
        for (i, a) in self.attachments.iter().enumerate() {
            let n = a.number.unwrap_or_else(|| u32::try_from(i + 1).unwrap_or(u32::MAX));
            walk.labels = vec![format!("附件{n}")];
            walk.blocks(&a.sections, Some(i));
        }
        out
    }

    /// What each body does across the document, keyed by its canonical name
    /// (falling back to the name as written), in order of first appearance:
    /// the blocks it leads, is responsible for and supports, each block
    /// once per role, and their numbers.
    ///
    /// ```
    /// let text = "通知\n2022年3月10日\n标题\n一、任务\n\
    ///             （一）推进改革。（发展改革委牵头，财政部参与）\n\
    ///             （二）加强保障。（国家发展改革委、财政部负责）\n";
    /// let doc = gongwen::parse(text)?;
    /// let bodies = doc.by_body();
    /// let ndrc = &bodies[0];
    /// assert_eq!(ndrc.body, "国家发展和改革委员会");
    /// assert_eq!(ndrc.names, ["发展改革委", "国家发展改革委"]);
    /// assert_eq!((ndrc.lead.as_slice(), ndrc.responsible.as_slice()), (&["一/一".to_owned()][..], &["一/二".to_owned()][..]));
    /// assert_eq!((ndrc.counts.lead, ndrc.counts.responsible, ndrc.counts.support), (1, 1, 0));
    /// assert_eq!(bodies[1].body, "财政部");
    /// assert_eq!(bodies[1].counts.total(), 2);
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    pub fn by_body(&self) -> Vec<BodySummary<'_>> {
        let rows = self.assignments();
        let mut out: Vec<BodySummary<'_>> = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        // (summary, block, role) already counted → whether a clause (not
        // only a standing note) gave it
        let mut seen: HashMap<(usize, usize, Role), bool> = HashMap::new();
        for r in rows {
            let key = r.canonical.unwrap_or(r.name);
            let k = *index.entry(key).or_insert_with(|| {
                out.push(BodySummary {
                    body: key,
                    canonical: r.canonical,
                    current: r.current,
                    kind: r.kind,
                    names: Vec::new(),
                    lead: Vec::new(),
                    responsible: Vec::new(),
                    support: Vec::new(),
                    counts: RoleCounts::default(),
                });
                out.len() - 1
            });
            let s = &mut out[k];
            if !s.names.contains(&r.name) {
                s.names.push(r.name);
            }
            match seen.get_mut(&(k, r.block, r.role)) {
                // a block counts once per role; it is inherited only if no
                // clause of the block names the body too
                Some(stated) => {
                    if !r.inherited && !*stated {
                        *stated = true;
                        s.counts.inherited -= 1;
                    }
                }
                None => {
                    seen.insert((k, r.block, r.role), !r.inherited);
                    s.counts.inherited += usize::from(r.inherited);
                    let (list, count) = match r.role {
                        Role::Lead => (&mut s.lead, &mut s.counts.lead),
                        Role::Responsible => (&mut s.responsible, &mut s.counts.responsible),
                        Role::Support => (&mut s.support, &mut s.counts.support),
                    };
                    list.push(r.label);
                    *count += 1;
                }
            }
        }
        out
    }
}

/// One citation of another document and where it stands: an item of
/// [`Document::citations`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Citation<'d> {
    /// Position in [`Document::attachments`] of the attached document the
    /// citation stands in; `None` for the main document and its notice.
    pub attachment: Option<usize>,
    /// Numbers of the blocks from the top level down to the citing block;
    /// empty outside blocks (notice body, preamble, attachment text).
    pub path: Vec<u32>,
    /// The path as written (`三/十一`, `附件1/一/2`), as
    /// [`Assignment::label`]; empty outside blocks.
    pub label: String,
    /// The citing block's marker as written, when the citation is in a block.
    pub marker: Option<&'d str>,
    /// The citation.
    pub reference: &'d Reference<'d>,
}

impl<'d> Walk<'d, '_> {
    /// The citations of a block tree, with their blocks.
    fn citations(&mut self, blocks: &'d [Block<'_>], attachment: Option<usize>, out: &mut Vec<Citation<'d>>) {
        for b in blocks {
            self.path.push(b.number);
            self.labels.push(marker_label(&b.marker));
            for r in b.references() {
                out.push(Citation {
                    attachment,
                    path: self.path.clone(),
                    label: self.labels.join("/"),
                    marker: Some(&b.marker),
                    reference: r,
                });
            }
            self.citations(&b.children, attachment, out);
            self.path.pop();
            self.labels.pop();
        }
    }
}

impl Document<'_> {
    /// Every citation of another document ([`Document::references`]) in
    /// input order, each with the block it stands in (when it does).
    ///
    /// ```
    /// let text = "标题\n根据《中华人民共和国安全生产法》，制定本方案。\n\
    ///             一、任务\n（一）落实《国务院关于…的通知》（国发〔2014〕25号）。\n";
    /// let doc = gongwen::parse(text)?;
    /// let rows: Vec<_> = doc
    ///     .citations()
    ///     .into_iter()
    ///     .map(|c| (c.label, c.reference.title.as_deref(), c.reference.doc_number.as_deref()))
    ///     .collect();
    /// assert_eq!(
    ///     rows,
    ///     [
    ///         (String::new(), Some("中华人民共和国安全生产法"), None),
    ///         ("一/一".to_owned(), Some("国务院关于…的通知"), Some("国发〔2014〕25号")),
    ///     ]
    /// );
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    pub fn citations(&self) -> Vec<Citation<'_>> {
        let mut scratch = Vec::new();
        let mut walk = Walk { out: &mut scratch, seq: 0, path: Vec::new(), labels: Vec::new() };
        let mut in_blocks = Vec::new();
        walk.citations(&self.sections, None, &mut in_blocks);
        for (i, a) in self.attachments.iter().enumerate() {
            let n = a.number.unwrap_or_else(|| u32::try_from(i + 1).unwrap_or(u32::MAX));
            walk.labels = vec![format!("附件{n}")];
            walk.citations(&a.sections, Some(i), &mut in_blocks);
        }
        // blocks hold copies of the document's references: match them by span
        let mut at: HashMap<crate::span::Span, usize> = HashMap::with_capacity(in_blocks.len());
        for (k, c) in in_blocks.iter().enumerate() {
            at.insert(c.reference.span, k);
        }
        self.references
            .iter()
            .map(|r| match at.get(&r.span) {
                Some(&k) => Citation { reference: r, ..in_blocks[k].clone() },
                None => {
                    // outside blocks: in an attached document's text, or the
                    // main document's
                    let attachment = self.attachments.iter().position(|a| a.span.contains(&r.span));
                    Citation { attachment, path: Vec::new(), label: String::new(), marker: None, reference: r }
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_drop_punctuation() {
        for (marker, label) in [
            ("(十一)", "十一"),
            ("（一）", "一"),
            ("三、", "三"),
            ("1.", "1"),
            ("——任务1：", "任务1"),
            ("第五条", "第五条"),
            ("①", "①"),
        ] {
            assert_eq!(marker_label(marker), label);
        }
    }

    #[test]
    fn inherited_and_stated_count_once() {
        let text = "标题\n一、任务\n（一）甲。（公安部负责。以下任务均需民政部落实，不再列出）\n（二）乙。（民政部负责）\n（三）丙。\n";
        let doc = crate::parse(text).unwrap();
        let rows = doc.assignments();
        let civil: Vec<_> =
            rows.iter().filter(|r| r.name == "民政部").map(|r| (r.label.as_str(), r.inherited)).collect();
        assert_eq!(civil, [("一/二", false), ("一/二", true), ("一/三", true)]);
        let bodies = doc.by_body();
        let s = bodies.iter().find(|s| s.body == "民政部").unwrap();
        assert_eq!(s.responsible, ["一/二", "一/三"]);
        assert_eq!(s.counts, RoleCounts { lead: 0, responsible: 2, support: 0, inherited: 1 });
    }
}
