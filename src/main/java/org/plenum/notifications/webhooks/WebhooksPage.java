package org.plenum.notifications.webhooks;

import java.util.List;
import java.util.Optional;

/**
 * The model of {@code /admin/webhooks}.
 *
 * @param subscriptions every subscription
 * @param notice        what was just done (a subscription created with its secret, shown once; one stopped)
 * @param secret        the new subscription's secret, shown once
 * @param errorField    the field a refused form's error concerns
 * @param errorKey      the message key of that error
 * @param form          the values sent (url, country), to show them again after a refusal
 * @param csrfParameter the CSRF field of the forms
 * @param csrfToken     its value
 */
public record WebhooksPage(List<WebhookSubscriptions.Subscription> subscriptions, Optional<String> notice,
                           Optional<String> secret, Optional<String> errorField, Optional<String> errorKey,
                           String url, String country, String csrfParameter, String csrfToken) {

    /** Whether the refused form's error concerns that field. */
    public boolean errorOn(String field) {
        return errorField.map(field::equals).orElse(false);
    }
}
