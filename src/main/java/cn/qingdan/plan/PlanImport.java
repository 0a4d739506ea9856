package cn.qingdan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dhatim.fastexcel.reader.Row;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.imports.ImportResult;
import cn.qingdan.workflow.imports.RowError;
import cn.qingdan.workflow.imports.XlsxGuard;
import cn.qingdan.workflow.imports.XlsxRows;

/**
 * Imports a plan from the 任务分工表 a county already has (.xlsx: 序号, 任务, 责任单位, 完成时限 — the columns found by
 * their headers): first a preview with every row's errors and nothing saved; then, for a clean sheet, the plan and
 * its whole tree in one transaction.
 */
@Service
public class PlanImport {

	private final PlanStore store;
	private final Plans plans;
	private final UnitTree tree;
	private final ApplicationEventPublisher events;
	private final java.time.Clock clock;

	PlanImport(PlanStore store, Plans plans, UnitTree tree, ApplicationEventPublisher events, java.time.Clock clock) {
		this.clock = clock;
		this.store = store;
		this.plans = plans;
		this.tree = tree;
		this.events = events;
	}

	/** Reads the file and checks every row against the county's units; saves nothing. */
	public ImportResult<PlanSheet.ParsedNode> preview(Actor actor, byte[] file) {
		requireOffice(actor);
		List<RowError> errors = new ArrayList<>();
		Optional<List<Row>> rows = XlsxRows.firstSheet(file, XlsxGuard.STANDARD, PlanSheet.MAX_ROWS, errors);
		if (rows.isEmpty()) {
			return ImportResult.of(List.of(), errors);
		}
		List<PlanSheet.SheetRow> sheet = sheetRows(rows.get(), errors);
		if (!errors.isEmpty()) {
			return ImportResult.of(List.of(), errors);
		}
		return PlanSheet.read(sheet, new UnitNames(tree, plans.countyOf(actor)));
	}

	/** Imports the file as a plan when every row is clean; otherwise throws with the errors and saves nothing. */
	@Transactional
	public long save(Actor actor, PlanHeader header, byte[] file) {
		checkHeader(header);
		ImportResult<PlanSheet.ParsedNode> result = preview(actor, file);
		if (!result.ok()) {
			throw new RuleViolation("file", RowError.describe(result.errors()));
		}
		long id = store.insert(plans.countyOf(actor), header, result.rows(), actor.displayName(), clock.instant());
		events.publishEvent(AuditEvent.success("导入实施方案", "任务分工", id, header.title() + "：" + result.rows().size() + " 行"));
		return id;
	}

	/** Checks the header's fields (the preview does before reading the file). */
	public static void checkHeader(PlanHeader h) {
		if (h.title() == null || h.title().isBlank() || h.title().strip().length() > 200) {
			throw new RuleViolation("title", "请填写方案名称（不超过 200 字）");
		}
		if (h.issuers() == null || h.issuers().isBlank() || h.issuers().strip().length() > 300) {
			throw new RuleViolation("issuers", "请填写印发单位（不超过 300 字）");
		}
		if (h.issuedOn() == null || !cn.qingdan.shared.Inputs.saneDate(h.issuedOn())) {
			throw new RuleViolation("issuedOn", "请填写印发日期");
		}
		if (h.horizonYears() != null && !h.horizonYears().isBlank() && !h.horizonYears().strip().matches("\\d{4}([,，、\\s]+\\d{4}){0,4}")) {
			throw new RuleViolation("horizonYears", "目标年份如“2025、2035”");
		}
		cn.qingdan.shared.Inputs.length("documentNumber", h.documentNumber(), 100, "文号");
		for (String part : new String[] { h.requirements(), h.goals(), h.schedule(), h.safeguards() }) {
			cn.qingdan.shared.Inputs.length("parts", part, 20000, "方案各部分");
		}
	}

	private static void requireOffice(Actor actor) {
		if (actor.roleNames().stream().noneMatch(Plans.OFFICE_DECIDERS::contains)) {
			throw new RuleViolation("只有县基层减负办可以导入实施方案");
		}
	}

	/** The sheet's rows under its header; the header names the columns (序号, 任务, 责任单位, 完成时限). */
	static List<PlanSheet.SheetRow> sheetRows(List<Row> rows, List<RowError> errors) {
		int header = -1;
		int[] col = { -1, -1, -1, -1 };
		for (int i = 0; i < Math.min(rows.size(), 5) && header < 0; i++) {
			Row r = rows.get(i);
			for (int c = 0; c < r.getCellCount(); c++) {
				String h = XlsxRows.text(r, c).replace(" ", "");
				if (h.equals("序号") || h.equals("编号")) {
					col[0] = c;
				}
				else if (h.contains("任务") && !h.contains("时限") && col[1] < 0) {
					col[1] = c;
				}
				else if (h.contains("责任单位") || h.equals("牵头单位")) {
					col[2] = c;
				}
				else if (h.contains("时限") || h.contains("完成时间")) {
					col[3] = c;
				}
			}
			if (col[0] >= 0 && col[1] >= 0 && col[2] >= 0 && col[3] >= 0) {
				header = i;
			}
			else {
				col = new int[] { -1, -1, -1, -1 };
			}
		}
		if (header < 0) {
			errors.add(new RowError(0, "未找到表头：第一行应为“序号、任务、责任单位、完成时限”"));
			return List.of();
		}
		List<PlanSheet.SheetRow> out = new ArrayList<>();
		for (int i = header + 1; i < rows.size(); i++) {
			Row r = rows.get(i);
			out.add(new PlanSheet.SheetRow(r.getRowNum(), XlsxRows.text(r, col[0]), XlsxRows.text(r, col[1]),
					XlsxRows.text(r, col[2]), XlsxRows.text(r, col[3])));
		}
		return out;
	}
}
