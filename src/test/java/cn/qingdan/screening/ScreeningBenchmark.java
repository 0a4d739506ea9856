package cn.qingdan.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;

/**
 * Screening speed against a 2,000-item catalogue (the demo catalogue plus generated items built from its own
 * vocabulary, each generated prohibited item with three burden patterns: about 1,250 patterns in all), over the texts
 * of both dev sets and the three holdout sets: latency per screening (SampleTime: p50/p99), throughput on one thread, and the index rebuild.
 * Reported in the README, never asserted. Run: see README, section "Screening (预审比对)".
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class ScreeningBenchmark {

	static final int CATALOGUE_SIZE = 2_000;

	List<ItemContent> items;

	CatalogueIndex index;

	String[] texts;

	int next;

	@Setup
	public void setUp() {
		items = catalogue(CATALOGUE_SIZE);
		index = CatalogueIndex.build(1, 1, items);
		List<String> all = new ArrayList<>();
		Path dev = LabelledCases.devDirectory().orElse(Path.of("../shared/data/screening")).resolve("dev-cases.csv");
		if (Files.exists(dev)) {
			LabelledCases.read(dev).forEach(c -> all.add(c.text()));
		}
		Path dev2 = dev.resolveSibling("dev-cases-2.csv");
		if (Files.exists(dev2)) {
			LabelledCases.read(dev2).forEach(c -> all.add(c.text()));
		}
		for (String holdout : List.of("holdout-cases.csv", "holdout-2-cases.csv", "holdout-3-cases.csv")) {
			LabelledCases.read(Path.of("src/test/resources/screening/" + holdout)).forEach(c -> all.add(c.text()));
		}
		texts = all.toArray(String[]::new);
	}

	/** The demo catalogue padded to {@code size} items whose names, aliases and keywords recombine its own words. */
	static List<ItemContent> catalogue(int size) {
		List<ItemContent> base = LabelledCases.demoCatalogue();
		List<String> words = new ArrayList<>();
		for (ItemContent i : base) {
			words.addAll(i.aliases());
			words.addAll(i.keywords());
		}
		Random random = new Random(42);
		List<ItemContent> out = new ArrayList<>(base);
		ListType[] lists = ListType.values();
		for (int n = 0; out.size() < size; n++) {
			ListType list = lists[n % lists.length];
			String a = words.get(random.nextInt(words.size()));
			String b = words.get(random.nextInt(words.size()));
			String name = a + "与" + b + "相关事项" + n;
			List<String> aliases = List.of(a + b, b + "工作" + n % 97);
			List<String> keywords = List.of(words.get(random.nextInt(words.size())), words.get(random.nextInt(words.size())),
					words.get(random.nextInt(words.size())));
			// every generated prohibited item carries three patterns, as a county's own additions would
			List<String> patterns = list != ListType.PROHIBITED ? List.of()
					: List.of("【生成模式" + n + "】" + a + "…不少于/至少…N", "【生成模式" + n + "】" + b + "…排名/通报",
							"【生成模式" + n + "】每村/各村…" + a + "…N");
			out.add(new ItemContent(list.prefix() + "-" + (1000 + n), list, name, "综合事务", "生成的测试事项：" + a + "、" + b + "的相关工作",
					"测试依据", null, List.of("县测试局"), aliases, keywords, "生成", null, null, null, null, null, null, null,
					null, null, null, null, null, null, null).withPatterns(patterns, List.of(), List.of()));
		}
		return out;
	}

	@Benchmark
	@BenchmarkMode({ Mode.SampleTime, Mode.Throughput })
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Screening screen() {
		String text = texts[next++ % texts.length];
		return Screener.screen(index, text, null);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 2, time = 3)
	@Measurement(iterations = 3, time = 5)
	public CatalogueIndex rebuild2000() {
		return CatalogueIndex.build(2, 2, items);
	}

	public static void main(String[] args) throws Exception {
		new Runner(new OptionsBuilder().include(ScreeningBenchmark.class.getSimpleName()).build()).run();
	}
}
