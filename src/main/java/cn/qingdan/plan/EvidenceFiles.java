package cn.qingdan.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * Evidence attached to progress reports (佐证材料), stored under {@code ${qingdan.data-dir}/plan-evidence} with a random
 * name. Type by extension and first bytes (PDF, JPG/PNG, Word, Excel); at most 10 MB each, 5 per report.
 */
@Component
public class EvidenceFiles {

	static final long MAX_BYTES = 10L * 1024 * 1024;
	static final int MAX_PER_REPORT = 5;

	private record Type(String contentType, byte[] magic) {
	}

	private static final Map<String, Type> TYPES = Map.of(
			"pdf", new Type("application/pdf", new byte[] { '%', 'P', 'D', 'F' }),
			"png", new Type("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }),
			"jpg", new Type("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
			"jpeg", new Type("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
			"docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] { 'P', 'K', 3, 4 }),
			"xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] { 'P', 'K', 3, 4 }));

	/** A file as uploaded. */
	public record Upload(String name, byte[] content) {
	}

	private final JdbcClient jdbc;
	private final Path dir;

	EvidenceFiles(JdbcClient jdbc, @Value("${qingdan.data-dir}") String dataDir) {
		this.jdbc = jdbc;
		this.dir = Path.of(dataDir, "plan-evidence").toAbsolutePath().normalize();
	}

	/** Checks a file before anything is saved; returns the content type. */
	String check(Upload u) {
		if (u.content().length > MAX_BYTES) {
			throw new RuleViolation("files", "佐证材料每个不超过 10MB");
		}
		String name = safeName(u.name());
		String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		Type type = TYPES.get(ext);
		if (type == null) {
			throw new RuleViolation("files", "佐证材料只接受 PDF、Word、Excel 和 JPG/PNG 图片");
		}
		for (int i = 0; i < type.magic().length; i++) {
			if (u.content().length <= i || u.content()[i] != type.magic()[i]) {
				throw new RuleViolation("files", "“" + name + "”的内容与扩展名不符，请上传原始文件");
			}
		}
		return type.contentType();
	}

	void store(long reportId, Upload u, String by, Instant at) {
		String contentType = check(u);
		String stored = UUID.randomUUID().toString().replace("-", "");
		try {
			Files.createDirectories(dir);
			Files.write(dir.resolve(stored), u.content());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("佐证材料保存失败", ex);
		}
		jdbc.sql("""
				insert into plan_evidence (report_id, file_name, content_type, size_bytes, sha256, stored_name, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(reportId, safeName(u.name()), contentType, u.content().length, sha256(u.content()), stored, by, Timestamp.from(at))
			.update();
	}

	/** The file's name, type and bytes. */
	Object[] read(long evidenceId) {
		Object[] row = jdbc.sql("select file_name, content_type, stored_name, report_id from plan_evidence where id = ?").param(evidenceId)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4) })
			.optional().orElseThrow(() -> new NotFound("佐证材料"));
		try {
			return new Object[] { row[0], row[1], Files.readAllBytes(dir.resolve((String) row[2])), row[3] };
		}
		catch (IOException ex) {
			throw new NotFound("佐证材料文件");
		}
	}

	static String safeName(String name) {
		String n = name == null ? "" : name.replace('\\', '/');
		n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
		if (n.isEmpty()) {
			n = "佐证材料";
		}
		return n.length() > 150 ? n.substring(n.length() - 150) : n;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
