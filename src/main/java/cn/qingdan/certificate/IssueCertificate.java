package cn.qingdan.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.certificate.events.CertificateIssued;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.shared.RuleViolation;

/**
 * 出具证明: fills the item's template (or takes the clerk's text where the item has none), numbers, signs and stores
 * the certificate. Refused when the current list no longer retains the item.
 */
final class IssueCertificate {

	private final DeskSupport desk;

	IssueCertificate(DeskSupport desk) {
		this.desk = desk;
	}

	Certificate issue(QingdanUser actor, long id, int version, Map<String, String> fields, String freeText) {
		CertificateRequest r = desk.require(actor, id, RequestSteps.Step.ISSUE);
		if (r.itemCode() != null) {
			var current = desk.assistant().item(r.countyUnitId(), r.itemCode());
			if (current.isEmpty() || current.get().list() != ListType.CERTIFICATE_RETAINED) {
				throw new RuleViolation("该证明事项在现行清单中已" + current.map(i -> "调整为“" + i.list().label() + "”").orElse("取消")
						+ "，不能再出具，请作不予出具处理");
			}
		}
		String base = desk.address().forIssue();
		Unit village = desk.units().unit(r.villageUnitId()).orElseThrow();
		CertificateRequests.PersonalData pd = desk.requests().personalData(id);
		LocalDate today = desk.today();
		String body = body(r, village, pd, fields, freeText, today);
		desk.move(id, version, "status = 'ISSUED', completed_on = :today", Map.of("today", java.sql.Date.valueOf(today)));
		Certificate c = desk.certificates().issue(new Certificates.Issue(id, r.countyUnitId(), village, r.itemCode(),
				r.title(), r.purpose(), pd.name(), pd.idNumber(), body, today, desk.now(), actor.username(), base));
		desk.timeline(id, actor, "出具证明", c.number() + "（核验码 " + c.serialDisplay() + "）");
		desk.audit("出具证明", id, c.number());
		desk.publish(new CertificateIssued(id, c.id(), r.countyUnitId(), r.villageUnitId(), c.number()));
		return c;
	}

	private String body(CertificateRequest r, Unit village, CertificateRequests.PersonalData pd,
			Map<String, String> fields, String freeText, LocalDate today) {
		String template = template(r);
		if (template == null) {
			if (freeText == null || freeText.isBlank()) {
				throw new RuleViolation("body", "该证明没有统一样式，请填写证明内容");
			}
			if (freeText.length() > 3000) {
				throw new RuleViolation("body", "证明内容不超过 3000 字");
			}
			return freeText.strip();
		}
		for (var e : fields.entrySet()) {
			if (e.getValue() != null && e.getValue().length() > CertificateTemplates.MAX_VALUE) {
				throw new RuleViolation("f_" + e.getKey(), "“" + e.getKey() + "”不超过 " + CertificateTemplates.MAX_VALUE + " 字");
			}
		}
		try {
			return CertificateTemplates.fill(template, new CertificateTemplates.Known(pd.name(), pd.idNumber(),
					r.purpose(), village.name(), CertificateTemplates.chineseDate(today)), fields, today);
		}
		catch (CertificateTemplates.FieldProblem problem) {
			throw new RuleViolation("f_" + problem.field(), problem.getMessage());
		}
	}

	/** The template the certificate is filled from, or null when the clerk writes the text (unlisted, ZM-10). */
	String template(CertificateRequest r) {
		if (r.itemCode() == null) {
			return null;
		}
		return desk.assistant().item(r.countyUnitId(), r.catalogueVersion(), r.itemCode()).map(ItemContent::templateText)
			.filter(t -> t != null && !t.isBlank() && CertificateTemplates.PLACEHOLDER.matcher(t).find())
			.orElse(null);
	}

	/** The blanks the clerk fills at issuance, with their types. */
	List<TemplateField> clerkFields(CertificateRequest r) {
		String t = template(r);
		return t == null ? List.of() : CertificateTemplates.clerkFields(t);
	}
}
