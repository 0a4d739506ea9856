package cn.qingdan.village;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;

/**
 * The demo's writer: ids drawn in blocks from the tables' sequences, rows gathered and written in batches, timeline
 * entries in one batch, a seeded random (the same county gives the same history), and village people's names.
 */
final class DemoBatch {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "高", "林", "罗", "田", "冯", "董", "任" };

	private static final String[] GIVEN = { "建国", "秀英", "卫东", "海燕", "志强", "红梅", "永福", "小军", "丽娟",
			"宏伟", "文斌", "春花", "明亮", "淑珍", "国庆", "玉兰", "长顺", "桂芳" };

	final JdbcTemplate jdbc;
	final Random random;
	final List<Timeline.Entry> timeline = new ArrayList<>();

	DemoBatch(JdbcTemplate jdbc, long seed) {
		this.jdbc = jdbc;
		this.random = new Random(seed);
	}

	Deque<Long> ids(String sequence, int n) {
		return new java.util.ArrayDeque<>(jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)",
				Long.class, n));
	}

	void insert(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows);
		}
	}

	String name() {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
	}

	int between(int from, int to) {
		return from + random.nextInt(to - from + 1);
	}

	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	static Date day(LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	static Instant at(LocalDate d, int hour) {
		return d.atTime(LocalTime.of(hour, 30)).atZone(ZONE).toInstant();
	}

	static Timestamp ts(LocalDate d, int hour) {
		return Timestamp.from(at(d, hour));
	}

	void step(long matter, LocalDate on, int hour, String actor, String unit, String action, String note) {
		timeline.add(new Timeline.Entry(Subject.villageMatter(matter), at(on, hour), actor, unit, action, note));
	}
}
