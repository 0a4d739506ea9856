package cn.qingdan.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.gcm.BasicGCMMultiplier;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal data (ID and phone numbers) at rest: SM4-GCM (with the table-free GCM multiplier: the sealed values are a
 * few dozen bytes, so building a 4 KB table per operation cost more than it saved) with a random 96-bit nonce ({@code nonce || ciphertext+tag}),
 * and a blind index (HMAC-SM3 over the normalised value) so that records can be found by exact value without
 * decrypting. Both keys live in a key file outside the database ({@code qingdan.crypto.key-file}, default
 * {@code ${qingdan.data-dir}/keys/personal-data.key}); a key is generated on first start for demo use.
 */
@Component
public class PersonalDataCipher {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);
	private static final int NONCE = 12;

	private final SecureRandom random = new SecureRandom();
	private final byte[] encKey;
	private final byte[] macKey;

	public PersonalDataCipher(@Value("${qingdan.crypto.key-file:${qingdan.data-dir}/keys/personal-data.key}") String keyFile) {
		byte[] keys = loadOrCreate(Path.of(keyFile));
		this.encKey = Arrays.copyOfRange(keys, 0, 16);
		this.macKey = Arrays.copyOfRange(keys, 16, 48);
	}

	public byte[] encrypt(String plain) {
		if (plain == null || plain.isEmpty()) {
			return null;
		}
		byte[] nonce = new byte[NONCE];
		random.nextBytes(nonce);
		GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine(), new BasicGCMMultiplier());
		gcm.init(true, new AEADParameters(new KeyParameter(encKey), 128, nonce));
		byte[] in = plain.getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[NONCE + gcm.getOutputSize(in.length)];
		System.arraycopy(nonce, 0, out, 0, NONCE);
		int n = gcm.processBytes(in, 0, in.length, out, NONCE);
		try {
			gcm.doFinal(out, NONCE + n);
		}
		catch (InvalidCipherTextException ex) {
			throw new IllegalStateException(ex);
		}
		return out;
	}

	public String decrypt(byte[] sealed) {
		if (sealed == null || sealed.length == 0) {
			return null;
		}
		GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine(), new BasicGCMMultiplier());
		gcm.init(false, new AEADParameters(new KeyParameter(encKey), 128, Arrays.copyOf(sealed, NONCE)));
		byte[] out = new byte[gcm.getOutputSize(sealed.length - NONCE)];
		int n = gcm.processBytes(sealed, NONCE, sealed.length - NONCE, out, 0);
		try {
			n += gcm.doFinal(out, n);
		}
		catch (InvalidCipherTextException ex) {
			throw new IllegalStateException("个人信息密文校验失败（密钥不符或数据被篡改）", ex);
		}
		return new String(out, 0, n, StandardCharsets.UTF_8);
	}

	/** HMAC-SM3 blind index of a value (whitespace removed, upper-cased), hex. */
	public String blindIndex(String plain) {
		if (plain == null || plain.isBlank()) {
			return null;
		}
		byte[] in = plain.replaceAll("\\s+", "").toUpperCase().getBytes(StandardCharsets.UTF_8);
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(macKey));
		mac.update(in, 0, in.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	private byte[] loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				byte[] keys = HexFormat.of().parseHex(Files.readString(file).strip());
				if (keys.length != 48) {
					throw new IllegalStateException("个人信息密钥文件格式错误：" + file);
				}
				return keys;
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			byte[] keys = new byte[48];
			random.nextBytes(keys);
			Files.writeString(file, HexFormat.of().formatHex(keys));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ignored) {
			}
			log.warn("已生成新的个人信息加密密钥 {}（仅供演示；生产环境请通过 qingdan.crypto.key-file 指定并妥善备份）", file);
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
