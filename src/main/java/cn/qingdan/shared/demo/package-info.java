/**
 * The demo-data contract: each module loads its own demo records ({@link cn.qingdan.shared.demo.DemoDataset}); the
 * demo module runs them once, in order, each in one transaction, when {@code qingdan.demo.enabled} is on and no
 * command-line import was asked for.
 */
@org.springframework.modulith.NamedInterface("demo")
package cn.qingdan.shared.demo;
