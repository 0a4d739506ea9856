package cn.qingdan.certificate;

import java.util.HashMap;
import java.util.Map;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;

/** 记录法定依据: the agency cited its legal basis for a certificate outside the list; accepted on that basis. */
final class CiteBasis {

	private final DeskSupport desk;
	private final AcceptRequest accept;

	CiteBasis(DeskSupport desk, AcceptRequest accept) {
		this.desk = desk;
		this.accept = accept;
	}

	void cite(QingdanUser actor, long id, int version, String document, String article, boolean publicInterest) {
		CertificateRequest r = desk.require(actor, id, RequestSteps.Step.CITE_BASIS);
		if (document == null || document.isBlank()) {
			throw new RuleViolation("basisDocument", "请填写用证单位提供的法律法规名称（文件名称及文号）");
		}
		if (document.strip().length() > 1000 || article != null && article.strip().length() > 300) {
			throw new RuleViolation("basisDocument", "依据不超过 1000 字，条款不超过 300 字");
		}
		boolean noArticle = article == null || article.isBlank();
		Map<String, Object> p = new HashMap<>();
		p.put("doc", document.strip());
		p.put("article", noArticle ? null : article.strip());
		p.put("by", actor.username());
		p.put("at", java.sql.Timestamp.from(desk.now()));
		p.put("pi", publicInterest || r.publicInterest());
		desk.move(id, version, "agency_basis = :doc, agency_basis_article = :article, agency_basis_by = :by, agency_basis_at = :at, public_interest = :pi", p);
		desk.timeline(id, actor, "记录法定依据", document.strip() + (noArticle ? "" : " " + article.strip()));
		desk.audit("记录用证单位依据", id, null);
		accept.accept(actor, id, version + 1, null, publicInterest || r.publicInterest());
	}
}
