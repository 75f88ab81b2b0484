package org.plenum.accounts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** API tokens (table {@code api_token}) and invitation and reset links (table {@code account_link}), hashed. */
@Component
public class TokenStore {

    /** An API token as listed to its owner (never the token itself). */
    public record ApiToken(long id, long accountId, String name, Instant createdAt, Optional<Instant> lastUsedAt,
                           Optional<Instant> revokedAt) {
        public boolean active() {
            return revokedAt.isEmpty();
        }
    }

    /** An invitation or reset link as stored. */
    public record Link(long id, long accountId, String purpose, Instant expiresAt, Optional<Instant> usedAt) {
    }

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertToken(long accountId, String name, String hash, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (account_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(accountId, name, hash, Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<ApiToken> tokensOf(long accountId) {
        return jdbc.sql("select id, account_id, name, created_at, last_used_at, revoked_at from api_token"
                        + " where account_id = ? order by id desc").param(accountId)
                .query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** The owner's account id and the token's id of an active token with that hash. */
    public Optional<long[]> activeToken(String hash) {
        return jdbc.sql("select id, account_id from api_token where token_hash = ? and revoked_at is null").param(hash)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("account_id")}).optional();
    }

    public void touch(long tokenId, Instant now) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(now), tokenId).update();
    }

    /** Revokes the owner's token; whether there was one active to revoke. */
    public boolean revoke(long accountId, long tokenId, Instant now) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
                .params(Timestamp.from(now), tokenId, accountId).update() == 1;
    }

    public void revokeAll(long accountId, Instant now) {
        jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(Timestamp.from(now), accountId).update();
    }

    public void insertLink(long accountId, String purpose, String hash, Instant now, Instant expiresAt) {
        jdbc.sql("insert into account_link (account_id, purpose, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(accountId, purpose, hash, Timestamp.from(now), Timestamp.from(expiresAt)).update();
    }

    public Optional<Link> link(String hash) {
        return jdbc.sql("select id, account_id, purpose, expires_at, used_at from account_link where token_hash = ?")
                .param(hash)
                .query((rs, n) -> new Link(rs.getLong("id"), rs.getLong("account_id"), rs.getString("purpose"),
                        rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("used_at"))))
                .optional();
    }

    /** Marks a link used; false when it was used meanwhile (by another request). */
    public boolean useLink(long linkId, Instant now) {
        return jdbc.sql("update account_link set used_at = ? where id = ? and used_at is null")
                .params(Timestamp.from(now), linkId).update() == 1;
    }

    /** Ends every unused link of the account (a new invitation or a deactivation makes the earlier ones void). */
    public void expireLinks(long accountId, Instant now) {
        jdbc.sql("update account_link set used_at = ? where account_id = ? and used_at is null")
                .params(Timestamp.from(now), accountId).update();
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }
}
