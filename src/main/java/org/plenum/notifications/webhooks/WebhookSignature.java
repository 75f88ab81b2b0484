package org.plenum.notifications.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery (decision 0049): {@code sha256=} and the hexadecimal HMAC-SHA256, keyed with
 * the subscription's secret, of the timestamp (seconds since 1970, as sent in {@code Plenum-Webhook-Timestamp}), a
 * full stop, and the body's bytes. A receiver computes the same and compares in constant time, and refuses a
 * timestamp too far from its clock (a replay).
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "Plenum-Webhook-Signature";
    public static final String TIMESTAMP_HEADER = "Plenum-Webhook-Timestamp";
    public static final String DELIVERY_HEADER = "Plenum-Webhook-Delivery";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
