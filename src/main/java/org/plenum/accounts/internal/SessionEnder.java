package org.plenum.accounts.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a person (deactivation, new bindings) in Spring Session's table, in the caller's
 * transaction; works from the command line too, where no session repository runs. Their attributes go with them
 * ({@code on delete cascade}).
 */
@Component
class SessionEnder {

    private final JdbcClient jdbc;

    SessionEnder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void endSessionsOf(String username) {
        jdbc.sql("delete from SPRING_SESSION where PRINCIPAL_NAME = ?").param(username).update();
    }
}
