package cn.qingdan.rollup;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.shared.rollup.Figure;
import cn.qingdan.shared.rollup.FigureSource;
import cn.qingdan.shared.rollup.Metric;

/** Keeps the rollup table: one county's year at a time, or everything from scratch. */
@Service
public class Rollups {

	private static final Logger log = LoggerFactory.getLogger(Rollups.class);

	private final List<FigureSource> sources;
	private final JdbcClient jdbc;
	private final Units units;
	private final UnitTree tree;
	private final Clock clock;
	private final int firstYear;

	/** Each county-year of a rebuild in a transaction of its own (a call from inside this bean bypasses @Transactional). */
	private final TransactionTemplate tx;

	Rollups(List<FigureSource> sources, JdbcClient jdbc, Units units, UnitTree tree, Clock clock,
			@Value("${qingdan.rollups.first-year:2025}") int firstYear, TransactionTemplate tx) {
		this.sources = sources;
		this.jdbc = jdbc;
		this.units = units;
		this.tree = tree;
		this.clock = clock;
		this.firstYear = firstYear;
		this.tx = tx;
	}

	/** Every metric of every source, in dashboard order. */
	public List<Metric> metrics() {
		return sources.stream().flatMap(s -> s.metrics().stream()).sorted(Comparator.comparingInt(Metric::order)).toList();
	}

	int currentYear() {
		return LocalDate.now(clock).getYear();
	}

	int countyCount() {
		return tree.counties().size();
	}

	int firstYear() {
		return firstYear;
	}

	/** The advisory-lock key space of rollup refreshes (the first of the two keys). */
	private static final int LOCK_SPACE = 0x526f6c6c; // "Roll"

	/** Replaces the county's figures of the year with what the sources compute now. */
	@Transactional
	public int refresh(long countyUnitId, int year) {
		Unit county = units.unit(countyUnitId).filter(u -> u.type() == Unit.Type.COUNTY).orElse(null);
		if (county == null || county.regionCode() == null) {
			return 0;
		}
		String code = county.regionCode().substring(0, 6);
		// one refresh of a county's year at a time: the startup rebuild and an event's refresh of the same year would
		// both delete and insert, and the second insert would break the primary key (held to the end of the transaction)
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, Objects.hash(countyUnitId, year)).query().singleRow();
		Map<String, Figure> figures = new LinkedHashMap<>();
		for (FigureSource source : sources) {
			for (Figure f : source.figures(countyUnitId, year)) {
				figures.merge(f.unitId() + "|" + f.metric(), f, (a, b) -> new Figure(a.unitId(), a.metric(), a.value().add(b.value())));
			}
		}
		jdbc.sql("delete from rollup_figure where county_code = ? and year = ?").params(code, year).update();
		List<Object[]> rows = new ArrayList<>();
		Timestamp now = Timestamp.from(clock.instant());
		for (Figure f : figures.values()) {
			if (f.value().signum() != 0 || f.unitId() == countyUnitId) {
				rows.add(new Object[] { code, f.metric(), year, f.unitId(), countyUnitId, f.value(), now });
			}
		}
		if (!rows.isEmpty()) {
			jdbc.sql("insert into rollup_figure (county_code, metric, year, unit_id, county_unit_id, value, refreshed_at)"
					+ " select * from unnest(cast(:codes as varchar[]), cast(:metrics as varchar[]), cast(:years as int[]),"
					+ " cast(:units as bigint[]), cast(:counties as bigint[]), cast(:values as numeric[]), cast(:ats as timestamptz[]))")
				.param("codes", column(rows, 0, String[]::new))
				.param("metrics", column(rows, 1, String[]::new))
				.param("years", column(rows, 2, Integer[]::new))
				.param("units", column(rows, 3, Long[]::new))
				.param("counties", column(rows, 4, Long[]::new))
				.param("values", column(rows, 5, BigDecimal[]::new))
				.param("ats", column(rows, 6, Timestamp[]::new))
				.update();
		}
		return rows.size();
	}

	/** Every county, every year from the first: the one command that rebuilds the table from the modules' records. */
	public Rebuilt rebuild() {
		long t0 = System.nanoTime();
		int rows = 0;
		List<Unit> counties = tree.counties();
		for (Unit county : counties) {
			for (int year = firstYear; year <= currentYear(); year++) {
				// refresh() called from here is not proxied: without this transaction its advisory lock was released at
				// once and a rebuild raced an event's refresh of the same year (duplicate key on a clean clone's start)
				int y = year;
				rows += tx.execute(status -> refresh(county.id(), y));
			}
		}
		Rebuilt r = new Rebuilt(counties.size(), currentYear() - firstYear + 1, rows, (System.nanoTime() - t0) / 1_000_000);
		log.info("汇总重建：{} 个县、{} 个年度、{} 行，用时 {} ms", r.counties(), r.years(), r.rows(), r.millis());
		return r;
	}

	public record Rebuilt(int counties, int years, int rows, long millis) {
	}

	@SuppressWarnings("unchecked")
	private static <T> T[] column(List<Object[]> rows, int i, java.util.function.IntFunction<T[]> array) {
		return rows.stream().map(r -> (T) r[i]).toArray(array);
	}
}
