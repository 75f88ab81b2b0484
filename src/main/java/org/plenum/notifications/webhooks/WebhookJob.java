package org.plenum.notifications.webhooks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds on each node: put new publications' changes into deliveries, then attempt the due ones. */
@Component
class WebhookJob {

    private static final Logger log = LoggerFactory.getLogger(WebhookJob.class);

    private final WebhookDeliveries deliveries;

    WebhookJob(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Scheduled(fixedDelayString = "${plenum.webhooks.poll-interval}", initialDelayString = "${plenum.webhooks.poll-interval}")
    void run() {
        try {
            deliveries.enqueue();
            deliveries.deliverDue();
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries: {}", e.getMessage());
        }
    }
}
