//! Decimal outlines (issue #12): emergency plans and technical documents
//! number their sections `1　总则` / `1.1　编制目的` / `4.2.3　…`. Each
//! heading is a block of kind `decimal`, nested by its depth, with its
//! full number in `outline`; the （1） / ① lists under a heading are its
//! children. Decimals in prose, dates, versions and `1.` items are never
//! headings, and a bare `1　总则` stands only where the outline is decimal.
//! The documents are constructed, not quoted; the last tests read two
//! documents of `fixtures/wide/`.

mod common;

use gongwen::{Block, BlockKind, Document};

fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).unwrap_or_else(|e| panic!("{e}"))
}

/// Marker and title of each block, depth first, indented by level.
fn outline(blocks: &[Block]) -> Vec<String> {
    common::outline_lines(blocks, " ", "-")
}

fn decimals(blocks: &[Block]) -> usize {
    blocks.iter().map(|b| usize::from(b.kind == BlockKind::Decimal) + decimals(&b.children)).sum()
}

const PLAN: &str = "某某市突发事件应急预案\n\
1　总则\n\
1.1　编制目的\n\
为了做好突发事件应对工作，制定本预案。\n\
1.2　工作原则\n\
（1）统一领导。全市统一指挥。\n\
（2）分级负责。各区按职责处置。\n\
2　组织指挥体系\n\
2.1　市应急指挥部\n\
市应急指挥部负责全市应对工作。\n\
2.1.1　指挥部职责\n\
①研究决定重大事项；\n\
②组织协调应急处置。\n\
2.1.2　办公室职责\n\
办公室设在市应急局。\n\
2.2　现场指挥部\n\
现场指挥部负责现场处置。\n\
3　附则\n\
3.1　本预案自印发之日起实施。\n";

#[test]
fn headings_nest_by_depth_with_lists_under_them() {
    let doc = parse(PLAN);
    assert!(doc.preamble.is_empty(), "{:?}", doc.preamble);
    assert_eq!(
        outline(&doc.sections),
        [
            "1 总则",
            "  1.1 编制目的",
            "  1.2 工作原则",
            "    （1） 统一领导",
            "    （2） 分级负责",
            "2 组织指挥体系",
            "  2.1 市应急指挥部",
            "    2.1.1 指挥部职责",
            "      ① -",
            "      ② -",
            "    2.1.2 办公室职责",
            "  2.2 现场指挥部",
            "3 附则",
            "  3.1 本预案自印发之日起实施",
        ]
    );
    let s = &doc.sections[1].children[0].children[1];
    assert_eq!((s.kind, s.number, s.outline()), (BlockKind::Decimal, 2, Some(&[2, 1, 2][..])));
    assert_eq!(s.paragraphs[0].text, "办公室设在市应急局。");
    assert_eq!(doc.sections[0].outline(), Some(&[1][..]));
    // the numbering is whole: no warning
    assert!(!doc.diagnostics.iter().any(|d| d.code.starts_with("numbering")), "{:?}", doc.diagnostics);
    // other kinds carry no outline
    assert_eq!(doc.sections[0].children[1].children[0].outline(), None);
}

#[test]
fn full_width_dots_and_numbered_paragraphs() {
    let text = "某某应急预案\n1　总则\n1．1　编制目的\n为了做好工作。\n1．2　适用范围\n本预案适用于全市。\n\
                2　应急响应\n2．1　出现险情时，指挥部立即组织处置。\n2．2　险情消除后，及时终止响应。\n";
    let doc = parse(text);
    assert_eq!(
        outline(&doc.sections),
        ["1 总则", "  1．1 编制目的", "  1．2 适用范围", "2 应急响应", "  2．1 -", "  2．2 -"]
    );
    assert_eq!(doc.sections[1].children[0].paragraphs[0].text, "出现险情时，指挥部立即组织处置。");
}

#[test]
fn numbering_gaps_are_reported_per_depth() {
    let text = "某某应急预案\n1　总则\n1.1　编制目的\n为了做好工作。\n1.3　适用范围\n本预案适用于全市。\n\
                2　应急响应\n2.1　分级响应\n按级别响应。\n3.2　终止响应\n险情消除后终止。\n";
    let doc = parse(text);
    let messages: Vec<_> =
        doc.diagnostics.iter().filter(|d| d.code.starts_with("numbering")).map(|d| d.message.as_str()).collect();
    assert!(messages.iter().any(|m| m.contains("skips to 3")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("3.2 stands under 2")), "{messages:?}");
    // a section's first number is 1: 2.2 first under 2 is a gap
    let text = "某某应急预案\n1　总则\n1.1　编制目的\n为了做好工作。\n2　应急响应\n2.2　终止响应\n险情消除后终止。\n";
    let doc = parse(text);
    let messages: Vec<_> =
        doc.diagnostics.iter().filter(|d| d.code.starts_with("numbering")).map(|d| d.message.as_str()).collect();
    assert_eq!(messages, ["decimal numbering starts at 2 (expected 1); kept in place"]);
}

#[test]
fn a_last_section_without_numbers_under_it() {
    let text = "某某应急预案\n1　总则\n1.1　编制目的\n为了做好工作。\n1.2　适用范围\n本预案适用于全市。\n\
                2　应急响应\n2.1　分级响应\n按级别响应。\n3　附则\n本预案自印发之日起实施。\n";
    let doc = parse(text);
    assert_eq!(
        outline(&doc.sections),
        ["1 总则", "  1.1 编制目的", "  1.2 适用范围", "2 应急响应", "  2.1 分级响应", "3 附则"]
    );
    assert_eq!(doc.sections[2].paragraphs[0].text, "本预案自印发之日起实施。");
}

#[test]
fn decimals_in_prose_are_no_headings() {
    let text = "某某市人民政府关于加强管理的意见\n\
                一、总体要求\n\
                全市投入3.5亿元，惠及1.2万人，增长2.5%，是去年的1.1倍。\n\
                1.5 亿元用于补助，2.1 万人参加培训。\n\
                2020.1.1 起施行。\n\
                按照第1.2条执行，版本 V2.1 发布。\n\
                二、主要任务\n\
                1.加强领导。各区要落实责任。\n\
                2.完善机制。健全工作机制。\n\
                1 总体安排\n\
                3 个工作日内完成。\n";
    let doc = parse(text);
    assert_eq!(decimals(&doc.sections), 0, "{:?}", outline(&doc.sections));
    assert_eq!(outline(&doc.sections), ["一、 总体要求", "二、 主要任务", "  1. 加强领导", "  2. 完善机制"]);
}

#[test]
fn a_decimal_sub_list_of_an_item_outline_stays_text() {
    // the document's outline is 一、 / 1.: lines `1.1 …` under an item are
    // its text, not a second outline
    let text = "某某工作方案\n一、主要任务\n1.加强领导\n1.1 明确责任分工\n1.2 强化督查考核\n2.完善机制\n2.1 健全制度\n";
    let doc = parse(text);
    assert_eq!(decimals(&doc.sections), 0, "{:?}", outline(&doc.sections));
    assert_eq!(outline(&doc.sections), ["一、 主要任务", "  1. 加强领导", "  2. 完善机制"]);
    assert_eq!(doc.sections[0].children[0].paragraphs.len(), 2);
}

#[test]
fn bare_numbers_alone_make_no_outline() {
    let text = "某某会议纪要\n1 会议议程\n2 参会人员\n与会同志围绕议题进行了讨论。\n";
    let doc = parse(text);
    assert!(doc.sections.is_empty(), "{:?}", outline(&doc.sections));
}

#[test]
fn a_plan_on_one_line_with_its_contents() {
    let mut text = String::from(
        "某某市突发事件应急预案　　1　总则　　　　1.1　编制目的　　　　1.2　工作原则　　2　应急响应　　　　2.1　分级响应　　　　2.2　响应终止 　　",
    );
    text.push_str("1　总则　　1.1　编制目的　　为了科学有序高效应对突发事件，保障人民群众生命财产安全，维护社会稳定，促进经济社会全面协调可持续发展，制定本预案。");
    text.push_str("　　1.2　工作原则　　坚持统一领导、分级负责，属地为主、协调联动，快速反应、科学处置，资源共享、保障有力的原则。事件发生后，各有关部门立即按照职责分工开展处置工作。");
    text.push_str("　　2　应急响应　　2.1　分级响应　　根据事件的严重程度和发展态势，将应急响应设定为Ⅰ级、Ⅱ级、Ⅲ级和Ⅳ级四个等级。初判发生特别重大事件时，启动Ⅰ级响应。");
    text.push_str("　　2.2　响应终止　　当事件条件已经排除，污染物质已降至规定限值以内，所造成的危害基本消除时，由启动响应的人民政府终止应急响应。各部门做好后续工作，确保社会稳定。");
    let doc = parse(&text);
    assert_eq!(
        outline(&doc.sections),
        ["1 总则", "  1.1 编制目的", "  1.2 工作原则", "2 应急响应", "  2.1 分级响应", "  2.2 响应终止"]
    );
    assert!(doc.contents.is_some(), "the list before the body is its contents");
    assert!(doc.sections[1].children[1].paragraphs[0].text.starts_with("当事件条件已经排除"));
}

fn wide(name: &str) -> String {
    let path = format!("{}/fixtures/wide/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// 国家突发环境事件应急预案 (one line): 1 总则 … 7 附则; 3 监测预警和信息报告
/// holds 3.1–3.3, 3.2 预警 holds 3.2.1–3.2.4, 3.2.3 预警行动 its four （1）.
#[test]
fn wide_135_environmental_emergency_plan() {
    let text = wide("135-guobanhan-2014-119-environmental-emergency-plan-oneline");
    let doc = parse(&text);
    assert!(doc.preamble.is_empty());
    let top: Vec<_> =
        doc.sections.iter().map(|b| format!("{} {}", b.marker, b.title.as_deref().unwrap_or(""))).collect();
    assert_eq!(
        top,
        ["1 总则", "2 组织指挥体系", "3 监测预警和信息报告", "4 应急响应", "5 后期工作", "6 应急保障", "7 附则"]
    );
    let s3 = &doc.sections[2];
    let titles: Vec<_> = s3.children.iter().map(|b| b.title.as_deref().unwrap_or("")).collect();
    assert_eq!(titles, ["监测和风险分析", "预警", "信息报告与通报"]);
    let warn = &s3.children[1];
    assert_eq!(
        warn.children.iter().map(|b| b.marker.as_ref()).collect::<Vec<_>>(),
        ["3.2.1", "3.2.2", "3.2.3", "3.2.4"]
    );
    let action = &warn.children[2];
    assert_eq!(action.title.as_deref(), Some("预警行动"));
    assert_eq!(
        action.children.iter().map(|b| b.title.as_deref().unwrap_or("")).collect::<Vec<_>>(),
        ["分析研判", "防范处置", "应急准备", "舆论引导"]
    );
    assert!(doc.contents.is_some());
    assert_eq!(doc.attachments.len(), 2);
}

/// 国家粮食应急预案 (HTML): 1 总则 … 7 附则; 2 组织机构和职责 holds 2.1 and
/// 2.2, 2.1 holds 2.1.1–2.1.3, 2.1.3's duty list （1）–（13）.
#[test]
fn wide_116_grain_emergency_plan() {
    let text = wide("116-guobanhan-2005-57-national-grain-emergency-plan");
    let doc = parse(&text);
    assert!(doc.preamble.is_empty());
    let top: Vec<_> =
        doc.sections.iter().map(|b| format!("{} {}", b.marker, b.title.as_deref().unwrap_or(""))).collect();
    assert_eq!(top, ["1 总则", "2 组织机构和职责", "3 预警监测", "4 应急响应", "5 应急保障", "6 后期处置", "7 附则"]);
    let s2 = &doc.sections[1];
    assert_eq!(
        s2.children.iter().map(|b| b.title.as_deref().unwrap_or("")).collect::<Vec<_>>(),
        ["国家粮食应急工作指挥部", "地方粮食应急机构及其职责"]
    );
    let hq = &s2.children[0];
    assert_eq!(hq.children.iter().map(|b| b.marker.as_ref()).collect::<Vec<_>>(), ["2.1.1", "2.1.2", "2.1.3"]);
    assert_eq!(hq.children[2].children.len(), 13);
    assert_eq!(doc.sections[6].children.len(), 3, "7.1–7.3");
}
