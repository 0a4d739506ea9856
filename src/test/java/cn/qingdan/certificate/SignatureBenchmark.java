package cn.qingdan.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * SM3withSM2 speed of {@link CertificateKeys}: verify (done on every public verification request) and sign (once per
 * issued certificate), on one thread and on two (this machine has two cores), keys loaded and cached. Reported in the
 * README, never asserted. Run: see README, section "Benchmarks" ({@code org.openjdk.jmh.Main SignatureBenchmark}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmark {

	static final String COUNTY = "610431";

	Path dir;

	CertificateKeys keys;

	byte[] canonical;

	CertificateKeys.Signed signed;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		dir = Files.createTempDirectory("signature-benchmark");
		keys = new CertificateKeys(dir.toString());
		// about the size of a certificate's canonical fields
		canonical = ("QD1|7K3M9X2C4V8B6N1P5R|田庄村证〔2026〕12号|610431|610431101201|无犯罪记录证明|张*三|6104**********1234"
				+ "|用于办理入职手续|2026-03-01|县公安局").getBytes(StandardCharsets.UTF_8);
		signed = keys.sign(COUNTY, canonical);
		if (!keys.verify(COUNTY, signed.keyId(), canonical, signed.signature())) {
			throw new IllegalStateException("signature does not verify");
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	@Benchmark
	@Threads(1)
	public boolean verify() {
		return keys.verify(COUNTY, signed.keyId(), canonical, signed.signature());
	}

	@Benchmark
	@Threads(2)
	public boolean verify2Threads() {
		return keys.verify(COUNTY, signed.keyId(), canonical, signed.signature());
	}

	@Benchmark
	@Threads(1)
	public CertificateKeys.Signed sign() {
		return keys.sign(COUNTY, canonical);
	}

	public static void main(String[] args) throws Exception {
		new Runner(new OptionsBuilder().include(SignatureBenchmark.class.getSimpleName()).build()).run();
	}
}
