package cn.qingdan.certificate;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;

/**
 * What goes on paper with a person's data in full: the printed certificate (full ID number) and the refusal notice
 * (不予出具证明告知书, addressed to the applicant by full name because it is handed to that person). Each is a read
 * of personal data and is audited; neither puts the data itself in the audit log.
 */
@Service
class CertificatePrints {

	/** The audit action of every read of an applicant's or holder's data in full. */
	public static final String READ = "查看完整个人信息";

	/**
	 * A refusal notice as printed.
	 *
	 * @param request the refused request
	 * @param addressee the applicant's full name (the village, the office administrator) or masked name (others)
	 * @param issuer the village committee's formal name, from the unit tree (武功县苏坊镇田庄村民委员会)
	 * @param countyName the county whose list was applied
	 * @param item the catalogue item cited, if any
	 */
	public record Notice(CertificateRequest request, String addressee, String issuer, String countyName,
			ItemContent item) {
	}

	/** A printed certificate: its file name and bytes. */
	public record Pdf(String fileName, byte[] bytes) {
	}

	private final CertificateRequests requests;
	private final Certificates certificates;
	private final CertificateAssistant assistant;
	private final Units units;
	private final ApplicationEventPublisher events;

	CertificatePrints(CertificateRequests requests, Certificates certificates, CertificateAssistant assistant,
			Units units, ApplicationEventPublisher events) {
		this.requests = requests;
		this.certificates = certificates;
		this.assistant = assistant;
		this.units = units;
		this.events = events;
	}

	/** The refusal notice of a refused request in the actor's scope. */
	@Transactional
	public Notice notice(QingdanUser actor, long id) {
		CertificateRequest r = requests.require(id, actor);
		if (!RequestSteps.allows(RequestSteps.Step.PRINT_NOTICE, r, actor)) {
			throw new NotFound("不予出具告知书");
		}
		String addressee = r.applicantNameMasked();
		if (RequestSteps.allows(RequestSteps.Step.VIEW_IN_FULL, r, actor)) {
			addressee = requests.personalData(id).name();
			events.publishEvent(AuditEvent.success(READ, "证明申请", id, "打印不予出具证明告知书（含申请人姓名）"));
		}
		ItemContent item = r.itemCode() == null ? null
				: assistant.item(r.countyUnitId(), r.catalogueVersion(), r.itemCode()).orElse(null);
		String county = units.unit(r.countyUnitId()).map(Unit::name).orElse("");
		return new Notice(r, addressee, issuer(r.villageUnitId()), county, item);
	}

	/** The certificate as an A4 PDF, for the village that issued it only (it carries the holder's data in full). */
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public Pdf pdf(QingdanUser actor, long id) {
		CertificateRequest r = requests.require(id, actor);
		if (!RequestSteps.Party.of(actor, r).ownVillage()) {
			events.publishEvent(AuditEvent.failure(READ, "证明", id, "下载证明：无权限"));
			throw new AccessDeniedException("只有出具证明的村（社区）可以下载打印证明");
		}
		if (!RequestSteps.allows(RequestSteps.Step.PRINT_CERTIFICATE, r, actor)) {
			throw new NotFound("证明");
		}
		Certificate c = certificates.forRequest(id).orElseThrow(() -> new NotFound("证明"));
		byte[] bytes = certificates.pdf(c);
		events.publishEvent(AuditEvent.success(READ, "证明", id, "下载打印证明 " + c.number() + "（含持证人完整身份证号）"));
		return new Pdf(c.number() + ".pdf", bytes);
	}

	/** Audits a search of the register by ID number (the number itself is never recorded). */
	public void searchedByIdNumber(int found) {
		events.publishEvent(AuditEvent.success("按身份证号查找证明申请", "证明申请", null, "找到 " + found + " 条"));
	}

	/** The village committee's formal name: county, township and the committee's full name (武功县苏坊镇田庄村民委员会). */
	String issuer(long villageUnitId) {
		Optional<Unit> village = units.unit(villageUnitId);
		if (village.isEmpty()) {
			return "";
		}
		StringBuilder name = new StringBuilder();
		Optional<Unit> township = Optional.ofNullable(village.get().parentId()).flatMap(units::unit);
		Optional<Unit> county = township.map(Unit::parentId).flatMap(units::unit);
		county.filter(u -> u.type() == Unit.Type.COUNTY).ifPresent(u -> name.append(u.name()));
		township.filter(u -> u.type() == Unit.Type.TOWNSHIP).ifPresent(u -> name.append(u.name()));
		return name.append(formalName(village.get().name())).toString();
	}

	/** 田庄村委会 / 田庄村 → 田庄村民委员会; 东街社区居委会 / 东街社区 → 东街社区居民委员会. */
	static String formalName(String name) {
		String n = name.strip();
		if (n.endsWith("村民委员会") || n.endsWith("居民委员会")) {
			return n;
		}
		if (n.endsWith("村委会")) {
			return n.substring(0, n.length() - 3) + "村民委员会";
		}
		if (n.endsWith("居委会")) {
			return n.substring(0, n.length() - 3) + "居民委员会";
		}
		if (n.endsWith("村")) {
			return n + "民委员会";
		}
		if (n.endsWith("社区")) {
			return n + "居民委员会";
		}
		return n;
	}
}
