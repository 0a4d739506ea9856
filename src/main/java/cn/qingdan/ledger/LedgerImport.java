package cn.qingdan.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.workflow.imports.ImportResult;
import cn.qingdan.workflow.imports.RowError;
import cn.qingdan.workflow.imports.XlsxGuard;
import cn.qingdan.workflow.imports.XlsxRows;

/**
 * Imports a board ledger (the first sheet, laid out as the export: a title row, the header row, then one row per
 * board; columns 区划代码, 类别 (牌子/上墙制度), 名称, 授牌（制发）单位, 悬挂位置, 尺寸, 准入编号). A township imports for its
 * villages, a village for itself. Every row is checked first; any error and nothing is imported.
 */
@Service
class LedgerImport {

	static final List<String> HEADERS = List.of("区划代码", "类别", "名称", "授牌（制发）单位", "悬挂位置", "尺寸", "准入编号");

	private final Boards boards;
	private final Specs specs;
	private final GateLink gate;
	private final UnitTree tree;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	LedgerImport(Boards boards, Specs specs, GateLink gate, UnitTree tree, ApplicationEventPublisher events, Clock clock) {
		this.boards = boards;
		this.specs = specs;
		this.gate = gate;
		this.tree = tree;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	ImportResult<Board> importBoards(QingdanUser user, byte[] file) {
		List<RowError> errors = new ArrayList<>();
		if (!(user.has(Role.TOWNSHIP_OFFICER) || user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD))) {
			errors.add(new RowError(0, "台账由乡镇或村（社区）导入"));
			return ImportResult.of(List.of(), errors);
		}
		var rows = XlsxRows.firstSheet(file, XlsxGuard.STANDARD, 10_000, errors);
		if (rows.isEmpty()) {
			return ImportResult.of(List.of(), errors);
		}
		List<org.dhatim.fastexcel.reader.Row> all = rows.get();
		int headerAt = -1;
		for (int i = 0; i < Math.min(3, all.size()); i++) {
			if (XlsxRows.text(all.get(i), 0).equals(HEADERS.getFirst())) {
				headerAt = i;
			}
		}
		if (headerAt < 0) {
			errors.add(new RowError(0, "未找到表头：第一列应为“区划代码”，依次为 " + String.join("、", HEADERS)));
			return ImportResult.of(List.of(), errors);
		}
		Map<String, Unit> villages = tree.ofType(user.unit().rootId(), Unit.Type.VILLAGE, true).stream()
			.filter(v -> user.scope().covers(v.path())).filter(v -> v.regionCode() != null)
			.collect(Collectors.toMap(Unit::regionCode, Function.identity(), (a, b) -> a));
		LocalDate today = LocalDate.now(clock);
		long county = user.unit().rootId();
		List<Spec> inForce = specs.inForce(county, today);
		List<Board> read = new ArrayList<>();
		for (int i = headerAt + 1; i < all.size(); i++) {
			var row = all.get(i);
			int line = i + 1;
			String code = XlsxRows.text(row, 0);
			String kindText = XlsxRows.text(row, 1);
			String name = XlsxRows.text(row, 2);
			if (code.isEmpty() && name.isEmpty()) {
				continue;
			}
			Unit v = villages.get(code);
			List<String> problems = new ArrayList<>();
			if (v == null) {
				problems.add("区划代码“" + code + "”不是本辖区的村（社区）");
			}
			String kind = kindText.isEmpty() || kindText.equals("牌子") ? Board.BOARD : kindText.equals("上墙制度") ? Board.WALL_RULE : null;
			if (kind == null) {
				problems.add("类别应为“牌子”或“上墙制度”");
			}
			if (name.isEmpty() || name.length() > 200) {
				problems.add("名称不能为空且不超过 200 字");
			}
			String issuer = XlsxRows.text(row, 3);
			Ledger.Place place = XlsxRows.text(row, 4).isEmpty() ? Ledger.Place.INSIDE : Ledger.parse(Ledger.Place.class, XlsxRows.text(row, 4));
			if (place == null) {
				problems.add("悬挂位置应为 门口、室内 或 服务大厅");
			}
			String size = XlsxRows.text(row, 5);
			if (issuer.length() > 100 || size.length() > 60) {
				problems.add("授牌单位不超过 100 字、尺寸不超过 60 字");
			}
			if (!problems.isEmpty()) {
				errors.add(new RowError(line, String.join("；", problems)));
				continue;
			}
			var suggestion = Board.BOARD.equals(kind) ? Specs.suggest(inForce, name) : java.util.Optional.<Specs.Suggestion>empty();
			boolean inSpec = suggestion.isPresent() && !suggestion.get().absorbed();
			var verdict = gate.read(county, name + " " + issuer, RequestKind.SIGNBOARD, XlsxRows.text(row, 6), false, inSpec);
			read.add(new Board(0, kind, county, v.parentId(), v.id(), v.path(), name, issuer, place, size,
					suggestion.map(s -> s.spec().id()).orElse(null), verdict.admissionNumber(), false, Ledger.Status.KEEP, null,
					null, null, null, null, null, Ledger.Declaration.DRAFT, null, verdict.screening(), verdict.unadmitted(),
					today, 0));
		}
		if (read.isEmpty() && errors.isEmpty()) {
			errors.add(new RowError(0, "表中没有台账记录"));
		}
		ImportResult<Board> result = ImportResult.of(read, errors);
		if (result.ok()) {
			for (Board b : read) {
				boards.insert(b);
			}
			events.publishEvent(AuditEvent.success("导入台账", "台账", user.unitId(), "导入 " + read.size() + " 条"));
			LedgerChanges.publish(events, county, today);
		}
		return result;
	}
}
