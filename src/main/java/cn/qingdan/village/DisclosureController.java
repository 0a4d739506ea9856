package cn.qingdan.village;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.RuleViolation;

/** 村务公开 for staff: the village's board with its lights, recording a disclosure, attachments, the county catalogue. */
@Controller
@RequestMapping("/village")
class DisclosureController {

	private final VillageAccess access;
	private final Disclosures disclosures;
	private final DisclosureCatalogue catalogue;
	private final Opinions opinions;
	private final Matters matters;

	DisclosureController(VillageAccess access, Disclosures disclosures, DisclosureCatalogue catalogue, Opinions opinions,
			Matters matters) {
		this.access = access;
		this.disclosures = disclosures;
		this.catalogue = catalogue;
		this.opinions = opinions;
		this.matters = matters;
	}

	/** A village's board: its own for the village, any village in scope for the township and the county. */
	@GetMapping("/disclosures")
	String board(@RequestParam(required = false) Long village, Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		if (village == null && !VillageAccess.villageSide(me)) {
			return "redirect:/village";
		}
		Place v = access.village(me, village == null ? me.unitId() : village);
		model.addAttribute("village", v);
		model.addAttribute("rows", disclosures.board(v));
		model.addAttribute("items", catalogue.of(v.countyId()));
		model.addAttribute("today", matters.today());
		model.addAttribute("writer", VillageAccess.writer(me) && me.unitId() == v.villageId());
		return "village/disclosures";
	}

	@PostMapping("/disclosures")
	String record(@RequestParam(defaultValue = "0") long itemId, @RequestParam(required = false) String period,
			@RequestParam(required = false) String disclosedOn, @RequestParam(required = false) String title,
			@RequestParam(required = false) String content, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Place v = access.ownVillage(me);
		try {
			long id = disclosures.record(me, v, itemId, period == null ? null : period.strip(),
					Act.date(disclosedOn, "disclosedOn", "公开日期"), title, content);
			redirect.addFlashAttribute("flash", "已登记公开，可上传公开栏照片或公告原件");
			return "redirect:/village/disclosures/" + id;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/village/disclosures";
		}
	}

	@GetMapping("/disclosures/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		Disclosure d = disclosures.require(me, id);
		model.addAttribute("d", d);
		model.addAttribute("village", access.village(d.villageId()));
		model.addAttribute("attachments", disclosures.attachments(id));
		model.addAttribute("inquiries", opinions.ofDisclosure(id));
		model.addAttribute("writer", VillageAccess.writer(me) && me.unitId() == d.villageId());
		return "village/disclosure";
	}

	@PostMapping("/disclosures/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/disclosures/" + id, "已上传附件", () -> {
			try {
				disclosures.attach(me, id, file == null ? null : file.getOriginalFilename(),
						file == null ? null : file.getBytes());
			}
			catch (IOException ex) {
				throw new RuleViolation("file", "文件读取失败，请重新上传");
			}
		});
	}

	@GetMapping("/disclosure-items")
	String items(Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		model.addAttribute("items", catalogue.of(Disclosures.countyOf(me.unit().path())));
		model.addAttribute("admin", me.has(Role.OFFICE_ADMIN));
		return "village/disclosure-items";
	}

	@PostMapping("/disclosure-items")
	String addItem(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String content, @RequestParam(required = false) String form,
			@RequestParam(required = false) String timing, @RequestParam(defaultValue = "false") boolean finance,
			@RequestParam(required = false) String grace, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/disclosure-items", "已增加目录事项", () -> catalogue.add(me,
				Disclosures.countyOf(me.unit().path()), code, name, content, form, timing, finance,
				Act.count(grace, "grace", "公开时限", false)));
	}
}
