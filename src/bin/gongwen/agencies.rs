//! `gongwen agencies`: per body, over all inputs, the number of blocks it
//! leads, is responsible for and supports, built on
//! [`gongwen::Document::by_body`] (bodies keyed by canonical name when the
//! gazetteer knows them, else as written, and by jurisdiction: 市水务局 of
//! 上海市 and 市水务局 of 北京市 are two bodies).

use crate::batch::{self, Doc, Fatal, Outcome, Sink, Status};
use crate::text::{self, display_width, pad_left, pad_right};
use crate::{AgencyFormat, InputArgs};
use serde::Serialize;
use std::collections::HashMap;
use std::io::{self, Write};

/// One body's counts, in one document or added up over all.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Entry {
    pub body: String,
    /// The place a local body belongs to (上海市, 嘉定区), when known.
    pub jurisdiction: Option<String>,
    /// A local body's level: province, city, district or township.
    pub level: Option<&'static str>,
    pub canonical: Option<String>,
    pub kind: &'static str,
    /// For a national body abolished since, the body that carries its work today.
    pub current: Option<String>,
    /// Every form the inputs write it in, in order of first appearance.
    pub names: Vec<String>,
    pub lead: usize,
    pub responsible: usize,
    pub support: usize,
    /// Of the above, blocks it has only from a standing note.
    pub inherited: usize,
    pub total: usize,
    /// Documents that name it.
    pub documents: usize,
}

pub fn run(args: &InputArgs, format: AgencyFormat) -> Result<Status, Fatal> {
    let source = batch::source(args, false)?;
    let process = |doc: Doc<'_>| {
        let entries = match &doc.result {
            Ok(d) => d
                .by_body()
                .into_iter()
                .map(|s| Entry {
                    body: s.body.to_owned(),
                    jurisdiction: s.jurisdiction.map(str::to_owned),
                    level: s.level.map(|l| l.as_str()),
                    canonical: s.canonical.map(str::to_owned),
                    kind: s.kind.as_str(),
                    current: s.current.map(str::to_owned),
                    names: s.names.iter().map(|n| (*n).to_owned()).collect(),
                    lead: s.counts.lead,
                    responsible: s.counts.responsible,
                    support: s.counts.support,
                    inherited: s.counts.inherited,
                    total: s.counts.total(),
                    documents: 1,
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        Outcome::of(&doc, entries)
    };
    batch::run(args, source, process, Totals { format, entries: Vec::new(), index: HashMap::new() })
}

/// Adds the documents' counts up; writes the table at the end.
struct Totals {
    format: AgencyFormat,
    entries: Vec<Entry>,
    /// Position in `entries` of each (body, jurisdiction).
    index: HashMap<(String, Option<String>), usize>,
}

impl Sink<Vec<Entry>> for Totals {
    fn write(&mut self, _out: &mut dyn Write, value: Vec<Entry>) -> io::Result<()> {
        for e in value {
            match self.index.get(&(e.body.clone(), e.jurisdiction.clone())) {
                Some(&i) => {
                    let t = &mut self.entries[i];
                    for n in e.names {
                        if !t.names.contains(&n) {
                            t.names.push(n);
                        }
                    }
                    t.lead += e.lead;
                    t.responsible += e.responsible;
                    t.support += e.support;
                    t.inherited += e.inherited;
                    t.total += e.total;
                    t.documents += e.documents;
                }
                None => {
                    self.index.insert((e.body.clone(), e.jurisdiction.clone()), self.entries.len());
                    self.entries.push(e);
                }
            }
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        // most assigned first; ties by name (stable whatever the input order)
        self.entries.sort_by(|a, b| {
            b.total.cmp(&a.total).then_with(|| a.body.cmp(&b.body)).then_with(|| a.jurisdiction.cmp(&b.jurisdiction))
        });
        let mut s = String::new();
        match self.format {
            AgencyFormat::Table => table(&mut s, &self.entries),
            AgencyFormat::Csv => {
                text::row(&mut s, &HEADER_CSV, false);
                for e in &self.entries {
                    let n =
                        [e.lead, e.responsible, e.support, e.inherited, e.total, e.documents].map(|n| n.to_string());
                    let names = e.names.join("、");
                    let opt = |o: &Option<String>| o.as_deref().unwrap_or_default().to_owned();
                    let (canonical, jurisdiction, current) = (opt(&e.canonical), opt(&e.jurisdiction), opt(&e.current));
                    let level = e.level.unwrap_or_default();
                    let fields = [
                        &e.body,
                        &jurisdiction,
                        level,
                        &canonical,
                        e.kind,
                        &current,
                        &names,
                        &n[0],
                        &n[1],
                        &n[2],
                        &n[3],
                        &n[4],
                        &n[5],
                    ];
                    text::row(&mut s, &fields, false);
                }
            }
            AgencyFormat::Jsonl => {
                for e in &self.entries {
                    s.push_str(&serde_json::to_string(e).expect("entries serialise"));
                    s.push('\n');
                }
            }
        }
        out.write_all(s.as_bytes())
    }
}

const HEADER_CSV: [&str; 13] = [
    "body",
    "jurisdiction",
    "level",
    "canonical",
    "kind",
    "current",
    "names",
    "lead",
    "responsible",
    "support",
    "inherited",
    "total",
    "documents",
];

const HEADER_TABLE: [&str; 9] =
    ["body", "jurisdiction", "kind", "lead", "responsible", "support", "inherited", "total", "documents"];

/// Aligned columns: the body padded by display width (a CJK character takes
/// two columns), the numbers right-aligned.
fn table(s: &mut String, entries: &[Entry]) {
    let cells: Vec<[String; 9]> = entries
        .iter()
        .map(|e| {
            [
                e.body.clone(),
                e.jurisdiction.clone().unwrap_or_default(),
                e.kind.to_owned(),
                e.lead.to_string(),
                e.responsible.to_string(),
                e.support.to_string(),
                e.inherited.to_string(),
                e.total.to_string(),
                e.documents.to_string(),
            ]
        })
        .collect();
    let mut widths = HEADER_TABLE.map(display_width);
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(c));
        }
    }
    let mut line = |fields: [&str; 9]| {
        let mut l = String::new();
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                l.push_str("  ");
            }
            if i < 3 {
                pad_right(&mut l, f, widths[i]);
            } else {
                pad_left(&mut l, f, widths[i]);
            }
        }
        s.push_str(l.trim_end());
        s.push('\n');
    };
    line(HEADER_TABLE);
    for row in &cells {
        line(row.each_ref().map(String::as_str));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_aligns_cjk_by_display_width() {
        let e = |body: &str, lead| Entry {
            body: body.into(),
            jurisdiction: (lead > 1).then(|| "上海市".into()),
            kind: "local",
            lead,
            total: lead,
            ..Entry::default()
        };
        let mut s = String::new();
        table(&mut s, &[e("市水务局", 12), e("各区政府、管委会", 3), e("abc", 1)]);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 4);
        assert!(lines[1].starts_with("市水务局          上海市        local"), "{s}");
        // numbers are right-aligned up to the last column: every line has the same display width
        assert!(lines.iter().all(|l| display_width(l) == display_width(lines[0])), "{s}");
    }
}
