package cn.qingdan.village;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.RuleViolation;

/** The township's guidance comments (指导意见) on a village's self-governance; the village reads them. */
@Service
class Guidance {

	record Comment(String author, String authorUnit, String text, Instant at) {
	}

	private final Matters m;

	Guidance(Matters m) {
		this.m = m;
	}

	@Transactional
	void comment(QingdanUser actor, Place v, String text) {
		if (!actor.has(Role.TOWNSHIP_OFFICER) && !actor.has(Role.OFFICE_ADMIN)) {
			throw new RuleViolation("指导意见由乡镇（街道）或县减负办填写");
		}
		Meetings.required("text", text, 1000, "指导意见");
		m.jdbc().sql("insert into village_guidance (village_unit_id, unit_path, author, author_unit, text, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(v.villageId(), v.path(), actor.displayName(), actor.unitName(), text.strip(), Timestamp.from(m.now()))
			.update();
		m.audit("填写指导意见", "村民自治", v.villageId(), v.name());
	}

	List<Comment> of(long villageId) {
		return m.jdbc().sql("select * from village_guidance where village_unit_id = ? order by created_at desc limit 50")
			.param(villageId)
			.query((rs, n) -> new Comment(rs.getString("author"), rs.getString("author_unit"), rs.getString("text"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}
}
