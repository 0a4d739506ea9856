package cn.qingdan.region.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import cn.qingdan.region.Region;
import cn.qingdan.region.Regions;
import cn.qingdan.region.web.RegionViews.RegionDetail;
import cn.qingdan.region.web.RegionViews.RegionItem;
import cn.qingdan.region.web.RegionViews.RegionRef;
import cn.qingdan.region.web.RegionViews.SearchHit;

@Tag(name = "行政区划", description = "全国统计用区划代码（省、市、县、乡镇、村五级，12 位代码）")
@RestController
@RequestMapping("/api/v1/regions")
class RegionApi {

	static final int MAX_QUERY = 50;

	private final Regions regions;

	RegionApi(Regions regions) {
		this.regions = regions;
	}

	@Operation(summary = "下级区划列表", description = "给出 parent 时返回其直接下级；不给时返回全部省级区划。")
	@ApiResponse(responseCode = "400", description = "代码格式不正确")
	@ApiResponse(responseCode = "404", description = "上级区划不存在")
	@GetMapping
	List<RegionItem> children(@Parameter(description = "上级代码（2/4/6/9/12 位）", example = "610431")
	@RequestParam(required = false) String parent) {
		List<Region> list;
		if (parent == null) {
			list = regions.roots();
		}
		else {
			require(parent);
			list = regions.children(parent);
		}
		Map<String, Integer> counts = regions.countChildren(list.stream().map(Region::code).toList());
		return list.stream().map(r -> RegionItem.of(r, counts.getOrDefault(r.code(), 0))).toList();
	}

	@Operation(summary = "查询单个区划", description = "返回区划本身、下级数量及从省级开始的上级路径。")
	@ApiResponse(responseCode = "400", description = "代码格式不正确")
	@ApiResponse(responseCode = "404", description = "区划不存在")
	@GetMapping("/{code}")
	RegionDetail one(@Parameter(description = "区划代码（2/4/6/9/12 位）", example = "610431") @PathVariable String code) {
		Region r = require(code);
		List<Region> ancestors = regions.ancestors(r.code());
		String fullName = java.util.stream.Stream.concat(ancestors.stream(), java.util.stream.Stream.of(r))
			.map(Region::name)
			.collect(Collectors.joining(" / "));
		return new RegionDetail(r.code(), r.name(), r.level(), r.level().label(), r.parentCode(),
				regions.countChildren(r.code()), ancestors.stream().map(RegionRef::of).toList(), fullName);
	}

	@Operation(summary = "按名称查询区划", description = "名称包含查询词的区划，级别高的在前，附完整名称。")
	@ApiResponse(responseCode = "400", description = "查询词为空或过长，或条数超出范围")
	@GetMapping("/search")
	List<SearchHit> search(@Parameter(description = "名称中的字词", example = "普集") @RequestParam String q,
			@Parameter(description = "最多返回条数（1–100）", example = "20") @RequestParam(defaultValue = "20") int limit) {
		if (q.isBlank() || q.strip().length() > MAX_QUERY) {
			throw problem(HttpStatus.BAD_REQUEST, "查询词不正确", "查询词不能为空，且不超过 " + MAX_QUERY + " 个字");
		}
		if (limit < 1 || limit > 100) {
			throw problem(HttpStatus.BAD_REQUEST, "参数不正确", "limit 应在 1 到 100 之间");
		}
		List<Region> hits = regions.search(q, limit);
		Map<String, String> paths = regions.pathNames(hits.stream().map(Region::code).toList());
		return hits.stream()
			.map(r -> new SearchHit(r.code(), r.name(), r.level(), r.level().label(), paths.getOrDefault(r.code(), r.name())))
			.toList();
	}

	private Region require(String code) {
		if (!Regions.isCode(code)) {
			throw problem(HttpStatus.BAD_REQUEST, "区划代码格式不正确", "区划代码应为 2、4、6、9 或 12 位数字");
		}
		return regions.find(code)
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "区划不存在", "未找到代码为 " + Regions.normalise(code) + " 的区划"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "参数不正确", "参数 " + ex.getName() + " 的格式不正确").getBody();
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "缺少参数", "缺少参数 " + ex.getParameterName()).getBody();
	}

	private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		return new ErrorResponseException(status, body, null);
	}
}
