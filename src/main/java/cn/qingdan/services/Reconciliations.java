package cn.qingdan.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.admission.AssistanceFunding;
import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.lead.SupervisionLead;

/**
 * Loads what {@link Reconciliation} needs — the register's matters (admission's {@link AssistanceFunding}), the
 * county's villages (org) and the money that reached each village (own tables) — cut to the viewer's part: the office
 * and finance see the county, a department its own matters, a township its villages, a village itself. An unfunded
 * matter is sent to supervision as a lead (费随事转未落实) by the office.
 */
@Service
public class Reconciliations {

	public static final String LEAD_SOURCE = "SERVICES_UNFUNDED";
	public static final String FINDING = "UNFUNDED";

	private final JdbcClient jdbc;
	private final AssistanceFunding funding;
	private final UnitTree tree;
	private final ServicesScope scope;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Reconciliations(JdbcClient jdbc, AssistanceFunding funding, UnitTree tree, ServicesScope scope,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.funding = funding;
		this.tree = tree;
		this.scope = scope;
		this.events = events;
		this.clock = clock;
	}

	/** The county's villages with their townships, in tree order. */
	List<Reconciliation.Village> villages(long county) {
		return tree.ofType(county, Unit.Type.VILLAGE, true).stream()
			.map(u -> new Reconciliation.Village(u.id(), u.parentId() == null ? 0 : u.parentId())).toList();
	}

	/** Money per admission number and village for the budget year. */
	Map<String, Reconciliation.Reached> reached(long county, int year) {
		Map<String, Reconciliation.Reached> out = new HashMap<>();
		jdbc.sql("""
				select c.admission_number, v.village_unit_id, sum(v.amount),
				       sum(round(coalesce(p.paid, 0) * v.amount / c.amount, 2))
				from service_contract c
				join service_contract_village v on v.contract_id = c.id
				left join lateral (select sum(x.amount) as paid from service_payment x where x.contract_id = c.id) p on true
				where c.county_unit_id = ? and c.budget_year = ? and c.admission_number is not null
				group by c.admission_number, v.village_unit_id""")
			.params(county, year)
			.query((rs, n) -> out.put(rs.getString(1) + "/" + rs.getLong(2),
					new Reconciliation.Reached(rs.getBigDecimal(3), rs.getBigDecimal(4))))
			.list();
		return out;
	}

	/** The county's reconciliation as the actor may see it. */
	public Reconciliation.Result forActor(QingdanUser me, int year) {
		ServicesScope.View v = scope.of(me);
		long county = v.county();
		List<AssistanceFunding.Matter> matters = funding.inForce(county, year);
		List<Reconciliation.Village> villages = villages(county);
		if (v.wide()) {
			return Reconciliation.compute(year, matters, villages, reached(county, year), id -> true);
		}
		if ("DEPARTMENT".equals(v.unitType())) {
			return Reconciliation.compute(year, matters.stream().filter(m -> m.departmentUnitId() == v.unit()).toList(),
					villages, reached(county, year), id -> true);
		}
		Set<Long> mine = new HashSet<>();
		villages.stream().filter(x -> x.id() == v.unit() || x.townshipId() == v.unit()).forEach(x -> mine.add(x.id()));
		return Reconciliation.compute(year, matters, villages, reached(county, year), mine::contains);
	}

	/** The whole county's reconciliation (benchmarks, the indicator). */
	public Reconciliation.Result county(long county, int year) {
		return Reconciliation.compute(year, funding.inForce(county, year), villages(county), reached(county, year), id -> true);
	}

	/** One village's lines for a year. */
	public List<Reconciliation.VillageLine> village(long county, long villageId, int year) {
		Reconciliation.Village village = villages(county).stream().filter(x -> x.id() == villageId).findFirst()
			.orElseThrow(() -> new NotFound("村（社区）"));
		return Reconciliation.forVillage(villageId, village.townshipId(), funding.inForce(county, year), reached(county, year));
	}

	/** Matters already sent to supervision for the year. */
	public Set<Long> sent(long county, int year) {
		return new HashSet<>(jdbc.sql("select matter_id from service_unfunded_lead where county_unit_id = ? and year = ?")
			.params(county, year).query(Long.class).list());
	}

	/** The office sends an unfunded (or partly funded) matter to the supervision queue; once per matter and year. */
	@Transactional
	public SupervisionLead sendLead(QingdanUser me, long matterId, int year) {
		ServicesScope.View v = scope.of(me);
		if (!me.hasRole("OFFICE_ADMIN") && !me.hasRole("OFFICE_REVIEWER") && !me.hasRole("INSPECTOR")) {
			throw new RuleViolation("只有县减负办可以移送督查线索");
		}
		Reconciliation.MatterLine line = county(v.county(), year).matters().stream()
			.filter(l -> l.matter().id() == matterId).findFirst().orElseThrow(() -> new NotFound("准入事项"));
		if (line.status() != Reconciliation.Status.UNFUNDED && line.status() != Reconciliation.Status.PARTLY) {
			throw new RuleViolation("该事项经费已落实，无须移送");
		}
		if (sent(v.county(), year).contains(matterId)) {
			throw new RuleViolation("该事项已移送督查");
		}
		SupervisionLead lead = lead(v.county(), year, line);
		jdbc.sql("insert into service_unfunded_lead (matter_id, year, county_unit_id, gap, sent_by, sent_at) values (?, ?, ?, ?, ?, ?)")
			.params(matterId, year, v.county(), line.gap(), me.username(), java.sql.Timestamp.from(clock.instant())).update();
		events.publishEvent(lead);
		events.publishEvent(AuditEvent.success("移送费随事转未落实线索", "准入事项", line.matter().number(), lead.summary()));
		return lead;
	}

	SupervisionLead lead(long county, int year, Reconciliation.MatterLine line) {
		AssistanceFunding.Matter m = line.matter();
		String department = tree.names(List.of(m.departmentUnitId())).getOrDefault(m.departmentUnitId(), "");
		String summary = "费随事转未落实：" + department + "“" + m.title() + "”（" + m.number() + "）" + year + " 年在 "
				+ (line.unfunded() + line.partly()) + " 个村（社区）经费未拨付到位，缺口 " + Money.format(line.gap()) + " 元";
		return new SupervisionLead(LEAD_SOURCE, m.id() + "/" + year, county, m.departmentUnitId(), null, FINDING,
				cn.qingdan.shared.Inputs.fit(summary, 300), "/services/reconciliation?year=" + year + "#matter-" + m.id(),
				LocalDate.now(clock));
	}

}
