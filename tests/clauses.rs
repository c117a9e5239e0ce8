//! Responsibility clauses and duty lists (issue #12, failure classes 5, 6
//! and 9): constructed documents, one per form, and facts read off
//! documents of the wide corpus (`fixtures/wide/`).

use gongwen::{AgencyKind, Block, Document, LocalLevel, Role};

fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).expect("parses")
}

fn wide(prefix: &str) -> String {
    let dir = format!("{}/fixtures/wide", env!("CARGO_MANIFEST_DIR"));
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix))
                && p.extension().is_some_and(|e| e == "txt")
        })
        .unwrap_or_else(|| panic!("no wide fixture {prefix}"));
    std::fs::read_to_string(&path).unwrap()
}

/// Each responsibility of the block, as (name, role) lists.
fn roles<'d>(b: &'d Block<'_>) -> Vec<Vec<(&'d str, Role)>> {
    b.responsibilities.iter().map(|r| r.agencies.iter().map(|a| (a.name.as_ref(), a.role)).collect()).collect()
}

fn block<'d>(doc: &'d Document<'_>, marker: &str) -> &'d Block<'d> {
    doc.blocks().find(|b| b.marker == marker).unwrap_or_else(|| panic!("no block {marker}"))
}

use Role::{Lead, Responsible, Support};

#[test]
fn constructed_clause_bodies() {
    let text = "某某工作方案\n一、重点任务\n（一）完善救助制度。（民政部、财政部等和各省级人民政府负责）\n（二）推进改革。（省发展改革委会同有关部门负责）\n（三）加强保障。（财政部会同人力资源社会保障部负责）\n（四）强化监管。（市场监管总局牵头，国务院相关部门及各地区按职责分工负责）\n（五）做好宣传。（市委宣传部牵头，市文明办参加）\n";
    let doc = parse(text);
    assert_eq!(
        roles(block(&doc, "（一）")),
        [vec![("民政部", Responsible), ("财政部", Responsible), ("各省级人民政府", Responsible)]]
    );
    assert_eq!(roles(block(&doc, "（二）")), [vec![("省发展改革委", Lead), ("有关部门", Support)]]);
    assert_eq!(roles(block(&doc, "（三）")), [vec![("财政部", Lead), ("人力资源社会保障部", Support)]]);
    assert_eq!(
        roles(block(&doc, "（四）")),
        [vec![("市场监管总局", Lead), ("国务院相关部门", Responsible), ("各地区", Responsible)]]
    );
    assert_eq!(roles(block(&doc, "（五）")), [vec![("市委宣传部", Lead), ("市文明办", Support)]]);
}

#[test]
fn first_body_leads_from_the_note_on() {
    let text = "某某意见\n一、任务\n（一）稳就业。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n（二）保民生。（民政部、财政部、各省级人民政府负责）\n（三）单列。（教育部负责）\n（四）兜底。（各有关部门和单位，各省级人民政府按职责分工负责）\n（五）协同。（科技部牵头，工业和信息化部配合）\n";
    let doc = parse(text);
    assert_eq!(roles(block(&doc, "（一）")), [vec![("人力资源社会保障部", Lead), ("财政部", Responsible)]]);
    assert_eq!(
        roles(block(&doc, "（二）")),
        [vec![("民政部", Lead), ("财政部", Responsible), ("各省级人民政府", Responsible)]]
    );
    // the first body leads even alone or a collective: the note says so
    assert_eq!(roles(block(&doc, "（三）")), [vec![("教育部", Lead)]]);
    assert_eq!(roles(block(&doc, "（四）")), [vec![("各有关部门和单位", Lead), ("各省级人民政府", Responsible)]]);
    assert_eq!(roles(block(&doc, "（五）")), [vec![("科技部", Lead), ("工业和信息化部", Support)]]);
    // a note of its own, before the blocks, applies as well
    let doc = parse(
        "某某意见\n各项任务如下。（各项任务中列第一位的为牵头单位）\n一、任务\n（一）保民生。（民政部、财政部负责）\n",
    );
    assert_eq!(roles(block(&doc, "（一）")), [vec![("民政部", Lead), ("财政部", Responsible)]]);
    // without the note, the first body stays responsible
    let doc = parse("某某意见\n一、任务\n（一）保民生。（民政部、财政部负责）\n");
    assert_eq!(roles(block(&doc, "（一）")), [vec![("民政部", Responsible), ("财政部", Responsible)]]);
}

#[test]
fn prose_lead_and_support() {
    let doc =
        parse("某某方案\n一、任务\n（一）推进建设\n由市发展改革委牵头，市财政局、市规划资源局配合，制定实施细则。\n");
    assert_eq!(
        roles(block(&doc, "（一）")),
        [vec![("市发展改革委", Lead), ("市财政局", Support), ("市规划资源局", Support)]]
    );
}

#[test]
fn levels_share_the_ending_of_the_name_after_them() {
    let text = "某某方案\n一、任务\n（一）推进改革。各市、县（市、区）人民政府负责。\n\
                （二）加强建设。（省、市、县三级人民政府负责）\n\
                （三）落实资金。（省、市财政厅局负责）\n\
                （四）做好衔接。（各区、市发展改革委牵头，省、市、区两级财政部门配合）\n\
                （五）统筹推进。（各市、规划局负责）\n";
    let doc = parse(text);
    assert_eq!(
        roles(block(&doc, "（一）")),
        [vec![("各市人民政府", Responsible), ("各县（市、区）人民政府", Responsible)]]
    );
    let b = block(&doc, "（二）");
    assert_eq!(roles(b), [vec![("省人民政府", Responsible), ("市人民政府", Responsible), ("县人民政府", Responsible)]]);
    // the span of each is the bytes written for it
    let written: Vec<&str> = b.responsibilities[0].agencies.iter().map(|a| &text[a.span.start..a.span.end]).collect();
    assert_eq!(written, ["省", "市", "县三级人民政府"]);
    let levels: Vec<_> = b.responsibilities[0].agencies.iter().map(|a| a.level).collect();
    assert_eq!(levels, [Some(LocalLevel::Province), Some(LocalLevel::City), Some(LocalLevel::District)]);
    assert_eq!(roles(block(&doc, "（三）")), [vec![("省财政厅局", Responsible), ("市财政厅局", Responsible)]]);
    assert_eq!(
        roles(block(&doc, "（四）")),
        [vec![
            ("各区发展改革委", Lead),
            ("各市发展改革委", Lead),
            ("省财政部门", Support),
            ("市财政部门", Support),
            ("区财政部门", Support)
        ]]
    );
    // an office lends no level its name: 各市 stays as written
    assert_eq!(roles(block(&doc, "（五）")), [vec![("各市", Responsible), ("规划局", Responsible)]]);
}

/// Constructed: a bare prose sentence whose bodies are levels sharing an
/// ending (`市、区两级财政部门负责。`) is read as it is in brackets, at a
/// block's start or closing its paragraph; the same list in a sentence of
/// another form is none.
#[test]
fn levels_sharing_an_ending_in_a_prose_sentence() {
    let text = "某某方案\n一、任务\n（一）落实资金，加强绩效管理。市、区两级财政部门负责。\n\
                （二）建立工作台账，定期调度。县、乡两级政府负责。\n\
                （三）统筹推进\n市、区两级财政部门牵头，市发展改革委配合，2025年底前完成。\n\
                （四）市、区两级财政部门要加强资金监管。\n\
                （五）省、市、县三级联动，形成工作合力。\n";
    let doc = parse(text);
    let b = block(&doc, "（一）");
    assert_eq!(roles(b), [vec![("市财政部门", Responsible), ("区财政部门", Responsible)]]);
    let written: Vec<&str> = b.responsibilities[0].agencies.iter().map(|a| &text[a.span.start..a.span.end]).collect();
    assert_eq!(written, ["市", "区两级财政部门"]);
    assert_eq!(roles(block(&doc, "（二）")), [vec![("县政府", Responsible), ("乡政府", Responsible)]]);
    // at a block's start, under its title
    assert_eq!(
        roles(block(&doc, "（三）")),
        [vec![("市财政部门", Lead), ("区财政部门", Lead), ("市发展改革委", Support)]]
    );
    assert!(block(&doc, "（四）").responsibilities.is_empty());
    assert!(block(&doc, "（五）").responsibilities.is_empty());
}

#[test]
fn abbreviated_offices_belong_to_the_first_ones_city() {
    let doc = parse("某某方案\n一、任务\n（一）推进建设。（杭州市发展改革委、规划局、财政局负责）\n");
    let b = block(&doc, "（一）");
    let got: Vec<_> =
        b.responsibilities[0].agencies.iter().map(|a| (a.kind, a.level, a.jurisdiction.as_deref())).collect();
    let city = (AgencyKind::Local, Some(LocalLevel::City), Some("杭州市"));
    assert_eq!(got, [city, city, city]);
}

#[test]
fn constructed_duty_lists() {
    let text = "某某应急预案\n一、职责分工\n（一）区房管局。负责组织排查。\n（二）街道办事处。牵头开展巡查。\n（三）派出所。配合维护秩序。\n（四）区规划资源局：明确控制范围。\n二、保障措施\n（一）成立领导小组。由区长任组长。\n（二）加强宣传。各单位要做好宣传。\n市公安局：负责维护现场秩序。\n";
    let doc = parse(text);
    let duties = &doc.sections[0];
    let got: Vec<_> = duties.children.iter().map(|c| (c.title.as_deref(), roles(c))).collect();
    assert_eq!(
        got,
        [
            (Some("区房管局"), vec![vec![("区房管局", Responsible)]]),
            (Some("街道办事处"), vec![vec![("街道办事处", Lead)]]),
            (Some("派出所"), vec![vec![("派出所", Support)]]),
            (Some("区规划资源局"), vec![vec![("区规划资源局", Responsible)]]),
        ]
    );
    // a title that sets a body up is no duty; a paragraph 市公安局：负责… is
    let measures = &doc.sections[1];
    assert!(measures.children[0].responsibilities.is_empty());
    assert_eq!(roles(&measures.children[1]), [vec![("市公安局", Responsible)]]);
    // a single body-titled block with no duty word is no duty
    let doc = parse("某某方案\n一、机构\n（一）区房管局。按照要求开展工作。\n（二）工作要求。认真落实。\n");
    assert!(doc.blocks().all(|b| b.responsibilities.is_empty()));
}

#[test]
fn one_phrase_items_that_hold_blocks_are_titled() {
    let text = "某某办法\n一、受理\n下列情形不予受理：\n二、下列情形不予受理：\n（一）材料不全的；\n（二）超出范围的。\n三、适用范围\n（一）学前教育；\n（二）义务教育。\n";
    let doc = parse(text);
    let second = &doc.sections[1];
    assert_eq!(second.title.as_deref(), Some("下列情形不予受理"));
    assert!(second.paragraphs.is_empty());
    // leaf items of an enumeration stay paragraphs
    let scope = &doc.sections[2];
    assert!(scope.children.iter().all(|c| c.title.is_none() && c.paragraphs.len() == 1));
}

// ------------------------------------------------------------ wide corpus

#[test]
fn wide_107_first_listed_leads() {
    // （工业和信息化部、发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位，下同）
    let text = wide("107-");
    let doc = parse(&text);
    let all: Vec<_> = doc.blocks().flat_map(|b| b.responsibilities.iter()).collect();
    assert_eq!(all.len(), 18);
    assert_eq!(
        all[0].agencies.iter().map(|a| (a.name.as_ref(), a.role)).collect::<Vec<_>>(),
        [("工业和信息化部", Lead), ("发展改革委", Responsible), ("科技部", Responsible), ("农业农村部", Responsible)]
    );
    // （农业农村部、工业和信息化部牵头负责）: both lead, as written
    assert!(all.iter().any(|r| r.agencies.iter().all(|a| a.role == Lead) && r.agencies.len() == 2));
    // every clause has its first body lead, （各省级人民政府负责） too
    for r in &all {
        assert_eq!(r.agencies[0].role, Lead, "{}", r.raw);
    }
}

#[test]
fn wide_115_first_listed_leads_and_collective_tails() {
    let text = wide("115-");
    let doc = parse(&text);
    let all: Vec<_> = doc.blocks().flat_map(|b| b.responsibilities.iter()).collect();
    assert_eq!(all.len(), 15);
    let find = |raw: &str| all.iter().find(|r| r.raw == raw).unwrap_or_else(|| panic!("no clause {raw}"));
    let named = |raw: &str| find(raw).agencies.iter().map(|a| (a.name.to_string(), a.role)).collect::<Vec<_>>();
    assert_eq!(
        named("人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同"),
        [("人力资源社会保障部".to_string(), Lead), ("财政部".to_string(), Responsible)]
    );
    // 等有关部门和单位 says "and the others": dropped from the name
    assert_eq!(named("人力资源社会保障部等有关部门和单位负责"), [("人力资源社会保障部".to_string(), Lead)]);
    assert_eq!(named("各有关部门和单位，各省级人民政府按职责分工负责")[0], ("各有关部门和单位".to_string(), Lead));
}

#[test]
fn wide_175_180_184_duty_lists() {
    // 175 二、职责分工: 1.街道消委办。牵头… 2.派出所。配合… 3.服务办。牵头负责… 7.居委会。具体负责…
    let text = wide("175-");
    let doc = parse(&text);
    let duties: Vec<(String, Role)> = doc
        .sections
        .iter()
        .find(|s| s.title.as_deref() == Some("职责分工"))
        .expect("二、职责分工")
        .children
        .iter()
        .flat_map(|c| c.responsibilities.iter().flat_map(|r| r.agencies.iter()))
        .map(|a| (a.name.to_string(), a.role))
        .collect();
    let want = [
        ("街道消委办", Lead),
        ("派出所", Support),
        ("服务办", Lead),
        ("建管中心", Responsible),
        ("管理办", Responsible),
        ("城运中心", Responsible),
        ("居委会", Responsible),
    ];
    assert_eq!(duties, want.map(|(n, r)| (n.to_string(), r)));

    // 180 四、: （一）区房管局。负责… … （七）区房屋急修中心。负责…
    let text = wide("180-");
    let doc = parse(&text);
    let names: Vec<String> = doc
        .blocks()
        .filter(|b| b.kind == gongwen::BlockKind::Subsection)
        .flat_map(|b| b.responsibilities.iter().flat_map(|r| r.agencies.iter()))
        .filter(|a| a.role == Responsible)
        .map(|a| a.name.to_string())
        .collect();
    assert_eq!(
        names,
        ["区房管局", "公安消防支队", "区建交委", "区安监局", "各街道办事处", "虹房集团", "区房屋急修中心"]
    );

    // 184: (一)区发展改革委：负责… (二)区规划资源局：明确… — the body is
    // the title, the colon ends it
    let text = wide("184-");
    let doc = parse(&text);
    let b = doc.blocks().find(|b| b.title.as_deref() == Some("区规划资源局")).expect("(二)区规划资源局");
    assert_eq!(roles(b), [vec![("区规划资源局", Responsible)]]);
    assert!(b.paragraphs[0].text.starts_with("明确绿线控制范围"));
    let a = &b.responsibilities[0].agencies[0];
    assert_eq!(
        (a.kind, a.level, a.jurisdiction.as_deref()),
        (AgencyKind::Local, Some(LocalLevel::District), Some("奉贤区"))
    );
}
