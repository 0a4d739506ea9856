package cn.qingdan.ledger;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/** Boards and wall rules on screen: the ledger of a scope, one board's page with its steps, and its photos. */
@Controller
@RequestMapping("/ledgers")
class BoardController {

	private final Boards boards;
	private final BoardSteps steps;
	private final Specs specs;
	private final Photos photos;
	private final UnitTree tree;

	BoardController(Boards boards, BoardSteps steps, Specs specs, Photos photos, UnitTree tree) {
		this.boards = boards;
		this.steps = steps;
		this.specs = specs;
		this.photos = photos;
		this.tree = tree;
	}

	static QingdanUser user() {
		QingdanUser u = DataScopes.currentUser();
		if (u.unit() == null || u.has(Role.API_CLIENT)) {
			throw new NotFound("该页面");
		}
		return u;
	}

	static String kind(String kind) {
		return Board.WALL_RULE.equals(kind) ? Board.WALL_RULE : Board.BOARD;
	}

	/** The list in pages of 30, filtered by township, village, what is to happen, declaration and compliance. */
	@GetMapping("/boards")
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) Long township,
			@RequestParam(required = false) Long village, @RequestParam(required = false) String status,
			@RequestParam(required = false) String declaration, @RequestParam(required = false) String compliant,
			@RequestParam(required = false) String page, Model model) {
		QingdanUser user = user();
		String k = kind(kind);
		Boolean c = "yes".equals(compliant) ? Boolean.TRUE : "no".equals(compliant) ? Boolean.FALSE : null;
		Boards.Filter filter = new Boards.Filter(k, township, village, Ledger.parse(Ledger.Status.class, status),
				Ledger.parse(Ledger.Declaration.class, declaration), c);
		int current = page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
		Boards.Page found = boards.page(user.scope(), filter, current);
		int pages = LedgerPager.pages(found.total(), Boards.PAGE_SIZE);
		if (current > pages) {
			current = pages;
			found = boards.page(user.scope(), filter, current);
		}
		List<Board> list = found.rows();
		model.addAttribute("total", found.total());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("pageLinks", LedgerPager.links(current, pages, n -> BoardFilters.href(filter, n)));
		model.addAttribute("filter", filter);
		BoardFilters.choices(model, tree, user, filter);
		Map<Long, String> names = tree.names(list.stream().flatMap(b -> java.util.stream.Stream.of(b.villageUnitId(),
				b.townshipUnitId())).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, Spec> specById = specs.history(user.unit().rootId()).stream()
			.collect(Collectors.toMap(Spec::id, Function.identity()));
		boolean recorder = canRecord(user);
		model.addAttribute("kind", k);
		model.addAttribute("kindLabel", Board.WALL_RULE.equals(k) ? "上墙制度" : "牌子");
		model.addAttribute("boards", list);
		model.addAttribute("names", names);
		model.addAttribute("specs", specById);
		model.addAttribute("specsInForce", specs.inForce(user.unit().rootId(), steps.today()));
		model.addAttribute("recorder", recorder);
		model.addAttribute("places", Ledger.Place.values());
		model.addAttribute("declarations", Ledger.Declaration.values());
		model.addAttribute("statuses", Ledger.Status.values());
		model.addAttribute("drafts", recorder ? boards.drafts(user.unit().path(), k) : 0);
		model.addAttribute("today", steps.today());
		return "ledger/boards";
	}

	static boolean canRecord(QingdanUser user) {
		return user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD) || user.has(Role.TOWNSHIP_OFFICER);
	}

	@PostMapping("/boards")
	String record(@RequestParam(required = false) String kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) String place,
			@RequestParam(required = false) String size, @RequestParam(required = false) Long specId,
			@RequestParam(required = false) String admissionNumber,
			@RequestParam(required = false, defaultValue = "false") boolean selfGovernance,
			@RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect) throws IOException {
		String k = kind(kind);
		try {
			long id = steps.record(user(), new BoardSteps.Input(k, name, issuer, Ledger.parse(Ledger.Place.class, place), size, specId,
					admissionNumber, selfGovernance), photo == null ? null : photo.getBytes());
			redirect.addFlashAttribute("flash", "已登记");
			return "redirect:/ledgers/boards/" + id;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/ledgers/boards?kind=" + k;
		}
	}

	@GetMapping("/boards/{id}")
	String board(@PathVariable long id, Model model) {
		QingdanUser user = user();
		Board b = boards.get(id, user.scope());
		model.addAttribute("board", b);
		model.addAttribute("spec", b.specId() == null ? null : specs.find(b.specId()).orElse(null));
		model.addAttribute("names", tree.names(java.util.stream.Stream.of(b.villageUnitId(), b.townshipUnitId())
			.filter(java.util.Objects::nonNull).toList()));
		boolean own = canRecord(user) && user.unit().path().equals(b.unitPath());
		model.addAttribute("own", own && b.editableByVillage());
		model.addAttribute("checker", b.declaration() == Ledger.Declaration.DECLARED
				&& (user.has(Role.TOWNSHIP_OFFICER) && b.villageUnitId() != null
						|| (user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER)) && b.villageUnitId() == null));
		model.addAttribute("others", own ? boards.hanging(b.unitPath(), b.kind()).stream().filter(o -> o.id() != id).toList()
				: List.of());
		model.addAttribute("mergedInto", b.mergedIntoId() == null ? null : boards.find(b.mergedIntoId()).orElse(null));
		model.addAttribute("photo", b.photoId() == null ? null : photos.find(b.photoId()).orElse(null));
		model.addAttribute("afterPhoto", b.afterPhotoId() == null ? null : photos.find(b.afterPhotoId()).orElse(null));
		model.addAttribute("statuses", Ledger.Status.values());
		model.addAttribute("reasons", Ledger.Reason.values());
		model.addAttribute("today", steps.today());
		return "ledger/board";
	}

	@PostMapping("/boards/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long mergedInto,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes redirect) {
		return run(id, redirect, "已保存处置方式", () -> steps.decide(user(), id, Ledger.parse(Ledger.Status.class, status),
				Ledger.parse(Ledger.Reason.class, reason), mergedInto, dueOn));
	}

	@PostMapping("/boards/{id}/done")
	String done(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
			@RequestParam(required = false) MultipartFile afterPhoto, RedirectAttributes redirect) throws IOException {
		byte[] bytes = afterPhoto == null ? null : afterPhoto.getBytes();
		return run(id, redirect, "已记录整改完成", () -> steps.done(user(), id, doneOn, bytes));
	}

	@PostMapping("/boards/{id}/check")
	String check(@PathVariable long id, @RequestParam(required = false) String verdict,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		boolean accept = "accept".equals(verdict);
		return run(id, redirect, accept ? "已核实通过" : "已退回村（社区）", () -> steps.check(user(), id, accept, comment));
	}

	@PostMapping("/boards/declaration")
	String declare(@RequestParam(required = false) String kind, RedirectAttributes redirect) {
		try {
			if (!Board.BOARD.equals(kind) && !Board.WALL_RULE.equals(kind)) {
				throw new RuleViolation("请从牌子台账或上墙制度台账申报");
			}
			int n = steps.declare(user(), kind);
			redirect.addFlashAttribute("flash", "已申报 " + n + " 条，待乡镇核实");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/ledgers/boards?kind=" + kind(kind);
	}

	@GetMapping("/photos/{id}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @RequestParam(required = false) String size) {
		QingdanUser user = user();
		boards.ofPhoto(id).filter(b -> user.scope().covers(b.unitPath())).orElseThrow(() -> new NotFound("该照片"));
		Photos.Photo p = photos.find(id).orElseThrow(() -> new NotFound("该照片"));
		byte[] bytes = "thumb".equals(size) ? photos.thumbnail(id).orElseThrow(() -> new NotFound("该照片"))
				: photos.original(p).orElseThrow(() -> new NotFound("该照片"));
		MediaType type = "thumb".equals(size) ? MediaType.IMAGE_JPEG : MediaType.parseMediaType(p.contentType());
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff").body(bytes);
	}

	private String run(long id, RedirectAttributes redirect, String ok, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", ok);
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/ledgers/boards/" + id;
	}
}
