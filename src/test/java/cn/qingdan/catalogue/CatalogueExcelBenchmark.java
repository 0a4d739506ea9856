package cn.qingdan.catalogue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Import and export times for a 10,000-row catalogue (reported in the README, never asserted). Run:
 * {@code ./mvnw -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) cn.qingdan.catalogue.CatalogueExcelBenchmark}.
 */
public final class CatalogueExcelBenchmark {

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		List<ItemContent> items = generate(rows);
		long[] write = new long[7];
		long[] read = new long[7];
		byte[] file = null;
		for (int i = 0; i < write.length; i++) {
			long t0 = System.nanoTime();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			CatalogueWorkbook.write(out, "基准", items);
			file = out.toByteArray();
			write[i] = System.nanoTime() - t0;
			t0 = System.nanoTime();
			CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(file);
			read[i] = System.nanoTime() - t0;
			if (!result.ok() || result.items().size() != rows) {
				throw new IllegalStateException("导入结果不符：" + result.errors().stream().limit(3).toList());
			}
		}
		System.out.printf("%d 行，文件 %.1f MB%n", rows, file.length / 1024.0 / 1024.0);
		System.out.printf("导出（流式写出）：中位数 %d ms，全部 %s%n", median(write), Arrays.toString(ms(write)));
		System.out.printf("导入（防护检查 + 解析 + 逐行校验）：中位数 %d ms，全部 %s%n", median(read), Arrays.toString(ms(read)));
	}

	public static List<ItemContent> generate(int n) {
		ListType[] lists = ListType.values();
		List<ItemContent> items = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			ListType t = lists[i % lists.length];
			String code = t.prefix() + "-" + String.format("%04d", i / lists.length + 1);
			boolean a = t == ListType.ASSISTANCE;
			boolean r = t == ListType.CERTIFICATE_RETAINED;
			boolean x = t == ListType.CERTIFICATE_NOT_ISSUABLE;
			items.add(new ItemContent(code, t, "基准事项第" + i + "项：协助开展农村人居环境整治宣传与摸排", "综合事务",
					"用于性能基准的生成事项，内容长度与真实事项相当，用于测算导入导出耗时。", "《中华人民共和国村民委员会组织法》", "第二条",
					List.of("县民政局", "县农业农村局"), List.of("别名一", "别名二"), List.of("关键词一", "关键词二"), "基准数据",
					"https://example.gov.cn/" + i, null, null, a ? new BigDecimal("2000") : null, a ? true : null,
					a ? 12 : null, a ? new BigDecimal("2.5") : null, r ? "申请人持身份证到村委会办理" : null, r ? "身份证" : null,
					r ? "兹证明{申请人姓名}……特此证明。" : null, r ? 0 : null, x ? "县公安局" : null, x ? "告知承诺" : null, null));
		}
		return items;
	}

	private static long median(long[] nanos) {
		long[] copy = nanos.clone();
		Arrays.sort(copy);
		return copy[copy.length / 2] / 1_000_000;
	}

	private static long[] ms(long[] nanos) {
		return Arrays.stream(nanos).map(n -> n / 1_000_000).toArray();
	}
}
