package org.plenum.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.registry.FactStore;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.registry.internal.catalogue.JsonFieldCatalogue;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/**
 * {@code plenum import parline}'s command line: its URL and options (Spring properties, as every {@code --name=value}
 * of the jar is), and its exit statuses. Nothing here reaches a database: each case stops before writing.
 */
class ImportParlineCommandLineTest {

    @TempDir
    Path dataDir;

    private final MockEnvironment environment = new MockEnvironment();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        FactStore noWrites = batch -> {
            throw new AssertionError("nothing may be written");
        };
        ImportService imports = new ImportService(List.of(), noWrites);
        PublishedRegistry empty = new PublishedRegistry() {
            @Override
            public Snapshot current() {
                throw new AssertionError("no record is looked up");
            }

            @Override
            public Snapshot refresh() {
                return current();
            }
        };
        ParlineImport parline = new ParlineImport(imports, JsonFieldCatalogue.bundled(), empty, dataDir);
        return new ImportCommandLine(imports, new StaticListableBeanFactory(java.util.Map.of("parlineImport", parline))
                .getBeanProvider(ParlineImport.class), environment,
                new StaticListableBeanFactory().getBeanProvider(org.plenum.exchange.xlsform.XlsFormImport.class),
                new StaticListableBeanFactory().getBeanProvider(org.plenum.exchange.responses.ResponsesImport.class))
                .run(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutAUrlTheUsageIsShown() {
        assertThat(run("parline")).isEqualTo(2);
        assertThat(errors()).isEqualTo("plenum import parline: no argument given\n"
                + "usage: plenum import parline <base-url> [--delay=500ms] [--page-size=5000] [--retries=5] [--restart]\n");
    }

    @Test
    void theFormatIsListedWithTheOthers() {
        assertThat(run()).isEqualTo(2);
        assertThat(errors()).startsWith("usage: plenum import <format>")
                .contains("  parline         <base-url> [--delay=500ms] [--page-size=5000] [--retries=5] [--restart]\n")
                .contains("  ipu-ranking     <ranking.csv>\n");
    }

    @Test
    void aWrongOptionIsNamed() {
        environment.setProperty("delay", "soon");
        assertThat(run("parline", "http://127.0.0.1:9/v1")).isEqualTo(2);
        assertThat(errors()).startsWith("plenum import parline: a wrong option (--delay=500ms, --page-size=5000, --retries=5, --restart): ")
                .contains("soon");
    }

    @Test
    void aPageSizeBelowOneIsRefused() {
        environment.setProperty("page-size", "0");
        assertThat(run("parline", "http://127.0.0.1:9/v1")).isEqualTo(2);
        assertThat(errors()).contains("the page size must be 1 or more, not 0");
    }

    @Test
    void aSourceThatCannotBeReachedStopsWithStatusOneAndKeepsTheProgress() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        environment.setProperty("retries", "0");
        String url = "http://127.0.0.1:" + closedPort + "/v1";
        assertThat(run("parline", url)).isEqualTo(1);
        assertThat(errors()).startsWith("plenum import parline: GET " + url + "/countries?history=all&page%5Bnumber%5D=1&page%5Bsize%5D=1: no answer (")
                .contains("after 1 attempts\nNothing was imported. The pages read so far are kept: run the same command again to resume"
                        + " (--restart to start afresh).");
        try (var kept = Files.list(dataDir.resolve("harvest"))) {
            assertThat(kept).singleElement().satisfies(dir -> assertThat(dir.resolve("progress.tsv")).isRegularFile());
        }
    }
}
