package cn.qingdan.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.crypto.SecretFiles;

/**
 * The audit chain's anchors outside the database: an append-only file of checkpoints, each the chain's head (seq and
 * hash) at a moment, authenticated with HMAC-SM3 under a key kept beside it in the data directory (owner-only). Each
 * line's MAC also covers the previous line's MAC, so lines cannot be removed or reordered unnoticed. Someone who can
 * rewrite the database — delete the newest records, or edit one and recompute every hash after it — cannot make the
 * chain agree with a checkpoint written before: {@link AuditChain#verify()} reports it.
 *
 * <p>Line format: {@code v1 seq=<n> hash=<64 hex> at=<ISO instant> mac=<64 hex>}, MAC over
 * {@code v1|seq|hash|at|previous mac} (64 zeros for the first line). A partition of the log that is full is anchored
 * by its range and last record: {@code v2 seq=<last> hash=<64 hex> at=<ISO instant> range=<first>-<last> mac=<64 hex>},
 * MAC over {@code v2|seq|hash|at|first|previous mac} ({@link AuditPartitions}).
 */
@Component
class AuditCheckpoints {

	/** What the file holds: the valid checkpoints, and the first line that failed its MAC (0 when none). */
	record Anchors(List<AuditCheckpoint> checkpoints, int firstBadLine) {

		/** The checkpoint of the furthest seq (a partition's boundary may be written after a later head). */
		Optional<AuditCheckpoint> last() {
			AuditCheckpoint furthest = null;
			for (AuditCheckpoint c : checkpoints) {
				if (furthest == null || c.seq() >= furthest.seq()) {
					furthest = c;
				}
			}
			return Optional.ofNullable(furthest);
		}

		/** The boundary anchored for the partition starting at {@code from}. */
		Optional<AuditCheckpoint> boundary(long from) {
			return checkpoints.stream().filter(c -> c.rangeFrom() == from).findFirst();
		}

		/** Any checkpoint anchoring exactly this seq. */
		Optional<AuditCheckpoint> at(long seq) {
			return checkpoints.stream().filter(c -> c.seq() == seq).findFirst();
		}
	}

	private static final String ZERO_MAC = "0".repeat(64);
	private static final Pattern LINE = Pattern.compile(
			"(v1|v2) seq=(\\d{1,18}) hash=([0-9a-f]{64}) at=(\\S+)(?: range=(\\d{1,18})-\\2)? mac=([0-9a-f]{64})");
	/** Writers in one JVM (several test contexts may share a data directory) take turns per file. */
	private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

	private final Path file;
	private final Path keyFile;
	private final Clock clock;
	private volatile byte[] key;

	AuditCheckpoints(@Value("${qingdan.audit.checkpoint-file:${qingdan.data-dir}/audit/checkpoints.log}") Path file,
			@Value("${qingdan.audit.checkpoint-key:${qingdan.data-dir}/keys/audit-checkpoint.key}") Path keyFile,
			Clock clock) {
		this.file = file.toAbsolutePath().normalize();
		this.keyFile = keyFile.toAbsolutePath().normalize();
		this.clock = clock;
	}

	Path file() {
		return file;
	}

	/**
	 * Appends a checkpoint of the head {@code (seq, hash)} unless the newest one already anchors this seq or a later
	 * one; returns whether a line was written. Forced to disk before returning.
	 */
	boolean write(long seq, String hash) {
		synchronized (LOCKS.computeIfAbsent(file, f -> new Object())) {
			Anchors anchors = read();
			Optional<AuditCheckpoint> last = anchors.last();
			if (last.isPresent() && last.get().seq() >= seq) {
				return false;
			}
			append("v1 seq=" + seq + " hash=" + hash + " at=", seq, hash, 0);
			return true;
		}
	}

	/**
	 * Appends the boundary of a full partition {@code from .. last} (its last record's hash) unless it is already
	 * anchored; returns whether a line was written.
	 */
	boolean writeBoundary(long from, long last, String hash) {
		synchronized (LOCKS.computeIfAbsent(file, f -> new Object())) {
			if (read().boundary(from).isPresent()) {
				return false;
			}
			append("v2 seq=" + last + " hash=" + hash + " at=", last, hash, from);
			return true;
		}
	}

	/** Writes one line (its MAC chained to the previous line's) and forces it to disk. Under the file's lock. */
	private void append(String head, long seq, String hash, long rangeFrom) {
		String previousMac = lastMac();
		Instant at = clock.instant();
		String mac = rangeFrom > 0 ? mac("v2", seq, hash, at + "|" + rangeFrom, previousMac)
				: mac("v1", seq, hash, at.toString(), previousMac);
		String line = head + at + (rangeFrom > 0 ? " range=" + rangeFrom + "-" + seq : "") + " mac=" + mac + "\n";
		try {
			Files.createDirectories(file.getParent());
			try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
					StandardOpenOption.WRITE)) {
				out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
				out.force(true);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法写入审计校验点文件 " + file, ex);
		}
	}

	/** Reads and authenticates every line. */
	Anchors read() {
		List<String> lines;
		try {
			lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.US_ASCII) : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取审计校验点文件 " + file, ex);
		}
		List<AuditCheckpoint> checkpoints = new ArrayList<>();
		String previousMac = ZERO_MAC;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			Matcher m = LINE.matcher(lines.get(i).strip());
			Instant at;
			try {
				at = m.matches() ? Instant.parse(m.group(4)) : null;
			}
			catch (DateTimeParseException ex) {
				at = null;
			}
			boolean v2 = at != null && m.group(1).equals("v2");
			if (at == null || v2 != (m.group(5) != null)
					|| !mac(m.group(1), Long.parseLong(m.group(2)), m.group(3), v2 ? m.group(4) + "|" + m.group(5) : m.group(4),
							previousMac).equals(m.group(6))) {
				return new Anchors(List.copyOf(checkpoints), i + 1);
			}
			checkpoints.add(new AuditCheckpoint(Long.parseLong(m.group(2)), m.group(3), at, i + 1,
					v2 ? Long.parseLong(m.group(5)) : 0));
			previousMac = m.group(6);
		}
		return new Anchors(List.copyOf(checkpoints), 0);
	}

	private String lastMac() {
		try {
			if (!Files.exists(file)) {
				return ZERO_MAC;
			}
			List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
			for (int i = lines.size() - 1; i >= 0; i--) {
				Matcher m = LINE.matcher(lines.get(i).strip());
				if (m.matches()) {
					return m.group(6);
				}
			}
			return ZERO_MAC;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code at} carries, for a boundary, the range's first seq too ({@code at|first}). */
	private String mac(String version, long seq, String hash, String at, String previousMac) {
		byte[] k = key;
		if (k == null) {
			k = HexFormat.of().parseHex(SecretFiles.readOrCreateHex(keyFile, 32));
			key = k;
		}
		HMac hmac = new HMac(new SM3Digest());
		hmac.init(new KeyParameter(k));
		byte[] in = (version + "|" + seq + "|" + hash + "|" + at + "|" + previousMac).getBytes(StandardCharsets.US_ASCII);
		hmac.update(in, 0, in.length);
		byte[] out = new byte[hmac.getMacSize()];
		hmac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}
}
