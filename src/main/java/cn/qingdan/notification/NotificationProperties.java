package cn.qingdan.notification;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code qingdan.notification.channels}: the enabled channels (default {@code in-app, log});
 * {@code qingdan.notification.max-attempts}: deliveries tried before a message is left as failed (default 8).
 */
@ConfigurationProperties("qingdan.notification")
public record NotificationProperties(@DefaultValue({ "in-app", "log" }) List<String> channels,
		@DefaultValue("8") int maxAttempts) {
}
