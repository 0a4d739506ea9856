package cn.qingdan.notification;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The in-app channel: the message lands in the recipients' message centre (table {@code notification_message}). */
@Component
class InAppSender implements MessageSender {

	static final String CHANNEL = "in-app";

	private final JdbcClient jdbc;
	private final Clock clock;

	InAppSender(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String channel() {
		return CHANNEL;
	}

	@Override
	public boolean immediate() {
		return true;
	}

	@Override
	public void send(long outboxId, Message m) {
		Recipient to = m.to();
		jdbc.sql("""
				insert into notification_message (outbox_id, county_unit_id, unit_id, roles, user_id, category, title, body, link, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (outbox_id) do nothing""")
			.params(outboxId, to.countyUnitId(), to.unitId(), to.roles().isEmpty() ? null : to.roles().stream().sorted().toArray(String[]::new),
					to.userId(), m.category(), m.title(), m.body(), m.link(), Timestamp.from(clock.instant()))
			.update();
	}
}
