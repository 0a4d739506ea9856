package cn.qingdan.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The {@code /error} page for errors raised outside the controllers (the {@link InputGuardFilter}, the security
 * firewall's rejection of a malformed path, a container {@code sendError}): in Chinese, as a problem detail when the
 * request was for {@code /api/}. Replaces Spring Boot's English white-label answers.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

	@RequestMapping
	Object error(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		SecurityHeaders.apply(response);
		HttpStatus status = status(request);
		String message = request.getAttribute(InputGuardFilter.MESSAGE) instanceof String m ? m : message(status);
		String heading = heading(status);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String s ? s.substring(Math.min(s.length(), request.getContextPath().length())) : "";
		if (path.startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			problem.setTitle(heading);
			problem.setInstance(safeUri(uri));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView mav = new ModelAndView("error", Map.of("status", status.value(), "heading", heading, "message", message));
		mav.setStatus(status);
		return mav;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static URI safeUri(Object uri) {
		try {
			return uri instanceof String s ? URI.create(s) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String heading(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "请求有误";
			case UNAUTHORIZED -> "请先登录";
			case FORBIDDEN -> "无权访问";
			case NOT_FOUND -> "页面不存在或无权查看";
			case METHOD_NOT_ALLOWED -> "请求方法不支持";
			case CONFLICT -> "数据已被他人修改";
			case CONTENT_TOO_LARGE -> "文件过大";
			case TOO_MANY_REQUESTS -> "操作过于频繁";
			default -> status.is4xxClientError() ? "请求未能处理" : "系统繁忙";
		};
	}

	static String message(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "网址或提交的内容格式不正确，请检查后重试";
			case UNAUTHORIZED -> "请先登录后再访问";
			case FORBIDDEN -> "您没有访问该页面的权限，如需开通请联系本单位管理员";
			case NOT_FOUND -> "您访问的页面不存在，或不在您的数据范围内";
			case CONTENT_TOO_LARGE -> "上传内容超过大小限制";
			case TOO_MANY_REQUESTS -> "请稍后再试";
			default -> status.is4xxClientError() ? "请求未能处理，请从首页重新进入" : "请稍后重试；如持续出现，请联系系统管理员";
		};
	}
}
