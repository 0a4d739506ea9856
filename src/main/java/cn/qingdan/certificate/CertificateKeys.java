package cn.qingdan.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPrivateKeySpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.crypto.Sm3;

/**
 * SM2 signing keys per county for issued certificates: signatures are SM3withSM2 (GB/T 32918, GM/T 0009) with the
 * default user ID {@code 1234567812345678} set explicitly, made through the JCA with a private BouncyCastle provider
 * instance (the provider is never registered globally).
 *
 * <h2>Key directory</h2>
 * Keys live in a directory outside the database ({@code qingdan.certificates.key-dir}, default
 * {@code ${qingdan.data-dir}/keys/certificates}). For county {@code 610431}:
 * <ul>
 * <li>{@code 610431.sm2.key.pem} — the current private key, PKCS#8 PEM ({@code PRIVATE KEY}, unencrypted) on curve
 * sm2p256v1; an OpenSSL SEC1 {@code EC PRIVATE KEY} is accepted too. It signs every new certificate.</li>
 * <li>{@code 610431-{keyId}.pub.pem} — public keys (SubjectPublicKeyInfo PEM), the current one and every retired one.
 * All of them verify.</li>
 * </ul>
 * The key id is the first 16 hex digits of SM3 over the public key's DER (SubjectPublicKeyInfo, named curve,
 * uncompressed point); a certificate stores it next to its signature. When a county has no private key file at its
 * first use, a key pair is generated, written owner-only ({@code rw-------} where POSIX permissions exist) and a
 * warning is logged: a generated key is for demonstration only, production provides and backs up its own.
 *
 * <h2>Rotation</h2>
 * To retire a key, keep its {@code 610431-{oldId}.pub.pem} in the directory and replace (or remove)
 * {@code 610431.sm2.key.pem}, then restart: new certificates are signed by the new key, and certificates signed by the
 * old key still verify through its public key file. When a private key arrives without its public key file, the public
 * key is derived from it and written next to it, so it survives the next rotation. Deleting a {@code .pub.pem} makes
 * every certificate signed by that key fail verification.
 *
 * <h2>Caching</h2>
 * A county's files are read once, at its first use, and kept in memory: {@link #verify} touches no file, and key files
 * changed while the application runs take effect at the next start. Thread-safe.
 */
@Component
class CertificateKeys {

	/** A signature and the id of the key that made it. */
	public record Signed(String keyId, byte[] signature) {
	}

	private static final Logger log = LoggerFactory.getLogger(CertificateKeys.class);

	private static final BouncyCastleProvider BC = new BouncyCastleProvider();
	private static final String ALGORITHM = "SM3withSM2";
	private static final String CURVE = "sm2p256v1";
	private static final ECNamedCurveParameterSpec SM2_CURVE = ECNamedCurveTable.getParameterSpec(CURVE);
	/** GM/T 0009-2012 default signer ID; set explicitly so that verifiers elsewhere know what to use. */
	private static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
	private static final Pattern COUNTY = Pattern.compile("[0-9]{6}");

	private final Path dir;
	private final SecureRandom random = new SecureRandom();
	private final ConcurrentHashMap<String, CountyKeys> cache = new ConcurrentHashMap<>();

	public CertificateKeys(@Value("${qingdan.certificates.key-dir:${qingdan.data-dir}/keys/certificates}") String keyDir) {
		this.dir = Path.of(keyDir);
	}

	/** Signs canonical bytes with the county's current private key (SM3withSM2, SM2ParameterSpec with an explicit user ID). */
	public Signed sign(String countyCode, byte[] canonical) {
		Current current = current(countyCode);
		try {
			Signature signature = Signature.getInstance(ALGORITHM, BC);
			signature.setParameter(new SM2ParameterSpec(USER_ID));
			signature.initSign(current.privateKey(), random);
			signature.update(canonical);
			return new Signed(current.keyId(), signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("证明签名失败（县级代码 " + countyCode + "）", ex);
		}
	}

	/**
	 * Verifies with the county's public key named by keyId (current or any retired key kept in the key dir); false for
	 * an unknown key, a wrong county, a bad signature or malformed signature bytes — never throws for those.
	 */
	public boolean verify(String countyCode, String keyId, byte[] canonical, byte[] signature) {
		CountyKeys keys = keys(countyCode);
		PublicKey key = keyId == null ? null : keys.publicKeys().get(keyId);
		if (key == null || signature == null || signature.length == 0) {
			return false;
		}
		Signature verifier;
		try {
			verifier = Signature.getInstance(ALGORITHM, BC);
			verifier.setParameter(new SM2ParameterSpec(USER_ID));
			verifier.initVerify(key);
			verifier.update(canonical);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("证明验签失败（县级代码 " + countyCode + "）", ex);
		}
		try {
			return verifier.verify(signature);
		}
		catch (SignatureException | RuntimeException ex) {
			// the signature bytes come from outside: malformed DER, integers out of range, trailing bytes, …
			return false;
		}
	}

	/** The county's current public key as PEM (SubjectPublicKeyInfo), for agencies that verify offline. */
	public String publicKeyPem(String countyCode) {
		return current(countyCode).publicKeyPem();
	}

	/** The current key id of the county. */
	public String currentKeyId(String countyCode) {
		return current(countyCode).keyId();
	}

	// ---- keys in memory -------------------------------------------------------------------------------------

	/** The county's signing key: private key, its id and its public key as PEM. */
	private record Current(String keyId, PrivateKey privateKey, String publicKeyPem) {
	}

	/** What the key directory holds for one county: the current key (null when there is none) and every public key. */
	private record CountyKeys(Current current, Map<String, PublicKey> publicKeys) {
	}

	private CountyKeys keys(String countyCode) {
		String county = checked(countyCode);
		CountyKeys keys = cache.get(county);
		return keys != null ? keys : cache.computeIfAbsent(county, this::load);
	}

	private Current current(String countyCode) {
		CountyKeys keys = keys(countyCode);
		if (keys.current() == null) {
			keys = cache.compute(checked(countyCode), (county, known) -> known != null && known.current() != null ? known
					: generate(county, known != null ? known : load(county)));
		}
		return keys.current();
	}

	private static String checked(String countyCode) {
		if (countyCode == null || !COUNTY.matcher(countyCode).matches()) {
			throw new IllegalArgumentException("县级行政区划代码应为 6 位数字：" + countyCode);
		}
		return countyCode;
	}

	// ---- key files ------------------------------------------------------------------------------------------

	private Path privateKeyFile(String county) {
		return dir.resolve(county + ".sm2.key.pem");
	}

	private Path publicKeyFile(String county, String keyId) {
		return dir.resolve(county + "-" + keyId + ".pub.pem");
	}

	/** Reads the county's private key (if any) and every public key file; generates nothing. */
	private CountyKeys load(String county) {
		Map<String, PublicKey> publicKeys = new HashMap<>();
		if (Files.isDirectory(dir)) {
			Pattern name = Pattern.compile(Pattern.quote(county) + "-([0-9a-f]{16})\\.pub\\.pem");
			try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, county + "-*.pub.pem")) {
				for (Path file : files) {
					Matcher m = name.matcher(file.getFileName().toString());
					if (!m.matches()) {
						continue;
					}
					PublicKey key = readPublicKey(file);
					String keyId = keyId(key);
					if (!keyId.equals(m.group(1))) {
						log.warn("证明验签公钥文件 {} 的文件名与密钥标识 {} 不符，按实际密钥标识加载", file, keyId);
					}
					publicKeys.put(keyId, key);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("读取证明签名密钥目录失败：" + dir, ex);
			}
		}
		Path privateFile = privateKeyFile(county);
		Current current = null;
		if (Files.exists(privateFile)) {
			PrivateKey privateKey = readPrivateKey(privateFile);
			PublicKey publicKey = publicKeyOf(privateKey);
			String keyId = keyId(publicKey);
			String pem = pem("PUBLIC KEY", publicKey.getEncoded());
			if (!publicKeys.containsKey(keyId)) {
				Path file = publicKeyFile(county, keyId);
				try {
					writeNew(file, pem, false);
					log.info("已由证明签名私钥 {} 导出公钥 {}（密钥轮换后仍用于验签，请勿删除）", privateFile, file);
				}
				catch (IOException ex) {
					log.warn("无法写入证明签名公钥 {}：{}；更换私钥后，由该密钥签发的证明将无法验签，请手工保存此公钥", file, ex.toString());
				}
				publicKeys.put(keyId, publicKey);
			}
			current = new Current(keyId, privateKey, pem);
		}
		return new CountyKeys(current, Map.copyOf(publicKeys));
	}

	/** Generates the county's first (or next) key pair; if another process wrote one meanwhile, loads that instead. */
	private CountyKeys generate(String county, CountyKeys known) {
		KeyPair pair;
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
			generator.initialize(SM2_CURVE, random);
			pair = generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("生成 SM2 密钥失败", ex);
		}
		PublicKey publicKey = canonical(pair.getPublic());
		String keyId = keyId(publicKey);
		String publicPem = pem("PUBLIC KEY", publicKey.getEncoded());
		Path privateFile = privateKeyFile(county);
		try {
			Files.createDirectories(dir);
			writeNew(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
		}
		catch (FileAlreadyExistsException ex) {
			return load(county);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("写入证明签名私钥失败：" + privateFile, ex);
		}
		try {
			writeNew(publicKeyFile(county, keyId), publicPem, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("写入证明签名公钥失败：" + publicKeyFile(county, keyId), ex);
		}
		log.warn("已为县级代码 {} 生成新的证明签名密钥 {}（SM2，密钥标识 {}），仅供演示；生产环境请通过 qingdan.certificates.key-dir "
				+ "提供本县自己的签名私钥并妥善备份", county, privateFile, keyId);
		Map<String, PublicKey> publicKeys = new HashMap<>(known.publicKeys());
		publicKeys.put(keyId, publicKey);
		return new CountyKeys(new Current(keyId, pair.getPrivate(), publicPem), Map.copyOf(publicKeys));
	}

	/**
	 * Writes a file that must not exist yet: into a temporary file first (owner-only from its creation when secret),
	 * then moved into place, so that no reader sees half a key and no existing key is overwritten.
	 */
	private void writeNew(Path file, String content, boolean secret) throws IOException {
		if (Files.exists(file)) {
			throw new FileAlreadyExistsException(file.toString());
		}
		Path parent = file.toAbsolutePath().getParent();
		Path temp;
		try {
			FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
			temp = Files.createTempFile(parent, ".tmp-", ".pem", ownerOnly);
		}
		catch (UnsupportedOperationException ex) {
			temp = Files.createTempFile(parent, ".tmp-", ".pem");
		}
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				out.write(content.getBytes(StandardCharsets.US_ASCII));
			}
			if (!secret) {
				try {
					Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
				}
				catch (UnsupportedOperationException ignored) {
				}
			}
			Files.move(temp, file);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private static PrivateKey readPrivateKey(Path file) {
		Object object = readPem(file);
		try {
			JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(BC);
			PrivateKey key;
			if (object instanceof PrivateKeyInfo info) {
				key = converter.getPrivateKey(info);
			}
			else if (object instanceof PEMKeyPair pair) {
				key = converter.getPrivateKey(pair.getPrivateKeyInfo());
			}
			else if (object instanceof PEMEncryptedKeyPair || object instanceof PKCS8EncryptedPrivateKeyInfo) {
				throw new IllegalStateException("证明签名私钥 " + file + " 已加密，请提供未加密的 PKCS#8 私钥并以文件权限保护");
			}
			else {
				throw new IllegalStateException("证明签名私钥文件格式错误（应为 PKCS#8 PEM）：" + file);
			}
			if (!(key instanceof ECPrivateKey ec) || !onSm2Curve(ec.getParameters())) {
				throw new IllegalStateException("证明签名私钥 " + file + " 不是 SM2（sm2p256v1）密钥");
			}
			return canonical(ec);
		}
		catch (IOException ex) {
			throw new IllegalStateException("证明签名私钥文件格式错误：" + file, ex);
		}
	}

	private static PublicKey readPublicKey(Path file) {
		if (!(readPem(file) instanceof SubjectPublicKeyInfo info)) {
			throw new IllegalStateException("证明验签公钥文件格式错误（应为 SubjectPublicKeyInfo PEM）：" + file);
		}
		try {
			PublicKey key = new JcaPEMKeyConverter().setProvider(BC).getPublicKey(info);
			if (!(key instanceof ECPublicKey ec) || !onSm2Curve(ec.getParameters())) {
				throw new IllegalStateException("证明验签公钥 " + file + " 不是 SM2（sm2p256v1）公钥");
			}
			return canonical(key);
		}
		catch (IOException ex) {
			throw new IllegalStateException("证明验签公钥文件格式错误：" + file, ex);
		}
	}

	private static Object readPem(Path file) {
		try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.US_ASCII));
				PEMParser parser = new PEMParser(reader)) {
			Object object = parser.readObject();
			if (object == null) {
				throw new IllegalStateException("密钥文件中没有 PEM 内容：" + file);
			}
			return object;
		}
		catch (IOException ex) {
			throw new IllegalStateException("密钥文件无法读取或格式错误：" + file, ex);
		}
	}

	private static boolean onSm2Curve(ECParameterSpec spec) {
		return spec != null && spec.getCurve().equals(SM2_CURVE.getCurve()) && spec.getG().equals(SM2_CURVE.getG())
				&& spec.getN().equals(SM2_CURVE.getN());
	}

	// ---- canonical forms: named curve, uncompressed point, so that the key id does not depend on file encoding ----

	private static PrivateKey canonical(ECPrivateKey key) {
		BigInteger d = key.getD();
		if (d.signum() <= 0 || d.compareTo(SM2_CURVE.getN()) >= 0) {
			throw new IllegalStateException("SM2 私钥超出取值范围");
		}
		try {
			return KeyFactory.getInstance("EC", BC).generatePrivate(new ECPrivateKeySpec(d, SM2_CURVE));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static PublicKey canonical(PublicKey key) {
		return publicKey(((ECPublicKey) key).getQ());
	}

	private static PublicKey publicKeyOf(PrivateKey key) {
		return publicKey(SM2_CURVE.getG().multiply(((ECPrivateKey) key).getD()));
	}

	private static PublicKey publicKey(ECPoint q) {
		ECPoint point = SM2_CURVE.getCurve().importPoint(q).normalize();
		if (point.isInfinity() || !point.isValid()) {
			throw new IllegalStateException("SM2 公钥不是曲线上的有效点");
		}
		try {
			return KeyFactory.getInstance("EC", BC).generatePublic(new ECPublicKeySpec(point, SM2_CURVE));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** First 16 hex digits of SM3 over the public key's DER (SubjectPublicKeyInfo). */
	static String keyId(PublicKey key) {
		return Sm3.hex(key.getEncoded()).substring(0, 16);
	}

	private static String pem(String type, byte[] der) {
		StringWriter out = new StringWriter();
		try (PemWriter writer = new PemWriter(out)) {
			writer.writeObject(new PemObject(type, der));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}
}
