package cn.qingdan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox (table {@code notification_outbox}): one row per message and channel. Immediate channels deliver inside
 * the sending transaction; the others are delivered row by row ({@code for update skip locked}, so two nodes never
 * deliver the same row) with growing pauses after failures, up to the configured number of attempts.
 */
@Component
class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Map<String, MessageSender> senders;
	private final NotificationProperties properties;
	private final TransactionTemplate tx;
	private final Clock clock;

	Outbox(JdbcClient jdbc, JsonMapper json, List<MessageSender> senders, NotificationProperties properties,
			TransactionTemplate tx, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.senders = senders.stream().collect(Collectors.toMap(MessageSender::channel, Function.identity()));
		this.properties = properties;
		this.tx = tx;
		this.clock = clock;
		for (String channel : properties.channels()) {
			if (!this.senders.containsKey(channel)) {
				throw new IllegalStateException("qingdan.notification.channels 列出了通道“" + channel + "”，但没有对应的发送程序（MessageSender）");
			}
		}
	}

	/** Queues the message on every enabled channel; immediate channels deliver now, in the caller's transaction. */
	void enqueue(Message message) {
		String payload = json.writeValueAsString(message);
		Timestamp now = Timestamp.from(clock.instant());
		for (String channel : properties.channels()) {
			MessageSender sender = senders.get(channel);
			long id = jdbc.sql("""
					insert into notification_outbox (channel, payload, created_at, next_attempt_at) values (?, ?, ?, ?) returning id""")
				.params(channel, payload, now, now)
				.query(Long.class)
				.single();
			if (sender.immediate()) {
				try {
					sender.send(id, message);
				}
				catch (RuntimeException e) {
					throw e;
				}
				catch (Exception e) {
					throw new IllegalStateException("消息投递失败（" + channel + "）", e);
				}
				jdbc.sql("update notification_outbox set attempts = 1, sent_at = ? where id = ?").params(now, id).update();
			}
		}
	}

	/** Delivers the rows that are due, one short transaction each; returns how many were delivered. */
	int deliverDue(int limit) {
		int delivered = 0;
		for (int i = 0; i < limit; i++) {
			Boolean result = tx.execute(status -> deliverOne());
			if (result == null) {
				break;
			}
			if (result) {
				delivered++;
			}
		}
		return delivered;
	}

	/** One due row: true delivered, false failed (rescheduled), null when nothing is due. */
	private Boolean deliverOne() {
		Instant now = clock.instant();
		record Row(long id, String channel, String payload, int attempts) {
		}
		Row row = jdbc.sql("""
				select id, channel, payload, attempts from notification_outbox
				where sent_at is null and attempts < ? and next_attempt_at <= ? order by next_attempt_at, id
				limit 1 for update skip locked""")
			.params(properties.maxAttempts(), Timestamp.from(now))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.optional()
			.orElse(null);
		if (row == null) {
			return null;
		}
		MessageSender sender = senders.get(row.channel());
		try {
			if (sender == null) {
				throw new IllegalStateException("通道“" + row.channel() + "”已不再启用");
			}
			sender.send(row.id(), json.readValue(row.payload(), Message.class));
			jdbc.sql("update notification_outbox set attempts = attempts + 1, sent_at = ?, last_error = null where id = ?")
				.params(Timestamp.from(now), row.id()).update();
			return true;
		}
		catch (Exception e) {
			Duration pause = Duration.ofMinutes(1L << Math.min(row.attempts(), 10));
			String error = String.valueOf(e.getMessage());
			jdbc.sql("update notification_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
				.params(Timestamp.from(now.plus(pause)), error.length() > 1000 ? error.substring(0, 1000) : error, row.id())
				.update();
			log.warn("消息投递失败（通道 {}，第 {} 次）：{}", row.channel(), row.attempts() + 1, error);
			return false;
		}
	}
}
