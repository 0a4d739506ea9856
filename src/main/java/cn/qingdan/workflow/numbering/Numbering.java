package cn.qingdan.workflow.numbering;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues document numbers: one counter per series, scope unit (the county, the village …) and year, in table
 * {@code number_sequence}. Gap-free: the counter row is incremented by an upsert that holds its row lock until the
 * caller's transaction ends, so a concurrent caller waits, and a caller that rolls back gives its number back. Hence
 * call it inside the transaction that stores the numbered document (every service method that issues a number is
 * {@code @Transactional}); called outside one, the number is committed at once and lost if the caller fails.
 * <p>
 * Series in use ({@code SERIES_*}): 准字 and 备字 admission numbers per county, 证 certificate numbers and 证告
 * refusal notice numbers per village. A new kind of number (a letter, a notice …) only needs a new series name.
 */
@Component
public class Numbering {

	/** 〔2026〕准字第0001号, per county. */
	public static final String ADMISSION = "admission";

	/** 〔2026〕备字第0001号 (filed emergency admissions), per county. */
	public static final String ADMISSION_FILING = "admission-filing";

	/** 田庄村证〔2026〕12号, per village. */
	public static final String CERTIFICATE = "certificate";

	/** 田庄村证告〔2026〕3号 (notices of refusal to issue a certificate), per village. */
	public static final String CERTIFICATE_NOTICE = "certificate-notice";

	private final JdbcClient jdbc;

	Numbering(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number of the series for the unit and year, starting at 1. The number is the caller's once its
	 * transaction commits; if it rolls back, the next caller gets the same number.
	 */
	public int next(String series, long scopeUnitId, int year) {
		if (series == null || series.isBlank() || series.length() > 40) {
			throw new IllegalArgumentException("编号序列名称无效");
		}
		return jdbc.sql("""
				insert into number_sequence (series, scope_unit_id, year, last_value) values (?, ?, ?, 1)
				on conflict (series, scope_unit_id, year) do update set last_value = number_sequence.last_value + 1
				returning last_value""")
			.params(series, scopeUnitId, year)
			.query(Integer.class)
			.single();
	}
}
