package cn.qingdan.services;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.admission.Register;
import cn.qingdan.audit.AuditEvent;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.catalogue.CatalogueVersion;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.numbering.Numbering;

/**
 * Records a signed contract: a department or township buys an item of the fifth list from an eligible supplier for
 * villages it may serve, with measurable clauses and a schedule that adds up to the amount exactly.
 */
@Component
class SignContract {

	static final String SERIES = "service-contract";

	private final JdbcClient jdbc;
	private final Catalogues catalogues;
	private final Suppliers suppliers;
	private final Register register;
	private final Units units;
	private final UnitTree tree;
	private final Numbering numbering;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SignContract(JdbcClient jdbc, Catalogues catalogues, Suppliers suppliers, Register register, Units units,
			UnitTree tree, Numbering numbering, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.catalogues = catalogues;
		this.suppliers = suppliers;
		this.register = register;
		this.units = units;
		this.tree = tree;
		this.numbering = numbering;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	long sign(QingdanUser me, ContractForm f) {
		Unit buyer = units.unit(me.unitId()).filter(u -> u.type() == Unit.Type.DEPARTMENT || u.type() == Unit.Type.TOWNSHIP)
			.orElseThrow(() -> new RuleViolation("只有县级部门和乡镇（街道）可以作为购买方登记合同"));
		long county = me.unit().rootId();
		String title = Texts.required("title", f.getTitle(), 200, "合同名称");
		ItemContent item = item(county, f.getItemCode(), f.getSignedOn());
		int version = catalogues.current(catalogues.forCounty(county).orElseThrow().id()).map(CatalogueVersion::number).orElseThrow();
		dates(f);
		BigDecimal amount = Money.parse("amount", f.getAmount(), "合同金额");
		if (f.getBudgetYear() == null || !Inputs.saneYear(f.getBudgetYear())) {
			throw new RuleViolation("budgetYear", "请填写预算年度（一般为签订次年，列入下年度财政预算）");
		}
		List<Unit> villages = villages(county, buyer, f.getVillageIds());
		Supplier supplier = f.getSupplierId() == null ? null : suppliers.find(f.getSupplierId())
			.filter(s -> s.countyUnitId() == county).orElse(null);
		if (supplier == null) {
			throw new RuleViolation("supplierId", "请选择承接主体");
		}
		Eligibility.require(item, supplier, f.getSignedOn(), villages.stream().map(Unit::id).toList());
		String admission = admissionNumber(county, f.getAdmissionNumber());
		var clauses = ContractLines.clauses(f.getClauses());
		var milestones = ContractLines.milestones(f.getMilestones());
		BigDecimal scheduled = milestones.stream().map(ContractLines.MilestoneLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (scheduled.compareTo(amount) != 0) {
			throw new RuleViolation("milestones", "付款计划合计 " + Money.format(scheduled) + " 元，与合同金额 "
					+ Money.format(amount) + " 元不一致");
		}
		for (var m : milestones) {
			if (m.dueOn().isBefore(f.getSignedOn()) || m.dueOn().isAfter(f.getTermEnd().plusYears(1))) {
				throw new RuleViolation("milestones", "付款节点“" + m.title() + "”的日期应在签订日期之后、服务期满一年之内");
			}
		}
		String county6 = units.unit(county).map(Unit::name).orElse("");
		int n = numbering.next(SERIES, county, f.getBudgetYear());
		String number = county6 + "购服〔" + f.getBudgetYear() + "〕" + n + "号";
		long id = jdbc.sql("""
				insert into service_contract (county_unit_id, number, title, buyer_unit_id, buyer_path, supplier_id,
				  supplier_kind, item_code, item_name, service_field, catalogue_version, admission_number, term_start,
				  term_end, amount, budget_year, signed_on, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(county, number, title, buyer.id(), buyer.path(), supplier.id(), supplier.kind().name(), item.code(),
					item.name(), item.category(), version, admission, f.getTermStart(), f.getTermEnd(), amount,
					f.getBudgetYear(), f.getSignedOn(), me.username(), java.sql.Timestamp.from(clock.instant()))
			.query(Long.class).single();
		List<BigDecimal> parts = split(amount, villages.size());
		for (int i = 0; i < villages.size(); i++) {
			jdbc.sql("insert into service_contract_village (contract_id, village_unit_id, village_path, amount) values (?, ?, ?, ?)")
				.params(id, villages.get(i).id(), villages.get(i).path(), parts.get(i)).update();
		}
		for (int i = 0; i < clauses.size(); i++) {
			var c = clauses.get(i);
			jdbc.sql("insert into service_clause (contract_id, position, title, measure, by_residents) values (?, ?, ?, ?, ?)")
				.params(id, i + 1, c.title(), c.measure(), c.byResidents()).update();
		}
		for (int i = 0; i < milestones.size(); i++) {
			var m = milestones.get(i);
			jdbc.sql("insert into service_milestone (contract_id, position, title, due_on, amount) values (?, ?, ?, ?, ?)")
				.params(id, i + 1, m.title(), m.dueOn(), m.amount()).update();
		}
		events.publishEvent(new cn.qingdan.shared.rollup.FiguresChanged(county, f.getBudgetYear()));
		events.publishEvent(AuditEvent.success("登记购买服务合同", "购买服务合同", id, number + "：" + buyer.name() + "向"
				+ supplier.name() + "购买“" + item.name() + "”，" + Money.format(amount) + " 元，服务 " + villages.size() + " 个村（社区）"));
		return id;
	}

	/** The amount split evenly over the villages to the fen, the remainder going to the first ones. */
	static List<BigDecimal> split(BigDecimal amount, int n) {
		long fen = amount.movePointRight(2).longValueExact();
		List<BigDecimal> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			out.add(BigDecimal.valueOf(fen / n + (i < fen % n ? 1 : 0), 2));
		}
		return out;
	}

	private ItemContent item(long county, String code, LocalDate signedOn) {
		if (code == null || code.isBlank()) {
			throw new RuleViolation("itemCode", "请选择政府购买服务事项清单中的事项");
		}
		var catalogue = catalogues.forCounty(county).orElseThrow(() -> new RuleViolation("itemCode", "本县尚未发布清单"));
		CatalogueVersion current = catalogues.current(catalogue.id()).orElseThrow(() -> new RuleViolation("itemCode", "本县尚未发布清单"));
		ItemContent item = catalogues.item(current.id(), code).filter(i -> i.list() == ListType.SERVICE_PURCHASE)
			.orElseThrow(() -> new RuleViolation("itemCode", "现行政府购买服务事项清单中没有编码为 " + code.strip() + " 的事项"));
		if (signedOn != null && !item.validOn(signedOn)) {
			throw new RuleViolation("itemCode", "该事项在签订日期不在有效期内");
		}
		return item;
	}

	private void dates(ContractForm f) {
		if (f.getTermStart() == null) {
			throw new RuleViolation("termStart", "请填写服务起始日期");
		}
		if (f.getTermEnd() == null) {
			throw new RuleViolation("termEnd", "请填写服务截止日期");
		}
		if (f.getSignedOn() == null) {
			throw new RuleViolation("signedOn", "请填写签订日期");
		}
		Inputs.date("termStart", f.getTermStart(), "服务起始日期");
		Inputs.date("termEnd", f.getTermEnd(), "服务截止日期");
		Inputs.date("signedOn", f.getSignedOn(), "签订日期");
		if (f.getTermEnd().isBefore(f.getTermStart())) {
			throw new RuleViolation("termEnd", "服务截止日期不能早于起始日期");
		}
		if (f.getTermEnd().isAfter(f.getTermStart().plusYears(5))) {
			throw new RuleViolation("termEnd", "服务期限不超过 5 年");
		}
		if (f.getSignedOn().isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("signedOn", "签订日期不能晚于今天（合同签订后登记）");
		}
		if (f.getSignedOn().isAfter(f.getTermEnd())) {
			throw new RuleViolation("signedOn", "签订日期不能晚于服务截止日期");
		}
	}

	private List<Unit> villages(long county, Unit buyer, List<Long> ids) {
		LinkedHashSet<Long> chosen = new LinkedHashSet<>(ids == null ? List.of() : ids);
		chosen.remove(null);
		if (chosen.isEmpty()) {
			throw new RuleViolation("villageIds", "请选择服务的村（社区）");
		}
		if (chosen.size() > 1000) {
			throw new RuleViolation("villageIds", "服务的村（社区）不超过 1000 个");
		}
		Map<Long, Unit> all = tree.ofType(county, Unit.Type.VILLAGE, true).stream()
			.collect(Collectors.toMap(Unit::id, Function.identity()));
		List<Unit> out = new ArrayList<>();
		for (Long id : chosen) {
			Unit v = all.get(id);
			if (v == null || buyer.type() == Unit.Type.TOWNSHIP && (v.parentId() == null || v.parentId() != buyer.id())) {
				throw new RuleViolation("villageIds", buyer.type() == Unit.Type.TOWNSHIP ? "只能选择本镇（街道）所辖的村（社区）"
						: "只能选择本县的村（社区）");
			}
			out.add(v);
		}
		return out;
	}

	private String admissionNumber(long county, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return register.byNumber(county, text.strip()).map(Register.Entry::number)
			.orElseThrow(() -> new RuleViolation("admissionNumber", "准入目录中没有准入编号为“" + Inputs.fit(text.strip(), 60) + "”的事项"));
	}
}
