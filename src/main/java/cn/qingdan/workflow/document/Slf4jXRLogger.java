package cn.qingdan.workflow.document;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf's messages go to SLF4J under their own names (com.openhtmltopdf.load, …) so the application's
 * logging settings apply; its default prints several INFO lines per document on a console handler of its own.
 * Its INFO (timings, "loading font") is logged at DEBUG.
 */
final class Slf4jXRLogger implements XRLogger {

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, Throwable th) {
		Logger logger = LoggerFactory.getLogger(where);
		int v = level.intValue();
		if (v >= Level.SEVERE.intValue()) {
			logger.error(msg, th);
		}
		else if (v >= Level.WARNING.intValue()) {
			logger.warn(msg, th);
		}
		else if (v >= Level.INFO.intValue()) {
			logger.debug(msg, th);
		}
		else {
			logger.trace(msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// Levels are the logging system's business.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int v = diagnostic.getLevel().intValue();
		return v >= Level.WARNING.intValue() ? logger.isWarnEnabled()
				: v >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}
}
