package cn.qingdan.certificate;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.FixedPointPreCompInfo;
import org.bouncycastle.math.ec.FixedPointUtil;
import org.bouncycastle.math.raw.Nat;
import org.bouncycastle.openssl.PEMParser;

/**
 * A test-only SM3withSM2 verifier for one public key, to measure what {@link CertificateKeys#verify} could cost (used
 * by {@link VerificationWrkBenchmark}; checked against {@code CertificateKeys} in {@code Sm2FastVerifierTest}). Same
 * maths as BouncyCastle's {@code SM2Signer} (GB/T 32918.2, user ID {@code 1234567812345678}), with what depends only
 * on the key done once:
 * <ul>
 * <li>Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA) is computed once per key instead of once per call;</li>
 * <li>s·G + t·Q is computed from the fixed-point comb tables of G and Q ({@link FixedPointUtil}, precomputed once per
 * point and cached on the point object: G is shared, Q is the one instance this verifier keeps), walked together
 * ({@link #sumOfCombs}: about 43 doublings and 86 additions) instead of {@code ECAlgorithms.sumOfTwoMultiplies}
 * (interleaved wNAF: 256 doublings);</li>
 * <li>no JCA: no {@code Signature.getInstance}, no key conversion, no {@code SM2ParameterSpec} per call.</li>
 * </ul>
 * Thread-safe (no mutable state besides BouncyCastle's per-point precomputation cache).
 */
final class Sm2FastVerifier {

	static final X9ECParameters X9 = CustomNamedCurves.getByName("sm2p256v1");
	static final ECDomainParameters DOMAIN = new ECDomainParameters(X9);
	private static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
	private static final ECMultiplier COMB = new FixedPointCombMultiplier();

	private final ECPoint q;
	private final ECPublicKeyParameters parameters;
	private final byte[] z;

	Sm2FastVerifier(ECPoint publicPoint) {
		this.q = DOMAIN.validatePublicPoint(DOMAIN.getCurve().importPoint(publicPoint));
		this.parameters = new ECPublicKeyParameters(q, DOMAIN);
		this.z = z(q);
		COMB.multiply(q, BigInteger.ONE); // builds and caches the comb table of Q now rather than on the first request
		COMB.multiply(DOMAIN.getG(), BigInteger.ONE);
	}

	/** From a SubjectPublicKeyInfo PEM, as {@link CertificateKeys#publicKeyPem} and the key files hold it. */
	static Sm2FastVerifier fromPem(String pem) {
		try (PEMParser parser = new PEMParser(new StringReader(pem))) {
			SubjectPublicKeyInfo info = (SubjectPublicKeyInfo) parser.readObject();
			return new Sm2FastVerifier(DOMAIN.getCurve().decodePoint(info.getPublicKeyData().getOctets()));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/** The key as lightweight-API parameters (one instance, so BouncyCastle's precomputation on Q is reused). */
	ECPublicKeyParameters parameters() {
		return parameters;
	}

	/** Verifies a DER signature (SEQUENCE of r, s) over the message; false for anything malformed. */
	boolean verify(byte[] message, byte[] signature) {
		BigInteger n = DOMAIN.getN();
		BigInteger r;
		BigInteger s;
		try {
			BigInteger[] rs = StandardDSAEncoding.INSTANCE.decode(n, signature);
			r = rs[0];
			s = rs[1];
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
		if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0 || s.compareTo(n) >= 0) {
			return false;
		}
		SM3Digest digest = new SM3Digest();
		digest.update(z, 0, z.length);
		digest.update(message, 0, message.length);
		byte[] h = new byte[digest.getDigestSize()];
		digest.doFinal(h, 0);
		BigInteger e = new BigInteger(1, h);
		BigInteger t = r.add(s).mod(n);
		if (t.signum() == 0) {
			return false;
		}
		ECPoint p = sumOfCombs(DOMAIN.getG(), s, q, t).normalize();
		if (p.isInfinity()) {
			return false;
		}
		return r.equals(e.add(p.getAffineXCoord().toBigInteger()).mod(n));
	}

	/**
	 * a·P + b·Q with the fixed-point comb tables of both points (BouncyCastle's {@link FixedPointUtil}, cached on the
	 * points) walked together, so that the doublings are shared: the loop of {@link FixedPointCombMultiplier} with a
	 * second table added in each step, and variable-time table lookups — fine for verification, where the scalars are
	 * public (signing keeps BouncyCastle's constant-time comb).
	 */
	static ECPoint sumOfCombs(ECPoint p, BigInteger a, ECPoint q, BigInteger b) {
		ECCurve c = p.getCurve();
		int size = FixedPointUtil.getCombSize(c);
		if (a.signum() < 0 || b.signum() < 0 || a.bitLength() > size || b.bitLength() > size) {
			throw new IllegalArgumentException("scalar out of range");
		}
		FixedPointPreCompInfo infoP = FixedPointUtil.precompute(p);
		FixedPointPreCompInfo infoQ = FixedPointUtil.precompute(q);
		int width = infoP.getWidth();
		if (infoQ.getWidth() != width) {
			return COMB.multiply(p, a).add(COMB.multiply(q, b));
		}
		ECLookupTable tableP = infoP.getLookupTable();
		ECLookupTable tableQ = infoQ.getLookupTable();
		int d = (size + width - 1) / width;
		int fullComb = d * width;
		int[] ka = Nat.fromBigInteger(fullComb, a);
		int[] kb = Nat.fromBigInteger(fullComb, b);
		int top = fullComb - 1;
		ECPoint r = c.getInfinity();
		for (int i = 0; i < d; ++i) {
			int ia = 0;
			int ib = 0;
			for (int j = top - i; j >= 0; j -= d) {
				ia = (ia << 1) | ((ka[j >>> 5] >>> (j & 0x1F)) & 1);
				ib = (ib << 1) | ((kb[j >>> 5] >>> (j & 0x1F)) & 1);
			}
			r = r.twicePlus(tableP.lookupVar(ia)).add(tableQ.lookupVar(ib));
		}
		return r.add(infoP.getOffset()).add(infoQ.getOffset());
	}

	private static byte[] z(ECPoint q) {
		SM3Digest d = new SM3Digest();
		int bits = USER_ID.length * 8;
		d.update((byte) (bits >> 8));
		d.update((byte) bits);
		d.update(USER_ID, 0, USER_ID.length);
		for (byte[] b : new byte[][] { DOMAIN.getCurve().getA().getEncoded(), DOMAIN.getCurve().getB().getEncoded(),
				DOMAIN.getG().getAffineXCoord().getEncoded(), DOMAIN.getG().getAffineYCoord().getEncoded(),
				q.getAffineXCoord().getEncoded(), q.getAffineYCoord().getEncoded() }) {
			d.update(b, 0, b.length);
		}
		byte[] out = new byte[d.getDigestSize()];
		d.doFinal(out, 0);
		return out;
	}
}
