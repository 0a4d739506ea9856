/**
 * Messages (消息): everything that asks someone to act or tells them an outcome lands in the recipient's message
 * centre ({@code /messages}), with the unread count in the top bar next to 待办 and the latest messages in the home
 * page's 消息 panel.
 *
 * <h2>Model</h2>
 * <ul>
 * <li>A {@link cn.qingdan.notification.Message} goes to a {@link cn.qingdan.notification.Recipient}: one unit
 * (optionally only its holders of some roles), everyone in a county holding some roles (the office, the approver), or
 * one user. Messages carry titles, numbers and links — never personal data.</li>
 * <li>{@link cn.qingdan.notification.Messages#send} writes one row per enabled channel into
 * {@code notification_outbox} (channel, payload, attempts, sent_at, last_error). Each channel is a
 * {@link cn.qingdan.notification.MessageSender}: the in-app channel ({@code in-app}) delivers at once, in the same
 * transaction, into {@code notification_message}; other channels are delivered by {@code OutboxSweep} every minute
 * with retries (at most {@code qingdan.notification.max-attempts}). Shipped: {@code in-app} and {@code log}. An SMS
 * or government-messaging gateway is a bean implementing {@code MessageSender}, switched on by listing its channel in
 * {@code qingdan.notification.channels}; a listed channel without a sender stops the application at start.</li>
 * <li>Read state is per user ({@code notification_read}); the unread count is three index lookups (unit, user,
 * county-wide) minus the user's reads. A user sees only messages addressed to their unit and roles, or to them.</li>
 * </ul>
 *
 * <h2>What becomes a message</h2>
 * Listeners ({@code @ApplicationModuleListener}, after the publishing transaction commits) turn domain events into
 * messages: an application decided, an admission revoked or expired (the department); a village report filed (the
 * office) and answered (the village and its township); a consultation requested (each consulted unit); a change
 * proposal decided (the proposing unit); a catalogue version published (the whole county); a certificate request
 * approved by the head (the clerks) or refused (the head); a deadline approaching or passed (whoever must act).
 */
@org.springframework.modulith.ApplicationModule(displayName = "消息")
package cn.qingdan.notification;
