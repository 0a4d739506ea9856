package cn.qingdan.village;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/** 民情恳谈会: the meeting record (date, place, who attended, minutes); opinions raised there go to the ledger. */
@Service
class Meetings {

	record Meeting(long id, long villageId, String path, LocalDate heldOn, String place, String attendees,
			String minutes, String recordedBy) {
	}

	private final Matters m;

	Meetings(Matters m) {
		this.m = m;
	}

	@Transactional
	long record(QingdanUser actor, Place v, LocalDate heldOn, String place, String attendees, String minutes) {
		if (heldOn == null) {
			throw new RuleViolation("heldOn", "请填写会议日期");
		}
		Inputs.date("heldOn", heldOn, "会议日期");
		if (heldOn.isAfter(m.today())) {
			throw new RuleViolation("heldOn", "会议日期不能晚于今天");
		}
		required("place", place, 100, "会议地点");
		required("attendees", attendees, 1000, "参加人员");
		required("minutes", minutes, 4000, "会议记录");
		long id = m.jdbc().sql("""
				insert into village_meeting (county_unit_id, village_unit_id, unit_path, held_on, place, attendees, minutes,
				  recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(v.countyId(), v.villageId(), v.path(), Date.valueOf(heldOn), place.strip(), attendees.strip(),
					minutes.strip(), actor.displayName(), Timestamp.from(m.now()))
			.query(Long.class).single();
		m.audit("登记民情恳谈会", "民情恳谈会", id, v.name() + " " + heldOn);
		return id;
	}

	static void required(String field, String value, int max, String label) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(field, "请填写" + label);
		}
		Inputs.length(field, value, max, label);
	}

	Meeting require(QingdanUser actor, long id) {
		Meeting x = m.jdbc().sql("select * from village_meeting where id = ?").param(id).query(Meetings::map).optional()
			.orElseThrow(() -> new NotFound("该民情恳谈会"));
		VillageAccess.covers(actor, x.path(), "该民情恳谈会");
		return x;
	}

	List<Meeting> within(QingdanUser actor, int limit) {
		return m.jdbc().sql("select * from village_meeting where unit_path like ? order by held_on desc, id desc limit ?")
			.params(actor.scope().likePattern(), limit).query(Meetings::map).list();
	}

	private static Meeting map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Meeting(rs.getLong("id"), rs.getLong("village_unit_id"), rs.getString("unit_path"),
				rs.getDate("held_on").toLocalDate(), rs.getString("place"), rs.getString("attendees"),
				rs.getString("minutes"), rs.getString("recorded_by"));
	}
}
