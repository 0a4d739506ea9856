package cn.qingdan.notification;

/**
 * A delivery channel for messages (SPI). Ship a bean implementing it and list its {@link #channel()} in
 * {@code qingdan.notification.channels} to add, say, an SMS or government-messaging gateway; the outbox retries a
 * failed delivery (an exception) with growing pauses.
 */
public interface MessageSender {

	/** The channel's name as configured, e.g. {@code in-app}, {@code log}, {@code sms}. */
	String channel();

	/** Delivers one message; throw to have it retried. {@code outboxId} identifies the delivery (for idempotency). */
	void send(long outboxId, Message message) throws Exception;

	/** Whether delivery happens at once inside the sending transaction (the in-app channel: a row in the database). */
	default boolean immediate() {
		return false;
	}
}
