package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.screening.CatalogueIndex.ItemMatch;

/**
 * The decision, as a pure function of a catalogue index, a text and the kind of request. In order:
 * <ol>
 * <li>a demand for a certificate (证明请求 rules, or kind 证明要求) is read against the certificate lists only: a
 * retained certificate is issued, a listed not-issuable one refused, and one on neither list is refused too (清单之外
 * 不出具), without an item;</li>
 * <li>prohibited-burden rules (禁止性负担) adding up to the threshold make it PROHIBITED whatever the topic, citing the
 * negative-list item the rules and words point to;</li>
 * <li>otherwise the best-matching item decides (emergencies favour assistance, villagers' own matters favour
 * self-governance); below the match threshold nothing matches: NONE, full review.</li>
 * </ol>
 */
final class Screener {

	/** An item must score this much (phrase hits plus Lucene share) to be cited. */
	static final double MATCH_THRESHOLD = 1.0;

	/** Within a certificate demand only certificate items compete, so a weaker match may be cited. */
	static final double CERTIFICATE_MATCH_THRESHOLD = 0.6;

	/** Certificate items outside a certificate demand count this share (a topic shared with a certificate is no demand). */
	static final double CERTIFICATE_OUTSIDE_DEMAND = 0.4;

	private Screener() {
	}

	/** Words of a notice that takes a burden away (按照减负要求…全部解散, 一律取消). */
	private static final Pattern REDUCTION = Pattern.compile("减负|解散|撤销|取消|精简|清理整合|合并|整合|撤并|不再要求");

	/** Only keywords of the item matched (no name, no alias): the topic, not the practice. */
	private static boolean topicOnly(Scored s) {
		return s.match().hits().stream().allMatch(h -> h.phrase().source() == PhraseDictionary.Source.KEYWORD);
	}

	static Screening screen(CatalogueIndex index, String text, RequestKind kind) {
		String norm = Texts.normalise(text);
		String asVillage = Texts.villageWords(norm);
		Structure structure = Structure.read(asVillage);
		boolean own = structure.villagesOwn(asVillage);
		boolean imposed = !own && !structure.thirdPartyOffer(asVillage);
		List<Mechanism> mechanisms = imposed ? index.mechanisms(text) : List.of();
		List<RuleHit> burden = imposed ? RuleHit.find(BurdenRules.ALL, asVillage, text) : List.of();
		List<RuleHit> certificate = RuleHit.find(CertificateRules.ALL, norm, text);
		List<RuleHit> context = RuleHit.find(ContextRules.ALL, norm, text);
		List<ItemMatch> matches = index.match(norm);
		Evidence ev = new Evidence();

		double burdenScore = RuleHit.total(burden) + kindBurden(kind) + (mechanisms.isEmpty() ? 0 : BurdenRules.THRESHOLD);
		double certScore = RuleHit.total(certificate) + (kind == RequestKind.CERTIFICATE ? CertificateRules.THRESHOLD : 0);
		boolean emergency = context.stream().anyMatch(h -> h.rule().family() == Rule.Family.EMERGENCY);
		boolean villagers = context.stream().anyMatch(h -> h.rule().family() == Rule.Family.SELF_GOVERNANCE);

		Scored bestCert = Scored.best(index, matches, t -> t.isCertificate(), 1.0, burden, false);
		boolean certDemand = certScore >= CertificateRules.THRESHOLD
				|| (certScore >= 0.5 && bestCert != null && bestCert.score() >= 2 * MATCH_THRESHOLD
						&& burdenScore < BurdenRules.THRESHOLD);
		if (kind != null) {
			ev.add("请求类型：" + kind.label());
		}
		if (certDemand) {
			certificate.forEach(h -> ev.rule(h));
			if (bestCert != null && bestCert.score() >= CERTIFICATE_MATCH_THRESHOLD) {
				Outcome outcome = outcome(bestCert.item().list());
				Scored runnerUp = Scored.best(index, matches, t -> t.isCertificate() && t != bestCert.item().list(), 1.0, burden, false);
				ev.item(bestCert, index);
				ev.add(outcome == Outcome.CERTIFICATE_RETAINED
						? "判定理由：这是向村索要证明；“" + bestCert.item().name() + "”列入依法出具证明事项清单，可按办事指南出具"
						: "判定理由：这是向村索要证明；“" + bestCert.item().name() + "”列入不应出具证明事项清单，村（社区）不予出具"
								+ alternative(bestCert.item()));
				if (runnerUp != null && runnerUp.score() >= CERTIFICATE_MATCH_THRESHOLD) {
					ev.add("另一张证明清单中的 " + runnerUp.item().code() + "“" + runnerUp.item().name()
							+ "”也有相近之处，但与文中字词相符的较少");
				}
				return ev.result(outcome, bestCert.item(), confidence(bestCert.score(), runnerUp), index, text);
			}
			ev.add("判定理由：这是向村索要证明，但依法出具证明事项清单未列此类证明；按“清单之外一律不出具”的原则不予出具，"
					+ "请索要方依法核验或采用告知承诺");
			return ev.result(Outcome.CERTIFICATE_NOT_ISSUABLE, null, 0.6, index, text);
		}

		if (burdenScore >= BurdenRules.THRESHOLD) {
			return refuse(ev, index, text, kind, structure, mechanisms, burden, matches, burdenScore);
		}

		Map<ListType, Scored> perList = new EnumMap<>(ListType.class);
		for (ListType t : ListType.values()) {
			Scored s = Scored.best(index, matches, x -> x == t, t.isCertificate() ? CERTIFICATE_OUTSIDE_DEMAND : 1.0, burden, t == ListType.PROHIBITED);
			if (s != null && t == ListType.PROHIBITED && burden.isEmpty() && topicOnly(s) && !structure.asksTheVillage(asVillage)
					&& REDUCTION.matcher(norm).find()) {
				// a prohibited practice named only by a keyword of its topic (工作群, 挂牌) in a notice that removes it and
				// asks the village for nothing (工作群全部解散): about the practice, not a demand — full review, not refused
				s = null;
			}
			if (s != null) {
				if (t == ListType.ASSISTANCE && emergency && s.score() > 0) {
					s = s.plus(ContextRules.EMERGENCY_BOOST);
				}
				if (t == ListType.SELF_GOVERNANCE && villagers && s.score() > 0) {
					s = s.plus(ContextRules.SELF_GOVERNANCE_BOOST);
				}
				perList.put(t, s);
			}
		}
		String structural = StructuralChoice.adjust(structure, norm, own, burden.isEmpty(), perList, index, matches);
		boolean pending = !own && !structure.informationOnly() && structure.pending(asVillage);
		if (structure.informationOnly() && !own || pending) {
			perList.clear();
		}
		ev.add(structure.describe(own));
		if (pending) {
			ev.add("说明：这是尚未定下的新事项（拟新增、计划开展、待减负办审核，或单位提出合作意向），不按已有清单事项认定");
		}
		List<Scored> ranked = new ArrayList<>(perList.values());
		ranked.sort(Comparator.comparingDouble((Scored s) -> s.score()).reversed());
		Scored top = ranked.isEmpty() ? null : ranked.get(0);
		if (top == null || top.score() < MATCH_THRESHOLD) {
			List<RuleHit> compelled = Compulsion.refuse(structure, asVillage, text, burden, own);
			if (!compelled.isEmpty()) {
				Evidence refusal = new Evidence();
				if (kind != null) {
					refusal.add("请求类型：" + kind.label());
				}
				refusal.add("判定方式：上级交办、以强制口吻要求，并带有负面清单所列的做法；清单中没有与之相符的合法事项，按结构认定");
				return refuse(refusal, index, text, kind, structure, mechanisms, compelled, matches, BurdenRules.THRESHOLD);
			}
			burden.forEach(ev::rule);
			ev.add("判定理由：清单中没有与之相符的事项"
					+ (top == null ? "" : "（最接近的是 " + top.item().code() + "“" + top.item().name() + "”，但文中与之相符的字词太少，不能认定）")
					+ "，属清单未列事项，须经完整准入审查");
			double conf = top == null ? 0.8 : Math.max(0.4, 0.8 - 0.4 * top.score() / MATCH_THRESHOLD);
			return ev.result(Outcome.NONE, null, conf, index, text);
		}
		Scored second = ranked.size() > 1 ? ranked.get(1) : null;
		context.stream()
			.filter(h -> (h.rule().family() == Rule.Family.EMERGENCY && top.item().list() == ListType.ASSISTANCE)
					|| (h.rule().family() == Rule.Family.SELF_GOVERNANCE && top.item().list() == ListType.SELF_GOVERNANCE))
			.forEach(ev::rule);
		if (top.item().list() == ListType.PROHIBITED) {
			burden.forEach(ev::rule);
		}
		ev.item(top, index);
		Outcome outcome = outcome(top.item().list());
		String why = "判定理由：最匹配的事项属" + top.item().list().title();
		if (second != null && second.score() >= MATCH_THRESHOLD * 0.5) {
			why += "；文中也有与" + second.item().list().label() + " " + second.item().code() + "“" + second.item().name()
					+ "”相近的说法，但相符的字词较少";
		}
		if (structural != null && (outcome == Outcome.ASSISTANCE || outcome == Outcome.SELF_GOVERNANCE)) {
			why += "；" + structural;
		}
		if (!burden.isEmpty() && outcome != Outcome.PROHIBITED) {
			why += "；文中虽有" + ruleNames(burden) + "的说法，但不足以认定为禁止准入事项";
		}
		ev.add(why);
		if (outcome == Outcome.ASSISTANCE) {
			ev.add(emergency ? "突发紧急事项可先实施、事后备案；仍须明确经费和委托事项"
					: "协助事项须权责一致：签订委托协议、费随事转，明确范围和时限");
		}
		else if (outcome == Outcome.SELF_GOVERNANCE) {
			ev.add("依法自治事项由村民自主决定，部门只作指导，不作为交办任务");
		}
		Screening result = ev.result(outcome, top.item(), confidence(top.score(), second), index, text);
		return outcome == Outcome.PROHIBITED ? result.withAlsoCited(ProhibitedItems.alsoFired(index, matches, burden, top.item())) : result;
	}

	/** A refusal: the burden mechanisms and rules found, the prohibited item they point to, the topic it resembles. */
	private static Screening refuse(Evidence ev, CatalogueIndex index, String text, RequestKind kind, Structure structure,
			List<Mechanism> mechanisms, List<RuleHit> burden, List<ItemMatch> matches, double burdenScore) {
		Scored bestProhibited = Scored.best(index, matches, t -> t == ListType.PROHIBITED, 1.0, burden, true);
		ev.add(structure.describe(false));
		ev.mechanisms(mechanisms);
		burden.forEach(ev::rule);
		if (kindBurden(kind) > 0) {
			ev.add("请求类型“" + kind.label() + "”未经准入即属负面清单关注的形式");
		}
		Scored topic = Scored.best(index, matches, t -> t != ListType.PROHIBITED && !t.isCertificate(), 1.0, burden, false);
		Scored cited = MechanismItems.cite(index, mechanisms, bestProhibited);
		if (cited != null) {
			ev.item(cited, index);
		}
		String why = "判定理由：文中要求" + MechanismItems.names(mechanisms, burden) + "，属于不得向村（社区）摊派的做法，是禁止准入事项";
		if (topic != null && topic.score() >= MATCH_THRESHOLD) {
			why += "；虽然主题接近" + topic.item().list().label() + " " + topic.item().code() + "“" + topic.item().name()
					+ "”，但要求的方式（责任主体、指标、考核、留痕、费用等）使其不能准入";
		}
		ev.add(why);
		double conf = Math.min(0.97, 0.6 + 0.12 * (burdenScore - BurdenRules.THRESHOLD) + (cited != null ? 0.1 : 0));
		return ev.result(Outcome.PROHIBITED, cited == null ? null : cited.item(), conf, index, text)
			.withAlsoCited(ProhibitedItems.alsoFired(index, matches, burden, cited == null ? null : cited.item()));
	}

	/** Kinds that are by themselves forms the negative list watches (they still need a phrase to decide). */
	private static double kindBurden(RequestKind kind) {
		if (kind == null) {
			return 0;
		}
		return switch (kind) {
			case SIGNBOARD, ORGANIZATION, GROUP_OR_APP, ASSESSMENT, VISIT -> 0.4;
			default -> 0;
		};
	}

	private static Outcome outcome(ListType list) {
		return switch (list) {
			case SELF_GOVERNANCE -> Outcome.SELF_GOVERNANCE;
			case ASSISTANCE -> Outcome.ASSISTANCE;
			case PROHIBITED -> Outcome.PROHIBITED;
			case CERTIFICATE_RETAINED -> Outcome.CERTIFICATE_RETAINED;
			case CERTIFICATE_NOT_ISSUABLE -> Outcome.CERTIFICATE_NOT_ISSUABLE;
			// never indexed (CatalogueScreening leaves the purchase list out): a request is not a purchase
			case SERVICE_PURCHASE -> Outcome.NONE;
		};
	}

	private static String alternative(ItemContent item) {
		StringBuilder sb = new StringBuilder();
		if (item.verifier() != null && !item.verifier().isBlank()) {
			sb.append("；由").append(item.verifier()).append("核验");
		}
		if (item.alternative() != null && !item.alternative().isBlank()) {
			sb.append("；替代方式：").append(item.alternative());
		}
		return sb.toString();
	}

	/** Strength of the winning score, less when a competitor from another list is close. */
	private static double confidence(double score, Scored runnerUp) {
		double strength = 1 - Math.exp(-score / 2.5);
		double margin = runnerUp == null ? 1.0 : Math.max(0, (score - runnerUp.score()) / score);
		return Math.round(Math.min(0.97, 0.3 + 0.45 * strength + 0.25 * margin) * 100) / 100.0;
	}

	/** 【签订责任状】、【一票否决】 */
	static String ruleNames(List<RuleHit> hits) {
		return String.join("、", hits.stream().map(h -> "【" + h.rule().name() + "】").distinct().toList());
	}
}
