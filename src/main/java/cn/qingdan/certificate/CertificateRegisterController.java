package cn.qingdan.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.DeadlineLight;

/**
 * 证明台账: the requests in the actor's scope, 30 a page with the total and page links (filters kept in every link),
 * the same filter as .xlsx in full, and the search by ID number (a POST, audited, the number never in a URL).
 */
@Controller
@RequestMapping("/certificates/requests")
class CertificateRegisterController {

	static final int PAGE_SIZE = 30;

	private final CertificateRequests requests;
	private final CertificatePrints prints;
	private final Clock clock;

	private final DeadlineLight deadlineLight;

	CertificateRegisterController(CertificateRequests requests, CertificatePrints prints, Clock clock,
			DeadlineLight deadlineLight) {
		this.deadlineLight = deadlineLight;
		this.requests = requests;
		this.prints = prints;
		this.clock = clock;
	}

	@ModelAttribute
	void guard() {
		CertificateAccess.require();
	}

	@GetMapping
	String list(@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) Decision decision,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String page, Model model) {
		QingdanUser me = DataScopes.currentUser();
		CertificateRequests.Filter filter = new CertificateRequests.Filter(status, decision, null, from, to, null);
		long total = requests.count(me, filter);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(pages, parsePage(page));
		List<CertificateRequest> list = requests.page(me, filter, (current - 1) * PAGE_SIZE, PAGE_SIZE);
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("pageLinks", pageLinks(filter, current, pages));
		model.addAttribute("exportHref", link("/certificates/requests/export", filter, null));
		return view(model, me, filter, list, null);
	}

	/** Search by ID number: a POST, so the number never appears in a URL or an access log; audited. */
	@PostMapping("/search")
	String search(@RequestParam(required = false) String idNumber, Model model) {
		QingdanUser me = DataScopes.currentUser();
		if (idNumber == null || idNumber.isBlank() || idNumber.strip().length() > 18) {
			model.addAttribute("searchError", "请输入 18 位身份证号码");
			return list(null, null, null, null, null, model);
		}
		CertificateRequests.Filter filter = new CertificateRequests.Filter(null, null, idNumber, null, null, null);
		List<CertificateRequest> found = requests.list(me, filter, 200);
		prints.searchedByIdNumber(found.size());
		model.addAttribute("total", (long) found.size());
		return view(model, me, filter, found, "按身份证号查找");
	}

	/** The filtered register in full as .xlsx (applicants masked). */
	@GetMapping("/export")
	void export(@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) Decision decision,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			HttpServletResponse response) throws IOException {
		QingdanUser me = DataScopes.currentUser();
		CertificateRequests.Filter filter = new CertificateRequests.Filter(status, decision, null, from, to, null);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename("证明台账-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8).build().toString());
		RegisterWorkbook.write(response.getOutputStream(), me.unitName() + "证明开具台账（" + LocalDate.now(clock) + " 导出）",
				requests, me, filter);
	}

	private String view(Model model, QingdanUser me, CertificateRequests.Filter filter, List<CertificateRequest> list,
			String searchNote) {
		model.addAttribute("requests", list);
		model.addAttribute("filter", filter);
		model.addAttribute("searchNote", searchNote);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("village", CertificateAccess.village(me));
		Map<Long, String> lights = new HashMap<>();
		list.forEach(r -> lights.put(r.id(), deadlineLight.of(r.status().open() ? r.dueOn() : null).name()));
		model.addAttribute("lights", lights);
		return "certificate/requests";
	}

	/** A page link: its label and address (null for the current page and gaps). */
	record PageLink(String label, String href, boolean current) {
	}

	/** First, previous, up to five around the current, next, last. */
	static List<PageLink> pageLinks(CertificateRequests.Filter filter, int current, int pages) {
		List<PageLink> links = new java.util.ArrayList<>();
		if (pages <= 1) {
			return links;
		}
		if (current > 1) {
			links.add(new PageLink("上一页", link("/certificates/requests", filter, current - 1), false));
		}
		int lo = Math.max(1, current - 2);
		int hi = Math.min(pages, current + 2);
		if (lo > 1) {
			links.add(new PageLink("1", link("/certificates/requests", filter, 1), false));
			if (lo > 2) {
				links.add(new PageLink("…", null, false));
			}
		}
		for (int p = lo; p <= hi; p++) {
			links.add(new PageLink(String.valueOf(p), p == current ? null : link("/certificates/requests", filter, p),
					p == current));
		}
		if (hi < pages) {
			if (hi < pages - 1) {
				links.add(new PageLink("…", null, false));
			}
			links.add(new PageLink(String.valueOf(pages), link("/certificates/requests", filter, pages), false));
		}
		if (current < pages) {
			links.add(new PageLink("下一页", link("/certificates/requests", filter, current + 1), false));
		}
		return links;
	}

	static String link(String path, CertificateRequests.Filter f, Integer page) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("status", Optional.ofNullable(f.status()))
			.queryParamIfPresent("decision", Optional.ofNullable(f.decision()))
			.queryParamIfPresent("from", Optional.ofNullable(f.from()))
			.queryParamIfPresent("to", Optional.ofNullable(f.to()))
			.queryParamIfPresent("page", Optional.ofNullable(page).filter(p -> p > 1))
			.build()
			.toUriString();
	}

	private static int parsePage(String page) {
		if (page == null || page.isBlank()) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}
}
