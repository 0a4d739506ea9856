package cn.qingdan.certificate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.Masking;
import cn.qingdan.shared.crypto.PersonalDataCipher;
import cn.qingdan.workflow.numbering.Numbering;

/**
 * Issued certificates: numbering, signing, storage, the printable PDF and verification. The holder's name, ID number
 * and the certificate text are sealed at rest; verification decrypts them, rebuilds the canonical content and checks
 * the SM2 signature on every call.
 */
@Service
class Certificates {

	private static final String COLUMNS = """
			id, request_id, serial, number, county_unit_id, county_code, village_unit_id, village_path, village_code,
			village_name, item_code, title, purpose, holder_name_masked, holder_id_masked, issued_on, issued_at, issued_by,
			key_id, revoked_at, revoked_by, revoke_reason, verification_base""";

	private final JdbcClient jdbc;
	private final PersonalDataCipher cipher;
	private final CertificateKeys keys;
	private final CertificatePdf pdf;
	private final PublicAddress address;
	private final Units units;
	private final Numbering numbering;

	Certificates(JdbcClient jdbc, PersonalDataCipher cipher, CertificateKeys keys, CertificatePdf pdf,
			PublicAddress address, Units units, Numbering numbering) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.keys = keys;
		this.pdf = pdf;
		this.address = address;
		this.units = units;
		this.numbering = numbering;
	}

	public Optional<Certificate> forRequest(long requestId) {
		return jdbc.sql("select " + COLUMNS + " from certificate where request_id = ?").param(requestId)
			.query(Certificates::map).optional();
	}

	/**
	 * Verifies a serial as typed or scanned. Never throws for bad input: an impossible serial is simply not found.
	 */
	public Verification verify(String serialInput) {
		String serial = Serials.parse(serialInput);
		if (serial == null) {
			return Verification.notFound(null);
		}
		return jdbc.sql("select * from certificate where serial = ?")
			.param(serial)
			.query((rs, n) -> check(rs))
			.optional()
			.orElseGet(() -> Verification.notFound(serial));
	}

	private Verification check(ResultSet rs) throws SQLException {
		String serial = rs.getString("serial");
		String name;
		String id;
		String body;
		try {
			name = cipher.decrypt(rs.getBytes("holder_name_cipher"));
			id = cipher.decrypt(rs.getBytes("holder_id_cipher"));
			body = cipher.decrypt(rs.getBytes("body_cipher"));
		}
		catch (RuntimeException ex) { // a sealed field was altered: GCM refuses it
			return new Verification(Verification.Result.INVALID, serial, rs.getString("number"), null, null, null, null,
					null, null, rs.getString("key_id"));
		}
		LocalDate issuedOn = rs.getDate("issued_on").toLocalDate();
		CertificateContent content = new CertificateContent(serial, rs.getString("number"), rs.getString("county_code"),
				rs.getString("village_code"), rs.getString("village_name"), rs.getString("item_code"),
				rs.getString("title"), rs.getString("purpose"), name, id, issuedOn, body);
		boolean signed = keys.verify(rs.getString("county_code"), rs.getString("key_id"), content.canonical(),
				rs.getBytes("signature"));
		Timestamp revokedAt = rs.getTimestamp("revoked_at");
		Verification.Result result = !signed ? Verification.Result.INVALID
				: revokedAt != null ? Verification.Result.REVOKED : Verification.Result.VALID;
		if (!signed) {
			return new Verification(result, serial, rs.getString("number"), null, null, null, null, null, null,
					rs.getString("key_id"));
		}
		return new Verification(result, serial, rs.getString("number"), rs.getString("village_name"),
				rs.getString("title"), issuedOn, Masking.name(name), Masking.idNumber(id),
				revokedAt == null ? null : revokedAt.toInstant(), rs.getString("key_id"));
	}

	/** Whether the county has issued any certificate (and so has a signing key). */
	public boolean anyIssuedIn(String countyCode) {
		return jdbc.sql("select exists (select 1 from certificate where county_code = ?)").param(countyCode)
			.query(Boolean.class).single();
	}

	/**
	 * The printable PDF of a certificate (the full text, for the holder), pointing to the public address it was issued
	 * with (see {@link PublicAddress}).
	 */
	public byte[] pdf(Certificate c) {
		byte[] sealed = jdbc.sql("select body_cipher from certificate where id = ?").param(c.id()).query(byte[].class).single();
		Unit county = units.unit(c.countyUnitId()).orElseThrow();
		String url = PublicAddress.verificationUrl(address.forPrint(c.verificationBase()), c.serial());
		return pdf.render(new CertificateDocument(c.title(), c.number(), c.villageName(), county.name(),
				cipher.decrypt(sealed), c.issuedOn(), c.serial(), url));
	}

	// --------------------------------------------------------------- writes (used by CertificateDesk)

	/** The fields of a certificate to issue. */
	record Issue(long requestId, long countyUnitId, Unit village, String itemCode, String title, String purpose,
			String holderName, String holderId, String body, LocalDate issuedOn, Instant issuedAt, String issuedBy,
			String verificationBase) {

		@Override
		public String toString() {
			return "Issue[request=" + requestId + ", item=" + itemCode + "]";
		}
	}

	Certificate issue(Issue in) {
		String countyCode = units.unit(in.countyUnitId()).orElseThrow().regionCode().substring(0, 6);
		String number = nextNumber(in.village(), in.issuedOn().getYear());
		String serial = Serials.next();
		CertificateContent content = new CertificateContent(serial, number, countyCode, in.village().regionCode(),
				in.village().name(), in.itemCode(), in.title(), in.purpose(), in.holderName(), in.holderId(),
				in.issuedOn(), in.body());
		CertificateKeys.Signed signed = keys.sign(countyCode, content.canonical());
		jdbc.sql("""
				insert into certificate (request_id, serial, number, county_unit_id, county_code, village_unit_id,
				  village_path, village_code, village_name, item_code, title, purpose, holder_name_cipher,
				  holder_name_masked, holder_id_cipher, holder_id_masked, body_cipher, issued_on, issued_at, issued_by,
				  key_id, signature, verification_base)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(in.requestId(), serial, number, in.countyUnitId(), countyCode, in.village().id(),
					in.village().path(), in.village().regionCode(), in.village().name(), in.itemCode(), in.title(),
					in.purpose(), cipher.encrypt(in.holderName()), Masking.name(in.holderName()),
					cipher.encrypt(in.holderId()), Masking.idNumber(in.holderId()), cipher.encrypt(in.body()),
					Date.valueOf(in.issuedOn()), Timestamp.from(in.issuedAt()), in.issuedBy(), signed.keyId(),
					signed.signature(), in.verificationBase())
			.update();
		return forRequest(in.requestId()).orElseThrow();
	}

	void revoke(long certificateId, String by, String reason, Instant at) {
		jdbc.sql("update certificate set revoked_at = ?, revoked_by = ?, revoke_reason = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(at), by, reason, certificateId)
			.update();
	}

	/** 田庄村证〔2026〕12号: the village's short name, the year and its sequence. */
	private String nextNumber(Unit village, int year) {
		int seq = numbering.next(Numbering.CERTIFICATE, village.id(), year);
		return shortName(village.name()) + "证〔" + year + "〕" + seq + "号";
	}

	static String shortName(String name) {
		for (String[] s : new String[][] { { "村民委员会", "村" }, { "村委会", "村" }, { "社区居民委员会", "社区" },
				{ "社区居委会", "社区" }, { "居民委员会", "社区" }, { "居委会", "社区" } }) {
			if (name.endsWith(s[0]) && name.length() > s[0].length()) {
				return name.substring(0, name.length() - s[0].length()) + s[1];
			}
		}
		return name;
	}

	static Certificate map(ResultSet rs, int n) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new Certificate(rs.getLong("id"), rs.getLong("request_id"), rs.getString("serial"),
				rs.getString("number"), rs.getLong("county_unit_id"), rs.getString("county_code"),
				rs.getLong("village_unit_id"), rs.getString("village_path"), rs.getString("village_code"),
				rs.getString("village_name"), rs.getString("item_code"), rs.getString("title"), rs.getString("purpose"),
				rs.getString("holder_name_masked"), rs.getString("holder_id_masked"),
				rs.getDate("issued_on").toLocalDate(), rs.getTimestamp("issued_at").toInstant(),
				rs.getString("issued_by"), rs.getString("key_id"), revoked == null ? null : revoked.toInstant(),
				rs.getString("revoked_by"), rs.getString("revoke_reason"), rs.getString("verification_base"));
	}
}
