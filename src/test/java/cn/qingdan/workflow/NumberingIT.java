package cn.qingdan.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.qingdan.IntegrationTest;
import cn.qingdan.workflow.numbering.Numbering;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numbering service on the real PostgreSQL: many clerks taking numbers at the same moment get 1…N with no
 * duplicate and no gap, a number whose transaction rolls back is given out again, and the series are independent.
 */
class NumberingIT extends IntegrationTest {

	@Autowired
	Numbering numbering;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	private int take(String series, long unit, int year) {
		return transactions.execute(s -> numbering.next(series, unit, year));
	}

	private long unit() {
		return jdbc.sql("select min(id) from unit").query(Long.class).single();
	}

	@Test
	void concurrentCallersGetOneToNWithoutDuplicatesOrGaps() throws Exception {
		String series = "test-" + UUID.randomUUID().toString().substring(0, 8);
		long unit = unit();
		int threads = 8;
		int perThread = 25;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<List<Integer>>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				Callable<List<Integer>> work = () -> {
					start.await();
					List<Integer> mine = new ArrayList<>();
					for (int i = 0; i < perThread; i++) {
						boolean rollBack = thread == 0 && i % 5 == 0; // some callers fail after taking a number
						Integer n = transactions.execute(status -> {
							int taken = numbering.next(series, unit, 2026);
							if (rollBack) {
								status.setRollbackOnly();
							}
							return taken;
						});
						if (!rollBack) {
							mine.add(n);
						}
					}
					return mine;
				};
				futures.add(pool.submit(work));
			}
			start.countDown();
			List<Integer> all = new ArrayList<>();
			for (var f : futures) {
				all.addAll(f.get());
			}
			int committed = threads * perThread - 5; // thread 0 rolled back i = 0, 5, 10, 15, 20
			assertThat(all).hasSize(committed).doesNotHaveDuplicates();
			assertThat(all).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, committed).boxed().toList());
			assertThat(take(series, unit, 2026)).isEqualTo(committed + 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRolledBackNumberIsGivenOutAgainAndSeriesYearsAndUnitsAreSeparate() {
		String series = "test-" + UUID.randomUUID().toString().substring(0, 8);
		long unit = unit();
		long other = jdbc.sql("select max(id) from unit").query(Long.class).single();
		assertThat(take(series, unit, 2026)).isEqualTo(1);
		int rolledBack = transactions.execute(s -> {
			s.setRollbackOnly();
			return numbering.next(series, unit, 2026);
		});
		assertThat(rolledBack).isEqualTo(2);
		assertThat(take(series, unit, 2026)).isEqualTo(2);
		assertThat(take(series, unit, 2027)).isEqualTo(1);
		assertThat(take(series, other, 2026)).isEqualTo(1);
		assertThat(take(series + "-b", unit, 2026)).isEqualTo(1);
	}

	@Test
	void theOldSequenceTablesAreGone() {
		assertThat(jdbc.sql("""
				select count(*) from information_schema.tables
				 where table_name in ('admission_sequence', 'certificate_sequence', 'certificate_notice_sequence')""")
			.query(Integer.class).single()).isZero();
	}
}
