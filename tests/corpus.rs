//! Every document of the corpus (`fixtures/`, copied verbatim from
//! `shared/corpus/`): its frame and outline as read off the document itself,
//! the readings chosen where the text is ambiguous, and a golden JSON
//! snapshot per document.

use gongwen::{BlockKind, Document};

fn fixture(name: &str) -> String {
    let path = format!("{}/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn parse(text: &str) -> Document<'_> {
    gongwen::parse(text).expect("every corpus document parses")
}

/// What a reader finds in the document's frame.
struct Frame {
    notice_title: Option<&'static str>,
    doc_number: Option<&'static str>,
    issuers: &'static [&'static str],
    date: &'static str,
    notes: &'static [&'static str],
    addressee_groups: usize,
    title: &'static str,
    /// Top-level markers, in order.
    sections: &'static [&'static str],
}

fn check_frame(name: &str, want: Frame) {
    let text = fixture(name);
    let doc = parse(&text);
    let n = doc.notice.as_ref().expect("every corpus document has a notice frame");
    assert_eq!(n.title.as_deref(), want.notice_title, "{name}: notice title");
    assert_eq!(n.doc_number.as_deref(), want.doc_number, "{name}: 发文字号");
    assert_eq!(n.issuers, want.issuers, "{name}: issuers");
    assert_eq!(n.date.as_deref(), Some(want.date), "{name}: date");
    assert_eq!(n.notes, want.notes, "{name}: 附注");
    assert_eq!(n.addressees.len(), want.addressee_groups, "{name}: addressee groups");
    assert_eq!(doc.title.as_deref(), Some(want.title), "{name}: title");
    let markers: Vec<&str> = doc.sections.iter().map(|s| s.marker.as_ref()).collect();
    assert_eq!(markers, want.sections, "{name}: top-level markers");
    // no numbering trouble in any of these documents
    let numbering: Vec<_> = doc.diagnostics.iter().filter(|d| d.code.starts_with("numbering")).collect();
    assert!(numbering.is_empty(), "{name}: {numbering:?}");
}

#[test]
fn ndrc_2022_seed() {
    check_frame(
        "00-ndrc-2022-urbanization-key-tasks",
        Frame {
            // the scraped copy carries neither the notice's title nor its 发文字号
            notice_title: None,
            doc_number: None,
            issuers: &["国家发展改革委"],
            date: "2022-03-10",
            notes: &[],
            addressee_groups: 4,
            title: "2022年新型城镇化和城乡融合发展重点任务",
            sections: &["一、", "二、", "三、", "四、", "五、", "六、"],
        },
    );
}

#[test]
fn shanghai_sponge_city() {
    let name = "02-shanghai-hufubanfa-2024-3-sponge-city";
    check_frame(
        name,
        Frame {
            notice_title: Some("上海市人民政府办公厅关于印发《本市系统化全域推进海绵城市建设的实施意见》的通知"),
            doc_number: None, // only in the page's front matter, not in the text
            issuers: &["上海市人民政府办公厅"],
            date: "2024-02-04",
            notes: &[],
            addressee_groups: 2,
            title: "本市系统化全域推进海绵城市建设的实施意见",
            sections: &["一、", "二、", "三、"],
        },
    );
    let text = fixture(name);
    let doc = parse(&text);
    // 二、 has six （一）… headings with items 1. under them, each item with a
    // labelled clause; 三、 has three （一） items with clauses
    let tasks = &doc.sections[1];
    assert_eq!(tasks.children.len(), 6);
    let items: Vec<usize> = tasks.children.iter().map(|c| c.children.len()).collect();
    assert_eq!(items, [3, 4, 3, 4, 5, 7]);
    for item in tasks.children.iter().flat_map(|c| &c.children) {
        assert_eq!(item.kind, BlockKind::Item);
        assert_eq!(item.responsibilities.len(), 1, "{}", item.marker);
        assert_eq!(item.agencies().last().map(|a| a.name.as_ref()), Some("各区政府"), "{}", item.marker);
    }
    let first: Vec<&str> = tasks.children[0].children[0].agencies().map(|a| a.name.as_ref()).collect();
    assert_eq!(
        first,
        ["市规划资源局", "市住房城乡建设管理委", "市交通委", "市水务局", "市绿化市容局", "市房屋管理局", "各区政府"]
    );
    assert!(doc.sections[2].children.iter().all(|c| c.responsibilities.len() == 1));
}

#[test]
fn jiading_urban_renewal() {
    let name = "03-jiading-jiafufa-2023-20-urban-renewal";
    check_frame(
        name,
        Frame {
            notice_title: Some("上海市嘉定区人民政府关于印发《关于推进嘉定区城市更新工作的实施意见》的通知"),
            doc_number: None,
            issuers: &["上海市嘉定区人民政府"],
            date: "2023-07-17",
            notes: &[],
            addressee_groups: 3,
            title: "关于推进嘉定区城市更新工作的实施意见",
            sections: &["一、", "二、", "三、", "四、", "五、", "六、"],
        },
    );
    let text = fixture(name);
    let doc = parse(&text);
    // 三、适用范围 enumerates five kinds of renewal: list items, not headings —
    // （五） ends the list with 。 and is read the same way as （一）…（四）
    let scope = &doc.sections[2];
    assert_eq!(scope.children.len(), 5);
    assert!(scope.children.iter().all(|c| c.title.is_none() && c.paragraphs.len() == 1));
    // no bracketed responsibility clauses ("（详见附件1流程图）" is a
    // cross-reference); 五、主要职责 is a duty list: its items titled with a
    // body (（一）区城市更新领导小组, （二）区更新办) are that body's
    // responsibility, （三）成员单位 names no body
    let duties = &doc.sections[4];
    let named: Vec<(&str, gongwen::Role)> = duties
        .children
        .iter()
        .flat_map(|c| c.responsibilities.iter().flat_map(|r| r.agencies.iter()))
        .map(|a| (a.name.as_ref(), a.role))
        .collect();
    assert_eq!(named, [("区城市更新领导小组", gongwen::Role::Responsible), ("区更新办", gongwen::Role::Responsible)]);
    assert!(
        duties
            .children
            .iter()
            .filter(|b| !b.responsibilities.is_empty())
            .all(|b| b.responsibilities.len() == 1 && b.title.as_deref() == Some(b.responsibilities[0].raw.as_ref()))
    );
    // 六、保障机制's "区更新办牵头区城市更新领导小组各成员单位，…及时制定或修订完善城市
    // 更新相关政策措施" states the one duty outside the list: 区更新办 leads
    let others: Vec<(&str, gongwen::Role)> = doc
        .blocks()
        .filter(|b| !duties.children.iter().any(|c| std::ptr::eq(c, *b)))
        .flat_map(|b| b.responsibilities.iter().flat_map(|r| r.agencies.iter()))
        .map(|a| (a.name.as_ref(), a.role))
        .collect();
    assert_eq!(others, [("区更新办", gongwen::Role::Lead)]);
}

#[test]
fn guobanfa_2018_123_opinion() {
    let name = "04-guobanfa-2018-123-gov-new-media";
    check_frame(
        name,
        Frame {
            // a directly issued 意见: its own title is the notice's title too
            notice_title: Some("国务院办公厅关于推进政务新媒体健康有序发展的意见"),
            doc_number: Some("国办发〔2018〕123号"),
            issuers: &["国务院办公厅"],
            date: "2018-12-07",
            notes: &["（此件公开发布）"],
            addressee_groups: 2,
            title: "国务院办公厅关于推进政务新媒体健康有序发展的意见",
            sections: &["一、", "二、", "三、", "四、", "五、"],
        },
    );
    let text = fixture(name);
    let doc = parse(&text);
    assert_eq!(doc.doc_number.as_deref(), Some("国办发〔2018〕123号"));
    let titles: Vec<&str> = doc.sections[2].children.iter().filter_map(|c| c.title.as_deref()).collect();
    assert_eq!(titles, ["推进政务公开，强化解读回应", "加强政民互动，创新社会治理", "突出民生事项，优化掌上服务"]);
    // the signature and date close the document: they are no paragraph of 五、(三)
    let last = doc.blocks().last().unwrap();
    assert!(last.paragraphs.iter().all(|p| p.text != "国务院办公厅" && !p.text.contains("2018年12月7日")));
}

#[test]
fn guobanfa_2018_124_two_rules() {
    let name = "05-guobanfa-2018-124-cultural-enterprises-two-rules";
    check_frame(
        name,
        Frame {
            notice_title: Some(
                "国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知",
            ),
            doc_number: Some("国办发〔2018〕124号"),
            issuers: &["国务院办公厅"],
            date: "2018-12-18",
            notes: &["（此件公开发布）"],
            addressee_groups: 2,
            title: "文化体制改革中经营性文化事业单位转制为企业的规定",
            sections: &["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、"],
        },
    );
    let text = fixture(name);
    let doc = parse(&text);
    // reading chosen: the notice transmits two 规定 without 附件 labels; the
    // first is the main document, the second is listed in `attachments` with
    // its own blocks (its numbering restarts at 一、 and （一）)
    assert_eq!(doc.attachments.len(), 1);
    let second = &doc.attachments[0];
    assert_eq!(second.title, "进一步支持文化企业发展的规定");
    assert_eq!(second.number, None);
    let markers: Vec<&str> = second.sections.iter().map(|s| s.marker.as_ref()).collect();
    assert_eq!(markers, ["一、", "二、", "三、", "四、"]);
    assert_eq!(second.sections.iter().map(|s| s.children.len()).sum::<usize>(), 20);
    // items (一)…(三十一) run on across the first 规定's sections
    let numbers: Vec<u32> = doc.sections.iter().flat_map(|s| &s.children).map(|c| c.number).collect();
    assert_eq!(numbers, (1..=31).collect::<Vec<_>>());
    // the items are provisions (the closing paragraph cites them as 条), not
    // headed tasks. Reading chosen: when fewer than a third of a document's
    // items of one kind have a title, none of their lead sentences is taken
    // for a run-in title — so （二）完善法人治理结构。… and （十四）转制后自企业
    // 登记注册的次月起按企业办法参加社会保险。… keep their first sentence as
    // text (a reader could call the first one a heading; the rule cannot
    // tell it from the provisions around it).
    let items = || doc.sections.iter().flat_map(|s| &s.children);
    assert!(items().all(|c| c.title.is_none()));
    assert!(items().nth(1).unwrap().paragraphs[0].text.starts_with("完善法人治理结构。公司党委"));
    assert!(second.sections.iter().flat_map(|s| &s.children).all(|c| c.title.is_none()));
    assert!(doc.diagnostics.iter().any(|d| d.code == "attached-document"));
    // reading chosen: the unnumbered closing paragraph of each 规定
    // (中央所属转制文化企业的认定… / 上述政策适用于所有文化企业…) stays with the
    // last numbered item before it — the text has no marker that closes the
    // item, and a paragraph after an item is usually its own second
    // paragraph; a reader sees it as the 规定's closing text
    let last = doc.sections.last().unwrap().children.last().unwrap();
    assert!(last.paragraphs.last().unwrap().text.starts_with("中央所属转制文化企业的认定"));
}

#[test]
fn guobanhan_2004_71_letter() {
    let name = "07-guobanhan-2004-71-sichuan-reply-letter";
    check_frame(
        name,
        Frame {
            notice_title: Some("国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函"),
            doc_number: Some("国办函〔2004〕71号"),
            issuers: &["国务院办公厅"],
            date: "2004-10-15", // written 二〇〇四年十月十五日
            notes: &["（本文有删减）"],
            addressee_groups: 1,
            title: "国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函",
            sections: &["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、"],
        },
    );
    let text = fixture(name);
    let doc = parse(&text);
    assert_eq!(doc.sections[0].title.as_deref(), Some("关于60万吨乙烯项目问题"));
    let subs: Vec<usize> = doc.sections.iter().map(|s| s.children.len()).collect();
    assert_eq!(subs, [0, 0, 0, 0, 0, 0, 0, 2, 0, 3, 0]);
}

#[test]
fn regulation_2014_real_estate_registration() {
    let name = "09-regulation-real-estate-registration-2014";
    check_frame(
        name,
        Frame {
            notice_title: Some("不动产登记暂行条例"),
            // the promulgation line 2014年11月24日 中华人民共和国国务院令第656号公布
            doc_number: Some("中华人民共和国国务院令第656号"),
            issuers: &[], // no signature line in the text
            date: "2014-11-24",
            notes: &[],
            addressee_groups: 0,
            title: "不动产登记暂行条例",
            sections: &["第一章", "第二章", "第三章", "第四章", "第五章", "第六章"],
        },
    );
    let text = fixture(name);
    let doc = parse(&text);
    let chapters: Vec<&str> = doc.sections.iter().map(|s| s.title.as_deref().unwrap()).collect();
    assert_eq!(chapters, ["总则", "不动产登记簿", "登记程序", "登记信息共享与保护", "法律责任", "附则"]);
    let articles: Vec<u32> = doc.sections.iter().flat_map(|c| &c.children).map(|a| a.number).collect();
    assert_eq!(articles, (1..=35).collect::<Vec<_>>());
    assert!(doc.sections.iter().flat_map(|c| &c.children).all(|a| a.kind == BlockKind::Article && a.title.is_none()));
    // 第五条 lists ten rights as (一)…(十), items of an enumeration
    let art5 = &doc.sections[0].children[4];
    assert_eq!(art5.children.len(), 10);
    assert!(art5.children.iter().all(|c| c.title.is_none()), "{:?}", art5.children.last().unwrap().title);
    // 第四条 has three paragraphs
    assert_eq!(doc.sections[0].children[3].paragraphs.len(), 3);
    // a paragraph after an enumeration belongs to the article, not to the
    // list's last item: 第十六条 …（六）…其他材料。 / 不动产登记机构应当在办公场所…
    let art16 = &doc.sections[2].children[2];
    assert_eq!(art16.number, 16);
    assert_eq!(art16.children.len(), 6);
    assert_eq!(art16.children[5].paragraphs.len(), 1);
    assert!(art16.paragraphs.last().unwrap().text.starts_with("不动产登记机构应当在办公场所"));
    let art19 = &doc.sections[2].children[5];
    assert_eq!((art19.number, art19.paragraphs.len()), (19, 3));
}

#[test]
fn shanghai_2026_action_plan() {
    let name = "11-shanghai-2026-urban-renewal-planning-action-plan";
    check_frame(
        name,
        Frame {
            notice_title: Some("关于印发《2026年上海市城市更新规划资源行动方案》的通知"), // printed twice, read once
            doc_number: Some("沪规划资源更〔2026〕83号"),
            issuers: &["上海市规划和自然资源局"],
            date: "2026-03-12",
            notes: &[],
            addressee_groups: 1,
            title: "2026年上海市城市更新规划资源行动方案",
            sections: &["一、", "二、", "三、", "四、", "五、"],
        },
    );
    let text = fixture(name);
    let doc = parse(&text);
    let actions: Vec<u32> = doc.blocks().filter(|b| b.kind == BlockKind::Action).map(|b| b.number).collect();
    assert_eq!(actions, (1..=10).collect::<Vec<_>>());
    let tasks: Vec<u32> = doc.blocks().filter(|b| b.kind == BlockKind::Task).map(|b| b.number).collect();
    assert_eq!(tasks, (1..=21).collect::<Vec<_>>());
    // the heading "——任务1：…" and its sentence-final 。 on the next line are
    // joined: the 。 closes the run-in title, the text follows as paragraph
    let t1 = doc.blocks().find(|b| b.kind == BlockKind::Task).unwrap();
    assert_eq!(t1.title.as_deref(), Some("协同开展《上海市城市更新专项规划》编制工作"));
    assert!(t1.paragraphs[0].text.starts_with("强化城市总体规划"));
    assert!(doc.diagnostics.iter().any(|d| d.code == "duplicate-line"));
}

#[test]
fn jingan_action_plan_with_table() {
    let name = "12-jingan-jingfubanfa-2023-13-urban-renewal-action-plan";
    check_frame(
        name,
        Frame {
            notice_title: Some(
                "上海市静安区人民政府办公室关于转发区建设管理委《静安区“卓越城区”城市更新行动方案（2023-2025年）》的通知",
            ),
            doc_number: None,
            issuers: &["上海市静安区人民政府办公室"],
            date: "2023-12-12",
            notes: &[],
            addressee_groups: 2,
            title: "静安区“卓越城区”城市更新行动方案（2023-2025年）",
            sections: &["一、", "二、", "三、"],
        },
    );
    let text = fixture(name);
    let doc = parse(&text);
    // the 附件 line names the list; the flattened table after the 附件 label is
    // its body, read as a table (one row block per 序号), and does not enter
    // the main block tree
    assert_eq!(doc.attachments.len(), 1);
    let a = &doc.attachments[0];
    assert_eq!(a.title, "静安区“卓越城区”城市更新行动重点任务清单（2023-2025年）");
    assert_eq!(a.sections.len(), 27);
    assert!(a.sections.iter().all(|b| b.kind == gongwen::BlockKind::Row));
    let cells: Vec<&str> = a.tables[0].columns.iter().map(|c| c.name.as_ref()).collect();
    assert_eq!(cells, ["任务类型", "序号", "工作任务", "推进单位"]);
    assert!(!doc.diagnostics.iter().any(|d| d.code == "flattened-table"));
    let last = doc.sections[2].children.last().unwrap();
    assert_eq!(last.title.as_deref(), Some("开展专项评估考核"));
    assert_eq!(last.paragraphs.len(), 1, "the table stays out of the last block");
}

#[test]
fn yangpu_heritage_plan() {
    let name = "13-yangpu-yangfufa-2024-6-heritage-3yr-action-plan";
    check_frame(
        name,
        Frame {
            // the space inside the title is a stray between CJK characters
            notice_title: Some(
                "关于印发《上海杨浦生活秀带国家文物保护利用示范区深化建设三年行动计划（2024-2026年）》的通知",
            ),
            doc_number: None,
            issuers: &["上海市杨浦区人民政府"],
            date: "2024-07-15",
            notes: &[],
            addressee_groups: 2,
            // wrapped over two lines
            title: "上海杨浦生活秀带国家文物保护利用示范区深化建设三年行动计划（2024—2026年）",
            sections: &["一、", "二、", "三、", "四、", "五、"],
        },
    );
    let text = fixture(name);
    let doc = parse(&text);
    // （1）…（16） run on across the five 1.–5. 清单 headings of 四、（二）
    let lists = &doc.sections[3].children[1];
    assert_eq!(lists.children.len(), 5);
    let sub: Vec<u32> = lists.children.iter().flat_map(|c| &c.children).map(|c| c.number).collect();
    assert_eq!(sub, (1..=16).collect::<Vec<_>>());
    assert!(lists.children.iter().all(|c| c.title.as_deref().is_some_and(|t| t.starts_with("落实"))));
}

#[test]
fn shanghai_business_services_plan() {
    let name = "14-shanghai-hufubanfa-2025-23-business-services-3yr-plan";
    check_frame(
        name,
        Frame {
            notice_title: Some(
                "上海市人民政府办公厅关于印发《上海市促进租赁和商务服务业“产业聚集、空间聚集、要素聚集”三年行动计划（2026—2028年）》的通知",
            ),
            doc_number: None,
            issuers: &["上海市人民政府办公厅"],
            date: "2025-12-31",
            notes: &[],
            addressee_groups: 2,
            title: "上海市促进租赁和商务服务业“产业聚集、空间聚集、要素聚集”三年行动计划（2026—2028年）",
            sections: &["一、", "二、", "三、", "四、", "五、", "六、"],
        },
    );
    let text = fixture(name);
    let doc = parse(&text);
    // items 1.–28. run straight through, under 一、 directly or under （一）
    let items: Vec<u32> = doc.blocks().filter(|b| b.kind == BlockKind::Item).map(|b| b.number).collect();
    assert_eq!(items, (1..=28).collect::<Vec<_>>());
    assert_eq!(doc.sections[1].children[0].level, 2);
    assert_eq!(doc.sections[2].children[0].children[0].level, 3);
}

#[test]
fn chongming_city_checkup_plan() {
    let name = "17-chongming-2021-20-city-checkup-work-plan";
    check_frame(
        name,
        Frame {
            notice_title: Some("上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知"),
            doc_number: None,
            issuers: &[], // the text has a date but no signature line
            date: "2021-09-09",
            notes: &["（此件公开发布）"],
            addressee_groups: 4,
            title: "2021年崇明区城市体检工作方案",
            sections: &["一、", "二、", "三、", "四、"],
        },
    );
    let text = fixture(name);
    let doc = parse(&text);
    assert_eq!(doc.attachments.len(), 1);
    assert_eq!(doc.attachments[0].title, "2021年崇明区级城市体检指标体系");
    assert!(doc.attachments[0].paragraphs.is_empty(), "the 附件 itself is not in the source");
    // reading chosen: the two wrap-up paragraphs after （八）创新活力 (围绕以上8
    // 方面… / 根据上述城市体检指标体系…) stay with （八）, as a paragraph after a
    // run-in item usually belongs to it; a reader sees them as closing 一、
    let eighth = &doc.sections[0].children[7];
    assert_eq!(eighth.title.as_deref(), Some("创新活力"));
    assert!(eighth.paragraphs.iter().any(|p| p.text.starts_with("围绕以上8方面")));
    let steps = &doc.sections[2];
    assert_eq!(steps.children[0].title.as_deref(), Some("建立工作机制（2021年8月）"));
    // the 1.–4. list under 三、（四） ends with "；" items: none is a heading
    let list = &steps.children[3].children;
    assert_eq!(list.len(), 4);
    assert!(list.iter().all(|c| c.title.is_none()));
}

#[test]
fn metadata_block_fills_missing_fields() {
    // a gov.cn metadata block above a copy whose text lacks the 发文字号
    let text = fixture("02-shanghai-hufubanfa-2024-3-sponge-city");
    let with_meta = format!(
        "索引号：000014349/2024-00003\n主题分类：城乡建设\n发文机关：上海市人民政府办公厅\n成文日期：2024年02月04日\n标题：上海市人民政府办公厅关于印发《本市系统化全域推进海绵城市建设的实施意见》的通知\n发文字号：沪府办发〔2024〕3号\n发布日期：2024年02月05日\n{text}"
    );
    let plain = parse(&text);
    let doc = parse(&with_meta);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.doc_number.as_deref(), Some("沪府办发〔2024〕3号"));
    assert_eq!(n.date.as_deref(), Some("2024-02-04"));
    assert_eq!(n.title, plain.notice.as_ref().unwrap().title);
    assert_eq!(doc.title, plain.title);
    let outline = |d: &Document| d.blocks().map(|b| format!("{} {:?}", b.marker, b.title)).collect::<Vec<_>>();
    assert_eq!(outline(&doc), outline(&plain));
    let meta = doc.diagnostics.iter().find(|d| d.code == "metadata-block").expect("diagnosed");
    assert!(with_meta[meta.span.start..meta.span.end].starts_with("索引号"));
}

macro_rules! snapshots {
    ($($test:ident => $name:literal,)*) => {$(
        #[test]
        fn $test() {
            let text = fixture($name);
            insta::assert_json_snapshot!($name, parse(&text));
        }
    )*};
}

snapshots! {
    snapshot_02 => "02-shanghai-hufubanfa-2024-3-sponge-city",
    snapshot_03 => "03-jiading-jiafufa-2023-20-urban-renewal",
    snapshot_04 => "04-guobanfa-2018-123-gov-new-media",
    snapshot_05 => "05-guobanfa-2018-124-cultural-enterprises-two-rules",
    snapshot_07 => "07-guobanhan-2004-71-sichuan-reply-letter",
    snapshot_09 => "09-regulation-real-estate-registration-2014",
    snapshot_11 => "11-shanghai-2026-urban-renewal-planning-action-plan",
    snapshot_12 => "12-jingan-jingfubanfa-2023-13-urban-renewal-action-plan",
    snapshot_13 => "13-yangpu-yangfufa-2024-6-heritage-3yr-action-plan",
    snapshot_14 => "14-shanghai-hufubanfa-2025-23-business-services-3yr-plan",
    snapshot_17 => "17-chongming-2021-20-city-checkup-work-plan",
}
