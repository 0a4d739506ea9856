package cn.qingdan.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builds {@link ItemContent} values for tests: valid defaults per list, every field overridable. */
final class TestItems {

	String code;
	ListType list;
	String name;
	String category;
	String description;
	String basisDocument;
	String basisArticle;
	List<String> departments = List.of();
	List<String> aliases = List.of();
	List<String> keywords = List.of();
	String source = "测试来源";
	String sourceUrl;
	LocalDate validFrom;
	LocalDate validTo;
	BigDecimal funding;
	Boolean agreement;
	Integer occurrences;
	BigDecimal hours;
	String guide;
	String materials;
	String templateText;
	Integer timeLimit;
	String verifier;
	String alternative;
	String note;

	private TestItems(String code, ListType list, String name) {
		this.code = code;
		this.list = list;
		this.name = name;
	}

	static TestItems selfGovernance(String code, String name) {
		return new TestItems(code, ListType.SELF_GOVERNANCE, name);
	}

	static TestItems assistance(String code, String name) {
		TestItems t = new TestItems(code, ListType.ASSISTANCE, name);
		t.funding = new BigDecimal("1500");
		t.agreement = true;
		t.occurrences = 2;
		t.hours = new BigDecimal("4");
		return t;
	}

	static TestItems prohibited(String code, String name) {
		return new TestItems(code, ListType.PROHIBITED, name);
	}

	static TestItems retained(String code, String name) {
		TestItems t = new TestItems(code, ListType.CERTIFICATE_RETAINED, name);
		t.guide = "携带身份证到村委会申请";
		t.materials = "身份证";
		t.templateText = "兹证明……";
		t.timeLimit = 0;
		return t;
	}

	static TestItems notIssuable(String code, String name) {
		TestItems t = new TestItems(code, ListType.CERTIFICATE_NOT_ISSUABLE, name);
		t.verifier = "县公安局";
		t.alternative = "告知承诺";
		return t;
	}

	TestItems with(java.util.function.Consumer<TestItems> change) {
		change.accept(this);
		return this;
	}

	ItemContent build() {
		return new ItemContent(code, list, name, category, description, basisDocument, basisArticle, departments,
				aliases, keywords, source, sourceUrl, validFrom, validTo, funding, agreement, occurrences, hours, guide,
				materials, templateText, timeLimit, verifier, alternative, note);
	}

	/** A fully populated assistance item (all shared and assistance fields set). */
	static ItemContent fullAssistance(String code) {
		return assistance(code, "协助开展测试宣传").with(t -> {
			t.category = "农业农村";
			t.description = "协助乡镇开展测试宣传，摸排意愿";
			t.basisDocument = "《测试管理办法》";
			t.basisArticle = "第三条";
			t.departments = List.of("县农业农村局", "县财政局");
			t.aliases = List.of("测试宣传", "宣传摸排");
			t.keywords = List.of("测试", "宣传");
			t.sourceUrl = "https://example.gov.cn/list";
			t.validFrom = LocalDate.of(2026, 1, 1);
			t.validTo = LocalDate.of(2027, 12, 31);
			t.funding = new BigDecimal("1500.5");
			t.agreement = false;
			t.occurrences = 4;
			t.hours = new BigDecimal("2.5");
			t.note = "备注，含“引号”和,逗号";
		}).build();
	}
}
