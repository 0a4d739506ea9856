package cn.qingdan.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the fifth list, 政府购买服务（费随事转）事项清单: a service field of seed 000, a standard price and its
 * basis, who may undertake it and, for social organisations, the lowest evaluation grade (seed 004 task 7(1): the
 * evaluation result is a condition of the purchase). The purchase terms are refused on the other lists.
 */
final class ServiceItemRules {

	private ServiceItemRules() {
	}

	static List<String> check(ItemContent item) {
		List<String> errors = new ArrayList<>();
		boolean purchase = item.list() == ListType.SERVICE_PURCHASE;
		if (!purchase) {
			if (item.priceBasis() != null || !item.eligibleSuppliers().isEmpty() || item.minimumRating() != null) {
				errors.add("价格或经费依据、可承接主体、社会组织最低评估等级仅适用于政府购买服务事项");
			}
			return errors;
		}
		if (item.category() == null || !ItemContent.SERVICE_FIELDS.contains(item.category())) {
			errors.add("政府购买服务事项的“类别”应为服务领域之一：" + String.join("、", ItemContent.SERVICE_FIELDS));
		}
		if (item.fundingPerVillageYear() == null && (item.priceBasis() == null || item.priceBasis().isBlank())) {
			errors.add("政府购买服务事项须写明经费标准或价格、经费依据");
		}
		if (item.priceBasis() != null && item.priceBasis().length() > 500) {
			errors.add("价格或经费依据不超过 500 字");
		}
		if (item.eligibleSuppliers().isEmpty()) {
			errors.add("请写明可承接主体：" + String.join("、", ItemContent.SUPPLIER_KINDS));
		}
		for (String kind : item.eligibleSuppliers()) {
			if (!ItemContent.SUPPLIER_KINDS.contains(kind)) {
				errors.add("可承接主体“" + kind + "”无法识别，应为：" + String.join("、", ItemContent.SUPPLIER_KINDS));
			}
		}
		if (item.minimumRating() != null && !ItemContent.RATINGS.contains(item.minimumRating())) {
			errors.add("社会组织最低评估等级应为 3A、4A 或 5A");
		}
		return errors;
	}
}
