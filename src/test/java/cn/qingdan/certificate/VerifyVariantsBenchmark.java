package cn.qingdan.certificate;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
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
 * Ways to verify one SM3withSM2 signature, one thread, microseconds per call (reported, never asserted): the
 * production {@link CertificateKeys#verify} (JCA), BouncyCastle's lightweight {@code SM2Signer} with one cached
 * {@code ECPublicKeyParameters} and with new ones per call, {@link Sm2FastVerifier}, and the point arithmetic alone
 * (aG + bQ) three ways. Companion of {@link VerificationWrkBenchmark}; run with {@code org.openjdk.jmh.Main
 * VerifyVariantsBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class VerifyVariantsBenchmark {

	static final String COUNTY = "610431";
	static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

	Path dir;
	CertificateKeys keys;
	byte[] canonical;
	CertificateKeys.Signed signed;
	Sm2FastVerifier fast;
	ParametersWithID cached;
	byte[] encodedQ;
	ECPoint g;
	ECPoint q;
	BigInteger a;
	BigInteger b;
	FixedPointCombMultiplier comb = new FixedPointCombMultiplier();

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		dir = Files.createTempDirectory("verify-variants");
		keys = new CertificateKeys(dir.toString());
		// the size of a demo certificate's canonical bytes (517)
		canonical = ("QINGDAN-CERTIFICATE/1\nserial=7K3M9X2C4V8B6N1P5R2Q\nnumber=田庄村证〔2026〕12号\ncounty=610431\n"
				+ "village=610431101201\nvillageName=田庄村委会\nitem=ZM-01\ntitle=居住证明\npurpose=办理子女入学\n"
				+ "holderName=张三\nholderId=610431199001011234\nissuedOn=2026-03-01\nbody="
				+ "兹证明张三同志自2018年3月1日起在本村第三村民小组12号居住至今，情况属实。特此证明。".repeat(3))
			.getBytes(StandardCharsets.UTF_8);
		signed = keys.sign(COUNTY, canonical);
		fast = Sm2FastVerifier.fromPem(keys.publicKeyPem(COUNTY));
		cached = new ParametersWithID(fast.parameters(), USER_ID);
		encodedQ = fast.parameters().getQ().getEncoded(false);
		g = Sm2FastVerifier.DOMAIN.getG();
		q = fast.parameters().getQ();
		BigInteger n = Sm2FastVerifier.DOMAIN.getN();
		a = new BigInteger(1, canonical).mod(n);
		b = new BigInteger(1, signed.signature()).mod(n);
		if (!verifyJca() || !verifyLightweightCached() || !verifyLightweightFresh() || !verifyFast()) {
			throw new IllegalStateException("signature does not verify");
		}
		ECPoint expected = sumOfTwoMultiplies();
		if (!expected.equals(combTwice()) || !expected.equals(jointComb())) {
			throw new IllegalStateException("aG + bQ differs");
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
	public boolean verifyJca() {
		return keys.verify(COUNTY, signed.keyId(), canonical, signed.signature());
	}

	@Benchmark
	public boolean verifyLightweightCached() {
		SM2Signer signer = new SM2Signer();
		signer.init(false, cached);
		signer.update(canonical, 0, canonical.length);
		return signer.verifySignature(signed.signature());
	}

	@Benchmark
	public boolean verifyLightweightFresh() {
		SM2Signer signer = new SM2Signer();
		signer.init(false, new ParametersWithID(new org.bouncycastle.crypto.params.ECPublicKeyParameters(
				Sm2FastVerifier.DOMAIN.getCurve().decodePoint(encodedQ), Sm2FastVerifier.DOMAIN), USER_ID));
		signer.update(canonical, 0, canonical.length);
		return signer.verifySignature(signed.signature());
	}

	@Benchmark
	public boolean verifyFast() {
		return fast.verify(canonical, signed.signature());
	}

	@Benchmark
	public ECPoint sumOfTwoMultiplies() {
		return ECAlgorithms.sumOfTwoMultiplies(g, a, q, b).normalize();
	}

	@Benchmark
	public ECPoint combTwice() {
		return comb.multiply(g, a).add(comb.multiply(q, b)).normalize();
	}

	@Benchmark
	public ECPoint jointComb() {
		return Sm2FastVerifier.sumOfCombs(g, a, q, b).normalize();
	}

	public static void main(String[] args) throws Exception {
		new Runner(new OptionsBuilder().include(VerifyVariantsBenchmark.class.getSimpleName()).build()).run();
	}
}
