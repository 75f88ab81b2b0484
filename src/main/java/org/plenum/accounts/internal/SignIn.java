package org.plenum.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.plenum.accounts.Actor;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.plenum.web.AttemptLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username and password, or an API token, with lockout, back-off, rate limits and an audit entry for
 * every outcome (decision 0042). The answer never says whether the account exists.
 *
 * <p>Lockout: after {@value #FREE_FAILURES} consecutive failures the account is locked for one minute, doubled at
 * each further failure up to an hour; a locked account is refused even with the right password; a success resets
 * the count. Rate: after {@code plenum.accounts.login-rate} failed attempts from one client address in a minute, this
 * node refuses every attempt from it until the minute ends.
 */
@Service
public class SignIn {

    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    /** The outcome of a sign-in: the actor, or why not (for the audit log; the person sees one message). */
    public sealed interface Outcome {
        record SignedIn(Actor actor) implements Outcome { }
        record Refused(String reason) implements Outcome { }
    }

    private final AccountStore accounts;
    private final TokenStore tokens;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final AttemptLimiter loginRate;
    private final AttemptLimiter tokenFailureRate;
    private final AttemptLimiter tokenRate;
    /** Compared against when the account does not exist, so that the answer takes as long. */
    private final String dummyHash;

    SignIn(AccountStore accounts, TokenStore tokens, AuditLog audit, PasswordEncoder passwords, Clock accountsClock,
           @Value("${plenum.accounts.login-rate:20}") int loginRate,
           @Value("${plenum.accounts.token-rate:600}") int tokenRate) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = accountsClock;
        this.loginRate = new AttemptLimiter(loginRate, Duration.ofMinutes(1));
        this.tokenFailureRate = new AttemptLimiter(loginRate, Duration.ofMinutes(1));
        this.tokenRate = new AttemptLimiter(tokenRate, Duration.ofMinutes(1));
        this.dummyHash = passwords.encode("not a password of anyone " + Secrets.newSecret());
    }

    @Transactional
    public Outcome withPassword(String username, String password, String origin) {
        String name = AccountStore.normalise(username);
        if (loginRate.exhausted(origin)) {
            audit.record(new AuditEntry("anonymous", "login.rate-limited", "account:" + cut(name), origin, ""));
            return new Outcome.Refused("rate-limited");
        }
        Optional<Account> found = accounts.byUsername(name);
        if (found.isEmpty() || found.get().passwordHash().isEmpty() || !found.get().active()) {
            passwords.matches(password, dummyHash);
            loginRate.tryAcquire(origin);
            audit.record(new AuditEntry("anonymous", "login.failed", "account:" + cut(name), origin,
                    found.isEmpty() ? "no such account" : found.get().active() ? "no password set yet" : "account deactivated"));
            return new Outcome.Refused("failed");
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            loginRate.tryAcquire(origin);
            audit.record(new AuditEntry(account.username(), "login.locked", "account:" + account.id(), origin,
                    "locked until " + account.lockedUntil().orElseThrow()));
            return new Outcome.Refused("locked");
        }
        if (!passwords.matches(password, account.passwordHash().get())) {
            loginRate.tryAcquire(origin);
            int failures = account.failedLogins() + 1;
            Optional<Instant> lockedUntil = failures >= FREE_FAILURES ? Optional.of(now.plus(lockDuration(failures))) : Optional.empty();
            accounts.recordFailure(account.id(), failures, lockedUntil);
            audit.record(new AuditEntry(account.username(), "login.failed", "account:" + account.id(), origin,
                    "wrong password, failure " + failures));
            lockedUntil.ifPresent(until -> audit.record(new AuditEntry(account.username(), "account.locked",
                    "account:" + account.id(), origin, "after " + failures + " failures, until " + until)));
            return new Outcome.Refused("failed");
        }
        accounts.recordSuccess(account.id());
        audit.record(new AuditEntry(account.username(), "login.succeeded", "account:" + account.id(), origin, ""));
        return new Outcome.SignedIn(account.actor());
    }

    /** The lock after the given number of consecutive failures (at least {@link #FREE_FAILURES}). */
    static Duration lockDuration(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    /** The owner of an active token of an active account, as an actor; every refusal is audited. */
    @Transactional
    public Outcome withToken(String token, String origin) {
        if (tokenFailureRate.exhausted(origin)) {
            return new Outcome.Refused("rate-limited");
        }
        String hash = Secrets.hash(token);
        Optional<long[]> found = tokens.activeToken(hash);
        Optional<Account> account = found.flatMap(t -> accounts.byId(t[1])).filter(Account::active);
        if (account.isEmpty()) {
            tokenFailureRate.tryAcquire(origin);
            audit.record(new AuditEntry("anonymous", "token.refused", "token:unknown", origin,
                    found.isEmpty() ? "unknown or revoked token" : "account deactivated"));
            return new Outcome.Refused("failed");
        }
        if (!tokenRate.tryAcquire("token:" + found.get()[0])) {
            audit.record(new AuditEntry(account.get().username(), "token.rate-limited", "token:" + found.get()[0], origin, ""));
            return new Outcome.Refused("rate-limited");
        }
        tokens.touch(found.get()[0], clock.instant());
        return new Outcome.SignedIn(account.get().actor());
    }

    private static String cut(String text) {
        return text.length() <= 254 ? text : text.substring(0, 254);
    }
}
