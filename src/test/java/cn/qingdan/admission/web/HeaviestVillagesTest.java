package cn.qingdan.admission.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qingdan.admission.Burden;

import static org.assertj.core.api.Assertions.assertThat;

class HeaviestVillagesTest {

	private static Burden.Total village(int i, String hours) {
		return new Burden.Total("村" + i, i, new BigDecimal(hours), 3);
	}

	@Test
	void villagesThatAllCarryTheSameHoursAreSaidInOneLine() {
		List<Burden.Total> all = new ArrayList<>();
		for (int i = 1; i <= 192; i++) {
			all.add(village(i, "52.0"));
		}
		HeaviestVillages h = HeaviestVillages.of(all);
		assertThat(h.allEqual()).isTrue();
		assertThat(h.top()).isEmpty();
		assertThat(h.count()).isEqualTo(192);
		assertThat(h.hours()).isEqualByComparingTo("52");
	}

	@Test
	void theTenHeaviestAreListedAndTiesBeyondThemCounted() {
		List<Burden.Total> all = new ArrayList<>();
		all.add(village(1, "80"));
		for (int i = 2; i <= 14; i++) {
			all.add(village(i, "60"));
		}
		all.add(village(15, "52"));
		HeaviestVillages h = HeaviestVillages.of(all);
		assertThat(h.allEqual()).isFalse();
		assertThat(h.top()).hasSize(10);
		assertThat(h.tiedBeyond()).isEqualTo(4);
	}
}
