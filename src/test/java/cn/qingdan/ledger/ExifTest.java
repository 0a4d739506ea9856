package cn.qingdan.ledger;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A photo's EXIF time and place are read (and the file is kept as uploaded); malformed EXIF reads as none. */
class ExifTest {

	/** A JPEG with an APP1 Exif block: IFD0 with DateTime and a GPS IFD (N 34°15'36", E 108°12'0"). */
	static byte[] jpegWithExif() throws Exception {
		ByteBuffer t = ByteBuffer.allocate(200).order(ByteOrder.BIG_ENDIAN);
		t.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		t.putShort((short) 2);
		t.putShort((short) 0x0132).putShort((short) 2).putInt(20).putInt(38);
		t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(58);
		t.putInt(0);
		t.position(38);
		t.put("2026:11:28 09:30:00\0".getBytes(StandardCharsets.US_ASCII));
		t.position(58);
		t.putShort((short) 4);
		t.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		t.putShort((short) 2).putShort((short) 5).putInt(3).putInt(112);
		t.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] { 'E', 0, 0, 0 });
		t.putShort((short) 4).putShort((short) 5).putInt(3).putInt(136);
		t.position(112);
		t.putInt(34).putInt(1).putInt(15).putInt(1).putInt(36).putInt(1);
		t.putInt(108).putInt(1).putInt(12).putInt(1).putInt(0).putInt(1);
		byte[] tiff = java.util.Arrays.copyOf(t.array(), 160);
		ByteArrayOutputStream img = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", img);
		byte[] plain = img.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		int len = 2 + 6 + tiff.length;
		out.write(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (len >> 8), (byte) len });
		out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.write(tiff);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	@Test
	void timeAndPlaceAreRead() throws Exception {
		Exif.Info info = Exif.read(jpegWithExif());
		assertThat(info.takenAt()).isEqualTo("2026-11-28 09:30:00");
		assertThat(info.latitude()).isEqualTo(34.26);
		assertThat(info.longitude()).isEqualTo(108.2);
	}

	@Test
	void noOrBrokenExifReadsAsNone() throws Exception {
		ByteArrayOutputStream img = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", img);
		assertThat(Exif.read(img.toByteArray())).isEqualTo(Exif.Info.NONE);
		byte[] broken = jpegWithExif();
		for (int i = 16; i < 60; i++) {
			broken[i] = (byte) 0xEE;
		}
		assertThat(Exif.read(broken)).isNotNull();
		assertThat(Photos.type("GIF89a....".getBytes())).isEmpty();
	}
}
