package cn.qingdan.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Secrets kept as small files in the data directory, readable by the service account only ({@code rw-------}, in a
 * {@code rwx------} folder). Created once with a random value; an existing file is read and its permissions are
 * tightened if someone loosened them.
 */
public final class SecretFiles {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
	private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

	private SecretFiles() {
	}

	/** The secret in {@code file} (trimmed), creating it with {@code bytes} random bytes as hex when missing. */
	public static String readOrCreateHex(Path file, int bytes) {
		try {
			if (Files.exists(file)) {
				ownerOnly(file, OWNER_FILE);
				String value = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (value.isEmpty()) {
					throw new IllegalStateException("密钥文件为空：" + file);
				}
				return value;
			}
			Path dir = file.toAbsolutePath().getParent();
			Files.createDirectories(dir);
			ownerOnly(dir, OWNER_DIR);
			byte[] random = new byte[bytes];
			RANDOM.nextBytes(random);
			String value = HexFormat.of().formatHex(random);
			Path temp = Files.createTempFile(dir, ".secret", ".tmp");
			ownerOnly(temp, OWNER_FILE);
			Files.writeString(temp, value + "\n", StandardCharsets.UTF_8);
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException raced) {
				Files.deleteIfExists(temp);
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			return value;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取或生成密钥文件 " + file, ex);
		}
	}

	/** Whether the file exists and only its owner may read it (always true where POSIX permissions do not exist). */
	public static boolean isOwnerOnly(Path file) throws IOException {
		try {
			Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
			return p.stream().noneMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"));
		}
		catch (UnsupportedOperationException notPosix) {
			return true;
		}
	}

	private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
		try {
			if (!Files.getPosixFilePermissions(path).equals(permissions)) {
				Files.setPosixFilePermissions(path, permissions);
			}
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the data directory's ACL applies
		}
	}
}
