package org.plenum.notifications.webhooks;

import java.util.List;

/** The model of {@code /admin/webhooks/{id}}: a subscription and its latest deliveries, each with its attempts. */
public record WebhookPage(WebhookSubscriptions.Subscription subscription, List<Row> deliveries) {

    /** A delivery and its attempts. */
    public record Row(WebhookDeliveries.Delivery delivery, List<WebhookDeliveries.Attempt> attempts) {
    }
}
