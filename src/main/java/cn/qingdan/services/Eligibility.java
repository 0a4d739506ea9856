package cn.qingdan.services;

import java.time.LocalDate;
import java.util.List;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.shared.RuleViolation;

/**
 * Whether a supplier may undertake an item of the purchase list on a day: its kind must be one the item names; a
 * social organisation must hold a grade at least the item's lowest, rated no more than five years before (seed 004
 * task 7(1): the evaluation result is a condition of the purchase); a village organisation undertakes for itself.
 */
final class Eligibility {

	private Eligibility() {
	}

	static void require(ItemContent item, Supplier supplier, LocalDate on, List<Long> villagesServed) {
		String reason = refusal(item, supplier, on, villagesServed);
		if (reason != null) {
			throw new RuleViolation("supplierId", reason);
		}
	}

	/** Why the supplier is not eligible, or null when it is. */
	static String refusal(ItemContent item, Supplier supplier, LocalDate on, List<Long> villagesServed) {
		if (!item.eligibleSuppliers().contains(supplier.kind().label())) {
			return "事项“" + item.name() + "”的可承接主体为" + String.join("、", item.eligibleSuppliers()) + "，"
					+ supplier.name() + "（" + supplier.kind().label() + "）不符合条件";
		}
		if (supplier.kind() == Supplier.Kind.SOCIAL_ORG && item.minimumRating() != null) {
			if (supplier.rating() == null) {
				return supplier.name() + "尚未取得社会组织评估等级，该事项要求 " + item.minimumRating() + " 级及以上";
			}
			if (on != null && !supplier.ratingValidOn(on)) {
				return supplier.name() + "的评估等级（" + supplier.ratedOn() + " 评定）在签订日期已超过 " + Supplier.RATING_VALID_YEARS
						+ " 年有效期或尚未评定，请先更新评估结果";
			}
			if (supplier.rating().compareTo(item.minimumRating()) < 0) {
				return supplier.name() + "的评估等级为 " + supplier.rating() + "，该事项要求 " + item.minimumRating() + " 级及以上";
			}
		}
		if (supplier.kind() == Supplier.Kind.VILLAGE
				&& (villagesServed.size() != 1 || !villagesServed.getFirst().equals(supplier.villageUnitId()))) {
			return "村（社区）组织只承接本村（社区）的服务：服务对象应只选" + supplier.name().replace("村民委员会", "村").replace("居民委员会", "社区");
		}
		return null;
	}
}
