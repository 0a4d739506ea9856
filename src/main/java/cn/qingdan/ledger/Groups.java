package cn.qingdan.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * The work-group and app inventory: register (the office or a department county-wide, a township for itself), close
 * or merge with the date, banned demands flagged, 未经准入 when neither an admission number, a self-governance matter
 * nor a county mandate with its basis, and the "about one group per township" norm.
 */
@Service
class Groups {

	static final String COLUMNS = "id, county_unit_id, township_unit_id, scope_path, channel, name, owner_name, purpose,"
			+ " cadres_required, basis, admission_number, county_mandated, self_governance, guides_villages, demands, status,"
			+ " merged_into_id, closed_on, screening, unadmitted, recorded_on, version";

	record Input(Ledger.Channel channel, String name, String purpose, int cadresRequired, String basis,
			String admissionNumber, boolean countyMandated, boolean selfGovernance, boolean guidesVillages,
			Set<Ledger.Demand> demands, Long townshipUnitId) {
	}

	private final JdbcClient jdbc;
	private final GateLink gate;
	private final Units units;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Groups(JdbcClient jdbc, GateLink gate, Units units, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.gate = gate;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	static Group map(ResultSet rs, int n) throws SQLException {
		return new Group(rs.getLong("id"), rs.getLong("county_unit_id"), rs.getObject("township_unit_id", Long.class),
				rs.getString("scope_path"), Ledger.Channel.valueOf(rs.getString("channel")), rs.getString("name"),
				rs.getString("owner_name"), rs.getString("purpose"), rs.getInt("cadres_required"), rs.getString("basis"),
				rs.getString("admission_number"), rs.getBoolean("county_mandated"), rs.getBoolean("self_governance"),
				rs.getBoolean("guides_villages"), rs.getString("demands"),
				Ledger.GroupStatus.valueOf(rs.getString("status")), rs.getObject("merged_into_id", Long.class),
				rs.getObject("closed_on", LocalDate.class), rs.getString("screening"), rs.getBoolean("unadmitted"),
				rs.getObject("recorded_on", LocalDate.class), rs.getInt("version"));
	}

	/** The groups a user sees: the county-wide ones and those of the townships over or in their scope. */
	List<Group> visible(QingdanUser user) {
		String path = user.unit().path();
		return jdbc.sql("select " + COLUMNS + " from ledger_group where county_unit_id = :county"
				+ " and (:wide or :path like scope_path || '%' or scope_path like :path || '%') order by status, scope_path, id")
			.param("county", user.unit().rootId())
			.param("wide", user.scope().isWide())
			.param("path", path)
			.query(Groups::map).list();
	}

	Group get(QingdanUser user, long id) {
		return visible(user).stream().filter(g -> g.id() == id).findFirst().orElseThrow(() -> new NotFound("该工作群或应用"));
	}

	/** Active groups serving a township or the whole county, for its villages' public pages. */
	List<Group> activeFor(String villagePath) {
		return jdbc.sql("select " + COLUMNS + " from ledger_group where status = 'ACTIVE' and ? like scope_path || '%'"
				+ " order by channel, id").param(villagePath).query(Groups::map).list();
	}

	/** Active work groups guiding villages per township id (the norm is about one). */
	Map<Long, Long> guidingGroupsPerTownship(long countyUnitId) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select township_unit_id, count(*) from ledger_group where county_unit_id = ? and status = 'ACTIVE'"
				+ " and township_unit_id is not null and channel in ('WECHAT', 'QQ', 'DINGTALK') group by township_unit_id")
			.param(countyUnitId).query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
		return counts;
	}

	@Transactional
	long register(QingdanUser user, Input in) {
		boolean office = user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER);
		boolean department = user.has(Role.DEPARTMENT_OFFICER);
		boolean township = user.has(Role.TOWNSHIP_OFFICER);
		if (!office && !department && !township) {
			throw new RuleViolation("只有县减负办、县级部门或乡镇可以登记工作群和应用");
		}
		if (in.channel() == null) {
			throw new RuleViolation("channel", "请选择类型");
		}
		String name = BoardSteps.required(in.name(), "name", "名称", 200);
		String purpose = BoardSteps.optional(in.purpose(), "purpose", "用途", 500);
		String basis = BoardSteps.optional(in.basis(), "basis", "依据", 300);
		if (in.cadresRequired() < 0 || in.cadresRequired() > 100) {
			throw new RuleViolation("cadresRequired", "要求入群的村干部人数应为 0 至 100");
		}
		if (in.countyMandated() && basis.isEmpty()) {
			throw new RuleViolation("basis", "县级统一要求使用的应用须填写依据文件");
		}
		long county = user.unit().rootId();
		Unit scopeUnit = units.unit(county).orElseThrow();
		Long townshipId = null;
		if (township) {
			townshipId = user.unitId();
		}
		else if (in.townshipUnitId() != null) {
			townshipId = in.townshipUnitId();
		}
		if (townshipId != null) {
			scopeUnit = units.unit(townshipId).filter(u -> u.type() == Unit.Type.TOWNSHIP
					&& u.path().startsWith(user.unit().rootPath())).orElseThrow(() -> new RuleViolation("townshipUnitId", "请选择本县的乡镇"));
		}
		var verdict = gate.read(county, name + " " + purpose, RequestKind.GROUP_OR_APP, in.admissionNumber(),
				in.selfGovernance(), in.countyMandated());
		String demands = in.demands() == null ? "" : in.demands().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		long id = jdbc.sql("""
				insert into ledger_group (county_unit_id, township_unit_id, scope_path, channel, name, owner_name, purpose,
				  cadres_required, basis, admission_number, county_mandated, self_governance, guides_villages, demands,
				  screening, unadmitted, recorded_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(county, townshipId, scopeUnit.path(), in.channel().name(), name, user.unitName(), purpose,
					in.cadresRequired(), basis.isEmpty() ? null : basis, verdict.admissionNumber(), in.countyMandated(),
					in.selfGovernance(), in.guidesVillages() && in.channel().isGroup(), demands, verdict.screening(),
					verdict.unadmitted(), LocalDate.now(clock))
			.query(Long.class).single();
		events.publishEvent(AuditEvent.success("登记工作群或应用", "工作群/应用", id, in.channel().label() + "：" + name));
		LedgerChanges.publish(events, county, LocalDate.now(clock));
		if (verdict.unadmitted() || !demands.isEmpty()) {
			gate.lead("LEDGER_GROUP", id, county, user.unitId(), null, "NONCOMPLIANT_GROUP",
					user.unitName() + "的" + in.channel().label() + "“" + name + "”"
							+ (verdict.unadmitted() ? "未经准入" : "") + (demands.isEmpty() ? "" : "，要求打卡、积分等"),
					"/ledgers/groups");
		}
		return id;
	}

	/** Closes the group, or merges it into another active one, on the day given. */
	@Transactional
	void close(QingdanUser user, long id, Long mergedInto, LocalDate on) {
		Group g = get(user, id);
		if (!canChange(user, g)) {
			throw new RuleViolation("只有登记单位或县减负办可以关闭该工作群或应用");
		}
		if (!g.active()) {
			throw new RuleViolation("该工作群或应用已关闭或已合并");
		}
		LocalDate day = on == null ? LocalDate.now(clock) : on;
		if (day.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("closedOn", "关闭日期不能晚于今天");
		}
		if (mergedInto != null) {
			Group target = get(user, mergedInto);
			if (!target.active() || target.id() == id) {
				throw new RuleViolation("mergedInto", "请选择在用的其他工作群");
			}
		}
		int n = jdbc.sql("update ledger_group set status = ?, merged_into_id = ?, closed_on = ?, version = version + 1"
				+ " where id = ? and version = ?")
			.params(mergedInto == null ? "CLOSED" : "MERGED", mergedInto, day, id, g.version()).update();
		if (n == 0) {
			throw new RuleViolation("该记录已被他人修改，请刷新后重试");
		}
		events.publishEvent(AuditEvent.success(mergedInto == null ? "关闭工作群或应用" : "合并工作群", "工作群/应用", id,
				g.name() + "，" + day));
		LedgerChanges.publish(events, g.countyUnitId(), LocalDate.now(clock), day);
	}

	boolean canChange(QingdanUser user, Group g) {
		if (user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER)) {
			return true;
		}
		return (user.has(Role.TOWNSHIP_OFFICER) || user.has(Role.DEPARTMENT_OFFICER))
				&& g.ownerName().equals(user.unitName());
	}
}
