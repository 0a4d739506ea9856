package cn.qingdan.services;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;

/**
 * Who sees which contracts: the office (and the finance bureau) the whole county; a buyer its own; a township also
 * those serving its villages; a village those serving it or bought from it. Out-of-scope contracts answer 404.
 */
@Component
public class ServicesScope {

	/** The SQL condition over {@code service_contract c} (parameters :county, :wide, :pattern, :unit). */
	static final String CONDITION = """
			c.county_unit_id = :county and (:wide or c.buyer_path like :pattern
			  or exists (select 1 from service_contract_village v where v.contract_id = c.id and v.village_path like :pattern)
			  or exists (select 1 from service_supplier s where s.id = c.supplier_id and s.village_unit_id = :unit))""";

	private final Set<String> financeUnits;

	ServicesScope(@Value("${qingdan.services.finance-units:县财政局}") Set<String> financeUnits) {
		this.financeUnits = Set.copyOf(financeUnits);
	}

	/** What one actor may see. */
	public record View(long county, boolean wide, String pattern, long unit, String unitType) {

		public boolean village() {
			return "VILLAGE".equals(unitType);
		}

		public boolean buyerUnit() {
			return "DEPARTMENT".equals(unitType) || "TOWNSHIP".equals(unitType);
		}
	}

	public View of(QingdanUser me) {
		boolean finance = "DEPARTMENT".equals(me.unit().type()) && financeUnits.contains(me.unit().name());
		return new View(me.unit().rootId(), me.scope().isWide() || finance, me.scope().likePattern(), me.unitId(),
				me.unit().type());
	}
}
