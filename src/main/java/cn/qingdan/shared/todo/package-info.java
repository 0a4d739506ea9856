@org.springframework.modulith.NamedInterface("todo")
package cn.qingdan.shared.todo;
