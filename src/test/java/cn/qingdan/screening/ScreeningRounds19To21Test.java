package cn.qingdan.screening;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rounds 19 to 21 of issue 13 (after the first blind runs of holdouts 23, 24 and 25, one a round): the families their
 * misses belong to, each with near misses on the other side. Texts are written for this test, not taken from the
 * measured sets.
 */
class ScreeningRounds19To21Test {

	private static Screening screen(String text) {
		return Screener.screen(ScreenerTest.DEMO, text, null);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			已报过又分别要                 | 镇社会事务办：上个月已报过的困难儿童名单，县教育局、团县委、妇联又分别要一份。         | PROHIBITED
			分头报送                       | 县农业农村局：种粮大户名单请各村按三个科室的表分头报送。                               | PROHIBITED
			今晚填好报镇里                 | 镇党政办：请各村今晚把返乡大学生情况表填好报镇里。                                     | PROHIBITED
			费用由各村分摊大写金额         | 镇文化站：春节灯会的布展费用由各村分摊，每村贰仟元，节前交到镇财政所。               | PROHIBITED
			证明自己还活着                 | 一位在外地养老的老人来电：领退休金要证明自己还活着，想请村里给写一张。                 | CERTIFICATE_NOT_ISSUABLE
			村民意见向镇政府反映           | 乡亲们对镇上改线的公交站点有意见，请村委会收集大家的意见后向镇政府反映。               | SELF_GOVERNANCE
			""")
	void familiesOfRoundNineteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			不需另建台账                   | 县妇联：请村妇联执委在日常走访中留意家暴线索，发现后及时报告派出所，不需另建台账。     | ASSISTANCE
			不向各村分摊                   | 县委宣传部：宣传册印刷费由县财政承担，不向各村分摊，请各村协助发放到户。               | ASSISTANCE
			不再要求分头报送               | 县统计局：各部门的表已合并，不再要求各村分头报送，请村里提醒住户配合入户调查。         | ASSISTANCE
			""")
	void nearMissesOfRoundNineteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}
}
