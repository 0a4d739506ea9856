package cn.qingdan.admission.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.qingdan.admission.Register;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.PublicPaths;
import cn.qingdan.shared.PublicRead;

/** The public register API. */
@RestController
@RequestMapping("/api/v1/register")
@Tag(name = "准入目录", description = "已准入（含应急备案）事项的公开目录")
class RegisterApi {

	private final Register register;
	private final PublicCounty county;

	RegisterApi(Register register, PublicCounty county) {
		this.register = register;
		this.county = county;
	}

	@Component
	static class Open implements PublicPaths {

		@Override
		public List<String> paths() {
			return List.of("/api/v1/register", "/api/v1/register/*");
		}
	}

	record Page(long total, List<Register.Entry> entries) {
	}

	@PublicRead
	@GetMapping
	@Operation(summary = "检索准入目录（公开）", description = "q 匹配准入编号、事项名称、内容或部门")
	Page search(@RequestParam(required = false) String q, @RequestParam(required = false) String county,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		long c = this.county.resolve(county).id();
		int s = Math.min(Math.max(size, 1), 200);
		return new Page(register.count(c, q), register.search(c, q, Math.max(page, 0) * s, s));
	}

	@PublicRead
	@GetMapping("/{number}")
	@Operation(summary = "按准入编号查询（公开）", description = "如 〔2026〕准字第0001号，也接受 [2026]准字第1号")
	Register.Entry byNumber(@PathVariable String number, @RequestParam(required = false) String county) {
		return register.byNumber(this.county.resolve(county).id(), number).orElseThrow(() -> new NotFound("准入编号 " + number));
	}
}
