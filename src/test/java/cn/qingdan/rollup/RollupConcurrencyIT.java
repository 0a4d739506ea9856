package cn.qingdan.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import cn.qingdan.IntegrationTest;
import cn.qingdan.org.Units;

/**
 * The startup rebuild and an event's refresh of the same county's year ran at once and the second insert broke the
 * primary key (a CI run lost its application context to it): refreshes of one county's year take turns. Shares
 * {@link RollupIT}'s database and context.
 */
@TestPropertySource(properties = { "qingdan.data-dir=target/test-data-rollup", "qingdan.demo.city-counties=true" })
class RollupConcurrencyIT extends IntegrationTest {

	@Autowired
	Rollups rollups;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eightRefreshesOfTheSameCountyYearAtOnceAllSucceedAndLeaveOneSetOfFigures() throws Exception {
		long wugong = units.byRegion("610431").orElseThrow().id();
		int alone = rollups.refresh(wugong, 2025);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				runs.add(pool.submit(() -> {
					go.await();
					return rollups.refresh(wugong, 2025);
				}));
			}
			go.countDown();
			for (Future<Integer> run : runs) {
				assertThat(run.get()).isEqualTo(alone); // throws ExecutionException on a broken primary key
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from rollup_figure where county_code = '610431' and year = 2025")
			.query(Integer.class).single()).isEqualTo(alone);
	}

	/**
	 * The rebuild's own refreshes were called from inside the bean, so @Transactional did not apply: each statement
	 * committed alone and the advisory lock was released at once — a clean clone's start lost its context to a duplicate
	 * key again. Two rebuilds and six loops of refreshes of the same county's years, at once: all succeed, one set left.
	 */
	@Test
	void rebuildsAndRefreshesAtOnceAllSucceed() throws Exception {
		long wugong = units.byRegion("610431").orElseThrow().id();
		int alone = rollups.refresh(wugong, 2026);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> runs = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					go.await();
					return rollups.rebuild();
				}));
			}
			for (int i = 0; i < 6; i++) {
				runs.add(pool.submit(() -> {
					go.await();
					int n = 0;
					for (int k = 0; k < 15; k++) {
						n += rollups.refresh(wugong, 2025 + k % 2);
					}
					return n;
				}));
			}
			go.countDown();
			for (Future<?> run : runs) {
				run.get(); // throws ExecutionException on a broken primary key
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from rollup_figure where county_code = '610431' and year = 2026")
			.query(Integer.class).single()).isEqualTo(alone);
	}
}
