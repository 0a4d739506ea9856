package cn.qingdan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The logging channel: one line per message in the application log (for operators; messages hold no personal data). */
@Component
class LoggingSender implements MessageSender {

	private static final Logger log = LoggerFactory.getLogger("cn.qingdan.notification.messages");

	@Override
	public String channel() {
		return "log";
	}

	@Override
	public void send(long outboxId, Message m) {
		Recipient to = m.to();
		log.info("消息 #{} [{}] {} → 县 {}{}{}{}", outboxId, m.category(), m.title(), to.countyUnitId(),
				to.unitId() == null ? "" : " 单位 " + to.unitId(), to.roles().isEmpty() ? "" : " 角色 " + to.roles(),
				to.userId() == null ? "" : " 用户 " + to.userId());
	}
}
