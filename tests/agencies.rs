//! Bodies named in responsibility clauses: resolution against the gazetteer
//! (canonical names, date-dependent aliases, successors across reforms,
//! local and collective bodies), the `unknown-agency` diagnostic, prose
//! responsibility, and the who-does-what queries.

mod common;

use gongwen::{Agency, AgencyKind, Document, LocalLevel, Role, RoleCounts};
use std::collections::BTreeSet;

const SEED: &str = include_str!("../fixtures/00-ndrc-2022-urbanization-key-tasks.txt");

fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).expect("parses")
}

/// Every agency of a document (clauses and inherited, attached documents
/// included), in document order.
fn agencies<'d>(doc: &'d Document<'_>) -> Vec<&'d Agency<'d>> {
    let blocks = doc.blocks().chain(doc.attachments.iter().flat_map(|a| a.sections.iter().flat_map(|s| s.walk())));
    blocks.flat_map(|b| b.agencies().chain(b.inherited().iter())).collect()
}

/// A small covering notice dated `year` whose one task carries `clause`.
fn dated(year: u16, clause: &str) -> String {
    format!(
        "各省发展改革委：\n现将《重点任务》印发给你们，请认真贯彻执行。\n国家发展改革委\n{year}年3月10日\n\
         重点任务\n一、提高质量\n（一）深化改革。推进相关工作。（{clause}）\n"
    )
}

/// The one agency of `clause` in a document dated `year`, as
/// `(canonical, current, kind)`.
fn resolve(year: u16, clause: &str) -> (Option<String>, Option<String>, AgencyKind) {
    let text = dated(year, clause);
    let doc = parse(&text);
    let all = agencies(&doc);
    assert_eq!(all.len(), 1, "{clause}: {all:?}");
    let a = all[0];
    (a.canonical.as_deref().map(str::to_owned), a.current.as_deref().map(str::to_owned), a.kind)
}

fn national(canonical: &str, current: Option<&str>) -> (Option<String>, Option<String>, AgencyKind) {
    (Some(canonical.to_owned()), current.map(str::to_owned), AgencyKind::National)
}

/// The names listed by a document's `unknown-agency` diagnostic (none when
/// it has no such diagnostic); asserts there is at most one.
fn listed_unknown(doc: &Document<'_>) -> Option<Vec<String>> {
    let found: Vec<_> = doc.diagnostics.iter().filter(|d| d.code == "unknown-agency").collect();
    assert!(found.len() <= 1, "one unknown-agency diagnostic per document: {found:?}");
    let d = found.first()?;
    assert_eq!(d.severity, gongwen::Severity::Info);
    let (_, list) = d.message.split_once(": ").expect("the message lists the names after a colon");
    let list = list.split(" and ").next().unwrap_or(list);
    Some(list.split(", ").map(str::to_owned).collect())
}

#[test]
fn every_body_of_the_seed_resolves() {
    let doc = parse(SEED);
    let expected = [
        ("发展改革委", "国家发展和改革委员会"),
        ("人力资源社会保障部", "人力资源和社会保障部"),
        ("卫生健康委", "国家卫生健康委员会"),
        ("国铁集团", "中国国家铁路集团有限公司"),
        ("开发银行", "国家开发银行"),
        ("林草局", "国家林业和草原局"),
        ("应急部", "应急管理部"),
        ("中央网信办", "中央网络安全和信息化委员会办公室"),
        ("住房城乡建设部", "住房和城乡建设部"),
        ("农业发展银行", "中国农业发展银行"),
        ("人民银行", "中国人民银行"),
        ("乡村振兴局", "国家乡村振兴局"),
        ("国资委", "国务院国有资产监督管理委员会"),
        ("市场监管总局", "国家市场监督管理总局"),
        ("中央政法委", "中央政法委员会"),
        ("医保局", "国家医疗保障局"),
        ("文物局", "国家文物局"),
        ("统计局", "国家统计局"),
        ("能源局", "国家能源局"),
    ];
    let all = agencies(&doc);
    for (name, canonical) in expected {
        let found: Vec<_> = all.iter().filter(|a| a.name == name).collect();
        assert!(!found.is_empty(), "{name} is named in the seed");
        for a in found {
            assert_eq!(a.canonical.as_deref(), Some(canonical), "{name}");
            assert_eq!(a.kind, AgencyKind::National, "{name}");
        }
    }
    // every other body too: none is unknown, the only non-national one is
    // the collective of the standing note
    for a in &all {
        match a.name.as_ref() {
            "各省级有关部门" => {
                assert_eq!((a.kind, a.canonical.as_deref(), a.level), (AgencyKind::Collective, None, None));
            }
            name => {
                assert_eq!(a.kind, AgencyKind::National, "{name}");
                assert!(a.canonical.is_some(), "{name}");
                assert!(a.level.is_none() && a.jurisdiction.is_none(), "{name}");
            }
        }
    }
    assert_eq!(listed_unknown(&doc), None);
    // 2022: 国家乡村振兴局 still existed; today its work is 农业农村部's
    let rural = all.iter().find(|a| a.name == "乡村振兴局").unwrap();
    assert_eq!(rural.current.as_deref(), Some("农业农村部"));
    assert!(all.iter().filter(|a| a.name != "乡村振兴局").all(|a| a.current.is_none()));
}

#[test]
fn every_body_of_the_corpus_is_classified_or_diagnosed() {
    let fixtures = common::fixtures();
    assert!(fixtures.len() >= 12);
    let mut unknown_anywhere = Vec::new();
    for (name, text) in &fixtures {
        let doc = parse(text);
        let all = agencies(&doc);
        for a in &all {
            assert_eq!(a.kind == AgencyKind::National, a.canonical.is_some(), "{name}: {}", a.name);
            assert_eq!(a.kind == AgencyKind::Local, a.level.is_some(), "{name}: {}", a.name);
        }
        let unknown: BTreeSet<String> =
            all.iter().filter(|a| a.kind == AgencyKind::Unknown).map(|a| a.name.to_string()).collect();
        match listed_unknown(&doc) {
            None => assert!(unknown.is_empty(), "{name}: unknown {unknown:?} but no diagnostic"),
            Some(listed) => {
                assert_eq!(listed.iter().cloned().collect::<BTreeSet<_>>(), unknown, "{name}");
                let first =
                    all.iter().filter(|a| a.kind == AgencyKind::Unknown).map(|a| a.span).min_by_key(|s| s.start);
                let d = doc.diagnostics.iter().find(|d| d.code == "unknown-agency").unwrap();
                assert_eq!(Some(d.span), first, "{name}");
            }
        }
        unknown_anywhere.extend(unknown);
        if let Err(e) = common::check_invariants(text, &doc) {
            panic!("{name}: {e}");
        }
    }
    // the corpus names no body the gazetteer cannot place, but two
    // district-owned enterprises of fixture 12's task table (推进单位 column),
    // which are diagnosed as unknown-agency
    assert_eq!(unknown_anywhere.iter().map(String::as_str).collect::<Vec<_>>(), ["大宁集团", "置业集团"]);
}

#[test]
fn local_bodies_of_a_municipality() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/02-shanghai-hufubanfa-2024-3-sponge-city.txt"
    ))
    .unwrap();
    let doc = parse(&text);
    for a in agencies(&doc) {
        assert_eq!(a.kind, AgencyKind::Local, "{}", a.name);
        assert_eq!(a.canonical, None);
        if a.name == "各区政府" {
            // several places: no jurisdiction
            assert_eq!((a.level, a.jurisdiction.as_deref()), (Some(LocalLevel::District), None));
        } else {
            // a bare 市… in a 直辖市 document is the municipality's own body
            assert!(a.name.starts_with('市'), "{}", a.name);
            assert_eq!(
                (a.level, a.jurisdiction.as_deref()),
                (Some(LocalLevel::Province), Some("上海市")),
                "{}",
                a.name
            );
        }
    }
}

#[test]
fn jurisdiction_comes_from_the_issuer() {
    // issuer: the signature
    let text = "各街镇：\n现将《实施意见》印发给你们，请认真贯彻执行。\n上海市嘉定区人民政府\n2023年7月17日\n\
                实施意见\n一、任务\n（一）推进更新。开展工作。（区建设管理委、上海市水务局负责）\n";
    let doc = parse(text);
    let all = agencies(&doc);
    let got: Vec<_> = all.iter().map(|a| (a.name.as_ref(), a.kind, a.level, a.jurisdiction.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("区建设管理委", AgencyKind::Local, Some(LocalLevel::District), Some("嘉定区")),
            ("上海市水务局", AgencyKind::Local, Some(LocalLevel::Province), Some("上海市")),
        ]
    );
    // both places borrow from the input (the issuer's text, the body's name)
    let raw = text.as_bytes().as_ptr_range();
    for a in &all {
        let j = a.jurisdiction.as_ref().unwrap();
        assert!(matches!(j, std::borrow::Cow::Borrowed(_)) && raw.contains(&j.as_ptr()), "{j}");
    }
    // no signature: the body that leads the notice's title
    let text = "上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知\n各乡镇人民政府，区政府各委、办、局：\n\
                现将《2021年崇明区城市体检工作方案》印发给你们，请认真按照执行。\n2021年9月9日\n\
                2021年崇明区城市体检工作方案\n一、任务\n（一）建立机制。开展工作。（区建设管理委负责）\n";
    let doc = parse(text);
    assert!(doc.notice.as_ref().unwrap().issuers.is_empty());
    let a = agencies(&doc)[0];
    assert_eq!((a.level, a.jurisdiction.as_deref()), (Some(LocalLevel::District), Some("崇明区")));
}

#[test]
fn predecessors_and_successors_by_year() {
    // one name, the body of its time
    assert_eq!(resolve(2015, "卫生计生委负责"), national("国家卫生和计划生育委员会", Some("国家卫生健康委员会")));
    assert_eq!(resolve(2020, "卫生健康委负责"), national("国家卫生健康委员会", None));
    assert_eq!(
        resolve(2016, "中央网信办负责"),
        national("中央网络安全和信息化领导小组办公室", Some("中央网络安全和信息化委员会办公室"))
    );
    assert_eq!(resolve(2020, "中央网信办负责"), national("中央网络安全和信息化委员会办公室", None));
    assert_eq!(resolve(2010, "广电总局负责"), national("国家广播电影电视总局", Some("国家广播电视总局")));
    assert_eq!(resolve(2020, "广电总局负责"), national("国家广播电视总局", None));
    assert_eq!(resolve(2019, "银保监会负责"), national("中国银行保险监督管理委员会", Some("国家金融监督管理总局")));
    // abolished bodies and the body that carries their work today
    assert_eq!(resolve(2016, "国土资源部负责"), national("国土资源部", Some("自然资源部")));
    assert_eq!(resolve(2022, "乡村振兴局负责"), national("国家乡村振兴局", Some("农业农村部")));
    assert_eq!(resolve(2015, "农业部负责"), national("农业部", Some("农业农村部")));
    assert_eq!(resolve(2015, "扶贫办负责"), national("国务院扶贫开发领导小组办公室", Some("农业农村部")));
    assert_eq!(
        resolve(2004, "西部开发办负责"),
        national("国务院西部地区开发领导小组办公室", Some("国家发展和改革委员会"))
    );
    // a body that exists today has no `current`
    assert_eq!(resolve(2020, "自然资源部负责"), national("自然资源部", None));
}

#[test]
fn the_year_falls_back_to_the_doc_number() {
    // no 成文日期: the year of the 发文字号
    let text = "国务院办公厅关于推进工作的意见\n国办发〔2016〕12号\n各省、自治区、直辖市人民政府：\n\
                一、任务\n（一）推进改革。开展工作。（中央网信办负责）\n";
    let doc = parse(text);
    assert_eq!(doc.notice.as_ref().and_then(|n| n.date.as_deref()), None);
    let a = agencies(&doc)[0];
    assert_eq!(a.canonical.as_deref(), Some("中央网络安全和信息化领导小组办公室"));
}

#[test]
fn unknown_bodies_are_listed_once() {
    let text = dated(2020, "某某研究会、城市管理局、发展改革委、某某研究会负责");
    let doc = parse(&text);
    let all = agencies(&doc);
    let kinds: Vec<_> = all.iter().map(|a| (a.name.as_ref(), a.kind, a.canonical.is_some())).collect();
    assert_eq!(
        kinds,
        [
            ("某某研究会", AgencyKind::Unknown, false),
            ("城市管理局", AgencyKind::Unknown, false),
            ("发展改革委", AgencyKind::National, true),
            ("某某研究会", AgencyKind::Unknown, false),
        ]
    );
    assert_eq!(listed_unknown(&doc), Some(vec!["某某研究会".to_owned(), "城市管理局".to_owned()]));
    let d = doc.diagnostics.iter().find(|d| d.code == "unknown-agency").unwrap();
    assert_eq!(d.span, all[0].span);
    assert_eq!(&text[d.span.start..d.span.end], "某某研究会");
    assert!(d.message.starts_with("2 bodies named are "), "{}", d.message);
    assert!(doc.diagnostics.windows(2).all(|w| w[0].span.start <= w[1].span.start), "in input order");
    // many unknown names: the first ten, then a count
    let names: Vec<String> = (1..=12).map(|i| format!("第{i}研究会")).collect();
    let text = dated(2020, &format!("{}负责", names.join("、")));
    let doc = parse(&text);
    let d = doc.diagnostics.iter().find(|d| d.code == "unknown-agency").unwrap();
    assert!(d.message.ends_with("第9研究会, 第10研究会 and 2 more"), "{}", d.message);
    assert!(!d.message.contains("第11研究会"));
}

#[test]
fn labelled_and_suffix_forms_keep_their_roles() {
    let text = dated(2020, "牵头单位：发展改革委；配合单位：财政部、有关部门");
    let doc = parse(&text);
    let got: Vec<_> = agencies(&doc).iter().map(|a| (a.name.to_string(), a.role, a.kind)).collect();
    assert_eq!(
        got,
        [
            ("发展改革委".to_owned(), Role::Lead, AgencyKind::National),
            ("财政部".to_owned(), Role::Support, AgencyKind::National),
            ("有关部门".to_owned(), Role::Support, AgencyKind::Collective),
        ]
    );
    let text = dated(2020, "中央农办牵头，农业农村部等参与");
    let doc = parse(&text);
    let got: Vec<_> = agencies(&doc).iter().map(|a| (a.canonical.as_deref().unwrap().to_owned(), a.role)).collect();
    assert_eq!(got, [("中央农村工作领导小组办公室".to_owned(), Role::Lead), ("农业农村部".to_owned(), Role::Support)]);
}

#[test]
fn prose_responsibility_of_the_reply_letter() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/07-guobanhan-2004-71-sichuan-reply-letter.txt"
    ))
    .unwrap();
    let doc = parse(&text);
    let roles =
        |b: &gongwen::Block| -> Vec<(String, Role)> { b.agencies().map(|a| (a.name.to_string(), a.role)).collect() };
    let s = |v: &[(&str, Role)]| v.iter().map(|&(n, r)| (n.to_owned(), r)).collect::<Vec<_>>();
    // 一、: one body, responsible
    let one = &doc.sections[0];
    assert_eq!(roles(one), s(&[("发展改革委", Role::Responsible)]));
    let r = &one.responsibilities[0];
    assert_eq!(r.raw, "发展改革委研究提出了办理意见");
    assert_eq!(&text[r.span.start..r.span.end], "发展改革委研究提出了办理意见");
    assert!(r.notes.is_empty());
    // the sentence stays in the text: it is prose
    assert!(one.paragraphs[1].text.starts_with("发展改革委研究提出了办理意见："));
    // 四、: before 会同 lead, after it support
    assert_eq!(
        roles(&doc.sections[3]),
        s(&[("发展改革委", Role::Lead), ("农业部", Role::Lead), ("财政部", Role::Support)])
    );
    // 八、1.: in an item, after its run-in title
    assert_eq!(
        roles(&doc.sections[7].children[0]),
        s(&[
            ("国土资源部", Role::Lead),
            ("民政部", Role::Support),
            ("财政部", Role::Support),
            ("水利部", Role::Support)
        ])
    );
    // 八、 itself states no body: only its items do
    assert!(doc.sections[7].responsibilities.is_empty());
    // every block that answers a request names its bodies
    let answered = doc.blocks().filter(|b| !b.responsibilities.is_empty()).count();
    assert_eq!(answered, 14);
    // 2004: the bodies of the time, and today's
    let all = agencies(&doc);
    let find = |name: &str| all.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("{name}"));
    assert_eq!(find("农业部").canonical.as_deref(), Some("农业部"));
    assert_eq!(find("农业部").current.as_deref(), Some("农业农村部"));
    assert_eq!(find("环保总局").canonical.as_deref(), Some("国家环境保护总局"));
    assert_eq!(find("环保总局").current.as_deref(), Some("生态环境部"));
    assert_eq!(find("林业局").current.as_deref(), Some("国家林业和草原局"));
    assert_eq!(find("振兴东北办").current.as_deref(), Some("国家发展和改革委员会"));
    assert_eq!(find("有关部门").kind, AgencyKind::Collective);
    assert_eq!(listed_unknown(&doc), None);
}

#[test]
fn seed_assignments() {
    let doc = parse(SEED);
    let rows = doc.assignments();
    let clauses: usize = doc.blocks().map(|b| b.responsibilities.len()).sum();
    assert_eq!(clauses, 26);
    // one row per body named in a clause, plus the standing note's body in
    // the 27 tasks after the first
    assert_eq!(rows.len(), 148);
    assert_eq!(rows.iter().filter(|r| r.inherited).count(), 27);
    assert!(
        rows.iter().filter(|r| r.inherited).all(|r| r.name == "各省级有关部门" && r.kind == AgencyKind::Collective)
    );
    assert!(rows.iter().all(|r| r.role == Role::Responsible && r.attachment.is_none()));
    let first = &rows[0];
    assert_eq!((first.label.as_str(), first.path.as_slice(), first.marker), ("一/一", &[1, 1][..], "(一)"));
    assert_eq!(first.title, Some("持续深化户籍制度改革"));
    assert_eq!((first.name, first.canonical, first.body()), ("公安部", Some("公安部"), "公安部"));
    let last = rows.last().unwrap();
    assert_eq!((last.label.as_str(), last.path.as_slice(), last.inherited), ("六/二十八", &[6, 28][..], true));
    // rows serialise for the command line
    let json = serde_json::to_value(&rows[1]).unwrap();
    assert_eq!(json["canonical"], "国家发展和改革委员会");
    assert_eq!(json["kind"], "national");
    assert_eq!(json["role"], "responsible");
    assert_eq!(json["path"], serde_json::json!([1, 1]));
}

#[test]
fn seed_by_body() {
    let doc = parse(SEED);
    let bodies = doc.by_body();
    let ndrc = bodies.iter().find(|b| b.body == "国家发展和改革委员会").unwrap();
    assert_eq!(ndrc.names, ["发展改革委"]);
    assert_eq!(ndrc.kind, AgencyKind::National);
    assert_eq!(counts(&ndrc.counts), (0, 22, 0, 0));
    assert_eq!(ndrc.counts.total(), 22);
    assert_eq!(ndrc.responsible.len(), 22);
    assert_eq!(&ndrc.responsible[..3], ["一/一", "一/二", "一/四"]);
    assert_eq!(ndrc.responsible.last().map(String::as_str), Some("五/二十六"));
    // the collective of the standing note: once stated, 27 times inherited
    let provinces = bodies.iter().find(|b| b.body == "各省级有关部门").unwrap();
    assert_eq!(counts(&provinces.counts), (0, 28, 0, 27));
    // keyed by canonical name, in order of first appearance
    let keys: Vec<&str> = bodies.iter().map(|b| b.body).take(3).collect();
    assert_eq!(keys, ["公安部", "国家发展和改革委员会", "各省级有关部门"]);
    let total: usize = bodies.iter().map(|b| b.counts.total()).sum();
    assert_eq!(total, 148, "no body is named twice in one task");
    assert!(serde_json::to_string(&bodies).unwrap().contains("\"counts\":{\"lead\":0,\"responsible\":22"));
}

#[test]
fn by_body_aggregates_written_forms() {
    let text = dated(2022, "发展改革委、国家发展改革委、乡村振兴局负责");
    let doc = parse(&text);
    let bodies = doc.by_body();
    assert_eq!(bodies.len(), 2);
    assert_eq!(bodies[0].names, ["发展改革委", "国家发展改革委"]);
    assert_eq!(bodies[0].counts.responsible, 1, "one block, counted once");
    assert_eq!((bodies[1].body, bodies[1].current), ("国家乡村振兴局", Some("农业农村部")));
}

#[test]
fn attached_documents_are_queried_too() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/05-guobanfa-2018-124-cultural-enterprises-two-rules.txt"
    ))
    .unwrap();
    let doc = parse(&text);
    // the covering notice's prose names bodies outside any block: no rows
    assert!(doc.assignments().is_empty());
    // a synthetic notice with an attachment that carries a clause
    let text = "标题\n一、任务\n（一）推进改革。（发展改革委负责）\n附件：重点任务清单\n附件\n重点任务清单\n一、清单\n（一）推进工作。（财政部负责）\n";
    let doc = parse(text);
    let rows: Vec<_> = doc.assignments().into_iter().map(|r| (r.attachment, r.label, r.name)).collect();
    assert_eq!(rows, [(None, "一/一".to_owned(), "发展改革委"), (Some(0), "附件1/一/一".to_owned(), "财政部")]);
}

#[test]
fn new_fields_serialise_and_detach() {
    let text = dated(2016, "国土资源部、各区政府负责");
    let doc = parse(&text);
    let json: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    let agencies = &json["sections"][0]["children"][0]["responsibilities"][0]["agencies"];
    assert_eq!(agencies[0]["kind"], "national");
    assert_eq!(agencies[0]["canonical"], "国土资源部");
    assert_eq!(agencies[0]["current"], "自然资源部");
    assert_eq!(agencies[0]["level"], serde_json::Value::Null);
    assert_eq!(agencies[0]["jurisdiction"], serde_json::Value::Null);
    assert_eq!(agencies[1]["kind"], "local");
    assert_eq!(agencies[1]["level"], "district");
    let owned = doc.clone().into_owned();
    assert_eq!(owned, doc);
    let back: Document = serde_json::from_value(json).unwrap();
    assert_eq!(back, doc);
}

/// (lead, responsible, support, inherited): `RoleCounts` is non-exhaustive.
fn counts(c: &RoleCounts) -> (usize, usize, usize, usize) {
    (c.lead, c.responsible, c.support, c.inherited)
}
