package cn.qingdan.certificate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.openssl.PEMParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qingdan.shared.crypto.Sm3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CertificateKeysTest {

	static final String COUNTY = "610431";
	static final byte[] CANONICAL = "QD1|7K3M9X2C4V8B6N1P5R|田庄村证〔2026〕12号|610431|2026-03-01|无犯罪记录证明"
		.getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	CertificateKeys keys() {
		return new CertificateKeys(dir.toString());
	}

	@Test
	void signsAndVerifies() {
		CertificateKeys keys = keys();
		CertificateKeys.Signed signed = keys.sign(COUNTY, CANONICAL);
		assertThat(signed.keyId()).matches("[0-9a-f]{16}").isEqualTo(keys.currentKeyId(COUNTY));
		assertThat(keys.verify(COUNTY, signed.keyId(), CANONICAL, signed.signature())).isTrue();
	}

	@Test
	void oneFlippedBitInTheDataFails() {
		CertificateKeys keys = keys();
		CertificateKeys.Signed signed = keys.sign(COUNTY, CANONICAL);
		for (int bit = 0; bit < CANONICAL.length * 8; bit += 37) {
			byte[] tampered = CANONICAL.clone();
			tampered[bit / 8] ^= (byte) (1 << (bit % 8));
			assertThat(keys.verify(COUNTY, signed.keyId(), tampered, signed.signature())).as("bit %d", bit).isFalse();
		}
	}

	@Test
	void oneFlippedBitInTheSignatureFailsEveryBit() {
		CertificateKeys keys = keys();
		CertificateKeys.Signed signed = keys.sign(COUNTY, CANONICAL);
		byte[] signature = signed.signature();
		for (int bit = 0; bit < signature.length * 8; bit++) {
			byte[] tampered = signature.clone();
			tampered[bit / 8] ^= (byte) (1 << (bit % 8));
			assertThat(keys.verify(COUNTY, signed.keyId(), CANONICAL, tampered)).as("bit %d", bit).isFalse();
		}
	}

	@Test
	void malformedSignatureBytesAreFalseNotExceptions() {
		CertificateKeys keys = keys();
		CertificateKeys.Signed signed = keys.sign(COUNTY, CANONICAL);
		BigInteger n = new BigInteger("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123", 16);
		byte[] sig = signed.signature();
		List<byte[]> garbage = new ArrayList<>(List.of(new byte[0], new byte[] { 0 }, new byte[] { 0x30 },
				new byte[] { 0x30, 0x00 }, new byte[64], "not a signature".getBytes(StandardCharsets.UTF_8),
				Arrays.copyOf(sig, sig.length - 1), Arrays.copyOf(sig, sig.length + 1), der(BigInteger.ZERO, BigInteger.ONE),
				der(n, BigInteger.ONE), der(BigInteger.ONE, n.add(BigInteger.ONE)), der(BigInteger.ONE.negate(), BigInteger.ONE),
				der(BigInteger.TWO.pow(4096), BigInteger.ONE)));
		Random random = new Random(7);
		for (int i = 0; i < 200; i++) {
			byte[] bytes = new byte[random.nextInt(100)];
			random.nextBytes(bytes);
			if (bytes.length > 2 && i % 2 == 0) {
				bytes[0] = 0x30; // looks like a SEQUENCE, to get deeper into the parser
				bytes[1] = (byte) (bytes.length - 2);
			}
			garbage.add(bytes);
		}
		for (byte[] bytes : garbage) {
			assertThat(keys.verify(COUNTY, signed.keyId(), CANONICAL, bytes)).as(Arrays.toString(bytes)).isFalse();
		}
		assertThat(keys.verify(COUNTY, signed.keyId(), CANONICAL, null)).isFalse();
	}

	@Test
	void anotherCountyOrAnUnknownKeyIdFails() {
		CertificateKeys keys = keys();
		CertificateKeys.Signed signed = keys.sign(COUNTY, CANONICAL);
		assertThat(keys.verify("610430", signed.keyId(), CANONICAL, signed.signature())).isFalse();
		keys.sign("610430", CANONICAL);
		assertThat(keys.verify("610430", signed.keyId(), CANONICAL, signed.signature())).isFalse();
		assertThat(keys.verify(COUNTY, "0123456789abcdef", CANONICAL, signed.signature())).isFalse();
		assertThat(keys.verify(COUNTY, "../" + signed.keyId(), CANONICAL, signed.signature())).isFalse();
		assertThat(keys.verify(COUNTY, null, CANONICAL, signed.signature())).isFalse();
	}

	@Test
	void verifyingForACountyWithoutKeysGeneratesNothing() throws Exception {
		CertificateKeys keys = keys();
		assertThat(keys.verify("610402", "0123456789abcdef", CANONICAL, new byte[70])).isFalse();
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void keysArePersistedAndReloaded() {
		CertificateKeys first = keys();
		CertificateKeys.Signed signed = first.sign(COUNTY, CANONICAL);
		CertificateKeys second = keys();
		assertThat(second.currentKeyId(COUNTY)).isEqualTo(signed.keyId());
		assertThat(second.publicKeyPem(COUNTY)).isEqualTo(first.publicKeyPem(COUNTY));
		assertThat(second.verify(COUNTY, signed.keyId(), CANONICAL, signed.signature())).isTrue();
		assertThat(dir.resolve("610431.sm2.key.pem")).content().startsWith("-----BEGIN PRIVATE KEY-----");
		assertThat(dir.resolve("610431-" + signed.keyId() + ".pub.pem")).content().isEqualTo(first.publicKeyPem(COUNTY));
	}

	@Test
	void rotationKeepsOldSignaturesVerifiable() throws Exception {
		CertificateKeys first = keys();
		CertificateKeys.Signed old = first.sign(COUNTY, CANONICAL);
		Files.move(dir.resolve("610431.sm2.key.pem"), dir.resolve("610431.sm2.key.pem.retired"));

		CertificateKeys second = keys();
		CertificateKeys.Signed fresh = second.sign(COUNTY, CANONICAL);
		assertThat(fresh.keyId()).isNotEqualTo(old.keyId()).isEqualTo(second.currentKeyId(COUNTY));
		assertThat(second.verify(COUNTY, old.keyId(), CANONICAL, old.signature())).isTrue();
		assertThat(second.verify(COUNTY, fresh.keyId(), CANONICAL, fresh.signature())).isTrue();
		assertThat(second.verify(COUNTY, fresh.keyId(), CANONICAL, old.signature())).isFalse();
		assertThat(second.verify(COUNTY, old.keyId(), CANONICAL, fresh.signature())).isFalse();
		assertThat(dir.resolve("610431-" + old.keyId() + ".pub.pem")).exists();
		assertThat(dir.resolve("610431-" + fresh.keyId() + ".pub.pem")).exists();

		// and after another restart both still verify
		CertificateKeys third = keys();
		assertThat(third.currentKeyId(COUNTY)).isEqualTo(fresh.keyId());
		assertThat(third.verify(COUNTY, old.keyId(), CANONICAL, old.signature())).isTrue();
	}

	@Test
	void aProvidedPrivateKeyWithoutPublicKeyFileGetsOneWritten() throws Exception {
		CertificateKeys first = keys();
		CertificateKeys.Signed signed = first.sign(COUNTY, CANONICAL);
		Path pub = dir.resolve("610431-" + signed.keyId() + ".pub.pem");
		Files.delete(pub);

		CertificateKeys second = keys();
		assertThat(second.currentKeyId(COUNTY)).isEqualTo(signed.keyId());
		assertThat(second.verify(COUNTY, signed.keyId(), CANONICAL, signed.signature())).isTrue();
		assertThat(pub).exists();
	}

	@Test
	void invalidCountyCodesAreRejected() {
		CertificateKeys keys = keys();
		for (String code : new String[] { "../x", "61043", "6104311", "61043a", "../../etc/passwd", "", " 610431",
				"６１０４３１" }) {
			assertThatThrownBy(() -> keys.sign(code, CANONICAL)).as(code).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> keys.verify(code, "0123456789abcdef", CANONICAL, new byte[70])).as(code)
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> keys.publicKeyPem(code)).as(code).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> keys.currentKeyId(code)).as(code).isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> keys.sign(null, CANONICAL)).isInstanceOf(IllegalArgumentException.class);
		assertThat(dir).isEmptyDirectory();
	}

	@Test
	void generatedPrivateKeyIsOwnerOnly() throws Exception {
		assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
		keys().sign(COUNTY, CANONICAL);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("610431.sm2.key.pem"))))
			.isEqualTo("rw-------");
	}

	@Test
	void keyIdIsSm3OfThePublicKeyDer() throws Exception {
		CertificateKeys keys = keys();
		SubjectPublicKeyInfo info = parsePublicKey(keys.publicKeyPem(COUNTY));
		assertThat(keys.currentKeyId(COUNTY)).isEqualTo(Sm3.hex(info.getEncoded()).substring(0, 16));
		// a named-curve SM2 key: id-ecPublicKey with parameters sm2p256v1 (1.2.156.10197.1.301)
		assertThat(info.getAlgorithm().getParameters().toString()).isEqualTo("1.2.156.10197.1.301");
	}

	@Test
	void plainBouncyCastleSm2SignerVerifiesWithThePublicKeyPem() throws Exception {
		CertificateKeys keys = keys();
		CertificateKeys.Signed signed = keys.sign(COUNTY, CANONICAL);
		AsymmetricKeyParameter publicKey = PublicKeyFactory.createKey(parsePublicKey(keys.publicKeyPem(COUNTY)));

		assertThat(sm2Verify(publicKey, "1234567812345678", CANONICAL, signed.signature())).isTrue();
		// the user ID is part of what is signed: another one does not verify
		assertThat(sm2Verify(publicKey, "8765432187654321", CANONICAL, signed.signature())).isFalse();
	}

	@Test
	void signaturesAreRandomisedYetAllVerify() {
		CertificateKeys keys = keys();
		CertificateKeys.Signed a = keys.sign(COUNTY, CANONICAL);
		CertificateKeys.Signed b = keys.sign(COUNTY, CANONICAL);
		assertThat(a.signature()).isNotEqualTo(b.signature());
		assertThat(keys.verify(COUNTY, a.keyId(), CANONICAL, a.signature())).isTrue();
		assertThat(keys.verify(COUNTY, b.keyId(), CANONICAL, b.signature())).isTrue();
	}

	@Test
	void concurrentFirstUseMakesOneKey() throws Exception {
		CertificateKeys keys = keys();
		List<Thread> threads = new ArrayList<>();
		Set<String> ids = ConcurrentHashMap.newKeySet();
		for (int i = 0; i < 8; i++) {
			threads.add(Thread.ofPlatform().start(() -> {
				CertificateKeys.Signed s = keys.sign(COUNTY, CANONICAL);
				assertThat(keys.verify(COUNTY, s.keyId(), CANONICAL, s.signature())).isTrue();
				ids.add(s.keyId());
			}));
		}
		for (Thread t : threads) {
			t.join();
		}
		assertThat(ids).hasSize(1);
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("610431.sm2.key.pem",
					"610431-" + ids.iterator().next() + ".pub.pem");
		}
	}

	@Test
	void aMalformedKeyFileIsAClearError() throws Exception {
		Files.writeString(dir.resolve("610431.sm2.key.pem"), "nonsense");
		assertThatThrownBy(() -> keys().sign(COUNTY, CANONICAL)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("610431.sm2.key.pem");
	}

	static boolean sm2Verify(AsymmetricKeyParameter key, String userId, byte[] data, byte[] signature) {
		SM2Signer signer = new SM2Signer();
		signer.init(false, new ParametersWithID(key, userId.getBytes(StandardCharsets.US_ASCII)));
		signer.update(data, 0, data.length);
		return signer.verifySignature(signature);
	}

	static SubjectPublicKeyInfo parsePublicKey(String pem) throws Exception {
		try (PEMParser parser = new PEMParser(new StringReader(pem))) {
			return (SubjectPublicKeyInfo) parser.readObject();
		}
	}

	static byte[] der(BigInteger r, BigInteger s) {
		try {
			return new DERSequence(new ASN1Integer[] { new ASN1Integer(r), new ASN1Integer(s) }).getEncoded();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
