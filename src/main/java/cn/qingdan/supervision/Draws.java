package cn.qingdan.supervision;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.org.Unit;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.crypto.Sm3;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditable random draw (四不两直、随机抽查): the office commits to a secret seed (publishing only SM3 of it), then
 * draws — the inputs (townships, villages, weights) are frozen and their SM3 published, the result stays with the office
 * and inspectors — and after the visit reveals the seed, so anyone recomputes the villages ({@link DrawAlgorithm}).
 */
@Service
public class Draws {

	public enum Status {
		COMMITTED("已公布承诺值"), DRAWN("已抽取（未公开）"), REVEALED("已公布种子");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public record Draw(long id, String title, int townships, int perTownship, String commitment, String seed,
			Instant committedAt, Instant drawnAt, String inputs, String inputsDigest, String result, Instant revealedAt,
			String createdBy, int version) {

		public Status status() {
			return revealedAt != null ? Status.REVEALED : drawnAt != null ? Status.DRAWN : Status.COMMITTED;
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final UnitsInCounty units;
	private final VisitFacts facts;
	private final JsonMapper json;
	private final SecureRandom random = new SecureRandom();

	Draws(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, UnitsInCounty units, VisitFacts facts, JsonMapper json) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.units = units;
		this.facts = facts;
		this.json = json;
	}

	/** Publishes the commitment to a fresh secret seed. */
	@Transactional
	public long commit(Who who, String title, int townships, int perTownship) {
		String seed = HexFormat.of().formatHex(bytes());
		return commit(who, title, townships, perTownship, seed, clock.instant());
	}

	private byte[] bytes() {
		byte[] b = new byte[16];
		random.nextBytes(b);
		return b;
	}

	@Transactional
	public long commit(Who who, String title, int townships, int perTownship, String seed, Instant at) {
		who.requireManager();
		if (title == null || title.isBlank()) {
			throw new RuleViolation("title", "请填写抽查名称");
		}
		Inputs.length("title", title, 200, "抽查名称");
		if (townships < 1 || townships > 50) {
			throw new RuleViolation("townships", "抽取乡镇数应在 1 到 50 之间");
		}
		if (perTownship < 1 || perTownship > 20) {
			throw new RuleViolation("perTownship", "每个乡镇抽取村数应在 1 到 20 之间");
		}
		long id = jdbc.sql("""
				insert into supervision_draw (county_unit_id, title, townships, per_township, commitment, seed, committed_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(who.county(), title.strip(), townships, perTownship, DrawAlgorithm.commitment(seed), seed, Timestamp.from(at),
					who.username())
			.query(Long.class).single();
		events.publishEvent(AuditEvent.success("公布抽查承诺值", "随机抽查", id, DrawAlgorithm.commitment(seed)));
		return id;
	}

	/** Freezes the inputs (every township and village with its weight) and draws; the result is the office's only. */
	@Transactional
	public void draw(Who who, long id, Instant at) {
		who.requireManager();
		Draw d = require(who, id);
		if (d.status() != Status.COMMITTED) {
			throw new RuleViolation("该抽查已抽取");
		}
		DrawAlgorithm.Inputs inputs = inputs(who.county(), d.townships(), d.perTownship());
		String inputsJson = json.writeValueAsString(inputs);
		String result = json.writeValueAsString(DrawAlgorithm.run(d.seed(), inputs));
		int n = jdbc.sql("update supervision_draw set drawn_at = ?, inputs = ?, inputs_digest = ?, result = ?, version = version + 1 where id = ? and version = ?")
			.params(Timestamp.from(at), inputsJson, Sm3.hex(inputsJson), result, id, d.version()).update();
		if (n == 0) {
			throw new RuleViolation("该抽查已被他人抽取");
		}
		events.publishEvent(AuditEvent.success("随机抽取", "随机抽查", id, "输入摘要 " + Sm3.hex(inputsJson)));
	}

	/** Publishes the seed after the visit. */
	@Transactional
	public void reveal(Who who, long id, Instant at) {
		who.requireManager();
		Draw d = require(who, id);
		if (d.status() != Status.DRAWN) {
			throw new RuleViolation("只有已抽取的抽查可以公布种子");
		}
		jdbc.sql("update supervision_draw set revealed_at = ?, version = version + 1 where id = ?").params(Timestamp.from(at), id).update();
		events.publishEvent(AuditEvent.success("公布抽查种子", "随机抽查", id, null));
	}

	DrawAlgorithm.Inputs inputs(long county, int townships, int perTownship) {
		List<Unit> villages = units.villages(county);
		Map<Long, List<Unit>> byTownship = villages.stream().filter(v -> v.parentId() != null)
			.collect(Collectors.groupingBy(Unit::parentId));
		List<DrawAlgorithm.Township> strata = new ArrayList<>();
		for (Unit t : units.townships(county)) {
			List<DrawAlgorithm.Village> vs = new ArrayList<>();
			for (Unit v : byTownship.getOrDefault(t.id(), List.of())) {
				int w = facts.weight(v.id());
				vs.add(new DrawAlgorithm.Village(v.regionCode(), v.name(), w, w - 1));
			}
			vs.sort(java.util.Comparator.comparing(DrawAlgorithm.Village::code));
			if (!vs.isEmpty()) {
				strata.add(new DrawAlgorithm.Township(t.regionCode(), t.name(), vs));
			}
		}
		strata.sort(java.util.Comparator.comparing(DrawAlgorithm.Township::code));
		String code = strata.isEmpty() ? "" : strata.getFirst().code().substring(0, Math.min(6, strata.getFirst().code().length()));
		return new DrawAlgorithm.Inputs(code, townships, perTownship, strata);
	}

	public List<Draw> list(long county) {
		return jdbc.sql("select * from supervision_draw where county_unit_id = ? order by committed_at desc, id desc").param(county)
			.query(Draws::map).list();
	}

	/** One draw for the office and inspectors; nobody else sees a draw before its seed is revealed. */
	public Draw require(Who who, long id) {
		Draw d = jdbc.sql("select * from supervision_draw where id = ? and county_unit_id = ?").params(id, who.county())
			.query(Draws::map).optional().orElseThrow(() -> new NotFound("抽查"));
		if (!who.office()) {
			throw new NotFound("抽查");
		}
		return d;
	}

	public List<DrawAlgorithm.Chosen> result(Draw d) {
		return d.result() == null ? List.of() : json.readValue(d.result(), new TypeReference<List<DrawAlgorithm.Chosen>>() { });
	}

	public DrawAlgorithm.Inputs parseInputs(String inputs) {
		return json.readValue(inputs, DrawAlgorithm.Inputs.class);
	}

	/** The public check of a revealed draw: the commitment, the inputs' digest and the villages recomputed. */
	public record Check(boolean commitmentMatches, boolean inputsMatch, boolean resultMatches, List<DrawAlgorithm.Chosen> recomputed) {

		public boolean all() {
			return commitmentMatches && inputsMatch && resultMatches;
		}
	}

	public Check check(Draw d) {
		if (d.status() != Status.REVEALED) {
			throw new NotFound("抽查");
		}
		List<DrawAlgorithm.Chosen> again = DrawAlgorithm.run(d.seed(), parseInputs(d.inputs()));
		return new Check(DrawAlgorithm.commitment(d.seed()).equals(d.commitment()), Sm3.hex(d.inputs()).equals(d.inputsDigest()),
				again.equals(result(d)), again);
	}

	static Draw map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp drawn = rs.getTimestamp("drawn_at");
		Timestamp revealed = rs.getTimestamp("revealed_at");
		return new Draw(rs.getLong("id"), rs.getString("title"), rs.getInt("townships"), rs.getInt("per_township"),
				rs.getString("commitment"), rs.getString("seed"), rs.getTimestamp("committed_at").toInstant(),
				drawn == null ? null : drawn.toInstant(), rs.getString("inputs"), rs.getString("inputs_digest"),
				rs.getString("result"), revealed == null ? null : revealed.toInstant(), rs.getString("created_by"), rs.getInt("version"));
	}
}
