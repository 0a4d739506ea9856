@org.springframework.modulith.ApplicationModule(displayName = "办理流程公共组件")
package cn.qingdan.workflow;
