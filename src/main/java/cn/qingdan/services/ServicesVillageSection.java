package cn.qingdan.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.publicpage.VillagePublicSections;
import cn.qingdan.shared.publicpage.VillageSection;

/** The village's public page: the purchased services it receives (item, supplier, its part of the amount, term). */
@Component
class ServicesVillageSection implements VillagePublicSections {

	private final JdbcClient jdbc;

	ServicesVillageSection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One service the village receives. */
	record Line(String item, String supplier, BigDecimal amount, LocalDate termStart, LocalDate termEnd, int budgetYear) {
	}

	@Override
	public Optional<VillageSection> sectionFor(long villageUnitId, String villageCode) {
		List<Line> lines = jdbc.sql("""
				select c.item_name, s.name, v.amount, c.term_start, c.term_end, c.budget_year
				from service_contract_village v join service_contract c on c.id = v.contract_id
				join service_supplier s on s.id = c.supplier_id
				where v.village_unit_id = ? order by c.budget_year desc, c.term_start desc, c.id limit 50""")
			.param(villageUnitId)
			.query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getObject(4, LocalDate.class),
					rs.getObject(5, LocalDate.class), rs.getInt(6)))
			.list();
		return lines.isEmpty() ? Optional.empty()
				: Optional.of(new VillageSection(85, "政府购买服务", "services/village-section", "purchases", Map.of("lines", lines)));
	}
}
