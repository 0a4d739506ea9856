package cn.qingdan.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * One place that turns exceptions into answers: RFC 9457 problem details in Chinese for {@code /api/**}, the error
 * page for everything else. Never a stack trace; malformed input is a 4xx, never a 5xx.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	@ExceptionHandler(NotFound.class)
	Object notFound(NotFound ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, "未找到", ex.getMessage(), null);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noResource(NoResourceFoundException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, "未找到", "您访问的页面或资源不存在", null);
	}

	@ExceptionHandler(org.springframework.web.ErrorResponseException.class)
	Object errorResponse(org.springframework.web.ErrorResponseException ex, HttpServletRequest request) {
		HttpStatus status = HttpStatus.resolve(ex.getStatusCode().value());
		ProblemDetail body = ex.getBody();
		String title = body.getTitle() != null && !body.getTitle().equals(status.getReasonPhrase()) ? body.getTitle() : "请求未能处理";
		String detail = body.getDetail() != null ? body.getDetail() : title;
		return respond(request, status, title, detail, null);
	}

	@ExceptionHandler(RuleViolation.class)
	Object rule(RuleViolation ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "请求未通过校验", ex.getMessage(), ex.field());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object badValue(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		boolean date = ex.getRequiredType() == java.time.LocalDate.class;
		return respond(request, HttpStatus.BAD_REQUEST, "请求参数有误",
				date ? "日期格式不正确，或不在 2000-01-01 至 2100-12-31 之间" : "请求参数格式不正确或超出范围，请检查后重试", ex.getName());
	}

	@ExceptionHandler({ ServletRequestBindingException.class,
			HandlerMethodValidationException.class, MethodArgumentNotValidException.class,
			org.springframework.validation.BindException.class })
	Object badParameter(Exception ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "请求参数有误", "请求参数缺失或格式不正确，请检查后重试", null);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "请求体格式错误", "请求体不是有效的 JSON，或字段类型不正确", null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "请求方法不支持", "该地址不支持 " + ex.getMethod() + " 请求", null);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "内容类型不支持", "请以 application/json 提交", null);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_ACCEPTABLE, "无法提供所需格式", "请接受 application/json", null);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.CONTENT_TOO_LARGE, "文件过大", "上传文件超过大小限制", null);
	}

	@ExceptionHandler(MultipartException.class)
	Object multipart(MultipartException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "上传失败", "上传内容无法解析，请重新选择文件", null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object conflict(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.CONFLICT, "数据已被他人修改", "该记录已被其他人修改，请刷新后重试", null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object denied(AccessDeniedException ex, HttpServletRequest request) throws AccessDeniedException {
		if (!isApi(request)) {
			throw ex; // let Spring Security decide: login page for anonymous users, 403 page otherwise
		}
		return respond(request, HttpStatus.FORBIDDEN, "无权访问", "您没有执行此操作的权限", null);
	}

	/**
	 * Last resort for input the checks missed: a value too long for its column, a number out of range, an invalid
	 * date or byte sequence (SQLSTATE class 22) is the user's input, not a fault: 400 without details; a constraint
	 * violation (class 23) is a conflict with stored data. The transaction has rolled back: nothing was saved.
	 */
	@ExceptionHandler(org.springframework.dao.DataAccessException.class)
	Object dataAccess(org.springframework.dao.DataAccessException ex, HttpServletRequest request) {
		String state = sqlState(ex);
		if (state != null && state.startsWith("22")) {
			log.warn("请求 {} {} 的输入超出数据库允许的范围（SQLSTATE {}）", request.getMethod(), request.getRequestURI(), state);
			return respond(request, HttpStatus.BAD_REQUEST, "请求未通过校验", "填写的内容过长、数值过大或含有无法保存的字符，请检查后重新提交", null);
		}
		if (state != null && state.startsWith("23")) {
			log.warn("请求 {} {} 与已有数据冲突（SQLSTATE {}）", request.getMethod(), request.getRequestURI(), state);
			return respond(request, HttpStatus.CONFLICT, "与已有数据冲突", "提交的内容与已有数据冲突（例如编号重复），请刷新后重试", null);
		}
		return unexpected(ex, request);
	}

	private static String sqlState(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request) {
		log.error("处理请求 {} {} 时发生未预期的错误", request.getMethod(), request.getRequestURI(), ex);
		return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误", "系统繁忙，请稍后重试；如持续出现请联系系统管理员", null);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

	private static Object respond(HttpServletRequest request, HttpStatus status, String title, String detail,
			String field) {
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(title);
			problem.setInstance(URI.create(request.getRequestURI()));
			if (field != null) {
				problem.setProperty("field", field);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView mav = new ModelAndView("error", Map.of("status", status.value(), "heading", title, "message", detail));
		mav.setStatus(status);
		return mav;
	}
}
