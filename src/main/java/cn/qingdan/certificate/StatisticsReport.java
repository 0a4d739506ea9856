package cn.qingdan.certificate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A whole report.
 *
 * @param title what the report covers, e.g. 武功县苏坊镇
 * @param from first day of the range (by received_on)
 * @param to last day of the range
 * @param today the day open requests were judged overdue against
 * @param townshipId the township filter, if any
 * @param villageId the village filter, if any
 */
record StatisticsReport(String title, LocalDate from, LocalDate to, LocalDate today, Long townshipId, Long villageId,
		StatisticsFigures total, List<VillageRow> villages, List<TownshipRow> townships, List<TypeRow> types,
		List<MonthRow> months) {

	record VillageRow(long villageId, String village, Long townshipId, String township, StatisticsFigures figures) {
	}

	record TownshipRow(Long townshipId, String township, StatisticsFigures figures) {
	}

	/**
	 * One certificate type: a catalogue item (named as recorded on its requests; should a later catalogue version
	 * have renamed it, the alphabetically last name), or (code {@code null}) the requests not matched to an item,
	 * one row per decision.
	 */
	record TypeRow(String code, String name, Decision decision, StatisticsFigures figures) {
	}

	record MonthRow(YearMonth month, StatisticsFigures figures) {

		public String label() {
			return month.toString();
		}
	}

	/** The catalogue's verdict on the certificate asked for (certificate_request.decision). */
	public enum Decision {
		RETAINED("依法出具"), NOT_ISSUABLE("不应出具"), UNLISTED("清单未列");

		private final String label;

		Decision(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		static Decision of(String s) {
			if (s == null) {
				return UNLISTED;
			}
			try {
				return valueOf(s);
			}
			catch (IllegalArgumentException ex) {
				return UNLISTED;
			}
		}
	}
}
