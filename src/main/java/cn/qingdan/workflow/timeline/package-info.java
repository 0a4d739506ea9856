/**
 * One timeline (办理过程) for every matter: {@link cn.qingdan.workflow.timeline.Timeline#record} writes an entry,
 * {@link cn.qingdan.workflow.timeline.Timeline#of} reads a matter's entries in order, and the Thymeleaf fragment
 * {@code fragments/timeline :: timeline(entries)} shows them.
 */
@org.springframework.modulith.NamedInterface("timeline")
package cn.qingdan.workflow.timeline;
