package cn.qingdan.ledger;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.shared.RuleViolation;

/**
 * Board photos: checked by content (a JPEG or PNG by its first bytes and a decodable image, whatever the name says),
 * at most 8 MB and 50 megapixels (read from the header before decoding), stored as uploaded under
 * {@code ${qingdan.data-dir}/ledger-photos} with a random name — so a JPEG's EXIF time and place stay in the file — and
 * read into the record; a 320-pixel JPEG thumbnail is kept in the database for lists.
 */
@Service
class Photos {

	static final long MAX_BYTES = 8L * 1024 * 1024;
	static final long MAX_PIXELS = 50_000_000L;
	static final int THUMB = 320;

	record Photo(long id, String contentType, String storedName, String takenAt, Double latitude, Double longitude) {
	}

	private final JdbcClient jdbc;
	private final Path dir;

	Photos(JdbcClient jdbc, @Value("${qingdan.data-dir}") String dataDir) {
		this.jdbc = jdbc;
		this.dir = Path.of(dataDir, "ledger-photos").toAbsolutePath().normalize();
	}

	/** Checks and stores a photo; the refusal is a {@link RuleViolation} in Chinese. */
	long store(byte[] bytes, String by) {
		if (bytes == null || bytes.length == 0) {
			throw new RuleViolation("photo", "请选择照片文件");
		}
		if (bytes.length > MAX_BYTES) {
			throw new RuleViolation("photo", "照片超过 8MB 上限，请压缩后重新上传");
		}
		String type = type(bytes).orElseThrow(() -> new RuleViolation("photo", "照片须为 JPG 或 PNG 图片（按文件内容识别）"));
		BufferedImage image = decode(bytes);
		Exif.Info exif = type.equals("image/jpeg") ? Exif.read(bytes) : Exif.Info.NONE;
		String stored = UUID.randomUUID() + (type.equals("image/jpeg") ? ".jpg" : ".png");
		try {
			Files.createDirectories(dir);
			Files.write(dir.resolve(stored), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return jdbc.sql("""
				insert into ledger_photo (stored_name, content_type, size_bytes, sha256, width, height, thumbnail, taken_at,
				  latitude, longitude, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(stored, type, bytes.length, sha256(bytes), image.getWidth(), image.getHeight(), thumbnail(image),
					exif.takenAt(), exif.latitude(), exif.longitude(), by)
			.query(Long.class).single();
	}

	Optional<Photo> find(long id) {
		return jdbc.sql("select id, content_type, stored_name, taken_at, latitude, longitude from ledger_photo where id = ?")
			.param(id)
			.query((rs, n) -> new Photo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, Double.class), rs.getObject(6, Double.class)))
			.optional();
	}

	Optional<byte[]> thumbnail(long id) {
		return jdbc.sql("select thumbnail from ledger_photo where id = ?").param(id).query(byte[].class).optional();
	}

	Optional<byte[]> original(Photo p) {
		try {
			return Optional.of(Files.readAllBytes(dir.resolve(p.storedName())));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	static Optional<String> type(byte[] b) {
		if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of("image/jpeg");
		}
		if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	private static BufferedImage decode(byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			var readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new RuleViolation("photo", "照片无法识别，文件可能已损坏");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw new RuleViolation("photo", "照片像素过大（超过 5000 万像素），请缩小后重新上传");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolation rv) {
				throw rv;
			}
			throw new RuleViolation("photo", "照片无法识别，文件可能已损坏");
		}
	}

	static byte[] thumbnail(BufferedImage image) {
		double scale = Math.min(1.0, (double) THUMB / Math.max(image.getWidth(), image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = small.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, w, h);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(small, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
