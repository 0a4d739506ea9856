package cn.qingdan.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The audit chain's head as anchored outside the database (see {@link AuditCheckpoints}), or the end of one partition
 * of the log: its last record, anchored once the partition is full, so that the range can be verified on its own
 * after it is detached and archived.
 *
 * @param seq the newest record's sequence number at that moment (for a partition: its last record)
 * @param hash its hash
 * @param at when the checkpoint was written
 * @param line its line in the checkpoint file (1-based)
 * @param rangeFrom for a partition's boundary, its first seq (the range is {@code rangeFrom .. seq}); 0 for a head
 */
public record AuditCheckpoint(long seq, String hash, Instant at, int line, long rangeFrom) {

	AuditCheckpoint(long seq, String hash, Instant at, int line) {
		this(seq, hash, at, line, 0);
	}

	/** Whether this anchors the end of a partition's range. */
	public boolean boundary() {
		return rangeFrom > 0;
	}

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	public String atText() {
		return DISPLAY.format(at);
	}

	public String shortHash() {
		return hash.substring(0, 16);
	}
}
