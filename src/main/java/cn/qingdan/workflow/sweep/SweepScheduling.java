package cn.qingdan.workflow.sweep;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns the sweeps' schedules on ({@code qingdan.sweeps.enabled}, default true). The tests switch it off and run the
 * sweeps themselves on a fixed clock, so no sweep fires in the middle of another test.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "qingdan.sweeps.enabled", havingValue = "true", matchIfMissing = true)
class SweepScheduling {
}
