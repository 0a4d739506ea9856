package cn.qingdan.services;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.org.UnitTree;

/**
 * The 30% indicator (seed 004 task 7(2)): of the year's newly purchased public services (contracts of that budget
 * year), the share bought from social organisations, per buyer and for the county, against ≥ 30%. The plan module can
 * read its actual from {@link #countyShare}.
 */
@Service
public class SocialShare {

	public static final BigDecimal TARGET_PERCENT = BigDecimal.valueOf(30);

	private final JdbcClient jdbc;
	private final UnitTree tree;

	SocialShare(JdbcClient jdbc, UnitTree tree) {
		this.jdbc = jdbc;
		this.tree = tree;
	}

	/** One buyer's (or the county's) purchases of the year. */
	public record Share(Long buyerUnitId, String buyer, int contracts, BigDecimal total, BigDecimal social, BigDecimal percent) {

		/** ≥ 30%, or nothing bought (no purchases, no shortfall). */
		public boolean met() {
			return total.signum() == 0 || percent.compareTo(TARGET_PERCENT) >= 0;
		}
	}

	/** The indicator for a year. */
	public record Indicator(int year, BigDecimal targetPercent, Share county, List<Share> buyers) {
	}

	public Indicator of(long countyUnitId, int year) {
		List<Share> buyers = jdbc.sql("""
				select buyer_unit_id, count(*), sum(amount), coalesce(sum(amount) filter (where supplier_kind = 'SOCIAL_ORG'), 0)
				from service_contract where county_unit_id = ? and budget_year = ? group by buyer_unit_id""")
			.params(countyUnitId, year)
			.query((rs, n) -> new Share(rs.getLong(1), null, rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
					Money.percent(rs.getBigDecimal(4), rs.getBigDecimal(3))))
			.list();
		Map<Long, String> names = tree.names(buyers.stream().map(Share::buyerUnitId).toList());
		List<Share> named = buyers.stream()
			.map(s -> new Share(s.buyerUnitId(), names.get(s.buyerUnitId()), s.contracts(), s.total(), s.social(), s.percent()))
			.sorted((a, b) -> a.buyer().compareTo(b.buyer()))
			.toList();
		BigDecimal total = named.stream().map(Share::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		BigDecimal social = named.stream().map(Share::social).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		int contracts = named.stream().mapToInt(Share::contracts).sum();
		return new Indicator(year, TARGET_PERCENT, new Share(null, tree.names(List.of(countyUnitId)).get(countyUnitId), contracts,
				total, social, Money.percent(social, total)), named);
	}

	/** The county's share in percent for the year (for the plans' indicator task 7(2), when the lead wires it). */
	public BigDecimal countyShare(long countyUnitId, int year) {
		return of(countyUnitId, year).county().percent();
	}
}
