package cn.qingdan.region;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;

/**
 * The division files shipped under {@code classpath:divisions/} (see SOURCE.md there): one gzip CSV per level, each
 * line {@code code,"name",parentCode,...}. Read line by line; nothing is kept in memory.
 */
final class DivisionFiles {

	static final String[] FILES = { "provinces", "cities", "areas", "streets", "villages" };

	/** Digits of a raw code per level. */
	static final int[] CODE_LENGTH = { 2, 4, 6, 9, 12 };


	/** One row: raw code (2/4/6/9/12 digits), name, raw parent code ({@code null} for provinces), level 1–5. */
	record Row(String code, String name, String parentCode, int level) {
	}

	@FunctionalInterface
	interface RowHandler {
		void accept(Row row) throws IOException;
	}

	private DivisionFiles() {
	}

	static ClassPathResource resource(int level) {
		return new ClassPathResource("divisions/" + FILES[level - 1] + ".csv.gz");
	}

	/** Compressed size of all files, the denominator of the reading progress. */
	static long compressedBytes() {
		long sum = 0;
		for (int level = 1; level <= 5; level++) {
			try {
				sum += resource(level).contentLength();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return sum;
	}

	/**
	 * Streams the rows of one level whose raw code starts with {@code prefix} or is a prefix of it (its ancestors).
	 * Lines that cannot match are skipped before they are parsed. {@code bytesRead} counts compressed bytes.
	 */
	static void read(int level, String prefix, AtomicLong bytesRead, RowHandler handler) throws IOException {
		int len = CODE_LENGTH[level - 1];
		String match = len < prefix.length() ? prefix.substring(0, len) + "," : prefix;
		try (InputStream raw = new Counting(resource(level).getInputStream(), bytesRead);
				BufferedReader in = new BufferedReader(
						new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
			in.readLine(); // header
			String line;
			while ((line = in.readLine()) != null) {
				if (!line.startsWith(match)) {
					continue;
				}
				handler.accept(parse(line, level));
			}
		}
	}

	static Row parse(String line, int level) {
		int c1 = line.indexOf(',');
		int q1 = line.indexOf('"', c1);
		int q2 = line.indexOf('"', q1 + 1);
		if (c1 < 0 || q1 != c1 + 1 || q2 < 0) {
			throw new IllegalStateException("区划文件格式有误：" + line);
		}
		String parent = null;
		if (level > 1) {
			int c3 = line.indexOf(',', q2 + 2);
			parent = line.substring(q2 + 2, c3 < 0 ? line.length() : c3);
		}
		return new Row(line.substring(0, c1), line.substring(q1 + 1, q2), parent, level);
	}

	/** The 31 provinces as shipped (code 2 digits, name), for choosing an import scope. */
	static List<Row> provinces() {
		List<Row> rows = new ArrayList<>();
		try {
			read(1, "", new AtomicLong(), rows::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/** The name of a province, city or county by its raw 2/4/6-digit code, looked up in the shipped files. */
	static Optional<String> name(String rawCode) {
		int level = switch (rawCode.length()) {
			case 2 -> 1;
			case 4 -> 2;
			case 6 -> 3;
			default -> 0;
		};
		if (level == 0) {
			return Optional.empty();
		}
		List<Row> found = new ArrayList<>(1);
		try {
			read(level, rawCode, new AtomicLong(), row -> {
				if (row.code().equals(rawCode)) {
					found.add(row);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found.stream().findFirst().map(Row::name);
	}

	private static final class Counting extends FilterInputStream {

		private final AtomicLong counter;

		Counting(InputStream in, AtomicLong counter) {
			super(in);
			this.counter = counter;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counter.incrementAndGet();
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				counter.addAndGet(n);
			}
			return n;
		}
	}
}
