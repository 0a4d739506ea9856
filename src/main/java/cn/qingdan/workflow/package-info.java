/**
 * The shared workflow kit: the parts every matter's workflow (准入、证明、清单调整 and the ones that come next) needs —
 * numbering, step/permission tables and optimistic-lock transitions, the xlsx import guards and the A4 document kit,
 * each in its own named sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "办理流程公共组件")
package cn.qingdan.workflow;
