package cn.qingdan.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Screens labelled requests against the demo catalogue and prints accuracy per class, the share of refusals caught
 * (PROHIBITED + CERTIFICATE_NOT_ISSUABLE), the legitimate requests wrongly refused, the confusion matrix and every
 * miss with its evidence. Run: see README, section "Screening (预审比对)".
 */
public final class ScreeningMeasurement {

	/** The figures of one run. */
	record Report(int total, int correct, int refusals, int caught, int legitimate, int wronglyBlocked,
			Map<Outcome, Map<Outcome, Integer>> confusion, String text) {

		double accuracy() {
			return total == 0 ? 0 : (double) correct / total;
		}

		double caughtShare() {
			return refusals == 0 ? 1 : (double) caught / refusals;
		}

		double blockedPer50() {
			return legitimate == 0 ? 0 : 50.0 * wronglyBlocked / legitimate;
		}
	}

	private ScreeningMeasurement() {
	}

	public static void main(String[] args) {
		List<Path> files = args.length > 0 ? java.util.Arrays.stream(args).map(Path::of).toList()
				: List.of(dev("dev-cases.csv"), dev("dev-cases-2.csv"), Path.of("src/test/resources/screening/holdout-cases.csv"),
						Path.of("src/test/resources/screening/holdout-2-cases.csv"),
						Path.of("src/test/resources/screening/holdout-3-cases.csv"),
						Path.of("src/test/resources/screening/holdout-4-cases.csv"),
						Path.of("src/test/resources/screening/holdout-5-cases.csv"),
						Path.of("src/test/resources/screening/holdout-6-cases.csv"),
						Path.of("src/test/resources/screening/holdout-7-cases.csv"),
						Path.of("src/test/resources/screening/holdout-8-cases.csv"),
						Path.of("src/test/resources/screening/holdout-9-cases.csv"),
						Path.of("src/test/resources/screening/holdout-10-cases.csv"),
						Path.of("src/test/resources/screening/holdout-11-cases.csv"),
						Path.of("src/test/resources/screening/holdout-12-cases.csv"),
						Path.of("src/test/resources/screening/holdout-13-cases.csv"),
						Path.of("src/test/resources/screening/holdout-14-cases.csv"),
						Path.of("src/test/resources/screening/holdout-15-cases.csv"),
						Path.of("src/test/resources/screening/holdout-16-cases.csv"),
						Path.of("src/test/resources/screening/holdout-17-cases.csv"),
						Path.of("src/test/resources/screening/holdout-18-cases.csv"),
						Path.of("src/test/resources/screening/holdout-19-cases.csv"),
						Path.of("src/test/resources/screening/holdout-20-cases.csv"),
						Path.of("src/test/resources/screening/holdout-21-cases.csv"),
						Path.of("src/test/resources/screening/holdout-22-cases.csv"),
						Path.of("src/test/resources/screening/holdout-23-cases.csv"),
						Path.of("src/test/resources/screening/holdout-24-cases.csv"),
						Path.of("src/test/resources/screening/holdout-25-cases.csv"),
						Path.of("src/test/resources/screening/holdout-26-cases.csv"),
						Path.of("src/test/resources/screening/holdout-27-cases.csv"),
						Path.of("src/test/resources/screening/holdout-28-cases.csv"),
						Path.of("src/test/resources/screening/holdout-29-cases.csv"),
						Path.of("src/test/resources/screening/holdout-30-cases.csv"),
						Path.of("src/test/resources/screening/holdout-31-cases.csv"),
						Path.of("src/test/resources/screening/holdout-32-cases.csv"),
						Path.of("src/test/resources/screening/holdout-33-cases.csv"),
						Path.of("src/test/resources/screening/holdout-34-cases.csv"),
						Path.of("src/test/resources/screening/holdout-35-cases.csv"),
						Path.of("src/test/resources/screening/holdout-36-cases.csv"),
						Path.of("src/test/resources/screening/holdout-37-cases.csv"),
						Path.of("src/test/resources/screening/holdout-38-cases.csv"),
						Path.of("src/test/resources/screening/holdout-39-cases.csv"),
						Path.of("src/test/resources/screening/holdout-40-cases.csv"),
						Path.of("src/test/resources/screening/holdout-41-cases.csv"),
						Path.of("src/test/resources/screening/holdout-42-cases.csv"),
						Path.of("src/test/resources/screening/holdout-43-cases.csv"),
						Path.of("src/test/resources/screening/holdout-44-cases.csv"));
		CatalogueIndex index = CatalogueIndex.build(0, 1, LabelledCases.demoCatalogue());
		for (Path f : files) {
			if (Files.exists(f)) {
				System.out.println(measure(index, f.toString(), LabelledCases.read(f)).text());
			}
			else {
				System.out.println("跳过（文件不存在）：" + f);
			}
		}
	}

	private static Path dev(String name) {
		return LabelledCases.devDirectory().orElse(Path.of("../shared/data/screening")).resolve(name);
	}

	static Report measure(CatalogueIndex index, String title, List<LabelledCases.Case> cases) {
		Map<Outcome, Map<Outcome, Integer>> confusion = new EnumMap<>(Outcome.class);
		for (Outcome o : Outcome.values()) {
			Map<Outcome, Integer> row = new EnumMap<>(Outcome.class);
			for (Outcome p : Outcome.values()) {
				row.put(p, 0);
			}
			confusion.put(o, row);
		}
		StringBuilder misses = new StringBuilder();
		int correct = 0, refusals = 0, caught = 0, legitimate = 0, blocked = 0;
		for (LabelledCases.Case c : cases) {
			Screening s = Screener.screen(index, c.text(), null);
			confusion.get(c.expected()).merge(s.list(), 1, Integer::sum);
			if (s.list() == c.expected()) {
				correct++;
			}
			else {
				misses.append("  ✗ ").append(c.id()).append(" 应为 ").append(c.expected()).append("（").append(c.item())
					.append("），判为 ").append(s.list()).append(s.item() == null ? "" : " " + s.item().code() + " " + s.item().name())
					.append("\n     ").append(c.text()).append('\n');
				for (String e : s.evidence()) {
					misses.append("       · ").append(e).append('\n');
				}
			}
			if (c.expected().refused()) {
				refusals++;
				if (s.list().refused()) {
					caught++;
				}
			}
			else {
				legitimate++;
				if (s.list().refused()) {
					blocked++;
				}
			}
		}
		StringBuilder out = new StringBuilder();
		out.append("== 预审比对测量：").append(title).append("（").append(cases.size()).append(" 条）==\n");
		out.append(String.format(Locale.ROOT, "清单判定准确率 %.3f（%d/%d）%n", cases.isEmpty() ? 0.0 : (double) correct / cases.size(),
				correct, cases.size()));
		out.append("各类准确率（召回）：\n");
		for (Outcome o : Outcome.values()) {
			int n = confusion.get(o).values().stream().mapToInt(Integer::intValue).sum();
			if (n > 0) {
				out.append(String.format(Locale.ROOT, "  %-25s %.3f（%d/%d）%n", o.name(), (double) confusion.get(o).get(o) / n,
						confusion.get(o).get(o), n));
			}
		}
		out.append(String.format(Locale.ROOT, "应拒（禁止准入 + 不应出具）拦下 %.3f（%d/%d）%n", refusals == 0 ? 1.0 : (double) caught / refusals,
				caught, refusals));
		out.append(String.format(Locale.ROOT, "合规请求误拦 %d/%d（折合每 50 条 %.2f 条）%n", blocked, legitimate,
				legitimate == 0 ? 0.0 : 50.0 * blocked / legitimate));
		out.append("混淆矩阵（行 = 标注，列 = 判定）：\n").append(String.format("  %-25s", ""));
		for (Outcome p : Outcome.values()) {
			out.append(String.format("%6s", abbreviation(p)));
		}
		out.append('\n');
		for (Outcome o : Outcome.values()) {
			out.append(String.format("  %-25s", o.name()));
			for (Outcome p : Outcome.values()) {
				out.append(String.format("%6d", confusion.get(o).get(p)));
			}
			out.append('\n');
		}
		if (!misses.isEmpty()) {
			out.append("判错的请求：\n").append(misses);
		}
		return new Report(cases.size(), correct, refusals, caught, legitimate, blocked, confusion, out.toString());
	}

	private static String abbreviation(Outcome o) {
		return switch (o) {
			case PROHIBITED -> "PROH";
			case ASSISTANCE -> "ASST";
			case SELF_GOVERNANCE -> "SELF";
			case CERTIFICATE_RETAINED -> "C_RET";
			case CERTIFICATE_NOT_ISSUABLE -> "C_NOT";
			case NONE -> "NONE";
		};
	}
}
