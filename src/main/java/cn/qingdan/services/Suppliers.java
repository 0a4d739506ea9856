package cn.qingdan.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/** The county's suppliers: registering social organisations and village organisations, and their grades. */
@Service
public class Suppliers {

	/** 统一社会信用代码: 18 characters, digits and capitals without I, O, Z, S, V. */
	private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

	private final JdbcClient jdbc;
	private final Units units;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Suppliers(JdbcClient jdbc, Units units, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	private static final String SELECT = "select id, county_unit_id, kind, name, village_unit_id, registration_number,"
			+ " rating, rated_on, version from service_supplier";

	private static Supplier map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long village = rs.getLong(5);
		return new Supplier(rs.getLong(1), rs.getLong(2), Supplier.Kind.valueOf(rs.getString(3)), rs.getString(4),
				rs.wasNull() ? null : village, rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
				rs.getInt(9));
	}

	public List<Supplier> of(long countyUnitId) {
		return jdbc.sql(SELECT + " where county_unit_id = ? order by kind, name").param(countyUnitId).query(Suppliers::map).list();
	}

	public Optional<Supplier> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Suppliers::map).optional();
	}

	public Supplier require(long countyUnitId, long id) {
		return find(id).filter(s -> s.countyUnitId() == countyUnitId).orElseThrow(() -> new NotFound("承接主体"));
	}

	/** Who may register suppliers and record grades: the office's administrators and department officers (民政). */
	public static boolean mayManage(QingdanUser me) {
		return me.hasRole("OFFICE_ADMIN") || me.hasRole("SYSTEM_ADMIN") || me.hasRole("DEPARTMENT_OFFICER");
	}

	/** Registers a social organisation with its grade (or none yet). */
	@Transactional
	public Supplier registerSocialOrganisation(QingdanUser me, String name, String registrationNumber, String rating,
			LocalDate ratedOn) {
		requireManager(me);
		String n = Texts.required("name", name, 200, "名称");
		String code = registrationNumber == null ? "" : registrationNumber.strip().toUpperCase();
		if (!CREDIT_CODE.matcher(code).matches()) {
			throw new RuleViolation("registrationNumber", "统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）");
		}
		checkRating(rating, ratedOn);
		return insert(me, Supplier.Kind.SOCIAL_ORG, n, null, code, blank(rating), blank(rating) == null ? null : ratedOn);
	}

	/** Registers a village's own organisation as a supplier (idempotent: the village's existing record). */
	@Transactional
	public Supplier registerVillage(QingdanUser me, long villageUnitId) {
		requireManager(me);
		Unit village = units.unit(villageUnitId).filter(u -> u.type() == Unit.Type.VILLAGE
				&& u.path().startsWith("/" + me.unit().rootId() + "/")).orElseThrow(() -> new RuleViolation("villageId", "请选择本县的村（社区）"));
		Optional<Supplier> existing = jdbc.sql(SELECT + " where village_unit_id = ?").param(villageUnitId).query(Suppliers::map).optional();
		return existing.orElseGet(() -> insert(me, Supplier.Kind.VILLAGE, Texts.committee(village.name()), villageUnitId,
				null, null, null));
	}

	/** Records a new evaluation grade (社会组织评估结果). */
	@Transactional
	public Supplier rate(QingdanUser me, long id, int version, String rating, LocalDate ratedOn) {
		requireManager(me);
		Supplier s = require(me.unit().rootId(), id);
		if (s.kind() != Supplier.Kind.SOCIAL_ORG) {
			throw new RuleViolation("rating", "评估等级只适用于社会组织");
		}
		if (blank(rating) == null) {
			throw new RuleViolation("rating", "请选择评估等级");
		}
		checkRating(rating, ratedOn);
		int n = jdbc.sql("update service_supplier set rating = ?, rated_on = ?, version = version + 1 where id = ? and version = ?")
			.params(rating, ratedOn, id, version).update();
		if (n == 0) {
			throw new RuleViolation("该承接主体已被他人修改，请刷新后重试");
		}
		events.publishEvent(AuditEvent.success("记录社会组织评估等级", "承接主体", id, s.name() + "：" + rating + "，" + ratedOn));
		return find(id).orElseThrow();
	}

	private void checkRating(String rating, LocalDate ratedOn) {
		String r = blank(rating);
		if (r == null) {
			return;
		}
		if (!List.of("3A", "4A", "5A").contains(r)) {
			throw new RuleViolation("rating", "评估等级应为 3A、4A 或 5A");
		}
		if (ratedOn == null) {
			throw new RuleViolation("ratedOn", "请填写评估日期");
		}
		if (!Inputs.saneDate(ratedOn) || ratedOn.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("ratedOn", "评估日期不能晚于今天");
		}
	}

	private Supplier insert(QingdanUser me, Supplier.Kind kind, String name, Long village, String code, String rating,
			LocalDate ratedOn) {
		long county = me.unit().rootId();
		if (jdbc.sql("select count(*) from service_supplier where county_unit_id = ? and name = ?").params(county, name)
			.query(Long.class).single() > 0) {
			throw new RuleViolation("name", "已有同名的承接主体：" + name);
		}
		long id = jdbc.sql("insert into service_supplier (county_unit_id, kind, name, village_unit_id, registration_number,"
				+ " rating, rated_on, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
			.params(county, kind.name(), name, village, code, rating, ratedOn, me.username(),
					java.sql.Timestamp.from(clock.instant()))
			.query(Long.class).single();
		events.publishEvent(AuditEvent.success("登记承接主体", "承接主体", id, kind.label() + "：" + name
				+ (rating == null ? "" : "，评估等级 " + rating)));
		return find(id).orElseThrow();
	}

	private static void requireManager(QingdanUser me) {
		if (!mayManage(me)) {
			throw new RuleViolation("只有县减负办或县级部门可以登记承接主体");
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
