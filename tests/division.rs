//! A paragraph that divides the work among its bodies, clause after clause
//! (`sentence_duty::division_of_work`): every member a responsibility, in
//! order, each with the deadline of its own sentence, the first duty never
//! read twice. All texts here are CONSTRUCTED (own text, inline), at the
//! levels of 省 市 区 县 乡镇, with the sentences that must not be read mixed
//! in: a body's remit (`市民政局负责本市社会救助工作。`), `对…负责`, `X负责的…`,
//! a regulation's article, a list of members' duties.

use gongwen::{Block, Document, Role};

#[path = "common/redteam.rs"]
mod redteam;
use redteam::{parse, roles};

use Role::{Lead, Responsible, Support};

/// A plan of numbered blocks, `paragraphs` one a block (`一、标题。text`).
fn plan(paragraphs: &[&str]) -> String {
    let mut t = String::from("某某市加强城市更新工作实施方案\n\n");
    for (i, p) in paragraphs.iter().enumerate() {
        t.push_str(&format!("{}、{p}\n", ["一", "二", "三", "四", "五", "六"][i]));
    }
    t
}

/// The top-level block `n` (1-based).
fn top<'d>(doc: &'d Document<'_>, n: usize) -> &'d Block<'d> {
    &doc.sections[n - 1]
}

/// `by` of each responsibility's deadline.
fn bys<'d>(b: &'d Block<'_>) -> Vec<Option<&'d str>> {
    b.responsibilities.iter().map(|r| r.deadline.as_deref().and_then(|d| d.by.as_deref())).collect()
}

#[test]
fn semicolons_divide_the_work_at_every_level() {
    let t = plan(&[
        "加强组织领导。市发展改革委负责统筹协调；市财政局负责资金保障；各区政府负责具体实施。",
        "保障措施。县农业农村局负责统筹；县财政局负责资金保障；各乡镇负责组织实施。",
        "压实责任。由市住房城乡建设局牵头，市自然资源局、市生态环境局配合，制定改造计划；市城管局负责日常巡查。",
        "强化协同。省发展改革委会同省财政局制定支持政策；省自然资源厅负责用地保障。",
        "落实属地责任。区建设管理委负责项目审批；区房管局负责居民协调；各街道负责组织实施。",
    ]);
    let doc = parse(&t);
    assert_eq!(
        roles(top(&doc, 1)),
        [vec![("市发展改革委", Responsible)], vec![("市财政局", Responsible)], vec![("各区政府", Responsible)]]
    );
    assert_eq!(
        roles(top(&doc, 2)),
        [vec![("县农业农村局", Responsible)], vec![("县财政局", Responsible)], vec![("各乡镇", Responsible)]]
    );
    assert_eq!(
        roles(top(&doc, 3)),
        [
            vec![("市住房城乡建设局", Lead), ("市自然资源局", Support), ("市生态环境局", Support)],
            vec![("市城管局", Responsible)]
        ]
    );
    assert_eq!(
        roles(top(&doc, 4)),
        [vec![("省发展改革委", Lead), ("省财政局", Support)], vec![("省自然资源厅", Responsible)]]
    );
    assert_eq!(
        roles(top(&doc, 5)),
        [vec![("区建设管理委", Responsible)], vec![("区房管局", Responsible)], vec![("各街道", Responsible)]]
    );
    redteam::spans_read_back(&t, &doc);
    // the spans are the bodies and the role word, in the input
    for b in doc.blocks() {
        for r in &b.responsibilities {
            assert_eq!(&t[r.span.start..r.span.end], r.raw.as_ref());
            for a in &r.agencies {
                assert_eq!(&t[a.span.start..a.span.end], a.name.as_ref());
            }
        }
    }
}

#[test]
fn full_stops_divide_the_work_each_with_its_deadline() {
    let t = plan(&[
        "推进改造。市住房城乡建设局负责编制年度计划，2025年6月底前完成。市财政局负责落实补助资金，2025年9月底前到位。各区政府负责组织实施。",
        "完善设施。县交通运输局牵头建设农村公路，年底前完工；县水利局负责饮水工程，2026年3月底前完成。",
        "做好防灾减灾。省气象局负责发布农业气象预警信息，省应急管理厅、省水利厅按职责分工负责抗旱抗涝工作。",
    ]);
    let doc = parse(&t);
    let b = top(&doc, 1);
    assert_eq!(
        roles(b),
        [vec![("市住房城乡建设局", Responsible)], vec![("市财政局", Responsible)], vec![("各区政府", Responsible)]]
    );
    assert_eq!(bys(b), [Some("2025-06-30"), Some("2025-09-30"), None]);
    let b = top(&doc, 2);
    assert_eq!(roles(b), [vec![("县交通运输局", Lead)], vec![("县水利局", Responsible)]]);
    assert_eq!(bys(b)[1], Some("2026-03-31"));
    // (the first member's own deadline, not the next one's)
    assert_ne!(bys(b)[0], Some("2026-03-31"));
    let b = top(&doc, 3);
    assert_eq!(
        roles(b),
        [vec![("省气象局", Responsible)], vec![("省应急管理厅", Responsible), ("省水利厅", Responsible)]]
    );
}

#[test]
fn what_is_no_member_is_left_out() {
    let t = plan(&[
        // a remit sentence among the members
        "健全救助体系。市民政局负责本市社会救助工作。市财政局负责落实救助资金；各区政府负责具体实施。",
        // accountability, an attribute, a person
        "压实责任。各级人民政府对本地区安全生产工作负责。市应急局负责组织督查；市财政局负责的项目要加快实施。",
        // a topic before 由, a document as the subject
        "加强统筹。市发展改革委负责统筹协调。救援队伍建设由市应急局负责；市发展改革委会同市财政局上报的《实施意见》已经市政府批准。",
    ]);
    let doc = parse(&t);
    assert_eq!(roles(top(&doc, 1)), [vec![("市财政局", Responsible)], vec![("各区政府", Responsible)]]);
    // one member read (市应急局, a later sentence): no division, and no
    // plain duty of a later sentence, as before
    assert!(top(&doc, 2).responsibilities.is_empty(), "{:?}", roles(top(&doc, 2)));
    assert_eq!(roles(top(&doc, 3)), [vec![("市发展改革委", Responsible)]]);
}

#[test]
fn a_later_paragraph_of_a_block_divides_the_work() {
    let t = "某某区推进垃圾分类工作方案\n\n一、推进源头减量\n推行绿色办公，减少一次性用品使用，区机管局负责，年底前完成。\n区绿化市容局负责分类收运体系建设；区商务委负责再生资源回收；各街道负责宣传动员。\n二、保障措施\n加强考核。\n";
    let doc = parse(t);
    assert_eq!(
        roles(top(&doc, 1)),
        [
            vec![("区机管局", Responsible)],
            vec![("区绿化市容局", Responsible)],
            vec![("区商务委", Responsible)],
            vec![("各街道", Responsible)]
        ]
    );
}

#[test]
fn articles_and_lists_of_duties_are_left_as_they_are() {
    // a regulation's article: standing functions
    let t = "某某市社会救助办法\n\n第一章　总则\n第五条　县级以上人民政府民政部门负责本行政区域内的社会救助管理工作。县级以上人民政府财政部门负责社会救助资金保障；县级以上人民政府人力资源社会保障部门负责就业救助。\n第六条　乡镇人民政府、街道办事处负责社会救助的申请受理、调查审核。\n";
    let doc = parse(t);
    for b in doc.blocks() {
        assert!(b.responsibilities.len() <= 1, "{:?}", roles(b));
    }
    // a block titled with the duties of several: the first duty alone
    let t = plan(&[
        "职责分工\n区消防救援局负责协调项目推进工作。区财政局、区发改委负责落实项目所需经费。各街道负责排摸底数。",
    ]);
    let doc = parse(&t);
    assert!(top(&doc, 1).responsibilities.len() <= 1, "{:?}", roles(top(&doc, 1)));
}
