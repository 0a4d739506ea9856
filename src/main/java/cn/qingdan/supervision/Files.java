package cn.qingdan.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.RuleViolation;

/** Photos of findings and evidence of letters' answers: images and PDFs only, checked by their first bytes. */
@Component
public class Files {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	public static final int MAX_FILES = 6;

	/** An uploaded file as the web layer hands it over. */
	public record Upload(String name, byte[] content) {
	}

	public record Stored(long id, String name, String contentType) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	Files(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The content type from the bytes, or a rule violation for anything that is not a photo or a PDF. */
	static String type(Upload u) {
		byte[] b = u.content();
		if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "image/png";
		}
		if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E') {
			return "image/webp";
		}
		if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
			return "application/pdf";
		}
		throw new RuleViolation("files", "只能上传照片（JPG、PNG、WEBP）或 PDF 文件");
	}

	static void check(List<Upload> uploads) {
		if (uploads.size() > MAX_FILES) {
			throw new RuleViolation("files", "每次最多上传 " + MAX_FILES + " 个文件");
		}
		for (Upload u : uploads) {
			if (u.content().length > MAX_BYTES) {
				throw new RuleViolation("files", "单个文件不超过 5 MB");
			}
			type(u);
		}
	}

	void store(String ownerKind, long ownerId, List<Upload> uploads, String by) {
		check(uploads);
		for (Upload u : uploads) {
			String name = u.name() == null || u.name().isBlank() ? "附件" : u.name().strip();
			jdbc.sql("insert into supervision_file (owner_kind, owner_id, name, content_type, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(ownerKind, ownerId, name.length() > 200 ? name.substring(0, 200) : name, type(u), u.content(), by,
						Timestamp.from(clock.instant()))
				.update();
		}
	}

	public List<Stored> of(String ownerKind, long ownerId) {
		return jdbc.sql("select id, name, content_type from supervision_file where owner_kind = ? and owner_id = ? order by id")
			.params(ownerKind, ownerId).query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
	}

	/** One file's bytes with its owner, for the web layer to check scope before sending it. */
	public record Content(String ownerKind, long ownerId, String name, String contentType, byte[] bytes) {
	}

	public Optional<Content> content(long id) {
		return jdbc.sql("select owner_kind, owner_id, name, content_type, content from supervision_file where id = ?").param(id)
			.query((rs, n) -> new Content(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBytes(5)))
			.optional();
	}
}
