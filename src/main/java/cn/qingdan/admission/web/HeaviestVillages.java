package cn.qingdan.admission.web;

import java.math.BigDecimal;
import java.util.List;

import cn.qingdan.admission.Burden;

/**
 * "负担最重的村（社区）" without a list of ties: when every village carries the same hours it says so in one line;
 * otherwise the ten heaviest, noting how many more share the tenth one's hours.
 *
 * @param top the villages to list (empty when all are equal)
 * @param allEqual whether every village with a burden carries the same hours
 * @param count villages with any burden
 * @param hours the common hours when all are equal
 * @param tiedBeyond villages beyond the list with the same hours as its last one
 */
record HeaviestVillages(List<Burden.Total> top, boolean allEqual, int count, BigDecimal hours, int tiedBeyond) {

	static final int SHOWN = 10;

	static HeaviestVillages of(List<Burden.Total> heaviestFirst) {
		if (heaviestFirst.isEmpty()) {
			return new HeaviestVillages(List.of(), false, 0, BigDecimal.ZERO, 0);
		}
		BigDecimal first = heaviestFirst.getFirst().hours();
		BigDecimal last = heaviestFirst.getLast().hours();
		if (heaviestFirst.size() > 1 && first.compareTo(last) == 0) {
			return new HeaviestVillages(List.of(), true, heaviestFirst.size(), first, 0);
		}
		List<Burden.Total> top = heaviestFirst.stream().limit(SHOWN).toList();
		BigDecimal edge = top.getLast().hours();
		int tied = (int) heaviestFirst.stream().skip(SHOWN).filter(v -> v.hours().compareTo(edge) == 0).count();
		return new HeaviestVillages(top, false, heaviestFirst.size(), first, tied);
	}
}
