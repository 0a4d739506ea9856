package cn.qingdan.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.shared.RuleViolation;

/**
 * The board and wall-rule steps, each in one transaction and audited: a village (or a township for its own premises)
 * records what hangs, with a photo and the spec its name suggests; decides keep / merge / remove / replace with the
 * reason; records it done with an after-photo; declares; the township accepts or sends back with a comment.
 * <pre>
 *   DRAFT ─declare (village)─▶ DECLARED ─accept (township)─▶ VERIFIED
 *                                        └send back + comment─▶ RETURNED ─(edit, declare again)─▶ DECLARED
 *   any change by the village (decide, done) puts a board back to DRAFT.
 * </pre>
 */
@Service
class BoardSteps {

	record Input(String kind, String name, String issuer, Ledger.Place place, String size, Long specId,
			String admissionNumber, boolean selfGovernance) {
	}

	private final Boards boards;
	private final Specs specs;
	private final Photos photos;
	private final GateLink gate;
	private final Units units;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	BoardSteps(Boards boards, Specs specs, Photos photos, GateLink gate, Units units, ApplicationEventPublisher events,
			Clock clock) {
		this.boards = boards;
		this.specs = specs;
		this.photos = photos;
		this.gate = gate;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The unit whose boards the user records: their village, or their township's own premises. */
	Unit ownUnit(QingdanUser user) {
		boolean village = user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD);
		boolean township = user.has(Role.TOWNSHIP_OFFICER);
		Unit unit = user.unitId() == null ? null : units.unit(user.unitId()).orElse(null);
		if (unit == null || !(village && unit.type() == Unit.Type.VILLAGE || township && unit.type() == Unit.Type.TOWNSHIP)) {
			throw new RuleViolation("只有村（社区）经办人、负责人或乡镇经办人可以登记本单位的牌子和上墙制度");
		}
		return unit;
	}

	@Transactional
	long record(QingdanUser user, Input in, byte[] photo) {
		Unit unit = ownUnit(user);
		String kind = Board.WALL_RULE.equals(in.kind()) ? Board.WALL_RULE : Board.BOARD;
		String name = required(in.name(), "name", "名称", 200);
		String issuer = optional(in.issuer(), "issuer", "授牌（制发）单位", 100);
		String size = optional(in.size(), "size", "尺寸", 60);
		Ledger.Place place = in.place() == null ? Ledger.Place.INSIDE : in.place();
		long county = user.unit().rootId();
		List<Spec> inForce = specs.inForce(county, today());
		Spec spec = in.specId() == null ? null : inForce.stream().filter(s -> s.id() == in.specId()).findFirst()
			.orElseThrow(() -> new RuleViolation("specId", "所选规格不在现行规格表中"));
		boolean absorbed = false;
		if (spec == null && Board.BOARD.equals(kind)) {
			var suggestion = Specs.suggest(inForce, name);
			spec = suggestion.map(Specs.Suggestion::spec).orElse(null);
			absorbed = suggestion.map(Specs.Suggestion::absorbed).orElse(false);
		}
		boolean inSpec = spec != null && !absorbed;
		var verdict = gate.read(county, name + " " + issuer, RequestKind.SIGNBOARD, in.admissionNumber(),
				in.selfGovernance(), inSpec);
		Long photoId = photo == null || photo.length == 0 ? null : photos.store(photo, user.displayName());
		Long township = unit.type() == Unit.Type.VILLAGE ? unit.parentId() : Long.valueOf(unit.id());
		Long village = unit.type() == Unit.Type.VILLAGE ? unit.id() : null;
		Ledger.Status status = Ledger.Status.KEEP;
		Ledger.Reason reason = null;
		if (absorbed) {
			status = Ledger.Status.MERGE;
			reason = Ledger.Reason.SIMILAR;
		}
		else if (verdict.unadmitted() && Board.BOARD.equals(kind)) {
			status = Ledger.Status.REMOVE;
			reason = spec == null ? Ledger.Reason.OUT_OF_SPEC : Ledger.Reason.UNADMITTED;
		}
		LocalDate due = status.cut() ? today().plusDays(30) : null;
		long id = boards.insert(new Board(0, kind, county, township, village, unit.path(), name, issuer, place, size,
				spec == null ? null : spec.id(), verdict.admissionNumber(), in.selfGovernance(), status, reason, null, due,
				null, photoId, null, Ledger.Declaration.DRAFT, null, verdict.screening(), verdict.unadmitted(), today(), 0));
		String what = Board.WALL_RULE.equals(kind) ? "上墙制度" : "牌子";
		events.publishEvent(AuditEvent.success("登记" + what, what, id, unit.name() + "：" + name));
		LedgerChanges.publish(events, county, today());
		if (verdict.unadmitted()) {
			gate.lead("LEDGER_BOARD", id, county, township, village, "NONCOMPLIANT_BOARD",
					unit.name() + "悬挂的" + what + "“" + name + "”未经准入" + (issuer.isEmpty() ? "" : "（" + issuer + "）"),
					"/ledgers/boards/" + id);
		}
		return id;
	}

	@Transactional
	void decide(QingdanUser user, long id, Ledger.Status status, Ledger.Reason reason, Long mergedInto, LocalDate due) {
		Board b = own(user, id);
		if (status == null) {
			throw new RuleViolation("status", "请选择处置方式");
		}
		if (status.cut() && reason == null) {
			throw new RuleViolation("reason", "请选择整改原因");
		}
		if (status == Ledger.Status.MERGE) {
			if (mergedInto == null || mergedInto == id) {
				throw new RuleViolation("mergedInto", "请选择并入的牌子");
			}
			Board target = boards.find(mergedInto).filter(t -> t.unitPath().equals(b.unitPath()) && t.hanging())
				.orElseThrow(() -> new RuleViolation("mergedInto", "并入的牌子须为本单位在挂的牌子"));
			mergedInto = target.id();
		}
		else {
			mergedInto = null;
		}
		LocalDate dueOn = status.cut() ? (due == null ? today().plusDays(30) : due) : null;
		locked(boards.decide(b, status, status.cut() ? reason : null, mergedInto, dueOn));
		events.publishEvent(AuditEvent.success("确定处置方式", b.kindLabel(), id,
				b.name() + "：" + status.label() + (status.cut() ? "（" + reason.label() + "）" : "")));
		LedgerChanges.publish(events, b.countyUnitId(), today(), b.doneOn());
	}

	@Transactional
	void done(QingdanUser user, long id, LocalDate doneOn, byte[] afterPhoto) {
		Board b = own(user, id);
		if (!b.status().cut()) {
			throw new RuleViolation("保留的牌子无需整改");
		}
		LocalDate day = doneOn == null ? today() : doneOn;
		if (day.isAfter(today())) {
			throw new RuleViolation("doneOn", "完成日期不能晚于今天");
		}
		if (afterPhoto == null || afterPhoto.length == 0) {
			throw new RuleViolation("afterPhoto", "请上传整改后照片");
		}
		long photo = photos.store(afterPhoto, user.displayName());
		locked(boards.done(b, day, photo));
		events.publishEvent(AuditEvent.success("整改完成", b.kindLabel(), id, b.name() + "：" + b.status().label() + "，" + day));
		LedgerChanges.publish(events, b.countyUnitId(), today(), day);
	}

	@Transactional
	int declare(QingdanUser user, String kind) {
		Unit unit = ownUnit(user);
		int n = boards.declareAll(unit.path(), Board.WALL_RULE.equals(kind) ? Board.WALL_RULE : Board.BOARD, today());
		if (n == 0) {
			throw new RuleViolation("没有待申报的记录");
		}
		events.publishEvent(AuditEvent.success("申报台账", "台账", unit.id(), unit.name() + "申报 " + n + " 条"));
		LedgerChanges.publish(events, user.unit().rootId(), today());
		return n;
	}

	@Transactional
	void check(QingdanUser user, long id, boolean accept, String comment) {
		Board b = boards.get(id, user.scope());
		boolean township = user.has(Role.TOWNSHIP_OFFICER) && b.villageUnitId() != null;
		boolean office = (user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER)) && b.villageUnitId() == null;
		if (!township && !office) {
			throw new RuleViolation("村级台账由乡镇核实，乡镇台账由县减负办核实");
		}
		if (b.declaration() != Ledger.Declaration.DECLARED) {
			throw new RuleViolation("该记录不在待核实状态");
		}
		String c = comment == null ? "" : comment.strip();
		if (!accept && c.isEmpty()) {
			throw new RuleViolation("comment", "退回时请填写退回意见");
		}
		if (c.length() > 500) {
			throw new RuleViolation("comment", "意见不超过 500 字");
		}
		locked(boards.check(b, accept, c, today()));
		events.publishEvent(AuditEvent.success(accept ? "核实通过" : "核实退回", b.kindLabel(), id,
				b.name() + (accept ? "" : "：" + c)));
		LedgerChanges.publish(events, b.countyUnitId(), today());
	}

	/** A board of the user's own unit, editable by them (not while awaiting the township's check). */
	private Board own(QingdanUser user, long id) {
		Unit unit = ownUnit(user);
		Board b = boards.get(id, user.scope());
		if (!b.unitPath().equals(unit.path())) {
			throw new RuleViolation("只能处置本单位的台账");
		}
		if (!b.editableByVillage()) {
			throw new RuleViolation("已申报待乡镇核实，核实前不能修改");
		}
		return b;
	}

	private static void locked(int updated) {
		if (updated == 0) {
			throw new RuleViolation("该记录已被他人修改，请刷新后重试");
		}
	}

	static String required(String s, String field, String label, int max) {
		String t = s == null ? "" : s.strip();
		if (t.isEmpty()) {
			throw new RuleViolation(field, "请填写" + label);
		}
		if (t.length() > max) {
			throw new RuleViolation(field, label + "不超过 " + max + " 字");
		}
		return t;
	}

	static String optional(String s, String field, String label, int max) {
		String t = s == null ? "" : s.strip();
		if (t.length() > max) {
			throw new RuleViolation(field, label + "不超过 " + max + " 字");
		}
		return t;
	}
}
