package cn.qingdan.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import cn.qingdan.shared.Inputs;

/**
 * Refuses, before security and before anything reads a parameter, requests whose query string or form fields are
 * not valid UTF-8 or carry control characters (a NUL above all: PostgreSQL cannot store it). The answer is a 400,
 * rendered by {@link ErrorPages} with the product's page (or a problem detail under {@code /api/}) and the security
 * headers, since the error dispatch runs through the security filter chain.
 */
class InputGuardFilter extends OncePerRequestFilter {

	/** Request attribute holding the Chinese explanation for the error page. */
	static final String MESSAGE = InputGuardFilter.class.getName() + ".message";

	static final String BAD_ENCODING = "网址或提交的内容中含有无法识别的字符（不是有效的 UTF-8 编码），请检查后重新提交";

	static final String CONTROL_CHARACTERS = "提交的内容中含有不可见的控制字符，请删除后重新提交（可先粘贴到记事本再复制）";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problem(request);
		if (problem != null) {
			request.setAttribute(MESSAGE, problem);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String problem(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null) {
			String decoded = decode(query);
			if (decoded == null) {
				return BAD_ENCODING;
			}
			if (Inputs.hasControlCharacters(decoded)) {
				return CONTROL_CHARACTERS;
			}
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException ex) {
			// Tomcat refuses to decode the form body; a failed multipart upload (too large…) is left to the
			// multipart resolver, which answers it with its own message
			return isMultipart(request) ? null : BAD_ENCODING;
		}
		for (Map.Entry<String, String[]> p : parameters.entrySet()) {
			if (Inputs.hasControlCharacters(p.getKey())) {
				return CONTROL_CHARACTERS;
			}
			for (String value : p.getValue()) {
				if (value != null && Inputs.hasControlCharacters(value)) {
					return CONTROL_CHARACTERS;
				}
			}
		}
		return null;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	/** The query string percent-decoded as UTF-8, or {@code null} when an escape or the bytes are malformed. */
	static String decode(String query) {
		byte[] bytes = new byte[query.length() * 3];
		int n = 0;
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '%') {
				if (i + 2 >= query.length()) {
					return null;
				}
				int hi = Character.digit(query.charAt(i + 1), 16);
				int lo = Character.digit(query.charAt(i + 2), 16);
				if (hi < 0 || lo < 0) {
					return null;
				}
				bytes[n++] = (byte) (hi << 4 | lo);
				i += 2;
			}
			else if (c < 0x80) {
				bytes[n++] = (byte) (c == '+' ? ' ' : c);
			}
			else {
				byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				System.arraycopy(raw, 0, bytes, n, raw.length);
				n += raw.length;
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, n))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}
}
