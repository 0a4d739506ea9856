package cn.qingdan.audit;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/** The office's view of the audit log: browse and filter, one record, chain verification. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'OFFICE_ADMIN', 'OFFICE_REVIEWER', 'APPROVER', 'INSPECTOR')")
class AuditController {

	private final AuditRecords records;
	private final AuditChain chain;
	private final AuditCheckpoints checkpoints;
	private final ActorNames names;

	AuditController(AuditRecords records, AuditChain chain, AuditCheckpoints checkpoints, ActorNames names) {
		this.records = records;
		this.chain = chain;
		this.checkpoints = checkpoints;
		this.names = names;
	}

	@GetMapping("/audit")
	String browse(@ModelAttribute("filter") AuditFilter filter, BindingResult binding, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		AuditFilter f = binding.hasErrors() ? AuditFilter.none() : filter;
		if (binding.hasErrors()) {
			model.addAttribute("filter", f);
			model.addAttribute("filterError", "筛选条件有误（日期格式应为 年-月-日），已显示全部记录");
		}
		AuditRecords.Page page = records.search(f, names.usernamesNamed(f.username()));
		model.addAttribute("page", page);
		model.addAttribute("names", names.labels(page.records().stream().map(AuditRecord::username).toList()));
		if (htmx != null) {
			return "audit/log :: table";
		}
		model.addAttribute("actions", records.actions());
		model.addAttribute("objectTypes", records.objectTypes());
		return "audit/log";
	}

	@GetMapping("/audit/{seq:\\d+}")
	String record(@PathVariable long seq, Model model) {
		AuditRecord r = records.find(seq)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "审计记录不存在"));
		model.addAttribute("r", r);
		model.addAttribute("names", names.labels(java.util.Collections.singletonList(r.username())));
		model.addAttribute("showLogin", cn.qingdan.shared.Actor.current()
			.map(a -> a.hasRole("SYSTEM_ADMIN") || a.hasRole("OFFICE_ADMIN")).orElse(false));
		AuditRecord previous = seq > 1 ? records.find(seq - 1).orElse(null) : null;
		model.addAttribute("previous", previous);
		model.addAttribute("hasNext", records.find(seq + 1).isPresent());
		model.addAttribute("linkOk",
				seq == 1 ? AuditRecord.GENESIS.equals(r.prevHash()) : previous != null && previous.hash().equals(r.prevHash()));
		return "audit/record";
	}

	@GetMapping("/audit/verify")
	String verifyPage(Model model) {
		model.addAttribute("lastCheckpoint", checkpoints.read().last().orElse(null));
		return "audit/verify";
	}

	@PostMapping("/audit/verify")
	String verify(Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("report", chain.verify());
		return htmx != null ? "audit/verify :: report" : "audit/verify";
	}
}
