package cn.qingdan.supervision.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.supervision.Files;
import cn.qingdan.supervision.FindingType;
import cn.qingdan.supervision.Findings;
import cn.qingdan.supervision.Leads;
import cn.qingdan.supervision.Letters;
import cn.qingdan.supervision.UnitsInCounty;
import cn.qingdan.supervision.VisitFacts;
import cn.qingdan.supervision.Who;

/** The inspector's visit page on a phone (what the platform knows, and the finding form), and the findings lists. */
@Controller
class FindingController {

	private final Findings findings;
	private final Leads leads;
	private final VisitFacts facts;
	private final UnitsInCounty county;
	private final Units units;
	private final Files files;
	private final Letters letters;

	FindingController(Findings findings, Leads leads, VisitFacts facts, UnitsInCounty county, Units units, Files files, Letters letters) {
		this.findings = findings;
		this.leads = leads;
		this.facts = facts;
		this.county = county;
		this.units = units;
		this.files = files;
		this.letters = letters;
	}

	@GetMapping("/supervision/visits/{villageId}")
	String visit(@PathVariable long villageId, @RequestParam(required = false) Long draw, Model model) {
		Who who = Web.who();
		who.requireOffice();
		if (!county.isVillage(who.county(), villageId)) {
			throw new NotFound("村（社区）");
		}
		Unit village = units.unit(villageId).orElseThrow(() -> new NotFound("村（社区）"));
		Unit township = village.parentId() == null ? null : units.unit(village.parentId()).orElse(null);
		model.addAttribute("village", village);
		model.addAttribute("township", township);
		model.addAttribute("facts", facts.of(villageId));
		model.addAttribute("leads", leads.openFor(villageId));
		model.addAttribute("types", FindingType.values());
		model.addAttribute("responsible", county.responsible(who.county()));
		model.addAttribute("draw", draw);
		model.addAttribute("canRecord", who.inspector() || who.manager());
		return "supervision/visit";
	}

	@GetMapping("/supervision/visits/by-code/{code}")
	String visitByCode(@PathVariable String code, @RequestParam(required = false) Long draw) {
		if (!code.matches("\\d{12}")) {
			throw new NotFound("村（社区）");
		}
		Unit v = units.byRegion(code).orElseThrow(() -> new NotFound("村（社区）"));
		return "redirect:/supervision/visits/" + v.id() + (draw == null ? "" : "?draw=" + draw);
	}

	@PostMapping("/supervision/findings")
	String record(@RequestParam(required = false) FindingType type, @RequestParam(required = false) Long responsibleUnitId,
			@RequestParam(required = false) Long villageUnitId, @RequestParam(required = false) Long drawId,
			@RequestParam(required = false) Long leadId, @RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) String evidenceLink, @RequestParam(required = false) String place,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, RedirectAttributes redirect) {
		long[] id = new long[1];
		String back = villageUnitId == null ? "/supervision/findings" : "/supervision/visits/" + villageUnitId + (drawId == null ? "" : "?draw=" + drawId);
		return Web.step(redirect, "问题已记录", () -> "/supervision/findings/" + id[0], back,
				() -> id[0] = findings.record(Web.who(), new Findings.Form(type, responsibleUnitId, villageUnitId, drawId, leadId,
						description, evidenceLink, place), Web.uploads(photos)));
	}

	@GetMapping("/supervision/findings")
	String list(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "false") boolean open, Model model) {
		Who who = Web.who();
		if (!who.office() && !who.unitOfficer()) {
			throw new NotFound("页面");
		}
		var list = findings.list(who, unit, open, 500);
		model.addAttribute("findings", list);
		model.addAttribute("names", county.names(list.stream().flatMap(f -> java.util.stream.Stream.of(f.responsibleUnitId(), f.villageUnitId())).toList()));
		model.addAttribute("manager", who.manager());
		model.addAttribute("office", who.office());
		model.addAttribute("responsible", who.office() ? county.responsible(who.county()) : List.of());
		model.addAttribute("unit", unit);
		model.addAttribute("open", open);
		return "supervision/findings";
	}

	@GetMapping("/supervision/findings/{id}")
	String show(@PathVariable long id, Model model) {
		Who who = Web.who();
		Findings.Finding f = findings.require(who, id);
		model.addAttribute("f", f);
		model.addAttribute("names", county.names(java.util.Arrays.asList(f.responsibleUnitId(), f.villageUnitId())));
		model.addAttribute("photos", files.of("FINDING", id));
		model.addAttribute("letter", f.letterId() == null ? null : letters.require(who, f.letterId()));
		return "supervision/finding";
	}

	/** A photo or an evidence file, to whoever may see its finding or letter. */
	@GetMapping("/supervision/files/{id}")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		Who who = Web.who();
		Files.Content c = files.content(id).orElseThrow(() -> new NotFound("文件"));
		if ("FINDING".equals(c.ownerKind())) {
			findings.require(who, c.ownerId());
		}
		else {
			letters.require(who, c.ownerId());
		}
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, c.contentType())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename*=UTF-8''" + java.net.URLEncoder.encode(c.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
			.body(c.bytes());
	}
}
