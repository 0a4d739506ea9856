package cn.qingdan.certificate;

import static cn.qingdan.certificate.Sm2Keys.ALGORITHM;
import static cn.qingdan.certificate.Sm2Keys.BC;
import static cn.qingdan.certificate.Sm2Keys.USER_ID;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.qingdan.certificate.KeyFiles.CountyKeys;
import cn.qingdan.certificate.KeyFiles.Current;

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

	private static final Pattern COUNTY = Pattern.compile("[0-9]{6}");

	private final SecureRandom random = new SecureRandom();
	private final KeyFiles files;
	private final ConcurrentHashMap<String, CountyKeys> cache = new ConcurrentHashMap<>();

	public CertificateKeys(@Value("${qingdan.certificates.key-dir:${qingdan.data-dir}/keys/certificates}") String keyDir) {
		this.files = new KeyFiles(Path.of(keyDir), random);
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

	private CountyKeys keys(String countyCode) {
		String county = checked(countyCode);
		CountyKeys keys = cache.get(county);
		return keys != null ? keys : cache.computeIfAbsent(county, files::load);
	}

	private Current current(String countyCode) {
		CountyKeys keys = keys(countyCode);
		if (keys.current() == null) {
			keys = cache.compute(checked(countyCode), (county, known) -> known != null && known.current() != null ? known
					: files.generate(county, known != null ? known : files.load(county)));
		}
		return keys.current();
	}

	private static String checked(String countyCode) {
		if (countyCode == null || !COUNTY.matcher(countyCode).matches()) {
			throw new IllegalArgumentException("县级行政区划代码应为 6 位数字：" + countyCode);
		}
		return countyCode;
	}
}
