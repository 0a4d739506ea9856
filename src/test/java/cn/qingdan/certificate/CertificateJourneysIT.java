package cn.qingdan.certificate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

/**
 * Certificates in Chromium: (a) a clerk records a request for a retained certificate, issues it, the PDF downloads and
 * reads as the right Chinese, anyone verifies it on a phone as valid, the clerk revokes it and it shows revoked;
 * (b) a request for a certificate the village must not issue ends in a printable refusal notice citing the item.
 */
class CertificateJourneysIT extends BrowserTest {

	private static int seq = 0;

	private void fillApplicant(String name) {
		seq++;
		page.fill("#applicantName", name);
		page.fill("#applicantId", IdNumbers.complete("61043119920315" + String.format("%03d", 600 + seq)));
		page.fill("#applicantPhone", "13700001234");
		page.fill("#purpose", "办理子女入学");
		page.selectOption("#agencyType", "SCHOOL");
		page.fill("#agencyName", "武功县普集镇中心小学");
		page.fill("#materialsSeen", "居民身份证、户口簿、租赁合同");
	}

	@Test
	void aRetainedCertificateIsIssuedDownloadedVerifiedAndRevoked() throws Exception {
		login("tianzhuang", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/certificates/requests/new"));
		page.selectOption("#itemCode", "ZM-01");
		assertThat(page.locator("#advice")).containsText("依法出具");
		assertThat(page.locator("#advice")).containsText("所需材料");
		fillApplicant("司马春燕");
		page.click("#submit");
		assertThat(page.locator("#status")).hasText("办理中");
		assertThat(page.locator("#applicant")).hasText("司**燕");
		assertThat(page.locator("body")).not().containsText("司马春燕");
		String requestUrl = page.url();

		page.fill("#f0", "2019-09-01");
		page.fill("#f1", "第三村民小组18号");
		page.selectOption("#f2", "租住");
		page.click("#issue");
		assertThat(page.locator(".alert-success")).containsText("证明已出具");
		assertThat(page.locator("#status")).hasText("已出具");
		String serial = page.locator("#cert-serial").innerText().strip();
		String number = page.locator("#cert-number").innerText().strip();
		screenshot("certificate-a-issued");

		APIResponse pdf = page.request().get(url(requestUrl.substring(requestUrl.indexOf("/certificates")) + "/certificate.pdf"));
		org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
		try (PDDocument doc = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			org.assertj.core.api.Assertions.assertThat(text).contains("居（租）住证明").contains(number.replaceAll("\\s+", ""))
				.contains("自2019年9月1日起")
				.contains("司马春燕").contains("第三村民小组18号").contains("租住").contains("办理子女入学").contains("田庄村委会");
		}

		// anyone, on a phone, without logging in
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("zh-CN"))) {
			Page p = phone.newPage();
			p.navigate(url("/public/certificates"));
			p.fill("#serial", serial);
			p.click("#verify");
			assertThat(p.locator("#result-label")).hasText("有效");
			assertThat(p.locator("#result")).containsText("田庄村委会");
			assertThat(p.locator("#result")).containsText("司**燕");
			assertThat(p.locator("#result")).not().containsText("司马春燕");
			org.assertj.core.api.Assertions.assertThat((Integer) p.evaluate("document.documentElement.scrollWidth"))
				.as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
			p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/certificate-a-verify-360.png")).setFullPage(true));
		}

		page.navigate(requestUrl);
		page.onDialog(d -> d.accept());
		page.fill("#revokeReason", "申请人提供的租赁合同与实际不符");
		page.click("#revoke");
		assertThat(page.locator("#status")).hasText("已撤销");
		page.navigate(url("/public/certificates/" + serial.replace("-", "")));
		assertThat(page.locator("#result-label")).hasText("已撤销");
		screenshot("certificate-a-revoked");
	}

	@Test
	void aCertificateTheVillageMustNotIssueEndsInANoticeCitingTheItem() {
		login("tianzhuang", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/certificates/requests/new"));
		page.fill("#requestedText", "银行要求村委会开具的无犯罪记录证明");
		assertThat(page.locator("#advice")).containsText("不应出具");
		assertThat(page.locator("#advice")).containsText("BZ-05");
		fillApplicant("赵建华");
		page.click("#submit");
		assertThat(page.locator("#status")).hasText("不予出具");
		assertThat(page.locator("#refusal")).containsText("BZ-05");
		page.click("#print-notice");
		assertThat(page.locator("#notice")).containsText("不予出具证明告知书");
		assertThat(page.locator("#notice")).containsText("BZ-05");
		assertThat(page.locator("#notice")).containsText("无犯罪记录证明");
		assertThat(page.locator("#notice")).containsText("告知承诺");
		screenshot("certificate-b-notice");
	}

	@Test
	void aPublicInterestCertificateWaitsForTheDeliberationAndTheHeadsApproval() {
		login("tianzhuang", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/certificates/requests/new"));
		page.selectOption("#itemCode", "ZM-02");
		assertThat(page.locator("#advice")).containsText("依法出具");
		fillApplicant("上官秋菊");
		page.click("#submit");
		assertThat(page.locator("#status")).hasText("待民主议事");
		assertThat(page.locator("#issue")).hasCount(0);
		String requestUrl = page.url();
		page.fill("#participants", "村党支部书记、村委会主任、村“两委”委员共 5 人，村务监督委员会主任列席");
		page.fill("#outcome", "经查阅档案并征询四邻，宅基地来源清楚、无争议，同意出具");
		page.selectOption("#deliberationForm", "村“两委”联席会议");
		page.click("#record-deliberation");
		assertThat(page.locator(".field-error")).containsText("请选择议事结果");
		page.check("input[name=agreed][value=yes]");
		page.click("#record-deliberation");
		assertThat(page.locator("#status")).hasText("待负责人审批");
		assertThat(page.locator("#approve")).hasCount(0);
		// the same deliberation the village's pages show: six steps, three recorded, and its timeline
		assertThat(page.locator("#deliberation li[data-step]")).hasCount(6);
		assertThat(page.locator("#deliberation li[data-step='3']")).containsText("村党支部书记、村委会主任");
		assertThat(page.locator("#deliberation li[data-step='5']")).containsText("未办理");
		page.click("#deliberation a[href*='/village/deliberations/']");
		assertThat(page.locator("h1")).hasText("出具证明：权属来源证明");
		assertThat(page.locator("li[data-step='4']")).containsText("经村“两委”联席会议议定同意出具");
		page.navigate(requestUrl);
		logout();

		login("tianzhuang_zr", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("#todos")).containsText("审批：权属来源证明");
		page.navigate(requestUrl);
		page.check("input[name=agreed][value=yes]");
		page.fill("#comment", "同意出具");
		page.click("#approve");
		assertThat(page.locator("#status")).hasText("办理中");
		page.fill("#f0", "第二村民小组");
		page.fill("#f1", "村东巷");
		page.fill("#f2", "168");
		page.fill("#f3", "东至村道，西至邻户，南至巷道，北至耕地");
		page.fill("#f4", "1996年");
		page.fill("#f5", "村集体批准划拨");
		page.click("#issue");
		assertThat(page.locator("#status")).hasText("已出具");
		assertThat(page.locator("#cert-number")).containsText("田庄村证");
		screenshot("certificate-c-deliberated");
	}
}
