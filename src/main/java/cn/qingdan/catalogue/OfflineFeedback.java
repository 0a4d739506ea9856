package cn.qingdan.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;

/**
 * Written feedback a consulted unit sent on paper (a unit with no accounts cannot answer in the system): the office
 * records the unit's opinion on its behalf with the signed document attached, so that no consultation is blocked for
 * good. The opinion passes the same checks as one given in the system ({@code ConsultationRules}), counted on the
 * day the document was received. The document's type is decided from its first bytes (PDF, JPG, PNG, Word), never
 * from the client's claim; at most 10 MB; stored in the database with its SHA-256.
 */
@Service
public class OfflineFeedback {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** A stored document: what the download needs. */
	public record Document(long id, long proposalId, long unitId, String fileName, String contentType, long size) {
	}

	private final JdbcClient jdbc;
	private final ProposalStore proposals;
	private final Consultations consultations;
	private final Clock clock;

	OfflineFeedback(JdbcClient jdbc, ProposalStore proposals, Consultations consultations, Clock clock) {
		this.jdbc = jdbc;
		this.proposals = proposals;
		this.consultations = consultations;
		this.clock = clock;
	}

	/** Records the unit's written opinion, received on {@code receivedOn}, with the document it came in. */
	@Transactional
	public void record(QingdanUser actor, long proposalId, long unitId, String opinion, String text, LocalDate receivedOn,
			String fileName, byte[] content) {
		proposals.require(proposalId, actor, Step.RECORD_OFFLINE);
		Consultation c = consultations.recordOffline(Subject.proposal(proposalId), unitId, actor.username(), opinion, text,
				receivedOn, () -> {
					String type = DocumentType.sniff(fileName, content);
					return jdbc.sql("""
							insert into proposal_attachment (proposal_id, unit_id, file_name, content_type, size_bytes, sha256,
							  content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
						.params(proposalId, unitId, DocumentType.safeName(fileName), type, content.length, sha256(content),
								content, actor.username(), Timestamp.from(clock.instant()))
						.query(Long.class)
						.single();
				});
		String note = c.unitName() + "书面意见（" + receivedOn + " 收到，减负办代为登记，原件附后）：" + opinion
				+ (c.comment() == null ? "" : "：" + c.comment());
		proposals.record(proposalId, actor, "代为登记书面意见", note);
		proposals.audit("代为登记清单调整书面意见", proposalId, c.unitName() + " " + opinion + "，附件 " + DocumentType.safeName(fileName));
	}

	/** A stored document and its bytes, for anyone who may see the proposal. */
	public Map.Entry<Document, byte[]> read(QingdanUser actor, long proposalId, long attachmentId) {
		proposals.require(proposalId, actor);
		return jdbc.sql("select * from proposal_attachment where id = ? and proposal_id = ?")
			.params(attachmentId, proposalId)
			.query((rs, i) -> Map.entry(new Document(rs.getLong("id"), rs.getLong("proposal_id"), rs.getLong("unit_id"),
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes")), rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new NotFound("附件"));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The types a written opinion comes in, decided by the first bytes; the extension must agree. */
	static final class DocumentType {

		private DocumentType() {
		}

		static String sniff(String fileName, byte[] content) {
			if (content == null || content.length == 0) {
				throw new RuleViolation("file", "请上传该单位书面意见的扫描件或文件");
			}
			if (content.length > MAX_BYTES) {
				throw new RuleViolation("file", "附件不超过 10MB");
			}
			String ext = extension(fileName);
			String type;
			Set<String> extensions;
			if (starts(content, '%', 'P', 'D', 'F')) {
				type = "application/pdf";
				extensions = Set.of("pdf");
			}
			else if (starts(content, 0xFF, 0xD8, 0xFF)) {
				type = "image/jpeg";
				extensions = Set.of("jpg", "jpeg");
			}
			else if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
				type = "image/png";
				extensions = Set.of("png");
			}
			else if (starts(content, 'P', 'K', 3, 4) && contains(content, "word/")) {
				type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				extensions = Set.of("docx");
			}
			else if (starts(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
				type = "application/msword";
				extensions = Set.of("doc");
			}
			else {
				throw new RuleViolation("file", "只接受 PDF、Word 文档和 JPG/PNG 图片（按文件内容识别）");
			}
			if (!extensions.contains(ext)) {
				throw new RuleViolation("file", "文件内容与扩展名“." + ext + "”不符，请上传原始文件");
			}
			return type;
		}

		static String safeName(String name) {
			String n = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
			if (n.length() > 150) {
				n = n.substring(n.length() - 150);
			}
			return n.isEmpty() ? "书面意见" : n;
		}

		private static String extension(String name) {
			String n = safeName(name);
			return n.contains(".") ? n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		}

		private static boolean starts(byte[] content, int... magic) {
			if (content.length < magic.length) {
				return false;
			}
			for (int i = 0; i < magic.length; i++) {
				if ((content[i] & 0xFF) != magic[i]) {
					return false;
				}
			}
			return true;
		}

		private static boolean contains(byte[] content, String ascii) {
			byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
			outer:
			for (int i = 0; i <= content.length - needle.length; i++) {
				for (int j = 0; j < needle.length; j++) {
					if (content[i + j] != needle[j]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		}
	}
}
