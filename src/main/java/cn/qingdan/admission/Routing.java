package cn.qingdan.admission;

import java.util.ArrayList;
import java.util.List;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.screening.Outcome;
import cn.qingdan.screening.Screening;

/** Where a submitted application goes by its screening outcome, what it still lacks, and how a refusal is worded. */
public final class Routing {

	private Routing() {
	}

	/** The status a draft takes on submission. */
	static Status next(Outcome outcome) {
		return switch (outcome) {
			case PROHIBITED, CERTIFICATE_NOT_ISSUABLE -> Status.REFUSED;
			case SELF_GOVERNANCE -> Status.NOT_ADMISSIBLE;
			case ASSISTANCE, NONE, CERTIFICATE_RETAINED -> Status.CONSULTING;
		};
	}

	/** What a draft must still state before it can go under review (assistance: funding and delegation too). */
	static List<String> missing(Application a, boolean assistance) {
		List<String> m = new ArrayList<>();
		if (a.periodStart() == null || a.periodEnd() == null) {
			m.add("实施期限");
		}
		if (a.occurrencesPerYear() == null || a.hoursPerOccurrence() == null) {
			m.add("年均次数和每次工时（负担测算）");
		}
		if (a.scopeType() != Application.ScopeType.ALL && a.scopeUnitIds().isEmpty()) {
			m.add("实施范围");
		}
		if (assistance) {
			if (a.fundingPerVillage() == null || a.fundingPerVillage().signum() <= 0) {
				m.add("每村经费（费随事转）");
			}
			if (a.budgetSource() == null || a.budgetSource().isBlank()) {
				m.add("经费来源");
			}
			if (!a.delegationAgreement()) {
				m.add("委托协议");
			}
		}
		return m;
	}

	/** The decision note of a refusal at submission, citing every item the screening cited, with their bases. */
	static String refusalNote(Application a) {
		List<String> items = new ArrayList<>();
		List<String> bases = new ArrayList<>();
		if (a.screeningItemCode() != null) {
			items.add(a.screeningItemCode() + " " + a.screeningItemName());
			addBasis(bases, a.screeningBasis());
		}
		for (Screening.Item i : a.screeningAlso()) {
			items.add(i.code() + " " + i.name());
			addBasis(bases, i.basis());
		}
		String cited = items.isEmpty() ? "" : "（" + String.join("；", items) + "）";
		String basis = bases.isEmpty() ? "" : "依据：" + String.join("；", bases);
		return switch (a.effectiveList()) {
			case PROHIBITED -> "属禁止准入事项" + cited + "，不予准入。" + basis;
			case CERTIFICATE_NOT_ISSUABLE -> "属不应由村（社区）出具的证明" + cited + "，不予准入。" + basis;
			case SELF_GOVERNANCE -> "属村（社区）依法自治事项" + cited + "，由村（社区）自主办理，不作为交办事项准入。";
			default -> "";
		};
	}

	private static void addBasis(List<String> bases, String basis) {
		if (basis != null && !basis.isBlank() && !bases.contains(basis.strip())) {
			bases.add(basis.strip());
		}
	}

	static String verdictNote(Screening s) {
		return "预审：" + s.list().label() + (s.citedItems().isEmpty() ? ""
				: "（" + String.join("；", s.citedItems().stream().map(i -> i.code() + " " + i.name()).toList()) + "）");
	}

	/** What the department is told on submission: refused, not admissible, fast track or full review. */
	public static String submitted(Application a) {
		return switch (a.status()) {
			case REFUSED -> "经预审属" + a.effectiveList().label() + "，不予准入：" + String.join("；", a.citedItems())
					+ "。可打印不予准入告知书，如有异议可提出复核";
			case NOT_ADMISSIBLE -> "经预审属村（社区）依法自治事项，不作为交办事项准入，由村（社区）自主办理";
			default -> a.fastTrack()
					? "已提交，协助事项进入快速通道，审定期限 " + a.decisionDeadline() + "，已征求相关乡镇（街道）意见"
					: "已提交，清单未列事项进入完整审查，审定期限 " + a.decisionDeadline() + "，已征求相关乡镇（街道）意见";
		};
	}
}
