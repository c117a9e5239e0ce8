//! Hand-checked facts of 15 local and regional documents of the wide corpus
//! (`fixtures/wide/`, issue #12): the notice frame, the main title, every
//! top-level block, the second-level blocks (for a regulation: its chapters,
//! 节 and the articles of each), and every responsibility clause with its
//! roles. Every fact is read off the text of the document, never off the
//! parser's output; where the text allows two readings, the one chosen is
//! said in a comment.
//!
//! The documents, chosen across levels, genres and styles:
//! - 160 provincial 通知 印发 行动方案: markdown metadata header, em-space notice, 20 `责任单位：` clauses
//! - 163 provincial 行动计划 without a notice: `基本信息` list header, title over two lines, 19 `牵头部门：` clauses, PDF line breaks (one inside a clause label)
//! - 169 provincial commission's 实施意见 under a notice with no title of its own; the index's 发文字号 is a cited document's
//! - 170 provincial 通知 印发 行动计划: em-space indented headings, scrape lost the first character of the notice title
//! - 172 county-level 通知 成立领导小组: a JSP page, title wrapped by `<br/>`, `[2013]`
//! - 173 district 通知 印发 实施方案: plain scrape, no blank lines, 15 `责任单位：` clauses, （一）…（十五） running on across sections
//! - 175 street 通知 印发 实施方案: duty list `1.街道消委办。牵头…` under 职责分工
//! - 177 district 通知 转发 工作方案: YAML front matter carrying the 文号, ASCII (一)
//! - 180 district 通知 印发 实施意见: duty list `（一）区房管局。负责…`, no 成文日期, title over two lines
//! - 195 provincial 细则 under a notice: U+3000 indents, 第X章/第X条
//! - 196 provincial 办法 under a notice: em-space indents, bold `**第一章 总  则**`
//! - 207 provincial 条例 (LawRefBook): 目录 as a block of headings, 第X节, adoption line
//! - 211 municipal 条例 (LawRefBook): 第X节, adoption and approval lines
//! - 214 provincial 条例 (LawRefBook): 目录 on one line, adoption, revision and amendment lines
//! - 220 national law (flk text): BOM + CRLF, bracketed adoption note, 目录
//!
//! A test that fails on the parser of the day it was written is `#[ignore]`d
//! with the failure classes of issue #12 it shows (its facts stay true, never
//! fitted to the parser), so that the suite stays green while those classes
//! are fixed: `cargo test --test facts_local -- --include-ignored` runs them
//! all; remove an `ignore` as soon as its test passes.

#[path = "common/facts.rs"]
mod facts;

use facts::{Facts, L, Notice, R, S, check};
use gongwen::BlockKind;

#[test]
fn f160_shanghai_medical_devices_action_plan() {
    check(Facts {
        file: "160-hufubanfa-2025-17-medical-devices-action-plan",
        attachments: None,
        notice: Some(Notice {
            title: Some("上海市人民政府办公厅关于印发《上海市促进高端医疗器械产业全链条发展行动方案》的通知"),
            doc_number: Some("沪府办发〔2025〕17号"),
            addressees: &["各区人民政府", "市政府各委、办、局", "各有关单位"],
            issuers: &["上海市人民政府办公厅"],
            date: Some("2025-09-04"), // the 发布日期 2025-10-31 of the header is not the 成文日期
        }),
        title: "上海市促进高端医疗器械产业全链条发展行动方案",
        top_kind: BlockKind::Section,
        top: &[(1, Some("主要目标")), (2, Some("重点发展产品")), (3, Some("重点任务"))],
        children: &[0, 8, 7],
        articles: &[],
        divisions: &[],
        // items 1.–20. run on across 三、's seven （一）… headings
        clauses: &[
            (&[3, 1, 1], R, "市科委"),
            (&[3, 1, 2], R, "市科委、市经济信息化委"),
            (&[3, 1, 3], R, "市科委、市经济信息化委、市数据局、市卫生健康委、申康医院发展中心"),
            (&[3, 2, 4], R, "市卫生健康委、申康医院发展中心"),
            (&[3, 2, 5], R, "市科委、市教委、市卫生健康委、市人才局、申康医院发展中心"),
            (&[3, 3, 6], R, "市药品监管局、国家药监局医疗器械技术审评检查长三角分中心"),
            (&[3, 3, 7], R, "市药品监管局"),
            (&[3, 3, 8], R, "市市场监管局"),
            (&[3, 4, 9], R, "市卫生健康委、申康医院发展中心"),
            (&[3, 4, 10], R, "市科委、市卫生健康委、市药品监管局、申康医院发展中心"),
            (&[3, 4, 11], R, "市医保局、市委金融办、上海金融监管局、申康医院发展中心"),
            (&[3, 5, 12], R, "市科委、市发展改革委、市经济信息化委"),
            (&[3, 5, 13], R, "市商务委、市科委、市卫生健康委、市药品监管局"),
            (&[3, 5, 14], R, "市科委、市经济信息化委"),
            (
                &[3, 6, 15],
                R,
                "市科委、市发展改革委、市经济信息化委、市规划资源局、浦东新区政府、闵行区政府、嘉定区政府",
            ),
            (&[3, 6, 16], R, "市科委、市发展改革委、市商务委、申康医院发展中心、虹桥国际中央商务区管委会、闵行区政府"),
            (&[3, 6, 17], R, "市国资委、市委金融办、上海金融监管局"),
            (&[3, 6, 18], R, "市人才局、市教委"),
            (&[3, 7, 19], R, "上海海关、市药品监管局、市科委、市商务委"),
            (&[3, 7, 20], R, "市商务委、市科委、东方枢纽国际商务合作区管理局、浦东新区政府"),
        ],
    });
}

#[test]
fn f163_shanghai_beidou_action_plan() {
    check(Facts {
        file: "163-shanghai-beidou-industry-3yr-action-plan",
        attachments: None,
        // the copy is the plan as 附件, without its notice; the header's
        // 发布日期 "2021-2023年期间" and 文件编号 "无" are no frame
        notice: None,
        // "上海市北斗产业高质量发展三年行动计划" and "（2021-2023年）" on two lines
        title: "上海市北斗产业高质量发展三年行动计划（2021-2023年）",
        top_kind: BlockKind::Section,
        top: &[(1, Some("总体思路")), (2, Some("发展目标")), (3, Some("主要任务")), (4, Some("保障措施"))],
        children: &[2, 0, 5, 3],
        articles: &[],
        divisions: &[],
        // 牵头部门： names the leads; every body listed is a lead (四、（一）: "牵头部门抓总落实")
        clauses: &[
            (&[3, 1, 1], L, "市科委、市经济信息化委、市发展改革委、市国防科工办"),
            (&[3, 1, 2], L, "市科委、市经济信息化委、市发展改革委、市国防科工办"),
            (&[3, 1, 3], L, "市科委、市经济信息化委、市发展改革委、市国防科工办"),
            (&[3, 2, 4], L, "市经济信息化委、市发展改革委、市科委"),
            (&[3, 2, 5], L, "市规划资源局、市住房城乡建设管理委、市交通委、市经济信息化委"),
            (&[3, 2, 6], L, "市交通委、市住房城乡建设管理委、市农业农村委、市经济信息化委"),
            (
                &[3, 3, 7],
                L,
                "市城运中心、市经济信息化委、市发展改革委、市科委、市交通委、市生态环境局、市水务局、市商务委、市城管执法局、市住房城乡建设管理委、市地方金融监管局",
            ),
            // the label is broken by a page break: "（牵头部" / blank line / "门：市交通委…）"
            (&[3, 3, 8], L, "市交通委、市水务局、市经济信息化委"),
            (&[3, 3, 9], L, "市经济信息化委、市科委、市交通委、市水务局"),
            (
                &[3, 3, 10],
                L,
                "市商务委、市交通委、市卫生健康委、市住房城乡建设管理委、市民政局、市公安局、市市场监管局、市经济信息化委",
            ),
            (&[3, 3, 11], L, "市经济信息化委、市科委、市交通委"),
            (&[3, 3, 12], L, "市交通委、市应急局、市水务局、市经济信息化委"),
            (
                &[3, 4, 13],
                L,
                "市经济信息化委、市发展改革委、青浦区政府、杨浦区政府、嘉定区政府、金山区政府、闵行区政府、临港新片区管委会",
            ),
            (&[3, 4, 14], L, "市经济信息化委、市国防科工办、市发展改革委、市商务委、长三角区域合作办公室"),
            (&[3, 5, 15], L, "市市场监管局、市知识产权局、市经济信息化委"),
            (&[3, 5, 16], L, "市经济信息化委、市市场监管局、市发展改革委、市科委、市教委"),
            (&[3, 5, 17], L, "市经济信息化委、市国防科工办、市商务委、长三角区域合作办公室"),
            // "（各有关单位）" closes 四、（一） where every other task has its
            // 牵头部门 bracket: a clause with no role word, read as responsible
            (&[4, 1], R, "各有关单位"),
            (&[4, 2], L, "市财政局、市地方金融监管局、市经济信息化委、市发展改革委、市国防科工办、市商务委"),
            (&[4, 3], L, "市人力资源社会保障局、市经济信息化委、市发展改革委、市教委"),
        ],
    });
}

#[test]
fn f169_shanghai_agri_mechanization_opinion() {
    check(Facts {
        file: "169-hufu-2020-84-agri-mechanization-implementing-opinion",
        attachments: None,
        notice: Some(Notice {
            // the notice has no title line of its own: the "# 上海关于…" line is
            // the page's title, the 意见's title with other quotes
            title: None,
            // INDEX.tsv's 沪府〔2020〕84号 is the number of the 行动方案 cited in 二、
            doc_number: None,
            addressees: &["各区农业农村委", "市属有关单位"],
            issuers: &["上海市农业农村委员会"],
            date: Some("2022-05-26"),
        }),
        title: "上海关于贯彻落实《“十四五”全国农业机械化发展规划》的实施意见",
        top_kind: BlockKind::Section,
        top: &[(1, Some("指导思想")), (2, Some("发展目标")), (3, Some("主要任务")), (4, Some("保障措施"))],
        children: &[0, 0, 10, 3],
        articles: &[],
        divisions: &[],
        clauses: &[],
    });
}

#[test]
fn f170_shanghai_commercial_space_action_plan() {
    check(Facts {
        file: "170-hufubanfa-2023-19-commercial-space-action-plan",
        attachments: None,
        notice: Some(Notice {
            // as written: the scrape lost the 上 of 上海市
            title: Some(
                "海市人民政府办公厅关于印发《上海市促进商业航天发展打造空间信息产业高地行动计划（2023—2025年）》的通知",
            ),
            doc_number: Some("沪府办发〔2023〕19号"),
            addressees: &["各区人民政府", "市政府各委、办、局"],
            issuers: &["上海市人民政府办公厅"],
            date: Some("2023-10-24"),
        }),
        // the plan's own title line writes an ASCII hyphen, the notice's title a dash
        title: "上海市促进商业航天发展打造空间信息产业高地行动计划（2023-2025年）",
        top_kind: BlockKind::Section,
        top: &[(1, Some("主要目标")), (2, Some("重点任务")), (3, Some("保障措施"))],
        children: &[0, 4, 5],
        articles: &[],
        divisions: &[],
        clauses: &[],
    });
}

#[test]
fn f172_linan_credit_leading_group_notice() {
    let title = "临安市人民政府办公室关于成立临安市信用建设工作领导小组的通知";
    check(Facts {
        file: "172-linan-linzhengbanhan-2013-89-credit-leading-group-notice-jsp",
        attachments: None,
        notice: Some(Notice {
            title: Some(title),                       // wrapped by <br/>
            doc_number: Some("临政办函〔2013〕89号"), // written 临政办函[2013]89号
            addressees: &[],                          // the page has no 主送 line
            issuers: &["临安市人民政府办公室"],
            date: Some("2013-10-10"),
        }),
        // a notice that transmits no document: its own title is the title
        title,
        top_kind: BlockKind::Section,
        // the body is an unnumbered member list
        top: &[],
        children: &[],
        articles: &[],
        divisions: &[],
        clauses: &[],
    });
}

#[test]
fn f173_qingpu_fire_safety_plan() {
    check(Facts {
        file: "173-qingpu-qingfubanfa-2024-29-fire-safety-plan",
        attachments: None,
        notice: Some(Notice {
            title: Some("上海市青浦区人民政府办公室关于印发《关于进一步加强本区公共消防安全工作的实施方案》的通知"),
            doc_number: None, // 青府办发〔2024〕29号 was only in the dropped front matter
            addressees: &["各镇人民政府", "街道办事处", "区政府各委、办、局", "各有关单位"],
            issuers: &["上海市青浦区人民政府办公室"],
            date: Some("2024-12-23"),
        }),
        title: "关于进一步加强本区公共消防安全工作的实施方案",
        top_kind: BlockKind::Section,
        top: &[
            (1, Some("完善消防安全责任体系")),
            (2, Some("加强消防安全综合治理")),
            (3, Some("优化消防安全监管模式")),
            (4, Some("升级综合应急救援能力")),
            (5, Some("加强消防救援职业保障")),
        ],
        children: &[4, 3, 4, 3, 1],
        articles: &[],
        divisions: &[],
        // （一）…（十五） run on across the five sections
        clauses: &[
            (&[1, 1], R, "区府办、区发改委、区财政局、区规划资源局、区消防救援局、各街镇"),
            (&[1, 2], R, "各行业部门"),
            (&[1, 3], R, "区消防救援局、区城运中心、区数据局、各街镇"),
            (&[1, 4], R, "区消防救援局、各街镇"),
            (&[2, 5], R, "区消防救援局、各行业部门、各街镇"),
            (&[2, 6], R, "区消防救援局、区国动办、区商务委、区经委、区应急局、区房管局、区文旅局、区建管委、各街镇"),
            (
                &[2, 7],
                R,
                "区建管委、公安青浦分局、区人社局、区应急局、区市场监管局、区城管执法局、区消防救援局、各街镇",
            ),
            (&[3, 8], R, "区消防救援局、区应急局、各街镇"),
            (&[3, 9], R, "区卫健委、区民政局、区教育局、区市场监管局、区数据局、区消防救援局"),
            (&[3, 10], R, "区消防救援局、区发改委、区司法局、区应急局、各街镇"),
            (
                &[3, 11],
                R,
                "区委组织部、区商务委、区卫健委、公安青浦分局、区民政局、区教育局、区房管局、区消防救援局、区城运中心、各街镇",
            ),
            (&[4, 12], R, "区消防救援局、区发改委、区财政局、区规划资源局、新城公司、西虹桥公司、各街镇"),
            (&[4, 13], R, "区消防救援局、区应急局、各行业部门、各街镇"),
            (&[4, 14], R, "区建管委、区财政局、区水务局、区消防救援局、各街镇"),
            (
                &[5, 15],
                R,
                "区委组织部、区委宣传部、区委党校、区教育局、区人社局、区退役军人局、区应急局、区体育局、区医保局、区房管局、区总工会、团区委、区妇联、区双拥办",
            ),
        ],
    });
}

#[test]
fn f175_gumei_street_elderly_fire_safety_plan() {
    check(Facts {
        file: "175-minhang-gumei-street-2022-20-elderly-fire-safety-plan",
        attachments: None,
        notice: Some(Notice {
            title: Some("关于印发《古美路街道加强独居老人消防安全工作实施方案》的通知"),
            doc_number: None, // 闵古办〔2022〕20号 was only in the dropped front matter
            addressees: &["机关各部门", "各企事业单位", "各居委会"],
            issuers: &["闵行区古美路街道办事处"],
            date: Some("2022-07-20"),
        }),
        title: "古美路街道加强独居老人消防安全工作实施方案",
        top_kind: BlockKind::Section,
        top: &[
            (1, Some("工作目标")),
            (2, Some("职责分工")),
            (3, Some("工作机制")),
            (4, Some("工作措施")),
            (5, Some("工作要求")),
        ],
        children: &[0, 7, 3, 5, 4],
        articles: &[],
        divisions: &[],
        // 二、职责分工 is a duty list: each item's run-in title is a body and its
        // text is that body's duty. Reading chosen: the role is lead when the
        // duty opens with 牵头, support when it opens with 配合, responsible
        // otherwise (4. opens 积极依托…协同开展…; 5. 协调指导; 6. 推动; 7. 具体负责)
        clauses: &[
            (&[2, 1], L, "街道消委办"),
            (&[2, 2], S, "派出所"),
            (&[2, 3], L, "服务办"), // 牵头负责
            (&[2, 4], R, "建管中心"),
            (&[2, 5], R, "管理办"),
            (&[2, 6], R, "城运中心"),
            (&[2, 7], R, "居委会"),
        ],
    });
}

#[test]
fn f177_xuhui_renovation_waste_plan() {
    check(Facts {
        file: "177-xuhui-xufubanfa-2017-16-renovation-waste-plan-yaml",
        attachments: None,
        notice: Some(Notice {
            title: Some(
                "上海市徐汇区人民政府办公室关于转发区绿化市容局制订的《关于进一步加强本区装修垃圾处理的工作方案》的通知",
            ),
            // only in the YAML front matter (文号:), which is part of this fixture
            doc_number: Some("徐府办发〔2017〕16号"),
            addressees: &["区政府有关委、办、局", "各街道", "华泾镇"],
            issuers: &["上海市徐汇区人民政府办公室"],
            date: Some("2017-07-14"),
        }),
        title: "关于进一步加强本区装修垃圾处理的工作方案",
        top_kind: BlockKind::Section,
        top: &[(1, Some("总体要求")), (2, Some("重点任务")), (3, Some("职责分工")), (4, Some("保障措施"))],
        children: &[0, 3, 0, 3],
        articles: &[],
        divisions: &[],
        // 三、职责分工 states duties in four unnumbered paragraphs (区绿化市容局负责…):
        // prose, with no bracket, label or numbered duty-list item
        clauses: &[],
    });
}

#[test]
fn f180_hongkou_heritage_risk_opinion() {
    check(Facts {
        file: "180-hongkou-hongfubanfa-2014-30-heritage-risk-opinion",
        attachments: None,
        notice: Some(Notice {
            title: Some(
                "虹口区人民政府办公室印发关于建立虹口区历史风貌区和优秀历史建筑防灾及风险排查机制实施意见的通知",
            ),
            doc_number: None, // 虹府办发〔2014〕30号 was only in the dropped front matter
            addressees: &["区政府各部门", "各街道办事处", "有关单位"],
            issuers: &["虹口区人民政府办公室"],
            date: None, // the text has no date
        }),
        // wrapped over two lines
        title: "关于建立虹口区历史风貌区和优秀历史建筑防灾及风险排查机制的实施意见",
        top_kind: BlockKind::Section,
        // 一、…五、 are provisions, not headings: none has a title, except 四、,
        // a one-sentence line ending in ： that introduces the duty list
        top: &[
            (1, None),
            (2, None),
            (3, None),
            (4, Some("各单位按以下职能分工牵头定期组织开展防灾及风险排查工作，原则上每年不少于2次")),
            (5, None),
        ],
        children: &[0, 0, 0, 7, 0],
        articles: &[],
        divisions: &[],
        // a duty list: each （一）… title is a body, its text opens with 负责.
        // The 1.–3. items under （五） ("提篮桥街道办事处负责…") are prose
        // sentences, not clauses
        clauses: &[
            (&[4, 1], R, "区房管局"),
            (&[4, 2], R, "公安消防支队"),
            (&[4, 3], R, "区建交委"),
            (&[4, 4], R, "区安监局"),
            (&[4, 5], R, "各街道办事处"),
            (&[4, 6], R, "虹房集团"),
            (&[4, 7], R, "区房屋急修中心"),
        ],
    });
}

#[test]
fn f195_shanghai_tech_trading_venue_rules() {
    check(Facts {
        file: "195-hukegui-2025-2-tech-trading-venue-rules",
        attachments: None,
        notice: Some(Notice {
            title: Some("关于印发《上海市技术交易场所管理细则》的通知"),
            doc_number: Some("沪科规〔2025〕2号"),
            addressees: &["各有关单位"],
            issuers: &["上海市科学技术委员会"],
            date: Some("2025-04-11"),
        }),
        title: "上海市技术交易场所管理细则",
        top_kind: BlockKind::Chapter,
        top: &[
            (1, Some("总则")),
            (2, Some("设立、变更和终止")),
            (3, Some("业务职能")),
            (4, Some("监督管理")),
            (5, Some("附则")),
        ],
        children: &[5, 4, 8, 3, 2],
        articles: &[5, 4, 8, 3, 2],
        divisions: &[],
        clauses: &[],
    });
}

#[test]
fn f196_shanghai_key_lab_measures() {
    check(Facts {
        file: "196-hukegui-2025-10-key-lab-management-measures",
        attachments: None,
        notice: Some(Notice {
            title: Some("关于印发《上海市重点实验室建设与运行管理办法》的通知"),
            doc_number: Some("沪科规〔2025〕10号"),
            addressees: &["各有关单位"],
            issuers: &["上海市科学技术委员会"],
            date: Some("2025-12-26"), // the header's 发布日期 is 2025-12-29
        }),
        title: "上海市重点实验室建设与运行管理办法",
        top_kind: BlockKind::Chapter,
        top: &[
            (1, Some("总则")),
            (2, Some("职责")),
            (3, Some("建设")),
            (4, Some("运行与管理")),
            (5, Some("考核与评估")),
            (6, Some("附则")),
        ],
        children: &[5, 2, 5, 16, 5, 3],
        articles: &[5, 2, 5, 16, 5, 3],
        divisions: &[],
        clauses: &[],
    });
}

#[test]
fn f207_beijing_water_saving_regulation() {
    check(Facts {
        file: "207-beijing-water-saving-regulation-toc",
        attachments: None,
        notice: None, // LawRefBook: title, adoption line, body; no frame
        title: "北京市节水条例",
        top_kind: BlockKind::Chapter,
        // the 目录 (the same headings with no content) is no chapter
        top: &[
            (1, Some("总则")),
            (2, Some("规划与建设管控")),
            (3, Some("全过程节水")),
            (4, Some("保障与监督管理")),
            (5, Some("法律责任")),
            (6, Some("附则")),
        ],
        children: &[7, 9, 4, 12, 12, 2],
        articles: &[7, 9, 29, 12, 12, 2],
        divisions: &[(
            3,
            &[(1, "取水过程节水", 3), (2, "供水过程节水", 6), (3, "用水过程节水", 16), (4, "非常规水源利用", 4)],
        )],
        clauses: &[],
    });
}

#[test]
fn f211_dezhou_elderly_care_regulation() {
    check(Facts {
        file: "211-dezhou-elderly-care-regulation",
        attachments: None,
        notice: None, // LawRefBook: adoption and approval lines, no frame
        title: "德州市养老服务条例",
        top_kind: BlockKind::Chapter,
        top: &[
            (1, Some("总则")),
            (2, Some("养老服务设施规划和建设")),
            (3, Some("养老服务体系")),
            (4, Some("人才培养和激励")),
            (5, Some("扶持政策和措施")),
            (6, Some("监督和管理")),
            (7, Some("法律责任")),
            (8, Some("附则")),
        ],
        children: &[9, 5, 4, 6, 7, 4, 5, 2],
        articles: &[9, 5, 27, 6, 7, 4, 5, 2],
        divisions: &[(
            3,
            &[(1, "社区居家养老服务", 9), (2, "机构养老服务", 7), (3, "农村养老服务", 6), (4, "医养结合服务", 5)],
        )],
        clauses: &[],
    });
}

#[test]
fn f214_chongqing_appointment_regulation() {
    check(Facts {
        file: "214-chongqing-npc-appointment-regulation-toc",
        attachments: None,
        notice: None, // LawRefBook: adoption, revision and amendment lines, no frame
        title: "重庆市各级人民代表大会常务委员会人事任免工作条例",
        top_kind: BlockKind::Chapter,
        // the 目录 is one heading line listing the six chapters: no chapter
        top: &[
            (1, Some("总则")),
            (2, Some("任免范围")),
            (3, Some("任免程序")),
            (4, Some("辞职、撤职")),
            (5, Some("监督")),
            (6, Some("附则")),
        ],
        children: &[5, 10, 11, 6, 4, 1],
        articles: &[5, 10, 11, 6, 4, 1],
        divisions: &[],
        clauses: &[],
    });
}

#[test]
fn f220_people_mediation_law() {
    check(Facts {
        file: "220-npc-people-mediation-law-bom-crlf-toc",
        attachments: None,
        // the law's text as published, no 主席令: no frame
        notice: None,
        // the bracketed adoption note on the next line is not part of the title
        title: "中华人民共和国人民调解法",
        top_kind: BlockKind::Chapter,
        // 目　　录 and its six lines are no chapters
        top: &[
            (1, Some("总则")),
            (2, Some("人民调解委员会")),
            (3, Some("人民调解员")),
            (4, Some("调解程序")),
            (5, Some("调解协议")),
            (6, Some("附则")),
        ],
        children: &[6, 6, 4, 11, 6, 2],
        articles: &[6, 6, 4, 11, 6, 2],
        divisions: &[],
        clauses: &[],
    });
}
