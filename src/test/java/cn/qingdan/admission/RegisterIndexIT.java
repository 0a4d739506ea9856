package cn.qingdan.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.IntegrationTest;
import cn.qingdan.org.UnitTree;
import cn.qingdan.workflow.numbering.Numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register search and the village check on the indexes of V85 give what the scans gave: every county of the demo
 * (武功县 and the city's other counties), every number, fragments of every title, content and department name, odd
 * characters; the check with each matter's own words, parts of them, words around them and unrelated texts. The old
 * scans are kept here as the reference. Admission numbers are unique per county, not per installation.
 */
class RegisterIndexIT extends IntegrationTest {

	@Autowired
	Register register;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitTree tree;

	@Autowired
	AdmissionExpirySweep sweep;

	@Autowired
	Clock clock;

	@Autowired
	Numbering numbering;

	List<Long> counties() {
		return jdbc.sql("select distinct county_unit_id from admission_application order by 1").query(Long.class).list();
	}

	@Test
	void theSqlBigramsAreTheJavaBigrams() {
		for (String t : List.of("", "甲", "请各村协助做好低保对象家庭情况走访，每季度一次。", "a b\tc\nd\u000be\ff\rg!\"#$%&'()*+,-./0:;<=>?@[\\]^_`{|}~h",
				"，。、；：？！“”‘’（）《》〔〕【】…—·甲乙", "〔2026〕准字第0001号关于报送材料的通知", "全角　空格和ＡＢＣ１２３", "重复重复重复")) {
			List<String> sql = jdbc.sql("select unnest(admission_bigrams(?)) order by 1").param(t).query(String.class).list();
			assertThat(new TreeSet<>(sql)).as(t).isEqualTo(new TreeSet<>(RegisterGrams.bigrams(t)));
			List<String> keyed = jdbc.sql("select unnest(admission_county_bigrams(7, ?)) order by 1").param(t).query(String.class).list();
			assertThat(new TreeSet<>(keyed)).as(t)
				.isEqualTo(new TreeSet<>(List.of(RegisterGrams.keyed(7, List.copyOf(RegisterGrams.bigrams(t))))));
		}
	}

	@Test
	void theSearchFindsWhatTheScanFound() {
		int compared = 0;
		for (long county : counties()) {
			Set<String> queries = new LinkedHashSet<>(List.of("", " ", "%", "_", "\\", "，", "准", "准字", "〔2026〕", "2026",
					"[2026]准字第1号", "村", "不存在的事项名称", "工作"));
			for (var row : jdbc.sql("select admission_number, title, content from admission_application where county_unit_id = ? and admission_number is not null")
				.param(county).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list()) {
				queries.add(row.get(0));
				queries.add(row.get(0).substring(1, 5));
				for (String text : List.of(row.get(1), row.get(2))) {
					for (int len : new int[] { 1, 2, 3, 5, 9 }) {
						for (int at = 0; at + len <= text.length(); at += Math.max(1, text.length() / 4)) {
							queries.add(text.substring(at, at + len));
						}
					}
				}
			}
			queries.addAll(jdbc.sql("select substr(name, 1, 3) from unit where type = 'DEPARTMENT' limit 20").query(String.class).list());
			for (String q : queries) {
				assertThat(numbers(register.search(county, q, 0, 10_000))).as("%s / %s", county, q).isEqualTo(scan(county, q));
				assertThat(register.count(county, q)).as("%s / %s", county, q).isEqualTo(scan(county, q).size());
				compared++;
			}
			assertThat(numbers(register.search(county, null, 1, 2))).isEqualTo(scan(county, null).stream().skip(1).limit(2).toList());
		}
		assertThat(compared).isGreaterThan(200);
	}

	@Test
	void theCheckFindsWhatTheScanFound() {
		jdbc.sql("analyze admission_application").update();
		int compared = 0;
		for (long county : counties()) {
			List<String> probes = new ArrayList<>(List.of("甲", "请各村每天上街巡查占道经营", "请各村上报本村人口台账", "关于做好"));
			for (var t : jdbc.sql("select title, content from admission_application where county_unit_id = ?").param(county)
				.query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list()) {
				String c = t.get(1);
				probes.addAll(List.of(t.get(0), c, t.get(0) + c, c.substring(0, c.length() / 2), c.substring(c.length() / 3),
						"请于本周五前完成：" + c + "逾期通报。", c.substring(0, Math.min(c.length(), 12)) + "以及其他各项工作安排",
						new StringBuilder(c).reverse().toString()));
			}
			for (String p : probes) {
				Register.Check now = register.check(county, p);
				Map.Entry<Long, Double> old = scanCheck(county, p);
				boolean found = old.getKey() > 0 && old.getValue() >= Register.SAME_TASK;
				assertThat(now.registered()).as(p).isEqualTo(found);
				if (found) {
					String number = jdbc.sql("select admission_number from admission_application where id = ?").param(old.getKey())
						.query(String.class).single();
					assertThat(now.entry().number()).as(p).isEqualTo(number);
					assertThat(now.similarity()).as(p).isEqualTo(old.getValue());
				}
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(50);
	}

	/**
	 * Many similar matters in one county (600 notices from a few templates, words and numbers): the first round of the
	 * check (holders of the rarest grams) and the second (holders of the n − s + 1 rarest) find what the scan found.
	 */
	@Test
	@Transactional
	void theCheckFindsWhatTheScanFoundAmongManySimilarMatters() {
		long county = counties().get(0);
		java.util.Random random = new java.util.Random(30);
		String[] topics = { "低保对象", "秸秆禁烧", "森林防火", "防汛抗旱", "燃气安全", "留守儿童", "高龄老人", "农房安全" };
		String[] acts = { "摸底排查", "入户走访", "台账报送", "照片上报", "信息采集", "隐患整改" };
		String[] villages = { "东村", "西村", "南塬村", "北沟村", "河湾村", "上营村", "新庄村", "高坪村" };
		List<String> contents = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			String t = topics[random.nextInt(topics.length)];
			String a = acts[random.nextInt(acts.length)];
			String v = villages[random.nextInt(villages.length)];
			String content = switch (random.nextInt(3)) {
				case 0 -> "请" + v + "等村协助做好" + t + a + "，每月" + (1 + random.nextInt(28)) + "日前报送。";
				case 1 -> "根据要求，请各村（社区）对辖区" + (5 + random.nextInt(900)) + "户" + t + "开展" + a + "，建立台账。";
				default -> "一、" + t + a + "；二、" + topics[random.nextInt(topics.length)] + acts[random.nextInt(acts.length)] + "；三、"
						+ v + "于" + (1 + random.nextInt(12)) + "月底前报送。";
			};
			contents.add(content);
			jdbc.sql("""
					insert into admission_application (county_unit_id, department_unit_id, department_path, created_by, created_at,
					  title, kind, content, scope_type, status, admission_number, admission_year, admission_seq, expires_on)
					select :county, department_unit_id, department_path, 'it', created_at, :title, kind, :content, scope_type,
					       case when :i % 7 = 0 then 'REVOKED' else 'ADMITTED' end, :n, 2032, :i, case when :i % 5 = 0 then date '2025-12-31' end
					  from admission_application order by id limit 1""")
				.param("county", county).param("title", "关于开展" + t + a + "的通知").param("content", content)
				.param("n", "〔2032〕准字第" + String.format("%04d", i + 1) + "号").param("i", i).update();
		}
		int compared = 0;
		int found = 0;
		for (int i = 0; i < contents.size(); i += 7) {
			String c = contents.get(i);
			String other = contents.get((i * 31 + 5) % contents.size());
			for (String p : List.of(c, c.substring(0, c.length() / 2), c + other, c.substring(c.length() / 3) + "逾期通报", other.substring(0, 9) + c)) {
				Register.Check now = register.check(county, p);
				Map.Entry<Long, Double> old = scanCheck(county, p);
				boolean registered = old.getKey() > 0 && old.getValue() >= Register.SAME_TASK;
				assertThat(now.registered()).as(p).isEqualTo(registered);
				// a first round of one matter at most: the second round finds it
				RegisterGrams.Best small = RegisterGrams.best(jdbc, county, LocalDate.now(clock), RegisterGrams.bigrams(p), Register.SAME_TASK, 1);
				assertThat(small.share() >= Register.SAME_TASK).as(p).isEqualTo(registered);
				if (registered) {
					assertThat(small).as(p).isEqualTo(new RegisterGrams.Best(old.getKey(), old.getValue()));
				}
				if (registered) {
					assertThat(jdbc.sql("select id from admission_application where admission_number = ? and county_unit_id = ?")
						.params(now.entry().number(), county).query(Long.class).single()).as(p).isEqualTo(old.getKey());
					assertThat(now.similarity()).as(p).isEqualTo(old.getValue());
					found++;
				}
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(400);
		assertThat(found).isGreaterThan(200).isLessThan(compared);
	}

	@Test
	@Transactional
	void theIndexesLeadWithTheCountyAndAreUsed() {
		jdbc.sql("set local enable_seqscan = off").update();
		jdbc.sql("set local enable_indexscan = off").update();
		String search = String.join("\n", jdbc.sql("""
				explain select id from admission_application a where a.search_grams @> array['1:低保', '1:对象', '1:家庭']""")
			.query(String.class).list());
		// V89: the grams carry the county, so the posting lists are one county's (V85's btree_gin column was not used)
		assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'admission_search_idx'").query(String.class).single())
			.endsWith("USING gin (search_grams)");
		assertThat(jdbc.sql("select count(*) from admission_application a, unnest(a.search_grams) g where g not like a.county_unit_id || ':%'")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from admission_application a, unnest(a.search_grams) g").query(Long.class).single())
			.isGreaterThan(100);
		assertThat(search).contains("admission_search_idx");
		jdbc.sql("set local enable_indexscan = on").update();
		jdbc.sql("set local enable_bitmapscan = off").update();
		// the demo's table is tiny and holds dead rows of other tests: "can use", not "prefers"
		jdbc.sql("set local enable_sort = off").update();
		String list = String.join("\n", jdbc.sql("""
				explain select id from admission_application a where a.county_unit_id = 1 and a.admission_number is not null
				 order by a.admission_year desc, a.admission_number desc limit 30""").query(String.class).list());
		assertThat(list).contains("admission_register_idx");
	}

	@Test
	@Transactional
	void numbersAreUniquePerCountyNotPerInstallation() {
		long a = counties().get(0);
		// a second county: the test database holds one, any other unit stands for it (the column refers to a unit)
		long b = jdbc.sql("select id from unit where id <> ? order by id limit 1").param(a)
			.query(Long.class).single();
		String number = "〔2031〕准字第0001号";
		long inA = copyWithNumber(a, number);
		long inB = copyWithNumber(b, number);
		assertThat(register.byNumber(a, "[2031]准字第1号")).get().extracting(Register.Entry::number).isEqualTo(number);
		assertThat(register.check(a, number).registered()).isTrue();
		assertThat(register.check(b, number).registered()).isTrue();
		assertThat(register.byNumber(a, number).orElseThrow().title()).isEqualTo(title(inA));
		assertThat(register.byNumber(b, number).orElseThrow().title()).isEqualTo(title(inB));
		assertThat(numbering.next(Numbering.ADMISSION, a, 2031)).isEqualTo(1);
		assertThat(numbering.next(Numbering.ADMISSION, b, 2031)).isEqualTo(1);
		assertThat(numbering.next(Numbering.ADMISSION, a, 2031)).isEqualTo(2);
		// last: the failed insert ends the transaction
		assertThatThrownBy(() -> copyWithNumber(a, number)).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	@Transactional
	void theCountsOfGramsPerCountyFollowTheMatters() {
		assertThat(gramCounts()).isEqualTo(recounted()).isNotEmpty();
		long a = counties().get(0);
		long b = jdbc.sql("select id from unit where id <> ? order by id limit 1").param(a).query(Long.class).single();
		long copy = copyWithNumber(b, "〔2031〕准字第0002号");
		assertThat(gramCounts()).isEqualTo(recounted());
		assertThat(jdbc.sql("select matters from admission_gram where county_unit_id = ? and gram = '准字'").param(b)
			.query(Integer.class).single()).isEqualTo(1);
		jdbc.sql("update admission_application set title = '关于请各村上报秸秆禁烧巡查照片的通知', content = content || '每周一次。' where id = ?")
			.param(copy).update();
		assertThat(gramCounts()).isEqualTo(recounted());
		jdbc.sql("update admission_application set status = status where county_unit_id = ?").param(a).update();
		assertThat(gramCounts()).isEqualTo(recounted());
		jdbc.sql("delete from admission_application where id = ?").param(copy).update();
		assertThat(gramCounts()).isEqualTo(recounted());
		assertThat(jdbc.sql("select admission_gram_recount(?)").param(a).query(Integer.class).single()).isPositive();
		assertThat(gramCounts()).isEqualTo(recounted());
	}

	/** What the trigger keeps: matters and matters in force per county and gram (zeros left by deletions aside). */
	Map<String, String> gramCounts() {
		Map<String, String> out = new java.util.TreeMap<>();
		jdbc.sql("select county_unit_id || ':' || gram, matters || '/' || in_force from admission_gram where matters <> 0 or in_force <> 0")
			.query(rs -> {
				out.put(rs.getString(1), rs.getString(2));
			});
		return out;
	}

	/** The same counted from the matters. */
	Map<String, String> recounted() {
		Map<String, String> out = new java.util.TreeMap<>();
		jdbc.sql("select g, count(*) || '/' || count(*) filter (where a.in_force) from admission_application a, unnest(a.search_grams) g group by g")
			.query(rs -> {
				out.put(rs.getString(1), rs.getString(2));
			});
		return out;
	}

	/**
	 * V90: the check reads only matters flagged in force. A matter admitted is flagged (whatever its date), the sweep
	 * clears the flag after expiry, a renewal (new expiry) sets it again, a revocation clears it; the counts follow.
	 */
	@Test
	@Transactional
	void expiredMattersLeaveTheCheckAndRenewedOnesComeBack() {
		long county = counties().get(0);
		long copy = copyWithNumber(county, "〔2031〕准字第0003号");
		jdbc.sql("update admission_application set title = '关于请各村协助开展冬季农村饮水工程巡检登记的通知', content = '请各村安排专人对本村集中供水点逐一巡检并登记水质、水压和管网破损情况，每月报乡镇水利站。', expires_on = ? where id = ?")
			.param(LocalDate.of(2026, 11, 30)).param(copy).update();
		String text = "请各村安排专人对本村集中供水点逐一巡检并登记水质、水压和管网破损情况，每月报乡镇水利站。";
		assertThat(inForce(copy)).isTrue();
		assertThat(register.check(county, text).registered()).as("expired on 2026-11-30, today 2026-12-02").isFalse();
		assertThat(sweep.clearInForce(LocalDate.of(2026, 12, 2))).isPositive();
		assertThat(inForce(copy)).isFalse();
		assertThat(gramCounts()).isEqualTo(recounted());
		assertThat(jdbc.sql("select in_force from admission_gram where county_unit_id = ? and gram = '供水'").param(county)
			.query(Integer.class).single()).isZero();
		assertThat(register.check(county, text).registered()).isFalse();
		jdbc.sql("update admission_application set expires_on = ? where id = ?").param(LocalDate.of(2027, 12, 31)).param(copy).update();
		assertThat(inForce(copy)).as("renewed").isTrue();
		assertThat(gramCounts()).isEqualTo(recounted());
		assertThat(jdbc.sql("select in_force from admission_gram where county_unit_id = ? and gram = '供水'").param(county)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(register.check(county, text).entry().number()).isEqualTo("〔2031〕准字第0003号");
		assertThat(sweep.clearInForce(LocalDate.of(2026, 12, 2))).as("nothing in force has expired").isZero();
		jdbc.sql("update admission_application set status = 'REVOKED' where id = ?").param(copy).update();
		assertThat(inForce(copy)).as("revoked").isFalse();
		assertThat(gramCounts()).isEqualTo(recounted());
		assertThat(register.check(county, text).registered()).isFalse();
	}

	boolean inForce(long id) {
		return jdbc.sql("select in_force from admission_application where id = ?").param(id).query(Boolean.class).single();
	}

	String title(long id) {
		return jdbc.sql("select title from admission_application where id = ?").param(id).query(String.class).single();
	}

	long copyWithNumber(long county, String number) {
		return jdbc.sql("""
				insert into admission_application (county_unit_id, department_unit_id, department_path, created_by, created_at,
				  title, kind, content, scope_type, status, admission_number, admission_year, admission_seq)
				select :county, department_unit_id, department_path, created_by, created_at, title || '（' || :county || '）', kind,
				       content, scope_type, 'ADMITTED', :n, 2031, 1
				  from admission_application order by id limit 1
				returning id""").param("n", number).param("county", county).query(Long.class).single();
	}

	static List<String> numbers(List<Register.Entry> entries) {
		return entries.stream().map(Register.Entry::number).toList();
	}

	/** The search as it was before V85: the county's registered matters, one like per column. */
	List<String> scan(long county, String q) {
		String fragment = q == null || q.isBlank() ? null : q.strip().replace("%", "").replace("_", "");
		return jdbc.sql("""
				select a.admission_number from admission_application a
				 where a.county_unit_id = :county and a.admission_number is not null
				   and (cast(:q as varchar) is null or a.admission_number like :q or a.title like :q or a.content like :q
				        or a.department_unit_id = any(:departments))
				 order by a.admission_year desc, a.admission_number desc""")
			.param("county", county)
			.param("q", fragment == null ? null : "%" + fragment + "%")
			.param("departments", (fragment == null ? List.<Long>of() : tree.named(county, fragment)).toArray(Long[]::new))
			.query(String.class).list();
	}

	/** The check as it was before V85: every matter in force compared in Java; id and share of the best. */
	Map.Entry<Long, Double> scanCheck(long county, String text) {
		Set<String> probe = RegisterGrams.bigrams(text.strip());
		long best = -1;
		double bestScore = 0;
		for (var c : jdbc.sql("""
				select id, title || content from admission_application where county_unit_id = ?
				  and status in ('ADMITTED','FILED') and (expires_on is null or expires_on >= ?) order by id""")
			.params(county, java.sql.Date.valueOf(LocalDate.now(clock)))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()) {
			double s = RegisterGrams.dice(probe, RegisterGrams.bigrams(c.getValue()));
			if (s > bestScore) {
				bestScore = s;
				best = c.getKey();
			}
		}
		return Map.entry(best, bestScore);
	}
}
