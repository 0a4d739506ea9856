package cn.qingdan.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one row.
 *
 * @param requests requests received (受理)
 * @param issued issued, including those revoked since (出具)
 * @param refused refused (不予出具), broken down in {@code refusals}
 * @param revoked issued, then revoked (撤销)
 * @param open still open (办理中: awaiting basis, deliberation, approval or in progress)
 * @param overdue open and past the deadline (逾期未办结)
 * @param onTime completed on or before the deadline
 * @param timed the on-time rate's denominator: completed with a deadline + open past the deadline
 * @param refusals refused per reason, every reason present (0 when none)
 */
record StatisticsFigures(long requests, long issued, long refused, long revoked, long open, long overdue,
		long onTime, long timed, Map<Refusal, Long> refusals) {

	static final StatisticsFigures ZERO = new StatisticsFigures(0, 0, 0, 0, 0, 0, 0, 0, refusalMap(new long[Refusal.values().length]));

	/** 按时办结率 in percent, one decimal, or {@code null} when nothing had a deadline. */
	public BigDecimal onTimeRate() {
		if (timed == 0) {
			return null;
		}
		return BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(timed), 1, RoundingMode.HALF_UP);
	}

	/** The rate as shown on screen: {@code 93.5%}, or a dash. */
	public String onTimeRateText() {
		BigDecimal r = onTimeRate();
		return r == null ? "—" : r.toPlainString() + "%";
	}

	public long refused(Refusal reason) {
		return refusals.getOrDefault(reason, 0L);
	}

	static StatisticsFigures sum(Collection<StatisticsFigures> all) {
		long[] s = new long[8];
		long[] r = new long[Refusal.values().length];
		for (StatisticsFigures f : all) {
			s[0] += f.requests;
			s[1] += f.issued;
			s[2] += f.refused;
			s[3] += f.revoked;
			s[4] += f.open;
			s[5] += f.overdue;
			s[6] += f.onTime;
			s[7] += f.timed;
			for (Refusal reason : Refusal.values()) {
				r[reason.ordinal()] += f.refused(reason);
			}
		}
		return new StatisticsFigures(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], refusalMap(r));
	}

	static Map<Refusal, Long> refusalMap(long[] counts) {
		Map<Refusal, Long> m = new EnumMap<>(Refusal.class);
		for (Refusal reason : Refusal.values()) {
			m.put(reason, counts[reason.ordinal()]);
		}
		return Collections.unmodifiableMap(m);
	}

	/** Why a request was refused (certificate_request.refusal_reason). */
	public enum Refusal {
		NOT_ISSUABLE("属不应由村出具的证明", "不应出具"),
		NO_LEGAL_BASIS("用证单位未提供法定依据", "无依据"),
		FACTS_NOT_VERIFIED("经核实情况不属实", "不属实"),
		NOT_AGREED("议事或审批未同意", "未同意"),
		WITHDRAWN("申请人撤回", "撤回"),
		/** Refused without a reason this report knows. */
		OTHER("其他原因", "其他");

		private final String label;
		private final String shortLabel;

		Refusal(String label, String shortLabel) {
			this.label = label;
			this.shortLabel = shortLabel;
		}

		public String label() {
			return label;
		}

		/** For chart axes, where the full label would not fit on a phone. */
		public String shortLabel() {
			return shortLabel;
		}
	}
}
