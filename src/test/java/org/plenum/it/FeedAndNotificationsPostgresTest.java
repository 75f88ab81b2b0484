package org.plenum.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link FeedAndNotificationsTests} on PostgreSQL, when one is given (see {@link PostgresOnly}). */
@PostgresOnly
class FeedAndNotificationsPostgresTest extends FeedAndNotificationsTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        PostgresTestDatabase.register(properties, "plenum_notif");
        settings(properties);
    }
}
