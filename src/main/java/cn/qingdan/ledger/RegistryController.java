package cn.qingdan.ledger;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.RuleViolation;

/** The county registries on screen: the signboard specification table and the work groups and apps. */
@Controller
@RequestMapping("/ledgers")
class RegistryController {

	private final Specs specs;
	private final Groups groups;
	private final UnitTree tree;
	private final BoardSteps steps;

	RegistryController(Specs specs, Groups groups, UnitTree tree, BoardSteps steps) {
		this.specs = specs;
		this.groups = groups;
		this.tree = tree;
		this.steps = steps;
	}

	@GetMapping("/specs")
	String specs(Model model) {
		QingdanUser user = BoardController.user();
		long county = user.unit().rootId();
		model.addAttribute("specs", specs.inForce(county, steps.today()));
		model.addAttribute("history", specs.history(county).stream().filter(s -> s.effectiveTo() != null).toList());
		model.addAttribute("editor", user.has(Role.OFFICE_ADMIN));
		model.addAttribute("places", Ledger.Place.values());
		model.addAttribute("today", steps.today());
		return "ledger/specs";
	}

	@PostMapping("/specs")
	String changeSpec(@RequestParam(required = false) Integer kindNo, @RequestParam(required = false) String standardName,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) String placement,
			@RequestParam(required = false) String sizeMaterial, @RequestParam(required = false) String absorbs,
			@RequestParam(required = false) String aliases,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			RedirectAttributes redirect) {
		QingdanUser user = BoardController.user();
		try {
			if (!user.has(Role.OFFICE_ADMIN)) {
				throw new RuleViolation("挂牌规格由县减负办管理员维护");
			}
			specs.change(user.unit().rootId(), kindNo == null ? 0 : kindNo, standardName, issuer,
					Ledger.parse(Ledger.Place.class, placement), sizeMaterial, absorbs, aliases, effectiveFrom, user.displayName());
			redirect.addFlashAttribute("flash", "挂牌规格已保存");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/ledgers/specs";
	}

	@GetMapping("/groups")
	String groups(Model model) {
		QingdanUser user = BoardController.user();
		List<Group> list = groups.visible(user);
		long county = user.unit().rootId();
		List<Unit> townships = tree.ofType(county, Unit.Type.TOWNSHIP, true);
		Map<Long, Long> guiding = groups.guidingGroupsPerTownship(county);
		model.addAttribute("groups", list);
		model.addAttribute("townships", townships);
		model.addAttribute("townshipNames", townships.stream().collect(Collectors.toMap(Unit::id, Unit::name)));
		model.addAttribute("guiding", guiding);
		model.addAttribute("byId", list.stream().collect(Collectors.toMap(Group::id, Function.identity())));
		model.addAttribute("channels", Ledger.Channel.values());
		model.addAttribute("demands", Ledger.Demand.values());
		model.addAttribute("registrar", user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER)
				|| user.has(Role.DEPARTMENT_OFFICER) || user.has(Role.TOWNSHIP_OFFICER));
		model.addAttribute("townshipUser", user.has(Role.TOWNSHIP_OFFICER));
		model.addAttribute("active", list.stream().filter(Group::active).count());
		model.addAttribute("closed", list.stream().filter(g -> !g.active()).count());
		model.addAttribute("today", steps.today());
		return "ledger/groups";
	}

	@PostMapping("/groups")
	String registerGroup(@RequestParam(required = false) String channel, @RequestParam(required = false) String name,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) Integer cadresRequired,
			@RequestParam(required = false) String basis, @RequestParam(required = false) String admissionNumber,
			@RequestParam(required = false, defaultValue = "false") boolean countyMandated,
			@RequestParam(required = false, defaultValue = "false") boolean selfGovernance,
			@RequestParam(required = false, defaultValue = "false") boolean guidesVillages,
			@RequestParam(required = false) List<String> demands, @RequestParam(required = false) Long townshipUnitId,
			RedirectAttributes redirect) {
		try {
			Set<Ledger.Demand> ds = EnumSet.noneOf(Ledger.Demand.class);
			for (String d : demands == null ? List.<String>of() : demands) {
				Ledger.Demand x = Ledger.parse(Ledger.Demand.class, d);
				if (x != null) {
					ds.add(x);
				}
			}
			groups.register(BoardController.user(), new Groups.Input(Ledger.parse(Ledger.Channel.class, channel),
					name, purpose, cadresRequired == null ? 0 : cadresRequired, basis, admissionNumber, countyMandated,
					selfGovernance, guidesVillages, ds, townshipUnitId));
			redirect.addFlashAttribute("flash", "已登记");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/ledgers/groups";
	}

	@PostMapping("/groups/{id}/closure")
	String close(@PathVariable long id, @RequestParam(required = false) Long mergedInto,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
			RedirectAttributes redirect) {
		try {
			groups.close(BoardController.user(), id, mergedInto, closedOn);
			redirect.addFlashAttribute("flash", mergedInto == null ? "已关闭" : "已合并");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/ledgers/groups";
	}
}
