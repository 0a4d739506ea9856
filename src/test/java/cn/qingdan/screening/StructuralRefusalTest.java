package cn.qingdan.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 9 of issue 13 (after holdout 11's first blind run): the narrow structural refusal ({@link Compulsion}) and the
 * families read from holdouts 10 and 11. Texts are written for this test, not taken from the measured sets.
 */
class StructuralRefusalTest {

	private static Screening screen(String text) {
		return Screener.screen(ScreenerTest.DEMO, text, null);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			上级强制并打分                 | 镇宣传办：各村党员必须观看本周的专题片并写观后感，镇里统一打分。
			上级要求并纳入考核              | 县农业农村局：要求各村把今年的农机补贴宣传情况纳入村干部年终考评。
			写给各村的群消息               | 各村注意：本月的入户走访情况镇里统一打分，周五前都要交。
			今晚上传务必不漏               | 镇综治办：请各村今晚把辖区出租屋的入住人员情况上传到平台，务必不漏一户。
			""")
	void aCompelledDemandFromAboveWithANamedMechanismIsRefusedWithoutAPattern(String name, String text) {
		Screening s = screen(text);
		assertThat(s.list()).as(name).isEqualTo(Outcome.PROHIBITED);
		assertThat(s.evidence()).as(name).anyMatch(e -> e.startsWith("判定方式：上级交办、以强制口吻要求"));
		assertThat(s.evidence()).as(name).anyMatch(e -> e.contains("【上级交办并强制要求】"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			邀请关注不是命令               | 县融媒体中心：欢迎村民关注本县公众号，获取本地资讯。
			村里自己的评比                 | 村老年协会：重阳节组织门球友谊赛，由会员打分评出前三名。
			只告知结果                     | 县文旅局：全县村晚展演已经结束，评委打分结果在县政府网站公布。
			""")
	void anInvitationTheVillagesOwnAffairOrANoticeIsNotRefused(String name, String text) {
		assertThat(screen(text).list()).as(name).isNotEqualTo(Outcome.PROHIBITED);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			说明并盖章是证明               | 某保险公司：请村委会写一份村民张某在家中跌倒受伤的情况说明并盖章。                   | CERTIFICATE_NOT_ISSUABLE
			在世即健在                     | 县社保局：长期在外的领取人每年请村里出具一次本人在世的证明。                         | CERTIFICATE_NOT_ISSUABLE
			报到反馈意见                   | 某区机关党委：我单位党员李某在你村报到服务，请村党支部年底给一个书面反馈意见。         | CERTIFICATE_RETAINED
			实习鉴定                       | 某卫生学校：学生在村卫生室实习两周，请村委会在实习鉴定表上签署意见。                   | CERTIFICATE_RETAINED
			村民自己去领是告知             | 县农技站：冬季果树修剪手册已印好，果农可到县农技站领取。                             | NONE
			来电记录里的镇单位             | 电话通知记录（镇民政办）：请村里把临时救助的申请办法告诉受灾的几户人家。               | ASSISTANCE
			宣传资料发到家庭               | 县卫健局：请各村把慢病随访明白纸发给有高血压病人的家庭。                             | ASSISTANCE
			每人每季度N篇                  | 镇组织办：各村党员每人每季度交2篇学习体会。                                         | PROHIBITED
			轨迹通过小程序上传              | 县水利局：河长巡河轨迹通过小程序上传，县里后台查看。                                 | PROHIBITED
			稳控包到个人                   | 镇综治办：重点人员的稳控任务包到村干部个人。                                         | PROHIBITED
			下班前报名单                   | 镇农办：今天下班前把各组种粮大户的名单和电话报到农办。                               | PROHIBITED
			每月N场以上                    | 县文明办：各村新时代文明实践站每月开展宣讲活动6场以上。                               | PROHIBITED
			""")
	void familiesOfRoundNine(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@Test
	void compulsionAloneIsNoRefusal() {
		Screening s = screen("县民政局：请各村务必在本周内通知高龄老人领取高龄津贴。");
		assertThat(s.list()).isNotEqualTo(Outcome.PROHIBITED);
	}
}
