package cn.qingdan.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.qingdan.shared.demo.DemoDataset;

/**
 * Loads every module's demo dataset once, in order, each in its own transaction: on with {@code qingdan.demo.enabled},
 * off when a command-line division import was asked for ({@code qingdan.import-regions}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

	private final List<DemoDataset> datasets;
	private final TransactionTemplate tx;
	private final boolean enabled;
	private final String countyCode;
	private final String commandLineImport;

	DemoRunner(List<DemoDataset> datasets, TransactionTemplate tx,
			@Value("${qingdan.demo.enabled:false}") boolean enabled,
			@Value("${qingdan.demo.county-code:610431}") String countyCode,
			@Value("${qingdan.import-regions:}") String commandLineImport) {
		this.datasets = datasets.stream().sorted(Comparator.comparingInt(DemoDataset::order)).toList();
		this.tx = tx;
		this.enabled = enabled;
		this.countyCode = countyCode;
		this.commandLineImport = commandLineImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || !commandLineImport.isBlank()) {
			return;
		}
		for (DemoDataset dataset : datasets) {
			if (dataset.present(countyCode)) {
				continue;
			}
			long t0 = System.nanoTime();
			Integer n = dataset.transactional() ? tx.execute(s -> dataset.load(countyCode)) : dataset.load(countyCode);
			log.info("演示数据：{} {} 条已就绪（{} ms）", dataset.description(), n, (System.nanoTime() - t0) / 1_000_000);
		}
	}
}
