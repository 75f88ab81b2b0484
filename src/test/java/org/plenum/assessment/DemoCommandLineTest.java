package org.plenum.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.Plenum;

/**
 * {@code plenum demo load|remove eparliament} as an operator runs it (decision 0061): mistakes answered before anything
 * starts; on H2, loading stores the 115 synthetic respondents, loading again changes nothing, removing takes them away.
 */
class DemoCommandLineTest {

    @TempDir
    Path temp;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Method run = Plenum.class.getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class);
        run.setAccessible(true);
        int status = (int) run.invoke(null, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void mistakesAreReportedBeforeAnythingStarts() throws Exception {
        String dataDir = "--PLENUM_DATA_DIR=" + temp.resolve("never-created");
        Run nothing = run("demo", dataDir);
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).contains("load or remove");
        Run unknownAction = run("demo", "install", "eparliament", dataDir);
        assertThat(unknownAction.status()).isEqualTo(2);
        assertThat(unknownAction.err()).contains("unknown action 'install'");
        Run noSet = run("demo", "load", dataDir);
        assertThat(noSet.status()).isEqualTo(2);
        assertThat(noSet.err()).contains("name one set (eparliament)");
        Run unknownSet = run("demo", "load", "ai-readiness", dataDir);
        assertThat(unknownSet.status()).isEqualTo(2);
        assertThat(unknownSet.err()).contains("unknown set 'ai-readiness'");
        Run option = run("demo", "load", "eparliament", "--seed=3", dataDir);
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err()).contains("unknown option --seed");
        assertThat(run("help", "demo").out()).startsWith("usage: plenum demo load eparliament");
        assertThat(run("help").out()).contains("demo load|remove eparliament").contains("plenum demo remove eparliament");
        assertThat(Files.exists(temp.resolve("never-created"))).isFalse();
    }
}
