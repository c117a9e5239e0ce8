//! Columns: what a column holds ([`role_of`]), from the names of its header
//! cells; a name wrapped over two lines ([`split_name`]), spaced out to the
//! column's width ([`spaced_header`]); a [`Column`] from the header cells
//! over it ([`column`](fn@column)), one or several rows of them.

use super::{NUMBER_HEADER, holds};
use crate::ast::{Column, ColumnRole};
use crate::source::Source;
use crate::span::Span;
use std::borrow::Cow;

/// What a column holds, from its header.
pub(crate) fn role_of(name: &str) -> ColumnRole {
    let has = |w: &str| holds(name, w);
    if has("序号") || name == "编号" {
        ColumnRole::Number
    } else if names_a_person(name) || names_a_supervisor(name) {
        // (责任领导, 牵头领导, 责任人: a person, not a body; 督办单位,
        // 督查部门: a body that follows the task up, not one that does it)
        ColumnRole::Other
    } else if has("牵头") {
        ColumnRole::Lead
    } else if has("配合") || has("参与") || has("协办") || has("协同") {
        ColumnRole::Support
    } else if has("责任") || has("推进单位") || has("主体") || has("负责") || has("单位") || has("部门") {
        ColumnRole::Responsible
    } else if has("时限") || has("时间") || has("节点") || has("期限") || has("进度") {
        ColumnRole::Deadline
    } else if names_a_goal(name) {
        // (工作目标, 预期成效: what the task is to reach, text of its own)
        ColumnRole::Other
    } else if has("类型") || has("类别") || has("领域") || has("方面") || (has("名称") && has("任务")) {
        ColumnRole::Category
    } else if has("任务") || has("措施") || has("内容") || has("举措") || has("事项") || has("工作") || has("项目")
    {
        ColumnRole::Task
    } else {
        ColumnRole::Other
    }
}

/// Whether a column header names a person who answers for the task
/// (责任领导, 分管领导, 牵头领导, 责任人, 联系人), whose cells are no bodies.
fn names_a_person(name: &str) -> bool {
    ["领导", "责任人", "联系人", "经办人"].iter().any(|w| holds(name, w))
        && !holds(name, "单位")
        && !holds(name, "部门")
}

/// Whether a column header names a body that follows the task up (督办单位,
/// 督查部门), not one that does it; 督办事项 names the tasks.
fn names_a_supervisor(name: &str) -> bool {
    (holds(name, "督办") || holds(name, "督查")) && !["事项", "任务", "内容"].iter().any(|w| holds(name, w))
}

/// Whether a column header names what a task is to reach (工作目标,
/// 预期成效, 预期效果), not the task: its last word (目标任务 is tasks).
fn names_a_goal(name: &str) -> bool {
    ["目标", "成效", "成果", "效果"].iter().any(|w| name.ends_with(w))
}

/// Whether a missing cell of this column repeats the one above (a merged
/// cell) rather than being empty.
pub(super) fn inheritable(role: ColumnRole) -> bool {
    !matches!(role, ColumnRole::Number | ColumnRole::Other)
}

/// The first halves of header names a narrow column wraps over two lines
/// (`牵头` / `单位`, `完成` / `时限`, `重点` / `任务`).
const SPLIT_HEADS: [&str; 14] =
    ["重点", "工作", "具体", "主要", "完成", "牵头", "配合", "责任", "参与", "推进", "时间", "进度", "预期", "实施"];
/// Their second halves.
const SPLIT_TAILS: [&str; 10] = ["任务", "单位", "部门", "时限", "时间", "节点", "措施", "处室", "安排", "主体"];

/// Whether two header cells are one name wrapped over two lines: a first
/// half of [`SPLIT_HEADS`] then a second of [`SPLIT_TAILS`] (two slice
/// compares against short tables, for the header's lines only).
pub(super) fn split_name(a: &str, b: &str) -> bool {
    SPLIT_HEADS.contains(&a) && SPLIT_TAILS.contains(&b)
}

/// Words a column name ends with: where the cells of a header that ran
/// together are cut (序号|改革举措|主要内容).
pub(super) const HEADER_ENDS: &[&str] = &[
    "举措", "内容", "措施", "任务", "事项", "单位", "部门", "时限", "时间", "期限", "名称", "指标", "属性", "备注",
    "类型", "类别", "领域", "目标", "情况", "主体", "依据", "进度", "标准", "做法", "成效", "地区", "要求", "项目",
];

/// Whether two characters make a column name that tables space out to the
/// width of their column (`指　　标`, `序　　号`, `项　　目`).
pub(crate) fn spaced_header(a: char, b: char) -> bool {
    let mut buf = [0u8; 8];
    let a_len = a.encode_utf8(&mut buf).len();
    let b_len = b.encode_utf8(&mut buf[a_len..]).len();
    let word = std::str::from_utf8(&buf[..a_len + b_len]).unwrap_or("");
    word == NUMBER_HEADER || HEADER_ENDS.contains(&word)
}

/// A column from the names of the header cells over it, top to bottom: the
/// name of one cell as it is; under a header of two or three rows the
/// names joined `上级 / 下级` (`责任单位 / 牵头单位`, `分年度招生任务 / 1996年`),
/// spanning both cells. The role is the lowest name's, or, when that says
/// nothing, the upper one's if it names bodies or a deadline (a group
/// header 责任单位 over 市级 | 区级).
pub(super) fn column<'a>(src: &Source<'a>, names: &[&str]) -> Column<'a> {
    match names {
        [] => Column { name: Cow::Borrowed(""), role: ColumnRole::Other, span: Span::new(0, 0) },
        [one] => {
            let (name, span) = src.node(one);
            Column { name, role: role_of(one), span }
        }
        [a, b] if split_name(a, b) => {
            let (x, s) = src.node(a);
            let (y, t) = src.node(b);
            let name = [x.as_ref(), y.as_ref()].concat();
            Column { role: role_of(&name), name: Cow::Owned(name), span: s.cover(&t) }
        }
        [.., _] => {
            let mut text = String::new();
            let mut span: Option<Span> = None;
            for n in names {
                let (t, s) = src.node(n);
                if !text.is_empty() {
                    text.push_str(" / ");
                }
                text.push_str(&t);
                span = Some(span.map_or(s, |a| a.cover(&s)));
            }
            Column { name: Cow::Owned(text), role: names_role(names), span: span.unwrap_or(Span::new(0, 0)) }
        }
    }
}

/// The role of a column under a header of several rows, from the names
/// over it top to bottom: the lowest name's, or, when that says nothing, the
/// first upper one's that names bodies or a deadline (a group header 责任单位
/// over 市级 | 区级).
pub(super) fn names_role(names: &[&str]) -> ColumnRole {
    match names.last().map(|low| role_of(low)) {
        None => ColumnRole::Other,
        Some(ColumnRole::Other) => names
            .iter()
            .map(|n| role_of(n))
            .find(|r| r.body_role().is_some() || *r == ColumnRole::Deadline)
            .unwrap_or(ColumnRole::Other),
        Some(r) => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_roles() {
        use ColumnRole::*;
        let roles: Vec<_> = [
            "序号",
            "任务类型",
            "工作任务",
            "牵头单位",
            "配合单位",
            "责任部门",
            "推进单位",
            "实施主体",
            "完成时限",
            "备注",
            "具体措施",
            "协办单位",
        ]
        .iter()
        .map(|n| role_of(n))
        .collect();
        assert_eq!(
            roles,
            [
                Number,
                Category,
                Task,
                Lead,
                Support,
                Responsible,
                Responsible,
                Responsible,
                Deadline,
                Other,
                Task,
                Support
            ]
        );
    }

    #[test]
    fn a_person_is_no_body() {
        for name in ["责任领导", "牵头领导", "分管领导", "市级责任领导", "责任人", "联系人"] {
            assert_eq!(role_of(name), ColumnRole::Other, "{name}");
        }
        assert_eq!(role_of("领导小组成员单位"), ColumnRole::Responsible);
        assert_eq!(role_of("牵头部门（领导）"), ColumnRole::Lead);
        assert_eq!(role_of("责任主体"), ColumnRole::Responsible);
    }

    #[test]
    fn goals_and_supervisors_are_no_tasks_nor_bodies() {
        for name in ["工作目标", "预期成效", "预期效果", "工作成果", "督办单位", "督查部门", "市委督查室督办"]
        {
            assert_eq!(role_of(name), ColumnRole::Other, "{name}");
        }
        assert_eq!(role_of("目标任务"), ColumnRole::Task);
        assert_eq!(role_of("督办事项"), ColumnRole::Task);
        assert_eq!(role_of("主责单位"), ColumnRole::Responsible);
        assert_eq!(role_of("牵头处室"), ColumnRole::Lead);
        assert_eq!(role_of("协同单位"), ColumnRole::Support);
        for name in ["时间节点", "完成时间", "时间安排", "进度安排", "完成时限"] {
            assert_eq!(role_of(name), ColumnRole::Deadline, "{name}");
        }
    }

    #[test]
    fn project_columns_hold_tasks() {
        assert_eq!(role_of("项目名称"), ColumnRole::Task);
        assert_eq!(role_of("建设项目"), ColumnRole::Task);
        assert_eq!(role_of("项目类别"), ColumnRole::Category);
    }
}
