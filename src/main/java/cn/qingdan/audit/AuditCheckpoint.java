package cn.qingdan.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The audit chain's head as anchored outside the database (see {@link AuditCheckpoints}).
 *
 * @param seq the newest record's sequence number at that moment
 * @param hash its hash
 * @param at when the checkpoint was written
 * @param line its line in the checkpoint file (1-based)
 */
public record AuditCheckpoint(long seq, String hash, Instant at, int line) {

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	public String atText() {
		return DISPLAY.format(at);
	}

	public String shortHash() {
		return hash.substring(0, 16);
	}
}
