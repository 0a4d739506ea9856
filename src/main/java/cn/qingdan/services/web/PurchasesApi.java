package cn.qingdan.services.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.services.Publication;
import cn.qingdan.services.SocialShare;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.PublicPaths;
import cn.qingdan.shared.RuleViolation;

/**
 * Published purchases (no login): {@code GET /api/v1/purchases} — item, buyer, supplier, amount, term, evaluation
 * results, and the social organisations' grades; {@code GET /api/v1/purchases/social-share} — the 30% indicator per
 * buyer and for the county. {@code county} is the 6-digit code (default: the platform's first county).
 */
@RestController
class PurchasesApi {

	@Component
	static class Open implements PublicPaths {

		@Override
		public List<String> paths() {
			return List.of("/api/v1/purchases", "/api/v1/purchases/social-share");
		}
	}

	private final Publication publication;
	private final SocialShare share;
	private final Units units;
	private final UnitTree tree;
	private final Clock clock;

	PurchasesApi(Publication publication, SocialShare share, Units units, UnitTree tree, Clock clock) {
		this.publication = publication;
		this.share = share;
		this.units = units;
		this.tree = tree;
		this.clock = clock;
	}

	record Purchases(String county, Integer year, List<Publication.Purchase> purchases, List<Publication.Rating> suppliers) {
	}

	@cn.qingdan.shared.PublicRead
	@GetMapping("/api/v1/purchases")
	Purchases purchases(@RequestParam(required = false) Integer year, @RequestParam(required = false) String county) {
		Unit c = county(units, tree, county);
		if (year != null && !Inputs.saneYear(year)) {
			throw new RuleViolation("year", "年度应在 2000–2100 之间");
		}
		return new Purchases(c.name(), year, publication.purchases(c.id(), year), publication.ratings(c.id()));
	}

	@cn.qingdan.shared.PublicRead
	@GetMapping("/api/v1/purchases/social-share")
	SocialShare.Indicator socialShare(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String county) {
		Unit c = county(units, tree, county);
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		if (!Inputs.saneYear(y)) {
			throw new RuleViolation("year", "年度应在 2000–2100 之间");
		}
		return share.of(c.id(), y);
	}

	/** The county named by its 6-digit code, or the platform's first county. */
	static Unit county(Units units, UnitTree tree, String code) {
		if (code != null && !code.isBlank()) {
			if (!code.strip().matches("\\d{6}")) {
				throw new RuleViolation("county", "县级行政区划代码应为 6 位数字");
			}
			return units.byRegion(code.strip()).filter(u -> u.type() == Unit.Type.COUNTY).orElseThrow(() -> new NotFound("县"));
		}
		return tree.firstCounty().orElseThrow(() -> new NotFound("县"));
	}
}
