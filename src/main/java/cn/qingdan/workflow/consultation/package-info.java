/**
 * One township (or department) consultation (征求意见) for every matter: opening it for the chosen units with a
 * deadline, a unit's feedback in the system, written feedback the office records on a unit's behalf, and the one set
 * of server-side checks ({@link cn.qingdan.workflow.consultation.ConsultationRules}).
 */
@org.springframework.modulith.NamedInterface("consultation")
package cn.qingdan.workflow.consultation;
