package cn.qingdan.shared;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qingdan.shared.crypto.PersonalDataCipher;
import cn.qingdan.shared.crypto.Sm3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataTest {

	@TempDir
	Path dir;

	@Test
	void sm3MatchesTheStandardTestVector() {
		// GB/T 32905-2016, example 1: "abc"
		assertThat(Sm3.hex("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void encryptsWithFreshNoncesAndDecrypts() {
		PersonalDataCipher cipher = new PersonalDataCipher(dir.resolve("k.key").toString());
		byte[] a = cipher.encrypt("13891041201");
		byte[] b = cipher.encrypt("13891041201");
		assertThat(a).isNotEqualTo(b);
		assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("13891041201");
		assertThat(cipher.decrypt(a)).isEqualTo("13891041201");
	}

	@Test
	void tamperedCiphertextIsRefused() {
		PersonalDataCipher cipher = new PersonalDataCipher(dir.resolve("k.key").toString());
		byte[] sealed = cipher.encrypt("610431199001011234");
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void blindIndexIsStableAndKeyed() throws Exception {
		PersonalDataCipher one = new PersonalDataCipher(dir.resolve("a.key").toString());
		PersonalDataCipher again = new PersonalDataCipher(dir.resolve("a.key").toString());
		PersonalDataCipher other = new PersonalDataCipher(dir.resolve("b.key").toString());
		assertThat(one.blindIndex("138 9104 1201")).isEqualTo(again.blindIndex("13891041201"));
		assertThat(one.blindIndex("13891041201")).isNotEqualTo(other.blindIndex("13891041201"));
		assertThat(Files.readString(dir.resolve("a.key")).strip()).hasSize(96);
	}

	@Test
	void masksPersonalData() {
		assertThat(Masking.phone("13891041201")).isEqualTo("138****1201");
		assertThat(Masking.idNumber("320102199001011234")).isEqualTo("320***********1234");
		assertThat(Masking.name("张三")).isEqualTo("张*");
		assertThat(Masking.name("张小三")).isEqualTo("张*三");
	}
}
