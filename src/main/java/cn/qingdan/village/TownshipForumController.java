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

/** 乡镇协商议事: the township announces a forum, hearing or open meeting and records it once held. */
@Controller
@RequestMapping("/village/forums")
class TownshipForumController {

	private final VillageAccess access;
	private final TownshipForums forums;

	TownshipForumController(VillageAccess access, TownshipForums forums) {
		this.access = access;
		this.forums = forums;
	}

	@GetMapping
	String list(Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		model.addAttribute("forums", forums.within(me));
		model.addAttribute("kinds", TownshipForums.KINDS);
		model.addAttribute("township", me.has(Role.TOWNSHIP_OFFICER));
		return "village/forums";
	}

	@PostMapping
	String announce(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String heldOn,
			@RequestParam(required = false) String place, @RequestParam(required = false) String publicSeats,
			@RequestParam(required = false) String howToJoin, @RequestParam(required = false) String deputies,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		try {
			long id = forums.announce(me, new TownshipForums.Notice(kind, title, topic, Act.date(heldOn, "heldOn", "会议日期"),
					place, Act.count(publicSeats, "publicSeats", "公众列席名额", true), howToJoin, deputies));
			redirect.addFlashAttribute("flash", "已预告，所辖各村公开页同步显示");
			return "redirect:/village/forums/" + id;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/village/forums";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		TownshipForums.Forum f = forums.require(me, id);
		model.addAttribute("f", f);
		model.addAttribute("writer", me.has(Role.TOWNSHIP_OFFICER) && me.unitId() == f.townshipId() && !f.held());
		return "village/forum";
	}

	@PostMapping("/{id}/held")
	String held(@PathVariable long id, @RequestParam(defaultValue = "0") int version,
			@RequestParam(required = false) String attendees, @RequestParam(required = false) String publicAttended,
			@RequestParam(required = false) String minutes, @RequestParam(required = false) String outcome,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/forums/" + id, "已登记会议情况", () -> forums.recordHeld(me, id, version, attendees,
				Act.count(publicAttended, "publicAttended", "列席群众人数", true), minutes, outcome));
	}
}
