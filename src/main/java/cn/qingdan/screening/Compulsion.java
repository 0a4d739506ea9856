package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * The narrow structural refusal (issue 13, round 9): a demand <em>from above</em> (a department or township, or words
 * addressed to 各村) that <em>compels</em> the village (须、必须、务必、一律、确保、限期、否则…) and carries a
 * <em>named</em> burden mechanism of the Java rules (ranking, 考核挂钩, 扣绩效, 指标, 打卡, 留痕, 重复报送, 转嫁费用 …,
 * together at least {@link #SIGNAL}) is refused even when no catalogue pattern covers its wording yet — but only where
 * no lawful item matches (otherwise the topic decides, as before).
 *
 * <p>The broad version (any burden signal, no compulsion, no asker) was rejected on 2026-12-02 because it blocked a
 * notice that only invited villagers to follow an account (欢迎村民关注公众号): an invitation is information, not an
 * order, and it names no obligation. Sources: 中办国办《关于规范村级组织工作事务、机制牌子和证明事项的意见》（2022）
 * (不得以行政命令方式派任务、下指标), 《整治形式主义为基层减负若干规定》（2024）.
 */
final class Compulsion {

	/** The burden rules' sum from which a compelled demand from above is refused. */
	static final double SIGNAL = 0.5;

	static final Rule RULE = Rule.of(Rule.Family.BURDEN, "上级交办并强制要求", 0.5,
			"(?<![无不毋])须(?!经|知)|必须|务必|一律|确保|限期|逾期|限[0-9一二三两]+(日|天|个工作日|小时)|否则|不得少于|不少于|至少"
					+ "|要达到|必填|不准|不得|全员|全部|每人每天|要有|要求|(前|底)(都要|均要|务必|必须|须|要)?(报|交|完成|上报|报送)"
					+ "|(各|每个?)(村|网格员|村干部|村两委|驻村工作队)[^，。；]{0,4}(都要|均要|要|应当|均须)",
			"强制");

	private Compulsion() {
	}

	/**
	 * The hits that refuse the text structurally (the burden rules plus the compulsion), or an empty list when the
	 * narrow rule does not apply.
	 */
	static List<RuleHit> refuse(Structure structure, String asVillage, String text, List<RuleHit> burden, boolean own) {
		if (own || structure.informationOnly() || !structure.fromAbove(asVillage) || RuleHit.total(burden) < SIGNAL) {
			return List.of();
		}
		List<RuleHit> compelled = RuleHit.find(List.of(RULE), asVillage, text);
		if (compelled.isEmpty()) {
			return List.of();
		}
		List<RuleHit> all = new ArrayList<>(burden);
		all.addAll(compelled);
		return all;
	}
}
