package cn.qingdan.services;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import cn.qingdan.admission.AssistanceFunding;

/**
 * 费随事转核对, as a pure computation: each admitted matter in force in a year promises each village in its scope its
 * funding per village × the share of the year it is in force; contracts citing the matter's admission number (budget
 * year = the year) reach each village with their payments in proportion to the village's part of the amount. A village
 * is funded when what reached it covers what was promised, partly funded when something did, unfunded when nothing did.
 * Linear in (villages in scope of every matter) + contracts.
 */
public final class Reconciliation {

	private Reconciliation() {
	}

	public enum Status {
		FUNDED("已落实"), PARTLY("部分落实"), UNFUNDED("未落实"), NO_TERMS("未约定经费");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** A village of the county and its township. */
	public record Village(long id, long townshipId) {
	}

	/** Money that reached a village for an admission number: contracted (its part of the amounts) and paid. */
	public record Reached(BigDecimal contracted, BigDecimal paid) {
	}

	/** One matter at one village. */
	public record VillageLine(AssistanceFunding.Matter matter, long villageId, BigDecimal due, BigDecimal contracted,
			BigDecimal paid, Status status) {

		public BigDecimal gap() {
			return due.subtract(paid).max(BigDecimal.ZERO.setScale(2));
		}
	}

	/** One matter over the villages in its scope (those the viewer may see). */
	public record MatterLine(AssistanceFunding.Matter matter, int villages, BigDecimal due, BigDecimal contracted,
			BigDecimal paid, BigDecimal gap, int funded, int partly, int unfunded, Status status) {
	}

	/** A department's totals. */
	public record DepartmentLine(long departmentId, BigDecimal due, BigDecimal paid, BigDecimal gap, int unfundedMatters) {
	}

	/** The county's (or the viewer's part of the county's) reconciliation for a year. */
	public record Result(int year, List<MatterLine> matters, List<DepartmentLine> departments, BigDecimal due,
			BigDecimal paid, BigDecimal gap) {
	}

	static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	/** What a matter promises one village in the year (null when the matter states no funding). */
	public static BigDecimal due(AssistanceFunding.Matter m) {
		if (m.fundingPerVillageYear() == null || m.fundingPerVillageYear().signum() == 0) {
			return null;
		}
		return m.fundingPerVillageYear().multiply(m.shareOfYear()).setScale(2, RoundingMode.HALF_UP);
	}

	static Status status(BigDecimal due, BigDecimal paid) {
		if (due == null) {
			return Status.NO_TERMS;
		}
		if (paid.compareTo(due) >= 0) {
			return Status.FUNDED;
		}
		return paid.signum() > 0 ? Status.PARTLY : Status.UNFUNDED;
	}

	/** The villages a matter reaches, from the county's villages (in tree order). */
	static List<Long> reach(AssistanceFunding.Matter m, List<Village> villages, Map<Long, List<Long>> byTownship) {
		return switch (m.reach()) {
			case ALL -> villages.stream().map(Village::id).toList();
			case TOWNSHIPS -> m.scopeUnitIds().stream().flatMap(t -> byTownship.getOrDefault(t, List.of()).stream()).toList();
			case VILLAGES -> m.scopeUnitIds();
		};
	}

	/**
	 * @param reached money per admission number and village ({@code number + "/" + villageId})
	 * @param visible the villages the viewer may see (all for the office)
	 */
	public static Result compute(int year, List<AssistanceFunding.Matter> matters, List<Village> villages,
			Map<String, Reached> reached, LongPredicate visible) {
		Map<Long, List<Long>> byTownship = new HashMap<>();
		villages.forEach(v -> byTownship.computeIfAbsent(v.townshipId(), k -> new ArrayList<>()).add(v.id()));
		List<MatterLine> lines = new ArrayList<>();
		Map<Long, BigDecimal[]> departments = new LinkedHashMap<>();
		Map<Long, Integer> unfundedMatters = new HashMap<>();
		BigDecimal due = ZERO;
		BigDecimal paid = ZERO;
		BigDecimal gap = ZERO;
		for (AssistanceFunding.Matter m : matters) {
			BigDecimal perVillage = due(m);
			BigDecimal mDue = ZERO, mContracted = ZERO, mPaid = ZERO, mGap = ZERO;
			int n = 0, funded = 0, partly = 0, unfunded = 0;
			for (long v : reach(m, villages, byTownship)) {
				if (!visible.test(v)) {
					continue;
				}
				n++;
				Reached r = reached.get(m.number() + "/" + v);
				BigDecimal c = r == null ? ZERO : r.contracted();
				BigDecimal p = r == null ? ZERO : r.paid();
				mContracted = mContracted.add(c);
				mPaid = mPaid.add(p);
				switch (status(perVillage, p)) {
					case FUNDED -> funded++;
					case PARTLY -> partly++;
					case UNFUNDED -> unfunded++;
					case NO_TERMS -> { }
				}
				if (perVillage != null) {
					mDue = mDue.add(perVillage);
					mGap = mGap.add(perVillage.subtract(p).max(ZERO));
				}
			}
			if (n == 0) {
				continue;
			}
			Status overall = perVillage == null ? Status.NO_TERMS
					: funded == n ? Status.FUNDED : funded + partly == 0 ? Status.UNFUNDED : Status.PARTLY;
			lines.add(new MatterLine(m, n, mDue, mContracted, mPaid, mGap, funded, partly, unfunded, overall));
			BigDecimal[] d = departments.computeIfAbsent(m.departmentUnitId(), k -> new BigDecimal[] { ZERO, ZERO, ZERO });
			d[0] = d[0].add(mDue);
			d[1] = d[1].add(mPaid);
			d[2] = d[2].add(mGap);
			if (overall == Status.UNFUNDED) {
				unfundedMatters.merge(m.departmentUnitId(), 1, Integer::sum);
			}
			due = due.add(mDue);
			paid = paid.add(mPaid);
			gap = gap.add(mGap);
		}
		List<DepartmentLine> depts = new ArrayList<>();
		departments.forEach((id, d) -> depts.add(new DepartmentLine(id, d[0], d[1], d[2], unfundedMatters.getOrDefault(id, 0))));
		depts.sort((a, b) -> b.gap().compareTo(a.gap()));
		return new Result(year, lines, depts, due, paid, gap);
	}

	/** One village's lines: every matter reaching it. */
	public static List<VillageLine> forVillage(long villageId, long townshipId, List<AssistanceFunding.Matter> matters,
			Map<String, Reached> reached) {
		List<VillageLine> out = new ArrayList<>();
		for (AssistanceFunding.Matter m : matters) {
			boolean in = switch (m.reach()) {
				case ALL -> true;
				case TOWNSHIPS -> m.scopeUnitIds().contains(townshipId);
				case VILLAGES -> m.scopeUnitIds().contains(villageId);
			};
			if (in) {
				Reached r = reached.get(m.number() + "/" + villageId);
				BigDecimal d = due(m);
				BigDecimal p = r == null ? ZERO : r.paid();
				out.add(new VillageLine(m, villageId, d == null ? ZERO : d, r == null ? ZERO : r.contracted(), p, status(d, p)));
			}
		}
		return out;
	}
}
