//! Whole documents on one line (database fields, `<p>` texts joined with no
//! separator): the notice parts, headings and clauses are recovered from
//! inside the line. The documents are constructed, not quoted; each line
//! is longer than the shortest line searched for headings (300 characters:
//! a run-on line is much longer than a paragraph).

mod common;

use gongwen::{Block, Document, Severity};

fn parse(text: &str) -> Document<'_> {
    assert!(text.len() >= 900, "{} bytes: too short to be searched", text.len());
    gongwen::parse(text).unwrap_or_else(|e| panic!("{e}"))
}

/// Marker and title of each block, depth first, indented by level.
fn outline(blocks: &[Block]) -> Vec<String> {
    common::outline_lines(blocks, "", "")
}

/// (name, role) of each body of a block's clauses.
fn roles<'d>(b: &'d Block) -> Vec<(&'d str, &'static str)> {
    b.agencies().map(|a| (a.name.as_ref(), a.role.as_str())).collect()
}

#[test]
fn a_covering_notice_and_its_plan_on_one_line() {
    let text = "某省人民政府办公厅关于印发某某工作方案的通知某政办发〔2020〕12号各市人民政府，省政府各部门：现将《某某工作方案》印发给你们，请认真贯彻执行。某省人民政府办公厅2020年11月1日（此件公开发布）某某工作方案一、总体要求（一）指导思想。坚持新发展理念。坚持以人民为中心的发展思想，统筹发展和安全，推动高质量发展，加快构建新发展格局，全面提升治理体系和治理能力现代化水平。（二）工作目标。到2025年，基本建成体系。坚持以人民为中心的发展思想，统筹发展和安全，推动高质量发展，加快构建新发展格局，全面提升治理体系和治理能力现代化水平。二、重点任务（一）推进审批改革。加快推进改革，压减审批时限。（省发展改革委牵头，省财政厅配合）（二）完善工作机制。健全工作机制。（省财政厅负责）三、保障措施（一）加强组织领导。各地要落实责任。";
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("a notice");
    assert_eq!(n.title.as_deref(), Some("某省人民政府办公厅关于印发某某工作方案的通知"));
    assert_eq!(n.doc_number.as_deref(), Some("某政办发〔2020〕12号"));
    let groups: Vec<&str> = n.addressees.iter().map(|g| g.text.as_ref()).collect();
    assert_eq!(groups, ["各市人民政府", "省政府各部门"]);
    assert_eq!(n.issuers, ["某省人民政府办公厅"]);
    assert_eq!(n.date.as_deref(), Some("2020-11-01"));
    assert_eq!(n.notes, ["（此件公开发布）"]);
    assert_eq!(n.body.len(), 1);
    assert_eq!(doc.title.as_deref(), Some("某某工作方案"));
    assert_eq!(
        outline(&doc.sections),
        [
            "一、总体要求",
            "  （一）指导思想",
            "  （二）工作目标",
            "二、重点任务",
            "  （一）推进审批改革",
            "  （二）完善工作机制",
            "三、保障措施",
            "  （一）加强组织领导",
        ]
    );
    let tasks = &doc.sections[1].children;
    assert_eq!(roles(&tasks[0]), [("省发展改革委", "lead"), ("省财政厅", "support")]);
    assert_eq!(roles(&tasks[1]), [("省财政厅", "responsible")]);
    // spans stay exact: each title's span shows it in the raw text
    for b in doc.blocks() {
        if let (Some(t), Some(s)) = (&b.title, b.title_span) {
            assert_eq!(&text[s.start..s.end], t.as_ref());
        }
    }
    assert!(!doc.diagnostics.iter().any(|d| d.code == "no-structure"));
}

#[test]
fn an_opinion_that_signs_at_the_end_on_one_line() {
    // the body runs on after the title (its boundary is gone), and the
    // signature and date close the line
    let text = "某市人民政府关于加快某某发展的意见各区人民政府，市政府各委、办、局：为加快某某发展，现提出如下意见。一、明确发展目标到2025年，产业规模明显扩大。坚持以人民为中心的发展思想，统筹发展和安全，推动高质量发展，加快构建新发展格局，全面提升治理体系和治理能力现代化水平。坚持以人民为中心的发展思想，统筹发展和安全，推动高质量发展，加快构建新发展格局，全面提升治理体系和治理能力现代化水平。二、强化政策支持（一）加大资金投入。设立专项资金。坚持以人民为中心的发展思想，统筹发展和安全，推动高质量发展，加快构建新发展格局，全面提升治理体系和治理能力现代化水平。（市财政局负责）（二）优化用地保障。（市规划资源局牵头，各区政府配合）三、加强组织实施各区要细化措施。某市人民政府2021年3月2日";
    let doc = parse(text);
    let n = doc.notice.as_ref().expect("a notice");
    assert_eq!(n.title.as_deref(), Some("某市人民政府关于加快某某发展的意见"));
    assert_eq!(n.addressees.len(), 2);
    assert_eq!(n.issuers, ["某市人民政府"]);
    assert_eq!(n.date.as_deref(), Some("2021-03-02"));
    let preamble: Vec<&str> = doc.preamble.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(preamble, ["为加快某某发展，现提出如下意见。"]);
    // 一、 and 三、: the title ran on into the text with no mark between
    let numbers: Vec<(String, u32)> = doc.blocks().map(|b| (b.marker.to_string(), b.number)).collect();
    assert_eq!(numbers.len(), 5, "{numbers:?}");
    assert_eq!(outline(&doc.sections)[2..4], ["  （一）加大资金投入", "  （二）优化用地保障"]);
    assert_eq!(roles(&doc.sections[1].children[0]), [("市财政局", "responsible")]);
    assert_eq!(roles(&doc.sections[1].children[1]), [("市规划资源局", "lead"), ("各区政府", "support")]);
}

#[test]
fn a_regulation_on_one_line() {
    let text = "某某省某某管理条例第一章 总则第一条 为了规范某某管理，根据有关法律，制定本条例。第二条 本条例适用于本省行政区域内的某某管理活动。坚持以人民为中心的发展思想，统筹发展和安全，推动高质量发展，加快构建新发展格局，全面提升治理体系和治理能力现代化水平。坚持以人民为中心的发展思想，统筹发展和安全，推动高质量发展，加快构建新发展格局，全面提升治理体系和治理能力现代化水平。第二章 管理职责第三条 县级以上人民政府有关部门应当履行下列职责：（一）编制某某规划；（二）开展监督检查。坚持以人民为中心的发展思想，统筹发展和安全，推动高质量发展，加快构建新发展格局，全面提升治理体系和治理能力现代化水平。第四条 违反本条例第三条规定的，由有关部门责令改正。依照本条例第二条第二款的规定处理。第三章 附则第五条 本条例自2024年1月1日起施行。";
    let doc = parse(text);
    assert_eq!(doc.title.as_deref(), Some("某某省某某管理条例"));
    let chapters: Vec<(u32, Option<&str>)> = doc.sections.iter().map(|c| (c.number, c.title.as_deref())).collect();
    assert_eq!(chapters, [(1, Some("总则")), (2, Some("管理职责")), (3, Some("附则"))]);
    let articles: Vec<u32> = doc.sections.iter().flat_map(|c| c.children.iter().map(|a| a.number)).collect();
    assert_eq!(articles, [1, 2, 3, 4, 5]);
    let third = &doc.sections[1].children[0];
    assert_eq!(third.children.iter().map(|i| i.number).collect::<Vec<_>>(), [1, 2]);
    // the cross-references stay in the text of 第四条
    let fourth = &doc.sections[1].children[1];
    assert!(fourth.children.is_empty());
    assert!(fourth.paragraphs[0].text.contains("依照本条例第二条第二款的规定处理"));
}

#[test]
fn text_without_structure_is_a_document() {
    for text in ["你好，世界。", "这是一段没有标题也没有编号的文字。它只有两句话。", "@@@@", "abc, def."]
    {
        let doc = gongwen::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert!(doc.sections.is_empty() && doc.notice.is_none() && doc.title.is_none(), "{text:?}");
        let d = doc.diagnostics.iter().find(|d| d.code == "no-structure").expect("a no-structure diagnostic");
        assert_eq!(d.severity, Severity::Warning);
        let kept: String = doc.preamble.iter().map(|p| p.text.as_ref()).collect();
        assert_eq!(kept, text.replace('@', ""), "{text:?}");
    }
    // white space alone is still empty
    assert!(matches!(gongwen::parse(" \n\u{3000}"), Err(gongwen::Error::Empty)));
}

#[test]
fn attachment_list_and_bodies_on_one_line() {
    // the list `附件：1.… 2.…`, then each body after its label `附件N`
    // (glued to the text before it once cleaning removed a space), numbered
    // afresh: 一、 restarts in each attachment
    let text = "某市人民政府办公厅关于印发某某应急预案的通知各区人民政府，市政府各部门：现将《某某应急预案》印发给你们，请认真组织实施。某市人民政府办公厅2021年3月1日（此件公开发布）某某应急预案　　（1）分析研判。组织有关部门和专家，及时对预警信息进行分析研判，预估可能的影响范围和危害程度，详见附件1。　　（2）防范处置。迅速采取有效处置措施，控制事件苗头，告知公众避险和减轻危害的常识。　　本预案自印发之日起实施。　　附件：1.突发事件分级标准　　　　　2.指挥部组成及工作组职责 附件1突发事件分级标准　　一、特别重大突发事件　　凡符合下列情形之一的：　　1.因事件直接导致30人以上死亡的；　　2.因事件疏散、转移人员5万人以上的。　　二、重大突发事件　　凡符合下列情形之一的：　　1.因事件直接导致10人以上死亡的。 附件2指挥部组成及工作组职责　　指挥部设立相应工作组。　　一、污染处置组。由市生态环境局牵头，市公安局、市交通委等参加。　　二、应急监测组。由市生态环境局牵头，市水务局等参加。";
    let doc = parse(text);
    let titles: Vec<_> = doc.attachments.iter().map(|a| (a.number, a.title.as_ref())).collect();
    assert_eq!(titles, [(Some(1), "突发事件分级标准"), (Some(2), "指挥部组成及工作组职责")]);
    assert_eq!(
        outline(&doc.attachments[0].sections),
        ["一、特别重大突发事件", "  1.", "  2.", "二、重大突发事件", "  1.因事件直接导致10人以上死亡的"]
    );
    assert_eq!(outline(&doc.attachments[1].sections), ["一、污染处置组", "二、应急监测组"]);
    // the citation 详见附件1 inside the plan is no label
    assert_eq!(outline(&doc.sections), ["（1）分析研判", "（2）防范处置"]);
    let audit = gongwen::audit::audit(text);
    assert!(audit.is_clean(), "{:#?}", audit.flags);
}

/// A short page on one line (shorter than a run-on line: its only line is
/// searched all the same).
fn parse_page(text: &str) -> Document<'_> {
    assert!(!text.trim_end().contains('\n'));
    gongwen::parse(text).unwrap_or_else(|e| panic!("{e}"))
}

fn preamble<'d>(doc: &'d Document) -> Vec<&'d str> {
    doc.preamble.iter().map(|p| p.text.as_ref()).collect()
}

#[test]
fn qa_pages_on_one_line_are_cut_at_their_turns() {
    // two spaces between the parts (kept by cleaning), full-width colons
    let text = "市人力资源社会保障局负责同志就《某某市就业补助资金管理办法》答记者问  近日，市人力资源社会保障局印发了《某某市就业补助资金管理办法》。  问：《办法》出台的背景是什么？  答：原办法已执行五年，部分条款已不适应当前就业工作需要。  问：补助资金主要用于哪些方面？  答：主要用于职业培训补贴、社会保险补贴和公益性岗位补贴。";
    let doc = parse_page(text);
    assert_eq!(doc.title.as_deref(), Some("市人力资源社会保障局负责同志就《某某市就业补助资金管理办法》答记者问"));
    let p = preamble(&doc);
    assert_eq!(p.len(), 5, "{p:?}");
    assert!(p[1..].iter().step_by(2).all(|t| t.starts_with("问：")));
    assert!(p[2..].iter().step_by(2).all(|t| t.starts_with("答：")));
    // one space (removed by cleaning between CJK characters), ASCII colons
    // and question marks, an interpretation's title
    let text = "《某某区养老服务补贴办法》政策解读 为便于社会公众理解，现将有关内容解读如下。 问:补贴对象有哪些? 答:本区户籍年满80周岁的老年人。 问:如何申请? 答:向户籍所在地街道提出申请，由街道审核后报区民政局。";
    let doc = parse_page(text);
    assert_eq!(doc.title.as_deref(), Some("《某某区养老服务补贴办法》政策解读"));
    assert_eq!(
        preamble(&doc),
        [
            "为便于社会公众理解，现将有关内容解读如下。",
            "问:补贴对象有哪些?",
            "答:本区户籍年满80周岁的老年人。",
            "问:如何申请?",
            "答:向户籍所在地街道提出申请，由街道审核后报区民政局。"
        ]
    );
    assert!(doc.sections.is_empty() && doc.notice.is_none());
}

#[test]
fn an_answer_without_a_question_is_no_turn() {
    let text = "某某街道关于征求居民意见情况的说明 近日，街道就小区停车问题征求了居民意见。答：同意增设停车位的居民占多数。街道将认真研究，抓好落实，及时向居民反馈办理情况。";
    let doc = parse_page(text);
    assert!(preamble(&doc).iter().all(|p| !p.starts_with("答")), "{:?}", preamble(&doc));
}

#[test]
fn standards_on_one_line_by_one_space_or_two() {
    let one = "城镇供水服务规范 1 范围 本文件规定了城镇供水服务的基本要求、服务内容和评价方法。 2 术语和定义 下列术语和定义适用于本文件。 2.1 供水企业 从事城镇公共供水的企业。 3 基本要求 3.1 水质 出厂水水质应符合国家标准。 3.2 水压 管网末梢压力不应低于0.14MPa。 4 服务内容 4.1 报装 供水企业应公开报装流程。 4.2 抢修 接到报修后应在2小时内到达现场。";
    let two = one.replace(' ', "  ");
    for text in [one, two.as_str()] {
        let doc = parse_page(text);
        assert_eq!(doc.title.as_deref(), Some("城镇供水服务规范"), "{text}");
        let top: Vec<_> = doc.sections.iter().map(|b| (b.marker.as_ref(), b.title.as_deref())).collect();
        assert_eq!(
            top,
            [("1", Some("范围")), ("2", Some("术语和定义")), ("3", Some("基本要求")), ("4", Some("服务内容"))],
            "{text}"
        );
        let children: Vec<usize> = doc.sections.iter().map(|b| b.children.len()).collect();
        assert_eq!(children, [0, 1, 2, 2], "{text}");
        assert!(doc.diagnostics.iter().all(|d| !d.code.starts_with("numbering")), "{:?}", doc.diagnostics);
    }
}

/// Filler prose of a regulation's article (constructed), to make a line as
/// long as a run-on one.
const PROSE: &str = "坚持以人民为中心的发展思想，统筹发展和安全，推动高质量发展，全面提升治理能力现代化水平。";

/// Each chapter's number and title.
type Chapters<'d> = Vec<(u32, Option<&'d str>)>;

/// The chapters (number, title) and each chapter's article numbers.
fn chapters_and_articles<'d>(doc: &'d Document) -> (Chapters<'d>, Vec<Vec<u32>>) {
    let chapters = doc.sections.iter().map(|c| (c.number, c.title.as_deref())).collect();
    let articles = doc.sections.iter().map(|c| c.children.iter().map(|a| a.number).collect()).collect();
    (chapters, articles)
}

/// A regulation's head — adoption and amendment notes with their dates,
/// longer than a title — glued to its first chapter, whose title
/// runs on into 第一条 (`…会议通过第一章 总则第一条 为了…`: a database
/// field of a regulation, the head's line breaks lost).
#[test]
fn a_regulation_head_glued_to_its_first_chapter() {
    let text = format!(
        "某某市某某条例2022年11月25日 某某市第十五届人民代表大会常务委员会第四十五次会议通过2023年5月1日 某某市第十六届人民代表大会常务委员会第二次会议修正\
         第一章 总则第一条 为了规范某某管理，制定本条例。{PROSE}第二条 本条例适用于本市。{PROSE}{PROSE}\
         第二章 管理职责第三条 市人民政府负责某某工作。{PROSE}{PROSE}第四条 本条例自2024年1月1日起施行。"
    );
    let doc = parse(&text);
    let (chapters, articles) = chapters_and_articles(&doc);
    assert_eq!(chapters, [(1, Some("总则")), (2, Some("管理职责"))]);
    assert_eq!(articles, [vec![1, 2], vec![3, 4]]);
}

/// A regulation of no chapter whose 第一条 follows the head's notes after
/// white space, with 第二条 after a sentence end further on.
#[test]
fn a_regulation_head_before_its_first_article() {
    let text = format!(
        "某某条例2011年4月16日 某某令第596号公布2014年2月19日 《某某关于修改部分行政法规的决定》第一次修订\u{3000}\
         第一条 为了规范某某管理，制定本条例。{PROSE}第二条 本条例适用于本市。{PROSE}{PROSE}第三条 依照第一条的规定办理。{PROSE}{PROSE}"
    );
    let doc = parse(&text);
    assert_eq!(doc.sections.iter().map(|a| a.number).collect::<Vec<_>>(), [1, 2, 3]);
}

/// Cleaning removes the space between an article's marker and its first
/// ideograph (`第六条 中央…` is `第六条中央…`): an article opening with 中央,
/// 第一类, 和解 is no cross-reference, one citing 第X条第Y款 or 第X条中的 is.
#[test]
fn articles_opening_with_words_a_cross_reference_opens_with() {
    let text = format!(
        "某某条例第一章 总则第一条 为了规范某某管理，制定本条例。{PROSE}\
         第二条 中央某某工作领导机构负责统筹协调。{PROSE}\
         第三条 第一类某某实行备案管理。第二类某某实行注册管理。{PROSE}\
         第四条 和解协议书应当包括以下内容。{PROSE}\
         第五条 所有单位应当遵守本条例。{PROSE}\
         第六条 违反本条例的，依法处理。第七条第一款规定的事项，由市人民政府决定。第七条中的期限，依照有关规定计算。{PROSE}\
         第七条 本条例自2024年1月1日起施行。"
    );
    let doc = parse(&text);
    let (_, articles) = chapters_and_articles(&doc);
    assert_eq!(articles, [vec![1, 2, 3, 4, 5, 6, 7]]);
    let sixth = &doc.sections[0].children[5];
    assert!(sixth.paragraphs.iter().any(|p| p.text.contains("第七条第一款规定的事项")), "{sixth:?}");
}

/// Inside an article's first words, a number is a word of the text, not a
/// heading: `第(一)项` cites an item, `依法合规、规范统一、公开透明` and
/// `建设统一、高效的平台` hold 一、 as a word.
#[test]
fn numbers_inside_an_articles_words_are_no_headings() {
    let text = format!(
        "某某条例第一章 总则第一条 为了规范某某管理，制定本条例。{PROSE}\
         第二条 某某法第六条第(一)项所称收入，是指企业取得的收入。{PROSE}\
         第三条 登记管理应当遵循依法合规、规范统一、公开透明、便捷高效的原则。{PROSE}\
         第四条 市政务服务部门应当建设统一、高效的公共数据开放平台。{PROSE}\
         第五条 本条例自2024年1月1日起施行。{PROSE}"
    );
    let doc = parse(&text);
    let articles = &doc.sections[0].children;
    assert_eq!(articles.iter().map(|a| a.number).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    for a in articles {
        assert!(a.children.is_empty(), "{a:?}");
    }
}

/// A heading with no number glued between a sentence end and the next
/// article (`…加入。物业管理区域第八条 …`) and a chapter numbered past the
/// next, whose source lost the heading between (a 第二章 printed as its
/// title alone), followed at once by its 第一节 and the next article.
#[test]
fn an_unnumbered_heading_and_a_chapter_after_a_lost_one() {
    let text = format!(
        "某某条例第一章 总则第一条 为了规范某某管理，制定本条例。{PROSE}第二条 本条例适用于本市。{PROSE}物业管理区域第三条 物业管理区域的划分应当遵循规划优先的原则。{PROSE}\
         第四条 违反规定的，依法处理。依照本条例第五条的规定办理。{PROSE}第五条 某某工作依法开展。{PROSE}\
         第三章  业主和业主大会第一节  业主大会第六条 业主的权利和义务依照法律执行。{PROSE}第七条 本条例自2024年1月1日起施行。"
    );
    let doc = parse(&text);
    let (chapters, _) = chapters_and_articles(&doc);
    assert_eq!(chapters, [(1, Some("总则")), (3, Some("业主和业主大会"))]);
    let first: Vec<u32> = doc.sections[0].children.iter().map(|a| a.number).collect();
    assert_eq!(first, [1, 2, 3, 4, 5]);
    let division = &doc.sections[1].children[0];
    assert_eq!((division.number, division.title.as_deref()), (1, Some("业主大会")));
    assert_eq!(division.children.iter().map(|a| a.number).collect::<Vec<_>>(), [6, 7]);
}
