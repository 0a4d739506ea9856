package cn.qingdan.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Tomcat's last word on errors the application never saw (a path with {@code %2F}, {@code %00}, an invalid
 * character in the request line…): the product's page in Chinese with the security headers, instead of Tomcat's
 * English "HTTP Status 400" page. Replaces the host's {@link ErrorReportValve} (Spring Boot's included).
 */
public class TomcatErrorValve extends ErrorReportValve {

	public TomcatErrorValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			SecurityHeaders.apply(response);
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(page(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away
		}
	}

	static String page(int status) {
		String heading = status == 400 ? "网址有误" : status == 404 ? "页面不存在" : status < 500 ? "请求未能处理" : "系统繁忙";
		String message = status == 400 ? "网址格式不正确或含有无法识别的字符，请从首页重新进入。"
				: status < 500 ? "请求未能处理，请从首页重新进入。" : "请稍后重试；如持续出现，请联系系统管理员。";
		return """
				<!DOCTYPE html>
				<html lang="zh-CN">
				<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s - 基层减负综合管理平台</title><link rel="stylesheet" href="/css/app.css"></head>
				<body>
				<header class="topbar"><a class="brand" href="/"><span class="brand-mark">清单</span><span class="brand-name">基层减负综合管理平台</span></a></header>
				<main class="content"><div class="panel">
				<h1>%s</h1><p>%s</p><p class="muted">错误代码：%d</p><a class="btn" href="/">返回首页</a>
				</div></main>
				</body>
				</html>
				""".formatted(heading, heading, message, status);
	}

	/** Installs the valve on the host, in place of any {@link ErrorReportValve} there, after Spring Boot's own. */
	static final class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				Container parent = context.getParent();
				if (parent instanceof org.apache.catalina.core.StandardHost host) {
					host.setErrorReportValveClass(TomcatErrorValve.class.getName());
				}
				for (Valve valve : parent.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						parent.getPipeline().removeValve(valve);
					}
				}
				parent.getPipeline().addValve(new TomcatErrorValve());
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}
}
