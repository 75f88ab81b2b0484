package org.plenum.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Initiator;
import org.plenum.accounts.Role;
import org.plenum.web.AttemptLimiter;

/** The rules of signing in and of who manages whom, without the application. */
class SignInRulesTest {

    @Test
    void theLockDoublesFromOneMinuteUpToAnHour() {
        assertThat(SignIn.lockDuration(SignIn.FREE_FAILURES)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SignIn.lockDuration(SignIn.FREE_FAILURES + 1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SignIn.lockDuration(SignIn.FREE_FAILURES + 5)).isEqualTo(Duration.ofMinutes(32));
        assertThat(SignIn.lockDuration(SignIn.FREE_FAILURES + 6)).isEqualTo(Duration.ofHours(1));
        assertThat(SignIn.lockDuration(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aLimiterRefusesBeyondItsLimitPerKey() {
        AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.exhausted("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.exhausted("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.exhausted("10.0.0.2")).isFalse();
    }

    @Test
    void anEditorManagesCorrespondentsOnlyAnAdminEveryoneTheOperatorAnyone() {
        Initiator editor = Initiator.person(new Actor(1, "e@example.org", "E", Role.EDITOR, Set.of(), Set.of()), "127.0.0.1");
        Initiator admin = Initiator.person(new Actor(2, "a@example.org", "A", Role.ADMIN, Set.of(), Set.of()), "127.0.0.1");
        Initiator correspondent = Initiator.person(new Actor(3, "c@example.org", "C", Role.CORRESPONDENT, Set.of("ES"), Set.of()), "127.0.0.1");
        assertThat(Role.values()).filteredOn(editor::mayManage).containsExactly(Role.CORRESPONDENT);
        assertThat(Role.values()).filteredOn(admin::mayManage).containsExactly(Role.values());
        assertThat(Role.values()).filteredOn(correspondent::mayManage).isEmpty();
        assertThat(Role.values()).filteredOn(Initiator.commandLine()::mayManage).containsExactly(Role.values());
        assertThat(Initiator.commandLine().auditName()).startsWith("cli:");
    }

    @Test
    void secretsAreLongRandomAndStoredAsTheirHash() {
        String secret = Secrets.newSecret();
        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(Secrets.newSecret());
        assertThat(Secrets.hash(secret)).hasSize(64).isEqualTo(Secrets.hash(secret)).isNotEqualTo(Secrets.hash(Secrets.newSecret()));
    }
}
