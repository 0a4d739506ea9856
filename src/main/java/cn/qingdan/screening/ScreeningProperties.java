package cn.qingdan.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public screening API and check page, per client address (token bucket).
 *
 * @param burst requests a client may make at once
 * @param perSecond requests per second a client may make in the long run
 */
@ConfigurationProperties("qingdan.screening")
record ScreeningProperties(@DefaultValue("30") int burst, @DefaultValue("5") double perSecond) {
}
