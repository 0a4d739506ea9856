package cn.qingdan.certificate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.openssl.PEMParser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.QingdanApplication;
import cn.qingdan.shared.crypto.PersonalDataCipher;
import cn.qingdan.shared.crypto.Sm3;

/**
 * HTTP throughput and latency of the public verification API {@code GET /api/v1/certificates/{serial}/verification}
 * against plain endpoints of the same application, measured with {@code wrk} on this machine (reported in the README,
 * never asserted). Starts the application on a fresh embedded database under {@code target/bench-verification} with the
 * demo county (whose desk has issued and revoked certificates), then runs {@code wrk} as a subprocess against:
 * <ul>
 * <li>{@code plain-route}: the same route with a serial that cannot be one — same filter chain, rate limiter,
 * controller and JSON writer, but no database and no cryptography (404, NOT_FOUND);</li>
 * <li>{@code plain-health}: {@code /actuator/health} (web filter chain, one connection validity check);</li>
 * <li>{@code plain-static}: {@code /img/logo.svg} (web filter chain, static resource, 222 bytes);</li>
 * <li>{@code valid}: a genuine, unrevoked certificate (SELECT, 3× SM4-GCM, canonical bytes, SM2 verify);</li>
 * <li>{@code not-found}: a well-formed serial that does not exist (the SELECT only);</li>
 * <li>{@code revoked}: a revoked certificate (the same work as valid).</li>
 * </ul>
 * <b>The verification rate limit is raised out of the way</b> ({@code verification-burst} and
 * {@code verification-per-second} = 100,000,000): the real limit (60 burst, 10/s) is per client address, and every
 * {@code wrk} connection comes from 127.0.0.1. For every measurement the CPU time of the application (JVM + embedded
 * PostgreSQL), of {@code wrk} and of everything else on the machine is reported, so that the figures can be read
 * against what other builds were doing. After the HTTP rounds, the pieces of one verification are timed in-process
 * (database lookup, decryption, canonical bytes, SM2 verify through JCA, BouncyCastle's lightweight {@code SM2Signer},
 * and a precomputed verifier, {@link Sm2FastVerifier}).
 * <p>
 * Run (see README, "Benchmarks"): {@code java -cp … cn.qingdan.certificate.VerificationWrkBenchmark [key=value…]} with
 * {@code rounds=2 duration=30 warmup=10 connections=50 threads=2 port=18080 profile=true verifier=jca} as defaults;
 * {@code verifier=fast} swaps {@link CertificateKeys} for a subclass that verifies with {@link Sm2FastVerifier}, to
 * see what a faster verify gives end to end, and {@code verifier=ab} measures both next to each other in every round
 * (endpoint {@code valid-fast}) (benchmark only; the application code is unchanged); {@code extra=--a=b,…}
 * adds settings for an experiment (e.g. {@code --server.tomcat.max-keep-alive-requests=-1}); {@code jfr=true}
 * records every measurement with Flight Recorder (10 ms CPU samples) and prints where the CPU went.
 */
public final class VerificationWrkBenchmark {

	/** An endpoint to load: key, what it is, path, the status it must answer and whether it is a baseline. */
	record Endpoint(String key, String label, String path, int status, boolean plain, boolean fastVerify) {

		Endpoint(String key, String label, String path, int status, boolean plain) {
			this(key, label, path, status, plain, false);
		}
	}

	/** What wrk reported, plus the CPU time spent meanwhile (seconds) and the load average around the run. */
	record Result(int round, Endpoint endpoint, int connections, double rps, double p50, double p75, double p90,
			double p99, double max, long requests, long non2xx, String socketErrors, double seconds, double appCpu,
			double appSys, double pgCpu, double wrkCpu, double machineBusy, String loadBefore, String loadAfter) {

		double appCpuMicrosPerRequest() {
			return requests == 0 ? 0 : (appCpu + pgCpu) / requests * 1e6;
		}

		double otherCores() {
			return Math.max(0, machineBusy - appCpu - pgCpu - wrkCpu) / seconds;
		}
	}

	private static final String WRK = System.getProperty("wrk", "/usr/bin/wrk");

	private VerificationWrkBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new LinkedHashMap<>();
		for (String d : List.of("rounds=2", "duration=30", "warmup=10", "connections=50", "threads=2", "port=18080",
				"profile=true", "verifier=jca", "jfr=false", "extra=", "only=")) {
			o.put(d.substring(0, d.indexOf('=')), d.substring(d.indexOf('=') + 1));
		}
		for (String a : args) {
			int eq = a.indexOf('=');
			if (eq < 0 || !o.containsKey(a.substring(0, eq))) {
				throw new IllegalArgumentException("unknown argument " + a + "; known: " + o.keySet());
			}
			o.put(a.substring(0, eq), a.substring(eq + 1));
		}
		int rounds = Integer.parseInt(o.get("rounds"));
		int duration = Integer.parseInt(o.get("duration"));
		int warmup = Integer.parseInt(o.get("warmup"));
		int connections = Integer.parseInt(o.get("connections"));
		int threads = Integer.parseInt(o.get("threads"));
		String verifier = o.get("verifier");
		if (!List.of("jca", "fast", "ab").contains(verifier)) {
			throw new IllegalArgumentException("verifier=jca|fast|ab");
		}
		boolean fast = !verifier.equals("jca");
		boolean jfr = Boolean.parseBoolean(o.get("jfr"));

		SpringApplication app = new SpringApplication(QingdanApplication.class);
		if (fast) {
			app.addInitializers(ctx -> ctx.addBeanFactoryPostProcessor(new SwapCertificateKeys()));
		}
		// command-line arguments, not default properties: application.yml would win over those (server.port, data-dir)
		List<String> properties = new ArrayList<>(List.of("--qingdan.data-dir=target/bench-verification",
				"--qingdan.embedded-db.clean=true", "--qingdan.demo.enabled=true", "--server.port=" + o.get("port"),
				"--logging.level.root=warn", "--qingdan.certificates.verification-burst=100000000",
				"--qingdan.certificates.verification-per-second=100000000"));
		// extra=--a=b,--c=d: further settings for an experiment (e.g. --server.tomcat.max-keep-alive-requests=-1)
		for (String extra : o.get("extra").split(",")) {
			if (!extra.isBlank()) {
				properties.add(extra.strip());
			}
		}
		System.out.printf("VerificationWrkBenchmark %s%n", o);
		System.out.printf("machine: %d cores, %s; java %s; %s%n", Runtime.getRuntime().availableProcessors(),
				cpuModel(), System.getProperty("java.version"), firstLine(WRK, "--version"));
		System.out.println("NOTE: verification rate limit raised to burst=100000000, per-second=100000000 for this "
				+ "benchmark (the real limit, 60 burst / 10 per second, applies per client address; wrk is one address)");
		long started = System.nanoTime();
		try (ConfigurableApplicationContext ctx = app.run(properties.toArray(String[]::new))) {
			System.out.printf("application started in %.1f s (data dir %s, verifier %s)%n",
					(System.nanoTime() - started) / 1e9, ctx.getEnvironment().getProperty("qingdan.data-dir"),
					ctx.getBean(CertificateKeys.class).getClass().getSimpleName());
			postmasterPid = Path.of(ctx.getEnvironment().getProperty("qingdan.data-dir"), "postgres", "postmaster.pid");
			String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			Certificates certificates = ctx.getBean(Certificates.class);

			List<String> unrevoked = jdbc.sql("select serial from certificate where revoked_at is null order by id")
				.query(String.class).list();
			String valid = unrevoked.stream()
				.filter(s -> certificates.verify(s).result() == Verification.Result.VALID)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no VALID certificate in the demo data"));
			Optional<String> revokedSerial = jdbc.sql("select serial from certificate where revoked_at is not null order by id limit 1")
				.query(String.class).optional();
			String revoked = revokedSerial.orElseGet(() -> {
				String s = unrevoked.stream().filter(x -> !x.equals(valid)).findFirst().orElseThrow();
				jdbc.sql("update certificate set revoked_at = now(), revoked_by = 'bench', revoke_reason = 'benchmark' where serial = ?")
					.param(s).update();
				return s;
			});
			String missing;
			do {
				missing = Serials.next();
			}
			while (jdbc.sql("select count(*) from certificate where serial = ?").param(missing).query(Long.class).single() > 0);
			long total = jdbc.sql("select count(*) from certificate").query(Long.class).single();
			System.out.printf("certificates in the demo county: %d (%d revoked%s); VALID serial %s, REVOKED %s, "
					+ "NOT_FOUND %s%n", total, total - unrevoked.size(), revokedSerial.isPresent() ? "" : ", one revoked by the benchmark",
					valid, revoked, missing);

			String api = "/api/v1/certificates/%s/verification";
			List<Endpoint> endpoints = List.of(
					new Endpoint("plain-route", "same route, impossible serial: no DB, no crypto", api.formatted("none"), 404, true),
					new Endpoint("plain-health", "/actuator/health (web chain, DB ping)", "/actuator/health", 200, true),
					new Endpoint("plain-static", "/img/logo.svg (web chain, static, 222 B)", "/img/logo.svg", 200, true),
					new Endpoint("valid", "verification VALID (lookup + 3× SM4 + SM2)", api.formatted(valid), 200, false),
					new Endpoint("not-found", "verification NOT_FOUND, well-formed (lookup only)", api.formatted(missing), 404, false),
					new Endpoint("revoked", "verification REVOKED (lookup + 3× SM4 + SM2)", api.formatted(revoked), 200, false));
			if (verifier.equals("ab")) {
				// the same request with the precomputed verifier switched on, measured next to the production one
				endpoints = new ArrayList<>(endpoints);
				endpoints.add(endpoints.indexOf(endpoints.stream().filter(e -> e.key().equals("valid")).findFirst().orElseThrow()) + 1,
						new Endpoint("valid-fast", "verification VALID, Sm2FastVerifier (benchmark-only)", api.formatted(valid), 200, false, true));
			}
			if (!o.get("only").isBlank()) {
				List<String> only = List.of(o.get("only").split(","));
				endpoints = endpoints.stream().filter(e -> only.contains(e.key())).toList();
			}
			sanityCheck(base, endpoints);

			List<Result> results = new ArrayList<>();
			for (Endpoint e : endpoints) {
				FastCertificateKeys.enabled = !verifier.equals("ab") || e.fastVerify();
				System.out.printf("warm-up %-13s %d s … ", e.key(), warmup);
				Result w = wrk(base, e, 0, threads, connections, warmup);
				System.out.printf("%.0f req/s%n", w.rps());
			}
			for (int round = 1; round <= rounds; round++) {
				// odd rounds in the listed order, even rounds reversed, so that a drift in the machine's load does not
				// always fall on the same endpoints
				for (Endpoint e : round % 2 == 1 ? endpoints : endpoints.reversed()) {
					FastCertificateKeys.enabled = !verifier.equals("ab") || e.fastVerify();
					Recording recording = jfr ? startRecording() : null;
					Result r = wrk(base, e, round, threads, connections, duration);
					if (recording != null) {
						summarise(recording, Path.of(ctx.getEnvironment().getProperty("qingdan.data-dir"), "jfr",
								e.key() + "-r" + round + ".jfr"), e, r);
					}
					results.add(r);
					System.out.printf("round %d %-13s %8.0f req/s  p50 %6.2f  p90 %6.2f  p99 %6.2f ms  app %5.0f µs CPU/req  "
							+ "other load %.2f cores  load %s%n", round, e.key(), r.rps(), r.p50(), r.p90(), r.p99(),
							r.appCpuMicrosPerRequest(), r.otherCores(), r.loadAfter());
				}
			}
			report(results, endpoints, threads, connections, duration);

			if (Boolean.parseBoolean(o.get("profile"))) {
				profile(ctx, valid);
			}
		}
		System.exit(0);
	}

	// ------------------------------------------------------------------------------------------------- wrk

	private static void sanityCheck(String base, List<Endpoint> endpoints) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		for (Endpoint e : endpoints) {
			HttpResponse<String> res = client.send(HttpRequest.newBuilder(URI.create(base + e.path())).build(),
					HttpResponse.BodyHandlers.ofString());
			String body = res.body().replaceAll("\\s+", " ");
			System.out.printf("check %-13s %d %s%s%n", e.key(), res.statusCode(),
					body.length() > 150 ? body.substring(0, 150) + "…" : body,
					res.headers().firstValue("Set-Cookie").map(c -> "  [Set-Cookie: " + c + "]").orElse(""));
			if (res.statusCode() != e.status()) {
				throw new IllegalStateException(e.key() + " answered " + res.statusCode() + ", expected " + e.status());
			}
		}
	}

	private static final Pattern LATENCY = Pattern.compile("^\\s+(50|75|90|99)%\\s+([0-9.]+)(us|ms|s|m)\\s*$");
	private static final Pattern THREAD_LATENCY = Pattern.compile("^\\s+Latency\\s+\\S+\\s+\\S+\\s+([0-9.]+)(us|ms|s|m)\\s+.*$");
	private static final Pattern REQUESTS = Pattern.compile("^\\s+(\\d+) requests in ([0-9.]+)(us|ms|s|m),.*$");
	private static final Pattern RPS = Pattern.compile("^Requests/sec:\\s+([0-9.]+)\\s*$");
	private static final Pattern NON2XX = Pattern.compile("^\\s+Non-2xx or 3xx responses: (\\d+)\\s*$");
	private static final Pattern SOCKET = Pattern.compile("^\\s+Socket errors: (.*)$");

	static Result wrk(String base, Endpoint e, int round, int threads, int connections, int seconds)
			throws IOException, InterruptedException {
		List<String> command = List.of(WRK, "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency",
				base + e.path());
		String loadBefore = loadAverage();
		double machine0 = machineBusySeconds();
		double app0 = cpu(ProcessHandle.current());
		double sys0 = systemCpu();
		double pg0 = postgresCpu();
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		AtomicLong wrkCpuNanos = new AtomicLong();
		AtomicBoolean done = new AtomicBoolean();
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (!done.get()) {
				p.toHandle().info().totalCpuDuration().ifPresent(d -> wrkCpuNanos.set(d.toNanos()));
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		List<String> lines = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = out.readLine()) != null;) {
				lines.add(line);
			}
		}
		int exit = p.waitFor();
		done.set(true);
		sampler.join();
		double machine = machineBusySeconds() - machine0;
		double app = cpu(ProcessHandle.current()) - app0;
		double sys = systemCpu() - sys0;
		double pg = postgresCpu() - pg0;
		String loadAfter = loadAverage();
		if (exit != 0) {
			throw new IllegalStateException("wrk failed (" + exit + "): " + String.join("\n", lines));
		}
		double[] pct = new double[4];
		double max = 0;
		long requests = 0;
		double elapsed = seconds;
		double rps = 0;
		long non2xx = 0;
		String socket = "";
		for (String line : lines) {
			Matcher m;
			if ((m = LATENCY.matcher(line)).matches()) {
				int i = switch (m.group(1)) { case "50" -> 0; case "75" -> 1; case "90" -> 2; default -> 3; };
				pct[i] = millis(m.group(2), m.group(3));
			}
			else if ((m = THREAD_LATENCY.matcher(line)).matches()) {
				max = millis(m.group(1), m.group(2));
			}
			else if ((m = REQUESTS.matcher(line)).matches()) {
				requests = Long.parseLong(m.group(1));
				elapsed = millis(m.group(2), m.group(3)) / 1000;
			}
			else if ((m = RPS.matcher(line)).matches()) {
				rps = Double.parseDouble(m.group(1));
			}
			else if ((m = NON2XX.matcher(line)).matches()) {
				non2xx = Long.parseLong(m.group(1));
			}
			else if ((m = SOCKET.matcher(line)).matches()) {
				socket = m.group(1).trim();
			}
		}
		if (rps == 0) {
			throw new IllegalStateException("could not read wrk's output:\n" + String.join("\n", lines));
		}
		boolean expectedNon2xx = e.status() >= 300;
		if (!expectedNon2xx && non2xx > 0) {
			System.out.printf("WARNING: %s had %d non-2xx answers (rate limit?)%n", e.key(), non2xx);
		}
		return new Result(round, e, connections, rps, pct[0], pct[1], pct[2], pct[3], max, requests, non2xx, socket,
				elapsed, app, sys, pg, wrkCpuNanos.get() / 1e9, machine, loadBefore, loadAfter);
	}

	private static double millis(String value, String unit) {
		double v = Double.parseDouble(value);
		return switch (unit) {
			case "us" -> v / 1000;
			case "ms" -> v;
			case "s" -> v * 1000;
			case "m" -> v * 60_000;
			default -> throw new IllegalArgumentException(unit);
		};
	}

	private static double cpu(ProcessHandle p) {
		return p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
	}

	/** Kernel CPU seconds of this JVM (stime in /proc/self/stat): system calls for sockets, futexes, epoll. */
	private static double systemCpu() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(f[12]) / 100.0; // field 15 (stime), USER_HZ
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** The embedded PostgreSQL's postmaster (pg_ctl detaches it from this JVM), from its postmaster.pid. */
	static volatile Path postmasterPid;

	/** CPU seconds of the embedded PostgreSQL: the postmaster and its backends. */
	private static double postgresCpu() {
		try {
			long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
			return ProcessHandle.of(pid).map(h -> cpu(h)
					+ h.descendants().mapToDouble(VerificationWrkBenchmark::cpu).sum()).orElse(0.0);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** Busy CPU seconds of the whole machine since boot (all but idle and iowait), from /proc/stat. */
	private static double machineBusySeconds() {
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < Math.min(f.length, 9); i++) {
				if (i != 4 && i != 5) {
					busy += Long.parseLong(f[i]);
				}
			}
			return busy / 100.0; // USER_HZ
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static String loadAverage() {
		try {
			String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return f[0] + " " + f[1] + " " + f[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
				.findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static String firstLine(String... command) {
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			String line = new BufferedReader(new InputStreamReader(p.getInputStream())).readLine();
			p.waitFor();
			return line == null ? "?" : line.trim();
		}
		catch (IOException | InterruptedException ex) {
			return "?";
		}
	}

	private static void report(List<Result> results, List<Endpoint> endpoints, int threads, int connections, int duration) {
		System.out.printf("%n## wrk -t%d -c%d -d%ds --latency (each round: every endpoint in turn)%n%n", threads, connections, duration);
		System.out.println("| round | endpoint | req/s | p50 ms | p75 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors "
				+ "| app+PG CPU µs/req | of which app kernel µs/req | app / PG / wrk / other CPU (cores) | load before → after |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		for (Result r : results) {
			System.out.printf(Locale.ROOT, "| %d | %s | %.0f | %.2f | %.2f | %.2f | %.2f | %.1f | %d | %s | %.0f | %.0f | %.2f / %.2f / %.2f / %.2f | %s → %s |%n",
					r.round(), r.endpoint().key(), r.rps(), r.p50(), r.p75(), r.p90(), r.p99(), r.max(), r.non2xx(),
					r.socketErrors().isEmpty() ? "–" : r.socketErrors(), r.appCpuMicrosPerRequest(),
					r.requests() == 0 ? 0 : r.appSys() / r.requests() * 1e6,
					r.appCpu() / r.seconds(), r.pgCpu() / r.seconds(), r.wrkCpu() / r.seconds(), r.otherCores(),
					r.loadBefore(), r.loadAfter());
		}
		System.out.printf("%n## summary (range over rounds)%n%n| endpoint | what | req/s | p50 ms | p90 ms | p99 ms | app+PG CPU µs/req |%n|---|---|---|---|---|---|---|%n");
		for (Endpoint e : endpoints) {
			List<Result> rs = results.stream().filter(r -> r.endpoint().equals(e)).toList();
			System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", e.key(), e.label(),
					range(rs, Result::rps, "%.0f"), range(rs, Result::p50, "%.2f"), range(rs, Result::p90, "%.2f"),
					range(rs, Result::p99, "%.2f"), range(rs, Result::appCpuMicrosPerRequest, "%.0f"));
		}
		System.out.printf("%n## ratio verification / plain (req/s, same round); requirement ≥ 0.5 and p99 ≤ 20 ms at -c%d%n%n", connections);
		for (Endpoint v : endpoints.stream().filter(e -> !e.plain()).toList()) {
			for (Endpoint p : endpoints.stream().filter(Endpoint::plain).toList()) {
				List<Double> ratios = new ArrayList<>();
				for (Result rv : results.stream().filter(r -> r.endpoint().equals(v)).toList()) {
					results.stream().filter(r -> r.endpoint().equals(p) && r.round() == rv.round()).findFirst()
						.ifPresent(rp -> ratios.add(rv.rps() / rp.rps()));
				}
				double min = ratios.stream().mapToDouble(d -> d).min().orElse(0);
				double max = ratios.stream().mapToDouble(d -> d).max().orElse(0);
				System.out.printf(Locale.ROOT, "%-10s / %-13s %.3f – %.3f  %s%n", v.key(), p.key(), min, max, ratios.stream()
					.map(d -> String.format(Locale.ROOT, "%.3f", d)).toList());
			}
			double worstP99 = results.stream().filter(r -> r.endpoint().equals(v)).mapToDouble(Result::p99).max().orElse(0);
			System.out.printf(Locale.ROOT, "%-10s p99 worst %.2f ms (%s 20 ms)%n", v.key(), worstP99, worstP99 <= 20 ? "≤" : ">");
		}
	}

	private static String range(List<Result> rs, java.util.function.ToDoubleFunction<Result> f, String format) {
		double min = rs.stream().mapToDouble(f).min().orElse(0);
		double max = rs.stream().mapToDouble(f).max().orElse(0);
		String a = String.format(Locale.ROOT, format, min);
		String b = String.format(Locale.ROOT, format, max);
		return a.equals(b) ? a : a + "–" + b;
	}

	// ------------------------------------------------------------------- jfr=true: where the CPU goes, per endpoint

	private static Recording startRecording() {
		Recording recording = new Recording();
		recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10)).withStackTrace();
		recording.enable("jdk.GarbageCollection");
		recording.start();
		return recording;
	}

	/** Buckets by the innermost frame outside the JDK (java., jdk., sun.), checked in this order. */
	private static final String[][] BUCKETS = { { "org.bouncycastle.math.ec", "SM2: EC arithmetic (BC)" },
			{ "org.bouncycastle.math", "SM2: EC arithmetic (BC)" }, { "org.bouncycastle.crypto.signers", "SM2: signer (BC)" },
			{ "org.bouncycastle.crypto.digests", "SM3 digest (BC)" },
			{ "org.bouncycastle.crypto.engines", "SM4-GCM (BC)" }, { "org.bouncycastle.crypto.modes", "SM4-GCM (BC)" },
			{ "org.bouncycastle.jcajce", "JCA provider (BC)" }, { "org.bouncycastle.jce", "JCA provider (BC)" },
			{ "org.bouncycastle", "BC other" }, { "org.postgresql", "JDBC driver" }, { "com.zaxxer.hikari", "Hikari" },
			{ "org.springframework.jdbc", "Spring JDBC" }, { "tools.jackson", "Jackson" },
			{ "com.fasterxml.jackson", "Jackson" }, { "org.springframework.security", "Spring Security" },
			{ "org.springframework.web", "Spring MVC" }, { "org.springframework", "Spring other" },
			{ "org.apache", "Tomcat" }, { "jakarta.servlet", "Servlet API (request wrappers)" },
			{ "io.micrometer", "Micrometer (observations)" }, { "cn.qingdan", "Qingdan code" }, { "", "other libraries" } };

	private static void summarise(Recording recording, Path file, Endpoint e, Result r) throws IOException {
		recording.stop();
		Files.createDirectories(file.getParent());
		recording.dump(file);
		recording.close();
		Map<String, Integer> buckets = new LinkedHashMap<>();
		Map<String, Integer> leaves = new java.util.HashMap<>();
		int samples = 0;
		double gcMillis = 0;
		int gcs = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			String type = event.getEventType().getName();
			if (type.equals("jdk.GarbageCollection")) {
				gcs++;
				gcMillis += event.getDuration().toNanos() / 1e6;
				continue;
			}
			if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			samples++;
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			String bucket = "JDK only (scheduler, NIO, …)";
			for (RecordedFrame f : frames) {
				String cls = f.getMethod().getType().getName();
				if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")) {
					continue;
				}
				for (String[] b : BUCKETS) {
					if (cls.startsWith(b[0])) {
						bucket = b[1];
						break;
					}
				}
				break;
			}
			buckets.merge(bucket, 1, Integer::sum);
			if (!frames.isEmpty()) {
				RecordedFrame leaf = frames.get(0);
				leaves.merge(leaf.getMethod().getType().getName() + "." + leaf.getMethod().getName(), 1, Integer::sum);
			}
		}
		int total = Math.max(samples, 1);
		System.out.printf(Locale.ROOT, "%n### JFR %s round %d (%s): %d CPU samples, GC %d collections / %.0f ms; by innermost "
				+ "non-JDK frame%n", e.key(), r.round(), file, samples, gcs, gcMillis);
		buckets.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEach(b -> System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * b.getValue() / total, b.getKey()));
		System.out.println("  top leaf methods:");
		leaves.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
			.forEach(b -> System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * b.getValue() / total, b.getKey()));
	}

	// ---------------------------------------------------------------------------- the pieces, in-process

	/** The columns one verification reads. */
	record Row(String serial, String number, String countyCode, String villageCode, String villageName, String itemCode,
			String title, String purpose, byte[] nameCipher, byte[] idCipher, byte[] bodyCipher, LocalDate issuedOn,
			String keyId, byte[] signature) {

		static Row map(ResultSet rs, int n) throws SQLException {
			return new Row(rs.getString("serial"), rs.getString("number"), rs.getString("county_code"),
					rs.getString("village_code"), rs.getString("village_name"), rs.getString("item_code"),
					rs.getString("title"), rs.getString("purpose"), rs.getBytes("holder_name_cipher"),
					rs.getBytes("holder_id_cipher"), rs.getBytes("body_cipher"), rs.getDate("issued_on").toLocalDate(),
					rs.getString("key_id"), rs.getBytes("signature"));
		}
	}

	private static void profile(ConfigurableApplicationContext ctx, String serial) throws Exception {
		JdbcClient jdbc = ctx.getBean(JdbcClient.class);
		PersonalDataCipher cipher = ctx.getBean(PersonalDataCipher.class);
		CertificateKeys keys = ctx.getBean(CertificateKeys.class);
		Certificates certificates = ctx.getBean(Certificates.class);
		Supplier<Row> select = () -> jdbc.sql("select * from certificate where serial = ?").param(serial).query(Row::map).single();
		Row row = select.get();
		String name = cipher.decrypt(row.nameCipher());
		String id = cipher.decrypt(row.idCipher());
		String body = cipher.decrypt(row.bodyCipher());
		byte[] canonical = new CertificateContent(row.serial(), row.number(), row.countyCode(), row.villageCode(),
				row.villageName(), row.itemCode(), row.title(), row.purpose(), name, id, row.issuedOn(), body).canonical();
		byte[] signature = row.signature();
		String pem = keys.publicKeyPem(row.countyCode());
		checkKeyId(pem, row.keyId());
		Sm2FastVerifier fast = Sm2FastVerifier.fromPem(pem);
		if (!keys.verify(row.countyCode(), row.keyId(), canonical, signature) || !fast.verify(canonical, signature)
				|| fast.verify(canonical, flip(signature)) || fast.verify(flip(canonical), signature)
				|| keys.verify(row.countyCode(), row.keyId(), flip(canonical), signature)) {
			throw new IllegalStateException("verifiers disagree");
		}
		// the JCA path of CertificateKeys, rebuilt here to take it apart: a private provider instance, a key made
		// through KeyFactory from the point on the named curve
		BouncyCastleProvider bc = new BouncyCastleProvider();
		ECNamedCurveParameterSpec curve = ECNamedCurveTable.getParameterSpec("sm2p256v1");
		PublicKey jcaKey = KeyFactory.getInstance("EC", bc)
			.generatePublic(new ECPublicKeySpec(curve.getCurve().importPoint(fast.parameters().getQ()), curve));
		byte[] userId = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
		ParametersWithID lightweight = new ParametersWithID(fast.parameters(), userId);
		byte[] encodedQ = fast.parameters().getQ().getEncoded(false);
		ECPoint g = Sm2FastVerifier.DOMAIN.getG();
		ECPoint q = fast.parameters().getQ();
		BigInteger n = Sm2FastVerifier.DOMAIN.getN();
		BigInteger a = new BigInteger(1, Sm3Bytes.of(canonical)).mod(n);
		BigInteger b = new BigInteger(1, Sm3Bytes.of(signature)).mod(n);
		FixedPointCombMultiplier comb = new FixedPointCombMultiplier();

		Map<String, Runnable> pieces = new LinkedHashMap<>();
		pieces.put("SELECT * by serial (JdbcClient, Hikari, embedded PostgreSQL)", select::get);
		pieces.put("SM4-GCM decrypt × 3", () -> {
			cipher.decrypt(row.nameCipher());
			cipher.decrypt(row.idCipher());
			cipher.decrypt(row.bodyCipher());
		});
		pieces.put("canonical bytes", () -> new CertificateContent(row.serial(), row.number(), row.countyCode(),
				row.villageCode(), row.villageName(), row.itemCode(), row.title(), row.purpose(), name, id,
				row.issuedOn(), body).canonical());
		pieces.put("SM2 verify: CertificateKeys.verify (JCA, as in production)",
				() -> check(keys.verify(row.countyCode(), row.keyId(), canonical, signature)));
		pieces.put("  JCA rebuilt: getInstance + setParameter + initVerify + update + verify", () -> {
			try {
				Signature v = Signature.getInstance("SM3withSM2", bc);
				v.setParameter(new SM2ParameterSpec(userId));
				v.initVerify(jcaKey);
				v.update(canonical);
				check(v.verify(signature));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		});
		pieces.put("  JCA rebuilt: the same without verify() (lookup, SPI, key conversion, Z)", () -> {
			try {
				Signature v = Signature.getInstance("SM3withSM2", bc);
				v.setParameter(new SM2ParameterSpec(userId));
				v.initVerify(jcaKey);
				v.update(canonical);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		});
		pieces.put("SM2 verify: lightweight SM2Signer, one cached ECPublicKeyParameters", () -> {
			SM2Signer signer = new SM2Signer();
			signer.init(false, lightweight);
			signer.update(canonical, 0, canonical.length);
			check(signer.verifySignature(signature));
		});
		pieces.put("SM2 verify: lightweight SM2Signer, new ECPublicKeyParameters per call", () -> {
			SM2Signer signer = new SM2Signer();
			signer.init(false, new ParametersWithID(new ECPublicKeyParameters(
					Sm2FastVerifier.DOMAIN.getCurve().decodePoint(encodedQ), Sm2FastVerifier.DOMAIN), userId));
			signer.update(canonical, 0, canonical.length);
			check(signer.verifySignature(signature));
		});
		pieces.put("SM2 verify: Sm2FastVerifier (Z cached, joint comb over precomputed G and Q tables)",
				() -> check(fast.verify(canonical, signature)));
		pieces.put("  aG + bQ: ECAlgorithms.sumOfTwoMultiplies (interleaved wNAF, SM2Signer's way)",
				() -> ECAlgorithms.sumOfTwoMultiplies(g, a, q, b).normalize());
		pieces.put("  aG + bQ: FixedPointCombMultiplier twice (constant-time comb)",
				() -> comb.multiply(g, a).add(comb.multiply(q, b)).normalize());
		pieces.put("  aG + bQ: Sm2FastVerifier.sumOfCombs (joint comb, variable-time lookups)",
				() -> Sm2FastVerifier.sumOfCombs(g, a, q, b).normalize());
		pieces.put("Certificates.verify(serial), whole", () -> {
			if (certificates.verify(serial).result() != Verification.Result.VALID) {
				throw new IllegalStateException();
			}
		});
		System.out.printf("%n## pieces of one verification, in-process (canonical %d bytes, ciphertexts %d/%d/%d bytes, "
				+ "signature %d bytes, Hikari pool %s; platform threads, median of 3 × 1.5 s after 2 s warm-up, "
				+ "range in brackets; CPU µs/op is the measuring thread's own CPU time)%n%n"
				+ "| piece | 1 thread CPU µs/op | 1 thread wall µs/op | 1 thread ops/s | 2 threads ops/s | 2 threads CPU µs/op |%n"
				+ "|---|---|---|---|---|---|%n",
				canonical.length, row.nameCipher().length, row.idCipher().length, row.bodyCipher().length,
				signature.length, poolSize(ctx));
		for (Map.Entry<String, Runnable> piece : pieces.entrySet()) {
			double[][] one = rates(1, piece.getValue());
			double[][] two = rates(2, piece.getValue());
			System.out.printf(Locale.ROOT, "| %s | %.1f [%.1f–%.1f] | %.1f | %.0f [%.0f–%.0f] | %.0f [%.0f–%.0f] | %.1f |  load %s%n",
					piece.getKey(), one[1][1], one[1][0], one[1][2], 1e6 / one[0][1], one[0][1], one[0][0], one[0][2],
					two[0][1], two[0][0], two[0][2], two[1][1], loadAverage());
		}
	}

	private static void check(boolean ok) {
		if (!ok) {
			throw new IllegalStateException("signature did not verify");
		}
	}

	private static byte[] flip(byte[] b) {
		byte[] c = b.clone();
		c[c.length / 2] ^= 1;
		return c;
	}

	private static void checkKeyId(String pem, String keyId) throws IOException {
		try (PEMParser parser = new PEMParser(new java.io.StringReader(pem))) {
			String id = Sm3.hex(((SubjectPublicKeyInfo) parser.readObject()).getEncoded()).substring(0, 16);
			if (!id.equals(keyId)) {
				throw new IllegalStateException("the demo certificate is signed by key " + keyId + ", current is " + id);
			}
		}
	}

	private static String poolSize(ConfigurableApplicationContext ctx) {
		Object ds = ctx.getBean(javax.sql.DataSource.class);
		return ds instanceof com.zaxxer.hikari.HikariDataSource h ? String.valueOf(h.getMaximumPoolSize()) : "?";
	}

	/**
	 * A piece timed on platform threads: 2 s warm-up, then 3 runs of 1.5 s. Returns, sorted, the operations per second
	 * (wall clock) and the CPU time per operation of the measuring threads (µs; the embedded PostgreSQL's own CPU is
	 * not in it) — the latter hardly depends on what else the machine is doing.
	 */
	private static double[][] rates(int threads, Runnable r) throws InterruptedException {
		java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
		double[] rates = new double[3];
		double[] cpu = new double[3];
		for (int rep = -1; rep < rates.length; rep++) {
			AtomicLong ops = new AtomicLong();
			AtomicLong cpuNanos = new AtomicLong();
			AtomicBoolean stop = new AtomicBoolean();
			List<Thread> ts = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				ts.add(Thread.ofPlatform().start(() -> {
					long c0 = mx.getCurrentThreadCpuTime();
					long count = 0;
					while (!stop.get()) {
						r.run();
						count++;
					}
					cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - c0);
					ops.addAndGet(count);
				}));
			}
			long t0 = System.nanoTime();
			Thread.sleep(rep < 0 ? 2000 : 1500);
			stop.set(true);
			for (Thread t : ts) {
				t.join();
			}
			if (rep >= 0) {
				rates[rep] = ops.get() / ((System.nanoTime() - t0) / 1e9);
				cpu[rep] = cpuNanos.get() / 1e3 / ops.get();
			}
		}
		java.util.Arrays.sort(rates);
		java.util.Arrays.sort(cpu);
		return new double[][] { rates, cpu };
	}

	/** SM3 of some bytes (for a scalar to multiply with). */
	private static final class Sm3Bytes {

		static byte[] of(byte[] in) {
			org.bouncycastle.crypto.digests.SM3Digest d = new org.bouncycastle.crypto.digests.SM3Digest();
			d.update(in, 0, in.length);
			byte[] out = new byte[32];
			d.doFinal(out, 0);
			return out;
		}
	}

	// ------------------------------------------------------------- verifier=fast: benchmark-only CertificateKeys

	/** Replaces the {@code certificateKeys} bean by {@link FastCertificateKeys} once component scanning has run. */
	static final class SwapCertificateKeys implements BeanDefinitionRegistryPostProcessor {

		@Override
		public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
			registry.removeBeanDefinition("certificateKeys");
			registry.registerBeanDefinition("certificateKeys", new RootBeanDefinition(FastCertificateKeys.class));
		}
	}

	/**
	 * {@link CertificateKeys} whose {@link #verify} uses {@link Sm2FastVerifier} for every public key file in the key
	 * directory (the key id checked as {@code CertificateKeys} does); anything else falls back to the original.
	 */
	public static class FastCertificateKeys extends CertificateKeys {

		private static final Pattern COUNTY = Pattern.compile("[0-9]{6}");
		private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

		/** Off: the original verify (verifier=ab switches it per endpoint). */
		static volatile boolean enabled = true;

		private final Path dir;
		private final Map<String, Optional<Sm2FastVerifier>> verifiers = new ConcurrentHashMap<>();

		public FastCertificateKeys(@Value("${qingdan.certificates.key-dir:${qingdan.data-dir}/keys/certificates}") String keyDir) {
			super(keyDir);
			this.dir = Path.of(keyDir);
		}

		@Override
		public boolean verify(String countyCode, String keyId, byte[] canonical, byte[] signature) {
			Optional<Sm2FastVerifier> v = !enabled || countyCode == null || keyId == null ? Optional.empty()
					: verifiers.computeIfAbsent(countyCode + "-" + keyId, k -> load(countyCode, keyId));
			if (v.isEmpty()) {
				return super.verify(countyCode, keyId, canonical, signature);
			}
			return signature != null && signature.length > 0 && v.get().verify(canonical, signature);
		}

		private Optional<Sm2FastVerifier> load(String county, String keyId) {
			if (!COUNTY.matcher(county).matches() || !KEY_ID.matcher(keyId).matches()) {
				return Optional.empty();
			}
			Path file = dir.resolve(county + "-" + keyId + ".pub.pem");
			if (!Files.exists(file)) {
				return Optional.empty();
			}
			try {
				String pem = Files.readString(file, StandardCharsets.US_ASCII);
				try (PEMParser parser = new PEMParser(new java.io.StringReader(pem))) {
					if (!Sm3.hex(((SubjectPublicKeyInfo) parser.readObject()).getEncoded()).startsWith(keyId)) {
						return Optional.empty();
					}
				}
				return Optional.of(Sm2FastVerifier.fromPem(pem));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
