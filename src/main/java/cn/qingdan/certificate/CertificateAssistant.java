package cn.qingdan.certificate;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.qingdan.catalogue.Catalogue;
import cn.qingdan.catalogue.CatalogueVersion;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.screening.Outcome;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.screening.Screening;
import cn.qingdan.screening.ScreeningEngine;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * The decision assistant: reads a requested certificate against the county's current catalogue. A certificate chosen
 * from the lists decides by its list; one described in words is screened as a certificate demand. A text that matches
 * no certificate item — including the screening engine's generic "every unlisted certificate" rule, which names no
 * item — is {@link Decision#UNLISTED}: the agency must cite its basis.
 */
@Service
class CertificateAssistant {

	/** The advice: the decision, the item it rests on (null when unlisted) and the screening that read the text. */
	public record Advice(Decision decision, ItemContent item, Screening screening, int catalogueVersion) {
	}

	private final Catalogues catalogues;
	private final ScreeningEngine screening;

	CertificateAssistant(Catalogues catalogues, ScreeningEngine screening) {
		this.catalogues = catalogues;
		this.screening = screening;
	}

	public Advice advise(long countyUnitId, String itemCode, String requestedText) {
		CatalogueVersion version = currentVersion(countyUnitId);
		if (itemCode != null && !itemCode.isBlank()) {
			ItemContent item = catalogues.item(version.id(), itemCode.strip())
				.filter(i -> i.list().isCertificate())
				.orElseThrow(() -> new RuleViolation("itemCode", "所选证明事项不在本县现行证明事项清单中"));
			return new Advice(item.list() == ListType.CERTIFICATE_RETAINED ? Decision.RETAINED : Decision.NOT_ISSUABLE,
					item, null, version.number());
		}
		if (requestedText == null || requestedText.isBlank()) {
			throw new RuleViolation("requestedText", "请从清单中选择证明事项，或写明要开具的证明");
		}
		if (requestedText.length() > 500) {
			throw new RuleViolation("requestedText", "所需证明不超过 500 字");
		}
		Screening s = screening.screen(countyUnitId, certificateDemand(requestedText), RequestKind.CERTIFICATE);
		if (s.item() != null && (s.list() == Outcome.CERTIFICATE_RETAINED || s.list() == Outcome.CERTIFICATE_NOT_ISSUABLE)) {
			ItemContent item = catalogues.item(version.id(), s.item().code()).orElse(null);
			if (item != null) {
				return new Advice(s.list() == Outcome.CERTIFICATE_RETAINED ? Decision.RETAINED : Decision.NOT_ISSUABLE,
						item, s, version.number());
			}
		}
		return new Advice(Decision.UNLISTED, null, s, version.number());
	}

	/** The certificate items of the county's current version: retained first, then not issuable. */
	public List<ItemContent> certificateItems(long countyUnitId) {
		CatalogueVersion version = currentVersion(countyUnitId);
		return catalogues.items(version.id()).stream().filter(i -> i.list().isCertificate())
			.sorted(java.util.Comparator.comparing(ItemContent::list).thenComparing(ItemContent::code))
			.toList();
	}

	/** An item of the current version, by code. */
	public java.util.Optional<ItemContent> item(long countyUnitId, String code) {
		return catalogues.item(currentVersion(countyUnitId).id(), code);
	}

	/** An item as the given version of the county's catalogue had it (the version a request was decided on). */
	public java.util.Optional<ItemContent> item(long countyUnitId, Integer versionNumber, String code) {
		if (versionNumber == null) {
			return item(countyUnitId, code);
		}
		Catalogue catalogue = catalogues.forCounty(countyUnitId).orElseThrow(() -> new NotFound("本县清单目录"));
		return catalogues.version(catalogue.id(), versionNumber).flatMap(v -> catalogues.item(v.id(), code));
	}

	private CatalogueVersion currentVersion(long countyUnitId) {
		Catalogue catalogue = catalogues.forCounty(countyUnitId).orElseThrow(() -> new NotFound("本县清单目录"));
		return catalogues.current(catalogue.id()).orElseThrow(() -> new NotFound("已发布的清单版本"));
	}

	/** A short name such as “居住证明” reads as a demand for that certificate. */
	private static String certificateDemand(String text) {
		String t = text.strip();
		return t.contains("证明") ? "要求村里开具" + t : "要求村里开具" + t + "证明";
	}
}
