package cn.qingdan.certificate;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
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

import cn.qingdan.shared.crypto.Sm3;

/**
 * SM2 keys as the certificate desk uses them (GB/T 32918, GM/T 0009): the curve sm2p256v1, the algorithm
 * SM3withSM2 with the default user ID set explicitly, a private BouncyCastle provider instance (never registered
 * globally), PEM reading and writing, and canonical forms (named curve, uncompressed point) so that a key's id does not
 * depend on how its file was encoded.
 */
final class Sm2Keys {

	static final BouncyCastleProvider BC = new BouncyCastleProvider();
	static final String ALGORITHM = "SM3withSM2";
	static final String CURVE = "sm2p256v1";
	static final ECNamedCurveParameterSpec SM2_CURVE = ECNamedCurveTable.getParameterSpec(CURVE);
	/** GM/T 0009-2012 default signer ID; set explicitly so that verifiers elsewhere know what to use. */
	static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

	private Sm2Keys() {
	}

	static PrivateKey readPrivateKey(Path file) {
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

	static PublicKey readPublicKey(Path file) {
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

	static Object readPem(Path file) {
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

	static boolean onSm2Curve(ECParameterSpec spec) {
		return spec != null && spec.getCurve().equals(SM2_CURVE.getCurve()) && spec.getG().equals(SM2_CURVE.getG())
				&& spec.getN().equals(SM2_CURVE.getN());
	}

	// ---- canonical forms: named curve, uncompressed point, so that the key id does not depend on file encoding ----

	static PrivateKey canonical(ECPrivateKey key) {
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

	static PublicKey canonical(PublicKey key) {
		return publicKey(((ECPublicKey) key).getQ());
	}

	static PublicKey publicKeyOf(PrivateKey key) {
		return publicKey(SM2_CURVE.getG().multiply(((ECPrivateKey) key).getD()));
	}

	static PublicKey publicKey(ECPoint q) {
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

	static String pem(String type, byte[] der) {
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
