package cn.qingdan.admission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.screening.Screening;
import cn.qingdan.screening.ScreeningEngine;

/**
 * The public register (准入目录): every admitted or filed matter with its number, department, scope, funding, period,
 * expiry and status; and the village check: a number or a pasted text is either registered or not, and when not, the
 * screening verdict says why it looks prohibited or unlisted.
 */
@Service
public class Register {

	/** Share of character bigrams a pasted text must share with a registered matter to count as the same task. */
	static final double SAME_TASK = 0.55;

	private final JdbcClient jdbc;
	private final Applications applications;
	private final Units units;
	private final UnitTree tree;
	private final ScreeningEngine screening;
	private final Clock clock;

	Register(JdbcClient jdbc, Applications applications, Units units, UnitTree tree, ScreeningEngine screening, Clock clock) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.units = units;
		this.tree = tree;
		this.screening = screening;
		this.clock = clock;
	}

	/** One register line as the public sees it. */
	public record Entry(String number, String title, String kind, String department, String scope, int villages,
			BigDecimal fundingPerVillage, String budgetSource, LocalDate periodStart, LocalDate periodEnd,
			LocalDate expiresOn, String status, String content, String legalBasis, String itemCode, String itemName) {
	}

	public List<Entry> search(long countyUnitId, String q, int offset, int limit) {
		RegisterGrams.Matching m = RegisterGrams.matching(countyUnitId, q, tree);
		List<Application> found = jdbc.sql(ApplicationRows.SELECT + " where " + m.where()
				+ " order by a.admission_year desc, a.admission_number desc limit :limit offset :offset")
			.params(m.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(applications::map)
			.list();
		java.util.Map<String, Integer> villagesPerScope = new java.util.HashMap<>();
		return found.stream().map(a -> entry(a, villagesPerScope)).toList();
	}

	public long count(long countyUnitId, String q) {
		RegisterGrams.Matching m = RegisterGrams.matching(countyUnitId, q, tree);
		return jdbc.sql("select count(*) from admission_application a where " + m.where()).params(m.params())
			.query(Long.class).single();
	}

	/** The county's matter with this number (numbers are unique per county, V85). */
	public Optional<Entry> byNumber(long countyUnitId, String number) {
		return matter(countyUnitId, number).map(this::entry);
	}

	/**
	 * A matter with this number in any county — for callers without a county (one-county installations); where several
	 * counties issued the same number, the oldest matter. Prefer {@link #byNumber(long, String)}.
	 */
	public Optional<Entry> byNumber(String number) {
		return matter(null, number).map(this::entry);
	}

	private Optional<Application> matter(Long countyUnitId, String number) {
		String n = AdmissionNumbers.normalise(number);
		if (n == null) {
			return Optional.empty();
		}
		return jdbc.sql(ApplicationRows.SELECT + " where a.admission_number = :n"
				+ (countyUnitId == null ? "" : " and a.county_unit_id = :county") + " order by a.id limit 1")
			.param("n", n)
			.param("county", countyUnitId == null ? 0L : countyUnitId)
			.query(applications::map).optional();
	}

	/** What the check answers. */
	public enum Answer {
		/** Registered and in force (for the village, when one is named). */
		ADMITTED,
		/** Registered, but its period has not begun: the village need not act yet. */
		NOT_YET_IN_FORCE,
		/** Registered, but expired or revoked. */
		NO_LONGER_IN_FORCE,
		/** Registered, but the named village is outside its scope: the village may decline and report it. */
		NOT_FOR_VILLAGE,
		/** Not in the register. */
		NOT_REGISTERED
	}

	/** The result of a village's check. */
	public record Check(boolean registered, Entry entry, Screening screening, double similarity, Answer answer) {

		/** Whether the village may decline the task and report it (反映). */
		public boolean reportable() {
			return answer == Answer.NOT_REGISTERED || answer == Answer.NOT_FOR_VILLAGE || answer == Answer.NO_LONGER_IN_FORCE;
		}
	}

	/** Checks a number or a pasted task text against the register of the county (no village named). */
	public Check check(long countyUnitId, String input) {
		return check(countyUnitId, input, null);
	}

	/**
	 * Checks a number or a pasted task text against the register of the county; when a village is named, a registered
	 * matter whose scope leaves that village out is answered as not for it.
	 */
	public Check check(long countyUnitId, String input, Long villageId) {
		String text = input == null ? "" : input.strip();
		if (AdmissionNumbers.normalise(text) != null) {
			return matter(countyUnitId, text).map(a -> found(a, villageId, 1.0))
				.orElseGet(() -> new Check(false, null, null, 0, Answer.NOT_REGISTERED));
		}
		RegisterGrams.Best best = RegisterGrams.best(jdbc, countyUnitId, LocalDate.now(clock), RegisterGrams.bigrams(text), SAME_TASK);
		if (best.id() > 0 && best.share() >= SAME_TASK) {
			return found(applications.find(best.id()).orElseThrow(), villageId, best.share());
		}
		return new Check(false, null, screening.screen(countyUnitId, text, null), best.share(), Answer.NOT_REGISTERED);
	}

	private Check found(Application a, Long villageId, double similarity) {
		LocalDate today = LocalDate.now(clock);
		Answer answer = a.status() == Application.Status.REVOKED || a.expiredOn(today) ? Answer.NO_LONGER_IN_FORCE
				: villageId != null && !applications.villagesInScope(a).contains(villageId) ? Answer.NOT_FOR_VILLAGE
				: a.notYetInForce(today) ? Answer.NOT_YET_IN_FORCE : Answer.ADMITTED;
		return new Check(true, entry(a), null, similarity, answer);
	}

	Entry entry(Application a) {
		return entry(a, new java.util.HashMap<>());
	}

	/** An entry; villages in scope counted once per scope in a page (a county-wide scope is the same for all). */
	private Entry entry(Application a, java.util.Map<String, Integer> villagesPerScope) {
		String dept = units.unit(a.departmentUnitId()).map(Unit::name).orElse("");
		int villages = villagesPerScope.computeIfAbsent(a.countyUnitId() + a.scopeType().name() + a.scopeUnitIds(),
				k -> applications.villagesInScope(a).size());
		String scope = switch (a.scopeType()) {
			case ALL -> "全县 " + villages + " 个村（社区）";
			case TOWNSHIPS -> String.join("、", a.scopeUnitIds().stream().map(id -> units.unit(id).map(Unit::name).orElse("")).toList())
					+ "（" + villages + " 个村（社区））";
			case VILLAGES -> villages <= 5 ? String.join("、", a.scopeUnitIds().stream().map(id -> units.unit(id).map(Unit::name).orElse("")).toList())
					: villages + " 个指定村（社区）";
		};
		return new Entry(a.admissionNumber(), a.title(), a.kind().label(), dept, scope, villages, a.fundingPerVillage(),
				a.budgetSource(), a.periodStart(), a.periodEnd(), a.expiresOn(), a.registerStatus(LocalDate.now(clock)),
				a.content(), a.legalBasis(), a.screeningItemCode(), a.screeningItemName());
	}
}
