package org.plenum.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.opentest4j.TestAbortedException;

/**
 * Runs a test class on PostgreSQL only, when {@code -Dplenum.test.postgres.url=jdbc:postgresql://…} is given. Without
 * it, every test of the class, its nested classes' included, is skipped with the reason: each is aborted before its
 * instance (and so Spring's context) is made. A condition on the class ({@code @EnabledIfSystemProperty}) would skip
 * the class as one container, and the build would count its own tests as skipped but not those of its nested
 * classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresOnly.Condition.class)
@interface PostgresOnly {

    String PROPERTY = "plenum.test.postgres.url";

    final class Condition implements TestInstancePreConstructCallback {
        @Override
        public void preConstructTestInstance(org.junit.jupiter.api.extension.TestInstanceFactoryContext factory,
                                             ExtensionContext context) {
            if (!System.getProperty(PROPERTY, "").matches("jdbc:postgresql:.+")) {
                throw new TestAbortedException("PostgreSQL only: no PostgreSQL given (-D" + PROPERTY
                        + "=jdbc:postgresql://host/db, with -Dplenum.test.postgres.user and -password)");
            }
        }
    }
}
