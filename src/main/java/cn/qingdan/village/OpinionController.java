package cn.qingdan.village;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;

/** The opinion ledger and 民情恳谈 meetings for villages, townships and the county. */
@Controller
@RequestMapping("/village")
class OpinionController {

	private final VillageAccess access;
	private final Opinions opinions;
	private final Meetings meetings;
	private final Matters matters;
	private final Disclosures disclosures;

	OpinionController(VillageAccess access, Opinions opinions, Meetings meetings, Matters matters, Disclosures disclosures) {
		this.access = access;
		this.opinions = opinions;
		this.meetings = meetings;
		this.matters = matters;
		this.disclosures = disclosures;
	}

	@GetMapping("/opinions")
	String ledger(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		String s = status == null || !java.util.List.of("OPEN", "REOPENED", "ESCALATED", "REPLIED", "CLOSED", "OVERDUE")
			.contains(status) ? null : status;
		int p = Math.max(0, Math.min(page, 10_000));
		var list = opinions.ledger(me, s, 31, p * 30);
		model.addAttribute("opinions", list.stream().limit(30).toList());
		model.addAttribute("hasNext", list.size() > 30);
		model.addAttribute("page", p);
		model.addAttribute("status", s);
		model.addAttribute("bodies", Opinions.BODIES);
		model.addAttribute("writer", VillageAccess.writer(me));
		return "village/opinions";
	}

	@GetMapping("/opinions/{id}")
	String opinion(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		Opinion o = opinions.require(me, id);
		model.addAttribute("o", o);
		model.addAttribute("village", access.village(o.villageId()));
		model.addAttribute("timeline", matters.timeline(o.matterId()));
		model.addAttribute("published", disclosures.ofMatter(o.matterId()));
		model.addAttribute("canReply", o.open() && (VillageAccess.writer(me)
				|| me.has(cn.qingdan.identity.Role.TOWNSHIP_OFFICER) && "ESCALATED".equals(o.status())));
		model.addAttribute("writer", VillageAccess.writer(me));
		model.addAttribute("meetings", VillageAccess.writer(me) && o.meetingId() == null
				? meetings.within(me, 10).stream().filter(x -> x.villageId() == o.villageId()).toList() : java.util.List.of());
		return "village/opinion";
	}

	@PostMapping("/opinions/{id}/reply")
	String reply(@PathVariable long id, @RequestParam(defaultValue = "0") int version,
			@RequestParam(required = false) String reply, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/opinions/" + id, "已答复，群众可凭回执号查看并评价", () -> opinions.reply(me, id, version, reply));
	}

	@PostMapping("/opinions/{id}/meeting")
	String toMeeting(@PathVariable long id, @RequestParam(defaultValue = "0") long meetingId, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		Meetings.Meeting x = meetings.require(me, meetingId);
		return Act.run(redirect, "/village/opinions/" + id, "已纳入民情恳谈会", () -> opinions.bringToMeeting(me, id, x));
	}

	@PostMapping("/opinions/{id}/satisfaction")
	String satisfaction(@PathVariable long id, @RequestParam(required = false) String satisfaction, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Opinion o = opinions.require(me, id);
		access.ownVillage(me);
		return Act.run(redirect, "/village/opinions/" + id, "已登记群众评价",
				() -> opinions.rate(o.receipt(), satisfaction, me.displayName() + "（代为登记电话回访评价）"));
	}

	@PostMapping("/opinions")
	String record(@RequestParam(required = false) Long meetingId, @RequestParam(required = false) String content,
			@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String body, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Place v = access.ownVillage(me);
		if (meetingId != null && meetings.require(me, meetingId).villageId() != v.villageId()) {
			throw new cn.qingdan.shared.NotFound("该民情恳谈会");
		}
		String back = meetingId == null ? "/village/opinions" : "/village/meetings/" + meetingId;
		return Act.run(redirect, back, "已登记到意见台账", () -> opinions.record(me, v, meetingId, content, name, phone, body));
	}

	@GetMapping("/meetings")
	String meetingList(Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		model.addAttribute("meetings", meetings.within(me, 200));
		model.addAttribute("writer", VillageAccess.writer(me));
		return "village/meetings";
	}

	@PostMapping("/meetings")
	String meetingNew(@RequestParam(required = false) String heldOn, @RequestParam(required = false) String place,
			@RequestParam(required = false) String attendees, @RequestParam(required = false) String minutes,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Place v = access.ownVillage(me);
		long[] id = { 0 };
		String r = Act.run(redirect, "/village/meetings", "已登记民情恳谈会",
				() -> id[0] = meetings.record(me, v, Act.date(heldOn, "heldOn", "会议日期"), place, attendees, minutes));
		return id[0] == 0 ? r : "redirect:/village/meetings/" + id[0];
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		Meetings.Meeting x = meetings.require(me, id);
		model.addAttribute("meeting", x);
		model.addAttribute("village", access.village(x.villageId()));
		model.addAttribute("opinions", opinions.ofMeeting(id));
		model.addAttribute("bodies", Opinions.BODIES);
		model.addAttribute("writer", VillageAccess.writer(me) && me.unitId() == x.villageId());
		return "village/meeting";
	}
}
