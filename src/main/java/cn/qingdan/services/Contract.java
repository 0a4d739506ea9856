package cn.qingdan.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase-of-services contract (购买服务合同 / 委托协议) as recorded: buyer, supplier, the list item it cites (as in
 * the catalogue version in force when it was made), term, amount, budget year, and optionally the admission number of
 * the admitted matter it funds (费随事转).
 */
public record Contract(long id, long countyUnitId, String number, String title, long buyerUnitId, String buyerPath,
		long supplierId, Supplier.Kind supplierKind, String itemCode, String itemName, String serviceField,
		int catalogueVersion, String admissionNumber, LocalDate termStart, LocalDate termEnd, BigDecimal amount,
		int budgetYear, LocalDate signedOn, String agreementName, boolean hasAgreement, int version) {

	/** A village served and its part of the amount. */
	public record Village(long villageUnitId, String name, BigDecimal amount) {
	}

	/** A clause with its measurable term; {@code byResidents}: residents take part in its evaluation. */
	public record Clause(long id, int position, String title, String measure, boolean byResidents) {
	}

	/** A payment milestone of the schedule. */
	public record Milestone(long id, int position, String title, LocalDate dueOn, BigDecimal amount) {
	}

	/** A contract with its parts, as its page shows it. */
	public record Detail(Contract contract, String buyerName, Supplier supplier, List<Village> villages,
			List<Clause> clauses, List<Milestone> milestones) {

		public boolean serves(long villageUnitId) {
			return villages.stream().anyMatch(v -> v.villageUnitId() == villageUnitId);
		}
	}
}
