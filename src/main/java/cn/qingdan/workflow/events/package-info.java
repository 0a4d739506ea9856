/**
 * Events of the workflow kit that any workflow may publish and any module may hear: a consultation asked of units,
 * a deadline approaching, a deadline passed.
 */
@org.springframework.modulith.NamedInterface("events")
package cn.qingdan.workflow.events;
