package cn.qingdan.supervision.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.supervision.Draws;
import cn.qingdan.supervision.Who;

/** The office's random draws: commit, draw, visit the drawn villages, reveal the seed. */
@Controller
class DrawController {

	private final Draws draws;
	private final Clock clock;

	DrawController(Draws draws, Clock clock) {
		this.draws = draws;
		this.clock = clock;
	}

	@GetMapping("/supervision/draws")
	String list(Model model) {
		Who who = Web.who();
		who.requireOffice();
		model.addAttribute("draws", draws.list(who.county()));
		model.addAttribute("manager", who.manager());
		return "supervision/draws";
	}

	@PostMapping("/supervision/draws")
	String commit(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "0") int townships,
			@RequestParam(defaultValue = "0") int perTownship, RedirectAttributes redirect) {
		long[] id = new long[1];
		return Web.step(redirect, "已公布承诺值（种子的 SM3 摘要），可以抽取", () -> "/supervision/draws/" + id[0], "/supervision/draws",
				() -> id[0] = draws.commit(Web.who(), title, townships, perTownship));
	}

	@GetMapping("/supervision/draws/{id}")
	String show(@PathVariable long id, Model model) {
		Who who = Web.who();
		Draws.Draw d = draws.require(who, id);
		model.addAttribute("d", d);
		model.addAttribute("chosen", draws.result(d));
		model.addAttribute("manager", who.manager());
		return "supervision/draw";
	}

	@PostMapping("/supervision/draws/{id}/draw")
	String draw(@PathVariable long id, RedirectAttributes redirect) {
		return Web.step(redirect, "已抽取。抽查结果只对督查人员可见，公布种子前不向乡镇、村透露", () -> "/supervision/draws/" + id,
				"/supervision/draws/" + id, () -> draws.draw(Web.who(), id, clock.instant()));
	}

	@PostMapping("/supervision/draws/{id}/reveal")
	String reveal(@PathVariable long id, RedirectAttributes redirect) {
		return Web.step(redirect, "种子已公布，任何人可在公开页面复算抽查结果", () -> "/supervision/draws/" + id,
				"/supervision/draws/" + id, () -> draws.reveal(Web.who(), id, clock.instant()));
	}
}
