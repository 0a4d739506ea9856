package cn.qingdan.rollup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic notices for the province benchmark: the title and content of an admitted matter, varied as county
 * departments' notices are — five templates (a formal notice with its basis and contact, a short request to named
 * villages, a numbered list, an entrustment through the township, a meeting), the county's real township and village
 * names, concrete objects with numbers, dates, upper documents' numbers, contacts' surnames and telephone numbers,
 * and the duties of the real village lists under /work/shared/data/lists (assist and self-governance items). The topics
 * and acts of the earlier generator remain, so a two-word query (a topic and an act, 低保对象入户) still finds matters.
 *
 * <p>Still synthetic: the words are recombined at random, and a real county's register has fewer matters (a few hundred
 * a year, not 4,000) each with a longer text.
 */
final class ProvinceBenchmarkTexts {

	static final String[] FORMS = { "工作", "专项行动", "集中整治", "年度任务", "季度报送", "月度统计", "攻坚行动", "百日行动" };

	static final String[] OBJECTS = { "户低保家庭", "名高龄老人", "名留守儿童", "户脱贫户", "户监测对象", "名残疾人", "亩耕地", "处地质灾害隐患点",
			"座农村危房", "户散居特困人员", "名退役军人", "处燃气用户", "家小作坊", "个养殖场", "条农村公路", "处河道", "眼机井", "名独居老人",
			"户易地搬迁户", "座户厕", "家农家乐", "名外出务工人员", "辆农用车", "处文物点", "个自然村组", "名网格员", "名计生特殊家庭成员",
			"亩高标准农田", "亩林地", "处饮水工程" };

	static final String[] MATERIALS = { "花名册", "签到表", "工作照片", "统计表", "工作总结", "入户记录表", "调查问卷", "台账", "整改清单",
			"汇总表", "信息采集表", "承诺书", "会议记录", "影像资料", "核查报告", "进度表" };

	static final String[] FREQUENCIES = { "每周", "每月", "每季度", "每半年", "每年", "每旬" };

	static final String[] OFFICES = { "办公室", "综合股", "业务股", "规划股", "监督股", "服务中心", "执法大队", "工作专班" };

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
			"林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余" };

	static final String[] UPPER = { "陕民发", "陕农发", "陕卫健发", "陕应急发", "陕自然资发", "陕环发", "陕人社发", "陕建发", "陕办发", "陕政办发",
			"咸政发", "宝政办发", "渭政发", "汉政办发", "榆政发", "延政办发" };

	static final String[] SYSTEMS = { "省民政一体化平台", "防返贫监测系统", "农村人居环境信息系统", "应急管理综合平台", "不动产登记系统", "社保经办系统",
			"全员人口信息系统", "河湖长制信息平台", "网格化管理平台", "乡村振兴数据平台" };

	static final String[] SOURCES = { "县级财政", "部门业务经费", "上级专项资金", "乡村振兴衔接资金", "部门预算" };

	static final String[] MEETING = { "村党组织书记", "村委会主任", "村务监督委员会主任", "网格员", "村文书", "驻村工作队员" };

	static final String[] QUARTERS = { "第一季度", "第二季度", "第三季度", "第四季度", "上半年", "下半年" };

	/** The assist and self-governance duties of the real lists (first sentence, at most 40 characters). */
	static final List<String> DUTIES = duties();

	private final Random random;

	ProvinceBenchmarkTexts(Random random) {
		this.random = random;
	}

	/** Title and content of one matter of a department, in a county whose townships and villages are named. */
	String[] notice(String department, int year, List<String> townships, List<String> villages) {
		String topic = pick(ProvinceBenchmark.TOPICS);
		String act = pick(ProvinceBenchmark.ACTS);
		String township = townships.isEmpty() ? "各镇" : townships.get(random.nextInt(townships.size()));
		String village = villages.isEmpty() ? "各村" : villages.get(random.nextInt(villages.size()));
		String village2 = villages.isEmpty() ? "各村" : villages.get(random.nextInt(villages.size()));
		int m = 1 + random.nextInt(10);
		String object = (5 + random.nextInt(3000)) + pick(OBJECTS);
		String contact = pick(SURNAMES) + "同志，电话" + (random.nextBoolean() ? "029-3" + digits(7) : "13" + digits(9));
		String basis = "《" + pick(UPPER) + "〔" + (year - random.nextInt(2)) + "〕" + (1 + random.nextInt(160)) + "号》";
		String duty = duty();
		return switch (random.nextInt(5)) {
			case 0 -> new String[] { "关于开展" + township + year + "年" + topic + act + pick(FORMS) + "的通知",
					"根据" + basis + "要求，" + department + "定于" + year + "年" + m + "月至" + (m + 2) + "月在" + township + "开展" + topic + act
							+ "。请各村（社区）" + duty + "，重点做好辖区" + object + "的" + pick(ProvinceBenchmark.ACTS) + "，并于" + (m + 2) + "月"
							+ (1 + random.nextInt(28)) + "日前将" + pick(MATERIALS) + "报送" + department + pick(OFFICES) + "。联系人：" + contact + "。" };
			case 1 -> new String[] { department + "关于报送" + topic + pick(MATERIALS) + "的通知",
					"请" + village + "、" + village2 + "等" + (2 + random.nextInt(30)) + "个村" + pick(FREQUENCIES) + "报送" + topic + pick(MATERIALS)
							+ "，内容包括" + object + "的" + act + "情况。" };
			case 2 -> new String[] { "关于印发《" + year + "年" + topic + act + "实施方案》的通知",
					"一、" + duty + "；二、对辖区" + object + "开展" + act + "，建立台账；三、" + pick(FREQUENCIES) + (1 + random.nextInt(28))
							+ "日前报送" + pick(MATERIALS) + "。本事项经费" + (200 + 100 * random.nextInt(40)) + "元/村，由" + pick(SOURCES) + "保障。" };
			case 3 -> new String[] { department + "关于委托" + township + "做好" + topic + pick(FORMS) + "的函",
					department + "委托" + township + "人民政府组织所辖村（社区）配合做好" + topic + "工作：" + duty + "。" + year + "年共需完成" + object
							+ "的" + act + "，结果录入" + pick(SYSTEMS) + "。" + (random.nextBoolean() ? "联系人：" + contact + "。" : "") };
			default -> new String[] { "关于召开" + year + "年" + pick(QUARTERS) + topic + "工作推进会的通知",
					"定于" + year + "年" + m + "月" + (1 + random.nextInt(28)) + "日在" + township + "召开" + topic + act + "推进会，" + village + "等村"
							+ pick(MEETING) + "参加，会前报送" + pick(MATERIALS) + "，会后" + (3 + random.nextInt(10)) + "个工作日内反馈落实情况。" };
		};
	}

	private String duty() {
		return DUTIES.isEmpty() ? "协助做好有关工作" : DUTIES.get(random.nextInt(DUTIES.size()));
	}

	private String pick(String[] words) {
		return words[random.nextInt(words.length)];
	}

	private String digits(int n) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < n; i++) {
			sb.append(random.nextInt(10));
		}
		return sb.toString();
	}

	private static List<String> duties() {
		List<String> out = new ArrayList<>();
		try (var files = Files.list(Path.of("/work/shared/data/lists"))) {
			for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
				for (String line : Files.readAllLines(f)) {
					String[] cols = line.split(",", 4);
					if (cols.length == 4 && (cols[0].equals("ASSIST") || cols[0].equals("SELF_GOVERNANCE"))) {
						String d = cols[2].replaceAll("^（[^）]*）", "").replace("\"", "").split("[。；]")[0];
						if (d.length() >= 4) {
							out.add(d.length() > 40 ? d.substring(0, 40) : d);
						}
					}
				}
			}
		}
		catch (java.io.IOException e) {
			return List.of();
		}
		return out;
	}
}
