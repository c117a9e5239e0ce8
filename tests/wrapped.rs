//! Short texts copied out of a PDF, hard-wrapped at the width of the page
//! in too few lines to show one wrap width (the widths of full lines vary
//! by a character or two: justified punctuation, half-width digits): a
//! line that fills the page and ends no sentence goes on on the next line,
//! wherever the wrap fell — inside a role word (`牵|头`, `配|合`), inside a
//! body's name (`市|市场监管局`), after a 、 in a list of bodies, right
//! before a bracket's closing mark. And what must stay apart: a title over
//! its addressee, a heading after a short line, a signature, table cells
//! one per line, paragraphs one a line. The documents are constructed.

use gongwen::{Block, Document};

fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).unwrap_or_else(|e| panic!("{e}"))
}

/// (name, role) of each body of a block's clauses.
fn roles<'d>(b: &'d Block) -> Vec<(&'d str, &'static str)> {
    b.agencies().map(|a| (a.name.as_ref(), a.role.as_str())).collect()
}

fn texts<'d>(b: &'d Block) -> Vec<&'d str> {
    b.paragraphs.iter().map(|p| p.text.as_ref()).collect()
}

/// A notice wrapped at 36 characters: inside 牵头, after 、, inside a
/// body's name, inside 配合.
const CITY_NOTICE: &str = "某某市交通运输局关于做好冬季道路运输保障工作的通知
各区交通运输局：
　　现将有关事项通知如下，请认真贯彻落实。
　　一、加强运力调度。各区要统筹做好节假日客运组织，由市交通运输局牵
头，市公安局、市应急管理局配合，2025年12月底前完成。
　　二、保障物资运输。优先保障煤炭、粮食等重点物资运输。市商务局、
市发展改革委、市交通运输局按职责分工负责。
　　三、强化安全监管。开展道路运输企业安全检查。市交通运输局负责，市
市场监管局、市应急管理局配合。
　　四、做好应急处置。完善恶劣天气应急预案。市交通运输局负责，市气象局配
合。
某某市交通运输局
2025年11月20日
";

#[test]
fn wraps_inside_role_words_lists_and_names_join() {
    let doc = parse(CITY_NOTICE);
    let n = doc.notice.as_ref().expect("a notice");
    assert_eq!(n.title.as_deref(), Some("某某市交通运输局关于做好冬季道路运输保障工作的通知"));
    assert_eq!(n.issuers, ["某某市交通运输局"]);
    assert_eq!(n.date.as_deref(), Some("2025-11-20"));
    let s = &doc.sections;
    assert_eq!(s.len(), 4);
    assert_eq!(roles(&s[0]), [("市交通运输局", "lead"), ("市公安局", "support"), ("市应急管理局", "support")]);
    assert_eq!(
        texts(&s[0]),
        ["各区要统筹做好节假日客运组织，由市交通运输局牵头，市公安局、市应急管理局配合，2025年12月底前完成。"]
    );
    assert_eq!(
        roles(&s[1]),
        [("市商务局", "responsible"), ("市发展改革委", "responsible"), ("市交通运输局", "responsible")]
    );
    assert_eq!(
        roles(&s[2]),
        [("市交通运输局", "responsible"), ("市市场监管局", "support"), ("市应急管理局", "support")]
    );
    assert_eq!(roles(&s[3]), [("市交通运输局", "responsible"), ("市气象局", "support")]);
    for b in s {
        assert_eq!(b.paragraphs.len(), 1, "{:?}", b.title);
    }
}

#[test]
fn wraps_inside_brackets_and_before_their_closing_mark_join() {
    let text = "某某县2025年农村人居环境整治工作要点
　　一、推进农村厕所改造。全年新改建农村户厕1200户，2025年10月底前
完成（县农业农村局牵头，县卫生健康局、县财政局、各乡镇人民政府负责
）。
　　二、治理农村生活污水。完成20个行政村生活污水治理任务（县生态环境
局负责，县住房城乡建设局、县水务局配合）。
　　三、整治村容村貌。开展村庄清洁行动，清理房前屋后杂物（各乡镇人民政府
负责，县农业农村局参与）。
";
    let doc = parse(text);
    let s = &doc.sections;
    assert_eq!(s.len(), 3);
    assert_eq!(
        roles(&s[0]),
        [
            ("县农业农村局", "lead"),
            ("县卫生健康局", "responsible"),
            ("县财政局", "responsible"),
            ("各乡镇人民政府", "responsible")
        ]
    );
    assert_eq!(texts(&s[0]), ["全年新改建农村户厕1200户，2025年10月底前完成。"]);
    assert_eq!(
        roles(&s[1]),
        [("县生态环境局", "responsible"), ("县住房城乡建设局", "support"), ("县水务局", "support")]
    );
    assert_eq!(roles(&s[2]), [("各乡镇人民政府", "responsible"), ("县农业农村局", "support")]);
}

#[test]
fn real_lines_stay_apart() {
    // a title wider than the rest over its addressee, headings after short
    // lines, a signature: two full lines end open, but what follows each
    // is short and ends no sentence, or starts a heading
    let text = "某某区人民政府办公室关于开展安全生产大检查工作的通知
各街道办事处，区政府各部门：
　　一、检查范围和重点内容，涉及全区各类生产经营单位和人员密集场所
　　二、检查方式和工作步骤，采取企业自查与部门检查相结合的方式进行
　　三、工作要求。各单位要高度重视，确保取得实效。
某某区人民政府办公室
2025年3月1日
";
    let doc = parse(text);
    assert_eq!(doc.sections.len(), 3);
    let n = doc.notice.as_ref().expect("a notice");
    assert_eq!(n.issuers, ["某某区人民政府办公室"]);
    assert_eq!(n.date.as_deref(), Some("2025-03-01"));
}
