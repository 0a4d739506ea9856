package cn.qingdan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qingdan.shared.crypto.Sm3;

/** The published draw algorithm: deterministic, stratified, weighted, and recomputable by its written steps. */
class DrawAlgorithmTest {

	static final String SEED = "00112233445566778899aabbccddeeff";

	static DrawAlgorithm.Inputs inputs(int townships, int perTownship) {
		return new DrawAlgorithm.Inputs("610431", townships, perTownship, List.of(
				new DrawAlgorithm.Township("610431102", "武功镇", List.of(new DrawAlgorithm.Village("610431102200", "武塔村", 1, 0),
						new DrawAlgorithm.Village("610431102201", "积山村", 5, 4), new DrawAlgorithm.Village("610431102202", "徐杨村", 1, 0))),
				new DrawAlgorithm.Township("610431101", "苏坊镇", List.of(new DrawAlgorithm.Village("610431101200", "田庄村", 3, 2),
						new DrawAlgorithm.Village("610431101201", "铁陈村", 1, 0), new DrawAlgorithm.Village("610431101202", "代家村", 1, 0),
						new DrawAlgorithm.Village("610431101204", "凹里村", 1, 0)))));
	}

	@Test
	void theCommitmentIsTheSm3OfTheSeed() {
		assertThat(DrawAlgorithm.commitment("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void sameSeedAndInputsGiveTheSameVillagesInCodeOrder() {
		List<DrawAlgorithm.Chosen> a = DrawAlgorithm.run(SEED, inputs(2, 2));
		assertThat(a).isEqualTo(DrawAlgorithm.run(SEED, inputs(2, 2)));
		assertThat(a).extracting(DrawAlgorithm.Chosen::code).containsExactly("610431101", "610431102");
		assertThat(a).allSatisfy(t -> assertThat(t.villages()).hasSize(2));
		assertThat(a.get(0).villages().get(0).code()).isLessThan(a.get(0).villages().get(1).code());
		assertThat(DrawAlgorithm.run("ffeeddccbbaa99887766554433221100", inputs(2, 2))).isNotNull();
	}

	@Test
	void theFirstPickFollowsTheWrittenSteps() {
		// 苏坊镇's villages in code order, weights 3,1,1,1: W = 6, x = u mod 6 picks by the running total
		BigInteger u = new BigInteger(Sm3.hex(SEED + "|610431101|0").substring(0, 16), 16);
		int x = u.mod(BigInteger.valueOf(6)).intValue();
		String expected = x < 3 ? "610431101200" : x < 4 ? "610431101201" : x < 5 ? "610431101202" : "610431101204";
		List<DrawAlgorithm.Village> first = DrawAlgorithm.pick(SEED, "610431101", inputs(2, 1).strata().get(1).villages(), 1,
				DrawAlgorithm.Village::weight);
		assertThat(first).extracting(DrawAlgorithm.Village::code).containsExactly(expected);
	}

	@Test
	void weightsMakeRiskyVillagesLikelierAndFewerTownshipsArePickedWhenAsked() {
		int hits = 0;
		for (int i = 0; i < 400; i++) {
			List<DrawAlgorithm.Chosen> r = DrawAlgorithm.run(String.format("%032x", i), inputs(2, 1));
			if (r.get(1).villages().getFirst().code().equals("610431102201")) {
				hits++;
			}
		}
		// 积山村 weighs 5 of 7: about 286 of 400
		assertThat(hits).isBetween(240, 330);
		assertThat(DrawAlgorithm.run(SEED, inputs(1, 2))).hasSize(1);
		assertThat(DrawAlgorithm.run(SEED, inputs(5, 10))).extracting(t -> t.villages().size()).containsExactly(4, 3);
	}
}
