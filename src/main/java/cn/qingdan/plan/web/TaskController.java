package cn.qingdan.plan.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
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
import cn.qingdan.plan.AdmissionLinks;
import cn.qingdan.plan.Cadence;
import cn.qingdan.plan.EvidenceFiles;
import cn.qingdan.plan.Plan;
import cn.qingdan.plan.Plans;
import cn.qingdan.plan.ProgressReports;
import cn.qingdan.plan.Report;
import cn.qingdan.plan.Target;
import cn.qingdan.plan.Targets;
import cn.qingdan.plan.TaskState;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;

/** A task: its units' progress, reports (report, add a co-unit's part, accept or send back), targets, register link, timeline. */
@Controller
@RequestMapping("/plans")
class TaskController {

	private final Plans plans;
	private final ProgressReports reports;
	private final Targets targets;
	private final AdmissionLinks links;
	private final Timeline timeline;
	private final cn.qingdan.plan.Milestones milestones;

	TaskController(Plans plans, ProgressReports reports, Targets targets, AdmissionLinks links, Timeline timeline,
			cn.qingdan.plan.Milestones milestones) {
		this.milestones = milestones;
		this.plans = plans;
		this.reports = reports;
		this.targets = targets;
		this.links = links;
		this.timeline = timeline;
	}

	@GetMapping("/tasks/{id}")
	String task(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		TaskState task = plans.task(id, me);
		Plan plan = plans.plan(task.node().planId(), me);
		List<Report> list = reports.of(id);
		model.addAttribute("task", task);
		model.addAttribute("plan", plan);
		model.addAttribute("reports", list);
		List<Target> ts = targets.of(id);
		model.addAttribute("targets", ts);
		model.addAttribute("charts", ts.stream().collect(Collectors.toMap(Target::id, targets::chart)));
		model.addAttribute("timeline", timeline.of(Subject.planTask(id)));
		model.addAttribute("register", links.entry(task.node()).orElse(null));
		boolean lead = task.ledBy(me.unitId()) && task.node().closedOn() == null;
		model.addAttribute("canReport", lead);
		model.addAttribute("isCo", task.coUnits().stream().anyMatch(a -> a.unitId() == me.unitId()));
		model.addAttribute("myUnit", me.unitId());
		model.addAttribute("canDecide", plans.decides(plan, me));
		model.addAttribute("claims", task.node().deadline().ongoing() ? List.of(Report.Claim.ONGOING)
				: List.of(Report.Claim.IN_PROGRESS, Report.Claim.DONE));
		List<Cadence.Period> periods = new ArrayList<>();
		if (lead && task.node().deadline().ongoing()) {
			java.util.Set<String> done = list.stream().filter(r -> r.unitId() == me.unitId() && r.state() != Report.State.RETURNED)
				.map(Report::period).collect(Collectors.toSet());
			task.node().deadline().cadence().periods(plan.issuedOn(), plans.today()).stream()
				.filter(p -> !done.contains(p.code())).forEach(periods::add);
		}
		model.addAttribute("periods", periods);
		model.addAttribute("milestones", milestones.of(id));
		model.addAttribute("today", plans.today());
		return "plan/task";
	}

	@PostMapping("/tasks/{id}/reports")
	String report(@PathVariable long id, @RequestParam(required = false) String period, @RequestParam(required = false) Report.Claim claim,
			@RequestParam(defaultValue = "-1") int progress, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) throws IOException {
		List<EvidenceFiles.Upload> uploads = new ArrayList<>();
		for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
			if (!f.isEmpty()) {
				uploads.add(new EvidenceFiles.Upload(f.getOriginalFilename(), f.getBytes()));
			}
		}
		return act(id, redirect, "进展已报送，等待县基层减负办审核", () -> reports.submit(DataScopes.currentUser(), id,
				new ProgressReports.Submission(period, claim, progress, text), uploads));
	}

	@PostMapping("/reports/{reportId}/contribution")
	String contribute(@PathVariable long reportId, @RequestParam long task, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) Integer progress, RedirectAttributes redirect) {
		return act(task, redirect, "本单位配合情况已补充", () -> reports.contribute(DataScopes.currentUser(), reportId, text, progress));
	}

	@PostMapping("/reports/{reportId}/accept")
	String accept(@PathVariable long reportId, @RequestParam long task, @RequestParam int version,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(task, redirect, "已审核通过", () -> reports.accept(DataScopes.currentUser(), reportId, version, note));
	}

	@PostMapping("/reports/{reportId}/return")
	String sendBack(@PathVariable long reportId, @RequestParam long task, @RequestParam int version,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(task, redirect, "已退回，牵头单位修改后重新报送", () -> reports.sendBack(DataScopes.currentUser(), reportId, version, note));
	}

	@PostMapping("/targets/{targetId}/actuals")
	String actual(@PathVariable long targetId, @RequestParam long task, @RequestParam(defaultValue = "") String period,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) BigDecimal value, RedirectAttributes redirect) {
		return act(task, redirect, "实际值已填报", () -> targets.record(DataScopes.currentUser(), targetId, period.strip(), unitId, value));
	}

	@PostMapping("/tasks/{id}/targets")
	String addTarget(@PathVariable long id, @RequestParam(defaultValue = "") String name, @RequestParam(required = false) Target.Comparator comparator,
			@RequestParam(required = false) BigDecimal value, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "false") boolean perUnit, RedirectAttributes redirect) {
		return act(id, redirect, "目标已设定", () -> targets.addTarget(DataScopes.currentUser(), id, name, comparator, value, unit, perUnit));
	}

	@PostMapping("/tasks/{id}/admission")
	String admission(@PathVariable long id, @RequestParam(defaultValue = "") String number, RedirectAttributes redirect) {
		return act(id, redirect, number.isBlank() ? "已取消关联准入编号" : "已关联准入编号", () -> links.link(DataScopes.currentUser(), id, number));
	}

	@PostMapping("/tasks/{id}/milestones")
	String addMilestone(@PathVariable long id, @RequestParam(required = false) java.time.LocalDate dueOn,
			@RequestParam(defaultValue = "") String title, RedirectAttributes redirect) {
		return act(id, redirect, "节点已设定", () -> milestones.add(DataScopes.currentUser(), id, dueOn, title));
	}

	@PostMapping("/milestones/{milestoneId}/reached")
	String reach(@PathVariable long milestoneId, @RequestParam long task, RedirectAttributes redirect) {
		return act(task, redirect, "节点已确认完成", () -> milestones.reach(DataScopes.currentUser(), milestoneId));
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable long evidenceId) {
		ProgressReports.EvidenceFile f = reports.evidence(DataScopes.currentUser(), evidenceId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.contentType()))
			.header("Content-Disposition", ContentDisposition.attachment().filename(f.name(), StandardCharsets.UTF_8).build().toString())
			.body(f.content());
	}

	private static String act(long task, RedirectAttributes redirect, String done, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/plans/tasks/" + task;
	}
}
