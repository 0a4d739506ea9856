/**
 * Supervision leads (督查线索): a module that finds something the burden office should look at — a ledger item not
 * admitted, an admitted assistance matter with no money behind it, a village report, an overdue admission — publishes
 * a {@link cn.qingdan.shared.lead.SupervisionLead} event; the supervision module keeps every lead in one queue with its
 * source. Publishers never depend on the supervision module. Modules also tell the inspector's visit page what they
 * know about a village ({@link cn.qingdan.shared.lead.VillageFacts}).

 */
@org.springframework.modulith.NamedInterface("lead")
package cn.qingdan.shared.lead;
