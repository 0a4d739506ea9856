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
import cn.qingdan.identity.Role;
import cn.qingdan.shared.RuleViolation;

/** Deliberations and 四议两公开: the list, opening one (from an opinion or not), each step, the vote, the sign-offs. */
@Controller
@RequestMapping("/village/deliberations")
class DeliberationController {

	private final VillageAccess access;
	private final Deliberations deliberations;
	private final Opinions opinions;
	private final Matters matters;
	private final Disclosures disclosures;
	private final VillageProperties properties;
	private final VillageDeliberationRecords records;
	private final Compacts compacts;

	DeliberationController(VillageAccess access, Deliberations deliberations, Opinions opinions, Matters matters,
			Disclosures disclosures, VillageProperties properties, VillageDeliberationRecords records, Compacts compacts) {
		this.records = records;
		this.compacts = compacts;
		this.access = access;
		this.deliberations = deliberations;
		this.opinions = opinions;
		this.matters = matters;
		this.disclosures = disclosures;
		this.properties = properties;
	}

	@GetMapping
	String list(Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		model.addAttribute("deliberations", deliberations.within(me, 300));
		model.addAttribute("writer", VillageAccess.writer(me));
		return "village/deliberations";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) Long opinion, Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.ownVillage(me);
		if (opinion != null) {
			model.addAttribute("opinion", opinions.require(me, opinion));
		}
		model.addAttribute("forms", Deliberation.FORMS);
		model.addAttribute("affects", Deliberation.AFFECTS);
		model.addAttribute("proposers", Deliberation.PROPOSERS);
		return "village/deliberation-new";
	}

	@PostMapping
	String open(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String affects, @RequestParam(required = false) String form,
			@RequestParam(required = false) String proposerKind, @RequestParam(required = false) String proposer,
			@RequestParam(required = false) String proposal, @RequestParam(required = false) Long opinionId,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Place v = access.ownVillage(me);
		try {
			long id = deliberations.open(me, v, new Deliberations.Opening(kind, title, affects, form, proposerKind,
					proposer, proposal, opinionId));
			redirect.addFlashAttribute("flash", "已启动，请按环节逐步记录");
			return "redirect:/village/deliberations/" + id;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/village/deliberations/new" + (opinionId == null ? "" : "?opinion=" + opinionId);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		Deliberation d = deliberations.require(me, id);
		model.addAttribute("d", d);
		model.addAttribute("village", access.village(d.villageId()));
		model.addAttribute("record", records.view(d));
		model.addAttribute("compacts", compacts.draftedThrough(id));
		model.addAttribute("published", disclosures.ofMatter(d.matterId()));
		model.addAttribute("opinion", d.opinionId() == null ? null : opinions.require(me, d.opinionId()));
		boolean own = me.unitId() == d.villageId();
		model.addAttribute("writer", own && VillageAccess.writer(me));
		model.addAttribute("supervisor", own && me.has(Role.VILLAGE_SUPERVISOR));
		model.addAttribute("hint", d.nextStep() == 0 || d.major() ? null : Deliberation.CONSULT_HINTS.get(d.nextStep() - 1));
		model.addAttribute("publicityDays", properties.publicityDays());
		model.addAttribute("today", matters.today());
		return "village/deliberation";
	}

	@PostMapping("/{id}/steps")
	String step(@PathVariable long id, @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "0") int step,
			@RequestParam(required = false) String on, @RequestParam(required = false) String content,
			@RequestParam(required = false) String publicityDays, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/deliberations/" + id, "已记录", () -> deliberations.record(me, id, version, step,
				Act.date(on, "on", "日期"), content,
				publicityDays == null || publicityDays.isBlank() ? null : Act.count(publicityDays, "publicityDays", "公示天数", false)));
	}

	@PostMapping("/{id}/vote")
	String vote(@PathVariable long id, @RequestParam(defaultValue = "0") int version, @RequestParam(required = false) String on,
			@RequestParam(required = false) String meetingType, @RequestParam(required = false) String eligible,
			@RequestParam(required = false) String households, @RequestParam(required = false) String present,
			@RequestParam(required = false) String householdsPresent, @RequestParam(required = false) String votesFor,
			@RequestParam(required = false) String against, @RequestParam(required = false) String abstain,
			@RequestParam(required = false) String decision, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		java.util.Map<String, String> typed = new java.util.HashMap<>();
		String[][] fields = { { "eligible", eligible }, { "households", households }, { "present", present },
				{ "householdsPresent", householdsPresent }, { "votesFor", votesFor }, { "against", against },
				{ "abstain", abstain }, { "decision", decision }, { "meetingType", meetingType } };
		for (String[] f : fields) {
			typed.put(f[0], f[1] == null ? "" : f[1]);
		}
		redirect.addFlashAttribute("typed", typed); // a refused vote comes back with what was typed
		return Act.run(redirect, "/village/deliberations/" + id, "已记录表决结果", () -> deliberations.vote(me, id, version,
				Act.date(on, "on", "表决日期"), vote(meetingType, eligible, households, present, householdsPresent, votesFor,
						against, abstain), decision));
	}

	static Quorum.Vote vote(String meetingType, String eligible, String households, String present,
			String householdsPresent, String votesFor, String against, String abstain) {
		Quorum.MeetingType type;
		try {
			type = meetingType == null ? null : Quorum.MeetingType.valueOf(meetingType);
		}
		catch (IllegalArgumentException ex) {
			type = null;
		}
		return new Quorum.Vote(type, Act.count(eligible, "eligible", "应到人数", false), Act.count(households, "households", "总户数", true),
				Act.count(present, "present", "到会人数", false), Act.count(householdsPresent, "householdsPresent", "到会户代表", true),
				Act.count(votesFor, "votesFor", "赞成票", false), Act.count(against, "against", "反对票", true),
				Act.count(abstain, "abstain", "弃权票", true));
	}

	@PostMapping("/{id}/supervision")
	String supervise(@PathVariable long id, @RequestParam(defaultValue = "0") int step, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/deliberations/" + id, "已签署监督意见", () -> deliberations.supervise(me, id, step, note));
	}
}
