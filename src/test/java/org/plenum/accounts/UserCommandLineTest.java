package org.plenum.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.CommandRun;

/**
 * {@code plenum user …} as an operator runs it: mistakes answered before anything starts; on an empty data
 * directory, the first admin gets a one-time link, a correspondent of a parliament the registry does not know is
 * refused, and list and deactivate work.
 */
class UserCommandLineTest {

    @TempDir
    Path temp;

    private CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void mistakesAreReportedBeforeAnythingStarts() throws Exception {
        String dataDir = "--PLENUM_DATA_DIR=" + temp.resolve("never-created");
        assertThat(run("user", dataDir).err()).contains("add, list, deactivate or reinvite");
        CommandRun noEmail = run("user", "add", "--role=admin", dataDir);
        assertThat(noEmail.status()).isEqualTo(2);
        assertThat(noEmail.err()).contains("--email");
        CommandRun badRole = run("user", "add", "--email=a@example.org", "--role=root", dataDir);
        assertThat(badRole.status()).isEqualTo(2);
        assertThat(badRole.err()).contains("admin, editor or correspondent");
        assertThat(run("user", "add", "--email=a@example.org", "--role=correspondent", dataDir).err()).contains("--parliament");
        assertThat(run("user", "add", "--email=a@example.org", "--role=editor", "--chamber=ES-LC01", dataDir).status()).isEqualTo(2);
        assertThat(run("user", "list", "--email=a@example.org", dataDir).err()).contains("unknown option --email");
        assertThat(run("help", "user").out()).contains("plenum user add");
        assertThat(Files.exists(temp.resolve("never-created"))).isFalse();
    }

    @Test
    void theFirstAdminGetsAOneTimeLinkAndTheOperatorManagesAccounts() throws Exception {
        String dataDir = "--PLENUM_DATA_DIR=" + temp.resolve("data");
        String noData = "--PLENUM_LOAD_BUNDLED_DATASET=false";
        CommandRun admin = run("user", "add", "--email=Secretariat@Example.org", "--role=admin", "--name=Secretariat", dataDir, noData);
        assertThat(admin.status()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("account secretariat@example.org created (admin)")
                .containsPattern("http://localhost:8080/invitation/[A-Za-z0-9_-]{43}");
        CommandRun again = run("user", "add", "--email=secretariat@example.org", "--role=editor", dataDir, noData);
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("already an account").contains("nothing was changed");
        CommandRun unknown = run("user", "add", "--email=es@example.org", "--role=correspondent", "--parliament=ES", dataDir, noData);
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown parliament 'ES'");
        CommandRun list = run("user", "list", dataDir, noData);
        assertThat(list.out()).contains("secretariat@example.org\tadmin\tyes").contains("1 account").doesNotContain("es@example.org");
        CommandRun deactivate = run("user", "deactivate", "--email=secretariat@example.org", dataDir, noData);
        assertThat(deactivate.status()).isZero();
        assertThat(run("user", "list", dataDir, noData).out()).contains("secretariat@example.org\tadmin\tno");
    }
}
