package cn.qingdan.supervision;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.qingdan.shared.crypto.Sm3;

/**
 * The random draw (随机抽查), exactly as published so anyone can recompute it from the seed and the inputs:
 * <ol>
 * <li>The commitment is {@code SM3(seed)} in lower-case hex, the seed being the published string (32 hex digits)
 * taken as UTF-8.</li>
 * <li>Townships are taken in ascending code order, each village in ascending code order, each with its integer
 * weight (1 + the facts the platform held about it when the draw ran).</li>
 * <li>{@code pick(label, items, n)}: for {@code i = 0 … n-1}: {@code h = SM3(seed + "|" + label + "|" + i)};
 * {@code u} = the first 16 hex digits of {@code h} as an unsigned 64-bit integer; {@code W} = the total weight of
 * the items not yet picked; {@code x = u mod W}; walk the items not yet picked in order, adding their weights, and
 * pick the first whose running total exceeds {@code x}. (Weighted sampling without replacement.)</li>
 * <li>If fewer townships are asked than there are, the townships are picked with {@code pick("T", townships, m)},
 * a township's weight being the sum of its villages' weights; otherwise every township is taken.</li>
 * <li>In every chosen township, {@code pick(townshipCode, villages, min(k, villages))}.</li>
 * <li>The result lists the chosen townships in code order and, in each, the chosen villages in code order.</li>
 * </ol>
 */
public final class DrawAlgorithm {

	private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

	/** A village in the inputs: division code, name, weight (≥ 1), and the facts behind the weight. */
	public record Village(String code, String name, int weight, int facts) {
	}

	/** A township (stratum) with its villages. */
	public record Township(String code, String name, List<Village> villages) {

		int weight() {
			return villages.stream().mapToInt(Village::weight).sum();
		}
	}

	/** Everything the draw ran on: how many townships ({@code townships}) and villages per township to take. */
	public record Inputs(String county, int townships, int perTownship, List<Township> strata) {
	}

	/** The chosen townships and villages. */
	public record Chosen(String code, String name, List<Village> villages) {
	}

	private DrawAlgorithm() {
	}

	public static String commitment(String seed) {
		return Sm3.hex(seed);
	}

	public static List<Chosen> run(String seed, Inputs inputs) {
		List<Township> strata = inputs.strata().stream().sorted(Comparator.comparing(Township::code)).toList();
		List<Township> townships;
		if (inputs.townships() >= strata.size()) {
			townships = strata;
		}
		else {
			townships = pick(seed, "T", strata, inputs.townships(), Township::weight);
		}
		List<Chosen> chosen = new ArrayList<>();
		for (Township t : townships.stream().sorted(Comparator.comparing(Township::code)).toList()) {
			List<Village> villages = t.villages().stream().sorted(Comparator.comparing(Village::code)).toList();
			List<Village> picked = pick(seed, t.code(), villages, Math.min(inputs.perTownship(), villages.size()),
					Village::weight);
			chosen.add(new Chosen(t.code(), t.name(),
					picked.stream().sorted(Comparator.comparing(Village::code)).toList()));
		}
		return chosen;
	}

	static <T> List<T> pick(String seed, String label, List<T> items, int n, java.util.function.ToIntFunction<T> weight) {
		List<T> left = new ArrayList<>(items);
		List<T> picked = new ArrayList<>();
		for (int i = 0; i < n && !left.isEmpty(); i++) {
			long total = left.stream().mapToLong(x -> Math.max(1, weight.applyAsInt(x))).sum();
			long x = unsigned(Sm3.hex(seed + "|" + label + "|" + i)).mod(BigInteger.valueOf(total)).longValueExact();
			long running = 0;
			for (int j = 0; j < left.size(); j++) {
				running += Math.max(1, weight.applyAsInt(left.get(j)));
				if (running > x) {
					picked.add(left.remove(j));
					break;
				}
			}
		}
		return picked;
	}

	static BigInteger unsigned(String hex) {
		return new BigInteger(hex.substring(0, 16), 16).mod(TWO_64);
	}
}
