/**
 * Plans and task division (任务分工): a county's implementation plans (实施方案) as a tree of tasks with lead units,
 * co-units, deadlines or 持续推进 on a cadence, targets with actuals, and progress reports the office accepts.
 *
 * <h2>Model</h2>
 * <pre>
 *   Plan (title, issuers, issued on, horizon years 2025/2035; parts 总体要求 · 目标 · 进度安排 · 保障措施)
 *     └ PlanNode  level 1 section 一 … ─▶ level 2 task 1 … ─▶ level 3 subtask 1(1) …
 *          the nodes that carry work (subtasks; a task without subtasks) have:
 *          ├ TaskDeadline   a date (2021年底 = 31 Dec) or 持续推进 with a Cadence (monthly/quarterly/half-yearly/yearly):
 *          │                each period's report is due 10 days after the period; a missing one is overdue
 *          ├ Assignee       1..n lead units (牵头单位, before the comma), 0..n co-units (配合单位); a collective
 *          │                (各乡镇（街道）, 县级各部门) is one assignee per township/department, each with its own progress
 *          ├ Target         value, unit, comparator (≥30%, =100%, 每 2 年 …), per county or per unit; actuals per period
 *          │                (entered, or read from an IndicatorSource of another module when present)
 *          ├ Report         by a lead unit: status claim, %, text, evidence files, period (持续推进);
 *          │                co-units add their parts; SUBMITTED ─accept─▶ ACCEPTED / ─send back─▶ RETURNED
 *          └ admission number: a task putting work on villages names its 准入编号 in the register (admission module)
 * </pre>
 * Status (TaskState, computed as of today): 已完成 only when the office accepted every lead unit's completion report;
 * 逾期 when past the date, or a 持续推进 period's report is missing after its due day; else 推进中 / 持续推进中 / 未启动.
 *
 * <h2>Flows</h2>
 * Import (PlanImport): .xlsx 任务分工表 (序号, 任务, 责任单位 — 逗号前为牵头单位, 完成时限) → preview with row-level errors,
 * nothing saved → save in one transaction. Export (PlanExport) in the same layout plus progress columns. Reports
 * (ProgressReports), targets (Targets); every step audited and on the task's timeline ({@code plan_task}). Deadlines
 * and missed periods feed the reminder and overdue sweeps (PlanDeadlines) and each unit's 待办 (PlanTodos).
 * Public: {@code /public/plans}, {@code /public/plans/{id}}, {@code /api/v1/plans}, {@code /api/v1/plans/{id}}.
 *
 * <h2>Boundaries</h2>
 * Reads only its own tables ({@code plan*}); units come from org (UnitTree, Units), the register from admission
 * ({@code Register.byNumber}), figures of other modules through {@code shared.indicator}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "任务分工", allowedDependencies = { "shared", "shared :: dashboard",
		"shared :: demo", "shared :: menu", "shared :: todo", "shared :: indicator", "shared :: rollup", "audit", "identity", "org", "admission",
		"workflow :: imports", "workflow :: sweep", "workflow :: timeline" })
package cn.qingdan.plan;
