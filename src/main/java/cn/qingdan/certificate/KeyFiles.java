package cn.qingdan.certificate;

import static cn.qingdan.certificate.Sm2Keys.BC;
import static cn.qingdan.certificate.Sm2Keys.SM2_CURVE;
import static cn.qingdan.certificate.Sm2Keys.canonical;
import static cn.qingdan.certificate.Sm2Keys.keyId;
import static cn.qingdan.certificate.Sm2Keys.pem;
import static cn.qingdan.certificate.Sm2Keys.publicKeyOf;
import static cn.qingdan.certificate.Sm2Keys.readPrivateKey;
import static cn.qingdan.certificate.Sm2Keys.readPublicKey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * The key directory of {@link CertificateKeys}: reads a county's private key and every public key kept for it,
 * derives and writes a missing public key file, and generates a first key pair (owner-only, written through a
 * temporary file so that no reader sees half a key and no existing key is overwritten).
 */
final class KeyFiles {

	private static final Logger log = LoggerFactory.getLogger(CertificateKeys.class);

	/** The county's signing key: private key, its id and its public key as PEM. */
	record Current(String keyId, PrivateKey privateKey, String publicKeyPem) {
	}

	/** What the key directory holds for one county: the current key (null when there is none) and every public key. */
	record CountyKeys(Current current, Map<String, PublicKey> publicKeys) {
	}

	private final Path dir;
	private final SecureRandom random;

	KeyFiles(Path dir, SecureRandom random) {
		this.dir = dir;
		this.random = random;
	}

	private Path privateKeyFile(String county) {
		return dir.resolve(county + ".sm2.key.pem");
	}

	private Path publicKeyFile(String county, String keyId) {
		return dir.resolve(county + "-" + keyId + ".pub.pem");
	}

	/** Reads the county's private key (if any) and every public key file; generates nothing. */
	CountyKeys load(String county) {
		Map<String, PublicKey> publicKeys = new HashMap<>();
		if (Files.isDirectory(dir)) {
			Pattern name = Pattern.compile(Pattern.quote(county) + "-([0-9a-f]{16})\\.pub\\.pem");
			try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, county + "-*.pub.pem")) {
				for (Path file : files) {
					Matcher m = name.matcher(file.getFileName().toString());
					if (!m.matches()) {
						continue;
					}
					PublicKey key = readPublicKey(file);
					String keyId = keyId(key);
					if (!keyId.equals(m.group(1))) {
						log.warn("证明验签公钥文件 {} 的文件名与密钥标识 {} 不符，按实际密钥标识加载", file, keyId);
					}
					publicKeys.put(keyId, key);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("读取证明签名密钥目录失败：" + dir, ex);
			}
		}
		Path privateFile = privateKeyFile(county);
		Current current = null;
		if (Files.exists(privateFile)) {
			PrivateKey privateKey = readPrivateKey(privateFile);
			PublicKey publicKey = publicKeyOf(privateKey);
			String keyId = keyId(publicKey);
			String pem = pem("PUBLIC KEY", publicKey.getEncoded());
			if (!publicKeys.containsKey(keyId)) {
				Path file = publicKeyFile(county, keyId);
				try {
					writeNew(file, pem, false);
					log.info("已由证明签名私钥 {} 导出公钥 {}（密钥轮换后仍用于验签，请勿删除）", privateFile, file);
				}
				catch (IOException ex) {
					log.warn("无法写入证明签名公钥 {}：{}；更换私钥后，由该密钥签发的证明将无法验签，请手工保存此公钥", file, ex.toString());
				}
				publicKeys.put(keyId, publicKey);
			}
			current = new Current(keyId, privateKey, pem);
		}
		return new CountyKeys(current, Map.copyOf(publicKeys));
	}

	/** Generates the county's first (or next) key pair; if another process wrote one meanwhile, loads that instead. */
	CountyKeys generate(String county, CountyKeys known) {
		KeyPair pair;
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
			generator.initialize(SM2_CURVE, random);
			pair = generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("生成 SM2 密钥失败", ex);
		}
		PublicKey publicKey = canonical(pair.getPublic());
		String keyId = keyId(publicKey);
		String publicPem = pem("PUBLIC KEY", publicKey.getEncoded());
		Path privateFile = privateKeyFile(county);
		try {
			Files.createDirectories(dir);
			writeNew(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
		}
		catch (FileAlreadyExistsException ex) {
			return load(county);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("写入证明签名私钥失败：" + privateFile, ex);
		}
		try {
			writeNew(publicKeyFile(county, keyId), publicPem, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("写入证明签名公钥失败：" + publicKeyFile(county, keyId), ex);
		}
		log.warn("已为县级代码 {} 生成新的证明签名密钥 {}（SM2，密钥标识 {}），仅供演示；生产环境请通过 qingdan.certificates.key-dir "
				+ "提供本县自己的签名私钥并妥善备份", county, privateFile, keyId);
		Map<String, PublicKey> publicKeys = new HashMap<>(known.publicKeys());
		publicKeys.put(keyId, publicKey);
		return new CountyKeys(new Current(keyId, pair.getPrivate(), publicPem), Map.copyOf(publicKeys));
	}

	/**
	 * Writes a file that must not exist yet: into a temporary file first (owner-only from its creation when secret),
	 * then moved into place, so that no reader sees half a key and no existing key is overwritten.
	 */
	private void writeNew(Path file, String content, boolean secret) throws IOException {
		if (Files.exists(file)) {
			throw new FileAlreadyExistsException(file.toString());
		}
		Path parent = file.toAbsolutePath().getParent();
		Path temp;
		try {
			FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
			temp = Files.createTempFile(parent, ".tmp-", ".pem", ownerOnly);
		}
		catch (UnsupportedOperationException ex) {
			temp = Files.createTempFile(parent, ".tmp-", ".pem");
		}
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				out.write(content.getBytes(StandardCharsets.US_ASCII));
			}
			if (!secret) {
				try {
					Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
				}
				catch (UnsupportedOperationException ignored) {
				}
			}
			Files.move(temp, file);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}
}
