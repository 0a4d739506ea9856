package cn.qingdan.village;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;

/**
 * 村务公开 records: a village records what it posted against the county catalogue (period, date, content); the due
 * date comes from the item's timing, so late and missing disclosures light up; a deliberation's resolution and
 * result are published here too.
 */
@Service
class Disclosures {

	private final Matters m;
	private final DisclosureCatalogue catalogue;
	private final WorkingDays workingDays;

	Disclosures(Matters m, DisclosureCatalogue catalogue, WorkingDays workingDays) {
		this.m = m;
		this.catalogue = catalogue;
		this.workingDays = workingDays;
	}

	@Transactional
	long record(QingdanUser actor, Place v, long itemId, String period, LocalDate disclosedOn, String title, String content) {
		DisclosureItem item = catalogue.byId(v.countyId(), itemId).orElseThrow(() -> new RuleViolation("itemId", "请选择公开事项"));
		if (!DisclosureTiming.valid(item.timing(), period)) {
			throw new RuleViolation("period", item.periodic() ? "请选择公开的期间" : "请填写事项发生的日期");
		}
		if (disclosedOn == null) {
			throw new RuleViolation("disclosedOn", "请填写公开日期");
		}
		Inputs.date("disclosedOn", disclosedOn, "公开日期");
		if (disclosedOn.isAfter(m.today())) {
			throw new RuleViolation("disclosedOn", "公开日期不能晚于今天");
		}
		Meetings.required("title", title, 200, "标题");
		Meetings.required("content", content, 4000, "公开内容");
		if (item.periodic() && m.jdbc().sql("select count(*) from village_disclosure where village_unit_id = ? and item_id = ? and period = ?")
			.params(v.villageId(), itemId, period).query(Integer.class).single() > 0) {
			throw new RuleViolation("period", DisclosureTiming.label(item.timing(), period) + "的“" + item.name() + "”已登记公开");
		}
		LocalDate due = DisclosureTiming.due(item.timing(), period, item.graceDays(), workingDays);
		long id = insert(v, null, item, period, due, disclosedOn, title.strip(), content.strip(), null, null, actor.displayName());
		m.audit("登记村务公开", "村务公开", id, item.name() + " " + DisclosureTiming.label(item.timing(), period)
				+ (disclosedOn.isAfter(due) ? "（逾期公开）" : ""));
		return id;
	}

	/** Publishes a deliberation's resolution or result under the catalogue item {@code code}. */
	void publish(QingdanUser actor, Deliberation d, String code, LocalDate on, String title, String content, LocalDate until) {
		Place v = new Place(d.villageId(), null, d.path(), null, countyOf(d.path()));
		DisclosureItem item = catalogue.byCode(v.countyId(), code).orElseThrow();
		String period = on.toString();
		insert(v, d.matterId(), item, period, DisclosureTiming.due(item.timing(), period, item.graceDays(), workingDays),
				on, Inputs.fit(title, 200), Inputs.fit(content, 4000), until, d.id(), actor.displayName());
		m.step(d.matterId(), actor, "村务公开", title + (until == null ? "" : "，公示至 " + until));
	}

	static long countyOf(String path) {
		return Long.parseLong(path.substring(1, path.indexOf('/', 1)));
	}

	long insert(Place v, Long matterId, DisclosureItem item, String period, LocalDate due, LocalDate on, String title,
			String content, LocalDate until, Long deliberationId, String by) {
		m.figuresChanged(v.path());
		return m.jdbc().sql("""
				insert into village_disclosure (matter_id, county_unit_id, village_unit_id, unit_path, item_id, period, due_on,
				  disclosed_on, title, content, publicity_until, deliberation_id, recorded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(matterId, v.countyId(), v.villageId(), v.path(), item.id(), period, Date.valueOf(due), Date.valueOf(on),
					title, content, until == null ? null : Date.valueOf(until), deliberationId, by, Timestamp.from(m.now()))
			.query(Long.class).single();
	}

	Disclosure require(QingdanUser actor, long id) {
		Disclosure d = find(id).orElseThrow(() -> new NotFound("该公开记录"));
		VillageAccess.covers(actor, d.path(), "该公开记录");
		return d;
	}

	java.util.Optional<Disclosure> find(long id) {
		return m.jdbc().sql(Disclosure.SELECT + " where d.id = ?").param(id).query(Disclosure::map).optional();
	}

	/** A village's disclosures, newest first. */
	List<Disclosure> ofVillage(long villageId, int limit) {
		return m.jdbc().sql(Disclosure.SELECT + " where d.village_unit_id = ? order by d.disclosed_on desc, d.id desc limit ?")
			.params(villageId, limit).query(Disclosure::map).list();
	}

	List<Disclosure> ofMatter(long matterId) {
		return m.jdbc().sql(Disclosure.SELECT + " where d.matter_id = ? order by d.disclosed_on, d.id").param(matterId)
			.query(Disclosure::map).list();
	}

	/**
	 * The village's board for this year: every periodic item's periods due from 1 January to 30 days ahead, with what
	 * was disclosed (late, on time) or not (missing, pending), plus the event disclosures of the year.
	 */
	List<Disclosure.Row> board(Place v) {
		LocalDate today = m.today();
		LocalDate from = LocalDate.of(today.getYear(), 1, 1);
		List<DisclosureItem> items = catalogue.of(v.countyId());
		Map<String, Disclosure> done = m.jdbc().sql(Disclosure.SELECT + " where d.village_unit_id = ? and d.due_on >= ?")
			.params(v.villageId(), Date.valueOf(from)).query(Disclosure::map).list().stream()
			.collect(Collectors.toMap(d -> d.itemId() + ":" + d.period(), Function.identity(), (a, b) -> a));
		List<Disclosure.Row> rows = new ArrayList<>();
		for (DisclosureItem item : items) {
			if (item.periodic()) {
				for (DisclosureTiming.Period p : DisclosureTiming.periodsDue(item.timing(), item.graceDays(), from,
						today.plusDays(30), workingDays)) {
					rows.add(new Disclosure.Row(item, p.code(), p.label(), p.dueOn(), done.remove(item.id() + ":" + p.code())));
				}
			}
		}
		for (Disclosure d : done.values()) {
			DisclosureItem item = items.stream().filter(i -> i.id() == d.itemId()).findFirst().orElseThrow();
			rows.add(new Disclosure.Row(item, d.period(), d.periodLabel(), d.dueOn(), d));
		}
		rows.sort(Comparator.comparing(Disclosure.Row::dueOn).reversed());
		return rows;
	}

	/** Attachments: the posted notice, photos of the board (PDF, JPG, PNG decided by content, at most 5 MB). */
	@Transactional
	void attach(QingdanUser actor, long disclosureId, String filename, byte[] bytes) {
		Disclosure d = require(actor, disclosureId);
		if (!VillageAccess.writer(actor) || d.villageId() != actor.unitId()) {
			throw new RuleViolation("只有本村经办人或负责人可以上传附件");
		}
		String type = Attachments.type(bytes);
		if (bytes == null || bytes.length == 0) {
			throw new RuleViolation("file", "请选择文件");
		}
		if (bytes.length > Attachments.MAX_BYTES) {
			throw new RuleViolation("file", "附件不超过 5 MB");
		}
		if (type == null) {
			throw new RuleViolation("file", "附件应为 PDF、JPG 或 PNG 文件");
		}
		String name = filename == null || filename.isBlank() ? "附件" : Inputs.fit(filename.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_"), 200);
		m.jdbc().sql("insert into village_disclosure_attachment (disclosure_id, filename, content_type, bytes, uploaded_at) values (?, ?, ?, ?, ?)")
			.params(disclosureId, name, type, bytes, Timestamp.from(m.now())).update();
		m.audit("上传公开附件", "村务公开", disclosureId, type);
	}

	List<Attachments.Meta> attachments(long disclosureId) {
		return m.jdbc().sql("select id, filename, content_type, length(bytes) as size from village_disclosure_attachment where disclosure_id = ? order by id")
			.param(disclosureId)
			.query((rs, n) -> new Attachments.Meta(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"), rs.getLong("size")))
			.list();
	}

	java.util.Optional<Attachments.File> attachment(long disclosureId, long attachmentId) {
		return m.jdbc().sql("select filename, content_type, bytes from village_disclosure_attachment where id = ? and disclosure_id = ?")
			.params(attachmentId, disclosureId)
			.query((rs, n) -> new Attachments.File(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("bytes")))
			.optional();
	}
}
