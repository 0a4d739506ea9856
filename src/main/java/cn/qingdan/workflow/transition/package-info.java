/**
 * Workflow transitions: a step/permission table per workflow ({@link cn.qingdan.workflow.transition.StepTable}) and
 * the optimistic-lock update that moves a matter on ({@link cn.qingdan.workflow.transition.Transitions}).
 */
@org.springframework.modulith.NamedInterface("transition")
package cn.qingdan.workflow.transition;
