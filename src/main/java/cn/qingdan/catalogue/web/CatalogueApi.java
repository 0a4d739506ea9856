package cn.qingdan.catalogue.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.qingdan.catalogue.Catalogue;
import cn.qingdan.catalogue.CatalogueDiff;
import cn.qingdan.catalogue.CatalogueVersion;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.catalogue.ChangeProposal;
import cn.qingdan.catalogue.ChangeProposals;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.catalogue.ProposalChange;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.PublicPaths;
import cn.qingdan.shared.PublicRead;

/** The catalogue API: public reads (current version, any version, diff, search, item); office-only proposals. */
@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "四张清单", description = "清单目录（公开）与清单调整申请（减负办）")
class CatalogueApi {

	private final Catalogues catalogues;
	private final ChangeProposals proposals;
	private final Counties counties;

	CatalogueApi(Catalogues catalogues, ChangeProposals proposals, Counties counties) {
		this.catalogues = catalogues;
		this.proposals = proposals;
		this.counties = counties;
	}

	@Component
	static class Open implements PublicPaths {

		@Override
		public List<String> paths() {
			return List.of("/api/v1/catalogue", "/api/v1/catalogue/versions", "/api/v1/catalogue/versions/*",
					"/api/v1/catalogue/diff", "/api/v1/catalogue/search", "/api/v1/catalogue/items/*");
		}
	}

	record VersionJson(int number, String publishedAt, String publishedBy, String summary, int itemCount) {

		static VersionJson of(CatalogueVersion v) {
			return new VersionJson(v.number(), v.publishedAt().toString(), v.publishedBy(), v.summary(), v.itemCount());
		}
	}

	record CatalogueJson(String county, String name, VersionJson version, Map<ListType, Long> counts,
			List<ItemContent> items) {
	}

	@PublicRead
	@GetMapping
	@Operation(summary = "现行清单（公开）", description = "county 为 6 位县级区划代码，缺省为本平台的清单")
	CatalogueJson current(@RequestParam(required = false) String county) {
		Catalogue c = counties.publicCatalogue(county);
		CatalogueVersion v = catalogues.current(c.id()).orElseThrow(() -> new NotFound("清单版本"));
		return json(c, v);
	}

	@PublicRead
	@GetMapping("/versions")
	@Operation(summary = "版本历史（公开）")
	List<VersionJson> versions(@RequestParam(required = false) String county) {
		return catalogues.versions(counties.publicCatalogue(county).id()).stream().map(VersionJson::of).toList();
	}

	@PublicRead
	@GetMapping("/versions/{number}")
	@Operation(summary = "指定版本的清单（公开）")
	CatalogueJson version(@PathVariable int number, @RequestParam(required = false) String county) {
		Catalogue c = counties.publicCatalogue(county);
		return json(c, catalogues.requireVersion(c.id(), number));
	}

	@PublicRead
	@GetMapping("/diff")
	@Operation(summary = "两个版本的差异（公开）", description = "新增、删除和逐字段的修改")
	CatalogueDiff diff(@RequestParam int from, @RequestParam int to, @RequestParam(required = false) String county) {
		return catalogues.diff(counties.publicCatalogue(county).id(), from, to);
	}

	@PublicRead
	@GetMapping("/search")
	@Operation(summary = "检索现行清单（公开）", description = "按名称、别名、关键词、类别、说明检索，如“低保”")
	List<ItemContent> search(@RequestParam String q, @RequestParam(required = false) ListType list,
			@RequestParam(required = false) String county) {
		Catalogue c = counties.publicCatalogue(county);
		CatalogueVersion v = catalogues.current(c.id()).orElseThrow(() -> new NotFound("清单版本"));
		return catalogues.search(v.id(), q, list);
	}

	@PublicRead
	@GetMapping("/items/{code}")
	@Operation(summary = "现行清单中的一个事项（公开）")
	ItemContent item(@PathVariable String code, @RequestParam(required = false) String county) {
		Catalogue c = counties.publicCatalogue(county);
		CatalogueVersion v = catalogues.current(c.id()).orElseThrow(() -> new NotFound("清单版本"));
		return catalogues.item(v.id(), code).orElseThrow(() -> new NotFound("事项 " + code));
	}

	record ProposalJson(long id, String title, String status, String statusLabel, int baseVersion,
			String consultDeadline, Integer publishedVersion, int version, List<ProposalChange> changes) {
	}

	record NewProposalJson(String title, String reason) {
	}

	@GetMapping("/proposals")
	@PreAuthorize("hasAnyRole('OFFICE_ADMIN','OFFICE_REVIEWER','APPROVER','INSPECTOR','SYSTEM_ADMIN')")
	@Operation(summary = "清单调整申请列表（减负办）")
	List<ProposalJson> proposals() {
		QingdanUser me = DataScopes.currentUser();
		return proposals.list(counties.of(me).id(), me).stream().map(p -> proposalJson(p, false)).toList();
	}

	@GetMapping("/proposals/{id}")
	@PreAuthorize("hasAnyRole('OFFICE_ADMIN','OFFICE_REVIEWER','APPROVER','INSPECTOR','SYSTEM_ADMIN')")
	@Operation(summary = "清单调整申请详情（减负办）")
	ProposalJson proposal(@PathVariable long id) {
		return proposalJson(proposals.require(id, DataScopes.currentUser()), true);
	}

	@PostMapping("/proposals")
	@PreAuthorize("hasAnyRole('OFFICE_ADMIN','OFFICE_REVIEWER')")
	@Operation(summary = "起草清单调整申请（减负办）")
	ProposalJson create(@RequestBody NewProposalJson body) {
		QingdanUser me = DataScopes.currentUser();
		return proposalJson(proposals.create(me, counties.of(me).id(), body.title(), body.reason()), true);
	}

	private ProposalJson proposalJson(ChangeProposal p, boolean withChanges) {
		return new ProposalJson(p.id(), p.title(), p.status().name(), p.status().label(), p.baseVersion(),
				p.consultDeadline() == null ? null : p.consultDeadline().toString(), p.publishedVersion(), p.version(),
				withChanges ? proposals.changes(p.id()) : List.of());
	}

	private CatalogueJson json(Catalogue c, CatalogueVersion v) {
		return new CatalogueJson(counties.countyCode(c), c.name(), VersionJson.of(v), catalogues.countsByList(v.id()),
				catalogues.items(v.id()));
	}
}
