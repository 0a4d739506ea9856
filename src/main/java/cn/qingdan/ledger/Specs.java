package cn.qingdan.ledger;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.RuleViolation;

/**
 * The county's signboard specification table: the kinds in force on a day, their history, an edit that closes the row
 * in force and opens a new one from its effective date (audited), and the spec a board's name suggests.
 */
@Service
class Specs {

	private static final String COLUMNS = "id, county_unit_id, kind_no, standard_name, issuer, placement, size_material,"
			+ " absorbs, aliases, effective_from, effective_to, changed_by";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	Specs(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	static Spec map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Spec(rs.getLong("id"), rs.getLong("county_unit_id"), rs.getInt("kind_no"), rs.getString("standard_name"),
				rs.getString("issuer"), Ledger.Place.valueOf(rs.getString("placement")), rs.getString("size_material"),
				rs.getString("absorbs"), rs.getString("aliases"), rs.getObject("effective_from", LocalDate.class),
				rs.getObject("effective_to", LocalDate.class), rs.getString("changed_by"));
	}

	/** The kinds in force on the day, in table order. */
	List<Spec> inForce(long countyUnitId, LocalDate day) {
		return jdbc.sql("select " + COLUMNS + " from ledger_spec where county_unit_id = :c and effective_from <= :d"
				+ " and (effective_to is null or effective_to >= :d) order by kind_no")
			.param("c", countyUnitId).param("d", day).query(Specs::map).list();
	}

	/** Every row ever in force, newest first within a kind. */
	List<Spec> history(long countyUnitId) {
		return jdbc.sql("select " + COLUMNS + " from ledger_spec where county_unit_id = ? order by kind_no, effective_from desc, id desc")
			.param(countyUnitId).query(Specs::map).list();
	}

	Optional<Spec> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from ledger_spec where id = ?").param(id).query(Specs::map).optional();
	}

	/** A new row for a kind (new or changed) in force from {@code from}; the row in force before it ends the day before. */
	@Transactional
	long change(long countyUnitId, int kindNo, String name, String issuer, Ledger.Place placement, String sizeMaterial,
			String absorbs, String aliases, LocalDate from, String by) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new RuleViolation("standardName", "请填写规范名称（100 字以内）");
		}
		if (issuer == null || issuer.isBlank() || issuer.length() > 100) {
			throw new RuleViolation("issuer", "请填写授牌单位（100 字以内）");
		}
		if (placement == null) {
			throw new RuleViolation("placement", "请选择悬挂位置");
		}
		if (from == null) {
			throw new RuleViolation("effectiveFrom", "请填写生效日期");
		}
		if (kindNo < 1 || kindNo > 99) {
			throw new RuleViolation("kindNo", "序号应为 1 至 99");
		}
		String size = sizeMaterial == null ? "" : sizeMaterial.strip();
		String abs = absorbs == null ? "" : absorbs.strip();
		String ali = aliases == null ? "" : aliases.strip();
		if (size.length() > 200 || abs.length() > 500 || ali.length() > 500) {
			throw new RuleViolation("尺寸材质不超过 200 字，整合牌子与别称各不超过 500 字");
		}
		List<Spec> open = jdbc.sql("select " + COLUMNS + " from ledger_spec where county_unit_id = ? and kind_no = ? and effective_to is null")
			.params(countyUnitId, kindNo).query(Specs::map).list();
		for (Spec s : open) {
			if (!from.isAfter(s.effectiveFrom())) {
				throw new RuleViolation("effectiveFrom", "生效日期须晚于现行规格的生效日期（" + s.effectiveFrom() + "）");
			}
			jdbc.sql("update ledger_spec set effective_to = ? where id = ?").params(from.minusDays(1), s.id()).update();
		}
		long id = jdbc.sql("""
				insert into ledger_spec (county_unit_id, kind_no, standard_name, issuer, placement, size_material, absorbs,
				  aliases, effective_from, changed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(countyUnitId, kindNo, name.strip(), issuer.strip(), placement.name(), size, abs, ali, from, by)
			.query(Long.class).single();
		events.publishEvent(AuditEvent.success(open.isEmpty() ? "新增挂牌规格" : "修改挂牌规格", "挂牌规格", id,
				"第 " + kindNo + " 类 " + name.strip() + "，" + from + " 起施行"));
		return id;
	}

	/** The spec a board's name suggests, and whether the name is one the spec absorbs (a board to merge into it). */
	record Suggestion(Spec spec, boolean absorbed, String matched) {
	}

	static Optional<Suggestion> suggest(List<Spec> specs, String boardName) {
		if (boardName == null || boardName.isBlank()) {
			return Optional.empty();
		}
		String name = boardName.replaceAll("[\\s（）()·]", "");
		Suggestion best = null;
		for (Spec s : specs) {
			List<String> own = new java.util.ArrayList<>(s.aliasNames());
			own.add(s.standardName().replaceAll("[\\s（）()·]", ""));
			for (String a : own) {
				if (name.contains(a) && (best == null || a.length() > best.matched().length())) {
					best = new Suggestion(s, false, a);
				}
			}
			for (String a : s.absorbedNames()) {
				if (name.contains(a) && (best == null || a.length() > best.matched().length())) {
					best = new Suggestion(s, true, a);
				}
			}
		}
		return Optional.ofNullable(best);
	}

	static Comparator<Spec> byKind() {
		return Comparator.comparingInt(Spec::kindNo);
	}
}
