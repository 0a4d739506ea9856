package cn.qingdan.village;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.Masking;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.crypto.PersonalDataCipher;

/**
 * The opinion ledger (意见台账): opinions from the public page, from 民情恳谈 meetings or the counter, and questions
 * about disclosures (质询); each with the body responsible and a reply deadline in working days; replied, rated by the
 * villager, reopened when not satisfied, escalated to the township when unanswered past the deadline.
 */
@Service
class Opinions {

	static final List<String> BODIES = List.of("村民委员会", "村党组织", "村务监督委员会", "村集体经济组织");

	private final Matters m;
	private final PersonalDataCipher cipher;
	private final VillageProperties properties;
	private final OpinionMessages messages;

	Opinions(Matters m, PersonalDataCipher cipher, VillageProperties properties, OpinionMessages messages) {
		this.m = m;
		this.messages = messages;
		this.cipher = cipher;
		this.properties = properties;
	}

	/** A villager's opinion (or question about a disclosure) from the public page, without an account. */
	@Transactional
	String leave(Place village, String content, String name, String phone, Long disclosureId) {
		check(content, name, phone);
		boolean inquiry = disclosureId != null;
		String receipt = insert(village, inquiry ? "INQUIRY" : "OPINION", "PUBLIC", null, disclosureId, content, name,
				phone, "村民委员会");
		long matter = matterOf(receipt);
		m.step(matter, "村民" + (name == null || name.isBlank() ? "（未留姓名）" : Masking.name(name.strip())), null,
				inquiry ? "提出质询" : "留言", content.strip());
		m.audit(inquiry ? "群众质询" : "群众留言", "村民意见", receipt, village.name());
		return receipt;
	}

	/** An opinion raised at a 民情恳谈 meeting or at the counter, entered by the village. */
	@Transactional
	String record(QingdanUser actor, Place village, Long meetingId, String content, String name, String phone, String body) {
		check(content, name, phone);
		if (body == null || !BODIES.contains(body)) {
			throw new RuleViolation("body", "请选择责任主体");
		}
		String receipt = insert(village, "OPINION", meetingId == null ? "COUNTER" : "MEETING", meetingId, null, content,
				name, phone, body);
		m.step(matterOf(receipt), actor, meetingId == null ? "登记来访意见" : "登记恳谈会意见", content.strip() + "（责任主体：" + body + "）");
		m.audit("登记村民意见", "村民意见", receipt, village.name());
		return receipt;
	}

	private String insert(Place v, String kind, String source, Long meetingId, Long disclosureId, String content,
			String name, String phone, String body) {
		m.figuresChanged(v.path());
		String receipt = m.receipt();
		int days = "INQUIRY".equals(kind) ? properties.inquiryWorkingDays() : properties.replyWorkingDays();
		String cleanPhone = phone == null || phone.isBlank() ? null : phone.strip();
		m.jdbc().sql("""
				insert into village_opinion (matter_id, receipt, county_unit_id, village_unit_id, unit_path, kind, source,
				  meeting_id, disclosure_id, content, name_masked, phone_sealed, phone_masked, body, status, due_on, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(m.next(), receipt, v.countyId(), v.villageId(), v.path(), kind, source, meetingId, disclosureId,
					content.strip(), name == null || name.isBlank() ? null : Masking.name(name.strip()),
					cipher.encrypt(cleanPhone), Masking.phone(cleanPhone), body,
					Date.valueOf(m.workingDaysFrom(m.today(), days)), Timestamp.from(m.now()))
			.update();
		return receipt;
	}

	private static void check(String content, String name, String phone) {
		if (content == null || content.strip().length() < 5) {
			throw new RuleViolation("content", "请写明意见或问题（至少 5 个字）");
		}
		Inputs.length("content", content, 1000, "意见内容");
		Inputs.length("name", name, 20, "姓名");
		if (phone != null && !phone.isBlank() && !phone.strip().matches("1\\d{10}")) {
			throw new RuleViolation("phone", "手机号码应为 11 位数字，以 1 开头");
		}
	}

	private long matterOf(String receipt) {
		return m.jdbc().sql("select matter_id from village_opinion where receipt = ?").param(receipt).query(Long.class).single();
	}

	@Transactional
	void reply(QingdanUser actor, long id, int version, String reply) {
		Opinion o = require(actor, id);
		boolean township = actor.has(Role.TOWNSHIP_OFFICER);
		if (!(VillageAccess.writer(actor) || township && "ESCALATED".equals(o.status()))) {
			throw new RuleViolation("只有本村经办人、负责人可以答复；逾期提请督办的意见由乡镇答复");
		}
		if (!o.open()) {
			throw new RuleViolation("该意见已答复");
		}
		if (reply == null || reply.strip().length() < 2) {
			throw new RuleViolation("reply", "请填写答复内容");
		}
		Inputs.length("reply", reply, 2000, "答复内容");
		update(id, version, "status = 'REPLIED', reply = ?, replied_on = ?", reply.strip(), Date.valueOf(m.today()));
		m.step(o.matterId(), actor, township ? "乡镇督办答复" : "答复", reply.strip());
		messages.answered(id);
		m.figuresChanged(o.path());
		m.audit("答复村民意见", "村民意见", o.receipt(), township ? "乡镇督办答复" : "村答复");
	}

	/** The villager's satisfaction (by receipt on the public page, or heard by the village and entered). */
	@Transactional
	void rate(String receipt, String satisfaction, String by) {
		Opinion o = byReceipt(receipt).orElseThrow(() -> new NotFound("该回执号对应的意见"));
		if (!"REPLIED".equals(o.status())) {
			throw new RuleViolation("该意见尚未答复或已评价");
		}
		if (!List.of("SATISFIED", "BASIC", "UNSATISFIED").contains(satisfaction)) {
			throw new RuleViolation("satisfaction", "请选择满意、基本满意或不满意");
		}
		if ("UNSATISFIED".equals(satisfaction)) {
			var due = m.workingDaysFrom(m.today(), properties.replyWorkingDays());
			update(o.id(), o.version(), "status = 'REOPENED', satisfaction = ?, reopened = reopened + 1, due_on = ?",
					satisfaction, Date.valueOf(due));
			m.step(o.matterId(), by, null, "评价：不满意", "重新办理，答复期限 " + due);
		}
		else {
			update(o.id(), o.version(), "status = 'CLOSED', satisfaction = ?", satisfaction);
			m.step(o.matterId(), by, null, "评价：" + Opinion.satisfactionLabel(satisfaction), "办结");
		}
		m.audit("评价答复", "村民意见", o.receipt(), Opinion.satisfactionLabel(satisfaction));
		m.figuresChanged(o.path());
	}

	/** Escalated by the sweep: unanswered past the deadline, the township must see to it. */
	void escalate(Opinion o, String townshipNote) {
		int n = m.jdbc().sql("update village_opinion set status = 'ESCALATED', version = version + 1 where id = ? and status in ('OPEN', 'REOPENED')")
			.param(o.id()).update();
		if (n == 1) {
			m.step(o.matterId(), "系统", null, "逾期提请乡镇督办", "答复期限 " + o.dueOn() + " 已过仍未答复；" + townshipNote);
			m.audit("意见逾期提请督办", "村民意见", o.receipt(), "期限 " + o.dueOn());
			messages.escalated(o);
			m.figuresChanged(o.path());
		}
	}

	/** The village takes an opinion (from the public page or the counter) into a 民情恳谈 meeting. */
	@Transactional
	void bringToMeeting(QingdanUser actor, long id, Meetings.Meeting meeting) {
		Opinion o = require(actor, id);
		if (!VillageAccess.writer(actor) || o.villageId() != actor.unitId() || meeting.villageId() != o.villageId()) {
			throw new RuleViolation("只有本村经办人或负责人可以办理");
		}
		if (o.meetingId() != null) {
			throw new RuleViolation("该意见已在民情恳谈会上讨论");
		}
		m.jdbc().sql("update village_opinion set meeting_id = ?, version = version + 1 where id = ?").params(meeting.id(), id).update();
		m.step(o.matterId(), actor, "纳入民情恳谈会", meeting.heldOn() + " " + meeting.place() + "：" + Inputs.fit(meeting.minutes(), 500));
		m.audit("意见纳入民情恳谈", "村民意见", o.receipt(), meeting.heldOn().toString());
	}

	void linkDeliberation(long opinionId, long deliberationId) {
		m.jdbc().sql("update village_opinion set deliberation_id = ?, version = version + 1 where id = ?")
			.params(deliberationId, opinionId).update();
	}

	/** The deliberation's result, reported back to the villager who raised it: the opinion is answered. */
	void answerWithResult(long opinionId, String result) {
		m.jdbc().sql("""
				update village_opinion set status = 'REPLIED', reply = ?, replied_on = ?, version = version + 1
				where id = ? and status in ('OPEN', 'REOPENED', 'ESCALATED')""")
			.params(Inputs.fit(result, 2000), Date.valueOf(m.today()), opinionId).update();
		messages.answered(opinionId);
	}

	private void update(long id, int version, String set, Object... params) {
		Object[] all = new Object[params.length + 2];
		System.arraycopy(params, 0, all, 0, params.length);
		all[params.length] = id;
		all[params.length + 1] = version;
		if (m.jdbc().sql("update village_opinion set " + set + ", version = version + 1 where id = ? and version = ?")
			.params(all).update() != 1) {
			throw new OptimisticLockingFailureException("该意见已被他人处理，请刷新后重试");
		}
	}

	Opinion require(QingdanUser actor, long id) {
		Opinion o = m.jdbc().sql("select " + Opinion.COLUMNS + " from village_opinion where id = ?").param(id)
			.query(Opinion::map).optional().orElseThrow(() -> new NotFound("该意见"));
		VillageAccess.covers(actor, o.path(), "该意见");
		return o;
	}

	Optional<Opinion> byReceipt(String receipt) {
		if (receipt == null || !receipt.matches("YJ[A-Z2-9]{10}")) {
			return Optional.empty();
		}
		return m.jdbc().sql("select " + Opinion.COLUMNS + " from village_opinion where receipt = ?").param(receipt)
			.query(Opinion::map).optional();
	}

	/** The ledger within the actor's scope, newest first; {@code status} null for all, "OVERDUE" for the open ones past due. */
	List<Opinion> ledger(QingdanUser actor, String status, int limit, int offset) {
		String where = status == null ? "" : "OVERDUE".equals(status)
				? " and status in ('OPEN', 'REOPENED', 'ESCALATED') and due_on < ?" : " and status = ?";
		var spec = m.jdbc().sql("select " + Opinion.COLUMNS + " from village_opinion where unit_path like ?" + where
				+ " order by created_at desc, id desc limit ? offset ?").param(actor.scope().likePattern());
		if (status != null) {
			spec = spec.param("OVERDUE".equals(status) ? Date.valueOf(m.today()) : status);
		}
		return spec.param(limit).param(offset).query(Opinion::map).list();
	}

	List<Opinion> ofVillage(long villageId, int limit) {
		return m.jdbc().sql("select " + Opinion.COLUMNS + " from village_opinion where village_unit_id = ? order by created_at desc, id desc limit ?")
			.params(villageId, limit).query(Opinion::map).list();
	}

	List<Opinion> ofMeeting(long meetingId) {
		return m.jdbc().sql("select " + Opinion.COLUMNS + " from village_opinion where meeting_id = ? order by id")
			.param(meetingId).query(Opinion::map).list();
	}

	List<Opinion> ofDisclosure(long disclosureId) {
		return m.jdbc().sql("select " + Opinion.COLUMNS + " from village_opinion where disclosure_id = ? order by id")
			.param(disclosureId).query(Opinion::map).list();
	}

	/** Open opinions past their deadline and not yet escalated, for the escalation sweep. */
	List<Opinion> overdueToEscalate(java.time.LocalDate today) {
		return m.jdbc().sql("select " + Opinion.COLUMNS + " from village_opinion where status in ('OPEN', 'REOPENED') and due_on < ? order by id limit 5000")
			.param(Date.valueOf(today)).query(Opinion::map).list();
	}
}
