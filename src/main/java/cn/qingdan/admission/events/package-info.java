/**
 * What the admission gate announces to other modules (published inside the transaction that made the change, kept in
 * the event publication registry until every listener has handled it): a matter admitted, revoked or expired, an
 * application decided, a village report filed or answered. Events carry ids, titles and numbers — never personal data.
 */
@org.springframework.modulith.NamedInterface("events")
package cn.qingdan.admission.events;
