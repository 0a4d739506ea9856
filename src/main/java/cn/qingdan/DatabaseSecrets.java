package cn.qingdan;

import java.nio.file.Path;

import cn.qingdan.shared.crypto.SecretFiles;

/**
 * The embedded cluster's two passwords, generated at first start (128 random bits each, hex) and kept in
 * {@code ${qingdan.data-dir}/keys/database/} with owner-only permissions: {@code superuser.password} for the
 * superuser {@code postgres} (migrations only) and {@code app.password} for the application's role.
 */
record DatabaseSecrets(String superuserPassword, String appPassword) {

	static DatabaseSecrets in(Path dataDir) {
		Path dir = dataDir.resolve("keys").resolve("database");
		return new DatabaseSecrets(SecretFiles.readOrCreateHex(dir.resolve("superuser.password"), 16),
				SecretFiles.readOrCreateHex(dir.resolve("app.password"), 16));
	}

	@Override
	public String toString() {
		return "DatabaseSecrets[***]";
	}
}
