package cn.qingdan.notification;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Delivers queued messages on the non-immediate channels every minute (retries included). */
@Component
class OutboxSweep {

	private final Outbox outbox;

	OutboxSweep(Outbox outbox) {
		this.outbox = outbox;
	}

	@Scheduled(fixedDelayString = "${qingdan.notification.delivery-interval:PT1M}", initialDelayString = "PT1M")
	void scheduled() {
		outbox.deliverDue(200);
	}
}
