package org.plenum.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.CommandRun;
import org.plenum.Plenum;
import org.plenum.exchange.xlsform.XlsFormReader;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code plenum demo load|remove eparliament} as an operator runs it (decision 0061): mistakes answered before anything
 * starts; on H2, loading stores the 115 synthetic respondents, loading again changes nothing, removing takes them away.
 */
class DemoCommandLineTest {

    @TempDir
    Path temp;

    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void mistakesAreReportedBeforeAnythingStarts() throws Exception {
        String dataDir = "--PLENUM_DATA_DIR=" + temp.resolve("never-created");
        CommandRun nothing = run("demo", dataDir);
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).contains("load or remove");
        CommandRun unknownAction = run("demo", "install", "eparliament", dataDir);
        assertThat(unknownAction.status()).isEqualTo(2);
        assertThat(unknownAction.err()).contains("unknown action 'install'");
        CommandRun noSet = run("demo", "load", dataDir);
        assertThat(noSet.status()).isEqualTo(2);
        assertThat(noSet.err()).contains("name one set (eparliament)");
        CommandRun unknownSet = run("demo", "load", "ai-readiness", dataDir);
        assertThat(unknownSet.status()).isEqualTo(2);
        assertThat(unknownSet.err()).contains("unknown set 'ai-readiness'");
        CommandRun option = run("demo", "load", "eparliament", "--seed=3", dataDir);
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err()).contains("unknown option --seed");
        assertThat(run("help", "demo").out()).startsWith("usage: plenum demo load eparliament");
        assertThat(run("help").out()).contains("demo load|remove eparliament").contains("plenum demo remove eparliament");
        assertThat(Files.exists(temp.resolve("never-created"))).isFalse();
    }

    @Test
    void loadingStoresTheSyntheticSetLoadingAgainChangesNothingAndRemovingTakesItAway() throws Exception {
        String dataDir = "--PLENUM_DATA_DIR=" + temp.resolve("data");
        String noData = "--PLENUM_LOAD_BUNDLED_DATASET=false";
        CommandRun before = run("demo", "load", "eparliament", dataDir, noData);
        if (!inDatabase(dataDir, noData)) {
            // No questionnaire yet: refused, nothing written. Then the questionnaire is saved, as its bundled loader does.
            assertThat(before.status()).as(before.err()).isEqualTo(1);
            assertThat(before.err()).contains("the questionnaire eparliament 2024 is not in the database")
                    .contains("nothing was changed");
            assertThat(responses(dataDir, noData)).isEmpty();
            saveQuestionnaire(dataDir, noData);
        } else {
            assertThat(before.status()).as(before.err()).isZero();
        }
        CommandRun load = run("demo", "load", "eparliament", dataDir, noData);
        assertThat(load.status()).as(load.err()).isZero();
        List<Response> loaded = responses(dataDir, noData);
        assertThat(loaded).hasSize(115);
        assertThat(loaded).allSatisfy(response -> {
            assertThat(response.respondent().synthetic()).isTrue();
            assertThat(response.respondent().chamber()).isEmpty();
            assertThat(response.respondent().country()).isEmpty();
            assertThat(response.source()).isEqualTo("demo");
            assertThat(response.state()).isEqualTo(ResponseState.ACCEPTED);
        });
        assertThat(loaded.get(0).respondent().key()).isEqualTo("synthetic-001");
        assertThat(loaded.get(0).respondent().label()).isEqualTo("Synthetic chamber 001");
        assertThat(loaded.get(0).answers()).isEqualTo(org.plenum.assessment.demo.SyntheticEParliamentSet.generate().get(0).answers());
        CommandRun again = run("demo", "load", "eparliament", dataDir, noData);
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("already loaded: nothing changed");
        assertThat(responses(dataDir, noData)).extracting(Response::version)
                .containsExactlyElementsOf(loaded.stream().map(Response::version).toList());
        CommandRun remove = run("demo", "remove", "eparliament", dataDir, noData);
        assertThat(remove.status()).as(remove.err()).isZero();
        assertThat(remove.out()).contains("Removed 115 synthetic responses to eparliament 2024");
        assertThat(responses(dataDir, noData)).isEmpty();
        assertThat(run("demo", "remove", "eparliament", dataDir, noData).out()).contains("nothing removed");
    }

    /** A one-off command's context on the same data directory (Plenum.commandApplication is package-private). */
    private static ConfigurableApplicationContext context(String... args) {
        try {
            Method application = Plenum.class.getDeclaredMethod("commandApplication", String.class);
            application.setAccessible(true);
            return ((org.springframework.boot.SpringApplication) application.invoke(null, "country")).run(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean inDatabase(String... args) {
        try (ConfigurableApplicationContext context = context(args)) {
            return context.getBean(Questionnaires.class).edition("eparliament", "2024").isPresent();
        }
    }

    private static void saveQuestionnaire(String... args) {
        try (ConfigurableApplicationContext context = context(args)) {
            context.getBean(Questionnaires.class).save(XlsFormReader.read(
                    Path.of("src/main/resources/assessment/questionnaires/eparliament/2024")), "test");
        }
    }

    private static List<Response> responses(String... args) {
        try (ConfigurableApplicationContext context = context(args)) {
            return context.getBean(Responses.class).list("eparliament", "2024", Set.of(ResponseState.values()));
        }
    }
}
