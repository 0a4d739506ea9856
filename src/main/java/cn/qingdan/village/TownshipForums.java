package cn.qingdan.village;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * 乡镇（街道）协商 (seed 004 task 16): the township's consultation forums and hearings, its talks with residents, and
 * its meetings the public may attend (公众列席) with deputies attending — announced ahead with the seats for the public
 * and how to join (shown on the public page of each of its villages), then recorded once held: who attended, how many
 * of the public, the minutes and what was agreed. The township writes; its villages, the county office and inspectors
 * read.
 */
@Service
class TownshipForums {

	static final Map<String, String> KINDS = Map.of("FORUM", "乡镇协商议事会", "HEARING", "听证会", "TALK", "民情恳谈会",
			"OPEN_MEETING", "公众列席的乡镇会议");

	record Forum(long id, long townshipId, String path, String kind, String title, String topic, LocalDate heldOn,
			String place, int publicSeats, String howToJoin, String deputies, String status, String attendees,
			Integer publicAttended, String minutes, String outcome, String recordedBy, int version) {

		public String kindLabel() {
			return KINDS.get(kind);
		}

		public boolean held() {
			return "HELD".equals(status);
		}
	}

	record Notice(String kind, String title, String topic, LocalDate heldOn, String place, Integer publicSeats,
			String howToJoin, String deputies) {
	}

	private final Matters m;

	TownshipForums(Matters m) {
		this.m = m;
	}

	@Transactional
	long announce(QingdanUser actor, Notice n) {
		if (!actor.has(Role.TOWNSHIP_OFFICER)) {
			throw new RuleViolation("乡镇协商议事由乡镇（街道）登记");
		}
		if (n.kind() == null || !KINDS.containsKey(n.kind())) {
			throw new RuleViolation("kind", "请选择会议类别");
		}
		Meetings.required("title", n.title(), 200, "议题");
		Meetings.required("topic", n.topic(), 2000, "协商内容");
		if (n.heldOn() == null) {
			throw new RuleViolation("heldOn", "请填写会议日期");
		}
		Inputs.date("heldOn", n.heldOn(), "会议日期");
		Meetings.required("place", n.place(), 100, "会议地点");
		int seats = n.publicSeats() == null ? 0 : n.publicSeats();
		if (seats < 0 || seats > 1000) {
			throw new RuleViolation("publicSeats", "公众列席名额应为 0 至 1000");
		}
		if (seats > 0) {
			Meetings.required("howToJoin", n.howToJoin(), 300, "列席报名方式");
		}
		if (n.deputies() != null) {
			Inputs.length("deputies", n.deputies(), 500, "列席的人大代表、党代表");
		}
		String path = actor.unit().path();
		long id = m.jdbc().sql("""
				insert into village_township_forum (county_unit_id, township_unit_id, unit_path, kind, title, topic, held_on,
				  place, public_seats, how_to_join, deputies, status, recorded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?) returning id""")
			.params(Disclosures.countyOf(path), actor.unitId(), path, n.kind(), n.title().strip(), n.topic().strip(),
					Date.valueOf(n.heldOn()), n.place().strip(), seats, seats > 0 ? n.howToJoin().strip() : null,
					blank(n.deputies()), actor.displayName(), Timestamp.from(m.now()))
			.query(Long.class).single();
		m.audit("预告乡镇协商议事", "乡镇协商", id, KINDS.get(n.kind()) + "：" + n.title().strip());
		return id;
	}

	@Transactional
	void recordHeld(QingdanUser actor, long id, int version, String attendees, Integer publicAttended, String minutes,
			String outcome) {
		Forum f = require(actor, id);
		if (!actor.has(Role.TOWNSHIP_OFFICER) || actor.unitId() != f.townshipId()) {
			throw new RuleViolation("只有本乡镇（街道）可以登记");
		}
		if (f.held()) {
			throw new RuleViolation("该会议已登记");
		}
		if (f.heldOn().isAfter(m.today())) {
			throw new RuleViolation("会议尚未召开（" + f.heldOn() + "）");
		}
		Meetings.required("attendees", attendees, 1000, "参加人员");
		int came = publicAttended == null ? 0 : publicAttended;
		if (came < 0 || came > 1000) {
			throw new RuleViolation("publicAttended", "列席群众人数应为 0 至 1000");
		}
		Meetings.required("minutes", minutes, 4000, "会议记录");
		Meetings.required("outcome", outcome, 2000, "议定事项");
		if (m.jdbc().sql("""
				update village_township_forum set status = 'HELD', attendees = ?, public_attended = ?, minutes = ?, outcome = ?,
				  version = version + 1 where id = ? and version = ?""")
			.params(attendees.strip(), came, minutes.strip(), outcome.strip(), id, version).update() != 1) {
			throw new OptimisticLockingFailureException("该会议已被他人更新，请刷新后重试");
		}
		m.audit("登记乡镇协商议事", "乡镇协商", id, f.title());
	}

	/** A forum the actor may see: in their scope, or held by their village's township. */
	Forum require(QingdanUser actor, long id) {
		Forum f = m.jdbc().sql("select * from village_township_forum where id = ?").param(id).query(TownshipForums::map)
			.optional().orElseThrow(() -> new NotFound("该会议"));
		if (!actor.scope().covers(f.path()) && !actor.unit().path().startsWith(f.path())) {
			throw new NotFound("该会议");
		}
		return f;
	}

	List<Forum> within(QingdanUser actor) {
		return m.jdbc().sql("""
				select * from village_township_forum where unit_path like ? or ? like unit_path || '%'
				order by held_on desc, id desc limit 300""")
			.params(actor.scope().likePattern(), actor.unit().path()).query(TownshipForums::map).list();
	}

	/** Announced forums open to the public that a village's residents may attend (its township's), from today. */
	List<Forum> openTo(String villagePath) {
		return m.jdbc().sql("""
				select * from village_township_forum where ? like unit_path || '%' and status = 'PLANNED' and public_seats > 0
				  and held_on >= ? order by held_on limit 5""")
			.params(villagePath, Date.valueOf(m.today())).query(TownshipForums::map).list();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Forum map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Forum(rs.getLong("id"), rs.getLong("township_unit_id"), rs.getString("unit_path"), rs.getString("kind"),
				rs.getString("title"), rs.getString("topic"), rs.getDate("held_on").toLocalDate(), rs.getString("place"),
				rs.getInt("public_seats"), rs.getString("how_to_join"), rs.getString("deputies"), rs.getString("status"),
				rs.getString("attendees"), (Integer) rs.getObject("public_attended"), rs.getString("minutes"),
				rs.getString("outcome"), rs.getString("recorded_by"), rs.getInt("version"));
	}
}
