package cn.qingdan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;

/**
 * Sends messages and reads a user's message centre. A user sees a message addressed to them, to their unit (with a
 * role they hold, when roles are named), or to everyone in their county (holding such a role).
 */
@Service
public class Messages {

	/**
	 * The messages a user may see, as one row source {@code m}: three branches, each on its own partial index (to the
	 * user; to the user's unit, for the roles named; to everyone in the county holding such a role); named parameters
	 * :user, :unit, :county, :roles.
	 */
	static final String VISIBLE = """
			(select * from notification_message where user_id = :user
			 union all
			 select * from notification_message where unit_id = :unit and user_id is null
			   and (roles is null or roles && cast(:roles as varchar[]))
			 union all
			 select * from notification_message where county_unit_id = :county and unit_id is null and user_id is null
			   and (roles is null or roles && cast(:roles as varchar[]))) m""";

	/** One message as the centre shows it. */
	public record Received(long id, String category, String title, String body, String link, Instant at, boolean read,
			boolean settled) {
	}

	private final Outbox outbox;
	private final JdbcClient jdbc;
	private final Clock clock;

	Messages(Outbox outbox, JdbcClient jdbc, Clock clock) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Queues the message on every enabled channel (the message centre gets it in this transaction). */
	@Transactional
	public void send(Message message) {
		outbox.enqueue(message);
	}

	public long unreadCount(QingdanUser user) {
		return params(jdbc.sql("select count(*) from " + VISIBLE
				+ " where m.settled_at is null"
				+ " and not exists (select 1 from notification_read r where r.user_id = :user and r.message_id = m.id)"), user)
			.query(Long.class).single();
	}

	/** The user's messages, newest first. */
	public List<Received> inbox(QingdanUser user, boolean unreadOnly, int offset, int limit) {
		return params(jdbc.sql("""
				select m.*, r.read_at from """ + VISIBLE + """
				 left join notification_read r on r.message_id = m.id and r.user_id = :user
				""" + (unreadOnly ? " where r.read_at is null and m.settled_at is null" : "") + " order by m.id desc limit :limit offset :offset"), user)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Received(rs.getLong("id"), rs.getString("category"), rs.getString("title"),
					rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") != null || rs.getTimestamp("settled_at") != null,
					rs.getTimestamp("settled_at") != null))
			.list();
	}

	public long count(QingdanUser user) {
		return params(jdbc.sql("select count(*) from " + VISIBLE), user).query(Long.class).single();
	}

	/** The user's messages since the instant, newest first (the home page's 消息 panel). */
	public List<Received> since(QingdanUser user, Instant since, int limit) {
		return inbox(user, false, 0, limit).stream().filter(m -> !m.at().isBefore(since)).toList();
	}

	/** One of the user's messages; empty when it does not exist or is not addressed to the user. */
	public Optional<Received> find(QingdanUser user, long id) {
		return params(jdbc.sql("""
				select m.*, r.read_at from """ + VISIBLE + """
				 left join notification_read r on r.message_id = m.id and r.user_id = :user
				where m.id = :id"""), user)
			.param("id", id)
			.query((rs, n) -> new Received(rs.getLong("id"), rs.getString("category"), rs.getString("title"),
					rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") != null || rs.getTimestamp("settled_at") != null,
					rs.getTimestamp("settled_at") != null))
			.optional();
	}

	/**
	 * The matter the link points at has been dealt with (the certificate issued, the report answered): every message
	 * pointing there counts as read for everyone and shows as 已办结. Returns how many messages it settled.
	 */
	@Transactional
	public int settle(String link) {
		return jdbc.sql("update notification_message set settled_at = ? where link = ? and settled_at is null")
			.params(Timestamp.from(clock.instant()), link)
			.update();
	}

	/** Marks one message read; false when it is not the user's. */
	@Transactional
	public boolean markRead(QingdanUser user, long id) {
		if (find(user, id).isEmpty()) {
			return false;
		}
		jdbc.sql("insert into notification_read (user_id, message_id, read_at) values (?, ?, ?) on conflict do nothing")
			.params(user.id(), id, Timestamp.from(clock.instant()))
			.update();
		return true;
	}

	/** Marks every message of the user read; returns how many were unread. */
	@Transactional
	public int markAllRead(QingdanUser user) {
		return params(jdbc.sql("""
				insert into notification_read (user_id, message_id, read_at)
				select :user, m.id, :now from """ + VISIBLE + " on conflict do nothing"), user)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, QingdanUser user) {
		return spec.param("user", user.id())
			.param("unit", user.unitId())
			.param("county", user.unit().rootId())
			.param("roles", user.roleNames().stream().sorted().toArray(String[]::new));
	}
}
