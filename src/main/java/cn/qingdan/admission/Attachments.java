package cn.qingdan.admission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * Attachments of applications, stored outside the database under {@code ${qingdan.data-dir}/attachments} with a random
 * name (never the uploaded one). Type is checked by extension and by the file's first bytes; size ≤ 10 MB; at most 10
 * per application. Served as downloads with the type we determined, never the client's.
 */
@Service
public class Attachments {

	public static final long MAX_BYTES = 10L * 1024 * 1024;
	static final int MAX_PER_APPLICATION = 10;

	/** Extension → content type and the magic bytes a genuine file starts with. */
	private static final Map<String, Type> TYPES = Map.of(
			"pdf", new Type("application/pdf", new byte[] { '%', 'P', 'D', 'F' }),
			"png", new Type("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }),
			"jpg", new Type("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
			"jpeg", new Type("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
			"docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] { 'P', 'K', 3, 4 }),
			"xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] { 'P', 'K', 3, 4 }),
			"doc", new Type("application/msword", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }),
			"xls", new Type("application/vnd.ms-excel", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }));

	record Type(String contentType, byte[] magic) {
	}

	public record Attachment(long id, long applicationId, String fileName, String contentType, long size, String sha256,
			String storedName, String uploadedBy, Instant uploadedAt) {
	}

	private final JdbcClient jdbc;
	private final Applications applications;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Path dir;

	Attachments(JdbcClient jdbc, Applications applications, ApplicationEventPublisher events, Clock clock,
			@Value("${qingdan.data-dir}") String dataDir) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.events = events;
		this.clock = clock;
		this.dir = Path.of(dataDir, "attachments").toAbsolutePath().normalize();
	}

	public List<Attachment> of(long applicationId) {
		return jdbc.sql("select * from admission_attachment where application_id = ? order by id").param(applicationId)
			.query((rs, n) -> new Attachment(rs.getLong("id"), rs.getLong("application_id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("stored_name"),
					rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	@Transactional
	public long add(QingdanUser actor, long applicationId, String originalName, byte[] content) {
		Application a = applications.require(applicationId, actor);
		ApplicationSteps.check(ApplicationSteps.Step.ATTACH, a.status(), ApplicationSteps.Party.of(actor, a, false));
		if (content == null || content.length == 0) {
			throw new RuleViolation("file", "请选择要上传的文件");
		}
		if (content.length > MAX_BYTES) {
			throw new RuleViolation("file", "附件不超过 10MB");
		}
		if (of(applicationId).size() >= MAX_PER_APPLICATION) {
			throw new RuleViolation("file", "每份申请最多 " + MAX_PER_APPLICATION + " 个附件");
		}
		String name = safeName(originalName);
		String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		Type type = TYPES.get(ext);
		if (type == null) {
			throw new RuleViolation("file", "只接受 PDF、Word、Excel 和 JPG/PNG 图片");
		}
		if (!startsWith(content, type.magic())) {
			throw new RuleViolation("file", "文件内容与扩展名“." + ext + "”不符，请上传原始文件");
		}
		String stored = UUID.randomUUID().toString().replace("-", "");
		try {
			Files.createDirectories(dir);
			Files.write(dir.resolve(stored), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("附件保存失败", ex);
		}
		long id = jdbc.sql("""
				insert into admission_attachment (application_id, file_name, content_type, size_bytes, sha256, stored_name, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(applicationId, name, type.contentType(), content.length, sha256(content), stored, actor.username(),
					Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		events.publishEvent(AuditEvent.success("上传附件", "准入申请", applicationId, name));
		return id;
	}

	/** The attachment and its bytes, for someone who may see the application. */
	public Map.Entry<Attachment, byte[]> read(QingdanUser actor, long applicationId, long attachmentId) {
		applications.require(applicationId, actor);
		Attachment att = of(applicationId).stream().filter(x -> x.id() == attachmentId).findFirst()
			.orElseThrow(() -> new NotFound("附件"));
		try {
			return Map.entry(att, Files.readAllBytes(dir.resolve(att.storedName())));
		}
		catch (IOException ex) {
			throw new NotFound("附件文件");
		}
	}

	@Transactional
	public void remove(QingdanUser actor, long applicationId, long attachmentId) {
		Application a = applications.require(applicationId, actor);
		ApplicationSteps.check(ApplicationSteps.Step.DETACH, a.status(), ApplicationSteps.Party.of(actor, a, false));
		Attachment att = of(applicationId).stream().filter(x -> x.id() == attachmentId).findFirst()
			.orElseThrow(() -> new NotFound("附件"));
		jdbc.sql("delete from admission_attachment where id = ?").param(attachmentId).update();
		try {
			Files.deleteIfExists(dir.resolve(att.storedName()));
		}
		catch (IOException ignored) {
		}
		events.publishEvent(AuditEvent.success("删除附件", "准入申请", applicationId, att.fileName()));
	}

	static String safeName(String name) {
		String n = name == null ? "" : name.replace('\\', '/');
		n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
		if (n.isEmpty()) {
			n = "附件";
		}
		return n.length() > 150 ? n.substring(n.length() - 150) : n;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
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
