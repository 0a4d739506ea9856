package cn.qingdan.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The rules every item must satisfy, whatever way it enters (form, Excel, template). Messages are Chinese. */
final class ItemRules {

	private static final Pattern CODE = Pattern.compile("(ZZ|XZ|FM|ZM|BZ|GM)-\\d{2,4}");

	static final String ASSISTANCE_ONLY = "经费标准、委托协议、年均次数、每次工时仅适用于依法协助政府工作事项（经费标准、委托协议另适用于政府购买服务事项）";

	private ItemRules() {
	}

	public static List<String> check(ItemContent item) {
		List<String> errors = new ArrayList<>();
		if (item.code() == null || item.code().isBlank()) {
			errors.add("缺少编码");
		}
		else if (!CODE.matcher(item.code()).matches()) {
			errors.add("编码“" + item.code() + "”格式不正确，应为清单前缀加序号，如 ZZ-01、XZ-12、FM-03、ZM-05、BZ-17");
		}
		if (item.list() == null) {
			errors.add("缺少清单类别");
		}
		else if (item.code() != null && CODE.matcher(item.code()).matches() && !item.code().startsWith(item.list().prefix() + "-")) {
			errors.add("编码“" + item.code() + "”与清单“" + item.list().label() + "”不符，该清单编码应以 " + item.list().prefix() + "- 开头");
		}
		if (item.name() == null || item.name().isBlank()) {
			errors.add("缺少事项名称");
		}
		else if (item.name().length() > 300) {
			errors.add("事项名称不超过 300 字");
		}
		if (item.category() != null && item.category().length() > 100) {
			errors.add("类别不超过 100 字");
		}
		if (!cn.qingdan.shared.Inputs.saneDate(item.validFrom()) || !cn.qingdan.shared.Inputs.saneDate(item.validTo())) {
			errors.add("生效、失效" + cn.qingdan.shared.Inputs.DATE_RANGE);
		}
		if (item.validFrom() != null && item.validTo() != null && item.validTo().isBefore(item.validFrom())) {
			errors.add("失效日期不能早于生效日期");
		}
		if (item.list() != ListType.ASSISTANCE && item.list() != ListType.SERVICE_PURCHASE
				&& (item.fundingPerVillageYear() != null || item.agreementRequired() != null
						|| item.occurrencesPerYear() != null || item.hoursPerOccurrence() != null)) {
			errors.add(ASSISTANCE_ONLY);
		}
		if (item.list() == ListType.SERVICE_PURCHASE && (item.occurrencesPerYear() != null || item.hoursPerOccurrence() != null)) {
			errors.add("年均次数、每次工时仅适用于依法协助政府工作事项");
		}
		errors.addAll(ServiceItemRules.check(item));
		if (item.list() != ListType.CERTIFICATE_RETAINED && (item.guide() != null || item.materials() != null
				|| item.templateText() != null || item.timeLimitDays() != null)) {
			errors.add("办事指南、所需材料、证明样式、办理时限仅适用于依法出具证明事项");
		}
		if (item.list() != ListType.CERTIFICATE_NOT_ISSUABLE && (item.verifier() != null || item.alternative() != null)) {
			errors.add("核验单位、替代方式仅适用于不应出具证明事项");
		}
		if (item.list() == ListType.CERTIFICATE_NOT_ISSUABLE && item.verifier() == null && item.alternative() == null) {
			errors.add("不应出具证明事项须写明核验单位或替代方式（如告知承诺）");
		}
		errors.addAll(PatternRules.check(item));
		if (item.sourceUrl() != null && !item.sourceUrl().isBlank() && !ItemContent.isWebAddress(item.sourceUrl())) {
			errors.add("“" + ItemColumn.SOURCE_URL.header() + "”只能填写以 http:// 或 https:// 开头的网址");
		}
		if (item.timeLimitDays() != null && item.timeLimitDays() > 60) {
			errors.add("办理时限不超过 60 个工作日");
		}
		return errors;
	}
}
