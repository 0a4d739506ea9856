package cn.qingdan.certificate;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's precomputed SM2 verifier ({@link Sm2FastVerifier}) agrees with {@link CertificateKeys#verify} on
 * genuine signatures and on altered data, signatures and garbage — so the faster figures it gives are for the same
 * check.
 */
class Sm2FastVerifierTest {

	static final String COUNTY = "610431";

	@TempDir
	Path dir;

	@Test
	void agreesWithCertificateKeys() {
		CertificateKeys keys = new CertificateKeys(dir.toString());
		keys.sign(COUNTY, new byte[1]);
		Sm2FastVerifier fast = Sm2FastVerifier.fromPem(keys.publicKeyPem(COUNTY));
		String keyId = keys.currentKeyId(COUNTY);
		Random random = new Random(42);
		for (int i = 0; i < 40; i++) {
			byte[] message = ("QINGDAN-CERTIFICATE/1\nserial=" + i + "\nbody=" + "证明".repeat(random.nextInt(200)))
				.getBytes(StandardCharsets.UTF_8);
			byte[] signature = keys.sign(COUNTY, message).signature();
			assertThat(fast.verify(message, signature)).isTrue();

			byte[] alteredMessage = message.clone();
			alteredMessage[random.nextInt(alteredMessage.length)] ^= (byte) (1 << random.nextInt(8));
			byte[] alteredSignature = signature.clone();
			alteredSignature[random.nextInt(alteredSignature.length)] ^= (byte) (1 << random.nextInt(8));
			byte[] garbage = new byte[random.nextInt(80)];
			random.nextBytes(garbage);
			for (byte[][] c : new byte[][][] { { alteredMessage, signature }, { message, alteredSignature },
					{ message, garbage } }) {
				assertThat(fast.verify(c[0], c[1])).as("case %d", i).isEqualTo(keys.verify(COUNTY, keyId, c[0], c[1]));
			}
			assertThat(fast.verify(alteredMessage, signature)).isFalse();
		}
	}

	@Test
	void sumOfCombsIsASumOfMultiples() {
		Random random = new Random(7);
		ECPoint g = Sm2FastVerifier.DOMAIN.getG();
		BigInteger n = Sm2FastVerifier.DOMAIN.getN();
		ECPoint q = g.multiply(new BigInteger(255, random).mod(n)).normalize();
		for (int i = 0; i < 50; i++) {
			BigInteger a = i == 0 ? BigInteger.ONE : i == 1 ? n.subtract(BigInteger.ONE) : new BigInteger(256, random).mod(n);
			BigInteger b = i == 0 ? n.subtract(BigInteger.ONE) : i == 1 ? BigInteger.ONE : new BigInteger(256, random).mod(n);
			assertThat(Sm2FastVerifier.sumOfCombs(g, a, q, b).normalize())
				.isEqualTo(g.multiply(a).add(q.multiply(b)).normalize());
		}
	}

	@Test
	void rejectsASignatureOfAnotherKey(@TempDir Path other) {
		CertificateKeys keys = new CertificateKeys(dir.toString());
		CertificateKeys stranger = new CertificateKeys(other.toString());
		byte[] message = "QINGDAN-CERTIFICATE/1\n".getBytes(StandardCharsets.UTF_8);
		Sm2FastVerifier fast = Sm2FastVerifier.fromPem(keys.publicKeyPem(COUNTY));
		assertThat(fast.verify(message, stranger.sign(COUNTY, message).signature())).isFalse();
		assertThat(fast.verify(message, keys.sign(COUNTY, message).signature())).isTrue();
	}
}
