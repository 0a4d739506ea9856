package cn.qingdan.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The published, versioned 红黑榜 formula. With the weights {@code w} and a unit's inputs:
 * <pre>
 *   得分 = 基础分 − w.findings × 问题数 × 10 ÷ 村数 − w.lateLetter × 逾期整改提示函数 − w.unadmittedLead × 未经准入线索数
 *          − w.villageReport × 村级反映数 + w.appraisal × (评议均分 − 3)
 * </pre>
 * 村数 is the township's villages (a department counts as 10); without appraisals 评议均分 counts as 3. Every term is
 * computed exactly and the sum rounded half up to two decimals. Townships and departments are ranked separately; the
 * top {@code redTop} with a score of at least {@code redMin} are on the red list, the bottom {@code blackBottom} below
 * {@code blackBelow} on the black list.
 */
public final class RedBlackFormula {

	public record Weights(BigDecimal base, BigDecimal findings, BigDecimal lateLetter, BigDecimal unadmittedLead,
			BigDecimal villageReport, BigDecimal appraisal, int redTop, BigDecimal redMin, int blackBottom, BigDecimal blackBelow) {
	}

	/** One unit's measured inputs for the period. */
	public record Inputs(int villages, int findings, int lettersDue, int lettersLate, int unadmittedLeads, int villageReports,
			BigDecimal appraisalAverage, int appraisalCount) {
	}

	/** A unit on the list: its inputs, score, place (红榜/黑榜/none) and note. */
	public record Row(long unitId, String name, String kind, Inputs inputs, BigDecimal score, String list, String note) {
	}

	public static final Weights V1 = new Weights(new BigDecimal("100"), new BigDecimal("5"), new BigDecimal("10"),
			new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("10"), 3, new BigDecimal("100"), 3, new BigDecimal("90"));

	private RedBlackFormula() {
	}

	public static String text(Weights w) {
		return "得分 = " + p(w.base()) + " − " + p(w.findings()) + " × 问题数 × 10 ÷ 村数（县级部门按 10 计） − " + p(w.lateLetter())
				+ " × 逾期整改的工作提示函数 − " + p(w.unadmittedLead()) + " × 未经准入线索数 − " + p(w.villageReport())
				+ " × 村级反映数 + " + p(w.appraisal()) + " × （村级评议均分 − 3，未评议按 3 分计）；各项精确计算，合计四舍五入保留两位小数。"
				+ "乡镇和县级部门分别排名：前 " + w.redTop() + " 名且得分不低于 " + p(w.redMin()) + " 分的列入红榜，后 " + w.blackBottom()
				+ " 名且得分低于 " + p(w.blackBelow()) + " 分的列入黑榜。";
	}

	private static String p(BigDecimal d) {
		return d.stripTrailingZeros().toPlainString();
	}

	public static BigDecimal score(Weights w, Inputs in) {
		BigDecimal villages = BigDecimal.valueOf(Math.max(1, in.villages()));
		BigDecimal appraisal = in.appraisalCount() > 0 && in.appraisalAverage() != null ? in.appraisalAverage() : BigDecimal.valueOf(3);
		BigDecimal s = w.base()
			.subtract(w.findings().multiply(BigDecimal.valueOf(in.findings())).multiply(BigDecimal.TEN).divide(villages, 10, RoundingMode.HALF_UP))
			.subtract(w.lateLetter().multiply(BigDecimal.valueOf(in.lettersLate())))
			.subtract(w.unadmittedLead().multiply(BigDecimal.valueOf(in.unadmittedLeads())))
			.subtract(w.villageReport().multiply(BigDecimal.valueOf(in.villageReports())))
			.add(w.appraisal().multiply(appraisal.subtract(BigDecimal.valueOf(3))));
		return s.setScale(2, RoundingMode.HALF_UP);
	}

	/** Scores and places every unit: rows in order of kind, then score (highest first), then unit id. */
	public static List<Row> rank(Weights w, List<Row> unscored) {
		List<Row> out = new ArrayList<>();
		for (String kind : unscored.stream().map(Row::kind).distinct().toList()) {
			List<Row> rows = unscored.stream().filter(r -> r.kind().equals(kind))
				.map(r -> new Row(r.unitId(), r.name(), r.kind(), r.inputs(), score(w, r.inputs()), null, null))
				.sorted(Comparator.comparing(Row::score).reversed().thenComparing(Row::unitId)).toList();
			for (int i = 0; i < rows.size(); i++) {
				Row r = rows.get(i);
				String list = null;
				String note = null;
				if (i < w.redTop() && r.score().compareTo(w.redMin()) >= 0) {
					list = "红榜";
					note = "减负工作成效明显：本季度" + (r.inputs().findings() == 0 ? "督查未发现问题" : "问题整改到位")
							+ (r.inputs().appraisalCount() > 0 ? "，村级评议均分 " + r.inputs().appraisalAverage() + " 分" : "")
							+ "，予以通报表扬，供各单位学习借鉴。";
				}
				else if (i >= rows.size() - w.blackBottom() && r.score().compareTo(w.blackBelow()) < 0) {
					list = "黑榜";
					note = "须于下季度首月内对照" + (r.inputs().lettersLate() > 0 ? "逾期工作提示函" : "督查问题")
							+ "逐项整改，向县基层减负办书面报告整改情况。";
				}
				out.add(new Row(r.unitId(), r.name(), r.kind(), r.inputs(), r.score(), list, note));
			}
		}
		return out;
	}
}
