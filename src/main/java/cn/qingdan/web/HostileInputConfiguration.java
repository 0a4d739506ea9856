package cn.qingdan.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.qingdan.shared.Inputs;

/**
 * What keeps hostile input from ever being a 5xx: the {@link InputGuardFilter} right after the character-encoding
 * filter (before security), dates bound from forms and query strings only inside 2000-01-01 … 2100-12-31, and
 * Tomcat's own rejections (malformed paths) answered with the product's Chinese page ({@link TomcatErrorValve}).
 */
@Configuration(proxyBeanMethods = false)
class HostileInputConfiguration implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<InputGuardFilter> inputGuardFilter() {
		FilterRegistrationBean<InputGuardFilter> registration = new FilterRegistrationBean<>(new InputGuardFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20); // after CharacterEncodingFilter, before security
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> chineseTomcatErrorPages() {
		return new TomcatErrorValve.Installer();
	}

	/** Replaces the ISO date binding: same format, refused outside the accepted range (a binding error). */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new SaneDateFormatter());
	}

	static final class SaneDateFormatter implements Formatter<LocalDate> {

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			LocalDate date;
			try {
				date = LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				throw new ParseException(text, ex.getErrorIndex());
			}
			if (!Inputs.saneDate(date)) {
				throw new ParseException(Inputs.DATE_RANGE, 0);
			}
			return date;
		}

		@Override
		public String print(LocalDate date, Locale locale) {
			return date.toString();
		}
	}
}
