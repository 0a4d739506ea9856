package cn.qingdan.ledger;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.reader.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.imports.ImportResult;
import cn.qingdan.workflow.imports.RowError;
import cn.qingdan.workflow.imports.XlsxGuard;
import cn.qingdan.workflow.imports.XlsxRows;

/**
 * Imports the county's work-group / app ledger and report-form ledger (the first sheet, laid out as the export's
 * sheets 工作群和政务应用台账 and 报表台账: an optional title row, the header row, one row per item; columns are found by
 * their header, so the export's extra columns are ignored). Each row goes through the same registration as the form on
 * screen ({@link Groups#register}, {@link Forms#register}: gate, screening, duplicate-field check, audit, leads); any
 * row in error and the whole file is rolled back.
 */
@Service
class LedgerRegistryImport {

	static final List<String> GROUP_HEADERS = List.of("乡镇（街道）", "类型", "名称", "用途", "要求入群村干部人数", "依据文件", "准入编号",
			"县级统一要求", "村民自治事项", "指导村工作", "要求事项");

	static final List<String> FORM_HEADERS = List.of("报表名称", "填报频次", "依据文件", "准入编号", "报送渠道", "村民自治事项", "字段");

	private final Groups groups;
	private final Forms forms;
	private final UnitTree tree;
	private final org.springframework.context.ApplicationEventPublisher events;

	LedgerRegistryImport(Groups groups, Forms forms, UnitTree tree,
			org.springframework.context.ApplicationEventPublisher events) {
		this.groups = groups;
		this.forms = forms;
		this.tree = tree;
		this.events = events;
	}

	/** The columns of a sheet, found by header text in one of its first three rows. */
	record Sheet(List<Row> rows, int headerAt, Map<String, Integer> columns) {

		String text(Row row, String header) {
			Integer c = columns.get(header);
			return c == null ? "" : XlsxRows.text(row, c);
		}
	}

	@Transactional
	ImportResult<Long> importGroups(QingdanUser user, byte[] file) {
		boolean township = user.has(Role.TOWNSHIP_OFFICER);
		if (!(user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER) || user.has(Role.DEPARTMENT_OFFICER) || township)) {
			return ImportResult.of(List.of(), List.of(new RowError(0, "工作群和应用台账由县减负办、县级部门或乡镇导入")));
		}
		Map<String, Long> townships = new HashMap<>();
		tree.ofType(user.unit().rootId(), Unit.Type.TOWNSHIP, true).forEach(t -> townships.put(t.name(), t.id()));
		return run(file, GROUP_HEADERS, "名称", "导入工作群和应用台账", (sheet, row, problems) -> {
			String townshipName = sheet.text(row, "乡镇（街道）");
			Long townshipId = null;
			if (!townshipName.isEmpty() && !townshipName.equals("全县") && !(township && townshipName.equals(user.unitName()))) {
				townshipId = townships.get(townshipName);
				if (townshipId == null || township) {
					problems.add("乡镇（街道）“" + townshipName + "”不是本县乡镇" + (township ? "或不是本乡镇" : ""));
				}
			}
			Ledger.Channel channel = Ledger.parse(Ledger.Channel.class, sheet.text(row, "类型"));
			if (channel == null) {
				problems.add("类型应为 微信工作群、QQ群、钉钉群、政务APP 或 小程序");
			}
			int cadres = number(sheet.text(row, "要求入群村干部人数"), problems);
			Set<Ledger.Demand> demands = EnumSet.noneOf(Ledger.Demand.class);
			for (String d : sheet.text(row, "要求事项").split("[、，,；;\\s]+")) {
				if (!d.isBlank()) {
					Ledger.Demand x = Ledger.parse(Ledger.Demand.class, d);
					if (x == null) {
						problems.add("要求事项“" + d + "”应为 打卡、积分、在线时长、截图、接龙 之一");
					}
					else {
						demands.add(x);
					}
				}
			}
			Groups.Input in = new Groups.Input(channel, sheet.text(row, "名称"), sheet.text(row, "用途"), cadres,
					sheet.text(row, "依据文件"), sheet.text(row, "准入编号"), yes(sheet, row, "县级统一要求", problems),
					yes(sheet, row, "村民自治事项", problems), yes(sheet, row, "指导村工作", problems), demands, townshipId);
			return problems.isEmpty() ? groups.register(user, in) : null;
		});
	}

	@Transactional
	ImportResult<Long> importForms(QingdanUser user, byte[] file) {
		if (!(user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER) || user.has(Role.DEPARTMENT_OFFICER)
				|| user.has(Role.TOWNSHIP_OFFICER))) {
			return ImportResult.of(List.of(), List.of(new RowError(0, "报表台账由县减负办、县级部门或乡镇导入")));
		}
		long county = user.unit().rootId();
		// a rolled-back import must not leave its forms in the cached duplicate-field index
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				forms.forget(county);
			}
		});
		return run(file, FORM_HEADERS, "报表名称", "导入报表台账", (sheet, row, problems) -> {
			Ledger.Frequency frequency = Ledger.parse(Ledger.Frequency.class, sheet.text(row, "填报频次"));
			if (frequency == null) {
				problems.add("填报频次应为 一次性、每月、每季度、每半年、每年 或 不定期");
			}
			List<String> fields = List.of(sheet.text(row, "字段").split("[、，,；;\\n]+"));
			Forms.Input in = new Forms.Input(sheet.text(row, "报表名称"), frequency, sheet.text(row, "依据文件"),
					sheet.text(row, "准入编号"), sheet.text(row, "报送渠道"), yes(sheet, row, "村民自治事项", problems), fields);
			return problems.isEmpty() ? forms.register(user, in) : null;
		});
	}

	/** Reads one row into problems or a registration; returns the new id, or null when the row has problems. */
	interface RowReader {

		Long read(Sheet sheet, Row row, List<String> problems);
	}

	private ImportResult<Long> run(byte[] file, List<String> headers, String key, String action, RowReader reader) {
		List<RowError> errors = new ArrayList<>();
		var rows = XlsxRows.firstSheet(file, XlsxGuard.STANDARD, 2_000, errors);
		if (rows.isEmpty()) {
			return ImportResult.of(List.of(), errors);
		}
		Sheet sheet = sheet(rows.get(), key);
		if (sheet == null) {
			errors.add(new RowError(0, "未找到表头：应有“" + key + "”列，表头依次为 " + String.join("、", headers)));
			return ImportResult.of(List.of(), errors);
		}
		List<Long> ids = new ArrayList<>();
		for (int i = sheet.headerAt() + 1; i < sheet.rows().size(); i++) {
			Row row = sheet.rows().get(i);
			if (headers.stream().allMatch(h -> sheet.text(row, h).isEmpty())) {
				continue;
			}
			List<String> problems = new ArrayList<>();
			try {
				Long id = reader.read(sheet, row, problems);
				if (id != null) {
					ids.add(id);
				}
			}
			catch (RuleViolation ex) {
				problems.add(ex.getMessage());
			}
			if (!problems.isEmpty()) {
				errors.add(new RowError(i + 1, String.join("；", problems)));
			}
		}
		if (ids.isEmpty() && errors.isEmpty()) {
			errors.add(new RowError(0, "表中没有台账记录"));
		}
		if (!errors.isEmpty()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return ImportResult.of(List.of(), errors);
		}
		events.publishEvent(AuditEvent.success(action, "台账", ids.getFirst(), "导入 " + ids.size() + " 条"));
		return ImportResult.of(ids, errors);
	}

	static Sheet sheet(List<Row> rows, String key) {
		for (int i = 0; i < Math.min(3, rows.size()); i++) {
			Row r = rows.get(i);
			Map<String, Integer> columns = new HashMap<>();
			for (int c = 0; c < Math.min(r.getCellCount(), 40); c++) {
				columns.putIfAbsent(XlsxRows.text(r, c), c);
			}
			if (columns.containsKey(key)) {
				return new Sheet(rows, i, columns);
			}
		}
		return null;
	}

	private static boolean yes(Sheet sheet, Row row, String header, List<String> problems) {
		String t = sheet.text(row, header);
		if (!(t.isEmpty() || t.equals("是") || t.equals("否"))) {
			problems.add(header + "应填“是”或“否”");
		}
		return t.equals("是");
	}

	private static int number(String t, List<String> problems) {
		if (t.isEmpty()) {
			return 0;
		}
		try {
			return Integer.parseInt(t.replaceAll("\\.0+$", ""));
		}
		catch (NumberFormatException ex) {
			problems.add("要求入群村干部人数应为 0 至 100 的整数");
			return 0;
		}
	}
}
