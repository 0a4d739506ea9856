package cn.qingdan.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an item of a catalogue says, as one immutable value. An item keeps its identity (its code) across
 * versions; each version holds one {@code ItemContent} per item. Fields that belong to one list only are null elsewhere.
 *
 * @param code stable, readable code (ZZ-01, XZ-12, FM-03, ZM-05, BZ-17)
 * @param list the list the item belongs to
 * @param name the item's name
 * @param category grouping within the list (社保民政, 农林, 综合事务 …)
 * @param description what the item covers
 * @param basisDocument the legal basis: document (law, regulation, normative document)
 * @param basisArticle the legal basis: article or section, if any
 * @param departments responsible county departments
 * @param aliases other names a clerk would use for the same matter (for search and screening)
 * @param keywords words that signal the matter in a request (for screening)
 * @param source where the item comes from (published list, with its issuer)
 * @param sourceUrl address of the source, if public
 * @param validFrom first day of validity, or null
 * @param validTo last day of validity, or null (open)
 * @param fundingPerVillageYear ASSISTANCE: 费随事转 standard, yuan per village per year
 * @param agreementRequired ASSISTANCE: whether a 委托协议 is required
 * @param occurrencesPerYear ASSISTANCE: default burden estimate, occurrences per year
 * @param hoursPerOccurrence ASSISTANCE: default burden estimate, hours per occurrence
 * @param guide CERTIFICATE_RETAINED: 办事指南
 * @param materials CERTIFICATE_RETAINED: required materials
 * @param templateText CERTIFICATE_RETAINED: the certificate's template text
 * @param timeLimitDays CERTIFICATE_RETAINED: 0 = 当场办结, otherwise working days
 * @param verifier CERTIFICATE_NOT_ISSUABLE: who verifies instead
 * @param alternative CERTIFICATE_NOT_ISSUABLE: the 告知承诺 or other alternative
 * @param note remarks, e.g. where sources conflict and what this county decided
 * @param patterns PROHIBITED: burden patterns ({@link BurdenPattern}) that identify the item's mechanism in any topic
 * @param examples PROHIBITED: requests each pattern must catch (a pattern that misses them cannot be saved)
 * @param nearMisses PROHIBITED: lawful requests no pattern may catch
 * @param priceBasis SERVICE_PURCHASE: how the standard price is set and where the money comes from (预算安排)
 * @param eligibleSuppliers SERVICE_PURCHASE: who may undertake it ({@link #SUPPLIER_KINDS})
 * @param minimumRating SERVICE_PURCHASE: the lowest evaluation grade a social organisation must hold (3A, 4A, 5A)
 */
public record ItemContent(String code, ListType list, String name, String category, String description,
		String basisDocument, String basisArticle, List<String> departments, List<String> aliases,
		List<String> keywords, String source, String sourceUrl, LocalDate validFrom, LocalDate validTo,
		BigDecimal fundingPerVillageYear, Boolean agreementRequired, Integer occurrencesPerYear,
		BigDecimal hoursPerOccurrence, String guide, String materials, String templateText, Integer timeLimitDays,
		String verifier, String alternative, String note, List<String> patterns, List<String> examples,
		List<String> nearMisses, String priceBasis, List<String> eligibleSuppliers, String minimumRating) {

	/** The service fields of the purchase list (seed 000: 7 fields and the services for the elderly and the disabled). */
	public static final List<String> SERVICE_FIELDS = List.of("教育", "就业", "社会保障", "医疗卫生", "住房保障", "社区矫正",
			"文化体育", "老年人服务", "残疾人服务");

	/** Who may undertake a purchased service (seed 000: social forces or village organisations). */
	public static final List<String> SUPPLIER_KINDS = List.of("社会组织", "村（社区）组织");

	/** Evaluation grades of social organisations that can be required (社会组织评估等级). */
	public static final List<String> RATINGS = List.of("3A", "4A", "5A");

	public ItemContent {
		departments = departments == null ? List.of() : List.copyOf(departments);
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
		patterns = patterns == null ? List.of() : List.copyOf(patterns);
		examples = examples == null ? List.of() : List.copyOf(examples);
		nearMisses = nearMisses == null ? List.of() : List.copyOf(nearMisses);
		eligibleSuppliers = eligibleSuppliers == null ? List.of() : List.copyOf(eligibleSuppliers);
	}

	/** An item of the four lists without burden patterns (no purchase terms). */
	public ItemContent(String code, ListType list, String name, String category, String description,
			String basisDocument, String basisArticle, List<String> departments, List<String> aliases,
			List<String> keywords, String source, String sourceUrl, LocalDate validFrom, LocalDate validTo,
			BigDecimal fundingPerVillageYear, Boolean agreementRequired, Integer occurrencesPerYear,
			BigDecimal hoursPerOccurrence, String guide, String materials, String templateText, Integer timeLimitDays,
			String verifier, String alternative, String note) {
		this(code, list, name, category, description, basisDocument, basisArticle, departments, aliases, keywords,
				source, sourceUrl, validFrom, validTo, fundingPerVillageYear, agreementRequired, occurrencesPerYear,
				hoursPerOccurrence, guide, materials, templateText, timeLimitDays, verifier, alternative, note, null,
				null, null, null, null, null);
	}

	/** An item of the purchase list (政府购买服务) with its terms. */
	public ItemContent(String code, ListType list, String name, String category, String description,
			String basisDocument, String basisArticle, List<String> departments, List<String> aliases,
			List<String> keywords, String source, String sourceUrl, LocalDate validFrom, LocalDate validTo,
			BigDecimal fundingPerVillageYear, Boolean agreementRequired, Integer occurrencesPerYear,
			BigDecimal hoursPerOccurrence, String guide, String materials, String templateText, Integer timeLimitDays,
			String verifier, String alternative, String note, String priceBasis, List<String> eligibleSuppliers,
			String minimumRating) {
		this(code, list, name, category, description, basisDocument, basisArticle, departments, aliases, keywords,
				source, sourceUrl, validFrom, validTo, fundingPerVillageYear, agreementRequired, occurrencesPerYear,
				hoursPerOccurrence, guide, materials, templateText, timeLimitDays, verifier, alternative, note, null,
				null, null, priceBasis, eligibleSuppliers, minimumRating);
	}

	/** The same item with these burden patterns, examples and near misses. */
	public ItemContent withPatterns(List<String> newPatterns, List<String> newExamples, List<String> newNearMisses) {
		return new ItemContent(code, list, name, category, description, basisDocument, basisArticle, departments,
				aliases, keywords, source, sourceUrl, validFrom, validTo, fundingPerVillageYear, agreementRequired,
				occurrencesPerYear, hoursPerOccurrence, guide, materials, templateText, timeLimitDays, verifier,
				alternative, note, newPatterns, newExamples, newNearMisses, priceBasis, eligibleSuppliers, minimumRating);
	}

	/** The legal basis as one line: document and article. */
	public String basis() {
		if (basisDocument == null || basisDocument.isBlank()) {
			return basisArticle == null ? "" : basisArticle;
		}
		return basisArticle == null || basisArticle.isBlank() ? basisDocument : basisDocument + " " + basisArticle;
	}

	/** The same item under another code. */
	public ItemContent withCode(String newCode) {
		return new ItemContent(newCode, list, name, category, description, basisDocument, basisArticle, departments,
				aliases, keywords, source, sourceUrl, validFrom, validTo, fundingPerVillageYear, agreementRequired,
				occurrencesPerYear, hoursPerOccurrence, guide, materials, templateText, timeLimitDays, verifier,
				alternative, note, patterns, examples, nearMisses, priceBasis, eligibleSuppliers, minimumRating);
	}

	/** The same item with another basis document. */
	static ItemContent withBasis(ItemContent i, String basisDocument) {
		return new ItemContent(i.code(), i.list(), i.name(), i.category(), i.description(), basisDocument,
				i.basisArticle(), i.departments(), i.aliases(), i.keywords(), i.source(), i.sourceUrl(), i.validFrom(),
				i.validTo(), i.fundingPerVillageYear(), i.agreementRequired(), i.occurrencesPerYear(),
				i.hoursPerOccurrence(), i.guide(), i.materials(), i.templateText(), i.timeLimitDays(), i.verifier(),
				i.alternative(), i.note(), i.patterns(), i.examples(), i.nearMisses(), i.priceBasis(), i.eligibleSuppliers(),
				i.minimumRating());
	}

	/** The source address as a link target: only an http or https address, otherwise null (never a script URL). */
	public String sourceLink() {
		return isWebAddress(sourceUrl) ? sourceUrl.strip() : null;
	}

	/** Whether the text is an absolute http or https address with a host. */
	public static boolean isWebAddress(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		try {
			java.net.URI uri = new java.net.URI(text.strip());
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	/** Time limit in words: 当场办结 or N 个工作日. */
	public String timeLimitText() {
		if (timeLimitDays == null) {
			return "";
		}
		return timeLimitDays == 0 ? "当场办结" : timeLimitDays + " 个工作日";
	}

	/** Whether the item is in force on the given day. */
	public boolean validOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}
}
