package cn.qingdan.supervision.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.qingdan.shared.NotFound;
import cn.qingdan.supervision.Draws;
import cn.qingdan.supervision.Escalation;
import cn.qingdan.supervision.LetterPdf;
import cn.qingdan.supervision.RedBlack;

/** Public pages (no login) and the public API: draw verification, the 红黑榜, public notices. */
@Controller
class PublicSupervisionController {

	private final PublicSupervision pub;
	private final LetterPdf pdf;

	PublicSupervisionController(PublicSupervision pub, LetterPdf pdf) {
		this.pub = pub;
		this.pdf = pdf;
	}

	@cn.qingdan.shared.PublicRead
	@GetMapping("/public/draws")
	String draws(Model model) {
		model.addAttribute("draws", pub.draws());
		model.addAttribute("algorithm", PublicSupervision.ALGORITHM);
		model.addAttribute("county", pub.countyName());
		return "supervision/public-draws";
	}

	@cn.qingdan.shared.PublicRead
	@GetMapping("/public/draws/{id}")
	String draw(@PathVariable long id, Model model) {
		Draws.Draw d = pub.draw(id);
		model.addAttribute("d", pub.json(d));
		model.addAttribute("check", d.status() == Draws.Status.REVEALED ? pub.check(d) : null);
		model.addAttribute("algorithm", PublicSupervision.ALGORITHM);
		return "supervision/public-draw";
	}

	@cn.qingdan.shared.PublicRead
	@GetMapping("/public/redblack")
	String redBlack(@RequestParam(required = false) String period, Model model) {
		List<String> periods = pub.periods();
		model.addAttribute("periods", periods);
		model.addAttribute("s", periods.isEmpty() ? null : pub.redBlack(period));
		model.addAttribute("notices", pub.notices());
		model.addAttribute("county", pub.countyName());
		return "supervision/public-redblack";
	}

	@GetMapping("/public/notices/{id}/pdf")
	ResponseEntity<byte[]> notice(@PathVariable long id) {
		Escalation.Notice n = pub.notices().stream().filter(x -> x.id() == id).findFirst().orElseThrow(() -> new NotFound("通报"));
		return LetterController.pdf(pdf.notice(n, pub.countyName() + "基层减负办"), "通报" + n.number() + ".pdf");
	}

	@cn.qingdan.shared.PublicRead
	@GetMapping("/api/v1/draws")
	@ResponseBody
	List<PublicSupervision.DrawJson> drawsApi() {
		return pub.draws();
	}

	@cn.qingdan.shared.PublicRead
	@GetMapping("/api/v1/draws/{id}")
	@ResponseBody
	PublicSupervision.DrawJson drawApi(@PathVariable long id) {
		return pub.json(pub.draw(id));
	}

	@cn.qingdan.shared.PublicRead
	@GetMapping("/api/v1/redblack")
	@ResponseBody
	RedBlack.Snapshot redBlackApi(@RequestParam(required = false) String period) {
		return pub.redBlack(period);
	}
}
