package org.plenum.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The account tables (V30): plain SQL for H2 and PostgreSQL. Callers hold the transaction. */
@Component
public class AccountStore {

    private static final String COLUMNS = "id, username, display_name, role, active, language, password_hash,"
            + " failed_logins, locked_until, created_at";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Usernames are e-mail addresses, compared without case. */
    public static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Account> byUsername(String username) {
        return one(jdbc.sql("select " + COLUMNS + " from account where username = ?").param(normalise(username)));
    }

    public Optional<Account> byId(long id) {
        return one(jdbc.sql("select " + COLUMNS + " from account where id = ?").param(id));
    }

    public List<Account> all() {
        return withBindings(jdbc.sql("select " + COLUMNS + " from account order by username").query(AccountStore::row).list());
    }

    public List<Account> activeOfRole(Role role) {
        return withBindings(jdbc.sql("select " + COLUMNS + " from account where active = true and role = ? order by username")
                .param(role.name()).query(AccountStore::row).list());
    }

    public long insert(String username, String displayName, Role role, String language, Instant now, String createdBy) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (username, display_name, role, active, language, failed_logins, created_at, created_by)"
                        + " values (?, ?, ?, true, ?, 0, ?, ?)")
                .params(normalise(username), displayName, role.name(), language, Timestamp.from(now), createdBy)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void replaceBindings(long accountId, Set<String> parliaments, Set<String> chambers) {
        jdbc.sql("delete from account_binding where account_id = ?").param(accountId).update();
        for (String code : parliaments) {
            jdbc.sql("insert into account_binding (account_id, kind, code) values (?, 'parliament', ?)").params(accountId, code).update();
        }
        for (String code : chambers) {
            jdbc.sql("insert into account_binding (account_id, kind, code) values (?, 'chamber', ?)").params(accountId, code).update();
        }
    }

    public void setPassword(long accountId, String hash) {
        jdbc.sql("update account set password_hash = ?, failed_logins = 0, locked_until = null where id = ?")
                .params(hash, accountId).update();
    }

    public void setActive(long accountId, boolean active) {
        jdbc.sql("update account set active = ? where id = ?").params(active, accountId).update();
    }

    public void setRole(long accountId, Role role) {
        jdbc.sql("update account set role = ? where id = ?").params(role.name(), accountId).update();
    }

    public void recordFailure(long accountId, int failures, Optional<Instant> lockedUntil) {
        jdbc.sql("update account set failed_logins = ?, locked_until = ? where id = ?")
                .params(failures, lockedUntil.map(Timestamp::from).orElse(null), accountId).update();
    }

    public void recordSuccess(long accountId) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where id = ? and (failed_logins <> 0 or locked_until is not null)")
                .param(accountId).update();
    }

    private Optional<Account> one(JdbcClient.StatementSpec statement) {
        return statement.query(AccountStore::row).optional().map(a -> withBindings(List.of(a)).get(0));
    }

    private List<Account> withBindings(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<Long, Set<String>> parliaments = new HashMap<>();
        Map<Long, Set<String>> chambers = new HashMap<>();
        String sql = "select account_id, kind, code from account_binding"
                + (accounts.size() == 1 ? " where account_id = " + accounts.get(0).id() : "");
        jdbc.sql(sql).query(rs -> {
            Map<Long, Set<String>> target = rs.getString("kind").equals("parliament") ? parliaments : chambers;
            target.computeIfAbsent(rs.getLong("account_id"), k -> new HashSet<>()).add(rs.getString("code"));
        });
        return accounts.stream().map(a -> new Account(a.id(), a.username(), a.displayName(), a.role(), a.active(),
                a.language(), a.passwordHash(), a.failedLogins(), a.lockedUntil(),
                parliaments.getOrDefault(a.id(), Set.of()), chambers.getOrDefault(a.id(), Set.of()), a.createdAt())).toList();
    }

    private static Account row(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("active"), rs.getString("language"),
                Optional.ofNullable(rs.getString("password_hash")), rs.getInt("failed_logins"),
                Optional.ofNullable(locked).map(Timestamp::toInstant), Set.of(), Set.of(),
                rs.getTimestamp("created_at").toInstant());
    }
}
