package cn.qingdan.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.workflow.imports.RowError;

/** Export of the scope's ledgers (乡、村两级台账) as .xlsx, and the board import page. */
@Controller
@RequestMapping("/ledgers")
class WorkbookController {

	private final Boards boards;
	private final Visits visits;
	private final Specs specs;
	private final UnitTree tree;
	private final Units units;
	private final LedgerImport importer;
	private final BoardSteps steps;
	private final Groups groups;
	private final Forms forms;
	private final LedgerRegistryImport registryImport;

	WorkbookController(Boards boards, Visits visits, Specs specs, UnitTree tree, Units units, LedgerImport importer,
			BoardSteps steps, Groups groups, Forms forms, LedgerRegistryImport registryImport) {
		this.groups = groups;
		this.forms = forms;
		this.registryImport = registryImport;
		this.boards = boards;
		this.visits = visits;
		this.specs = specs;
		this.tree = tree;
		this.units = units;
		this.importer = importer;
		this.steps = steps;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export() throws IOException {
		QingdanUser user = BoardController.user();
		List<Board> bs = boards.list(user.scope(), Board.BOARD, null, null, 100_000);
		List<Board> rs = boards.list(user.scope(), Board.WALL_RULE, null, null, 100_000);
		var today = steps.today();
		List<Visit> vs = visits.list(user.scope(), today.withDayOfYear(1), today, 100_000);
		List<Long> ids = Stream.of(bs.stream().flatMap(b -> Stream.of(b.townshipUnitId(), b.villageUnitId())),
				rs.stream().flatMap(b -> Stream.of(b.townshipUnitId(), b.villageUnitId())),
				vs.stream().flatMap(v -> Stream.of(v.townshipUnitId(), v.villageUnitId())))
			.flatMap(Function.identity()).filter(Objects::nonNull).distinct().toList();
		Map<Long, String> names = new HashMap<>(tree.names(ids));
		Map<Long, String> codes = new HashMap<>();
		for (Long id : ids) {
			units.unit(id).map(Unit::regionCode).ifPresent(c -> codes.put(id, c));
		}
		Map<Long, Spec> specById = specs.history(user.unit().rootId()).stream()
			.collect(Collectors.toMap(Spec::id, Function.identity()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Group> gs = groups.visible(user);
		names.putAll(tree.names(gs.stream().map(Group::townshipUnitId).filter(Objects::nonNull).distinct().toList()));
		var reg = new LedgerWorkbook.Registries(vs, gs, forms.list(user.unit().rootId(), false), forms.fieldsOf(user.unit().rootId()));
		LedgerWorkbook.write(out, user.unitName(), bs, rs, reg, names, codes, specById);
		String file = URLEncoder.encode(user.unitName() + "乡村两级台账.xlsx", StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header("Content-Disposition", "attachment; filename*=UTF-8''" + file)
			.body(out.toByteArray());
	}

	/** What can be imported: the board / wall-rule ledger, the groups and apps, the report forms. */
	static final Map<String, String> LEDGERS = new java.util.LinkedHashMap<>(Map.of());

	static {
		LEDGERS.put("boards", "牌子和上墙制度台账");
		LEDGERS.put("groups", "工作群和政务应用台账");
		LEDGERS.put("forms", "报表台账（含字段）");
	}

	static String ledger(String ledger) {
		return LEDGERS.containsKey(ledger) ? ledger : "boards";
	}

	private static void page(Model model, String ledger) {
		model.addAttribute("ledger", ledger);
		model.addAttribute("ledgers", LEDGERS);
		model.addAttribute("headers", switch (ledger) {
			case "groups" -> LedgerRegistryImport.GROUP_HEADERS;
			case "forms" -> LedgerRegistryImport.FORM_HEADERS;
			default -> LedgerImport.HEADERS;
		});
	}

	@GetMapping("/import")
	String importPage(@RequestParam(required = false) String ledger, Model model) {
		BoardController.user();
		page(model, ledger(ledger));
		return "ledger/import";
	}

	@PostMapping("/import")
	String importLedger(@RequestParam(required = false) String ledger, @RequestParam(required = false) MultipartFile file,
			Model model) throws IOException {
		QingdanUser user = BoardController.user();
		String l = ledger(ledger);
		byte[] bytes = file == null ? null : file.getBytes();
		var result = switch (l) {
			case "groups" -> registryImport.importGroups(user, bytes);
			case "forms" -> registryImport.importForms(user, bytes);
			default -> importer.importBoards(user, bytes);
		};
		page(model, l);
		if (result.ok()) {
			model.addAttribute("imported", result.rows().size());
		}
		else {
			model.addAttribute("errors", RowError.describe(result.errors()).lines().toList());
		}
		return "ledger/import";
	}
}
