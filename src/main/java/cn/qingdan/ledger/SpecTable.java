package cn.qingdan.ledger;

import java.util.List;

/**
 * The demo county's own 15-kind specification table. The seeds give only the count (明确15个村级组织和工作机制牌子规格)
 * and the two merge rules; the names follow the 黔南 four outside boards and the Shandong 2023 keep-list
 * ({@code plaques-village-organisations.csv}); sizes, materials and issuers are the county's choice, editable on the
 * specification page.
 */
final class SpecTable {

	record Row(int no, String name, String issuer, Ledger.Place place, String size, String absorbs, String aliases) {
	}

	static final List<Row> ROWS = List.of(
			new Row(1, "中国共产党××村委员会（支部委员会）", "县委组织部", Ledger.Place.OUTSIDE, "竖牌 240×40 厘米，白底红字，不锈钢烤漆", "",
					"村党组织、党支部、党委、党总支"),
			new Row(2, "××村村民委员会", "县民政局", Ledger.Place.OUTSIDE, "竖牌 240×40 厘米，白底黑字，不锈钢烤漆", "", "村民委员会、村委会、居民委员会"),
			new Row(3, "××村股份经济合作社", "县农业农村局", Ledger.Place.OUTSIDE, "竖牌 240×40 厘米，白底黑字，不锈钢烤漆", "",
					"集体经济组织、经济合作社、股份经济合作社"),
			new Row(4, "××村村务监督委员会", "县民政局", Ledger.Place.OUTSIDE, "竖牌 240×40 厘米，白底黑字，不锈钢烤漆", "",
					"村务监督委员会、村务监督"),
			new Row(5, "××村党群服务中心", "县委组织部", Ledger.Place.OUTSIDE, "横牌 300×60 厘米，红底金字，门楣", "", "党群服务中心、党群服务站"),
			new Row(6, "新时代文明实践站", "县委宣传部", Ledger.Place.INSIDE, "横牌 60×40 厘米，亚克力", "妇女之家、青年之家、志愿服务、人大代表之家",
					"文明实践站、文明实践中心、新时代文明实践"),
			new Row(7, "综治中心", "县委政法委", Ledger.Place.INSIDE, "横牌 60×40 厘米，亚克力", "治保、法律服务、司法援助、矛盾纠纷调处、调解、禁毒",
					"综治中心、综合治理中心、社会治安综合治理"),
			new Row(8, "便民服务站（集合式服务功能指引牌）", "县行政审批服务局", Ledger.Place.HALL, "指引牌 120×80 厘米，各功能区门口短牌 30×10 厘米", "",
					"便民服务、服务大厅、综合服务窗口、为民服务"),
			new Row(9, "退役军人服务站", "县退役军人事务局", Ledger.Place.INSIDE, "横牌 60×40 厘米，亚克力", "", "退役军人服务"),
			new Row(10, "民兵连", "县人民武装部", Ledger.Place.INSIDE, "横牌 60×40 厘米，亚克力", "", "民兵"),
			new Row(11, "村卫生室", "县卫生健康局", Ledger.Place.INSIDE, "横牌 60×40 厘米，亚克力", "", "卫生室、卫生所"),
			new Row(12, "农家书屋", "县委宣传部", Ledger.Place.INSIDE, "横牌 60×40 厘米，亚克力", "", "农家书屋、图书室"),
			new Row(13, "党员活动室", "县委组织部", Ledger.Place.INSIDE, "横牌 60×40 厘米，亚克力", "", "党员活动室、党员之家"),
			new Row(14, "警务室", "县公安局", Ledger.Place.INSIDE, "横牌 60×40 厘米，亚克力", "", "警务室、警务工作室"),
			new Row(15, "荣誉集中展陈墙", "县委组织部", Ledger.Place.INSIDE, "展陈墙 1 面，荣誉牌匾集中展示", "", "荣誉墙、荣誉室、荣誉展陈"));

	private SpecTable() {
	}
}
