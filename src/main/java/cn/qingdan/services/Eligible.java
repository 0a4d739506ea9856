package cn.qingdan.services;

import java.time.LocalDate;

/** The supplier's standing in words, for pages. */
public final class Eligible {

	private Eligible() {
	}

	public static String text(Supplier s, LocalDate on) {
		if (s.kind() == Supplier.Kind.VILLAGE) {
			return "村（社区）组织，承接本村（社区）服务";
		}
		if (s.rating() == null) {
			return "尚未取得评估等级";
		}
		return "评估等级 " + s.rating() + "（" + s.ratedOn() + " 评定，有效至 " + s.ratingValidTo() + "）"
				+ (s.ratingValidOn(on) ? "" : "，签订时已不在有效期内");
	}
}
